"""Chrome rule tables: phrase rules (package data) and region rules, compiled once."""

from __future__ import annotations

import importlib
import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from newsum.chrome.lines import VIDEO_PLAYER
from newsum.errors import RulesError

# The regex parser, to read the text a pattern opens with (Python 3.11 renamed it).
sre_parse = importlib.import_module("re._parser" if sys.version_info >= (3, 11) else "sre_parse")

PHRASES_FILE = "chrome_phrases.txt"
# Each default pattern's filing in the rule index, written by bench/phrase_index.py: reading
# it saves parsing every pattern when a process starts (a pattern missing from it is filed
# on the spot, so an out-of-date file costs time, never a wrong reason).
FILINGS_FILE = "chrome_phrases.index.json"
USER_REASON = "user rule"
# User patterns are only tried on lines up to this many characters: Python's regex engine can
# backtrack exponentially on a careless pattern, and bounding the subject bounds the damage.
USER_RULE_MAX_CHARS = 300
# A user pattern may still backtrack badly within that length ("(a|aa)*c"); each search is
# given up after this many seconds, so a bad rule costs time but never hangs a batch.
USER_RULE_SECONDS = 0.05
# A quantified group that itself holds a quantifier, like "(a+)+" or "(\w+\s?)*": the classic
# catastrophic-backtracking shape, refused in user rules files.
NESTED_QUANTIFIER = re.compile(r"\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)(?:[+*]|\{\d*,)")
# Unanchored phrases are only tried on lines this short, so a long paragraph that merely
# mentions a phrase ("...said in a newsletter...") survives. Set by reading dev pages.
PHRASE_MAX_WORDS = 50
# Groups whose lines end an article only at its tail (an organisation's profile under a press
# release, a blogger's "Hi, I'm Ann, ..." box): a body may say the same in passing, so they
# are never tried as line rules, only on the last lines of the article block (text.tail_marks).
TAIL_REASONS = frozenset({"organisation profile", "author intro"})
WORD_PREFIX = 3  # characters of a pattern's opening text it is filed under
# A word's first one to three characters, as the index files them (lower-cased line).
WORD_START = re.compile(r"\b\w{1,3}")
CLASS_MAX_CHARS = 64  # widest character range ("[A-Z]") filed under each of its characters
LETTER_OPENINGS = 12  # single-character openings past which a held text is tried instead
OPENINGS_MAX = 64  # most opening texts a pattern is filed under
# A character of no Latin line: Latin letters and their accents, general punctuation (curly
# quotes, dashes) and currency signs are Latin; Greek, Cyrillic, Arabic, Indic, CJK are not.
NOT_LATIN = re.compile(r"[^\x00-\u036f\u1e00-\u1eff\u2000-\u20cf\u2100-\u214f]")
HELD_CHARS = 8  # characters of a text a pattern holds, tested as a substring of the line
HELD_COST = {1: 100, 2: 10, 3: 3, 4: 2}  # a held text this short passes on many lines (5+: 1)
WORD_CHARS = re.compile(r"\w*")


@dataclass(frozen=True)
class PhraseRule:
    """A regular expression that marks one line as chrome, and why."""

    pattern: str
    reason: str

    @property
    def anchored(self) -> bool:
        """True when the pattern must match the whole line (tried on lines of any length)."""
        return self.pattern.startswith("^") and self.pattern.endswith("$")


@dataclass(frozen=True)
class RegionRule:
    """A run of lines from an opening line to a closing line (or a line limit) is chrome."""

    start: str
    end: str
    max_lines: int
    reason: str


