"""extract_facts on a whole (made-up) body, and the shipped data files behind the finders."""

from __future__ import annotations

import time

import pycountry
import pytest

from newsum.facts import extract_facts, find_implied_countries
from newsum.facts._data import data_lines, data_rows, data_words
from newsum.models import Facts

# Written for this test; the shape of a wire story (role, name, quotes, money, countries).
BODY = [
    "The Chancellor will unveil a £2.5bn plan to build homes in Wales and England.",
    "Rachel Reeves will announce the deal with Ireland and the Netherlands on Tuesday.",
    "Ms Reeves said: “We will build more homes than any government since the 1960s.”",
    "Barratt Developments chief executive David Thomas said the £500m-£750m first phase "
    "was welcome.",
    "The Treasury said the UK would borrow up to $3bn from the World Bank.",
]


@pytest.fixture(scope="module")
def facts() -> Facts:
    return extract_facts(BODY)


def test_people_with_roles_and_mentions(facts: Facts) -> None:
    people = {a.name: a for a in facts.actors if a.kind == "person"}
    assert set(people) == {"Rachel Reeves", "David Thomas"}
    reeves, thomas = people["Rachel Reeves"], people["David Thomas"]
    assert (reeves.role, reeves.mentions, reeves.aliases) == ("Chancellor", 3, ("Ms Reeves",))
    assert (thomas.role, thomas.organisation) == ("Chief Executive", "Barratt Developments")


def test_organisations(facts: Facts) -> None:
    orgs = {a.name for a in facts.actors if a.kind == "organisation"}
    assert orgs == {"Barratt Developments", "Treasury", "World Bank"}


def test_money(facts: Facts) -> None:
    assert [(m.text, m.currency, m.amount) for m in facts.money] == [
        ("£2.5bn", "GBP", 2.5e9), ("£500m", "GBP", 5e8), ("£750m", "GBP", 7.5e8),
        ("$3bn", "USD", 3e9)]


def test_countries(facts: Facts) -> None:
    assert [(c.name, c.code, c.mentions) for c in facts.countries] == [
        ("Ireland", "IE", 1), ("Netherlands", "NL", 1), ("United Kingdom", "GB", 1)]


def test_actors_ordered_by_mentions(facts: Facts) -> None:
    assert facts.actors[0].name == "Rachel Reeves"


def test_serialises(facts: Facts) -> None:
    data = facts.to_dict()
    assert data["money"][0] == {"text": "£2.5bn", "currency": "GBP", "amount": 2_500_000_000,
                                "context": BODY[0]}
    assert data["countries"][-1] == {"name": "United Kingdom", "code": "GB", "mentions": 1}


def test_empty_body() -> None:
    assert extract_facts([]) == Facts()


# --- the data files -------------------------------------------------------------------------

VALID_CODES = {c.alpha_2 for c in pycountry.countries} | {"XK", "-"}


def test_country_alias_rows_are_well_formed() -> None:
    kinds = {"name", "alias", "territory", "not-country", "person", "us-place", "demonym",
             "capital", "not-implied"}
    for row in data_rows("country_aliases.tsv"):
        assert len(row) == 3 and row[1] in kinds and row[0] in VALID_CODES, row


def test_currency_rows_are_well_formed() -> None:
    for kind, text, value in data_rows("currencies.tsv"):
        assert text, (kind, value)
        if kind in ("magnitude", "spelled"):
            assert float(value) > 0
        else:
            assert kind in {"symbol", "code", "word", "minor", "peso-country"} and (
                pycountry.currencies.get(alpha_3=value) is not None), (kind, text, value)
        if kind == "peso-country":
            assert pycountry.countries.get(name=text) is not None, text


def test_first_names_are_capitalised_words() -> None:
    names = data_words("first_names.txt")
    assert len(names) > 300
    assert all(n[0].isupper() and n.replace("-", "").isalpha() for n in names)


def test_roles_are_lower_case() -> None:
    lines = data_lines("actor_words.txt")
    start = lines.index("[role]") + 1
    end = next(i for i in range(start, len(lines)) if lines[i].startswith("["))
    assert end - start > 50
    assert all(role == role.lower() for role in lines[start: end])


def test_line_breaks_inside_a_sentence_are_spaces() -> None:
    sentence = "The winger Jordan\nEkwueme joined for £5\nmillion from Sporting\nLisbon."
    facts = extract_facts([sentence])
    assert [c.code for c in facts.countries] == []
    assert [(m.text, m.amount) for m in facts.money] == [("£5 million", 5e6)]
    assert {a.name for a in facts.actors} >= {"Jordan Ekwueme", "Sporting Lisbon"}


LIMIT_SECONDS = 10.0  # generous: linear extraction takes about a second on these; a quadratic
# step takes minutes (20,000 comma-separated names once took 40 minutes)


@pytest.mark.parametrize(
    "sentences",
    [["£1" * 50_000], ["9" * 20_000], [" ".join(["Word"] * 30_000)], ['"' * 20_000],
     ["“" * 20_000], [", ".join(["Acme"] * 20_000)], [", ".join(["John Smith"] * 10_000)],
     ["the 35-year-old Cobh runner " * 8_000],
     ["Sir John Smith, the home secretary, said the firm Acme Ltd paid £5m."] * 3_000],
    ids=["pounds", "digits", "capitalised", "quotes", "curly-quotes", "comma-names",
         "comma-people", "bare-roles", "many-sentences"],
)
def test_extraction_stays_fast(sentences: list[str]) -> None:
    start = time.perf_counter()
    extract_facts(sentences)
    find_implied_countries(sentences)
    assert time.perf_counter() - start < LIMIT_SECONDS


def test_implied_country_rows_name_no_country() -> None:
    # a nationality word or capital that is itself a country's name would be counted twice
    from newsum.facts.countries import is_country_name
    for code, kind, text in data_rows("country_aliases.tsv"):
        if kind in ("demonym", "capital"):
            assert not is_country_name(text), (code, text)
