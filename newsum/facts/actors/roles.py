"""Roles written around a name: before it, after it in apposition, after a copula or "as"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from newsum.facts.actors.mentions import _Mention, _plain_gap, _Sentence, _token_starting
from newsum.facts.actors.names import _office_place, _org_owner, _owner_mention
from newsum.facts.actors.tokens import _joins, _never_name, _spaced, _Token
from newsum.facts.actors.vocabulary import (
    _NOT_OWNER_ROLES,
    _OWNER_WORDS,
    MAX_ORG_WORDS,
    MAX_ROLE_WORDS,
    _reportable,
    _words,
)


def _title(role: str) -> str:
    """A role in title case, small words kept low: "Secretary of State"; "UK" kept; temporal
    "then" dropped ("the then chancellor")."""
    if role[:5].lower() == "then " and len(role) > 5:
        role = role[5:]
    return " ".join(w if w.isupper() and len(w) > 1 else
                    w.lower() if w.lower() in ("of", "the", "and", "for") else
                    w[:1].upper() + w[1:].lower() for w in role.split())



def _role_key(span: Sequence[_Token]) -> str | None:
    """The role the tokens name, singular ("playwrights": "playwright"), or None."""
    last = span[-1].text.lower()
    # most spans end in a word no role ends in: rejected before any joining (the hot path)
    if last not in _role_ends() and last[:-1] not in _role_ends():
        return None
    return _role_words(tuple(t.text.lower() for t in span))



@cache
def _role_ends() -> frozenset[str]:
    """The last words of every role phrase _role_of can accept."""
    w = _words()
    ends = frozenset(r.split()[-1] for r in w.roles) | w.sections["portfolio-role"]
    return ends | {"ex-" + r for r in w.roles if " " not in r}  # "ex-chairman"



@lru_cache(maxsize=65536)
def _role_words(lowered: tuple[str, ...]) -> str | None:
    """_role_key on lower-cased words; cached, as the same spans recur across sentences."""
    # modifiers such as "shadow" or "former" may come in front
    words = list(lowered)
    while len(words) > 1 and _words().has("role-modifier", words[0]):
        words.pop(0)
    if words[0].startswith("ex-") and len(words[0]) > 3:
        words[0] = words[0][3:]  # "ex-chairman", "ex-chat show host": "former" in one word
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
    ends = _role_ends()
    for n in range(min(MAX_ROLE_WORDS, stop - start), 0, -1):
        last = tokens[start + n - 1].text.lower()
        # the last word's test first: most spans fail it, and slicing a span costs more
        if (last in ends or last[:-1] in ends) and _is_role(tokens[start: start + n]):
            return n
    return 0



def _role_before(tokens: Sequence[_Token], first: int, sentence: str) -> tuple[int, int]:
    """(start, length) of a lower-case role phrase right before token `first`, or (first, 0)."""
    last = tokens[first - 1].text.lower() if first > 0 else ""
    if last not in _role_ends() and last[:-1] not in _role_ends():
        return first, 0  # every span tried below ends in this word, and no role ends in it
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



def _appositive(s: _Sentence, last: int) -> tuple[str, str | None] | None:
    """", the home secretary," or ", Tesco's chief executive," after a name: (role, org)."""
    toks, i = s.tokens, last + 1
    if i >= len(toks) or s.text[toks[last].end: toks[i].start] != ", ":
        return None
    if toks[i].text.lower() in ("the", "a", "an", "its", "their"):
        i += 1
    org_end = i
    while org_end < len(toks) and org_end - i < MAX_ORG_WORDS and toks[org_end].capitalised and (
            not _role_at(toks, org_end, len(toks))):  # bounded: linear over many names
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
    while end + 1 < len(toks) and end - i < MAX_ORG_WORDS and _joins(toks[end], toks[end + 1],
                                                                      s.text) and (
            toks[end + 1].capitalised or toks[end + 1].text in ("of", "for")):
        end += 1
    return _org_owner(s.span(i + 1, end))



_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "my", "your"})

_OWNER_PREPOSITIONS = frozenset({"of", "at", "for", "from", "with", "to"})

# ", " or ", 49, " between a name and its appositive ("His wife Lorraine, 49, a teaching ...")
# or a dash: "Bill Gates - Microsoft's chairman - said"
_APPOSITION_OPEN = re.compile(r"(?:,| [-–—])(?: (?:aged )?\d{1,3},)? ")

_CLOSERS = (",", ";", ".", ")", ":", "!", "?", " -", " –", " —", '"', "”", "’")



def _phrase_word(tok: _Token) -> bool:
    """A word that may sit inside a role phrase: lower case and no stop word, or an acronym
    such as "UK" in "chief UK economist"."""
    if tok.capitalised:
        return tok.text.isupper() and 1 < len(tok.text) <= 4
    return not _words().has("role-stop", tok.text)



def _is_head(tok: _Token) -> bool:
    """A lower-case word that ends a job title ("manager", "adviser", "chief")."""
    return not tok.capitalised and _words().has("role-head", tok.text.lower())



def _phrase_end(s: _Sentence, i: int) -> int:
    """The end (exclusive) of the run of role-phrase words starting at token i."""
    j = i
    while j < len(s.tokens) and j - i < MAX_ROLE_WORDS and _phrase_word(s.tokens[j]) and (
            j == i or _plain_gap(s, j - 1, j)):
        j += 1
    return j



def _name_run_end(s: _Sentence, k: int) -> int:
    """The last token of the capitalised name starting at token k ("of", "&" may join)."""
    toks, end = s.tokens, k
    while end + 1 < len(toks) and end - k < MAX_ORG_WORDS and _joins(toks[end], toks[end + 1],
                                                                      s.text) and (
            toks[end + 1].capitalised or toks[end + 1].text in ("of", "for", "and", "&")):
        end += 1
    while end > k and not toks[end].capitalised:
        end -= 1
    return end



_RELATIVES = frozenset({"who", "whose", "whom"})



def _closed(s: _Sentence, e: int, head: str) -> tuple[bool, str | None]:
    """Whether a role phrase ending before token e ends there, and the owner named after it
    ("... adviser at Starline Games")."""
    toks = s.tokens
    end = toks[e - 1].end
    if e == len(toks):
        rest = s.text[end: end + 40].lstrip()  # bounded: this runs for many names
        return rest.startswith(_CLOSERS) or not s.text[end:].strip(), None
    gap = s.text[end: toks[e].start]
    if gap.startswith(_CLOSERS) or gap == " " and toks[e].text in _RELATIVES:
        return True, None  # ", a banker who has ...": a relative clause ends the noun phrase
    prep = toks[e].text
    if gap == " " and toks[e].capitalised and _words().has("role-head", head):
        # "senior vice president Boeing." (not "head of bankrupt phone company WorldCom")
        end = _name_run_end(s, e)
        name = s.span(e, end)
        if name in _words().known_orgs and _ends_phrase(s, end + 1):
            s.owners.add(toks[e].start)
            return True, name
        return False, None
    if gap != " " or prep not in _OWNER_PREPOSITIONS:
        return False, None
    k = e + 1
    if k < len(toks) and toks[k].text in ("the", "The") and k + 1 < len(toks):
        k += 1  # "correspondent for The Daily Planet" as "chairman of the Bar Council"
    if k < len(toks) and not toks[k].capitalised:
        if prep not in ("of", "to"):
            return True, None  # "chancellor for ten years", "manager at the time"
        # "principal of the college,", "a former aide to the party leader,": no named owner
        lower_end = _phrase_end(s, k)
        return k > e + 1 and lower_end > k and _ends_phrase(s, lower_end), None
    if prep == "for" and not _words().has("owner-role-for", head):
        return False, None
    if k >= len(toks) or not toks[k].capitalised or _words().has("not-name", toks[k].text):
        return False, None
    end = _name_run_end(s, k)
    owner = _owner_at(s, k, end)
    if head in _NOT_OWNER_ROLES and toks[e + 1].text != "the" and s.span(k, end) not in (
            _words().known_orgs):
        owner = None  # "head of Distribution" names a department; "head of the CBI" a body
    if toks[k - 1].text == "The" and s.span(k - 1, end) not in _words().known_orgs and (
            s.span(k, end) not in _words().known_orgs):
        return True, owner  # "correspondent for The World": maybe a programme, no sure body
    if owner is not None:
        s.owners.add(toks[k].start)
    return True, owner



def _ends_phrase(s: _Sentence, e: int) -> bool:
    """Whether a noun phrase ending before token e ends the appositive: a comma, a full stop
    or the sentence's end follows."""
    if e >= len(s.tokens):
        return True
    return s.text[s.tokens[e - 1].end: s.tokens[e].start].startswith(_CLOSERS)