# Multi-paragraph boxes whose middle lines look like prose; each opens and closes on a phrase.
REGION_RULES: tuple[RegionRule, ...] = (
    # Reader-revenue appeal: a heading, two or three prose paragraphs, a closing line.
    RegionRule(r"your support helps us", r"your support (makes|means)", 12, "donation appeal"),
    # Reader-revenue appeal of the "a note to our readers" kind; the heading may run on
    # ("A note for readers in a hurry …").
    RegionRule(r"^(a (note|message|word) (to|for) (our )?(loyal )?readers|dear reader)\b.{0,40}$",
               r"\b(donate|contribute|contribution|support us|subscribe)\b", 10,
               "donation appeal"),
    # ... and of the "Since you're here …" kind, down to its "Support The Guardian" button.
    RegionRule(r"^since you('|’)re here\W*$", r"^(support|contribute to|donate to) \S.{0,60}$",
               12, "donation appeal"),
    # A consent dialog printed in the page: its heading, the paragraphs that explain the
    # tracking (prose in the site's own voice), down to its accept button.
    RegionRule(r"^(wir respektieren ihre privatsphäre|ihre privatsphäre( ist uns wichtig)?|"
               r"datenschutz-?einstellungen|privatsphäre-einstellungen|we (value|respect|care "
               r"about) your privacy|your privacy( matters| choices| settings)?|privacy "
               r"(settings|preferences|choices)|cookie (settings|preferences|consent)|nous "
               r"respectons votre vie privée|votre vie privée( nous importe)?|respetamos tu "
               r"privacidad|tu privacidad( es importante)?|rispettiamo la tua privacy|la tua "
               r"privacy|wij respecteren uw privacy|uw privacy)\W*$",
               r"^(alles? akzeptieren|accept all( cookies)?|accept( and close| & close)?|"
               r"i accept|i agree|agree|akzeptieren|zustimmen|einverstanden|ich stimme zu|"
               r"tout accepter|accepter( et fermer)?|j'accepte|aceptar( todo| todas| y cerrar)?|"
               r"acepto|accetta( tutto| tutti)?|accetto|alles accepteren|akkoord)\W*$",
               15, "cookie notice"),
    # A video player's caption-settings menu printed in the story ("Closed Captioning", "ON
    # OFF", fonts, sizes, colours ... "share link"), or video.js's dialog between its marks.
    RegionRule(r"^closed captioning\W*$", r"^(share link|embed)\W*$", 25, VIDEO_PLAYER),
    RegionRule(r"^beginning of dialog window\b", r"^end of dialog window\b", 60, VIDEO_PLAYER),
)


class LazyPattern:
    """A phrase pattern compiled on its first use: a run tries few of the hundreds."""

    __slots__ = ("_compiled", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: re.Pattern[str] | None = None

    def _get(self) -> re.Pattern[str]:
        """The compiled pattern (case-insensitive), compiled now if it was not yet."""
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, re.IGNORECASE)
        return self._compiled

    def match(self, line: str) -> re.Match[str] | None:
        """The pattern matched at the line's start."""
        return self._get().match(line)

    def search(self, line: str) -> re.Match[str] | None:
        """The pattern's first match anywhere in the line."""
        return self._get().search(line)


Compiled = tuple[tuple[LazyPattern, str], ...]  # (pattern, reason) in file order


@dataclass(frozen=True)
class RuleIndex:
    """The phrase patterns filed by the text they can open with, to try only the possible.

    Each pattern is tried one by one (an alternation of all was three times slower: it
    defeats the regex engine's quick rejection of each pattern), but never on a line that
    cannot hold its opening text. Position k stands for pattern k of
    `CompiledRules.ordered`: the anchored patterns, then the unanchored, in file order.
    """

    by_start: dict[str, frozenset[int]]  # an opening text (1-3 characters) → start-tied patterns
    by_word: dict[str, frozenset[int]]  # a word's first 1-3 characters → "\\b" patterns
    # a text held anywhere in the line and its patterns, filed by the text's first character
    # (past a space)
    inside: dict[str, tuple[tuple[str, frozenset[int]], ...]]
    always: frozenset[int]  # patterns whose opening is not known
    # `inside` cut down to the start-tied patterns: all a long line is tried against, so a
    # paragraph is searched for a few texts rather than for every one
    inside_anchored: dict[str, tuple[tuple[str, frozenset[int]], ...]]

    def candidates(self, low: str, unanchored_from: int, with_unanchored: bool) -> list[int]:
        """Positions of the patterns a lower-cased line may match, in file order."""
        found = set(self.always)
        for size in range(1, WORD_PREFIX + 1):
            found.update(self.by_start.get(low[:size], ()))
        # a substring test only for the texts whose first character the line holds
        inside = self.inside if with_unanchored else self.inside_anchored
        for first in inside.keys() & set(low):
            found.update(*(ks for text, ks in inside[first] if text in low))
        if not with_unanchored:
            # a long line is tried only against the anchored patterns
            return sorted(k for k in found if k < unanchored_from)
        starts = set(WORD_START.findall(low))
        keys = starts | {start[:2] for start in starts} | {start[:1] for start in starts}
        for key in keys.intersection(self.by_word):
            found.update(self.by_word[key])
        return sorted(found)


