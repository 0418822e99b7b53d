"""Adversarial text for every regex and heuristic (issue 7): each stage must finish.

Every case runs through each stage function directly (decode, strip_chrome, segment,
summarise, find_money, find_countries, find_actors) and through process_text. No times are
asserted: a catastrophic-backtracking or quadratic pattern shows up as a test that does not
end (or a CI run that grows by minutes). Each case exists twice: a small version in the default
run, and the full size the issue names marked `slow` (still run in CI).
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest

from newsum.chrome import looks_like_html, strip_chrome
from newsum.errors import InputError, NewsumError
from newsum.facts import find_actors, find_countries, find_money
from newsum.io import decode
from newsum.models import Actor, Cleaned, Country, Document, Money, Result, Summary
from newsum.pipeline import process_text
from newsum.segment import segment
from newsum.settings import Settings
from newsum.summarise import summarise

SENTENCE = "The minister said the plan would cost £12 million and voters in France agreed. "


def _capitalised_words(n: int) -> str:
    names = ("Harbour", "Board", "Norway", "Minister", "Ingrid", "Dahl", "Bank", "Council")
    return " ".join(names[i % len(names)] for i in range(n)) + " said on Tuesday."


def _short_lines(n: int) -> str:
    return "".join(f"Line {i % 97} here.\n" for i in range(n))


def _nested_brackets(n: int) -> str:
    return "(" * n + "[{<x>}]" + ")" * n + " the end."


# name -> (builder of the text at a given size, the full size the issue names, small size)
CASES: dict[str, tuple[Callable[[int], str], int, int]] = {
    "pound-one-repeated": (lambda n: "£1" * n, 50_000, 2_000),
    "huge-number": (lambda n: "The bill was £" + "9" * n + " in all.", 20_000, 2_000),
    "bare-digits": (lambda n: "1" * n, 20_000, 2_000),
    "capitalised-words": (_capitalised_words, 30_000, 2_000),
    "quote-marks": (lambda n: '"' * n, 20_000, 2_000),
    "curly-quotes": (lambda n: "“”‘’" * (n // 4) + " she said.", 20_000, 2_000),
    "one-enormous-line": (lambda n: SENTENCE * n, 40_000, 1_000),  # ~3.2 MB, no newline
    "short-lines": (_short_lines, 300_000, 5_000),
    "dollars": (lambda n: "$" * n, 100_000, 5_000),
    "mr-abbreviations": (lambda n: "Mr. " * n, 50_000, 2_000),
    "nested-brackets": (_nested_brackets, 20_000, 1_000),
    "dots": (lambda n: "." * n, 100_000, 5_000),
    "dashes": (lambda n: "-" * n, 100_000, 5_000),
    "money-ranges": (lambda n: "£1m-" * n + "£2m", 20_000, 1_000),
    "million-words": (lambda n: "£5 " + "million " * n + "pounds.", 20_000, 1_000),
    "spelled-numbers": (lambda n: "one hundred " * n + "pounds.", 20_000, 1_000),
    "commas-digits": (lambda n: "£" + "1," * n + "000 raised.", 20_000, 1_000),
    "pence": (lambda n: "5p " * n, 30_000, 2_000),
    "country-names": (lambda n: "France, Germany and the UK. " * n, 20_000, 1_000),
    "role-titles": (lambda n: "Chief Executive Officer of the Bank of " * n + "England said.",
                    10_000, 500),
    "initials": (lambda n: "J. R. R. " * n + "Tolkien wrote.", 20_000, 1_000),
    "html-tags": (lambda n: "<html><body>" + "<div><p>" * n + "text" + "</p></div>" * n,
                  20_000, 500),
    "lt-signs": (lambda n: "<" * n, 100_000, 5_000),
    "donation-region": (lambda n: "Your support helps us\n" * n, 50_000, 2_000),
    "table-cells": (lambda n: "a\t" * n + "b", 50_000, 2_000),
    "share-counts": (lambda n: "Facebook 12,345,678 " * n + "x", 20_000, 1_000),
    "blank-lines": (lambda n: "Hello there everyone in town.\n" + "\n" * n + "Bye now.",
                    500_000, 5_000),
    "zero-width": (lambda n: ("Mini\u200bster Dahl said \u202etxet\u202c £5\u200dm. " * n),
                   20_000, 500),
    "combining-accents": (lambda n: "Zoe\u0301 " + "e\u0301\u0300\u0302" * n + ".",
                          50_000, 2_000),
    "emoji": (lambda n: "👩‍👩‍👧‍👦🇬🇧💷 " * n + "said Ms Dahl.", 20_000, 1_000),
}

PARAMS = [
    pytest.param(name, small, id=f"{name}-small") for name, (_, _, small) in CASES.items()
] + [
    pytest.param(name, full, id=f"{name}-full", marks=pytest.mark.slow)
    for name, (_, full, _) in CASES.items()
]


def build(name: str, size: int) -> str:
    return CASES[name][0](size)


def _norm(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(("name", "size"), PARAMS)
def test_decode_finishes(name: str, size: int) -> None:
    data = build(name, size).encode("utf-8")
    try:
        text = decode(data, name)
    except InputError as exc:
        assert name in str(exc)
        return
    assert isinstance(text, str)
    assert "\x00" not in text


@pytest.mark.parametrize(("name", "size"), PARAMS)
def test_strip_chrome_finishes(name: str, size: int) -> None:
    text = build(name, size)
    cleaned = strip_chrome(text)
    assert isinstance(cleaned, Cleaned)
    assert isinstance(cleaned.body, str)
    if not looks_like_html(text):
        lines = {_norm(line) for line in text.splitlines()}
        assert all(_norm(line) in lines for line in cleaned.body.split("\n") if line.strip())


@pytest.mark.parametrize(("name", "size"), PARAMS)
def test_segment_finishes(name: str, size: int) -> None:
    text = build(name, size)
    doc = segment(text)
    assert isinstance(doc, Document)
    flat = _norm(text)
    for i, sentence in enumerate(doc.sentences):
        assert sentence.position == i
        assert sentence.text in flat


@pytest.mark.parametrize(("name", "size"), PARAMS)
def test_summarise_finishes(name: str, size: int) -> None:
    doc = segment(build(name, size))
    summary = summarise(doc, Settings())
    assert isinstance(summary, Summary)
    assert len(summary.sentences) <= 3
    positions = [s.position for s in summary.sentences]
    assert positions == sorted(set(positions))
    for chosen in summary.sentences:
        assert doc.sentences[chosen.position].text == chosen.text


def _fact_inputs(name: str, size: int) -> list[list[str]]:
    """The facts stages see sentences; give them both the segmented ones and the raw text."""
    text = build(name, size)
    return [[s.text for s in segment(text).sentences], [text]]


@pytest.mark.parametrize(("name", "size"), PARAMS)
def test_find_money_finishes(name: str, size: int) -> None:
    for sentences in _fact_inputs(name, size):
        found = find_money(sentences)
        assert all(isinstance(m, Money) for m in found)
        for money in found:
            assert any(money.text in s for s in sentences)
            assert money.amount is None or math.isfinite(money.amount)


@pytest.mark.parametrize(("name", "size"), PARAMS)
def test_find_countries_finishes(name: str, size: int) -> None:
    for sentences in _fact_inputs(name, size):
        found = find_countries(sentences)
        assert all(isinstance(c, Country) and len(c.code) == 2 for c in found)


@pytest.mark.parametrize(("name", "size"), PARAMS)
def test_find_actors_finishes(name: str, size: int) -> None:
    for sentences in _fact_inputs(name, size):
        found = find_actors(sentences)
        assert all(isinstance(a, Actor) and a.kind in ("person", "organisation") for a in found)


@pytest.mark.parametrize(("name", "size"), PARAMS)
def test_process_text_finishes(name: str, size: int) -> None:
    try:
        result = process_text(build(name, size), name, Settings())
    except NewsumError as exc:
        assert name in str(exc)
        return
    assert isinstance(result, Result)
    assert result.error is None
    assert result.summary is not None and len(result.summary.sentences) <= 3
