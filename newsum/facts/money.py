"""Amounts of money with their currency: "£75 million", "$5-6bn", "412p", "EUR 1.2bn".

Four precompiled regexes find candidates: currency before the number; a currency word or code
after it; a number in words before a currency word; minor units such as pence and cents.
Overlapping candidates keep the earliest and longest. The vocabulary lives in
data/currencies.tsv. Every quantifier is bounded or separated by a disjoint delimiter, so
matching is linear in the input.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from newsum.facts._data import data_rows
from newsum.models import Money

CONTEXT_CHARS = 160  # longest context kept per amount; longer sentences are trimmed around it

# A number as news writes it: "1,250,000", "75", "1.5". Bounded so a 20,000-digit run cannot
# become an infinite float, and not followed by more digits (which would mean a longer number).
_NUMBER = r"(?:\d{1,3}(?:,\d{3}){1,5}|\d{1,15})(?:\.\d{1,6})?(?!,?\d)"
# Range separators: "£10m-£20m", "£10m to £20m", "between £10m and £20m".
_SEP = r"(?:\s?[-–—]\s?|\s(?:to|and)\s)"
_PLUS = r"(?:-plus|\+)"
# Not inside a longer number or right after a currency symbol (the prefixed regex owns those).
_NUMBER_START = r"(?<![\w.,$£€¥₹])"
# Video resolutions ("1080p") look like pence and are not money.
_NOT_PENCE = frozenset({"360", "480", "720", "1080", "1440", "2160"})
# Words before "pounds" that make it a weight, not money ("lost 20 pounds").
_WEIGHT_CUES = re.compile(r"(?:weigh\w*|lost|lose|losing|gained|heavier|lighter)\s+$", re.I)
_WEIGHT_AFTER = re.compile(r" (?:of|in weight)\b")


@dataclass(frozen=True)
class _Hit:
    """One amount found in a sentence, before its context is cut."""

    start: int
    end: int
    text: str
    currency: str
    amount: float | None


@dataclass(frozen=True)
class _Vocab:
    """The currency vocabulary, by kind, each a mapping of written form to value."""

    symbols: dict[str, str]
    codes: dict[str, str]
    words: dict[str, str]
    minor: dict[str, str]
    magnitudes: dict[str, float]
    spelled: dict[str, float]
    peso_countries: dict[str, str]


@cache
def _vocab() -> _Vocab:
    """Load data/currencies.tsv once."""
    kinds: dict[str, dict[str, str]] = {k: {} for k in ("symbol", "code", "word", "minor",
                                                         "peso-country")}
    numbers: dict[str, dict[str, float]] = {"magnitude": {}, "spelled": {}}
    for kind, text, value in data_rows("currencies.tsv"):
        if kind in numbers:
            numbers[kind][text] = float(value)
        else:
            kinds[kind][text] = value
    return _Vocab(kinds["symbol"], kinds["code"], kinds["word"], kinds["minor"],
                  numbers["magnitude"], numbers["spelled"], kinds["peso-country"])


def _alternation(texts: Sequence[str]) -> str:
    """A regex alternation of literal texts, longest first so "US$" wins over "$"."""
    return "|".join(re.escape(t) for t in sorted(texts, key=lambda t: (-len(t), t)))


def _magnitude(name: str, spaced_letters: bool = False) -> str:
    """Magnitude group: letters touch the number ("5m"), words may follow a space. After a
    currency symbol two-letter forms may follow a space too ("$2.2 bn"): no unit of length or
    weight is written that way after one."""
    mags = _vocab().magnitudes
    words = [m for m in mags if len(m) > 3]
    letters = [m for m in mags if len(m) <= 3]
    spaced = [m for m in letters if len(m) >= 2] if spaced_letters else []
    spaced_part = rf"|\s(?:{_alternation(spaced)})" if spaced else ""
    return (rf"(?:(?P<{name}>\s?(?:{_alternation(words)})|(?:{_alternation(letters)})"
            rf"{spaced_part})(?!\w))")


def _prefix(name: str) -> str:
    """Currency written before the number; letter forms need a word boundary before them."""
    v = _vocab()
    lettered = [s for s in [*v.symbols, *v.codes] if s[0].isalpha()]
    bare = [s for s in v.symbols if not s[0].isalpha()]
    return rf"(?P<{name}>(?<![A-Za-z])(?:{_alternation(lettered)})|{_alternation(bare)})"


@cache
def _prefixed_re() -> re.Pattern[str]:
    """"£5m", "US$1.2bn", "EUR 300", with an optional second amount of a range."""
    first = (rf"{_prefix('cur_a')}\s?(?P<num_a>{_NUMBER}){_magnitude('mag_a', True)}?"
             rf"(?:{_PLUS})?")
    second = (rf"(?:{_prefix('cur_b')}\s?)?(?P<num_b>{_NUMBER})"
              rf"{_magnitude('mag_b', True)}?(?:{_PLUS})?")
    return re.compile(rf"(?P<a>{first})(?:(?P<sep>{_SEP})(?P<b>{second}))?")


@cache
def _suffixed_re() -> re.Pattern[str]:
    """"5 million pounds", "300 USD", "5-6 billion dollars": the currency comes after."""
    v = _vocab()
    after = rf"(?P<cur_b>{_alternation([*v.words, *v.codes])})"
    first = rf"(?P<a>(?P<num_a>{_NUMBER}){_magnitude('mag_a')}?)(?P<sep>{_SEP})"
    # "5 million pounds", and hyphenated as a modifier: "a 2.5bn-euro deal"
    second = rf"(?P<b>(?P<num_b>{_NUMBER}){_magnitude('mag_b')}?(?:{_PLUS})?[\s-]?{after})"
    return re.compile(rf"{_NUMBER_START}(?:{first})?{second}(?!\w)")


@cache
def _minor_re() -> re.Pattern[str]:
    """"50p", "412p", "20 cents": minor units, a hundredth of the main unit."""
    words = [w for w in _vocab().minor if w != "p"]
    return re.compile(rf"{_NUMBER_START}(?P<num>{_NUMBER})"
                      rf"(?P<unit>p|\s?(?:{_alternation(words)}))(?!\w)")


@cache
def _spelled_re() -> re.Pattern[str]:
    """"one-euro", "half a trillion dollars": a number in words, then a currency word."""
    v = _vocab()
    words = [m for m in v.magnitudes if len(m) > 3]
    return re.compile(rf"(?<![\w-])(?P<num>(?i:{_alternation(list(v.spelled))}))[\s-]"
                      rf"(?:(?P<mag>{_alternation(words)})[\s-])?"
                      rf"(?P<cur>{_alternation(list(v.words))})(?!\w)")


def _spelled_hit(m: re.Match[str], sentence: str) -> _Hit | None:
    """A spelled amount; "a"/"an" need a magnitude ("a million pounds", not "a pound")."""
    v = _vocab()
    number, mag = m.group("num").lower(), m.group("mag")
    if (number in ("a", "an") and mag is None) or _WEIGHT_AFTER.match(sentence, m.end()):
        return None
    amount = v.spelled[number] * (v.magnitudes[mag] if mag else 1.0)
    return _Hit(m.start(), m.end(), m.group(), v.words[m.group("cur")], amount)


def _value(number: str, magnitude: str | None, divisor: float = 1.0) -> float | None:
    """The number times its magnitude; None when that is not a finite float."""
    scale = _vocab().magnitudes[magnitude.strip()] if magnitude else 1.0
    value = float(number.replace(",", "")) * scale / divisor
    return value if math.isfinite(value) else None


def _shared_magnitudes(m: re.Match[str]) -> tuple[str | None, str | None]:
    """Share one magnitude across a range ("$5-6bn", "£10m-20") when one side lacks it."""
    # only while the bare numbers still ascend, so "between $500 and $2m" keeps $500
    mag_a, mag_b = m.group("mag_a"), m.group("mag_b")
    if (mag_a is None) == (mag_b is None):
        return mag_a, mag_b
    if float(m.group("num_a").replace(",", "")) > float(m.group("num_b").replace(",", "")):
        return mag_a, mag_b
    return mag_a or mag_b, mag_b or mag_a


def _range_ok(m: re.Match[str], sentence: str) -> bool:
    """Whether a matched range is one ("£5m to 2030" is not)."""
    # "and" needs "between" before it; after "to"/"and" the second number needs its own
    # currency or magnitude
    sep = m.group("sep").strip()
    before = sentence[max(0, m.start() - 12): m.start()]  # a bounded look back stays linear
    if sep == "and" and not before.rstrip().lower().endswith("between"):
        return False
    if sep not in ("to", "and"):
        return True
    return bool(m.group("cur_b") or m.group("mag_b"))


def _code(written: str | None) -> str | None:
    """The ISO 4217 code of a written currency symbol, code or word."""
    if written is None:
        return None
    v = _vocab()
    return v.symbols.get(written) or v.codes.get(written) or v.words.get(written)


def _range_hits(m: re.Match[str], ranged: bool) -> list[_Hit]:
    """The one or two amounts of a match."""
    # a rejected range keeps the amount that carries the currency: the first if the currency
    # is written before, else the second
    if ranged:
        parts: tuple[str, ...] = ("a", "b")
        mags = _shared_magnitudes(m)
    else:
        parts = ("a",) if m.groupdict().get("cur_a") else ("b",)
        mags = (m.group("mag_a"), m.group("mag_b"))
    return [h for h in _range_hits_of(m, parts, mags) if h.currency]


def _range_hits_of(m: re.Match[str], parts: Sequence[str],
                   mags: tuple[str | None, str | None]) -> Iterator[_Hit]:
    """Build hits for the named parts; each part inherits the other's currency if it has none."""
    cur_a, cur_b = _code(m.groupdict().get("cur_a")), _code(m.group("cur_b"))
    for part in parts:
        magnitude = mags[0] if part == "a" else mags[1]
        currency = (cur_a or cur_b) if part == "a" else (cur_b or cur_a)
        yield _Hit(m.start(part), m.end(part), m.group(part), currency or "",
                   _value(m.group(f"num_{part}"), magnitude))