@dataclass(frozen=True)
class CompiledRules:
    """Phrase rules compiled one by one, filed by how they open, and the region rules."""

    anchored: Compiled
    unanchored: Compiled
    regions: tuple[tuple[re.Pattern[str], re.Pattern[str], int, str], ...]
    index: RuleIndex  # the patterns of `ordered`, filed by the text they open with
    latin_index: RuleIndex  # the same for a line in Latin script only (see _index)
    ordered: Compiled  # `anchored` then `unanchored`, the positions the index names
    user: tuple[tuple[Any, str], ...] = ()  # `regex` patterns, so each search can time out
    tail: Compiled = ()  # the TAIL_REASONS patterns, tried only by match_tail

    def match(self, line: str, words: int) -> str | None:
        """The reason of the first rule (user rules, then file order) that marks the line."""
        if self.user and len(line) <= USER_RULE_MAX_CHARS:
            for pattern, reason in self.user:
                if _user_search(pattern, line):
                    return reason
        split = len(self.anchored)
        low = fold(line)
        index = self.index if NOT_LATIN.search(low) else self.latin_index
        for k in index.candidates(low, split, words <= PHRASE_MAX_WORDS):
            pattern, reason = self.ordered[k]
            # match(): anchored patterns never need a scan
            if (pattern.match(line) if k < split else pattern.search(line)):
                return reason
        return None

    def match_tail(self, line: str) -> str | None:
        """The reason of the first tail-only rule (see TAIL_REASONS) that marks the line."""
        return next((reason for pattern, reason in self.tail if pattern.search(line)), None)


def parse_phrases(lines: Iterable[str]) -> tuple[PhraseRule, ...]:
    """Phrase rules from the data-file format: "[reason]" headers, "#" comments, patterns."""
    rules: list[PhraseRule] = []
    reason = ""
    for raw in lines:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            reason = line[1:-1]
        elif reason:
            rules.append(PhraseRule(line, reason))
    return tuple(rules)


@lru_cache(maxsize=1)
def default_phrases() -> tuple[PhraseRule, ...]:
    """The phrase rules shipped in newsum/data (read once)."""
    text = resources.files("newsum.data").joinpath(PHRASES_FILE).read_text(encoding="utf-8")
    return parse_phrases(text.splitlines())


def user_rules(patterns: Sequence[str]) -> tuple[PhraseRule, ...]:
    """Extra rules given by the user, validated; a bad pattern raises RulesError."""
    for pattern in patterns:
        problem = regex_problem(pattern)
        if problem:
            raise RulesError(f"invalid chrome rule {pattern!r}: {problem}")
    return tuple(PhraseRule(p, USER_REASON) for p in patterns)


def regex_problem(pattern: str) -> str | None:
    """What is wrong with a user's regular expression, or None when it is usable."""
    try:
        re.compile(pattern)
    except re.error as exc:
        return str(exc)
    if NESTED_QUANTIFIER.search(pattern):
        return "nested quantifier (like (a+)+) can take forever to match; simplify it"
    return None


def load_rules_file(text: str, source: str) -> tuple[str, ...]:
    """Chrome rules from the text of a --chrome-rules file, as regular expressions.

    One rule per line; blank lines and lines starting with "#" are skipped. "/regex/" is a
    regular expression searched in each line (case-insensitive); any other line is a plain
    phrase, and a page line *containing* it (case-insensitive, any run of spaces) is chrome.
    Every user rule is tried only on lines of at most USER_RULE_MAX_CHARS characters, so
    long paragraphs survive a phrase they merely mention and slow patterns stay bounded.
    A bad regular expression raises RulesError naming the file and the line.
    """
    rules: list[str] = []
    for no, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if len(line) > 2 and line.startswith("/") and line.endswith("/"):
            pattern = line[1:-1]
            problem = regex_problem(pattern)
            if problem:
                raise RulesError(f"{source}, line {no}: bad pattern {line}: {problem}")
            rules.append(pattern)
        else:
            rules.append(r"\s+".join(re.escape(word) for word in line.split()))
    return tuple(rules)


