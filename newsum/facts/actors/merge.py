"""Mentions merged into actors, consistently within the document: "Sir Keir" is "Keir Starmer"."""

from __future__ import annotations

from collections.abc import Sequence

from newsum.facts.actors.mentions import _final, _Group, _Mention
from newsum.facts.actors.vocabulary import (
    _ACRONYM,
    _NOT_A_NAME_WORD,
    _canonical,
    _initials,
    _is_place,
    _nationality,
    _reportable,
    _words,
)
from newsum.models import ActorKind


def _add(group: _Group, m: _Mention) -> None:
    """Count a mention for a group, keeping the first role, organisation and new aliases."""
    m.group = group
    group.mentions += 1
    group.order = min(group.order, m.order)
    if group.kind == "person":  # a body named after a role ("leader Diageo") has none
        group.role = group.role or _reportable(m.role)
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
    target.role = target.role or _reportable(g.role)
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



def _shortens(short: list[str], long: list[str]) -> bool:
    """Whether a body's name shortens a longer one: "Air Force" of "US Air Force", "Greek
    Federation" of "Greek Athletics Federation" (same last word; same first word or a place or
    nationality dropped from the front)."""
    if len(short) >= len(long) or short[-1] != long[-1]:
        return False
    if short == long[1:]:
        return _is_place(long[0]) or _nationality(long[0])
    if short[0] != long[0]:
        return False
    k = 0  # short must be a subsequence of long
    for word in long:
        if k < len(short) and word == short[k]:
            k += 1
    return k == len(short)



def _first_part(short: list[str], long: list[str]) -> bool:
    """Whether a body's short name is the start of a longer one that only adds a generic
    tail ("Warner Brothers") or a joined second part ("Tarn Internet and ...")."""
    n = len(short)
    if n >= len(long) or long[:n] != short:
        return False
    return long[n] in ("and", "&") or n == 1 and _generic_tail(long[1:])



# Last words of a company's name that only say what it is: "Warner" is "Warner Brothers". Not
# "Council" or "Committee": "the IAAF Council" is a part of the IAAF, not another name for it.
_CORPORATE_TAILS = frozenset({
    "Group", "Brothers", "Bros", "Holdings", "Corporation", "Corp", "Inc", "plc", "PLC", "Ltd",
    "Limited", "Co", "Company", "International", "Airlines", "Airways", "Motors", "Records",
    "Pictures", "Studios", "Entertainment", "Communications", "Telecom", "Networks", "Systems",
    "Technologies", "Industries", "Enterprises", "Bank", "Oil", "Energy", "Stores"})



def _generic_tail(rest: list[str]) -> bool:
    """Words after a body's distinctive first word that only say what or where it is
    ("Brothers", "Group", "Europe"): the first word alone names the same body."""
    return bool(rest) and all(x in _CORPORATE_TAILS or _is_place(x) or _nationality(x)
                              for x in rest)



MAX_SAME_ENDING = 50  # bodies ending in one word compared for _absorb_short_bodies



def _absorb_short_bodies(groups: dict[tuple[str, str], _Group]) -> None:
    """A body named by two or more words joins the one longer body it shortens."""
    bodies = [g for g in groups.values() if g.kind == "organisation"]
    if len(bodies) < 2:
        return
    words = {g.name: g.name.split() for g in bodies}
    by_last: dict[str, list[_Group]] = {}
    for g in bodies:
        by_last.setdefault(words[g.name][-1], []).append(g)
    by_first: dict[str, list[_Group]] = {}
    for g in bodies:
        by_first.setdefault(words[g.name][0], []).append(g)
    for g in bodies:  # "Tarn Network" is a slip for "Tarn Networks"
        plural = groups.get(("organisation", g.name + "s"))
        if plural is not None and plural is not g and plural.absorbed_by is None and (
                g.absorbed_by is None):
            _absorb(plural, g)
            del groups[("organisation", g.name)]
    bodies = [g for g in bodies if g.absorbed_by is None]
    for g in bodies:
        short = words[g.name]
        # "Warner" of "Warner Brothers", "Tarn Internet" of "Tarn Internet and Public Life
        # Project": the first part of a joined name, or a first word before a generic tail
        longer = [b for b in by_first[short[0]][:MAX_SAME_ENDING] if b is not g
                  and b.absorbed_by is None and _first_part(short, words[b.name])]
        if len(longer) == 1:
            _absorb(longer[0], g)
            del groups[("organisation", g.name)]
            continue
        if len(short) < 2:
            continue
        # bounded: only bodies ending in the same word, a few dozen at most
        longer = [b for b in by_last[short[-1]][:MAX_SAME_ENDING] if b is not g
                  and b.absorbed_by is None and _shortens(short, words[b.name])]
        if len(longer) == 1:
            _absorb(longer[0], g)
            del groups[("organisation", g.name)]



