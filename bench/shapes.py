"""Chrome removal on dev pages reshaped into layouts the dev split rarely shows.

Usage:
  python bench/shapes.py [--split dev] [--shape NAME] [--worst N]

Each shape rewrites a chrome-dumps page and, where it cuts the story, its true body: the
story cut to two paragraphs, set as a live blog (a time stamp over every second paragraph),
followed by a comment thread, a publisher's blurb, an unlabelled bio, teaser cards with no
heading or an affiliate box, broken by ads, newsletter boxes or a box over its last two
paragraphs, given a subhead every third paragraph, printed without blank lines or twice,
or replaced by a list. The chrome the shapes add was written for this script. Every page
whose body can be found in its dump is used; the metric is bench/chrome.py's. A shape's F1
far under the unreshaped pages' names a layout the rules have not met.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence

from chrome import DATA, PageScore, page_f1, score_page, summarise

from newsum.chrome import strip_chrome

# A page's raw lines and its body's non-blank lines (whitespace collapsed), in, and the
# reshaped page and its truth out; None when the page does not suit the shape.
Reshaped = tuple[str, str] | None
Shape = Callable[[list[str], list[str]], Reshaped]

NAV = ["Home", "News", "Local", "Sport", "Business", "Opinion", "Culture", "Weather", "Travel",
       "Jobs", "Motors", "Property", "Puzzles", "Obituaries", "Letters", "Podcasts"]
BIO = [
    "Marta Velin spent twelve years reporting from river towns across the north before "
    "joining the paper, and she still keeps a notebook of every ferry timetable she has used.",
    "Before that she worked as a sub-editor on a weekly farming title and taught evening "
    "classes in shorthand to anyone who would sit still long enough to learn it.",
]
PUBLISHER = [
    "The Harrowgate Ledger is an independent newsroom founded in 1962 by a group of printers "
    "who believed that every valley town deserved a paper of its own.",
    "Today our small team of reporters, photographers and editors covers local politics, "
    "courts, schools and sport across the county, and we answer to nobody but our readers.",
]
TEASERS = [
    ("Council delays vote on new harbour wall",
     "Members want more time to study the flood figures before they commit the budget."),
    ("Village bakery wins regional award",
     "The family-run shop beat forty rivals with a rye loaf that takes three days to prove."),
    ("Rail line reopens after winter repairs",
     "Commuters can expect the first trains on the restored track from early next month."),
    ("School choir heads to national final",
     "Thirty pupils will sing in front of judges for the first time since the contest began."),
]
COMMENTS = [
    ("GreyHeron77", "2 hours ago", "I have lived here for forty years and I have never seen "
     "the council move this slowly on anything that matters to ordinary people."),
    ("Pat Mallory", "3 hours ago", "Everyone keeps blaming the weather, but nobody has "
     "maintained the drains since the last big flood and we all know it."),
    ("northern_lass", "5 hours ago", "My neighbour wrote to them twice last spring and never "
     "got a reply, so forgive me if I do not believe a word of this latest promise."),
    ("Dave K", "6 hours ago", "Interesting article, though I would have liked to hear from "
     "some of the shop owners on the high street who have been affected by all of this."),
]
NEWSLETTER = [
    "Sign up for our weekday briefing and never miss the stories that shape your town.",
    "Join thousands of readers who start their day with our morning email, it takes a minute.",
]
ADS = ["ADVERTISEMENT", "Sponsored", "Advertisement", "Continue reading below"]
SLIDES = [("Photo: Marta Velin / Harrowgate Ledger", "Crowds gather on the quay at dawn"),
          ("Photo: Tom Ashby / Harrowgate Ledger", "The old terminal seen from the water"),
          ("Photo: Marta Velin / Harrowgate Ledger", "A ferry leaves the harbour in heavy rain"),
          ("Photo: Harrowgate Ledger archive", "Workers repair the damaged pier")]
SHOP = ["Our pick: the Harbour Kettle", "Price: £29.99", "Buy now at Island Shop"]
SUBHEADS = ["A long wait for the island", "What the council decided", "Money from the mainland",
            "Fares and timetables", "What happens next"]
LIST_TITLE = "Eight rules for a safe coastal walk"
LIST_ITEMS = ["Pack a spare pair of socks", "Check the tide tables before you set off",
              "Carry a paper map as well as your phone", "Tell someone where you are going",
              "Take more water than you think you need", "Start early to beat the heat",
              "Wear boots that are already broken in", "Bring a small first-aid kit"]
ENTRY_MIN_WORDS = 12  # a body line this long is a paragraph a live blog's stamp may head
SHORT_PARAGRAPHS = 2  # paragraphs kept of a story cut short


def collapse(line: str) -> str:
    """A line with its whitespace runs made single spaces."""
    return " ".join(line.split())


def body_span(raw: list[str], body: list[str]) -> tuple[int, int] | None:
    """(first, last) raw line index of the body's first and last lines, or None."""
    lines = [collapse(line) for line in raw]
    if not body or body[0] not in lines:
        return None
    first = lines.index(body[0])
    last = next((k for k in range(len(lines) - 1, first - 1, -1) if lines[k] == body[-1]), None)
    return None if last is None else (first, last)


