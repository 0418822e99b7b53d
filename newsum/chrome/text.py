"""Plain-text chrome removal: rules mark chrome lines, scoring finds the article's prose block."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsum.chrome import metadata
from newsum.chrome.rules import CompiledRules, compile_rules
from newsum.models import Cleaned, RemovedLine

WORD = re.compile(r"\w+")
# Chinese/Japanese script has no spaces, so `\w+` sees a whole clause as one word.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
CJK_CHARS_PER_WORD = 2
# A sentence ends in . ! ? … (or the CJK forms) or a colon, maybe inside closing quotes/brackets.
SENTENCE_END = re.compile(r"[.!?…。！？:][\"'”’»)\]」』]*$")
SHINGLE = 4
MAX_OWNERS = 8  # lines remembered per shingle; a pull quote repeats one body line, not dozens
COMMENTS = "comments section"
RELATED = "related section"
BREAKING_REASONS = frozenset({COMMENTS, "legal footer", "author bio"})

# Thresholds: all tuned on the dev split of chrome-dumps (bench/chrome.py --split dev).
PROSE_MIN_WORDS = 8  # a line ending like a sentence with at least this many words is prose
LONG_LINE_WORDS = 25  # a line this long is prose whatever its ending
CHROME_LINE_COST = 3.0  # block score lost per non-prose line (menus are many short lines)
CHROME_WORD_COST = 0.5  # ... plus this much per word of it
RULE_LINE_COST = 1.0  # a line a rule already dropped barely breaks the block (ads in the body)
# Prose without blank lines around it (on a page that has them) is a teaser blurb or a
# comment far more often than body: it counts a fifth (dev F1 0.905 against 0.894 at 1.0).
TIGHT_PROSE_GAIN = 0.2
BREAK_COST = 40.0  # footers, author bios and comment sections: the article has ended
EDGE_MIN_WORDS = 4  # a short sentence paragraph right after the block still joins it
LIST_MAX_LINES = 100  # longest list taken after a body paragraph ending in a colon
HEADER_SCAN_LINES = 8  # non-blank lines at the top of the block searched for byline/date
PULL_QUOTE_MIN_WORDS = 8  # shorter repeats are list items and labels, left to the block scorer
TITLE_SCAN_LINES = 12  # non-blank lines above the header searched for the headline
SUBHEAD_MIN_WORDS = 3  # shorter non-prose lines inside the block are labels ("Advertisement")
LIST_ITEM_MIN_WORDS = 6  # a tight (unspaced) non-prose line in the block this long is a list item
SPACED_PAGE_SHARE = 0.1  # a page is "spaced" when this share of its prose has blank lines around


@dataclass(frozen=True)
class Line:
    """One non-blank input line with the features the scorer uses."""

    no: int  # 1-based line number in the input
    text: str
    words: float  # word count; CJK characters count as half a word each
    spaced: bool = True  # blank lines before and after, as around a paragraph in a page copy

    @property
    def table_row(self) -> bool:
        """True for a row of a table (page copies join cells with a tab)."""
        return "\t" in self.text

    @property
    def prose(self) -> bool:
        """True when the line reads like a paragraph of running text."""
        return self.words >= LONG_LINE_WORDS or (
            self.words >= PROSE_MIN_WORDS and SENTENCE_END.search(self.text) is not None
        )


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of a text with their numbers and word counts."""
    raws = text.splitlines()
    lines = []
    for no, raw in enumerate(raws, start=1):
        stripped = "\t".join(" ".join(cell.split()) for cell in raw.strip().split("\t"))
        if stripped:
            after = no == len(raws) or not raws[no].strip()
            spaced = after and (no == 1 or not raws[no - 2].strip())
            lines.append(Line(no, stripped, word_count(stripped), spaced))
    return lines


def word_count(line: str) -> float:
    """Words in a line, counting CJK characters as half a word each."""
    cjk = len(CJK.findall(line))
    return len(WORD.findall(line)) + (cjk / CJK_CHARS_PER_WORD if cjk else 0)


