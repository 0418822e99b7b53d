"""Plain text: no colour, no box drawing; aligned columns a pipe or a pager can take."""

from __future__ import annotations

from collections.abc import Sequence

from newsum.models import Result
from newsum.render import View
from newsum.render import rows as R
from newsum.render.base import HumanRenderer

# Columns are separated by this many spaces (two, so single spaces inside cells stay readable).
GAP = "  "


class TextRenderer(HumanRenderer):
    """Each result as headed sections; results are separated by a blank line."""

    def separate(self) -> None:
        """A blank line between results."""
        self.out.write("\n")

    def write(self, result: Result) -> None:
        """One result as plain text."""
        self.out.write(render_result(result, self.view))


def render_result(result: Result, view: View) -> str:
    """One result as plain text."""
    if view == "clean":
        return result.body.rstrip("\n") + "\n"
    lines = _header(result)
    if view == "highlight":
        return "\n".join([*lines, "", *_highlighted(result)]) + "\n"
    if view == "full":
        lines += _section("Summary", R.SUMMARY_COLUMNS, R.summary_rows(result.summary))
    if view == "explain":
        lines += _section("Sentences", R.EXPLAIN_COLUMNS, R.explain_rows(result))
    lines += _section("Actors", R.ACTOR_COLUMNS, R.actor_rows(result.facts))
    lines += _section("Money", R.MONEY_COLUMNS, R.money_rows(result.facts))
    lines += _section("Countries", R.COUNTRY_COLUMNS, R.country_rows(result.facts))
    lines += _section("Implied countries", R.COUNTRY_COLUMNS, R.implied_rows(result.facts))
    return "\n".join(lines) + "\n"


def _highlighted(result: Result) -> list[str]:
    """Paragraphs separated by blank lines, each chosen sentence between `>>` and `<<`."""
    paragraphs = []
    for para in R.highlighted_paragraphs(result):
        paragraphs.append(" ".join(f">> {text} <<" if chosen else text for text, chosen in para))
    return "\n\n".join(paragraphs).split("\n")


def _header(result: Result) -> list[str]:
    """Title, byline and source."""
    lines = [result.title or "(no headline)"]
    if R.byline(result):
        lines.append(R.byline(result))
    lines.append(f"Source: {result.source}")
    return lines


def _section(name: str, columns: Sequence[str], rows: list[tuple[str, ...]]) -> list[str]:
    """A blank line, the section name, then aligned rows (or `none found`)."""
    if not rows:
        return ["", f"{name}: none found"]
    return ["", f"{name}:", *table_lines(columns, rows)]


def table_lines(columns: Sequence[str], rows: list[tuple[str, ...]]) -> list[str]:
    """Left-aligned columns padded to their widest cell; the last column is not padded."""
    widths = [max(len(str(c)) for c in col) for col in zip(columns, *rows, strict=True)]
    out = []
    for row in [tuple(columns), *rows]:
        cells = [cell.ljust(w) for cell, w in zip(row[:-1], widths[:-1], strict=True)] + [row[-1]]
        out.append("  " + GAP.join(cells).rstrip())
    return out
