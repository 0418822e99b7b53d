"""Markdown: a heading per article and pipe tables, for notes and reports."""

from __future__ import annotations

from collections.abc import Sequence

from newsum.models import Result, ScoredSentence
from newsum.render import View
from newsum.render import rows as R
from newsum.render.base import HumanRenderer


class MarkdownRenderer(HumanRenderer):
    """Each result as a Markdown section; results are separated by a rule."""

    def separate(self) -> None:
        """A horizontal rule between results."""
        self.out.write("\n---\n\n")

    def write(self, result: Result) -> None:
        """One result as Markdown."""
        self.out.write(render_result(result, self.view))


def render_result(result: Result, view: View) -> str:
    """One result as Markdown."""
    lines = [f"# {escape(result.title or '(no headline)')}", ""]
    if R.byline(result):
        lines += [f"*{escape(R.byline(result))}*", ""]
    lines += [f"Source: `{result.source}`", ""]
    if view == "clean":
        return "\n".join(lines) + result.body.rstrip("\n") + "\n"
    if view == "highlight":
        return "\n".join(lines + _highlighted(result)).rstrip("\n") + "\n"
    if view == "explain":
        lines += _section("Sentences", R.EXPLAIN_COLUMNS, R.explain_rows(result))
    if view == "full":
        lines += ["## Summary", ""]
        lines += [f"{n}. {escape(s.text)}" for n, s in _numbered(result)] or ["None found."]
        lines.append("")
    lines += _section("Actors", R.ACTOR_COLUMNS, R.actor_rows(result.facts))
    lines += _section("Money", R.MONEY_COLUMNS, R.money_rows(result.facts))
    lines += _section("Countries", R.COUNTRY_COLUMNS, R.country_rows(result.facts))
    lines += _section("Implied countries", R.COUNTRY_COLUMNS, R.implied_rows(result.facts))
    return "\n".join(lines).rstrip("\n") + "\n"


def _highlighted(result: Result) -> list[str]:
    """Paragraphs with the chosen sentences in bold."""
    lines = []
    for para in R.highlighted_paragraphs(result):
        text = " ".join(f"**{escape(t)}**" if chosen else escape(t) for t, chosen in para)
        lines += [text, ""]
    return lines


def _numbered(result: Result) -> list[tuple[int, ScoredSentence]]:
    """Summary sentences numbered from 1."""
    chosen = result.summary.sentences if result.summary else ()
    return list(enumerate(chosen, start=1))


def _section(name: str, columns: Sequence[str], rows: list[tuple[str, ...]]) -> list[str]:
    """A heading and a pipe table, or `None found.`"""
    lines = [f"## {name}", ""]
    if not rows:
        return [*lines, "None found.", ""]
    lines.append("| " + " | ".join(columns) + " |")
    lines.append("|" + "|".join("---" for _ in columns) + "|")
    lines += ["| " + " | ".join(escape(cell) for cell in row) + " |" for row in rows]
    return [*lines, ""]


def escape(text: str) -> str:
    """Escape the characters that would break a table cell or start emphasis."""
    for ch in ("\\", "|", "*", "_", "`"):
        text = text.replace(ch, "\\" + ch)
    return text
