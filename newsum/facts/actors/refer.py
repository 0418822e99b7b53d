"""Roles given away from the name: in a lede, and by "the <role>" referring back."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache

from newsum.facts.actors.mentions import _final, _Group, _Mention, _plain_gap, _Sentence
from newsum.facts.actors.roles import (
    _DETERMINERS,
    _is_head,
    _phrase_end,
    _role_at,
    _role_key,
    _role_words,
    _title,
)
from newsum.facts.actors.vocabulary import _POSITIONS, _reportable, _verb_like, _words


def _role_pattern(roles: Sequence[str]) -> re.Pattern[str]:
    """"the Prime Minister" not followed by a name: a mention of whoever holds that role."""
    alternation = "|".join(r"\s+".join(map(re.escape, role.split()))
                           for role in sorted(roles, key=len, reverse=True))
    return re.compile(rf"\b(?i:the)\s+(?P<role>(?i:{alternation}))\b(?![\s,]+[A-Z])")



# The first word of a role after "the " or "X's ": only the roles starting with that word are
# tried, so the patterns stay small however long data/actor_words.txt [role] grows
_THE_OPENING = re.compile(r"\b(?i:the)\s+(\w+)")

_OWNED_OPENING = re.compile(r"[A-Z][\w.-]*['’]s\s+(\w+)")

_FIRST_WORD = re.compile(r"\w+")



@cache
def _roles_by_first_word() -> dict[str, tuple[str, ...]]:
    """Every role in the data under its first run of word characters ("vice" for
    "vice-president"), in sorted order."""
    out: dict[str, list[str]] = {}
    for role in sorted(_words().roles):
        m = _FIRST_WORD.match(role)
        if m is not None:
            out.setdefault(m.group().lower(), []).append(role)
    return {key: tuple(roles) for key, roles in out.items()}



@lru_cache(maxsize=1024)
def _opener(key: str) -> re.Pattern[str] | None:
    """"The <role>" for the roles starting with `key`, for _infer_roles."""
    roles = _roles_by_first_word().get(key)
    return None if roles is None else _role_pattern(roles)



@lru_cache(maxsize=1024)
def _owned_opener(key: str) -> re.Pattern[str] | None:
    """"India's defence minister has ...": a place's or body's role opening a sentence, for
    the roles starting with `key`."""
    roles = _roles_by_first_word().get(key)
    if roles is None:
        return None
    alternation = "|".join(r"\s+".join(map(re.escape, role.split()))
                           for role in sorted(roles, key=len, reverse=True))
    return re.compile(rf"[A-Z][\w.-]*['’]s\s+(?P<role>(?i:{alternation}))\b(?![\s,]+[A-Z])"
                      r"(?!['’])")



def _opening_role(text: str) -> re.Match[str] | None:
    """"The Prime Minister ..." opening a sentence, the role not followed by a name."""
    text = text.lstrip("“\"‘'")
    first = _THE_OPENING.match(text)
    pattern = None if first is None else _opener(first.group(1).lower())
    return None if pattern is None else pattern.match(text)



def _owned_opening_role(text: str) -> re.Match[str] | None:
    """"India's defence minister has ...": see _owned_opener."""
    first = _OWNED_OPENING.match(text)
    pattern = None if first is None else _owned_opener(first.group(1).lower())
    return None if pattern is None else pattern.match(text)



def _infer_roles(groups: Sequence[_Group], sentences: Sequence[_Sentence],
                 mentions: Sequence[_Mention]) -> None:
    """Give a role that opens a sentence to the person without one who opens the next."""
    # news style: "The Prime Minister will ... . Sir Keir Starmer will ..."; only when nobody
    # else holds the role
    held = {g.role.lower() for g in groups if g.role}
    leads = {m.order: _final(m.group) for m in mentions if m.lead and m.kind == "person"}
    named: dict[int, set[int]] = {}  # sentence -> people named in it
    for mention in mentions:
        if (g := _final(mention.group)) is not None and g.kind == "person":
            named.setdefault(mention.order, set()).add(id(g))
    for s in sentences:
        person = leads.get(s.order + 1)
        if person is None or person.role is not None:
            continue
        if named.get(s.order - 1, set()) - {id(person)}:
            continue  # "... a rift with Gordon Brown. The chancellor has said": him, not the next
        m = _opening_role(s.text)
        if m is None and ("'s " in s.text[:40] or "’s " in s.text[:40]):
            m = _owned_opening_role(s.text)
        written = m.group("role") if m is not None else _lede_role(s)
        if written is None:
            continue
        role = " ".join(written.lower().split())
        if role not in held and _reportable(written):
            person.role = _title(written)
            held.add(role)



def _lede_role(s: _Sentence) -> str | None:
    """"A bus driver who won ...": a job title opening a sentence, then a lower-case word."""
    toks = s.tokens
    if len(toks) > 3 and toks[0].start <= 1 and toks[0].text == "One" and toks[1].text == "of":
        return _plural_lede_role(s)
    if len(toks) < 3 or toks[0].start > 1 or toks[0].text not in ("A", "An", "The"):
        return None
    end = _phrase_end(s, 1)
    for stop in range(end, 1, -1):
        if _is_head(toks[stop - 1]) and stop < len(toks) and _plain_gap(s, stop - 1, stop) and (
                not toks[stop].capitalised):
            return s.span(1, stop - 1)
    return None



def _plural_lede_role(s: _Sentence) -> str | None:
    """"One of Japan's best-known businessmen was ...": the listed role, made singular."""
    toks = s.tokens
    k = 3 if toks[2].text.lower() in _DETERMINERS else 2
    while k < len(toks) and k < 6 and toks[k].capitalised:  # "Japan's", "the UK's"
        k += 1
        if toks[k - 1].possessive:
            break
    end = _phrase_end(s, k)
    if end >= len(toks) or end == k or not _plain_gap(s, end - 1, end):
        return None
    last = toks[end - 1].text.lower()
    single = last[:-3] + "man" if last.endswith("men") else last[:-1] if last.endswith("s") else ""
    for start in range(k, end):  # the longest role: evaluative words in front are dropped
        words = tuple(t.text.lower() for t in toks[start: end - 1]) + (single,)
        if single and _role_words(words) is not None:
            return " ".join(words)
    return None



# Set by reading news style (a quote often sits between the name and "the <role>"); on the tune
# part of bench/facts_gold/dev.jsonl 1, 2 and 3 score the same, so the middle one is kept:
MAX_BACK_SENTENCES = 2  # "the <role>" refers to a person named at most this many sentences back

MAX_ROLE_GAP = 3  # words between "the" and the role: "the 35-year-old Cobh runner"

_AGE_GAP = re.compile(r" (?:\d+-)?")  # a space, or one with a number: "the 35-year-old"



def _bare_roles(s: _Sentence) -> Iterator[tuple[int, str]]:
    """(char offset, role) of each "the [few words] <role>" not followed by a name."""
    toks = s.tokens
    for i, tok in enumerate(toks):
        if tok.text.lower() != "the":
            continue
        for j in range(i + 1, min(i + 2 + MAX_ROLE_GAP, len(toks))):
            n = _role_at(toks, j, len(toks))
            if n:
                if _refers(s, i, j, n):
                    yield tok.start, s.span(j, j + n - 1)
                break
            if (_words().has("role-stop", toks[j].text.lower()) or toks[j].text in ("of", "and")
                    or not _AGE_GAP.fullmatch(s.text, toks[j - 1].end, toks[j].start)):
                break



def _refers(s: _Sentence, the: int, j: int, n: int) -> bool:
    """Whether the role at tokens j..j+n-1 after "the" stands for a person: not followed by a
    name, not an appositive, lower case (or "the Prime Minister"), and a noun, not an adjective
    ("the official line-up")."""
    toks, after = s.tokens, j + n
    if the > 0 and toks[the - 1].text.lower() in ("both", "either", "neither"):
        return False  # "both the commissioner and the committee": the office, no one named
    nxt = toks[after] if after < len(toks) else None
    gap = s.text[toks[after - 1].end: nxt.start] if nxt is not None else ""
    if nxt is not None and nxt.capitalised and gap in (" ", ", "):
        return False  # "the home secretary, Yvette Cooper": the name's own role
    written = " ".join(t.text.lower() for t in toks[j: after])
    if toks[j].start in s.appositive_roles or not written.endswith(_role_key(toks[j: after])
                                                                    or "\0"):
        return False  # used by a name already, or plural ("the judges"): nobody in particular
    lead = j  # "the outgoing European Commissioner": lower-case modifiers, then a title
    while lead < after - 1 and not toks[lead].capitalised and _words().has(
            "role-modifier", toks[lead].text):
        lead += 1
    if any(t.capitalised for t in toks[j: after]) and (j != the + 1 or not all(
            t.capitalised for t in toks[lead: after])):
        return False
    adjective = n == 1 and nxt is not None and gap == " " and not nxt.capitalised and not (
        _words().has("role-stop", nxt.text.lower()) or _verb_like(nxt.text))
    return not adjective



MAX_SKIPPED_PEOPLE = 3  # people passed over looking for "the <role>"'s antecedent



def _antecedent(people: Sequence[tuple[int, int, _Mention]], order: int,
                pos: int) -> _Group | None:
    """The group of the last person mentioned before (order, pos), a few sentences back;
    `people` is sorted by (order, pos), so a binary search keeps this linear overall. A person
    named again later in the role's own sentence is someone else ("Mr Blair ... rift with
    Gordon Brown. The prime minister went back on a pledge to Mr Brown")."""
    k = bisect.bisect_left(people, (order, pos), key=lambda p: (p[0], p[1])) - 1
    later = {id(_final(p[2].group)) for p in people[k + 1: k + 1 + 20] if p[0] == order}
    for _ in range(MAX_SKIPPED_PEOPLE):  # bounded
        if k < 0 or people[k][0] < order - MAX_BACK_SENTENCES:
            return None
        group = _final(people[k][2].group)
        if id(group) not in later:
            return group
        k -= 1
    return None



