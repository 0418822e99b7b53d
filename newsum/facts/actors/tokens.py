"""Words of a sentence and the capitalised runs that may be names."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from newsum.facts.actors.vocabulary import _CONNECTORS, _INITIAL_GAP, _POSSESSIVE, _TOKEN, _words


class _Token(NamedTuple):
    """A word of a sentence; `possessive` when "'s" was stripped from it."""

    # a named tuple, not a dataclass: thousands are made per article and tuples build fastest
    text: str
    start: int
    end: int
    possessive: bool
    plural_possessive: bool  # "Critics'": may go on into a name ("Critics' Circle")
    capitalised: bool  # starts with a capital letter



def _tokens(sentence: str) -> list[_Token]:
    """The words of a sentence, possessives stripped."""
    # tuple.__new__ skips the named tuple's Python-level constructor: a sentence has dozens
    # of tokens and this is the facts stage's busiest loop
    new, out = tuple.__new__, []
    if "'" not in sentence and "’" not in sentence:  # no possessive anywhere: plain words
        for m in _TOKEN.finditer(sentence):
            text, start = m[0], m.start()
            out.append(new(_Token, (text, start, start + len(text), False, False,
                                    text[0].isupper())))
        return out
    for m in _TOKEN.finditer(sentence):
        text, start = m[0], m.start()
        # the regex stops before a final apostrophe: "Critics'" is a plural possessive
        plural = text[-1] == "s" and sentence[m.end(): m.end() + 1] in ("'", "’")
        stripped = text
        if len(text) > 2 and ("'" in text or "’" in text):
            stripped = _POSSESSIVE.sub("", text) or text
        out.append(new(_Token, (stripped, start, start + len(stripped),
                                stripped != text or plural, plural, stripped[0].isupper())))
    return out



def _joins(prev: _Token, tok: _Token, sentence: str) -> bool:
    """Whether tok continues the capitalised run that prev ends."""
    gap = sentence[prev.end: tok.start]
    if prev.possessive:
        if not prev.plural_possessive:  # "Brookvale Children's Hospice", "Women's Institute"
            return gap in ("'s ", "’s ") and _words().has("suffix", tok.text)
        # only into a body's name: "Critics' Circle", "Workers' Educational Association"; not
        # "Marsdens' Magpies" or "The History Boys' Samuel Barnett"
        return tok.capitalised and gap in ("' ", "’ ") and _body_name_ahead(sentence, tok.start)
    if gap == " ":
        return tok.capitalised or tok.text in _CONNECTORS
    if gap == " & ":
        return tok.capitalised  # "Harwood & Vane", "Standard & Poor's"
    initial = len(prev.text) == 1 or _words().has("honorific", prev.text)
    return initial and tok.capitalised and _INITIAL_GAP.fullmatch(gap) is not None



_CAPITALISED_AHEAD = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}")



def _body_name_ahead(sentence: str, pos: int) -> bool:
    """Whether the capitalised words from pos on hold a body's or a place's last word
    ("Workers' Educational Association", "Brussels' Coudenberg Cellars")."""
    m = _CAPITALISED_AHEAD.match(sentence, pos)
    w = _words()
    return m is not None and any(
        w.has("suffix", word) or w.has("place-suffix", word)
        for word in (_POSSESSIVE.sub("", x) for x in m.group().split()))



def _runs(tokens: Sequence[_Token], sentence: str) -> Iterator[list[int]]:
    """Index lists of capitalised runs; connectors only inside, between capitalised words."""
    run: list[int] = []
    for i, tok in enumerate(tokens):
        if run and _joins(tokens[run[-1]], tok, sentence):
            run.append(i)
            continue
        if run:
            yield from _trimmed(run, tokens, sentence)
        run = [i] if tok.capitalised else []
    if run:
        yield from _trimmed(run, tokens, sentence)



def _never_name(tok: _Token) -> bool:
    """A word that splits a capitalised run: an opener, a month, or "Berlin-based"."""
    return tok.text in _words().sections["not-name"] or tok.text.endswith("-based")



def _trimmed(run: list[int], tokens: Sequence[_Token], sentence: str) -> Iterator[list[int]]:
    """The run split at never-a-name words, connectors trimmed from both ends."""
    w = _words()
    lead = next((k for k, i in enumerate(run) if not _never_name(tokens[i])), 0)
    if lead == 0 and run[0] == 0 and len(run) > 1 and _opening_verb(tokens[0]):
        lead = 1
    # a known organisation with such a word inside stays whole ("Reporters Without Borders"),
    # or at its start ("the Sunday Times")
    for k in range(lead + 1):
        if len(run) - k > 1 and sentence[tokens[run[k]].start: tokens[run[-1]].end] in (
                w.known_orgs):
            yield run[k:]
            return
    run = run[lead:]
    piece: list[int] = []
    for i in [*run, -1]:
        if i != -1 and not _never_name(tokens[i]):
            piece.append(i)
            continue
        if i == -1 or tokens[i].text != "The" or i == 0 or not tokens[i - 1].capitalised:
            yield from _without_end_connectors(piece, tokens)
        piece = []  # "Comedy Meet The Fockers": words before a capitalised "The" name a title



def _opening_verb(tok: _Token) -> bool:
    """A sentence's first word that is a verb or participle, capitalised only by its place:
    "Said Northland coach X", "Suspended Ruritanian hurdler X", "Sacked Tory MP X"."""
    w, word = _words(), tok.text
    if word in w.known_orgs or word in w.first_names or w.has("suffix", word):
        return False  # "United boss X", "Ahmed Khan"
    lowered = word.lower()
    return lowered in w.sections["inverted"] or len(word) > 4 and lowered.endswith("ed")



def _without_end_connectors(piece: list[int], tokens: Sequence[_Token]) -> Iterator[list[int]]:
    """The piece without connectors at either end, if anything is left."""
    first = next((k for k, i in enumerate(piece) if tokens[i].text not in _CONNECTORS), None)
    if first is None:
        return
    last = next(k for k in range(len(piece) - 1, -1, -1)
                if tokens[piece[k]].text not in _CONNECTORS)
    yield piece[first: last + 1]



def _spaced(tokens: Sequence[_Token], start: int, stop: int, sentence: str) -> bool:
    """Tokens start..stop are separated by single spaces."""
    # the last gap may follow a possessive: "the Guardian's literary editor"
    return all(sentence[tokens[i].end: tokens[i + 1].start] == " " and not tokens[i].possessive
               or (i == stop - 1 and tokens[i].possessive
                   and sentence[tokens[i].end: tokens[i + 1].start].endswith(" "))
               for i in range(start, stop))