def _user_search(pattern: Any, line: str) -> bool:
    """A user pattern's search, given up (as no match) when it backtracks for too long."""
    try:
        return pattern.search(line, timeout=USER_RULE_SECONDS) is not None
    except TimeoutError:
        return False


def _user_compiled(rules: Sequence[PhraseRule]) -> tuple[tuple[Any, str], ...]:
    """User patterns compiled with the `regex` module, whose searches take a time limit."""
    import regex

    return tuple((regex.compile(rule.pattern, regex.IGNORECASE | regex.V0), rule.reason)
                 for rule in rules)


@dataclass(frozen=True)
class Filing:
    """Where the index files one pattern: under texts a line must open with ("start"),
    have a word open with ("word") or hold ("inside"); or nowhere ("always" tried)."""

    how: str
    texts: frozenset[str] = frozenset()


def file_pattern(text: str, start_tied: bool) -> Filing:
    """How the pattern `text` is filed (see Filing); `start_tied` for an anchored pattern."""
    bar = _top_level_bar(text)
    openings = opening_texts(text, WORD_PREFIX)
    if openings is not None and len(openings) > LETTER_OPENINGS and all(
            len(opening) == 1 for opening in openings):
        # a name's capital ("[A-Z]") opens nearly every line: a text the pattern holds
        # further in (" is the ", "redakteur") is the better test, when there is one
        held = held_texts(text, HELD_CHARS)
        if held is not None and _test_cost(*held) < len(openings):
            openings = None
    if openings is not None:
        if start_tied or text.startswith("^") and not bar:
            return Filing("start", frozenset(openings))
        keys = {_word_part(opening) for opening in openings}
        if text.startswith(r"\b") and not bar and "" not in keys:
            # a line's words are looked up by their word characters only ("p" for "p.s.")
            return Filing("word", frozenset(keys))
    # "^.{0,80}(all rights reserved)", "(/|,|-)\\s*(handout)": a text held further in
    held = held_texts(text, HELD_CHARS)
    if held is None:
        return Filing("always")
    texts, at_word = held
    if at_word:
        return Filing("word", frozenset(_word_part(t)[:WORD_PREFIX] for t in texts))
    return Filing("inside", frozenset(texts))


def _index(filings: Sequence[Filing], anchored: int, latin_lines: bool = False) -> RuleIndex:
    """The index of patterns filed as `filings` say (see RuleIndex).

    With `latin_lines`, the index is for lines in Latin script only (see NOT_LATIN): a
    pattern all of whose texts hold another script's letters ("相关新闻", "читайте") is
    left out of it.
    """
    tables: dict[str, dict[str, set[int]]] = {"start": {}, "word": {}, "inside": {}}
    always: set[int] = set()
    for k, filing in enumerate(filings):
        if filing.how == "always":
            always.add(k)
        elif not (latin_lines and _foreign(filing.texts)):
            for text in filing.texts:
                tables[filing.how].setdefault(text, set()).add(k)
    by_first: dict[str, list[tuple[str, frozenset[int]]]] = {}
    tied: dict[str, list[tuple[str, frozenset[int]]]] = {}
    for text, ks in tables["inside"].items():
        # filed under its first character past a space: every line holds a space
        key = text.lstrip(" ")[:1] or text[:1]
        by_first.setdefault(key, []).append((text, frozenset(ks)))
        if any(k < anchored for k in ks):
            tied.setdefault(key, []).append((text, frozenset(k for k in ks if k < anchored)))
    return RuleIndex({key: frozenset(v) for key, v in tables["start"].items()},
                     {key: frozenset(v) for key, v in tables["word"].items()},
                     {key: tuple(v) for key, v in by_first.items()}, frozenset(always),
                     {key: tuple(v) for key, v in tied.items()})


def _foreign(texts: Iterable[str]) -> bool:
    """True when every text holds a letter of another script (no Latin line can hold one)."""
    return all(NOT_LATIN.search(text) is not None for text in texts)


def _word_part(text: str) -> str:
    """The word characters a text opens with ("p" for "p.s")."""
    found = WORD_CHARS.match(text)
    return found[0] if found else ""


