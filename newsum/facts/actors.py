"""People and organisations named in the body, found by rules rather than a statistical model.

Each sentence becomes tokens; runs of capitalised tokens (joined by "of", "de", "van" ...) are
split at words that are never names ("The", "Monday") and each piece is classified:

1. a country, a place or a thing (runs ending "Street", "Award", "Bill" ...) is skipped;
2. a known organisation, or a run ending in an organisation word ("Command", "Council"), or
   starting "<Bank|Ministry|...> of", is an organisation ("(FAO)" after it is an alias);
3. a role before a name ("Home Secretary Yvette Cooper"), an honorific ("Sir Keir"), a known
   given name ("Yvette Cooper"), a speech verb ("Wang Yi said") or a description ("Jane Doe,
   45,") makes a person.

A role may also come in lower case before the run ("Tesco chief executive Sir Terry Leahy", with
its organisation), as an appositive after it ("Yvette Cooper, the home secretary,"), or from a
plural before a list ("authors A and B"). Mentions then merge: "Sir Keir", "Starmer" and "Sir
Keir Starmer" all count for "Keir Starmer"; "the Prime Minister" counts for the one person
holding that role, and a sentence opening "The Prime Minister will ..." followed by one opening
with a person gives that person the role. Data: data/actor_words.txt, data/organisations.txt,
data/first_names.txt. Everything is linear in the input.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache

from newsum.facts._data import data_sections, data_words
from newsum.facts.countries import is_country_name
from newsum.models import Actor, ActorKind

MAX_ROLE_WORDS = 7  # longest role phrase in data/actor_words.txt (5 words) and 2 modifiers
MAX_NAME_WORDS = 4  # a person's name longer than this is more likely a headline fragment
MAX_ORG_WORDS = 8  # the same for organisations ("Commons Science and Technology Committee")

_TOKEN = re.compile(r"[^\W\d_](?:[\w'’-]{0,60}\w)?")  # bounded: a 60-char word is not a name
_POSSESSIVE = re.compile(r"['’]s?$")
_CONNECTORS = frozenset({"of", "for", "the", "de", "da", "di", "du", "van", "von", "der", "den",
                         "le", "la", "al", "bin", "del", "dos", "&"})
_NOT_IN_NAMES = frozenset({"of", "for", "the"})
_NOT_OWNER_ROLES = frozenset({"head"})  # "head of Distribution" names a department
_OWNER_WORDS = frozenset({"for", "of", "at", "from", "by", "with"})
_INITIAL_GAP = re.compile(r"\.?\s")  # "Mr. Smith", "George W. Bush"
_NOT_A_NAME_WORD = re.compile(r"[A-Z]{2,}s|[^\W\d_]+-[a-z]{3,}")  # "MEPs", "London-based"
# "Jane Doe, 45," and "Jane Doe, who ..." describe a person
_DESCRIBED = re.compile(r", (?:\d{1,3},|who\b|whose\b)")
_PAREN_ACRONYM = re.compile(r" ?\(([A-Z][A-Za-z&]{1,9})\)")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,5}")
_DEMONYM_ENDINGS = ("ish", "ian", "ese")


@dataclass(frozen=True)
class _Token:
    """A word of a sentence; `possessive` when "'s" was stripped from it."""

    text: str
    start: int
    end: int
    possessive: bool
    plural_possessive: bool = False  # "Critics'": may go on into a name ("Critics' Circle")

    @property
    def capitalised(self) -> bool:
        """Starts with a capital letter."""
        return self.text[0].isupper()


@dataclass
class _Mention:
    """One mention of an actor, before mentions merge."""

    kind: str  # "person", "organisation" or "bare" (unclassified: maybe a surname, maybe a body)
    name: str
    surface: str
    order: int
    role: str | None = None
    organisation: str | None = None
    honorific: str | None = None
    group: _Group | None = None  # the actor it was merged into
    acronym: str | None = None  # "(FAO)" right after an organisation's name
    lead: bool = False  # the sentence's first words: its grammatical subject, as a rule


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


@dataclass(frozen=True)
class _Words:
    """The word lists of data/actor_words.txt and data/organisations.txt."""

    sections: dict[str, frozenset[str]]
    roles: frozenset[str]
    known_orgs: frozenset[str]
    first_names: frozenset[str]

    def has(self, section: str, word: str) -> bool:
        """Whether the word is in the named section."""
        return word in self.sections.get(section, frozenset())


@cache
def _words() -> _Words:
    """Load the actor word lists once."""
    actor, orgs = data_sections("actor_words.txt"), data_sections("organisations.txt")
    words = {**actor, **{k: orgs[k] for k in ("suffix", "head", "first", "org-cue")}}
    sections = {k: frozenset(w for line in v for w in line.split()) for k, v in words.items()}
    return _Words(sections, frozenset(actor["role"]), frozenset(orgs["known"]),
                  data_words("first_names.txt"))


def _tokens(sentence: str) -> list[_Token]:
    """The words of a sentence, possessives stripped."""
    out = []
    for m in _TOKEN.finditer(sentence):
        text = m.group()
        # the regex stops before a final apostrophe: "Critics'" is a plural possessive
        plural = text.endswith("s") and sentence[m.end(): m.end() + 1] in ("'", "’")
        stripped = (_POSSESSIVE.sub("", text) if len(text) > 2 else text) or text
        out.append(_Token(stripped, m.start(), m.start() + len(stripped),
                          stripped != text or plural, plural))
    return out


def _joins(prev: _Token, tok: _Token, sentence: str) -> bool:
    """Whether tok continues the capitalised run that prev ends."""
    gap = sentence[prev.end: tok.start]
    if prev.possessive:
        return prev.plural_possessive and tok.capitalised and gap in ("' ", "’ ")
    if gap == " ":
        return tok.capitalised or tok.text in _CONNECTORS
    initial = len(prev.text) == 1 or _words().has("honorific", prev.text)
    return initial and tok.capitalised and _INITIAL_GAP.fullmatch(gap) is not None


def _runs(tokens: Sequence[_Token], sentence: str) -> Iterator[list[int]]:
    """Index lists of capitalised runs; connectors only inside, between capitalised words."""
    run: list[int] = []
    for i, tok in enumerate(tokens):
        if run and _joins(tokens[run[-1]], tok, sentence):
            run.append(i)
            continue
        yield from _trimmed(run, tokens, sentence)
        run = [i] if tok.capitalised else []
    yield from _trimmed(run, tokens, sentence)


def _trimmed(run: list[int], tokens: Sequence[_Token], sentence: str) -> Iterator[list[int]]:
    """The run split at never-a-name words, connectors trimmed from both ends."""
    w = _words()
    lead = next((k for k, i in enumerate(run) if not w.has("not-name", tokens[i].text)), 0)
    run = run[lead:]
    # a known organisation with such a word inside stays whole ("Reporters Without Borders")
    if len(run) > 1 and sentence[tokens[run[0]].start: tokens[run[-1]].end] in w.known_orgs:
        yield run
        return
    piece: list[int] = []
    for i in [*run, -1]:
        if i != -1 and not w.has("not-name", tokens[i].text):
            piece.append(i)
            continue
        yield from _without_end_connectors(piece, tokens)
        piece = []


def _without_end_connectors(piece: list[int], tokens: Sequence[_Token]) -> Iterator[list[int]]:
    """The piece without connectors at either end, if anything is left."""
    first = next((k for k, i in enumerate(piece) if tokens[i].text not in _CONNECTORS), None)
    if first is None:
        return
    last = next(k for k in range(len(piece) - 1, -1, -1)
                if tokens[piece[k]].text not in _CONNECTORS)
    yield piece[first: last + 1]


def _title(role: str) -> str:
    """A role in title case, small words kept low: "Secretary of State"."""
    return " ".join(w if w in ("of", "the", "and", "for") else w[:1].upper() + w[1:]
                    for w in role.lower().split())


def _role_key(span: Sequence[_Token]) -> str | None:
    """The role the tokens name, singular ("playwrights": "playwright"), or None."""
    # modifiers such as "shadow" or "former" may come in front
    words = [t.text.lower() for t in span]
    while len(words) > 1 and _words().has("role-modifier", words[0]):
        words.pop(0)
    if len(words) == 2 and _words().has("portfolio", words[0]) and _words().has(
            "portfolio-role", words[1]):
        return " ".join(words)  # "commerce minister", "trade commissioner"
    phrase = " ".join(words)
    if phrase in _words().roles:
        return phrase
    return phrase[:-1] if phrase.endswith("s") and phrase[:-1] in _words().roles else None


def _is_role(span: Sequence[_Token]) -> bool:
    """Whether the tokens are a role."""
    return _role_key(span) is not None


def _role_at(tokens: Sequence[_Token], start: int, stop: int) -> int:
    """Length in tokens of the longest role phrase starting at `start` (0 if none)."""
    for n in range(min(MAX_ROLE_WORDS, stop - start), 0, -1):
        if _is_role(tokens[start: start + n]):
            return n
    return 0


def _role_before(tokens: Sequence[_Token], first: int, sentence: str) -> tuple[int, int]:
    """(start, length) of a lower-case role phrase right before token `first`, or (first, 0)."""
    for n in range(min(MAX_ROLE_WORDS, first), 0, -1):
        start = first - n
        span = tokens[start: first]
        # lower case, except a sentence's first word or a modifier ("Shadow home secretary")
        opener = start == 0 or _words().has("role-modifier", span[0].text.lower())
        if (span[0].capitalised and not opener) or not _spaced(tokens, start, first, sentence):
            continue
        if _is_role(span):
            return start, n
    return first, 0


def _spaced(tokens: Sequence[_Token], start: int, stop: int, sentence: str) -> bool:
    """Tokens start..stop are separated by single spaces."""
    # the last gap may follow a possessive: "the Guardian's literary editor"
    return all(sentence[tokens[i].end: tokens[i + 1].start] == " " and not tokens[i].possessive
               or (i == stop - 1 and tokens[i].possessive
                   and sentence[tokens[i].end: tokens[i + 1].start].endswith(" "))
               for i in range(start, stop))


class _Sentence:
    """One sentence's tokens and the mentions found in it so far."""

    def __init__(self, text: str, order: int) -> None:
        self.text = " ".join(text.split())  # a line break inside a sentence is a space
        self.tokens = _tokens(text)
        self.order = order
        self.by_last: dict[int, _Mention] = {}  # last token index of a segment -> its mention
        self.appositive_roles: set[int] = set()  # char offsets of "the <role>" used by a name
        self.list_roles: dict[int, tuple[str, str | None]] = {}  # last token -> plural role
        self.skip: set[int] = set()  # char offsets of acronyms given in brackets

    def span(self, first: int, last: int) -> str:
        """The sentence text from token `first` to token `last`, inclusive."""
        return self.text[self.tokens[first].start: self.tokens[last].end]


