"""Stock chrome labels set inside a story: how many newsum keeps, and what the story loses.

Each label of tests/fixtures/stock_labels.json (share buttons, ad slots, related headings,
newsletter boxes, stamps ... in fifteen languages) is set between two paragraphs of the
clean synthetic pages, once as a <div> line and once as a <p> with its blank line; so is
each of the fixture's story lines (short paragraphs, subheads and quotes using the same
words). Prints, per reason, the share of labels kept in the body, the share of story lines
dropped, and the mean recall of the page's own story with the line set in.

    python bench/labels.py              # 12 clean synthetic pages
    python bench/labels.py --pages 30
"""

from __future__ import annotations

import argparse
import json
import statistics
from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path

from chrome import page_f1, score_page

from newsum.chrome import strip_chrome

BENCH = Path(__file__).resolve().parent
FIXTURE = BENCH.parent / "tests" / "fixtures" / "stock_labels.json"
SYNTHETIC = BENCH / "synthetic"
CLEAN_F1 = 0.97  # a page scored at least this well shows what the inserted line changes
ANCHOR_MIN_CHARS = 60  # the paragraph the line goes under is a real one, not a subhead


def clean_pages(limit: int) -> list[tuple[str, list[str], str]]:
    """(name, page lines, true body) of up to `limit` synthetic pages newsum already gets right."""
    pages = []
    for path in sorted(SYNTHETIC.glob("*.page.txt")):
        name = path.name.removesuffix(".page.txt")
        text, body = path.read_text("utf-8"), (SYNTHETIC / f"{name}.body.txt").read_text("utf-8")
        if page_f1(score_page(name, strip_chrome(text).body, body)) >= CLEAN_F1:
            pages.append((name, text.split("\n"), body))
        if len(pages) == limit:
            break
    return pages


def with_line(lines: Sequence[str], body: str, line: str) -> Iterator[str]:
    """The page with `line` set under its middle paragraph, as a <div> and as a <p>."""
    paragraphs = [p for p in body.split("\n") if len(p) > ANCHOR_MIN_CHARS]
    at = list(lines).index(paragraphs[len(paragraphs) // 2]) + 1
    if at < len(lines) and not lines[at]:
        at += 1  # under the paragraph's own blank line
    for inserted in ([line], [line, ""]):
        yield "\n".join([*lines[:at], *inserted, *lines[at:]])


def probe(pages: Sequence[tuple[str, list[str], str]], line: str) -> tuple[float, float]:
    """(share of insertions whose line stays in the body, mean recall of the page's story)."""
    kept, recalls = 0, []
    for name, lines, body in pages:
        for text in with_line(lines, body, line):
            out = strip_chrome(text).body
            kept += line.strip() in out.split("\n")
            recalls.append(score_page(name, out, body).recall)
    return kept / len(recalls), statistics.mean(recalls)


def main(argv: Sequence[str] | None = None) -> None:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=12, help="clean synthetic pages used")
    args = parser.parse_args(argv)
    labels = json.loads(FIXTURE.read_text("utf-8"))
    pages = clean_pages(args.pages)
    rows: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for line, reason in labels["chrome"]:
        rows[reason].append(probe(pages, line))
    for line in labels["story"]:
        rows["(story lines)"].append(probe(pages, line))
    print(f"pages={len(pages)}  {'reason':22s} lines  kept  recall")
    for reason, results in sorted(rows.items()):
        kept = statistics.mean(k for k, _ in results)
        recall = statistics.mean(r for _, r in results)
        print(f"{'':10s}{reason:22s} {len(results):5d} {kept:5.2f} {recall:7.3f}")


if __name__ == "__main__":
    main()
