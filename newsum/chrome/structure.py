"""Chrome found from the page's structure: pull quotes, doubled lines, ad frames, link lists."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import cache
from typing import TypeGuard

from newsum.chrome import metadata
from newsum.chrome.lines import (
    ADVERT,
    BOX_HEADS,
    CAPTION,
    COMMENTS,
    COMMENTS_PROMPT,
    DOUBLED,
    LINK_LIST,
    PULL_QUOTE,
    RELATED,
    RELATED_LINKS,
    SENTENCE_END,
    SHARE_PROMPT,
    SIGN_UP_REASONS,
    SLIDE,
    SUBSCRIPTION,
    TEASER,
    VIDEO_PLAYER,
    WORD,
    Line,
    beside_post,
    embed_credit,
    repeat_unit,
)
from newsum.segment import abbreviations

SHINGLE = 4
NUMBERED_ITEM = re.compile(r"^\d{1,3}[.)]\s")  # "4. Casa Ucrânia", "2) Second step"
LIST_MARKER = re.compile(r"^(\d{1,3}[.)]|[•*·▪►–-])\s")
# A list item's leading number, however it is set off ("1.", "2)", "(3)", "#4", "5a etapa").
LEADING_NUMBER = re.compile(r"^[#(]?(\d{1,3})(?!\d)")
NUMBERED_RUN_MIN = 3  # lines in a row counting up one by one that make a numbered list
# A list's own heading: a review's pros and cons, a recipe's or a project's ingredients and
# tools, in the languages of the phrase lists.
LIST_HEADING = re.compile(
    r"^(pros|cons|plus|minus|the good|the bad|what we liked|what we didn'?t like|tools|materials|"
    r"supplies|ingredients|(what )?you('ll| will)? need|vorteile|nachteile|zutaten|werkzeug|"
    r"avantages|inconvénients|points forts|points faibles|ingrédients|matériel|ventajas|"
    r"desventajas|contras|ingredientes|materiales|pontos positivos|pontos negativos|prós|"
    r"materiais|pregi|difetti|ingredienti|materiali|zalety|wady|plusy|minusy|składniki|"
    r"плюсы|минусы|ингредиенты|voordelen|nadelen|pluspunten|minpunten|ingrediënten)\s?:?$",
    re.IGNORECASE)
HEADING_REACH = 12  # lines over a list's heading within which the story's prose must be
# ... and a heading that is a common word alone needs its partner under its list
PAIRED_HEADINGS = {"plus": "minus", "plusy": "minusy"}
# An amount with its unit ("150g", "1/2 cup", "2 EL", "½ tsp"): a recipe's or meal plan's
# list gives them, a menu or a box of headlines does not.
QUANTITY = re.compile(
    r"(?<![\w/.,])(\d+(?:[.,/]\d+)?|[½¼¾⅓⅔])\s?(g|kg|mg|ml|cl|dl|l|oz|lbs?|EL|(?i:cups?|"
    r"tbsp|tsp|tablespoons?|teaspoons?|grams?|litres?|liters?|pounds?|ounces?|Prise|"
    r"colher(es)? de (sopa|chá)|cucharad(it)?as?|cuillères? à (soupe|café)|cucchia(io|ini|ino)))"
    r"(?!\w)")
NUMBERED_MIN_WORDS = 3  # shorter numbered lines are pagination or ranks, not items
SECTION_GAP = 40  # most lines between two numbered headings of a list article ("4. ...")

# Thresholds: all tuned on the dev split of chrome-dumps (bench/chrome.py --split dev).
MAX_OWNERS = 8  # lines remembered per shingle; a pull quote repeats one body line, not dozens
# A pull quote's attribution with a dash and the speaker's role: "— Ann Lee, chief executive".
# (or with no dash, the role and the company after commas: "Ann Lee, MD, Harbour Forgings")
ATTRIBUTION = re.compile(
    r"^>?\s*[—–-]\s*(?P<name>[^,]{3,60}?)\s*(,\s*[^,]{1,60})?$"
    r"|^(?P<plain>[^,—–-]{3,40}?)(,\s*[^,.!?]{1,40}){1,2}$")
PULL_QUOTE_MIN_WORDS = 8  # shorter repeats are list items and labels, left to the block scorer
DOUBLED_MIN_WORDS = 3  # shorter twins are labels ("Share", "Reply") left to other rules
SELF_REPEAT_MIN_WORDS = 3  # a headline repeated in its line: "Fares rise now Fares rise now"
# A doubled line naming a picture's source ("Image: Ann Lee/Reuters") is a photo credit,
# under which the article's first paragraph may follow, not a teaser's headline.
CREDIT_HINT = re.compile(
    r"\b(photo|image|picture|credit|getty|reuters|shutterstock|afp|"
    # the words and agencies other languages' captions name ("Imagen de archivo ... EFE")
    r"courtesy|foto|fotos|imagen|imagem|immagine|archivbild|symbolbild|crédito|credito|"
    r"фото|fot|zdjęcie|kuva|europa press|efe|dpa|ansa|epa|anp|tass|xinhua)\b|/", re.I)
BOX_HEADING_WORDS = 8  # a newsletter box's heading over its pitch is this short
SHORT_CAPTION_WORDS = 4  # a caption with no full stop has at least these words
SHARE_BUTTON_WORDS = 2  # a share bar's button ("Email", "Copy link") is this short
HEADER_REACH = 14  # lines over a doubled caption searched for the story's date or byline
DOUBLED_GAP = 2  # a short twin counts as doubled when at most this many lines above
# A caption's twin may sit below its credit and toggle labels ("Image: X", "hide caption"):
# a prose twin counts this many lines above when only short labels lie between.
CAPTION_GAP = 5
AD_SANDWICH_LINES = 2  # most lines of an ad between two "Advertisement" markers
LINK_RUN_MIN = 3  # unspaced short lines in a row that make a list
# The reasons of a menu's entries, which a list of links may hold among its own
MENU_REASONS = frozenset({LINK_LIST, "navigation", "login prompt", "legal footer"})
AD_SKIP = 2  # ad-slot lines passed over between a list and the paragraph introducing it
SUBHEAD_SKIP = 5  # lines of a picture or an ad between a paragraph and a subhead over a list
INSERTS = (ADVERT, CAPTION, PULL_QUOTE)  # what a page sets between the story's paragraphs
SUBHEAD_LIST_MAX = 12  # most items of such a list (a form's 200 countries are no story's)
TITLE_WORD_MIN = 4  # words this long count for title case ("of", "the" stay low in a title)
TITLE_SHARE = 0.7  # share of them capitalised that makes a line a title
BOX_MAX_LINES = 30  # most lines of teaser headlines under a "Most read" heading
CARDS_IN_BOX = 2  # headline + blurb cards under a related heading that make it a box of cards
PLAYER_GAP = 4  # most lines between two controls of one player
CLIP_LENGTH = re.compile(r"^\d{1,2}:\d{2}( ?(min|mins|minutes|minuten|minutos|minuti)\.?)?$",
                         re.IGNORECASE)  # "01:34 Min"
VIDEO_WORD = re.compile(r"\bv[ií]d[eé]os?\b", re.IGNORECASE)
PLAYLIST_MIN = 3  # entries (title, length, maybe a description) that make a player's playlist
CARD_STAMPS = 2  # a "Read Next" card's byline and date lines over its paragraph
# The button under such a card's paragraph: "Keep Reading", "Read more", "Continue reading".
CARD_BUTTON = re.compile(r"^(keep reading|read more|continue reading|read (the )?full "
                         r"(story|article))\W*$", re.IGNORECASE)
# A reader comment ends in an action row ("Reply", "Like · Reply · 3", "Responder"); a row
# with a reply word, seen twice with prose between, is a thread even with no heading.
# Reply in more languages: ru, id, nl, pl, tr, sv/no/da, cs, vi, ja, zh, ko.
REPLIES = (r"reply|respond|responder|responda|antworten|rispondi|répondre|ответить|balas|"
           r"reageren|beantwoorden|odpowiedz|yanıtla|svara|svar|odpovědět|trả lời|返信|回复|"
           r"回覆|답글|답장")
# ... a reply button may name what it answers ("Reply to this comment", "Répondre à ce
# message", a forum's bare "Reply to This")
REPLY_TO = (r"(to this|à ce|à cet|auf diesen|a este|a questo)( (message|comment|commentaire|"
            r"kommentar|beitrag|mensaje|comentario|messaggio|commento|post))?")
# Quote and report buttons beside it ("Responder Citar mensaje", "Denunciar", "Melden").
QUOTES = (r"(quote|citar|zitieren|citer|citare|цитировать|cytuj|kutip|alıntıla)"
          r"( (message|mensaje|mensagem|messaggio|nachricht|сообщение))?")
REPORTS = r"denunciar|melden|signaler|segnala|пожаловаться|laporkan|zgłoś|bildir"
ACTION_LINE = re.compile(
    rf"^((like|dislike|report|flag|upvote|downvote|recommend|share|parent|delete|hapus|excluir|"
    rf"eliminar|supprimer|löschen|elimina|удалить|{REPORTS}|{QUOTES}|({REPLIES})( {REPLY_TO})?|"
    r"\d+)[\s|·•()↓]*)+$", re.IGNORECASE)
COMMENT_ACTION = re.compile(rf"\b(report|flag|like|dislike|upvote|downvote|recommend|parent|"
                            rf"{REPORTS}|{REPLIES})\b", re.IGNORECASE)
# (a forum prints "Parent" under each reply, where the first comment has "Reply to This")
REPLY_WORD = re.compile(rf"\b({REPLIES}|parent)\b", re.IGNORECASE)
# A comment header on one line, its reply button at the end: "Ann 19. Juni 2018 um 15:28 Uhr
# - Antworten", "Ann Lee June 3, 2019 at 9:40 am | Reply".
HEADED_REPLY = re.compile(rf"\S.{{0,120}}\s[-–|·•]\s*({REPLIES})\W*$", re.IGNORECASE)
# A comment's header stamp: "3 hours ago", "1d", "vor 2 Stunden", "Ann says:", and Blogger's
# "Ann said..." in its languages.
AGO_WORDS = r"ago|atrás|fa|назад|yang lalu|geleden|temu|önce|sedan|siden|trước"  # "3 hours ago"
COMMENT_STAMP = re.compile(
    r"(\b(\d+\s*|(an?|one)\s+)(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?"
    rf"|mo|months?|y|yrs?|years?)\b(\s+ago)?$|\b({AGO_WORDS})$"
    r"|\d\s*(分|時間|日|小时|天|분|시간|일)前$|^(vor|hace|il y a|há)\s+\d+"
    r"|\b(says|said|wrote|disse|dice|dijo|schreibt|écrit|a dit|hat gesagt|ha detto|пишет|"
    r"написал|написала|berkata|mengatakan|schreef|skrev|sagde)\s*(:|…|\.\.\.)$)", re.IGNORECASE)
SALUTATION_LINES = 1  # lines ("Hi Ann,") between a comment's one-line header and its prose
# A commenter's town and country between name and stamp ("Jo B, Leeds, United Kingdom, 1
# hour ago"): at most this many, each capitalised words, under a stamp saying how long ago.
PLACE_PARTS = 2
PLACE_NAME = re.compile(r"[A-ZÀ-Ý][\w'’.-]*(?: [A-ZÀ-Ý][\w'’.-]*| of| upon| on| am| de| da| la)*")
AGE_STAMP = re.compile(rf"\b({AGO_WORDS})$", re.IGNORECASE)
STAMP_COUNT = re.compile(r",?\s*\d+\s*\w+$")  # "2 horas" before a bare "atrás"
HANDLE_NOTE = re.compile(r"\(@\w+\)")  # "Ann Lee (@annlee)": the handle beside a commenter's name
# A commenter's handle and the comment's stamp to the minute on one line, a dash between
# ("Samurai - 16.08.2015 г. 10:16:23"): the name part is any short run of words, in any
# script, as handles are ("100 tons?").
DASHED_STAMP = re.compile(r"^(?P<name>\S.{0,40}?)\s[-–—]\s(?P<stamp>\S.{0,40})$")
HANDLE_WORDS = 3  # words of a commenter's handle heading a stamp ("100 tons?")
# A handle glued or spaced to "today"/"yesterday" and a clock time: a live stream's or a
# thread's header ("徐小明今天 12:07:50", "Jo Lane yesterday 18:02"), in any of these languages.
DAY_WORDS = (r"today|yesterday|今天|昨天|今日|昨日|오늘|어제|heute|gestern|hoy|ayer|"
             r"aujourd'hui|hier|oggi|ieri|hoje|ontem|сегодня|вчера|hari ini|kemarin|vandaag|"
             r"gisteren|dzisiaj|wczoraj|bugün|dün")
DAY_STAMP = re.compile(
    rf"^(?P<name>\S.{{0,30}}?)\s?,?\s*({DAY_WORDS}),?\s*\d{{1,2}}:\d{{2}}(:\d{{2}})?$",
    re.IGNORECASE)
# WordPress heads a comment with "Ann Lee says:" over its stamp ("March 2, 2010 at 8:28 pm").
SAYS_LINE = re.compile(
    r"^\S.{0,60}\s(says|said|wrote|disse|dice|dijo|schreibt|sagt|écrit|a dit|ha detto|пишет|"
    r"написал|написала|berkata|mengatakan|schreef|skrev|sagde)\s*:$", re.IGNORECASE)
THREAD_GAP = 12  # most lines from one comment's action row to the next one's
FOOTER_STAMP_LINES = 2  # date lines between a comment's text and its action row
COMMENT_PROSE_LINES = 3  # most paragraphs of a comment, walked back over to find its header
COMMENT_HEADER_LINES = 3  # most lines of a comment's header (name, stamp, badge)
# Comments printed with no action row still open on a header: the commenter's name, then
# a stamp ("3 hours ago", "August 10, 2018 at 9:40 am"), then the comment. An article's own
# byline and date look alike once; this many headers a comment apart make a thread.
STAMPED_THREAD_MIN = 3
# A comment signed under its text: "Posted by: Ann Lee, 27 Sep 2011 | 15:22".
SIGNED = re.compile(r"^((posted|submitted|written|sent|added) by|comment(ed)? by|"
                    r"(gepostet|geschrieben|verfasst) von|(publié|posté|écrit) par|"
                    r"(enviado|postado|publicado|escrito) por|(inviato|pubblicato|scritto) da)"
                    r"\b", re.IGNORECASE)
# A related box set with blank lines: headline, one-sentence teaser, headline, teaser... An
# article's subheads head paragraphs of several sentences or several paragraphs; this many
# headline + single-sentence pairs in a row are teasers (a closing box, for the cut only).
TEASER_RUN_MIN = 3
TEASER_HEADLINE_WORDS = (3, 20)  # a teaser headline's word count: more than a label, no prose
CARD_BLURB_WORDS = 25  # most words of a teaser card's blurb under its headline
CARD_HEADLINE_WORDS = 6  # fewest words of such a card's headline: the story's subheads are shorter
CARDS_MIN = 2  # headline + blurb cards under a related heading that make a box of them
TEASER_MAX_WORDS = 50  # a teaser blurb is one short sentence
EXCERPT_MAX_WORDS = 80  # ... or an excerpt cut off mid-sentence
ELLIPSIS = ("...", "…")  # a line cut off to fit: a teaser's headline, an excerpt
EXCERPT_ENDS = (*ELLIPSIS, "[…]", "[...]", "(…)", "(...)")
TEASER_RUN = "teaser run"
# A news ticker: headlines each behind a clock ("14:44 Ferry port shut", "2:45 p.m.Storm
# warning"), two or more of them set tight under another; its entries may hold a paragraph.
TICKER_HEADLINE = re.compile(r"^\d{1,2}[:.h]\d{2}(\s?[ap]\.?m\.?)?\s*[^\W\d]", re.IGNORECASE)
TICKER_MAX_WORDS = 20  # a stamped line this long or shorter is a headline, not an entry's prose
TICKER_PAIRS = 2  # stamped headlines right under another that make a ticker (a blog's never touch)
TICKER_GAP = 8  # most lines from one stamped headline of a ticker to the next
# A bare label that heads a list of links only when teaser headlines are set tight under it
# ("Read more" over three headlines); alone it is also a button that opens the article.
LIST_LABEL = re.compile(r"^(read more|see also|also read|further reading|more on this)\W*$", re.I)
CUT_RUN_MIN = 3  # headlines in a row cut off with an ellipsis that make a box of teasers
LISTED_TEASERS_MIN = 2  # headlines under such a label that make it a box
READ_MORE = re.compile(r"^read more\W*$", re.I)  # the label an inline teaser ends on
SUMMARY = "summary box"
SUMMARY_MAX_LINES = 8  # most bullet lines (and a label such as "AI-assisted") under it
BULLET_MAX_WORDS = 40  # a longer line under the heading is the article's first paragraph
BULLET_GROWTH = 2  # ... and so is one this many times as long as the longest bullet over it
PARAGRAPH_WORDS = 25  # ... when it is at least this long
CARD_GAP = 4  # lines between two cards: labels, an ad slot, the headline's first printing
KICKER_BOX = 3  # kicker-over-headline cards in a row that make a box of them
CAPS_KICKER_WORDS = 5  # a tabloid's kicker in capitals may run longer ("WHO'S THE DADDY?")
KICKER_PAIRS = 2  # pairs under one kicker that make a page's teaser cards
KICKER_WORDS = 3  # a section kicker over a teaser headline is this short
KICKER_CARDS = 3  # kicker, headline and blurb cards in a row that make a closing box
# A kicker in capitals opening a teaser's headline on its line: one to four words of two
# letters or more, maybe quoted ("VILLA SPLIT", "'SO PROUD'"), then the headline's capital
INLINE_KICKER = re.compile(r"^['‘\"“]?((?-i:[A-Z][A-Z0-9'’&!?-]+(?: [A-Z][A-Z0-9'’&!?-]+){0,3}))"
                           r"['’\"”]? (?-i:[A-Z0-9])")
KICKER_CAPITALS = 4  # ... holding four capitals at least (no "US President ...")
TEASER_LABELS = BOX_HEADS | {RELATED_LINKS}  # a box's label, or a link line heading its teasers
LABEL_WORDS = 4  # a card's label (section, date, "5 min read") is this short
# A link to the story before or after this one, in the phrase lists' languages.
PAGER_LABEL = re.compile(
    r"^\W{0,2}((previous|next|older|newer) (article|post|story|entry)|(artículo|artigo|"
    r"articolo|article|post) (anterior|siguiente|precedente|successivo|précédent|suivant)|"
    r"(próximo|próxima) (artigo|post|notícia)|(vorheriger|nächster) (artikel|beitrag)|"
    r"(poprzedni|następny) (artykuł|wpis)|(предыдущая|следующая) (статья|новость)|"
    r"(artikel|berita) (sebelumnya|selanjutnya|berikutnya))\W{0,2}$", re.IGNORECASE)
# A sentence ending inside a line: end mark, space, then a capital (a second sentence).
INNER_SENTENCE = re.compile(r"[.!?…][\"'”’»)]*\s+[\"'“‘«(]*[A-Z]")
# ... as a doubled caption holds one and a headline seldom does ("... relay depot. Drivers
# swap trucks", "…中継拠点。トラックを…"): CJK stops too, and no initials ("U.S. Army").
CAPTION_SENTENCE = re.compile(r"[。！？]\s*\S|[^\W\d_]{2}[.!?]\s+(?-i:[A-Z])")
# A sentence's end past a lower-case word of three letters or more ("... afternoon. Photo"), no
# abbreviation ("St. Brendan"); a caption's sentence has this many words, and no credit's
# marks ("Photo: Ann Lee/Trust. Used with permission")
CAPTION_END = re.compile(r"(?-i:[a-z]{3})[.!?]\s+(?-i:[A-Z])")
GLUED_CAPTION_WORDS = 5
CREDIT_MARK = re.compile(r"[:/©|]")
# Words a caption shortens with a full stop that ends no sentence: US states as the wire
# services write them ("in Hershey, Pa. Thursday"), and the titles, months and company
# suffixes the sentence splitter knows (newsum/data/abbreviations.txt: "Gov. Ann Lee").
STATE_FORMS = frozenset({
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
    "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev",
    "okla", "ore", "pa", "penn", "tenn", "tex", "va", "vt", "wash", "wis", "wyo"})


def pager_titles(lines: Sequence[Line], dropped: dict[int, str]) -> dict[int, str]:
    """Index → reason for the title printed under a "Previous article" or "Next post" link.

    A blog or news theme closes the story with links to the stories before and after it,
    each label over that story's headline; the headline is the link's, not a subhead.
    """
    return {i + 1: dropped[i] for i in range(len(lines) - 1)
            if dropped.get(i) == "navigation" and PAGER_LABEL.match(lines[i].text)
            and i + 1 not in dropped and not lines[i + 1].prose
            and lines[i + 1].words <= TEASER_HEADLINE_WORDS[1]}


def sandwich_reasons(lines: Sequence[Line], dropped: dict[int, str]) -> dict[int, str]:
    """Index → reason for non-prose lines between two ad markers ("ADVERTISEMENT" twice).

    Sites frame a local ad with a marker above and below; body paragraphs between two
    ad slots are prose, and stay.
    """
    marks = [i for i, reason in sorted(dropped.items()) if reason == ADVERT]
    reasons: dict[int, str] = {}
    for a, b in zip(marks, marks[1:], strict=False):
        inside = range(a + 1, b)
        if 0 < len(inside) <= AD_SANDWICH_LINES and not any(lines[i].prose for i in inside):
            reasons.update(dict.fromkeys(inside, ADVERT))
    # a newsletter box's pitch ("Playbook is the briefing ...") sits between its lines
    # ("Get the news in your inbox ...", "Sign up for free ..."), which a story's
    # paragraph never does
    for i in range(1, len(lines) - 1):
        if (i not in dropped and dropped.get(i - 1) in SIGN_UP_REASONS
                and dropped.get(i + 1) in SIGN_UP_REASONS):
            reasons[i] = SUBSCRIPTION
    # ... or between the box's own heading ("Don't miss a vote.") and two of its lines
    # ("Email address", "Subscribe"), all set tight
    for i in range(1, len(lines) - 2):
        if (i not in dropped and i - 1 not in dropped and _tight(lines, i - 1, i + 2)
                and not lines[i - 1].prose and lines[i - 1].words <= BOX_HEADING_WORDS
                and dropped.get(i + 1) in SIGN_UP_REASONS
                and dropped.get(i + 2) in SIGN_UP_REASONS):
            reasons.update({i - 1: SUBSCRIPTION, i: SUBSCRIPTION})
    return reasons


def _tight(lines: Sequence[Line], first: int, last: int) -> bool:
    """True when lines first to last follow one another with no blank line between."""
    return all(lines[j + 1].no == lines[j].no + 1 for j in range(first, last))


VIDEO_REACH = 4  # most lines from one video player's line to the next around a description


def video_descriptions(lines: Sequence[Line], dropped: dict[int, str]) -> dict[int, str]:
    """Index → VIDEO_PLAYER for one paragraph framed by a video player's lines.

    A player prints its controls and title above the clip's description and its credit or
    "More videos" under it; a story's paragraph has no player line close on both sides, and
    no title or credit of the clip beside it.
    """
    player = sorted(i for i, reason in dropped.items() if reason == VIDEO_PLAYER)
    reasons: dict[int, str] = {}
    for a, b in zip(player, player[1:], strict=False):
        inside = [i for i in range(a + 1, b) if i not in dropped]
        prose = [i for i in inside if lines[i].prose]
        # (one line alone: a clip's description set tight between its length and the
        # player's next line; a paragraph has a blank line under it)
        described = len(inside) > 1 or (CLIP_LENGTH.match(lines[a].text) is not None
                                        and lines[b].no - lines[a].no == 2)
        if b - a <= VIDEO_REACH and len(prose) == 1 and described:
            reasons.update(dict.fromkeys(inside, VIDEO_PLAYER))
    return reasons


def playlist_reasons(lines: Sequence[Line], dropped: dict[int, str]) -> dict[int, str]:
    """Index → VIDEO_PLAYER for a player's playlist under its "Up next" line: entries of a
    title, the clip's length ("1:55") and maybe one line of description, one after another.

    The descriptions read as prose and together outweigh the short summary a video page
    prints under its player; the clips' lengths tell them apart from the story.
    """
    reasons: dict[int, str] = {}
    for head in (i for i, reason in sorted(dropped.items()) if reason == VIDEO_PLAYER):
        i, entries = head + 1, []
        while i + 1 < len(lines) and not lines[i].prose and metadata.is_clock_line(
                lines[i + 1].text):
            # (a prose line with an embedded post's credit under it is the post's text)
            end = (i + 2 if i + 2 < len(lines) and lines[i + 2].prose
                   and not beside_post(lines, i + 2) else i + 1)
            entries.append((i, end))
            i = end + 1
        if len(entries) >= PLAYLIST_MIN:
            reasons.update(dict.fromkeys(range(head + 1, entries[-1][1] + 1), VIDEO_PLAYER))
    return reasons


def player_furniture(lines: Sequence[Line], dropped: dict[int, str]) -> dict[int, str]:
    """Index → VIDEO_PLAYER for the lines of an embedded player the phrase lists do not
    name: its clip's title and length over a control ("Kühe auf Abwegen" / "01:34 Min" /
    "Video abspielen"), and short lines between two of its controls."""
    heads = [i for i, reason in sorted(dropped.items()) if reason == VIDEO_PLAYER]
    reasons: dict[int, str] = {}
    for a, b in zip(heads, heads[1:], strict=False):
        if b - a <= PLAYER_GAP and not any(
                lines[j].prose or lines[j].words > TEASER_HEADLINE_WORDS[1]
                for j in range(a + 1, b)):
            reasons.update(dict.fromkeys((j for j in range(a + 1, b) if j not in dropped),
                                         VIDEO_PLAYER))
    for h in heads:
        if h >= 2 and h - 1 not in dropped and CLIP_LENGTH.match(lines[h - 1].text):
            reasons[h - 1] = VIDEO_PLAYER
            if h - 2 not in dropped and not lines[h - 2].prose:
                reasons[h - 2] = VIDEO_PLAYER  # the clip's title
    controls = _player_controls(lines, dropped)
    reasons |= video_cards(lines, dropped, frozenset(heads) | controls)
    # a rail's "More Videos" link right under its last clip is the player's, no box heading
    for h in [*heads, *reasons, *controls]:
        if (dropped.get(h + 1) == RELATED and lines[h + 1].words <= LABEL_WORDS
                and VIDEO_WORD.search(lines[h + 1].text)):
            reasons[h + 1] = VIDEO_PLAYER
    return reasons


def _player_controls(lines: Sequence[Line], dropped: dict[int, str]) -> frozenset[int]:
    """A player's short controls the caption lists name ("Replay", "Watch")."""
    return frozenset(i for i, reason in dropped.items()
                     if reason == CAPTION and lines[i].words <= SHARE_BUTTON_WORDS)


