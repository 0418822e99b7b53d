"""find_countries: names, aliases, longest-first matching and the person and word exceptions."""

from __future__ import annotations

import pytest

from newsum.facts.countries import find_countries, find_implied_countries, is_country_name


def codes(*sentences: str) -> list[str]:
    """The alpha-2 codes found, in output order."""
    return [c.code for c in find_countries(list(sentences))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # pycountry names
        ("Talks in Serbia and Hungary.", ["RS", "HU"]),
        ("Albania signed.", ["AL"]),
        # aliases of the United Kingdom and the United States
        ("The UK, the U.K., Britain, Great Britain and the United Kingdom.", ["GB"]),
        ("The US, the U.S., the USA, America and the United States.", ["US"]),
        # short and former names from the alias table
        ("Holland and the Netherlands.", ["NL"]),
        ("Czechia, once the Czech Republic.", ["CZ"]),
        ("South Korea and North Korea.", ["KR", "KP"]),
        ("Ivory Coast, Russia, Iran, Syria, Vietnam and Taiwan.",
         ["CI", "RU", "IR", "SY", "VN", "TW"]),
        ("Turkey, now Türkiye.", ["TR"]),
        # Kosovo is not in ISO 3166-1 but has the user-assigned code XK
        ("Kosovo declared independence.", ["XK"]),
        # longest first: the longer name wins and the shorter is not counted again
        ("North Macedonia joined.", ["MK"]),
        ("Papua New Guinea voted.", ["PG"]),
        ("South Sudan split from Sudan.", ["SS", "SD"]),
        ("Guinea-Bissau and Guinea.", ["GW", "GN"]),
        # possessives and compounds still count
        ("The UK's economy and UK-based firms.", ["GB"]),
        # bare "Korea" is South Korea
        ("Exports to Korea rose.", ["KR"]),
        # a sentence opener before the country does not make it part of a name
        ("In Britain, The Gambia and The Netherlands.", ["GB", "GM", "NL"]),
    ],
)
def test_found(sentence: str, expected: list[str]) -> None:
    assert sorted(codes(sentence)) == sorted(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "Let us know what is in it.",  # "us", "in", "is": lower case never matches
        "LET US KNOW NOW.",  # an abbreviation in an all-capitals sentence
        "Chad Smith played drums.",  # a given name before a surname
        "Jordan Henderson scored.",
        "Georgia May was there.",
        "Michael Jordan retired.",  # a surname after a given name
        "We ate turkey at Christmas.",  # the bird
        "A guinea pig and Guinea pigs.",  # the animal
        "Belfast is in Northern Ireland.",  # a constituent country, not Ireland
        "Across Latin America and New Mexico.",  # regions containing a country's name
        "The Western Balkans route through Budapest and the Channel.",  # regions, cities
        "England beat Wales and Scotland.",  # constituent countries are not reported
        "Hong Kong and Puerto Rico.",  # not sovereign states
        "Americans and British people.",  # demonyms are not countries
        "The rupee rose to 43.3 per US dollar.",  # a currency named after a country
        "It cost US$5m.",  # a currency symbol
        "She runs for Athletics Ireland at the Bupa Great Ireland Run.",  # inside a name
        "Mills in Georgia and Alabama expanded.",  # the US state, next to another
        "He lives in Atlanta, Georgia.",
    ],
)
def test_not_found(sentence: str) -> None:
    assert codes(sentence) == []


def test_person_like_name_alone_is_the_country() -> None:
    assert codes("Chad and Jordan signed a deal.") == ["TD", "JO"]


def test_person_like_name_used_for_a_person_elsewhere_is_that_person() -> None:
    # consistency within the document: "Jordan Ekwueme ... Jordan is the player we wanted"
    assert codes("The winger Jordan Ekwueme signed.", "Jordan is the player we wanted.",
                 "He was born in Nigeria.") == ["NG"]


def test_names_and_counts_ordered_by_mentions_then_first_appearance() -> None:
    found = find_countries(["Kosovo and Serbia.", "The UK and Serbia.", "Britain again."])
    assert [(c.name, c.code, c.mentions) for c in found] == [
        ("Serbia", "RS", 2), ("United Kingdom", "GB", 2), ("Kosovo", "XK", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("UK", True), ("Kosovo", True), ("Budapest", False), ("Northern Ireland", False),
     ("Hong Kong", False)],
)
def test_is_country_name(text: str, expected: bool) -> None:
    assert is_country_name(text) is expected


@pytest.mark.parametrize(
    "text", [" ".join(["Word"] * 30_000), " ".join(["Chad"] * 30_000), "9" * 20_000,
             "£1" * 50_000, "United " * 30_000],
)
def test_pathological_input_completes(text: str) -> None:
    find_countries([text])


def implied(*sentences: str) -> list[tuple[str, int]]:
    """(code, implied mentions) found, in output order."""
    return [(c.code, c.mentions) for c in find_implied_countries(list(sentences))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # nationality words and capitals imply a country
        ("The French president met Israeli officials.", [("FR", 1), ("IL", 1)]),
        ("Talks were held in Budapest and Kuala Lumpur.", [("HU", 1), ("MY", 1)]),
        ("South Korean firms met in New Delhi.", [("KR", 1), ("IN", 1)]),
        # a capital inside a longer name, or after a given name, is no capital
        ("Paris Hilton read the Washington Post.", []),
        ("George Washington slept here.", []),
        # phrases that imply no country
        ("Latin American leaders ate French fries by the Indian Ocean.", []),
        ("The Swiss Army knife and Brussels sprouts.", []),
        # a country's own name is a named mention, not an implied one; its capital is implied
        ("France and Mexico City.", [("MX", 1)]),
    ],
)
def test_implied(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert implied(sentence) == expected


def test_implied_mentions_never_change_the_named_list() -> None:
    sentences = ["French and Israeli officials met in Budapest.", "France agreed."]
    assert codes(*sentences) == ["FR"]
    assert implied(*sentences) == [("FR", 1), ("IL", 1), ("HU", 1)]


@pytest.mark.parametrize(
    "text", [" ".join(["French"] * 30_000), " ".join(["Paris"] * 30_000), "9" * 20_000],
)
def test_pathological_input_completes_for_implied(text: str) -> None:
    find_implied_countries([text])
