"""find_actors: role constructions (invented sentences): verbs end a role phrase, roles after
"as"/"became", conjoined and plural roles, adverbs and relative clauses around appositives."""

from __future__ import annotations

import pytest

from newsum.facts.actors import find_actors


def role_of(name: str, *sentences: str) -> str | None:
    """The role found for the named person."""
    found = {a.name: a for a in find_actors(list(sentences))}
    return found[name].role


@pytest.mark.parametrize(("sentence", "role"), [
    ("The company hired investment banker Tom Reed to advise it.", "Investment Banker"),
    ("He met veteran actor Tom Reed in Leeds.", "Veteran Actor"),
    ("The talks were led by acting chairman Tom Reed.", "Acting Chairman"),
])
def test_a_verb_or_preposition_ends_a_role_before_a_name(sentence: str, role: str) -> None:
    assert role_of("Tom Reed", sentence) == role


@pytest.mark.parametrize(("sentence", "role"), [
    ("Tom Reed quit as Ajax boss last week.", "Boss"),
    ("Tom Reed has stepped down as chairman of Tarnwick Mutual.", "Chairman"),
    ("The board appointed Tom Reed as chief executive.", "Chief Executive"),
    ("Tarnwick Mutual named Tom Reed as its new chairman.", "Chairman"),
    ("Tom Reed became chief executive in 2001.", "Chief Executive"),
    ("As chancellor, Tom Reed raised taxes.", "Chancellor"),
])
def test_a_role_taken_or_left_as(sentence: str, role: str) -> None:
    assert role_of("Tom Reed", sentence) == role


def test_as_after_another_verb_gives_no_role() -> None:
    assert role_of("Tom Reed", "Tom Reed starred as detective Jim Hale in the film.") is None


def test_an_adverb_before_an_appositive() -> None:
    sentence = "Tom Reed, currently a consultant at Tarnwick Mutual, said so."
    assert role_of("Tom Reed", sentence) == "Consultant"


def test_a_relative_clause_ends_an_appositive_role() -> None:
    sentence = "Tom Reed, a UK investment banker who has held talks with the club, said so."
    assert role_of("Tom Reed", sentence) == "UK Investment Banker"


@pytest.mark.parametrize(("sentence", "role"), [
    ("He met veteran actor and comic Tom Reed.", "Veteran Actor"),
    ("He praised shareholder and lifelong fan Tom Reed.", "Shareholder"),
    ("It quoted sports pundit and former Rovers stalwart Tom Reed.", "Sports Pundit"),
])
def test_the_first_of_two_conjoined_roles(sentence: str, role: str) -> None:
    assert role_of("Tom Reed", sentence) == role


def test_names_joined_by_and_keep_their_own_roles() -> None:
    sentence = "Rovers manager Tom Reed and Ajax boss Ann Lowe met."
    assert role_of("Ann Lowe", sentence) == "Boss"
    assert role_of("Tom Reed", sentence) == "Manager"


def test_a_plural_job_title_before_a_list() -> None:
    sentence = "Critics included senior cabinet members Tom Reed, Ann Lowe and Bo Lund."
    for name in ("Tom Reed", "Ann Lowe", "Bo Lund"):
        assert role_of(name, sentence) == "Senior Cabinet Member"


def test_a_role_of_a_body_named_with_the() -> None:
    sentence = "The chairman of the Bar Council, Tom Reed, has warned of risks."
    assert role_of("Tom Reed", sentence) == "Chairman"


def test_a_role_before_a_place_named_with_and() -> None:
    sentence = "It asked the senior judge in England and Wales, Lord Woolf, to act."
    assert role_of("Lord Woolf", sentence) == "Senior Judge"


def test_a_journalist_writes_for_a_title() -> None:
    sentence = "Tom Reed is technology correspondent for The Daily Planet."
    assert role_of("Tom Reed", sentence) == "Technology Correspondent"
    assert "Daily Planet" not in {a.name for a in find_actors([sentence])}


def test_the_role_written_before_the_name_wins() -> None:
    sentence = "Kenyan athlete Tom Reed, now a member of the Athletes' Council, spoke."
    assert role_of("Tom Reed", sentence) == "Athlete"


