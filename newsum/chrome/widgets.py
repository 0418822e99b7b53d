"""Data widgets a site sets inside a story: a stock quote prints as a run of short lines of
tickers, prices, changes and trading figures, a weather box as one of temperatures and
forecasts, a reader poll as its question, options and "Vote" button, a match's score box as
its teams and goals; none of them is a paragraph of the story."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsum.chrome import metadata
from newsum.chrome.lines import Line

MARKET_DATA = "market data"
WEATHER = "weather box"
POLL = "reader poll"
SCORE = "score box"
WIDGET_REASONS = frozenset({MARKET_DATA, WEATHER, POLL, SCORE})
# A quote's figure: a price, a change, a share, a volume ("9.84M") or a range ("27.40 - 46.18").
# Decimal commas and currency signs after the figure count too ("312,4 ₽", "+14,3 (+4,80%)").
FIGURE = re.compile(
    r"^[+\-−▲▼]?\s?[$€£¥₽]?\d[\d,. ]*\s?([KMBT%]|[$€£¥₽]|руб\.?)?"
    r"(\s\([+\-−]?\d[\d.,]*\s?%\))?$"
    r"|^[$€£¥]?\d[\d,.]*\s?[-–]\s?[$€£¥]?\d[\d,.]*$|^\([+\-−]?\d[\d.,]*%?\)$")
SIGNED = re.compile(r"^[+\-−▲▼]\s?\d|^\([+\-−]\d")  # a change: "-6.21", "+0.22%", "(-1.3%)"
SIGNED_CELL = re.compile(r"(^|\t|\()[+\-−▲▼]\s?\d")  # ... at a line's or a cell's start
TICKER = re.compile(r"^[A-Z]{1,5}([.:][A-Z]{1,4})?$")
NAMED_TICKER = re.compile(r"\s\([A-Z]{1,5}([.:][A-Z]{1,4})?\)$")  # "Corvane Foods, Inc. (CVNF)"
# What only a quote box prints: its trading figures' labels, its chart's periods, exchanges.
MARKET_LABEL = re.compile(
    r"^(volume|vol\.?|prev(ious)?\.? close|day'?s? range|52[- ]?(wk|week)\.? (range|high|low)|"
    r"market cap(italization)?|(\d+[- ]day )?avg\.?( daily)? vol(ume)?\.?|\d+[- ]day avg\.?|"
    r"p/e( ratio)?|eps( \(ttm\))?|div(idend)?\.? yield|beta|shares outstanding)$", re.I)
PLAIN_LABEL = re.compile(r"^(open|close|high|low|last|bid|ask|change|% ?chg|chg|% change)$", re.I)
# ... in English, German ("1T", "1J"), French ("1J", "1A") and Russian ("1Д", "1Г") charts
PERIOD = re.compile(r"^(1D|5D|1W|1M|3M|6M|YTD|1Y|3Y|5Y|10Y|MAX|ALL|1T|5T|1J|5J|1A|5A|"
                    r"1Д|5Д|1Н|1М|3М|6М|1Г|5Л)$")
EXCHANGE = re.compile(r"^(NYSE|NASDAQ|Nasdaq|AMEX|NYSE American|NYSE Arca|LSE|TSX|ASX|OTC)"
                      r"(\s?:\s?[A-Z][A-Z.]{0,6})?$")  # "NASDAQ: KSBX" names the ticker too
# Any of those cells, in one pattern: each line of a page is tried against it.
QUOTE_CELL = re.compile("|".join(
    f"(?{'i' if p.flags & re.IGNORECASE else ''}:{p.pattern})"
    for p in (FIGURE, TICKER, MARKET_LABEL, PLAIN_LABEL, PERIOD, EXCHANGE)))
# "As of 2:41 p.m. ET 11/19/19. Delayed quote." / "Quotes delayed at least 15 minutes."
DELAYED = re.compile(r"\b(delayed quote|quotes? (are )?delayed|delayed by \d+|"
                     r"real[- ]time (quote|price)|currency in [a-z]{3}|at close:)", re.I)
QUOTE_NOTE_WORDS = 15  # a quote box's timestamp note is this short
CLOCK = re.compile(r"\d:\d\d")  # ... and gives the time of day
# The box's links under it: "Company profile", "All quotes", "Full chart", "Все котировки".
QUOTE_LINK = re.compile(r"^(company profile|(all|more) quotes|full (chart|quote)|"
                        r"view (full )?(chart|quote)|все котировки)\W*$", re.IGNORECASE)
# the company or index name over its quote ("Crestline Foods Inc."), or its exchange's
# stamp ("Мосбиржа, 18.11.2019 15:00 мск")
NAME_WORDS = 7
WIDGET_CELLS = 3  # data cells (figures, chart periods, exchanges) a quote box holds at least
QUOTE_FIGURES = 2  # ... of them figures: a price and its change at the least
# A price as quote boxes print it: with its currency, or to the cent ("84.12"); an election's
# share ("41.2") is neither.
PRICE = re.compile(r"[$€£¥₽]|\d[.,]\d\d(?!\d)")
# A weather box's reading: "24°", "Feels like 11°", "High 27°F", "Low -4 °C".
TEMPERATURE = re.compile(r"(^|\s)[-−]?\d{1,3}\s?°\s?[FC]?(\s|$)")
WEATHER_LINE_WORDS = 6  # a weather box's lines ("Flurries early, clearing late") are this short
WEATHER_READINGS = 2  # temperatures that make a weather box (a day's high and low)
WEATHER_GAP = 4  # most lines between two of its temperatures (a day's name, its outlook)
WEATHER_EDGE = 3  # short lines over its first reading and under its last (title, buttons)
# A poll's button and the lines under it ("View Results", "1,284 votes").
VOTE_BUTTON = re.compile(r"^(vote|vote now|submit( vote)?|cast your vote|abstimmen|jetzt abstimmen|"
                         r"votar|voter|votez|votare|vota|stemmen|stem|głosuj|голосовать)\W*$",
                         re.IGNORECASE)
POLL_AFTER = re.compile(
    r"^((view|see|show) (the )?results|results|ergebnis(se)? anzeigen|ver resultados?|"
    r"voir les résultats|[\d,.]+ (votes|stimmen|votos|voti))\W*$", re.IGNORECASE)
POLL_OPTIONS = 8  # most options between a poll's question and its button
# A poll's question is this short and set tight over its options (a paragraph ending in "?"
# has a blank line under it)
QUESTION_WORDS = 25
OPTION_WORDS = 12  # an option is this short
POLL_LABEL_WORDS = 4  # the box's label over its question ("READER POLL") is this short
# A score box: "Real Betania" / "1" / "2" / "CD Montaraz" (or "1 - 2" on one line), maybe
# under "Final" and over its scorers ("Ordás (29')"), ground and match-report link.
GOALS = re.compile(r"^\d{1,2}$")
SCORE_LINE = re.compile(r"^\d{1,2}\s?[-–:]\s?\d{1,2}$")
MINUTE = re.compile(r"\d{1,3}(\+\d)?['’]")  # a goal's minute: "(29')", "90+2'"
MATCH_LINK = re.compile(r"\b(match report|box score|gamecast|recap|ficha del partido|"
                        r"spielbericht|fiche du match|tabellino|liveticker)\b", re.I)
TEAM_WORDS = 4  # a team's name is this short
SCORE_TAIL = 3  # lines of scorers, ground and links under the teams


def market_widgets(lines: Sequence[Line], dropped: dict[int, str]) -> dict[int, str]:
    """Index → MARKET_DATA for the lines of a stock quote box no other rule named: a run of
    quote lines (cells of figures, tickers and trading labels), each company's name line
    over them, and the note and links under them, when the run holds WIDGET_CELLS data cells
    and something only such a box prints (a trading label, chart periods, an exchange, a
    full quote row or column, a delay note)."""
    # a box prints a signed change somewhere: a page with none has no box, and most pages
    # are passed over at this glance
    if not any(SIGNED_CELL.search(line.text) for line in lines
               if line.words <= QUOTE_NOTE_WORDS):
        return {}
    quote = [_quote_line(line) for line in lines]  # each line looked at once
    reasons: dict[int, str] = {}
    i = 0
    while i < len(lines):
        run, j = [], i
        while j < len(lines) and (quote[j] or j + 1 < len(lines) and quote[j + 1]
                                  and _name_line(lines[j])):
            run.append(j)
            j += 1
        if run and _is_widget([lines[k] for k in run]):
            while j < len(lines) and QUOTE_LINK.match(lines[j].text):
                run.append(j)
                j += 1
            reasons.update(dict.fromkeys((k for k in run if k not in dropped), MARKET_DATA))
        i = j + 1 if j == i else j
    return reasons


def _cells(line: Line) -> list[str]:
    """The cells of a quote line: its table cells, or the line as one cell."""
    return [cell for cell in line.text.split("\t") if cell]


def _quote_cell(cell: str) -> bool:
    """True for a cell a quote box prints: a figure, ticker, label, period or exchange."""
    return QUOTE_CELL.match(cell) is not None


def _quote_line(line: Line) -> bool:
    """True for a line of quote cells only, or a quote box's delay note or time stamp
    ("Updated Sep 16, 2020 4:00 PM EDT")."""
    if line.words > QUOTE_NOTE_WORDS:  # most lines: a quick no
        return False
    if DELAYED.search(line.text) or (CLOCK.search(line.text) is not None
                                     and metadata.is_date_line(line.text)):
        return True
    return not line.prose and all(_quote_cell(cell) for cell in _cells(line))


def _name_line(line: Line) -> bool:
    """True for a line short enough to name the quote under it ("Philadelphia Semiconductor
    Index")."""
    return not line.prose and "\t" not in line.text and line.words <= NAME_WORDS


def _is_widget(run: Sequence[Line]) -> bool:
    """True when a run of quote lines holds enough figures and a mark only quotes carry."""
    cells = [cell for line in run for cell in _cells(line)]
    figures = sum(1 for cell in cells if FIGURE.match(cell))
    periods = sum(1 for cell in cells if PERIOD.match(cell))
    exchanges = sum(1 for cell in cells if EXCHANGE.match(cell))
    column = _quote_column(run)
    marked = (exchanges or periods >= WIDGET_CELLS or column
              or any(MARKET_LABEL.match(cell) for cell in cells)
              or any(DELAYED.search(line.text) or _quote_row(line) for line in run))
    # a chart's periods and the exchange count with the figures: some boxes print only a
    # price and a change
    return bool(figures >= QUOTE_FIGURES and marked
                and (figures + periods + exchanges >= WIDGET_CELLS or column))


def _quote_column(run: Sequence[Line]) -> bool:
    """True for a quote set one cell a line: a ticker, then a price and its signed change
    right under it ("CVTA" / "Corvanta Inc" / "84.12" / "+10.36 (+14.05%)"). (A table's
    rows, or an election's party code, share and swing one a line, are no such column.)"""
    cells = [line.text for line in run if not line.table_row]
    ticker = next((k for k, cell in enumerate(cells)
                   if TICKER.match(cell) or NAMED_TICKER.search(cell)), None)
    return ticker is not None and any(
        FIGURE.match(price) and PRICE.search(price) and not SIGNED.match(price)
        and SIGNED.match(change)
        for price, change in zip(cells[ticker + 1:], cells[ticker + 2:], strict=False))


def _quote_row(line: Line) -> bool:
    """True for one row of a whole quote: ticker, price, then a signed change or two."""
    cells = _cells(line)
    return (len(cells) >= 3 and TICKER.match(cells[0]) is not None
            and FIGURE.match(cells[1]) is not None and SIGNED.match(cells[1]) is None
            and all(SIGNED.match(cell) for cell in cells[2:]))


def weather_boxes(lines: Sequence[Line], dropped: dict[int, str]) -> dict[int, str]:
    """Index → WEATHER for a weather box: WEATHER_READINGS or more short lines with a
    temperature, no more than WEATHER_GAP short lines apart, and the short lines around
    them (the box's title, the days' outlooks, its "Full 7-Day Forecast" button)."""
    reasons: dict[int, str] = {}
    group: list[int] = []
    for i in [*(i for i, line in enumerate(lines) if _reading(line)), len(lines) + WEATHER_GAP]:
        if group and (i - group[-1] > WEATHER_GAP + 1 or not all(
                _weather_line(lines[j]) for j in range(group[-1] + 1, min(i, len(lines))))):
            if len(group) >= WEATHER_READINGS:
                first = _edge(lines, group[0], -1, dropped)
                reasons.update(dict.fromkeys(
                    range(first, _edge(lines, group[-1], 1, dropped) + 1), WEATHER))
            group = []
        group.append(i)
    return reasons


def _reading(line: Line) -> bool:
    """True for a short line with a temperature in it."""
    return _weather_line(line) and TEMPERATURE.search(line.text) is not None


def _weather_line(line: Line) -> bool:
    """True for a line short enough to be one of a weather box's (a story's own table of
    temperatures sets its rows as table rows)."""
    return not line.prose and not line.table_row and line.words <= WEATHER_LINE_WORDS


def _edge(lines: Sequence[Line], i: int, step: int, dropped: dict[int, str]) -> int:
    """The box's outer line beyond reading i: up to WEATHER_EDGE short lines no rule named."""
    for _ in range(WEATHER_EDGE):
        j = i + step
        if not 0 <= j < len(lines) or j in dropped or not _weather_line(lines[j]):
            break
        i = j
    return i


def poll_boxes(lines: Sequence[Line], dropped: dict[int, str]) -> dict[int, str]:
    """Index → POLL for a reader poll: its question (a line ending in "?"), up to
    POLL_OPTIONS short options, the "Vote" button, a short label over the question and the
    results lines under the button."""
    reasons: dict[int, str] = {}
    for i, line in enumerate(lines):
        if not VOTE_BUTTON.match(line.text):
            continue
        question = next((j for j in range(i - 2, max(-1, i - POLL_OPTIONS - 2), -1)
                         if lines[j].text.rstrip().endswith("?")
                         and lines[j].words <= QUESTION_WORDS
                         and lines[j + 1].no == lines[j].no + 1), None)
        if question is None or any(lines[j].prose or lines[j].words > OPTION_WORDS
                                   for j in range(question + 1, i)):
            continue
        first = question - 1 if question > 0 and question - 1 not in dropped and (
            lines[question - 1].words <= POLL_LABEL_WORDS and not lines[question - 1].prose
        ) else question
        last = i
        while last + 1 < len(lines) and POLL_AFTER.match(lines[last + 1].text):
            last += 1
        reasons.update(dict.fromkeys(range(first, last + 1), POLL))
    return reasons


def score_boxes(lines: Sequence[Line], dropped: dict[int, str]) -> dict[int, str]:
    """Index → SCORE for a match's score box: two teams' names around their goals ("Real
    Betania" / "1" / "2" / "CD Montaraz", or "1 - 2" between them), a short label over them
    ("Final") and up to SCORE_TAIL lines under them with scorers' minutes, the ground
    ("Estadio de La Vega · 18.400 espectadores") or the match report's link."""
    reasons: dict[int, str] = {}
    # (goals open with a digit: the other lines are passed over at a glance)
    for i in (k for k in range(1, len(lines) - 2) if lines[k].text[:1].isdigit()):
        core = _score_core(lines, i)
        if core is None:
            continue
        first, last = i - 1, core
        if first > 0 and _team(lines[first - 1]) and first - 1 not in dropped:
            first -= 1  # its label: "Final", "FT"
        for j in range(last + 1, min(len(lines), last + 1 + SCORE_TAIL)):
            text = lines[j].text
            if lines[j].prose or not (MINUTE.search(text) or "·" in text
                                      or MATCH_LINK.search(text)):
                break
            last = j
        reasons.update({k: SCORE for k in range(first, last + 1) if k not in dropped})
    return reasons


def _score_core(lines: Sequence[Line], i: int) -> int | None:
    """The index of the second team's line when line i - 1 is a team and i starts the goals
    ("1" / "2" or "1 - 2") with the other team right under them, or None."""
    if not _team(lines[i - 1]):
        return None
    if SCORE_LINE.match(lines[i].text):
        return i + 1 if _team(lines[i + 1]) else None
    if (GOALS.match(lines[i].text) and i + 2 < len(lines) and GOALS.match(lines[i + 1].text)
            and _team(lines[i + 2])):
        return i + 2
    return None


def _team(line: Line) -> bool:
    """True for a short line of words alone, as a team's name is printed."""
    return (not line.prose and 0 < line.words <= TEAM_WORDS
            and not any(c.isdigit() for c in line.text))
