"""Chrome set into clean pages: what newsum keeps of it, and what the story loses.

Two probes, on the synthetic pages newsum already gets right (F1 >= CLEAN_F1):

  labels  each stock label of tests/fixtures/stock_labels.json (share buttons, ad slots,
          related headings, newsletter boxes, stamps ... in fifteen languages), and each of
          its story lines, set under the story's middle paragraph once as a <div> line and
          once as a <p>; prints per reason the share of labels kept and the page's recall;
  blocks  each block of bench/chrome_blocks.json (a related box, teaser cards, a photo, a
          newsletter box, an ad break, a video ... in twelve languages) set in pages of its
          language, under the middle paragraph (boxes a story holds) and after the last one;
          prints per kind and place the mean change of precision and recall and the pages
          pushed under 0.9;
  dev-boxes  each run of chrome lines standing between two paragraphs of a chrome-dumps dev
          page's story (its real ads, captions, boxes ...) set under the middle paragraph of
          clean English synthetic pages; prints the mean change of precision and recall and
          the boxes that cost most. A lone prose line is left out: a pull quote is chrome only
          beside the paragraph it repeats.

    python bench/probe.py labels
    python bench/probe.py blocks --pages 4
    python bench/probe.py dev-boxes --pages 12
"""

from __future__ import annotations

import argparse
import json
import statistics
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from chrome import DATA, PageScore, page_f1, score_page

from newsum.chrome import strip_chrome

BENCH = Path(__file__).resolve().parent
LABELS = BENCH.parent / "tests" / "fixtures" / "stock_labels.json"
BLOCKS = BENCH / "chrome_blocks.json"
SYNTHETIC = BENCH / "synthetic"
ENGLISH = ("us", "uk", "au", "ca")  # the site families of the English synthetic pages
PULL_QUOTE_WORDS = 12  # a lone prose line this long between two paragraphs is a pull quote
WORST = 8  # boxes listed by what they cost
CLEAN_F1 = 0.97  # a page scored at least this well shows what the inserted lines change
ANCHOR_MIN_CHARS = 60  # the paragraph the lines go under is a real one, not a subhead
# Synthetic page names carry a site family; these are the families written in each language.
FAMILIES = {"de": ("de",), "fr": ("fr",), "es": ("es",), "it": ("it",), "pt": ("pt", "br"),
            "ru": ("ru",), "ja": ("jp", "ja"), "ko": ("kr", "ko"), "nl": ("nl",),
            "pl": ("pl",), "id": ("id",), "en": ("us", "uk", "au", "ca", "in")}
INSIDE_KINDS = frozenset({"related_titles", "related_blurbs", "photo", "ad_break", "video",
                          "newsletter_box"})  # blocks a story may hold between its paragraphs


@dataclass(frozen=True)
class Page:
    """A clean synthetic page: its lines, its true body, its score, and where lines go in."""

    name: str
    lines: list[str]
    body: str
    score: PageScore
    middle: int  # index under the middle paragraph (and its blank line)
    after: int  # index under the last paragraph of the story


def _under(lines: Sequence[str], paragraph: str) -> int:
    """The index right under a paragraph and the blank line that follows it."""
    at = list(lines).index(paragraph) + 1
    return at + 1 if at < len(lines) and not lines[at] else at


