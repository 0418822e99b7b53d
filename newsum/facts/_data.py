"""Package data for the fact finders: read once from newsum/data, comments and blanks dropped."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def data_lines(name: str) -> tuple[str, ...]:
    """Non-blank, non-comment lines of a data file, right-stripped, in file order."""
    text = (resources.files("newsum") / "data" / name).read_text(encoding="utf-8")
    lines = (line.rstrip() for line in text.splitlines())
    return tuple(line for line in lines if line.strip() and not line.lstrip().startswith("#"))


@cache
def data_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Tab-separated rows of a data file."""
    return tuple(tuple(line.split("\t")) for line in data_lines(name))


@cache
def data_words(name: str) -> frozenset[str]:
    """Whitespace-separated words of a data file (several per line allowed)."""
    return frozenset(word for line in data_lines(name) for word in line.split())


@cache
def data_sections(name: str) -> dict[str, tuple[str, ...]]:
    """The lines under each "[section]" line of a data file."""
    out: dict[str, list[str]] = {}
    current = ""
    for line in data_lines(name):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
        else:
            out.setdefault(current, []).append(line.strip())
    return {section: tuple(lines) for section, lines in out.items()}


@cache
def data_section(name: str, section: str) -> frozenset[str]:
    """Whitespace-separated words under a "[section]" line of a data file."""
    return frozenset(w for line in data_sections(name).get(section, ()) for w in line.split())