def _owner_at(s: _Sentence, k: int, end: int) -> str | None:
    """The organisation named by tokens k..end before or after a role, unless it is a country,
    a nationality or a person's name ("Rory Stewart's adviser")."""
    toks = s.tokens
    w = _words()
    if end > k and (toks[k].text in w.first_names or w.has("honorific", toks[k].text)):
        return None
    return _org_owner(s.span(k, end))



def _possessive_owner(s: _Sentence, i: int) -> tuple[int, int | None]:
    """Skip "Tesco's" or "the firm's" before a role: (next token, the owner's first token)."""
    toks = s.tokens
    j = i
    while j < len(toks) and toks[j].capitalised and not toks[j].possessive and j - i < 4:
        j += 1
    if j >= len(toks) or not toks[j].possessive:
        return i, None
    # "the firm's chief economist": the firm is named elsewhere
    return j + 1, i if toks[i].capitalised else None



def _role_after(s: _Sentence, i: int, loose: bool = False) -> tuple[str, str | None] | None:
    """A lower-case role phrase starting at token i, ended by a comma, a full stop or an
    owner ("co-founder and chief executive of Tallybird"); "head of currency strategy" too.
    `loose`: after "as" a stop word ends it too ("quit as Ajax boss last week")."""
    while i < len(s.tokens) - 1 and _words().has("role-filler", s.tokens[i].text.lower()):
        i += 1  # "Sony's new chief executive": temporal filler is no part of the role
    e = _phrase_end(s, i)
    for stop in range(e, i, -1):
        if not _is_head(s.tokens[stop - 1]) or s.tokens[i].text == "and":
            continue
        head = s.tokens[stop - 1].text.lower()
        if stop < len(s.tokens) and s.tokens[stop].text == "of":
            tail = _phrase_end(s, stop + 1)  # "head of currency strategy," / "... at Oxfam"
            closed, owner = _closed(s, tail, s.tokens[tail - 1].text.lower())
            if tail > stop + 1 and closed:
                return _title(s.span(i, tail - 1)), owner
        closed, owner = _closed(s, stop, head)
        if not closed and loose and stop == e and stop < len(s.tokens) and (
                s.text[s.tokens[stop - 1].end: s.tokens[stop].start] == " ") and (
                _words().has("role-stop", s.tokens[stop].text.lower())):
            closed = True
        if closed:
            return _title(s.span(i, stop - 1)), owner
    return None



