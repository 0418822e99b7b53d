"""The io helpers `newsum batch` needs: globs, exclusions, the atomic writer, leftover temps."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsum.errors import OutputError
from newsum.io import atomic_writer, decode, remove_temporaries, walk_articles


def tree(root: Path, names: list[str]) -> None:
    for name in names:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("x")


def relative(root: Path, paths: list[str]) -> list[str]:
    return [Path(os.path.relpath(p, root)).as_posix() for p in paths]


def test_globs_match_the_name_or_the_path_under_the_root(tmp_path: Path) -> None:
    tree(tmp_path, ["a.txt", "b.html", "news/c.txt", "news/d.json", "sport/e.txt"])
    assert relative(tmp_path, list(walk_articles(str(tmp_path), ["*.json"]))) == ["news/d.json"]
    assert relative(tmp_path, list(walk_articles(str(tmp_path), ["news/*"]))) == [
        "news/c.txt", "news/d.json"]
    assert relative(tmp_path, list(walk_articles(str(tmp_path), ["*.html", "sport/*"]))) == [
        "b.html", "sport/e.txt"]


def test_excluded_folder_and_linked_folders_seen_twice_are_skipped(tmp_path: Path) -> None:
    tree(tmp_path, ["a.txt", "out/report.md", "z/b.txt"])
    (tmp_path / "y").symlink_to(tmp_path / "z", target_is_directory=True)
    found = relative(tmp_path, list(walk_articles(str(tmp_path), exclude=[str(tmp_path / "out")])))
    assert found == ["a.txt", "y/b.txt"]  # z is the same folder as y, walked once


def test_atomic_writer_replaces_only_when_the_block_completes(tmp_path: Path) -> None:
    target = tmp_path / "results.jsonl"
    target.write_text("old\n")
    with pytest.raises(KeyboardInterrupt), atomic_writer(str(target)) as handle:
        handle.write("half")
        raise KeyboardInterrupt
    assert target.read_text() == "old\n" and os.listdir(tmp_path) == ["results.jsonl"]
    with atomic_writer(str(target)) as handle:
        handle.write("new\n")
    assert target.read_text() == "new\n" and os.listdir(tmp_path) == ["results.jsonl"]


def test_errors_of_the_block_pass_through_and_its_own_become_output_errors(
        tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError), atomic_writer(str(tmp_path / "a.txt")):
        raise FileNotFoundError("a bug elsewhere, not a write problem")
    with pytest.raises(OutputError, match="cannot write"), atomic_writer(
            str(tmp_path / "missing" / "a.txt")):
        pass
    assert os.listdir(tmp_path) == []


def test_leftover_temporaries_of_a_killed_run_are_removed(tmp_path: Path) -> None:
    tree(tmp_path, ["articles/.a.txt.json.1f2e3d4c.tmp", "articles/a.txt.json", ".hidden.md"])
    assert remove_temporaries(str(tmp_path)) == 1
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == [".hidden.md",
                                                                         "a.txt.json"]


def test_control_characters_other_than_whitespace_mark_a_binary() -> None:
    assert decode(b"tab\there\x0bvertical\x0cfeed\n" * 50, "a.txt").startswith("tab")
    with pytest.raises(Exception, match="binary"):
        decode(b"\x01\x02\x1b\x7f text " * 50, "a.txt")