def video_cards(lines: Sequence[Line], dropped: dict[int, str],
                heads: frozenset[int]) -> dict[int, str]:
    """Index → VIDEO_PLAYER for a video's card: a short title over the clip's length
    ("Tractor tips over on the bypass" / "01:12") next to one of a player's lines (`heads`:
    "Up next", "More videos", "Replay") or printed again with the same length elsewhere on
    the page (the same card in a rail). A time of day over a live blog's entry comes before
    its title, not after."""
    cards = [i for i in range(1, len(lines)) if i not in dropped and i - 1 not in dropped
             and CLIP_LENGTH.match(lines[i].text) and _card_title(lines[i - 1])]
    titles = Counter((lines[i - 1].text, lines[i].text) for i in cards)  # the same clip twice
    reasons: dict[int, str] = {}
    player = set(heads)  # a card next to one taken is taken too: a rail of them
    for i in cards:
        if {i - 3, i - 2, i + 1, i + 2} & player or titles[lines[i - 1].text, lines[i].text] > 1:
            reasons.update({i - 1: VIDEO_PLAYER, i: VIDEO_PLAYER})
            player.update((i - 1, i))
    return reasons


def _card_title(line: Line) -> bool:
    """True for a line that may be a video's title: a few words, no paragraph."""
    low, high = TEASER_HEADLINE_WORDS
    return not line.prose and low <= line.words <= high