def _after_relative(s: _Sentence, i: int) -> int:
    """Skip "who is", "who was", "who has been", "now" before an appositive role."""
    toks = s.tokens
    if toks[i].text in _ROLE_ADVERBS and i + 1 < len(toks):
        return i + 1  # ", now a consultant at ...", ", currently ...", ", formerly ..."
    if toks[i].text != "who" or i + 2 >= len(toks):
        return i
    if toks[i + 1].text in ("is", "was"):
        return _after_adverb(toks, i + 2)
    if toks[i + 1].text in ("has", "had") and toks[i + 2].text == "been" and i + 3 < len(toks):
        return _after_adverb(toks, i + 3)
    return _after_clause(s, i)



_COPULAS = frozenset({"is", "was"})

_ROLE_ADVERBS = frozenset({"also", "now", "currently", "still", "formerly", "previously"})

_CLAUSE_END = re.compile(r"(?: \d[\d,.]*)?, ")  # "... in 1990, is": digits are no tokens

MAX_CLAUSE_WORDS = 20  # a relative clause longer than this is no aside before a role



def _after_adverb(toks: Sequence[_Token], i: int) -> int:
    """Skip "also" or "now" in "who is also Welsh secretary"."""
    return i + 1 if i + 1 < len(toks) and toks[i].text in _ROLE_ADVERBS else i



