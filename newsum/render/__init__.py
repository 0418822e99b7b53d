"""Turn Results into output: rich tables, plain text, JSON, JSON Lines or Markdown.

The invocation chooses the format; the pipeline never does. This package is the only place rich
is imported, and only by the table renderer, so `newsum --help` stays fast.
"""

from __future__ import annotations

from typing import Literal, Protocol, TextIO

from newsum.models import Result

FORMATS = ("auto", "table", "text", "json", "jsonl", "markdown")
# full: headline, summary, facts; explain: every sentence's score instead of the summary;
# highlight: the whole article with the chosen sentences marked; facts; clean: the body only.
View = Literal["full", "explain", "highlight", "facts", "clean"]


class Renderer(Protocol):
    """Writes results to a stream one at a time, so long batches stream."""

    def begin(self) -> None:
        """Write whatever comes before the first result."""

    def add(self, result: Result) -> None:
        """Write one result."""

    def end(self) -> None:
        """Write whatever comes after the last result."""


def resolve_format(requested: str, isatty: bool) -> str:
    """`auto` becomes rich tables on a terminal and plain text anywhere else."""
    if requested != "auto":
        return requested
    return "table" if isatty else "text"


def make_renderer(fmt: str, view: View, out: TextIO, many: bool) -> Renderer:
    """The renderer for a resolved format; `many` says whether several inputs were given."""
    if fmt in ("json", "jsonl"):
        from newsum.render.jsonout import JsonRenderer

        return JsonRenderer(out, view, lines=fmt == "jsonl", many=many)
    if fmt == "markdown":
        from newsum.render.markdown import MarkdownRenderer

        return MarkdownRenderer(out, view)
    if fmt == "table":
        from newsum.render.table import TableRenderer

        return TableRenderer(out, view)
    from newsum.render.text import TextRenderer

    return TextRenderer(out, view)
