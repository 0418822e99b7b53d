"""Plain-text chrome removal: rules mark chrome lines, scoring finds the article's prose block,
and a learned line model (model.py) restores body lines the rules dropped for their place alone.

The line features live in lines.py, the structural marks (pull quotes, doubled lines, ad
frames, link lists) in structure.py and the headline/byline/date finder in header.py.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from newsum.chrome import metadata, promo
from newsum.chrome.header import (
    HEADER_SCAN_LINES,
    LIVE_STAMPS,
    Header,
    find_header,
    header_end,
    post_stamp_date,
)
from newsum.chrome.inline import kept_text
from newsum.chrome.learn import normalise_line
from newsum.chrome.lines import (
    ADVERT,
    BOX_HEADS,
    CAPTION,
    COMMENTS,
    COMMENTS_PROMPT,
    DOUBLED,
    LINK_LIST,
    PROSE_MIN_WORDS,
    PULL_QUOTE,
    RECURRING,
    RELATED,
    RELATED_LINKS,
    SENTENCE_END,
    SHARE_PROMPT,
    SIGN_UP_REASONS,
    SLIDE,
    SUBSCRIPTION,
    TEASER,
    VIDEO_PLAYER,
    Line,
    beside_post,
    embed_credit,
    repeat_unit,
    split_lines,
)
from newsum.chrome.model import (
    LIST_REASONS,
    MODEL_REASON,
    LineModel,
    PageView,
    default_model,
    revise,
)
from newsum.chrome.rules import TAIL_REASONS, CompiledRules, compile_rules
from newsum.chrome.structure import (
    BOX_MAX_LINES,
    CARD_BLURB_WORDS,
    CARD_BUTTON,
    CARD_GAP,
    CARDS_MIN,
    EXCERPT_ENDS,
    EXCERPT_MAX_WORDS,
    TEASER_HEADLINE_WORDS,
    TEASER_MAX_WORDS,
    TEASER_RUN,
    between_headings,
    capital_kicker_boxes,
    caption_sentences,
    captions_over_credits,
    captions_under_chrome,
    card_shaped,
    comment_action_row,
    credits_over_captions,
    cut_headlines,
    doubled_caption,
    doubled_reasons,
    gallery_span,
    inline_kicker_teasers,
    kicker_card_runs,
    kicker_teasers,
    link_lists,
    list_article_runs,
    listed_teasers,
    marked_lists,
    numbered_items,
    pager_titles,
    player_furniture,
    playlist_reasons,
    related_box_reasons,
    repeat_reasons,
    sandwich_reasons,
    short_sentence_line,
    slide_captions,
    story_lists,
    summary_boxes,
    teaser_runs,
    thread_reasons,
    ticker_runs,
    tight_cards,
    titled_slide_reasons,
    video_descriptions,
)
from newsum.chrome.widgets import (
    WIDGET_REASONS,
    market_widgets,
    poll_boxes,
    score_boxes,
    weather_boxes,
)
from newsum.models import Cleaned, RemovedLine

TailRule = Callable[[str], "str | None"]  # a line → the reason a tail-only rule gives, or None
AUTHOR_BIO = "author bio"
PAYWALL = "paywall"  # a notice that the story is cut off for non-subscribers
BREAKING_REASONS = frozenset({COMMENTS, "legal footer", AUTHOR_BIO, PAYWALL})
FORM_LINES = 2  # lines above a consent line searched for the sign-up prompt it belongs to
CONSENT = re.compile(r"\b(agree|agreement|consent|constitutes)\b", re.IGNORECASE)
# What a sign-up form's consent line names, in the languages of the phrase lists: the
# reader's privacy or data, not words a story uses as often ("consent", Dutch "akkoord",
# Czech "soukromý" for private, Swedish "integritet" of a country's borders)
PRIVACY = re.compile(
    r"privacy|datenschutz|einwillig|privacidad|privacidade|confidentialit|riservatezza|"
    r"prywatno|конфиденциальн|персональных данных|개인정보|個人情報|隐私|privasi|gizlilik|kvkk|"
    r"integritetspolicy|personuppgift|osobních údajů", re.IGNORECASE)
CONSENT_MAX_WORDS = 60  # a consent line is a sentence or two; a longer line is the story's
ABOUT_HEADING = re.compile(r"^about (?:the )?([A-Z][^.!?:]{1,60})$", re.IGNORECASE)  # "About Acme"
TIMESTAMP = "timestamp"  # the phrase lists' name for "Updated" lines, given to entry stamps too
# A tab bar's labels glued in a page copy: a lower-case letter right before a capital.
GLUED_BOUNDARY = re.compile(r"(?<=[a-zà-ÿß])(?=[A-ZÀ-Þ])")
GLUED_MAX_WORDS = 8
TAB_LABEL_WORDS = 2  # a tab's label no rule names ("Empfohlen", "Latest") is this short
# Chrome that sites drop between two paragraphs or list items, with the article going on.
INLINE_REASONS = frozenset({ADVERT, DOUBLED, PULL_QUOTE, TEASER, CAPTION,
                            SUBSCRIPTION, RELATED_LINKS, promo.REASON})
# lines that cost the block nothing: a player, a quote or weather box, a poll inside the story
FREE_REASONS = WIDGET_REASONS | {VIDEO_PLAYER, SLIDE}
MEDIA_REASONS = frozenset({VIDEO_PLAYER})  # a player's furniture (its menus, its playlist)

# Thresholds: all tuned on the dev split of chrome-dumps (bench/chrome.py --split dev). Where
# dev is flat over a range, the value is the one the pages of bench/external.py and
# bench/synthetic.py prefer: so for the chrome-line, spaced-short-line and rule-line costs and
# TAIL_SHARE (dev .9816 → .9815; a run of rule-dropped lines now parts a sidebar's blurb from
# the article more often).
CHROME_LINE_COST = 3.5  # block score lost per non-prose line (menus are many short lines)
CHROME_WORD_COST = 0.5  # ... plus this much per word of it
SPACED_SHORT_COST = 2.5  # a short line with blank lines around it: a subhead more than a menu
RULE_LINE_COST = 2.0  # a line a rule already dropped barely breaks the block (ads in the body)
# Prose without blank lines around it (on a page that has them) is a teaser blurb or a
# comment far more often than body: it counts a fifth (dev F1 0.905 against 0.894 at 1.0).
TIGHT_PROSE_GAIN = 0.2
TIGHT_FULL_WORDS = 60  # a tight paragraph this long is no blurb: it counts in full
BREAK_COST = 40.0  # footers, author bios and comment sections: the article has ended
TEASER_LOOKAHEAD = 3  # prose lines after a related heading that tell teasers from body
EDGE_MIN_WORDS = 4  # a short sentence paragraph right after the block still joins it
LIST_MAX_LINES = 100  # longest list taken after a body paragraph ending in a colon
HEADLINE_MAX_WORDS = 20  # a block of one line this long over a date line is a headline
LINK_CARDS = 3  # link lines, each with at most one blurb under it, that make a closing box
LISTED_ENTRIES = 2  # dated teasers (blurb, "22 July 2019 By Ann Lee") under a related link
TWICE_SHARE = 0.5  # most kept paragraphs that may be printed twice on the page and dropped
# Paragraphs in a row, from the story's opening, that show the story printed again when they
# recur in the same order lower in the block (a copy a stylesheet hides, printed by a dump)
COPY_RUN = 3
# One-word page controls and section labels a page may print between two paragraphs (a
# comment's reply button, a share link, a player's label): never a story's heading.
CONTROL_WORDS = frozenset(metadata.SECTION_WORDS | {
    "reply", "replies", "tweet", "email", "print", "like", "comment", "comments", "menu",
    "close", "back", "search", "login", "advertisement", "sponsored", "photo", "photos",
    "gallery", "listen", "watch", "read", "report", "download", "loading", "expand",
    "collapse", "related", "trending", "popular", "lifestyle", "entertainment", "technology",
    "science", "health", "travel", "weather"})
SUBHEAD_MIN_WORDS = 3  # shorter non-prose lines inside the block are labels ("Advertisement")
SHORT_SUBHEAD_WORDS = 2  # ... but for lines this long that name no one ("Rising costs")
CAPITALS_SUBHEAD_WORDS = 8  # a subhead in capitals between paragraphs is this long at most
NAME_SECTIONS = 3  # names heading paragraphs about them that make a list article's sections
LIST_ITEM_MIN_WORDS = 5  # a tight (unspaced) non-prose line in the block this long is a list item
SPACED_PAGE_SHARE = 0.1  # a page is "spaced" when this share of its prose has blank lines around
# Boxes that close an article (related lists, newsletter and comment prompts, bios, footers).
# Inside the block one of them ends the article when the prose left after it is under this
# share of the prose before it: a box mid-article has much of the article still to come.
END_MARKERS = frozenset({RELATED, COMMENTS, COMMENTS_PROMPT, SUBSCRIPTION,
                         AUTHOR_BIO, "legal footer", "donation appeal", promo.REASON,
                         TEASER_RUN, *TAIL_REASONS})
TAIL_SHARE = 0.2
EXCERPT_PARAGRAPHS = 3  # paragraphs of a teaser's excerpt under a related heading, the last cut off
TEASER_LINES = 3  # unfinished tight lines under a related heading that make its teasers
TEASER_LINE_WORDS = 10  # ... each a headline and its blurb, this long at least
SPACED_STORY = 2 / 3  # share of the story's paragraphs spaced that makes it a spaced story
BUTTON_CARDS = 3  # cards in a row, each closed by the same button, that end a story
CARD_STRIDE = 3  # ... lines from one card's button to the next's, at least
CARD_MAX_LINES = 10  # ... and at most
CARD_SIZE_SHARE = 2 / 3  # cards of the run that are all of one size, at least
# What such a button may have been dropped as (never a caption's credit or an ad)
BUTTON_REASONS = LIST_REASONS | {TEASER_RUN, SUBSCRIPTION, COMMENTS_PROMPT, SHARE_PROMPT}
PROFILE_LINES = 3  # paragraphs set tight together that may be one profile box at the tail
CREDIT_MARK = re.compile(r"[,/|©]")  # a short line holding one of these is a credit, no subhead
RESUME_RUN = 3  # paragraphs in a row under a related box that show the article goes on
BUTTON_WORDS = 3  # a comments marker this short may be a button ("Leave a comment")
FORM_FIELDS = 3  # comment prompts within FORM_REACH lines that make a comment form
FORM_REACH = 6
# A form field's label: up to three words and the star that marks it required ("Имя *",
# "eMail *", "Correo electrónico *"), or the website field that a blog's comment form
# leaves optional, in the languages of the blog themes' own translations.
FIELD_LABEL = re.compile(r"^[^\W\d][\w'’.-]*(?: [\w'’.-]+){0,2} ?\* ?:?$")
WEBSITE_FIELD = re.compile(
    r"^(website|webseite|homepage|site|site web|sitio web|sito web|situs web|web|сайт"
    r"|witryna(?: internetowa)?|internet sitesi|webbplats|webová stránka|weboldal)$",
    re.IGNORECASE)
BUTTON_REACH = 8  # lines under such a button within which the post's paragraphs resume
BOX_HEADLINES = 2  # teaser headlines of a box inside the article, passed over at its end
LINK_LABEL = re.compile(r"^\W?[^\W\d][^:|»>]{2,30}\s?:\s")  # "Baca juga: ", "Read more: "
# A review's fact line: a short label and its value, one of the labels a price with its
# figure ("RRP: £23.99", "Preis: 49 Euro").
FACT_LABEL = re.compile(r"^[^\W\d][\w'’-]*(?: [\w'’-]+){0,2} ?: ?\S")
PRICE_FACT = re.compile(r"\b(?:rrp|price|preis|prix|precio|prezzo|preço|prijs|pris|cena|цена"
                        r"|harga|fiyat)\s?: ?\D{0,6}\d", re.IGNORECASE)
# ... and beside the price another of a review's facts: who tested it, where to learn more
# or buy it, its sizes (an affiliate box gives a price and a "Buy now" button only)
REVIEW_FACT = re.compile(r"\b(?:tested by|reviewed by|more info|info|sizes?|colou?rs?|weight"
                         r"|contact|website|stockists?|available from)\s?: ?\S", re.IGNORECASE)
FACT_LINES = 6  # lines of such a box, at most
PARAGRAPH_MIN_WORDS = 12  # a paragraph taken back from under such a box is this long
STORY_GOES_ON = 2  # paragraphs straight under a box that show the story goes on past it
# ... a box of the kinds a story prints between its paragraphs (a footer, a bio or a
# comment thread ends it whatever follows)
MID_STORY_BOXES = frozenset({RELATED, SUBSCRIPTION, "donation appeal", promo.REASON, TEASER_RUN})
BOX_LINES = 4  # a box's own lines (heading, pitch, button) it may print over them
# ... or one paragraph whose words are mostly the story's: words of four letters or more
# (fewer are mostly function words), TOPIC_MIN_WORDS of them at least (a CJK text, set with
# no spaces, makes few words to match, so there one paragraph still counts for nothing)
TOPIC_WORD = re.compile(r"[^\W\d_]{4,}")
TOPIC_MIN_WORDS = 4
TOPIC_SHARE = 0.5
ENTRY_REACH = 3  # lines under a live blog entry's clock time within which its paragraph starts
# What may follow a live blog entry's clock time on its line: "Uhr", a time zone ("10:42 ET")
CLOCK_SUFFIX = re.compile(r"\s(?:[Uu]hr|[A-Z]{2,4})$")
CARD_LABEL_WORDS = 2  # a short line between teaser cards: a card's number or section label
TABLE_GAP = 6  # lines (a heading, a caption) between the block's end and a closing table
TABLE_MIN_ROWS = 3  # rows a closing table needs to be taken into the article
# What a paragraph about the writer says of them ("Ann Lee writes ...", "... is a former").
BIO_VERBS = ("is|was|writes|wrote|covers|covered|reports|reported|joined|has|lives|spent|"
             "previously|served|works|worked|teaches|holds|hosts|edits|"
             # German, French, Spanish, Italian and Portuguese
             "ist|war|kam|schreibt|arbeitet|lebt|leitet|berichtet|studierte|"
             "est|était|écrit|travaille|vit|dirige|couvre|"
             "es|fue|escribe|trabaja|vive|cubre|è|scrive|lavora|é|foi|escreve|trabalha")
BIO_VERB = re.compile(rf"(?:{BIO_VERBS})\b")  # "ist Gründungspartner ..." under the name line
NAMED_BIO = re.compile(rf"(?:[a-z]+ )?(?:{BIO_VERBS})\b")  # "also writes" after the name
# A comments marker with this many times more prose before the next marker than above it
# sits over the article (a share bar's comment count), not under it.
MARKER_OUTWEIGH = 2.0
# A legal footer's link ("Terms of use") also sits in menus high on the page: one with more
# than FOOTER_REACH lines under it and more prose under it than over it is a menu entry
# over the story, not the page's footer.
FOOTER_OUTWEIGH = 1.0
FOOTER_REACH = 80
THREAD_ENTRIES = 3  # dated entries with prose under a comments marker that make a thread
STACK_REACH = BOX_MAX_LINES  # lines of a box's stack of bare headlines (and their labels)
# Boxes of bare headlines stacked on one another close the story: WALL_LINES lines with no
# prose under a related heading, among them WALL_BOXES more box headings.
WALL_LINES = 10
WALL_BOXES = 1
EXCERPT_SHARE = 1.5  # most words of a teaser printed at length, to the story's above its box
COMMENT_LEAD = 2  # paragraphs a comment may print over its date line (a story has more)
THREAD_REACH = 60  # lines under the marker searched for them
ENTRY_MAX_WORDS = 300  # prose under a thread's first stamp longer than this is a story's
STAMP_REACH = 2  # lines above and under a paragraph searched for the stamps of a feed entry
# A runner-up block under a date line or byline beats an unanchored winner with this share
# of its score: a short article can lose on length to a long sidebar or comment thread, but
# only the article opens under its date (share set on dev pages with such sidebars added).
ANCHOR_LINES = 4  # lines above a block's first line searched for its date line or byline
ANCHOR_REACH = 25  # ... or further up, with no prose between (a share bar, a tag list)
HEADER_PAIR = 3  # lines apart a second article's byline and date line may be
NEXT_ARTICLE_WORDS = 60  # prose words of the block above a second article's header
NEXT_SHARE = 0.25  # ... and the share of them a second article needs under its header
STORIES_MAX = 3  # stories one after another that the block is narrowed through
COMMENT_NEAR = 2  # lines under a block within which a comment's header makes it a comment
SHARE_BAR_LINES = 10  # most lines of a share bar between a standfirst and the story under it
ANCHOR_SHARE = 0.25
FIRST_STORY_SHARE = 0.15  # of the winner's score that a story over it under its own header needs
FIRST_STORY_PARAGRAPHS = 2  # ... and its paragraphs, as a featured card's one blurb is not
ENTRY_LOOKBACK = 8  # lines above an anchored block searched for an earlier dated entry
LISTED_STAMPS = 3  # bylines or date lines, each parted from the next, that make a list
TINY_SHARE = 0.3  # a block with under this share of the all-prose block's prose is a scrap
# A numbered list item gains this per word, as prose does: a list article may have no other
# text, and must still outweigh a prose sidebar beside it.
NUMBERED_GAIN = 1.0


def rule_reasons(
    lines: Sequence[Line], rules: CompiledRules, known: frozenset[str] = frozenset()
) -> dict[int, str]:
    """Index → reason for every line a phrase, region or batch rule marks as chrome.

    Matches are memoised per line text: big dumps repeat their menus and footers, and a
    dict look-up is far cheaper than trying every pattern again.
    """
    reasons: dict[int, str] = {}
    seen: dict[str, str | None] = {}
    for i, line in enumerate(lines):
        if line.text not in seen:
            seen[line.text] = _line_reason(line, rules, known)
        reason = seen[line.text]
        if reason:
            reasons[i] = reason
    reasons.update(region_reasons(lines, rules))
    return _form_consents(lines, reasons)


def _form_consents(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """Reasons with a consent line right under a sign-up prompt made part of that prompt.

    A newsletter box set in the article ends with its consent line ("registration on this
    site constitutes agreement ..."); that is the box's, not the page footer that ends the
    article (a copyright line under a prompt still is). A consent line no rule knows is the
    box's too when it sits right under the form's field or button and names the reader's
    privacy ("Ich willige ein, dass ... den Newsletter per E-Mail zusendet.").
    """
    for i, reason in list(reasons.items()):
        if (reason == "legal footer" and CONSENT.search(lines[i].text)
                and any(reasons.get(j) in SIGN_UP_REASONS for j in range(i - FORM_LINES, i))):
            reasons[i] = SUBSCRIPTION
        if (reason in SIGN_UP_REASONS and i + 1 < len(lines) and i + 1 not in reasons
                and lines[i + 1].words <= CONSENT_MAX_WORDS
                and PRIVACY.search(lines[i + 1].text)):
            reasons[i + 1] = SUBSCRIPTION
    return reasons


def _line_reason(line: Line, rules: CompiledRules, known: frozenset[str]) -> str | None:
    """Why one line is chrome by rule (a phrase, or recurring in the batch), or None."""
    reason = rules.match(line.text, int(line.words))
    if reason is None and known and normalise_line(line.text) in known:
        return RECURRING
    if reason is None and promo.is_reader_promo(line.text, line.words):
        return promo.REASON  # after the phrase rules, whose reasons are more specific
    if reason is None and line.words <= GLUED_MAX_WORDS:
        # a widget's label printed twice, for screen readers and the eye ("Sponsored Links
        # Sponsored Links")
        half = repeat_unit(line.text, 2)
        if half is not None:
            return rules.match(half, len(half.split()))
        return _glued_tabs(line.text, rules)
    return reason


def _glued_tabs(text: str, rules: CompiledRules) -> str | None:
    """The reason of a tab bar's labels printed with no space between them ("Most
    ReadMost Shared", "MeistgelesenEmpfohlen"), when a rule names one label a box heading
    and the others are as short as tabs' labels ("Empfohlen", "Latest": words too common
    for a rule alone), or names every label a menu entry; None for any other line (a
    brand's inner capital: "PayPal", "HomeKit")."""
    labels = GLUED_BOUNDARY.split(text)
    if len(labels) < 2:
        return None
    reasons = [rules.match(label, len(label.split())) for label in labels]
    named = {reason for reason in reasons if reason is not None}
    if len(named) != 1:
        return None
    reason = named.pop()
    if reason == RELATED:  # ("Most Read" + "Empfohlen")
        short = all(found is not None or len(label.split()) <= TAB_LABEL_WORDS
                    for label, found in zip(labels, reasons, strict=True))
        return reason if short else None
    # a menu's entries all named ("AnteriorSiguiente"), not a brand on a menu word
    # ("HomeKit", "NextAdvisor")
    return reason if reason == "navigation" and None not in reasons else None


def region_reasons(lines: Sequence[Line], rules: CompiledRules) -> dict[int, str]:
    """Index → reason for lines inside an opening…closing region (e.g. a donation box)."""
    reasons: dict[int, str] = {}
    for start, end, max_lines, reason in rules.regions:
        i = 0
        while i < len(lines):
            if start.search(lines[i].text):
                stop = next((j for j in range(i, min(i + max_lines, len(lines)))
                             if end.search(lines[j].text)), None)
                if stop is not None:
                    reasons.update(dict.fromkeys(range(i, stop + 1), reason))
                    i = stop
            i += 1
    return reasons


def line_score(
    line: Line, reason: str | None, spaced_page: bool, in_run: bool = False,
    numbered: bool = False,
) -> float:
    """What a line adds to a candidate article block: prose gains, chrome costs.

    `in_run` marks tight prose set right against other prose: paragraphs split by line
    breaks alone, which a teaser blurb (under its headline) or a comment is not.
    `numbered` marks an item of a numbered list: the writer's own, and on a list article
    the only text there is, so it gains as prose does (NUMBERED_GAIN a word).
    """
    if reason in BREAKING_REASONS:
        return -BREAK_COST
    if reason in (RECURRING, TIMESTAMP):
        # a learned menu entry must not make its menu cheaper to cross, nor a teaser card's
        # stamp ("Hace 35 minutos") its card run: neither stands inside a story, as an ad does
        return min(-RULE_LINE_COST, line_score(line, None, spaced_page))
    if reason:
        return -RULE_LINE_COST
    if line.table_row:
        return 0.0  # tables belong to the body but say nothing about where it is
    if numbered and not line.prose:
        return line.words * NUMBERED_GAIN
    if line.prose:
        full = line.spaced or not spaced_page or in_run or line.words >= TIGHT_FULL_WORDS
        return line.words if full else line.words * TIGHT_PROSE_GAIN
    if line.spaced and spaced_page:
        return -SPACED_SHORT_COST
    return -(CHROME_LINE_COST + CHROME_WORD_COST * line.words)


def best_block(scores: Sequence[float]) -> tuple[int, int]:
    """The [start, end] index range with the largest score sum (Kadane).

    With no positive line at all (a short note with no paragraph of prose), the whole text
    is the block: there is no article to tell chrome from, so nothing is cut by position.
    """
    best, start, end = _kadane(scores, 0, len(scores))
    return (start, end) if best > 0 else (0, len(scores) - 1)


def _kadane(scores: Sequence[float], lo: int, hi: int) -> tuple[float, int, int]:
    """(score, start, end) of the best-scoring range within scores[lo:hi] (score 0: none)."""
    best, best_range = 0.0, (lo, hi - 1)
    total, start = 0.0, lo
    for i in range(lo, hi):
        if total <= 0:
            total, start = 0.0, i
        total += scores[i]
        if total > best:
            best, best_range = total, (start, i)
    return best, best_range[0], best_range[1]


def anchored_block(
    lines: Sequence[Line], scores: Sequence[float], media: frozenset[int] = frozenset(),
    thread: frozenset[int] = frozenset(), captions: frozenset[int] = frozenset(),
) -> tuple[int, int]:
    """The best block, or the best one that opens under a dateline when the winner does not.

    A short article loses to a long prose sidebar, a publisher's blurb or a comment thread
    on score alone; but the article opens under its date or byline and those do not. The
    best anchored block takes over when the winner is not anchored and it holds at least
    ANCHOR_SHARE of the winner's score. When no prose parts that opening from the winner
    below it (a video player, or a share bar with its comment count: a few lines), both
    are the story, unless a comment's header (`thread` lines) sits in or just under the
    winner: then the winner is a comment. A winner under a header of its own with another
    story's header and paragraphs over it is the site's next story (see _earlier_story).
    """
    best, start, end = _kadane(scores, 0, len(scores))
    if best <= 0:
        return 0, len(scores) - 1
    # then the cheap score test: most pages have no other block worth a look at its header
    floor = ANCHOR_SHARE * best
    earlier = _earlier_story(lines, scores, start, best)
    if earlier is not None:
        return earlier
    second = max(_kadane(scores, 0, start)[0], _kadane(scores, end + 1, len(scores))[0])
    if second < floor or _anchored(lines, start, captions=captions):
        return start, end
    found, span = floor, (start, end)
    for s in range(len(scores)):
        if scores[s] > 0 and not start <= s <= end and _anchored(lines, s, captions=captions):
            total, top = _best_from(scores, s, start if s < start else len(scores))
            if total >= found and not _dated_entries(lines, s, top):
                found, span = total, (s, top)
    gap = range(span[1] + 1, start)
    if gap and not any(lines[i].prose for i in gap) and (
            any(i in media for i in gap) or (
                len(gap) <= SHARE_BAR_LINES
                and not any(start <= i <= end + COMMENT_NEAR for i in thread))):
        return span[0], end
    return span


def _earlier_story(
    lines: Sequence[Line], scores: Sequence[float], start: int, best: float
) -> tuple[int, int] | None:
    """The page's own story over the winning block when the winner is the next one, or None.

    A site that loads its next story as the reader scrolls may print it in full under the
    page's own, each under a header of its own (a byline and a date line); a short story
    then loses to a longer next one on score alone. The first such story on the page wins
    when it holds FIRST_STORY_PARAGRAPHS paragraphs and FIRST_STORY_SHARE of the winner's
    score: a featured card over the story (a headline, its byline and date, one blurb) has
    one.
    """
    if not _full_header(lines, start):
        return None
    for s in range(start):
        if scores[s] > 0 and lines[s].prose and _full_header(lines, s):
            total, top = _best_from(scores, s, start)
            paragraphs = sum(1 for i in range(s, top + 1) if lines[i].prose and scores[i] > 0)
            if (paragraphs >= FIRST_STORY_PARAGRAPHS and total >= FIRST_STORY_SHARE * best
                    and not _dated_entries(lines, s, top)):
                return s, top
            return None
    return None


def _full_header(lines: Sequence[Line], start: int) -> bool:
    """True when a byline and a date line sit over line `start`, with no prose between."""
    byline = dated = False
    for i in range(start - 1, max(-1, start - 1 - ANCHOR_REACH), -1):
        if lines[i].prose:
            return False
        byline = byline or metadata.byline_author(lines[i].text) is not None
        dated = dated or metadata.is_date_line(lines[i].text)
        if byline and dated:
            return True
    return False


def _dated_entries(lines: Sequence[Line], start: int, end: int) -> bool:
    """True when a block and the lines just above it hold date lines parted by prose: a
    guest book or a comment thread, each entry signed and dated, not an article under its
    date line (with maybe an "Updated" line beside it)."""
    first = max(0, start - ENTRY_LOOKBACK)
    stamps, parted = 0, True
    for i in range(first, end + 1):
        dated = metadata.is_dated(lines[i].text)
        stamps += dated and parted
        parted = not dated
    # ... or a list of teasers above it, each signed and dated ("by Ann Lee (5/17/2007)")
    return _dated_groups(lines, first, end + 1) >= 2 or stamps >= LISTED_STAMPS


def _dated_groups(lines: Sequence[Line], first: int, stop: int, teasers: bool = False,
                  aged: bool = False) -> int:
    """How many date lines in [first, stop) have prose between them and the one before.

    With `teasers`, only groups of one teaser's prose count: a blurb (at most one paragraph
    over TEASER_HEADLINE_WORDS words; its headline may read as a sentence too), dated with
    no time of day. A live blog's entry, two paragraphs or more under its time stamp, or
    stamped to the minute ("Nov 19, 2019, 14:45"), is no teaser.
    """
    groups, prose_since, long_lines = 0, True, 0
    for i in range(first, stop):
        if metadata.is_date_line(lines[i].text) or (
                aged and metadata.is_relative_time(lines[i].text)):
            groups += prose_since and (not teasers or (
                long_lines <= 1 and not metadata.is_time_stamp(lines[i].text)))
            prose_since, long_lines = False, 0
        elif lines[i].prose:
            prose_since = True
            long_lines += lines[i].words > TEASER_HEADLINE_WORDS[1]
    return groups


def _best_from(scores: Sequence[float], s: int, stop: int) -> tuple[float, int]:
    """(score, end) of the best-scoring block that starts at line s and ends before stop."""
    total, best, end = 0.0, scores[s], s
    for i in range(s, stop):
        total += scores[i]
        if total > best:
            best, end = total, i
    return best, end


def _anchored(
    lines: Sequence[Line], start: int, above: int = ANCHOR_LINES, below: int = 1,
    reach: int = ANCHOR_REACH, captions: frozenset[int] = frozenset(),
) -> bool:
    """True when a date line or byline sits just above (or at) line `start`, or it opens
    with a wire dateline, or no prose parts it from one within `reach` lines above (share
    bars, tag lists and the photo's `captions` between)."""
    return metadata.opens_with_dateline(lines[start].text) or any(
        metadata.is_dated(lines[i].text)
        for i in range(max(0, start - above), min(len(lines), start + below + 1))
    ) or _under_date(lines, start, reach, captions)


def _under_date(lines: Sequence[Line], start: int, reach: int,
                captions: frozenset[int] = frozenset()) -> bool:
    """True when only non-prose lines (labels, share bars, tags) or captions part line
    `start` from a date line or byline within `reach` lines above it."""
    for i in range(start - 1, max(-1, start - reach - 1), -1):
        if lines[i].prose and i not in captions:
            return False
        if metadata.is_dated(lines[i].text):
            return True
    return False


def comments_tail(
    lines: Sequence[Line], scores: list[float], dropped: dict[int, str],
    numbered: Sequence[bool] = (),
) -> list[float]:
    """Scores with every line after the comments (or teaser list) start made a cost.

    The section starts at a comments marker (or an author bio or legal footer, which end an
    article as surely), or at a related-articles heading followed by teaser blurbs or by
    more boxes of bare headlines (see _box_wall), that follows some prose (a comment count
    beside the headline comes before any). Comments, bios and blurbs are prose too, so
    without this a long thread outweighs a short article.
    A marker is passed over when the stretch up to the next marker holds far more prose
    than everything above it: that is the article itself under a share bar's "12 Comments"
    link, not a thread under a finished article.
    """
    teasers = _teasers_follow(lines, dropped)
    forms = {i: form for i in dropped if (form := _comment_form(lines, i, dropped))}
    starts = [i for i, reason in sorted(dropped.items())
              if reason in BREAKING_REASONS or i in forms
              or (reason == RELATED and (teasers[i] or _box_wall(lines, i, dropped))
                  and not _article_resumes(lines, i, dropped)
                  and not _paragraph_after_cards(lines, i, dropped))]
    starts = [i for i in starts
              if not _button_mid_story(lines, i, dropped) and not _count_link(lines, i, dropped)]
    if not starts:
        return scores
    # gained[i]: the prose words of lines[:i], counted alike whether spaced or tight: an
    # article set without blank lines must still outweigh the spaced comments under it.
    # A numbered list's items count too: a list article may have no other text.
    gained = [0.0]
    dated: dict[int, bool] = {}  # is_dated of the lines looked at, each looked at once
    # solid[i]: whether lines[:i] hold prose that is no teaser blurb: the blurbs of a
    # mega-menu's newsletter list are no article for its "Top stories" heading to close.
    # A paragraph set tight under a byline or date line opens an article, not a teaser.
    solid = [False]
    seen: set[str] = set()  # a line printed again (a menu's second copy) gains nothing
    for i, line in enumerate(lines):
        body = ((line.prose or (i < len(numbered) and numbered[i])) and i not in dropped
                and line.text not in seen and not _feed_blurb(lines, i, dated))
        seen.add(line.text)
        gained.append(gained[-1] + (line.words if body else 0.0))
        solid.append(solid[-1] or (body and (not _blurb(lines, i, dropped)
                                             or _anchored(lines, i, 1, 0, 0))))
    for k, i in enumerate(starts):
        # Markers with no prose between them (a heading, then "Ann on ... said:") are one.
        ahead = (j for j in starts[k + 1:] if gained[j] > gained[i])
        after = gained[next(ahead, len(lines))] - gained[i]
        menu_link = dropped[i] == "legal footer" and len(lines) - i > FOOTER_REACH
        outweigh = FOOTER_OUTWEIGH if menu_link else MARKER_OUTWEIGH
        if solid[i] and (after <= outweigh * gained[i] or forms.get(i) == 2
                         or _thread_under(lines, i, dropped) or _profile_under(lines, i)):
            return scores[:i] + [-abs(s) for s in scores[i:]]
    return scores


def _comment_form(lines: Sequence[Line], i: int, dropped: dict[int, str]) -> int:
    """How surely line i opens a comment form: 0 when it does not, 1 when FORM_FIELDS
    comment prompts ("Name (required)", "Mail (will not be published)", "Your comment")
    stand within FORM_REACH lines from it, and 2 when the form's lines there, bare field
    labels in any language among them ("Имя *", "eMail *"), are a comment form's for sure:
    one of them its website field, or a prompt of its own ("Leave a Reply") beside the
    labels. A post prints one "Leave a comment" button anywhere; the form itself comes only
    after the post, and whatever prose follows it (the form's rules, the comments) is no
    story. Prompts alone may be a live blog's controls ("Newest first"), and starred fields
    alone a newsletter's sign-up box, which the story may go on under."""
    if i not in dropped:
        return 0
    window = range(i, min(len(lines), i + FORM_REACH))
    prompted = [j for j in window if dropped.get(j) == COMMENTS_PROMPT]
    if not prompted:
        return 0
    labels = [j for j in window if FIELD_LABEL.match(lines[j].text)
              or WEBSITE_FIELD.match(lines[j].text)]
    prompts = [j for j in prompted if j not in labels]
    website = any(WEBSITE_FIELD.match(lines[j].text) for j in labels)
    if (labels and (website or prompts) and (i in labels or i in prompts)
            and len(labels) + len(prompts) >= FORM_FIELDS):
        return 2
    return 1 if i in prompted and len(prompted) >= FORM_FIELDS else 0


def _box_wall(lines: Sequence[Line], i: int, dropped: dict[int, str]) -> bool:
    """True when a related heading at i opens WALL_LINES lines with no prose among them and
    more box headings: boxes of bare headlines stacked on one another ("Read Next",
    "Editors' pick", "Most read"), which no story sets between its paragraphs."""
    stop = i + WALL_LINES
    if stop > len(lines) or any(lines[j].prose for j in range(i, stop)):
        return False
    return sum(1 for j in range(i + 1, stop) if dropped.get(j) == RELATED) >= WALL_BOXES


def _count_link(lines: Sequence[Line], i: int, dropped: dict[int, str]) -> bool:
    """True for a comment count in the share bar ("Komentarze (6)") that the thread's own
    heading prints once more further down, with more prose between than above: the link
    over the story, not the thread under it. (A reply button under every comment is no
    count.)"""
    text = lines[i].text
    if dropped[i] != COMMENTS or not any(c.isdigit() for c in text):
        return False
    copies = [j for j in range(i + 1, len(lines)) if lines[j].text == text]
    return len(copies) == 1 and (prose_words(lines, i + 1, copies[0] - 1, dropped)
                                 > prose_words(lines, 0, i - 1, dropped))


def _thread_under(lines: Sequence[Line], i: int, dropped: dict[int, str]) -> bool:
    """True when a thread follows a marker: THREAD_ENTRIES time stamps (or comments'
    ages, or action rows such as "Report") within THREAD_REACH lines under it, parted by
    prose. However much prose the thread holds, it is comments under a short story, not
    the story."""
    stop = min(len(lines), i + 1 + THREAD_REACH)
    if (_dated_groups(lines, i + 1, stop) >= THREAD_ENTRIES
            and _stamp_soon(lines, i, stop, dropped) and not _story_first(lines, i, stop, dropped)):
        return True
    # comments with only action rows ("Report") belong to the nearest marker over them: a
    # marker above the story (the writer's e-mail) has another one between it and them
    marker = next((j for j in range(i + 1, stop) if dropped.get(j) in BREAKING_REASONS), stop)
    if _action_rows(lines, i + 1, marker):
        return True
    # Comments stamped with their age ("3 hours ago", "48分前") count when the first age
    # comes before any prose: a marker above the story (the writer's e-mail, read as a
    # bio) has the story between it and the thread.
    first_prose = next((j for j in range(i + 1, stop) if lines[j].prose), stop)
    return any(metadata.is_relative_time(lines[j].text) for j in range(i + 1, first_prose)) and (
        _dated_groups(lines, i + 1, stop, aged=True) >= THREAD_ENTRIES)


def _story_first(lines: Sequence[Line], i: int, stop: int, dropped: dict[int, str]) -> bool:
    """True when the first date line under a marker tops a whole story, not a comment: more
    than ENTRY_MAX_WORDS prose words before the next date line (a blog's "About Me" box
    over the post's date, its paragraphs, then the comments' stamps)."""
    dates = (j for j in range(i + 1, stop) if metadata.is_date_line(lines[j].text))
    first = next(dates, None)
    if first is None:
        return False
    return prose_words(lines, first + 1, next(dates, stop) - 1, dropped) > ENTRY_MAX_WORDS


def _stamp_soon(lines: Sequence[Line], i: int, stop: int, dropped: dict[int, str]) -> bool:
    """True when no more than one comment's paragraphs come between a marker and the first
    date line under it: a share bar's comment count over the story has the story first."""
    first = next((j for j in range(i + 1, stop) if metadata.is_date_line(lines[j].text)), stop)
    return sum(lines[j].prose and j not in dropped for j in range(i + 1, first)) <= COMMENT_LEAD


def _profile_under(lines: Sequence[Line], i: int) -> bool:
    """True for an "About Harbour Robotics" heading over a paragraph that opens on the same
    name: the company's or writer's profile, however long, not the story going on."""
    heading = ABOUT_HEADING.match(lines[i].text)
    if heading is None:
        return False
    name = heading.group(1).split()[:2]
    after = next((lines[j] for j in range(i + 1, min(i + 3, len(lines))) if lines[j].prose), None)
    return after is not None and after.text.split()[:len(name)] == name


def _action_rows(lines: Sequence[Line], first: int, stop: int) -> bool:
    """True when THREAD_ENTRIES comments in [first, stop) each end in an action row
    ("Report", "Like · Reply"), parted by their prose: a thread with no dates on it."""
    rows, prose_since = 0, False
    for i in range(first, stop):
        if comment_action_row(lines[i]):
            rows += prose_since
            prose_since = False
        elif lines[i].prose:
            prose_since = True
    return rows >= THREAD_ENTRIES


def _feed_blurb(lines: Sequence[Line], i: int, dated: dict[int, bool]) -> bool:
    """True for a paragraph with a date line or byline just above it and another just under:
    one entry of a feed of stories ("By Ann Lee" / blurb / "10/04/16 05:19 PM"), not the
    article's prose, however much of it a page lists above its story."""
    def stamp(j: int) -> bool:
        if j not in dated:
            dated[j] = metadata.is_dated(lines[j].text)
        return dated[j]

    return (any(stamp(j) for j in range(max(0, i - STAMP_REACH), i))
            and any(stamp(j) for j in range(i + 1, min(len(lines), i + 1 + STAMP_REACH))))


def _teasers_follow(lines: Sequence[Line], dropped: dict[int, str]) -> list[bool]:
    """Per line: are most of the next few prose lines teaser blurbs?

    A blurb has no blank lines around it and sits right under its headline (a short line).
    An inline "Most read" box inside an article is followed by body paragraphs: spaced, or
    set tight one after another. Lines a rule dropped (a doubled teaser) tell nothing.
    One backward pass keeps this linear.
    """
    result = [False] * len(lines)
    ahead: list[bool] = []  # blurb-ness of the next TEASER_LOOKAHEAD prose lines, nearest last
    for i in range(len(lines) - 1, -1, -1):
        # the nearest prose line must be a blurb too: a paragraph right under the heading
        # is the article going on, whatever blurbs the page has further down
        result[i] = bool(ahead) and ahead[-1] and 2 * sum(ahead) > len(ahead)
        if lines[i].prose and i not in dropped:
            ahead = (ahead + [_blurb(lines, i, dropped)
                              or _card_headline(lines, i)])[-TEASER_LOOKAHEAD:]
    return result


def _link_cards(lines: Sequence[Line], first: int, end: int, dropped: dict[int, str]) -> bool:
    """True when link lines ("» Power rankings") from `first` to the block's end, LINK_CARDS
    or more, have at most one short blurb each between them: a box of cards, not a link
    set between paragraphs. A link with a label ("Baca juga: ...", "Read more: ...") is
    one such link set between paragraphs, however many follow."""
    if LINK_LABEL.match(lines[first].text):
        return False
    links, since = 1, 0
    for j in range(first + 1, end + 1):
        if dropped.get(j) == RELATED_LINKS:
            links, since = links + 1, 0
        elif lines[j].prose and j not in dropped:
            since += 1
            if since > 1 or lines[j].words > TEASER_MAX_WORDS:
                return False
    return links >= LINK_CARDS


def _cards_only(lines: Sequence[Line], head: int, end: int, dropped: dict[int, str]) -> bool:
    """True when the prose under a related heading, to the block's end and on down the page,
    is teaser cards (a headline, then a short blurb), at least CARDS_MIN of them.

    A card set straight under the heading, or CARD_GAP lines or fewer under the card
    before, may have a blurb as long as an excerpt: a wire site's cards run to three
    sentences, as long as the story's own paragraphs, but they follow one another with only
    a label or a "Read more" link between them.
    """
    cards, last = 0, head
    for j in range(head + 1, len(lines)):
        if dropped.get(j) == "legal footer":
            break  # the page's footer: the lines under it are no cards of this box
        if not lines[j].prose or j in dropped:
            continue
        if cards == 0 and not _blurb(lines, j, dropped) and _headline_stack(lines, j - 1, dropped,
                                                                            marked=True):
            # the story goes on under the box's bare headlines, whether or not the box's
            # rules took them: a first card's blurb sits tight under its headline
            return False
        above = lines[j - 1]
        if j - 1 == last + 1 and _question_headline(above):
            # a card's headline that reads as a sentence ("Mailbox: Is this the tightest
            # race in years?") right after the card before
            above = replace(above, prose=False)
        elif j + 1 < len(lines) and _question_headline(lines[j]) and lines[j + 1].prose:
            continue  # it heads the next card
        if beside_post(lines, j) or not (card_shaped(above, lines[j]) or (
                cards == 0 or j - last <= CARD_GAP) and (
                card_shaped(above, lines[j], EXCERPT_MAX_WORDS))):
            return j > end and cards >= CARDS_MIN
        cards, last = cards + 1, j
    return cards >= CARDS_MIN


def _unfinished_only(
    lines: Sequence[Line], start: int, head: int, end: int, dropped: dict[int, str]
) -> bool:
    """True when the lines left under a related heading to the block's end, and on down the
    page, are a run of TEASER_LINES or more set tight, each long and ending on no sentence
    end: teasers, each headline run together with its blurb ("Sony's phone is only $250
    It's a good price for ..."), not paragraphs, which a page copy spaces and a writer
    finishes. Under a story whose paragraphs are spaced, a tight run of such lines straight
    under the heading is teasers however they end (a blurb may end on a full stop)."""
    prose = [j for j in range(start, head) if lines[j].prose and j not in dropped]
    # (set straight under the heading: a box's own short headlines over tight paragraphs
    # are a box inside the story, which goes on under it)
    spaced = (len(prose) > 0
              and sum(lines[j].spaced for j in prose) >= SPACED_STORY * len(prose)
              and head + 1 < len(lines) and lines[head + 1].words >= TEASER_LINE_WORDS)

    def teaser(j: int) -> bool:
        line = lines[j]
        return (line.words >= TEASER_LINE_WORDS and not line.spaced
                and (spaced or SENTENCE_END.search(line.text) is None))

    left = [j for j in range(head + 1, end + 1)
            if j not in dropped and lines[j].words >= TEASER_LINE_WORDS]
    if not left or not all(map(teaser, left)):
        return False
    group = left[:TEASER_LINES]  # (finished lines parted by a blank line are paragraphs)
    if spaced and lines[group[-1]].no - lines[group[0]].no != group[-1] - group[0]:
        return False
    run, j = len(left), end + 1
    while run < TEASER_LINES and j < len(lines) and teaser(j):
        run, j = run + 1, j + 1
    return run >= TEASER_LINES


def _stamped_story_under(
    lines: Sequence[Line], start: int, head: int, end: int, dropped: dict[int, str]
) -> bool:
    """True when the first paragraph under a related box opens another story: a time stamp
    and a headline right over it ("před 3 minutami" / "Praha postaví ..."), a news feed's
    item printed whole under the box. A story with stamps of its own over the box is a
    live blog, whose next entry opens so too."""
    first = next((j for j in range(head + 1, end + 1)
                  if lines[j].prose and j not in dropped), None)
    if first is None or first - 2 <= head:
        return False
    stamp, headline = first - 2, first - 1
    return (dropped.get(stamp) == TIMESTAMP and not lines[headline].prose
            and lines[headline].words <= TEASER_HEADLINE_WORDS[1]
            and not any(dropped.get(j) == TIMESTAMP for j in range(start, head)))


def _question_headline(line: Line) -> bool:
    """True for a headline-sized line asking a question: a teaser card's headline may."""
    return line.words <= TEASER_HEADLINE_WORDS[1] and line.text.rstrip().endswith("?")


def _button_mid_story(lines: Sequence[Line], i: int, dropped: dict[int, str]) -> bool:
    """True for a short marker the story's paragraphs resume right under: no end.

    A newsletter prints a "Leave a comment" button mid-post, and a newsletter box set inside
    the story ends on its own "Privacy Policy" link (an embedded graphic's label may come
    between the paragraphs under that one). A comment count with a comment's dated header
    under it ("Jo | 11.05.2012 11:38") heads the comments, however they run on.
    """
    if lines[i].words > BUTTON_WORDS:
        return False
    if dropped[i] == COMMENTS:  # a comment's dated header under it is no story resuming
        return _article_resumes(lines, i, dropped, BUTTON_REACH) and not any(
            metadata.is_date_line(lines[j].text)
            for j in range(i + 1, min(len(lines), i + 1 + BUTTON_REACH)))
    return dropped[i] == "legal footer" and _article_resumes(
        lines, i, dropped, BUTTON_REACH, in_a_row=False)


def _article_resumes(
    lines: Sequence[Line], head: int, dropped: dict[int, str], reach: int = BOX_MAX_LINES,
    in_a_row: bool = True,
) -> bool:
    """True when RESUME_RUN paragraphs in a row (or in all, when not `in_a_row`) follow a
    related box soon after its heading.

    A box set inside the article ("Related articles", two teaser headlines) is followed
    by the article going on; teasers, comments and footers are parted by their headlines,
    names and links, and never run on as paragraph after paragraph.
    """
    run = 0
    for i in range(head + 1, min(head + 1 + reach, len(lines))):
        if dropped.get(i) in INLINE_REASONS | MEDIA_REASONS or embed_credit(lines[i].text):
            continue  # an ad slot, a player or a post's credit between paragraphs breaks no run
        if lines[i].prose and i not in dropped:
            run += 1
        elif in_a_row:
            run = 0
        if run == RESUME_RUN:
            return True
    return False


def _paragraph_after_cards(lines: Sequence[Line], head: int, dropped: dict[int, str]) -> bool:
    """True when a paragraph with blank lines around it follows the tight cards under a
    related heading (see structure.tight_cards): a box set inside the story, which goes on
    under it, though maybe for one last paragraph only."""
    last = tight_cards(lines, head)
    if last is None or last + 1 >= len(lines):
        return False
    after = lines[last + 1]
    return (last + 1 not in dropped and after.spaced and after.no > lines[last].no + 1
            and after.words >= PARAGRAPH_MIN_WORDS and SENTENCE_END.search(after.text) is not None)


def _card_headline(lines: Sequence[Line], i: int) -> bool:
    """True for a prose line with a date line right under it: a teaser card's headline
    ("Did the ferry really sink?" / "8 October 2019" / blurb), not a paragraph."""
    return (i + 1 < len(lines) and not lines[i].text.rstrip().endswith(".")
            and metadata.is_date_line(lines[i + 1].text))


def _blurb(lines: Sequence[Line], i: int, dropped: dict[int, str]) -> bool:
    """True for a tight prose line right under a short line (a teaser's headline, not a live
    blog entry's time stamp). A paragraph (a blank line under it) set under the last of a
    stack of bare headlines is no blurb: the box of links sits inside the story, which goes
    on under it. Nor is an embedded post's text (its credit line under it) or the paragraph
    under that credit line."""
    if i == 0 or lines[i].spaced:
        return False
    above = lines[i - 1]
    if beside_post(lines, i):
        return False
    paragraph = i + 1 == len(lines) or lines[i + 1].no > lines[i].no + 1
    return (not above.prose and not above.table_row and above.no == lines[i].no - 1
            and not metadata.is_time_stamp(above.text)
            and not (paragraph and _headline_stack(lines, i - 1, dropped)))


def _headline_stack(lines: Sequence[Line], i: int, dropped: dict[int, str],
                    marked: bool = False) -> bool:
    """True when line i is the last of two or more bare headlines set tight under a related
    heading (headline-sized, no prose, no date or byline; short labels such as "PLUS" may
    come between): the first had no blurb, so the box's cards have none. `marked` counts
    the headlines the box's rules took too (the lines of "READ MORE:" and its links), set
    tight or spaced: the rules have told they are one box."""
    low, high = TEASER_HEADLINE_WORDS
    if not low <= lines[i].words <= high:
        return False
    headlines = 0
    for j in range(i, max(-1, i - STACK_REACH), -1):
        line = lines[j]
        if j in dropped and not (marked and dropped[j] == RELATED
                                 and low <= line.words <= high and not line.prose):
            return dropped[j] == RELATED and headlines >= 2
        if line.prose or line.table_row or line.words > high or metadata.is_dated(line.text):
            return False
        headlines += line.words >= low
        if j == 0 or lines[j - 1].no != line.no - 1 and not (marked and j in dropped):
            return False
    return False


def extend_block(
    lines: Sequence[Line], start: int, end: int, dropped: dict[int, str]
) -> tuple[int, int]:
    """Widen the block's end over short sentence paragraphs right after it.

    The scorer leaves out a final "Nowadays, it is easily treated." because short lines cost;
    a spaced line ending in a full stop right at the edge is still body.
    """
    if end < start:
        return start, end
    while True:
        if end + 1 < len(lines) and (_edge_sentence(lines[end + 1], end + 1, dropped) or (
                end + 1 not in dropped and embed_credit(lines[end + 1].text))):
            end += 1  # (an embedded post's credit at the edge is the story's too)
            continue
        after = (_after_box(lines, start, end + 1, dropped)
                 or _table_after(lines, end + 1, dropped))
        if after is None:
            return start, end
        end = after


def _table_after(lines: Sequence[Line], i: int, dropped: dict[int, str]) -> int | None:
    """The last row of a table that starts within TABLE_GAP lines of line i, or None.

    Table rows score nothing (a sidebar's standings must not pull the block), so a table
    that closes the article ("Specifications") stays out unless taken here. Its heading
    lines and one-cell section rows ("Engine") go with it; a rule's line ends it.
    """
    first = next((j for j in range(i, min(i + TABLE_GAP + 1, len(lines)))
                  if lines[j].table_row), None)
    if first is None or any(dropped.get(j, ADVERT) not in INLINE_REASONS
                            for j in range(i, first)):
        return None  # only a caption, an ad, one teaser or the like may stand between
    last, rows = first, 0
    for j in range(first, len(lines)):
        if j in dropped or lines[j].no > lines[j - 1].no + 2:
            break  # a rule's line, or more than one blank line: the table is over
        if lines[j].table_row:
            last, rows = j, rows + 1
        elif j - last > TABLE_GAP:
            break
    return last if rows >= TABLE_MIN_ROWS else None


def _after_box(lines: Sequence[Line], start: int, i: int, dropped: dict[int, str]) -> int | None:
    """The paragraph right under a related box of one headline (or a stack of bare ones)
    at line i, or None.

    A box set in the article ("More on this", one headline) has no blank line under it,
    so the paragraph after it reads as a tight teaser blurb; it is the article's, set as a
    paragraph (a blank line under it) and a full sentence.
    """
    if dropped.get(i) not in BOX_HEADS or dropped[i] == RELATED and (
            _cards_only(lines, i, i, dropped)
            or _excerpt_under(lines, start, i, dropped)
            or _cut_excerpt_only(lines, i, _next_box(i, len(lines) - 1, dropped) - 1, dropped)
            or _stamped_stories(lines, i + 1, len(lines) - 1) >= LISTED_ENTRIES):
        return None  # (nor under a heading over teaser cards, an excerpt or a digest)
    j = i + 1
    while j < len(lines) and j - i <= STACK_REACH and (
            dropped.get(j) in BOX_HEADS or not lines[j].prose):
        j += 1
    if j >= len(lines) or j in dropped or not lines[j].prose:
        return None
    if j - i > BOX_HEADLINES + 1 and not _headline_stack(lines, j - 1, dropped):
        return None  # more lines than a box's headline or two: only a stack of headlines
    blank_after = j + 1 == len(lines) or lines[j + 1].no > lines[j].no + 1
    ends = SENTENCE_END.search(lines[j].text) is not None
    return j if blank_after and ends and lines[j].words >= PARAGRAPH_MIN_WORDS else None


def trim_tail(lines: Sequence[Line], start: int, end: int, dropped: dict[int, str],
              reach: int | None = None) -> int:
    """The block's end moved up to the first closing box that only a little prose follows.

    Teaser blurbs and disclaimers after a "Related articles" or newsletter box are prose
    too, and cheap chrome lets the block run on into them. A spaced heading right above the
    box ("About the company") is the box's own and goes with it. Link lines with a blurb
    each ("» Power rankings"), dated teasers under a link line before the next box, stamped
    stories under a related heading ("Today's top stories") or another story's opening there
    (see _excerpt_under) close it however much prose they hold.
    Given `reach`, a box of a kind set between a story's paragraphs (MID_STORY_BOXES) that
    two of the story's paragraphs follow, looked for as far down as `reach`, stays however
    little prose is left under it: that prose is the story's last paragraphs (the boxes
    under the story, once cut off, no longer outweigh them).
    """
    prose = [lines[i].words if lines[i].prose and i not in dropped else 0.0
             for i in range(start, end + 1)]
    total, before = sum(prose), 0.0
    stamps: list[tuple[int, bool]] | None = None  # found once: a menu has many headings

    def digest_under(i: int) -> bool:
        nonlocal stamps
        if stamps is None:
            stamps = _stamps(lines, start, end)
        return _headed_stories([s for s in stamps if s[0] > i]) >= LISTED_ENTRIES

    for i in range(start, end + 1):
        before += prose[i - start]
        if (dropped.get(i) in END_MARKERS and (
                total - before < TAIL_SHARE * before
                and not (reach is not None and dropped[i] in MID_STORY_BOXES
                         and _story_goes_on(lines, start, i, reach, dropped))
                or dropped[i] == RELATED and (_cards_only(lines, i, end, dropped)
                                              or _unfinished_only(lines, start, i, end, dropped)
                                              or _stamped_story_under(lines, start, i, end,
                                                                      dropped)))
                or dropped.get(i) == RELATED_LINKS and (
                    _link_cards(lines, i, end, dropped)
                    or _dated_groups(lines, i + 1, _next_box(i, end, dropped),
                                     teasers=True) >= LISTED_ENTRIES)
                or dropped.get(i) == RELATED and (
                    digest_under(i) or _excerpt_under(lines, start, i, dropped)
                    or _cut_excerpt_only(lines, i, end, dropped))):
            heading = i > start and lines[i - 1].spaced and not lines[i - 1].prose and (
                not lines[i - 1].table_row)
            return i - 2 if heading else i - 1
    return end


def _story_goes_on(lines: Sequence[Line], start: int, i: int, end: int,
                   dropped: dict[int, str]) -> bool:
    """True when STORY_GOES_ON paragraphs of the story follow the box at line i, with at
    most a small box's lines (BOX_LINES: its pitch, its button, an ad) over and between them,
    or one paragraph on the story's topic (see _on_topic) and then the block's end or chrome."""
    run, j, last = 0, i + 1, i
    while j <= end and run < STORY_GOES_ON:
        k = j
        while k <= end and k in dropped and k - j < BOX_LINES:
            k += 1
        if (k > end or k in dropped or not lines[k].prose
                or lines[k].words < PARAGRAPH_MIN_WORDS):
            break
        run, j, last = run + 1, k + 1, k
    return run >= STORY_GOES_ON or run == 1 and _on_topic(lines, start, i, last, dropped)


def _on_topic(lines: Sequence[Line], start: int, box: int, k: int,
              dropped: dict[int, str]) -> bool:
    """True when most of line k's words (TOPIC_SHARE of those of TOPIC_WORD's length) are in
    the story's prose from `start` to the box: a story's last paragraph goes on with its
    people, places and matter, a box's pitch or a footer's prose with the site's."""
    words = {word.lower() for word in TOPIC_WORD.findall(lines[k].text)}
    if len(words) < TOPIC_MIN_WORDS:
        return False
    story: set[str] = set()
    for j in range(start, box):
        if lines[j].prose and j not in dropped:
            story.update(word.lower() for word in TOPIC_WORD.findall(lines[j].text))
    return len(words & story) >= TOPIC_SHARE * len(words)


def _excerpt_under(lines: Sequence[Line], start: int, head: int, dropped: dict[int, str]) -> bool:
    """True when a related heading at `head` tops another story's opening: a headline set
    tight under it (maybe with its date line), then paragraphs that end on a "Read more"
    button, not much longer than the block's prose from `start` to the heading
    (EXCERPT_SHARE): a story that goes on past an inline box to its own expander button
    holds most of its prose under the box."""
    first = head + 2
    if (first >= len(lines) or lines[head + 1].no != lines[head].no + 1
            or not metadata.is_headline(lines[head + 1].text, int(lines[head + 1].words))):
        return False
    if metadata.is_dated(lines[first].text):
        first += 1  # the story's stamp under its headline ("15.07.2019 13:10", a byline)
    i, words = first, 0.0
    while i < len(lines) and lines[i].prose and i not in dropped:
        i, words = i + 1, words + lines[i].words
    return (i > first and i < len(lines) and CARD_BUTTON.match(lines[i].text) is not None
            and words < EXCERPT_SHARE * prose_words(lines, start, head - 1, dropped))


def _cut_excerpt_only(lines: Sequence[Line], head: int, end: int,
                      dropped: dict[int, str]) -> bool:
    """True when the prose under a related heading to the block's end is one teaser's
    excerpt: EXCERPT_PARAGRAPHS or fewer paragraphs, the last cut off ("... ein Investor
    aus Freiburg will auf dem rund drei Hektar großen Areal …")."""
    prose = [j for j in range(head + 1, end + 1) if lines[j].prose and j not in dropped]
    return (0 < len(prose) <= EXCERPT_PARAGRAPHS
            and lines[prose[-1]].text.rstrip().endswith(EXCERPT_ENDS))


def _next_box(i: int, end: int, dropped: dict[int, str]) -> int:
    """The index of the next closing box's line under line i, or end + 1."""
    return next((j for j in range(i + 1, end + 1) if dropped.get(j) in END_MARKERS), end + 1)


def _without_dated_card(lines: Sequence[Line], start: int, end: int) -> int:
    """The block's end moved up over a dated teaser card it ends on: a headline, a date
    line and one short blurb ("10 things to know about tornadoes" / "April 26, 2014" /
    "Here are ..."), and the labels over it ("Part of complete coverage on").

    The story's own date is in its header, not under its last paragraph with a headline
    over it: that is the first card of a list the block's end cut through. A stamp to the
    minute heads a live blog's last entry instead, which stays.
    """
    blurb = end
    low, high = TEASER_HEADLINE_WORDS
    if blurb - 2 <= start or not lines[blurb].prose or lines[blurb].words > TEASER_MAX_WORDS:
        return end
    date, head = lines[blurb - 1], lines[blurb - 2]
    if (not metadata.is_date_line(date.text) or metadata.is_time_stamp(date.text)
            or head.prose or not low <= head.words <= high):
        return end
    cut = blurb - 3
    while cut >= start and not lines[cut].prose:
        cut -= 1
    before = sum(lines[i].words for i in range(start, cut + 1) if lines[i].prose)
    return cut if before >= NEXT_ARTICLE_WORDS else end


def _stamped_stories(lines: Sequence[Line], first: int, end: int) -> int:
    """How many stories in [first, end] open with a headline over a stamp ("09:15", "12
    March 2024") and the story's paragraph: a digest of the day's news under a heading.

    Every stamp over a paragraph there must have its headline: a live blog's entries go on
    under a related box, and only some of them have a headline (0 then).
    """
    return _headed_stories(_stamps(lines, first, end))


def _stamps(lines: Sequence[Line], first: int, end: int) -> list[tuple[int, bool]]:
    """(index, headed) of each stamp over a paragraph in [first, end]: headed when a
    headline-sized line sits right above it."""
    low, high = TEASER_HEADLINE_WORDS
    return [(i, not lines[i - 1].prose and low <= lines[i - 1].words <= high)
            for i in range(max(first, 1), end)
            if lines[i + 1].prose and (metadata.is_clock_line(lines[i].text)
                                       or metadata.is_date_line(lines[i].text))]


def _headed_stories(stamps: Sequence[tuple[int, bool]]) -> int:
    """How many stamps head a story, when every one does (else 0)."""
    headed = sum(1 for _, head in stamps if head)
    return headed if headed == len(stamps) else 0


def tail_marks(
    lines: Sequence[Line], start: int, end: int, dropped: dict[int, str], rule: TailRule,
    spaced: bool = False,
) -> dict[int, str]:
    """Index → reason for tail-only rule lines (an organisation's profile) at the block's end.

    Only prose lines with under TAIL_SHARE of the block's prose after them are tried: only
    there can trim_tail cut at one, and it keeps the patterns off nearly every line. On a
    spaced page, up to PROFILE_LINES paragraphs set tight together are one box ("Acme is a
    global provider of ..." / "Acme is headquartered in ..."): the share is taken under the
    box, and a rule line marks the whole box.
    """
    total = prose_words(lines, start, end, dropped)
    marks: dict[int, str] = {}
    after = 0.0
    i = end
    while i >= start:
        if not lines[i].prose or i in dropped:
            i -= 1
            continue
        box = [i]
        while (spaced and len(box) < PROFILE_LINES and box[-1] - 1 >= start
               and lines[box[-1] - 1].prose and box[-1] - 1 not in dropped
               and lines[box[-1] - 1].no == lines[box[-1]].no - 1):
            box.append(box[-1] - 1)
        if box[-1] - 1 >= start and lines[box[-1] - 1].prose and (
                lines[box[-1] - 1].no == lines[box[-1]].no - 1):
            box = [i]  # a longer tight run is the story's own text: one line at a time
        if after >= TAIL_SHARE * (total - after):
            break
        reason = next((r for r in map(rule, (lines[k].text for k in box)) if r), None)
        if reason:
            marks.update(dict.fromkeys(box, reason))
        after += sum(lines[k].words for k in box)
        i = box[-1] - 1
    return marks


def _edge_sentence(line: Line, i: int, dropped: dict[int, str]) -> bool:
    """True for a short paragraph that reads as a sentence (blank lines around, full stop)."""
    return (i not in dropped and line.spaced and line.words >= EDGE_MIN_WORDS
            and SENTENCE_END.search(line.text) is not None and not line.text.endswith(":"))


def clean_text(
    text: str, extra_rules: Sequence[str] = (), known_chrome: frozenset[str] = frozenset(),
    model: LineModel | None = None,
) -> Cleaned:
    """Strip chrome from a plain-text page dump: body, metadata and the removed lines.

    The rules choose the body; the line model (the shipped one unless `model` is given)
    then restores dropped lines it is sure are body (and would drop kept lines it is sure
    are chrome, but the shipped model's threshold for that is 0: cross-validation never
    found it to help).
    """
    choice = rule_choice(text, extra_rules, known_chrome)
    lines, header = choice.view.lines, choice.header
    # a line over the header inside the block (a standfirst above the date line) is the
    # header's side of the page: the model brings back only lines under it
    keep = [i for i in revise(choice.view, model or default_model())
            if i in choice.view.kept or not choice.view.start <= i <= choice.top]
    kept = set(keep)
    body, removed = kept_text(lines, keep, (
        RemovedLine(line.no, line.text, _removed_reason(choice, i))
        for i, line in enumerate(lines) if i not in kept))
    title = metadata.strip_markup(lines[header.title].text) if header.title is not None else None
    published = header.published or (post_stamp_date(lines, keep[-1]) if keep else None)
    return Cleaned(body, title, header.author, published, removed)


@dataclass(frozen=True)
class RuleChoice:
    """What the rules made of a page: the model's view of it, reasons and the header."""

    view: PageView
    reasons: dict[int, str]  # index → reason, for rule-dropped lines and the header's lines
    top: int  # index of the header's last line (start - 1 when there is none)
    header: Header


# The structural passes over the phrase rules' verdicts, in order: each reads the reasons
# the ones before it gave. Captions first (their rules read the page's spacing), then boxes,
# players and widgets, and comment threads last.
SPACED_PASSES: tuple[Callable[[Sequence[Line], dict[int, str], bool], dict[int, str]], ...] = (
    captions_over_credits, credits_over_captions, slide_captions, caption_sentences,
    captions_under_chrome)
STRUCTURE_PASSES: tuple[Callable[[Sequence[Line], dict[int, str]], dict[int, str]], ...] = (
    summary_boxes, listed_teasers, cut_headlines, kicker_teasers, capital_kicker_boxes,
    inline_kicker_teasers,
    sandwich_reasons, pager_titles, video_descriptions, playlist_reasons, player_furniture,
    video_descriptions,  # once more: a clip's card found just now may frame its description
    market_widgets, weather_boxes, poll_boxes, score_boxes, thread_reasons, titled_slide_reasons)


def rule_choice(
    text: str, extra_rules: Sequence[str] = (), known_chrome: frozenset[str] = frozenset()
) -> RuleChoice:
    """The rules' choice of body lines for a plain-text page dump, before the line model."""
    lines = split_lines(text)
    spaced = is_spaced_page(lines)
    dropped = repeat_reasons(lines) | doubled_reasons(lines, spaced)
    rules = compile_rules(tuple(extra_rules))
    dropped.update(rule_reasons(lines, rules, known_chrome))
    for spaced_pass in SPACED_PASSES:
        dropped.update(spaced_pass(lines, dropped, spaced))
    for structure_pass in STRUCTURE_PASSES:
        dropped.update(structure_pass(lines, dropped))
    # an embedded post's credit line is the story's, whatever rule took it for chrome (a
    # teaser's byline, a caption's credit)
    credits = [i for i, line in enumerate(lines) if embed_credit(line.text)]
    for i in credits:
        dropped.pop(i, None)
    numbered = numbered_items(lines)
    runs = list_article_runs(lines)
    headings = frozenset(i for run in runs for i in run)
    teasers = (teaser_runs(lines, dropped) | kicker_card_runs(lines, dropped)
               | ticker_runs(lines))
    start, end = choose_block(lines, dropped, spaced, numbered, rules.match_tail, runs, teasers)
    if _lone_headline(lines, start, end):
        # a headline that reads as a sentence ("... it's for sale!") outscored a story set
        # in short or unspaced paragraphs under its own date line: the story is under it
        dropped[start] = "headline"
        start, end = choose_block(lines, dropped, spaced, numbered, rules.match_tail, runs,
                                  teasers)
    start, end, top, header = _one_story(lines, start, end, dropped)
    cards = _cards_inside(lines, start, end, teasers, runs) if spaced else {}
    reasons = (dict(header.lines) | link_lists(lines, dropped, numbered, headings)
               | related_box_reasons(lines, dropped, headings, spaced) | cards | dropped)
    # an embedded post's text set tight under a box's headlines is no entry of the box:
    # its credit line under it says whose post it is
    for i in credits:
        if reasons.get(i - 1) == LINK_LIST:
            del reasons[i - 1]
    # a live blog's entry stamps are no body text (the article's own date is in its header),
    # nor are its bare clock times ("10:42 AM") each over an entry, when there are a few
    reasons |= {i: TIMESTAMP for i in range(top + 1, end + 1)
                if i not in reasons and metadata.is_entry_stamp(lines[i].text)}
    clocks = [i for i in range(max(top, 0), end)  # (the first may close the header)
              if i not in reasons and _entry_clock(lines, i, reasons)]
    if len(clocks) >= LIVE_STAMPS:
        reasons |= dict.fromkeys(clocks, TIMESTAMP)
    if header.author:
        end, bio = _bio_cut(lines, start, end, reasons, header.author, top + 1)
        if bio is not None:
            reasons[bio] = AUTHOR_BIO
    end, box = _named_bio(lines, start, end, reasons)
    if box is not None:
        reasons[box] = AUTHOR_BIO
    keep = _kept(lines, top + 1, end, reasons, spaced)
    if not keep and top >= start:
        # A "byline" or "date" found low in a short block took all of it: it was no header.
        top = start - 1
        keep = _kept(lines, start, end, reasons, spaced)
    keep = _without_printed_twice(lines, keep, reasons)
    keep = _without_second_copy(lines, keep, reasons)
    keep = _without_cut_off_tail(lines, keep, reasons)
    keep = _without_signature(lines, keep, reasons)
    if keep and lines[keep[-1]].text.endswith(":"):
        keep += list_after(lines, keep[-1] + 1, reasons)
        end = max(end, keep[-1])
    keep += _quoted_post_credit(lines, keep, reasons)
    keep = _with_fact_box(lines, keep, reasons)
    view = PageView(lines, reasons, start, end, frozenset(keep), spaced)
    return RuleChoice(view, reasons, top, header)


def _without_signature(lines: Sequence[Line], keep: list[int], reasons: dict[int, str]
                       ) -> list[int]:
    """The kept lines without a byline or date line that closes them ("par Ann Lee, le 15
    septembre 2009", "Posted on March 3, 2019"), each named in `reasons`: a signature
    under the story is no body, as the header's byline over it is not."""
    while (keep and not lines[keep[-1]].prose and metadata.is_dated(lines[keep[-1]].text)
           and not embed_credit(lines[keep[-1]].text)):  # (a post's credit is the story's)
        reasons[keep[-1]] = ("byline" if metadata.byline_author(lines[keep[-1]].text)
                             else "date line")
        keep = keep[:-1]
    return keep


def _without_cut_off_tail(lines: Sequence[Line], keep: list[int], reasons: dict[int, str]
                          ) -> list[int]:
    """The kept lines less a tail with no prose that chrome parts from the last paragraph.

    A sidebar's table ("League Two table", its rows, "View full table") under the story's
    share bar and tags is inside the block, whose end is the next box; table rows and short
    lines are kept there, but with a share bar or a tag list above them they are not the
    story's. (A table with only a caption or an ad above it closes the story: kept.)
    """
    prose = [i for i in keep if lines[i].prose]
    if not prose:
        return keep
    last = prose[-1]
    tail = [i for i in keep if i > last]
    if tail and any(reasons.get(j, ADVERT) not in INLINE_REASONS for j in range(last + 1, tail[0])):
        return [i for i in keep if i <= last]
    return keep


def _without_printed_twice(
    lines: Sequence[Line], keep: list[int], reasons: dict[int, str]
) -> list[int]:
    """The kept lines less paragraphs printed again elsewhere on the page, marked DOUBLED.

    A paragraph of the story printed again outside it is a photo caption (in the gallery
    and under its picture) or a teaser's blurb. The story's opening may repeat the
    standfirst, and a page that prints the whole story twice is no place for this: past
    TWICE_SHARE of the kept lines, nothing is dropped.
    """
    at: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        at.setdefault(line.text, []).append(i)
    kept = set(keep)
    # a copy outside the story marks the caption or blurb; copies all inside the story are
    # its own repeated lines (an interview's recurring question, a meal plan's recipe)
    twice = [i for i in keep if lines[i].prose and any(j not in kept for j in at[lines[i].text])
             and not (i == keep[0] and _printed_above_only(at[lines[i].text], i))]
    if not twice or len(twice) > TWICE_SHARE * len(keep):
        return keep
    reasons.update(dict.fromkeys(twice, DOUBLED))
    dropped = set(twice)
    return [i for i in keep if i not in dropped]


def _entry_clock(lines: Sequence[Line], i: int, reasons: dict[int, str]) -> bool:
    """True for a clock time alone on line i ("10:42 AM", "14.52 Uhr") over an entry: a
    paragraph under it, and no other clock line beside it (a timetable's list)."""
    if not _clock(lines[i].text):
        return False
    # the entry's paragraph may sit under its headline and writer's name ("9:52 p.m." /
    # "Governor asks for aid" / "Ann Lee" / ...), past a share button a rule dropped
    under = [j for j in range(i + 1, min(i + 1 + 2 * ENTRY_REACH, len(lines)))
             if j not in reasons][:ENTRY_REACH]
    beside = (j for j in (i - 1, i + 1) if 0 <= j < len(lines))
    return (any(lines[j].prose for j in under)
            and not any(_clock(lines[j].text) for j in beside))


def _clock(text: str) -> bool:
    """True for a time of day alone on a line, maybe with "Uhr" or a time zone after it."""
    return metadata.is_clock_line(CLOCK_SUFFIX.sub("", text))


def _without_second_copy(
    lines: Sequence[Line], keep: list[int], reasons: dict[int, str]
) -> list[int]:
    """The kept lines less a second copy of the story inside the block, marked DOUBLED.

    A page may hold its story twice (a mobile and a desktop copy, or a print copy, one of
    them hidden by a stylesheet), and a dump prints both; when COPY_RUN paragraphs in a row
    from the story's opening recur in the same order lower in the block, the story starts
    again there, and every kept line from that point on that repeats a line above it is
    the copy's. Lines a story repeats on its own (a recurring question, a meal plan's
    items) are not its opening paragraphs in order, so they stay.
    """
    # (a verse's short lines are left out: a poem's refrain recurs in order on purpose)
    prose = [i for i in keep if lines[i].prose and lines[i].words >= PROSE_MIN_WORDS]
    if len(prose) < 2 * COPY_RUN:
        return keep
    texts = [lines[i].text for i in prose]
    # the opening may follow a caption or standfirst the copy leaves out, so the run may
    # start at any of the first COPY_RUN paragraphs
    again = next((k for first in range(COPY_RUN)
                  for k in range(first + COPY_RUN, len(texts) - COPY_RUN + 1)
                  if texts[k:k + COPY_RUN] == texts[first:first + COPY_RUN]), None)
    if again is None:
        return keep
    restart = prose[again]
    seen = {lines[i].text for i in keep if i < restart}
    copy = {i for i in keep if i >= restart and lines[i].text in seen}
    reasons.update(dict.fromkeys(copy, DOUBLED))
    return [i for i in keep if i not in copy]


def _quoted_post_credit(lines: Sequence[Line], keep: list[int], reasons: dict[int, str]
                        ) -> list[int]:
    """The credit line of a post quoted at the story's end, if the block's edge cut it off.

    The block's edge stays where it was: the line model reads it.
    """
    credit = keep[-1] + 1 if keep else len(lines)
    if credit < len(lines) and credit not in reasons and embed_credit(lines[credit].text):
        return [credit]
    return []


def _with_fact_box(lines: Sequence[Line], keep: list[int], reasons: dict[int, str]
                   ) -> list[int]:
    """`keep` with a review's fact box set tight against its first or last line: up to
    FACT_LINES lines of "Label: value" ("Tested by: Ann Lee RRP: £23.99 More info: ...",
    "Price: £289.99" / "Sizes: S-3XL"), one of them a price and one another of a review's
    facts (REVIEW_FACT). Such lines are no prose and no rule's chrome, and the block's edge
    stops short of them; the review gives them as its verdict's facts. The header's own
    lines (a byline, the date) are in `reasons`."""
    if not keep:
        return keep

    def run(edge: int, step: int) -> list[int]:
        found: list[int] = []
        i = edge + step
        while (0 <= i < len(lines) and len(found) < FACT_LINES and i not in reasons
               and not lines[i].prose and FACT_LABEL.match(lines[i].text)
               and abs(lines[i].no - lines[i - step].no) <= 2):
            found.append(i)
            i += step
        text = " ".join(lines[j].text for j in found)
        return found if PRICE_FACT.search(text) and REVIEW_FACT.search(text) else []

    return sorted(run(keep[0], -1)) + keep + run(keep[-1], 1)


def _printed_above_only(copies: list[int], i: int) -> bool:
    """True when the story's opening line i repeats a line printed above it only: a
    standfirst just over it, or a share box's description of the story higher up (a
    caption or a blurb printed twice has a copy under the story's opening too)."""
    return all(j <= i for j in copies)


def _lone_headline(lines: Sequence[Line], start: int, end: int) -> bool:
    """True when the block is one headline-sized line with a date line right under it."""
    return (start == end and lines[end].words <= HEADLINE_MAX_WORDS and end + 1 < len(lines)
            and metadata.is_dated(lines[end + 1].text))


def _one_story(
    lines: Sequence[Line], start: int, end: int, dropped: dict[int, str]
) -> tuple[int, int, int, Header]:
    """(start, end, top, header) of the block narrowed to one story, with its header.

    When a second story is printed in full inside the block, the first keeps the block if it
    has a header of its own, or if little prose follows (a date and author printed under the
    story); else what came first was a teaser or a sidebar over the story whose header was
    found, and the block starts there; a third story under that one is looked for in turn
    (a page that prints story after story as the reader scrolls).
    """
    top, header = _header_of(lines, start, end, dropped)
    for _ in range(STORIES_MAX):
        second = next_article_at(lines, start, end, dropped)
        if second is None:
            break
        if any(at < second and why in ("byline", "date line") for at, why in header.lines) or (
                prose_words(lines, second, end, dropped)
                < NEXT_SHARE * prose_words(lines, start, second - 1, dropped)):
            # the boxes between the story and the next one (a newsletter form, teasers)
            # close it now: the next story's prose no longer follows them in the block
            end = second - 1
            return start, trim_tail(lines, start, end, dropped, reach=end), top, header
        start = second
        top, header = _header_of(lines, start, end, dropped)
    return start, end, top, header


def _header_of(
    lines: Sequence[Line], start: int, end: int, dropped: dict[int, str]
) -> tuple[int, Header]:
    """(top, header): the header's last line in the block [start, end] (start - 1 if none)
    and the headline, author and date found there."""
    top = header_end(lines, start, end, dropped)
    return top, find_header(lines, top + 1 if top >= start else start, dropped)


def _cards_inside(lines: Sequence[Line], start: int, end: int, run: dict[int, str],
                  runs: Sequence[Sequence[int]]) -> dict[int, str]:
    """Index → RELATED for a run of teaser cards inside the block, each blurb set tight under
    its headline.

    On a spaced page an article's subhead has a blank line under it, so a headline with its
    one-sentence blurb right under it is a card, and a run of them inside the article is a
    box the paragraphs go on under. Spaced pairs stay: they are also subheads over short
    paragraphs. A list article's items ("1. Heading", one paragraph) are kept.
    """
    items = between_headings(lines, runs)
    tight = {i for i in run if i + 1 in run and lines[i + 1].no == lines[i].no + 1}
    return {i: RELATED for i in run if start <= i <= end and not items[i]
            and (i in tight or i - 1 in tight)}


def next_article_at(
    lines: Sequence[Line], start: int, end: int, dropped: dict[int, str]
) -> int | None:
    """The headline of a second article inside the block [start, end], or None.

    Some pages print the next story in full under the first one (a headline, a byline and a
    date line, then its paragraphs), with no chrome between for the block's end to stop at.
    A byline and a date line within HEADER_PAIR lines of each other (or another writer's
    byline with its date on the same line), under a headline-shaped line, after
    NEXT_ARTICLE_WORDS words of the block's prose, open such a story; a byline alone does not
    (a book's "By Ann Lee. Harbour Press." in a review), nor a Facebook post's "Posted by
    ... on <date>".
    """
    before = 0.0
    writers: set[str] | None = None  # the page's bylines above the block, found once
    for i in range(start, end + 1):
        if lines[i].prose and i not in dropped:
            before += lines[i].words
            continue
        author = metadata.byline_author(lines[i].text)
        if (before < NEXT_ARTICLE_WORDS or not author
                or embed_credit(lines[i].text)):  # (a Facebook post's "Posted by ... on ...")
            continue
        near = range(max(start, i - HEADER_PAIR), min(end, i + HEADER_PAIR) + 1)
        dated = any(j != i and metadata.is_date_line(lines[j].text) for j in near)
        if not dated and metadata.is_date_line(lines[i].text):
            # the date on the byline's line ("By Ann Lee | November 19th 2019 at 09:05")
            # opens another writer's story; the page's own writer signs an update
            if writers is None:
                writers = {name for line in lines[:start]
                           if (name := metadata.byline_author(line.text))}
            dated = author not in writers
        title = next((j for j in range(i - 1, max(start, i - HEADER_PAIR) - 1, -1)
                      if metadata.is_headline(lines[j].text, int(lines[j].words))), None)
        if dated and title is not None and not (
                title > start and dropped.get(title - 1) == RELATED
                and lines[title - 1].no == lines[title].no - 1):
            # (a headline set tight under a related box's heading is a teaser card's: "Read
            # Next", headline, byline, date and one blurb, with the story going on under it)
            return title
    return None


# What follows the writer's name in a sentence about them: maybe a possessive or their
# handle ("Ann Lee (@annlee) is ..."), then a bio verb ("writes", "also covers").
SUBJECT_TAIL = re.compile(rf"(?:'s|’s)?(?: \(@\w+\))? (?:[a-z]+ )?(?:{BIO_VERBS})\b")
GIVEN_TAIL = re.compile(r" (?:is|was) an? ")  # "Daniel is a markets reporter ..."


@dataclass(frozen=True)
class BioTest:
    """Tells a sentence about the byline's author ("Ann Lee writes ...") by its subject.

    The verb list is compiled once (SUBJECT_TAIL); only the names are compiled per page.
    """

    names: re.Pattern[str]  # the author's full names
    firsts: tuple[str, ...]  # their given names, a subject only as a bio's opening words

    def opens(self, text: str) -> bool:
        """True for a paragraph that opens as a sentence about the author."""
        found = self.names.match(text)
        return (found is not None and SUBJECT_TAIL.match(text, found.end()) is not None
                ) or self._given(text)

    def anywhere(self, text: str) -> bool:
        """True for a paragraph with a sentence about the author anywhere in it."""
        return any(SUBJECT_TAIL.match(text, found.end()) for found in self.names.finditer(text)
                   ) or self._given(text)

    def _given(self, text: str) -> bool:
        """True for a paragraph opening on a given name as a bio's subject."""
        return any(text.startswith(first) and GIVEN_TAIL.match(text, len(first))
                   for first in self.firsts)


def _bio_test(author: str) -> BioTest | None:
    """The test for a sentence about the byline's author, or None.

    "Pulitzer Prize-winning journalist Ann Lee writes a daily blog ..." has no fixed opening
    for the phrase list to know, but it names the byline's author as the sentence's subject.
    """
    names = [name for name in author.split(" and ") if " " in name]
    if not names:
        return None
    # a bio may call the writer by the given name alone, but only as its opening words
    # ("Daniel is a markets reporter ..."); anywhere else a lone given name is too common
    full = "|".join(re.escape(n) for n in names)
    # in any letter case: a byline may print "Ann Di Luca" and the bio "Ann di Luca"
    return BioTest(re.compile(rf"\b(?i:{full})"), tuple(n.split()[0] for n in names))


def _bio_cut(
    lines: Sequence[Line], start: int, end: int, reasons: dict[int, str], author: str,
    body_from: int,
) -> tuple[int, int | None]:
    """(end, opening bio): the block's end moved above a paragraph about its own author at
    its tail, and the index of one opening the body under the header (from `body_from`: an
    author box over the story), or None."""
    bio_test = _bio_test(author)
    if bio_test is None:
        return end, None
    # a line that opens on the author's name as a bio's subject ends the story wherever it
    # stands, below the story's first paragraph: the feed of teasers or the publisher's
    # blurb under it may hold more prose than the story
    first = next((i for i in range(body_from, end + 1)
                  if lines[i].prose and i not in reasons), end)
    named = next((i for i in range(max(body_from, first) + 1, end + 1)
                  if (reasons.get(i) == AUTHOR_BIO or (lines[i].prose and i not in reasons))
                  and bio_test.opens(lines[i].text)), None)
    if named is not None:
        end = named - 1
    prose = [i for i in range(start, end + 1) if lines[i].prose and i not in reasons]
    under = [i for i in prose if i >= body_from]
    bio = under[0] if len(under) > 1 and bio_test.opens(lines[under[0]].text) else None
    for i in _in_tail(lines, [i for i in prose if i != bio]):
        if bio_test.anywhere(lines[i].text):
            return i - 1, bio
    return end, bio


def _in_tail(lines: Sequence[Line], prose: Sequence[int]) -> Iterator[int]:
    """The paragraphs (of `prose`, in order) that under TAIL_SHARE of the prose above follows."""
    total = sum(lines[i].words for i in prose)
    before = 0.0
    for i in prose:
        if before and total - before - lines[i].words < TAIL_SHARE * before:
            yield i
        before += lines[i].words


def _named_bio(
    lines: Sequence[Line], start: int, end: int, reasons: dict[int, str]
) -> tuple[int, int | None]:
    """(end, name line): the block's end moved above an author box at its tail, or as given.

    The box prints the writer's name on a line of its own, then a paragraph about them that
    opens on the name or, the name being its subject, on the verb ("Ann Lee" / "ist
    Gründungspartner der Kanzlei ..."). No byline is needed to know it.
    """
    prose = [i for i in range(start, end + 1) if lines[i].prose and i not in reasons]
    for i in _in_tail(lines, prose):
        name = lines[i - 1]
        if (i > start and not name.prose and name.no >= lines[i].no - 2
                and metadata.looks_like_name(name.text) and _opens_on(lines[i].text, name.text)):
            return i - 2, i - 1
    return end, None


def _opens_on(text: str, name: str) -> bool:
    """True for a paragraph about the person named: "Ann Lee is ...", or "is ..." alone."""
    if text.startswith(name + " "):
        return NAMED_BIO.match(text, len(name) + 1) is not None
    return BIO_VERB.match(text) is not None


def _removed_reason(choice: RuleChoice, i: int) -> str:
    """Why line i is not in the body: a rule's reason, the model's, or where it sits (a
    paragraph under the article that a tail-only rule names is shown by that name)."""
    if i in choice.view.kept:
        return MODEL_REASON
    view = choice.view
    if i in choice.reasons:
        return choice.reasons[i]
    if i > view.end and view.lines[i].prose:
        return compile_rules().match_tail(view.lines[i].text) or "after article"
    return outside_reason(i, choice.top, view.end, view.start)


def choose_block(
    lines: Sequence[Line], dropped: dict[int, str], spaced: bool,
    numbered: Sequence[bool] = (), tail_rule: TailRule | None = None,
    runs: Sequence[Sequence[int]] | None = None, teasers: dict[int, str] | None = None,
) -> tuple[int, int]:
    """The article block's [start, end], never a tiny block beside a much larger article.

    Unspaced prose counts a fifth on a spaced page, which keeps teaser blurbs out; but an
    article set in <div>s or <br>s is unspaced too, and then a spaced scrap elsewhere can
    win. When counting all prose alike finds a block with many times more prose, it wins.
    """
    numbered = numbered or numbered_items(lines)
    # what does not depend on the spacing is found once for both scorings
    lists = story_lists(lines, dropped)
    marks = PageMarks(numbered, prose_runs(lines, dropped, lists),
                      {i: r for i, r in (teaser_runs(lines, dropped) if teasers is None
                                         else teasers).items() if i not in dropped},
                      between_headings(lines, list_article_runs(lines) if runs is None else runs),
                      frozenset(i for i, r in dropped.items() if r in MEDIA_REASONS),
                      _free_lines(lines, dropped) | lists)
    start, end = _scored_block(lines, dropped, spaced, marks, tail_rule)
    if not spaced:
        return start, end
    alt_start, alt_end = _scored_block(lines, dropped, False, marks, tail_rule)
    mine = prose_words(lines, start, end, dropped)
    if mine < TINY_SHARE * prose_words(lines, alt_start, alt_end, dropped):
        return alt_start, alt_end
    return start, end


@dataclass(frozen=True)
class PageMarks:
    """Per-line facts the block scorer reads, the same whichever spacing it assumes."""

    numbered: Sequence[bool]  # an item of a numbered list
    runs: Sequence[bool]  # prose set right against other prose
    teasers: dict[int, str]  # lines of a run of headline + teaser pairs (a closing box)
    sections: Sequence[bool]  # between the numbered headings of a list article
    media: frozenset[int]  # a video player's lines, which part no story (see anchored_block)
    free: frozenset[int]  # lines that cost the block nothing (see _free_lines)


def _free_lines(lines: Sequence[Line], dropped: dict[int, str]) -> frozenset[int]:
    """Lines between a story's paragraphs that part them no more than a table does: a
    gallery's slides (counters, captions, credits), a video player, a data widget (a quote,
    weather, poll or score box), and an embedded post's credit line with the post's text over it,
    which are the story's own. (So are the lists under the story's subheads and its marked
    lists: see story_lists.)"""
    free = set(gallery_span(lines, dropped))
    free.update(i for i, reason in dropped.items() if reason in FREE_REASONS)
    for i, line in enumerate(lines):
        if i not in dropped and embed_credit(line.text):
            free.add(i)
            if i > 0 and i - 1 not in dropped:
                free.add(i - 1)
    return frozenset(free)


def _scored_block(
    lines: Sequence[Line], dropped: dict[int, str], spaced: bool, marks: PageMarks,
    tail_rule: TailRule | None,
) -> tuple[int, int]:
    """The block with the best score, cut before the comments and closing boxes.

    `tail_rule` names lines that close the article only at its tail (an organisation's
    profile): they score as any line, but the cut and the widening treat them as chrome.
    """
    scores = [line_score(line, dropped.get(i), spaced, marks.runs[i], marks.numbered[i])
              for i, line in enumerate(lines)]
    for i in marks.free:
        scores[i] = max(scores[i], 0.0)
    # a box between two items of a list article ("Read also" after item 3) closes nothing
    tail = {i: r for i, r in dropped.items() if not (marks.sections[i] and r in END_MARKERS)}
    thread = frozenset(i for i, reason in tail.items() if reason == COMMENTS)
    captions = frozenset(i for i, r in dropped.items() if r in (CAPTION, DOUBLED))
    start, end = anchored_block(lines, comments_tail(lines, scores, tail, marks.numbered),
                                marks.media, thread, captions)
    start = _past_cards(lines, start, end, dropped, marks.teasers)
    closing = tail | marks.teasers if marks.teasers else tail
    # trimmed until it holds: the boxes cut off no longer weigh for an earlier one
    block_end = end
    while (trimmed := trim_tail(lines, start, end, closing, reach=block_end)) < end:
        end = trimmed
    cards = _button_cards(lines, start, end, closing)
    if cards is not None:
        end = cards - 1
    # the profile is looked for at the tail of the block as cut, not of the block before
    # (a newsletter box under it may have taken the prose that made it no tail)
    ends = tail_marks(lines, start, end, dropped, tail_rule, spaced) if tail_rule else {}
    if ends:
        closing = closing | ends
        # (a mid-story box over the story's last paragraph, over the profile, stays: the
        # paragraph is the story's whether the profile under it is cut or not)
        end = trim_tail(lines, start, end, closing, reach=end)
    return extend_block(lines, start, _without_dated_card(lines, start, end), closing)


def _button_cards(
    lines: Sequence[Line], start: int, end: int, dropped: dict[int, str]
) -> int | None:
    """The first line of the first of BUTTON_CARDS or more teaser cards in a row that close
    the block under the story's prose, each closed by the same short button ("READ THE
    REST", "Weiterlesen", "阅读全文", a feed's "Fewer like this"): however the button reads, a
    page prints it under every card, and a story's paragraphs carry none. A card runs from
    its headline and blurb to the button, CARD_STRIDE to CARD_MAX_LINES lines, the shortest
    run between two buttons giving a card's size, which most of them share (an advertiser's
    card in the feed, with no button, makes a longer one; a live blog's entries, each with
    its share button, run to any length). The run holds every printing of its button from the
    block's start down: a page of several card runs, a section heading and its paragraph
    over each (a year's review), is the cards' own. And the story over the first card
    holds more prose than the block under the last: cards set inside a story that goes on
    under them cut nothing.
    """
    def button(k: int) -> bool:
        return (lines[k].words <= BUTTON_WORDS and not lines[k].prose
                and (k not in dropped or dropped[k] in BUTTON_REASONS))

    def card(top: int, k: int) -> bool:  # a headline and a blurb over the button at k
        inside = range(max(top, 0), k)
        return any(lines[j].words > BUTTON_WORDS for j in inside) and any(
            lines[j].words <= TEASER_HEADLINE_WORDS[1]
            and SENTENCE_END.search(lines[j].text) is None for j in inside)

    printings: dict[str, list[int]] = {}
    for k in range(start, len(lines)):
        if button(k):
            printings.setdefault(lines[k].text, []).append(k)
    for buttons in printings.values():
        if len(buttons) < BUTTON_CARDS:
            continue
        gaps = [b - a for a, b in zip(buttons, buttons[1:], strict=False)]
        size = min(gaps)
        head = buttons[0] - size + 1
        story = prose_words(lines, start, head - 1, dropped)
        if (buttons[0] <= end and size >= CARD_STRIDE and max(gaps) <= CARD_MAX_LINES
                and gaps.count(size) >= CARD_SIZE_SHARE * len(gaps)
                and all(card(k - size + 1, k) for k in buttons)
                and story > 0 and prose_words(lines, buttons[-1] + 1, end, dropped) < story):
            return head
    return None


def _past_cards(
    lines: Sequence[Line], start: int, end: int, dropped: dict[int, str], teasers: dict[int, str]
) -> int:
    """The block's start moved past a box of teaser cards it opens on, to the story's header.

    A "Most read" box printed over the story gives each headline a one-sentence lead, and
    the leads are prose that starts the block; the story's own header then sits too far
    down the block to be found. Two or more short leads, each under a card's headline (or
    the first under any short line), with a date line or byline within HEADER_SCAN_LINES
    lines under them, are the box's.
    """
    i, blurbs = start, 0
    while i <= end:
        line = lines[i]
        if line.prose and line.words <= CARD_BLURB_WORDS and (
                i - 1 in teasers or dropped.get(i - 1) in (TEASER, RELATED)
                or i == start and i > 0 and not lines[i - 1].prose):
            blurbs += 1
        elif not (i in teasers and not line.prose or dropped.get(i) in (TEASER, RELATED)
                  or not line.prose and line.words <= CARD_LABEL_WORDS):
            break  # (else a card's headline, or its number "2" or section label)
        i += 1
    below = range(i, min(i + HEADER_SCAN_LINES, end + 1))
    if blurbs >= CARDS_MIN and i <= end and any(metadata.is_dated(lines[j].text) for j in below):
        return i
    return start


def prose_runs(lines: Sequence[Line], dropped: dict[int, str],
               lists: frozenset[int] = frozenset()) -> list[bool]:
    """Per line: is it prose with another prose line straight above or below (no blank),
    or a paragraph set straight under a byline or a time stamp?

    A page copy puts a blank line after a paragraph but none after a byline's <div>, so a
    story's first paragraph sits tight under its byline: that is no teaser blurb, and it
    counts in full (a short story would otherwise lose to a caption above the byline).
    A live blog's entries sit tight under their stamps ("Nov 19, 2019, 14:52") alike, and
    the story's paragraphs under an inline teaser or link line ("Read more: ..."), an
    embedded post's credit line, a photo's caption (named, printed twice or a short
    sentence), a video player's controls, an ad slot's label, a box's stack of bare
    headlines or the last item of a list under the story's subhead (`lists`): each is a <div>,
    which puts no blank line over the <p> after it.
    A line with no blank under it (a caption, the writer's bio) is not such a paragraph.
    """
    prose = [line.prose and i not in dropped for i, line in enumerate(lines)]
    # touch[i]: line i is prose, and so is line i + 1, with no blank line between them
    touch = [prose[i] and prose[i + 1] and lines[i + 1].no == lines[i].no + 1
             for i in range(len(lines) - 1)] + [False]
    runs = [touch[i] or (i > 0 and touch[i - 1]) for i in range(len(lines))]
    for i in range(1, len(lines)):
        if (prose[i] and not runs[i] and lines[i - 1].no == lines[i].no - 1
                and (i + 1 == len(lines) or lines[i + 1].no > lines[i].no + 1)
                and (metadata.byline_author(lines[i - 1].text) is not None
                     or metadata.is_time_stamp(lines[i - 1].text)
                     or dropped.get(i - 1) == TEASER
                     or embed_credit(lines[i - 1].text)
                     or dropped.get(i - 1) in (CAPTION, VIDEO_PLAYER, RELATED_LINKS, ADVERT)
                     or dropped.get(i - 1) == DOUBLED and doubled_caption(lines, i - 1)
                     or short_sentence_line(lines[i - 1])  # a caption: no headline ends so
                     or i - 1 in lists
                     or _headline_stack(lines, i - 1, dropped))):
            runs[i] = True
    return runs


def prose_words(lines: Sequence[Line], start: int, end: int, dropped: dict[int, str]) -> float:
    """Words of the prose lines in [start, end] that no rule dropped."""
    return sum(lines[i].words for i in range(start, end + 1) if lines[i].prose and i not in dropped)


def list_after(lines: Sequence[Line], first: int, reasons: dict[int, str]) -> list[int]:
    """Lines of the list a body's last paragraph introduces (it ends with a colon).

    The list runs until a line a rule marks as chrome, or LIST_MAX_LINES lines; an ad, a
    caption or a newsletter prompt set between two items is passed over, not an end.
    """
    items = []
    for i in range(first, min(first + LIST_MAX_LINES, len(lines))):
        if reasons.get(i) in INLINE_REASONS:
            continue
        if i in reasons:
            break
        items.append(i)
    return items


def _kept(lines: Sequence[Line], first: int, end: int, reasons: dict[int, str],
          spaced: bool) -> list[int]:
    """The lines from `first` to `end` that no rule dropped and that belong to a body."""
    seen = Counter(line.text for line in lines)
    # a list's short items, and its own heading ("Pros", "Zutaten"), are the story's too
    listed = marked_lists(lines, reasons) | _name_sections(lines, first, end, reasons)

    def belongs(i: int) -> bool:
        # the heading tests take only a line printed once: a button printed over every
        # offer or card is no heading
        once = seen[lines[i].text] == 1
        between = (_between_prose(lines, i, reasons)
                   or once and _heading_over_prose(lines, i, reasons))
        return (keep_in_block(lines[i], spaced, between) or i in listed
                or once and (_one_word_subhead(lines, i, reasons)
                             or _capitals_subhead(lines, i, reasons)))

    return [i for i in range(first, end + 1) if i not in reasons and belongs(i)]


def _one_word_subhead(lines: Sequence[Line], i: int, reasons: dict[int, str]) -> bool:
    """True for a one-word heading set apart between two of the story's paragraphs
    ("Background", "Rating", "Veredicto", "Салон"): a word, capitalised but not in capitals.
    A lone button or label there ("Reply", "Share") is a page control's, not the story's."""
    word = lines[i].text  # (split_lines has trimmed it)
    return (len(word) >= 4 and word.replace("-", "").isalpha() and not word.isupper()
            and not word[0].islower() and word.lower() not in CONTROL_WORDS
            and not metadata.known_name(word) and _set_apart(lines, i, reasons))


def _capitals_subhead(lines: Sequence[Line], i: int, reasons: dict[int, str]) -> bool:
    """True for a subhead set in capitals ("WHAT THE COUNCIL DECIDED") apart between two
    of the story's paragraphs, SUBHEAD_MIN_WORDS words or more. A kicker in capitals stands
    over a headline, and a site's name between paragraphs is a word or two."""
    line = lines[i]
    return (line.text.isupper() and SUBHEAD_MIN_WORDS <= line.words <= CAPITALS_SUBHEAD_WORDS
            and not CREDIT_MARK.search(line.text) and _set_apart(lines, i, reasons))


def _set_apart(lines: Sequence[Line], i: int, reasons: dict[int, str]) -> bool:
    """True for a line with blank lines around it and a paragraph of the story right above
    and under, as a subhead stands."""
    return (0 < i < len(lines) - 1 and lines[i].spaced
            and all(lines[j].prose and j not in reasons for j in (i - 1, i + 1)))


def _name_sections(lines: Sequence[Line], first: int, end: int, reasons: dict[int, str]
                   ) -> frozenset[int]:
    """The names heading a story's sections ("Elton John", then a paragraph about him):
    NAME_SECTIONS or more names set apart in [first, end], each named again in the
    paragraph under it. One name there is a picture's subject; a row of them, each with its
    paragraph, is a list article's."""
    heads = [i for i in range(max(first, 1), min(end, len(lines) - 1))
             if i not in reasons and lines[i].spaced and not lines[i].prose
             and metadata.looks_like_name(lines[i].text)
             and lines[i + 1].prose and i + 1 not in reasons
             and lines[i].text in lines[i + 1].text]
    return frozenset(heads) if len(heads) >= NAME_SECTIONS else frozenset()


def _between_prose(lines: Sequence[Line], i: int, reasons: dict[int, str]) -> bool:
    """True for a heading set tight between two paragraphs of the body (no blank line above
    or under): no "," or "/", which a photo credit there has ("Ann Lee, AP")."""
    return (0 < i < len(lines) - 1 and not CREDIT_MARK.search(lines[i].text)
            and all(lines[j].prose and j not in reasons for j in (i - 1, i + 1))
            and lines[i - 1].no == lines[i].no - 1 and lines[i + 1].no == lines[i].no + 1)


def _heading_over_prose(lines: Sequence[Line], i: int, reasons: dict[int, str]) -> bool:
    """True for a heading set tight under a line a rule dropped (a photo credit, a caption)
    with a blank line under it and the body's paragraph next.

    A page copy puts a blank line after a heading but none after the box's last line, so
    the subhead has no blank line above. Two words under a caption are the photo's credit
    ("Harbour Robotics"), and a colon makes a label ("Infographic: Island Press"). The caller
    takes only a line printed once: a button over each shop's offer ("Zum Shop") is printed
    often.
    """
    # under an ad slot's label no photo credit stands: two words in sentence case are a
    # subhead ("Natural engineers"); in title case they may be the ad's button or its
    # advertiser ("Learn More", "Harbour Motors"). (Under a pull quote two words are its
    # source: "Treasury source".)
    least = (SHORT_SUBHEAD_WORDS if reasons.get(i - 1) == ADVERT
             and not _title_cased_pair(lines[i].text) else SUBHEAD_MIN_WORDS)
    return (0 < i < len(lines) - 1 and not CREDIT_MARK.search(lines[i].text)
            and i - 1 in reasons and lines[i].words >= least
            and ":" not in lines[i].text
            and lines[i - 1].no == lines[i].no - 1 and lines[i + 1].no > lines[i].no + 1
            and lines[i + 1].prose and i + 1 not in reasons)


def _title_cased_pair(text: str) -> bool:
    """True for two words both capitalised ("Learn More"), as buttons and names are."""
    words = text.split()
    return len(words) == 2 and all(word[:1].isupper() for word in words)


def keep_in_block(line: Line, spaced_page: bool, between: bool = False) -> bool:
    """True for a line inside the article block that belongs to the body.

    A short line counts as a subhead only when a blank line follows it (a heading or
    paragraph in a page copy); tight runs of short lines are link lists and labels.
    """
    if line.prose or line.table_row:
        return True
    if line.text.isupper():
        return False  # an all-capitals short line is a kicker or a teaser, not a subhead
    if line.spaced or not spaced_page or between:
        # a two-word subhead ("Rising costs", "Nationale Egoismen") is kept, a line with a
        # known given name ("Jo Varga": a caption's subject, a credit) is not
        return line.words >= SUBHEAD_MIN_WORDS or (
            line.words >= SHORT_SUBHEAD_WORDS and not metadata.known_name(line.text))
    return line.words >= LIST_ITEM_MIN_WORDS


def is_spaced_page(lines: Sequence[Line]) -> bool:
    """True when the text separates paragraphs with blank lines (most page copies do)."""
    prose = [line for line in lines if line.prose]
    return bool(prose) and sum(line.spaced for line in prose) >= SPACED_PAGE_SHARE * len(prose)


def outside_reason(i: int, top: int, end: int, start: int) -> str:
    """Why a line that no rule named was dropped, from where it sits."""
    if start <= i <= top:
        return "standfirst"
    if i < start:
        return "before article"
    if i > end:
        return "after article"
    return "short line"

