"""Chrome learned from a batch: short lines that recur across many files of the same site."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

# A line is a candidate only when it is short: navigation, footers and prompts are; a long
# paragraph repeated across files is a syndicated article, not chrome.
RECUR_MAX_WORDS = 20
# A line must recur in this many distinct articles of the batch ...
MIN_FILES = 3
# ... and in this share of them (a mixed batch of ten sites still catches a site's footer).
MIN_SHARE = 0.1

WORD = re.compile(r"\w+")
DIGITS = re.compile(r"\d+")


def normalise_line(line: str) -> str:
    """A line's comparable form: lower-case words, digit runs as "0", punctuation dropped.

    "Comments (34)" and "12 Comments" on two pages of a site differ only in their counts.
    """
    # digit runs never cross a space, so one substitution over the joined words is the same
    return DIGITS.sub("0", " ".join(WORD.findall(line.lower())))


def recurring_lines(
    texts: Iterable[str], min_files: int = MIN_FILES, min_share: float = MIN_SHARE
) -> frozenset[str]:
    """Normalised short lines found in at least `min_files` articles and `min_share` of them.

    Files are counted per article, not per copy: two files with the same longest line are
    one article (a duplicate download or a syndicated copy), so duplicated body lines
    never count as recurring.
    """
    counts: Counter[str] = Counter()
    seen_articles: set[str] = set()
    for text in texts:
        key, lines = _article_lines(text)
        if key in seen_articles:
            continue
        seen_articles.add(key)
        counts.update(lines)
    needed = max(min_files, min_share * len(seen_articles))
    return frozenset(line for line, n in counts.items() if n >= needed)


def _article_lines(text: str) -> tuple[str, set[str]]:
    """An article's identity (its longest line) and its distinct normalised short lines."""
    lines: set[str] = set()
    longest = ""
    for raw in text.splitlines():
        line = raw.strip()
        if len(line) > len(longest):
            longest = line
        # a line of many chunks is never a candidate: skip normalising it (most body lines);
        # generous, as a chunk may be punctuation ("-") rather than a word
        if len(line.split()) > 3 * RECUR_MAX_WORDS:
            continue
        norm = normalise_line(line)
        # A line without letters is a number or a table cell ("12", "3 1"), never a label.
        if norm.count(" ") < RECUR_MAX_WORDS and any(c.isalpha() for c in norm):
            lines.add(norm)
    return " ".join(longest.lower().split()), lines  # counts kept: they tell articles apart