def test_a_role_before_a_surname_used_alone() -> None:
    found = find_actors(["Goals came from Tom Reed and Bo Lund.",
                         "Then defender Reed's drive slipped in."])
    assert {a.name: a.role for a in found}["Tom Reed"] == "Defender"


def test_a_body_after_a_role_word_gets_no_role() -> None:
    found = {a.name: a for a in find_actors(["Shares in market leader Diageo rose.",
                                             "Diageo said sales were up."])}
    assert found["Diageo"].role is None


def test_a_later_holder_does_not_block_the_role() -> None:
    found = find_actors(["Rock star Tom Reed chased a burglar.",
                         "The singer grabbed him at the door.",
                         "He had been at a party for singer Ann Lowe."])
    assert {a.name: a.role for a in found}["Tom Reed"] == "Singer"


@pytest.mark.parametrize(("sentence", "role"), [
    ("It was Tom Reed's first day as home secretary.", "Home Secretary"),
    ("Tom Reed's future as Chester manager is in doubt.", "Manager"),
    ("Tom Reed's record as chancellor is strong.", "Chancellor"),
])
def test_a_role_after_a_possessive_and_as(sentence: str, role: str) -> None:
    assert role_of("Tom Reed", sentence) == role


def test_a_possessive_and_as_before_a_character_gives_no_role() -> None:
    assert role_of("Tom Reed", "Tom Reed's performance as Hamlet was praised.") is None


@pytest.mark.parametrize("sentence", [
    "The then chancellor Tom Reed raised taxes.",
    "It was the then chancellor, Tom Reed, who raised taxes.",
    "Tom Reed, the then chancellor, raised taxes.",
])
def test_temporal_then_is_dropped_from_a_role(sentence: str) -> None:
    assert role_of("Tom Reed", sentence) == "Chancellor"


def test_a_titled_person_of_a_body() -> None:
    found = {a.name: a for a in find_actors(
        ["Dr Tom Reed of Leeds University said the case was serious."])}
    assert found["Tom Reed"].kind == "person"
    assert found["Tom Reed"].organisation == "Leeds University"
    assert found["Leeds University"].kind == "organisation"


@pytest.mark.parametrize(("sentence", "role", "organisation"), [
    ("Tom Reed, chief executive of Tarnwick Mutual, said profits rose.",
     "Chief Executive", "Tarnwick Mutual"),
    ("Tarnwick Mutual's chief executive, Tom Reed, said profits rose.",
     "Chief Executive", "Tarnwick Mutual"),
    ("Tom Reed, a spokesman for Tarnwick Mutual, said profits rose.",
     "Spokesman", "Tarnwick Mutual"),
    ("Tarnwick boss Tom Reed said profits rose.", "Boss", "Tarnwick"),
    ("Labour MP Tom Reed said the plan was wrong.", "MP", "Labour Party"),
    ("Tom Reed, an analyst at Tarnwick Mutual, said profits rose.", "Analyst", "Tarnwick Mutual"),
    ("Tom Reed, a senior economist with Tarnwick Mutual, said profits rose.",
     "Senior Economist", "Tarnwick Mutual"),
    ("Tom Reed, director general of the CBI, said profits rose.", "Director General", "CBI"),
    ("Tom Reed, Tarnwick Mutual's former chairman, said profits rose.",
     "Former Chairman", "Tarnwick Mutual"),
])
def test_common_news_roles_with_their_body(sentence: str, role: str, organisation: str) -> None:
    found = {a.name: a for a in find_actors([sentence])}
    assert (found["Tom Reed"].role, found["Tom Reed"].organisation) == (role, organisation)


@pytest.mark.parametrize(("sentence", "role"), [
    ("Judge Tom Reed said the case was serious.", "Judge"),
    ("Detective Inspector Tom Reed said the case was serious.", "Detective Inspector"),
    ("Professor Tom Reed said the case was serious.", "Professor"),
    ("Tom Reed, MP for Leeds North, said the plan was wrong.", "MP"),
])
def test_titles_and_offices(sentence: str, role: str) -> None:
    assert role_of("Tom Reed", sentence) == role
