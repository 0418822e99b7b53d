"""The evaluation gates CI runs: each figure measured on a test split against its floor.

Run: python bench/gates.py            (all gates; exit 1 when any figure is below its floor)
Floors live in bench/floors.json; they were set from test figures after tuning on dev only,
and a floor is only ever raised by a measured improvement.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parent
FLOORS = BENCH / "floors.json"
Gate = Callable[[dict[str, float]], dict[str, float]]


def load(name: str) -> ModuleType:
    """Import a benchmark script of this folder as a module."""
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def chrome_figures(_: dict[str, float]) -> dict[str, float]:
    """Chrome-removal F1 on the test split, for text dumps and for the original HTML."""
    from newsum.chrome import strip_chrome

    chrome = load("chrome")
    ids = json.loads((chrome.DATA / "splits.json").read_text(encoding="utf-8"))["test"]
    figures = {}
    for kind in ("text", "html"):
        scores, _ms = chrome.run(ids, kind, lambda text: strip_chrome(text).body)
        figures[f"{kind}_f1"] = chrome.summarise(scores)[2]
    return figures


def facts_figures(_: dict[str, float]) -> dict[str, float]:
    """Facts F1 per kind and role accuracy on the gold articles the extractor was not tuned on."""
    facts = load("facts")
    gold = [a for path in sorted((BENCH / "facts_gold").glob("*.jsonl"))
            for a in facts.load_gold(path) if a.part != "tune"]
    split, _name = facts.sentence_splitter()
    results = facts.evaluate(gold, facts.load_predictor("newsum.facts:extract_facts"), split,
                             facts.DATA)
    figures = {}
    for kind in facts.KINDS:
        total = facts.Counts()
        for res in results:
            total.add(res.counts[kind])
        figures[f"{kind}_f1"] = total.prf()[2]
    scored = sum(r.roles_scored for r in results)
    figures["role_accuracy"] = sum(r.roles_right for r in results) / max(scored, 1)
    return figures


def summary_figures(_: dict[str, float]) -> dict[str, float]:
    """ROUGE of the default summariser on the test splits, from bench/summary.py --json."""
    done = subprocess.run([sys.executable, str(BENCH / "summary.py"), "--gate-figures"],
                          capture_output=True, text=True, check=True)
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


GATES: dict[str, Gate] = {
    "chrome": chrome_figures,
    "summary": summary_figures,
    "facts": facts_figures,
}


def main() -> int:
    """Measure every gated figure, print it beside its floor, fail when any is below."""
    floors: dict[str, dict[str, float]] = json.loads(FLOORS.read_text(encoding="utf-8"))
    failed = 0
    for name, gate in GATES.items():
        if name not in floors:
            continue
        figures = gate(floors[name])
        for key, floor in floors[name].items():
            value = figures.get(key, float("nan"))
            ok = value >= floor
            failed += not ok
            print(f"{name:8} {key:18} {value:8.4f}  floor {floor:8.4f}  {'ok' if ok else 'BELOW'}")
    print("gates: all figures at or above their floors" if not failed
          else f"gates: {failed} figure(s) below their floors")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
