"""Chrome rule tables: phrase rules (package data) and region rules, compiled once."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from newsum.errors import RulesError

PHRASES_FILE = "chrome_phrases.txt"
USER_REASON = "user rule"
# Unanchored phrases are only tried on lines this short, so a long paragraph that merely
# mentions a phrase ("...said in a newsletter...") survives. Set by reading dev pages.
PHRASE_MAX_WORDS = 50


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
    # Reader-revenue appeal of the "a note to our readers" kind.
    RegionRule(r"^(a (note|message|word) (to|for) (our )?(loyal )?readers|dear reader)\W*$",
               r"\b(donate|contribute|support us|subscribe)\b", 10, "donation appeal"),
)


Compiled = tuple[tuple[re.Pattern[str], str], ...]  # (pattern, reason) in file order


@dataclass(frozen=True)
class CompiledRules:
    """Phrase rules compiled one by one, plus the compiled region rules.

    Patterns stay separate: one big alternation was three times slower on long pages,
    since it defeats the regex engine's literal-prefix search.
    """

    anchored: Compiled
    unanchored: Compiled
    regions: tuple[tuple[re.Pattern[str], re.Pattern[str], int, str], ...]

    def match(self, line: str, words: int) -> str | None:
        """The reason of the first rule (in file order) that marks the line, or None."""
        for pattern, reason in self.anchored:
            if pattern.match(line):  # match(): anchored patterns never need a scan
                return reason
        if words > PHRASE_MAX_WORDS:
            return None
        for pattern, reason in self.unanchored:
            if pattern.search(line):
                return reason
        return None


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
        try:
            re.compile(pattern)
        except re.error as exc:
            raise RulesError(f"invalid chrome rule {pattern!r}: {exc}") from exc
    return tuple(PhraseRule(p, USER_REASON) for p in patterns)


def _compiled(rules: Sequence[PhraseRule]) -> Compiled:
    """Case-insensitive compiled patterns with their reasons."""
    return tuple((re.compile(rule.pattern, re.IGNORECASE), rule.reason) for rule in rules)


@lru_cache(maxsize=32)
def compile_rules(extra: tuple[str, ...] = ()) -> CompiledRules:
    """The user's phrase rules, then the default phrase and region rules, compiled (cached)."""
    rules = user_rules(extra) + default_phrases()  # the user's rules win
    regions = tuple(
        (re.compile(r.start, re.I), re.compile(r.end, re.I), r.max_lines, r.reason)
        for r in REGION_RULES
    )
    return CompiledRules(
        anchored=_compiled([r for r in rules if r.anchored]),
        unanchored=_compiled([r for r in rules if not r.anchored]),
        regions=regions,
    )