def _after_clause(s: _Sentence, i: int) -> int:
    """"who founded the firm in 1990, is now its chairman": skip the clause to "is"/"was"."""
    toks = s.tokens
    for j in range(i + 2, min(i + MAX_CLAUSE_WORDS, len(toks) - 1)):
        gap = s.text[toks[j - 1].end: toks[j].start]
        if toks[j].text in _COPULAS and _CLAUSE_END.fullmatch(gap):
            return _after_adverb(toks, j + 1)
    return i



def _general_appositive(s: _Sentence, last: int,
                        copula: bool = True) -> tuple[str, str | None] | None:
    """", senior winners' adviser at Starline Games," or ", the firm's chief UK economist,";
    with `copula`, also "is the firm's chief UK economist"."""
    m = _APPOSITION_OPEN.match(s.text, s.tokens[last].end)
    if m is None and not copula:
        return None
    i = _copula(s, last) if m is None else _token_starting(s, m.end(), last + 1)
    if i is None:
        return None
    i = _after_relative(s, i)  # ", who is the party's spokesman"
    if m is not None and s.tokens[i].text == "one":
        return _one_of_role(s, i)
    return _role_phrase_at(s, i, m is None)



def _role_phrase_at(s: _Sentence, i: int, bare: bool,
                    loose: bool = False) -> tuple[str, str | None] | None:
    """A role phrase at token i, after an optional determiner and owner ("the firm's chief
    UK economist", "the Liberal Democrat home spokesman"); with `bare`, only with an owner
    ("X was best supporting actor" names no job)."""
    if s.tokens[i].text.lower() in _DETERMINERS and i + 1 < len(s.tokens):
        i, bare = i + 1, False
    start = i
    i, owner_at = _possessive_owner(s, i)
    if owner_at is None and s.tokens[i].capitalised and not _phrase_word(s.tokens[i]):
        owner_at, i = i, _name_run_end(s, i) + 1  # ", the Liberal Democrat home spokesman,"
    if i >= len(s.tokens):
        return None
    found = _role_after(s, i, loose)
    if found is None:
        return None
    owner = None if owner_at is None else _owner_at(s, owner_at, i - 1)
    if bare and not (owner or found[1]):
        return None
    if owner is not None and _reportable(found[0]):  # not "the Olympic heptathlon champion"
        s.owners.add(s.tokens[start].start)
    return found[0], owner or found[1]



MAX_AS_GAP = 3  # words between a name and "as": "has stepped down as"



def _as_role(s: _Sentence, seg: list[int]) -> tuple[str, str | None] | None:
    """"X quit as Ajax boss", "X has stepped down as chairman of Acme", "X became chief
    executive", "the board appointed X as chairman": a role after "as" (or "became") that a
    verb of taking or leaving a post ties to the name."""
    toks, i = s.tokens, seg[-1] + 1
    w = _words()
    if i + 1 < len(toks) and toks[i].text == "as" and seg[0] > 0 and w.has(
            "as-verb", toks[seg[0] - 1].text) and _plain_gap(s, seg[-1], i):
        return _role_phrase_at(s, i + 1, False, loose=True)  # "appointed X as chairman"
    verb = False
    owned = toks[seg[-1]].possessive  # "X's first day as home secretary", "X's future as boss"
    for j in range(i, min(i + MAX_AS_GAP + 1, len(toks) - 1)):
        tok = toks[j]
        if tok.capitalised or not (_plain_gap(s, j - 1, j) or owned and j == i):
            return None
        word = tok.text
        if owned and word == "as" and j > i:
            return _role_phrase_at(s, j + 1, False, loose=True)
        if owned:
            continue
        if verb and word == "as" or word in ("became", "becomes"):
            return _role_phrase_at(s, j + 1, False, loose=True)
        if w.has("as-verb", word):
            verb = True
        elif word not in _AS_FILLERS:
            return None
    return None



# Words between a name and "as" besides the verb: "has stepped down as", "was named as"
_AS_FILLERS = frozenset({"is", "was", "has", "had", "have", "been", "will", "would", "be",
                         "down", "up", "over", "on", "back", "also", "now", "then", "recently"})



