"""Golden outputs: each sample's text and JSON output is pinned, so any change shows in a diff.

Rewrite them on purpose with `pytest tests/test_golden.py --update-golden`, then read the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newsum.cli import cli
from tests.conftest import REPO, SAMPLES

GOLDEN = REPO / "tests" / "golden"
SAMPLE_FILES = sorted(p for p in SAMPLES.iterdir() if p.suffix in {".txt", ".html", ".md"})
FORMATS = {"text": ".txt", "json": ".json"}


def output(sample: Path, fmt: str) -> str:
    """The CLI's stdout for one sample, run from the repository root like the README shows."""
    relative = sample.relative_to(REPO)
    result = CliRunner().invoke(cli, [str(relative), "--format", fmt])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


@pytest.fixture(autouse=True)
def _run_from_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)


def test_there_are_enough_samples() -> None:
    assert len(SAMPLE_FILES) >= 6


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda p: p.name)
def test_sample_matches_golden(sample: Path, fmt: str, update_golden: bool) -> None:
    golden = GOLDEN / (sample.name + FORMATS[fmt])
    actual = output(sample, fmt)
    if update_golden:
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
    assert golden.exists(), f"no golden file {golden.name}; run pytest --update-golden"
    assert actual == golden.read_text(encoding="utf-8")
