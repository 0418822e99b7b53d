"""Rendering: format choice, and each format's shape on a hand-built Result."""

from __future__ import annotations

import io
import json

import pytest

from newsum.models import Actor, Country, Facts, Money, Result, ScoredSentence, Summary
from newsum.render import make_renderer, resolve_format
from newsum.render.rows import around, format_amount, shorten

RESULT = Result(
    source="story.txt",
    title="Harbour plan approved",
    author="Ada Quill",
    published="2025-03-04",
    summary=Summary("lexrank", (ScoredSentence("The harbour plan was approved.", 0, 0.5),)),
    facts=Facts(
        actors=(Actor("Ruth Okafor", "person", "Mayor", 2),),
        money=(Money("£12m", "GBP", 12_000_000.0, "The plan costs £12m."),),
        countries=(Country("Norway", "NO", 1),),
    ),
    body="The harbour plan was approved.\n",
)
FAILED = Result(source="bad.txt", error="bad.txt: no such file; check the path")


@pytest.mark.parametrize(
    ("requested", "isatty", "expected"),
    [("auto", True, "table"), ("auto", False, "text"), ("json", True, "json"),
     ("table", False, "table"), ("markdown", True, "markdown")],
)
def test_resolve_format(requested: str, isatty: bool, expected: str) -> None:
    assert resolve_format(requested, isatty) == expected


def render(fmt: str, results: list[Result], view: str = "full") -> str:
    out = io.StringIO()
    renderer = make_renderer(fmt, view, out, many=len(results) > 1)  # type: ignore[arg-type]
    renderer.begin()
    for result in results:
        renderer.add(result)
    renderer.end()
    return out.getvalue()


def test_json_single_is_an_object_and_several_an_array() -> None:
    one = json.loads(render("json", [RESULT]))
    assert one["facts"]["money"] == [
        {"text": "£12m", "currency": "GBP", "amount": 12000000, "context": "The plan costs £12m."}
    ]
    many = json.loads(render("json", [RESULT, FAILED, RESULT]))
    assert [r["source"] for r in many] == ["story.txt", "bad.txt", "story.txt"]
    assert many[1]["error"].startswith("bad.txt")


def test_jsonl_is_one_object_per_line() -> None:
    lines = render("jsonl", [RESULT, FAILED]).splitlines()
    assert [json.loads(line)["source"] for line in lines] == ["story.txt", "bad.txt"]


def test_text_has_no_escape_codes_or_box_drawing_and_skips_failures() -> None:
    text = render("text", [RESULT, FAILED])
    assert "\x1b[" not in text
    assert not set("│─┃━┏┓") & set(text)
    assert "Harbour plan approved" in text and "bad.txt" not in text
    assert "Ruth Okafor" in text and "12,000,000" in text and "NO" in text


def test_markdown_has_headings_and_pipe_tables() -> None:
    md = render("markdown", [RESULT])
    assert md.startswith("# Harbour plan approved\n")
    assert "## Summary" in md and "| Ruth Okafor | person | Mayor | 2 |" in md


def test_facts_view_leaves_out_the_summary() -> None:
    assert "Summary" not in render("text", [RESULT], view="facts")
    assert "summary" not in json.loads(render("json", [RESULT], view="facts"))


def test_clean_view_prints_the_body_only() -> None:
    assert render("text", [RESULT], view="clean") == "The harbour plan was approved.\n"
    record = json.loads(render("json", [RESULT], view="clean"))
    assert record["body"] == RESULT.body and record["removed"] == []


def test_table_renders_through_rich_without_colour_off_a_terminal() -> None:
    text = render("table", [RESULT])
    assert "Ruth Okafor" in text and "\x1b[" not in text


def test_amount_and_context_formatting() -> None:
    assert format_amount(75_000_000.0) == "75,000,000"
    assert format_amount(0.5) == "0.50"
    assert shorten("word " * 40, 20).endswith("…") and len(shorten("word " * 40, 20)) <= 20


def test_money_context_window_keeps_the_amount_in_view() -> None:
    context = ("After months of talks that went on late into the night, the council agreed "
               "to spend £4.2m on the harbour wall, the largest sum in its history by far.")
    window = around(context, "£4.2m", 40)
    assert "£4.2m" in window and len(window) <= 42
    assert window.startswith("…") and window.endswith("…")