def clean_pages(families: Sequence[str] | None, limit: int) -> list[Page]:
    """Up to `limit` synthetic pages (of the given site families) newsum already gets right."""
    pages = []
    for path in sorted(SYNTHETIC.glob("*.page.txt")):
        name = path.name.removesuffix(".page.txt")
        if families is not None and name.split("-")[1] not in families:
            continue
        text, body = path.read_text("utf-8"), (SYNTHETIC / f"{name}.body.txt").read_text("utf-8")
        paragraphs = [p for p in body.split("\n") if len(p) > ANCHOR_MIN_CHARS]
        score = score_page(name, strip_chrome(text).body, body)
        if len(paragraphs) < 3 or page_f1(score) < CLEAN_F1:
            continue
        lines = text.split("\n")
        last = [p for p in body.split("\n") if p.strip()][-1]
        middle = _under(lines, paragraphs[len(paragraphs) // 2])
        pages.append(Page(name, lines, body, score, middle, _under(lines, last)))
        if len(pages) == limit:
            break
    return pages


def scored(page: Page, at: int, inserted: Sequence[str]) -> tuple[PageScore, str]:
    """The page's score and newsum's body with `inserted` set in at index `at`."""
    text = "\n".join([*page.lines[:at], *inserted, *page.lines[at:]])
    out = strip_chrome(text).body
    return score_page(page.name, out, page.body), out


def probe_labels(limit: int) -> None:
    """Print, per reason, the share of labels kept and the story's recall with them set in."""
    fixture = json.loads(LABELS.read_text("utf-8"))
    pages = clean_pages(None, limit)
    rows: dict[str, list[tuple[bool, float]]] = defaultdict(list)
    lines = [*fixture["chrome"], *([line, "(story lines)"] for line in fixture["story"])]
    for line, reason in lines:
        for page in pages:
            for inserted in ([line], [line, ""]):  # as a <div>, and as a <p>
                score, out = scored(page, page.middle, inserted)
                rows[reason].append((line.strip() in out.split("\n"), score.recall))
    print(f"pages={len(pages)}  {'reason':22s} cases  kept  recall")
    for reason, results in sorted(rows.items()):
        kept = statistics.mean(k for k, _ in results)
        recall = statistics.mean(r for _, r in results)
        print(f"{'':10s}{reason:22s} {len(results):5d} {kept:5.2f} {recall:7.3f}")


def probe_blocks(limit: int) -> None:
    """Print, per kind of block and place, the change of precision and recall it causes."""
    blocks = json.loads(BLOCKS.read_text("utf-8"))["blocks"]
    rows: dict[tuple[str, str], list[tuple[float, float, PageScore]]] = defaultdict(list)
    for lang, kinds in blocks.items():
        for page in clean_pages(FAMILIES[lang], limit):
            p0 = page.score.precision or 0.0
            for kind, variants in kinds.items():
                places = {"after": page.after}
                if kind in INSIDE_KINDS:
                    places["middle"] = page.middle
                for place, at in places.items():
                    for block in variants:
                        score, _ = scored(page, at, block)
                        rows[(kind, place)].append(((score.precision or 0.0) - p0,
                                                    score.recall - page.score.recall, score))
    print(f"{'kind':16s} {'place':6s} cases     dP      dR  P<0.9  R<0.9")
    for (kind, place), results in sorted(rows.items()):
        d_p = statistics.mean(r[0] for r in results)
        d_r = statistics.mean(r[1] for r in results)
        low_p = sum((r[2].precision or 0.0) < 0.9 for r in results)
        low_r = sum(r[2].recall < 0.9 for r in results)
        print(f"{kind:16s} {place:6s} {len(results):5d} {d_p:+7.3f} {d_r:+7.3f} "
              f"{low_p:6d} {low_r:6d}")


def dev_boxes() -> list[tuple[str, list[str]]]:
    """(host, lines) of every run of chrome lines between two paragraphs of a dev page's story."""
    split = json.loads((DATA / "splits.json").read_text("utf-8"))["dev"]
    hosts = json.loads((DATA / "manifest.json").read_text("utf-8"))
    boxes = []
    for page_id in split:
        lines = (DATA / f"{page_id}.page.txt").read_text("utf-8").split("\n")
        body = {line for line in (DATA / f"{page_id}.body.txt").read_text("utf-8").split("\n")
                if line.strip()}
        inside = [k for k, line in enumerate(lines) if line in body]
        k = inside[0] if inside else 0
        while inside and k < inside[-1]:
            if lines[k] in body or not lines[k].strip():
                k += 1
                continue
            end = k
            while lines[end] not in body:
                end += 1
            box = lines[k:end]
            filled = [line for line in box if line.strip()]
            if len(filled) > 1 or len(filled[0].split()) < PULL_QUOTE_WORDS:
                boxes.append((hosts[page_id]["host"], box))
            k = end
    return boxes


def probe_dev_boxes(limit: int) -> None:
    """Print the change of precision and recall real boxes cause in other sites' stories."""
    pages = clean_pages(ENGLISH, limit)
    costs: dict[int, list[tuple[float, float]]] = defaultdict(list)
    boxes = dev_boxes()
    for page in pages:
        for n, (_, box) in enumerate(boxes):
            score, _ = scored(page, page.middle, box)
            costs[n].append(((score.precision or 0.0) - (page.score.precision or 0.0),
                             score.recall - page.score.recall))
    every = [c for results in costs.values() for c in results]
    print(f"boxes={len(boxes)} pages={len(pages)} cases={len(every)}  "
          f"dP {statistics.mean(p for p, _ in every):+.4f}  "
          f"dR {statistics.mean(r for _, r in every):+.4f}  "
          f"cases losing over 0.05: P {sum(p < -0.05 for p, _ in every)}, "
          f"R {sum(r < -0.05 for _, r in every)}")
    worst = sorted(costs, key=lambda n: statistics.mean(p + r for p, r in costs[n]))[:WORST]
    for n in worst:
        host, box = boxes[n]
        first = next(line for line in box if line.strip())
        d_p = statistics.mean(p for p, _ in costs[n])
        d_r = statistics.mean(r for _, r in costs[n])
        print(f"  {host:26s} dP {d_p:+.3f} dR {d_r:+.3f}  {first[:60]}")


def main(argv: Sequence[str] | None = None) -> None:
    """Run the probe asked for."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("probe", choices=("labels", "blocks", "dev-boxes"))
    parser.add_argument("--pages", type=int, default=None,
                        help="clean pages used (labels, dev-boxes: 12 in all; blocks: 4 per "
                             "language)")
    args = parser.parse_args(argv)
    if args.probe == "labels":
        probe_labels(args.pages or 12)
    elif args.probe == "blocks":
        probe_blocks(args.pages or 4)
    else:
        probe_dev_boxes(args.pages or 12)


if __name__ == "__main__":
    main()
