"""Train newsum's line model (newsum/data/chrome_lines.json) on the dev pages of chrome-dumps.

Every line of every dev page dump is labelled body (1) or chrome (0) against the page's true
body; a logistic regression (numpy, L2, Newton steps) learns body odds from the features in
newsum.chrome.model. Site-grouped cross-validation (no site, nor sister sites sharing a
template, in both train and eval folds) compares the rules alone with the rules plus the
model on each held-out fold; the thresholds that apply the model are chosen inside the
training folds only. Test pages are never read.

    python bench/train_lines.py              # cross-validate, then write the model
    python bench/train_lines.py --no-write   # cross-validation table only
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import itertools
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
from numpy.typing import NDArray

from newsum.chrome.model import (
    FEATURE_NAMES,
    MODEL_FILE,
    PageView,
    line_features,
    restorable,
)
from newsum.chrome.text import rule_choice

BENCH = Path(__file__).resolve().parent
OUT = BENCH.parent / "newsum" / "data" / MODEL_FILE
TOKEN = re.compile(r"\w+")
SHINGLE = 4
COVERED = 0.5  # share of a line's shingles found in the body that makes it a body line
L2 = 1.0  # ridge penalty on standardised weights (CV F1 0.976 at 0.1, 0.977 at 1, 0.975 at 10)
FOLDS = 5
# Sister sites on one publisher's template count as one site for grouping.
FAMILIES = {"floridatoday.com": "gannett", "detroitnews.com": "gannett",
            "nj.com": "advance", "oregonlive.com": "advance"}
# Thresholds tried: drop a kept line under `drop`, restore a dropped line over `restore`
# within `reach` lines of the block (drop 0 and restore 1.01 leave the rules' choice).
GRID = tuple(itertools.product((0.0, 0.02, 0.05, 0.1, 0.2, 0.3),
                               (0.6, 0.7, 0.8, 0.9, 0.95, 1.01), (0, 2, 5, 20)))

Matrix = NDArray[np.float64]


def load_bench(name: str) -> ModuleType:
    """A sibling bench script as a module (bench/ is not a package)."""
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


CHROME = load_bench("chrome")  # the benchmark's own metric and data folder
DATA: Path = CHROME.DATA


@dataclass
class Page:
    """One dev page: the rules' view, its feature rows, line labels and true body."""

    page_id: str
    group: str
    view: PageView
    x: Matrix
    y: Matrix
    truth: str


def tokens(text: str) -> list[str]:
    """Lower-case word tokens."""
    return [t.lower() for t in TOKEN.findall(text)]


def label_lines(texts: Sequence[str], body: str) -> list[int]:
    """1 for each line whose text is in the body, else 0.

    A line of 4+ tokens is body when half its 4-token shingles are in the body; shingles are
    consumed longest line first, so a pull quote or a doubled caption repeating a body
    paragraph does not claim the paragraph's shingles twice. A shorter line is body when it
    is a whole body paragraph, or occurs in the body and sits between body lines (a lone
    "Share" found somewhere in the body text is not).
    """
    body_tokens = tokens(body)
    joined = " " + " ".join(body_tokens) + " "
    pool = Counter(tuple(body_tokens[k:k + SHINGLE])
                   for k in range(len(body_tokens) - SHINGLE + 1))
    paragraphs = Counter(" ".join(tokens(p)) for p in body.splitlines() if p.strip())
    line_tokens = [tokens(t) for t in texts]
    labels = [0] * len(texts)
    for k in sorted(range(len(texts)), key=lambda k: -len(line_tokens[k])):
        toks = line_tokens[k]
        if len(toks) >= SHINGLE:
            need = Counter(tuple(toks[m:m + SHINGLE]) for m in range(len(toks) - SHINGLE + 1))
            found = sum(min(n, pool[s]) for s, n in need.items())
            if found >= COVERED * sum(need.values()):
                labels[k] = 1
                pool -= need
        elif toks:
            text = " ".join(toks)
            if paragraphs[text] > 0:
                labels[k] = 1
                paragraphs[text] -= 1
            elif f" {text} " in joined:
                labels[k] = -1  # settled by its neighbours below
    for k, value in enumerate(labels):
        if value == -1:
            prev = next((labels[m] for m in range(k - 1, -1, -1) if labels[m] != -1), 0)
            after = next((labels[m] for m in range(k + 1, len(labels)) if labels[m] != -1), 0)
            labels[k] = 1 if prev == 1 and after == 1 else 0
    return labels