def _one_of_role(s: _Sentence, i: int) -> tuple[str, str | None] | None:
    """", one of the game developers sacked by ...": a plural job title after "one of"."""
    toks = s.tokens
    if i + 2 >= len(toks) or toks[i + 1].text != "of" or not _plain_gap(s, i, i + 1):
        return None
    k = i + 3 if toks[i + 2].text.lower() in _DETERMINERS else i + 2
    if k >= len(toks):
        return None
    end = _phrase_end(s, k)
    for stop in range(end, k, -1):
        word = toks[stop - 1].text.lower()
        if word.endswith("s") and _words().has("role-head", word[:-1]):
            return _title(s.span(k, stop - 1)[:-1]), None
    return None



def _copula(s: _Sentence, last: int) -> int | None:
    """"Mark Doyle is chief executive of Granford": the token after "is"/"was" (and "now")."""
    toks, i = s.tokens, last + 1
    if i + 1 >= len(toks) or toks[i].text not in _COPULAS or not _plain_gap(s, last, i):
        return None
    return _after_adverb(toks, i + 1) if _plain_gap(s, i, i + 1) else None



_ROLE_NAME_GAPS = frozenset({", ", " - ", " – ", " — "})  # "an American actress - Reese W -"



def _role_before_comma(s: _Sentence, first: int) -> tuple[str, str | None] | None:
    """"The shadow chancellor, Owen Threlfall," / "Canada's trade minister, Élise Gauthier,":
    a role phrase (and a place: "correspondent in Jakarta"), a comma, then the name."""
    toks = s.tokens
    if first > 1 and toks[first - 1].text == "the":
        first -= 1  # "The Bishop of Durham, the Rt Rev Dr Tom Wright,"
    if first == 0 or s.text[toks[first - 1].end: toks[first].start] not in _ROLE_NAME_GAPS:
        return None
    end = _before_place(s, first)
    owner_start = end + 2 if toks[end + 1].text == "the" else end + 1
    after = _owner_at(s, owner_start, first - 1) if toks[end].text in ("of", "at", "for") and (
        "and" not in (t.text for t in toks[owner_start: first])) else None
    titled = _titled_role_before(s, end) or _titled_role_before(s, first)  # "Bishop of Durham"
    if titled is not None:
        return titled, None
    found = _lower_role_before(s, end)
    return None if found is None else (found[0], found[1] or after)



def _lower_role_before(s: _Sentence, end: int) -> tuple[str, str | None] | None:
    """A lower-case role phrase ending before token `end`, and its owner before it
    ("Oxfam's head of policy", "The England coach")."""
    toks = s.tokens
    b = end
    while b > 0 and end - b < MAX_ROLE_WORDS and _phrase_word(toks[b - 1]) and (
            b == end or _plain_gap(s, b - 1, b)):
        b -= 1
    last = toks[end - 1].text.lower() if end > 0 else ""
    plural = b >= 3 and toks[b - 2].text == "of" and toks[b - 3].text.lower() == "one"
    if b == end or not (_is_head(toks[end - 1]) or plural and last.endswith("s")
                        and _words().has("role-head", last[:-1]) or _head_of(toks, b, end)):
        return None
    role = s.span(b, end - 1)[:-1] if plural else s.span(b, end - 1)  # "one of their lawyers"
    if b == 0 or _opens_role(toks[b - 1]) or b == 1 and toks[0].text == "As":
        return _title(role), _owner_before(s, b)  # "As chancellor, X raised ..."
    if b >= 2 and _words().has("demonym", toks[b - 1].text) and _opens_role(toks[b - 2]) and (
            _plain_gap(s, b - 1, b)):
        return _title(role), None  # "an American actress - Reese Witherspoon -"
    owner_start = _owner_run_start(s, b)  # "The England coach, Andy Robinson,"
    if owner_start is None:
        return None
    return _title(role), _owner_at(s, owner_start, b - 1)



def _head_of(toks: Sequence[_Token], b: int, end: int) -> bool:
    """"head of policy", "director of communications": a job word, "of", then its field."""
    return any(toks[k].text == "of" and _is_head(toks[k - 1]) for k in range(b + 1, end - 1))



