"""Each capitalised run of a sentence classified: a person, an organisation, or nothing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from newsum.facts.actors.mentions import (
    _after_the,
    _Mention,
    _plain_gap,
    _Sentence,
    _token_starting,
)
from newsum.facts.actors.names import (
    _is_org_name,
    _name_like,
    _office_place,
    _org_owner,
    _owner_mention,
    _person,
)
from newsum.facts.actors.roles import (
    _APPOSITION_OPEN,
    _CLOSERS,
    _appositive,
    _compound_role_before,
    _follows_role_of,
    _general_appositive,
    _is_head,
    _is_role,
    _plural_head,
    _role_at,
    _role_before,
    _role_before_comma,
    _role_text,
    _speaks,
    _title,
    _with_context_role,
)
from newsum.facts.actors.tokens import _joins, _runs, _spaced, _Token
from newsum.facts.actors.vocabulary import (
    _ABBREVIATED_SUFFIXES,
    _ACRONYM,
    _CLUB_ROLES,
    _CONNECTORS,
    _DESCRIBED,
    _NOT_A_NAME_WORD,
    _NOT_IN_NAMES,
    _NUMBER_AFTER,
    _PAREN_ACRONYM,
    _WEB_DOMAIN,
    MAX_NAME_WORDS,
    MAX_ORG_WORDS,
    _canonical,
    _initials,
    _is_place,
    _nationality,
    _org_before,
    _org_lines,
    _org_section_words,
    _org_verb,
    _places,
    _reportable,
    _words,
)


def _from_role_prefix(s: _Sentence, seg: list[int]) -> list[_Mention]:
    """"Home Secretary Yvette Cooper", "Nato Secretary General Mark Rutte": role, then name."""
    for offset in range(min(4, len(seg) - 1)):
        n = _role_at(s.tokens, seg[offset], seg[-1])
        if n == 0 or offset + n >= len(seg):
            continue
        role, plural = _role_text(s, seg[offset], n)
        if seg[-1] == seg[offset + n] and (not _reportable(role) or offset == 0 and (
                _after_the(s, s.tokens[seg[0]].start))):
            continue  # "Star Wars": praise before one word; "the General Election": a thing
        owner = _org_owner(s.span(seg[0], seg[offset - 1])) if offset else None
        if owner is not None and (len(owner) < 2 or not _reportable(role)
                                  or _office_place(s, owner, role)):
            owner = None  # "R&B singer", "Scrubs star Zach Braff", "New York Attorney General"
        person = _person(s, seg[offset + n], seg[-1], role, owner)
        if person is not None:
            if plural:
                s.list_roles[seg[-1]] = (role, owner)
            org = [_owner_mention(s, owner, seg[0])] if owner else []
            return [*org, *_with_body_after(s, seg[offset + n:], person)]
    return _opening_job_word(s, seg)



def _with_body_after(s: _Sentence, seg: list[int], person: _Mention) -> list[_Mention]:
    """The person, and the body named after "of" in the same run ("... Ben Wood of Collins
    Consulting"), which the person's role then belongs to."""
    split = _person_of_body(s, seg)
    if not split:
        return [person]
    person.organisation = person.organisation or split[1].name
    return [person, split[1]]



def _opening_job_word(s: _Sentence, seg: list[int]) -> list[_Mention]:
    """"Dealer Fenella Marsh said": a job word opening the sentence is a role, not a name."""
    tok = s.tokens[seg[0]]
    if seg[0] != 0 or len(seg) < 3 or not _words().has("role-head", tok.text.lower()):
        return []
    person = _person(s, seg[1], seg[-1], _title(tok.text), None)
    return [person] if person is not None else []



def _name_part(s: _Sentence, seg: list[int]) -> list[int]:
    """The segment up to "of"/"for", without a nationality in front ("American Alan Webb")."""
    # "Simon McBurney for Measure for Measure" is Simon McBurney
    cut = next((k for k, i in enumerate(seg) if s.tokens[i].text in _NOT_IN_NAMES), len(seg))
    seg = seg[:cut]
    first = s.tokens[seg[0]].text
    if len(seg) > 1 and _words().has("demonym", first) or (
            len(seg) > 2 and _nationality(first) and s.tokens[seg[1]].text in _words().first_names):
        seg = seg[1:]  # "American Alan Webb", "Texan Michael Chicoine"
    return seg[_lead_in_words(s, seg):]



def _lead_in_words(s: _Sentence, seg: list[int]) -> int:
    """How many words before a given name are no part of the name: a party or camp ("Lib Dem
    Anna Pike", "Blairite Tom Hale"), a hyphenated description ("Man-of-the-match Dan
    Hale") or a sentence's opening adjective ("Defiant Matt Rowe")."""
    w, toks = _words(), s.tokens
    for k in range(1, min(3, len(seg) - 1)):
        if toks[seg[k]].text not in w.first_names and not (
                k == 1 and w.has("honorific", toks[seg[k]].text)):  # "Commenting Mr Macklin"
            continue
        lead = [toks[i].text for i in seg[:k]]
        if " ".join(lead) in _canonical() or all(x in w.sections["affiliation"] or (
                "-" in x and any(p.islower() for p in x.split("-"))) for x in lead):
            return k
        opening = lead[0]  # capitalised only by its place: no given name, title or body
        if k == 1 and seg[0] == 0 and len(seg) > 2 and opening not in w.first_names and not (
                w.has("honorific", opening) or opening in w.known_orgs
                or w.has("org-cue", opening.lower()) or _is_role(toks[seg[0]: seg[0] + 1])):
            return k
    return 0



def _plain_person(s: _Sentence, seg: list[int]) -> _Mention | None:
    """A person by honorific, given name, context role or speech verb; else None."""
    seg = _name_part(s, seg)
    if not seg:
        return None
    w, first = _words(), s.tokens[seg[0]].text
    titled = w.has("honorific", first) and len(seg) > 1
    named = (first in w.first_names and 2 <= len(seg) <= MAX_NAME_WORDS)
    # a role before one bare word is too weak: "market leader Diageo" is a company
    role_before = (titled or len(seg) > 1) and (_role_before(s.tokens, seg[0], s.text)[1] > 0
                                                 or _compound_role_before(s, seg[0]) >= 0)
    # a role before a comma is too weak for one word: "a fellow at Clare College, Cambridge"
    # a copula makes no person: "Sony Ericsson is the market leader"
    in_context = role_before or _appositive(s, seg[-1]) is not None or (
        _general_appositive(s, seg[-1], copula=False) is not None) or (
        len(seg) > 1 and _role_before_comma(s, seg[0]) is not None)
    described_by = _DESCRIBED.match(s.text, s.tokens[seg[-1]].end)
    # "Jane Doe, 45," / "Jane Doe, who"; one word only with an age: "Radcliffe, 31, won"
    described = described_by is not None and (len(seg) >= 2 or described_by.group()[2:3].isdigit())
    if titled or named or in_context or described or (len(seg) >= 2 and _speaks(s, seg)):
        person = _person(s, seg[0], seg[-1], None, None)
        if person is None:
            return None
        person.weak = not (titled or named or in_context or described)
        return _with_context_role(s, seg, person)
    return None



def _with_acronym(s: _Sentence, last: int, mention: _Mention) -> _Mention:
    """Note "(FAO)" after an organisation's name: an alias, and no mention of its own."""
    m = _PAREN_ACRONYM.match(s.text, s.tokens[last].end)
    if m is not None:
        mention.acronym = m.group(1)
        s.skip.add(m.start(1))
    return mention



def _without_lead_in(toks: Sequence[_Token], seg: list[int]) -> list[int]:
    """Drop "Members of" from "Members of Severn Vale District Council" (a plural lead-in; not
    "Reid of Glenbrae Institute", which is the body's whole name)."""
    w = _words()
    if len(seg) > 3 and toks[1].text == "of" and toks[0].text.endswith("s") and not (
            w.has("head", toks[0].text) or w.has("suffix", toks[0].text)):
        return seg[2:]
    return seg



def _after_owned_of(s: _Sentence, seg: list[int]) -> list[int]:
    """"Quarterly Economic Commentary of Strathclyde University": a body named after "of" by its
    own suffix, when the words before "of" are no body's head ("Bank of", "Institute of"), is
    the body; the words before name something of it."""
    toks, w = s.tokens, _words()
    for k in range(len(seg) - 3, 0, -1):
        if toks[seg[k]].text == "of":
            before, after = toks[seg[k - 1]].text, seg[k + 1:]
            if len(after) >= 2 and k >= 2 and w.has("suffix", toks[after[-1]].text) and not (
                    w.has("head", before) or w.has("suffix", before)) and not any(
                    toks[i].text in _CONNECTORS for i in after):
                return after
            break
    return seg



def _and_start(s: _Sentence, first: int, last: int = -1) -> int:
    """Where an organisation's name starts when "<Capitalised...> and" runs into it."""
    toks = s.tokens
    if first < 2 or toks[first - 1].text != "and" or not toks[first - 2].capitalised:
        return first
    if not _spaced(toks, first - 2, first, s.text):
        return first
    start = first - 2
    while (start > 0 and first - start < MAX_ORG_WORDS and toks[start - 1].capitalised
           and _joins(toks[start - 1], toks[start], s.text)
           and not _words().has("not-name", toks[start - 1].text)):
        start -= 1
    if _words().has("suffix", toks[first - 2].text) and not _spelt_by_acronym(s, start, last):
        return first  # "Marés Capital and Oakhurst Partners" are two bodies
    return start



def _spelt_by_acronym(s: _Sentence, start: int, last: int) -> bool:
    """"Securities and Exchange Commission (SEC)": the bracketed capitals after token `last`
    spell the name from token `start`, so it is one body."""
    if last < 0:
        return False
    m = _PAREN_ACRONYM.match(s.text, s.tokens[last].end)
    return m is not None and _initials(s.span(start, last)).upper() == m.group(1).replace("&", "")



def _org_cue_before(s: _Sentence, first: int) -> bool:
    """A lower-case noun naming a kind of body right before: "drinks firm Allied Domecq"."""
    if first == 0:
        return False
    cue = s.tokens[first - 1]
    word = cue.text.lower()
    if _cue_is_job(s, first) and s.tokens[first].text in _words().first_names:
        return False  # "fellow broadcaster Michael Pointon", "film maker Theo van Gogh"
    return (not cue.capitalised and (_words().has("org-cue", word)
                                     or _words().has("org-plural-cue", word))
            and s.text[cue.end: s.tokens[first].start] == " ")  # or "bookmakers Ladbrokes"



def _cue_is_job(s: _Sentence, first: int) -> bool:
    """The body word before the name is also a person's job ("broadcaster", "film maker"):
    with a given name after it, the name is a person's ("bookmaker William Hill" stays a body:
    "bookmaker" is no job listed in data/actor_words.txt)."""
    toks = s.tokens
    word = toks[first - 1].text.lower()
    if word in _words().roles:
        return True
    return first >= 2 and f"{toks[first - 2].text.lower()} {word}" in _words().roles and (
        s.text[toks[first - 2].end: toks[first - 1].start] == " ")



_BASED = re.compile(r"(?<![\w-])[^\W\d_][\w.-]*-based $")  # "Berlin-based Payvale"



def _org_described_after(s: _Sentence, last: int) -> bool:
    """", the Lisbon start-up that ..." / ", one of Scotland's premier whisky firms": an
    appositive whose last noun is a kind of body (not "a bank manager": the role comes last)."""
    m = _APPOSITION_OPEN.match(s.text, s.tokens[last].end)
    i = None if m is None else _token_starting(s, m.end(), last + 1)
    if i is None:
        return False
    w, toks = _words(), s.tokens
    plural = toks[i].text.lower() == "one" and i + 1 < len(toks) and toks[i + 1].text == "of"
    # ", Italy's business newspaper,": a place's or a body's, like "the"
    owned = toks[i].capitalised and toks[i].possessive and not toks[i].plural_possessive
    if not plural and not owned and toks[i].text.lower() not in ("the", "a", "an"):
        return False
    section = "org-plural-cue" if plural else "org-cue"
    for j in range(i + 1, min(i + 8, len(toks))):
        word = toks[j].text.lower()
        if _is_head(toks[j]) and not w.has(section, word) and j + 1 < len(toks) and (
                toks[j + 1].text in ("of", "at", "for")):
            return False  # ", the leader of Britain's biggest union": a person's role
        if w.has(section, word) and not toks[j].capitalised:
            if toks[j].possessive:
                continue  # "the company's mobile business"; "the firm's chief economist" fails
            return j + 1 == len(toks) or not _is_head(toks[j + 1]) or not _plain_gap(s, j, j + 1)
        if j > i + 1 and not _plain_gap(s, j - 1, j) and not toks[j - 1].possessive:
            return False
        if w.has("role-stop", word) and word not in ("of", "the"):
            return False
    return False



def _org_cue_after_comma(s: _Sentence, seg: list[int]) -> bool:
    """"Greek athletics' governing body, Segas,": a kind of body, a comma, the name, a comma."""
    toks, first = s.tokens, seg[0]
    cue = toks[first - 1].text.lower() if first > 0 else ""
    # "One of Britain's largest game makers, Argonaut Games,"
    return (first > 0 and s.text[toks[first - 1].end: toks[first].start] == ", "
            and not toks[first - 1].capitalised
            and (_words().has("org-cue", cue) or _words().has("org-plural-cue", cue))
            and s.text.startswith(_CLOSERS, toks[seg[-1]].end))



def _org_pair_before(s: _Sentence, first: int) -> bool:
    """"shares in Acme", "staff at John Lewis": two lower-case words only a body follows."""
    toks = s.tokens
    if first < 2 or toks[first - 2].capitalised and first - 2 != 0:
        return False
    pair = (toks[first - 2].text.lower(), toks[first - 1].text)
    return pair in _org_before() and _spaced(toks, first - 2, first, s.text)



def _org_word_after(s: _Sentence, last: int) -> bool:
    """"Pernod shares slipped", "Acme stores": a word after the name that only bodies have."""
    nxt = last + 1
    return (nxt < len(s.tokens) and _plain_gap(s, last, nxt)
            and _words().has("org-after", s.tokens[nxt].text))



# Plural kinds of bodies whose examples are bodies ("chains such as Dunkin' Donuts" are brands)
_SUCH_AS_KINDS = ("firms", "companies", "banks", "carmakers", "airlines", "broadcasters",
                  "newspapers", "retailers", "operators", "insurers", "lenders", "manufacturers",
                  "makers", "unions", "charities", "agencies", "organisations", "bodies",
                  "conglomerates", "publishers", "studios", "supermarkets", "groups")



@cache
def _such_as() -> re.Pattern[str]:
    """"firms such as France's Dassault Aviation, Sweden's Saab and ...": a plural kind of body,
    "such as"/"including", then capitalised names and list separators up to the name."""
    cues = "|".join(sorted(_SUCH_AS_KINDS, key=len, reverse=True))
    item = r"[A-Z][\w&.'’-]*"
    return re.compile(rf"\b(?:{cues}),? (?:such as|including|like) "
                      rf"(?:{item}(?: |, | and | or ))*$")



def _listed_after_kind(s: _Sentence, first: int) -> bool:
    """The name is in a list after "<firms> such as" or "<companies> including"."""
    start = s.tokens[first].start
    window = s.text[max(0, start - 120): start]  # bounded: a few list items
    if "such as " not in window and "including " not in window and "like " not in window:
        return False  # cheap pre-filter: most names follow neither
    return _such_as().search(window) is not None



def _strong_org(s: _Sentence, seg: list[int]) -> bool:
    """Signs that a capitalised name is a body whatever its words ("bookmaker William Hill",
    "Harwood & Vane", "Tallybird, the Lisbon start-up")."""
    if _words().has("honorific", s.tokens[seg[0]].text) or seg[-1] == seg[0] and len(
            s.tokens[seg[0]].text) < 2:
        return False  # "band D property"
    return (_org_cue_before(s, seg[0]) or "&" in s.span(seg[0], seg[-1])
            or _org_described_after(s, seg[-1]) or _org_cue_after_comma(s, seg)
            or _org_word_after(s, seg[-1]) or _org_pair_before(s, seg[0])
            or _listed_after_kind(s, seg[0]))



def _person_of_body(s: _Sentence, seg: list[int]) -> list[_Mention]:
    """"Ben Wood of Collins Consulting": a person's name, "of", then a body's name."""
    w = _words()
    of = next((k for k, i in enumerate(seg) if s.tokens[i].text == "of"), None)
    # "Dr Tom Reed of Leeds University": an honorific marks a person; not a peer's "Lord X of Y"
    titled = next((k for k, i in enumerate(seg) if not w.has("honorific", s.tokens[i].text)), 0)
    if titled and w.has("peer", s.tokens[seg[0]].text):
        return []
    if of is None or not 2 <= of - titled + (titled > 0) <= 3 or of + 1 >= len(seg):
        return []
    first, body = s.tokens[seg[titled]].text, seg[of + 1:]
    if not (titled or first in w.first_names) or not _name_like(s, seg[titled], seg[of - 1]):
        return []
    body_toks = s.tokens[body[0]: body[-1] + 1]
    name = s.span(body[0], body[-1])
    if not (_is_org_name(body_toks, name) or name in _words().known_orgs):
        return []
    person = _person(s, seg[0], seg[of - 1], None, None)
    if person is None:
        return []
    person = _with_context_role(s, seg[:of], person)
    person.organisation = person.organisation or name
    return [person, _Mention("organisation", name, name, s.order)]



def _work_cue_before(s: _Sentence, first: int) -> bool:
    """A lower-case noun for a kind of work right before the name ("film", "album")."""
    if first == 0:
        return False
    cue = s.tokens[first - 1]
    return (not cue.capitalised and _words().has("work-cue", cue.text)
            and s.text[cue.end: s.tokens[first].start] == " ")



def _abbreviation_dot(s: _Sentence, last: int) -> str:
    """"." when the name ends in an abbreviated suffix written with one ("Cascadia Timber Co.")."""
    tok = s.tokens[last]
    return "." if tok.text in _ABBREVIATED_SUFFIXES and s.text.startswith(".", tok.end) else ""



def _classify(s: _Sentence, seg: list[int]) -> list[_Mention]:
    """The mentions one capitalised segment makes (none, one, or an organisation and a person)."""
    toks = s.tokens[seg[0]: seg[-1] + 1]
    text = s.span(seg[0], seg[-1])
    if _is_place(text) or _role_at(s.tokens, seg[0], seg[-1] + 1) == len(seg):
        return []  # a country, or a role on its own ("the Prime Minister": counted later)
    if _work_cue_before(s, seg[0]) or text in _words().fiction:
        return []  # "his film Vera Drake", "Harry Potter": a title or a character, no actor
    if len(seg) > 1 and text not in _words().known_orgs and all(
            t.text.isupper() and len(t.text) > 2 for t in toks):
        return []  # a heading in capitals: "WHO LEFT EARLY"
    if toks[-1].possessive and text + "'s" in _words().known_orgs:
        text += "'s"  # "Sainsbury's"
    numbered = _NUMBER_AFTER.match(s.text, toks[-1].end) if not toks[-1].possessive else None
    if numbered is not None and text + numbered.group() in _words().known_orgs:
        text += numbered.group()  # "BBC Radio 4", "Channel 4"
    domain = _WEB_DOMAIN.match(s.text, toks[-1].end) if len(seg) == 1 else None
    if domain is not None:
        return [_Mention("organisation", text + domain.group(), text, s.order)]
    if text in _org_lines("not-org"):
        return []  # "Premiership", "Champions League": competitions, not bodies
    if text in _words().known_orgs or toks[0].start in s.owners:
        text += _abbreviation_dot(s, seg[-1])  # or "adviser at <Acme>"
        return [_Mention("organisation", text, text, s.order)]
    if _club(s, seg, text) or (len(seg) == 1 and text in _org_section_words("paper")
                               and _after_the(s, toks[0].start)):
        return [_Mention("organisation", text, text, s.order)]  # "Everton", "told the Times"
    return _named_in_context(s, seg, text)


def _named_in_context(s: _Sentence, seg: list[int], text: str) -> list[_Mention]:
    """A segment no list names: a role before it, a sign of a body, or a body's name shape;
    else a person or an unclassified name."""
    toks = s.tokens[seg[0]: seg[-1] + 1]
    mentions = _from_role_prefix(s, seg)
    if mentions:
        return mentions
    if _strong_org(s, seg):
        return [_with_acronym(s, seg[-1], _Mention("organisation", text, text, s.order))]
    if _words().has("place-suffix", toks[-1].text):
        return []  # "Victoria Station", "Parliament Act"
    split = _person_of_body(s, seg)
    if split:
        return split  # "Ben Wood of Collins Consulting"
    if _is_org_name(toks, text):
        seg = _without_lead_in(toks, seg)
        seg = _after_owned_of(s, seg)
        start = _and_start(s, seg[0], seg[-1])
        full = s.span(start, seg[-1])  # "Food and Agriculture Organisation"
        covered = s.by_last.get(seg[0] - 2) if start < seg[0] else None
        if covered is not None and covered.kind == "bare":
            covered.kind = "part"  # "Food" is part of the name, not a mention of its own
        full += _abbreviation_dot(s, seg[-1])
        return [_with_acronym(s, seg[-1], _Mention("organisation", full, full, s.order))]
    return _person_or_bare(s, seg, text)


def _person_or_bare(s: _Sentence, seg: list[int], text: str) -> list[_Mention]:
    """A person (by name, honorific, role or kin), a body by a weaker sign, or, when nothing
    decides, a "bare" mention that the document's other mentions settle later."""
    toks = s.tokens[seg[0]: seg[-1] + 1]
    first = toks[0].text
    if len(seg) <= MAX_NAME_WORDS and first.isupper() and first in _words().known_orgs:
        return [_Mention("organisation", text, text, s.order)]  # "BBC Radio Four"
    person = _plain_person(s, seg)
    if person is not None and person.weak and _after_the(s, toks[0].start):
        return [_Mention("organisation", text, text, s.order)]  # "The Tarnwick Collective said"
    if person is not None:
        return _with_party_before(s, seg, person)
    if len(seg) == 1 and _words().has("mononym", text):
        mono = _Mention("person", text, text, s.order)  # "Madonna", "Cicero"
        mono.role = _role_word_before(s, seg[0])  # "UK rapper Skepta"
        return [mono]
    if _kin_name(s, seg):
        return [_Mention("person", text, text, s.order)]
    if _follows_role_of(s, seg[0]):
        return [_Mention("organisation", text, text, s.order)]  # "a spokesman for Acme"
    if len(seg) == 1 and _ACRONYM.fullmatch(text) and _speaks(s, seg):
        return [_Mention("organisation", text, text, s.order)]  # "OECD said"
    # unknown: kept as "bare" so a surname can resolve, or a role after it make it a body
    if len(seg) > MAX_ORG_WORDS:
        return []
    if _expanded_acronym(s, seg):
        return [_with_acronym(s, seg[-1], _Mention("organisation", text, text, s.order))]
    bare = _Mention("bare", text, text, s.order)
    if len(seg) == 1:
        bare.role = _role_word_before(s, seg[0])  # kept if the word turns out to be a person
        bare.person_hint = bare.role is not None or _speaks(s, seg)
    bare.org_hint = (_BASED.search(s.text, max(0, toks[0].start - 40), toks[0].start) is not None
                     or _org_verb().match(s.text, toks[-1].end) is not None
                     or _owns_role(s, seg[-1]) or _names_a_kind(s, seg)
                     or (len(seg) == 1 and _body_acronym(s, toks[0])))
    return [bare]


def _with_party_before(s: _Sentence, seg: list[int], person: _Mention) -> list[_Mention]:
    """The person, and the party named right before the name ("Lib Dem Anna Pike"), which
    the person then belongs to."""
    start = s.tokens[seg[0]].start
    at = s.text.find(person.surface, start)
    party = _canonical().get(s.text[start: at].strip()) if at > start else None
    if party is None:
        return [person]
    person.organisation = person.organisation or party
    return [_Mention("organisation", party, s.text[start: at].strip(), s.order), person]



def _role_word_before(s: _Sentence, first: int) -> str | None:
    """The lower-case role right before one unclassified word ("defender Vignal's drive"),
    without deciding what the word is: a surname of a person named elsewhere takes it."""
    start, n = _role_before(s.tokens, first, s.text)
    compound = _compound_role_before(s, first)
    if compound >= 0 and (n == 0 or compound < start) and not _plural_head(s.tokens[first - 1]):
        return _title(s.span(compound, first - 1))
    if n == 0:
        return None
    role, plural = _role_text(s, start, n)
    return None if plural else role



def _body_acronym(s: _Sentence, tok: _Token) -> bool:
    """An all-capital word of 3-5 letters ("the IRA", "SDLP"): a body's initials, unless it is
    a common abbreviation of a thing ("TV", "GMT": data/actor_words.txt [not-acronym]), a time
    ("1200 GMT") or a grade ("BBB-")."""
    text = tok.text
    if not (3 <= len(text) <= 5 and text.isupper() and text.isalpha()) or _words().has(
            "not-acronym", text):
        return False
    before, after = s.text[max(0, tok.start - 2): tok.start], s.text[tok.end: tok.end + 1]
    return not (before[:1].isdigit() or after in ("-", "+"))



def _club(s: _Sentence, seg: list[int], text: str) -> bool:
    """A football club: one named by a word that is nothing else ("Everton"), or in a football
    article a town named like a club and not followed by another kind of role ("the Leicester
    singer")."""
    if text in _org_lines("club"):
        return True
    if not s.football or len(seg) != 1 or text not in _org_section_words("club-town"):
        return False
    nxt = seg[-1] + 1
    if nxt < len(s.tokens) and not s.tokens[nxt].capitalised and _plain_gap(s, seg[-1], nxt):
        word = s.tokens[nxt].text.lower()
        return not _role_at(s.tokens, nxt, len(s.tokens)) or word in _CLUB_ROLES
    return True



def _kin_name(s: _Sentence, seg: list[int]) -> bool:
    """One unknown word next to a kin word is a person: "his brother Tariku", "Scott's training
    partner"."""
    toks, first, last = s.tokens, seg[0], seg[-1]
    if len(seg) != 1 or _is_place(toks[first].text) or toks[first].text.isupper():
        return False
    kin = _words().sections["kin"]
    if first > 0 and toks[first - 1].text in kin and _plain_gap(s, first - 1, first):
        return True
    if not toks[last].possessive or toks[last].plural_possessive:
        return False
    return any(toks[k].text in kin and not toks[k].capitalised
               for k in range(last + 1, min(last + 3, len(toks))))



def _owns_role(s: _Sentence, last: int) -> bool:
    """"Corvex's chairman": a name with "'s" and a lower-case role right after it."""
    toks = s.tokens
    if not toks[last].possessive or toks[last].plural_possessive or last + 1 >= len(toks):
        return False
    return not toks[last + 1].capitalised and _role_at(toks, last + 1, len(toks)) > 0



_ARTICLES = frozenset({"a", "an", "the"})



def _names_a_kind(s: _Sentence, seg: list[int]) -> bool:
    """"a Tarnwick spokesman", "the Lomax chain": an article, the name, then a lower-case role
    or kind of body (not one naming the next name: "the firm Acme")."""
    toks, first, nxt = s.tokens, seg[0], seg[-1] + 1
    if first == 0 or toks[first - 1].text.lower() not in _ARTICLES or nxt >= len(toks):
        return False
    if s.span(first, seg[-1]) in _places() and not s.football:
        return False  # "the Milan stock exchange": a place describing a body, not its name
    name = s.span(first, seg[-1])
    if toks[nxt].capitalised or not _plain_gap(s, seg[-1], nxt) or _nationality(name) or any(
            "-" in w or _NOT_A_NAME_WORD.fullmatch(w) for w in name.split()):
        return False  # "the Indian-born magnate", "a Scottish spokesman"
    if nxt + 1 < len(toks) and toks[nxt + 1].capitalised and _plain_gap(s, nxt, nxt + 1):
        return False  # "the firm Acme": the kind names the next name
    n = _role_at(toks, nxt, len(toks))
    role_head = toks[nxt + n - 1].text.lower() if n else ""
    return _words().has("org-cue", toks[nxt].text) or _words().has("body-role", role_head)



def _expanded_acronym(s: _Sentence, seg: list[int]) -> bool:
    """"Royal Society for Birds (RSB)": a name of 2+ words spelt out by the acronym after it."""
    m = _PAREN_ACRONYM.match(s.text, s.tokens[seg[-1]].end)
    if m is None or len(seg) < 2 or not _ACRONYM.fullmatch(m.group(1)):
        return False
    return _initials(s.span(seg[0], seg[-1])).upper() == m.group(1).replace("&", "")



# A football line-up: "Subs Not Used: Fish, Jeffers." or "Nash, Reiziger (Graham 82), Riggott,
# ..." - a label or a colon, or four or more items; every item is a player, a person
_PLAYER = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}"

