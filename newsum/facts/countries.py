"""Sovereign states named in the body, by name or alias, counted and ordered by mentions.

One precompiled alternation of every name (pycountry's plus data/country_aliases.tsv), longest
first so "North Macedonia" is never also "Macedonia" and "Papua New Guinea" never "Guinea".
Matching is case-sensitive and whole-word: "us" in "let us" and the bird "turkey" never match.
A person-like name ("Jordan") that the document uses for a person anywhere ("Jordan Ekwueme")
is that person everywhere in it.

find_implied_countries reports nationality words ("French") and capitals ("Budapest")
separately, as implied mentions; they never enter the named list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

import pycountry

from newsum.facts._data import data_rows, data_section, data_words
from newsum.models import Country

_NOT_COUNTRY = "-"  # the code of phrases that contain a country's name but are not one
# A capitalised word right after a person-like name makes it a person: "Jordan Henderson".
_NEXT_CAPITALISED = re.compile(r" [A-Z][a-z]")
_PREVIOUS_WORD = re.compile(r"([A-Z][a-z]+) $")
# A capitalised word right before a country makes it part of a longer name: "Athletics
# Ireland", "Great Ireland Run", "Reform UK". Openers like "In" or "The" do not count.
_PREVIOUS_CAPITALISED = re.compile(r"(?<![\w.])([A-Z][\w'’-]*) $")


@dataclass(frozen=True)
class _Table:
    """Every matchable text with its code, the display names, and the person-like names."""

    codes: dict[str, str]  # written text -> alpha-2 code, or "-" for a not-country phrase
    names: dict[str, str]  # alpha-2 code -> short English name
    person_like: frozenset[str]
    pattern: re.Pattern[str]
    us_places: re.Pattern[str]


def _pycountry_names() -> Iterator[tuple[str, str, str]]:
    """(code, display name, matchable text) for each pycountry name without a comma."""
    for c in pycountry.countries:
        display = getattr(c, "common_name", None) or c.name
        for text in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            # comma forms ("Korea, Republic of") are catalogue names that news never writes
            if text and "," not in text and "(" not in text:
                yield c.alpha_2, display, text


@cache
def _table() -> _Table:
    """Build the name table and its regex once."""
    rows = data_rows("country_aliases.tsv")
    territories = {code for code, kind, _ in rows if kind == "territory"}
    codes: dict[str, str] = {}
    names: dict[str, str] = {}
    for code, display, text in _pycountry_names():
        if code not in territories:
            codes[text] = code
            names.setdefault(code, display)
    for code, kind, text in rows:
        if kind in ("alias", "not-country"):
            codes[text] = code
        elif kind == "name":
            names[code] = text
    person_like = frozenset(text for _, kind, text in rows if kind == "person")
    us_places = [text for _, kind, text in rows if kind == "us-place"]
    return _Table(codes, names, person_like, _compile(codes), _compile(us_places))


def _compile(texts: Sequence[str] | dict[str, str]) -> re.Pattern[str]:
    """One whole-word alternation, longest text first."""
    ordered = sorted(texts, key=lambda t: (-len(t), t))
    alternation = "|".join(re.escape(t) for t in ordered)
    # a lookahead on the possible first letters rejects most positions before the alternation,
    # which `re` would otherwise try text by text (about 4x faster on news)
    first = "".join(sorted({re.escape(t[0]) for t in ordered}))
    # "US$" is a currency symbol, not a mention of the US
    return re.compile(rf"(?<!\w)(?=[{first}])(?:{alternation})(?![\w$])")


def _is_person(text: str, sentence: str, start: int, end: int) -> bool:
    """A person-like name ("Chad", "Jordan") used as a person's name."""
    if text not in _table().person_like:
        return False
    if _NEXT_CAPITALISED.match(sentence, end):
        return True
    previous = _PREVIOUS_WORD.search(sentence, max(0, start - 30), start)
    return previous is not None and previous.group(1) in data_words("first_names.txt")


def _near_us_place(sentence: str, start: int, end: int) -> bool:
    """A US state or city within a few words: "Georgia" is then the US state."""
    window = sentence[max(0, start - 30): end + 30]
    return _table().us_places.search(window) is not None


def _inside_a_name(sentence: str, start: int) -> bool:
    """The country follows a capitalised word that is not a sentence opener."""
    previous = _PREVIOUS_CAPITALISED.search(sentence, max(0, start - 40), start)
    if previous is None:
        return False
    word = previous.group(1)
    at = previous.start(1)
    if at <= 3 and not sentence[:at].strip(" \"“‘'("):
        return False  # the sentence's first word: "Across Britain, ..."
    return not (word in data_section("actor_words.txt", "not-name") or is_country_name(word)
                or word.isupper())