def _minor_hit(m: re.Match[str]) -> _Hit | None:
    """A pence or cents amount, in the main unit ("412p" is 4.12 GBP)."""
    unit = m.group("unit").strip()
    if unit == "p" and m.group("num") in _NOT_PENCE:
        return None
    currency = _vocab().minor[unit]
    return _Hit(m.start(), m.end(), m.group(), currency, _value(m.group("num"), None, 100.0))


def _is_weight(m: re.Match[str], sentence: str) -> bool:
    """"lost 20 pounds", "5 pounds of flour": pounds as a weight."""
    if m.group("cur_b") not in ("pound", "pounds"):
        return False
    before, after = sentence[max(0, m.start() - 30): m.start()], sentence[m.end(): m.end() + 8]
    return bool(_WEIGHT_CUES.search(before)) or bool(_WEIGHT_AFTER.match(after))


def _is_range(m: re.Match[str], sentence: str) -> bool:
    """Whether the match holds two amounts that form an accepted range."""
    return m.group("a") is not None and m.group("b") is not None and _range_ok(m, sentence)


def _prefixed_hits(sentence: str) -> Iterator[_Hit]:
    """Amounts with the currency before; a rejected range's second part is scanned again."""
    pattern, pos = _prefixed_re(), 0
    while (m := pattern.search(sentence, pos)) is not None:
        ranged = _is_range(m, sentence)
        yield from _range_hits(m, ranged)
        pos = m.end() if ranged or m.group("b") is None else m.end("a")


