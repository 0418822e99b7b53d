"""The corpus report: the pure fold over records, and its Markdown and SVG renderings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsum.render.report import countries_svg, report_markdown
from newsum.report import build_report


def record(source: str, actors: Sequence[tuple[str, str, int]] = (),
           countries: Sequence[tuple[str, str, int]] = (),
           money: Sequence[tuple[str | None, float | None]] = (),
           error: str | None = None) -> dict[str, Any]:
    """A results.jsonl record with just the keys the report reads."""
    return {
        "source": source,
        "error": error,
        "facts": {
            "actors": [{"name": n, "kind": k, "mentions": m} for n, k, m in actors],
            "countries": [{"name": n, "code": c, "mentions": m} for n, c, m in countries],
            "money": [{"text": "x", "currency": c, "amount": a, "context": ""} for c, a in money],
        },
    }


RECORDS = [
    record("a.txt", actors=[("Ruth Okafor", "person", 3), ("Harbour Board", "organisation", 1)],
           countries=[("Norway", "NO", 2)], money=[("GBP", 12_000_000), ("GBP", 500_000)]),
    record("b.txt", actors=[("ruth  okafor", "person", 1), ("Tomas Berg", "person", 5)],
           countries=[("Norway", "NO", 1), ("France", "FR", 4)], money=[("EUR", 2.5), (None, 9)]),
    record("c.txt", error="c.txt: no article text found"),
    record("d.txt", actors=[("Tomas Berg", "person", 1), ("Ruth Okafor", "person", 1)],
           countries=[("France", "FR", 1)], money=[("GBP", None)]),
]


def test_actors_are_ranked_by_articles_then_mentions_and_named_case_insensitively() -> None:
    report = build_report(RECORDS)
    people = [(p.name, p.articles, p.mentions, p.sources) for p in report.people]
    assert people == [
        ("Ruth Okafor", 3, 5, ("a.txt", "b.txt", "d.txt")),
        ("Tomas Berg", 2, 6, ("b.txt", "d.txt")),
    ]
    assert [(o.name, o.articles) for o in report.organisations] == [("Harbour Board", 1)]


def test_countries_count_articles_not_mentions() -> None:
    countries = build_report(RECORDS).countries
    # Both in two articles: France has more mentions, so it comes first.
    assert [(c.code, c.articles, c.mentions) for c in countries] == [("FR", 2, 5), ("NO", 2, 3)]


def test_money_is_totalled_by_currency_and_unreadable_amounts_are_skipped() -> None:
    money = {m.currency: (m.total, m.amounts, m.articles) for m in build_report(RECORDS).money}
    assert money == {"GBP": (12_500_000, 2, 1), "EUR": (2.5, 1, 1), "?": (9, 1, 1)}


def test_failures_are_listed_and_counted() -> None:
    report = build_report(RECORDS)
    assert report.files == 4 and report.done == 3
    assert [(f.source, f.error) for f in report.failures] == [
        ("c.txt", "c.txt: no article text found")]


def test_top_limits_each_list() -> None:
    records = [record(f"{n}.txt", actors=[(f"Person {n}", "person", 1)]) for n in range(30)]
    assert len(build_report(records, top=5).people) == 5


def test_an_empty_corpus_gives_an_empty_report() -> None:
    report = build_report([])
    assert report.files == 0 and not report.people and not report.money
    assert "0 files: 0 done, 0 failed." in report_markdown(report)


def test_markdown_report_has_every_section_and_links_articles() -> None:
    text = report_markdown(build_report(RECORDS))
    assert text.startswith("# Corpus report\n\n4 files: 3 done, 1 failed.\n")
    for heading in ["## Countries", "## People", "## Organisations", "## Money by currency",
                    "## Who appears where", "## Failures"]:
        assert heading in text
    assert "![Countries by number of articles](countries.svg)" in text
    assert "| Ruth Okafor | 3 | 5 |" in text
    assert "| GBP | 12,500,000 | 2 | 1 |" in text
    assert "### Ruth Okafor (3 articles)" in text
    assert "- [a.txt](<articles/a.txt.json>)" in text
    assert "- `c.txt`: c.txt: no article text found" in text


def test_long_source_lists_are_cut_with_a_count() -> None:
    records = [record(f"{n:02}.txt", actors=[("Ruth Okafor", "person", 1)]) for n in range(14)]
    text = report_markdown(build_report(records))
    assert "- … and 4 more" in text and "09.txt" in text and "10.txt" not in text


def test_chart_is_a_standalone_svg_without_web_fonts() -> None:
    svg = countries_svg(build_report(RECORDS))
    assert svg.startswith("<svg") and "France" in svg and "Norway" in svg
    assert "url(\"http" not in svg  # rich's template fetches a web font; newsum is offline