def _is_org_name(toks: Sequence[_Token], text: str) -> bool:
    """A known organisation, or one by its last word or its head ("Bank of ...")."""
    w = _words()
    if text in w.known_orgs or len(toks) > MAX_ORG_WORDS:
        return text in w.known_orgs
    if len(toks) >= 2 and (w.has("suffix", toks[-1].text) or w.has("first", toks[0].text)):
        return True  # "Border Security Command", "Sporting Lisbon"
    return len(toks) >= 3 and w.has("head", toks[0].text) and toks[1].text in ("of", "for")


def _org_owner(text: str) -> str | None:
    """The organisation named before a role, unless it is a country or a nationality."""
    if is_country_name(text) or _words().has("demonym", text):
        return None
    return None if text.endswith(_DEMONYM_ENDINGS) and " " not in text else text


def _name_like(s: _Sentence, first: int, last: int) -> bool:
    """Tokens first..last could be a person's name: few words, none an organisation word."""
    toks = s.tokens[first: last + 1]
    if not toks or len(toks) > MAX_NAME_WORDS or not (toks[0].capitalised
                                                      and toks[-1].capitalised):
        return False
    w = _words()
    if any(_NOT_A_NAME_WORD.fullmatch(t.text) for t in toks):
        return False  # "Polish MEPs", "London-based Levy"
    if len(toks) > 1 and w.has("place-start", toks[0].text):
        return False  # "New Delhi", "North Yorkshire"
    return not (w.has("suffix", toks[-1].text) or w.has("place-suffix", toks[-1].text)
                or _is_place(toks[-1].text) or is_country_name(s.span(first, last)))


