"""Chrome-removal quality and speed on ../shared/data/chrome-dumps (prints P, R, F1, ms/page).

The metric re-implements the benchmark's: tokens are `\\w+` (Unicode), each page's text becomes
a multiset of 4-token shingles, precision and recall are per page; P is the mean precision over
pages with non-empty output, R the mean recall over all pages, F1 = 2PR/(P+R).

    python bench/chrome.py --split dev --input text
    python bench/chrome.py --split test --input html --worst 5
    python bench/chrome.py --split dev --learn     # with recurring lines learned from the split
    python bench/chrome.py --split dev --transplant  # and its templates with BBC bodies put in

Each run also prints the non-English pages' figures beside the "whole dump unchanged"
baseline for the same pages, the seed article's F1 against its hand-read body, and the
95% bootstrap interval of the F1 (pages drawn with replacement, as the benchmark's own
evaluate.py reports it): a difference smaller than the interval may be the pages' luck.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsum.chrome import recurring_lines, strip_chrome

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "chrome-dumps"
TOKEN = re.compile(r"\w+")
SHINGLE = 4
DRAWS = 1000  # bootstrap resamples for the F1's interval (the benchmark's default)


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
    parser.add_argument("--learn", action="store_true",
                        help="learn recurring lines from the split's pages first (batch mode)")
    parser.add_argument("--transplant", action="store_true",
                        help="also score the split's page templates with a BBC dev article "
                             "put in place of their own (bench/transplant.py)")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"no benchmark data at {DATA}", file=sys.stderr)
        return 1
    ids = json.loads((DATA / "splits.json").read_text(encoding="utf-8"))[args.split]
    known = learned(ids, args.input) if args.learn else frozenset()
    scores, ms = run(ids, args.input, lambda text: strip_chrome(text, (), known).body)
    print(f"split={args.split} input={args.input} pages={len(ids)} learned={len(known)}")
    print_figures("all", scores, ms)
    print(f"F1 95% interval: ±{f1_interval(scores):.3f} ({DRAWS} bootstrap draws of the pages)")
    other = set(non_english(ids))
    print_figures("non-English", [s for s in scores if s.page_id in other])
    unchanged, _ = run(sorted(other), "text", lambda text: text)
    print_figures("non-English, whole dump unchanged", unchanged)
    print_seed()
    if args.transplant:
        from transplant import lengths, split_templates  # lxml, trafilatura: when asked

        for keep, label in lengths():
            pages = split_templates(ids, DATA, keep)
            print_figures(f"transplant, {label}",
                          [score_page(n, strip_chrome(dump).body, truth)
                           for n, dump, truth in pages])
    for s in sorted(scores, key=page_f1)[: args.worst]:
        prec = "-" if s.precision is None else f"{s.precision:.3f}"
        print(f"  {s.page_id[:10]} P={prec} R={s.recall:.3f}")
    return 0


def print_figures(label: str, scores: Sequence[PageScore], ms: float | None = None) -> None:
    """One line of P, R, F1 (and ms/page when timed) for a group of pages."""
    p, r, f1 = summarise(scores)
    timing = f" ms/page={ms:.1f}" if ms is not None else ""
    print(f"{label}: pages={len(scores)} P={p:.3f} R={r:.3f} F1={f1:.3f}{timing}")


def f1_interval(scores: Sequence[PageScore], draws: int = DRAWS, seed: int = 0) -> float:
    """Half-width of the F1's 95% bootstrap interval: 1.96 standard deviations over
    resamples of the pages (seeded, so a rerun prints the same figure)."""
    if len(scores) < 2:
        return 0.0
    rng = random.Random(seed)
    f1s = [summarise(rng.choices(scores, k=len(scores)))[2] for _ in range(draws)]
    return 1.96 * statistics.stdev(f1s)


def non_english(ids: Sequence[str]) -> list[str]:
    """The pages whose manifest language guess is not English."""
    manifest = json.loads((DATA / "manifest.json").read_text(encoding="utf-8"))
    return [i for i in ids if manifest[i]["lang_guess"] != "en"]


def learned(ids: Sequence[str], kind: str) -> frozenset[str]:
    """Recurring lines learned from every page of the split, as a batch run would."""
    return recurring_lines(load_input(page_id, kind) for page_id in ids)


# The seed article has no body file. Its body, read by hand: these line numbers of
# seed-article.txt (the 14 paragraphs from "The Prime Minister will sign" to "real-time
# intelligence sharing networks.", without the two pull quotes and their name lines).
SEED = DATA.parent / "seed-article.txt"
SEED_BODY_LINES = (24, 26, 28, 34, 36, 38, 40, 42, 44, 50, 52, 54, 56, 58)
SEED_FLOOR = 0.97


def print_seed() -> None:
    """The seed article's shingle F1 against its hand-read body."""
    if not SEED.is_file():
        return
    lines = SEED.read_text(encoding="utf-8").splitlines()
    truth = "\n\n".join(lines[no - 1] for no in SEED_BODY_LINES)
    score = score_page("seed", strip_chrome("\n".join(lines)).body, truth)
    f1 = page_f1(score)
    print(f"seed: P={score.precision or 0:.3f} R={score.recall:.3f} F1={f1:.3f} "
          f"({'meets' if f1 >= SEED_FLOOR else 'BELOW'} {SEED_FLOOR})")


def page_f1(score: PageScore) -> float:
    """One page's F1, for ranking the worst pages."""
    p, r = score.precision or 0.0, score.recall
    return 2 * p * r / (p + r) if p + r else 0.0


if __name__ == "__main__":
    raise SystemExit(main())