def _candidates(sentence: str) -> Iterator[_Hit]:
    """Every candidate amount of a sentence from the four regexes, possibly overlapping."""
    # Most sentences hold no amount: cheap tests skip the regexes that cannot match (every
    # numeric form needs a digit; a spelled amount needs a currency word)
    if _DIGIT.search(sentence) is not None:
        yield from _prefixed_hits(sentence)
        for m in _suffixed_re().finditer(sentence):
            if not _is_weight(m, sentence):
                yield from _range_hits(m, _is_range(m, sentence))
        for m in _minor_re().finditer(sentence):
            hit = _minor_hit(m)
            if hit is not None:
                yield hit
    if not _currency_words().isdisjoint(_LOWER_WORD.findall(sentence)):
        for m in _spelled_re().finditer(sentence):
            spelled = _spelled_hit(m, sentence)
            if spelled is not None:
                yield spelled


_DIGIT = re.compile(r"\d")
_LOWER_WORD = re.compile(r"[a-z]+")


@cache
def _currency_words() -> frozenset[str]:
    """The last word of every currency written in words ("dollars" of "US dollars")."""
    return frozenset(word.split()[-1] for word in _vocab().words)


def _sentence_hits(sentence: str) -> list[_Hit]:
    """Non-overlapping hits in sentence order: the earliest start wins, then the longest."""
    chosen: list[_Hit] = []
    end = -1
    for hit in sorted(_candidates(sentence), key=lambda h: (h.start, -h.end)):
        if hit.start >= end:
            chosen.append(hit)
            end = hit.end
    return chosen