CREDIT_MAX_WORDS = 6  # a photo credit under its caption: "Getty Images", "Jo Roe / AP"
TOGGLE_LABEL_WORDS = 2  # a picture's toggle over its caption ("hide content", "Enlarge")
CAPTION_MIN_WORDS = 3  # shorter one-sentence lines are labels ("Photo."), not captions
CAPTION_MAX_WORDS = 40  # a caption set apart from its credit is one sentence this long
PICTURE_LABEL_WORDS = 2  # a picture's label over its caption: "Image:", "Foto:", "Photo gallery:"
# The chrome a picture follows on a page: its credit or label, the share bar, an ad slot,
# a comment count, the reading time (a box's heading is followed by its own lines)
FIGURE_NEIGHBOURS = frozenset({CAPTION, SHARE_PROMPT, ADVERT, COMMENTS, COMMENTS_PROMPT,
                               "reading time"})
# A gallery's slide counter ("3 / 12", "Slide 3 of 12", "Bild 3 von 12") and the most lines
# of credit and caption set tight under it.
SLIDE_COUNTER = re.compile(r"^(\w+ )?\d{1,3} ?(/|of|von|de|di|sur|из) ?\d{1,3}$", re.IGNORECASE)
SLIDE_LINES = 3
GALLERY_SLIDES = 3  # slide counters that make a gallery set inside a story
GALLERY_BUTTONS = 2  # short lines under its last slide that page through it
GALLERY_GAP = 6  # most lines between two of its counters (a caption, its twin, a credit)
SLIDE_STRIDE = 3  # lines from one slide's gallery title to the next's (a title, a text)
# What a caption says its people do, in the present tense a news story does not use.
CAPTION_VERB = re.compile(
    r"\b(arrives|speaks|waves|looks on|gestures|poses|attends|listens|walks|holds|stands|"
    r"sits|smiles|talks|leaves|reacts|celebrates|greets|shakes hands|shows off|delivers|"
    r"addresses|(is|are) (seen|pictured|shown)|pictured)\b")
BUY_BUTTON = re.compile(r"^(buy (now|photo|this photo|a print)|purchase (this )?photo)\W*$", re.I)
# Words that make a credit an organisation's ("Island County Sheriff's Office").
ORG_CREDIT = re.compile(r"\b(office|department|police|sheriff|agency|service|ministry|"
                        r"council|university|museum|library|archives?|family|courtesy|"
                        r"images|pictures|photos?|news|press|county|city of)\b", re.I)
CREDIT_LINE_MAX_WORDS = 12  # a credit over its caption, with the label in the page's language
# Small words a credit line in capitals may hold ("Courtesy of the Harbour Museum").
CREDIT_LINKS = frozenset({"of", "the", "and", "for", "&", "|", "via"})


def captions_over_credits(
    lines: Sequence[Line], dropped: dict[int, str], spaced_page: bool
) -> dict[int, str]:
    """Index → CAPTION for a sentence set tight over its photo credit.

    A figure prints its caption and credit as lines with no blank between them; a body
    paragraph has its own blank line under it. So on a spaced page a prose line with a
    credit right under it is a caption when a blank or another caption line is above it (a
    gallery's "3 of 8"), and the credit is one a rule names, or is credit-shaped ("Jo Roe /
    AP") with a blank or the story's next paragraph under it (the figure's <div>s put no
    blank before that <p>). Under the byline or the share bar it is one too, over a credit a
    rule names or a body's credit ("... Sheriff's Office"). An unnamed credit goes with its
    caption. On dev and synthetic pages such a line was never body.
    """
    reasons: dict[int, str] = {}
    for i in range(1, len(lines) - 1):
        line, credit = lines[i], lines[i + 1]
        named = dropped.get(i + 1) == CAPTION
        if i in dropped or credit.prose or not (line.prose or named and _short_caption(
                lines, i, spaced_page)):
            continue
        glued = _glued_caption(credit.text)
        if glued and glued not in line.text:
            continue  # (the next picture's caption, no bare credit: not this one's again)
        if not spaced_page:
            # a page of mostly tight lines still puts a blank line after each <p>: a line
            # with one above it and a named credit tight under it is a figure's caption, when
            # the story goes on under the figure (a post's last paragraph may carry the
            # credit for all its pictures: "Photo Credit: ...", then the related links)
            # (or one set right under the figure before it, whatever follows)
            if named and credit.no == line.no + 1 and (
                    (line.no > lines[i - 1].no + 1 or _header_end(lines, i - 1, dropped))
                    and i + 2 < len(lines) and lines[i + 2].prose
                    or dropped.get(i - 1) == CAPTION):
                reasons[i] = CAPTION
            elif (dropped.get(i - 1) == CAPTION and line.prose and credit.no == line.no + 1
                  and i + 1 not in dropped and credit.text.isupper() and _credit_shaped(credit)):
                # a caption under its picture's toggle ("Enlarge") over a credit in capitals
                # ("HARBOUR PARK PARTNERS")
                reasons.update({i: CAPTION, i + 1: CAPTION})
            elif (line.prose and credit.no == line.no + 1 and i + 2 < len(lines)
                  and BUY_BUTTON.match(lines[i + 2].text) and (named or _credit_shaped(credit))):
                # a caption over its credit and the photo's "Buy Now" button
                reasons[i] = CAPTION
                if i + 1 not in dropped:
                    reasons[i + 1] = CAPTION
            continue
        if credit.no != line.no + 1:
            # a blank between: only a one-sentence line saying what the picture shows
            # ("... arrives to speak ...") over a credit a rule names is its caption
            if named and _describes_picture(line):
                reasons[i] = CAPTION
            continue
        # (or, over a credit a rule names, the share bar's last button or the byline)
        # (a photo's credit printed over it too, maybe above a "Buy Now" button, counts)
        shaped = _credit_shaped(credit)
        above = (line.no > lines[i - 1].no + 1 or dropped.get(i - 1) == CAPTION
                 or named and _header_end(lines, i - 1, dropped)
                 or shaped and _byline_or_share(lines, i - 1, dropped) and _body_credit(credit)
                 or named and dropped.get(i - 2) == CAPTION and not lines[i - 1].prose)
        # a paragraph set tight under the credit is the story going on under the figure
        # (its <p> gets no blank line over it after the figure's <div>s)
        under = (i + 2 >= len(lines) or lines[i + 2].no > credit.no + 1
                 or lines[i + 2].prose)
        if above and (named or under and shaped):
            reasons[i] = CAPTION
            if i + 1 not in dropped:
                reasons[i + 1] = CAPTION  # its credit (unless a rule named it: a box's heading)
    return reasons


def _glued_caption(text: str) -> str:
    """The caption's sentence of a line that runs its credit on after it ("Biscuit rests in
    her barn. Photo courtesy: Ann Lee"), or "": a credit line's own full stop follows a
    name or a credit's label ("Photo: Ann Lee/Harbour Trust. Used with permission")."""
    end = CAPTION_END.search(text)
    head = text[:end.start() + 3] if end else ""
    return head if (len(head.split()) >= GLUED_CAPTION_WORDS
                    and CREDIT_MARK.search(head) is None) else ""


def _short_caption(lines: Sequence[Line], i: int, spaced_page: bool) -> bool:
    """True for a short caption with no full stop over a named credit ("Ein Gutachter
    untersucht den Träger" / "Bild: ..."): a phrase of some words, not a label, with a
    blank line over it on a spaced page (a subhead has its paragraph under it, no credit)."""
    line, credit = lines[i], lines[i + 1]
    return (spaced_page and line.words >= SHORT_CAPTION_WORDS and not line.table_row
            and not embed_credit(line.text)  # an embedded post's credit line is body
            and credit.words >= 2  # (a one-word label such as "Video" heads the next thing)
            and line.no > lines[i - 1].no + 1 and credit.no == line.no + 1)


def _header_end(lines: Sequence[Line], i: int, dropped: dict[int, str]) -> bool:
    """True for a line that ends a story's header over its lead photo: a button of the
    share bar ("Email", "Partager sur Linkedin") or the byline or date line (an ad slot's label is
    none: the story goes on under it)."""
    return dropped.get(i) != ADVERT and (
        not lines[i].prose and lines[i].words <= SHARE_BUTTON_WORDS
        or _byline_or_share(lines, i, dropped))


def _body_credit(line: Line) -> bool:
    """True for a credit naming a body rather than a person ("Island County Sheriff's
    Office", "WKTN"): under the byline, a person's name may be the story's own line."""
    return line.text.isupper() or ORG_CREDIT.search(line.text) is not None


def _byline_or_share(lines: Sequence[Line], i: int, dropped: dict[int, str]) -> bool:
    """True for the byline, date line or share button a lead photo sits under (a short
    line alone may be a subhead over a paragraph)."""
    return not lines[i].prose and (dropped.get(i) == SHARE_PROMPT
                                   or metadata.is_dated(lines[i].text))


def slide_captions(
    lines: Sequence[Line], dropped: dict[int, str], spaced_page: bool
) -> dict[int, str]:
    """Index → CAPTION for the lines set tight under a gallery's slide counter ("3 / 12").

    A slide prints its counter, credit and caption as one figure, with no blank between its
    lines; the story's paragraph under it has a blank line over it. So on a spaced page the
    short lines right under a counter a rule named are the slide's, however they read, up
    to a byline or date line (a gallery over the story may end right on its header). The
    last slide holds no more lines than the gallery's others: a paragraph may follow the
    gallery with no blank line over it.
    """
    if not spaced_page:
        return {}
    reasons: dict[int, str] = {}
    counters = [i for i, line in enumerate(lines)
                if dropped.get(i) == CAPTION and SLIDE_COUNTER.match(line.text) is not None]
    # the gallery's slides before its last show how many lines a slide holds: past that,
    # the last one takes no paragraph, which is the story's set tight under the gallery
    sizes = [b - a - 1 for a, b in zip(counters, counters[1:], strict=False)
             if b - a - 1 <= SLIDE_LINES]
    # ... and no caption of theirs is as long as the story's paragraph
    longest = max((lines[c + 1].words for c in counters[:-1] if c + 1 < len(lines)), default=0.0)
    for k, i in enumerate(counters):
        reach = SLIDE_LINES
        if k + 1 == len(counters) and sizes:
            reach = max(sizes)
        j = i + 1
        while (j < len(lines) and j - i <= SLIDE_LINES and lines[j].no == lines[j - 1].no + 1
               and lines[j].words <= CAPTION_MAX_WORDS and not metadata.is_dated(lines[j].text)
               and not (j - i > reach and lines[j].words > longest and _paragraph(lines, j))):
            if j not in dropped:
                reasons[j] = CAPTION
            j += 1
    return reasons


