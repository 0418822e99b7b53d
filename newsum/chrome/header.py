"""The article's header in a text dump: headline, byline and date around the body's start."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsum.chrome import metadata
from newsum.chrome.lines import (
    CJK,
    COMMENTS,
    DOUBLED,
    PULL_QUOTE,
    RELATED,
    SHARE_PROMPT,
    WORD,
    Line,
)
from newsum.chrome.widgets import WIDGET_REASONS

# Thresholds: all tuned on the dev split of chrome-dumps and the samples.
HEADER_SCAN_LINES = 8  # non-blank lines at the top of the block searched for byline/date
# When a byline or date line sits just above the block, one inside it under more than these
# prose words is no second header: a book box's "By Ann Lee. Press." or a quoted post's date
# under the article's first paragraphs. (With none above, a date line low in the block is
# where a short article starts under a sidebar, and it is kept as the header, unless it
# closes the story over it: see _closes_story.)
HEADER_MAX_PROSE = 60
# Stamps to the minute, parted by prose, that make the block a live blog: after its first
# paragraph, an entry's stamp is no date line of the header (the paragraphs over it are
# entries, not a standfirst).
LIVE_STAMPS = 3
STORY_OVER_DATE = 2  # paragraphs over a date line low in the block that may be the story
CJK_TITLE_SHARE = 0.5  # share of its character pairs a CJK headline over a standfirst holds
TITLE_SCAN_LINES = 12  # non-blank lines above the header searched for the headline
# A share bar between the byline and the story ("Facebook", "Email", "Print", "Copy link")
# can be as long as that window: its lines do not use it up, up to this many of them.
SHARE_BAR_MAX = 12
OUTLET_MAX_WORDS = 4  # "Jane Doe, Business Insider"; a longer tail makes a headline, not a byline
LEAD_LINES = 3  # prose lines at the body's start that a headline is compared with
NAME_ABOVE_TITLE = 3  # lines over the headline searched for an unlabelled byline name
TAG_WORDS = 3  # most words of a person's name tagged in a list ("Ann Lee")
TAG_RUN = 1  # names right against a name line that make it one more tag, not a byline
# A blog post may print its date only in a stamp under it ("Autor: kinra | Artikel
# veröffentlicht am 16.12.2012", "This entry was posted on March 3, 2019 by Ann"): a line
# this close under the article, saying it was posted, dates the page when its header does not.
POST_STAMP_LINES = 3
POSTED = re.compile(r"\b(posted|published|written|submitted|filed|veröffentlicht|publiziert|"
                    r"geschrieben|gespeichert|erstellt|verfasst|publié|écrit|publicado|escrito|"
                    r"postado|pubblicato|scritto|gepubliceerd|geplaatst|diterbitkan)\b",
                    re.IGNORECASE)
# Headings of the boxes that follow a story (their teasers and comments carry dates)
BOX_HEADINGS = frozenset({RELATED, COMMENTS})
# A headline is often printed twice, or repeated later in a teaser or comment heading.
TITLE_REPEATS = frozenset({DOUBLED, PULL_QUOTE})
# Words too common to show that a headline and the lead are about the same thing.
FUNCTION_WORDS = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "he", "her",
    "his", "in", "is", "it", "its", "of", "on", "or", "she", "that", "the", "their", "they",
    "this", "to", "was", "were", "will", "with",
})


def header_end(
    lines: Sequence[Line], start: int, end: int, dropped: dict[int, str] | None = None
) -> int:
    """Index of the last byline or date line near the top of the block, or start - 1.

    The search stops at a box heading under the story's first paragraphs ("Editors'
    Picks"): a date line in the box is a teaser's.
    """
    last = start - 1
    above = any(metadata.is_dated(lines[i].text)
                for i in range(max(0, start - TITLE_SCAN_LINES), start))
    live = _live_entries(lines, start, end) >= LIVE_STAMPS
    prose = 0.0
    for i in range(start, min(start + HEADER_SCAN_LINES, end + 1)):
        if (above and prose > HEADER_MAX_PROSE) or (
                prose and dropped and dropped.get(i) in BOX_HEADINGS):
            break
        entry = live and prose and metadata.is_entry_stamp(lines[i].text)
        if dropped and dropped.get(i) in WIDGET_REASONS:
            continue  # a quote box's exchange stamp ("Nasdaq, 18.11.2019 15:00") dates no story
        if metadata.is_dated(lines[i].text) and not entry:
            last = i
        elif lines[i].prose:
            prose += lines[i].words
    if last >= start and not above and _closes_story(lines, start, last, end):
        return start - 1
    return last


def _live_entries(lines: Sequence[Line], start: int, end: int) -> int:
    """Entry stamps in the block, each with prose since the one before: a live blog's."""
    entries, since = 0, True
    for line in lines[start:end + 1]:
        if metadata.is_entry_stamp(line.text):
            entries += since
            since = False
        elif line.prose:
            since = True
    return entries