def _owner_run_start(s: _Sentence, b: int) -> int | None:
    """Start of a capitalised name before token b that a determiner opens ("the [England]
    coach"), else None."""
    toks = s.tokens
    start = b - 1
    if not toks[start].capitalised or toks[start].possessive or not _plain_gap(s, start, b):
        return None
    while start > 0 and b - start < MAX_ORG_WORDS and toks[start - 1].capitalised and (
            _plain_gap(s, start - 1, start)) and not _words().has("not-name", toks[start].text):
        start -= 1
    if _words().has("not-name", toks[start].text):
        return start + 1 if toks[start].text in ("The", "the") and start + 1 < b else None
    if start == 0:
        return start  # opening the sentence: "Scottish Conservative leader, David McLetchie,"
    return start if toks[start - 1].text.lower() == "the" else None



def _opens_role(tok: _Token) -> bool:
    """A determiner or a possessive may stand right before a role phrase."""
    return tok.text.lower() in _DETERMINERS or tok.possessive



def _owner_before(s: _Sentence, b: int) -> str | None:
    """"Canada's" / "the BBC's" before a role at token b: the owner, if a body."""
    toks = s.tokens
    if b == 0 or not (toks[b - 1].possessive and toks[b - 1].capitalised):
        return None
    start = b - 1
    while start > 0 and b - start < MAX_ORG_WORDS and toks[start - 1].capitalised and (
            _plain_gap(s, start - 1, start)) and not _never_name(toks[start - 1]):
        start -= 1  # not "Yesterday Argentina", "The BBC"
    return _owner_at(s, start, b - 1)



def _before_place(s: _Sentence, first: int) -> int:
    """Where a role phrase ends before the comma at token `first`: before "in Jakarta" if the
    comma follows a place ("the BBC's correspondent in Jakarta, Rachel Harvey")."""
    toks, k = s.tokens, first - 1
    if not toks[k].capitalised:
        return first
    j = k
    while j > 0 and k - j < MAX_ORG_WORDS and (toks[j - 1].capitalised or (
            toks[j - 1].text == "and" and j > 1 and toks[j - 2].capitalised)) and (
            _plain_gap(s, j - 1, j)):
        j -= 1  # "in England and Wales"
    if j > 1 and toks[j - 1].text == "the" and _plain_gap(s, j - 1, j):
        j -= 1  # "chairman of the Bar Council"
    if j > 1 and toks[j - 1].text in ("in", "for", "at", "from", "of") and _plain_gap(s, j - 1, j):
        return j - 1
    return first



def _titled_role_before(s: _Sentence, end: int) -> str | None:
    """A role written with capitals before the comma: "his predecessor as Cabinet Secretary,
    Lord Armstrong", "The Bishop of Durham, the Rt Rev Dr Tom Wright"."""
    toks = s.tokens
    if end >= 3 and toks[end - 2].text == "of" and toks[end - 3].capitalised and _is_role(
            toks[end - 3: end - 2]) and toks[end - 1].capitalised:
        return _title(s.span(end - 3, end - 1))
    for n in range(min(4, end), 0, -1):
        span = toks[end - n: end]
        if all(t.capitalised for t in span) and _is_role(span) and (
                end - n == 0 or not toks[end - n - 1].capitalised
                or toks[end - n - 1].possessive):  # "Argentina's President, Nestor Kirchner"
            return _title(s.span(end - n, end - 1))
    return None



def _plural_head(tok: _Token) -> bool:
    """A lower-case plural of a role head: "senior cabinet members A, B and C"."""
    word = tok.text
    return not tok.capitalised and len(word) > 3 and word.endswith("s") and _words().has(
        "role-head", word[:-1])



MAX_CONJOINED_GAP = 5  # words between "and" and the name: "and former Liverpool stalwart X"



def _conjoined_role_before(s: _Sentence, first: int) -> tuple[str, str | None] | None:
    """"veteran actor and comic X", "shareholder and lifelong fan X": two descriptions joined
    by "and" before a name; the first, when it is a role, is the person's role."""
    toks = s.tokens
    j = first - 1
    while j > 0 and first - j <= MAX_CONJOINED_GAP and _plain_gap(s, j, j + 1) and (
            toks[j].text != "and"):
        if not toks[j].capitalised and not _phrase_word(toks[j]) or _never_name(toks[j]):
            return None
        j -= 1
    if j <= 0 or j == first - 1 or toks[j].text != "and" or not _plain_gap(s, j - 1, j) or (
            toks[first - 1].capitalised):
        return None
    found = _lower_role(s, [j], conjoined=False)
    return None if found is None or not _reportable(found[0]) else (found[0], None)



