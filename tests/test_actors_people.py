"""find_actors: people and their roles in harder shapes (invented sentences): a body word that
is also a job before a given name, "the <role>" with a person named in the same sentence, a
plural lede role, roles before a dash or at the sentence start, descriptions that are no roles."""

from __future__ import annotations

import pytest

from newsum.facts.actors import find_actors


def actors(*sentences: str) -> dict[str, tuple[str, str | None]]:
    """Name -> (kind, role) of every actor found."""
    return {a.name: (a.kind, a.role) for a in find_actors(list(sentences))}


@pytest.mark.parametrize(("sentence", "role"), [
    ("The show was praised by his fellow broadcaster Tom Reed.", "Broadcaster"),
    ("The dinner was hosted by the film maker Tom Reed in Leeds.", "Film Maker"),
])
def test_a_body_word_that_is_a_job_before_a_given_name_makes_a_person(
        sentence: str, role: str) -> None:
    kind, found = actors(sentence)["Tom Reed"]
    assert kind == "person" and found is not None and found.endswith(role)


def test_a_body_word_that_is_no_job_still_makes_a_body() -> None:
    assert actors("Shares in bookmaker William Hill rose 3%.")["William Hill"][0] == "organisation"


def test_a_description_marks_a_person_without_giving_a_role() -> None:
    found = actors("The club was bought by billionaire Pavel Orlovsky in 2003.")
    assert found["Pavel Orlovsky"] == ("person", None)


def test_the_role_does_not_go_to_a_person_named_later_in_its_sentence() -> None:
    found = actors("Tom Reed spoke of a rift with Ann Lee.",
                   "A new book says the prime minister broke a pledge to Ms Lee.")
    assert found["Tom Reed"][1] == "Prime Minister"
    assert found["Ann Lee"][1] is None


def test_an_opening_role_after_a_named_person_is_not_given_to_the_next_subject() -> None:
    found = actors("Tom Reed spoke of a rift with Ann Lee.",
                   "A new book says the prime minister broke a pledge to Ms Lee.",
                   "The chancellor has said she is focused on the poll.",
                   "Mr Reed told the party it must be united.")
    assert found["Tom Reed"][1] == "Prime Minister"
    assert found["Ann Lee"][1] == "Chancellor"


def test_a_plural_lede_role_is_made_singular() -> None:
    found = actors("One of Ruritania's best-known businessmen was arrested on Monday.",
                   "Tom Reed was once ranked the richest man in the world.")
    assert found["Tom Reed"][1] == "Businessman"


@pytest.mark.parametrize("sentence", [
    "She chose to cast an American actress - Ann Lee - as the heroine.",
    "Tory leader, Ann Lee, said the plan was unworkable.",
])
def test_a_role_before_a_dash_or_opening_the_sentence(sentence: str) -> None:
    assert actors(sentence)["Ann Lee"][0] == "person"
    assert actors(sentence)["Ann Lee"][1] in ("Actress", "Leader")


@pytest.mark.parametrize(("sentence", "role"), [
    ("The chancellor will join election supremo Tom Reed for the launch.", "Election Supremo"),
    ("The court was told by criminalist Tom Reed that the residue was old.", "Criminalist"),
    ('"It is bad," said Tom Reed, senior technology consultant for Tarnwick.',
     "Senior Technology Consultant"),
])
def test_more_job_words(sentence: str, role: str) -> None:
    assert actors(sentence)["Tom Reed"][1] == role


@pytest.mark.parametrize("name", [
    "Ruud Vermaelen", "Berti Kossmann", "Tore Andre Lindqvist", "Linford Baptiste",
    "Denzel Okonjo", "Virginia Hallworth", "Zadie Marlowe", "Ato Mensah-Boateng",
    "Sven-Goran Lindqvist", "Olusegun Adebayo", "Giorgos Papadakis", "Shivnarine Rampaul",
])
def test_given_names_from_international_news_make_a_person(name: str) -> None:
    # no role, no speech verb, no honorific: only the given name marks the person
    found = actors(f"{name} was there on Monday.")
    assert found.get(name, ("missing",))[0] == "person"


@pytest.mark.parametrize(("sentence", "name"), [
    ("Shares in Virginia Tech rose after the university said it would expand.", "Virginia Tech"),
    ("The storm hit Virginia Beach on Monday.", "Virginia Beach"),
    ("He moved to West Virginia last year.", "West Virginia"),
    ("The talks were held in Abu Dhabi on Monday.", "Abu Dhabi"),
    ("Hong Kong shares fell on Monday.", "Hong Kong"),
])
def test_places_and_bodies_named_like_a_given_name_are_no_people(sentence: str, name: str) -> None:
    assert actors(sentence).get(name, ("missing",))[0] != "person"


@pytest.mark.parametrize("later", [
    "Vasteli said the offer was fair.",
    '"The offer is fair," said Vasteli.',
    "The offer was fair, according to Mr Vasteli.",
    "The board backed striker Vasteli on Friday.",
])
def test_an_unknown_first_name_is_a_person_when_the_surname_is_one_elsewhere(later: str) -> None:
    found = actors("Quorin Vasteli led the bid for the club.", later)
    assert found["Quorin Vasteli"][0] == "person"


def test_a_last_word_merely_repeated_makes_no_person() -> None:
    # "European Indoor ... Indoor": the lone word is no person, so the pair is none either
    found = actors("Fans queued outside Harrow Nights in March.",
                   "Nights like these are rare in the town.")
    assert found.get("Harrow Nights", ("missing",))[0] != "person"
    found = actors("It is staged by Kessel Nights each year.", "The show at Nights was full.")
    assert found.get("Kessel Nights", ("missing",))[0] != "person"


def test_a_title_inside_a_span_does_not_pull_the_words_before_it_into_a_name() -> None:
    found = actors("Describing Mr Vasteli as a friend, she left the room.",
                   "Mr Vasteli said he was sad.")
    assert "Describing Mr Vasteli" not in found
