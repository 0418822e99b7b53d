"""The size limit (issue 7): inputs over --max-bytes are refused with a message naming the
option; inputs under it are processed; time and memory stay bounded.

The memory figures are taken in a wrapper process, so RUSAGE_CHILDREN sees only the one
newsum run (ru_maxrss is in KiB on Linux).
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from newsum.cli import cli
from newsum.settings import DEFAULT_MAX_BYTES

PARAGRAPH = (
    "The harbour board in Tromsø approved a £12 million ferry terminal on Tuesday. "
    "Chair Ingrid Dahl said the building would open next spring. "
    "The council in Norway will pay a third of the cost, officials said.\n\n"
)
ARTICLE = "Harbour board approves new ferry terminal\n\nBy Ola Nord\n\n" + PARAGRAPH * 6
MEMORY_BOUND_KIB = 1536 * 1024  # 1.5 GiB: generous; the figure itself goes in the report


def invoke(*args: str, input: bytes | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input)


def no_traceback(result: Result) -> None:
    assert "Traceback" not in result.stdout and "Traceback" not in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"unexpected {result.exception!r}"
    )


def sized_article(size: int) -> bytes:
    """A varied article (varied_article) padded with spaces to exactly `size` bytes."""
    data = varied_article(size - 1)
    data = data[:data.rfind(b"\n") + 1] if b"\n" in data else data
    return data + b" " * (size - len(data) - 1) + b"\n"


def varied_article(size: int, seed: int = 3) -> bytes:
    """A long article of varied sentences (so no line looks like repeated chrome)."""
    rng = random.Random(seed)
    subjects = ["The council", "Minister Ingrid Dahl", "The Harbour Board", "Officials in Norway",
                "Shipyards in Poland", "The trust", "Residents", "Analysts at Nordbank"]
    verbs = ["approved", "rejected", "questioned", "welcomed", "delayed", "funded", "reviewed"]
    objects = ["a £12 million ferry terminal", "the new bridge", "plans for a museum",
               "a $5bn trade deal", "the budget for 2027", "three electric vessels"]
    tails = ["on Tuesday.", "after months of talks.", "despite protests.", "in a vote."]
    parts, total = ["Harbour board approves terminal\n\nBy Ola Nord\n\n"], 0
    while total < size:
        sentences = (f"{rng.choice(subjects)} {rng.choice(verbs)} {rng.choice(objects)} "
                     f"{rng.choice(tails)}" for _ in range(rng.randint(2, 5)))
        paragraph = " ".join(sentences) + f" Item {rng.randint(0, 10**6)}.\n\n"
        parts.append(paragraph)
        total += len(paragraph.encode("utf-8"))
    return "".join(parts).encode("utf-8")[:size]


def assert_too_large(result: Result, name: str) -> None:
    no_traceback(result)
    assert result.exit_code == 1, (result.exit_code, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert name in lines[0] and "--max-bytes" in lines[0]


def measured_run(*args: str, timeout: float) -> dict[str, Any]:
    """Run newsum in a wrapper process; exit code, seconds, peak RSS (KiB), stderr."""
    wrapper = textwrap.dedent("""\
        import json, resource, subprocess, sys, time
        start = time.monotonic()
        done = subprocess.run([sys.executable, "-m", "newsum", *sys.argv[1:]],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        print(json.dumps({
            "code": done.returncode, "seconds": time.monotonic() - start,
            "maxrss_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
            "stderr": done.stderr.decode("utf-8", "replace"),
            "stdout_bytes": len(done.stdout),
            "stdout_json": done.stdout.decode("utf-8", "replace") if len(done.stdout) < 10**6
                           else "",
        }))
    """)
    done = subprocess.run([sys.executable, "-c", wrapper, *args], capture_output=True,
                          timeout=timeout, check=True)
    figures: dict[str, Any] = json.loads(done.stdout)
    print(f"\nnewsum {' '.join(args[1:])}: exit {figures['code']}, "
          f"{figures['seconds']:.1f} s, peak RSS {figures['maxrss_kib'] / 1024:.0f} MiB")
    return figures


# ------------------------------------------------------------------ at the limit


def test_file_over_the_limit_is_refused_naming_max_bytes(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(sized_article(2001))
    assert_too_large(invoke(str(path), "--max-bytes", "2000", "--format", "json"), str(path))


def test_file_exactly_at_the_limit_is_processed(tmp_path: Path) -> None:
    path = tmp_path / "just-fits.txt"
    path.write_bytes(sized_article(2000))
    result = invoke(str(path), "--max-bytes", "2000", "--format", "json")
    no_traceback(result)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["summary"]


def test_file_just_under_the_limit_is_processed(tmp_path: Path) -> None:
    path = tmp_path / "fits.txt"
    path.write_bytes(sized_article(1999))
    result = invoke(str(path), "--max-bytes", "2000", "--format", "json")
    no_traceback(result)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["error"] is None


def test_limit_counts_bytes_not_characters(tmp_path: Path) -> None:
    # 1,000 characters of "£" are 2,000 bytes of UTF-8.
    path = tmp_path / "pounds.txt"
    path.write_bytes(("£" * 1000).encode("utf-8"))
    assert_too_large(invoke(str(path), "--max-bytes", "1999", "--format", "json"), str(path))


def test_standard_input_over_the_limit_is_refused() -> None:
    result = invoke("-", "--max-bytes", "2000", "--format", "json", input=sized_article(5000))
    no_traceback(result)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "--max-bytes" in lines[0] and lines[0].count("-") >= 1


@pytest.mark.parametrize("command", ["clean", "facts"])
def test_other_commands_refuse_too(tmp_path: Path, command: str) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(sized_article(3000))
    assert_too_large(invoke(command, str(path), "--max-bytes", "2000"), str(path))


def test_one_file_over_the_limit_does_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "a-small.txt").write_bytes(sized_article(1500))
    (tmp_path / "b-big.txt").write_bytes(sized_article(5000))
    result = invoke(str(tmp_path), "--max-bytes", "2000", "--format", "jsonl")
    no_traceback(result)
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["error"] is None for r in records] == [True, False]
    assert "--max-bytes" in records[1]["error"]
    assert len(result.stderr.splitlines()) == 1 and "b-big.txt" in result.stderr


def test_batch_records_a_file_over_the_limit_as_an_error(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    (folder / "a-small.txt").write_bytes(sized_article(1500))
    (folder / "b-big.txt").write_bytes(sized_article(5000))
    result = invoke("batch", str(folder), "-o", str(out), "--max-bytes", "2000", "-j", "1", "-q")
    no_traceback(result)
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 1 and "--max-bytes" in result.stderr
    records = [json.loads(line)
               for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["error"] is None for r in records] == [True, False]
    assert (out / "articles" / "a-small.txt.json").is_file()
    assert not (out / "articles" / "b-big.txt.json").exists()


def test_default_limit_is_documented_in_help() -> None:
    result = invoke("summarise", "--help")
    assert result.exit_code == 0
    assert "--max-bytes" in result.stdout and f"{DEFAULT_MAX_BYTES}" in result.stdout


# ------------------------------------------------------------------ big files, real processes


def test_thirty_megabytes_is_refused_quickly_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # 30 MB of article text, written in pieces
        chunk = sized_article(1024 * 1024)
        for _ in range(30):
            handle.write(chunk)
    figures = measured_run(str(path), "--format", "json", timeout=300)
    assert figures["code"] == 1, figures["stderr"]
    lines = figures["stderr"].splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and "--max-bytes" in lines[0]
    assert "Traceback" not in figures["stderr"]
    assert figures["seconds"] < 30, "refusing a file should not mean processing it"
    assert figures["maxrss_kib"] < 256 * 1024, "refusing needs at most the limit in memory"


def test_thirty_megabytes_on_standard_input_is_refused_quickly(tmp_path: Path) -> None:
    data = sized_article(1024 * 1024) * 30
    start = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "newsum", "-"], input=data,
                          capture_output=True, timeout=300, check=False)
    assert done.returncode == 1
    err = done.stderr.decode("utf-8", "replace")
    assert len(err.splitlines()) == 1 and "--max-bytes" in err and "Traceback" not in err
    assert time.monotonic() - start < 30


@pytest.mark.slow
def test_fifteen_megabytes_with_a_raised_limit_is_processed_in_bounded_memory(
    tmp_path: Path,
) -> None:
    path = tmp_path / "long-read.txt"
    path.write_bytes(varied_article(15 * 1024 * 1024))
    figures = measured_run(str(path), "--format", "json", "--max-bytes", str(16 * 1024 * 1024),
                           timeout=3600)
    assert figures["code"] == 0, figures["stderr"][-2000:]
    assert "Traceback" not in figures["stderr"]
    record = json.loads(figures["stdout_json"])
    assert record["error"] is None and len(record["summary"]) == 3
    assert figures["maxrss_kib"] < MEMORY_BOUND_KIB


@pytest.mark.slow
def test_one_megabyte_timing_for_the_readme(tmp_path: Path) -> None:
    """Not a gate on speed: prints seconds per MB and peak memory for the README's table."""
    path = tmp_path / "one-mb.txt"
    path.write_bytes(varied_article(1024 * 1024))
    figures = measured_run(str(path), "--format", "json", timeout=1200)
    assert figures["code"] == 0, figures["stderr"][-2000:]
    assert figures["maxrss_kib"] < MEMORY_BOUND_KIB


@pytest.mark.slow
def test_one_line_of_many_short_sentences_under_the_limit_is_processed(tmp_path: Path) -> None:
    """~5 MB, one line, 350,000 sentences: well under the default limit, so a result."""
    path = tmp_path / "one-line.txt"
    path.write_text("".join(f"Line {i % 97} here. " for i in range(350_000)), encoding="utf-8")
    figures = measured_run(str(path), "--format", "json", timeout=1800)
    assert "Traceback" not in figures["stderr"] and "internal error" not in figures["stderr"]
    assert figures["code"] in (0, 1), figures["stderr"][:500]
    if figures["code"] == 1:  # refused as not an article is acceptable; a crash is not
        assert len(figures["stderr"].splitlines()) == 1
        assert len(figures["stderr"]) < 300, "one short line, not a dump of internals"
    assert figures["maxrss_kib"] < MEMORY_BOUND_KIB
