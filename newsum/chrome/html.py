"""HTML input: trafilatura finds the main text and metadata; newsum's line rules then apply."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import trafilatura

from newsum.chrome.rules import compile_rules
from newsum.chrome.text import COMMENTS, Line, region_reasons, split_lines
from newsum.models import Cleaned, RemovedLine

# trafilatura options, compared on the dev split of chrome-dumps (see bench/chrome.py).
EXTRACT_OPTIONS: dict[str, Any] = {
    "include_comments": False,  # reader comments are never article body
    "include_tables": True,  # bodies keep their tables
    "favor_precision": True,  # dev F1 0.950 against 0.945 with the defaults
    "favor_recall": False,
    "with_metadata": True,
}


def clean_html(html: str, extra_rules: Sequence[str] = ()) -> Cleaned:
    """Article body and metadata from an HTML page.

    Line numbers in `removed` refer to the lines of the text trafilatura extracted.
    """
    document = trafilatura.bare_extraction(html, **EXTRACT_OPTIONS)
    if document is None:
        return Cleaned("")
    lines = split_lines(_text(document))
    dropped = line_rules(lines, tuple(extra_rules))
    body = "\n\n".join(line.text for i, line in enumerate(lines) if i not in dropped)
    removed = tuple(RemovedLine(lines[i].no, lines[i].text, r) for i, r in sorted(dropped.items()))
    return Cleaned(body, _field(document, "title"), _field(document, "author"),
                   _field(document, "date"), removed)


def line_rules(lines: Sequence[Line], extra: tuple[str, ...]) -> dict[int, str]:
    """Index → reason for extracted lines that newsum's own rules still call chrome.

    Pull quotes are left alone here: trafilatura already drops most, and the ones it keeps
    are in the text of the article's own markup.
    """
    rules = compile_rules(extra)
    dropped = {i: r for i, line in enumerate(lines)
               if (r := rules.match(line.text, int(line.words))) and r != COMMENTS}
    dropped.update(region_reasons(lines, rules))
    return dropped


def _text(document: Any) -> str:
    """The extracted main text of trafilatura's result (a Document or, in old versions, a dict)."""
    value = document.get("text") if isinstance(document, dict) else document.text
    return str(value or "")


def _field(document: Any, name: str) -> str | None:
    """One metadata field of trafilatura's result, or None when it is empty."""
    value = document.get(name) if isinstance(document, dict) else getattr(document, name, None)
    return str(value).strip() or None if value else None
