"""People and organisations named in the body, found by rules rather than a statistical model.

Each sentence becomes tokens; runs of capitalised tokens (joined by "of", "de", "van", "&" ...)
are split at words that are never names ("The", "Monday", "Berlin-based") and each piece is
classified:

1. a country, a place or a thing (runs ending "Street", "Award", "Centre" ...) is skipped, and
   so is a title after a kind of work ("his film Vera Drake");
2. a known organisation, a run ending in an organisation word ("Command", "Council", "Co."),
   with "<Bank|Union|Society...> of/for" in it, named after a role ("adviser at Starline
   Games") or with a sign of a body ("drinks firm X", "X, the Lisbon start-up", "Harwood &
   Vane", "X shares", "stake in X", "Whatsonstage.com", "Royal Society for Birds (RSB)") is an
   organisation ("(FAO)" after it is an alias, and so is a long name in brackets after a short
   one); weaker signs ("X announced", "the X said", "a X spokesman", "the X chain", "X's
   chairman", X listed with a body) make one only if no person has that name;
3. a role before a name ("Home Secretary Yvette Cooper"), an honorific ("Sir Keir"), a known
   given name ("Yvette Cooper"), a speech verb ("Wang Yi said"), a description ("Jane Doe,
   45,"), an appositive role, or a one-name person ("Madonna") makes a person.

Roles come in capitals before the name, in lower case before it ("Tesco chief executive Sir
Terry Leahy", "Waterstone's fiction writer buyer Suzie Doore"), before a comma ("The shadow
chancellor, Owen Threlfall,", "The chairman of Acme, Ann Lee,"), after a copula or a relative
clause ("Ann Lee is chief executive of Acme", "Ann Lee, who founded it, is its chairman"),
as an appositive after it (", senior winners' adviser at Starline Games,", ", who is the
party's spokesman,", ", head of policy at Oxfam,"), from a plural before a list ("authors A
and B"), from a lede ("A bus driver who won ... . Derek Holloway, 52, ..."), or from "the
<role>" referring back to the last person named ("Mr Blunkett ... The home secretary said").
A role phrase is lower-case words ending in a job word (data/actor_words.txt [role],
[role-head]); praise ("champion") is no role.

Mentions then merge, with consistency within the document: "Sir Keir", "Starmer" and "Sir Keir
Starmer" count for "Keir Starmer"; a name seen as a body once is a body where nothing marks a
person; "Allied" joins "Allied Domecq", "ISG" joins "International Steel Group", "Tory" is the
Conservative Party; a bare name listed next to people is a person. Data:
data/actor_words.txt, data/organisations.txt, data/first_names.txt. Everything is linear in
the input: every scan is bounded (MAX_* constants) and the look-ups are sets or binary searches.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsum.facts.actors.classify import _sentence_mentions
from newsum.facts.actors.mentions import _Mention, _Sentence
from newsum.facts.actors.merge import _merge
from newsum.facts.actors.refer import _LOWER_EXPANSION, _count_roles, _infer_roles, _refer_back
from newsum.facts.actors.vocabulary import (
    _DEMONYM_ENDINGS,
    _FOOTBALL,
    _canonical,
    _is_place,
    _nationality,
    _org_lines,
    _org_section_words,
    _words,
)
from newsum.models import Actor


def _spelt_terms(sentences: Sequence[str]) -> frozenset[str]:
    """Acronyms the text spells out in lower case: terms ("CSR", "RFID"), not bodies' names."""
    terms = set()
    for text in sentences:
        if "(" not in text:
            continue
        for m in _LOWER_EXPANSION.finditer(text):
            acronym = m.group(2)
            words = m.group(1).replace("-", " ").split()[-len(acronym):]
            if "".join(w[0] for w in words).upper() == acronym:
                terms.add(acronym)
    return frozenset(terms)



_GENERIC_STATE = re.compile(r"(\w+) (?:Government|Administration|government|administration)")



def _no_body(name: str, things: frozenset[str]) -> bool:
    """A name that is never an organisation: a term or a thing ("CSR", "TV"), one letter, a
    nationality or camp word on its own ("Chinese computer firm X", "a Eurosceptic party"), a
    negated name ("Non-European Union"), a former state, or a state's government described
    ("the British Government")."""
    w = _words()
    if name in things or len(name) < 2 or name.startswith("Non-") or (
            name in _org_lines("not-org")):
        return True
    generic = _GENERIC_STATE.fullmatch(name)
    if generic is not None and (_nationality(generic.group(1)) or _is_place(generic.group(1))):
        return True
    if " " in name or name in w.known_orgs or name in _org_section_words("paper"):
        return False  # "told the Independent": a paper named like a camp
    return w.has("demonym", name) or w.has("affiliation", name) or name.endswith(_DEMONYM_ENDINGS)



def find_actors(sentences: Sequence[str]) -> list[Actor]:
    """People and organisations named in the sentences, most mentioned first."""
    mentions: list[_Mention] = []
    parsed: list[_Sentence] = []
    football = any(_FOOTBALL.search(text) for text in sentences)
    for order, text in enumerate(sentences):
        found, s = _sentence_mentions(text, order, football)
        mentions.extend(found)
        parsed.append(s)
    terms = _spelt_terms(sentences)
    things = terms | _words().sections["not-acronym"]  # "the TV network": no body
    for m in mentions:
        if m.kind != "person" and _no_body(m.name, things):
            m.kind = "part"  # kept in place: a list of names it sits in stays a list
    groups = _merge(mentions)
    _infer_roles(groups, parsed, mentions)
    _refer_back(groups, parsed, mentions)
    _count_roles(groups, parsed)
    groups.sort(key=lambda g: (-g.mentions, g.order))
    canon = _canonical()  # "Tory leader Michael Howard": organisation "Conservative Party"
    return [Actor(g.name, g.kind, g.role, g.mentions, tuple(g.aliases),
                  canon.get(g.organisation, g.organisation) if g.organisation else None)
            for g in groups]
