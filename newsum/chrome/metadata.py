"""Headline, byline and publication date found in the lines of a text dump."""

from __future__ import annotations

import re

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
_TIME = r"(?:\W{1,3}(?:at\s+)?(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?:\s*(?P<ap>[ap])\.?m\.?)?)?"
# Each form carries named groups d, mon (name or number) and y; the time is optional after it.
DATE_FORMS = (
    re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<y>\d{{4}}){_TIME}", re.I),
    re.compile(rf"\b{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}}){_TIME}", re.I),
    re.compile(rf"\b(?P<y>\d{{4}})-(?P<mon>\d{{2}})-(?P<d>\d{{2}})(?:[T ]{_TIME[5:]}", re.I),
    re.compile(rf"\b(?P<mon>\d{{1,2}})/(?P<d>\d{{1,2}})/(?P<y>\d{{4}}|\d{{2}})\b{_TIME}", re.I),
)
# A time placed before the date ("22:40, 6 November 2024" or "6:56 AM ET, Tue Nov 19, 2019").
LEADING_TIME = re.compile(r"^\D{0,30}?(?P<h>\d{1,2})[:.](?P<mi>\d{2})\s*(?P<ap>[ap])?\.?m?\b", re.I)
# Words that may sit around a date on a date line without making it prose.
DATE_FILLER = re.compile(
    r"\b(published|updated|posted|last|modified|on|at|am|pm|a\.m|p\.m|et|est|edt|bst|gmt|utc|cet|"
    r"pst|pdt|cst|cdt|ist|mon|tue|wed|thu|fri|sat|sun|[a-z]+day|today|by|and|hours?|mins?|"
    r"minutes?|ago|read|time|\d+)\b",
    re.I,
)
WORD = re.compile(r"\w+")
# every date form has a year of two or four digits: a line without two digits in a row is
# rejected before the four date regexes run (most lines of an article have none)
TWO_DIGITS = re.compile(r"\d\d")
# "By Jane Doe", "By Jane Doe and John Roe, Reuters", "By Tess Bonn - 11/19/19 06:56 AM EST".
BYLINE = re.compile(
    r"^(?:by|words by|written by|author:?|von|por|di|par)\s+(?P<name>[^\W\d][^|•·,;:\-–—]{1,80})",
    re.I,
)
# "Posted on March 3, 2026 by Maya Lindqvist": a date line ending in the byline.
TRAILING_BY = re.compile(r"\bby\s+(?P<name>[^\W\d][^|•·,;:\-–—]{1,60})$", re.I)
# Marks of a line that is not a headline: separators, addresses, labels.
NOT_HEADLINE = re.compile(
    r"[|@»>/]|https?:|www\.|^(by|posted|updated|published|you are here|home)\b", re.I
)
# Words that open a byline or label, never a bare name.
NOT_NAME_START = {"by", "von", "por", "par", "di", "posted", "updated", "published", "home"}
# Words of section labels that look like names in Title Case.
SECTION_WORDS = {"news", "business", "world", "sport", "sports", "politics", "opinion", "latest",
                 "breaking", "live", "video", "more", "home", "markets", "tech", "culture"}
NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|de|da|del|van|von|der|la|le|al|bin|ibn)$")
MAX_NAME_WORDS = 5
# The last word of a job title printed after a byline name ("Economics editor").
JOB_WORDS = {"editor", "correspondent", "reporter", "writer", "columnist", "journalist",
             "producer", "contributor", "critic", "analyst", "photographer"}
MARKUP = re.compile(r"^#{1,6}\s+")
MAX_DATE_LINE_EXTRA_WORDS = 3  # words a date line may hold besides the date and filler


def find_date(line: str) -> str | None:
    """The first date in a line as ISO 8601 (date, or date-time when a time is given)."""
    if TWO_DIGITS.search(line) is None:
        return None
    for form in DATE_FORMS:
        found = form.search(line)
        if found:
            iso = _iso(found.groupdict(), line[: found.start()])
            if iso:
                return iso
    return None