def _verb_before_role(tok: _Token) -> bool:
    """A lower-case word that is a verb, so a role phrase after it starts after it: "The
    company hired investment banker X" (a role before a name is a noun phrase)."""
    if tok.capitalised:
        return False
    word = tok.text.lower()
    if _words().has("verb", word):
        return True
    return len(word) > 4 and word.endswith(("ed", "ing")) and not _words().has("role-word", word)



# Prepositions before a role and a name close the role on the left: "led by acting chairman X"
_ROLE_OPENING_PREPOSITIONS = frozenset({"by", "with", "for", "to", "from", "at", "in", "on",
                                        "as", "like", "against", "about", "including", "among"})



def _compound_role_before(s: _Sentence, first: int) -> int:
    """Start of a lower-case job title ending in a role head right before token `first`, when
    a boundary (sentence start, determiner, owner, comma, verb or preposition) closes it on the
    left; else -1."""
    toks = s.tokens
    if first == 0 or not _plain_gap(s, first - 1, first) or not (
            _is_head(toks[first - 1]) or _plural_head(toks[first - 1])):
        return -1
    b = first - 1
    while b > 0 and first - b < MAX_ROLE_WORDS - 2 and _phrase_word(toks[b - 1]) and (
            not toks[b - 1].capitalised) and _plain_gap(s, b - 1, b) and (
            toks[b - 1].text != "of") and not _verb_before_role(toks[b - 1]) and (
            not toks[b - 1].text.endswith("-old")) and not (toks[b - 1].text == "and" and not (
                b > 1 and _words().has("portfolio", toks[b - 2].text.lower()))):
        b -= 1  # "the withdrawal of tycoon Steve Morgan": "of" closes the role; "two wins and
        # captain X": so does "and", but for portfolios ("work and pensions spokesman")
    if b == 0 and not toks[0].capitalised:
        return -1  # a fragment ("fought off fellow ..."), not a sentence's start
    while b < first - 1 and toks[b].text in ("and", "then"):
        b += 1  # "actress Hilary Swank and director Clint Eastwood"; "the then chancellor"
    if b == 1 and _words().has("role-modifier", toks[0].text.lower()):
        return 0  # "Former civil service chief Lord Butler": the opener belongs to the role
    if b == 0 or toks[b - 1].text == "and":
        return b
    prev = toks[b - 1]
    gap = s.text[prev.end: toks[b].start]
    boundary = (prev.text.lower() in _DETERMINERS or prev.possessive or prev.capitalised
                or prev.text == "of" or gap.startswith((",", ":", ";")) or _verb_before_role(prev)
                or prev.text in _ROLE_OPENING_PREPOSITIONS or prev.text.endswith("-old"))
    return b if boundary else -1



def _role_text(s: _Sentence, start: int, n: int) -> tuple[str, bool]:
    """The role written at tokens start..start+n-1 in title case, singular, and if plural."""
    written = s.span(start, start + n - 1)
    if written.lower().endswith(_role_key(s.tokens[start: start + n]) or ""):
        return _title(written), False
    return _title(written[:-1]), True  # "playwrights A, B and C" are each a playwright