def _paragraph(lines: Sequence[Line], i: int) -> bool:
    """True for a prose line with a blank line under it (a <p>, not a figure's <div>) and
    another prose line under that: the story going on, not a caption or a footer's blurb."""
    return (lines[i].prose and i + 1 < len(lines) and lines[i + 1].no > lines[i].no + 1
            and lines[i + 1].prose)


def titled_slides(lines: Sequence[Line], dropped: dict[int, str]) -> range:
    """A gallery that prints its own title over every slide, then the slide's title and its
    text ("Racist, ruthless, cruel: Germany's colonial history" / "German colonies" / "..."):
    GALLERY_SLIDES or more printings of one short line in a row, SLIDE_STRIDE lines apart
    (the gallery's title may be printed again elsewhere, in a box naming it). An empty
    range when there is none. A line a rule named (a photo's credit over each counter, a
    live blog's share button over each entry's time) is no gallery's title."""
    def slide(i: int) -> bool:
        return (i + 2 < len(lines) and lines[i + 1].words <= TEASER_HEADLINE_WORDS[1]
                and SENTENCE_END.search(lines[i + 1].text) is None
                and lines[i + 2].words > TEASER_HEADLINE_WORDS[0])

    printings: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if (i not in dropped and not line.prose
                and TEASER_HEADLINE_WORDS[0] <= len(line.text.split())
                and line.words <= TEASER_HEADLINE_WORDS[1]):
            printings.setdefault(line.text, []).append(i)
    for found in printings.values():
        if len(found) < GALLERY_SLIDES:
            continue
        titles = set(filter(slide, found))
        for first in sorted(titles):
            last = first
            while last + SLIDE_STRIDE in titles:
                last += SLIDE_STRIDE
            if last >= first + SLIDE_STRIDE * (GALLERY_SLIDES - 1):
                return range(first, last + SLIDE_STRIDE)
    return range(0)


def titled_slide_reasons(lines: Sequence[Line], dropped: dict[int, str]) -> dict[int, str]:
    """Index → SLIDE for a gallery's titled slides (see titled_slides)."""
    return dict.fromkeys(titled_slides(lines, dropped), SLIDE)


def gallery_span(lines: Sequence[Line], dropped: dict[int, str]) -> range:
    """The lines from a gallery's first slide counter ("1 из 5") to its last slide's lines
    and buttons, when GALLERY_SLIDES or more counters (lines a rule named a caption) stand
    GALLERY_GAP lines or fewer apart; an empty range when there is none."""
    counters = [i for i, line in enumerate(lines)
                if dropped.get(i) == CAPTION and SLIDE_COUNTER.match(line.text)]
    best: list[int] = []
    run: list[int] = []
    for i in counters:
        run = run + [i] if run and i - run[-1] <= GALLERY_GAP else [i]
        best = run if len(run) > len(best) else best
    if len(best) < GALLERY_SLIDES:
        return range(0)
    end = best[-1]
    while end + 1 < len(lines) and dropped.get(end + 1) == CAPTION:
        end += 1
    for _ in range(GALLERY_BUTTONS):  # its "Previous" / "Next" buttons
        if end + 1 < len(lines) and lines[end + 1].words <= 2 and not lines[end + 1].prose:
            end += 1
    return range(best[0], end + 1)


def _describes_picture(line: Line) -> bool:
    """True for one sentence in a caption's present tense ("Ann Lee speaks to ...")."""
    return (line.words <= CAPTION_MAX_WORDS and not _second_sentence(line.text)
            and CAPTION_VERB.search(line.text) is not None)


def _second_sentence(text: str) -> bool:
    """True when a sentence ends inside the line: not at an abbreviation ("at Giant Center
    in Hershey, Penn. Thursday", "Gov. Ann Lee") or an initial ("Ann J. Lee")."""
    for end in INNER_SENTENCE.finditer(text):
        before = text[:end.start()].split()
        word = before[-1].lower().strip("(\"'“‘") if before else ""
        if not (word in _short_forms() or len(word) == 1 or "." in word):
            return True
    return False


@cache
def _short_forms() -> frozenset[str]:
    """The forms a caption shortens with a full stop that ends no sentence (read once)."""
    return STATE_FORMS | abbreviations()


def credits_over_captions(
    lines: Sequence[Line], dropped: dict[int, str], spaced_page: bool
) -> dict[int, str]:
    """Index → CAPTION for a picture's credit set tight over a caption a rule named.

    Some sites print the credit first, in the page's own language ("Правообладатель
    иллюстрации Getty Images", then "Image caption ..."), so no phrase list can hold every
    form. On a spaced page a short line with a blank or a dropped line above it and a named
    caption tight under it is that credit: a subhead has its own blank line under it.
    """
    if not spaced_page:
        return {}
    reasons: dict[int, str] = {}
    for i in range(len(lines) - 1):
        line, caption = lines[i], lines[i + 1]
        if (line.prose or i in dropped or line.words > CREDIT_LINE_MAX_WORDS
                or embed_credit(line.text)):  # (an embedded post's credit line is body)
            continue
        above = i == 0 or line.no > lines[i - 1].no + 1 or i - 1 in dropped
        if above and caption.no == line.no + 1 and dropped.get(i + 1) == CAPTION:
            reasons[i] = CAPTION
    return reasons


def captions_under_chrome(
    lines: Sequence[Line], dropped: dict[int, str], spaced_page: bool
) -> dict[int, str]:
    """Index → CAPTION for a picture's caption set tight under its credit, its label or the
    chrome the picture follows (a share bar, an ad slot).

    A figure prints its caption as a block with no blank line under it, and the story's next
    <p> follows it tight ("Image: Ann Lee/Outlet", "The 2020 model at a dealer in Toledo.",
    then the paragraph); on a spaced page a paragraph of the story has a blank line under
    it, so a sentence with none, between a line a rule named and a paragraph, is the
    figure's (a longer text there is the story's, set in a <div>, and so is an interview's
    question over its answer). Under a bare label ("Image:", "Video:") the line is the
    caption on any page.
    """
    reasons: dict[int, str] = {}
    for i in range(1, len(lines) - 1):
        over, line = lines[i - 1], lines[i]
        if (dropped.get(i - 1) not in FIGURE_NEIGHBOURS or i in dropped
                or line.no != over.no + 1 or line.words > CAPTION_MAX_WORDS
                or line.text.endswith("?")):
            continue
        labelled = (dropped[i - 1] == CAPTION and over.text.endswith(":")
                    and over.words <= PICTURE_LABEL_WORDS)
        if labelled or spaced_page and line.prose and _paragraph_under(lines, i, dropped):
            reasons[i] = CAPTION
    return reasons


def short_sentence_line(line: Line) -> bool:
    """True for a short sentence that is no paragraph ("Ferry passengers over the past year.")."""
    return not line.prose and line.text.endswith(".") and line.words >= CAPTION_MIN_WORDS


def caption_sentences(
    lines: Sequence[Line], dropped: dict[int, str], spaced_page: bool
) -> dict[int, str]:
    """Index → CAPTION for a short sentence set tight over a paragraph on a spaced page.

    A figure's caption is a <div>: the story's next <p> follows with no blank over it but
    one under it (or the page's end). A list's last item sits there too, set tight under
    the item before it, so the caption needs a blank, a rule's line or a toggle's label
    ("hide content") over it.
    """
    if not spaced_page:
        return {}
    reasons: dict[int, str] = {}
    for i in range(1, len(lines) - 1):
        line, above = lines[i], lines[i - 1]
        # (over it a blank, a line a rule named or a toggle's short label: not a list's item)
        apart = (line.no > above.no + 1 or i - 1 in dropped
                 or (above.words <= TOGGLE_LABEL_WORDS and above.text[-1:].isalnum()))
        if i not in dropped and short_sentence_line(line) and apart and _paragraph_under(
                lines, i, dropped):
            reasons[i] = CAPTION
    return reasons


def _paragraph_under(lines: Sequence[Line], i: int, dropped: dict[int, str]) -> bool:
    """True when the story's paragraph is set tight under line i: prose no rule named, with
    a blank line (or the page's end) under it, as a <p> after a figure's <div> prints."""
    after = i + 1
    return (after < len(lines) and lines[after].prose and after not in dropped
            and lines[after].no == lines[i].no + 1
            and (after + 1 == len(lines) or lines[after + 1].no > lines[after].no + 1))


def _credit_shaped(line: Line) -> bool:
    """True for a photo credit's shape: a slash ("Jo Roe/AP") or capitalised words only."""
    if line.words > CREDIT_MAX_WORDS or line.text.endswith((":", ",", ".")):
        return False
    return _credit_words(line.text)


def _credit_words(text: str) -> bool:
    """True for a credit's words: a slash ("Jo Roe/AP") or capitalised words only."""
    return "/" in text or all(
        word[:1].isupper() or word.lower() in CREDIT_LINKS for word in text.split())


def doubled_reasons(lines: Sequence[Line], spaced_page: bool) -> dict[int, str]:
    """Index → reason for lines printed twice in a row, and a teaser blurb right after.

    Page copies double photo captions and teaser headlines (an image's caption and the
    figure's; a link's title on the picture and under it); a body paragraph is repeated
    only as a standfirst printed again under the date line, where the second copy is the
    story's opening and stays. Table rows (repeated header rows) are exempt. On a spaced
    page an unspaced paragraph right after a doubled headline is that teaser's blurb.
    """
    reasons: dict[int, str] = {}
    for i, line in enumerate(lines):
        if line.table_row or line.words < DOUBLED_MIN_WORDS:
            continue
        if _repeats_itself(line.text):
            reasons[i] = DOUBLED
            continue
        if _credit_glued_twin(lines, i):
            reasons.update({i - 1: DOUBLED, i: DOUBLED})
            continue
        twin = _twin_above(lines, i)
        if twin is None:
            continue
        reasons[twin] = DOUBLED
        if line.prose and any(metadata.is_dated(lines[j].text) for j in range(twin + 1, i)):
            continue  # a standfirst repeated as the story's opening under its date line
        reasons[i] = DOUBLED
        after = i + 1  # a doubled caption (prose) has no blurb; the next line may be body
        if (spaced_page and not line.prose and not doubled_caption(lines, twin)
                and after < len(lines) and lines[after].prose and not lines[after].spaced
                and not metadata.opens_with_dateline(lines[after].text)
                and not _between_paragraphs_twice(lines, twin, after)):
            reasons[after] = DOUBLED  # (a story's dateline under a doubled photo caption)
    return reasons


def _credit_glued_twin(lines: Sequence[Line], i: int) -> bool:
    """True when line i is the line above it printed again with a photo credit glued on
    ("A collapsed cake at the bakery." / "A collapsed cake at the bakery. Courtesy of Crumb
    & Kettle"): the image's alt text and its figure caption, not a quote of the story."""
    if i == 0 or lines[i - 1].words < DOUBLED_MIN_WORDS:
        return False
    above, text = lines[i - 1].text, lines[i].text
    glued = text[len(above):len(above) + 1]
    if not text.startswith(above) or not (glued.isspace() or not above[-1:].isalnum()):
        return False  # ("cake" / "cakes Getty": a word cut, not a credit glued on)
    rest = text[len(above):].strip()
    return 0 < len(rest.split()) <= CREDIT_MAX_WORDS and (
        CREDIT_HINT.search(rest) is not None or _credit_words(rest))


def _between_paragraphs_twice(lines: Sequence[Line], twin: int, after: int) -> bool:
    """True when a doubled line sits between the story's paragraphs: prose over its first
    copy, and prose again past the line under its second. A teaser's blurb is followed by
    the next card or the box's end; a caption printed twice is followed by the story."""
    return (twin > 0 and lines[twin - 1].prose and after + 1 < len(lines)
            and lines[after + 1].prose)


def doubled_caption(lines: Sequence[Line], twin: int) -> bool:
    """True when a doubled short line is a photo's caption, not a teaser's headline: it
    names a credit, holds a sentence's end, or sits right under the story's header."""
    text = lines[twin].text
    return (CREDIT_HINT.search(text) is not None or CAPTION_SENTENCE.search(text) is not None
            or _under_header(lines, twin))


def _under_header(lines: Sequence[Line], i: int) -> bool:
    """True when a date line or byline sits a few lines over line i with no prose between
    (only the share bar and its buttons): a doubled line there is the lead photo's caption,
    no teaser."""
    for j in range(i - 1, max(-1, i - 1 - HEADER_REACH), -1):
        if lines[j].prose:
            return False
        if metadata.is_dated(lines[j].text):
            return True
    return False


