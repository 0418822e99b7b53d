"""Chrome inside a kept line: cut out, the line's own words left as they were."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from newsum.chrome.lines import Line
from newsum.models import RemovedLine

HOVER_CARD_REASON = "hover card"

# A name's hover card, copied with the page: the person's full name glued to the name as
# the story prints it, then the card's headlines glued on, closed by a "MORE" link ("Gov.
# Kristi NoemKristi Lynn NoemSouth Dakota drops ... MORE (R) said"). The full name ends on
# the printed name's last word, which is what tells a card from two words run together;
# the card is cut and the sentence closes over the gap.
HOVER_CARD = re.compile(
    r"(?<![\w'’-])(?P<last>[A-Z][\w'’-]*[a-z])"  # the printed name's last word ...
    r"(?P<card>(?:\(?[A-Z][\w.'’-]*\)?\s){0,4}(?P=last)"  # ... the full name glued on ...
    r"[A-Z\d\"'‘“].{0,600}?\sMORE)(?=[\s.,;:)]|$)"  # ... the card's headlines and its link
)


def cut_hover_cards(text: str) -> tuple[str, tuple[str, ...]]:
    """The line without the hover cards glued into it, and the cards cut out."""
    if "MORE" not in text:
        return text, ()  # (the card's link, looked for first: the pattern is slow to fail)
    cards = tuple(match.group("card") for match in HOVER_CARD.finditer(text))
    if not cards:
        return text, ()
    return HOVER_CARD.sub(r"\g<last>", text), cards


def kept_text(lines: Sequence[Line], keep: Iterable[int], removed: Iterable[RemovedLine]
              ) -> tuple[str, tuple[RemovedLine, ...]]:
    """The body from the kept lines, and the removed lines with what was cut out of the kept
    ones among them, in line order."""
    paragraphs: list[str] = []
    dropped = list(removed)
    for i in keep:
        text, cards = cut_hover_cards(lines[i].text)
        paragraphs.append(text)
        dropped.extend(RemovedLine(lines[i].no, card, HOVER_CARD_REASON) for card in cards)
    return "\n\n".join(paragraphs), tuple(sorted(dropped, key=lambda line: line.line_no))