def _lower_role(s: _Sentence, seg: list[int],
                conjoined: bool = True) -> tuple[str, str | None] | None:
    """"Tesco chief executive Sir Terry Leahy": a lower-case role (and its owner) before."""
    if conjoined and seg[0] > 2:
        found = _conjoined_role_before(s, seg[0])  # the first of two: "actor and comic X"
        if found is not None:
            return found
    start, n = _role_before(s.tokens, seg[0], s.text)
    compound = _compound_role_before(s, seg[0])
    if compound >= 0 and (n == 0 or compound < start):
        start, n = compound, seg[0] - compound  # "Waterstone's fiction writer buyer Suzie Doore"
        role, plural = _title(s.span(start, seg[0] - 1)), _plural_head(s.tokens[seg[0] - 1])
        role = role[:-1] if plural else role  # "senior cabinet members A, B and C"
    elif n == 0:
        return _listed_role(s, seg[0])
    else:
        role, plural = _role_text(s, start, n)
    if plural:
        s.list_roles[seg[-1]] = (role, None)
    owner_mention = s.by_last.get(start - 1)
    if owner_mention is None or not _spaced(s.tokens, start - 1, start, s.text):
        return role, None
    owner = _org_owner(owner_mention.name)
    if owner_mention.kind == "bare" and (not _reportable(role) or _names_a_work(
            owner_mention.name, role) or _office_place(s, owner_mention.name, role)):
        owner_mention.kind = "part"  # "Double Olympic champion X": praise, no actor
        return role, None  # "Lord of the Rings director X": a work, no actor
    elif owner is not None and owner_mention.kind == "bare" and len(owner) > 1:
        # "Tesco" in "Tesco chief executive ..." is a body; "Communications director X" is not
        first = start - 1 if start == 1 and not owner_mention.possessive else -1
        owner_mention.kind = _owner_mention(s, owner, first).kind  # not "Waterstone's ..."
        owner_mention.owner = True
    return role, owner if owner_mention.kind == "organisation" or owner_mention.owner else None



def _names_a_work(name: str, role: str) -> bool:
    """An unknown name of two or more words before the role of one who makes works is the
    work's title ("Lord of the Rings director"), unless its last word names a body ("Pixar
    Studios"); "managing director" is no such role."""
    words = name.split()
    return len(words) > 1 and _words().has("work-role", role.lower()) and not (
        _words().has("suffix", words[-1]))



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
    before = [t.text.lower() for t in toks[max(0, seg[0] - 2): seg[0]]]
    if len(before) == 2 and before[1] == "by" and before[0] in _CREDITS:
        # not "produced by Evil Dead director Sam Raimi": a role after names its owner
        return _plain_gap(s, seg[0] - 2, seg[0] - 1) and _plain_gap(s, seg[0] - 1, seg[0]) and (
            _role_at(toks, seg[-1] + 1, len(toks)) == 0)
    if seg[0] > 0 and toks[seg[0] - 1].text in _OWNER_WORDS:
        return False  # "a spokeswoman for Human Rights Watch said": the body, not the speaker
    after = seg[-1] + 1
    # "Cooper said", not "..., founder of Media Labs, says": that comma ends an appositive
    if (after < len(toks) and w.has("attribution", toks[after].text)
            and s.text[toks[seg[-1]].end: toks[after].start] == " "):
        return True
    return before == ["according", "to"] or (bool(before) and w.has("inverted", before[-1]))



# "directed by Yimou Zhang": a work's credit names a person
_CREDITS = frozenset({"directed", "written", "co-written", "produced", "composed", "narrated",
                      "illustrated", "choreographed", "co-directed", "co-produced"})



def _follows_role_of(s: _Sentence, first: int) -> bool:
    """The segment follows "<role> of/for/at": "chairman of Acme", "a spokesman for Acme"."""
    toks = s.tokens
    if first < 2 or toks[first - 1].text not in ("of", "for", "at"):
        return False
    # "for" only after a spokesperson: "best actress for Suddenly Last Summer" is a play
    allowed = _words().sections["owner-role-for"] if toks[first - 1].text == "for" else None
    for n in range(1, min(MAX_ROLE_WORDS, first - 1) + 1):
        key = _role_key(toks[first - 1 - n: first - 1])
        # lower case, or the sentence's first word ("Analysts at Kessler Brothers said")
        if key and (not toks[first - 1 - n].capitalised or first - 1 - n == 0) and (
                key not in _NOT_OWNER_ROLES):
            return allowed is None or key in allowed
    return False



def _with_context_role(s: _Sentence, seg: list[int], mention: _Mention) -> _Mention:
    """Add a role from an appositive or a lower-case phrase before the name, if any."""
    # the first role written wins: "Namibian athlete X, now a member of ..." is an athlete
    found = (_lower_role(s, seg) or _general_appositive(s, seg[-1]) or _appositive(s, seg[-1])
             or _role_before_comma(s, seg[0]) or _as_role(s, seg))
    if found is not None and mention.role is None:
        mention.role, mention.organisation = found
        if _listed_role(s, seg[0]) == found:
            s.list_roles[seg[-1]] = found  # pass the list's role on to its next name
    return mention