def spaced(paragraphs: Sequence[str]) -> list[str]:
    """Paragraphs each followed by a blank line, as a page copy prints <p> elements."""
    return [line for paragraph in paragraphs for line in (paragraph, "")]


def after_body(raw: list[str], body: list[str], block: list[str]) -> Reshaped:
    """The page with `block` printed right under the story."""
    span = body_span(raw, body)
    if span is None:
        return None
    return "\n".join(raw[: span[1] + 1] + [""] + block + raw[span[1] + 1:]), "\n\n".join(body)


def before_body(raw: list[str], body: list[str], block: list[str]) -> Reshaped:
    """The page with `block` printed right over the story."""
    span = body_span(raw, body)
    if span is None:
        return None
    return "\n".join(raw[: span[0]] + block + raw[span[0]:]), "\n\n".join(body)


def cut_short(raw: list[str], body: list[str], keep: int = SHORT_PARAGRAPHS
              ) -> tuple[list[str], list[str], int] | None:
    """(page lines, body lines, index under the kept story) with the story cut to its first
    `keep` paragraphs, or None when it has no more than that."""
    span = body_span(raw, body)
    if span is None or len(body) <= keep:
        return None
    k, seen = span[0], 0
    while k <= span[1] and seen < keep:
        seen += collapse(raw[k]) == body[seen]
        k += 1
    if seen < keep:
        return None
    return raw[:k] + raw[span[1] + 1:], body[:keep], k


def short(raw: list[str], body: list[str]) -> Reshaped:
    """The story cut to two paragraphs, the page around it unchanged."""
    cut = cut_short(raw, body)
    return None if cut is None else ("\n".join(cut[0]), "\n\n".join(cut[1]))


def short_comments(raw: list[str], body: list[str]) -> Reshaped:
    """A two-paragraph story with a comment thread under it."""
    cut = cut_short(raw, body)
    if cut is None:
        return None
    lines, kept, k = cut
    thread = ["", "Reader views", ""]
    for name, stamp, text in COMMENTS:
        thread += [name, stamp, "", text, ""]
    return "\n".join(lines[:k] + thread + lines[k:]), "\n\n".join(kept)


def live_blog(stamp: Callable[[int], str], every: int = 2) -> Shape:
    """The story set as a live blog: a time stamp line over every `every`-th paragraph."""
    def reshape(raw: list[str], body: list[str]) -> Reshaped:
        span = body_span(raw, body)
        if span is None:
            return None
        wanted, out, entries, paragraphs = set(body), raw[: span[0]], 0, 0
        for line in raw[span[0]: span[1] + 1]:
            text = collapse(line)
            if text in wanted and len(text.split()) >= ENTRY_MIN_WORDS:
                if paragraphs % every == 0:
                    out.append(stamp(entries))
                    entries += 1
                paragraphs += 1
            out.append(line)
        return "\n".join(out + raw[span[1] + 1:]), "\n\n".join(body)
    return reshape


def clock(entry: int) -> str:
    """A live blog's clock stamp, counting back seven minutes an entry ("14:59")."""
    minutes = 14 * 60 + 59 - 7 * entry
    return f"{minutes // 60}:{minutes % 60:02d}"


def dated_clock(entry: int) -> str:
    """A live blog's full stamp ("Nov 19, 2019, 14:59")."""
    return f"Nov 19, 2019, {clock(entry)}"


def comments(raw: list[str], body: list[str]) -> Reshaped:
    """A comment thread with reply buttons under the story."""
    thread = ["Reader views", ""]
    for name, stamp, text in COMMENTS:
        thread += [name, stamp, "", text, "", "Reply", ""]
    return after_body(raw, body, thread)


def related_teasers(raw: list[str], body: list[str]) -> Reshaped:
    """Spaced headline and one-sentence teaser pairs under the story."""
    block = ["Elsewhere on the site", ""]
    for head, blurb in TEASERS:
        block += [head, "", blurb, ""]
    return after_body(raw, body, block)


