"""ROUGE of newsum's summaries as a user gets them, on the sets in ../shared/data (a table).

Usage:
  python bench/summary.py [--split dev|test] [--limit N] [--algorithms a,b] [--jobs N]
  python bench/summary.py --gate           # the default method on the test splits, checked
                                           # against bench/floors.json ("summary"); exit 1 if below
  python bench/summary.py --gate-figures   # the same figures as one JSON line (bench/gates.py)
  python bench/summary.py --gate --algorithm NAME   # gate another method than the default

Every article goes in as its raw file text, through newsum.pipeline.process_text (chrome
removal, segmentation, summary) with k=3 sentences, exactly as `newsum` runs it.
- CNN/DailyMail (cnndm-test/): against the journalists' highlights, joined by newlines.
- BBC News Summary: against the extractive reference; the file's first line is its title.
ROUGE-1/2/Lsum F1 x 100 from rouge-score with stemming, averaged over articles. "Lead-3 (raw)"
is the issue's reference row: the first 3 sentences of the raw article (the BBC title line left
out). Tune on dev only; report test once.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from multiprocessing import Pool
from pathlib import Path
from typing import Any

from rouge_score import rouge_scorer  # type: ignore[import-untyped]

from newsum.errors import NewsumError
from newsum.pipeline import Stages, process_text
from newsum.segment import segment
from newsum.settings import Settings
from newsum.summarise import ALGORITHMS

BENCH = Path(__file__).resolve().parent
DEFAULT_DATA = BENCH.parents[1] / "shared" / "data"
FLOORS = BENCH / "floors.json"
METRICS = ("rouge1", "rouge2", "rougeLsum")
SENTENCES = 3  # k=3 on both sets, the literature's protocol for CNN/DailyMail
LEAD = "Lead-3 (raw)"
SUMMARY_ONLY = Stages(summary=True, facts=False)  # facts do not change the summary
# The BBC references run their sentences together ("...$10.9bn.For the full-year..."); a
# newline at each such join gives ROUGE-Lsum its sentences (ROUGE-1/2 do not depend on it).
_JOINED_SENTENCES = re.compile(r"(?<=[.!?])(?=[A-Z\"'])")


@dataclass(frozen=True)
class Case:
    """One article: its raw file text, its reference, and the text Lead-3 is taken from."""

    source: str
    text: str
    reference: str
    lead_text: str


@dataclass(frozen=True)
class Row:
    """One system's mean ROUGE F1 (percent) per metric and its time per article."""

    system: str
    figures: dict[str, float]
    ms: float


def cnndm_cases(root: Path, split: str) -> list[Case]:
    """CNN/DailyMail records of a split, in file then line order."""
    folder = root / "cnndm-test"
    splits = json.loads((folder / "splits.json").read_text(encoding="utf-8"))
    wanted = set(splits[split])
    return [Case(record["id"], record["article"], "\n".join(record["highlights"]),
                 record["article"])
            for name in sorted(splits["files"])
            for record in _json_lines(folder / name) if record["id"] in wanted]


def bbc_cases(root: Path, split: str) -> list[Case]:
    """BBC News Summary articles of a split, in id order."""
    folder = root / "bbc-news-summary"
    ids = json.loads((folder / "splits.json").read_text(encoding="utf-8"))[split]
    cases = []
    for key in sorted(ids):
        text = (folder / "articles" / f"{key}.txt").read_text(encoding="utf-8")
        reference = (folder / "summaries" / f"{key}.txt").read_text(encoding="utf-8")
        cases.append(Case(key, text, _JOINED_SENTENCES.sub("\n", reference.strip()),
                          text.partition("\n")[2]))
    return cases


