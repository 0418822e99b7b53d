"""Rich tables for a terminal; colour follows the terminal and NO_COLOR (rich honours both)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsum.models import Result
from newsum.render import View
from newsum.render import rows as R
from newsum.render.base import HumanRenderer

# Bold stays visible under NO_COLOR, where rich drops the colour.
HIGHLIGHT = "bold yellow"


class PipeAwareConsole(Console):
    """A Console that leaves a closed pipe to the CLI, which ends with its documented code."""

    def on_broken_pipe(self) -> None:
        """Raise instead of rich's own SystemExit(1)."""
        raise BrokenPipeError()


class TableRenderer(HumanRenderer):
    """Each result as a heading and tables of its summary and facts."""

    def __init__(self, out: TextIO, view: View) -> None:
        super().__init__(out, view)
        self.console = PipeAwareConsole(file=out, highlight=False)

    def separate(self) -> None:
        """A rule across the terminal between results."""
        self.console.rule()

    def write(self, result: Result) -> None:
        """One result: the body for `clean`, else headline, byline and tables."""
        if self.view == "clean":
            self.console.print(result.body.rstrip("\n"), markup=False, highlight=False)
        else:
            self._print_result(result)

    def _print_result(self, result: Result) -> None:
        """Headline, byline, then the tables."""
        self.console.print(Text(result.title or "(no headline)", style="bold"))
        if R.byline(result):
            self.console.print(Text(R.byline(result), style="dim"))
        self.console.print(Text(f"Source: {result.source}", style="dim"))
        if self.view == "highlight":
            self._print_highlighted(result)
            return
        if self.view == "full":
            self._table("Summary", R.SUMMARY_COLUMNS, R.summary_rows(result.summary))
        if self.view == "explain":
            self._table("Sentences", R.EXPLAIN_COLUMNS, R.explain_rows(result))
        self._table("Actors", R.ACTOR_COLUMNS, R.actor_rows(result.facts))
        self._table("Money", R.MONEY_COLUMNS, R.money_rows(result.facts))
        self._table("Countries", R.COUNTRY_COLUMNS, R.country_rows(result.facts))
        self._table("Implied countries", R.COUNTRY_COLUMNS, R.implied_rows(result.facts))

    def _print_highlighted(self, result: Result) -> None:
        """The article, chosen sentences emphasised."""
        for para in R.highlighted_paragraphs(result):
            self.console.print()
            text = Text()
            for n, (sentence, chosen) in enumerate(para):
                text.append((" " if n else "") + sentence, style=HIGHLIGHT if chosen else "")
            self.console.print(text)

    def _table(self, title: str, columns: Sequence[str], rows: list[tuple[str, ...]]) -> None:
        """One titled table, or a dim `none found` line."""
        self.console.print()
        if not rows:
            self.console.print(Text(f"{title}: none found", style="dim"))
            return
        table = Table(title=title, title_justify="left", title_style="bold cyan")
        for column in columns:
            numeric = column in ("#", "Score", "Mentions", "Value")
            table.add_column(column, justify="right" if numeric else "left",
                             overflow="fold")
        for row in rows:
            table.add_row(*(Text(cell) for cell in row))
        self.console.print(table)