def _is_place(text: str) -> bool:
    """A country, or a place in the not-actor list ("England", "London")."""
    return is_country_name(text) or _words().has("not-actor", text)


def _person(s: _Sentence, first: int, last: int, role: str | None,
            org: str | None) -> _Mention | None:
    """A person mention from tokens first..last, an honorific at the front stripped."""
    honorific = None
    start = first
    while start < last and _words().has("honorific", s.tokens[start].text):  # "Rt Rev Dr"
        honorific = honorific or s.tokens[start].text
        start += 1
    # names take "de" and "van" but not "of": "Cara Diemont of IT Firm" is Cara Diemont
    cut = next((i for i in range(start, last + 1) if s.tokens[i].text in _NOT_IN_NAMES), None)
    last = last if cut is None else cut - 1
    peer = start == last and _words().has("peer", honorific or "")
    if not (_name_like(s, start, last) or (peer and s.tokens[last].capitalised)):
        return None  # a peer may be named by a place: "Baroness Scotland"
    return _Mention("person", s.span(start, last), s.span(first, last), s.order, role, org,
                    honorific)


def _from_role_prefix(s: _Sentence, seg: list[int]) -> list[_Mention]:
    """"Home Secretary Yvette Cooper", "Nato Secretary General Mark Rutte": role, then name."""
    for offset in range(min(4, len(seg) - 1)):
        n = _role_at(s.tokens, seg[offset], seg[-1])
        if n == 0 or offset + n >= len(seg):
            continue
        role, plural = _role_text(s, seg[offset], n)
        owner = _org_owner(s.span(seg[0], seg[offset - 1])) if offset else None
        person = _person(s, seg[offset + n], seg[-1], role, owner)
        if person is not None:
            if plural:
                s.list_roles[seg[-1]] = (role, owner)
            org = [_Mention("organisation", owner, owner, s.order)] if owner else []
            return [*org, person]
    return []