def load_pages() -> list[Page]:
    """Every dev page, prepared once."""
    ids = json.loads((DATA / "splits.json").read_text(encoding="utf-8"))["dev"]
    manifest = json.loads((DATA / "manifest.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in ids:
        text = (DATA / f"{page_id}.page.txt").read_text(encoding="utf-8")
        truth = (DATA / f"{page_id}.body.txt").read_text(encoding="utf-8")
        view = rule_choice(text).view
        x = np.array(line_features(view), dtype=float).reshape(-1, len(FEATURE_NAMES))
        y = np.array(label_lines([line.text for line in view.lines], truth), dtype=float)
        host = manifest[page_id]["host"]
        pages.append(Page(page_id, FAMILIES.get(host, host), view, x, y, truth))
    return pages


def grouped_folds(pages: Sequence[Page], k: int = FOLDS) -> list[list[Page]]:
    """k folds of whole sites, biggest site first into the smallest fold (deterministic)."""
    groups: dict[str, list[Page]] = {}
    for page in pages:
        groups.setdefault(page.group, []).append(page)
    order = sorted(groups, key=lambda g: (-len(groups[g]), hashlib.sha256(g.encode()).hexdigest()))
    folds: list[list[Page]] = [[] for _ in range(k)]
    for name in order:
        min(folds, key=len).extend(groups[name])
    return folds


@dataclass(frozen=True)
class Fit:
    """A fitted logistic model on standardised features."""

    mean: Matrix
    scale: Matrix
    weights: Matrix
    bias: float

    def probability(self, x: Matrix) -> Matrix:
        """Body odds of each row, as probabilities."""
        z = ((x - self.mean) / self.scale) @ self.weights + self.bias
        return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0))), dtype=float)


def fit(pages: Sequence[Page], l2: float = L2) -> Fit:
    """L2-penalised logistic regression by Newton's method (the bias is not penalised)."""
    x = np.vstack([p.x for p in pages])
    y = np.concatenate([p.y for p in pages])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale < 1e-9] = 1.0  # a constant feature in training stays inert
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    penalty = l2 * np.eye(z.shape[1])
    penalty[-1, -1] = 0.0
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ w, -30.0, 30.0)))
        gradient = z.T @ (p - y) + penalty @ w
        hessian = (z * (p * (1 - p))[:, None]).T @ z + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return Fit(mean, scale, w[:-1], float(w[-1]))


def applied(page: Page, prob: Matrix, drop: float, restore: float, reach: int) -> list[int]:
    """The kept indices after the model's corrections (mirrors newsum.chrome.model.revise)."""
    view = page.view
    keep = []
    for i in range(len(view.lines)):
        if i in view.kept:
            if prob[i] >= drop:
                keep.append(i)
        elif (view.start - reach <= i <= view.end + reach and restorable(view, i)
              and prob[i] > restore):
            keep.append(i)
    return keep


def score(page: Page, keep: Sequence[int]) -> Any:
    """The benchmark's page score of a kept-line choice."""
    body = "\n\n".join(page.view.lines[i].text for i in keep)
    return CHROME.score_page(page.page_id, body, page.truth)


def f1(scores: Sequence[Any]) -> float:
    """The benchmark's F1 over pages."""
    return float(CHROME.summarise(scores)[2])


def out_of_fold(pages: Sequence[Page], folds: Sequence[Sequence[Page]]) -> dict[str, Matrix]:
    """Each page's body odds from a model trained on the other folds."""
    probs: dict[str, Matrix] = {}
    for k, fold in enumerate(folds):
        model = fit([p for j, f in enumerate(folds) if j != k for p in f])
        probs.update({p.page_id: model.probability(p.x) for p in fold})
    return probs


