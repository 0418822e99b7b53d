"""Reading inputs: encodings, binaries, directories, size limits and atomic writes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsum.errors import InputError, OutputError
from newsum.io import decode, expand_inputs, read_bytes, read_text, walk_articles, write_atomic

TEXT = "The council said the bridge would cost £4.5m and open in “late spring”.\n"


@pytest.mark.parametrize(
    "encoding",
    ["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-32"],
)
def test_decode_unicode_encodings(encoding: str) -> None:
    if encoding == "utf-16-le-bom":
        data = b"\xff\xfe" + TEXT.encode("utf-16-le")
    else:
        data = TEXT.encode(encoding)
    assert decode(data, "a.txt") == TEXT


def test_decode_cp1252_smart_quotes_and_pound() -> None:
    text = ("The minister said the scheme would cost \u00a3250,000 a year and called it "
            "\u201ca fair deal for everyone\u201d before the vote on Tuesday evening.\n") * 3
    assert decode(text.encode("cp1252"), "a.txt") == text


def test_decode_latin1_pound_sign() -> None:
    text = "Tickets cost \u00a35 each, the club said, and the season starts in August.\n" * 4
    assert "\u00a35" in decode(text.encode("latin-1"), "a.txt")


def test_decode_strips_nul_bytes_and_normalises_newlines() -> None:
    assert decode(b"one\x00 line\r\ntwo\rthree", "a.txt") == "one line\ntwo\nthree"


def test_binary_file_is_refused_with_its_name() -> None:
    data = bytes(range(256)) * 64
    with pytest.raises(InputError, match=r"^photo\.txt: looks like a binary file"):
        decode(data, "photo.txt")


def test_missing_file_names_the_file(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="nope.txt: no such file"):
        read_text(missing, 1000)


def test_size_limit_names_the_option(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("word " * 100)
    with pytest.raises(InputError, match="--max-bytes"):
        read_bytes(str(big), 50)


def test_directory_walk_is_sorted_recursive_and_filtered(tmp_path: Path) -> None:
    for name in ["b.txt", "a.md", "sub/c.html", "sub/skip.pdf", "z.TXT"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    names = [os.path.relpath(p, tmp_path) for p in walk_articles(str(tmp_path))]
    assert names == ["a.md", "b.txt", "z.TXT", os.path.join("sub", "c.html")]


def test_symlink_loop_is_not_followed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert [os.path.basename(p) for p in walk_articles(str(tmp_path))] == ["a.txt"]


def test_empty_directory_stays_as_an_input_that_will_fail(tmp_path: Path) -> None:
    assert expand_inputs([str(tmp_path), "-"]) == [str(tmp_path), "-"]
    with pytest.raises(InputError, match="no .txt, .html or .md files"):
        read_text(str(tmp_path), 1000)


def test_write_atomic_replaces_whole_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old")
    write_atomic(str(target), "new")
    assert target.read_text() == "new"
    assert os.listdir(tmp_path) == ["out.json"]


def test_write_atomic_into_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="cannot write"):
        write_atomic(str(tmp_path / "no" / "out.json"), "x")