def _appositive(s: _Sentence, last: int) -> tuple[str, str | None] | None:
    """", the home secretary," or ", Tesco's chief executive," after a name: (role, org)."""
    toks, i = s.tokens, last + 1
    if i >= len(toks) or s.text[toks[last].end: toks[i].start] != ", ":
        return None
    if toks[i].text.lower() in ("the", "a", "an", "its", "their"):
        i += 1
    org_end = i
    while org_end < len(toks) and toks[org_end].capitalised and not _role_at(toks, org_end,
                                                                            len(toks)):
        org_end += 1
    n = _role_at(toks, org_end, len(toks))
    if n == 0 or (org_end > i and not _spaced(toks, i, org_end, s.text)):
        return None
    after = org_end + n
    if after < len(toks) and not s.text[toks[after - 1].end: toks[after].start].strip() and (
            toks[after].text not in ("of", "at", "for", "in")):
        return None  # not closed: ", the Bishop said" or ", director Sir Richard Eyre"
    s.appositive_roles.add(toks[org_end].start)
    owner = _org_owner(s.span(i, org_end - 1)) if org_end > i else _role_of(s, org_end + n)
    return _title(s.span(org_end, org_end + n - 1)), owner


def _role_of(s: _Sentence, i: int) -> str | None:
    """", chairman of Tesco," : the capitalised run after "of"/"at" following a role."""
    toks = s.tokens
    if i + 1 >= len(toks) or toks[i].text not in ("of", "at") or not toks[i + 1].capitalised:
        return None
    end = i + 1
    while end + 1 < len(toks) and _joins(toks[end], toks[end + 1], s.text) and (
            toks[end + 1].capitalised or toks[end + 1].text in ("of", "for")):
        end += 1
    return _org_owner(s.span(i + 1, end))


def _role_text(s: _Sentence, start: int, n: int) -> tuple[str, bool]:
    """The role written at tokens start..start+n-1 in title case, singular, and if plural."""
    written = s.span(start, start + n - 1)
    if written.lower().endswith(_role_key(s.tokens[start: start + n]) or ""):
        return _title(written), False
    return _title(written[:-1]), True  # "playwrights A, B and C" are each a playwright


def _lower_role(s: _Sentence, seg: list[int]) -> tuple[str, str | None] | None:
    """"Tesco chief executive Sir Terry Leahy": a lower-case role (and its owner) before."""
    start, n = _role_before(s.tokens, seg[0], s.text)
    if n == 0:
        return _listed_role(s, seg[0])
    role, plural = _role_text(s, start, n)
    if plural:
        s.list_roles[seg[-1]] = (role, None)
    owner_mention = s.by_last.get(start - 1)
    if owner_mention is None or not _spaced(s.tokens, start - 1, start, s.text):
        return role, None
    owner = _org_owner(owner_mention.name)
    if owner is not None and owner_mention.kind == "bare":
        owner_mention.kind = "organisation"  # "Tesco" in "Tesco chief executive ..." is a body
    return role, owner if owner_mention.kind == "organisation" else None


