"""Chrome rule tables: phrase rules (package data) and region rules, compiled once."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from newsum.errors import RulesError

PHRASES_FILE = "chrome_phrases.txt"
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
# release): a body may say the same in passing, so they are never tried as line rules, only
# on the last lines of the article block (text.tail_marks).
TAIL_REASONS = frozenset({"organisation profile"})


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
)


Compiled = tuple[tuple[re.Pattern[str], str], ...]  # (pattern, reason) in file order


@dataclass(frozen=True)
class CompiledRules:
    """Phrase rules compiled one by one, plus the compiled region rules.

    Patterns stay separate: one big alternation was three times slower on long pages,
    since it defeats the regex engine's literal-prefix search. Those that open on a word
    boundary ("\\b...") have no literal prefix anyway, so one alternation of them (`bounded`)
    first tells whether any can match; most lines match none and skip them all.
    """

    anchored: Compiled
    unanchored: Compiled
    regions: tuple[tuple[re.Pattern[str], re.Pattern[str], int, str], ...]
    user: tuple[tuple[Any, str], ...] = ()  # `regex` patterns, so each search can time out
    bounded: re.Pattern[str] | None = None  # any unanchored "\\b..." pattern, as one search
    unbounded: Compiled = ()  # the other unanchored patterns, tried when `bounded` finds none
    tail: Compiled = ()  # the TAIL_REASONS patterns, tried only by match_tail

    def match(self, line: str, words: int) -> str | None:
        """The reason of the first rule (user rules, then file order) that marks the line."""
        if self.user and len(line) <= USER_RULE_MAX_CHARS:
            for pattern, reason in self.user:
                if _user_search(pattern, line):
                    return reason
        for pattern, reason in self.anchored:
            if pattern.match(line):  # match(): anchored patterns never need a scan
                return reason
        if words > PHRASE_MAX_WORDS:
            return None
        maybe = self.bounded is None or self.bounded.search(line) is not None
        for pattern, reason in self.unanchored if maybe else self.unbounded:
            if pattern.search(line):
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


def _bounded(pattern: str) -> bool:
    """True for a pattern that opens on a word boundary (it joins the `bounded` search).

    "\\ba|b" is "(\\ba)|(b)": a top-level "|" would let the second branch match with no
    boundary, so such a pattern stays out.
    """
    return pattern.startswith(r"\b") and not _top_level_bar(pattern)


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


def _any_bounded(rules: Sequence[PhraseRule]) -> re.Pattern[str] | None:
    """One search for all word-boundary patterns: "\\b(?:a|b|...)" (None when there are none)."""
    bodies = [rule.pattern[2:] for rule in rules if _bounded(rule.pattern)]
    if not bodies:
        return None
    return re.compile(r"\b(?:" + "|".join(f"(?:{body})" for body in bodies) + ")", re.IGNORECASE)


def _compiled(rules: Sequence[PhraseRule]) -> Compiled:
    """Case-insensitive compiled patterns with their reasons."""
    return tuple((re.compile(rule.pattern, re.IGNORECASE), rule.reason) for rule in rules)


@lru_cache(maxsize=32)
def compile_rules(extra: tuple[str, ...] = ()) -> CompiledRules:
    """The user's phrase rules, then the default phrase and region rules, compiled (cached)."""
    rules = [r for r in default_phrases() if r.reason not in TAIL_REASONS]
    regions = tuple(
        (re.compile(r.start, re.I), re.compile(r.end, re.I), r.max_lines, r.reason)
        for r in REGION_RULES
    )
    unanchored = [r for r in rules if not r.anchored]
    return CompiledRules(
        anchored=_compiled([r for r in rules if r.anchored]),
        unanchored=_compiled(unanchored),
        regions=regions,
        user=_user_compiled(user_rules(extra)),  # the user's rules win
        bounded=_any_bounded(unanchored),
        unbounded=_compiled([r for r in unanchored if not _bounded(r.pattern)]),
        tail=_compiled([r for r in default_phrases() if r.reason in TAIL_REASONS]),
    )