def _closes_story(lines: Sequence[Line], start: int, last: int, end: int) -> bool:
    """True when the date line or byline at `last` closes the story over it rather than
    opening one: it has paragraphs over it (more than a standfirst), less prose under it in
    the block, and no headline between ("Date 10.06.2013 / Author ..." under a story; a
    headline over the same lines makes them a short story's own header)."""
    over = [line.words for line in lines[start:last] if line.prose]
    under = sum(line.words for line in lines[last + 1:end + 1] if line.prose)
    first = last  # the header's first line: a date line and a byline may go together
    while first > start and metadata.is_dated(lines[first - 1].text):
        first -= 1
    gap = range(max((i + 1 for i in range(start, first) if lines[i].prose), default=first), first)
    return len(over) >= STORY_OVER_DATE and under < sum(over) and not any(
        metadata.is_headline(lines[i].text, int(lines[i].words)) for i in gap)


@dataclass(frozen=True)
class Header:
    """Metadata found around the top of the article, and the lines that carried it."""

    title: int | None = None
    author: str | None = None
    published: str | None = None
    lines: tuple[tuple[int, str], ...] = ()  # (index, reason) of byline/date/headline lines


def post_stamp_date(lines: Sequence[Line], end: int) -> str | None:
    """The date of a stamp saying the post was published (or signing it: "Von Ann am
    03.05.2013"), among the first POST_STAMP_LINES lines under the article's last line
    `end`, or None."""
    for line in lines[end + 1: end + 1 + POST_STAMP_LINES]:
        if POSTED.search(line.text) or (metadata.opens_byline(line.text)
                                        and metadata.has_date_field(line.text)):
            date, _ = metadata.publication_date(line.text)
            if date is not None:
                return date
    return None


def find_header(lines: Sequence[Line], start: int, dropped: dict[int, str]) -> Header:
    """Headline, author and date from the lines just above (and at) the body's start."""
    window = range(_window_top(start, dropped), min(len(lines), start + 1))
    dates: list[tuple[bool, int, str]] = []  # (updated, index, date): the first unlabelled wins
    authors: list[tuple[int, int, str]] = []  # (rank, index, name): a labelled byline first
    marks: list[tuple[int, str]] = []
    for i in window:
        text = lines[i].text
        byline = metadata.byline_author(text)
        # a byline line may carry the date among other words ("By Ann Lee - Staff Writer ...")
        stamped = byline or metadata.opens_byline(text) or metadata.has_date_field(text)
        date, updated = metadata.publication_date(text) if stamped else (None, False)
        if date:
            dates.append((updated, i, date))
        found = _author_at(lines, i, byline)
        if found:
            authors.append((found[0], i, found[1]))
    published = None
    if dates:
        _, at, published = min(dates)
        marks.append((at, "date line"))
    else:
        found_date = _date_without_year(lines, window)
        if found_date:
            marks.append((found_date[0], "date line"))
            published = found_date[1]
    author = None
    if authors:
        _, at, author = min(authors)
        marks.append((at, "byline"))
    lead = _content_words(" ".join(_lead_lines(lines, start, dropped)))
    # The headline may sit below the date line too ("20 November 2019 9:22 am" above it),
    # so the whole window above the body is searched, reaching past the top mark.
    top = min([i for i, _ in marks] or [start])
    title = _find_title(lines, start, top, dropped, lead)
    if title is not None:
        marks.append((title, "headline"))
        if author is None:
            near = _name_near_title(lines, title, start, dropped)
            if near:
                marks.append((near[0], "byline"))
                author = near[1]
    return Header(title, author, published, tuple(sorted(marks)))