_LINE_UP_ITEM = rf"{_PLAYER}(?: \({_PLAYER} \d{{1,3}}\))?"

_LINE_UP = re.compile(rf"(?:(?:(?i:subs|substitutes)(?: (?i:not used))?)?: ?"
                      rf"{_LINE_UP_ITEM}(?:, {_LINE_UP_ITEM})*"
                      rf"|{_LINE_UP_ITEM}(?:, {_LINE_UP_ITEM}){{3,}})\.?")

_LINE_UP_NAME = re.compile(_PLAYER)

_REFEREE = re.compile(r"(?:: ?)?([A-Z] [A-Z][\w'’-]+)(?: \([\w .'’-]{1,30}\))?\.?")



def _line_up(s: _Sentence) -> list[_Mention] | None:
    """The players of a football line-up sentence (and its referee line), else None."""
    if not s.football or len(s.text) > 600:
        return None
    if _LINE_UP.fullmatch(s.text) is not None:
        names = [(m.group(), m.start()) for m in _LINE_UP_NAME.finditer(s.text)]
        if s.text[:1] != ":" and names and names[0][0].split()[0].lower() in (
                "subs", "substitutes"):
            names = names[1:]
    elif (ref := _REFEREE.fullmatch(s.text)) is not None:
        names = [(ref.group(1), ref.start(1))]  # "M Riley (W Yorkshire)."
    else:
        return None
    found = []
    for name, pos in names:
        m = _Mention("person", name, name, s.order)
        m.pos, m.end = pos, pos + len(name)
        found.append(m)
    return found



