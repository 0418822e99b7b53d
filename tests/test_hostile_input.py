"""Hostile files through the command line (issue 7): what a user sees for each.

Every case ends with a result (exit 0) or one clear line on stderr naming the file (exit 1);
bad option values are usage errors (exit 2). Never a traceback; stdout is empty or valid.
Most cases go through Click's CliRunner with `--format json`, so stdout can be parsed; a few
run the real program in a subprocess (pipes, odd bytes in file names, FIFOs, slow patterns).
"""

# ruff: noqa: E501  (the article's paragraphs are single lines, as in a page copy)

from __future__ import annotations

import gzip
import json
import os
import random
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from newsum.cli import cli

ARTICLE = """\
Lighthouse trust buys island for £96 million

By Oskar Brandt
Tuesday 4 March 2025

Share this article

The Northern Lights Trust has agreed to buy the island of Skarvøy from a Norwegian family for £96 million, ending a decade of talks.
Trust chair Helena Voss said the purchase would protect the lighthouse and the seabird colonies around it for good.
“We have waited a long time for this day,” she told reporters on the quay at Bergen.
The government in Norway will pay a third of the price, with the rest raised from members in Britain and Germany.
Officials said the island’s three remaining residents would keep their homes and fishing rights.
Birdwatchers welcomed the deal, though some islanders worried that visitor numbers would climb too fast.
The trust expects to open a small museum in the keeper’s cottage next summer.

Advertisement
"""
TITLE = "Lighthouse trust buys island for £96 million"
TIMEOUT = 120  # seconds a subprocess case may take before it counts as hanging


def invoke(*args: str, input: bytes | str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input)


def no_traceback(result: Result) -> None:
    assert "Traceback" not in result.stdout and "Traceback" not in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"unexpected {result.exception!r}"
    )


def json_record(result: Result) -> dict[str, Any]:
    record = json.loads(result.stdout)
    assert isinstance(record, dict)
    return record


def assert_refused(result: Result, name: str, *words: str) -> str:
    """Exit 1, exactly one stderr line naming the file, stdout empty or a valid error record."""
    no_traceback(result)
    assert result.exit_code == 1, (result.exit_code, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert name in lines[0]
    for word in words:
        assert word in lines[0]
    if result.stdout.strip():
        record = json_record(result)
        assert record["error"] and name in record["error"]
    return lines[0]


def assert_processed(result: Result) -> dict[str, Any]:
    """Exit 0, nothing on stderr, a valid JSON record without error."""
    no_traceback(result)
    assert result.exit_code == 0, (result.exit_code, result.stderr)
    assert result.stderr == ""
    record = json_record(result)
    assert record["error"] is None
    assert record["summary"], "a summary was expected"
    return record


def money_texts(record: dict[str, Any]) -> list[str]:
    return [m["text"] for m in record["facts"]["money"]]


def write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


def run_newsum(*args: str, input: bytes | None = None, cwd: Path | None = None,
               timeout: float = TIMEOUT) -> subprocess.CompletedProcess[bytes]:
    """The real program, as a user runs it (stdout a pipe)."""
    try:
        return subprocess.run([sys.executable, "-m", "newsum", *args], input=input,
                              capture_output=True, cwd=cwd, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"newsum {' '.join(args)} did not finish within {timeout} s")


# ------------------------------------------------------------------ not text at all


def _binaries() -> dict[str, bytes]:
    rng = random.Random(7)
    return {
        "random": rng.randbytes(20_000),
        "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rng.randbytes(8_000),
        "gzip": gzip.compress(ARTICLE.encode("utf-8") * 20, mtime=0),
        "elf": b"\x7fELF\x02\x01\x01" + b"\x00" * 4_000 + rng.randbytes(4_000),
        "zeros": b"\x00" * 10_000,
        "sqlite": b"SQLite format 3\x00" + rng.randbytes(4_000),
    }


@pytest.mark.parametrize("kind", sorted(_binaries()))
def test_binary_file_with_txt_name_is_refused_in_one_line(tmp_path: Path, kind: str) -> None:
    path = write(tmp_path / f"{kind}.txt", _binaries()[kind])
    assert_refused(invoke(path, "--format", "json"), path)


def test_binary_file_in_a_real_run_is_one_line_and_exit_1(tmp_path: Path) -> None:
    path = write(tmp_path / "photo.txt", _binaries()["png"])
    done = run_newsum(path)
    assert done.returncode == 1
    err = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err and len(err.splitlines()) == 1 and path in err
    assert done.stdout.strip() == b""


def test_binary_on_standard_input_is_refused(tmp_path: Path) -> None:
    done = run_newsum("-", "--format", "json", input=_binaries()["random"])
    assert done.returncode == 1
    err = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err and len(err.splitlines()) == 1
    if done.stdout.strip():
        assert json.loads(done.stdout)["error"]


def test_one_binary_file_does_not_stop_the_others(tmp_path: Path) -> None:
    folder = tmp_path / "downloads"
    folder.mkdir()
    (folder / "a-story.txt").write_text(ARTICLE, encoding="utf-8")
    write(folder / "b-photo.txt", _binaries()["png"])
    (folder / "c-story.txt").write_text(ARTICLE, encoding="utf-8")
    result = invoke(str(folder), "--format", "jsonl")
    no_traceback(result)
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(r["source"]).name for r in records] == ["a-story.txt", "b-photo.txt",
                                                         "c-story.txt"]
    assert [r["error"] is None for r in records] == [True, False, True]
    assert len(result.stderr.splitlines()) == 1 and "b-photo.txt" in result.stderr