def _iso(parts: dict[str, str | None], before: str) -> str | None:
    """ISO text from matched date parts, or None when they are not a real date."""
    mon_text = (parts.get("mon") or "").lower().rstrip(".")
    month = int(mon_text) if mon_text.isdigit() else _month_number(mon_text)
    day, year = int(parts["d"] or 0), int(parts["y"] or 0)
    if month > 12 and day <= 12 and mon_text.isdigit():
        month, day = day, month  # "21/06/2014": a day-first numeric date
    year = year + 2000 if year < 100 else year
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2100):
        return None
    date = f"{year:04d}-{month:02d}-{day:02d}"
    hour, minute, ampm = parts.get("h"), parts.get("mi"), parts.get("ap")
    if hour is None:
        lead = LEADING_TIME.search(before)
        if lead is None:
            return date
        hour, minute, ampm = lead["h"], lead["mi"], lead["ap"]
    return date + _clock(int(hour), int(minute or 0), ampm)


def _month_number(name: str) -> int:
    """1-12 for a month name or abbreviation, 0 when it is none ("sept" has its own key)."""
    return MONTHS.get(name[:4]) or MONTHS.get(name[:3], 0)


def _clock(hour: int, minute: int, ampm: str | None) -> str:
    """"THH:MM" from a 12- or 24-hour time; empty when the time is impossible."""
    if ampm:
        hour = hour % 12 + (12 if ampm.lower() == "p" else 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return ""
    return f"T{hour:02d}:{minute:02d}"


def is_date_line(line: str) -> bool:
    """True when a line is a date (plus filler like "Updated", a weekday or a time zone)."""
    if len(line) > 120 or find_date(line) is None:
        return False
    rest = line
    for form in DATE_FORMS:
        rest = form.sub(" ", rest)
    rest = DATE_FILLER.sub(" ", rest)
    return len(WORD.findall(rest)) <= MAX_DATE_LINE_EXTRA_WORDS


def byline_author(line: str) -> str | None:
    """The author's name in a "By ..." line ("Ann Lee and Bob Ray" for two), or None."""
    line = strip_markup(line)
    # cutting at a date keeps the line's start, so a line that does not open like a byline
    # never will: the date search is skipped for it
    opens = BYLINE.match(line) is not None
    found = (opens and BYLINE.match(_before_date(line))) or (
        find_date(line) and TRAILING_BY.search(line))
    if not found:
        return None
    name = re.split(r"\s+(?:-|–|—|\||on|updated|published)\s+", found["name"])[0].strip()
    name = re.sub(r"\s+\d.*$", "", name).strip()
    names = name.split(" and ")
    if all(looks_like_name(part) for part in names):
        return name
    return names[0] if looks_like_name(names[0]) else None


def _before_date(line: str) -> str:
    """A line cut where a date begins ("by Regan September 15, 2014" → "by Regan")."""
    if TWO_DIGITS.search(line) is None:
        return line
    for form in DATE_FORMS:
        found = form.search(line)
        if found:
            line = line[: found.start()].strip()
    return line


def name_with_job(line: str) -> str | None:
    """The name in a "Thomas Redfern Economics editor" line (a name, then a job title)."""
    words = strip_markup(line).split()
    if not words or words[-1].lower() not in JOB_WORDS or len(words) > MAX_NAME_WORDS + 3:
        return None
    for size in (3, 2):
        name = " ".join(words[:size])
        if len(words) > size and looks_like_name(name) and words[size][:1].isupper():
            return name
    return None


def strip_markup(line: str) -> str:
    """A line without Markdown heading marks and emphasis ("# Title", "*By Ann Lee*")."""
    return MARKUP.sub("", line.strip()).strip("*_ ")


def looks_like_name(line: str) -> bool:
    """True for a bare personal name line: two to five capitalised words, no sentence marks."""
    words = line.split()
    if not 2 <= len(words) <= MAX_NAME_WORDS or any(c in line for c in "!?:;,\"“”()"):
        return False
    if words[0].lower() in NOT_NAME_START or line.isupper():
        return False  # "By Reuters" is a credit; an all-caps line is a section label
    if any(word.lower() in SECTION_WORDS for word in words):
        return False  # "Business News", "World Politics": a section label beside the date
    capitals = sum(1 for w in words if w[:1].isupper())
    return capitals >= 2 and all(NAME_WORD.match(w) for w in words)


def is_headline(line: str, words: int) -> bool:
    """True for a line shaped like a headline: 3 to 30 words, not ending in a full stop.

    Lines with an address, a date, a byline or menu separators are page furniture.
    """
    stripped = line.rstrip()
    if not 3 <= words <= 30 or stripped.endswith((".", ",", ":", ";")):
        return False
    return NOT_HEADLINE.search(stripped) is None and find_date(stripped) is None
