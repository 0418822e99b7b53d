"""A learned line model: per-line body odds that revise the rule pipeline's choice of lines.

The rules (phrase lists, block scoring) were fitted to the dev sites and drop real body on
other sites when it sits oddly: a short subhead or table label inside the article block, a
closing paragraph just past the block's edge. A logistic model over features that describe
chrome in general (length, punctuation, capitals, spacing, place on the page, the rules' own
verdicts and the neighbouring lines) brings back such lines when it is sure of them. It may
also drop kept lines it is sure are chrome, but site-grouped cross-validation on dev chose
never to (drop_below 0). The weights live in data/chrome_lines.json, written by
bench/train_lines.py from dev pages only; inference is plain Python (no numpy import).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from newsum.chrome import metadata
from newsum.chrome.header import FUNCTION_WORDS
from newsum.chrome.lines import (
    ADVERT,
    COMMENTS,
    COMMENTS_PROMPT,
    DOUBLED,
    LINK_LIST,
    PULL_QUOTE,
    RELATED,
    RELATED_LINKS,
    SENTENCE_END,
    WORD,
    Line,
)

MODEL_FILE = "chrome_lines.json"
MODEL_REASON = "line model"  # a kept line the model is sure is chrome

# The rules' reasons, grouped by what they say about a line (a one-hot feature each group).
HEADER_REASONS = frozenset({"headline", "byline", "date line"})
REPEAT_REASONS = frozenset({PULL_QUOTE, DOUBLED})
LIST_REASONS = frozenset({LINK_LIST, RELATED, RELATED_LINKS, "navigation"})
CLOSING_REASONS = frozenset({COMMENTS, COMMENTS_PROMPT, "legal footer", "author bio",
                             "reporting credit", "organisation profile"})
# Any other reason (share, login, subscription, cookie, ad, caption prompts) is "other rule".

# Marks of links and handles: a URL, a domain, an @handle, a hashtag, or menu separators.
LINKISH = re.compile(r"https?://|www\.|\.(com|org|net|co\.\w\w)\b|@\w|#\w|[|·•»›©®™]")
# A line opening on a mark: a quote's attribution ("— Name"), a bullet, a quoted block (">").
OPENING_MARKS = frozenset("-–—•*>·|[(")
CLOSING_MARKS = "*_\"'”’)] "  # markup and quotes that may close a heading after its ":"
CONTEXT = 3  # lines each side whose prose-ness and block membership describe a line's setting
DISTANCE_CAP = 50  # lines from the block's edge beyond which distance says nothing more


@dataclass(frozen=True)
class PageView:
    """The rule pipeline's view of a page that the model's features read."""

    lines: Sequence[Line]
    reasons: dict[int, str]  # index → the reason a rule dropped the line
    start: int  # the article block's first and last index
    end: int
    kept: frozenset[int]  # indices the pipeline keeps as body
    spaced: bool  # the page separates paragraphs with blank lines


def _reason_group(reason: str | None) -> str:
    """The feature group of a rule's reason ("" for a line no rule dropped)."""
    if reason is None:
        return ""
    for name, group in (("header", HEADER_REASONS), ("repeat", REPEAT_REASONS),
                        ("list", LIST_REASONS), ("closing", CLOSING_REASONS)):
        if reason in group:
            return name
    return "advert" if reason == ADVERT else "other"


REASON_GROUPS = ("header", "repeat", "list", "closing", "advert", "other")


def _own(line: Line) -> list[float]:
    """Features of one line by itself."""
    text = line.text
    tokens = text.split()
    words = WORD.findall(text)
    lower = [w.lower() for w in words]
    n_tok, n_word = max(len(tokens), 1), max(len(words), 1)
    letters = sum(c.isalpha() for c in text)
    return [
        math.log1p(line.words),
        math.log1p(len(text)),
        1.0 if SENTENCE_END.search(text) and not text.endswith(":") else 0.0,
        1.0 if text.endswith(":") else 0.0,
        sum(t[:1].isupper() for t in tokens) / n_tok,  # capitalised words: names, menus, titles
        sum(w in FUNCTION_WORDS for w in lower) / n_word,  # English function words
        sum(len(w) <= 3 and w.isalpha() for w in lower) / n_word,  # short words, any language
        sum(c.isdigit() for c in text) / max(len(text), 1),
        1.0 if LINKISH.search(text) else 0.0,
        1.0 if letters and text.isupper() else 0.0,
        sum(c in ",;" for c in text) / n_tok,  # commas: running text has some, labels none
        1.0 if text[:1] in OPENING_MARKS else 0.0,
        1.0 if line.prose else 0.0,
        1.0 if line.table_row else 0.0,
        1.0 if line.spaced else 0.0,
    ]


OWN_NAMES = ("log_words", "log_chars", "sentence_end", "colon_end", "capital_share",
             "function_share", "short_word_share", "digit_share", "linkish", "all_caps",
             "comma_rate", "opening_mark", "prose", "table_row", "spaced")
PROSE = OWN_NAMES.index("prose")


