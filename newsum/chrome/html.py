"""HTML input: trafilatura finds the main text and metadata; newsum's line rules then apply."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import trafilatura

from newsum.chrome.inline import kept_text
from newsum.chrome.lines import COMMENTS, Line, split_lines
from newsum.chrome.rules import compile_rules
from newsum.chrome.text import rule_reasons
from newsum.models import Cleaned, RemovedLine

# trafilatura options, compared on the dev split of chrome-dumps (see bench/chrome.py).
EXTRACT_OPTIONS: dict[str, Any] = {
    "include_comments": False,  # reader comments are never article body
    "include_tables": True,  # bodies keep their tables
    "favor_precision": True,  # dev F1 0.950 against 0.945 with the defaults
    "favor_recall": False,
    "with_metadata": True,
}


def clean_html(
    html: str, extra_rules: Sequence[str] = (), known_chrome: frozenset[str] = frozenset()
) -> Cleaned:
    """Article body and metadata from an HTML page.

    Line numbers in `removed` refer to the lines of the text trafilatura extracted.
    """
    document = trafilatura.bare_extraction(html, **EXTRACT_OPTIONS)
    if document is None:
        return Cleaned("")
    lines = split_lines(_text(document))
    dropped = line_rules(lines, tuple(extra_rules), known_chrome)
    body, removed = kept_text(lines, (i for i in range(len(lines)) if i not in dropped),
                              (RemovedLine(lines[i].no, lines[i].text, r)
                               for i, r in dropped.items()))
    title = _field(document, "title")
    return Cleaned(body, title and strip_site_name(title), _field(document, "author"),
                   _field(document, "date"), removed)


def strip_site_name(title: str) -> str:
    """A <title> without the site's name ("Headline | Site", "Site | Headline", "... - Site").

    Only a short end part (a name, not a clause) is taken off, and only when what is left
    is longer and has a headline's length, so "Budget 2026 - live updates" stays whole.
    """
    parts = SITE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    for part, rest in ((parts[-1], title[: title.rfind(parts[-1])]),
                       (parts[0], title[len(parts[0]):])):
        rest = rest.strip(" |-–—:")
        if len(part.split()) <= SITE_NAME_MAX_WORDS and _headline_sized(rest, part):
            return rest
    return title


def _headline_sized(rest: str, part: str) -> bool:
    """True when `rest` could be a headline on its own and is longer than `part`."""
    return len(rest) > len(part) and len(rest.split()) >= HEADLINE_MIN_WORDS


SITE_SEPARATOR = re.compile(r"\s+[|–—-]\s+")
SITE_NAME_MAX_WORDS = 5  # words of a site name in a title ("Remember 80/90 - Memorabilia")
HEADLINE_MIN_WORDS = 4  # what is left once the site name is off must be this long


def line_rules(
    lines: Sequence[Line], extra: tuple[str, ...], known: frozenset[str] = frozenset()
) -> dict[int, str]:
    """Index → reason for extracted lines that newsum's own rules still call chrome.

    Pull quotes are left alone here: trafilatura already drops most, and the ones it keeps
    are in the text of the article's own markup.
    """
    dropped = rule_reasons(lines, compile_rules(extra), known)
    return {i: reason for i, reason in dropped.items() if reason != COMMENTS}


def _text(document: Any) -> str:
    """The extracted main text of trafilatura's result (a Document or, in old versions, a dict)."""
    value = document.get("text") if isinstance(document, dict) else document.text
    return str(value or "")


def _field(document: Any, name: str) -> str | None:
    """One metadata field of trafilatura's result, or None when it is empty."""
    value = document.get(name) if isinstance(document, dict) else getattr(document, name, None)
    return str(value).strip() or None if value else None
