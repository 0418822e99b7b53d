"""The README's usage examples run as shown (from the repository root)."""

from __future__ import annotations

import re
import shlex

import pytest
from click.testing import CliRunner

from newsum.cli import cli
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
USE_BLOCK = README.split("## Use", 1)[1].split("```", 2)[1]
# Examples that pipe, redirect or write files are exercised by the CLI and batch tests instead.
EXAMPLES = [
    line.split("#", 1)[0].strip()
    for line in USE_BLOCK.splitlines()
    if line.startswith("newsum ") and not re.search(r"[|>]| -o ", line.split("#", 1)[0])
]


def test_the_readme_has_examples() -> None:
    assert len(EXAMPLES) >= 6


@pytest.mark.parametrize("example", EXAMPLES)
def test_readme_example_runs(example: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    result = CliRunner().invoke(cli, shlex.split(example)[1:])
    assert result.exit_code == 0, result.stderr
    assert result.stdout


def test_documented_json_keys_match_real_output(monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    monkeypatch.chdir(REPO)
    out = CliRunner().invoke(cli, ["samples/wire-trade-talks.txt", "-f", "json"]).stdout
    record = json.loads(out)
    documented = set(re.findall(r"^\| `([a-z_.]+)` \|", README.split("## JSON output")[1],
                                re.M))
    actual = set(record) | {f"facts.{key}" for key in record["facts"]}
    assert documented == actual - {"facts"}