def _listed_role(s: _Sentence, first: int) -> tuple[str, str | None] | None:
    """The plural role of a list the name continues: "authors Jenny Colgan and Amanda Craig"."""
    toks = s.tokens
    if first >= 2 and toks[first - 1].text == "and":
        previous = first - 2
    elif first >= 1 and s.text[toks[first - 1].end: toks[first].start] == ", ":
        previous = first - 1
    else:
        return None
    return s.list_roles.get(previous)


def _speaks(s: _Sentence, seg: list[int]) -> bool:
    """A speech verb right after the name, or "according to"/"said" right before it."""
    w, toks = _words(), s.tokens
    if seg[0] > 0 and toks[seg[0] - 1].text in _OWNER_WORDS:
        return False  # "a spokeswoman for Human Rights Watch said": the body, not the speaker
    after = seg[-1] + 1
    # "Cooper said", not "..., founder of Media Labs, says": that comma ends an appositive
    if (after < len(toks) and w.has("attribution", toks[after].text)
            and s.text[toks[seg[-1]].end: toks[after].start] == " "):
        return True
    before = [t.text.lower() for t in toks[max(0, seg[0] - 2): seg[0]]]
    return before == ["according", "to"] or (bool(before) and w.has("inverted", before[-1]))


def _follows_role_of(s: _Sentence, first: int) -> bool:
    """The segment follows "<role> of/for/at": "chairman of Acme", "a spokesman for Acme"."""
    toks = s.tokens
    if first < 2 or toks[first - 1].text not in ("of", "for", "at"):
        return False
    # "for" only after a spokesperson: "best actress for Suddenly Last Summer" is a play
    allowed = _words().sections["owner-role-for"] if toks[first - 1].text == "for" else None
    for n in range(1, min(MAX_ROLE_WORDS, first - 1) + 1):
        key = _role_key(toks[first - 1 - n: first - 1])
        if key and not toks[first - 1 - n].capitalised and key not in _NOT_OWNER_ROLES:
            return allowed is None or key in allowed
    return False


def _with_context_role(s: _Sentence, seg: list[int], mention: _Mention) -> _Mention:
    """Add a role from an appositive or a lower-case phrase before the name, if any."""
    found = _appositive(s, seg[-1]) or _lower_role(s, seg)
    if found is not None and mention.role is None:
        mention.role, mention.organisation = found
        if _listed_role(s, seg[0]) == found:
            s.list_roles[seg[-1]] = found  # pass the list's role on to its next name
    return mention


def _name_part(s: _Sentence, seg: list[int]) -> list[int]:
    """The segment up to "of"/"for", without a nationality in front ("American Alan Webb")."""
    # "Simon McBurney for Measure for Measure" is Simon McBurney
    cut = next((k for k, i in enumerate(seg) if s.tokens[i].text in _NOT_IN_NAMES), len(seg))
    seg = seg[:cut]
    if len(seg) > 1 and _words().has("demonym", s.tokens[seg[0]].text):
        seg = seg[1:]
    return seg


def _plain_person(s: _Sentence, seg: list[int]) -> _Mention | None:
    """A person by honorific, given name, context role or speech verb; else None."""
    seg = _name_part(s, seg)
    if not seg:
        return None
    w, first = _words(), s.tokens[seg[0]].text
    titled = w.has("honorific", first) and len(seg) > 1
    named = first in w.first_names and 2 <= len(seg) <= MAX_NAME_WORDS
    # a role before one bare word is too weak: "market leader Diageo" is a company
    role_before = (titled or len(seg) > 1) and _role_before(s.tokens, seg[0], s.text)[1] > 0
    in_context = role_before or _appositive(s, seg[-1]) is not None
    described = len(seg) >= 2 and _DESCRIBED.match(s.text, s.tokens[seg[-1]].end) is not None
    if titled or named or in_context or described or (len(seg) >= 2 and _speaks(s, seg)):
        person = _person(s, seg[0], seg[-1], None, None)
        return None if person is None else _with_context_role(s, seg, person)
    return None


def _with_acronym(s: _Sentence, last: int, mention: _Mention) -> _Mention:
    """Note "(FAO)" after an organisation's name: an alias, and no mention of its own."""
    m = _PAREN_ACRONYM.match(s.text, s.tokens[last].end)
    if m is not None:
        mention.acronym = m.group(1)
        s.skip.add(m.start(1))
    return mention


