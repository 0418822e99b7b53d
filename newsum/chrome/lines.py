"""One line of a page dump and its features: words, spacing, and whether it reads as prose."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

# A word: `\w` stops at combining marks, which Indic, Thai, Burmese and Khmer words are full
# of ("विज्ञापन" would be four words), so their letters and marks count whole (their stops,
# such as the danda, stay out).
WORD = re.compile(r"[\w\u0300-\u036f\u0900-\u0963\u0966-\u0dff\u0e01-\u0e2e\u0e30-\u0e4e"
                  r"\u0e50-\u0e59\u0e81-\u0eff\u1000-\u1049\u104c-\u109f\u1780-\u17d3"
                  r"\u17dc-\u17ff]+")
# Chinese/Japanese script has no spaces, so `\w+` sees a whole clause as one word.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
CJK_CHARS_PER_WORD = 2
# Thai, Lao, Burmese and Khmer have no spaces between words either.
SPACELESS = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
SPACELESS_CHARS_PER_WORD = 5
# A sentence ends in . ! ? … (or the CJK forms, the Devanagari danda, the Arabic and Urdu
# question mark and full stop, the Armenian, Ethiopic and Burmese full stops) or a colon,
# maybe inside closing quotes or brackets: German and Czech close a quote with “ or ‘
# („…“, ‚…‘) or with « (»…«), Chinese with ） or 》.
# German and Indonesian papers sign a story's last paragraph with the writer's or agency's
# short name in brackets after the full stop ("... voraus. (bsc)", "... disse. (AFP/Lusa)"):
# still a sentence end. (A bracket with spaces is left out: on dev pages set without blank
# lines it let captions and labels read as prose.) A blogger may close on an emoji after
# the full stop ("... I read every answer. 🌱"): still a sentence end.
SENTENCE_END = re.compile(
    r"[.!?…。！？:।॥؟۔։።။][\"'”’»“‘«)\]」』）》】]*(\s?\([\w/.,&-]{1,20}\))?"
    r"(\s?[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]{1,6})?$")
SEPARATOR = re.compile(r"[|•·»,;/]")
# An embedded post's credit line, which the benchmark's bodies keep as the story's own: a
# tweet's "— Ann Lee (@annlee) March 3, 2025", an Instagram post's "A post shared by Ann Lee
# (@annlee) on Nov 20, 2019 at ..." (in twelve languages, the name first in Turkish,
# Japanese and Korean), a Facebook post's "Posted by Island Water on Tuesday, January 21, 2020" (a
# blog's byline gives no weekday).
EMBED_CREDIT = re.compile(
    r"^[—–-]\s?[^()]{1,60}\(@\w{1,30}\)\s.{0,30}\d{4}$"
    r"|^posted by [^()]{2,60} on (monday|tuesday|wednesday|thursday|friday|saturday|sunday), "
    r"(\w{3,9} \d{1,2}|\d{1,2} \w{3,9}),? \d{4}$"
    r"|^(a (post|photo|video) shared by|uma publicação compartilhada (por|de)|una publicación "
    r"compartida (por|de)|une publication partagée par|ein beitrag geteilt von|un post "
    r"condiviso da|een bericht gedeeld door|post udostępniony przez|публикация от)\s[^()]{1,60}"
    r"\(@[\w.]{1,30}\).{0,60}$"
    # (or the name first: "Ayşe (@ayse) tarafından paylaşılan bir gönderi", "…がシェアした投稿")
    r"|^[^()]{1,60}\(@[\w.]{1,30}\)\s?(tarafından paylaşılan bir gönderi|(さん)?がシェアした投稿|"
    r"님의 공유 게시물).{0,60}$", re.IGNORECASE)

# A line of verse ends on punctuation (maybe inside closing quotes); a comma or semicolon there
# runs the sentence on to the next line.
# (and the CJK forms: a Chinese phrase per line runs on over "，" and "、")
VERSE_END = re.compile(r"[.,;:!?…，。！？、；：][\"'”’»“‘«)」』）]*$")
RUN_ON = re.compile(r"[,;，、；][\"'”’»“‘«)」』）]*$")
STANZA_LINES = (2, 12)  # lines of a stanza
STANZAS_MIN = 3  # stanzas in a row that make a poem ...
VERSE_LINES = 3  # ... one of them this many lines long at least
VERSE_WORDS = (2, 14)  # words of a line of verse
VERSE_BLOCK_LINES = 8  # lines of a poem printed as one block, no blank line in it
VERSE_RUN_ON_SHARE = 4  # ... a sentence runs on over one line in this many at least
PHRASE_RUN = 10  # one-line CJK paragraphs in a row that make a blogger's phrase-per-line post
PHRASE_WORDS = 8  # ... each this long at least (16 characters)

# Thresholds: all tuned on the dev split of chrome-dumps (bench/chrome.py --split dev).
PROSE_MIN_WORDS = 8  # a line ending like a sentence with at least this many words is prose
LONG_LINE_WORDS = 25  # a line this long is prose whatever its ending (unless a keyword list)
KEYWORD_SEPARATOR_SHARE = 0.2  # separators per word above which a long unended line is a list
KEYWORD_CAPITAL_SHARE = 0.7  # capitalised-word share above which it is a run of names/links
SPACED_TOKEN_SHARE = 0.5  # space-parted tokens per word under which a line is not spaced words

# Reasons that more than one stage names.
COMMENTS = "comments section"
COMMENTS_PROMPT = "comments prompt"  # a comment form's lines and "Leave a comment" buttons
RELATED = "related section"
RELATED_LINKS = "related links"  # a link line to another story ("Related: ...", "» ...")
TEASER = "related teaser"  # one teaser's label and headline inside the article
BOX_HEADS = frozenset({RELATED, TEASER})  # the reasons of a box's heading or label
RECURRING = "recurring in batch"
DOUBLED = "doubled line"
PULL_QUOTE = "pull quote"
LINK_LIST = "link list"
ADVERT = "advertisement"
CAPTION = "photo caption"
VIDEO_PLAYER = "video player"
SLIDE = "gallery slide"  # a gallery's slide set inside the story (its title, heading, text)
SHARE_PROMPT = "share prompt"  # a share bar's lines
SUBSCRIPTION = "subscription prompt"  # a newsletter box's lines
# ... and the lines of a sign-up form ("Sign up for free" is a login prompt's)
SIGN_UP_REASONS = frozenset({SUBSCRIPTION, "login prompt"})


@dataclass(frozen=True)
class Line:
    """One non-blank input line with the features the scorer uses."""

    no: int  # 1-based line number in the input
    text: str
    words: float  # word count; CJK characters count as half a word each
    spaced: bool = True  # blank lines before and after, as around a paragraph in a page copy
    prose: bool = False  # reads like a paragraph of running text (see is_prose)

    @property
    def table_row(self) -> bool:
        """True for a row of a table (page copies join cells with a tab)."""
        return "\t" in self.text


def is_prose(text: str, words: float) -> bool:
    """True when a line reads like running text: a sentence, or long and not a keyword list.

    A long line without a sentence ending is still prose unless it is a run of tags or
    links: separators ("|", "•", commas) every few words, or mostly capitalised words.
    """
    if words >= PROSE_MIN_WORDS and SENTENCE_END.search(text):
        return True
    return words >= LONG_LINE_WORDS and not _keyword_list(text, words)


def unspaced(text: str, tokens: Sequence[str], words: float) -> bool:
    """True for a line in a script that sets no spaces between words (Chinese, Japanese,
    Thai) whose few spaces part only the Latin names in it."""
    return len(tokens) < SPACED_TOKEN_SHARE * words and (
        CJK.search(text) is not None or SPACELESS.search(text) is not None)


def _keyword_list(text: str, words: float) -> bool:
    """True for a long line of tags, menu entries or links rather than a sentence."""
    separators = len(SEPARATOR.findall(text))
    tokens = text.split()
    if unspaced(text, tokens, words):
        # Chinese or Thai with a few Latin names in it ("FreeCell Quest是一款…Legend Studio出品"):
        # its spaces part only the names, whose capitals say nothing of a list
        return separators > KEYWORD_SEPARATOR_SHARE * words
    capitals = sum(1 for token in tokens if token[:1].isupper())
    return (separators > KEYWORD_SEPARATOR_SHARE * words
            or capitals > KEYWORD_CAPITAL_SHARE * len(tokens))


def embed_credit(text: str) -> bool:
    """True for an embedded post's credit line (see EMBED_CREDIT)."""
    return (("(@" in text or text[:9] in ("Posted by", "posted by", "POSTED BY"))
            and EMBED_CREDIT.match(text) is not None)