def headless_cards(raw: list[str], body: list[str]) -> Reshaped:
    """Three teaser cards straight under the story, with no heading, over a tag line: a
    box, not the story's own sections."""
    block: list[str] = []
    for head, blurb in TEASERS[:3]:
        block += [head, "", blurb, ""]
    return after_body(raw, body, [*block, "Tags: harbour, council, ferry", ""])


def shop_box(raw: list[str], body: list[str]) -> Reshaped:
    """An affiliate box under the story: a pick, its price and a "Buy now" button."""
    return after_body(raw, body, spaced(SHOP))


def publisher(raw: list[str], body: list[str]) -> Reshaped:
    """The publisher's description of itself under the story."""
    return after_body(raw, body, spaced(["Who we are", *PUBLISHER]))


def bio(raw: list[str], body: list[str]) -> Reshaped:
    """A third-person bio of someone the byline does not name, with no heading."""
    return after_body(raw, body, spaced(BIO))


def sidebar_before(raw: list[str], body: list[str]) -> Reshaped:
    """The publisher's blurb and a bio right over the story."""
    return before_body(raw, body, spaced(["Our pledge", *PUBLISHER, BIO[0]]))


def unspaced(raw: list[str], body: list[str]) -> Reshaped:
    """The story's lines with no blank lines between them (paragraphs set with <br>)."""
    span = body_span(raw, body)
    if span is None:
        return None
    inner = [line for line in raw[span[0]: span[1] + 1] if line.strip()]
    return "\n".join(raw[: span[0]] + inner + raw[span[1] + 1:]), "\n\n".join(body)


def printed_twice(raw: list[str], body: list[str]) -> Reshaped:
    """The story printed again right under itself, as a dump prints a copy a stylesheet
    hides (a mobile or print copy); the truth holds it once."""
    span = body_span(raw, body)
    if span is None:
        return None
    story = raw[span[0]: span[1] + 1]
    return "\n".join(raw[: span[1] + 1] + [""] + story + raw[span[1] + 1:]), "\n\n".join(body)


def long_nav(raw: list[str], body: list[str]) -> Reshaped:
    """Eighty menu lines over the page."""
    menu = NAV + [f"{item} {kind}" for item in NAV for kind in ("news", "latest")]
    return "\n".join(menu * 2 + raw), "\n\n".join(body)


def _between_paragraphs(raw: list[str], body: list[str],
                        insert: Callable[[int], list[str]]) -> Reshaped:
    """The page with insert(n) printed at the story's n-th blank line."""
    span = body_span(raw, body)
    if span is None:
        return None
    out, gaps = raw[: span[0]], 0
    for k in range(span[0], span[1] + 1):
        out.append(raw[k])
        if not raw[k].strip():
            gaps += 1
            out += insert(gaps)
    return "\n".join(out + raw[span[1] + 1:]), "\n\n".join(body)