def _without_lead_in(toks: Sequence[_Token], seg: list[int]) -> list[int]:
    """Drop "Members of" from "Members of Severn Vale District Council"."""
    w = _words()
    if len(seg) > 3 and toks[1].text == "of" and not (w.has("head", toks[0].text)
                                                      or w.has("suffix", toks[0].text)):
        return seg[2:]
    return seg


def _and_start(s: _Sentence, first: int) -> int:
    """Where an organisation's name starts when "<Capitalised...> and" runs into it."""
    toks = s.tokens
    if first < 2 or toks[first - 1].text != "and" or not toks[first - 2].capitalised:
        return first
    if not _spaced(toks, first - 2, first, s.text) or _words().has("suffix", toks[first - 2].text):
        return first  # "Marés Capital and Oakhurst Partners" are two bodies
    start = first - 2
    while (start > 0 and toks[start - 1].capitalised and _joins(toks[start - 1], toks[start],
                                                                s.text)
           and not _words().has("not-name", toks[start - 1].text)):
        start -= 1
    return start


def _org_cue_before(s: _Sentence, first: int) -> bool:
    """A lower-case noun naming a kind of body right before: "drinks firm Allied Domecq"."""
    if first == 0:
        return False
    cue = s.tokens[first - 1]
    return (not cue.capitalised and _words().has("org-cue", cue.text.lower())
            and s.text[cue.end: s.tokens[first].start] == " ")


def _classify(s: _Sentence, seg: list[int]) -> list[_Mention]:
    """The mentions one capitalised segment makes (none, one, or an organisation and a person)."""
    toks = s.tokens[seg[0]: seg[-1] + 1]
    text = s.span(seg[0], seg[-1])
    if _is_place(text) or _role_at(s.tokens, seg[0], seg[-1] + 1) == len(seg):
        return []  # a country, or a role on its own ("the Prime Minister": counted later)
    if text in _words().known_orgs:
        return [_Mention("organisation", text, text, s.order)]
    mentions = _from_role_prefix(s, seg)
    if mentions:
        return mentions
    if _org_cue_before(s, seg[0]) and not _words().has("honorific", toks[0].text):
        return [_Mention("organisation", text, text, s.order)]  # "bookmaker William Hill"
    if _words().has("place-suffix", toks[-1].text):
        return []  # "Victoria Station", "Parliament Act"
    if _is_org_name(toks, text):
        seg = _without_lead_in(toks, seg)
        full = s.span(_and_start(s, seg[0]), seg[-1])  # "Food and Agriculture Organisation"
        return [_with_acronym(s, seg[-1], _Mention("organisation", full, full, s.order))]
    first = toks[0].text
    if len(seg) <= MAX_NAME_WORDS and first.isupper() and first in _words().known_orgs:
        return [_Mention("organisation", text, text, s.order)]  # "BBC Radio Four"
    person = _plain_person(s, seg)
    if person is not None:
        return [person]
    if _follows_role_of(s, seg[0]):
        return [_Mention("organisation", text, text, s.order)]  # "a spokesman for Acme"
    if len(seg) == 1 and _ACRONYM.fullmatch(text) and _speaks(s, seg):
        return [_Mention("organisation", text, text, s.order)]  # "OECD said"
    # unknown: kept as "bare" so a surname can resolve, or a role after it make it a body
    return [_Mention("bare", text, text, s.order)] if len(seg) <= MAX_ORG_WORDS else []


def _sentence_mentions(text: str, order: int) -> tuple[list[_Mention], _Sentence]:
    """Every mention in one sentence, in order."""
    s = _Sentence(text, order)
    found: list[_Mention] = []
    for seg in _runs(s.tokens, s.text):
        if s.tokens[seg[0]].start in s.skip:
            continue
        mentions = _classify(s, seg)
        if mentions and seg[0] == 0:
            mentions[-1].lead = True
        if len(mentions) == 1:
            s.by_last[seg[-1]] = mentions[0]
        found.extend(mentions)
    return found, s


def _add(group: _Group, m: _Mention) -> None:
    """Count a mention for a group, keeping the first role, organisation and new aliases."""
    m.group = group
    group.mentions += 1
    group.order = min(group.order, m.order)
    group.role = group.role or m.role
    group.organisation = group.organisation or m.organisation
    for alias in (m.surface, m.acronym):
        if alias and alias != group.name and alias not in group.aliases:
            group.aliases.append(alias)


