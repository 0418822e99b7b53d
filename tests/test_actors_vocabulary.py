"""find_actors: the wider general vocabulary of roles and bodies (invented sentences)."""

from __future__ import annotations

import re

import pytest

from newsum.facts.actors import find_actors, refer, vocabulary
from newsum.models import Actor


def by_name(*sentences: str) -> dict[str, Actor]:
    """The actors found, keyed by name."""
    return {a.name: a for a in find_actors(list(sentences))}


@pytest.mark.parametrize(("sentence", "name", "role"), [
    ("Detective Sergeant Alan Pryce said the inquiry would go on.", "Alan Pryce",
     "Detective Sergeant"),
    ("Magistrate Ruth Okafor adjourned the case until May.", "Ruth Okafor", "Magistrate"),
    ("Colonel Hugh Marlowe led the patrol into the valley.", "Hugh Marlowe", "Colonel"),
    ("The sale was run by investment banker Tessa Lindqvist.", "Tessa Lindqvist",
     "Investment Banker"),
    ("Saxophonist Rory Vance joined the band for its third album.", "Rory Vance",
     "Saxophonist"),
    ("Fly-half Owen Farrant kicked three penalties.", "Owen Farrant", "Fly-half"),
    ("Epidemiologist Maria Costa warned that cases were rising.", "Maria Costa",
     "Epidemiologist"),
    ("Jane Ellery, the political editor, said the vote was close.", "Jane Ellery",
     "Political Editor"),
    ("Ex-chairman Colin Ruddock said the board had erred.", "Colin Ruddock", "Ex-chairman"),
])
def test_roles_from_the_general_vocabulary(sentence: str, name: str, role: str) -> None:
    found = by_name(sentence)
    assert found[name].kind == "person"
    assert found[name].role == role


def test_praise_is_still_no_role() -> None:
    found = by_name("Olympic champion Kelly Marsh and screen legend Dan Hale arrived.")
    assert found["Kelly Marsh"].role is None
    assert found["Dan Hale"].role is None


def test_a_one_word_role_that_is_a_surname_is_left_out() -> None:
    # "butler", "cook" and "major" are jobs, but "Major said" names a person
    found = by_name("John Major spoke first.", "Major said the deal was sound.")
    assert found["John Major"].kind == "person"
    assert "Major" in found["John Major"].aliases


@pytest.mark.parametrize("body", [
    "Lockheed Martin", "Standard Chartered", "Aer Lingus", "Sky Sports", "Unison",
    "General Synod", "Friends of the Earth", "Transparency International", "Real Madrid",
])
def test_known_bodies(body: str) -> None:
    found = by_name(f"A statement from {body} was issued on Tuesday.")
    assert found[body].kind == "organisation"


def test_a_known_body_after_a_day_word() -> None:
    # "Sunday" never starts a name, except where it opens a known body's name
    found = by_name("He told the Sunday Times he would stand down.")
    assert found["Sunday Times"].kind == "organisation"


@pytest.mark.parametrize("body", [
    "Cumbria Constabulary", "Parachute Regiment", "Writers Guild", "Wessex Trains",
    "Campaign for Rural Transport",
])
def test_bodies_by_their_last_or_first_word(body: str) -> None:
    found = by_name(f"Officials at {body} confirmed the figures.")
    assert found[body].kind == "organisation"


def test_opening_role_patterns_match_the_full_alternation() -> None:
    # the per-first-word patterns behave like one pattern over every role
    roles = sorted(vocabulary._words().roles)
    whole = refer._role_pattern(roles)
    for text in ("The chief executive said", "The vice-president, Al Gore,", "The Home Secretary",
                 "The chief-executive post", "The co-founder left", "The weather was fine"):
        old, new = whole.match(text), refer._opening_role(text)
        assert (old and old.group("role")) == (new and new.group("role"))
    assert re.search("role", whole.pattern)
