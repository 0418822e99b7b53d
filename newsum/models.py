"""Frozen value types that flow through the pipeline, and the one JSON serialiser."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

# Bump when a key is renamed or removed; adding a key does not bump it.
SCHEMA_VERSION = 1

ActorKind = Literal["person", "organisation"]


@dataclass(frozen=True)
class RemovedLine:
    """A line dropped as chrome, with the rule that dropped it."""

    line_no: int  # 1-based, in the input text
    text: str
    reason: str


@dataclass(frozen=True)
class Cleaned:
    """The article body with chrome removed, plus metadata found on the way."""

    body: str  # paragraphs separated by one blank line
    title: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601 date or date-time
    removed: tuple[RemovedLine, ...] = ()


@dataclass(frozen=True)
class Sentence:
    """One sentence of the body, with its place in the document."""

    text: str
    position: int  # 0-based index among all sentences of the body
    paragraph: int  # 0-based index of its paragraph


@dataclass(frozen=True)
class Document:
    """The body segmented into paragraphs of sentences."""

    paragraphs: tuple[tuple[Sentence, ...], ...]

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """All sentences in document order."""
        return tuple(s for para in self.paragraphs for s in para)


@dataclass(frozen=True)
class ScoredSentence:
    """A sentence with the score its summariser gave it."""

    text: str
    position: int
    score: float

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form."""
        return {"text": self.text, "position": self.position, "score": round(self.score, 6)}


@dataclass(frozen=True)
class Summary:
    """The chosen sentences in document order, and every sentence's score."""

    algorithm: str
    sentences: tuple[ScoredSentence, ...]
    scores: tuple[float, ...] = ()  # one per body sentence, by position


@dataclass(frozen=True)
class Actor:
    """A person or organisation named in the body."""

    name: str
    kind: ActorKind
    role: str | None = None
    mentions: int = 1
    aliases: tuple[str, ...] = ()
    organisation: str | None = None  # the body a person's role belongs to, when given

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form."""
        return {
            "name": self.name,
            "kind": self.kind,
            "role": self.role,
            "mentions": self.mentions,
            "aliases": list(self.aliases),
            "organisation": self.organisation,
        }


@dataclass(frozen=True)
class Money:
    """An amount of money as written, with its ISO 4217 currency and value."""

    text: str
    currency: str | None
    amount: float | None
    context: str

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form; whole amounts are written as integers."""
        amount: float | int | None = self.amount
        if amount is not None and float(amount).is_integer():
            amount = int(amount)
        return {"text": self.text, "currency": self.currency, "amount": amount,
                "context": self.context}


@dataclass(frozen=True)
class Country:
    """A sovereign state named in the body."""

    name: str
    code: str  # ISO 3166-1 alpha-2 (Kosovo: XK)
    mentions: int

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form."""
        return {"name": self.name, "code": self.code, "mentions": self.mentions}


@dataclass(frozen=True)
class Facts:
    """Key facts of the body."""

    actors: tuple[Actor, ...] = ()
    money: tuple[Money, ...] = ()
    countries: tuple[Country, ...] = ()
    # Countries implied by a nationality word or capital ("French", "Budapest"), counted apart
    # from those named, so `countries` never holds a guess.
    implied_countries: tuple[Country, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form."""
        return {
            "actors": [a.to_dict() for a in self.actors],
            "money": [m.to_dict() for m in self.money],
            "countries": [c.to_dict() for c in self.countries],
            "implied_countries": [c.to_dict() for c in self.implied_countries],
        }


@dataclass(frozen=True)
class Result:
    """Everything newsum found in one input, or the error that stopped it."""

    source: str
    title: str | None = None
    author: str | None = None
    published: str | None = None
    summary: Summary | None = None
    facts: Facts = field(default_factory=Facts)
    body: str = ""
    removed: tuple[RemovedLine, ...] = ()
    document: Document | None = None  # the segmented body, for --explain and --highlight
    error: str | None = None

    @property
    def ok(self) -> bool:
        """True when the input was processed."""
        return self.error is None

    def to_dict(self, explain: bool = False) -> dict[str, Any]:
        """The documented JSON record (see README, "JSON output"); `explain` adds every sentence."""
        summary = self.summary
        record = {
            "schema_version": SCHEMA_VERSION,
            "source": self.source,
            "title": self.title,
            "author": self.author,
            "published": self.published,
            "algorithm": summary.algorithm if summary else None,
            "summary": [s.to_dict() for s in summary.sentences] if summary else [],
            "facts": self.facts.to_dict(),
            "error": self.error,
        }
        if explain:
            record["sentences"] = [s.to_dict() for s in self.explained()]
        return record

    def explained(self) -> list[ExplainedSentence]:
        """Every body sentence with its score and whether the summary chose it."""
        if self.document is None or self.summary is None:
            return []
        chosen = {s.position for s in self.summary.sentences}
        scores = self.summary.scores
        return [
            ExplainedSentence(s.text, s.position,
                              scores[s.position] if s.position < len(scores) else 0.0,
                              s.position in chosen)
            for s in self.document.sentences
        ]


@dataclass(frozen=True)
class ExplainedSentence:
    """One body sentence as `--explain` shows it."""

    text: str
    position: int
    score: float
    chosen: bool

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form."""
        return {"text": self.text, "position": self.position, "score": round(self.score, 6),
                "chosen": self.chosen}