def _sentence_mentions(text: str, order: int,
                       football: bool = False) -> tuple[list[_Mention], _Sentence]:
    """Every mention in one sentence, in order."""
    s = _Sentence(text, order, football)
    players = _line_up(s)
    if players is not None:
        return players, s
    found: list[_Mention] = []
    for seg in _runs(s.tokens, s.text):
        if s.tokens[seg[0]].start in s.skip:
            continue
        mentions = _classify(s, seg)
        for m in mentions:
            m.pos = s.tokens[seg[0]].start
        if mentions and seg[0] == 0:
            mentions[-1].lead = True
        if len(mentions) == 1:
            s.by_last[seg[-1]] = mentions[0]
            mentions[0].end = s.tokens[seg[-1]].end
            mentions[0].possessive = s.tokens[seg[-1]].possessive
        found.extend(mentions)
    _settle_neighbours(s, found)
    _settle_field_lists(s, found)
    return found, s



_LIST_GAP = re.compile(r"(?:,|,? and|,? or) ")  # between names of a list



def _settle_neighbours(s: _Sentence, found: Sequence[_Mention]) -> None:
    """Within a sentence: an unclassified two- or three-word name listed next to a person is a
    person ("Ian McEwan, Kazuo Ishiguro and Ali Smith")."""
    for a, b in zip(found, found[1:], strict=False):
        if a.end < 0 or b.pos < a.end:
            continue
        gap = s.text[a.end: b.pos]
        if _LIST_GAP.fullmatch(gap) is None or a.possessive:
            continue
        for m, other in ((a, b), (b, a)):
            if m.kind == "bare" and other.kind == "person" and 2 <= len(m.name.split()) <= 3 and (
                    all(w[0].isupper() for w in m.name.split())) and not _after_the(s, m.pos):
                m.kind, m.weak = "person", True
    _settle_body_lists(s, found)
    _settle_expansions(s, found)
    _mark_word_lists(s, found)