def _body_between(bodies: Sequence[tuple[int, int]], after: tuple[int, int],
                  before: tuple[int, int]) -> bool:
    """Whether an organisation is mentioned earlier in the role's own sentence, after the
    person: "A spokeswoman for Universal Music said the singer ..." is about someone else."""
    k = bisect.bisect_right(bodies, max(after, (before[0], -1)))
    return k < len(bodies) and bodies[k] < before



def _refer_back(groups: Sequence[_Group], sentences: Sequence[_Sentence],
                mentions: Sequence[_Mention]) -> None:
    """"Mr Blunkett ... The home secretary said": a role written after "the" with no name goes
    to the last person named before it, when that person has no role and nobody else holds it."""
    held: dict[str, int] = {}  # role -> first sentence of a person holding it
    for holder in groups:
        if holder.role:
            key = holder.role.lower()
            held[key] = min(held.get(key, holder.order), holder.order)
    people = sorted(((m.order, m.pos, m) for m in mentions if m.kind == "person" or (
        m.kind == "bare" and (g := _final(m.group)) is not None and g.kind == "person")),
                    key=lambda p: (p[0], p[1]))  # a lone surname counts once it is resolved
    bodies = sorted((m.order, m.pos) for m in mentions if m.kind == "organisation")
    # "X, recalled ..., was denied by Y. The striker played ...": a sentence opening with "the
    # <role>" is about the subject of the one before, when that opened with a person
    leads = {m.order: m for m in mentions if m.lead and m.kind == "person" and m.pos == 0}
    for s in sentences:
        for pos, written in _bare_roles(s):
            k = bisect.bisect_left(people, (s.order, pos), key=lambda p: (p[0], p[1])) - 1
            if k >= 0 and _body_between(bodies, people[k][:2], (s.order, pos)):
                continue
            subject = _final(leads[s.order - 1].group) if pos == 0 and (
                s.order - 1 in leads) else None
            person = subject if subject is not None and subject.role is None else _antecedent(
                people, s.order, pos)
            role = " ".join(written.lower().split())
            # a team has several defenders: a playing position may be held more than once
            shared = s.football and role.split()[-1] in _POSITIONS
            # a holder named only later is no rival: "The singer ..." before "singer Elton John"
            free = held.get(role, s.order + 1) > s.order
            if person is not None and person.role is None and (free or shared) and (
                    _reportable(written)):
                person.role = _title(written)
                held[role] = min(held.get(role, s.order), s.order)



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



# "corporate social responsibility (CSR)": lower-case words spelt out by the capitals after them
_LOWER_EXPANSION = re.compile(r"((?:\b[a-z][\w-]*\s+){2,6})\(([A-Z]{2,6})s?\)")