class _People:
    """Person groups indexed by full name, surname and given name, for one-word mentions."""

    def __init__(self) -> None:
        self.exact: dict[str, _Group] = {}
        self.by_last: dict[str, list[_Group]] = {}
        self.by_first: dict[str, list[_Group]] = {}

    def add(self, group: _Group) -> None:
        """Index a person group."""
        self.exact[group.name] = group
        words = group.name.split()
        if len(words) > 1:
            self.by_last.setdefault(words[-1], []).append(group)
            self.by_first.setdefault(words[0], []).append(group)

    def candidates(self, word: str, honorific: str | None) -> list[_Group]:
        """Groups a one-word mention may stand for: by surname, else by given name."""
        # "Sir Keir" is resolved by given name first, as British usage has it
        if word in self.exact:
            return [self.exact[word]]
        last, first = self.by_last.get(word, []), self.by_first.get(word, [])
        if honorific is not None and _words().has("first-name-honorific", honorific):
            return first or last
        return last or first


def _absorb(target: _Group, g: _Group) -> None:
    """Fold group g into target: mentions, first appearance, role and aliases."""
    g.absorbed_by = target
    target.mentions += g.mentions
    target.order = min(target.order, g.order)
    target.role = target.role or g.role
    target.organisation = target.organisation or g.organisation
    target.aliases.extend(a for a in [g.name, *g.aliases] if a not in target.aliases)


def _absorb_short_names(groups: dict[tuple[str, str], _Group]) -> None:
    """"Marie Leroi" joins "Armand Marie Leroi" when exactly one longer name ends with it."""
    people = [g for g in groups.values() if g.kind == "person"]
    by_ending: dict[str, list[_Group]] = {}  # "Marie Leroi" -> ["Armand Marie Leroi"]
    for g in people:
        words = g.name.split()
        for k in range(1, len(words) - 1):
            by_ending.setdefault(" ".join(words[k:]), []).append(g)
    for g in people:
        longer = by_ending.get(g.name, [])
        if len(longer) == 1:
            _absorb(longer[0], g)
            del groups[("person", g.name)]


def _echoed(mentions: Sequence[_Mention]) -> list[_Mention]:
    """Unclassified two- or three-word names whose last word also stands alone elsewhere."""
    alone = {m.name for m in mentions if m.kind in ("bare", "person") and " " not in m.name}
    out = []
    for m in mentions:
        words = m.name.split()
        if m.kind == "bare" and 2 <= len(words) <= 3 and words[-1] in alone and all(
                w[0].isupper() and not _NOT_A_NAME_WORD.fullmatch(w) for w in words) and not (
                _is_place(words[-1]) or _words().has("suffix", words[-1])):
            out.append(m)
    return out


class _Groups:
    """Actors being built from mentions, with people indexed for one-word mentions."""

    def __init__(self) -> None:
        self.by_key: dict[tuple[str, str], _Group] = {}
        self.people = _People()
        self.acronyms: dict[str, _Group] = {}

    def get(self, kind: ActorKind, name: str, order: int) -> _Group:
        """The group of that kind and name, created (and indexed) on first use."""
        if (kind, name) not in self.by_key:
            self.by_key[(kind, name)] = _Group(name, kind, order)
            if kind == "person":
                self.people.add(self.by_key[(kind, name)])
        return self.by_key[(kind, name)]


def _group_full_names(mentions: Sequence[_Mention], groups: _Groups) -> None:
    """Organisations, and people named by more than one word, each into its group."""
    for m in mentions:
        if m.kind in ("organisation", "bare") and m.name in groups.acronyms:
            _add(groups.acronyms[m.name], m)  # "FAO" after "Food and Agriculture ... (FAO)"
            m.kind = "organisation"
        elif m.kind == "organisation" or (m.kind == "person" and " " in m.name):
            kind: ActorKind = "organisation" if m.kind == "organisation" else "person"
            group = groups.get(kind, m.name, m.order)
            _add(group, m)
            if m.acronym:
                groups.acronyms.setdefault(m.acronym, group)