def best_thresholds(
    pages: Sequence[Page], probs: dict[str, Matrix]
) -> tuple[float, float, int]:
    """The grid's (drop, restore, reach) with the best F1 over pages (first of equals)."""
    best, choice = -1.0, (0.0, 1.01, 0)
    for drop, restore, reach in GRID:
        value = f1([score(p, applied(p, probs[p.page_id], drop, restore, reach)) for p in pages])
        if value > best + 1e-9:
            best, choice = value, (drop, restore, reach)
    return choice


def cross_validate(pages: Sequence[Page]) -> list[str]:
    """Per held-out fold and pooled: rules alone against rules plus model (printed lines).

    For each fold the thresholds come from an inner grouped CV on the other folds, and the
    model is then trained on all of them: the held-out fold plays no part in either.
    """
    folds = grouped_folds(pages)
    report = [f"{'fold':>4} {'pages':>5} {'sites':>5} {'rules F1':>8} {'model F1':>8}  thresholds"]
    rules_all: list[Any] = []
    model_all: list[Any] = []
    for k, fold in enumerate(folds):
        others = [f for j, f in enumerate(folds) if j != k]
        train = [p for f in others for p in f]
        drop, restore, reach = best_thresholds(train, out_of_fold(train, others))
        model = fit(train)
        rules = [score(p, sorted(p.view.kept)) for p in fold]
        revised = [score(p, applied(p, model.probability(p.x), drop, restore, reach))
                   for p in fold]
        rules_all += rules
        model_all += revised
        report.append(f"{k:>4} {len(fold):>5} {len({p.group for p in fold}):>5} "
                      f"{f1(rules):8.3f} {f1(revised):8.3f}  "
                      f"drop<{drop} restore>{restore} reach={reach}")
    pr, rr, fr = CHROME.summarise(rules_all)
    pm, rm, fm = CHROME.summarise(model_all)
    report.append(f"pooled {len(pages)} pages: rules P={pr:.3f} R={rr:.3f} F1={fr:.3f}; "
                  f"model P={pm:.3f} R={rm:.3f} F1={fm:.3f} ({fm - fr:+.3f})")
    return report


def model_json(pages: Sequence[Page], report: Sequence[str]) -> dict[str, Any]:
    """The shipped model: trained on every dev page, thresholds from grouped out-of-fold odds."""
    drop, restore, reach = best_thresholds(pages, out_of_fold(pages, grouped_folds(pages)))
    model = fit(pages)
    lines = sum(len(p.y) for p in pages)
    return {
        "comment": (
            "newsum's line model: logistic regression giving each line of a plain-text page "
            "dump its odds of being article body, from the features in newsum/chrome/model.py "
            f"(standardise with mean/scale, then weights and bias). Trained by "
            f"bench/train_lines.py on the {len(pages)} dev pages ({lines} lines) of "
            f"chrome-dumps, L2={L2}; thresholds chosen on site-grouped out-of-fold odds. "
            "Numbers only: no text from the data."
        ),
        "cross_validation": list(report),
        "names": list(FEATURE_NAMES),
        "mean": [round(float(v), 6) for v in model.mean],
        "scale": [round(float(v), 6) for v in model.scale],
        "weights": [round(float(v), 6) for v in model.weights],
        "bias": round(model.bias, 6),
        "drop_below": drop,
        "restore_above": restore,
        "reach": reach,
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Cross-validate, print the table, and (unless told not to) write the model file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="only print the CV table")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"no benchmark data at {DATA}", file=sys.stderr)
        return 1
    pages = load_pages()
    report = cross_validate(pages)
    print("\n".join(report))
    if not args.no_write:
        data = model_json(pages, report)
        args.out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out} (drop<{data['drop_below']} restore>{data['restore_above']} "
              f"reach={data['reach']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