def _repeats_itself(text: str) -> bool:
    """True for a headline printed two or three times on one line (link, picture, title).

    A teaser card's text runs together in a copy when its parts are inline elements.
    """
    for copies in (2, 3):
        unit = repeat_unit(text, copies)
        if unit is not None and len(unit.split()) >= SELF_REPEAT_MIN_WORDS:
            return True
    return False


def _twin_above(lines: Sequence[Line], i: int) -> int | None:
    """Index of the copy of line i printed just above it (past only labels), or None.

    A title's twin may be two lines up; "A B A B" is a teaser pair only for titles, so a
    prose twin must be the line above, or above a few short labels (a caption's credit).
    """
    line = lines[i]
    if not line.prose:
        return next((j for j in range(i - 1, max(-1, i - 1 - DOUBLED_GAP), -1)
                     if lines[j].text == line.text), None)
    for j in range(i - 1, max(-1, i - 1 - CAPTION_GAP), -1):
        if lines[j].text == line.text:
            return j
        if lines[j].prose or lines[j].table_row:
            return None
    return None


QUICK_TEST_MAX_CHARS = 50_000  # pages up to this many normalised characters get _may_repeat


def normalise(text: str) -> tuple[str, ...]:
    """Lower-case word tokens, for comparing lines regardless of punctuation."""
    return tuple(WORD.findall(text.lower()))


def repeat_reasons(lines: Sequence[Line]) -> dict[int, str]:
    """Index → reason for pull quotes (and their attribution lines).

    A pull quote repeats another line: every 4-word shingle of it occurs in one other line,
    which is longer or (for a whole-sentence quote) is followed by a bare name line. Other
    exact twins stay (list-like articles repeat lines; doubled captions have their own
    rule). Work is per distinct line, with a dict from shingle to a few holders, so this
    stays linear even when a long dump repeats its pages.
    """
    tokens = [normalise(line.text) for line in lines]
    if not _may_repeat(lines, tokens):
        return {}
    ids: dict[tuple[str, ...], int] = {}  # distinct token sequence → its id
    seq = [ids.setdefault(toks, len(ids)) for toks in tokens]
    distinct = list(ids)
    copies = Counter(seq)
    owners = _shingle_owners(distinct, copies)
    quoted: dict[int, tuple[bool, bool]] = {}  # id → (a longer line holds it, any line does)
    reasons: dict[int, str] = {}
    for i, d in enumerate(seq):
        if lines[i].words < PULL_QUOTE_MIN_WORDS or len(distinct[d]) < SHINGLE:
            continue  # (CJK text counts many words in few `\w+` tokens)
        if d not in quoted:
            holders = _holders(d, distinct[d], owners)
            longer = any(len(distinct[j]) > len(distinct[d]) for j in holders)
            quoted[d] = (longer, bool(holders) or copies[d] > 1)
        longer, held = quoted[d]
        name = _quoted_name(lines[i + 1].text) if i + 1 < len(lines) else None
        # an exact twin needs a person's name under it (a known given name): list articles
        # repeat a line over each item's capitalised label ("Pre-Workout Snack")
        signed = name is not None and (longer or metadata.known_name(name))
        if longer or (held and signed):
            reasons[i] = PULL_QUOTE
            if signed:
                reasons[i + 1] = PULL_QUOTE
    return reasons


def _quoted_name(text: str) -> str | None:
    """The name in a pull quote's attribution line ("Ann Lee", "— Ann Lee, chief executive",
    "Ann Lee, MD, Harbour Forgings")."""
    if metadata.looks_like_name(text):
        return text
    found = ATTRIBUTION.match(text)
    name = found and (found["name"] or found["plain"])
    if name and metadata.looks_like_name(name):
        return name
    return None


def _may_repeat(lines: Sequence[Line], tokens: Sequence[tuple[str, ...]]) -> bool:
    """False when no line long enough to be a pull quote has its first shingle anywhere else,
    so none can be one: a quick test (substring counts in C) that spares most articles the
    shingle index. Long pages skip the test, as its cost grows with lines times length."""
    joined = "\n".join(" ".join(toks) for toks in tokens)
    if len(joined) > QUICK_TEST_MAX_CHARS:
        return True
    return any(joined.count(" ".join(toks[:SHINGLE])) > 1
               for line, toks in zip(lines, tokens, strict=True)
               if line.words >= PULL_QUOTE_MIN_WORDS and len(toks) >= SHINGLE)


def _shingle_owners(
    distinct: Sequence[tuple[str, ...]], copies: Counter[int]
) -> dict[tuple[str, ...], list[int]]:
    """Shingle → the first distinct lines (by id) holding it, until MAX_OWNERS copies."""
    owners: dict[tuple[str, ...], list[int]] = {}
    used: dict[tuple[str, ...], int] = {}  # copies of lines recorded per shingle
    for d, toks in enumerate(distinct):
        for shingle in _shingles(toks):
            found = owners.setdefault(shingle, [])
            if used.get(shingle, 0) < MAX_OWNERS and (not found or found[-1] != d):
                found.append(d)
                used[shingle] = used.get(shingle, 0) + copies[d]
    return owners


def _holders(d: int, toks: tuple[str, ...], owners: dict[tuple[str, ...], list[int]]) -> set[int]:
    """The other distinct lines that hold every shingle of line d."""
    shingles = _shingles(toks)
    common = set(owners[shingles[0]]) - {d}
    for shingle in shingles[1:]:
        if not common:
            break
        common &= set(owners[shingle])
    return common