def beside_post(lines: Sequence[Line], i: int) -> bool:
    """True for an embedded post's credit line, the post's text right over it or the
    paragraph right under it: the story's own, however they look."""
    return any(0 <= j < len(lines) and embed_credit(lines[j].text) for j in (i - 1, i, i + 1))


def repeat_unit(text: str, copies: int) -> str | None:
    """The words a line prints `copies` times over ("Sponsored Links Sponsored Links" →
    "Sponsored Links"), or None."""
    words = text.split()
    size, rest = divmod(len(words), copies)
    return " ".join(words[:size]) if size and not rest and words == words[:size] * copies else None


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of a text with their numbers and word counts."""
    raws = text.splitlines()
    blank = [not raw or raw.isspace() for raw in raws] + [True]  # one look-up per neighbour
    lines = []
    for no, raw in enumerate(raws, start=1):
        if blank[no - 1]:
            continue
        stripped = _collapse(raw)
        spaced = blank[no] and (no == 1 or blank[no - 2])
        words = word_count(stripped)
        lines.append(Line(no, stripped, words, spaced, is_prose(stripped, words)))
    return with_verse(lines)


def with_verse(lines: list[Line]) -> list[Line]:
    """The lines with those of a poem's stanzas (and a blogger's phrase paragraphs, see
    _phrase_paragraphs) marked as prose.

    A poem, a prayer or a greeting set in verse breaks its sentences over short lines
    (<br> in a <p>), so no line of it reads as prose and a box of teaser blurbs outweighs
    it. Its stanzas are groups of tight lines between blank lines, each line short and most
    ending in punctuation, the last a full stop; STANZAS_MIN of them stand in a row, one
    of VERSE_LINES lines or more (or two, both that long), and a sentence runs on over the
    lines of one of them (a line ending in a comma, or one opening in lower case). A menu's
    lines end in no punctuation, and a footer's or a form's boxes ("Thanks for reading, /
    see you tomorrow.") hold two lines each.
    """
    groups = _line_groups(lines)
    shaped = [_stanza(lines[first:last + 1]) for first, last in groups]
    out = list(lines)
    # a poem set in one block, no blank line between its stanzas, or with a paragraph to
    # each line
    spans = [*groups, *(_verse_ends(lines, first, last)
                        for first, last in _single_line_runs(lines, groups, _verse_length))]
    for first, last in spans:
        if _verse_block(lines[first:last + 1]):
            for i in range(first, last + 1):
                out[i] = replace(out[i], prose=True)
    for first, last in _phrase_paragraphs(lines, groups):
        for i in range(first, last + 1):
            out[i] = replace(out[i], prose=True)
    k = 0
    while k < len(groups):
        end = k
        while end < len(groups) and shaped[end]:
            end += 1  # groups[k:end] is a row of stanzas, each right under the one before
        row = groups[k:end]
        long_ones = sum(1 for first, last in row if last - first + 1 >= VERSE_LINES)
        if ((len(row) >= STANZAS_MIN and long_ones or len(row) >= 2 and long_ones >= 2)
                and any(_runs_on(lines[first:last + 1]) for first, last in row)):
            for first, last in row:
                for i in range(first, last + 1):
                    if not out[i].prose:
                        out[i] = replace(out[i], prose=True)
        k = end + 1 if end == k else end
    return out


def _single_line_runs(lines: Sequence[Line], groups: Sequence[tuple[int, int]],
                      fits: Callable[[Line], bool]) -> list[tuple[int, int]]:
    """(first, last) index of each run of one-line paragraphs, one blank line apart, that
    each `fits`."""
    runs: list[tuple[int, int]] = []
    for first, last in groups:
        if first != last or not fits(lines[first]):
            continue
        if runs and runs[-1][1] == first - 1 and lines[first].no == lines[first - 1].no + 2:
            runs[-1] = (runs[-1][0], first)
        else:
            runs.append((first, first))
    return runs


def _verse_length(line: Line) -> bool:
    """True for a line of a verse's length: a poem's line, or a Chinese post's phrase given
    a paragraph of its own ("下周一，" / "京沪高速施工就将进入第二阶段，")."""
    return VERSE_WORDS[0] <= line.words <= VERSE_WORDS[1]


def _phrase_paragraphs(lines: Sequence[Line], groups: Sequence[tuple[int, int]]
                       ) -> list[tuple[int, int]]:
    """(first, last) index of each run of PHRASE_RUN or more one-line paragraphs, one blank
    line apart, in Chinese or Japanese, each PHRASE_WORDS long or more and no list of
    links: a blogger who parts a sentence's phrases with spaces and ends none of them with
    a stop ("入冬以來第一波寒流報到 山上的楓葉一夜之間全都染成了紅色")."""
    def phrase(line: Line) -> bool:
        return (not line.prose and line.words >= PHRASE_WORDS
                and CJK.search(line.text) is not None and SEPARATOR.search(line.text) is None)

    return [(first, last) for first, last in _single_line_runs(lines, groups, phrase)
            if last - first + 1 >= PHRASE_RUN]


def _verse_ends(lines: Sequence[Line], first: int, last: int) -> tuple[int, int]:
    """The run without the labels at its edges: a poem's first line ends in punctuation,
    and its last two do, the last a sentence's end ("Share this", a title over the poem,
    "Related messages" and "You may also like..." under it are no verse)."""
    while first < last and not VERSE_END.search(lines[first].text):
        first += 1
    while last > first and not (SENTENCE_END.search(lines[last].text)
                                and VERSE_END.search(lines[last - 1].text)):
        last -= 1
    return first, last


def _line_groups(lines: Sequence[Line]) -> list[tuple[int, int]]:
    """(first, last) index of each run of lines with no blank line between them."""
    groups, first = [], 0
    for i in range(1, len(lines) + 1):
        if i == len(lines) or lines[i].no != lines[i - 1].no + 1:
            groups.append((first, i - 1))
            first = i
    return groups


def _stanza(group: Sequence[Line]) -> bool:
    """True for a group of lines shaped as a stanza (see with_verse)."""
    n = len(group)
    return (STANZA_LINES[0] <= n <= STANZA_LINES[1]
            and all(VERSE_WORDS[0] <= line.words <= VERSE_WORDS[1] and not line.table_row
                    for line in group)
            and sum(1 for line in group if VERSE_END.search(line.text)) >= n - n // 3
            and SENTENCE_END.search(group[-1].text) is not None
            and not group[-1].text.endswith(":"))


def _verse_block(group: Sequence[Line]) -> bool:
    """True for a poem (a message, a prayer) printed as one block of short lines: at least
    VERSE_BLOCK_LINES lines, each of a verse's length, nearly all ending in punctuation, the
    last a sentence's end, and a sentence running on over a line in every few of them. A
    box of teasers has headlines with no stop, or one-sentence blurbs that run on over no
    line."""
    n = len(group)
    if n < VERSE_BLOCK_LINES or not all(
            VERSE_WORDS[0] <= line.words <= VERSE_WORDS[1] and not line.table_row
            for line in group):
        return False
    ended = sum(1 for line in group if VERSE_END.search(line.text))
    run_on = sum(1 for line in group if RUN_ON.search(line.text) or line.text[:1].islower())
    return (ended >= n - n // 4 and run_on * VERSE_RUN_ON_SHARE >= n
            and SENTENCE_END.search(group[-1].text) is not None)


def _runs_on(group: Sequence[Line]) -> bool:
    """True when a sentence runs on over a group's lines: a comma at a line's end, or a
    line opening in lower case."""
    return any(RUN_ON.search(line.text) or line.text[:1].islower() for line in group)


def _collapse(raw: str) -> str:
    """A line with its runs of whitespace made single spaces, table tabs kept."""
    if "\t" not in raw:
        return " ".join(raw.split())
    return "\t".join(" ".join(cell.split()) for cell in raw.strip().split("\t"))


def word_count(line: str) -> float:
    """Words in a line, counting CJK characters as half a word and Thai-like ones a fifth."""
    if line.isascii():  # a fast C check: most lines need no script counting
        return len(WORD.findall(line))
    cjk, spaceless = len(CJK.findall(line)), len(SPACELESS.findall(line))
    return (len(WORD.findall(line)) + cjk / CJK_CHARS_PER_WORD
            + spaceless / SPACELESS_CHARS_PER_WORD)