# ------------------------------------------------------------------ empty and blank


@pytest.mark.parametrize(
    "content",
    [b"", b" ", b"\n\n\n", b"   \n\t\n  \r\n\x0c\n", "\u00a0\u2003\n\u3000".encode(),
     b"\xef\xbb\xbf", "\ufeff\u200b\u200b\n".encode()],
    ids=["empty", "space", "newlines", "blanks", "unicode-spaces", "bom-only", "zero-width-only"],
)
def test_empty_or_blank_file_is_one_line_naming_it(tmp_path: Path, content: bytes) -> None:
    path = write(tmp_path / "blank.txt", content)
    assert_refused(invoke(path, "--format", "json"), path)


@pytest.mark.parametrize("command", ["clean", "facts"])
def test_empty_file_through_other_commands(tmp_path: Path, command: str) -> None:
    path = write(tmp_path / "empty.txt", b"")
    assert_refused(invoke(command, path, "--format", "json"), path)


# ------------------------------------------------------------------ encodings


def test_nul_bytes_inside_text_are_dropped(tmp_path: Path) -> None:
    data = ARTICLE.replace(" the ", " the\x00 ").encode("utf-8")
    path = write(tmp_path / "nul.txt", data)
    result = invoke(path, "--format", "json")
    record = assert_processed(result)
    assert "\x00" not in result.stdout and "\\u0000" not in result.stdout
    assert record["title"] == TITLE


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_utf16_and_other_bom_files_decode(tmp_path: Path, encoding: str) -> None:
    data = ARTICLE.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):  # a BOM written by hand, as Windows tools do
        data = "\ufeff".encode(encoding) + data
    path = write(tmp_path / "wide.txt", data)
    record = assert_processed(invoke(path, "--format", "json"))
    assert record["title"] == TITLE
    assert "£96 million" in money_texts(record)