def held_texts(pattern: str, length: int) -> tuple[set[str], bool] | None:
    """Lower-cased texts one of which every match holds somewhere in the line, and whether
    they open a word (the rest of the pattern starts with "\\b"); None when none is known.

    Whatever follows any first part of a pattern ("^.{0,80}", "(/|,|-)\\s*") must still
    match in the line, so one of the texts that rest opens with is in the line. Of the ways
    to cut the pattern, the cheapest to test is taken: texts at a word start are looked up
    with the line's words, other texts are substring tests, where one short text ("," or
    "-") passes nearly every line.
    """
    try:
        items = list(sre_parse.parse(pattern))
    except re.error:
        return None
    best: tuple[set[str], bool] | None = None
    for skip in range(len(items)):
        texts, _ = _extend({""}, items[skip:], length)
        at_word = items[skip] == (sre_parse.AT, sre_parse.AT_BOUNDARY) and all(
            _word_part(text) for text in texts)
        if "" not in texts and (best is None or _test_cost(texts, at_word)
                                < _test_cost(*best)):
            best = texts, at_word
    return best


def _test_cost(texts: set[str], at_word: bool = False) -> float:
    """How often a set of substring tests passes on ordinary lines, roughly: short texts most.

    A text at a word start is a lookup among the line's words, nearly free; a text in
    another script than Latin costs less, as it keeps the pattern out of the index for
    Latin lines (see _index).
    """
    if at_word:
        return 0.1 * len(texts)
    return sum(HELD_COST.get(len(text), 1) * (0.5 if NOT_LATIN.search(text) else 1.0)
               for text in texts)


def fold(text: str) -> str:
    """Lower case as the regex engine's IGNORECASE sees it: "İ" is "i", final "ς" is "σ".

    `str.lower` writes "İ" as two characters and a word-final sigma as "ς", where the
    engine compares one character at a time; an index keyed on `str.lower` alone would
    miss a pattern that matches.
    """
    return text.lower().replace("i\u0307", "i").replace("ς", "σ")


def opening_texts(pattern: str, length: int) -> set[str] | None:
    """Lower-cased texts of 1 to `length` characters, one of which opens every match.

    Read off the parsed pattern; None when the opening is not a choice of literal text (a
    class of many characters, "\\w", "."): such a pattern is then tried on every line.
    """
    try:
        items = list(sre_parse.parse(pattern))
    except re.error:
        return None
    texts, _ = _extend({""}, items, length)
    return None if "" in texts else texts


def _extend(texts: set[str], items: list[tuple[Any, Any]], length: int) -> tuple[set[str], bool]:
    """The opening texts `texts` grow into through a sequence of parsed items, and whether
    the growth had to stop: past an item that is no literal text nothing more is known."""
    for op, arg in items:
        if all(len(text) >= length for text in texts):
            return texts, False
        stopped = False
        if op is sre_parse.AT:
            continue  # "^", "$" and "\\b" match no character
        if op is sre_parse.LITERAL:
            texts = _grow(texts, {fold(chr(arg))}, length)
        elif op is sre_parse.IN and (chars := _class_chars(arg)):
            if len(texts) * len(chars) > OPENINGS_MAX:
                return texts, True  # "\\d\\d\\d" would file a pattern under a thousand keys
            texts = _grow(texts, chars, length)
        elif op is sre_parse.SUBPATTERN:
            texts, stopped = _extend(texts, list(arg[-1]), length)
        elif op is sre_parse.BRANCH:
            grown = [_extend(texts, list(branch), length) for branch in arg[1]]
            texts = set().union(*(found for found, _ in grown))
            stopped = any(done for _, done in grown)
        elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT):
            texts, stopped = _repeat(texts, list(arg[2]), arg[0], arg[1], length)
        else:
            stopped = True  # a class or "\\w": the texts so far are all that is known
        if stopped:
            return texts, True
    return texts, False


def _repeat(texts: set[str], item: list[tuple[Any, Any]], low: int, high: int,
            length: int) -> tuple[set[str], bool]:
    """Opening texts through a repeated item (at most `length` rounds can add characters)."""
    result: set[str] = set()
    current = texts
    last = min(high, length + low)
    for rounds in range(last + 1):
        if rounds >= low:
            result |= current
        if rounds == last:
            break
        current, stopped = _extend(current, item, length)
        if stopped:
            return result | current, True
    return result, False


