"""find_actors: general rules added after scoring on bench/facts_gold/tune3.jsonl (invented text)."""

from __future__ import annotations

from newsum.facts.actors import find_actors
from newsum.models import Actor


def by_name(*sentences: str) -> dict[str, Actor]:
    """The actors found, keyed by name."""
    return {a.name: a for a in find_actors(list(sentences))}


MATCH = ("Tom Reed put Everton ahead after Dan Hale's cross in the Premiership match.",)


def test_a_line_up_lists_players() -> None:
    found = by_name(*MATCH, "Pardew, Reed (Hale 77), Oxley, Brant Vale, Quist.",
                    "Subs Not Used: Ormsby, Tull.", "Subs: Kemble.")
    for name in ("Pardew", "Oxley", "Brant Vale", "Quist", "Ormsby", "Tull", "Kemble"):
        assert found[name].kind == "person"
    assert "Reed" not in found and "Tom Reed" in found  # a surname joins the full name
    assert "Subs" not in found and "Subs Not Used" not in found


def test_a_referee_line_names_a_person() -> None:
    assert by_name(*MATCH, "P Dowd (Staffordshire).")["P Dowd"].kind == "person"


def test_no_line_up_outside_football() -> None:
    found = by_name("Sales rose at Harrow, Tesco, Boots, Argos and Dixons.")
    assert "Harrow" not in found or found["Harrow"].kind != "person"


def test_the_role_after_a_subject_goes_to_the_subject() -> None:
    found = by_name(*MATCH, "Ian Pell, back in the side, was denied by Rob Sayle.",
                    "The striker played a one-two before shooting wide.")
    assert found["Ian Pell"].role and found["Ian Pell"].role.lower() == "striker"
    assert found["Rob Sayle"].role is None


def test_the_role_before_a_verb_refers_back() -> None:
    found = by_name("The deal was signed by Ann Mercer in March.",
                    "The economist warned that rates would rise.")
    assert found["Ann Mercer"].role and found["Ann Mercer"].role.lower() == "economist"


def test_a_playing_position_may_be_held_twice() -> None:
    found = by_name(*MATCH, "Reed defender Sam Oake headed wide.",
                    "But Bolton were level through Kurt Vell's header.",
                    "The Bolton defender looked offside.")
    assert found["Kurt Vell"].role and found["Kurt Vell"].role.lower() == "defender"


def test_an_unknown_acronym_is_a_body() -> None:
    found = by_name("Talks between the SDLP and the KRF ended on Monday.")
    assert found["SDLP"].kind == "organisation" and found["KRF"].kind == "organisation"


def test_common_abbreviations_times_and_grades_are_no_bodies() -> None:
    found = by_name("Shares rose by 1200 GMT after the AGM.", "Its rating is BBB- now.",
                    "The DVD sold well.")
    assert not {"GMT", "AGM", "BBB", "DVD"} & set(found)


def test_a_persons_initials_are_no_body() -> None:
    found = by_name("Robert Lane-Hardy founded the group.", "What RLH stands for is clear.")
    assert "RLH" not in found


def test_a_body_after_of_is_the_body() -> None:
    found = by_name("The Annual Trade Review of Kelso University said so.")
    assert found["Kelso University"].kind == "organisation"
    assert "Annual Trade Review of Kelso University" not in found


def test_a_head_before_of_keeps_the_whole_name() -> None:
    assert "Institute of Brewing Studies" in by_name("The Institute of Brewing Studies said so.")