def _window_top(start: int, dropped: dict[int, str]) -> int:
    """First index of the TITLE_SCAN_LINES lines above `start`, share-bar lines not counted."""
    top, skipped = start, 0
    while top > 0 and start - top - skipped < TITLE_SCAN_LINES:
        top -= 1
        if dropped.get(top) == SHARE_PROMPT and skipped < SHARE_BAR_MAX:
            skipped += 1
    return top


def _date_without_year(lines: Sequence[Line], window: range) -> tuple[int, str] | None:
    """(index, date) of a stamp line printed without a year ("Nov 18, 8:19 PM"), or None.

    Sites leave the year off this year's items, so the page's copyright year is theirs;
    without a copyright notice the date cannot be told and None is returned.
    """
    year: int | None = 0  # 0: not looked up yet; None: the page shows no year
    for i in window:
        if not any(form.search(lines[i].text) for form in metadata.NO_YEAR_FORMS):
            continue  # the cheap test first: the page's year is looked up only when needed
        if year == 0:
            year = metadata.page_year([line.text for line in lines])
        date = metadata.find_date_without_year(lines[i].text, year) if year else None
        if date:
            return i, date
    return None


def _name_near_title(lines: Sequence[Line], title: int, start: int,
                     dropped: dict[int, str]) -> tuple[int, str] | None:
    """(index, name) of a bare name line between the headline and the body, or just above it.

    Only a plain name opening with a known given name counts ("Louise Hart", not "United
    States"), since nothing but its place marks the line as a byline; "Ann Lee, Agency" under
    a photo is the photographer's credit. A line a rule dropped, or one in a run of short
    lines (a topic tag list: "Ann Lee / Tom Hale / Budget"), is no byline. Below the headline
    is searched first.
    """
    below = range(title + 1, start)
    above = range(title - 1, max(-1, title - 1 - NAME_ABOVE_TITLE), -1)
    for i in (*below, *above):
        text = lines[i].text
        if i not in dropped and "," not in text and metadata.known_name(text) and (
                _tags_around(lines, i, title, dropped) < TAG_RUN):
            return i, text
    return None


def _tags_around(lines: Sequence[Line], i: int, title: int, dropped: dict[int, str]) -> int:
    """How many other names sit right against line i, above and below with no blank line
    between: a list of people tagged on the page ("Ann Lee / Tom Hale"), not one byline. A
    menu of sections over a byline ("Science / Security / Ann Lee") is no such list."""
    count = 0
    for step in (-1, 1):
        j = i + step
        while (0 <= j < len(lines) and abs(lines[j].no - lines[j - step].no) == 1
               and lines[j].text != lines[i].text  # the same byline printed twice is one
               and _is_tag(lines[j], j, title, dropped)):
            count += 1
            j += step
    return count


def _is_tag(line: Line, j: int, title: int, dropped: dict[int, str]) -> bool:
    """A short line that is a person's name and no headline or dropped chrome."""
    return (j != title and j not in dropped and not line.prose
            and len(line.text.split()) <= TAG_WORDS and metadata.known_name(line.text))


def _author_at(lines: Sequence[Line], i: int, byline: str | None) -> tuple[int, str] | None:
    """(rank, name) of a byline on line i: 0 labelled "By", 1 after a lone "By" or inside a
    date line ("Ann Lee | March 3, 2026"), 2 a bare name or an agency's credit by a date.

    A labelled byline anywhere near the top beats a bare name line, which may be a
    "Next Post" link or a photo credit that happens to sit next to a date.
    """
    if byline:
        return 0, byline
    name = _name_after_by(lines, i) or metadata.stamp_author(lines[i].text)
    if name:
        return 1, name
    name = _name_next_to_date(lines, i)
    return (2, name) if name else None


def _name_after_by(lines: Sequence[Line], i: int) -> str | None:
    """The name on the line after a lone "By" (sites that link the name split the byline)."""
    if lines[i].text.lower() not in ("by", "by:") or i + 1 >= len(lines):
        return None
    name = lines[i + 1].text
    return name if metadata.looks_like_name(name) else None


def _name_next_to_date(lines: Sequence[Line], i: int) -> str | None:
    """A bare name line (maybe with a job title or outlet) by a date line: an unlabelled byline."""
    text = lines[i].text
    name = _bare_name(text) or metadata.agency_credit(text)
    if name is None:
        return None
    near = [lines[j].text for j in (i - 1, i + 1) if 0 <= j < len(lines)]
    return name if any(metadata.is_date_line(t) for t in near) else None