def rule_reasons(lines: Sequence[Line], rules: CompiledRules) -> dict[int, str]:
    """Index → reason for every line a phrase or region rule marks as chrome."""
    reasons: dict[int, str] = {}
    for i, line in enumerate(lines):
        reason = rules.match(line.text, int(line.words))
        if reason:
            reasons[i] = reason
    reasons.update(region_reasons(lines, rules))
    return reasons


def region_reasons(lines: Sequence[Line], rules: CompiledRules) -> dict[int, str]:
    """Index → reason for lines inside an opening…closing region (e.g. a donation box)."""
    reasons: dict[int, str] = {}
    for start, end, max_lines, reason in rules.regions:
        i = 0
        while i < len(lines):
            if start.search(lines[i].text):
                stop = next((j for j in range(i, min(i + max_lines, len(lines)))
                             if end.search(lines[j].text)), None)
                if stop is not None:
                    reasons.update(dict.fromkeys(range(i, stop + 1), reason))
                    i = stop
            i += 1
    return reasons


def normalise(text: str) -> tuple[str, ...]:
    """Lower-case word tokens, for comparing lines regardless of punctuation."""
    return tuple(WORD.findall(text.lower()))


def repeat_reasons(lines: Sequence[Line]) -> dict[int, str]:
    """Index → reason for pull quotes (and their attribution lines).

    A pull quote repeats another line: every 4-word shingle of it occurs in one other line,
    which is longer or (for a whole-sentence quote) is followed by a bare name line. Other
    exact twins stay (list-like articles repeat lines; doubled captions have their own
    rule). A dict from shingle to a few line indices keeps this linear.
    """
    tokens = [normalise(line.text) for line in lines]
    owners: dict[tuple[str, ...], list[int]] = {}  # shingle → lines holding it
    for i, toks in enumerate(tokens):
        for shingle in _shingles(toks):
            found = owners.setdefault(shingle, [])
            if len(found) < MAX_OWNERS and (not found or found[-1] != i):
                found.append(i)
    reasons: dict[int, str] = {}
    for i, toks in enumerate(tokens):
        if lines[i].words < PULL_QUOTE_MIN_WORDS or len(toks) < SHINGLE:
            continue  # (CJK text counts many words in few `\w+` tokens)
        holders = _holders(i, toks, owners)
        named = i + 1 < len(lines) and metadata.looks_like_name(lines[i + 1].text)
        if any(len(tokens[j]) > len(toks) for j in holders) or (holders and named):
            reasons[i] = "pull quote"
            if named:
                reasons[i + 1] = "pull quote"
    return reasons


def _holders(i: int, toks: tuple[str, ...], owners: dict[tuple[str, ...], list[int]]) -> set[int]:
    """The other lines that hold every shingle of line i."""
    shingles = _shingles(toks)
    common = set(owners[shingles[0]]) - {i}
    for shingle in shingles[1:]:
        if not common:
            break
        common &= set(owners[shingle])
    return common


