"""Whether a run of capitals reads as a person's name or a body's, and mentions made from it."""

from __future__ import annotations

from collections.abc import Sequence

from newsum.facts.actors.mentions import _Mention, _Sentence
from newsum.facts.actors.tokens import _Token
from newsum.facts.actors.vocabulary import (
    _ACRONYM,
    _DEMONYM_ENDINGS,
    _NOT_A_NAME_WORD,
    _NOT_IN_NAMES,
    _SPORT_ROLES,
    MAX_NAME_WORDS,
    MAX_ORG_WORDS,
    _compound_body,
    _is_place,
    _places,
    _words,
)
from newsum.facts.countries import is_country_name


def _is_org_name(toks: Sequence[_Token], text: str) -> bool:
    """A known organisation, or one by its last word or its head ("Bank of ...")."""
    w = _words()
    if text in w.known_orgs or len(toks) > MAX_ORG_WORDS:
        return text in w.known_orgs
    if len(toks) == 2 and toks[0].text in w.first_names and w.has("suffix-surname", toks[1].text):
        return False  # "Jim Press", "Guy Chambers": a person, unless known
    if len(toks) >= 2 and (w.has("suffix", toks[-1].text) or w.has("first", toks[0].text)):
        return True  # "Border Security Command", "Sporting Lisbon"
    if len(toks) == 1 and _compound_body(toks[0].text):
        return True  # "Commerzbank"
    # "<head> of/for ..." anywhere: "Bank of ...", "National Union of Miners"
    return len(toks) >= 3 and any(w.has("head", toks[k].text) and toks[k + 1].text in (
        "of", "for") for k in range(len(toks) - 2))



def _org_owner(text: str) -> str | None:
    """The organisation named before a role, unless it is a country or a nationality."""
    if _is_place(text) or _words().has("demonym", text) or any(
            _NOT_A_NAME_WORD.fullmatch(w) for w in text.split()):
        return None  # nor "Oscar-winning" in "Oscar-winning actress Hilary Swank"
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
    if w.has("job-not-surname", toks[-1].text.lower()) or len(toks) > 1 and all(
            t.text.isupper() and len(t.text) > 2 for t in toks):
        return False  # "Group Economist", a heading in capitals: "WHO LEFT EARLY"
    if len(toks) > 1 and w.has("place-start", toks[0].text):
        return False  # "New Delhi", "North Yorkshire"
    if len(toks) == 2 and toks[0].text in w.first_names and (w.has(
            "suffix-surname", toks[1].text) or toks[1].text != "Britain" and (
            is_country_name(toks[1].text) or toks[1].text in _places())):
        return True  # "Jim Press", "Anna France", "Peter London"; not "Tudor England"
    return not (w.has("suffix", toks[-1].text) or w.has("place-suffix", toks[-1].text)
                or _is_place(toks[-1].text) or is_country_name(s.span(first, last)))



def _office_place(s: _Sentence, owner: str, role: str) -> bool:
    """A place or a field named before an office is where or what the person works at, not a
    body: "New York Attorney General", "Norfolk police chief", "Telecoms ombudsman". In sport a
    town before a player is a club ("City boss X")."""
    field = " " not in owner and _words().has("portfolio", owner.lower())
    return (owner in _places() or field) and not s.football and role.lower() not in _SPORT_ROLES



_POST_NOMINALS = frozenset({"MP", "MPs", "QC", "KC", "MEP", "MSP", "OBE", "CBE", "MBE", "KBE",
                            "DBE", "FRS", "PhD"})



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
    while last > start and s.tokens[last].text in _POST_NOMINALS:
        last -= 1  # "Jane Doe MP", "John Roe QC"
    peer = start == last and _words().has("peer", honorific or "")
    if not (_name_like(s, start, last) or (peer and s.tokens[last].capitalised)):
        return None  # a peer may be named by a place: "Baroness Scotland"
    return _Mention("person", s.span(start, last), s.span(first, last), s.order, role, org,
                    honorific)



def _owner_mention(s: _Sentence, owner: str, first: int) -> _Mention:
    """The body named before a role. A sentence's first word(s) may be no name at all
    ("Communications director Nick Davies", "Rock star X"): unclassified there, unless known."""
    m = _Mention("organisation", owner, owner, s.order, owner=True)
    words = owner.split()
    if first == 0 and owner not in _words().known_orgs and not _ACRONYM.fullmatch(owner) and not (
            _words().has("suffix", words[-1])):  # "Rovers chief executive X" is a body's
        m.kind = "bare"
    return m
