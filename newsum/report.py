"""The corpus at a glance: a pure fold over results.jsonl records (plain dicts, as written).

Who and what recur most across the articles (people, organisations, countries, each counted
once per article), money totals by currency, which articles mention each top actor, and the
failures. Rendering lives in newsum.render.report.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

# Entries kept in each "top" list of the report.
TOP = 10
# The currency key of amounts whose currency newsum could not tell.
UNKNOWN_CURRENCY = "?"


@dataclass(frozen=True)
class Ranked:
    """A person, organisation or country with how many articles name it."""

    name: str
    articles: int
    mentions: int
    sources: tuple[str, ...]  # the articles naming it, in input order
    code: str | None = None  # ISO 3166-1 alpha-2, for countries


@dataclass(frozen=True)
class MoneyTotal:
    """The amounts found in one currency, added up."""

    currency: str
    total: float
    amounts: int
    articles: int


@dataclass(frozen=True)
class Failure:
    """An input that could not be processed, and why."""

    source: str
    error: str


@dataclass(frozen=True)
class CorpusReport:
    """Everything report.md shows."""

    files: int
    failures: tuple[Failure, ...]
    people: tuple[Ranked, ...]
    organisations: tuple[Ranked, ...]
    countries: tuple[Ranked, ...]
    money: tuple[MoneyTotal, ...]

    @property
    def done(self) -> int:
        """Inputs processed."""
        return self.files - len(self.failures)


@dataclass
class _Entry:
    """A running count for one name."""

    name: str
    code: str | None = None
    mentions: int = 0
    sources: list[str] = field(default_factory=list)


@dataclass
class _Money:
    """A running total for one currency."""

    total: float = 0.0
    amounts: int = 0
    sources: set[str] = field(default_factory=set)


@dataclass
class Tally:
    """Counts accumulated one record at a time, so a large batch needs no list of records."""

    files: int = 0
    failures: list[Failure] = field(default_factory=list)
    people: dict[str, _Entry] = field(default_factory=dict)
    organisations: dict[str, _Entry] = field(default_factory=dict)
    countries: dict[str, _Entry] = field(default_factory=dict)
    money: dict[str, _Money] = field(default_factory=dict)

    def add(self, record: Mapping[str, Any]) -> None:
        """Count one results.jsonl record."""
        self.files += 1
        source = str(record.get("source", ""))
        if record.get("error"):
            self.failures.append(Failure(source, str(record["error"])))
            return
        facts = record.get("facts") or {}
        for actor in facts.get("actors", ()):
            table = self.people if actor.get("kind") == "person" else self.organisations
            _count(table, _name_key(actor["name"]), actor["name"], None,
                   int(actor.get("mentions", 1)), source)
        for country in facts.get("countries", ()):
            _count(self.countries, country["code"], country["name"], country["code"],
                   int(country.get("mentions", 1)), source)
        for money in facts.get("money", ()):
            self._add_money(money, source)

    def _add_money(self, money: Mapping[str, Any], source: str) -> None:
        """Add one amount to its currency's total (amounts newsum could not read are skipped)."""
        if money.get("amount") is None:
            return
        total = self.money.setdefault(money.get("currency") or UNKNOWN_CURRENCY, _Money())
        total.total += float(money["amount"])
        total.amounts += 1
        total.sources.add(source)

    def report(self, top: int = TOP) -> CorpusReport:
        """The report of everything counted so far."""
        return CorpusReport(
            files=self.files, failures=tuple(self.failures),
            people=_top(self.people, top), organisations=_top(self.organisations, top),
            countries=_top(self.countries, top), money=_money_totals(self.money),
        )


def build_report(records: Iterable[Mapping[str, Any]], top: int = TOP) -> CorpusReport:
    """The corpus report of a batch's records."""
    tally = Tally()
    for record in records:
        tally.add(record)
    return tally.report(top)


def _name_key(name: str) -> str:
    """Names that differ only in case or spacing are one actor."""
    return " ".join(name.split()).casefold()


def _count(table: dict[str, _Entry], key: str, name: str, code: str | None, mentions: int,
           source: str) -> None:
    """Count one article's mentions of a name (an article counts once however often it names it)."""
    entry = table.setdefault(key, _Entry(name, code))
    entry.mentions += mentions
    if not entry.sources or entry.sources[-1] != source:
        entry.sources.append(source)


def _top(table: Mapping[str, _Entry], top: int) -> tuple[Ranked, ...]:
    """The `top` entries by articles, then mentions, then name (so ties read alphabetically)."""
    ranked = sorted(table.values(), key=lambda e: (-len(e.sources), -e.mentions, e.name))
    return tuple(Ranked(e.name, len(e.sources), e.mentions, tuple(e.sources), e.code)
                 for e in ranked[:top])


def _money_totals(money: Mapping[str, _Money]) -> tuple[MoneyTotal, ...]:
    """Totals by currency, the currency found in most articles first."""
    totals = [MoneyTotal(currency, m.total, m.amounts, len(m.sources))
              for currency, m in money.items()]
    return tuple(sorted(totals, key=lambda t: (-t.articles, t.currency)))
