"""One sentence as tokens, and the mentions and actor groups found in it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsum.facts.actors.tokens import _tokens
from newsum.models import ActorKind


@dataclass
class _Mention:
    """One mention of an actor, before mentions merge."""

    # "person", "organisation", "bare" (unclassified: maybe a surname, maybe a body) or "part"
    # (the first words of a longer body's name: "Food" in "Food and Agriculture Organisation")
    kind: str
    name: str
    surface: str
    order: int
    role: str | None = None
    organisation: str | None = None
    honorific: str | None = None
    group: _Group | None = None  # the actor it was merged into
    acronym: str | None = None  # "(FAO)" right after an organisation's name
    lead: bool = False  # the sentence's first words: its grammatical subject, as a rule
    weak: bool = False  # a person only by a speech verb ("Pernod said"): a body may say too
    org_hint: bool = False  # a weak sign of a body ("Berlin-based Payvale"), used if no person
    person_hint: bool = False  # one bare word said to speak or after a role ("said Ferdinand")
    pos: int = -1  # char offset in its sentence
    end: int = -1  # char offset of its end, when the mention is a whole segment
    possessive: bool = False  # written with "'s"
    owner: bool = False  # named as the owner of a role ("Balco boss X"): a body, unless a person's
    listed: tuple[int, int] | None = None  # (sentence, first item) of a list of one-word names



@dataclass
class _Group:
    """Mentions merged into one actor."""

    name: str
    kind: ActorKind
    order: int
    mentions: int = 0
    role: str | None = None
    organisation: str | None = None
    aliases: list[str] = field(default_factory=list)
    absorbed_by: _Group | None = None  # set when merged into a longer name



class _Sentence:
    """One sentence's tokens and the mentions found in it so far."""

    def __init__(self, text: str, order: int, football: bool = False) -> None:
        self.text = " ".join(text.split())  # a line break inside a sentence is a space
        self.football = football  # the article is about football: towns may name clubs
        self.tokens = _tokens(self.text)
        self.order = order
        self.by_last: dict[int, _Mention] = {}  # last token index of a segment -> its mention
        self.appositive_roles: set[int] = set()  # char offsets of "the <role>" used by a name
        self.list_roles: dict[int, tuple[str, str | None]] = {}  # last token -> plural role
        self.skip: set[int] = set()  # char offsets of acronyms given in brackets
        self.owners: set[int] = set()  # char offsets of names an appositive made organisations

    def span(self, first: int, last: int) -> str:
        """The sentence text from token `first` to token `last`, inclusive."""
        return self.text[self.tokens[first].start: self.tokens[last].end]



def _plain_gap(s: _Sentence, a: int, b: int) -> bool:
    """Tokens a and b are neighbours in a phrase: one space, or a plural possessive between."""
    gap = s.text[s.tokens[a].end: s.tokens[b].start]
    if s.tokens[a].plural_possessive:
        return gap in ("' ", "’ ")
    return gap == " " and not s.tokens[a].possessive



def _token_starting(s: _Sentence, pos: int, first: int) -> int | None:
    """The index of the token that starts at char offset pos, looking from token `first`."""
    for i in range(first, min(first + 6, len(s.tokens))):
        if s.tokens[i].start == pos:
            return i
        if s.tokens[i].start > pos:
            return None
    return None



_THE_BEFORE = re.compile(r"\b[Tt]he $")



def _after_the(s: _Sentence, pos: int) -> bool:
    """A name right after "the" is a title or a thing, not a person ("The Night Season")."""
    return _THE_BEFORE.search(s.text, max(0, pos - 4), pos) is not None



def _final(group: _Group | None) -> _Group | None:
    """The group a mention's group was merged into, if it was."""
    while group is not None and group.absorbed_by is not None:
        group = group.absorbed_by
    return group