def _class_chars(members: list[tuple[Any, Any]]) -> set[str]:
    """The lower-cased characters of a small character class ("[A-Z]", "\\d"), or none."""
    chars: set[str] = set()
    for kind, arg in members:
        if kind is sre_parse.LITERAL:
            chars.add(fold(chr(arg)))
        elif kind is sre_parse.RANGE and arg[1] - arg[0] <= CLASS_MAX_CHARS:
            chars.update(fold(chr(code)) for code in range(arg[0], arg[1] + 1))
        elif kind is sre_parse.CATEGORY and arg is sre_parse.CATEGORY_DIGIT:
            chars.update("0123456789")
        else:
            return set()  # "\\w", a negated class, a wide range: any character
    return chars


def _grow(texts: set[str], chars: set[str], length: int) -> set[str]:
    """Each text not yet `length` long, followed by each of the characters."""
    return {text if len(text) >= length else text + char[:1] for text in texts for char in chars}


def _top_level_bar(pattern: str) -> bool:
    """True when a regular expression has a "|" outside every group and character class."""
    depth, in_class, escaped = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            return True
    return False


def _compiled(rules: Sequence[PhraseRule]) -> Compiled:
    """Case-insensitive patterns (compiled on first use) with their reasons."""
    return tuple((LazyPattern(rule.pattern), rule.reason) for rule in rules)


def shipped_filings() -> dict[tuple[str, bool], Filing]:
    """The filings read from FILINGS_FILE, by (pattern, start-tied); empty when it is absent."""
    try:
        text = resources.files("newsum.data").joinpath(FILINGS_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    return {(row[0], bool(row[1])): Filing(row[2], frozenset(row[3]))
            for row in json.loads(text)["filings"]}


def filings_json() -> str:
    """FILINGS_FILE's text for the default patterns as they are now (bench/phrase_index.py)."""
    rules = [r for r in default_phrases() if r.reason not in TAIL_REASONS]
    rows = []
    for rule in [r for r in rules if r.anchored] + [r for r in rules if not r.anchored]:
        filing = file_pattern(rule.pattern, rule.anchored)
        rows.append([rule.pattern, rule.anchored, filing.how, sorted(filing.texts)])
    note = ("How each pattern of chrome_phrases.txt is filed in newsum's rule index "
            "(newsum/chrome/rules.py); regenerate with python bench/phrase_index.py.")
    lines = ",\n".join(json.dumps(row, ensure_ascii=False) for row in rows)
    return f'{{"comment": {json.dumps(note)},\n"filings": [\n{lines}\n]}}\n'


@lru_cache(maxsize=1)
def _default_tables() -> tuple[Compiled, Compiled, RuleIndex, RuleIndex, Compiled]:
    """The default phrase patterns, anchored and unanchored, their two indexes and the tail
    patterns: built once per process, whatever rules a user adds."""
    rules = [r for r in default_phrases() if r.reason not in TAIL_REASONS]
    anchored = _compiled([r for r in rules if r.anchored])
    unanchored = _compiled([r for r in rules if not r.anchored])
    shipped = shipped_filings()
    keys = [(p.pattern, k < len(anchored)) for k, (p, _) in enumerate(anchored + unanchored)]
    filings = [shipped.get(key) or file_pattern(*key) for key in keys]
    return (anchored, unanchored, _index(filings, len(anchored)),
            _index(filings, len(anchored), latin_lines=True),
            _compiled([r for r in default_phrases() if r.reason in TAIL_REASONS]))


@lru_cache(maxsize=32)
def compile_rules(extra: tuple[str, ...] = ()) -> CompiledRules:
    """The user's phrase rules, then the default phrase and region rules, compiled (cached)."""
    regions = tuple(
        (re.compile(r.start, re.I), re.compile(r.end, re.I), r.max_lines, r.reason)
        for r in REGION_RULES
    )
    anchored, unanchored, index, latin_index, tail = _default_tables()
    return CompiledRules(
        anchored=anchored,
        unanchored=unanchored,
        regions=regions,
        index=index,
        latin_index=latin_index,
        ordered=anchored + unanchored,
        user=_user_compiled(user_rules(extra)),  # the user's rules win
        tail=tail,
    )
