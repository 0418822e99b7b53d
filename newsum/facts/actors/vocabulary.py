"""The word lists actors are read with, the bounds of every scan, and tests on single words.

Data: data/actor_words.txt, data/organisations.txt, data/places.txt, data/first_names.txt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsum.facts._data import data_sections, data_words
from newsum.facts.countries import is_country_name

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

_NUMBER_AFTER = re.compile(r" \d{1,2}(?![\d,.]\d)")  # "BBC Radio 4": the tokens skip digits

_WEB_DOMAIN = re.compile(r"\.(?:com|net|org|co\.uk|org\.uk)\b")  # "Whatsonstage.com" is a body

_ABBREVIATED_SUFFIXES = frozenset({"Co", "Inc", "Corp", "Ltd", "Bros"})  # written with "."



@dataclass(frozen=True)
class _Words:
    """The word lists of data/actor_words.txt and data/organisations.txt."""

    sections: dict[str, frozenset[str]]
    roles: frozenset[str]
    known_orgs: frozenset[str]
    first_names: frozenset[str]
    fiction: frozenset[str]  # characters and titles named like people ("Harry Potter")

    def has(self, section: str, word: str) -> bool:
        """Whether the word is in the named section."""
        return word in self.sections[section]



@cache
def _words() -> _Words:
    """Load the actor word lists once."""
    actor, orgs = data_sections("actor_words.txt"), data_sections("organisations.txt")
    words = {**actor, **{k: orgs[k] for k in ("suffix", "suffix-surname", "suffix-ending", "head",
                                              "first", "org-cue", "org-plural-cue")}}
    sections = {k: frozenset(w for line in v for w in line.split()) for k, v in words.items()}
    # a role phrase may end in the last word of any listed role ("... risk manager")
    sections["role-head"] = sections["role-head"] | {r.split()[-1] for r in actor["role"]}
    # every word that may sit in a role phrase: "managing director" is no verb before a name
    sections["role-word"] = frozenset(w for r in actor["role"] for w in r.split()) | (
        sections["role-modifier"] | sections["portfolio"])
    return _Words(sections, frozenset(actor["role"]), frozenset(orgs["known"]),
                  data_words("first_names.txt"), frozenset(actor["fiction"]))



@cache
def _org_lines(section: str) -> frozenset[str]:
    """The entries of a one-name-a-line section of data/organisations.txt ("not-org", "club")."""
    return frozenset(data_sections("organisations.txt").get(section, ()))



@cache
def _org_section_words(section: str) -> frozenset[str]:
    """The words of a section of data/organisations.txt ("paper", "club-town")."""
    return frozenset(w for line in data_sections("organisations.txt").get(section, ())
                     for w in line.split())



# A football article: a town named like a club is the club there ("the FA Cup defeat at Newcastle")
_FOOTBALL = re.compile(r"\b(?:football(?:er|ers)?|Premiership|Premier League|Champions League|"
                       r"FA Cup|Uefa|Carling Cup|La Liga|Serie A|striker|midfielder|goalkeeper)\b")

# roles a club has: "Liverpool captain"; another lower-case role after a town is no club's
_CLUB_ROLES = frozenset({"manager", "boss", "coach", "captain", "striker", "midfielder",
                         "defender", "goalkeeper", "keeper", "winger", "forward", "player",
                         "chairman", "chief", "director", "fans", "supporters", "side", "squad"})

_POSITIONS = frozenset({"striker", "midfielder", "defender", "goalkeeper", "keeper", "winger",
                        "forward", "full-back", "centre-back", "centre-half"})



@cache
def _org_before() -> frozenset[tuple[str, str]]:
    """Word pairs only a body's name follows (data/organisations.txt [org-before])."""
    pairs = (line.split() for line in data_sections("organisations.txt").get("org-before", ()))
    return frozenset((p[0], p[1]) for p in pairs if len(p) == 2)



@cache
def _org_verb() -> re.Pattern[str]:
    """Words after a name that mark an institution (data/organisations.txt [org-verb])."""
    phrases = sorted(data_sections("organisations.txt").get("org-verb", ()), key=len, reverse=True)
    alternation = "|".join(" ".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(rf" (?:{alternation})\b")



def _compound_body(word: str) -> bool:
    """One word ending in a lower-case body word ("Hypovereinsbank"), the ending not all."""
    return any(word.endswith(e) and len(word) > len(e) + 2 and word[-len(e) - 1].islower()
               for e in _words().sections.get("suffix-ending", ()))



_NATIONALITY_ENDINGS = (*_DEMONYM_ENDINGS, "an")  # "Ugandan" too


def _nationality(word: str) -> bool:
    """A nationality word: listed, or one word ending like one ("Ugandan", "Japanese")."""
    return _words().has("demonym", word) or (" " not in word and word.endswith(
        _NATIONALITY_ENDINGS))



@cache
def _places() -> frozenset[str]:
    """Places below a country (data/places.txt): states, counties, regions, cities."""
    return frozenset(line for lines in data_sections("places.txt").values() for line in lines)



# sports roles a place may own as a club's: "Bath prop X", "Glasgow club"
_SPORT_ROLES = _CLUB_ROLES | _POSITIONS | frozenset({
    "prop", "lock", "flanker", "hooker", "fly-half", "scrum-half", "centre", "wing", "full-back",
    "number eight", "back-row", "sprinter", "athlete", "runner", "hurdler", "jumper", "boxer",
    "skipper", "team-mate", "fan", "bowler", "batsman", "jockey", "trainer", "rider", "driver"})



def _is_place(text: str) -> bool:
    """A country, or a place in the not-actor list ("England", "London")."""
    return is_country_name(text) or _words().has("not-actor", text)



def _reportable(role: str | None) -> str | None:
    """The role, unless it is praise or a result ("Olympic Champion"): those are no roles."""
    if role is None or _words().has("not-role", role.split()[-1].lower()):
        return None
    return role



@cache
def _canonical() -> dict[str, str]:
    """Short forms of bodies to their canonical names (data/organisations.txt [canonical])."""
    out: dict[str, str] = {}
    for line in data_sections("organisations.txt").get("canonical", ()):
        name, _, aliases = line.partition("=")
        for alias in aliases.split("|"):
            out[alias.strip()] = name.strip()
    return out



def _initials(name: str) -> str:
    """"International Steel Group" -> "ISG"; small words and "&" are skipped."""
    return "".join(w[0] for w in name.replace("-", " ").split()
                   if w not in ("of", "and", "the", "for", "&", "de", "du", "des"))



def _verb_like(word: str) -> bool:
    """A lower-case word that reads as a verb after a noun: "the striker played", "the keeper
    nodding"; "the official line-up" has none."""
    return len(word) > 4 and word.endswith(("ed", "ing"))
