"""Paragraph and sentence splitting as a reader would judge it."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from newsum.segment import paragraph_texts, segment, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # titles before a name, with and without a period
        ("Mr. Smith met Dr Jones at noon. They talked.",
         ["Mr. Smith met Dr Jones at noon.", "They talked."]),
        ("Gen. Hale and Lt. Col. Moss arrived late. Sen. Ruiz did not.",
         ["Gen. Hale and Lt. Col. Moss arrived late.", "Sen. Ruiz did not."]),
        # months in datelines, and reference shorthand
        ("The vote is on Jan. 5 at No. 10 Downing Street. Nobody expects a surprise.",
         ["The vote is on Jan. 5 at No. 10 Downing Street.", "Nobody expects a surprise."]),
        ("Rovers vs. United ended level. Approx. 400 fans stayed.",
         ["Rovers vs. United ended level.", "Approx. 400 fans stayed."]),
        # company suffixes
        ("Brightwater Ltd. said sales fell. Kestrel Inc. disagreed.",
         ["Brightwater Ltd. said sales fell.", "Kestrel Inc. disagreed."]),
        # initialisms with periods
        ("U.S. officials met U.N. envoys in Geneva. The talks ran late.",
         ["U.S. officials met U.N. envoys in Geneva.", "The talks ran late."]),
        # money and percentages
        ("The bid was worth £1.5bn, up 3.5% on last year. Shares rose.",
         ["The bid was worth £1.5bn, up 3.5% on last year.", "Shares rose."]),
        # initials of a name
        ("The novel by J. R. Hartley sold well. It was reprinted.",
         ["The novel by J. R. Hartley sold well.", "It was reprinted."]),
    ],
)
def test_abbreviations_numbers_and_initials_do_not_split(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_abbreviation_at_the_end_of_a_sentence_still_ends_it() -> None:
    text = "Prices rose sharply in the U.S. The central bank acted. Acme Inc. said profits fell."
    assert split_sentences(text) == [
        "Prices rose sharply in the U.S.",
        "The central bank acted.",
        "Acme Inc. said profits fell.",
    ]


@pytest.mark.parametrize("close", ['"', "”"])
def test_sentence_ending_inside_quotes_ends_at_the_quote(close: str) -> None:
    opening = '"' if close == '"' else "“"
    text = f"She said: {opening}We will rebuild the pier.{close} Work starts in spring."
    assert split_sentences(text) == [
        f"She said: {opening}We will rebuild the pier.{close}", "Work starts in spring.",
    ]


@pytest.mark.parametrize("mark", ["?", "!"])
def test_question_in_quotes_followed_by_lower_case_stays_one_sentence(mark: str) -> None:
    text = f"“Who paid for it{mark}” she asked the committee. Nobody answered."
    assert split_sentences(text) == [
        f"“Who paid for it{mark}” she asked the committee.", "Nobody answered.",
    ]


def test_words_starting_lower_case_with_capitals_inside_still_start_sentences() -> None:
    assert split_sentences("Sales of the gadget rose. iPads sold out.") == [
        "Sales of the gadget rose.", "iPads sold out.",
    ]


def test_paragraphs_split_on_blank_lines_and_lines_join_with_spaces() -> None:
    body = "The harbour wall\nwas repaired in May.  Boats returned.\n\n   \n\nFishing resumed.\n"
    doc = segment(body)
    assert [[s.text for s in para] for para in doc.paragraphs] == [
        ["The harbour wall was repaired in May.", "Boats returned."],
        ["Fishing resumed."],
    ]


def test_positions_are_zero_based_across_the_document() -> None:
    doc = segment("One here. Two here.\n\nThree here.\n\nFour here. Five here.")
    assert [(s.text, s.position, s.paragraph) for s in doc.sentences] == [
        ("One here.", 0, 0), ("Two here.", 1, 0), ("Three here.", 2, 1),
        ("Four here.", 3, 2), ("Five here.", 4, 2),
    ]


def test_blank_body_gives_an_empty_document() -> None:
    assert segment("  \n\n \t\n").paragraphs == ()
    assert split_sentences("   ") == []
    assert paragraph_texts("\n\n") == []


def test_text_without_end_punctuation_is_one_sentence() -> None:
    assert split_sentences("Council approves new footbridge") == ["Council approves new footbridge"]


def test_shipped_abbreviations_use_punkt_format() -> None:
    text = (resources.files("newsum") / "data" / "abbreviations.txt").read_text(encoding="utf-8")
    words = [w for line in text.splitlines() for w in line.split("#", 1)[0].split()]
    assert words, "abbreviations.txt is empty"
    assert all(w == w.lower() and not w.endswith(".") for w in words)
    assert {"mr", "dr", "jan", "inc", "no", "u.s"} <= set(words)


def test_works_without_any_nltk_data(tmp_path: Path) -> None:
    script = (
        "import nltk\n"
        "def refuse(*a, **k): raise SystemExit('nltk.download was called')\n"
        "nltk.download = refuse\n"
        f"nltk.data.path[:] = [{str(tmp_path)!r}]\n"
        "from newsum.segment import split_sentences\n"
        "print(split_sentences('Mr. Hale spoke. U.S. aid arrived.'))\n"
    )
    env = {**os.environ, "NLTK_DATA": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['Mr. Hale spoke.', 'U.S. aid arrived.']"


def test_a_lower_case_piece_rejoins_without_a_space_the_text_lacked() -> None:
    assert [s.text for s in segment("!(a").sentences] == ["!(a"]
    assert [s.text for s in segment("He said so. and then left.").sentences] == [
        "He said so. and then left."]
