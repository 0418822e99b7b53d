"""One frozen Settings value with every default, built once per run."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_SENTENCES = 3
DEFAULT_ALGORITHM = "news"
# Names --algorithm accepts; newsum.summarise holds the registry and a test keeps the two equal.
# Listed here so the CLI can offer them without importing sumy.
SUMMARY_ALGORITHMS = (
    "news", "lexrank", "textrank", "lsa", "luhn", "sumbasic", "kl", "edmundson", "lead",
)
# Inputs above this size are refused with a message naming --max-bytes.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Settings:
    """Options that shape the pipeline; a variant is made with dataclasses.replace."""

    sentences: int | None = DEFAULT_SENTENCES
    ratio: float | None = None  # when set, overrides `sentences`
    words: int | None = None  # when set, a word budget for the summary instead of a count
    algorithm: str = DEFAULT_ALGORITHM
    language: str = "english"
    max_bytes: int = DEFAULT_MAX_BYTES
    chrome_rules: tuple[str, ...] = ()  # extra user phrases/patterns, one per entry
    known_chrome: frozenset[str] = frozenset()  # lines learned as chrome from the whole batch
    traceback: bool = False  # re-raise unexpected errors instead of reporting them