def _json_lines(path: Path) -> Iterator[dict[str, Any]]:
    """Records of a JSON Lines file."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            yield json.loads(line)


_scorer: Any = None


def _score_case(job: tuple[Case, tuple[str, ...]]) -> list[tuple[float, ...]]:
    """Per system: ROUGE F1 of each metric, then seconds spent (runs in a worker)."""
    global _scorer
    if _scorer is None:  # one scorer per worker process
        _scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    case, systems = job
    rows = []
    for system in systems:
        start = time.perf_counter()
        sentences = _summary(case, system)
        spent = time.perf_counter() - start
        scores = _scorer.score(case.reference, "\n".join(sentences))
        rows.append((*(scores[m].fmeasure for m in METRICS), spent))
    return rows


def _summary(case: Case, system: str) -> list[str]:
    """The summary sentences a system gives for one article."""
    if system == LEAD:
        return [s.text for s in segment(case.lead_text).sentences[:SENTENCES]]
    settings = Settings(algorithm=system, sentences=SENTENCES)
    try:
        result = process_text(case.text, case.source, settings, SUMMARY_ONLY)
    except NewsumError:  # e.g. all chrome: the user gets no summary, which scores 0
        return []
    return [s.text for s in result.summary.sentences] if result.summary else []


def evaluate(cases: Sequence[Case], systems: Sequence[str], jobs: int) -> list[Row]:
    """Mean figures of each system over the cases, articles spread over `jobs` processes."""
    work = [(case, tuple(systems)) for case in cases]
    with Pool(jobs) as pool:
        per_case = pool.map(_score_case, work, chunksize=max(1, len(work) // (8 * jobs)))
    rows = []
    for index, system in enumerate(systems):
        columns = list(zip(*(case[index] for case in per_case), strict=True))
        figures = {m: 100 * sum(columns[i]) / max(1, len(cases)) for i, m in enumerate(METRICS)}
        rows.append(Row(system, figures, 1000 * sum(columns[-1]) / max(1, len(cases))))
    return rows


def print_table(title: str, rows: Sequence[Row], default: str) -> None:
    """One table: a row per system."""
    print(f"\n{title}")
    print(f"{'system':<20} {'ROUGE-1':>8} {'ROUGE-2':>8} {'ROUGE-Lsum':>10} {'ms/article':>11}")
    for row in rows:
        name = f"{row.system} (default)" if row.system == default else row.system
        figures = row.figures
        print(f"{name:<20} {figures['rouge1']:8.2f} {figures['rouge2']:8.2f} "
              f"{figures['rougeLsum']:10.2f} {row.ms:11.1f}", flush=True)


def gate_figures(root: Path, algorithm: str, jobs: int) -> dict[str, float]:
    """The gated figures: one method's ROUGE on both test splits."""
    cnndm = evaluate(cnndm_cases(root, "test"), [algorithm], jobs)[0].figures
    bbc = evaluate(bbc_cases(root, "test"), [algorithm], jobs)[0].figures
    return {"cnndm_r1": round(cnndm["rouge1"], 2), "cnndm_r2": round(cnndm["rouge2"], 2),
            "bbc_r1": round(bbc["rouge1"], 2)}


def check_gate(figures: dict[str, float]) -> int:
    """Print each figure beside its floor from bench/floors.json; 1 when any is below."""
    floors: dict[str, float] = json.loads(FLOORS.read_text(encoding="utf-8"))["summary"]
    below = 0
    for key, floor in floors.items():
        value = figures.get(key, float("nan"))
        below += not value >= floor
        print(f"summary {key:10} {value:7.2f}  floor {floor:7.2f}  "
              f"{'ok' if value >= floor else 'BELOW'}")
    return 1 if below else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Print the tables, or run the gate."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", default="dev", choices=("dev", "test"))
    parser.add_argument("--limit", type=int, default=None, help="articles per data set")
    parser.add_argument("--algorithms", default=",".join(ALGORITHMS))
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--gate", action="store_true")
    parser.add_argument("--gate-figures", action="store_true")
    parser.add_argument("--algorithm", default=Settings().algorithm,
                        help="the method --gate measures (default: newsum's default)")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    if args.gate or args.gate_figures:
        figures = gate_figures(args.data, args.algorithm, args.jobs)
        status = check_gate(figures) if args.gate else 0
        print(f"summary gate: {time.perf_counter() - start:.0f} s", file=sys.stderr)
        print(json.dumps(figures))
        return status
    systems = [LEAD, *(a for a in args.algorithms.split(",") if a)]
    default = Settings().algorithm
    for name, load in (("CNN/DailyMail", cnndm_cases), ("BBC News Summary", bbc_cases)):
        cases = load(args.data, args.split)[: args.limit]
        rows = evaluate(cases, systems, args.jobs)
        print_table(f"{name} {args.split}: {len(cases)} articles, k={SENTENCES}", rows, default)
    print(f"\n{time.perf_counter() - start:.0f} s in all", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