def _shingles(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The 4-token shingles of a token sequence."""
    return [tokens[i : i + SHINGLE] for i in range(len(tokens) - SHINGLE + 1)]


def link_lists(
    lines: Sequence[Line], dropped: dict[int, str], numbered: Sequence[bool] = (),
    headings: frozenset[int] = frozenset(),
) -> dict[int, str]:
    """Index → reason for runs of unspaced short lines that no body text introduces.

    A body list follows a paragraph (often ending in ":" or "…"); a run of teaser
    headlines follows a box heading ("Most read", a topic name) or another label.
    Lines a rule already dropped (such a heading) and a list article's numbered headings
    end a run, and the story's subhead closing it is left out (see _subhead_under_box).
    """
    reasons: dict[int, str] = {}
    for run in _list_runs(lines, dropped, headings, bridged=True):
        if not _body_list(lines, run, dropped, numbered):
            # a box's entries are tight, the story's next subhead under them has a blank
            # line under it: a page copy sets it against the run, but it is the story's
            last = run[-1] if _subhead_under_box(lines, run[0] - 1, run[-1]) else None
            reasons.update(dict.fromkeys((i for i in run if i != last), LINK_LIST))
    return reasons


def story_lists(lines: Sequence[Line], dropped: dict[int, str]) -> frozenset[int]:
    """The lines of the lists that part the story's paragraphs no more than a table does:
    those under the story's own subheads (see _under_subhead) and its marked lists (see
    marked_lists), headings included."""
    return frozenset(i for run in _list_runs(lines, dropped)
                     for i in (_subhead_list(lines, run, dropped)
                               or _marked_list(lines, run, dropped)))


def marked_lists(lines: Sequence[Line], dropped: dict[int, str]) -> frozenset[int]:
    """The lines of bulleted or numbered lists, and lists of amounts (a recipe's), set
    between two of the story's paragraphs, and of lists under a list's own heading ("Pros",
    "Ingredients") set under the story's prose, heading included."""
    return frozenset(i for run in _list_runs(lines, dropped)
                     for i in _marked_list(lines, run, dropped))


def _subhead_list(lines: Sequence[Line], run: Sequence[int], dropped: dict[int, str]
                  ) -> range:
    """A list's lines with its subhead over them when it is set under the story's own
    subhead, or an empty range."""
    return range(run[0] - 1, run[-1] + 1) if _under_subhead(lines, run, dropped) else range(0)


def _marked_list(lines: Sequence[Line], run: Sequence[int], dropped: dict[int, str]
                 ) -> Sequence[int]:
    """A run's lines when it is a marked list between the story's paragraphs, its lines
    with their heading when it is under a list's own heading, or nothing."""
    if _marked(lines, run) and _between_paragraphs(lines, run, dropped):
        return run
    return range(run[0] - 1, run[-1] + 1) if _headed(lines, run, dropped) else range(0)


def _headed(lines: Sequence[Line], run: Sequence[int], dropped: dict[int, str]) -> bool:
    """True when a run sits under a list's own heading ("Pros", "What you'll need",
    "Zutaten") with the story's prose a few lines over it. A bare "Plus" needs its "Minus"
    near (it names a subscription too), and a run of title-case lines is a box's
    headlines."""
    head = run[0] - 1
    if (head < 0 or head in dropped or LIST_HEADING.match(lines[head].text) is None
            or 2 * sum(1 for i in run if _title_case(lines[i].text)) > len(run)):
        return False
    word = lines[head].text.strip(" :").lower()
    if word in PAIRED_HEADINGS and not any(
            lines[j].text.strip(" :").lower() == PAIRED_HEADINGS[word]
            for j in range(head + 1, min(head + 1 + HEADING_REACH, len(lines)))):
        return False
    above = range(max(head - HEADING_REACH, 0), head)
    return any(j not in dropped and lines[j].prose for j in above)


def _marked(lines: Sequence[Line], run: Sequence[int]) -> bool:
    """True when most items of a run open on a list marker or give an amount."""
    return 2 * sum(1 for i in run if LIST_MARKER.match(lines[i].text)
                   or QUANTITY.search(lines[i].text)) >= len(run)


def _between_paragraphs(lines: Sequence[Line], run: Sequence[int], dropped: dict[int, str]
                        ) -> bool:
    """True when a prose line no rule dropped sits right over a run and the story goes on
    under it: two such lines, or one when a colon introduces the list ("From the
    programme:"). A box of headlines over a closing blurb has one paragraph under it."""
    above, below = run[0] - 1, run[-1] + 1
    if not (above >= 0 and below < len(lines)) or any(
            j in dropped or not lines[j].prose for j in (above, below)):
        return False
    introduced = any(lines[j].text.rstrip().endswith(":") for j in (above, run[0]))
    return introduced or (below + 1 < len(lines) and below + 1 not in dropped
                          and lines[below + 1].prose)

def _title_case(text: str) -> bool:
    """True for a line set in title case ("Eleven Winters, One Canoe"), as headlines are and
    a list's items in sentence case are not: most of its longer words after the first are
    capitalised."""
    words = [word for word in WORD.findall(text)[1:] if len(word) >= TITLE_WORD_MIN]
    return bool(words) and sum(1 for word in words if word[0].isupper()) >= TITLE_SHARE * len(words)


def _list_runs(
    lines: Sequence[Line], dropped: dict[int, str], headings: frozenset[int] = frozenset(),
    bridged: bool = False,
) -> Iterator[list[int]]:
    """Each run of LINK_RUN_MIN or more tight list lines that no rule dropped.

    With `bridged`, the menu entries a rule named (MENU_REASONS: "Search", "Close menu")
    count as the run's lines too, so a menu the phrase lists know in part is still one run;
    only the lines no rule dropped are yielded, each stretch of them on its own.
    """
    run: list[int] = []  # the tight list lines in a row, named menu entries among them
    for i in range(len(lines) + 1):
        item = i < len(lines) and i not in headings and _list_item(lines[i]) and (
            i not in dropped or bridged and dropped[i] in MENU_REASONS)
        if item and (not run or lines[i].no == lines[run[-1]].no + 1):
            run.append(i)
            continue
        if len(run) >= LINK_RUN_MIN:
            yield from _stretches([j for j in run if j not in dropped])
        run = [i] if item else []


def _stretches(indices: Sequence[int]) -> Iterator[list[int]]:
    """The runs of consecutive indices in a sorted list."""
    stretch: list[int] = []
    for i in indices:
        if stretch and i != stretch[-1] + 1:
            yield stretch
            stretch = []
        stretch.append(i)
    if stretch:
        yield stretch


def _list_item(line: Line) -> bool:
    """True for a line that could be one entry of a list: short, not prose, not a table row."""
    return not (line.prose or line.table_row or line.spaced)


def numbered_items(lines: Sequence[Line]) -> list[bool]:
    """Per line: is it an item of a numbered list (lines in a row numbered n, n+1, n+2 ...)?

    A writer's list counts its items; menus, tags and teaser boxes rarely do, and the
    count holds whatever follows the number ("1.", "2)", "3a etapa:").
    """
    numbers: list[int | None] = []
    for line in lines:
        found = LEADING_NUMBER.match(line.text) if line.words >= NUMBERED_MIN_WORDS else None
        numbers.append(int(found.group(1)) if found else None)
    items = [False] * len(lines)
    run: list[int] = []
    for i, number in enumerate([*numbers, None]):
        previous = numbers[run[-1]] if run else None
        if number is not None and previous is not None and number == previous + 1:
            run.append(i)
            continue
        if len(run) >= NUMBERED_RUN_MIN:
            for j in run:
                items[j] = True
        run = [i] if number is not None else []
    return items


def list_article_runs(lines: Sequence[Line]) -> list[list[int]]:
    """Indices of each list article's numbered headings ("1. ...", "2. ..." with text between).

    A list article's items are headings counting up with text under each (a paragraph, a
    price, a link); a numbered "Most read" box forms a run too, but each run spans only its
    own lines (see between_headings), so a box never joins an article's run.
    """
    runs: list[list[int]] = []
    run: list[int] = []
    last = 0
    for i, line in enumerate([*lines, None]):
        match = NUMBERED_ITEM.match(line.text) if line is not None else None
        number = int(match.group(0).rstrip(".) \t")) if match else None
        if number is not None and run and number == last + 1 and i - run[-1] <= SECTION_GAP:
            run.append(i)
            last = number
            continue
        if line is None or number is not None or (run and i - run[-1] > SECTION_GAP):
            if len(run) >= NUMBERED_RUN_MIN:
                runs.append(run)
            run, last = ([i], number) if number is not None else ([], 0)
    return runs


def between_headings(lines: Sequence[Line], runs: Sequence[Sequence[int]]) -> list[bool]:
    """Per line: is it a list article's, from its first numbered heading to the paragraphs
    right under its last?"""
    inside = [False] * len(lines)
    for run in runs:
        last = run[-1] + 1
        while last < len(lines) and lines[last].prose:
            last += 1
        inside[run[0]:last] = [True] * (last - run[0])
    return inside


# "As follows." where Japanese and Korean end the sentence over a list with a full stop, not
# a colon ("主な新機能は以下の通り。", "세부 내용은 다음과 같다.")
LIST_INTRO = re.compile(r"(以下|次|下記)の(通り|とおり)(です)?[。：:]$|다음과 같(다|습니다)[.:]$")


def _body_list(
    lines: Sequence[Line], run: Sequence[int], dropped: dict[int, str], numbered: Sequence[bool]
) -> bool:
    """True when a run of list lines is the article's: introduced by body text, or numbered.

    Body text is a prose line or one ending in ":"/"…" just above (not chrome); a numbered
    or bulleted list ("1) ...", "• ...") is the writer's own, as teaser boxes are not
    numbered that way.
    """
    above = run[0] - 1
    while above >= 0 and dropped.get(above) == ADVERT and run[0] - above <= AD_SKIP:
        above -= 1  # an ad slot between the paragraph and its list
    if above >= 0 and above not in dropped and (
        lines[above].prose or lines[above].text.endswith((":", *ELLIPSIS))
        or LIST_INTRO.search(lines[above].text)
    ):
        return True
    if _marked(lines, run) or _headed(lines, run, dropped):
        return True  # (a list of amounts too, and one under "Pros" or "Ingredients")
    if 2 * sum(1 for i in run if i < len(numbered) and numbered[i]) >= len(run):
        return True
    return _under_subhead(lines, run, dropped)


def _under_subhead(lines: Sequence[Line], run: Sequence[int], dropped: dict[int, str]) -> bool:
    """True for a list under the story's own subhead ("How the co-op raised the money"): a
    short line no rule named with a blank line under it, with the story's paragraphs over
    the subhead (maybe past a box the page set between them) and under the last item (past
    a picture, an ad slot or a pull quote, or under the story's next subhead)."""
    head, after = run[0] - 1, run[-1] + 1
    if (len(run) > SUBHEAD_LIST_MAX or head < 0 or head in dropped
            or lines[head].prose or lines[run[0]].no == lines[head].no + 1
            or lines[head].words > TEASER_HEADLINE_WORDS[1]):
        return False
    # (an ad slot, a picture or a pull quote may part the last item from the paragraph
    # under it; the story's next subhead may close the list, set tight under it)
    while dropped.get(after) in INSERTS and after - run[-1] <= SUBHEAD_SKIP:
        after += 1
    tight = after < len(lines) and lines[after].no == lines[run[-1]].no + 1
    if not (after + 1 < len(lines) and after not in dropped and lines[after].prose
            and (tight or len(run) > LINK_RUN_MIN)  # (a box of three may sit there too)
            and lines[after + 1].no > lines[after].no + 1):  # a paragraph: a blank under it
        return False
    above = head - 1
    while above >= 0 and head - above <= SUBHEAD_SKIP and (
            above in dropped or dropped.get(above - 1) in BOX_HEADS):  # (a box's headline)
        above -= 1
    if not (above >= 0 and above not in dropped and lines[above].prose
            and lines[above + 1].no > lines[above].no + 1):  # a blank under the paragraph
        return False
    # (a share bar's and a menu's entries are single words: "Share", "Tweet", "Email")
    titled = sum(1 for i in run if _title_case(lines[i].text))
    phrases = sum(1 for i in run if lines[i].words >= TEASER_HEADLINE_WORDS[0])
    return (2 * titled < len(run) and 2 * phrases > len(run)
            and not metadata.is_dated(lines[head].text))


def related_box_reasons(
    lines: Sequence[Line], dropped: dict[int, str], headings: frozenset[int] = frozenset(),
    spaced: bool = False,
) -> dict[int, str]:
    """Index → reason for the teaser headlines under a related-articles heading.

    A "Most read" box inside an article lists headlines (short, not prose, or cut short
    with an ellipsis) and the body resumes at the next paragraph; without this, headlines
    of three words or more pass as the article's subheads. A byline ends the box too: a
    list article under a "Trending" box opens with one, and has no paragraph to stop at.
    """
    reasons: dict[int, str] = {}
    for head in (i for i, reason in dropped.items() if reason in BOX_HEADS):
        # one teaser's label takes only its headline: the article's next subhead may follow
        # it without a blank line
        size = 1 if dropped[head] == TEASER else BOX_MAX_LINES
        cards = tight_cards(lines, head) if spaced and size > 1 else None
        if cards is not None:
            reasons.update(dict.fromkeys(range(head + 1, cards + 1), dropped[head]))
            continue
        for i in range(head + 1, min(head + 1 + size, len(lines))):
            line = lines[i]
            # a headline cut short to fit the box ("Ferry fares set to rise after...")
            # reads as a sentence, but the box goes on
            cut = line.text.endswith(ELLIPSIS) and line.words <= TEASER_HEADLINE_WORDS[1]
            # ... and an embedded post (its text over its credit line) is the story's
            post = beside_post(lines, i)
            if (line.prose and not cut) or line.table_row or _opens_article(line.text) or post:
                button = _read_next_card(lines, i) if i > head + 1 and not post else None
                if button is not None:
                    reasons.update(dict.fromkeys(range(i, button + 1), dropped[head]))
                elif not post:
                    last = _blurb_cards(lines, head, dropped)
                    if last is not None:
                        reasons.update(dict.fromkeys(range(head + 1, last + 1), dropped[head]))
                break
            # a list article's next item ("4. Casa Ucrânia") ends a box set without a
            # blank line under it
            if i in headings or spaced and _subhead_under_box(lines, head, i):
                break
            reasons.setdefault(i, dropped[head])
    return reasons


def _blurb_cards(lines: Sequence[Line], head: int, dropped: dict[int, str]) -> int | None:
    """The index of the last line of CARDS_MIN or more teaser cards (a headline, then a
    short blurb) right under a related heading at `head`, or None.

    A "Read also" box inside the story may give each headline a sentence or two; the story
    goes on under it with a subhead and its paragraphs, or a paragraph after a paragraph,
    which no card has: a blurb with prose right under it ends the cards.
    """
    i, pairs, last = head + 1, 0, None
    while i + 1 < len(lines):
        headline, blurb = lines[i], lines[i + 1]
        if (headline.prose or headline.table_row or dropped.get(i, RELATED) not in BOX_HEADS
                or not blurb.prose or i + 1 in dropped or blurb.words > CARD_BLURB_WORDS
                or not CARD_HEADLINE_WORDS <= headline.words <= TEASER_HEADLINE_WORDS[1]):
            break
        end = _card_stamp(lines, i + 1)
        under = end + 1
        if end == i + 1 and under < len(lines) and lines[under].prose and under not in dropped:
            # a paragraph goes on under it: the story's own subhead and text, or, past a card
            # of the box, its last card with the story going on under the box
            if pairs:
                pairs, last = pairs + 1, i + 1
            break
        pairs, last, i = pairs + 1, end, end + 1
    return last if pairs >= CARDS_MIN else None


def _card_stamp(lines: Sequence[Line], blurb: int, gap: int = 2) -> int:
    """The index of the stamp under a card's blurb ("2 hours ago", "12 March 2024") at most
    `gap` lines on (1: set tight), or the blurb's own when none follows: a stamp marks the
    card, as no paragraph of a story has one."""
    under = blurb + 1
    if under < len(lines) and lines[under].no <= lines[blurb].no + gap and (
            metadata.is_relative_time(lines[under].text)
            or metadata.is_date_line(lines[under].text)):
        return under
    return blurb


SUBHEAD_SHARE = 0.6  # a subhead is under this share of the shortest headline of a box over it


def _subhead_under_box(lines: Sequence[Line], head: int, i: int) -> bool:
    """True for the article's subhead right under a box of headlines set tight under the
    line at `head` (its heading): line i has a blank line under it (a heading prints one, a
    box's entry none) and a paragraph or a list under that, and is much shorter than the
    box's entries over it (a box set as one paragraph with line breaks ends on a blank line
    too, so a short last headline still passes for a subhead: "Ferry fares to rise").
    """
    return (0 <= head < i - 1 and i + 1 < len(lines) and lines[i + 1].no > lines[i].no + 1
            and (lines[i + 1].prose or _list_under(lines, i + 1)) and _tight(lines, head, i)
            and lines[i].words < SUBHEAD_SHARE * min(lines[j].words for j in range(head + 1, i)))


def _list_under(lines: Sequence[Line], first: int) -> bool:
    """True when a list of LINK_RUN_MIN or more tight lines starts at line `first`."""
    last = first + LINK_RUN_MIN - 1
    return last < len(lines) and all(_list_item(lines[j]) for j in range(first, last + 1)) and (
        _tight(lines, first, last))


def _read_next_card(lines: Sequence[Line], i: int) -> int | None:
    """The index of the "Keep reading" button closing a "Read Next" card whose byline or
    date line is at line i (under the box's headline), or None.

    The card prints another story's stamps, its first paragraph and a button to it, inside
    the story; the button tells the paragraph from the story's own next one.
    """
    j = i
    while j < len(lines) and j - i < CARD_STAMPS and metadata.is_dated(lines[j].text):
        j += 1
    if j == i or j + 1 >= len(lines) or not lines[j].prose:
        return None
    return j + 1 if CARD_BUTTON.match(lines[j + 1].text) else None


def tight_cards(lines: Sequence[Line], head: int) -> int | None:
    """The last line of the teaser cards set tight under a heading at `head` on a spaced
    page, or None: each card a headline with its blurb (up to an excerpt's length) right
    under it, the heading and cards one block with no blank line, CARDS_IN_BOX or more.

    On a page without blank lines every paragraph is tight, so this is for spaced pages;
    and one headline with a paragraph tight under it is an inline teaser over the story's
    next paragraph (see text._after_box), so one card is not enough.
    """
    cards, i = 0, head + 1
    while (i + 1 < len(lines) and lines[i].no == lines[i - 1].no + 1
           and lines[i + 1].no == lines[i].no + 1
           # past the first card, a blurb may be one short sentence ("Work starts in April.")
           and (lines[i + 1].prose or cards and SENTENCE_END.search(lines[i + 1].text))
           and card_shaped(lines[i], lines[i + 1], EXCERPT_MAX_WORDS)):
        end = _card_stamp(lines, i + 1, gap=1)  # a box set tight has its stamps tight too
        cards, i = cards + 1, end + 1
    return i - 1 if cards >= CARDS_IN_BOX else None


def cut_headlines(lines: Sequence[Line], dropped: dict[int, str]) -> dict[int, str]:
    """Index → RELATED for CUT_RUN_MIN or more headlines in a row each cut off with an
    ellipsis ("Oil prices steady after 2-day drop amid growth concerns..."), one under
    another or a blank line apart.

    A box of teasers trims its headlines to fit, whatever its heading says or in whatever
    language; a story's own lines trail off once, not line after line.
    """
    low, high = TEASER_HEADLINE_WORDS
    runs: list[list[int]] = []
    for i, line in enumerate(lines):
        if (i in dropped or not low <= line.words <= high
                or not line.text.rstrip().endswith(ELLIPSIS)):
            continue
        if runs and runs[-1][-1] == i - 1 and line.no <= lines[i - 1].no + 2:
            runs[-1].append(i)
        else:
            runs.append([i])
    return {i: RELATED for run in runs if len(run) >= CUT_RUN_MIN for i in run}


def listed_teasers(lines: Sequence[Line], dropped: dict[int, str]) -> dict[int, str]:
    """Index → RELATED for a bare "Read more" label and the teaser headlines under it.

    The headlines are list items, tight under the label, or paragraphs one blank line apart;
    the first line of prose or one too short or too long for a headline ends the box. One
    headline with the story's paragraph tight under it is an inline teaser (TEASER).
    """
    low, high = TEASER_HEADLINE_WORDS
    marks: dict[int, str] = {}
    for head in range(len(lines) - 1):
        # a phrase rule may have taken the label for a lone link line ("Also Read"): the
        # headlines under it still make it a box
        if dropped.get(head, RELATED_LINKS) != RELATED_LINKS or not LIST_LABEL.match(
                lines[head].text):
            continue
        above = lines[head - 1] if head else None
        if (above is not None and READ_MORE.match(lines[head].text) and head - 1 not in dropped
                and not above.prose and low <= above.words <= high
                and above.no >= lines[head].no - 2):
            # a teaser set inside the story, its headline over the label ("... evacuation",
            # "Read more"); the story goes on under it
            marks[head - 1] = marks[head] = TEASER
            continue
        tab = int(head + 2 < len(lines) and head + 1 not in dropped
                  and not lines[head + 1].prose and lines[head + 1].words < low
                  and lines[head + 1].no <= lines[head].no + 2)  # "See Also" / "More" / ...
        last = head + tab
        while (last + 1 < len(lines) and last + 1 not in dropped
               and lines[last + 1].no <= lines[last].no + 2 and not lines[last + 1].prose
               and low <= lines[last + 1].words <= high):
            last += 1
        if last - head - tab >= LISTED_TEASERS_MIN:
            marks.update(dict.fromkeys(range(head, last + 1), RELATED))
        elif tab:
            continue  # (a tab's label over one headline says no more than the label alone)
        elif (last == head + 1 and last + 1 < len(lines) and lines[last + 1].prose
              and lines[last + 1].no == lines[last].no + 1 and last + 1 not in dropped):
            # one headline under the label with the story's paragraph set tight under it
            # ("READ MORE" / "Seagull steals ..." / "Retired postman ... said"): a teaser
            # set inside the story, which goes on
            marks[head] = marks[last] = TEASER
    return marks


def kicker_teasers(lines: Sequence[Line], dropped: dict[int, str]) -> dict[int, str]:
    """Index → TEASER for section kickers set tight over teaser headlines inside the story.

    A kicker ("NFL", "Co.Design") is a short label; the headline under it is no prose and
    has a blank line under it, and paragraphs stand above and below the pair. A page that
    prints one kicker over KICKER_PAIRS such headlines is showing cards: a subhead stands
    alone, and an ad label over one subhead is one pair, not a set.
    """
    pairs: dict[str, list[int]] = {}
    for i in range(1, len(lines) - 2):
        if (not lines[i].prose and lines[i - 1].prose and lines[i + 2].prose
                and i not in dropped and i + 1 not in dropped
                and _kicker_pair(lines[i], lines[i + 1]) and _blank_around(lines, i, i + 1)):
            pairs.setdefault(lines[i].text, []).append(i)
    return {j: TEASER for starts in pairs.values() if len(starts) >= KICKER_PAIRS
            for i in starts for j in (i, i + 1)}


def inline_kicker_teasers(lines: Sequence[Line], dropped: dict[int, str]) -> dict[int, str]:
    """Index → TEASER for the headlines set tight under a box's label or link ("READ MORE
    ON LOVE VILLA") that open on a kicker in capitals ("VILLA SPLIT Ryan and Becca split
    ...", "'SO PROUD' Jade shows off ..."): a tabloid's teasers, where the story's own
    lines under such a label are paragraphs, not kicker-headed headlines."""
    reasons: dict[int, str] = {}
    for head, reason in dropped.items():
        if reason not in TEASER_LABELS:
            continue
        i = head + 1
        # (the first under the label's own blank line, as a heading prints one)
        while (i < len(lines) and i not in dropped and not lines[i].prose
               and lines[i].no - lines[i - 1].no <= (2 if i == head + 1 else 1)
               and _kicker_opens(lines[i].text)):
            reasons[i] = TEASER
            i += 1
    return reasons


def _kicker_opens(text: str) -> bool:
    """True for a headline opening on a kicker in capitals, four capitals at least (no
    "US President ...")."""
    kicker = INLINE_KICKER.match(text)
    return kicker is not None and sum(c.isupper() for c in kicker.group(1)) >= KICKER_CAPITALS


def capital_kicker_boxes(lines: Sequence[Line], dropped: dict[int, str]) -> dict[int, str]:
    """Index → RELATED for a box of teaser cards, each a kicker over its headline ("SCORCHER"
    / "Dec takes baby Isla for a walk ..."), at most a blank line apart, KICKER_BOX or more
    in a row.

    A tabloid's "Most read" box prints its cards so, under a heading the phrase lists may
    not know; most of its kickers are in capitals, which a story's subheads are not.
    """
    marks: dict[int, str] = {}
    i = 0
    while i < len(lines):
        run = _kicker_headline_run(lines, i, dropped)
        capitals = sum(1 for k in run if lines[k].text.isupper())
        if len(run) >= KICKER_BOX and 2 * capitals > len(run):
            marks.update({j: RELATED for k in run for j in (k, k + 1)})
            i = run[-1] + 2
        else:
            i += 1  # a run that starts one line on may pair the lines as they are meant
    return marks


def _kicker_headline_run(lines: Sequence[Line], i: int, dropped: dict[int, str]) -> list[int]:
    """The kickers' indices of the kicker-over-headline cards in a row from line i (a
    headline of CARD_HEADLINE_WORDS or more: a menu's section over its short entries is
    none)."""
    run: list[int] = []
    while (i + 1 < len(lines) and i not in dropped and i + 1 not in dropped
           and _kicker_pair(lines[i], lines[i + 1], tight=False, longest=CAPS_KICKER_WORDS)
           and lines[i + 1].no <= lines[i].no + 2 and lines[i + 1].words >= CARD_HEADLINE_WORDS
           and (not run or lines[i].no <= lines[i - 1].no + 2)):
        run.append(i)
        i += 2
    return run


def _kicker_pair(kicker: Line, head: Line, tight: bool = True,
                 longest: int = KICKER_WORDS) -> bool:
    """True for a short label (`longest` words at most) over a headline-sized line that is
    no prose (right over it, unless not `tight`)."""
    low, high = TEASER_HEADLINE_WORDS
    return (not kicker.prose and 0 < kicker.words <= longest
            and (head.no == kicker.no + 1 or not tight)
            and not head.prose and low <= head.words <= high and not head.text.endswith(":"))


def _blank_around(lines: Sequence[Line], first: int, last: int) -> bool:
    """True when blank lines stand right above line `first` and right under line `last`."""
    above = first == 0 or lines[first - 1].no < lines[first].no - 1
    under = last == len(lines) - 1 or lines[last + 1].no > lines[last].no + 1
    return above and under


def summary_boxes(lines: Sequence[Line], dropped: dict[int, str]) -> dict[int, str]:
    """Index → SUMMARY for the bullet lines under a "Key points" heading.

    The bullets are set tight under their heading (list items have no blank lines between
    them); a blank line, a line a rule names (a share bar), a line longer than a bullet or
    a wire story's dateline ("OSLO (Reuters) - ...") ends the box: the article starts there.
    """
    marks: dict[int, str] = {}
    for head in (i for i, reason in dropped.items() if reason == SUMMARY):
        longest = 0.0
        for i in range(head + 1, min(head + 1 + SUMMARY_MAX_LINES, len(lines))):
            if (lines[i].no > lines[i - 1].no + 1 or i in dropped
                    or lines[i].words > BULLET_MAX_WORDS
                    or metadata.opens_with_dateline(lines[i].text)
                    # on a page with no blank lines, the first paragraph is far longer
                    # than the bullets over it
                    or longest and lines[i].words >= PARAGRAPH_WORDS
                    and lines[i].words > BULLET_GROWTH * longest):
                break
            marks[i] = SUMMARY
            longest = max(longest, lines[i].words)
    return marks


def teaser_runs(lines: Sequence[Line], dropped: dict[int, str]) -> dict[int, str]:
    """Index → TEASER_RUN for the lines of a run of headline + teaser cards.

    A card is a short line that is not prose (a headline) with a one-sentence prose line
    right after it; TEASER_RUN_MIN cards in a row make a related box with no heading the
    phrase lists know. Between two cards may stand a card's labels (a section name, a date)
    or its headline printed twice (the picture's link and the text's). The caller treats
    the run as a closing box (its blurbs not counted as the article's prose), cut only where
    little prose follows.
    """
    marks: dict[int, str] = {}
    i = 0
    while i < len(lines) - 1:
        cards, after = 0, i
        while (head := _next_card(lines, after, dropped, CARD_GAP if cards else 0)) is not None:
            cards, after = cards + 1, head + 2
        if cards >= TEASER_RUN_MIN and not _post_sections(lines, i, after, dropped):
            marks.update(dict.fromkeys(range(i, after), TEASER_RUN))
            i = after
        else:
            i += 1
    return marks


def _post_sections(lines: Sequence[Line], first: int, after: int,
                   dropped: dict[int, str]) -> bool:
    """True when the cards from `first` to `after` go straight on from a paragraph, with
    no heading over them, and a closing paragraph of the post's own, maybe its date line,
    then its tag list follow them. A blog prints its footer under the post's last words, so
    such cards are the post's own sections ("14 Uhr auf dem Hackeschen Markt" over what
    happens there); a box of teasers ends on its last card, and a news page may print its
    date line under one."""
    if first == 0 or not lines[first - 1].prose or first - 1 in dropped:
        return False
    i = after
    if i >= len(lines) or not lines[i].prose or i in dropped:
        return False
    i += 1
    if i < len(lines) and metadata.is_dated(lines[i].text):
        i += 1
    return dropped.get(i) == "tag list"


def ticker_runs(lines: Sequence[Line]) -> dict[int, str]:
    """Index → TEASER_RUN for the lines of a news ticker, from its first stamped headline to
    its last.

    A live blog's entries are stamped too, but each holds its own paragraphs, so its stamped
    lines never touch; a ticker's headlines sit one under another, with now and then an
    entry's paragraph between them. The caller treats the ticker as a closing box.
    """
    headed = {i for i, line in enumerate(lines)
              if line.words <= TICKER_MAX_WORDS and TICKER_HEADLINE.match(line.text)}
    stamps = sorted(headed | {i for i, line in enumerate(lines)
                              if metadata.is_clock_line(line.text)})
    marks: dict[int, str] = {}
    group: list[int] = []
    for i in [*stamps, len(lines) + TICKER_GAP + 1]:  # a sentinel closes the last group
        if group and i - group[-1] > TICKER_GAP:
            tight = sum(b == a + 1 and lines[b].no == lines[a].no + 1 and {a, b} <= headed
                        for a, b in zip(group, group[1:], strict=False))
            if tight >= TICKER_PAIRS:
                marks.update(dict.fromkeys(range(group[0], group[-1] + 1), TEASER_RUN))
            group = []
        group.append(i)
    return marks


def kicker_card_runs(lines: Sequence[Line], dropped: dict[int, str]) -> dict[int, str]:
    """Index → TEASER_RUN for KICKER_CARDS or more cards in a row, each a section kicker, a
    headline and a short blurb, blank lines or not between them ("Film" / "Tarantino,
    from 'Pulp Fiction' to ..." / "The cult director is back ...").

    A subhead over a short paragraph is shaped like a headline over a blurb; the kicker over
    each headline is what an article's subheads do not have. A kicker in capitals may head a
    roundup's sections ("WRESTLING" / "Tri-Valley 42, Maysville 30" / a paragraph): left out.
    """
    marks: dict[int, str] = {}
    i = 0
    while i < len(lines) - 2:
        j = i
        while j < len(lines) - 2 and _kicker_card(lines, j, dropped):
            j += 3
        if (j - i) // 3 >= KICKER_CARDS:
            marks.update(dict.fromkeys(range(i, j), TEASER_RUN))
            i = j
        else:
            i += 1
    return marks


def _kicker_card(lines: Sequence[Line], i: int, dropped: dict[int, str]) -> bool:
    """True for a kicker at i, a headline under it and a short blurb under that."""
    kicker, head, blurb = lines[i], lines[i + 1], lines[i + 2]
    return (not dropped.keys() & {i, i + 1, i + 2} and _kicker_pair(kicker, head, tight=False)
            and not kicker.text.isupper() and not any(c.isdigit() for c in kicker.text)
            and card_shaped(head, blurb) and blurb.prose)


def _next_card(lines: Sequence[Line], i: int, dropped: dict[int, str], gap: int) -> int | None:
    """The headline index of a card at line i or after up to `gap` label lines, or None.

    A dated stamp between two cards ("[2019年11月13日 21:04]") is no label: a live blog
    stamps its entries so too, above or under each, and its entries are no teasers."""
    for j in range(i, min(i + gap + 1, len(lines) - 1)):
        if _teaser_pair(lines, j, dropped):
            return j
        if not (j in dropped or (not lines[j].prose and lines[j].words <= LABEL_WORDS)):
            return None
    return None


def _teaser_pair(lines: Sequence[Line], i: int, dropped: dict[int, str]) -> bool:
    """True for a headline line at i and a teaser right under it: one sentence, or two with
    a "Read more" button under them, or a columnist's card (see _column_card)."""
    if i + 1 >= len(lines) or i + 1 in dropped or dropped.get(i, DOUBLED) != DOUBLED:
        return False
    if i in dropped and doubled_caption(lines, i):
        return False  # a photo's caption printed twice, with the story going on under it
    head, blurb = lines[i], lines[i + 1]
    if _column_card(lines, i):
        return True
    # a blurb of two sentences is a card's too when a "Read more" button closes it
    button = i + 2 < len(lines) and CARD_BUTTON.match(lines[i + 2].text) is not None
    return (card_shaped(head, blurb) and not head.text.endswith(":") and blurb.prose
            and (INNER_SENTENCE.search(blurb.text) is None or button))


def _column_card(lines: Sequence[Line], i: int) -> bool:
    """True for a columnist's card at line i: the writer's name over it, a headline that
    reads as a sentence ("Congress will miss another deadline. Nobody seems to mind."),
    and an excerpt of the column right under it (a heading's blank line between)."""
    if i == 0 or i + 1 >= len(lines):
        return False
    name, head, excerpt = lines[i - 1], lines[i], lines[i + 1]
    low, high = TEASER_HEADLINE_WORDS
    # the layout first: teaser_runs asks this of every line, and few have it
    return (name.no + 1 == head.no and excerpt.no - head.no <= 2 and excerpt.prose
            and not name.prose and low <= head.words <= high
            and excerpt.words <= EXCERPT_MAX_WORDS and metadata.known_name(name.text))


# An interview's question opens on a dash or a "Q": its answer under it is no teaser's blurb
QUESTION_MARKS = ("―", "—", "Q.", "Q:", "Q：")


def card_shaped(head: Line, blurb: Line, longest: int = TEASER_MAX_WORDS) -> bool:
    """True for a headline-sized line over a blurb short enough for a teaser card, or cut
    off as an excerpt is ("... ins Bodenlose zu […]": a blog's excerpt runs to 55 words).
    `longest` lets a caller that knows the cards run on take longer blurbs. A stamp to the
    minute ("12 March 2024, 14:52") heads a live blog's entry, not a card, and a question
    ("― 가장 기억에 남는 주문은.") an interview's answer."""
    low, high = TEASER_HEADLINE_WORDS
    return (not head.prose and not head.table_row and low <= head.words <= high
            and (blurb.words <= longest or blurb.words <= EXCERPT_MAX_WORDS
                 and blurb.text.rstrip().endswith(EXCERPT_ENDS))
            and not metadata.is_time_stamp(head.text)
            and not head.text.startswith(QUESTION_MARKS))


def _opens_article(text: str) -> bool:
    """True for a byline ("By Ann Lee"): the article's header, after which no box goes on."""
    return metadata.byline_author(text) is not None


def thread_reasons(lines: Sequence[Line], dropped: dict[int, str]) -> dict[int, str]:
    """Index → reason for a reader-comment thread found by its shape, not a heading.

    Comments end in an action row ("Reply"); two such rows a comment apart make a thread.
    The thread starts at the first comment's header (a name over "3 hours ago" or "Ann
    says:"), or at its action row when no header can be told from the article above.
    """
    reasons = (stamped_thread_reasons(lines) | signed_thread_reasons(lines, dropped)
               | headed_thread_reasons(lines))
    rows = [i for i, line in enumerate(lines) if _reply_row(line)]
    pairs = [(a, b) for a, b in zip(rows, rows[1:], strict=False)
             if b - a <= THREAD_GAP and any(lines[j].prose for j in range(a + 1, b))]
    if not pairs:
        return reasons
    first = pairs[0][0]
    reasons.update(dict.fromkeys((i for i in rows if i >= first), COMMENTS))
    reasons[_comment_start(lines, first, dropped)] = COMMENTS
    return reasons


def stamped_thread_reasons(lines: Sequence[Line]) -> dict[int, str]:
    """Index → reason for the name and stamp lines of comments set one under another.

    Headers (name, stamp, prose) at most THREAD_GAP lines apart form a run; a run of
    STAMPED_THREAD_MIN or more is a thread. Every header is marked: the first may be the
    article's own byline, which the comments cut passes over (much prose follows it).
    """
    heads = [i for i in range(1, len(lines) - 1) if _comment_header(lines, i)]
    reasons: dict[int, str] = {}
    run: list[int] = []
    for i in heads + [len(lines) + THREAD_GAP + 1]:
        if run and i - run[-1] > THREAD_GAP:
            if len(run) >= STAMPED_THREAD_MIN and 2 * _bare_stamps(lines, run) < len(run):
                for j in run:
                    reasons[j] = COMMENTS
                    if not lines[j - 1].prose:  # the name line (none over "Ed Lee 1 year")
                        reasons[j - 1] = COMMENTS
            run = []
        run.append(i)
    return reasons


def _bare_stamps(lines: Sequence[Line], run: Sequence[int]) -> int:
    """Time stamps straight under prose between a run's first and last header.

    A live blog stamps each entry under the last one's text; the stamps that happen to sit
    under a short line (a share button, a quote's attribution) pass for comment headers with
    a name above them. A thread's stamps all sit under their commenters' names, so half as
    many bare stamps as headers make the run a live blog.
    """
    return sum(1 for j in range(run[0] + 1, run[-1])
               if lines[j - 1].prose and metadata.is_entry_stamp(lines[j].text))


def headed_thread_reasons(lines: Sequence[Line]) -> dict[int, str]:
    """Index → reason for comments each headed by one dated line that ends in "Reply".

    Such a header opens its comment, so the thread starts at the first header: no prose
    above it is taken. Two headers at most THREAD_GAP lines apart, prose under each, make a
    thread; one alone may be a dated line of the article.
    """
    heads = [i for i in range(len(lines) - 1) if _headed_reply(lines, i)]
    reasons: dict[int, str] = {}
    for a, b in zip(heads, heads[1:], strict=False):
        if b - a <= THREAD_GAP:
            reasons[a] = reasons[b] = COMMENTS
    return reasons


def _headed_reply(lines: Sequence[Line], i: int) -> bool:
    """True for a comment's one-line header: a date, then its reply button, over prose."""
    text = lines[i].text
    return (not lines[i].prose and lines[i + 1].prose and HEADED_REPLY.match(text) is not None
            and metadata.find_date(text) is not None)


def signed_thread_reasons(lines: Sequence[Line], dropped: dict[int, str]) -> dict[int, str]:
    """Index → reason for comments signed under their text ("Posted by: Ann, 27 Sep 2011").

    One such line may be the article's own byline; STAMPED_THREAD_MIN of them, each under
    prose and at most THREAD_GAP lines apart, are a thread, cut from its first comment's
    heading on. A live blog signs each entry over its text, so prose under the last one
    tells it apart.
    """
    signed = [i for i in range(1, len(lines)) if _signature(lines, i)]
    reasons: dict[int, str] = {}
    run: list[int] = []
    for i in signed + [len(lines) + THREAD_GAP + 1]:
        if run and i - run[-1] > THREAD_GAP:
            last = run[-1] + 1
            closed = last >= len(lines) or not lines[last].prose or last in dropped
            if len(run) >= STAMPED_THREAD_MIN and closed:
                reasons.update(dict.fromkeys(run, COMMENTS))
                reasons[_signed_start(lines, run[0], dropped)] = COMMENTS
            run = []
        run.append(i)
    return reasons


def _signed_start(lines: Sequence[Line], signature: int, dropped: dict[int, str]) -> int:
    """Index of the first line of the comment signed at `signature` (or `signature` itself).

    Its text and the short line over it (a title, the comments heading) are taken only when
    no prose is right above that line: the article's last subhead and paragraph would be.
    """
    i = signature - 1
    prose = 0
    while i >= 0 and lines[i].prose and i not in dropped and prose < COMMENT_PROSE_LINES:
        i, prose = i - 1, prose + 1
    if i in dropped:
        return i + 1
    if i > 0 and not lines[i].prose and (i - 1 in dropped or not lines[i - 1].prose):
        return i
    return signature


def _signature(lines: Sequence[Line], i: int) -> bool:
    """True when line i signs the prose above it: "Posted by: Ann Lee, 27 Sep 2011 | 15:22"."""
    text = lines[i].text
    return (not lines[i].prose and lines[i - 1].prose and SIGNED.match(text) is not None
            and metadata.is_date_line(text))


def _comment_header(lines: Sequence[Line], i: int) -> bool:
    """True when line i is a comment's stamp: a name line above it, prose below; or the
    name and the stamp on one line ("Ed Lee 1 year"), prose within a greeting under it."""
    text = lines[i].text
    if lines[i].prose:
        return False
    stamp = COMMENT_STAMP.search(text)
    if _named_stamp(text, stamp) or _dashed_stamp(text) or _day_stamp(text):
        # a salutation ("Hi Ann,") may come before the prose
        return any(line.prose for line in lines[i + 1:i + 1 + SALUTATION_LINES + 1])
    if lines[i - 1].prose or not lines[i + 1].prose:
        return False
    dated = stamp is not None or (
        metadata.CLOCK.search(text) is not None and metadata.is_date_line(text))
    above = lines[i - 1].text
    return dated and (_commenter(above) or SAYS_LINE.match(above) is not None)


def _named_stamp(text: str, stamp: re.Match[str] | None) -> bool:
    """True for a comment header holding both name and stamp ("Ed Lee (@edlee) 1 year"),
    maybe with the commenter's town and country between ("Jo B, Leeds, United Kingdom, 1
    hour ago")."""
    if stamp is None or stamp.start() == 0:
        return False
    name = HANDLE_NOTE.sub("", text[:stamp.start()]).strip(" ·|-–—")
    if _commenter(name):
        return True
    # (a court round-up's "Mark Jones, 32, Leeds, 4 years" has an age and a sentence, no
    # "ago"; a commenter's town and country are capitalised words)
    parts = [part.strip() for part in STAMP_COUNT.sub("", name).rstrip(",").split(",")]
    return (1 < len(parts) <= PLACE_PARTS + 1 and _commenter(parts[0])
            and AGE_STAMP.search(stamp.group()) is not None
            and all(PLACE_NAME.fullmatch(part) for part in parts[1:]))


def _dashed_stamp(text: str) -> bool:
    """True for a handle and a stamp to the minute set apart by a dash ("Jo - 16.08.2015
    10:16"): a comment's header, which a thread prints over every comment."""
    parts = DASHED_STAMP.match(text)
    return _handled(parts) and metadata.is_entry_stamp(parts.group("stamp"))


def _day_stamp(text: str) -> bool:
    """True for a handle then "today" or "yesterday" and a clock time ("徐小明今天 12:07:50"):
    the header a live stream or a thread prints over each post."""
    # the minutes' colon first: few lines end in a clock time, and the pattern is slow
    return text[-3:-2] == ":" and _handled(DAY_STAMP.match(text))


def _handled(parts: re.Match[str] | None) -> TypeGuard[re.Match[str]]:
    """True when a stamp's match opens on a handle: a few words, no date."""
    return (parts is not None and len(parts.group("name").split()) <= HANDLE_WORDS
            and not metadata.is_date_line(parts.group("name")))


def _commenter(text: str) -> bool:
    """True for a commenter's name: a personal name or a one-word handle ("GreyHeron77")."""
    return metadata.looks_like_name(text) or (
        metadata.HANDLE.match(text) is not None and text.lower() not in metadata.NOT_HANDLE)


def comment_action_row(line: Line) -> bool:
    """True for a comment's action row even without a reply button: only action words and
    counts, one of them an action on a comment ("Report", "Flag", "Like", "Upvote"); a
    share button alone is the article's too."""
    return (not line.prose and ACTION_LINE.match(line.text) is not None
            and COMMENT_ACTION.search(line.text) is not None)


def _reply_row(line: Line) -> bool:
    """True for a comment's action row: only action words and counts, one of them "Reply"."""
    return comment_action_row(line) and REPLY_WORD.search(line.text) is not None


def _comment_start(lines: Sequence[Line], row: int, dropped: dict[int, str]) -> int:
    """Index of the header of the comment whose action row is `row` (or `row` itself)."""
    i = row - 1
    # Blogger prints a comment's date under its text, over the action row
    while i > row - 1 - FOOTER_STAMP_LINES and not lines[i].prose and metadata.is_dated(
            lines[i].text):
        i -= 1
    prose = 0
    while i >= 0 and lines[i].prose and i not in dropped and prose < COMMENT_PROSE_LINES:
        i, prose = i - 1, prose + 1
    header: list[int] = []  # the short lines right above the comment's prose, nearest first
    for j in range(i, max(-1, i - COMMENT_HEADER_LINES), -1):
        if lines[j].prose or lines[j].table_row:
            break
        header.append(j)
    if prose and any(COMMENT_STAMP.search(lines[j].text) or metadata.is_date_line(lines[j].text)
                     for j in header):
        return header[-1]
    return row
