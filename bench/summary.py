"""ROUGE of each summariser against Lead-N on the dev splits of ../shared/data (prints figures).

Usage: python bench/summary.py [--data DIR] [--split dev] [--limit N] [--algorithms a,b]

CNN/DailyMail: 3 sentences against the journalists' highlights (abstractive).
BBC News Summary: 40% of the sentences (the references' own share) against the extractive
reference, headline passed as the title. Tune on dev only; report test once.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from rouge_score import rouge_scorer  # type: ignore[import-untyped]

from newsum.segment import segment
from newsum.settings import Settings
from newsum.summarise import ALGORITHMS, summarise

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
METRICS = ("rouge1", "rouge2", "rougeLsum")
CNNDM_SENTENCES = 3
BBC_RATIO = 0.4  # the BBC references hold about 40% of their article's sentences (README)


@dataclass(frozen=True)
class Case:
    """One article with its title and reference summary."""

    body: str
    title: str | None
    reference: str


def cnndm_cases(root: Path, split: str) -> Iterator[Case]:
    """CNN/DailyMail records of a split, highlights joined by newlines."""
    folder = root / "cnndm-test"
    wanted = set(json.loads((folder / "splits.json").read_text(encoding="utf-8"))[split])
    for name in sorted(json.loads((folder / "splits.json").read_text(encoding="utf-8"))["files"]):
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record["id"] in wanted:
                yield Case(record["article"], None, "\n".join(record["highlights"]))


def bbc_cases(root: Path, split: str) -> Iterator[Case]:
    """BBC News Summary articles of a split: title line, body, extractive reference."""
    folder = root / "bbc-news-summary"
    ids = json.loads((folder / "splits.json").read_text(encoding="utf-8"))[split]
    for key in sorted(ids):
        text = (folder / "articles" / f"{key}.txt").read_text(encoding="utf-8")
        title, _, body = text.partition("\n")
        reference = (folder / "summaries" / f"{key}.txt").read_text(encoding="utf-8")
        yield Case(body, title.strip(), reference)


def evaluate(cases: list[Case], settings: Settings) -> tuple[dict[str, float], float]:
    """Mean ROUGE F1 (percent) per metric, and seconds spent summarising."""
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    totals = dict.fromkeys(METRICS, 0.0)
    spent = 0.0
    for case in cases:
        start = time.perf_counter()
        summary = summarise(segment(case.body), settings, title=case.title)
        spent += time.perf_counter() - start
        candidate = "\n".join(s.text for s in summary.sentences)
        for metric, score in scorer.score(case.reference, candidate).items():
            totals[metric] += score.fmeasure
    return {m: 100 * t / max(1, len(cases)) for m, t in totals.items()}, spent


def report(name: str, cases: list[Case], base: Settings, algorithms: list[str]) -> None:
    """Print one table: a row per algorithm."""
    digest = hashlib.sha1("".join(c.reference for c in cases).encode()).hexdigest()[:8]
    print(f"\n{name}: {len(cases)} articles (references sha1 {digest})")
    print(f"{'algorithm':<10} " + " ".join(f"{m:>9}" for m in METRICS) + "   ms/article")
    for algorithm in algorithms:
        figures, spent = evaluate(cases, Settings(**{**base.__dict__, "algorithm": algorithm}))
        row = " ".join(f"{figures[m]:9.2f}" for m in METRICS)
        print(f"{algorithm:<10} {row}   {1000 * spent / max(1, len(cases)):10.1f}", flush=True)


def main() -> None:
    """Parse options and print both tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", default="dev", choices=("dev", "test"))
    parser.add_argument("--limit", type=int, default=None, help="articles per data set")
    parser.add_argument("--algorithms", default=",".join(ALGORITHMS))
    args = parser.parse_args()
    algorithms = ["lead"] + [a for a in args.algorithms.split(",") if a and a != "lead"]
    cnndm = list(cnndm_cases(args.data, args.split))[: args.limit]
    bbc = list(bbc_cases(args.data, args.split))[: args.limit]
    report("CNN/DailyMail", cnndm, Settings(sentences=CNNDM_SENTENCES), algorithms)
    report("BBC News Summary", bbc, Settings(ratio=BBC_RATIO), algorithms)


if __name__ == "__main__":
    main()
