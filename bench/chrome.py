"""Chrome-removal quality and speed on ../shared/data/chrome-dumps (prints P, R, F1, ms/page).

The metric re-implements the benchmark's: tokens are `\\w+` (Unicode), each page's text becomes
a multiset of 4-token shingles, precision and recall are per page; P is the mean precision over
pages with non-empty output, R the mean recall over all pages, F1 = 2PR/(P+R).

    python bench/chrome.py --split dev --input text
    python bench/chrome.py --split test --input html --worst 5
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsum.chrome import strip_chrome

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "chrome-dumps"
TOKEN = re.compile(r"\w+")
SHINGLE = 4


@dataclass(frozen=True)
class PageScore:
    """One page's precision and recall (precision None when the output is empty)."""

    page_id: str
    precision: float | None
    recall: float


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """The multiset of 4-token shingles of a text (a shorter text is one shingle)."""
    tokens = TOKEN.findall(text)
    if len(tokens) < SHINGLE:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


def score_page(page_id: str, predicted: str, truth: str) -> PageScore:
    """Shingle precision and recall of one page."""
    pred, true = shingles(predicted), shingles(truth)
    overlap = sum((pred & true).values())
    precision = overlap / sum(pred.values()) if pred else None
    recall = overlap / sum(true.values()) if true else 1.0
    return PageScore(page_id, precision, recall)


def summarise(scores: Sequence[PageScore]) -> tuple[float, float, float]:
    """Mean precision (non-empty outputs), mean recall (all pages) and their F1."""
    precisions = [s.precision for s in scores if s.precision is not None]
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(s.recall for s in scores) / len(scores) if scores else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def load_input(page_id: str, kind: str) -> str:
    """The page as a text dump or as its original HTML."""
    if kind == "html":
        with gzip.open(DATA / "html" / f"{page_id}.html.gz", "rt", encoding="utf-8") as fh:
            return fh.read()
    return (DATA / f"{page_id}.page.txt").read_text(encoding="utf-8")


def run(
    ids: Sequence[str], kind: str, clean: Callable[[str], str]
) -> tuple[list[PageScore], float]:
    """Score every page; also return the mean milliseconds per page spent in `clean`."""
    scores, elapsed = [], 0.0
    for page_id in ids:
        text = load_input(page_id, kind)
        start = time.perf_counter()
        body = clean(text)
        elapsed += time.perf_counter() - start
        truth = (DATA / f"{page_id}.body.txt").read_text(encoding="utf-8")
        scores.append(score_page(page_id, body, truth))
    return scores, 1000 * elapsed / max(len(ids), 1)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse options, score a split, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--input", choices=("text", "html"), default="text")
    parser.add_argument("--worst", type=int, default=0, help="also list the N lowest-F1 pages")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"no benchmark data at {DATA}", file=sys.stderr)
        return 1
    ids = json.loads((DATA / "splits.json").read_text(encoding="utf-8"))[args.split]
    scores, ms = run(ids, args.input, lambda text: strip_chrome(text).body)
    p, r, f1 = summarise(scores)
    print(f"split={args.split} input={args.input} pages={len(ids)}")
    print(f"P={p:.3f} R={r:.3f} F1={f1:.3f} ms/page={ms:.1f}")
    for s in sorted(scores, key=page_f1)[: args.worst]:
        prec = "-" if s.precision is None else f"{s.precision:.3f}"
        print(f"  {s.page_id[:10]} P={prec} R={s.recall:.3f}")
    return 0


def page_f1(score: PageScore) -> float:
    """One page's F1, for ranking the worst pages."""
    p, r = score.precision or 0.0, score.recall
    return 2 * p * r / (p + r) if p + r else 0.0


if __name__ == "__main__":
    raise SystemExit(main())
