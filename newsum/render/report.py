"""The corpus report as Markdown (report.md), as rich tables on a terminal, and as an SVG chart."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO
from urllib.parse import quote

from newsum.render.markdown import escape
from newsum.render.rows import format_amount
from newsum.report import CorpusReport, Ranked

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

CHART_FILE = "countries.svg"
CHART_TITLE = "Countries by number of articles"
# Articles listed under each top actor in report.md; the rest are counted.
SOURCES_SHOWN = 10
# Failures listed on the terminal; report.md lists them all.
FAILURES_SHOWN = 10
BAR_WIDTH = 40
CHART_WIDTH = 80  # characters across the saved SVG
# rich's SVG template fetches a web font from a CDN; newsum works offline, so its pictures
# name only the locally installed font (the browser falls back to monospace).
_WEB_FONT = re.compile(r',\s*url\("[^"]+"\) format\("[^"]+"\)')


def report_markdown(report: CorpusReport, chart: str | None = CHART_FILE,
                    article_link: str = "articles/{source}.json") -> str:
    """report.md: counts, the chart, the top lists, money, who is in which articles, failures."""
    lines = ["# Corpus report", "", _counts(report), ""]
    if chart and report.countries:
        lines += [f"![{CHART_TITLE}]({chart})", ""]
    lines += _ranked_section("Countries", report.countries, with_code=True)
    lines += _ranked_section("People", report.people)
    lines += _ranked_section("Organisations", report.organisations)
    lines += _money_section(report)
    lines += _mentions_section(report, article_link)
    lines += _failures_section(report)
    return "\n".join(lines).rstrip("\n") + "\n"


def _counts(report: CorpusReport) -> str:
    """One sentence: files, done, failed."""
    return (f"{report.files:,} files: {report.done:,} done, "
            f"{len(report.failures):,} failed.")


def _ranked_section(title: str, ranked: Sequence[Ranked], with_code: bool = False) -> list[str]:
    """A heading and a table of names by number of articles."""
    lines = [f"## {title}", ""]
    if not ranked:
        return [*lines, "None found.", ""]
    columns = ["Name", *(["Code"] if with_code else []), "Articles", "Mentions"]
    lines += ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for entry in ranked:
        cells = [escape(entry.name), *([entry.code or ""] if with_code else []),
                 str(entry.articles), str(entry.mentions)]
        lines.append("| " + " | ".join(cells) + " |")
    return [*lines, ""]


def _money_section(report: CorpusReport) -> list[str]:
    """Totals by currency."""
    lines = ["## Money by currency", ""]
    if not report.money:
        return [*lines, "None found.", ""]
    lines += ["| Currency | Total | Amounts | Articles |", "|---|---|---|---|"]
    lines += [f"| {m.currency} | {format_amount(m.total)} | {m.amounts} | {m.articles} |"
              for m in report.money]
    return [*lines, ""]


def _mentions_section(report: CorpusReport, article_link: str) -> list[str]:
    """For each top person and organisation, the articles that name them, linked."""
    actors = [*report.people, *report.organisations]
    if not actors:
        return []
    lines = ["## Who appears where", ""]
    for actor in actors:
        lines += [f"### {escape(actor.name)} ({_articles(actor.articles)})", ""]
        lines += [f"- [{escape(source)}](<{article_link.format(source=quote(source))}>)"
                  for source in actor.sources[:SOURCES_SHOWN]]
        if len(actor.sources) > SOURCES_SHOWN:
            lines.append(f"- … and {len(actor.sources) - SOURCES_SHOWN:,} more")
        lines.append("")
    return lines


def _failures_section(report: CorpusReport) -> list[str]:
    """Every failed input and why."""
    lines = ["## Failures", ""]
    if not report.failures:
        return [*lines, "None.", ""]
    return [*lines, *(f"- `{f.source}`: {escape(f.error)}" for f in report.failures), ""]


def _articles(count: int) -> str:
    """"1 article" or "N articles"."""
    return f"{count:,} article" + ("" if count == 1 else "s")


def countries_chart(report: CorpusReport) -> RenderableType:
    """A bar per top country, its length the number of articles naming it."""
    from rich.bar import Bar
    from rich.table import Table

    table = Table(title=CHART_TITLE, title_justify="left", title_style="bold cyan",
                  show_header=False, box=None, padding=(0, 1))
    table.add_column("Country")
    table.add_column("Articles", justify="right")
    table.add_column("Bar", width=BAR_WIDTH)
    most = max((c.articles for c in report.countries), default=1)
    for country in report.countries:
        table.add_row(country.name, str(country.articles),
                      Bar(most, 0, country.articles, width=BAR_WIDTH, color="cyan"))
    return table


def countries_svg(report: CorpusReport) -> str:
    """The countries chart as a standalone SVG picture (rich's own export, no plotting library)."""
    from rich.console import Console

    console = Console(record=True, width=CHART_WIDTH, file=io.StringIO(), force_terminal=True,
                      color_system="truecolor")
    console.print(countries_chart(report))
    return _WEB_FONT.sub("", console.export_svg(title=CHART_TITLE))


def print_report(report: CorpusReport, out: TextIO, where: str) -> None:
    """The report on a terminal: counts, the chart, the top tables, money and failures."""
    from rich.console import Console
    from rich.text import Text

    console = Console(file=out, highlight=False)
    console.print(Text("Corpus report", style="bold"), Text(_counts(report), style="dim"))
    if report.countries:
        console.print()
        console.print(countries_chart(report))
    for title, ranked in (("People", report.people), ("Organisations", report.organisations)):
        console.print()
        console.print(_ranked_table(title, ranked))
    console.print()
    console.print(_money_table(report))
    _print_failures(report, console)
    console.print()
    console.print(Text(f"Full report: {where}", style="dim"))


def _ranked_table(title: str, ranked: Sequence[Ranked]) -> RenderableType:
    """A titled table of names by number of articles."""
    from rich.table import Table

    table = Table(title=title, title_justify="left", title_style="bold cyan")
    for column in ("Name", "Articles", "Mentions"):
        table.add_column(column, justify="left" if column == "Name" else "right")
    for entry in ranked:
        table.add_row(entry.name, str(entry.articles), str(entry.mentions))
    return table


def _money_table(report: CorpusReport) -> RenderableType:
    """Totals by currency."""
    from rich.table import Table

    table = Table(title="Money by currency", title_justify="left", title_style="bold cyan")
    for column in ("Currency", "Total", "Amounts", "Articles"):
        table.add_column(column, justify="left" if column == "Currency" else "right")
    for money in report.money:
        table.add_row(money.currency, format_amount(money.total), str(money.amounts),
                      str(money.articles))
    return table


def _print_failures(report: CorpusReport, console: Console) -> None:
    """The first failures, each on its line."""
    from rich.text import Text

    if not report.failures:
        return
    console.print()
    console.print(Text(f"Failures ({len(report.failures):,})", style="bold red"))
    for failure in report.failures[:FAILURES_SHOWN]:
        console.print(Text(f"  {failure.source}: {failure.error}"))
    if len(report.failures) > FAILURES_SHOWN:
        console.print(Text(f"  … and {len(report.failures) - FAILURES_SHOWN:,} more in report.md",
                           style="dim"))