def inline_ads(raw: list[str], body: list[str]) -> Reshaped:
    """An ad label at every second paragraph break of the story."""
    return _between_paragraphs(
        raw, body, lambda gap: [ADS[gap // 2 % len(ADS)], ""] if gap % 2 == 0 else [])


def gallery(raw: list[str], body: list[str]) -> Reshaped:
    """A photo gallery's slides between the story's paragraphs: a counter, a credit and a
    caption set tight together, a blank line under them."""
    def slide(gap: int) -> list[str]:
        credit, caption = SLIDES[gap % len(SLIDES)]
        return [f"{gap} / 12", credit, caption, ""]
    return _between_paragraphs(raw, body, slide)


def box_before_end(raw: list[str], body: list[str]) -> Reshaped:
    """A "Read more" box of two headlines and a newsletter prompt over the story's last two
    paragraphs, which the closing boxes under the story must not cut off."""
    span = body_span(raw, body)
    if span is None:
        return None
    gaps = sum(1 for line in raw[span[0]: span[1] + 1] if not line.strip())
    box = spaced(["READ MORE:", TEASERS[0][0], TEASERS[1][0], "Sign up for our newsletter"])
    return _between_paragraphs(raw, body, lambda gap: box if gap == max(gaps - 1, 1) else [])


def subheads(capitals: bool) -> Shape:
    """A subhead over every third paragraph of the story, in sentence case or in capitals;
    the truth holds them, as a story's own subheads."""
    def shape(raw: list[str], body: list[str]) -> Reshaped:
        span = body_span(raw, body)
        if span is None:
            return None
        out, truth, seen = raw[: span[0]], [], 0
        for line in raw[span[0]: span[1] + 1]:
            if seen < len(body) and collapse(line) == body[seen]:
                if seen and seen % 3 == 0:
                    head = SUBHEADS[seen // 3 % len(SUBHEADS)]
                    head = head.upper() if capitals else head
                    out += [head, ""]
                    truth.append(head)
                truth.append(body[seen])
                seen += 1
            out.append(line)
        return "\n".join(out + raw[span[1] + 1:]), "\n\n".join(truth + body[seen:])
    return shape


def newsletter(raw: list[str], body: list[str]) -> Reshaped:
    """Two newsletter prompts at the story's middle paragraph break."""
    span = body_span(raw, body)
    if span is None:
        return None
    middle = sum(1 for line in raw[span[0]: span[1] + 1] if not line.strip()) // 2
    return _between_paragraphs(
        raw, body, lambda gap: spaced(NEWSLETTER) if gap == max(middle, 1) else [])


def list_body(raw: list[str], body: list[str]) -> Reshaped:
    """The story replaced by a titled numbered list of short items (no prose at all)."""
    span = body_span(raw, body)
    if span is None:
        return None
    items = [f"{n}. {item}" for n, item in enumerate(LIST_ITEMS, 1)]
    page = raw[: span[0]] + [LIST_TITLE, ""] + items + raw[span[1] + 1:]
    return "\n".join(page), "\n".join([LIST_TITLE, *items])


SHAPES: dict[str, Shape] = {
    "short story": short,
    "short story, comments": short_comments,
    "live blog, clock": live_blog(clock),
    "live blog, date and clock": live_blog(dated_clock),
    "live blog, one paragraph each": live_blog(dated_clock, every=1),
    "comments": comments,
    "related teasers": related_teasers,
    "cards over tags": headless_cards,
    "shop box": shop_box,
    "publisher blurb": publisher,
    "unlabelled bio": bio,
    "sidebar before": sidebar_before,
    "unspaced": unspaced,
    "printed twice": printed_twice,
    "long menu": long_nav,
    "inline ads": inline_ads,
    "gallery": gallery,
    "newsletter boxes": newsletter,
    "box before the end": box_before_end,
    "subheads": subheads(capitals=False),
    "subheads in capitals": subheads(capitals=True),
    "list body": list_body,
}


def load(ids: Sequence[str]) -> list[tuple[str, list[str], list[str]]]:
    """(id, raw page lines, body lines) of each page."""
    pages = []
    for page_id in ids:
        raw = (DATA / f"{page_id}.page.txt").read_text(encoding="utf-8").splitlines()
        truth = (DATA / f"{page_id}.body.txt").read_text(encoding="utf-8")
        pages.append((page_id, raw, [collapse(line) for line in truth.splitlines()
                                     if line.strip()]))
    return pages


def score_shape(shape: Shape, pages: Sequence[tuple[str, list[str], list[str]]]
                ) -> list[PageScore]:
    """The page scores of one shape (pages it does not suit are left out)."""
    scores = []
    for page_id, raw, body in pages:
        reshaped = shape(raw, body)
        if reshaped is not None:
            scores.append(score_page(page_id, strip_chrome(reshaped[0]).body, reshaped[1]))
    return scores


def main(argv: Sequence[str] | None = None) -> int:
    """Score every shape (or one) on a split's pages and print a line each."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev",), default="dev",
                        help="dev only: the shapes are for tuning")
    parser.add_argument("--shape", choices=sorted(SHAPES), help="only this shape")
    parser.add_argument("--worst", type=int, default=0, help="also list the N lowest-F1 pages")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"no benchmark data at {DATA}", file=sys.stderr)
        return 1
    ids = json.loads((DATA / "splits.json").read_text(encoding="utf-8"))[args.split]
    pages = [page for page in load(ids) if body_span(page[1], page[2]) is not None]
    unchanged = score_shape(lambda raw, body: ("\n".join(raw), "\n\n".join(body)), pages)
    print(f"{'unreshaped':28} pages={len(unchanged):3} F1={summarise(unchanged)[2]:.3f}")
    total = 0.0
    names = [args.shape] if args.shape else list(SHAPES)
    for name in names:
        scores = score_shape(SHAPES[name], pages)
        p, r, f1 = summarise(scores)
        total += f1
        low = sum(1 for s in scores if page_f1(s) < 0.5)
        print(f"{name:28} pages={len(scores):3} P={p:.3f} R={r:.3f} F1={f1:.3f} "
              f"under 0.5: {low}")
        for s in sorted(scores, key=page_f1)[: args.worst]:
            print(f"    {s.page_id[:10]} F1={page_f1(s):.3f}")
    if len(names) > 1:
        print(f"{'mean over shapes':28} F1={total / len(names):.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