def _shingles(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The 4-token shingles of a token sequence."""
    return [tokens[i : i + SHINGLE] for i in range(len(tokens) - SHINGLE + 1)]


def line_score(line: Line, reason: str | None, spaced_page: bool) -> float:
    """What a line adds to a candidate article block: prose gains, chrome costs."""
    if reason in BREAKING_REASONS:
        return -BREAK_COST
    if reason:
        return -RULE_LINE_COST
    if line.table_row:
        return 0.0  # tables belong to the body but say nothing about where it is
    if line.prose:
        return line.words if line.spaced or not spaced_page else line.words * TIGHT_PROSE_GAIN
    return -(CHROME_LINE_COST + CHROME_WORD_COST * line.words)


def best_block(scores: Sequence[float]) -> tuple[int, int]:
    """The [start, end] index range with the largest score sum (Kadane).

    With no positive line at all (a short note with no paragraph of prose), the whole text
    is the block: there is no article to tell chrome from, so nothing is cut by position.
    """
    best, best_range = 0.0, (0, len(scores) - 1)
    total, start = 0.0, 0
    for i, score in enumerate(scores):
        if total <= 0:
            total, start = 0.0, i
        total += score
        if total > best:
            best, best_range = total, (start, i)
    return best_range if best > 0 else (0, len(scores) - 1)


def comments_tail(
    lines: Sequence[Line], scores: list[float], dropped: dict[int, str]
) -> list[float]:
    """Scores with every line after the comments (or teaser list) start made a cost.

    The section starts at the first comments marker that follows some prose (a comment
    count beside the headline comes before any), or at a related-articles heading followed
    by teaser blurbs. Comments and blurbs are prose too, so without this a long thread
    outweighs a short article.
    """
    teasers = _teasers_follow(lines)
    seen_prose = False
    for i, line in enumerate(lines):
        reason = dropped.get(i)
        if seen_prose and (reason == COMMENTS or (reason == RELATED and teasers[i])):
            return scores[:i] + [-abs(s) for s in scores[i:]]
        seen_prose = seen_prose or (line.prose and i not in dropped)
    return scores


def _teasers_follow(lines: Sequence[Line]) -> list[bool]:
    """Per line: is the next prose line after it a teaser blurb (no blank lines around)?

    An inline "Read also" box inside an article is followed by spaced body paragraphs.
    One backward pass keeps this linear.
    """
    result = [False] * len(lines)
    teaser = False
    for i in range(len(lines) - 1, -1, -1):
        result[i] = teaser
        if lines[i].prose:
            teaser = not lines[i].spaced
    return result


def extend_block(
    lines: Sequence[Line], start: int, end: int, dropped: dict[int, str]
) -> tuple[int, int]:
    """Widen the block's end over short sentence paragraphs right after it.

    The scorer leaves out a final "Nowadays, it is easily treated." because short lines cost;
    a spaced line ending in a full stop right at the edge is still body.
    """
    if end < start:
        return start, end
    while end + 1 < len(lines) and _edge_sentence(lines[end + 1], end + 1, dropped):
        end += 1
    return start, end


def _edge_sentence(line: Line, i: int, dropped: dict[int, str]) -> bool:
    """True for a short paragraph that reads as a sentence (blank lines around, full stop)."""
    return (i not in dropped and line.spaced and line.words >= EDGE_MIN_WORDS
            and SENTENCE_END.search(line.text) is not None and not line.text.endswith(":"))


def header_end(lines: Sequence[Line], start: int, end: int) -> int:
    """Index of the last byline or date line near the top of the block, or start - 1."""
    last = start - 1
    for i in range(start, min(start + HEADER_SCAN_LINES, end + 1)):
        text = lines[i].text
        if metadata.is_date_line(text) or metadata.byline_author(text):
            last = i
    return last


@dataclass(frozen=True)
class Header:
    """Metadata found around the top of the article, and the lines that carried it."""

    title: int | None = None
    author: str | None = None
    published: str | None = None
    lines: tuple[tuple[int, str], ...] = ()  # (index, reason) of byline/date/headline lines


def find_header(lines: Sequence[Line], start: int, dropped: dict[int, str]) -> Header:
    """Headline, author and date from the lines just above (and at) the body's start."""
    window = range(max(0, start - TITLE_SCAN_LINES), min(len(lines), start + 1))
    author = published = None
    marks: list[tuple[int, str]] = []
    for i in window:
        text = lines[i].text
        date = metadata.find_date(text) if metadata.is_date_line(text) else None
        name = metadata.byline_author(text) or _name_next_to_date(lines, i)
        if date and published is None:
            published = date
            marks.append((i, "date line"))
        if name and author is None:
            author = name
            marks.append((i, "byline"))
    title = _find_title(lines, min([i for i, _ in marks] or [start]), dropped)
    if title is not None:
        marks.append((title, "headline"))
    return Header(title, author, published, tuple(marks))


def _name_next_to_date(lines: Sequence[Line], i: int) -> str | None:
    """A bare name line directly above or below a date line (an unlabelled byline)."""
    text = lines[i].text
    if not metadata.looks_like_name(text):
        return None
    near = [lines[j].text for j in (i - 1, i + 1) if 0 <= j < len(lines)]
    return text if any(metadata.is_date_line(t) for t in near) else None


def _find_title(lines: Sequence[Line], before: int, dropped: dict[int, str]) -> int | None:
    """The nearest headline-shaped line above `before` (skipping a standfirst), or None."""
    for i in range(before - 1, max(-1, before - 1 - TITLE_SCAN_LINES), -1):
        line = lines[i]
        if i in dropped or line.prose or metadata.looks_like_name(line.text):
            continue
        if metadata.is_headline(line.text, int(line.words)):
            return i
    return None


def clean_text(text: str, extra_rules: Sequence[str] = ()) -> Cleaned:
    """Strip chrome from a plain-text page dump: body, metadata and the removed lines."""
    lines = split_lines(text)
    dropped = repeat_reasons(lines)
    dropped.update(rule_reasons(lines, compile_rules(tuple(extra_rules))))
    spaced = is_spaced_page(lines)
    scores = [line_score(line, dropped.get(i), spaced) for i, line in enumerate(lines)]
    start, end = extend_block(lines, *best_block(comments_tail(lines, scores, dropped)), dropped)
    top = header_end(lines, start, end)
    header = find_header(lines, top + 1 if top >= start else start, dropped)
    reasons = dict(header.lines) | dropped
    keep = [i for i in range(top + 1, end + 1)
            if i not in reasons and keep_in_block(lines[i], spaced)]
    if keep and lines[keep[-1]].text.endswith(":"):
        keep += list_after(lines, keep[-1] + 1, reasons)
        end = max(end, keep[-1])
    kept = set(keep)
    removed = tuple(
        RemovedLine(line.no, line.text, reasons.get(i, outside_reason(i, top, end, start)))
        for i, line in enumerate(lines) if i not in kept
    )
    title = lines[header.title].text if header.title is not None else None
    body = "\n\n".join(lines[i].text for i in keep)
    return Cleaned(body, title, header.author, header.published, removed)


def list_after(lines: Sequence[Line], first: int, reasons: dict[int, str]) -> list[int]:
    """Lines of the list a body's last paragraph introduces (it ends with a colon).

    The list runs until a line a rule marks as chrome, or LIST_MAX_LINES lines.
    """
    items = []
    for i in range(first, min(first + LIST_MAX_LINES, len(lines))):
        if i in reasons:
            break
        items.append(i)
    return items


def keep_in_block(line: Line, spaced_page: bool) -> bool:
    """True for a line inside the article block that belongs to the body.

    A short line counts as a subhead only when a blank line follows it (a heading or
    paragraph in a page copy); tight runs of short lines are link lists and labels.
    """
    if line.prose or line.table_row:
        return True
    if line.text.isupper():
        return False  # an all-capitals short line is a kicker or a teaser, not a subhead
    if line.spaced or not spaced_page:
        return line.words >= SUBHEAD_MIN_WORDS
    return line.words >= LIST_ITEM_MIN_WORDS


def is_spaced_page(lines: Sequence[Line]) -> bool:
    """True when the text separates paragraphs with blank lines (most page copies do)."""
    prose = [line for line in lines if line.prose]
    return bool(prose) and sum(line.spaced for line in prose) >= SPACED_PAGE_SHARE * len(prose)


def outside_reason(i: int, top: int, end: int, start: int) -> str:
    """Why a line that no rule named was dropped, from where it sits."""
    if start <= i <= top:
        return "standfirst"
    if i < start:
        return "before article"
    if i > end:
        return "after article"
    return "short line"
