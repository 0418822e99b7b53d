"""Chrome removal on the synthetic page dumps in bench/synthetic (prints P, R, F1 per batch).

Usage:
  python bench/synthetic.py [--batch N] [--worst N]

The pages were written for this project, blind to the chrome remover, as imitations of the
layouts of site families the chrome-dumps dev split does not show; bench/synthetic/README.md
says how, and which batches have been tuned on. The metric is bench/chrome.py's.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

from chrome import PageScore, page_f1, score_page, summarise

from newsum.chrome import strip_chrome

HERE = Path(__file__).resolve().parent / "synthetic"


def score(names: Sequence[str]) -> list[PageScore]:
    """Each page's shingle precision and recall against its true body."""
    scores = []
    for name in names:
        page = (HERE / f"{name}.page.txt").read_text(encoding="utf-8")
        truth = (HERE / f"{name}.body.txt").read_text(encoding="utf-8")
        scores.append(score_page(name, strip_chrome(page).body, truth))
    return scores


def main(argv: Sequence[str] | None = None) -> int:
    """Score the synthetic pages, by batch and in all."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, default=0, help="only this batch (see manifest.json)")
    parser.add_argument("--worst", type=int, default=0, help="also list the N lowest-F1 pages")
    args = parser.parse_args(argv)
    manifest = json.loads((HERE / "manifest.json").read_text(encoding="utf-8"))
    batches = sorted({entry["batch"] for entry in manifest.values()})
    chosen = [args.batch] if args.batch else batches
    every: list[PageScore] = []
    for batch in chosen:
        scores = score(sorted(n for n, e in manifest.items() if e["batch"] == batch))
        every += scores
        p, r, f1 = summarise(scores)
        print(f"batch {batch}: pages={len(scores)} P={p:.3f} R={r:.3f} F1={f1:.3f}")
    p, r, f1 = summarise(every)
    print(f"all: pages={len(every)} P={p:.3f} R={r:.3f} F1={f1:.3f}")
    for s in sorted(every, key=page_f1)[: args.worst]:
        prec = "-" if s.precision is None else f"{s.precision:.3f}"
        print(f"  {s.page_id} P={prec} R={s.recall:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