def _resolve_one_word(mentions: Sequence[_Mention], groups: _Groups) -> None:
    """"Mr Smith", "Sir Keir" and a lone "Starmer" join the full name they stand for."""
    people = groups.people
    for m in (m for m in mentions if m.kind == "person" and " " not in m.name):
        found = people.candidates(m.name, m.honorific)
        # "Mr Smith" with no full name anywhere is an actor of its own; a peer keeps the title
        name = m.surface if _words().has("peer", m.honorific or "") else m.name
        _add(found[0] if found else groups.get("person", name, m.order), m)
    for m in (m for m in mentions if m.kind == "bare"):
        found = people.candidates(m.name, None) if " " not in m.name else [
            g for g in [people.exact.get(m.name)] if g is not None]
        if len(found) == 1:  # a lone "Starmer" counts only when it can mean one person
            _add(found[0], m)


def _merge(mentions: Sequence[_Mention]) -> list[_Group]:
    """Merge mentions into actors: full names first, then one-word mentions resolve to them."""
    groups = _Groups()
    _group_full_names(mentions, groups)
    _absorb_short_names(groups.by_key)
    for m in _echoed(mentions):  # "Kenenisa Bekele ... Bekele": a surname used alone
        m.kind = "person"
        _add(groups.get("person", m.name, m.order), m)
    _resolve_one_word(mentions, groups)
    return list(groups.by_key.values())


def _role_pattern(roles: Sequence[str]) -> re.Pattern[str]:
    """"the Prime Minister" not followed by a name: a mention of whoever holds that role."""
    alternation = "|".join(r"\s+".join(map(re.escape, role.split()))
                           for role in sorted(roles, key=len, reverse=True))
    return re.compile(rf"\b(?i:the)\s+(?P<role>(?i:{alternation}))\b(?![\s,]+[A-Z])")


@cache
def _opener() -> re.Pattern[str]:
    """"The <role>" for every role in the data, for _infer_roles."""
    return _role_pattern(sorted(_words().roles))


def _final(group: _Group | None) -> _Group | None:
    """The group a mention's group was merged into, if it was."""
    while group is not None and group.absorbed_by is not None:
        group = group.absorbed_by
    return group


def _infer_roles(groups: Sequence[_Group], sentences: Sequence[_Sentence],
                 mentions: Sequence[_Mention]) -> None:
    """Give a role that opens a sentence to the person without one who opens the next."""
    # news style: "The Prime Minister will ... . Sir Keir Starmer will ..."; only when nobody
    # else holds the role
    held = {g.role.lower() for g in groups if g.role}
    leads = {m.order: _final(m.group) for m in mentions if m.lead and m.kind == "person"}
    opener = _opener()
    for s in sentences:
        m = opener.match(s.text.lstrip("“\"‘'"))
        person = leads.get(s.order + 1)
        if m is None or person is None or person.role is not None:
            continue
        role = " ".join(m.group("role").lower().split())
        if role not in held:
            person.role = _title(m.group("role"))
            held.add(role)


def _count_roles(groups: Sequence[_Group], sentences: Sequence[_Sentence]) -> None:
    """Add a mention for each "the <role>" when exactly one person holds that role."""
    holders: dict[str, list[_Group]] = {}
    for g in groups:
        if g.kind == "person" and g.role:
            holders.setdefault(g.role.lower(), []).append(g)
    # a one-word role counts only if it names a single office ("the president", not "the
    # leader" or "the actor", which may be anyone)
    unique = {role: gs[0] for role, gs in holders.items()
              if len(gs) == 1 and (" " in role or _words().has("office", role))}
    if not unique:
        return
    pattern = _role_pattern(list(unique))
    for s in sentences:
        for m in pattern.finditer(s.text):
            if m.start("role") not in s.appositive_roles:
                group = unique[" ".join(m.group("role").lower().split())]
                group.mentions += 1
                group.order = min(group.order, s.order)


def find_actors(sentences: Sequence[str]) -> list[Actor]:
    """People and organisations named in the sentences, most mentioned first."""
    mentions: list[_Mention] = []
    parsed: list[_Sentence] = []
    for order, text in enumerate(sentences):
        found, s = _sentence_mentions(text, order)
        mentions.extend(found)
        parsed.append(s)
    groups = _merge(mentions)
    _infer_roles(groups, parsed, mentions)
    _count_roles(groups, parsed)
    groups.sort(key=lambda g: (-g.mentions, g.order))
    return [Actor(g.name, g.kind, g.role, g.mentions, tuple(g.aliases), g.organisation)
            for g in groups]
