"""Chrome removal: the article body, metadata and removed lines from a page dump or HTML."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsum.chrome.learn import normalise_line, recurring_lines
from newsum.chrome.rules import load_rules_file
from newsum.chrome.text import clean_text
from newsum.models import Cleaned

__all__ = ["load_rules_file", "looks_like_html", "normalise_line", "recurring_lines",
           "strip_chrome"]

# An HTML document announces itself near its start: a doctype, an <html>/<head>/<body> tag, or a
# run of block tags. Only the first few KB are inspected, so a text article quoting "<p>" is safe.
HTML_SNIFF_CHARS = 4096
HTML_START = re.compile(r"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])",
                        re.IGNORECASE | re.DOTALL)
HTML_TAG = re.compile(
    r"</?(html|head|body|div|p|meta|script|span|a|article|section)\b[^<>]{0,500}>", re.IGNORECASE
)
MIN_TAGS = 5  # tags needed in the sniffed prefix when the text does not open with a document tag


def looks_like_html(text: str) -> bool:
    """True when the text is an HTML document (judged by content, not file name)."""
    head = text[:HTML_SNIFF_CHARS]
    if HTML_START.match(head):
        return True
    return head.lstrip().startswith("<") and len(HTML_TAG.findall(head)) >= MIN_TAGS


def strip_chrome(
    text: str, extra_rules: Sequence[str] = (), known_chrome: frozenset[str] = frozenset()
) -> Cleaned:
    """Split a page (text dump or HTML) into article body, metadata and removed chrome lines.

    `extra_rules` are the user's regular expressions (see rules.load_rules_file);
    `known_chrome` holds normalised lines learned from the batch (learn.recurring_lines).
    """
    if looks_like_html(text):
        from newsum.chrome.html import clean_html  # trafilatura loads only for HTML input

        return clean_html(text, extra_rules, known_chrome)
    return clean_text(text, extra_rules, known_chrome)