def _codes_of(sentence: str, found: Sequence[re.Match[str]],
              people: frozenset[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, alpha-2 code) of each country mention among the name matches `found` in
    one sentence; person-like names in `people` (a person's name elsewhere) are skipped."""
    table = _table()
    # "US"/"UK" in an all-capitals sentence ("LET US KNOW") may be an ordinary word
    shouting = not any(ch.islower() for ch in sentence)
    for m in found:
        text, code = m.group(), table.codes[m.group()]
        if code == _NOT_COUNTRY or text in people or _is_person(text, sentence, m.start(),
                                                                m.end()):
            continue
        if _inside_a_name(sentence, m.start()) or (
                code == "GE" and _near_us_place(sentence, m.start(), m.end())):
            continue
        if not (shouting and len(text) <= 3 and text.isupper()):
            yield m.start(), m.end(), code


def is_country_name(text: str) -> bool:
    """Whether the text, exactly, is a country name or alias (used to keep them from actors)."""
    return _table().codes.get(text, _NOT_COUNTRY) != _NOT_COUNTRY


def _people_among(texts: Sequence[str], found: Sequence[Sequence[re.Match[str]]]
                  ) -> frozenset[str]:
    """Person-like country names ("Jordan", "Chad") the document uses as a person's name
    somewhere ("Jordan Ekwueme"), from the name matches `found` in each text: consistency
    within the document makes a lone "Jordan" that person too ("Jordan is the player")."""
    return frozenset(m.group() for text, matches in zip(texts, found, strict=True)
                     for m in matches if _is_person(m.group(), text, m.start(), m.end()))


def find_countries(sentences: Sequence[str]) -> list[Country]:
    """Countries mentioned, by mentions (most first) then first appearance."""
    counts: dict[str, int] = {}
    # the names are found once per sentence and used twice: for the document's person-like
    # names first, then for the mentions
    flat = [" ".join(sentence.split()) for sentence in sentences]
    found = [list(_table().pattern.finditer(text)) for text in flat]
    people = _people_among(flat, found)
    for text, matches in zip(flat, found, strict=True):
        for _, _, code in _codes_of(text, matches, people):
            counts[code] = counts.get(code, 0) + 1
    names = _table().names
    order = sorted(counts, key=lambda code: -counts[code])  # stable: ties keep first appearance
    return [Country(names[code], code, counts[code]) for code in order]


# ------------------------------------------------------------------ implied mentions

_IMPLIED_KINDS = ("demonym", "capital", "not-implied")


@dataclass(frozen=True)
class _ImpliedTable:
    """Nationality words and capitals with their codes, and one regex for all of them."""

    codes: dict[str, str]  # written text -> alpha-2 code, or "-" for a not-implied phrase
    capitals: frozenset[str]
    pattern: re.Pattern[str]


@cache
def _implied_table() -> _ImpliedTable:
    """Build the implied-mention table and its regex once."""
    rows = data_rows("country_aliases.tsv")
    codes = {text: code for code, kind, text in rows if kind in _IMPLIED_KINDS}
    capitals = frozenset(text for _, kind, text in rows if kind == "capital")
    return _ImpliedTable(codes, capitals, _compile(codes))


def _capital_in_a_name(text: str, sentence: str, start: int, end: int) -> bool:
    """"Paris Hilton", "Washington Post", "George Washington": a capital inside a name."""
    if _NEXT_CAPITALISED.match(sentence, end):
        return True
    previous = _PREVIOUS_WORD.search(sentence, max(0, start - 30), start)
    return previous is not None and previous.group(1) in data_words("first_names.txt")


def implied_codes_in(sentence: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, alpha-2 code) of every nationality word or capital in one sentence."""
    table = _implied_table()
    for m in table.pattern.finditer(sentence):
        text, code = m.group(), table.codes[m.group()]
        if code == _NOT_COUNTRY or _inside_a_name(sentence, m.start()):
            continue
        if text in table.capitals and _capital_in_a_name(text, sentence, m.start(), m.end()):
            continue
        yield m.start(), m.end(), code


def find_implied_countries(sentences: Sequence[str]) -> list[Country]:
    """Countries implied by nationality words ("French") and capitals ("Budapest"), apart from
    the named ones: `mentions` counts the implied mentions only. A country may be both named
    (in find_countries) and implied (here); neither list changes the other."""
    counts: dict[str, int] = {}
    for sentence in sentences:
        for _, _, code in implied_codes_in(" ".join(sentence.split())):
            counts[code] = counts.get(code, 0) + 1
    names = _table().names
    order = sorted(counts, key=lambda code: -counts[code])  # stable: ties keep first appearance
    return [Country(names[code], code, counts[code]) for code in order]

