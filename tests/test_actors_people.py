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
