"""find_money: each heuristic group of newsum.facts.money and data/currencies.tsv has a case."""

from __future__ import annotations

import pytest

from newsum.facts.money import CONTEXT_CHARS, find_money

# (sentence, [(text, currency, amount), ...]) in document order
CASES: list[tuple[str, list[tuple[str, str, float]]]] = [
    # symbols before the number, with word magnitudes
    ("The fund got £75 million more.", [("£75 million", "GBP", 75e6)]),
    ("It raised €2.5 billion.", [("€2.5 billion", "EUR", 2.5e9)]),
    ("Sales hit ¥300bn.", [("¥300bn", "JPY", 3e11)]),
    ("A grant of ₹2 lakh and Rs 500 crore.", [("₹2 lakh", "INR", 2e5),
                                                 ("Rs 500 crore", "INR", 5e9)]),
    # bare "$" is US dollars
    ("Profit was $1.13bn.", [("$1.13bn", "USD", 1.13e9)]),
    # prefixed dollars win over bare "$"
    ("It cost US$2m, A$3m, C$4m and HK$5bn.", [("US$2m", "USD", 2e6), ("A$3m", "AUD", 3e6),
                                                ("C$4m", "CAD", 4e6), ("HK$5bn", "HKD", 5e9)]),
    # letter magnitudes
    ("Deals of £5k, £6mn, $7bln, $8tn and $9B.", [("£5k", "GBP", 5e3), ("£6mn", "GBP", 6e6),
                                                 ("$7bln", "USD", 7e9), ("$8tn", "USD", 8e12),
                                                 ("$9B", "USD", 9e9)]),
    # thousands separators and pence-precise amounts
    ("It was up to £250,000 or £1,250.50.", [("£250,000", "GBP", 250000.0),
                                              ("£1,250.50", "GBP", 1250.5)]),
    # ISO codes before and after
    ("A USD 5m loan and a EUR1.2bn bond, or 300 CHF.", [("USD 5m", "USD", 5e6),
                                                        ("EUR1.2bn", "EUR", 1.2e9),
                                                        ("300 CHF", "CHF", 300.0)]),
    # currency words after the number, qualified ones first
    ("It paid 5 million pounds, 3bn yuan and 10 Hong Kong dollars.",
     [("5 million pounds", "GBP", 5e6), ("3bn yuan", "CNY", 3e9),
      ("10 Hong Kong dollars", "HKD", 10.0)]),
    ("Fees of 400 euros, 20 dollars, 1,000 yen and 50 rupees.",
     [("400 euros", "EUR", 400.0), ("20 dollars", "USD", 20.0), ("1,000 yen", "JPY", 1000.0),
      ("50 rupees", "INR", 50.0)]),
    # a hyphenated modifier, a spaced two-letter magnitude after a symbol, more number words
    ("A 2.5bn-euro deal and a 10-dollar bill.", [("2.5bn-euro", "EUR", 2.5e9),
                                                 ("10-dollar", "USD", 10.0)]),
    ("It cost $2.2 bn.", [("$2.2 bn", "USD", 2.2e9)]),
    ("A twelve million euro deal.", [("twelve million euro", "EUR", 12e6)]),
    # more currency words, qualified ones first
    ("Worth 10bn reais, 3 Swiss francs, 7 Norwegian kroner and 9 Pakistani rupees.",
     [("10bn reais", "BRL", 1e10), ("3 Swiss francs", "CHF", 3.0),
      ("7 Norwegian kroner", "NOK", 7.0), ("9 Pakistani rupees", "PKR", 9.0)]),
    # pence and cents
    ("Shares rose 50p to 412p.", [("50p", "GBP", 0.5), ("412p", "GBP", 4.12)]),
    ("A rise of 20 cents and 5 pence.", [("20 cents", "USD", 0.2), ("5 pence", "GBP", 0.05)]),
    # ranges: two amounts, the second inheriting currency, the first the magnitude
    ("Costs of between £10m and £20m.", [("£10m", "GBP", 1e7), ("£20m", "GBP", 2e7)]),
    ("Costs of £10m-£20m.", [("£10m", "GBP", 1e7), ("£20m", "GBP", 2e7)]),
    ("Costs of £10m to £20m.", [("£10m", "GBP", 1e7), ("£20m", "GBP", 2e7)]),
    ("A $5-6bn deal.", [("$5", "USD", 5e9), ("6bn", "USD", 6e9)]),
    ("A £1.5m–2m deal.", [("£1.5m", "GBP", 1.5e6), ("2m", "GBP", 2e6)]),
    ("Worth 5-6 billion dollars.", [("5", "USD", 5e9), ("6 billion dollars", "USD", 6e9)]),
    ("Between 5 and 10 million euros.", [("5", "EUR", 1e7 / 2), ("10 million euros", "EUR",
                                                                   1e7)]),
    # a magnitude is not shared when the numbers would descend
    ("Between $500 and $2m.", [("$500", "USD", 500.0), ("$2m", "USD", 2e6)]),
    # "to"/"and" without a currency or magnitude after them is no range
    ("It gave £5m to 2030 and £6m and 300 jobs.", [("£5m", "GBP", 5e6), ("£6m", "GBP", 6e6)]),
    # numbers written as words, before a currency word
    ("It cost half a trillion dollars and made one-euro jobs.",
     [("half a trillion dollars", "USD", 5e11), ("one-euro", "EUR", 1.0)]),
    ("A million pounds.", [("A million pounds", "GBP", 1e6)]),
    # more currency words
    ("Debts of 59.2 trillion rupiah.", [("59.2 trillion rupiah", "IDR", 5.92e13)]),
    # "-plus" and "+" stay in the text
    ("A £85m-plus deal and a $5bn+ bid.", [("£85m-plus", "GBP", 85e6),
                                            ("$5bn+", "USD", 5e9)]),
]