def line_features(view: PageView, indices: Sequence[int] | None = None) -> list[list[float]]:
    """One feature row (names in FEATURE_NAMES) per line of `indices` (default: every line).

    Only the lines asked for and their neighbours are measured: at run time the model is
    asked about a few lines near the block, and most lines of a big page need no features.
    """
    lines = view.lines
    n = len(lines)
    wanted = range(n) if indices is None else indices
    own: dict[int, list[float]] = {}

    def measured(j: int) -> list[float]:
        if j not in own:
            own[j] = _own(lines[j])
        return own[j]

    prose = [1.0 if line.prose and i not in view.reasons else 0.0 for i, line in enumerate(lines)]
    kept = [1.0 if i in view.kept else 0.0 for i in range(n)]
    copies = Counter(line.text for line in lines)  # exact repeats: menus, labels, teasers
    rows = []
    for i in wanted:
        lo, hi = max(0, i - CONTEXT), min(n, i + CONTEXT + 1)
        around = hi - lo - 1
        prev = measured(i - 1) if i > 0 else None
        nxt = measured(i + 1) if i + 1 < n else None
        before = min(max(view.start - i, 0), DISTANCE_CAP)
        after = min(max(i - view.end, 0), DISTANCE_CAP)
        group = _reason_group(view.reasons.get(i))
        rows.append(measured(i) + [
            i / max(n - 1, 1),  # place on the page
            math.log1p(before),
            math.log1p(after),
            1.0 if view.start <= i <= view.end else 0.0,
            kept[i],
            1.0 if i in view.reasons else 0.0,
            *(1.0 if group == g else 0.0 for g in REASON_GROUPS),
            math.log1p(copies[lines[i].text] - 1),
            prev[0] if prev else 0.0,  # neighbours' length and prose-ness
            prev[PROSE] if prev else 0.0,
            nxt[0] if nxt else 0.0,
            nxt[PROSE] if nxt else 0.0,
            (sum(prose[lo:hi]) - prose[i]) / max(around, 1),
            (sum(kept[lo:hi]) - kept[i]) / max(around, 1),
            kept[i - 1] if i > 0 else 0.0,  # set between two body lines: a subhead or a row
            kept[i + 1] if i + 1 < n else 0.0,
            # under a pull quote (its attribution) or over a link list (its heading)
            1.0 if i - 1 in view.reasons else 0.0,
            1.0 if i + 1 in view.reasons else 0.0,
            1.0 if view.spaced else 0.0,
        ])
    return rows


FEATURE_NAMES = OWN_NAMES + (
    "position", "log_before_block", "log_after_block", "in_block", "kept", "rule_dropped",
    *(f"reason_{g}" for g in REASON_GROUPS),
    "log_copies", "prev_log_words", "prev_prose", "next_log_words", "next_prose",
    "context_prose", "context_kept", "prev_kept", "next_kept",
    "prev_rule_dropped", "next_rule_dropped", "spaced_page",
)


@dataclass(frozen=True)
class LineModel:
    """A logistic model over standardised line features, and the thresholds that apply it."""

    names: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    drop_below: float  # a kept line with body odds under this is dropped as chrome
    restore_above: float  # a dropped line near the block with odds over this is restored
    reach: int  # lines beyond the block's edges a restored line may sit

    def probability(self, row: Sequence[float]) -> float:
        """The line's odds of being body, as a probability."""
        z = self.bias + sum(w * (x - m) / s for w, x, m, s
                            in zip(self.weights, row, self.mean, self.scale, strict=True))
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def model_from_dict(data: dict[str, Any]) -> LineModel:
    """A LineModel from its JSON form (written by bench/train_lines.py)."""
    names = tuple(str(x) for x in data["names"])
    if names != FEATURE_NAMES:
        raise ValueError(f"{MODEL_FILE} was trained on other features; retrain it")
    return LineModel(
        names=names,
        mean=tuple(float(x) for x in data["mean"]),
        scale=tuple(float(x) for x in data["scale"]),
        weights=tuple(float(x) for x in data["weights"]),
        bias=float(data["bias"]),
        drop_below=float(data["drop_below"]),
        restore_above=float(data["restore_above"]),
        reach=int(data["reach"]),
    )


@lru_cache(maxsize=1)
def default_model() -> LineModel:
    """The line model shipped in newsum/data (read once)."""
    text = resources.files("newsum.data").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return model_from_dict(json.loads(text))


def restorable(view: PageView, i: int) -> bool:
    """True for a dropped line the model may bring back: one dropped for where it sits alone.

    A line a rule named stays dropped (restoring those gained nothing in site-grouped CV on
    dev), and so does a line tied to a dropped one: the attribution under a pull quote or
    doubled caption, and a heading ending in ":" whose list is not kept.
    """
    if i in view.kept or i in view.reasons or view.lines[i].words == 0:
        return False  # (a line of no words, say zero-width marks alone, is never body)
    if i > 0 and _reason_group(view.reasons.get(i - 1)) == "repeat":
        return False
    if metadata.is_dated(view.lines[i].text):
        return False  # a date line or byline no header took (one under the story) is no body
    heading = view.lines[i].text.rstrip(CLOSING_MARKS).endswith(":")
    return not heading or i + 1 in view.kept


def revise(view: PageView, model: LineModel) -> list[int]:
    """The kept indices after the model's confident corrections, in page order.

    A kept line the model is sure is chrome goes; a dropped line inside the block or within
    `reach` lines of it that the model is sure is body comes back. Only those lines are
    scored (kept lines not at all when `drop_below` is 0, as none could go).
    """
    lo, hi = max(0, view.start - model.reach), min(len(view.lines), view.end + model.reach + 1)
    asked = [i for i in range(lo, hi)
             if (i in view.kept and model.drop_below > 0) or restorable(view, i)]
    if not asked:  # nothing near the block to revise (most clean articles): no features
        return sorted(view.kept)
    odds = dict(zip(asked, map(model.probability, line_features(view, asked)), strict=True))
    keep = []
    for i in range(len(view.lines)):
        p = odds.get(i)
        if i in view.kept:
            if p is None or p >= model.drop_below:
                keep.append(i)
        elif p is not None and p > model.restore_above:
            keep.append(i)
    return keep