def test_utf16_without_bom_decodes(tmp_path: Path) -> None:
    path = write(tmp_path / "wide-nobom.txt", ARTICLE.encode("utf-16-le"))
    record = assert_processed(invoke(path, "--format", "json"))
    assert record["title"] == TITLE
    assert "£96 million" in money_texts(record)


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "iso8859-15"])
def test_latin1_pound_sign_is_read_as_pounds(tmp_path: Path, encoding: str) -> None:
    text = ARTICLE.replace("’", "'").replace("“", '"').replace("”", '"').replace("ø", "o")
    path = write(tmp_path / "latin.txt", text.encode(encoding))
    record = assert_processed(invoke(path, "--format", "json"))
    money = record["facts"]["money"]
    assert any(m["text"] == "£96 million" and m["currency"] == "GBP"
               and m["amount"] == 96_000_000 for m in money), money


def test_cp1252_smart_quotes_become_curly_quotes(tmp_path: Path) -> None:
    path = write(tmp_path / "smart.txt", ARTICLE.replace("ø", "o").encode("cp1252"))
    result = invoke(path, "--format", "json", "--ratio", "1")
    assert_processed(result)
    out = json.loads(result.stdout)
    text = " ".join(s["text"] for s in out["summary"])
    assert "“We have waited a long time for this day,”" in text
    assert "island’s" in text
    assert "\ufffd" not in result.stdout and "â€" not in result.stdout


def test_mixed_utf8_and_cp1252_keeps_the_pound_sign(tmp_path: Path) -> None:
    head, _, tail = ARTICLE.partition("Officials said")
    data = head.encode("utf-8") + ("Officials said" + tail.replace("ø", "o")).encode("cp1252")
    path = write(tmp_path / "mixed.txt", data)
    result = invoke(path, "--format", "json", "--ratio", "1")
    record = assert_processed(result)
    assert "£96 million" in money_texts(record)
    assert "Â£" not in result.stdout and "\ufffd" not in result.stdout


def test_double_encoded_mojibake_is_repaired(tmp_path: Path) -> None:
    # UTF-8 read as cp1252 and saved again as UTF-8: "£" becomes "Â£", "’" becomes "â€™".
    garbled = ARTICLE.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8")
    path = write(tmp_path / "mojibake.txt", garbled)
    result = invoke(path, "--format", "json")
    record = assert_processed(result)
    assert "£96 million" in money_texts(record), money_texts(record)
    assert "Â£" not in result.stdout and "â€" not in result.stdout


@pytest.mark.parametrize(
    "damage",
    [b"\xe2\x80", b"\xff\xfe\xfd", b"\x80\x80\x80", b"\xc3", b"\xed\xa0\x80"],
    ids=["truncated-3-byte", "invalid-bytes", "lone-continuations", "truncated-2-byte",
         "surrogate"],
)
def test_broken_utf8_is_still_an_article(tmp_path: Path, damage: bytes) -> None:
    data = ARTICLE.encode("utf-8")
    middle = data.index(b"Birdwatchers")
    path = write(tmp_path / "broken.txt", data[:middle] + damage + data[middle:] + damage)
    record = assert_processed(invoke(path, "--format", "json"))
    assert record["title"] == TITLE


# ------------------------------------------------------------------ odd characters


def test_zero_width_and_right_to_left_characters(tmp_path: Path) -> None:
    text = (ARTICLE.replace("Helena Voss", "Helena\u200b Voss")
            .replace("Bergen", "\u202bBergen\u202c")
            .replace("Advertisement", "\u200f\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627")
            .replace("£96 million,", "£96\u200d million,"))
    path = write(tmp_path / "rtl.txt", text.encode("utf-8"))
    result = invoke(path, "--format", "json")
    record = assert_processed(result)
    names = [a["name"] for a in record["facts"]["actors"]]
    assert all("\u200b" not in name and "\u202b" not in name for name in names), names


def test_emoji_survive_to_the_output(tmp_path: Path) -> None:
    text = ARTICLE.replace("for good.", "for good. 🐦‍⬛🌊👩‍👩‍👧 🇳🇴").replace(
        "Share this article", "📣 Share this article 👍")
    path = write(tmp_path / "emoji.txt", text.encode("utf-8"))
    record = assert_processed(invoke(path, "--format", "json", "--ratio", "1"))
    assert any("🇳🇴" in s["text"] for s in record["summary"])