MIN_LIST_ITEMS = 3  # "Cech, Ferreira, Carvalho": a list of one-word names this long or longer



def _mark_word_lists(s: _Sentence, found: Sequence[_Mention]) -> None:
    """Mark lists of one-word names ("Cech, Ferreira, Carvalho, Terry, Gallas"): if the list
    holds known people, the unknown names in it are people too (settled in _merge)."""
    k = 0
    while k < len(found):
        j = k
        while j < len(found) and " " not in found[j].name and found[j].kind in (
                "bare", "person") and (j == k or _list_gap(s, found[j - 1], found[j]) is not None):
            j += 1
        if j - k >= MIN_LIST_ITEMS:
            for m in found[k: j]:
                m.listed = (s.order, k)
        k = max(j, k + 1)



def _settle_expansions(s: _Sentence, found: Sequence[_Mention]) -> None:
    """"Cepes (Peruvian Centre for Social Studies)": a name in brackets right after a body's
    name is that body's long form, an alias rather than a second body. An unclassified word
    before a body's long name in brackets is the body's short name."""
    for a, b in zip(found, found[1:], strict=False):
        if a.end < 0 or s.text[a.end: b.pos] != " (" or not s.text.startswith(")", b.end):
            continue
        short = a.kind == "bare" and " " not in a.name and len(b.name.split()) >= 3
        if (a.kind == "organisation" or short) and (
                b.kind == "organisation" or b.kind == "bare" and a.kind == "organisation"):
            a.kind = "organisation"
            b.kind, b.name = "organisation", a.name