NEGATIVES = [
    "Inflation rose 5% to 3.2 per cent.",  # percentages
    "He won the 800m race in 2024.",  # a distance and a year
    "It sold 5m shares to 1,000 people.",  # share and people counts
    "She lost 20 pounds and bought 5 pounds of flour.",  # pounds as a weight
    "He bought a pound of apples and a dollar store.",  # "a" needs a magnitude
    "Watch it in 1080p.",  # video resolution, not pence
    "The 50pc rise.",  # "pc" is per cent, not pence
    "A 20,000-strong crowd and 42 others.",  # bare numbers
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_amounts(sentence: str, expected: list[tuple[str, str, float]]) -> None:
    found: list[object] = [(m.text, m.currency, m.amount) for m in find_money([sentence])]
    assert found == [(t, c, pytest.approx(a)) for t, c, a in expected]


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_not_money(sentence: str) -> None:
    assert find_money([sentence]) == []


def test_context_is_the_sentence_when_short() -> None:
    sentence = "He announced £75 million in extra funding."
    assert find_money([sentence])[0].context == sentence


def test_context_is_trimmed_around_the_amount_in_long_sentences() -> None:
    sentence = "word " * 100 + "then £5m arrived " + "word " * 100
    context = find_money([sentence])[0].context
    assert "£5m" in context
    assert len(context) <= CONTEXT_CHARS + 2  # the two ellipses
    assert context.startswith("…") and context.endswith("…")


@pytest.mark.parametrize(
    ("sentences", "count"),
    [
        (["It cost £5m.", "It cost £5m."], 1),  # the same sentence twice: a pull quote echo
        (["It cost £5m.", "Then £5m more."], 2),  # same amount, different sentences
        (["It cost £5m and then £5m more."], 2),  # twice in one sentence
    ],
)
def test_repeats(sentences: list[str], count: int) -> None:
    assert len(find_money(sentences)) == count


def test_document_order_across_sentences() -> None:
    found = find_money(["First $1m.", "Then 50p and £2bn."])
    assert [m.text for m in found] == ["$1m", "50p", "£2bn"]


@pytest.mark.parametrize(
    "text",
    ["£1" * 50_000, "$" + "9" * 20_000, "9" * 20_000 + " dollars", " ".join(["Word"] * 30_000),
     "£1-" * 30_000, "between £5 and " * 20_000, "1" * 20_000 + "p"],
)
def test_pathological_input_completes(text: str) -> None:
    for money in find_money([text]):
        assert money.amount is None or money.amount < float("inf")


def test_bare_pesos_follow_the_peso_country_the_document_names() -> None:
    found = find_money(["Colombia's growth slowed.", "A fee of 5m pesos was paid."])
    assert [(m.currency, m.amount) for m in found] == [("COP", 5e6)]
    assert find_money(["A fee of 5m pesos was paid."])[0].currency == "MXN"
    assert find_money(["It cost 5m Argentine pesos."])[0].currency == "ARS"


def test_a_spaced_single_letter_is_no_magnitude() -> None:
    assert [(m.text, m.amount) for m in find_money(["It cost $5 m."])] == [("$5", 5.0)]
