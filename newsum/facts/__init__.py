"""Key facts of an article body: the actors, amounts of money and countries it names."""

from __future__ import annotations

from collections.abc import Sequence

from newsum.facts.actors import find_actors
from newsum.facts.countries import find_countries, find_implied_countries
from newsum.facts.money import find_money
from newsum.models import Facts

__all__ = ["extract_facts", "find_actors", "find_countries", "find_implied_countries",
           "find_money"]


def extract_facts(sentences: Sequence[str]) -> Facts:
    """Actors, money and countries of the body's sentences, given in document order."""
    return Facts(actors=tuple(find_actors(sentences)), money=tuple(find_money(sentences)),
                 countries=tuple(find_countries(sentences)),
                 implied_countries=tuple(find_implied_countries(sentences)))