def _echoed(mentions: Sequence[_Mention]) -> list[_Mention]:
    """Unclassified two- or three-word names whose last word stands alone elsewhere as a person:
    "Kenenisa Bekele ... Bekele said", "Mr Bekele", "the Ethiopian runner Bekele". A last word
    merely repeated is no sign ("South Yorkshire ... Yorkshire", "European Indoor ... Indoor")."""
    alone = {m.name for m in mentions if " " not in m.name and (
        m.kind == "person" or (m.kind == "bare" and m.person_hint))}
    out = []
    for m in mentions:
        words = m.name.split()
        if m.kind == "bare" and 2 <= len(words) <= 3 and words[-1] in alone and (
                not words[-1].isupper()) and all(
                w[0].isupper() and not _NOT_A_NAME_WORD.fullmatch(w) for w in words) and not (
                _is_place(words[-1]) or _words().has("suffix", words[-1])
                # "Describing Mr Jackson": a title inside opens the name, so the words before it
                # are none of it
                or any(_words().has("honorific", w) for w in words[1:])):
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
    initials: set[str] | None = None
    for m in (m for m in mentions if m.kind == "bare"):
        found = people.candidates(m.name, None) if " " not in m.name else [
            g for g in [people.exact.get(m.name)] if g is not None]
        if len(found) == 1:  # a lone "Starmer" counts only when it can mean one person
            _add(found[0], m)
        elif not found and m.org_hint:  # "Berlin-based Payvale", no person of that name
            if m.name.isupper():  # "RKS" for Robert Kilroy-Silk: a person's initials
                if initials is None:
                    initials = {_initials(k[1].replace("-", " ")).upper()
                                for k in groups.by_key if k[0] == "person"}
                if m.name in initials:
                    continue
            _add(groups.get("organisation", m.name, m.order), m)



def _rename(m: _Mention, name: str) -> None:
    """The mention now names that organisation (its own text stays as an alias)."""
    m.kind, m.name = "organisation", name



def _settle_kinds(mentions: Sequence[_Mention]) -> None:
    """Consistency within the document: a name seen as a body once is a body wherever nothing
    marks it as a person; canonical names for short forms ("Tory" is the Conservative Party)."""
    canon = _canonical()
    surnames = {m.name.split()[-1] for m in mentions if m.kind == "person" and " " in m.name}
    for m in mentions:
        if m.kind in ("organisation", "bare") and m.name in canon:
            _rename(m, canon[m.name])
        elif m.owner and m.kind == "organisation" and m.name in surnames and (
                m.name not in _words().known_orgs):
            m.kind = "bare"  # "Jones' lawyer": Marion Jones, not a body
    bodies = {m.name for m in mentions if m.kind == "organisation"}
    for m in mentions:
        if m.name in bodies and (m.kind == "bare" or (m.kind == "person" and m.weak)):
            _rename(m, m.name)
    _promote_extended_names(mentions, bodies)
    _resolve_short_forms(mentions)



def _promote_extended_names(mentions: Sequence[_Mention], bodies: set[str]) -> None:
    """"Pernod Ricard" (unclassified) is a body when "Pernod" alone is one later on: news gives
    the full name first. ("Sony ... the Sony Walkman" is a product: it comes after.)"""
    first_seen: dict[str, int] = {}
    for m in mentions:
        if m.kind == "organisation" and m.name in bodies:
            first_seen.setdefault(m.name, m.order)
    for m in mentions:
        words = m.name.split()
        # a listed body's name in front is a product or a unit: "Sony Walkman", "Apple Powerbook"
        if (m.kind == "bare" and len(words) > 1 and words[0] in bodies
                and words[0] not in _words().known_orgs
                and m.order <= first_seen.get(words[0], -1)):
            _rename(m, m.name)



def _resolve_short_forms(mentions: Sequence[_Mention]) -> None:
    """"Allied" for "Allied Domecq", "Rovers" for "Harbourside Rovers", "ISG" for
    "International Steel Group": one-word forms and acronyms join the one body they fit."""
    long_names = {m.name for m in mentions if m.kind == "organisation" and " " in m.name}
    person_words = {w for m in mentions if m.kind == "person" for w in m.name.split()}
    by_word: dict[str, set[str]] = {}
    by_initials: dict[str, set[str]] = {}
    for name in long_names:
        words = name.split()
        for word in (words[0], words[-1]):
            by_word.setdefault(word, set()).add(name)
        by_initials.setdefault(_initials(name).upper(), set()).add(name)
    for m in mentions:
        if m.kind not in ("organisation", "bare") or " " in m.name or _nationality(m.name):
            continue  # "Indian" is no short form of "Indian Steel Exporters' Council"
        if _ACRONYM.fullmatch(m.name):  # "IAAF" is no short form of "IAAF Council"
            found = by_initials.get(m.name.replace("&", ""), set())
        else:
            # "Sony" is a body of its own, not a short form of "Sony Computer Entertainment"
            known = m.name in _words().known_orgs
            found = set() if m.name in person_words or known else by_word.get(m.name, set())
        if len(found) == 1:
            _rename(m, next(iter(found)))



def _merge(mentions: Sequence[_Mention]) -> list[_Group]:
    """Merge mentions into actors: full names first, then one-word mentions resolve to them."""
    _settle_kinds(mentions)
    groups = _Groups()
    _group_full_names(mentions, groups)
    _absorb_short_names(groups.by_key)
    _absorb_short_bodies(groups.by_key)
    for m in _echoed(mentions):  # "Kenenisa Bekele ... Bekele": a surname used alone
        m.kind = "person"
        _add(groups.get("person", m.name, m.order), m)
    _resolve_one_word(mentions, groups)
    _people_in_word_lists(mentions, groups)
    return list(groups.by_key.values())



def _people_in_word_lists(mentions: Sequence[_Mention], groups: _Groups) -> None:
    """In a list of one-word names, two or more of them people, the unresolved ones are people."""
    lists: dict[tuple[int, int], list[_Mention]] = {}
    for m in mentions:
        if m.listed is not None:
            lists.setdefault(m.listed, []).append(m)
    for items in lists.values():
        people = sum(1 for m in items if (g := _final(m.group)) is not None and g.kind == "person")
        if people < 2 or any(m.kind == "organisation" for m in items):
            continue
        for m in items:
            if m.group is None and m.kind == "bare" and not _is_place(m.name):
                m.kind = "person"
                _add(groups.get("person", m.name, m.order), m)
