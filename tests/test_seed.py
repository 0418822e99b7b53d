"""The seed article (a real page dump with heavy chrome), end to end and offline."""

from __future__ import annotations

from newsum.models import Result
from newsum.pipeline import process_text
from newsum.settings import Settings


def run(seed_text: str) -> Result:
    return process_text(seed_text, "seed-article.txt", Settings())


def test_metadata_goes_to_metadata(seed_text: str) -> None:
    result = run(seed_text)
    assert result.title is not None and result.title.startswith("Starmer to sign deals")
    assert result.author == "Helen Corbett"
    assert result.published is not None and result.published.startswith("2024-11-06")


def test_no_chrome_reaches_the_body(seed_text: str) -> None:
    body = run(seed_text).body
    for chrome in ["notifications", "Your support", "donation", "Thank you for registering",
                   "logged in", "Russell Cheyne", "Helen Corbett", "Americans", "US history"]:
        assert chrome not in body, chrome
    assert body.count("nowhere to hide") == 1  # the pull quote is gone, the quote stays
    assert "Sir Keir Starmer\n" not in body  # the bare name line after a pull quote


def test_summary_sentences_come_from_the_body(seed_text: str) -> None:
    result = run(seed_text)
    assert result.summary is not None and len(result.summary.sentences) == 3
    for sentence in result.summary.sentences:
        assert sentence.text in " ".join(result.body.split())
        assert not sentence.text.startswith("Starmer to sign deals")


def test_actors_with_roles(seed_text: str) -> None:
    actors = {a.name: a for a in run(seed_text).facts.actors}
    assert actors["Keir Starmer"].kind == "person"
    assert (actors["Keir Starmer"].role or "").lower() == "prime minister"
    assert (actors["Yvette Cooper"].role or "").lower() == "home secretary"
    names = " ".join(actors)
    assert "Corbett" not in names and "Cheyne" not in names and "Musk" not in names


def test_money(seed_text: str) -> None:
    money = {(m.text, m.currency, m.amount) for m in run(seed_text).facts.money}
    assert ("£75 million", "GBP", 75_000_000) in money
    assert ("£150 million", "GBP", 150_000_000) in money


def test_countries_and_no_false_alarms(seed_text: str) -> None:
    codes = {c.code for c in run(seed_text).facts.countries}
    assert {"RS", "MK", "XK", "HU", "GB", "AL"} <= codes
    assert "US" not in codes  # named only in the donation appeal
