"""The columns every human-readable format shows, defined once for text, Markdown and tables."""

from __future__ import annotations

from newsum.models import Facts, Result, Summary

ACTOR_COLUMNS = ("Name", "Kind", "Role", "Mentions")
MONEY_COLUMNS = ("Amount", "Currency", "Value", "Context")
COUNTRY_COLUMNS = ("Country", "Code", "Mentions")
SUMMARY_COLUMNS = ("#", "Score", "Sentence")
EXPLAIN_COLUMNS = ("#", "Score", "Chosen", "Sentence")
# Context is cut to this many characters in human-readable views; JSON keeps it whole.
CONTEXT_CHARS = 70


def byline(result: Result) -> str:
    """`By AUTHOR · DATE`, leaving out what is unknown."""
    parts = [f"By {result.author}" if result.author else "", result.published or ""]
    return " · ".join(p for p in parts if p)


def summary_rows(summary: Summary | None) -> list[tuple[str, ...]]:
    """One row per chosen sentence: its position in the body (1-based), score and text."""
    if summary is None:
        return []
    return [(str(s.position + 1), f"{s.score:.3f}", s.text) for s in summary.sentences]


def explain_rows(result: Result) -> list[tuple[str, ...]]:
    """One row per body sentence: position (1-based), score, `*` when chosen, text."""
    return [(str(s.position + 1), f"{s.score:.3f}", "*" if s.chosen else "", s.text)
            for s in result.explained()]


def highlighted_paragraphs(result: Result) -> list[list[tuple[str, bool]]]:
    """The body's paragraphs as (sentence, chosen) pairs, for --highlight."""
    if result.document is None:
        return [[(para, False)] for para in result.body.split("\n\n") if para.strip()]
    chosen = {s.position for s in result.summary.sentences} if result.summary else set()
    return [[(s.text, s.position in chosen) for s in para] for para in result.document.paragraphs]


def actor_rows(facts: Facts) -> list[tuple[str, ...]]:
    """One row per actor."""
    return [(_role_name(a.name, a.organisation), a.kind, a.role or "", str(a.mentions))
            for a in facts.actors]


def money_rows(facts: Facts) -> list[tuple[str, ...]]:
    """One row per amount: as written, currency, normalised value, context."""
    return [(m.text, m.currency or "?", format_amount(m.amount), around(m.context, m.text))
            for m in facts.money]


def country_rows(facts: Facts) -> list[tuple[str, ...]]:
    """One row per country."""
    return [(c.name, c.code, str(c.mentions)) for c in facts.countries]


def implied_rows(facts: Facts) -> list[tuple[str, ...]]:
    """One row per country implied by a nationality word or capital."""
    return [(c.name, c.code, str(c.mentions)) for c in facts.implied_countries]


def format_amount(amount: float | None) -> str:
    """12,500,000 or 0.5 — grouped digits, decimals only when there are any."""
    if amount is None:
        return "?"
    if float(amount).is_integer():
        return f"{int(amount):,}"
    return f"{amount:,.2f}"


def shorten(text: str, width: int = CONTEXT_CHARS) -> str:
    """Cut text to `width` characters at a word boundary, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0]
    return cut + "…"


def around(text: str, needle: str, width: int = CONTEXT_CHARS) -> str:
    """A window of `text` about `width` characters wide, centred on `needle` when present."""
    text = " ".join(text.split())
    at = text.find(needle)
    if len(text) <= width or at < 0:
        return shorten(text, width)
    start = max(0, min(at - (width - len(needle)) // 2, len(text) - width))
    window = text[start:start + width]
    if start > 0:
        window = "…" + window.split(" ", 1)[-1]
    if start + width < len(text):
        window = window.rsplit(" ", 1)[0] + "…"
    return window


def _role_name(name: str, organisation: str | None) -> str:
    """The actor's name, with the organisation their role belongs to in brackets."""
    return f"{name} ({organisation})" if organisation else name
