"""Outputs that cannot be written, and inputs that vanish: a clear error, nothing half-written."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsum.cli import cli
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "wire-trade-talks.txt"


def disk_full(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_full_disk_on_output_file_is_one_error_and_leaves_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newsum.io.os.replace", disk_full)
    target = tmp_path / "out.json"
    result = CliRunner().invoke(cli, [str(SAMPLE), "-f", "json", "-o", str(target)])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"newsum: error: {target}: cannot write (No space left on device)"]
    assert os.listdir(tmp_path) == []  # no temporary file, no half file


def test_full_disk_during_a_batch_exits_1_with_whole_files_only(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "in"
    source.mkdir()
    (source / "a.txt").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr("newsum.io.os.replace", disk_full)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["batch", str(source), "-o", str(out), "-q", "-j", "1"])
    assert result.exit_code == 1
    assert "No space left on device" in result.stderr and "Traceback" not in result.stderr
    leftovers = [p.name for p in out.rglob("*") if p.is_file()]
    assert not [name for name in leftovers if name.endswith(".tmp") or name.startswith(".")]


def test_output_into_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "out.json"
    result = CliRunner().invoke(cli, [str(SAMPLE), "-o", str(target)])
    assert result.exit_code == 1 and result.stdout == ""
    assert "cannot write" in result.stderr and str(target) in result.stderr


def test_a_file_that_vanishes_before_it_is_read_is_one_error_record(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    keep, gone = tmp_path / "keep.txt", tmp_path / "gone.txt"
    for path in (keep, gone):
        path.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    import newsum.io

    walk = newsum.io.walk_articles

    def walk_then_delete(*args: object, **kwargs: object) -> object:
        found = list(walk(*args, **kwargs))  # type: ignore[arg-type]
        gone.unlink()  # the file disappears between the listing and the reading
        return iter(found)

    monkeypatch.setattr(newsum.io, "walk_articles", walk_then_delete)
    result = CliRunner().invoke(cli, [str(tmp_path), "-f", "jsonl"])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"newsum: error: {gone}: no such file; check the path"
    assert len(result.stdout.splitlines()) == 2  # the vanished file is a record, not a gap
