"""Paragraphs and sentences: NLTK's Punkt with parameters this project ships, no NLTK data."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from newsum.models import Document, Sentence

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

# A blank line (possibly holding spaces) separates paragraphs.
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
# Punkt's boundary regexes know only straight quotes, so curly ones are mapped one-to-one
# (same length, so spans still index the original text) before tokenizing.
_STRAIGHT_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"',
                                  "‘": "'", "’": "'", "‚": "'", "‛": "'"})
# A sentence Punkt starts with an all-lower-case word continues the previous one: Punkt splits
# after every "?" or "!" ('"Why?" she asked') and after a period it has no abbreviation for.
_LOWER_START = re.compile(r"[\"'(\[]*[a-z]+\b")
# Punkt runs its regexes under NLTK's 5-second wall-clock guard (nltk.redos), which a paragraph
# of hundreds of thousands of sentences can exceed; longer paragraphs are tokenized in pieces
# cut after a sentence end, which changes nothing for real paragraphs (a few thousand chars).
CHUNK_CHARS = 20_000
# Where Punkt may break at all: sentence-end punctuation followed by a space and a token or by
# one of the characters its own period-context regex accepts. A paragraph with no such place is
# one sentence, found without Punkt's costly word annotation (many news paragraphs are).
_MAY_BREAK = re.compile(r"[.?!](?:[?!)\";}\]*:@'({\[\u2018\u2019\u201c\u201d\xab\xbb]|\s+\S)")


def segment(body: str) -> Document:
    """Split a body into paragraphs of sentences, numbered 0-based across the document."""
    paragraphs: list[tuple[Sentence, ...]] = []
    position = 0
    for text in paragraph_texts(body):
        sentences = split_sentences(text)
        if not sentences:
            continue
        index = len(paragraphs)
        paragraphs.append(tuple(Sentence(s, position + i, index) for i, s in enumerate(sentences)))
        position += len(sentences)
    return Document(tuple(paragraphs))


def paragraph_texts(body: str) -> list[str]:
    """Blocks separated by blank lines, each with its lines joined by single spaces."""
    blocks = (" ".join(block.split()) for block in _PARAGRAPH_BREAK.split(body))
    return [block for block in blocks if block]


def split_sentences(text: str) -> list[str]:
    """Sentences of one paragraph, whitespace-normalised, in order."""
    text = " ".join(text.split())
    tokenizer = _tokenizer()
    pieces: list[tuple[str, bool]] = []  # (sentence, whether a space came before it)
    for chunk in _chunks(text, CHUNK_CHARS):
        straight = chunk.translate(_STRAIGHT_QUOTES)
        if _MAY_BREAK.search(straight) is None:
            pieces.append((chunk.strip(), True))
            continue
        pieces += [(chunk[start:end].strip(), start == 0 or chunk[start - 1] == " ")
                   for start, end in tokenizer.span_tokenize(straight)]
    return _merge_lower_starts(pieces)


def _chunks(text: str, size: int) -> list[str]:
    """Cut text into pieces of at most about `size` characters, after a sentence end if any."""
    pieces = []
    while len(text) > size:
        cut = max(text.rfind(mark, 0, size) for mark in (". ", "? ", "! ")) + 1
        if cut <= 0:  # no sentence end: cut at a space (pieces are later joined by spaces)
            cut = text.rfind(" ", 0, size)
        if cut <= 0:
            cut = text.find(" ", size)
        if cut <= 0:  # one enormous token: keep it whole
            break
        pieces.append(text[:cut])
        text = text[cut:].lstrip()
    return [*pieces, text] if text else pieces


def _merge_lower_starts(pieces: list[tuple[str, bool]]) -> list[str]:
    """Join each sentence that opens with a lower-case word onto the one before it, with the
    space the text had between them, or none ("!(a" stays "!(a")."""
    merged: list[list[str]] = []  # parts of each sentence, joined once at the end (linear)
    for sentence, spaced in pieces:
        if merged and _LOWER_START.match(sentence):
            merged[-1].append(" " + sentence if spaced else sentence)
        elif sentence:
            merged.append([sentence])
    return ["".join(parts) for parts in merged]


@cache
def _tokenizer() -> PunktSentenceTokenizer:
    """Punkt built once from the shipped parameters; never loads or downloads NLTK data."""
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(abbreviations())
    params.sent_starters = set(_word_list("sentence_starters.txt"))
    return PunktSentenceTokenizer(params)


@cache
def abbreviations() -> frozenset[str]:
    """Short forms whose period ends no sentence ("gov", "jan", "inc"), lower case."""
    return frozenset(_word_list("abbreviations.txt"))


def _word_list(name: str) -> list[str]:
    """Words of a package data file: whitespace-separated, `#` comments and blanks ignored."""
    text = (resources.files("newsum") / "data" / name).read_text(encoding="utf-8")
    return [word for line in text.splitlines() for word in line.split("#", 1)[0].split()]