# "Ministry of Economy, Trade and Industry": a body's head, "of"/"for", then a list of fields
_FIELDS_HEAD = re.compile(r"\b(?:Department|Ministry|Institute|Office|Committee|Council|"
                          r"Commission|Centre|School|Faculty) (?:of|for) [A-Z]")

_FIELD_GAPS = (", ", " and ", ", and ", " & ")



def _field_word(name: str) -> bool:
    """A field a body covers ("Trade", "Culture", "Rural Affairs"), not a body of its own."""
    words = name.split()
    return len(words) <= 2 and name not in _words().known_orgs and not (
        len(words) == 2 and _words().has("suffix", words[-1]))  # "Media" is a field here



def _settle_field_lists(s: _Sentence, found: Sequence[_Mention]) -> None:
    """"Department for Culture, Media and Sport", "National Institute of Economic and Social
    Research (NIESR)": a body whose fields are listed is one body, not one per field."""
    for k, a in enumerate(found):
        if a.kind != "organisation" or a.end < 0 or not _FIELDS_HEAD.search(a.surface):
            continue
        end, j, closed, fields = a.end, k + 1, False, True
        while j < len(found) and found[j].end > 0 and not closed and j - k <= MAX_ORG_WORDS:
            b = found[j]
            gap = s.text[end: b.pos] if b.pos >= end else ""
            if b.pos >= end and gap not in _FIELD_GAPS:
                break
            fields = fields and _field_word(s.text[b.pos: b.end])
            closed = b.pos < end or gap != ", "  # "and" (or an overlap) ends the list
            end, j = max(end, b.end), j + 1
        name = s.text[a.pos: end]
        given = found[j] if j < len(found) and found[j].pos == end + 2 and (
            s.text[end: end + 2] == " (") else None  # "(METI)", unless the last field took it
        acronym = given.name if given is not None else found[j - 1].acronym
        spelt = acronym is not None and _initials(name).upper() == acronym
        # "Council of Mortgage Lenders, British Bankers Association and ...": bodies, no fields
        if not closed or not (fields or spelt):
            continue
        for b in found[k + 1: j]:
            b.kind = "part"
        a.name = a.surface = name
        a.end = end
        if spelt:
            a.acronym = acronym
            if given is not None:
                given.kind = "part"



def _list_gap(s: _Sentence, a: _Mention, b: _Mention) -> str | None:
    """The text between two mentions when it joins items of a list ("," or "and"), else None."""
    if a.end < 0 or b.pos < a.end or a.possessive:
        return None
    gap = s.text[a.end: b.pos]
    return gap if _LIST_GAP.fullmatch(gap) else None



def _settle_body_lists(s: _Sentence, found: Sequence[_Mention]) -> None:
    """"Zenlora, Sony and Microsoft": an unclassified name listed with a body is likely one. A
    lone comma must be part of a longer list ("Clare College, Cambridge" is an address)."""
    gaps = [_list_gap(s, a, b) for a, b in zip(found, found[1:], strict=False)]
    for i, m in enumerate(found):
        if m.kind != "bare":
            continue
        for j, k in ((i - 1, i - 1), (i + 1, i)):  # (neighbour, gap between them)
            if not (0 <= j < len(found) and found[j].kind == "organisation" and gaps[k]):
                continue
            longer = any(0 <= x < len(gaps) and gaps[x] for x in (k - 1, k + 1))
            if "," not in (gaps[k] or ",") or longer:
                m.org_hint = True