def _context(sentence: str, start: int, end: int, limit: int = CONTEXT_CHARS) -> str:
    """The sentence, or a window of about `limit` characters around the amount, cut at spaces."""
    text = sentence.strip()
    if len(sentence) <= limit:
        return text
    pad = max(0, (limit - (end - start)) // 2)
    lo, hi = max(0, start - pad), min(len(sentence), end + pad)
    if lo > 0:
        space = sentence.find(" ", lo, start)
        lo = space + 1 if space != -1 else lo
    if hi < len(sentence):
        space = sentence.rfind(" ", end, hi)
        hi = space if space != -1 else hi
    window = sentence[lo:hi].strip()
    return ("…" if lo > 0 else "") + window + ("…" if hi < len(sentence) else "")


_BARE_PESO = re.compile(r"\bpesos?$")


@cache
def _peso_country_re() -> re.Pattern[str]:
    """The names of peso countries, whole words."""
    return re.compile(rf"\b(?:{_alternation(list(_vocab().peso_countries))})\b")


def _peso_code(sentences: Sequence[str]) -> str | None:
    """The peso of the first peso country the document names, if any."""
    for sentence in sentences:
        m = _peso_country_re().search(sentence)
        if m is not None:
            return _vocab().peso_countries[m.group()]
    return None


def find_money(sentences: Sequence[str]) -> list[Money]:
    """Every amount of money in the sentences, in document order."""
    # a sentence repeated word for word (a pull quote echoing the body) gives its amounts
    # once; the same amount in two different sentences, or twice in one, is two mentions
    found: list[Money] = []
    seen: set[tuple[str, int]] = set()
    flat = [" ".join(s.split()) for s in sentences]  # line breaks become spaces
    peso: str | None = None
    for sentence in flat:
        for hit in _sentence_hits(sentence):
            if (sentence, hit.start) not in seen:
                seen.add((sentence, hit.start))
                currency = hit.currency
                if _BARE_PESO.search(hit.text):
                    peso = peso or _peso_code(flat) or currency
                    currency = peso
                found.append(Money(hit.text, currency, hit.amount,
                                   _context(sentence, hit.start, hit.end)))
    return found