def _bare_name(text: str) -> str | None:
    """The name of a "Jane Doe", "Jane Doe Economics editor" or "Jane Doe, Outlet" line."""
    return metadata.bare_name(text, OUTLET_MAX_WORDS)


def _lead_lines(lines: Sequence[Line], start: int, dropped: dict[int, str]) -> list[str]:
    """The first few prose lines of the article, whose words a headline shares."""
    lead: list[str] = []
    for line in (lines[i] for i in range(start, len(lines)) if i not in dropped):
        if line.prose:
            lead.append(line.text)
        if len(lead) == LEAD_LINES:
            break
    return lead


def _content_words(text: str) -> set[str]:
    """Lower-case words of a text without the commonest English function words; a run of
    Chinese or Japanese script, which has no spaces between its words, gives its character
    pairs ("旅客ターミナル" and "新しい旅客" share "旅客")."""
    words: set[str] = set()
    for word in WORD.findall(text.lower()):
        if CJK.search(word):
            words.update(word[k:k + 2] for k in range(max(1, len(word) - 1)))
        elif word not in FUNCTION_WORDS:
            words.add(word)
    return words


def _find_title(
    lines: Sequence[Line], before: int, top: int, dropped: dict[int, str], lead: set[str]
) -> int | None:
    """The headline above `before` (and up to TITLE_SCAN_LINES above `top`, the header).

    In the common layout it sits right over the byline and date; otherwise it is the
    headline-shaped line sharing most words with the lead: a headline restates the first
    paragraphs, a site tagline or a teaser link does not.
    The standfirst often shares even more, so a shorter headline-shaped line straight
    above the winner is taken instead. With no shared words at all, the nearest wins.
    """
    first = max(-1, min(before, top) - 1 - TITLE_SCAN_LINES)
    shapes = [i for i in range(before - 1, first, -1) if _headline_shaped(lines[i], i, dropped)]
    # An all-capitals line is a kicker or section label over the headline ("BLACK DEATH
    # FEARS"): it is the headline only when no line in mixed case is shaped like one.
    shapes = [i for i in shapes if not lines[i].text.isupper()] or shapes
    over = _over_header(lines, before, top, dropped, lead)
    if over is not None and over not in shapes:
        shapes.append(over)
    if not shapes:
        return None
    share = {i: _shared(lines[i].text, lead) for i in shapes}
    # max keeps the nearest of equal shares; a menu entry or a video caption elsewhere
    # may share more words with the lead than the headline over the byline does
    best = over if over is not None else max(shapes, key=lambda i: share[i])
    above = best - 1
    if above in share and lines[above].words < lines[best].words:
        # character pairs of Chinese or Japanese script share by chance more often than
        # words: a kicker ("ニュース") shares a pair with almost any lead, a headline half
        least = CJK_TITLE_SHARE if CJK.search(lines[above].text) else 0.0
        if share[above] > least:
            return above
    return best


def _over_header(
    lines: Sequence[Line], before: int, top: int, dropped: dict[int, str], lead: set[str]
) -> int | None:
    """The headline-shaped line right over the byline/date lines, or None.

    It may be a question ("What do you buy for the person who has everything?"), which
    reads as prose; it must share a word with the lead, unlike a share bar's label.
    """
    if top >= before:
        return None  # no byline or date above the body: nothing to sit over
    i = top - 1
    while i >= 0 and metadata.is_stamp(lines[i].text):
        i -= 1  # "Today 12:01 AM" between headline and byline: a date the finder cannot read
    if i < 0 or dropped.get(i, DOUBLED) not in TITLE_REPEATS:
        return None
    text = lines[i].text
    if (text.isupper() or metadata.looks_like_name(text)
            or not metadata.is_headline(text, int(lines[i].words))):
        return None
    return i if _shared(text, lead) > 0 else None


def _headline_shaped(line: Line, i: int, dropped: dict[int, str]) -> bool:
    """True for a line that could be the headline (not chrome, prose, a name or a byline)."""
    if dropped.get(i, DOUBLED) not in TITLE_REPEATS or line.prose:
        return False
    if metadata.looks_like_name(line.text):
        return False
    return metadata.is_headline(line.text, int(line.words))


def _shared(text: str, lead: set[str]) -> float:
    """The share of a line's content words that the lead also uses."""
    words = _content_words(text)
    return len(words & lead) / len(words) if words else 0.0

