"""Key facts of an article body: the actors, amounts of money and countries it names."""

from __future__ import annotations

from collections.abc import Sequence

from newsum.facts.actors import find_actors
from newsum.facts.countries import find_countries, find_implied_countries
from newsum.facts.money import find_money
from newsum.models import Facts

__all__ = ["extract_facts", "find_actors", "find_countries", "find_implied_countries",
           "find_money"]


# Facts are taken from the first this-many sentences only. News articles have a few hundred at
# most (the longest body in ../shared/data has 733); the cap keeps time and memory bounded for a
# multi-megabyte input, where the actor finder's per-mention records would otherwise grow to GBs.
MAX_FACT_SENTENCES = 3000


def extract_facts(sentences: Sequence[str]) -> Facts:
    """Actors, money and countries of the body's sentences, given in document order."""
    sentences = sentences[:MAX_FACT_SENTENCES]
    return Facts(actors=tuple(find_actors(sentences)), money=tuple(find_money(sentences)),
                 countries=tuple(find_countries(sentences)),
                 implied_countries=tuple(find_implied_countries(sentences)))