def test_combining_accents_name_a_person_once(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", ARTICLE.replace("Helena Voss", "Zoé Lemaître"))
    path = write(tmp_path / "nfd.txt", decomposed.encode("utf-8"))
    record = assert_processed(invoke(path, "--format", "json"))
    names = [unicodedata.normalize("NFC", a["name"]) for a in record["facts"]["actors"]]
    assert "Zoé Lemaître" in names, names


def test_text_and_table_output_with_odd_characters(tmp_path: Path) -> None:
    text = unicodedata.normalize("NFD", ARTICLE) + "\u202e\u200b🇳🇴\n"
    path = write(tmp_path / "odd.txt", text.encode("utf-8"))
    for fmt in ("text", "table", "markdown", "jsonl"):
        result = invoke(path, "--format", fmt)
        no_traceback(result)
        assert result.exit_code == 0 and result.stderr == "", (fmt, result.stderr)


# ------------------------------------------------------------------ file names

ODD_NAMES = [
    "my article.txt",
    "café – été.txt",
    "odd [1] (copy) #$&;'!.txt",
    "-starts-with-dash.txt",
    "日本語の記事.txt",
    " leading and trailing .txt",
    "quote\"d.txt",
    "back\\slash.txt",
    "*star?.txt",
]


@pytest.mark.parametrize("name", ODD_NAMES)
def test_odd_file_names_are_processed_and_named(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(ARTICLE, encoding="utf-8")
    record = assert_processed(invoke(str(path), "--format", "json"))
    assert record["source"] == str(path)


@pytest.mark.parametrize("name", ODD_NAMES)
def test_odd_file_names_name_themselves_in_errors(tmp_path: Path, name: str) -> None:
    path = write(tmp_path / name, b"")
    assert_refused(invoke(str(path), "--format", "json"), str(path))


def test_odd_file_names_in_a_folder(tmp_path: Path) -> None:
    for name in ODD_NAMES:
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    result = invoke(str(tmp_path), "--format", "jsonl")
    no_traceback(result)
    assert result.exit_code == 0, result.stderr
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert sorted(Path(s).name for s in sources) == sorted(ODD_NAMES)


def test_newline_in_a_file_name_still_gives_one_error_line(tmp_path: Path) -> None:
    path = write(tmp_path / "two\nlines.txt", b"")
    result = invoke(str(path), "--format", "json")
    no_traceback(result)
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert "lines.txt" in result.stderr


def test_non_utf8_bytes_in_a_file_name(tmp_path: Path) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    good = os.path.join(os.fsencode(folder), b"caf\xe9.txt")
    empty = os.path.join(os.fsencode(folder), b"vide-\xff.txt")
    with open(good, "wb") as handle:
        handle.write(ARTICLE.encode("utf-8"))
    with open(empty, "wb"):
        pass
    done = run_newsum(str(folder), "--format", "jsonl")
    # stdout must be valid UTF-8 JSON whatever bytes the file name holds
    err = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err, err
    assert done.returncode == 1, err
    assert len(err.splitlines()) == 1 and "vide-" in err
    records = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert len(records) == 2
    assert sum(r["error"] is None for r in records) == 1


def test_non_utf8_file_name_given_directly(tmp_path: Path) -> None:
    name = os.path.join(os.fsencode(tmp_path), b"r\xe9sum\xe9.txt")
    with open(name, "wb") as handle:
        handle.write(ARTICLE.encode("utf-8"))
    done = subprocess.run([sys.executable, "-m", "newsum", name, "--format", "json"],
                          capture_output=True, timeout=TIMEOUT, check=False)
    err = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err and done.returncode == 0, err
    assert json.loads(done.stdout)["error"] is None


# ------------------------------------------------------------------ folders and special files


def _looped_folder(tmp_path: Path) -> Path:
    root = tmp_path / "downloads"
    (root / "news" / "deeper").mkdir(parents=True)
    (root / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "news" / "b.txt").write_text(ARTICLE.replace("Skarvøy", "Hestøy"), encoding="utf-8")
    (root / "news" / "deeper" / "up").symlink_to(root, target_is_directory=True)
    (root / "news" / "self").symlink_to(root / "news", target_is_directory=True)
    return root


def test_symlink_loop_is_walked_once(tmp_path: Path) -> None:
    root = _looped_folder(tmp_path)
    result = invoke(str(root), "--format", "jsonl")
    no_traceback(result)
    assert result.exit_code == 0, result.stderr
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert [os.path.relpath(s, root) for s in sources] == ["a.txt", os.path.join("news", "b.txt")]


def test_symlink_loop_in_batch(tmp_path: Path) -> None:
    root = _looped_folder(tmp_path)
    out = tmp_path / "out"
    result = invoke("batch", str(root), "-o", str(out), "-j", "1", "-q")
    no_traceback(result)
    assert result.exit_code == 0, result.stderr
    assert len((out / "results.jsonl").read_text(encoding="utf-8").splitlines()) == 2


def test_self_referencing_file_symlink_is_one_error(tmp_path: Path) -> None:
    root = tmp_path / "saved"
    root.mkdir()
    (root / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "loop.txt").symlink_to(root / "loop.txt")
    (root / "dangling.txt").symlink_to(root / "gone" / "nowhere.txt")
    result = invoke(str(root), "--format", "jsonl")
    no_traceback(result)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 2, result.stderr
    assert "dangling.txt" in lines[0] and "loop.txt" in lines[1]
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["error"] is None for r in records] == [False, True, False]


def test_unreadable_file_is_one_error(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("running as root: chmod 000 does not stop root reading the file "
                    "(a FIFO, a dangling link and a directory stand in for it below)")
    path = tmp_path / "secret.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    path.chmod(0)
    try:
        assert_refused(invoke(str(path), "--format", "json"), str(path), "permission")
    finally:
        path.chmod(0o600)


def test_unreadable_folder_inside_the_input(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("running as root: chmod 000 does not stop root reading the folder")
    root = tmp_path / "saved"
    (root / "locked").mkdir(parents=True)
    (root / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "locked" / "hidden.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "locked").chmod(0)
    try:
        result = invoke(str(root), "--format", "jsonl")
        no_traceback(result)
        assert result.exit_code in (0, 1)
        assert json.loads(result.stdout.splitlines()[0])["error"] is None
    finally:
        (root / "locked").chmod(0o700)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_fifo_named_txt_does_not_hang(tmp_path: Path) -> None:
    root = tmp_path / "saved"
    root.mkdir()
    (root / "a.txt").write_text(ARTICLE, encoding="utf-8")
    os.mkfifo(root / "b-pipe.txt")
    done = run_newsum(str(root), "--format", "jsonl", timeout=20)
    err = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert records[0]["error"] is None
    if done.returncode == 1:  # reported as one failed input ...
        assert len(err.splitlines()) == 1 and "b-pipe.txt" in err
    else:  # ... or skipped as not a regular file
        assert done.returncode == 0 and len(records) == 1


def test_folder_named_like_an_article(tmp_path: Path) -> None:
    folder = tmp_path / "notes.txt"
    folder.mkdir()
    result = invoke(str(folder), "--format", "json")
    assert_refused(result, str(folder))


def test_missing_file_is_one_error_and_the_rest_still_run(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    result = invoke(str(good), str(missing), "--format", "jsonl")
    no_traceback(result)
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 1 and str(missing) in result.stderr
    assert json.loads(result.stdout.splitlines()[0])["error"] is None


# ------------------------------------------------------------------ bad option values


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["-n", "0"], "-n"),
        (["-n", "-3"], "-n"),
        (["-n", "three"], "-n"),
        (["--ratio", "2"], "--ratio"),
        (["--ratio", "0"], "--ratio"),
        (["--ratio", "-0.5"], "--ratio"),
        (["--ratio", "nan"], "--ratio"),
        (["--words", "0"], "--words"),
        (["--max-bytes", "0"], "--max-bytes"),
        (["--max-bytes", "-5"], "--max-bytes"),
        (["-j", "0"], "-j"),
        (["-a", "nonsense"], "-a"),
        (["-f", "yaml"], "-f"),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, list) else value,
)
def test_invalid_option_values_are_usage_errors(tmp_path: Path, args: list[str],
                                                option: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = invoke(str(path), *args)
    no_traceback(result)
    assert result.exit_code == 2, (result.exit_code, result.stderr)
    assert result.stdout == ""
    assert option in result.stderr


@pytest.mark.parametrize("args", [["-n", "0"], ["--ratio", "2"], ["-n", "-3"], ["-j", "0"]])
def test_invalid_option_values_for_batch(tmp_path: Path, args: list[str]) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = invoke("batch", str(tmp_path / "in"), "-o", str(tmp_path / "out"), *args)
    no_traceback(result)
    assert result.exit_code == 2, (result.exit_code, result.stderr)
    assert not (tmp_path / "out" / "results.jsonl").exists()


# ------------------------------------------------------------------ --chrome-rules


@pytest.mark.parametrize(
    "rule",
    ["/([a-z/", "/(?P<x/", "/*oops/", "/a{2,1}/", "/(a+)+$/", "/(\\w+\\s?)*$/"],
    ids=["unclosed-group", "bad-name", "nothing-to-repeat", "bad-range", "nested-plus",
         "nested-star"],
)
def test_invalid_chrome_rule_is_a_usage_error_naming_file_and_line(tmp_path: Path,
                                                                   rule: str) -> None:
    rules = tmp_path / "my rules.txt"
    rules.write_text(f"# my rules\n{rule}\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = invoke(str(article), "--chrome-rules", str(rules), "--format", "json")
    no_traceback(result)
    assert result.exit_code == 2, (result.exit_code, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert str(rules) in lines[0] and "line 2" in lines[0]


@pytest.mark.parametrize(
    "content",
    [_binaries()["png"], b"", b"# only a comment\n", b"[Advertisement\n(Share\n"],
    ids=["binary", "empty", "comment-only", "phrases-with-regex-characters"],
)
def test_odd_chrome_rules_files(tmp_path: Path, content: bytes) -> None:
    rules = write(tmp_path / "rules.txt", content)
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = invoke(str(article), "--chrome-rules", rules, "--format", "json")
    no_traceback(result)
    if content.startswith(b"\x89PNG"):
        assert result.exit_code == 2, (result.exit_code, result.stderr)
        assert len(result.stderr.splitlines()) == 1 and rules in result.stderr
    else:
        assert_processed(result)


@pytest.mark.parametrize(
    "rule",
    ["/(a|a)*c/", "/(a|aa)*c/", "/(.*a){20}/", "/(\\w|\\d)*!/", "/^(a?){25}a{25}$/"],
    ids=["alternation-star", "overlapping-alternation", "polynomial", "class-alternation",
         "optional-run"],
)
def test_slow_chrome_rule_is_refused_or_bounded(tmp_path: Path, rule: str) -> None:
    rules = write(tmp_path / "rules.txt", f"{rule}\n".encode())
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE + "a" * 60 + "\n\n" + "1" * 60 + "\n", encoding="utf-8")
    done = run_newsum(str(article), "--chrome-rules", rules, "--format", "json", timeout=20)
    err = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err
    assert done.returncode in (0, 2), err
    if done.returncode == 2:
        assert len(err.splitlines()) == 1 and rules in err
