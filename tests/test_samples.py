"""Each sample against what a careful reader lists (tests/fixtures/samples_expected.json)."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pytest

from newsum.io import read_text
from newsum.models import Result
from newsum.pipeline import process_text
from newsum.settings import Settings
from tests.conftest import REPO, SAMPLES

EXPECTED: dict[str, Any] = json.loads(
    (REPO / "tests" / "fixtures" / "samples_expected.json").read_text(encoding="utf-8")
)
NAMES = sorted(EXPECTED)


@cache
def result(name: str) -> Result:
    """The pipeline's result for one sample, computed once per run."""
    path = SAMPLES / name
    return process_text(read_text(str(path), 10**7), name, Settings())


def flat(text: str) -> str:
    """Whitespace collapsed, so line wrapping does not matter."""
    return " ".join(text.split())


@pytest.mark.parametrize("name", NAMES)
def test_chrome_lines_are_gone_and_body_lines_kept(name: str) -> None:
    body = flat(result(name).body)
    body_lines = {flat(line) for line in result(name).body.splitlines()}
    for line in EXPECTED[name]["chrome_lines"]:
        # Whole lines: a bare name line after a pull quote is chrome, the same name opening a
        # body paragraph is not.
        assert flat(line) not in body_lines, line
    for line in EXPECTED[name]["body_lines"]:
        assert flat(line) in body, line


@pytest.mark.parametrize("name", NAMES)
def test_metadata(name: str) -> None:
    got, want = result(name), EXPECTED[name]
    assert got.title == want["title"]
    assert got.author == want["author"]
    assert (got.published or "")[:10] == want["published"]


@pytest.mark.parametrize("name", NAMES)
def test_money(name: str) -> None:
    found = {(m.currency, round(m.amount or 0, 2)) for m in result(name).facts.money}
    for item in EXPECTED[name]["money"]:
        for amount in (item["amount"], item.get("amount_max")):
            if amount is not None:
                assert (item["currency"], round(amount, 2)) in found, item["text"]


@pytest.mark.parametrize("name", NAMES)
def test_countries(name: str) -> None:
    found = {c.code for c in result(name).facts.countries}
    assert found == {c["code"] for c in EXPECTED[name]["countries"]}


@pytest.mark.parametrize("name", NAMES)
def test_people_and_roles(name: str) -> None:
    actors = {a.name: a for a in result(name).facts.actors if a.kind == "person"}
    for person in EXPECTED[name]["people"]:
        forms = [person["name"], *person.get("aliases", [])]
        match = next((actors[f] for f in forms if f in actors), None)
        assert match is not None, person["name"]
        if person["role"]:
            role = (match.role or "").lower()
            assert role and (role in person["role"].lower() or person["role"].lower() in role), (
                person["name"], match.role)


@pytest.mark.parametrize("name", NAMES)
def test_organisations(name: str) -> None:
    found = {a.name for a in result(name).facts.actors if a.kind == "organisation"}
    found |= {alias for a in result(name).facts.actors for alias in a.aliases}
    for org in EXPECTED[name]["organisations"]:
        assert org in found, org


@pytest.mark.parametrize("name", NAMES)
def test_nothing_from_chrome_or_traps_is_a_fact(name: str) -> None:
    facts = result(name).facts
    reported = {a.name for a in facts.actors} | {c.name for c in facts.countries}
    for trap in EXPECTED[name]["not_facts"]:
        assert trap not in reported, trap
