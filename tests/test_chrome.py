"""Tests for chrome removal: rules, metadata, block finding, HTML dispatch and the seed article."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from types import ModuleType

import pytest

from newsum.chrome import looks_like_html, strip_chrome
from newsum.chrome.header import header_end
from newsum.chrome.learn import normalise_line, recurring_lines
from newsum.chrome.lines import embed_credit, is_prose, split_lines, word_count
from newsum.chrome.metadata import (
    agency_credit,
    bare_name,
    byline_author,
    find_date,
    find_date_without_year,
    has_date_field,
    is_date_line,
    is_dated,
    is_headline,
    is_relative_time,
    looks_like_name,
    name_with_job,
    opens_with_dateline,
    publication_date,
    stamp_author,
)
from newsum.chrome.model import (
    FEATURE_NAMES,
    LineModel,
    PageView,
    default_model,
    line_features,
    restorable,
    revise,
)
from newsum.chrome.promo import is_reader_promo
from newsum.chrome.rules import (
    FILINGS_FILE,
    PHRASE_MAX_WORDS,
    USER_RULE_MAX_CHARS,
    _top_level_bar,
    compile_rules,
    default_phrases,
    filings_json,
    fold,
    held_texts,
    load_rules_file,
    opening_texts,
    parse_phrases,
    user_rules,
)
from newsum.chrome.structure import (
    between_headings,
    kicker_card_runs,
    list_article_runs,
    listed_teasers,
    numbered_items,
)
from newsum.chrome.text import anchored_block, best_block, clean_text, rule_choice
from newsum.errors import RulesError

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"

PARA_1 = (
    "The harbour authority will open a new ferry terminal next spring to cope with a rise in "
    "passengers travelling between the islands, officials said on Tuesday."
)
PARA_2 = (
    "Work on the terminal began two years ago and has cost more than £40 million, most of it "
    "paid for by a regional development fund set up after the floods."
)
PARA_3 = (
    "Local councillor Mary Penrose said: \u201cThe old building was never meant to handle this "
    "many people, and the queues in summer have become a real problem for families.\u201d"
)
PARA_4 = (
    "The authority expects the number of crossings to double within five years, and says it "
    "will review timetables once the terminal is open."
)

PAGE = "\n\n".join([
    "Skip to content",
    "Home\nNews\nSport\nWeather",
    "Turn on notifications to get the latest stories",
    "Harbour to open new ferry terminal next spring",
    "By Tom Ashworth",
    "Tuesday 12 March 2024 09:15",
    "The new terminal seen from the harbour wall (Jane Smith/Island Press)",
    PARA_1,
    PARA_2,
    "Advertisement",
    "The old building was never meant to handle this many people",
    "Mary Penrose",
    PARA_3,
    PARA_4,
    "Share this article",
    "Facebook Twitter Email",
    "Sign up to our daily newsletter",
    "Copyright 2024 Island Press. All rights reserved.",
])


def reasons(text: str) -> dict[str, str]:
    """Removed line text → reason, for assertions."""
    return {r.text: r.reason for r in strip_chrome(text).removed}


def reasons_with(text: str, rule: str) -> dict[str, str]:
    """Removed line text → reason, with one extra user rule."""
    return {r.text: r.reason for r in strip_chrome(text, extra_rules=[rule]).removed}


def test_body_keeps_every_paragraph_in_order() -> None:
    assert strip_chrome(PAGE).body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])


def test_metadata_goes_to_fields_not_body() -> None:
    cleaned = strip_chrome(PAGE)
    assert cleaned.title == "Harbour to open new ferry terminal next spring"
    assert cleaned.author == "Tom Ashworth"
    assert cleaned.published == "2024-03-12T09:15"


def test_a_stamp_line_may_end_on_a_long_byline_field() -> None:
    # "Outlet | date • updated date | Par <name> (avec <two more names>)": the last field is
    # a byline too long for a short field, and the line is the header's, not the story's.
    line = ("Le Courrier | 04.05.2024 à 13h36 • Mis à jour le 05.05.2024 à 20h13 | Par Anne "
            "Morel (avec Paul Girard et Lucie Faure)")
    assert has_date_field(line)
    cleaned = strip_chrome("\n\n".join(
        ["Le port ouvrira un nouveau terminal au printemps", line, PARA_1, PARA_2, PARA_3]))
    assert cleaned.body == "\n\n".join([PARA_1, PARA_2, PARA_3])
    assert cleaned.published == "2024-05-04T13:36"
    assert cleaned.author == "Anne Morel, Paul Girard and Lucie Faure"
    assert "Tom Ashworth" not in cleaned.body and "Harbour to open" not in cleaned.body


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Turn on notifications to get the latest stories", "notification prompt"),
        ("The new terminal seen from the harbour wall (Jane Smith/Island Press)", "photo caption"),
        ("Advertisement", "advertisement"),
        ("The old building was never meant to handle this many people", "pull quote"),
        ("Mary Penrose", "pull quote"),
        ("Share this article", "share prompt"),
        ("Facebook Twitter Email", "share prompt"),
        ("Sign up to our daily newsletter", "subscription prompt"),
        ("Copyright 2024 Island Press. All rights reserved.", "legal footer"),
        ("By Tom Ashworth", "byline"),
        ("Tuesday 12 March 2024 09:15", "date line"),
        ("Harbour to open new ferry terminal next spring", "headline"),
    ],
)
def test_each_chrome_line_has_its_reason(line: str, reason: str) -> None:
    assert reasons(PAGE)[line] == reason


def test_removed_lines_carry_input_line_numbers() -> None:
    lines = PAGE.splitlines()
    for removed in strip_chrome(PAGE).removed:
        assert lines[removed.line_no - 1].strip() == removed.text


PHRASE_CASES = [
    ("5:11 Sponsored Content Now Playing", "video player"),
    ("Stay up to date with notifications from The Daily Example", "notification prompt"),
    ("Notifications can be managed in browser preferences.", "notification prompt"),
    ("Your support makes all the difference.", "donation appeal"),
    ("Thank you for registering", "login prompt"),
    ("Please refresh the page or navigate to another page on the site", "login prompt"),
    ("Forgot your password?", "login prompt"),
    ("You have 2 free articles remaining", "subscription prompt"),
    ("You have reached your limit of free articles.", "paywall"),
    ("We use cookies to improve your experience.", "cookie notice"),
    ("Story continues below advertisement", "advertisement"),
    ("Support for this episode comes from Harbour Seeds.", "advertisement"),
    ("Cite this page: Lee, Ann. \u201cFerries.\u201d Harbour Institute, 2019.", "legal footer"),
    ("The full transcript of this episode is available to members.", "legal footer"),
    ("#Ferries", "tag list"),
    ("RELATED STORY", "related teaser"),
    ("Previous and related coverage:", "related section"),
    ("Also: Ferry fares to rise in May", "related links"),
    ("Story Continued Below", "advertisement"),
    ("If you buy something from our links, Harbour Media may earn a commission.",
     "advertisement"),
    ("is a reviewer covering e-readers and tablets. She lives on the island.", "author bio"),
    ("Studna v Humpolci.foto: Jan Novák, Deník.cz", "photo caption"),
    ("Túi trữ nước mưa đặt dưới gầm nhà. Ảnh: Hoàng Nam.", "photo caption"),
    ("Bloc pe bulevardul Carol I. FOTO Arhivă", "photo caption"),
    ("居民在指定时段投放垃圾。 晨报记者 陈立 摄", "photo caption"),
    ("Updated at 10.36pm BST", "timestamp"),
    ("Don\u2019t miss: Ferry fares to rise in May", "related links"),
    ("Ann Lee is a senior fellow at the Harbour Institute.", "author bio"),
    ("Read more: Council approves new bus lanes", "related links"),
    ("Leave a comment", "comments section"),
    ("Reporting by Ann Lee; Editing by Bob Ray", "reporting credit"),
    ("Photo: Jane Smith", "photo caption"),
    ("Skip to main content", "navigation"),
    ("Comments are closed.", "comments prompt"),
    ("FILE PHOTO: Ferries at the harbour wall in March", "photo caption"),
    ("A ferry leaves the old terminal at dawnCredit: Island Press", "photo caption"),
    ("The new terminal under construction. Photograph: Jane Smith", "photo caption"),
    ("Our Standards: The Island Press Trust Principles.", "reporting credit"),
    ("Turn on notifications", "notification prompt"),
    ("Share this article", "share prompt"),
    ("Advertisement", "advertisement"),
    ("All rights reserved.", "legal footer"),
    ("Sign up to our daily newsletter", "subscription prompt"),
    # wordings of other sites' chrome, written from general knowledge of news pages
    ("5 min read", "reading time"),
    ("32m ago", "timestamp"),
    ("Updated 3 hours ago", "timestamp"),
    ("Tags: ferries, harbour, islands", "tag list"),
    ("Posted in Ferries, Islands", "tag list"),
    ("Image 3 of 12", "photo caption"),
    ("Photo by Ann Lee on Unsplash", "photo caption"),
    ("Story continues after advertisement", "advertisement"),
    ("Iklan", "advertisement"),
    ("Was this article helpful?", "comments prompt"),
    ("Baca juga: Kapal feri berangkat pagi", "related links"),
    ("Accept all cookies", "cookie notice"),
    ("1.2K shares", "share prompt"),
    ("Help us keep our journalism free for everyone", "donation appeal"),
    ("Key Points", "summary box"),
    ("Share article", "share prompt"),
    ("READ | Ferry fares to rise again in spring", "related links"),
    ("Provided by the Island Marine Institute", "reporting credit"),
    ("Ann Lee has no position in any of the stocks mentioned.", "legal footer"),
    ("3 / 7", "photo caption"),
    ("© Ann Lee", "photo caption"),
    ("港に着いたフェリー（撮影／山田花子）", "photo caption"),
    ("【関連記事】", "related links"),
    ("[Ann Lee，Island Media]", "reporting credit"),
    ("1 из 8", "photo caption"),
    ("Baca: Kapal feri baru tiba di pelabuhan", "related links"),
    ("Jetzt anmelden", "subscription prompt"),
    ("This post may contain affiliate links.", "advertisement"),
    ("If you can, please consider supporting the Island Press today.", "donation appeal"),
    ("VIDEO | Drone footage of the flooded valley", "video player"),
    ("In this article", "navigation"),
    ("Inhaltsverzeichnis", "navigation"),
    ("1m 24s", "video player"),
    ("VIDEO Ce spun locuitorii despre caloriferele reci", "video player"),
    ("فيديو | جولة داخل سوق الحرفيين", "video player"),
    ("Dacă nu poți viziona clipul, activează JavaScript în browser.", "script notice"),
    ("อ่านข่าวที่น่าสนใจ : คลื่นลมแรงซัดบ้านริมทะเล", "related links"),
    ("Please enable JavaScript in your browser to watch this video.", "script notice"),
    ("JavaScript is disabled in your browser.", "script notice"),
    ("Bitte aktivieren Sie JavaScript, um dieses Video anzusehen.", "script notice"),
    ("Per vedere questo video devi attivare JavaScript nel browser.", "script notice"),
    ("Для просмотра видео включите JavaScript.", "script notice"),
    # ... but a comment box's note stays the comments prompt that ends the story
    ("Please enable JavaScript to view the comments powered by Disqus.", "comments prompt"),
]


@pytest.mark.parametrize(("line", "reason"), PHRASE_CASES)
def test_phrase_rules(line: str, reason: str) -> None:
    assert compile_rules().match(line, len(line.split())) == reason


def test_phrase_rules_spare_long_prose_mentioning_a_phrase() -> None:
    line = ("Officials said the scheme, which residents were told to sign up for the council "
            "newsletter to follow, would be reviewed after a long public consultation that "
            "drew thousands of written responses from people living near the harbour and the "
            "surrounding villages over the summer months, according to the minutes of the "
            "meeting published by the council on its website.")
    assert compile_rules().match(line, len(line.split())) is None


@pytest.mark.parametrize(
    "line",
    [
        "In a statement on Tuesday, the harbour master said:",
        "He had wanted to become a member of the council since he was a student.",
        "Passengers must create an account before they can book a crossing online.",
        "Related work on the pier will start in the autumn.",
        "Jane Smith was a reporter on the island paper for thirty years.",
        "3 responses from the ferry operators are expected next week.",
        "Discussion",
        "Users can turn on JavaScript blocking in the new version of the browser, it said.",
        "The company said JavaScript is disabled by default in the new secure mode.",
        "Para los desarrolladores, activar JavaScript en modo estricto es una buena práctica.",
        "Duration: 1 hour 30 minutes",
        "Video of the rescue was shared widely online.",
        "Lo más visto en la ciudad fue el desfile de carros alegóricos.",
        "Si vous activez JavaScript dans votre navigateur, le site se charge plus vite, dit-il.",
    ],
)
def test_body_lines_that_resemble_chrome_are_not_rules_hits(line: str) -> None:
    assert compile_rules().match(line, len(line.split())) is None


def test_a_colon_line_in_the_body_does_not_end_the_article() -> None:
    page = "\n\n".join([PARA_1, "In a statement, the harbour master said:", PARA_3, PARA_4])
    assert strip_chrome(page).body.endswith(PARA_4)


SECTION_CASES = [
    ("Tom Ashworth is a staff writer at Island Press covering transport.", "author bio"),
    ("About Tom Ashworth", "author bio"),
    ("12 thoughts on \u201cHarbour to open new ferry terminal\u201d", "comments section"),
    ("Sam Carter on March 12, 2024 at 4:47 pm said:", "comments section"),
    ("You may also like", "related section"),
    ("Most read in island news", "related section"),
    ("About Island Ferries", "author bio"),
    ("About Island Ferries, Inc.", "author bio"),
    ("Leia também", "related section"),
    ("Lo más visto en Estados", "related section"),
    ("Comments expressed here do not reflect the opinions of the Island Courier or any "
     "employee thereof.", "comments section"),
    ("Les plus lus dans cette section", "related section"),
    ("Download the Island Press app", "app prompt"),
    ("Note: comments that break the house rules will not be approved.", "comments section"),
    ("Comments are moderated and may take a day to appear.", "comments section"),
]

# Tail-only groups: tried on the last lines of the article block, never as line rules.
TAIL_CASES = [
    ("Island Ferries is a family-owned operator of crossings between the four islands.",
     "organisation profile"),
    ("We are an independent, reader-funded newsroom covering the islands.",
     "organisation profile"),
    ("Our mission is to keep every island connected to the mainland all year.",
     "organisation profile"),
    ("Founded at the harbour college in 1921, the Island Press is an independent newspaper.",
     "organisation profile"),
    ("Ich bin Maria, 30 Jahre jung und schreibe hier über Mode für jede Größe.",
     "author intro"),
    ("Hi, I'm Ann, a harbour pilot who writes about boats and tides.", "author intro"),
    ("About the University of Westmoor", "organisation profile"),
    ("Founded in 1847 as a college for engineers, the University of Westmoor is today one "
     "of the leading universities.", "organisation profile"),
    ("For more information, or to arrange an interview with Dr Lee, please contact the "
     "press office.", "organisation profile"),
    ("Willkommen auf dem Hafenperlen Blog!", "author intro"),
    ("Island Ferries è un fornitore di traghetti tra le quattro isole.", "organisation profile"),
    ("Island Ferries adalah penyedia layanan kapal antara empat pulau.", "organisation profile"),
    ("海港渡轮是一家经营四座岛屿之间航线的家族公司。公司成立于1921年。", "organisation profile"),
    ("アイランド・フェリーは四つの島を結ぶ航路を運航する企業です。", "organisation profile"),
]


@pytest.mark.parametrize(("line", "reason"), TAIL_CASES)
def test_tail_rules(line: str, reason: str) -> None:
    assert compile_rules().match_tail(line) == reason
    assert compile_rules().match(line, len(line.split())) is None  # never a line rule


@pytest.mark.parametrize(("line", "reason"), SECTION_CASES)
def test_section_rules(line: str, reason: str) -> None:
    assert compile_rules().match(line, len(line.split())) == reason


def test_every_phrase_group_has_a_test_case() -> None:
    groups = {rule.reason for rule in default_phrases()}
    tested = {reason for _, reason in PHRASE_CASES + SECTION_CASES + TAIL_CASES}
    assert groups == tested


def test_parse_phrases_format() -> None:
    rules = parse_phrases(["# comment", "[ad]", "# why", "^advert$", "", "[x]", "y"])
    assert [(r.pattern, r.reason) for r in rules] == [("^advert$", "ad"), ("y", "x")]


def test_donation_region_drops_its_prose_paragraphs() -> None:
    appeal = "\n\n".join([
        "Your support helps us to tell the story",
        "Our reporters travel across the country to bring you the facts, and we want to keep "
        "doing that without putting up a paywall for readers.",
        "Your support makes all the difference.",
    ])
    cleaned = strip_chrome(appeal + "\n\n" + "\n\n".join([PARA_1, PARA_2, PARA_4]))
    assert "paywall" not in cleaned.body
    assert PARA_1 in cleaned.body


def test_a_since_youre_here_appeal_is_dropped_down_to_its_support_button() -> None:
    # The appeal's paragraphs read as prose and follow the story tight under it; the region
    # runs from its "Since you're here …" heading to the "Support ..." button.
    appeal = ["Since you’re here …",
              "… we would like to ask you for something. More people are reading the Island "
              "Press than ever, but the money that pays for reporting is falling fast.",
              "That means we depend on readers more than ever. Reporting like this takes "
              "days on the road, and a good deal of patience from everyone involved.",
              "Support the Island Press"]
    page = "\n\n".join([PARA_1, PARA_2, PARA_4, *appeal, "Topics\nFerries\nHarbour"])
    cleaned = strip_chrome(page)
    assert cleaned.body == "\n\n".join([PARA_1, PARA_2, PARA_4])
    assert {r.reason for r in cleaned.removed if r.text in appeal} == {"donation appeal"}


def test_a_consent_dialog_printed_over_a_short_story_is_dropped_whole() -> None:
    # Its paragraphs explain the tracking in the site's voice and outweigh the story; the
    # dialog's links to the privacy page and imprint read as a footer that would end the
    # "article" there. From its heading to its accept button, it is a cookie notice.
    dialog = ["We value your privacy",
              "The Island Press pays for its local reporting largely through advertising. To "
              "show you ads that fit, we and our partners store and read information on your "
              "device, such as your browser and the pages you visit.",
              "This may include personal data such as your IP address, details of your device "
              "and how you use our site, which our partners use to measure and improve their "
              "ads and to build profiles of your interests across other sites.",
              "By clicking \u201cAccept all\u201d you agree to this processing. Under "
              "\u201cSettings\u201d you can choose what to allow, and change it at any time.",
              "Accept all"]
    story = ["The open-air pool on the harbour will stay open until mid-September, the town "
             "said on Wednesday, because the forecast promises two more warm weeks.",
             "The pool had more swimmers this summer than in any year since it reopened, and "
             "lifeguards have agreed to work the extra weeks on shorter hours."]
    page = [*dialog, "Settings", "Privacy policy", "Imprint", "Home", "News", "Sport",
            "Harbour pool stays open two weeks longer", "By Ann Lee", "28.08.2019 - 17:42",
            "Share", "", story[0], "", story[1], "", "Topics", "Harbour", "Summer"]
    cleaned = strip_chrome("\n".join(page))
    assert cleaned.body == "\n\n".join(story)
    assert {r.reason for r in cleaned.removed if r.text in dialog[1:]} == {"cookie notice"}


def test_extra_rules_drop_matching_lines() -> None:
    page = PAGE.replace("Advertisement", "Harbour deals of the week from Acme Ferries")
    assert "Acme Ferries" in strip_chrome(page).body
    cleaned = strip_chrome(page, extra_rules=[r"^harbour deals of the week\b"])
    assert "Acme Ferries" not in cleaned.body
    why = reasons_with(page, r"^harbour deals of the week\b")
    assert why["Harbour deals of the week from Acme Ferries"] == "user rule"


def test_article_without_blank_lines() -> None:
    page = "\n".join(["Home", "News", PARA_1, PARA_2, PARA_3, PARA_4, "Share this article"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])


def test_reader_comments_after_the_article_are_dropped() -> None:
    comments = "\n\n".join([
        "Comments",
        "Sam Carter on March 12, 2024 at 4:47 pm said:",
        "I have taken that ferry for twenty years and the queues in August are a nightmare, "
        "so this is very welcome news for everyone who lives on the islands.",
        "Jo Lane on March 12, 2024 at 6:02 pm said:",
        "It would be better to spend the money on more boats rather than a new building, "
        "because the crossings are already full in summer and nobody can get a ticket.",
        "Another reader pointed out that the old terminal was only built in the nineties and "
        "asked why it had to be replaced so soon, given how much the council spent on it.",
    ])
    cleaned = strip_chrome("\n\n".join([PARA_1, PARA_2, comments]))
    assert cleaned.body == "\n\n".join([PARA_1, PARA_2])
    assert reasons("\n\n".join([PARA_1, PARA_2, comments]))["Comments"] == "comments section"


def test_teaser_list_after_a_related_heading_is_dropped() -> None:
    teasers = "\n\n".join(
        f"LABEL {n}\nTeaser headline number {n} about something else\n"
        f"This is the blurb of another story number {n}, long enough to look like a real "
        "sentence of running text on the page."
        for n in range(6)
    )
    page = "\n\n".join([PARA_1, PARA_2, PARA_4, "You may also like", teasers])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_4])


PARA_5 = (
    "Ferry operators welcomed the news, saying the new building would let them add an extra "
    "morning sailing in the summer months when demand is highest."
)
PARA_6 = (
    "A public exhibition of the final design will be held in the town hall next month, and "
    "residents will be able to comment on the plans until the end of April."
)
TAGLINE = "Our reporters cover the stories that matter to the islands, every single day of the year."
SHARE_BAR = "Facebook\nTwitter\nComments\nPrint\nEmail"


def test_a_comment_count_in_a_share_bar_does_not_end_the_article() -> None:
    # Prose above the bar (a site tagline) once made the whole article count as comments.
    page = "\n\n".join([TAGLINE, "Home\nNews\nSport", SHARE_BAR,
                         PARA_1, PARA_2, PARA_3, PARA_4])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])


def test_a_most_read_box_inside_the_article_keeps_the_rest() -> None:
    box = "\n".join(["Most read", "Council approves new budget for the coming year",
                     "Local team wins the championship after a dramatic final",
                     "Weather warning issued for the weekend"])
    page = "\n\n".join([PARA_1, box, PARA_2, PARA_3, PARA_4, PARA_5])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4, PARA_5])
    assert reasons(page)["Weather warning issued for the weekend"] == "related section"


def test_prose_after_a_closing_newsletter_box_is_not_body() -> None:
    blurb = ("Island Press News Service brings the latest stories from around the islands "
             "straight to readers every morning of the week.")
    page = "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4, PARA_5, PARA_6,
                         "Sign up to our daily newsletter", blurb])
    body = strip_chrome(page).body
    assert body.endswith(PARA_6) and blurb not in body


def test_an_unspaced_article_beats_a_spaced_scrap() -> None:
    # Paragraphs in <div>s have no blank lines between them; a spaced promo outweighs
    # them at a fifth of their words.
    promo = ("Island Press has covered life on the islands since 1952, and today our small team "
             "of reporters and photographers brings readers the news, sport and weather of every "
             "harbour town, in print every morning and online all day long.")
    article = "\n".join([PARA_1, PARA_2, PARA_3, PARA_4, PARA_5, PARA_6])
    menu = "\n".join(["News", "Sport", "Weather", "Business", "Opinion", "Travel", "Culture",
                      "Podcasts", "Jobs", "Events", "Motoring", "Property", "Puzzles",
                      "Obituaries", "Letters"])
    page = "\n\n".join(["Home", promo, menu, article, "Contact us"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4, PARA_5,
                                                    PARA_6])


def test_table_rows_and_a_list_introduced_by_a_colon_stay() -> None:
    table = "Route\tCrossings\tFare\nNorth\t12\t£8\nSouth\t9\t£6"
    items = "Ticket office opening hours\nA larger waiting room with seats\nLockers"
    intro = "The authority says the terminal will offer three things that passengers asked for:"
    page = "\n\n".join([PARA_1, table, PARA_2, intro, items])
    body = strip_chrome(page).body
    assert "North\t12\t£8" in body
    assert body.endswith("opening hours\n\nA larger waiting room with seats\n\nLockers")


# Shapes that dev pages under-represent (synthetic stress): each planted into a page must
# leave the article whole and go itself.

def test_a_bio_without_is_a_reporter_is_dropped() -> None:
    bio = ("Tom Ashworth covers transport and the islands' economy. Before joining Island Press "
           "he wrote for a weekly paper on the mainland. Follow him on Twitter @tashworth.")
    page = "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4, bio])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])
    assert reasons(page)[bio] == "author bio"


def test_a_read_more_list_inside_the_article_is_dropped() -> None:
    box = "\n".join(["Read more", "Council approves new bus lanes for the harbour road",
                     "Which islands will get a second ferry? A map",
                     "Fishing fleet warns of a poor season after storms"])
    page = "\n\n".join([PARA_1, PARA_2, box, PARA_3, PARA_4])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])
    # a lone "Read more" button, or one over a single line, is left to the block scorer
    assert listed_teasers(split_lines("Read more\nMost Popular View all\n\nText"), {}) == {}


def test_an_also_read_label_a_phrase_took_for_a_link_still_heads_its_headlines() -> None:
    # body set in <div>s, no blank lines: "Also Read" and two headlines between paragraphs
    page = "\n".join([PARA_1, PARA_2, "Also Read",
                      "Harbour board opens new bridge linking the quay and the old town",
                      "Ferry fines: What you need to know about the new penalty points",
                      PARA_3, PARA_4])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])
    assert reasons(page)["Ferry fines: What you need to know about the new penalty points"] == (
        "related section")


def test_a_last_paragraph_signed_with_the_writers_short_name_is_body() -> None:
    last = "Die neue Fähre fährt ab Mai zweimal täglich nach Port Maren. (jl)"
    assert is_prose(last, word_count(last))
    page = "\n\n".join([PARA_1, PARA_2, PARA_3, last, "Kommentare lesen (3 Beiträge)",
                          "Impressum\nDatenschutz\nKontakt"])
    assert strip_chrome(page).body.endswith(last)
    assert is_prose("O ferry volta a operar em maio, disse o ministro. (AFP/Lusa)", 11)
    # a bracketed word after a line with no sentence end is no signature
    assert not is_prose("Fähre Port Maren Fahrplan Preise Tickets Sommer Winter (neu)", 9)


def test_a_headline_printed_twice_on_one_line_is_dropped() -> None:
    card = "Ferry fares to rise in May Ferry fares to rise in May"
    page = "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4, card,
                          "Fares will rise by 5% from May, the operator said today."])
    result = strip_chrome(page)
    assert {r.text: r.reason for r in result.removed}[card] == "doubled line"
    # a short chant or a two-word repeat is no headline
    assert "Go team, go team" not in {r.text for r in strip_chrome(
        "\n\n".join([PARA_1, "Go team, go team", PARA_2])).removed}


def test_a_headline_that_reads_as_a_sentence_does_not_win_over_its_story() -> None:
    first = "“I was born in the keeper's cottage,” said Mary Penrose, who grew up on the rock."
    second = "The lighthouse, built in 1858, was automated in 1982 and has stood empty since."
    page = ("Home\nNews\nSport\nWeather\n\n"
            "Tour the island's oldest lighthouse — it's for sale now!\n\n"
            "2024-05-02T10:00:00Z\nAnn Lee\nshare\ntweet\ncomment ()\n"
            f"{first}\n\nCourtesy of Island Homes\n{second}\n\n"
            "Closed Captioning\nON OFF\nfont\nsize\ncolor\nMore video\n\n"
            "Privacy policy\nContact us")
    assert strip_chrome(page).body == f"{first}\n\n{second}"
    # a paragraph too long for a headline over a list of dated events is the page's text
    text = ("This year the harbour society invites everyone to the old quay for a day of "
            "music, boat trips and stalls, with a lantern parade after dark and fireworks over "
            "the water to close the evening.")
    page = ("Home\nEvents\nContact\n\n" + text + "\n\nEvents\n\n27 November 2026 15:00\n"
            "Christmas market\n10 December 2026 17:00\nCandlelight concert")
    assert strip_chrome(page).body == text


def test_a_newsletter_box_inside_the_story_does_not_end_it_with_its_privacy_link() -> None:
    box = ["Morning Briefing", "Get the island's news in your inbox every morning.",
           "Sign Up", "Privacy Policy"]
    more = ["The operator said the first sailings would run at half the usual fare, to win "
            "back passengers lost during the works, and that season tickets bought before "
            "the closure would be honoured until the end of the year.",
            "Ticket offices on both islands will open an hour earlier from Monday, and a "
            "second booking line will be staffed at weekends through the summer months.",
            "Graphic", "How the new terminal was built",
            "Islanders have been invited to an open day at the terminal on Saturday, when "
            "the harbour master will lead tours of the new berths and the control room."]
    page = "\n\n".join([PARA_1, PARA_2, *box, *more,
                          "Home\nNews\nContact Us\nPrivacy\nTerms of Service"])
    body = strip_chrome(page).body
    assert more[0] in body and more[-1] in body
    assert "Sign Up" not in body


def test_comments_signed_under_their_text_are_a_thread() -> None:
    def comment(title: str, text: str, who: str, day: int) -> list[str]:
        return [title, text, f"Posted by: {who}, {day} Sep 2024 | 15:22"]

    thread = [*comment("Good news", "The new terminal will help families in summer a lot.",
                       "Harbour Mum", 27),
              *comment("Too late", "They should have built it ten years ago, to be honest.",
                       "Old Salt", 27),
              *comment("Cost?", "Who pays for it in the end? The islanders, as always.",
                       "Jo, Port Maren", 28)]
    article = [PARA_1, PARA_2, PARA_3, PARA_4]
    page = "\n\n".join([*article, "Reader comments Add your comment", *thread])
    assert strip_chrome(page).body == "\n\n".join(article)
    # with no heading over the thread, the article's last paragraph is never taken for the
    # first comment
    page = "\n\n".join([*article, *thread[1:]])
    assert strip_chrome(page).body.startswith("\n\n".join(article))
    # a live blog signs each entry over its text: the last entry's text is under its line
    entries = [[f"Posted by: Ann Lee, 27 Sep 2024 | 1{n}:00", text]
               for n, text in enumerate(article)]
    page = "\n\n".join(["Ferry terminal opening: live", *sum(entries, [])])
    assert strip_chrome(page).body.endswith(PARA_4)
    # one such line is the article's own byline
    byline = "Posted by: Ann Lee, 27 Sep 2024 | 09:15"
    page = "\n\n".join(["New ferry terminal opens", byline, *article])
    assert strip_chrome(page).body == "\n\n".join(article)


def test_comments_headed_by_a_dated_line_with_a_reply_button_are_a_thread() -> None:
    def comment(who: str, day: int, text: str) -> list[str]:
        return [f"{who} {day}. Juni 2024 um 15:28 Uhr - Antworten", text]

    thread = [*comment("Ben", 19, "Die neue Fähre hilft den Familien im Sommer sehr."),
              *comment("Anne Burmester", 20, "Das hätte man vor zehn Jahren bauen sollen, ehrlich."),
              *comment("Titus", 21, "Wer bezahlt das am Ende? Die Inselbewohner, wie immer.")]
    article = [PARA_1, PARA_2, PARA_3, PARA_4]
    page = "\n\n".join([*article, *thread])
    assert strip_chrome(page).body == "\n\n".join(article)
    # one dated line ending in a reply button is no thread: the paragraph under it stays
    page = "\n\n".join([*article, *thread[:2]])
    assert thread[1] in strip_chrome(page).body


def test_comments_headed_by_a_says_line_over_a_stamp_are_a_thread() -> None:
    comments = [
        ("I grew up on the island and took that ferry to school every day for years, so I "
         "know how crowded it gets in August, when the queue for the car deck runs back past "
         "the chip shop and half the foot passengers stand on the open deck in the rain."),
        ("Nobody at the meeting last winter could say who would pay for the new car park, and "
         "the minutes still do not say it. Until somebody answers that question in writing, I "
         "will believe the terminal is a nice drawing and little more than that, frankly."),
        ("My grandfather worked on the old pier for thirty years and he always said the "
         "harbour wall would need rebuilding before any new building went up beside it. He "
         "was right about most things to do with the sea, and I expect he was right here."),
    ]
    thread = [f"{who} says:\nMarch 2, 2024 at {hour}:28 pm\n{text}"
              for (who, hour), text in zip((("Simon Hale", 8), ("Bea", 9), ("Old Salt", 10)),
                                           comments, strict=True)]
    article = [PARA_1, PARA_2, PARA_3, PARA_4]
    page = "\n\n".join([*article, "3 Responses to the ferry story", *thread])
    result = strip_chrome(page)
    assert result.body == "\n\n".join(article)
    # --show-removed names the thread, not just "after article"
    reasons = {r.text: r.reason for r in result.removed}
    assert reasons["Bea says:"] == reasons["March 2, 2024 at 9:28 pm"] == "comments section"
    # one such header inside the story is no thread: the story goes on under it
    page = "\n\n".join([PARA_1, thread[0], PARA_2, PARA_3, PARA_4])
    assert strip_chrome(page).body.endswith("\n\n".join([PARA_2, PARA_3, PARA_4]))


def test_an_author_box_at_the_end_is_dropped_with_no_byline() -> None:
    article = [PARA_1, PARA_2, PARA_3, PARA_4]
    for box in (["Jo Varga", "Jo Varga ist Redakteurin im Ressort Hafen und schreibt über Fähren."],
                ["Dr. Jo Varga", "ist Partnerin der Kanzlei Varga in Port Maren und berät Reedereien."]):
        result = strip_chrome("\n\n".join([*article, *box]))
        assert result.body == "\n\n".join(article)
        # the box is named a bio: by its shape (the name line), or by its words ("ist
        # Redakteurin im Ressort ...")
        removed = {r.text: r.reason for r in result.removed}
        assert "author bio" in (removed[box[0]], removed[box[1]])
    # a paragraph that names someone under their name, with the story going on, stays
    quoted = "Jo Varga is the harbour master and has run the port since 2009, she said."
    page = "\n\n".join([PARA_1, "Jo Varga", quoted, PARA_2, PARA_3, PARA_4])
    assert quoted in strip_chrome(page).body


def test_an_inline_teaser_with_its_headline_over_read_more_is_dropped() -> None:
    teaser = "Council approves new bus lanes for the harbour road"
    page = "\n\n".join([PARA_1, PARA_2, teaser, "Read more\n" + PARA_3, PARA_4])
    result = strip_chrome(page)
    assert result.body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])
    assert {r.text: r.reason for r in result.removed}[teaser] == "related teaser"


def test_kicker_and_headline_pairs_set_inside_the_story_are_teasers() -> None:
    # A sports site prints a section kicker tight over a teaser headline between the
    # story's paragraphs, more than once; one such pair (an ad label over a subhead) stays.
    teasers = ["Harbour league\nRowing club names its new captain for the spring regatta",
               "Harbour league\nFive crews to watch when the autumn season opens"]
    page = "\n\n".join([PARA_1, PARA_2, teasers[0], PARA_3, teasers[1], PARA_4, PARA_5])
    result = strip_chrome(page)
    assert result.body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4, PARA_5])
    reasons = {r.text: r.reason for r in result.removed}
    assert reasons["Five crews to watch when the autumn season opens"] == "related teaser"
    single = "\n\n".join([PARA_1, PARA_2, "Sponsored\nWhat the new terminal will cost",
                           PARA_3, PARA_4, PARA_5])
    assert "What the new terminal will cost" in strip_chrome(single).body


def test_teaser_cards_under_a_related_heading_end_the_story() -> None:
    cards = ["More from the islands",
             "Council approves new bus lanes",
             "The harbour road gets two bus lanes from May. Cyclists will share one of them.",
             "Ferry fares to rise in May",
             "Tickets will cost 5% more from the spring. Season tickets are not affected.",
             "Islanders split over the new terminal",
             "A survey found half the island supports the plan. The rest want more boats."]
    article = [PARA_1, PARA_2, PARA_3, PARA_4]
    page = "\n\n".join([*article, *cards, "Home\nNews\nContact"])
    assert strip_chrome(page).body == "\n\n".join(article)
    # one card inside the story, with the story's paragraphs going on under it, ends nothing
    page = "\n\n".join([PARA_1, PARA_2, *cards[:3], PARA_3, PARA_4, PARA_1 + " Again."])
    assert strip_chrome(page).body.endswith(PARA_1 + " Again.")


def test_tight_unfinished_teasers_under_a_related_heading_end_the_story() -> None:
    # each teaser's headline runs on into its blurb on one line, no full stop at its end
    teasers = "\n".join([
        "The island ferry pass is only £25 this week It is the lowest price we have seen "
        "for a season ticket since the route opened",
        "Harbour cafe reopens after the winter floods Owners say the new menu keeps "
        "the old favourites and adds a few more",
        "Ten walks along the harbour wall for a quiet Sunday Our picks for families, "
        "dog walkers and anyone who likes a view",
        "New timetable brings later boats to the outer islands Evening crossings "
        "return for the first time in three years"])
    article = [PARA_1, PARA_2, PARA_3]
    page = "\n\n".join([*article, "Next Up In News", "Good Deals", teasers,
                         "Sign up for the newsletter"])
    assert strip_chrome(page).body == "\n\n".join(article)
    # the story's own paragraphs under such a heading are finished and spaced: kept
    page = "\n\n".join([PARA_1, "Next Up In News", PARA_2, PARA_3, PARA_4])
    assert strip_chrome(page).body.endswith(PARA_4)
    # under a story in spaced paragraphs, a tight run of teasers is one however they end
    finished = "\n".join(line + "." for line in teasers.split("\n"))
    page = "\n\n".join([*article, "Related coverage", finished, "Share this article"])
    assert strip_chrome(page).body == "\n\n".join(article)
    # ... but under a story set in tight paragraphs they are the story going on
    last = PARA_1.replace("harbour", "island")
    page = "\n".join([PARA_1, PARA_2, "Related coverage", PARA_3, PARA_4, last])
    assert strip_chrome(page).body.endswith(last)


def test_cards_each_with_the_same_button_close_a_short_story() -> None:
    # a blog's next posts under a short post: a sentence-long headline, a two-sentence
    # paragraph and the same button under each, in the site's language ("Weiterlesen")
    cards = []
    for headline, blurb in [
        ("Choir night at the harbour hall draws its biggest crowd yet",
         "The island choir sang for three hours and the hall ran out of chairs before the "
         "second set began, organisers said on Sunday. The next concert is in May, and "
         "tickets go on sale at the library next week for anyone who missed out."),
        ("A young readers' novel about the ferry strike is a tale of loyalty and luck",
         "The book follows two sisters through the summer the boats stopped, and it is the "
         "author's best work so far. Her first book, about a lighthouse keeper's son, won a "
         "prize and sold well across the islands and on the mainland."),
        ("Learn to sail in a week with the club's new evening course",
         "Lessons start in June and cost less than a season ticket, and the club lends every "
         "student a life jacket and a boat. Beginners of any age are welcome, and the "
         "instructors have all sailed the outer islands for years."),
    ]:
        cards += [headline, blurb, "Weiterlesen"]
    page = "\n\n".join([PARA_1, "(via Island Press)", *cards, "Impressum\nKontakt"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, "(via Island Press)"])
    # the button may be a bare arrow, and an excerpt cut off short
    arrows = [line.replace("Weiterlesen", "»»»") for line in cards]
    arrows[4] = "The book follows two sis"
    page = "\n\n".join([PARA_1, "(via Island Press)", *arrows, "Impressum\nKontakt"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, "(via Island Press)"])
    # the same box set inside a story that goes on at length under it cuts nothing
    page = "\n\n".join([PARA_1, *cards, PARA_2, PARA_3, PARA_4])
    assert strip_chrome(page).body.endswith(PARA_4)


def test_a_feed_of_cards_each_closed_by_the_same_buttons_ends_the_story() -> None:
    # a portal's endless feed under the story: headline, blurb, source and three buttons to
    # each card, with an advertiser's card (no buttons) among them
    feed = []
    for n, (headline, blurb) in enumerate([
        ("Ferry strike called off after late-night talks",
         "Crews will return to work on Monday after the union accepted a new offer on pay and "
         "rest days, the operator said in a statement."),
        ("Harbour wall repairs to start in spring",
         "The council has set aside money for the first stage of the work, which will close "
         "part of the seafront path for three months."),
        ("Island school wins national music prize",
         "Pupils from the smallest school in the region beat forty others with a song about "
         "the lighthouse keepers who once lived on the headland."),
        ("Storm warning for the northern isles",
         "Forecasters expect gusts of up to 80 miles an hour on Thursday night, and the first "
         "morning sailings may be cancelled."),
        ("New bakery opens on the quay",
         "Two sisters who trained in the city have taken over the old chandlery and will sell "
         "bread baked in a wood-fired oven."),
    ]):
        feed.append(f"{headline}\n\n{blurb}\n\nIsland Press\nSave\nMore like this\n"
                    "Fewer like this")
        if n == 1:
            feed.append("Learn to trade online\n\nAdChoices\nJoin thousands of traders who "
                        "chose our platform for its low fees and simple tools.\n\n"
                        "TradeCo Sponsored")
    page = "\n\n".join([PARA_1, PARA_2, PARA_3, "Recommended for You", "\n".join(feed)])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])


def test_a_feed_item_printed_whole_under_a_related_box_is_another_story() -> None:
    # a "happening now" feed under the story prints its newest item in full: its stamp, its
    # headline and its paragraphs are no continuation of the story over the box
    item = ["Council votes to rebuild the old pier",
            "Councillors voted on Tuesday to rebuild the old pier at the north end of the "
            "harbour, which has been closed to the public since a storm damaged it in 2019.",
            "The work will cost about £3 million and should take two years, the council said, "
            "with most of the money coming from a coastal communities fund.",
            "Fishermen who moor their boats at the pier will be moved to the new quay while "
            "the work goes on, and the council will pay their mooring fees."]
    page = "\n\n".join([PARA_1, PARA_2, PARA_3, "Related",
                         "Ferry fares to rise in May\nIslanders split over the new terminal",
                         "Happening now", "3 minutes ago", *item, "Updated 21 minutes ago"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])
    # a live blog's stamped entries go on under such a box
    blog = "\n\n".join(["20 minutes ago", "Ferries cancelled", PARA_1, PARA_2,
                         "10 minutes ago", "Terminal to open in spring", PARA_3, PARA_4,
                         "Related",
                         "Ferry fares to rise in May\nIslanders split over the new terminal",
                         "3 minutes ago", *item])
    assert strip_chrome(blog).body.endswith(item[-1])


def test_a_gallery_printing_its_title_over_every_slide_is_dropped_from_the_story() -> None:
    title = "Storm night: the islands under water"
    slides = []
    for heading, text in [
        ("The harbour wall", "Waves broke over the harbour wall for six hours on Tuesday "
         "night, and the road behind it was closed until the morning."),
        ("Boats on the quay", "Two fishing boats were lifted onto the quay by the surge, "
         "and one of them lost its wheelhouse when it landed."),
        ("The ferry terminal", "The old terminal building flooded to the height of its "
         "ticket desks, and the morning crossings were cancelled."),
        ("Clearing up", "Volunteers spent Wednesday sweeping mud out of the shops on "
         "the front, and the council sent two diggers to the beach road."),
    ]:
        slides += [title, heading, text]
    page = "\n\n".join([PARA_1, PARA_2, *slides, PARA_3, PARA_4])
    result = strip_chrome(page)
    assert result.body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])
    assert {r.reason for r in result.removed} == {"gallery slide"}


def test_a_further_reading_box_set_as_paragraphs_is_dropped() -> None:
    box = ["Further reading", "Council approves new bus lanes for the harbour road",
           "Ferry fares to rise in May", "Islanders split over the new terminal"]
    page = "\n\n".join([PARA_1, PARA_2, *box, PARA_3, PARA_4])
    result = strip_chrome(page)
    assert result.body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])
    # one short line under the label is a subhead over the text that goes on: no box
    subhead = "Fares and timetables"
    page = "\n\n".join([PARA_1, PARA_2, "See also", subhead, PARA_3, PARA_4])
    assert subhead in strip_chrome(page).body
    # a box's tab may stand between the label and its headlines ("See Also" / "More")
    tabbed = ["See Also", "More", "Council approves new bus lanes for the harbour road",
              "Islanders split over the new terminal",
              "Is this the biggest ferry disaster the islands have ever seen? 'I lost it all!'",
              "Buy it now: glittering lanterns for any harbour party"]
    page = "\n\n".join([PARA_1, PARA_2, PARA_3, *tabbed, "Load More Stories"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])


def test_a_one_teaser_label_takes_only_its_headline() -> None:
    # the label's box is one headline: the table closing the article is still taken back
    table = "\n".join(["Terminal facts", "Opening\tApril 2025", "Cost\t£40 million",
                       "Berths\t4", "Gates\t12"])
    page = "\n\n".join([PARA_1, PARA_2, "Related Story\nCouncil approves new bus lanes",
                          PARA_3, PARA_4, "Related Story\nFerry fares to rise in May", table,
                          "Home\nNews\nSport\nWeather"])
    assert strip_chrome(page).body == "\n\n".join(
        [PARA_1, PARA_2, PARA_3, PARA_4, *table.splitlines()])
    # set in <div>s, the paragraph under the headline reads as its blurb, yet the article
    # goes on past it to the comments
    tight = "\n".join([PARA_1, "Related Story", "Council approves new bus lanes", PARA_2,
                       PARA_3, "Related Story", "Ferry fares to rise in May", PARA_4,
                       "Comments (3)", "Ann says:", "June 12, 2019 9:31 am",
                       "Finally some good news for the islands after years of waiting.", "Reply"])
    assert strip_chrome(tight).body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])


def test_a_caption_set_tight_over_its_credit_is_dropped() -> None:
    caption = "The new terminal building seen from the harbour wall on Tuesday morning."
    page = "\n\n".join([PARA_1, PARA_2, caption + "\nJo Roe / Island Press", PARA_3, PARA_4])
    result = strip_chrome(page)
    assert result.body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])
    assert {r.text: r.reason for r in result.removed}[caption] == "photo caption"
    # a gallery: each caption under its counter and over a credit a rule names
    gallery = "\n".join(f"{n} of 3\nPassengers queue for the morning ferry, picture {n}.\n"
                        f"Photo: Jo Roe, Island Press" for n in (1, 2, 3))
    page = "\n\n".join([PARA_1, PARA_2, gallery, PARA_3, PARA_4])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])
    # on a page set without blank lines every paragraph is tight: no caption is read there
    tight = "\n".join([PARA_1, PARA_2, PARA_3, "Harbour News", PARA_4])
    assert PARA_3 in strip_chrome(tight).body


def test_a_caption_a_blank_line_above_its_credit_is_dropped_when_it_describes_the_picture(
) -> None:
    caption = "Harbour master Jo Varga speaks to reporters at the new terminal on Tuesday."
    page = "\n\n".join([PARA_1, PARA_2, caption, "(JO ROE/ISLAND PRESS)\n" + PARA_3, PARA_4])
    result = strip_chrome(page)
    assert result.body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])
    # a paragraph of the story over a picture with only a credit stays
    said = "Harbour master Jo Varga said the terminal would open on time, and on budget."
    page = "\n\n".join([PARA_1, PARA_2, said, "(JO ROE/ISLAND PRESS)\n" + PARA_3, PARA_4])
    assert said in strip_chrome(page).body
    # a state or a title shortened with a full stop ends no sentence of the caption
    shortened = ("Gov. Jo Varga arrives to speak at the new terminal in Hershey, Pa. "
                 "Thursday.")
    page = "\n\n".join([PARA_1, PARA_2, shortened, "(JO ROE/ISLAND PRESS)\n" + PARA_3,
                          PARA_4])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])


def test_a_credit_printed_over_its_named_caption_is_dropped() -> None:
    # the credit's label is in the page's language, the caption's in English
    credit = "Правообладатель иллюстрации Ann Lee / Island Press"
    figure = credit + "\nImage caption The new terminal seen from the harbour wall"
    page = "\n\n".join([PARA_1, PARA_2, figure, PARA_3, PARA_4])
    result = strip_chrome(page)
    assert result.body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])
    assert {r.text: r.reason for r in result.removed}[credit] == "photo caption"
    # a subhead keeps its blank line under it, so a caption below it leaves it alone
    subhead = "Fares and timetables"
    page = "\n\n".join([PARA_1, PARA_2, subhead, "Image caption The new terminal",
                          PARA_3, PARA_4])
    assert subhead in strip_chrome(page).body


def test_a_read_also_box_inside_a_tight_list_article_ends_nothing() -> None:
    def item(n: int, name: str) -> list[str]:
        return [f"{n}. {name}", f"The {name} serves coffee roasted on the premises, with cakes "
                "baked every morning and tables by the window that fill up before nine."]
    lines = ["Nine cafés worth the trip", "By Ann Lee",
             "The city has more good cafés than ever, and these are the ones to visit first.",
             *item(1, "Harbour Café"), *item(2, "Quay Kitchen"), *item(3, "Ferry House"),
             "Related articles", "Where to eat on the islands this summer",
             "Ten walks along the coast",
             *item(4, "Lighthouse Bakery"), *item(5, "Dock Street Café"), "Home", "Contact"]
    body = strip_chrome("\n".join(lines)).body  # set in <div>s: no blank lines at all
    assert "5. Dock Street Café" in body and "4. Lighthouse Bakery" in body
    assert "Ten walks along the coast" not in body


NEXT_STORY = ["Council votes to keep the island library open on Sundays",
              "By Sam Carter", "12 March 2024",
              "The island library will stay open on Sundays after councillors voted to "
              "find the money from the parking budget, ending a year of uncertainty.",
              "Librarians said Sunday opening was used most by families and by pupils "
              "preparing for exams, and that closing would have hit them hardest."]


def test_a_second_story_printed_under_the_first_is_cut_off() -> None:
    page = "\n\n".join(["Harbour to open new ferry terminal", "By Tom Ashworth",
                          "11 March 2024", PARA_1, PARA_2, PARA_3, PARA_4, *NEXT_STORY,
                          "Home\nNews\nSport"])
    result = strip_chrome(page)
    assert result.body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])
    assert result.author == "Tom Ashworth"


def test_a_box_between_the_story_and_the_next_one_printed_in_full_goes() -> None:
    # A newsletter form and the publisher's pitch close the first story; the next story,
    # printed in full and longer, outweighed them in the block and kept them in.
    box = ["Sign up for our newsletter", "E-mail address",
           "The Island Courier is funded by its readers, and every pound pays for reporting."]
    longer = [*NEXT_STORY, PARA_5, PARA_6, *NEXT_STORY[3:], PARA_5.replace("harbour", "bay")]
    page = "\n\n".join(["Harbour to open new ferry terminal", "By Tom Ashworth",
                         "11 March 2024", PARA_1, PARA_2, PARA_3, PARA_4, *box, *longer,
                         "Home\nNews\nSport"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])


def test_a_box_closes_the_story_once_the_boxes_under_it_are_cut_off() -> None:
    # A newsletter box under the story, one headline of a "most read" tab read as prose,
    # then a related box with two short teasers: the prose under the newsletter box was too
    # much for a closing box while the related box's teasers counted; once they are cut off
    # it is one headline, and the newsletter box closes the story.
    teasers = ["The island's last boatyard is hiring apprentices again this spring.",
               "Ferry crews will vote next week on the company's new pay offer."]
    page = "\n\n".join(["Harbour to open new ferry terminal", "By Tom Ashworth",
                         "11 March 2024", PARA_1, PARA_2, PARA_3, PARA_4, PARA_5,
                         "Sign up for our newsletter",
                         "Why the island's fishermen are selling their boats to the mainland.",
                         "More on this topic", *teasers, "Home\nNews\nSport"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4, PARA_5])


def test_a_box_the_storys_last_paragraphs_follow_stays_a_box_inside_it() -> None:
    # A newsletter box near a long story's end, then its last two paragraphs, then a related
    # box: cutting the related box off leaves little prose under the newsletter box, but
    # that prose is the story's own paragraphs going straight on, so the story keeps them.
    works = [f"On day {k} of the works the crews moved {40 * k} tonnes of stone to the new "
             "quay, and the site manager said the schedule was holding despite the weather."
             for k in range(1, 8)]
    story = [PARA_1, PARA_2, PARA_3, PARA_4, *works]
    last = [PARA_5, PARA_6]
    teasers = ["The island's last boatyard is hiring apprentices again this spring.",
               "Ferry crews will vote next week on the company's new pay offer."]
    page = "\n\n".join(["Harbour to open new ferry terminal", "By Tom Ashworth",
                         "11 March 2024", *story, "Sign up for our newsletter", *last,
                         "More on this topic", *teasers, "Home\nNews\nSport"])
    assert strip_chrome(page).body == "\n\n".join([*story, *last])


def test_a_newsletter_box_over_a_long_storys_last_two_paragraphs_cuts_nothing() -> None:
    # Two paragraphs of the story straight under the box are little beside the story over
    # it, but they are the story going on: a box under a finished story has none.
    works = [f"On day {k} of the works the crews moved {40 * k} tonnes of stone to the new "
             "quay, and the site manager said the schedule was holding despite the weather."
             for k in range(1, 8)]
    story = [PARA_1, PARA_2, PARA_3, PARA_4, *works]
    page = "\n\n".join(["Harbour to open new ferry terminal", "By Tom Ashworth",
                         "11 March 2024", *story, "Sign up for our newsletter", PARA_5,
                         PARA_6, "© 2024 Island Courier. All rights reserved."])
    assert strip_chrome(page).body == "\n\n".join([*story, PARA_5, PARA_6])


def test_a_subhead_in_capitals_between_paragraphs_is_the_storys() -> None:
    # Set apart between two paragraphs, "WHAT THE COUNCIL DECIDED" heads the story's next
    # section, as the same words in sentence case would.
    page = "\n\n".join(["Harbour to open new ferry terminal", PARA_1, PARA_2,
                         "WHAT THE COUNCIL DECIDED", PARA_3, PARA_4, PARA_5,
                         "Home\nNews\nSport"])
    assert strip_chrome(page).body == "\n\n".join(
        [PARA_1, PARA_2, "WHAT THE COUNCIL DECIDED", PARA_3, PARA_4, PARA_5])


def test_a_read_next_card_with_byline_and_date_inside_the_story_cuts_nothing() -> None:
    # "Read Next", the teaser's headline, byline, date and one blurb, all tight; the story
    # goes on under the card, so no second story starts there
    card = "\n".join(["Read Next", NEXT_STORY[0], NEXT_STORY[1], "July 21, 2019 05:30 AM",
                      "Median fares rose 9 percent last year, a council report found."])
    page = "\n\n".join(["Harbour to open new ferry terminal", "By Tom Ashworth",
                          "July 22, 2019 06:00 AM", PARA_1, PARA_2, PARA_5, card,
                          PARA_3, PARA_4, PARA_6, "Home\nNews\nSport"])
    body = strip_chrome(page).body
    assert body.startswith(PARA_1) and body.endswith("\n\n".join([PARA_3, PARA_4, PARA_6]))
    assert NEXT_STORY[0] not in body


def test_prose_over_a_story_with_its_own_header_is_no_article() -> None:
    # with no header of its own, the prose above was a sidebar or teaser, not the story
    page = "\n\n".join(["Home\nNews\nSport", PARA_1, PARA_2, PARA_3, *NEXT_STORY,
                          "Related\nFerry fares to rise in May"])
    result = strip_chrome(page)
    assert result.body == "\n\n".join(NEXT_STORY[3:])
    assert result.author == "Sam Carter"


def test_a_third_story_under_the_second_is_cut_off_too() -> None:
    # a block of prose with no header, a story under its header, then another story: the
    # page prints story after story; the first with a header is the page's
    from newsum.chrome.text import _one_story

    second = [*NEXT_STORY[:3], PARA_4, PARA_6, PARA_2]
    third = ["Fishermen ask the port for more berths before the summer",
             "By Jo Varga", "13 March 2024", PARA_5, PARA_3]
    lines = split_lines("\n\n".join([PARA_1, PARA_2, PARA_3, *second, *third]))
    start, end, _top, header = _one_story(lines, 0, len(lines) - 1, {})
    assert [line.text for line in lines[start:end + 1]] == second
    assert header.author == "Sam Carter"


def test_each_list_article_run_spans_only_its_own_lines() -> None:
    lines = split_lines("\n".join([
        "1. Harbour Café", "Coffee by the water.", "2. Quay Kitchen", "Soup and bread.",
        "3. Ferry House", "Cakes all day.", "Comments (4)", "Ann says: lovely list",
        "Most read", "1. Fares to rise", "2. Bus lanes approved", "3. Library stays open"]))
    runs = list_article_runs(lines)
    assert runs == [[0, 2, 4], [9, 10, 11]]
    inside = between_headings(lines, runs)
    assert not any(inside[5:9])  # the comments between the two runs belong to neither


def test_a_bio_calling_the_writer_by_the_given_name_is_dropped() -> None:
    bio = ("Tom is a transport reporter covering ferries, ports and the islands' economy, and "
           "before that wrote for a weekly paper on the mainland.")
    page = "\n\n".join(["By Tom Ashworth", PARA_1, PARA_2, PARA_3, PARA_4, bio])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])


def test_a_book_box_under_the_first_paragraphs_is_no_header() -> None:
    # Its "By ..." line once made the paragraphs above it a standfirst.
    intro = ("Ferry timetables have been written by hand for decades, and the harbour's "
             "archivist has spent years collecting them from attics, sheds and old offices "
             "on every island. Her new book sets out how the crossings grew from one boat "
             "a week to the busy service of today.")
    page = "\n\n".join(["Island Life", "Why the ferries run late", "By Tom Ashworth", PARA_1,
                          intro, "Tides and Timetables: A History", "By Ann Lee. Harbour Press.",
                          PARA_2, PARA_3, PARA_4])
    assert strip_chrome(page).body.startswith(PARA_1 + "\n\n" + intro)


def test_a_bio_naming_the_byline_author_in_other_letter_case_is_dropped() -> None:
    # The byline prints "Di", the bio "di": one writer.
    bio = ("Ann di Luca is a harbour reporter for the Island Press and is based in Port Ellen, "
           "where she has covered the ferries since 2015.")
    page = "\n\n".join(["Ferry terminal approved", "By Ann Di Luca | March 12, 2024",
                        PARA_1, PARA_2, PARA_3, bio, "© 2024 Island Press"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])


def test_a_spaced_bio_after_an_unspaced_article_does_not_win() -> None:
    # The bio's blank lines once made it outweigh the article's tight paragraphs.
    bio = ("Priya Raman has reported on science and medicine for a decade, and her work has "
           "appeared in several national magazines and on public radio. She lives by the sea "
           "with two cats and far too many books about the history of lighthouses.")
    page = "\n\n".join(["Home", "\n".join([PARA_1, PARA_2, PARA_3]), "About the Author", bio])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])


def test_a_comment_thread_without_a_heading_is_dropped() -> None:
    thread = "\n\n".join([
        "Sam Carter\n3 hours ago",
        "I have taken that ferry for twenty years and the queues in August are a nightmare, "
        "so this is very welcome news for everyone who lives on the islands.",
        "Reply\nReport",
        "Jo Lane\n2 hours ago",
        "It would be better to spend the money on more boats rather than a new building, "
        "because the crossings are already full in summer and nobody can get a ticket.",
        "Reply\nReport",
    ])
    page = "\n\n".join([PARA_1, PARA_2, PARA_3, thread])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])
    assert reasons(page)["Sam Carter"] == "comments section"


def assert_thread_under_story(thread: list[str], header: str) -> None:
    """A thread under a two-paragraph story leaves the story alone, the header named."""
    page = "\n\n".join(["Harbour to open new ferry terminal", PARA_1, PARA_2, *thread])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2])
    assert reasons(page)[header] == "comments section"


def test_comments_headed_by_name_and_age_on_one_line_are_a_thread() -> None:
    # "Ed Lee 1 year" heads each comment, some opening on a greeting line; no heading and
    # no reply button. The thread holds more prose than the short story above it.
    comment = ("I have taken that ferry for twenty years and the queues in August are a "
               "nightmare, so this is very welcome news for everyone who lives on the islands, "
               "though I would rather see the money spent on more boats than on a building.")
    thread = []
    for head in ["Ed Lee 1 year", "Sam Carter (@samc) 1 year", "Jo Lane 2 years"]:
        thread += [head, "Hello Ann,", f"{comment}\n{comment}", "Share"]
    assert_thread_under_story(thread, "Ed Lee 1 year")


def test_comments_headed_by_a_handle_and_a_dashed_stamp_are_a_thread() -> None:
    # A news site's thread with no heading in any known language: each comment numbered,
    # then "handle - date time" (handles are any words: "100 tons?"), then the comment.
    comments = [
        ("Samurai - 16.08.2015 10:16:23",
         "They catch the smugglers so that prices stay high, and about prices they say nothing."),
        ("100 tons? - 15.08.2015 23:55:57",
         "That is not even two tank wagons of fuel, so I do not see what the fuss is about."),
        ("Ivan Petrov - 15.08.2015 20:08:40",
         "My grandfather always told me that whoever shouts loudest has the most to hide here."),
        ("razbirach - 15.08.2015 18:54:53",
         "If you have not understood it yet, this is mockery of every honest person in the land."),
    ]
    thread = []
    for k, (head, text) in enumerate(comments):
        thread += [f"#{29 - k}", head, text]
    assert_thread_under_story(thread, "Samurai - 16.08.2015 10:16:23")


def test_posts_headed_by_a_handle_and_today_with_a_time_are_a_thread() -> None:
    # A market-chat box under a short story: each post headed by its writer's handle, then
    # "today" (or "yesterday", or glued: "今天") and a time; its posts hold more prose.
    posts = [
        ("Harbour Watch today 12:08:48",
         "Shipping shares opened higher on the terminal news, then gave back half their gain "
         "as traders took profits before the lunch break, and volume stayed thin all morning."),
        ("Ed Lee today 12:08:37",
         "Resistance sits just above this morning's gap, and without the banks joining in the "
         "index will struggle to break through it, so expect a quiet and choppy afternoon."),
        ("徐小明今天 12:07:50",
         "My midday view is up on the channel now, with the levels I am watching for the rest "
         "of the week and the two ferry operators I would keep an eye on after this news."),
        ("Sam Carter yesterday 23:55",
         "Index opened high and drifted lower, as I said this morning it would; the stronger "
         "sectors were edge computing and ports, and the weaker ones were the insurers."),
    ]
    thread = [part for post in posts for part in post]
    assert_thread_under_story(thread, "徐小明今天 12:07:50")


def test_comments_with_quote_and_report_buttons_are_a_thread() -> None:
    # A Spanish paper's thread: each comment under its handle and stamp, then a row of reply
    # and quote buttons ("Responder Citar mensaje") and a report button ("Denunciar").
    comments = [
        "I have taken that ferry for twenty years and the queues in August are a nightmare, "
        "so this is very welcome news for everyone who lives on the islands.",
        "The money would be better spent on more boats than on a glass building that will "
        "be too hot in summer and too cold in winter, as the last one was.",
        "Nobody asked the people of the outer islands, who will still wait two hours for a "
        "connection whatever the new terminal looks like from the harbour.",
    ]
    thread = []
    for k, text in enumerate(comments):
        thread += [f"harbourfan{k} 28.oct.2012 | 11:{26 + k}", f"#{11 + k}", text,
                   "Responder Citar mensaje", "Valorar", "Positivo Negativo", "Denunciar"]
    assert_thread_under_story(thread, "Responder Citar mensaje")


def test_prose_under_a_comment_form_is_no_story() -> None:
    # A blog's comment form (name, mail, comment fields) and the house rules printed under
    # it: however much prose the rules hold, the post ended over the form.
    form = ["Name (required)", "Mail (will not be published) (required)",
            "Website", "Your comment", "Notify me of follow-up comments by email."]
    rules = [
        "The small print:",
        "Please keep to the house rules here, and be kind to the other readers of this blog "
        "even when you do not share their view of the harbour or of anything else at all.",
        "To comment you need to give a name and an e-mail address, which are never shown on "
        "the page and are never passed on to anyone, as the privacy page explains at length.",
        "With the amount of spam we get, a comment is sometimes eaten by the spam filter, so "
        "if yours does not appear within a day, write to us and we will dig it out again.",
    ]
    page = "\n\n".join(["Harbour to open new ferry terminal", PARA_1, PARA_2, *form, *rules])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2])


SIDEBAR_PLANS = [
    f"{k}. We call for a new transport policy, so that every village has a bus at least once "
    "an hour and fares that families on low incomes can pay without any trouble at all."
    for k in range(1, 9)]


@pytest.mark.parametrize("form", [
    ["Добавить комментарий", "Ваш адрес email не будет опубликован. Обязательные поля помечены *",
     "Комментарий", "Имя *", "Email *", "Сайт", "Отправить комментарий"],
    ["Dodaj komentarz", "Komentarz", "Nazwa *", "E-mail *", "Witryna internetowa",
     "Opublikuj komentarz"],
    ["Was denkst du?", "Name *", "eMail *", "Website", "Bitte benutze Gravatar!"],
])
def test_a_sidebar_longer_than_the_post_under_its_comment_form_is_no_story(
        form: list[str]) -> None:
    # A blog theme's comment form in any language: bare field labels ("Имя *", "Website")
    # beside one comment prompt. The sidebar's programme under it outweighs the short post,
    # and still the post ended over the form.
    page = "\n\n".join(["Harbour to open new ferry terminal", PARA_1, PARA_2, *form,
                         "Our programme", *SIDEBAR_PLANS])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2])


def test_a_sign_up_box_of_starred_fields_inside_a_story_cuts_nothing() -> None:
    # Starred fields alone ("Name *", "Email *", "Company *") are a newsletter's sign-up
    # box, which a story may go on under; no website field, no comment prompt beside them.
    box = ["Sign up for our newsletter", "Name *", "Email *", "Company *", "Subscribe"]
    story = [PARA_1, PARA_2, PARA_3, PARA_4, PARA_5]
    page = "\n\n".join(["Harbour to open new ferry terminal", *story, *box, PARA_6,
                         "Home\nNews\nSport"])
    assert strip_chrome(page).body == "\n\n".join([*story, PARA_6])


def test_a_posts_last_sections_over_its_tags_are_no_teaser_box() -> None:
    # Short lines over one-sentence paragraphs, straight on from the post, then its date
    # and tag list: the post's own programme, not a box of teasers after it.
    sections = ["Start at noon by the fountain",
                "The mayor and two ferry captains will speak to the crowd before the march.",
                "One o'clock at the market square",
                "The harbour choir will sing the old sea songs with everyone who joins in.",
                "Close at three by the quay",
                "Boats from the island will sound their horns as the last speech ends."]
    closing = "All the times are on the festival's page."
    page = "\n\n".join(["Harbour festival this weekend", PARA_1, PARA_2, *sections, closing,
                         "12 September 2026", "Tags: harbour, festival, ferry", "Name *",
                         "Email *", "Website", "Our programme", *SIDEBAR_PLANS])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, *sections, closing])
    # Under a heading of their own, or ending on a card with the tags under it, they are a
    # box of teasers.
    boxed = "\n\n".join(["Harbour festival this weekend", PARA_1, PARA_2,
                          "Elsewhere on the site", *sections, "Tags: harbour, festival"])
    assert strip_chrome(boxed).body == "\n\n".join([PARA_1, PARA_2])
    cards = "\n\n".join(["Harbour festival this weekend", PARA_1, PARA_2, *sections,
                          "Tags: harbour, festival"])
    assert strip_chrome(cards).body == "\n\n".join([PARA_1, PARA_2])


def test_a_reviews_fact_box_against_its_first_or_last_paragraph_is_body() -> None:
    # "Label: value" lines, one a price, set tight over the review or under its verdict.
    over = "Tested by: Ann Lee RRP: £23.99 More info: www.example.com"
    page = "\n\n".join(["Harbour ferry guide book review", "13/06/2026 Kit Reviews", over,
                         PARA_1, PARA_2, "Leave a comment", "Previous Post: Boots"])
    assert strip_chrome(page).body == "\n\n".join([over, PARA_1, PARA_2])
    under = ["Tested by: Ann Lee", "Price: £289.99", "Sizes: S-3XL", "More info: example.com"]
    page = "\n\n".join(["Harbour jacket review", PARA_1, PARA_2, "\n".join(under), "Tags"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, *under])
    # Without a price, label lines are a post's furniture ("Posted in: News"); a price
    # with no other fact of a review is an affiliate box's.
    furniture = "Posted in: News Tagged: ferry"
    page = "\n\n".join(["Harbour news", PARA_1, PARA_2, furniture, "Tags"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2])
    shop = "Our pick: the Harbour Kettle\nPrice: £29.99\nBuy now at Island Shop"
    page = "\n\n".join(["Harbour news", PARA_1, PARA_2, shop, "Tags"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2])


def test_a_bloggers_closing_sentence_with_an_emoji_stays() -> None:
    # An emoji after the full stop still ends a sentence; the share bar under it is chrome.
    closing = "Tell me below how your own harbour walk went, I read every answer. 🌱"
    page = "\n\n".join(["My harbour walk", PARA_1, PARA_2, closing, "Comparte esto:",
                         "Twitter\nFacebook", "Me gusta esto:", "Me gusta Cargando..."])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, closing])


def test_a_tab_bars_labels_printed_glued_are_a_box_heading() -> None:
    # A page copy glues a tab bar's labels ("Meistgelesen" + "Empfohlen"); a brand's inner
    # capital ("HomeKit") on a menu word is no menu.
    page = "\n\n".join([PARA_1, PARA_2, "HomeKit", PARA_3, "MeistgelesenEmpfohlen",
                          "Ferry fares to rise in spring", "New quay opens on Monday"])
    found = reasons(page)
    assert found["MeistgelesenEmpfohlen"] == "related section"
    assert "HomeKit" not in found
    assert reasons("AnteriorSiguiente\n\n" + PARA_1)["AnteriorSiguiente"] == "navigation"


def test_a_paragraph_that_dates_an_event_and_ends_on_by_is_no_byline() -> None:
    # "Posted March 3, 2026 by Ann Lee" signs a post; a blog's paragraph that gives a date
    # and ends "co-presented by the Harbour Theatre and Island Arts" names no writer.
    assert byline_author("Posted March 3, 2026 by Ann Lee") == "Ann Lee"
    paragraph = ("The harbour choir is still doing its thing, and now it has asked two old "
                 "ferry captains to sing along: on April 13, 2019 both joined the choir at the "
                 "quay festival, a night of songs about the sea, co-presented by The Harbour "
                 "Theatre and Island Arts")
    assert byline_author(paragraph) is None
    page = "\n\n".join(["Choir sings for the ferry", PARA_1, "Festival news", paragraph])
    assert strip_chrome(page).author is None


def test_the_openings_copy_in_a_share_box_far_above_keeps_the_opening() -> None:
    # A news site's share box at the top of the page describes the story with its first
    # paragraph; under a menu the story opens on the same paragraph, which stays.
    share = ["Share this story", "Email this article", PARA_1, "Send", "Cancel",
             "A link has been sent to your friend's email address.", "Posted!",
             "A link has been posted to your Facebook feed."]
    menu = ["News", "Sports", "Life", "Money", "Tech", "Travel", "Opinion", "Weather",
            "Crosswords", "Obituaries", "Video", "Photos"]
    page = "\n\n".join([*share, *menu, "Harbour to open new ferry terminal",
                          "Ann Lee, Island Times 8:42 a.m. EDT October 3, 2014",
                          PARA_1, PARA_2, PARA_3])
    assert strip_chrome(page).body.startswith(PARA_1)


def test_an_embedded_posts_text_under_a_box_of_headlines_stays() -> None:
    # a box of headlines set inside the story, and an embedded post set tight under it: the
    # post's text is the story's (its credit line says whose), not the box's last entry
    box = "\n".join(["Trending Stories", "Council approves new bus lanes for the harbour road",
                     "Ferry fares to rise in May", "Islanders split over the new terminal"])
    post = ("Ferry terminal suspect caught at the quay. And how did he get onto the island? "
            "Nobody checks the boats")
    credit = "— Ann Lee (@annlee) December 23, 2016"
    page = "\n\n".join([PARA_1, PARA_2, box + "\n" + post, credit, PARA_3, PARA_4])
    body = strip_chrome(page).body
    assert post in body and credit in body and "Ferry fares to rise in May" not in body


def test_names_heading_a_list_articles_sections_are_kept() -> None:
    # "Which captains said no?" and a section per captain, her name over a paragraph that
    # names her again: the names are the story's headings, not pictures' subjects
    sections = []
    for name in ("Ann Lee", "Jo Varga", "Tom Hale"):
        sections += [name, f"When the harbour board asked {name} to steer the first ferry out "
                           "of the new terminal, the answer came back within the hour: no."]
    page = "\n\n".join([PARA_1, "Which captains turned the board down?", *sections, PARA_3])
    body = strip_chrome(page).body
    assert all(f"\n\n{name}\n\n" in body for name in ("Ann Lee", "Jo Varga", "Tom Hale"))
    # one name set apart between paragraphs is a picture's subject
    page = "\n\n".join([PARA_1, PARA_2, "Jo Varga", PARA_3, PARA_4])
    assert "Jo Varga" not in strip_chrome(page).body


def test_comment_threads_are_found_in_other_languages() -> None:
    def thread(name: str, stamp: str, reply: str) -> str:
        return "\n\n".join([
            f"{name}\n{stamp}",
            "I have taken that ferry for twenty years and the queues in August are a "
            "nightmare, so this is very welcome news for everyone who lives on the islands.",
            reply,
            f"{name} Jr\n{stamp}",
            "It would be better to spend the money on more boats rather than a new building, "
            "because the crossings are already full in summer and nobody gets a ticket.",
            reply])

    # a reply button may name what it answers
    for stamp, reply in (("3 дня назад", "Ответить"), ("2 hari yang lalu", "Balas"),
                         ("3時間前", "返信"), ("il y a 3 jours", "Répondre à ce message"),
                         ("2 hours ago", "Reply to this comment")):
        page = "\n\n".join([PARA_1, PARA_2, PARA_3, thread("Sam Carter", stamp, reply)])
        assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3]), reply


def test_a_post_quoted_at_the_storys_end_keeps_its_credit() -> None:
    post = "The new terminal opens on Monday at 6am, and everyone is welcome to come and see it."
    credit = "— Island Ferries (@islandferries) March 3, 2026"
    page = "\n\n".join(["Ferry terminal opens", "By Ann Lee", PARA_1, PARA_2, PARA_3, post,
                          credit, "Have a tip? Ann Lee may be reached at ann@example.com.",
                          "Get our newsletter\nSubscribe"])
    assert strip_chrome(page).body.endswith(f"{post}\n\n{credit}")


def test_a_paragraph_printed_twice_on_the_page_is_dropped_from_the_story() -> None:
    caption = "Volunteers sort donated coats in the church hall on Saturday morning."
    gallery = "\n".join(["Photos", "1 of 2", caption, "2 of 2", "The harbour at dawn."])
    page = "\n\n".join([PARA_1, PARA_2, caption, PARA_3, PARA_4, gallery,
                          "Home\nNews\nContact"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])
    # a standfirst printed again as the story's opening stays
    page = "\n\n".join(["Ferry terminal opens", PARA_1, "By Ann Lee", "12 March 2024",
                          PARA_1, PARA_2, PARA_3, PARA_4])
    assert strip_chrome(page).body.startswith(PARA_1)
    # so does a story printed twice, as some page copies do
    story = "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])
    assert PARA_2 in strip_chrome(f"{story}\n\nPrint\n\n{story}").body
    # and a line the story itself repeats, such as an interview's recurring question
    question = "What do you love most about living on the island, and what would you change?"
    page = "\n\n".join([PARA_1, question, PARA_2, question, PARA_3, question, PARA_4])
    assert strip_chrome(page).body.count(question) == 3


def test_a_story_printed_twice_in_one_block_comes_out_once() -> None:
    story = [PARA_1, PARA_2, "What happens next", PARA_3, PARA_4]
    once = "\n\n".join(story)
    # a hidden mobile copy right under the story, with or without blank lines
    for copy in (once, "\n".join(story)):
        result = strip_chrome(f"Home\nNews\n\n{once}\n\nShare\n\n{copy}\n\nContact us")
        assert result.body == once
        assert "doubled line" in {r.reason for r in result.removed if r.text == PARA_3}
    # a copy that opens after a caption the first copy prints over the story
    caption = "The new ferry terminal seen from the harbour wall on Monday morning."
    result = strip_chrome(f"{caption}\n\n{once}\n\n{once}")
    assert result.body.count(PARA_4) == 1
    # two paragraphs the story repeats in order (a refrain) are its own
    page = "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4, PARA_1, PARA_2, PARA_5])
    assert strip_chrome(page).body.count(PARA_2) == 2


def test_a_blogger_thread_with_dates_under_each_comment_is_cut_from_its_first_comment() -> None:
    def comment(name: str, text: str, when: str) -> str:
        return "\n\n".join([f"{name} mengatakan...", text, when, "Balas\nHapus"])

    thread = "\n\n".join([
        comment("Budi Santoso", "Terima kasih atas informasinya, sangat bermanfaat bagi kami "
                "semua di pulau ini.", "29 November 2019 10.15"),
        comment("Sari Dewi", "Semoga kapal feri baru ini bisa mengurangi antrean panjang pada "
                "musim liburan nanti.", "29 November 2019 11.02"),
        comment("Anonim", "Saya setuju, tapi harga tiketnya harus tetap terjangkau untuk warga "
                "pulau ya.", "30 November 2019 08.40")])
    page = "\n\n".join([PARA_1, PARA_2, PARA_3, thread])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])


def test_a_single_reply_label_is_no_thread() -> None:
    page = "\n\n".join([PARA_1, PARA_2, "Reply", PARA_3, PARA_4])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])


def test_spaced_comments_under_an_unspaced_article_are_dropped() -> None:
    # Tight prose counts a fifth in the block score, not in weighing what a marker ends.
    comments = "\n\n".join([
        "Join the discussion",
        "What a waste of money. The old terminal was fine and the council should have spent "
        "this on the roads instead, which are in a terrible state all over the island.",
        "Agreed, and nobody asked the people who actually live here what they wanted before "
        "the plans were drawn up and approved by the board.",
    ])
    page = "\n\n".join(["Home", "\n".join([PARA_1, PARA_2, PARA_3, PARA_4]), comments])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])


def test_a_long_cookie_banner_does_not_beat_a_short_article() -> None:
    banner = ("We and our partners use cookies and similar technologies to store and access "
              "information on your device, to personalise content and adverts, to provide "
              "social media features and to analyse our traffic. We also share information "
              "about your use of our site with our advertising and analytics partners, who may "
              "combine it with other information you have given them. You can change your "
              "choices at any time in the privacy settings.")
    page = "\n\n".join([banner, "Accept\nManage options", "Home\nNews\nSport", PARA_1, PARA_2])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2])
    assert reasons(page)[banner] == "cookie notice"


def test_a_long_legal_paragraph_after_the_article_is_dropped() -> None:
    legal = ("Use of this website constitutes acceptance of our terms of use and privacy "
             "policy. The material on this site may not be reproduced, distributed, "
             "transmitted, cached or otherwise used, except with the prior written permission "
             "of Island Press Group. Island Press Group may receive compensation for some "
             "links to products and services on this website, and offers may change without "
             "notice.")
    page = "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4, legal])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])


def test_a_caption_doubled_around_its_credit_is_dropped() -> None:
    caption = "The old terminal building, which opened in 1968, will be turned into a museum."
    page = "\n\n".join([PARA_1, PARA_2, caption, "Image: Island Photo Agency", caption,
                         PARA_3, PARA_4])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])


def test_a_doubled_caption_does_not_take_the_next_paragraph() -> None:
    # An unspaced line after a doubled *headline* is its teaser blurb; after a caption it is body.
    caption = "The old terminal building, which opened in 1968, will be turned into a museum."
    page = "\n\n".join([PARA_1, "\n".join([caption, caption, PARA_2]), PARA_3, PARA_4])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])


@pytest.mark.parametrize("caption", [
    "Imagen de archivo del puerto de Vilanova durante un temporal. EFE",
    "Archivbild: Die Fähre im Hafen von Nordholm. Foto: Ann Lee",
    "Фото пристани в Северном порту после шторма",
    # ... or a sentence inside it, which a headline seldom holds
    "The new relay depot on the ring road. Drivers swap trucks there at noon",
    "金沢市郊外に開設した中継拠点。運転手は日帰りで戻る",
    "Courtesy of the Harbour Board",  # (a credit printed twice around its caption)
])
def test_a_doubled_caption_with_a_credit_word_does_not_take_the_first_paragraph(
        caption: str) -> None:
    # (no sentence end, so read as short lines: the credit's word or an inner sentence
    # tells it from a headline)
    page = "\n\n".join(["Ferry terminal to open next spring",
                        "\n".join([caption, caption, PARA_1]), PARA_2, PARA_3])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])



def test_a_caption_without_a_sentence_end_printed_twice_between_paragraphs_keeps_the_next(
        ) -> None:
    # no credit word, no inner sentence: but prose over its first copy and the story going
    # on under the paragraph below make it a picture's, where a teaser's blurb would be
    # followed by the next card
    caption = "Ann Lee with the clay pot she found while digging in her garden in Nordholm"
    page = "\n\n".join([PARA_1, "\n".join([PARA_2, caption, caption, PARA_3]), PARA_4])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])

def test_a_related_box_mid_article_does_not_end_tight_body() -> None:
    # The body after the box is set tight; its paragraphs follow each other, not headlines.
    box = "\n".join(["Related coverage from Island Press:",
                     "Council delays vote on new bus lanes",
                     "Why rents keep rising in the harbour district"])
    page = "\n\n".join([PARA_1, PARA_2, PARA_3, box, "\n".join([PARA_4, PARA_5, PARA_6])])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4, PARA_5,
                                                    PARA_6])
    assert reasons(page)["Related coverage from Island Press:"] == "related section"


def test_a_list_goes_on_past_an_ad_between_its_items() -> None:
    intro = "The authority says the terminal will offer four things that passengers asked for:"
    first = "1) A ticket office open from early morning\n2) A larger waiting room with seats"
    rest = "3) Lockers for luggage and bicycles\n4) A café with views over the harbour"
    page = "\n\n".join([PARA_1, intro, first, "Advertisement", rest, "Share this article"])
    assert strip_chrome(page).body.endswith("3) Lockers for luggage and bicycles\n\n"
                                            "4) A café with views over the harbour")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Enjoying this story? Support local journalism by becoming a member today.",
         "donation appeal"),
        ("You have reached your limit of free articles this month.", "paywall"),
        ("Want stories like this in your email? Sign up here.", "subscription prompt"),
        ("Abonnieren Sie unseren Newsletter und lesen Sie jeden Morgen das Wichtigste.",
         "subscription prompt"),
        ("This material may not be published, broadcast, rewritten or redistributed.",
         "legal footer"),
        ("Alle Rechte vorbehalten.", "legal footer"),
        ("Registered in England and Wales. No. 01234567.", "legal footer"),
        ("Sofia Marin is the Ledger's health correspondent.", "author bio"),
        ("Contact her at smarin@example.com.", "author bio"),
        ("Conversation", "comments section"),
        ("Comentários", "comments section"),
        ("More from Island Press", "related section"),
        ("hide caption", "photo caption"),
        # more languages: Chinese, Vietnamese, Turkish, Danish, Czech, Greek, Ukrainian,
        # Hungarian, Dutch, Swedish, French, Polish, Arabic, Hindi
        ("【相关新闻】", "related section"),
        ("京ICP备12021234号-1 | 京公网安备 11010502030000号", "legal footer"),
        ("Đăng ký nhận bản tin hằng ngày", "subscription prompt"),
        ("İlgili Haberler", "related section"),
        ("Mest læste", "related section"),
        ("Přihlásit se", "login prompt"),
        ("Πηγή: ΑΠΕ-ΜΠΕ", "photo caption"),
        ("При цитуванні і використанні матеріалів посилання на сайт обов'язкове.",
         "legal footer"),
        ("Legolvasottabb", "related section"),
        ("Onderwerpen: Politiek, Economie", "tag list"),
        ("Den här artikeln är endast för prenumeranter", "subscription prompt"),
        ("Cet article vous a-t-il été utile ?", "comments prompt"),
        ("Czytaj też: Nowy most na Wiśle otwarty", "related links"),
        ("Wszelkie prawa zastrzeżone.", "legal footer"),
        ("اقرأ أيضا: رفع الرايات الحمراء على الشواطئ", "related links"),
        ("यह भी पढ़ें: गांव में नया पुस्तकालय खुला", "related links"),
        ("ข่าวที่เกี่ยวข้อง", "related section"),  # Thai
        ("Screenshot by Lena Varga/Pixel Weekly", "photo caption"),
        ("Comentar", "comments prompt"),
        ("Los comentarios son opinión de sus autores, no de este diario.", "comments prompt"),
        ("الآراء الواردة أدناه لا تعبر عن رأي الموقع.", "comments prompt"),
        ("Atradāt kļūdu? Iezīmējiet to un spiediet Ctrl+Enter, lai ziņotu redaktoram.",
         "comments prompt"),
        ("Nombre (*):", "comments prompt"),
        ("* Campos obligatorios", "comments prompt"),
        ("Normas de uso y aviso legal", "legal footer"),
        ("1204 CONNECT 96 TWEET 12 LINKEDIN 40 COMMENTEMAILMORE", "share prompt"),
        ("A link has been sent to your friend's email address.", "share prompt"),
        ("Read Other Related Stories About This:", "related section"),
        ("To learn about Facebook commenting, please read our guidelines and FAQs.",
         "comments prompt"),
        ("Comment by Jo Varga — 17.07, 2011 @ 13:22", "comments section"),
        ("Kommentar von Jo Varga am 3. Mai 2019 um 10:04", "comments section"),
        ("Webseite *", "comments prompt"),
        ("PHOTOS: Storm batters the harbour wall", "related links"),
        ("GALLERY: The regatta in pictures", "related links"),
        ("Deine E-Mail-Adresse wird nicht veröffentlicht.", "comments prompt"),
        ("Erforderliche Felder sind mit * markiert", "comments prompt"),
        ("Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain "
         "commentaire.", "comments prompt"),
        ("Benachrichtige mich über nachfolgende Kommentare via E-Mail.", "comments prompt"),
        ("Recibir un email con los siguientes comentarios a esta entrada.", "comments prompt"),
        ("weiterlesen 5 Minuten", "navigation"),
        ("READ THE REST", "navigation"),
        ("Zurück zur Übersicht", "navigation"),
        ("[+] Enlarge", "photo caption"),
        ("Slideshow ( 15 images )", "photo caption"),
        ("Please follow Harbour Money on Twitter and Facebook.", "share prompt"),
        ("Submit your question here: 0 of 1500 characters", "comments prompt"),
        ("If you have a question or comment for Jo Varga, you can submit it here.",
         "comments prompt"),
        ("12 Comentarios ¿Quieres comentar? Entra o regístrate", "comments prompt"),
        ("MORE COMMENTARY »", "related section"),
        ("Harbour master Jo Varga, left, and skipper Tom Hale inspect the new pontoon.",
         "photo caption"),
        ("Volunteers (far right) load sandbags on the quay on Monday.", "photo caption"),
        ("In this Oct. 3, 2019, file photo, a worker walks past the ferry yard.",
         "photo caption"),
        ("This undated photo provided by the coastguard shows the missing boat.",
         "photo caption"),
        ("Volunteers fill sandbags on the quay on Sunday. REUTERS/Jo Varga", "photo caption"),
        ("Volunteers fill sandbags on the quay.CreditJo Varga/The Island Times",
         "photo caption"),
        ("Credit...Jo Varga/The Island Times", "photo caption"),
        ("Volunteers fill sandbags on the quay on Sunday. (Getty Images)", "photo caption"),
        ("Photographer: Jo Varga/Harbour News", "photo caption"),
        ("The new ferry launched last fall.Photo by Jo Varga / Harbour News", "photo caption"),
        ("Volunteers fill sandbags on the quay. EPA-EFE/JO VARGA", "photo caption"),
        ("The old lighthouse in 1931. (Courtesy of the harbour museum)", "photo caption"),
        ("Read 245 Comments", "comments prompt"),
        ("Follow Jo Varga on Twitter: @jovarga.", "share prompt"),
        ("Write to Jo Varga at jo.varga@example.com", "author bio"),
        ("Appeared in the November 12, 2019, print edition.", "legal footer"),
        ("This article was originally published on Harbour Notes. Read the original article.",
         "reporting credit"),
        ("Chat with us in Facebook Messenger. Find out what's happening as it unfolds.",
         "app prompt"),
        ("Media playback is unsupported on your device", "photo caption"),
        ("Close share panel", "share prompt"),
        ("This article is more than 2 years old", "timestamp"),
        ("Since you're here ...", "donation appeal"),
        ("Sign in or create your Ledger account to join the discussion.", "comments prompt"),
        ("First published on Mon 11 Nov 2019 09.00 GMT", "timestamp"),
        ("Video Ad Feedback", "advertisement"),
        ("Click to play video", "advertisement"),
        ("Duration 2:31", "advertisement"),
        ("(12 images)", "photo caption"),
        ("Volunteers fill sandbags on the quay.© Jo Varga / Island Press", "photo caption"),
        ("The old pier at dusk, seen from the cliff path. CC BY-SA 2.0", "photo caption"),
        ("Volunteers fill sandbags on the quay in Port Maren, Tuesday, Nov. 19, 2019, before "
         "the storm.", "photo caption"),
        ("02:12 - Source: Harbour TV", "photo caption"),
        ("FILE - In this March 2, 2011, file photo, the mayor opens the ferry terminal.",
         "photo caption"),
        ("Jo Varga, File - FILE - In this March 2, 2011 photo, the mayor waves.",
         "photo caption"),
        ("This Nov. 5, 2019, photo shows the ferry terminal in Port Maren.", "photo caption"),
        ("Version zum Drucken", "share prompt"),
        ("An error has occurred. Please try again later.", "subscription prompt"),
        ("You are already subscribed to this email.", "subscription prompt"),
        ("View all Island Press newsletters.", "subscription prompt"),
        ("embed", "share prompt"),
        ("Photographed by Jo Varga; styled by Ann Lee.", "photo caption"),
        ("Ferries • Harbour • Island News • Weather", "tag list"),
        ("Next In Business News", "related section"),
        ("Page: 1 2 3 Next →", "navigation"),
        ("Other People Are Reading", "related section"),
        ("Este site usa cookies para melhorar a sua experiência.", "cookie notice"),
        ("Akzeptieren", "cookie notice"),
        ("Startseite", "navigation"),
        ("Fale conosco", "navigation"),
        ("DW empfiehlt", "related section"),
        ("Audios and videos on the topic", "related section"),
        ("Watch video 02:17", "advertisement"),
        ("Schreibe einen Kommentar", "comments section"),
        ("Tinggalkan Balasan", "comments section"),
        ("Últimas notícias", "related section"),
        ("Folgen Sie uns auf Facebook", "share prompt"),
        ("« Anterior", "navigation"),
        ("Selanjutnya »", "navigation"),
        ("What do you think? Scroll down to comment below.", "comments prompt"),
        ("People are sharing and discussing this article – join them!", "comments prompt"),
        ("The old pier at dusk, in 1952. (Public domain)", "photo caption"),
        ("Envoyer", "share prompt"),
        ("Abonnez-vous à partir de 1€", "subscription prompt"),
        ("Video shot/edited by Jo Varga.", "photo caption"),
        ("© Archive Photos/Island Images The harbour at dawn, seen from the ferry.",
         "photo caption"),
        ("Copyright © Island Images Ltd. All rights reserved.", "legal footer"),
        ("Lea también", "related section"),
        ("［有料会員限定］ この記事は会員限定です。電子版に登録すると続きをお読みいただけます。",
         "subscription prompt"),
        ("無料・有料プランを選択", "subscription prompt"),
        ("Assine já", "subscription prompt"),
        ("Já é assinante? Faça seu login", "subscription prompt"),
        ("Para seguir leyendo, suscríbete", "subscription prompt"),
        ("Lesen Sie jetzt weiter", "subscription prompt"),
        ("Abonnez-vous pour lire la suite", "subscription prompt"),
        ("Te quedan 3 artículos gratuitos este mes", "subscription prompt"),
        ("Você atingiu o limite de reportagens gratuitas", "subscription prompt"),
        ("¿Ya tienes una cuenta? Inicia sesión", "login prompt"),
        ("Acesse sua conta", "login prompt"),
        ("Também pode gostar", "related section"),
        ("View this image ›", "photo caption"),
        ("View on Instagram", "photo caption"),
        ("ID: 9723372", "photo caption"),
        ("harbourcat / Instagram / Via Twitter: @harbourcat", "photo caption"),
        ("Recent Energy Content", "related section"),
        ("Photograph by J. Varga, Island Images/Harbour Press", "photo caption"),
        ("On Twitter: Follow Jo Varga and get more harbour news at IslandPress.",
         "share prompt"),
        ("Printer-friendly version", "share prompt"),
        ("« Vorige | Nächste »", "navigation"),
        ("Kommentare lesen (1 Beitrag)", "comments prompt"),
        ("Forum zum Thema: Fähren und Häfen", "comments prompt"),
        ("Die Fähre fährt ab Mai zweimal täglich nach Port Maren. Mehr…", "related section"),
        ("The ferry will sail twice a day from May. More »", "related section"),
        ("When the ferry stops in winter, islanders have little choice … Read more Read more",
         "related section"),
        ("Das Thema könnte dich auch interessieren:", "related section"),
        ("Ähnliche Beiträge", "related section"),
        ("Lesen Sie hier einen weiteren Beitrag zum Hafen …", "related section"),
        ("Themen in diesem Artikel", "tag list"),
        ("Topics in this article", "tag list"),
        ("Diese Geschichte teilen", "share prompt"),
        ("Monthly donation", "donation appeal"),
        ("♥ $5 / month", "donation appeal"),
        ("You have 1 article left to read this month before you need to register.",
         "subscription prompt"),
        ("This field is for validation purposes and should be left unchanged.",
         "subscription prompt"),
        ("More like this", "related section"),
        ("weiter lesen", "navigation"),
        ("Jo Varga contributed reporting from Port Maren.", "reporting credit"),
        ("Reporting was contributed by Jo Varga and Tom Hale.", "reporting credit"),
        ("This photo, taken from the pier, shows the old terminal at dawn.", "photo caption"),
        ("A still from the 1957 film about the harbour, shot on the old quay.", "photo caption"),
        ("Ferries were smaller then, as this photo of the 1930s quay shows.", "photo caption"),
        ("Play Video - 2:46", "video player"),
        ("Add Island Press as a preferred source to see more of our stories on Google.",
         "share prompt"),
        ("Get access to the fastest growing harbour news service Island Pro for as little as "
         "Rs 599 for the first year.", "subscription prompt"),
        ("Read every story on the site for just $1 a week.", "subscription prompt"),
        ("The information provided on this website (including the blogs and forums) is for "
         "general information only.", "legal footer"),
        ("+Results vary depending on starting point, goals and effort.", "legal footer"),
        ("https://islandpress.example/uploads/2019/05/ferry-terminal.jpg", "photo caption"),
        ("扫一扫，下载海港日报客户端", "app prompt"),
        ("Potrebbe interessarti anche", "related section"),
        ("Daha fazla haber", "related section"),
        ("כתבות נוספות", "related section"),
        ("بیشتر بخوانید", "related section"),
        ("Lue myös", "related section"),
        ("评论", "comments prompt"),
        ("תגובות", "comments prompt"),
        ("نظرات", "comments prompt"),
        ("Kommentit", "comments prompt"),
        ("Artikel teilen", "share prompt"),
        ("Delen op Facebook", "share prompt"),
        ("שתפו", "share prompt"),
        ("اشتراک گذاری", "share prompt"),
        ("Jaa", "share prompt"),
        ("פרסומת", "advertisement"),
        ("تبلیغات", "advertisement"),
        ("Mainos", "advertisement"),
        ("Newsletter abonnieren", "subscription prompt"),
        ("Nach oben", "navigation"),
        ("Supported by", "advertisement"),
        ("» Coluna de Ann Lee", "related links"),
        ("Island Press is published under a Creative Commons license except where noted.",
         "legal footer"),
        ("Who will win the regatta? Our forum rules are detailed in the Community Guidelines.",
         "comments prompt"),
        ("On this website we use cookies and similar functions to process end device "
         "information and personal data.", "cookie notice"),
        ("Store and/or access information on a device", "cookie notice"),
        ("Personalised advertising and content, advertising and content measurement, audience "
         "research and services development", "cookie notice"),
        ("Precise geolocation and information about device characteristics can be used.",
         "cookie notice"),
        ("Cookie Banner powered by consentmanager.net", "cookie notice"),
        ("SettingsAccept All", "cookie notice"),
        ("In partnership with Island Bank", "advertisement"),
        ("Products featured are independently selected by our editors.", "advertisement"),
        ("Shop now", "advertisement"),
        ("See it on Amazon", "advertisement"),
        ("Check price", "advertisement"),
        ("This article is for subscribers only", "paywall"),
        ("Don't miss a thing", "subscription prompt"),
        ("More stories", "related section"),
        ("From Around the Web", "related section"),
        ("AP Photo/Jo Varga", "photo caption"),
        ("Tap to unmute", "video player"),
        ("Recommended Video", "video player"),
        ("Watch More", "video player"),
        ("Post Comment", "comments prompt"),
        ("Sort by Newest", "comments prompt"),
        ("Flag as inappropriate", "comments prompt"),
        ("The post Harbour to open new terminal appeared first on Island Press.", "legal footer"),
        ("Mostra altro", "navigation"),
        ("Zum Artikel", "navigation"),
        ("Per E-Mail versenden", "share prompt"),
        ("Schlagwörter", "tag list"),
        ("Czas czytania: 3 min", "reading time"),
        ("Fehler melden", "comments prompt"),
        ("Video abspielen", "video player"),
        ("写真：共同", "photo caption"),
        ("Melden Sie sich an", "login prompt"),
        ("Este sitio web utiliza cookies para mejorar su experiencia.", "cookie notice"),
        ("海港日报客户端", "app prompt"),
        ("A ferry leaves the old quay at dawn in January.Credit...Ann Lee for The Harbour Times",
         "photo caption"),
        ("Jo Varga threw 14 pitches in his first session of the spring.Ann Lee/Island Sports",
         "photo caption"),
        ("The harbour wall after the storm.Tom Hale / Harbour Press file", "photo caption"),
        ("Dalsza część tekstu pod materiałem wideo", "advertisement"),
        ("6 Comments on Harbour maps, now in your language", "comments section"),
        ("Next Up In Tech", "related section"),
        ("Share Print E-mail", "share prompt"),
        ("Related News On Island Press:", "related section"),
        ("Read more from Island Press bloggers:", "related section"),
        ("E-Mail Adresse Bitte geben Sie Ihre E-Mail-Adresse ein!", "subscription prompt"),
        ("Sie haben sich soeben zu unserem Inselpost-Newsletter angemeldet.",
         "subscription prompt"),
        ("Ihre Anmeldung wurde nicht ausgeführt. Bitte prüfen Sie Ihre E-Mail-Adresse.",
         "subscription prompt"),
        ("Your subscription failed. Please check your e-mail address.", "subscription prompt"),
        ("Check out more articles on IslandPress.example!", "related links"),
        ("Rating: 4.50/5. From 12 votes.", "share prompt"),
        ("Bewertung: 1,00 von 5 Sterne, basierend auf 1 abgegebenen Stimmen.", "share prompt"),
        ("Weitere Infos zum Coronavirus", "related section"),
        ("View Full Site", "navigation"),
        ("Interessante Artikel", "related section"),
        ("In this Oct. 3, 2019, file photo, ferry passengers queue on the north pier in the "
         "rain as the morning crossing is delayed by high winds for the third day running, and "
         "the harbour office says the new terminal will have a covered waiting hall for three "
         "hundred people when it opens next spring.", "photo caption"),
        ("Jo Varga, File - FILE - In this March 2, 2011 file photo, the harbour master waves "
         "to the crowd at the opening of the new pier on the north island. The harbour said "
         "on Wednesday, Aug. 24, 2011 that he is to retire at the end of the summer after "
         "thirty years in the job, and that the search for a successor has begun …more",
         "photo caption"),
        ("Permalink https://p.example/p/18l3T", "share prompt"),
        ("Aller plus loin", "related section"),
        ("Neueste Beiträge", "related section"),
        ("L'auteur", "author bio"),
        ("sur Facebook sur Twitter sur Zinc", "share prompt"),
        ("Les opinions exprimées dans les blogs du Port n'engagent que leurs auteurs.",
         "legal footer"),
        ("Lire la suite sur Le Port !", "related section"),
        ("Pour lire tous les articles sur le port c’est ici.", "related section"),
        ("Bitte beachten Sie, dass unser Internetauftritt eigene Cookies und Cookies von "
         "Drittanbietern verwendet.", "cookie notice"),
        ("Mit einem Klick auf „Ich bin einverstanden“ stimmen Sie der Nutzung von Cookies zu.",
         "cookie notice"),
        ("Ich bin einverstanden.", "cookie notice"),
        ("Wie kann ich Cookies deaktivieren?", "cookie notice"),
        ("Du kannst diese HTML-Tags nutzen: <a href=\"\" title=\"\"> <b> <em>",
         "comments prompt"),
        ("Geben Sie Ihre E-Mail-Adresse ein, um Hafenperlen zu folgen.", "subscription prompt"),
        ("Saisissez votre adresse e-mail pour suivre ce blog.", "subscription prompt"),
        ("Soweit die Inhalte auf dieser Seite nicht vom Betreiber erstellt wurden, werden die "
         "Urheberrechte Dritter beachtet.", "legal footer"),
        ("Join thousands of people who receive the latest harbour news every day.",
         "subscription prompt"),
        ("Join 50,000+ readers who get the Island Press first", "subscription prompt"),
        ("Melden Sie sich hier an, um auf Kommentare und Whitepaper zugreifen zu können.",
         "login prompt"),
        ("Kein Log-In? Dann jetzt kostenlos registrieren.", "login prompt"),
        ("Falls Sie Ihr Passwort vergessen haben, können Sie es hier anfordern.", "login prompt"),
        ("Derniers articles de la thématique « Logement » :", "related section"),
        ("Latest stories from the islands", "related section"),
        ("Plus d'infos sur l'élection", "related section"),
        ("One thought on Harbour days", "comments section"),
        ("CANCEL MONTHLY SUPPORT", "donation appeal"),
        ("Need to cancel an existing donation? You can do so on this page.", "donation appeal"),
        ("Every week I spend many hours and much of my own money keeping this little site "
         "going, with no staff and no advertising, and it is free for everyone who reads it. "
         "If it helps you, please consider supporting it with a small donation. Your support "
         "makes all the difference, and it is what keeps the archive open to every reader.",
         "donation appeal"),
        ("▲ 새 여객터미널 조감도. [항구관리청 제공. 재판매 및 DB 금지]", "photo caption"),
        ("항구에 정박한 여객선 [연합뉴스 자료사진]", "photo caption"),
        ("新しい旅客ターミナルの完成予想図（港湾管理局提供）", "photo caption"),
        ("この記事についてシェア", "share prompt"),
        ("動画を再生する", "video player"),
        ("Lecture du Port en cours sur un autre appareil.", "subscription prompt"),
        ("Vous pouvez lire Le Port sur un seul appareil à la fois (ordinateur ou tablette).",
         "subscription prompt"),
        ("Continuer à lire ici", "subscription prompt"),
        ("Lire aussi (2021) | Article réservé à nos abonnés Le port veut séduire les croisières",
         "related links"),
        ("Lire aussi le décryptage | Pourquoi le ferry coûte plus cher", "related links"),
        ("Get the full story", "subscription prompt"),
        ("A Harbour Law subscription puts you at the center of fast-moving legal issues.",
         "subscription prompt"),
        ("Unlock this article", "subscription prompt"),
        ("Continue reading with a subscription to The Harbour Times, including unlimited "
         "access to every article.", "paywall"),
        ("Free for one month, then just £2 a week. Cancel at any time.", "subscription prompt"),
        ("Follow BBC Harbour on Facebook, X and Instagram. Send your story ideas to "
         "harbour@example.org.", "share prompt"),
        ("Listen to highlights from the islands on BBC Sounds, catch up with the latest "
         "episode.", "share prompt"),
        ("Have your say", "comments prompt"),
        ("Watch on YouTube", "video player"),
        ("Assistir mais tarde", "video player"),
        ("Lea también: Invierno deja catorce municipios en calamidad pública", "related links"),
        ("Sorry, something went wrong.", "subscription prompt"),
        ("Please try again in a moment.", "subscription prompt"),
        ("Please enter a valid email address.", "subscription prompt"),
        ("Could not subscribe, try again later", "subscription prompt"),
        ("Check your inbox for a confirmation email.", "subscription prompt"),
        ("Abonnez-vous au Port", "subscription prompt"),
        ("Accédez à tous nos articles et au journal. 1€ le premier mois, sans engagement.",
         "subscription prompt"),
        ("Jetzt lesen mit H+", "subscription prompt"),
        ("Disclosure statement", "author bio"),
        ("E-mail Ann Lee", "author bio"),
        ("Weitere Meldungen", "related section"),
        ("Keep reading this article with a Harbour Journal membership.", "paywall"),
        ("Главное за день", "related section"),
        ("Will you help us finish the job?", "donation appeal"),
        ("Claves", "summary box"),
        ("More football news", "related section"),
        ("We want our comments to be a lively and valuable part of our community.",
         "comments section"),
        ("Please report any comments that break our rules.", "comments section"),
        ("Comments are not available on stories about court cases which are ongoing.",
         "comments section"),
        ("Recommended by Linkwise", "advertisement"),
        ("Pantalla completa", "video player"),
        ("00:00 / 01:27", "video player"),
        ("Ver más videos", "video player"),
        ("Promoted stories", "advertisement"),
        ("For all the latest cases from the harbour court, visit our courts page.",
         "related links"),
        ("Hay nuevas entradas. Pulse para verlas.", "comments prompt"),
        ("Más recientes primero", "comments prompt"),
        ("Os textos de colunistas não refletem necessariamente a opinião do Porto.",
         "legal footer"),
        ("Sua assinatura vale muito", "subscription prompt"),
        ("If you can, please make a gift today. Even a small donation helps us test rivers.",
         "donation appeal"),
        ("£25", "donation appeal"),
        ("View Membership Options", "subscription prompt"),
        ("Haben Sie einen Hinweis für die Lokalredaktion? Schreiben Sie uns an "
         "hafen@example.de.", "author bio"),
        ("University of Westmoor provides funding as a member of The Harbour Review.",
         "author bio"),
        ("Do You Have a Tip?", "author bio"),
        ("You can also reach Ann Lee by email at ann@harbour.example.", "author bio"),
        ("Republish This Story for Free", "legal footer"),
        ("Credit us in the byline.", "legal footer"),
        ("Workers lay new stones on the quay road on Monday night. (HT Photo)", "photo caption"),
        ("The Good The new ferry is quiet, quick and comfortable on rough days.", "summary box"),
        ("Write to us at letters@harbour.example. Letters should be no longer than 300 words.",
         "comments prompt"),
        ("The views expressed in this column are the author's own.", "legal footer"),
        ("You've reached your monthly limit of free articles.", "paywall"),
        ("Keep reading this article with a Harbour Times membership.", "paywall"),
        ("Continue reading with a free trial of The Island Weekly", "paywall"),
        ("This story is exclusive to subscribers", "paywall"),
        ("Il vous reste 72% de cet article à lire.", "paywall"),
        ("Dieser Artikel ist nur für Abonnenten", "paywall"),
        ("Got a story? Email news@harbourpress.example or call 01234 567890.", "comments prompt"),
        ("We're trying something new. Was this story useful to you? Tell us.", "comments prompt"),
        ("Cet article vous a été utile ?", "comments prompt"),
        ("Sign up for text and email alerts when news breaks on the islands.",
         "subscription prompt"),
        ("En vous inscrivant, vous acceptez nos conditions générales d’utilisation.",
         "subscription prompt"),
        ("Share this update", "share prompt"),
        ("Puedes seguir a EL FARO en Facebook y Twitter.", "share prompt"),
        ("You've reached the end of the updates.", "navigation"),
        ("Before you keep reading: the Harbour Ledger is a nonprofit newsroom.",
         "donation appeal"),
        ("The views expressed are the author's own and do not reflect those of the Ledger.",
         "legal footer"),
        ("Have something to say about this column? Send us a letter at letters@x.example.",
         "comments prompt"),
        ("Our best long reads, delivered every Sunday morning.", "subscription prompt"),
        ("Email address", "subscription prompt"),
        ("Related Article: Why ferry close calls are so hard to stamp out", "related links"),
        ("Earlier posts", "related section"),
        ("About this series", "author bio"),
        ("Opinions expressed by Island Contributors are their own.", "reporting credit"),
        ("Follow me on Twitter or LinkedIn. Check out my website.", "share prompt"),
        ("Bell icon A small bell.", "share prompt"),
        ("Get the latest harbour news sent straight to your device, the moment it breaks.",
         "subscription prompt"),
        ("Enjoy unlimited access to the Island Chronicle website and apps, every edition.",
         "subscription prompt"),
        ("Vista del puerto, este martes, con las vallas en la entrada. / A. L. V.",
         "photo caption"),
        ("保存決定を喜ぶ会のメンバーら＝2019年11月8日午後、北浜市、杉本涼子撮影", "photo caption"),
        ("式典でテープを切る町長ら＝19日午前、北浜町", "photo caption"),
        ("写真・図版", "photo caption"), ("全2枚", "photo caption"),
        ("記事提供社からのご案内（外部サイト）", "related section"),
        ("北陸日日新聞の記事一覧", "related section"), ("最終更新:10/18(金) 11:42", "timestamp"),
        ("[관련기사] [단독] 가온시, 폐철도 부지 20년 무상 사용", "related links"),
        ("옛 철길. 2004년 열차 운행이 끊긴 뒤 방치돼 있다. /가온시 제공", "photo caption"),
        ("Если вы стали свидетелем интересного события в городе, пишите нам во «ВКонтакте».",
         "comments prompt"),
        ("（高梨亮介）", "reporting credit"),
        ("서하시청이(가) 창작한 '노후 경유차 지원' 저작물은 \"공공누리\" 제1유형 : 출처표시 조건에 "
         "따라 이용할 수 있습니다.", "legal footer"), ("담당부서\t환경정책과", "reporting credit"),
        ("골목 안에 자리한 '순례활판'. 작은 종이가 문에 붙어 있다. ⓒ주간풍경 이준호", "photo caption"),
        ("▲ 솔골마을 입구 버스정류장. 시간표에 줄이 그어져 있다. ⓒ 윤하람", "photo caption"),
        ("この投稿をInstagramで見る", "share prompt"), ("次のページへ：「妻との時間」が教えてくれたこと", "navigation"),
        ("目次", "navigation"), ("관련 부서\t해양환경관리과\t책임자", "reporting credit"),
        ("<총괄>\t담당자\t사무관", "reporting credit"),
        ("動画を再生するにはJavaScriptを有効にしてください。", "video player"),
        ("この動画は現在再生できません。", "video player"), ("원고료로 응원하기", "donation appeal"),
        ("좋은 기사 원고료로 응원하세요", "donation appeal"), ("이 기사가 좋으셨나요?", "donation appeal"),
        ("【写真で見る】蔵書の修復作業に当たる司書たち", "photo caption"), ("관련 기사", "related section"),
        ("고령 운전자 면허 반납 지원 현황 그래픽. /그래픽=이수정", "photo caption"),
        ("끝내기 안타를 친 고은찬이 동료들의 축하를 받고 있다. 청주=강태오 기자", "photo caption"),
        ("시민들이 투표를 하고 있다. 2019.11.27/뉴스1", "photo caption"),
        ("<저작권자 © 해온타임즈 무단전재 및 재배포금지>", "legal footer"),
        ("Корреспондент: Екатерина Лунёва", "reporting credit"), ("Оператор: Антон Сизов", "reporting credit"),
        ("Следующая новость", "related section"),
        ("Continue a ler após a publicidade", "advertisement"),
        ("La suite après la publicité", "advertisement"),
        ("Outras notícias", "related section"), ("Autres actualités", "related section"),
        ("Your notification has been saved.", "notification prompt"),
        ("Ellen Voss will be added to your daily email digest.", "notification prompt"),
        ("Email notifications are only sent once a day, and only if there are new matching items.",
         "notification prompt"),
        ("Welcome to the discussion.", "comments section"),
        ("Keep it Clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language.",
         "comments section"), ("PLEASE TURN OFF YOUR CAPS LOCK.", "comments section"),
        ("Related to this story", "related section"),
        ("杉浦・西野の最新ニュース", "related section"), ("新着記事一覧", "related section"),
        ("요약봇", "summary box"), ("자동 추출 기술로 요약된 내용입니다. 요약 기술의 특성상 본문의 주요 "
                                "내용이 제외될 수 있습니다.", "summary box"),
        ("The quay will get new railings in the spring. Ann Lee/Island Press", "photo caption"),
        ("Jo Varga tests a lamp before it goes home. Ann Lee for The Lantern", "photo caption"),
        ("Este contenido es exclusivo para suscriptores", "paywall"),
        ("SCROLL TO RESUME CONTENT", "advertisement"),
        ("Participe do nosso grupo no WhatsApp e receba as notícias da região em primeira mão. "
         "Clique aqui e entre.", "app prompt"),
        ("Join our Telegram channel for the day's top stories", "app prompt"),
        ("Lire aussi Fermetures de classes : les maires ruraux s'inquiètent", "related links"),
        ("Mirá también", "related section"),
        ("Staff photo by Ann Lee", "photo caption"), ("Submitted photo", "photo caption"),
        ("(Bo Ray for The Meridian)", "photo caption"), ("Representational image", "photo caption"),
        ("+5", "photo caption"), ("写真一覧", "photo caption"),
        ("Vollbild", "video player"), ("Als Nächstes", "video player"), ("Hierna", "video player"),
        ("A continuación", "video player"),
        ("Jean-Marc Lefort/L'Écho National", "photo caption"),
        ("The bag was handed over at the station. (File)", "photo caption"),
        ("Sauvegarder cet article", "share prompt"),
        ("Open this photo in gallery:", "photo caption"),
        ("View this post on Instagram", "share prompt"),
        ("Voir cette publication sur Instagram", "share prompt"),
        ("Ver essa foto no Instagram", "share prompt"),
        ("La frana vista dall’alto (foto Protezione civile)", "photo caption"),
        ("La passerelle rénovée a été rouverte samedi. | LE COURRIER D'ARMOR", "photo caption"),
        ("Ann Lee alee@islandcourier.example", "photo caption"),
        ("Skip Twitter post by @IslandFire", "share prompt"),
        ("Do you have a news tip? Send it to us at news@islandtv.example.", "comments prompt"),
        ("More to Explore", "related section"), ("Loading ...", "navigation"),
        ("Containers stacked at a terminal on Aug. 20. Photographer: Ann Lee/Marketline",
         "photo caption"),
        ("Rescuers guide a hiker across the creek on Monday, Nov. 18, 2019. Fourteen hikers "
         "were brought out safely.", "photo caption"),
        ("Lue myös: Kaupungin uimahalli suljetaan remontin ajaksi", "related links"),
        ("Pročitajte i: Trajekt kasni zbog bure", "related links"),
        ("קראו גם: המעבורת החדשה יוצאת לדרך", "related links"),
        ("Simak juga 'Nelayan Pesisir Timur Kembali Melaut':", "photo caption"),
        ("[Gambas:Video 20detik]", "photo caption"),
        ("Support IslandCourier", "donation appeal"),
        ("Our 2019 Coverage Needs You", "donation appeal"),
        ("Your Loyalty Means The World To Us", "donation appeal"),
        ("At the Courier, we think good reporting should be free for everyone, not just for "
         "those who can pay.", "donation appeal"),
        ("Would you help us keep our journalism free for everyone by giving as little as $1?",
         "donation appeal"),
        ("Already contributed? Log in to hide these messages.", "donation appeal"),
        ("Video Loading", "video player"), ("Tap to play", "video player"),
        ("The video will start in 8", "video player"), ("Play now", "video player"),
        ("Voir plus de vidéos", "video player"), ("Weitere Videos", "video player"),
        ("Watch more videos", "video player"), ("Over de auteur", "author bio"),
        ("Guarda anche", "related section"),
        ("Photo courtesy of St. Brendan's Abbey", "photo caption"),
        ("Latest from New Zealand", "related section"), ("More from Business", "related section"),
        ("Residents lined up outside the pharmacy on Monday. (Submitted by Dale Kay)",
         "photo caption"),
        ("AP Video", "video player"), ("Noticia relacionada", "related section"),
        ("Synopsis", "summary box"), ("Island Courier is reader-supported.", "donation appeal"),
        ("(Courtesy: Island Metro Rail Corporation Limited)", "photo caption"),
        ("READ MORE ON LOVE VILLA", "related links"), ("Veja mais vídeos", "video player"),
        ("Assista agora", "video player"),
        ("Also on TownLine: Harbour Pool Opens Memorial Day Weekend With New Hours",
         "related links"),
        ("Island Public Radio is listener-supported. A gift of any amount helps.",
         "donation appeal"),
        ("La sage-femme, le 12 octobre. ANN LEE POUR LE COURRIER", "photo caption"),
        ("La maternité fermera en mai. ARCHIVES LE COURRIER", "photo caption"),
        ("Data: Island Ferry Board; Chart: Ann Lee/Island Courier", "photo caption"),
        ("Our reporters work hard to bring you local news, every day of the year.",
         "subscription prompt"),
        ("Bookmark islandcourier.com.au", "subscription prompt"),
        ("Make sure you are signed up for our breaking news newsletters", "subscription prompt"),
        ("Sandbags stacked outside shops on Main St on Wednesday. Photo / Mike Tanner",
         "photo caption"),
        ("The new path at Drumnagh Cross on Monday. Pic: Eamon Tully", "photo caption"),
        ("Contributed", "photo caption"), ("Avery Chen, Photo Editor", "photo caption"),
        ("Ann Lee, staff photographer", "photo caption"),
        ("Monks label jars of honey in the old print shop. Photo courtesy of the Abbey",
         "photo caption"),
        ("Please use Chrome browser for a more accessible video player", "video player"),
        ("Nächste Seite", "navigation"), ("Artikel auf einer Seite lesen", "navigation"),
        ("Next page", "navigation"), ("Weitere Themen", "related section"),
        ("Sieh dir diesen Beitrag auf Instagram an", "share prompt"),
        ("Dit bericht op Instagram bekijken", "share prompt"), ("[Werbung]", "advertisement"),
        ("Kommentieren ist momentan nicht möglich.", "comments prompt"),
        ("Kommentare sind geschlossen.", "comments prompt"),
        ("Les commentaires sont fermés.", "comments prompt"),
        ("Über den Autor/ die Autorin", "author bio"),
        ("This entry was posted in News on March 3, 2019 by Ann Lee. Bookmark the permalink.",
         "tag list"),
        ("Dieser Beitrag wurde unter Allgemein veröffentlicht. Setze ein Lesezeichen auf den "
         "Permalink.", "tag list"),
        ("Cet article a été publié dans Actualités. Ajoutez ce permalien à vos favoris.",
         "tag list"),
        ("Category: Uncategorized", "tag list"), ("Tagged ferry, harbour", "tag list"),
        ("Veröffentlicht in Allgemein", "tag list"),
        ("Durch das Klicken auf dieses Video werden in Zukunft Videos von YouTube eingeblendet.",
         "cookie notice"),
        ("Externer Inhalt", "cookie notice"),
        ("El entrenador da instrucciones a sus jugadores durante el partido. EUROPA PRESS",
         "photo caption"),
        ("The mayor at the quay on Monday. ISLAND PRESS", "photo caption"),
        ("Mehr aus Tannwerder", "related section"), ("Mehr aus der Region", "related section"),
        ("You have read 3 of 10 free articles this month.", "subscription prompt"),
        ("Ya leíste 7 de 20 notas gratuitas este mes.", "subscription prompt"),
        ("Suscribite y accedé a todo el contenido de El Ceibo por $ 19 el primer mes.",
         "subscription prompt"),
        ("Guter Journalismus kostet Geld. Deshalb bieten wir das Abo an.", "subscription prompt"),
        ("O jornalismo de qualidade tem um custo. Ao assinar está a apoiar a redacção.",
         "subscription prompt"),
        ("Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися про головне.",
         "share prompt"),
        ("Les boulangers ont ouvert mardi, devant une longue file. | Le Veilleur de l'Ouest",
         "photo caption"),
        ("Zie je iets gebeuren in jouw buurt? Stuur je tip, foto of video naar de redactie.",
         "comments prompt"),
        ("Heb jij een tip?", "comments prompt"),
        ("Hồng Lam Online sử dụng cookie để cải thiện trải nghiệm của bạn.", "cookie notice"),
        ("Sitemizde size daha iyi hizmet sunmak için çerezler kullanıyoruz.", "cookie notice"),
        ("Strona używa plików cookie w celach statystycznych.", "cookie notice"),
        ("Deze website maakt gebruik van cookies.", "cookie notice"),
        ("Go deeper: The ferry shakeout is here", "related links"), ("Go deeper", "related section"),
        ("Get smarter, faster on the island news that matters.", "subscription prompt"),
        ("Island Markets is a weekday newsletter from our business team.", "subscription prompt"),
        ("READ MORE HERE", "related section"),
        ("Audio for this article is not available at this time.", "video player"),
        ("Tutti gli articoli di Ottavia Ferracuti", "author bio"),
        ("Sie haben bereits 3 von 5 kostenlosen Artikeln gelesen.", "subscription prompt"),
        ("Contact the author of this article or email tips@example.com with questions.",
         "author bio"),
        ("Popular Video", "video player"), ("[Embed]", "video player"),
        ("Figure 3: Ferry crossings by month", "photo caption"),
        ("Abbildung 2: Fahrgäste pro Jahr", "photo caption"),
        ("By Ann Lee and Sam Roe on Publish Date September 18, 2016. Photo by Jo Roe/Island "
         "Press. Watch in Times Video »", "video player"),
        ("Watch in Times Video »", "video player"),
        ("ANÚNCIO", "advertisement"), ("4 min leestijd", "reading time"),
        ("Aviso: alguns links deste post são de afiliados.", "advertisement"),
        ("Questo articolo contiene link di affiliazione: io ricevo una commissione.",
         "advertisement"),
        ("Indice dei contenuti", "navigation"), ("Mostra/Nascondi", "navigation"),
        ("[ocultar]", "navigation"),
        ("Alle Artikel von Katrin Oltmanns", "author bio"),
        ("Haben Sie etwas beobachtet? Schicken Sie uns Ihre Fotos an die Redaktion.",
         "comments prompt"),
        ("¿Tienes una noticia? Envíanos tus fotos y vídeos a la redacción.", "comments prompt"),
        ("Share by email", "share prompt"),
        ("Watch Now: Highlights: Bulls at Hawks (1:52)", "video player"),
        ("Tried this recipe?", "share prompt"),
        ("Show Full Article", "navigation"), ("Load More Stories", "navigation"),
        ("Let us know how it was! Mention @valleycourier or tag #valleybakes", "share prompt"),
        ("Vous avez testé cette recette ? Mentionnez @petitfour ou taguez #petitfour",
         "share prompt"),
        ("ST VIDEO: Otters take a dip in a condo pool", "video player"),
        ("Featured image from Shutterstock, chart from TradingView.com", "photo caption"),
        ("Bu haber Anadolu Ajansı abonelik sistemi aracılığıyla yayımlanmıştır.",
         "reporting credit"),
        ("Crews pull the horse from the pond. Photo courtesy: Lamar County Fire District",
         "photo caption"),
        ("Ann Lee speaks at the company's investor day in Denver, September 18, 2019. "
         "LEDGERLINE/Bo Ray/File Photo", "photo caption"),
        ("Le bourgmestre à l'hôtel de ville, vendredi soir - © Archives RBW", "photo caption"),
        ("Moradores enchem galões em caminhão-pipa, em outubro - Ana Lima - 15.out.2019/Diário",
         "photo caption"),
        ("Fachada del número 14 de la calle del Tinte, en el barrio de San Lázaro. Ana Solís",
         "photo caption"),
        ("Zum Twittern klicken", "share prompt"), ("Cliquez pour tweeter", "share prompt"),
        ("Schriftgröße:", "share prompt"), ("Размер шрифта", "share prompt"),
        ("Поделитесь этой статьей", "share prompt"), ("Version imprimable", "share prompt"),
        ("Siguiente noticia", "navigation"), ("Notizia successiva", "navigation"),
        ("Mail (will not be published) (required)", "comments prompt"),
        ("Dein Kommentar", "comments prompt"),
        ("Ваш адрес email не будет опубликован. Обязательные поля помечены *",
         "comments prompt"),
        ("Gefällt mir Lade...", "navigation"), ("J’aime chargement…", "navigation"),
        ("About these ads", "advertisement"),
        ("Abgelegt unter Coding, Spiele", "tag list"), ("getaggt mit: Berlin, Demo", "tag list"),
        ("Artikel aus der gleichen Kategorie:", "related section"),
        ("Abonnez-vous pour accéder à tous nos contenus, c’est très simple !",
         "subscription prompt"),
        ("Vorheriges Weiter", "navigation"), ("Précédent Suivant", "navigation"),
        ("« Vorheriger Beitrag", "navigation"), ("« Article précédent", "navigation"),
        ("(MORE: The 13 Best Jokes About the Harbour Strike)", "related links"),
        ("(READ: The minister's full speech on ferry fares)", "related links"),
        ("Themenseiten zu diesem Artikel:", "tag list"),
        ("Schlagwörter zu diesem Beitrag", "tag list"),
        ("Ann Lee/Icon SMI Jo Roe denies that he took money from an agent.", "photo caption"),
        ("Tom Hale/Getty ImagesShouldn't the cash have gone back to the harbour board?",
         "photo caption"),
        ("JOIN THE DISCUSSION (7 REPLIES)", "comments section"),
        ("This story appears in the March 2019 issue of Harbour Monthly. Read the print "
         "version in stores now.", "subscription prompt"),
        ("本文来源：海港日报 责任编辑：李明_NB10001", "reporting credit"),
        ("新码头开工仪式现场。通讯员王芳 摄", "photo caption"),
        ("渡轮驶入新码头。港务局 张伟 摄", "photo caption"),
        ("漂在码头边的救生圈。港务局供图 海港网", "photo caption"),
        ("清晨在码头晨练的市民。（视觉中国）", "photo caption"),
        ("港务局官网题为《新码头开港》的报道截图。", "photo caption"),
        ("延伸 · 推荐", "related section"),
        ("调整字体", "share prompt"),
        ("发布时间：2019-03-08 23:16", "timestamp"),
        ("发表于2019-08-24 21:30| 1164次阅读| 来源海港网| 0 条评论| 作者李明", "timestamp"),
        ("本文为海港网原创文章，未经允许不得转载。", "legal footer"),
        ("转载请注明出处：海港网", "legal footer"),
        ("声明：海港日报力求信息真实、准确，文章提及内容仅供参考。", "legal footer"),
        ("#海港#新码头 #渡轮", "tag list"),
        ("文章关键词： 码头 渡轮", "tag list"),
        ("文章很值，打赏犒劳作者一下", "donation appeal"),
        ("- 0人已打赏 -", "donation appeal"),
        ("文章价值打分", "donation appeal"),
        ("最热文章", "related section"),
        ("此前报道：新码头明年春天开港", "related section"),
        ("【上一篇】 渡轮票价上涨 【下一篇】 新码头开港", "navigation"),
        ("收藏 | 保存 | 打印 | 关闭", "share prompt"),
        ("已收藏!", "share prompt"),
        ("知道了", "share prompt"),
        ("更多新闻！欢迎扫描左方二维码关注海港日报官方微信", "share prompt"),
        ("采写：海港日报记者 李明 王芳", "reporting credit"),
        ("责任编辑：", "reporting credit"),
        ("海港日报记者 李明 王芳", "reporting credit"),
        ("自动播放 新码头开港仪式", "video player"),
        ("随时了解海港日报最新动态。订阅我们的新闻简报。", "subscription prompt"),
        ("请填写表格以订阅我们的新闻简报", "subscription prompt"),
        ("您已成功订阅。谢谢！", "subscription prompt"),
        ("订阅 不，谢谢", "subscription prompt"),
        ("SHARE / TWEET / 82 COMMENTS", "share prompt"),
        ("GET THE ISLAND PRESS NEWSLETTER", "subscription prompt"),
        ("MORE FOR YOU", "related section"),
        ("Сохранить моё имя, email и адрес сайта в этом браузере для последующих моих "
         "комментариев.", "comments prompt"),
        ("Twój adres e-mail nie zostanie opublikowany. Wymagane pola są oznaczone *",
         "comments prompt"),
        ("Stuur mij een e-mail als er vervolgreacties zijn.", "comments prompt"),
        ("Antworten abbrechen", "comments prompt"),
        ("Geef een reactie", "comments prompt"),
        ("Questo sito usa Akismet per ridurre lo spam. Scopri come i tuoi dati vengono "
         "elaborati.", "comments prompt"),
        ("Teilen mit:", "share prompt"),
        ("Bagikan ini:", "share prompt"),
        ("Lubię to:", "navigation"),
        ("Похожие записи", "related section"),
        ("Benzer yazılar", "related section"),
    ],
)
def test_new_phrase_rules(line: str, reason: str) -> None:
    assert compile_rules().match(line, len(line.split())) == reason


def test_a_label_printed_twice_on_one_line_is_read_as_the_label() -> None:
    # a widget prints its label for screen readers and again for the eye
    page = "\n\n".join([PARA_1, PARA_2, "Sponsored Links Sponsored Links", PARA_3])
    assert reasons(page)["Sponsored Links Sponsored Links"] == "advertisement"


@pytest.mark.parametrize(
    "line",
    [
        "Kommentar",
        "9. Ann Lee, RHP, St. Louis Cardinals",  # (no caption's sentence before the name)
        "The ferry's new captain is Ann Lee",
        "Add the harbour board as a source of the figures, the minister said.",
        "Get access to the old quay from the north car park until May.",
        "Ferries cost islanders just $1 more a week after the fare rise.",
        "The information on this route was out of date, the operator admitted.",
        "Results of the harbour survey vary widely from one island to the next.",
        "https://islandpress.example/ferries/timetable",
        "客户端用户数量在去年增长了三成。",
        "Potrebbe interessarti sapere che il traghetto parte alle sei.",
        "Daha fazla haber için belediyeye başvurun dedi.",
        "评论员认为，新码头将在明年春天开放。",
        "他在社交媒体上发布了一张截图。",
        "港务局表示，这些照片由游客供图。",
        "主播在直播中收到了大量打赏。",
        "市民可扫描二维码下载新的渡轮时刻表。",
        "#wedding #harbour #ferry",
        "声明发布后，港务局股价上涨。",
        "海港渡轮是一家家族公司，经营四座岛屿之间的航线。",
        "记者订阅了我们的新闻简报后发现，内容并无变化。",
        "Get the ferry timetable from the harbour office, not from the newsletter.",
        "Kommentit olivat myönteisiä, sanoi satamajohtaja.",
        "Artikel teilen die Meinung des Hafenamts nicht.",
        "Nach oben führt nur eine schmale Treppe, sagte der Hafenmeister.",
        "Supported by the harbour board, the plan passed on Monday.",
        "»Die Fähre kommt«, sagte der Kapitän.",
        "» Die Fähre fährt heute nicht. «",
        "The timetable is available under a new licence from the harbour board.",
        "Our rules are detailed in the harbour bylaws, the council said.",
        "On this website the harbour board publishes the ferry timetable every week.",
        "Store and access to the pier will close at six, the harbour master said.",
        "Precise geolocation of the wreck took the divers three weeks.",
        "Settings on the new ferry's radar were wrong, the inquiry found.",
        "Shop owners now say the ferry brings more trade.",
        "Check prices before you travel, the operator advised.",
        "This article is for subscribers who asked about the timetable.",
        "More stories about the ferry were shared on Monday than in all of May.",
        "Watch more closely and you will see the seals on the pier.",
        "Post comments on the plan by Friday, the council said.",
        "The post office appeared first on the new map of the harbour.",
        "Mostra altro coraggio, disse il capitano al marinaio.",
        "Zum Artikel 5 der Hafenordnung gibt es keine Ausnahme.",
        "Per E-Mail versenden die Behörden die neuen Fahrpläne.",
        "Czas czytania książek spadł w tym roku o połowę.",
        "Fehler melden die Kapitäne selten, sagte die Behörde.",
        "写真：共同通信が撮影した新しいフェリーターミナルの様子は、多くの人に共有された。",
        "Jaa, sanoi kapteeni, lautta lähtee kuudelta.",
        "Melden Sie sich an der Rezeption des Hafens an, sagte der Kapitän.",
        "Este sitio web fue creado por el ayuntamiento en 2010.",
        "Give the crew credit… they kept the ferry running all winter",
        "The council voted 5/4 to keep the ferry.Tom Hale said he would appeal",
        "The ferry sails at 6 a.m. on weekdays and 8 a.m./9 a.m. on Sundays",
        "Regulators say websites must ask before they use cookies to track visitors.",
        "The ferry company covers the cost of the crossing for pupils.",
        "Tom Ashworth covered the story.",
        "Police asked anyone who saw him to contact them at the harbour station.",
        "网友评论称这一政策非常及时。",
        "При використанні ліків слід дотримуватися інструкції.",
        "Đăng ký nhận hồ sơ bắt đầu từ ngày 1/6, theo Sở Giáo dục.",
        "Registrace vozidel v Česku loni vzrostla.",
        "Πηγή εσόδων για το κράτος είναι ο τουρισμός.",
        "Bức ảnh: một kỷ niệm khó quên của gia đình tôi.",
        "Press Ctrl+Enter to send the message to everyone in the group.",
        "Readers left comments full of opinion on the new timetable.",
        "Screenshots of the message were shared widely on Monday.",
        "Nombre del nuevo alcalde: Jorge Ruiz.",
        "Connect with more readers in print and online.",
        "Read other stories about the harbour on our website.",
        "Comment by the harbour board was not available on Monday.",
        "Comment by the minister on 3 May 2019 drew criticism from both parties.",
        "Comment by the mayor on 3 May was brief.",
        "What do you think the council should do next about the harbour wall?",
        "Die E-Mail-Adresse des Bürgermeisters wird nicht veröffentlicht, sagte die Stadt.",
        "Informiere mich, sagte sie, wenn die Fähre wieder fährt.",
        "Mehr als 300 Menschen kamen zur Eröffnung.",
        "Das könnte dich auch interessieren, sagte der Bürgermeister zu den Schülern.",
        "Monthly donations to the lifeboat fund rose by a third last year.",
        "You have one article left to finish before the deadline, the editor said.",
        "More like this one would be welcome, said the harbour master.",
        "Weiter lesen konnte er nicht, weil das Licht ausging.",
        "She contributed to the research fund for twenty years, the trustees said.",
        "This photo exhibition will stay open until May, the museum said.",
        "A still unnamed company will run the ferry from next year.",
        "Now playing at the harbour cinema: a film about the old ferry.",
        "Tickets cost $5 / month for pupils, the ferry company said.",
        ("The mayor told residents on Monday that the flood had reached more than two hundred "
         "homes along the river, that the council would open the school hall to families who "
         "had to leave, and that anyone able to help should please consider donating to the "
         "appeal, which had raised more than forty thousand pounds by the evening."),
        "Ähnliche Beiträge gab es schon 2019 im Stadtrat.",
        "Diese Geschichte teilen viele Menschen auf der Insel.",
        "Themen in diesem Artikel waren Fähren, Häfen und Fahrpreise.",
        "Read the rest of the report on the council's website.",
        # near misses a reviewer found for the first drafts of these rules
        "Comment de jeunes agriculteurs relancent la filière en 2024",
        'Comment by the mayor on 3 May: "We will rebuild."',
        "Kommentar von Chefredakteur Jo Varga zur Wahl 2021",
        "Gallery-goers queued for hours to see the show.",
        "Photos – some of them graphic – circulated online.",
        "The minister's comments were his personal opinion, not that of the report's "
        "authors, a spokesman said.",
        "Die neuen Pflichtfelder im Steuerformular sorgen für Ärger",
        "A link has been posted to the council's website.",
        "Pressing Ctrl+Enter in the code editor now runs the selected cell.",
        "The company tightened its Facebook comments policy after the row.",
        "What do you think?",
        "Stuur mij maar een e-mail, zei de burgemeester.",
        "The form allows 500 of 1500 characters, the council said in its guidance.",
        "More commentary on the budget is expected from the opposition this week.",
        "Drivers should keep left at the new junction, police said.",
        "The party moved to the right after the election, and lost voters in the north.",
        "In this town, the photo studio on the quay has closed after sixty years.",
        "This photo competition is open to anyone living on the islands.",
        "The figures came from Reuters and AP reporters on the scene.",
        "She paid the fare with a credit card/debit card at the kiosk.",
        "Il Comune ha aperto la palestra comunale per la popolazione. (ANSA).",
        "The photographer said the light on the quay was perfect that morning.",
        "Read the comments from the inspector, the report says, before you judge the crew.",
        "Write to your councillor at the town hall if you object, the notice says.",
        "Since you're here, the guide said, you should see the old lighthouse too.",
        "The article appeared in the print edition of the island weekly last year, and was "
        "widely shared.",
        "Next slide, please, the minister told the committee.",
        "The video is no longer available on the council's website, a spokesman said.",
        "The festival opens on Saturday, Dec. 7, 2019, at the harbour with a parade of boats.",
        "Updated 10:01 pm, Tuesday, November 19, 2019",
        "The photos are licensed under CC BY, the museum said.",
        "The match kicked off at 19:30 - source: the club.",
        "File - in this folder are the council minutes.",
        "Drucken Sie das Formular aus und schicken Sie es an die Stadt.",
        "An error has occurred in the ferry's steering system, the operator said.",
        "Photographed by thousands of tourists every year, the lighthouse is the island's icon.",
        "Like · Reply · 22 · 18h",
        "Next in line for the job is the deputy harbour master, the council said.",
        "Page 2 of the report lists 3 ferries.",
        "People also read the notices posted on the quay.",
        "O porto usa cookies de gengibre como presente, disse a padaria.",
        "Início da obra está previsto para maio.",
        "Weiter geht es am Montag, sagte der Kapitän.",
        "Watch video of the launch on the council's website, the mayor said.",
        "Folgen Sie uns, rief der Kapitän den Passagieren zu.",
        "The song passed into the public domain in 2019, the museum said.",
        "Video edited by volunteers was shown at the meeting.",
        "Photograph by photograph, the exhibition tells the island's story.",
        "All content on this site © Island Media Group",
        # a whole paragraph with its picture's credit run on is too long for a caption
        "The review brings together islanders, councillors and ferry crews to ask what the "
        "harbour should become over the next twenty years, and which of its old buildings "
        "should be kept, restored or pulled down to make room for the new terminal and the "
        "car park that the operator has asked for since the floods. © Jo Varga",
        "View the photo gallery at the museum until May, the curator said.",
        "ID: 42",
        "Lire aussi le rapport du conseil, publié hier.",
        "フェリーの会員数は昨年より増えた。",
        "Assine o contrato até sexta-feira, disse o ministro.",
        "Para seguir leyendo el informe, el lector necesita paciencia.",
        "You are already subscribed to the harbour's text alerts if you bought a season ticket.",
        "Kommentare lesen wir alle, sagte die Redaktion.",
        "Previous owners kept the boat next to the quay.",
        "The islanders wanted more...",
        "The islanders asked for more… Read more about the vote in our guide.",
        "The islanders wanted more, and the council gave them more...",
        "This Tuesday the ferry photo club shows its pictures at the library.",
        "The © sign on the 1931 poster was added later, the museum said.",
        "12 responses to the ferry survey came from the north island.",
        "Three comments on the harbour plan, all of them from fishermen?",
        "Next up in the harbour race was the ferry crew.",
        "Share, print or e-mail the timetable from the harbour office.",
        "Related news on the ferry strike came from the union later that day.",
        "Read more from the report, the minister told the harbour board.",
        "Mit unserem Newsletter haben wir im Hafen wenig Glück gehabt, sagte der Wirt.",
        "Your subscription to the ferry club pays for the new boat, the chair said.",
        "Check out more ferries on the north route, the council told islanders.",
        "Rating agencies cut the island's score to 3 out of 5 after the vote.",
        "Weitere Infos zum Fährplan gibt es im Hafenbüro.",
        "Geben Sie Ihre Adresse im Hafenbüro ein, sagte der Hafenmeister.",
        "Bitte beachten Sie, dass die Fähre am Sonntag nicht fährt.",
        "View the full site plan at the harbour office.",
        "Pour lire tous les articles du journal, il faut un abonnement, dit le maire.",
        "On Facebook and on Twitter the ferry company said nothing at all.",
        "Mit einem Klick auf den Knopf öffnet der Hafenmeister das Tor.",
        "Join thousands of people on the quay tonight, the mayor said, and then went home.",
        "Melden Sie sich bis Freitag im Hafenbüro an, sagte der Hafenmeister.",
        "Latest stories from the islands were sent to the mainland by boat.",
        "관리청은 사진 자료를 재판매하지 않겠다고 밝혔다.",
        "管理局は完成予想図を公開した（港湾管理局提供）。",
        "この記事についてシェアが広がった。",
        "動画を再生すると、港の様子が分かる。",
        "Vous pouvez lire le rapport du port sur le site de la mairie.",
        "Lire aussi le rapport, dit le maire, avant de voter | ou de partir.",
        "Continuer à lire ici ou là, c'est le choix du lecteur.",
        "Get the full story of the ferry from the harbour museum.",
        "A Netflix subscription gives the islanders something to do in winter.",
        "Continue reading with a friend: the library's scheme pairs islanders.",
        "Fares rose to £3 a week, then just £2 a week after the protest.",
        "Follow BBC guidance on the ferry strike, the council said.",
        "Have your say at the harbour meeting on Friday, the mayor urged islanders.",
        "The views expressed in this report were those of the harbour board.",
        "Watch on YouTube how the ferry docks, the harbour board suggested.",
        "Lea también el informe del puerto, dijo el alcalde.",
        "Check your inbox, the harbour office told islanders, for the new timetable.",
        "Abonnez-vous au journal du port, dit le maire, si vous voulez savoir.",
        "You can reach the island by ferry in two hours.",
        "Republish the timetable, the board asked the paper.",
        "Email the harbour office",
        "Weitere Meldungen der Polizei kamen am Abend.",
        "Keep reading this article with a friend, the teacher told the class.",
        "Will you help us, the ferryman asked the crowd, or will you watch?",
        "Hay nuevas entradas al puerto desde el lunes, dijo el alcalde.",
        "More harbour news is expected on Friday.",
        "Sponsored by the harbour board, the regatta returns in May.",
        "For the latest harbour figures the council relies on the port.",
        "About the university of the islands, little is known.",
        "For more information on the timetable, islanders can ask at the quay.",
        "Haben Sie einen Hund, fragte der Hafenmeister.",
        "The good news for islanders is that the ferry is quiet.",
        "Islanders entered the (Harbour Photo) contest, the board said.",
        "Keep reading this article and you will see why the ferry is late.",
        "This story is for subscribers who asked about the timetable, the editor wrote.",
        "You have reached the limit of what the harbour can hold, the pilot told the crew.",
        "Have a story to tell, the old skipper asked the children on the quay.",
        "We're trying something new on the ferry this summer: a quiet deck.",
        "Before you keep reading the timetable, check the tide, the harbour master said.",
        "You can follow the ferry's route on the map in the waiting room.",
        "6. Save Your Backhands For Tennis",
        "About this series of storms, the forecasters said little.",
        "The plan was simple. / The rest followed.",
        "The lighthouse is an icon of the town, the mayor said.",
        "Follow me, the guide said, and stay on the path.",
        "The views expressed at the meeting were mixed, the chair said.",
        "Our best hope, delivered every week by the ferry, is the mail.",
        "The ferry left at noon. Ann Lee, the skipper, said it was late.",
        "Scroll to resume the video where you left it, the guide says.",
        "Join the queue early, the skipper told passengers who had asked on WhatsApp.",
        "Lire aussi les conditions du contrat, a conseillé le maire aux habitants.",
        "She died on Saturday, April 6, 2019, at the care home, surrounded by her family.",
        "The ferry was late again. Photos: none were taken, the skipper joked.",
        "Submitted photos showed the damage to the quay, the council said.",
        "(Bo Ray for the council, who asked not to be named.)",
        "Hierna volgt het volledige interview met de burgemeester.",
        "View this post on Instagram and you will see the queue at the quay.",
        "Il sindaco ha mostrato le immagini (foto e video) ai cittadini presenti.",
        "The engineer, Ann Lee, answered questions sent to alee@council.example last week.",
        "Skip Twitter posts and read the council's own statement, the mayor said.",
        "Do you have a news tip for the council, the reporter asked the mayor.",
        "Results/Standings",
        "The file was handed over at the station (file number 12).",
        "Le maire l'a dit samedi | et la foule a applaudi longuement.",
        "Lue myös kaupungin tiedote, jossa kerrotaan uimahallin aukioloajoista.",
        "Simak juga pernyataan bupati soal 'sekolah gratis' di halaman berikut.",
        "Support grows for the new ferry terminal", "Support Grows",
        "Like most stations, the island's radio is listener-supported, but the cuts hurt.",
        "Donors were asked for a gift of any amount to rebuild the church.",
        "The minister said news should be free for everyone.",
        "Residents can donate as little as $5 to the flood fund.",
        "This is how you can get a free flu shot on the island this winter.",
        "Make sure you are signed up for the voter roll before Friday, officials said.",
        "Latest from Ukraine",
        "Photos courtesy of the family show him smiling at his graduation.",
        "Support for the ban",
        "Ferries should be free for everyone over 70, the campaigners said.",
        "The ticket cost as little as $1 in the 1970s, the skipper recalled.",
        "The video will start a debate on the ferry fares, the mayor said.",
        "Play now, pay later: the ferry's new ticket scheme.",
        "More videos of the storm were shared by islanders overnight.",
        "The photo, courtesy of a neighbour, shows the quay in 1950.",
        "The plan was approved. (Submitted by the council for the record, it said.) Then work began.",
        "Our reporters work on the ferry story were praised by the council, the mayor said.",
        "Make sure the gate is shut, the farmer told walkers on the path.",
        "Video footage shows the ferry leaving early, the council said.",
        "The island's radio is supported by listeners, the station's chief said.",
        "Data from the ferry board show a fall; the chart below has the figures.",
        "Le maire a parlé POUR la première fois de la fermeture.",
        "Also on the agenda: the ferry timetable and the new fares for islanders.",
        "(Source: the harbour board's annual report, which was published on Monday.)",
        "Read more about the ferry plan on the council's website.",
        "Latest from the council was that the fares would rise in May.",
        "The fare rose. Photo and video passes cost extra / per day.",
        "Nächste Seite des Berichts zeigt die Kosten der Fähre.",
        "Weitere Themen der Sitzung waren die Fährpreise.",
        "Kommentare sind geschlossen worden, sagte der Bürgermeister.",
        "[Werbung für die Fähre hing am Kai.]",
        "Tagged as a risk by the council, the quay was shut.",
        "Dieser Artikel wurde am Montag in der Zeitung veröffentlicht, sagte sie.",
        "This post was posted on the council's board, the clerk said.",
        "Externer Inhalt ist ein Problem für die Redaktion, sagte sie.",
        "The crowd chanted. GOAL!", "He was arrested in 2019. The FBI said so.",
        "Mehr aus weniger machen",
        "You have read the report, the mayor told them.",
        "Quality journalism costs money, the editor said.",
        "Weet jij meer over deze foto's? De vereniging hoort het graag.",
        "De gemeente wil dat bakkers minder suiker gebruiken in cookies, zei de wethouder.",
        "Go deeper into the cave, the guide told the walkers.",
        "The Ledger is a weekly newsletter about island politics.",
        "Read more here about the plan, the council said on its website.",
        "Subscribe and the council will send you the minutes, the clerk said. Then more.",
        "A coordenação está nas mãos das câmaras de Leiria e Coimbra. LUSA",
        "The union said talks would resume on Monday. ENDS",
        "Haben Sie etwas beobachtet? Hinweise nimmt die Polizei in Kassel entgegen.",
        "Playbook is a daily newsletter from the Politico team, read by most MPs.",
        "Sie haben bereits 3 von 5 Spielen verloren, sagte der Trainer.",
        "Mit dem Abspielen des Videos im Gerichtssaal begann der dritte Verhandlungstag.",
        "Het bedrijf maakt gebruik van cookies zonder toestemming van bezoekers.",
        "Sklep internetowy używa plików cookie bez zgody klientów, ustalił urząd.",
        "Mehr aus Angst als aus Überzeugung", "Kategorie: Bester Spielfilm",
        "Veröffentlicht in der Fachzeitschrift Nature",
        "This post was posted on the council's Facebook page and drew hundreds of comments.",
        "Dieser Beitrag wurde unter dem Namen des Bürgermeisters veröffentlicht und gelöscht.",
        "Cet article a été publié dans une revue scientifique en 2018, selon les chercheurs.",
        "All articles by the agency are checked twice before they run.",
        "Mit dem Abspielen des Videos im Saal wurden den Richtern auch die Daten gezeigt.",
        "De website gebruikt cookies zonder toestemming, stelde de toezichthouder vast.",
        "„We gebruiken cookies alleen voor statistiek”, zegt de woordvoerder.",
        "Go deeper – the second chamber of the cave holds the oldest paintings.",
        "Mehr aus Pflicht als Neigung", "Tutti gli articoli di Repubblica citati nell'esposto:",
        "Veröffentlicht in Berlin bei Suhrkamp, 320 Seiten, 24 Euro",
        "Zie je iets gebeuren? Stuur dan geen filmpjes rond maar bel 112, zegt de politie.",
        "“Field Notes is a weekly newsletter from our founders,” the company says.",
        "Get smarter, faster: that was the coach's message to his young squad.",
        "Figure 2 shows the rise in fares since 2015, the report said.",
        "By the end of the day on Publish Date, nothing had changed.",
        "Show the ticket at the gate, the skipper said.",
        "Nota: the council said affiliate schemes were not its business.",
        "町によると、式典は19日午前、北浜町で開かれた。", "全2枚の写真を展示する予定だ。",
        "町長＝19日午前、北浜町で開かれた式典で挨拶した。",
        "記事提供社によると、漁は来年も続く。", "市の記事一覧によれば、催しは毎年開かれている。",
        "最終更新は10月18日だった。",
        "군은 자동 추출 기술로 요약된 내용을 공개하지 않았다.",
        "[관련기사]라는 표시는 지난달부터 쓰지 않는다고 회사는 밝혔다.", "요금은 1천200원/회다.",
        "경찰은 정확한 사고 원인을 조사하고 있다고 밝혔다. 청주=강태오 기자",
        "이 관계자는 \"내년에도 행사를 계속할 계획\"이라고 말했다. /연합뉴스",
        "이번 공연은 오는 30일까지 열린다. ⓒ 뉴스1", "시는 \"겨울이 끝났다. / 나는 창을 연다\"로 끝난다",
        "공개된 사진은 공공누리 제1유형으로 개방돼 누구나 출처만 밝히면 상업적 용도로도 이용할 수 있습니다.",
        "연락처\t기관\t운영 시간", "동영상을 재생하려면 앞으로 별도의 프로그램을 설치하지 않아도 된다.",
        "Если вы стали свидетелем нападения, сообщите в дежурную часть по телефону 102.",
        "▽会場＝3日、北浜町の町民体育館", "日時＝12月1日、北浜市民会館大ホール", "（中略）", "（敬称略）",
        "Ведущий: Здравствуйте",
        "The mayor said everyone was welcome to the discussion on Tuesday night.",
        "Councillors said email notifications are only sent once a day to residents.",
        "Related to this story, the council will meet again in May.",
        "市の最新ニュースによると、工事は年度内に終わる。",
        "Если вы стали свидетелем аварии, это не значит, что вы виноваты.",
        "町は（仮称）北浜大橋の建設を決めた。", "（中略）は原文のまま。",
        "담당부서는 환경정책과로 정해졌다.",
        "사진은 시가 제공했다. ⓒ 표시는 저작권을 뜻한다.", "주가는 ▲2.1% 올랐다.",
        "▲ 1위 한빛전자: 매출 230조원, 영업이익 28조원",
        "次のページへ進む前に、町は住民の意見を聞いた。", "目次の作成は編集部が担当した。",
        "この動画は町の職員が撮影した。", "그는 원고료로 응원하기 기능을 처음 썼다고 말했다.",
        "[스포츠조이 청주=강태오 기자] 청주 스톰즈가 연장 접전 끝에 이겼다.",
        "Корреспондент: на месте уже работают спасатели.",
        "Continue a ler após a publicidade ter sido retirada do ar, disse o juiz.",
        "Outras notícias da semana mostram o mesmo quadro, disse o presidente.",
        "운행은 끝났다. 그는 \"다시 올 것\"이라고 했다/했다고 한다.",
    ],
)
def test_body_lines_that_resemble_the_new_rules_are_not_hits(line: str) -> None:
    assert compile_rules().match(line, len(line.split())) is None


def test_the_rule_index_keeps_file_order() -> None:
    # The index only rules patterns out; the reason is still that of the first rule in file
    # order, as when every pattern is tried on every line.
    rules = compile_rules()
    lines = [line for line, _ in PHRASE_CASES + SECTION_CASES] + [
        PARA_1, PARA_1.upper(), "Home", "Reply", "12 Comments", "jane@example.org",
        "Follow Ann Lee on Twitter", "Getty Images", "| SPONSORED", "(c) 2024 Island Press",
        # "İ" and a word-final "ς" lower-case differently in str.lower and in the regex engine
        "İLGİLİ HABERLER", "ΌΛΑ ΤΑ ΔΙΚΑΙΏΜΑΤΑ ΔΙΑΤΗΡΟΎΝΤΑΙ", "Copyright © 2019. Tüm hakları saklıdır.",
        "12 Comments on this story", "Kommentare (3)", "Alle rettigheder forbeholdes © Avisen",
        "«Читайте також: Новий міст відкрили»", "责任编辑：刘阳"]
    for line in lines:
        words = len(line.split())
        slow = next((r for p, r in rules.anchored if p.match(line)), None)
        if slow is None and words <= PHRASE_MAX_WORDS:
            slow = next((r for p, r in rules.unanchored if p.search(line)), None)
        assert rules.match(line, words) == slow, line


@pytest.mark.parametrize(("pattern", "length", "texts"), [
    (r"^(share|tweet|pin it)\W*$", 1, {"s", "t", "p"}),
    (r"\bwe use cookies\b", 3, {"we "}),
    (r"\b(sign|log) in to", 3, {"sig", "log"}),
    (r"^a?bc", 2, {"ab", "bc"}),
    (r"^[A-C]\d", 1, {"a", "b", "c"}),
    (r"^\W?(leia|veja)", 3, None),  # may open with any character that is no word one
    (r"\b\d+ comments", 3, {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}),
    (r"credits?:", 3, {"cre"}),
])
def test_opening_texts(pattern: str, length: int, texts: set[str] | None) -> None:
    assert opening_texts(pattern, length) == texts


@pytest.mark.parametrize(("pattern", "found"), [
    # the cheapest part to test: a word opening after "\b", else the fewest, longest texts
    (r"^.{0,80}\b(alle rechten|auteursrechten) voorbehouden", ({"alle rec", "auteursr"}, True)),
    (r"^.{0,80}(alle rechten|auteursrechten)", ({"alle rec", "auteursr"}, False)),
    (r"(/|,|-)\s*(handout|supplied)$", ({"handout", "supplied"}, False)),
    (r"^.{0,40}\w+$", None),
])
def test_held_texts(pattern: str, found: tuple[set[str], bool] | None) -> None:
    assert held_texts(pattern, 8) == found


def test_the_shipped_filings_are_current() -> None:
    # Stale filings would cost only start-up time, but the file should say what it claims:
    # after editing chrome_phrases.txt, run python bench/phrase_index.py.
    shipped = (Path(__file__).resolve().parents[1] / "newsum" / "data" / FILINGS_FILE)
    assert shipped.read_text(encoding="utf-8") == filings_json()


def test_every_default_pattern_compiles() -> None:
    # patterns compile on first use, so a bad one would surface only on a line that tries it
    for rule in default_phrases():
        re.compile(rule.pattern, re.IGNORECASE)


def test_fold_lowers_as_the_regex_engine_compares() -> None:
    assert fold("İLGİLİ") == "ilgili" and fold("ΔΙΚΑΙΏΜΑΤΑΣ") == "δικαιώματασ"


def test_a_pattern_with_a_top_level_bar_is_not_filed_by_its_opening() -> None:
    assert _top_level_bar(r"\bfoo|bar") and not _top_level_bar(r"\b(foo|bar)")
    assert not _top_level_bar(r"\b[|]x") and not _top_level_bar(r"\b\|x")


def test_invalid_extra_rule_raises_rules_error() -> None:
    with pytest.raises(RulesError):
        user_rules(["(unclosed"])


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Wednesday 06 November 2024 22:40", "2024-11-06T22:40"),
        ("Updated 6:56 AM ET, Tue November 19, 2019", "2019-11-19T06:56"),
        ("Published 2019-11-19T08:00:00Z", "2019-11-19T08:00"),
        ("March 3, 2021", "2021-03-03"),
        ("LinkNaija October 06, 2018", "2018-10-06"),
        ("Sept. 9, 2020", "2020-09-09"),
        ("21/06/2014", "2014-06-21"),
        ("Nov. 19, 2019 at 3:05 p.m.", "2019-11-19T15:05"),
        ("By Ann Lee - 11/19/19 06:56 AM EST", "2019-11-19T06:56"),
    ],
)
def test_find_date(line: str, iso: str) -> None:
    assert find_date(line) == iso
    assert is_date_line(line)


def test_an_embedded_posts_credit_is_not_a_date_line() -> None:
    assert not is_date_line("— Island Ferries (@islandferries) March 3, 2026")


def test_a_sentence_with_a_date_is_not_a_date_line() -> None:
    line = "The council first voted on the plan on 4 May 2021 after a long debate."
    assert not is_date_line(line)
    assert find_date("There were 31 ships in port") is None


@pytest.mark.parametrize(
    ("line", "author"),
    [("By Tom Ashworth", "Tom Ashworth"), ("By Ann Lee and Bob Ray", "Ann Lee and Bob Ray"),
     ("By the way, this is not a byline", None),
     # one word after "By" is a name only when a title or nothing follows it
     ("By definition, a deficit means too little revenue.", None),
     ("By Christmas, the shop will have closed.", None),
     ("By Regan, Staff Writer", "Regan"), ("by jdadmin", "jdadmin"),
     # a title run into the name by the page copy
     ("By Ann LeeBusiness Columnist", "Ann Lee"), ("By Ann McDonald", "Ann McDonald"),
     # the label run into a linked name; a word that merely opens with "By" is no byline
     ("ByTobias Renfrow,", "Tobias Renfrow"), ("Bypass Road reopens", None),
     # labels of other languages: Portuguese, Indonesian and Vietnamese
     ("Publicado por Ana Lima", "Ana Lima"), ("Ditulis oleh Budi Santoso", "Budi Santoso"),
     ("Reporter: Budi Santoso", "Budi Santoso"), ("Penulis: Sari Dewi", "Sari Dewi"),
     ("Tác giả: Minh Anh", "Minh Anh"), ("Publicado por la alcaldía el lunes", None),
     # ... Indonesian with a colon, Turkish, Hungarian, Greek, Romanian and Danish
     ("Oleh: Budi Santoso", "Budi Santoso"), ("Yazar: Ayşe Demir", "Ayşe Demir"),
     ("Szerző: Kovács Anna", "Kovács Anna"), ("Συντάκτης: Νίκος Ράλλης", "Νίκος Ράλλης"),
     ("Scris de Ion Popescu", "Ion Popescu"), ("Skrevet af Lars Holm", "Lars Holm"),
     # scripts without capitals: the label vouches for a short name, not for a sentence
     ("بقلم: سمير داود", "سمير داود"), ("מאת נועה לוי", "נועה לוי"),
     ("लेखक: अनिल वर्मा", "अनिल वर्मा"), ("ผู้เขียน: ทีมข่าวภูมิภาค", "ทีมข่าวภูมิภาค"),
     ("كتب الوزير في رسالته إلى المجلس أمس أن الخطة تأخرت", None),
     # Chinese, Japanese and Korean reporters' credits
     ("記者：王小明", "王小明"), ("文/李华", "李华"), ("김민수 기자 minsu@example.kr", "김민수"),
     ("记者从市政府获悉，新线路下月开通", None), ("기자회견을 열었다", None)],
)
def test_byline_author(line: str, author: str | None) -> None:
    assert byline_author(line) == author


def test_looks_like_name() -> None:
    assert looks_like_name("Helen Mary Jones")
    assert not looks_like_name("Follow Author")  # the button beside a byline
    assert not looks_like_name("Read the full story")
    assert not looks_like_name("Home")


def test_best_block_is_the_heaviest_run() -> None:
    assert best_block([-3, 5, -1, 6, -20, 4]) == (1, 3)
    assert best_block([-1, -2]) == (0, 1)  # no prose at all: nothing is cut by position
    assert best_block([]) == (0, -1)


def test_split_lines_numbers_and_counts_cjk() -> None:
    lines = split_lines("a b\n\n  東京都は今日  \n")
    assert [(line.no, line.text) for line in lines] == [(1, "a b"), (3, "東京都は今日")]
    assert lines[1].words > 1


def test_words_of_scripts_with_combining_marks_count_whole() -> None:
    # "Advertisement" in Hindi is one word, not four pieces split at its vowel signs
    assert split_lines("विज्ञापन")[0].words == 1
    assert split_lines("गांव की महिलाएं भी आने लगीं।")[0].words == 6
    # Thai sets no spaces between words: a long clause is many words, not one or two
    assert split_lines("รัฐบาลจะเปิดท่าเรือข้ามฟากแห่งใหม่ในฤดูใบไม้ผลิหน้า")[0].words > 8


def test_cjk_lines_with_few_tokens() -> None:
    line = "東京都は今日、新しい港の計画を発表しました。市民の多くが賛成しています。"
    cleaned = strip_chrome("\n\n".join([line, line + "追加", PARA_1]))
    assert PARA_1 in cleaned.body


def test_a_chinese_paragraph_naming_latin_products_is_prose() -> None:
    # A games site's review opens on a paragraph naming a game and its studio in Latin
    # letters, no full stop at its end: the names' capitals make no list of links.
    opening = ("Harbour Quest是一款以经典纸牌游戏为核心玩法的独立游戏，融入了大量角色扮演元素，"
               "玩家在冒险中不断战斗、升级和收集卡牌，体验不同于传统纸牌游戏的乐趣，"
               "本作由英国开发商Island Studio出品")
    rest = ["游戏的故事设定在一片被邪恶巫师统治的大陆上，玩家需要通过一场场纸牌对局击败他的手下，"
            "最终解救被困的村民，并在途中结识各种性格鲜明的伙伴。",
            "游戏中设计了五百多个纸牌挑战关卡，以故事的形式展现在大地图上，玩家可以在休闲娱乐的同时"
            "逐步成长，解锁新的技能与装备，难度也会随着进度逐渐提高。"]
    page = "\n\n".join(["首页 / 游戏 / 正文", "英国独立游戏，经典规则与冒险元素结合",
                         "原创 海港游戏 2019-09-04 22:18:34", opening, *rest,
                         "独立游戏\n卡片游戏\n策略游戏"])
    assert strip_chrome(page).body.split("\n\n")[0] == opening


def test_empty_and_chrome_only_inputs() -> None:
    assert strip_chrome("").body == ""
    assert strip_chrome("Advertisement\nShare this article").body == ""
    assert strip_chrome("A short note.\n\nIt has two lines.").body == (
        "A short note.\n\nIt has two lines."
    )


def test_huge_input_stays_fast() -> None:
    import time

    page = ("Menu\n" * 20000) + "\n\n".join([PARA_1, PARA_2] * 2000)
    start = time.perf_counter()
    cleaned = strip_chrome(page)
    assert time.perf_counter() - start < 10
    assert PARA_1 in cleaned.body


@pytest.mark.parametrize(
    ("text", "is_html"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", True),
        ("  <html lang='en'><head><title>x</title></head></html>", True),
        ("<div><p>a</p><p>b</p><span>c</span><a href='#'>d</a><p>e</p></div>", True),
        ("He wrote <p> in the margin and left.\n\nThe end.", False),
        (PAGE, False),
    ],
)
def test_looks_like_html(text: str, is_html: bool) -> None:
    assert looks_like_html(text) is is_html


def test_html_input_goes_through_trafilatura() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in (PARA_1, PARA_2, PARA_3, PARA_4))
    html = (
        "<!DOCTYPE html><html><head><title>Harbour to open new terminal</title>"
        '<meta name="author" content="Tom Ashworth">'
        '<meta property="article:published_time" content="2024-03-12T09:15:00Z"></head>'
        "<body><nav><a href='/'>Home</a><a href='/news'>News</a></nav>"
        f"<article><h1>Harbour to open new terminal</h1>{paragraphs}"
        "<p>Sign up to our daily newsletter</p></article>"
        "<footer>Copyright 2024 Island Press</footer></body></html>"
    )
    cleaned = strip_chrome(html)
    assert PARA_1 in cleaned.body and PARA_4 in cleaned.body
    assert "newsletter" not in cleaned.body and "Home" not in cleaned.body
    assert cleaned.title == "Harbour to open new terminal"
    assert cleaned.published is not None and cleaned.published.startswith("2024-03-12")


def _seed_text() -> str:
    """The shared seed article; skipped when absent locally, a failure when CI is set."""
    path = SHARED_DATA / "seed-article.txt"
    if not path.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"shared data missing in CI: {path}")
        pytest.skip(f"shared data not present at {path}")
    return path.read_text(encoding="utf-8")


@pytest.mark.shared_data
def test_seed_article() -> None:
    cleaned = strip_chrome(_seed_text())
    body = cleaned.body
    assert cleaned.title is not None and cleaned.title.startswith("Starmer to sign deals")
    assert cleaned.author == "Helen Corbett"
    assert cleaned.published == "2024-11-06T22:40"
    assert body.startswith("The Prime Minister will sign")
    assert body.endswith("real-time intelligence sharing networks.")
    for chrome in ("notifications", "Your support", "donation", "registering", "refresh",
                   "Russell Cheyne", "Helen Corbett", "22:40", "American", "United States"):
        assert chrome not in body, chrome
    paragraphs = body.split("\n\n")
    assert "Sir Keir Starmer" not in paragraphs and "Yvette Cooper" not in paragraphs
    assert sum("nowhere to hide" in p for p in paragraphs) == 1
    assert sum("cannot do it in isolation" in p for p in paragraphs) == 1
    assert len(paragraphs) == 14
    why = {r.text: r.reason for r in cleaned.removed}
    assert why["Helen Corbett"] == "byline"
    assert why["Your support makes all the difference."] == "donation appeal"
    assert why["Thank you for registering"] == "login prompt"


# --- user rules files -------------------------------------------------------------------


def test_rules_file_skips_comments_and_blank_lines() -> None:
    rules = load_rules_file("# house ads\n\nBrought to you by\n  /^sponsor(ed)?\\b/  \n", "r.txt")
    assert len(rules) == 2


def test_plain_phrase_matches_a_line_containing_it_any_case_any_spacing() -> None:
    rules = compile_rules(load_rules_file("brought to  you by", "r.txt"))
    assert rules.match("BROUGHT TO YOU BY Acme Ferries", 6) == "user rule"
    assert rules.match("This page is brought to you by Acme", 7) == "user rule"
    assert rules.match("Brought to us by the tide", 6) is None


def test_phrase_characters_are_literal_not_regex() -> None:
    rules = compile_rules(load_rules_file("Sponsored (paid)", "r.txt"))
    assert rules.match("Sponsored (paid)", 2) == "user rule"
    assert rules.match("Sponsored paid", 2) is None


def test_slash_line_is_a_regex() -> None:
    rules = compile_rules(load_rules_file("/^promo code \\w+$/", "r.txt"))
    assert rules.match("Promo code SAVE10", 3) == "user rule"
    assert rules.match("Use the promo code SAVE10 today", 6) is None


@pytest.mark.parametrize(
    ("line", "problem"),
    [("/(unclosed/", "missing ), unterminated subpattern"), ("/(a+)+$/", "nested quantifier")],
)
def test_bad_regex_names_file_line_and_problem(line: str, problem: str) -> None:
    with pytest.raises(RulesError) as caught:
        load_rules_file(f"# rules\n\n{line}\n", "my-rules.txt")
    message = str(caught.value)
    assert message.startswith("my-rules.txt, line 3: ")
    assert problem in message and "\n" not in message


def test_user_rules_skip_lines_longer_than_the_bound() -> None:
    rules = compile_rules(load_rules_file("acme", "r.txt"))
    long_line = "acme " + "word " * (USER_RULE_MAX_CHARS // 5)
    assert rules.match(long_line, len(long_line.split())) is None


def test_rules_file_drops_lines_through_strip_chrome() -> None:
    page = PAGE.replace("Advertisement", "Harbour deals of the week from Acme Ferries")
    assert "Acme Ferries" in strip_chrome(page).body
    cleaned = strip_chrome(page, extra_rules=load_rules_file("harbour deals of the week", "r.txt"))
    assert "Acme Ferries" not in cleaned.body
    assert PARA_1 in cleaned.body


# --- recurring lines learned from a batch --------------------------------------------


def _site_page(n: int) -> str:
    """A page of one made-up site: its menu, one article of its own, its footer."""
    article = (f"Story {n} tells of ferry number {n} and its {n * 3} passengers, who sailed "
               f"on day {n} of the month after a long wait at the harbour.")
    return "\n\n".join(["Harbour Times", "Ferries\nWeather\nTides", article,
                         "Ask the harbour master a question", f"Comments ({n})"])


def test_normalise_line_ignores_case_punctuation_and_counts() -> None:
    assert normalise_line("Comments (34)") == normalise_line("comments: 5") == "comments 0"


def test_recurring_lines_needs_three_articles() -> None:
    assert recurring_lines([_site_page(1), _site_page(2)]) == frozenset()
    learned = recurring_lines(_site_page(n) for n in range(1, 4))
    assert {"harbour times", "tides", "ask the harbour master a question", "comments 0"} <= learned
    assert not any("ferry number" in line for line in learned)


def test_identical_files_count_once() -> None:
    page = _site_page(1)
    assert recurring_lines([page, page, page, page]) == frozenset()


def test_duplicated_article_with_different_chrome_counts_once() -> None:
    base = "\n\n".join([PARA_1, "What happens next", PARA_2])
    copies = [f"Printed {n} times\n\n{base}" for n in range(5)]
    assert "what happens next" not in recurring_lines(copies)


def test_long_lines_are_never_learned() -> None:
    quote = ("Nobody in the harbour town had seen so many ferries in one summer before this one, "
             "the oldest skipper said on the quay that morning.")
    pages = [f"{PARA_2} {PARA_4} Note {n}.\n\n{quote}\n\nHarbour Times" for n in range(6)]
    learned = recurring_lines(pages)
    assert "harbour times" in learned and normalise_line(quote) not in learned


def test_share_threshold_in_a_mixed_batch() -> None:
    others = [f"Other site {n}\n\nIts own line {n}" for n in range(40)]
    site = [_site_page(n) for n in range(1, 4)]
    assert "harbour times" not in recurring_lines(site + others)  # 3 of 43 is under 10%
    assert "harbour times" in recurring_lines(site + others, min_share=0.05)


def test_known_chrome_lines_are_dropped_with_their_reason() -> None:
    page = PAGE.replace("Advertisement", "Ask the harbour master a question")
    known = frozenset({normalise_line("Ask the harbour master a question")})
    cleaned = strip_chrome(page, known_chrome=known)
    why = {r.text: r.reason for r in cleaned.removed}
    assert why["Ask the harbour master a question"] == "recurring in batch"
    assert cleaned.body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])


# --- structure: doubled lines, ad frames, link lists, keyword lines ------------------


def test_doubled_caption_is_dropped() -> None:
    caption = "Ferries queue at the old terminal on a summer morning"
    page = "\n\n".join([PARA_1, caption, caption, PARA_2, PARA_3])
    assert reasons(page)[caption] == "doubled line"
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])


def test_ad_between_two_markers_is_dropped() -> None:
    ad = "ADVERTISEMENT\nAcme Ferries - 20% off all crossings\nADVERTISEMENT"
    page = "\n\n".join([PARA_1, ad, PARA_2, PARA_3])
    assert reasons(page)["Acme Ferries - 20% off all crossings"] == "advertisement"


def test_teaser_run_after_a_box_heading_is_a_link_list() -> None:
    teasers = "\n".join(f"Council approves plan number {n} for the new bus lanes" for n in range(4))
    page = "\n\n".join([PARA_1, PARA_2, "More on transport", teasers, PARA_3, PARA_4])
    cleaned = strip_chrome(page)
    assert "bus lanes" not in cleaned.body and PARA_4 in cleaned.body


def test_body_lists_stay_when_introduced_or_numbered() -> None:
    items = "\n".join(f"A larger waiting room with seats for {n} hundred people" for n in range(4))
    numbered = "\n".join(f"{n}) A larger waiting room with seats for {n} people" for n in range(4))
    intro = "The authority says the terminal will offer what passengers asked for:"
    body = strip_chrome("\n\n".join([PARA_1, intro, items, PARA_2, numbered, PARA_3])).body
    assert "seats for 0 hundred people" in body and "1) A larger" in body


def test_long_keyword_lines_are_not_prose() -> None:
    tags = ", ".join(f"ferry tag {n}" for n in range(12))
    assert not is_prose(tags, len(tags.split()))
    assert is_prose(PARA_1, len(PARA_1.split()))


@pytest.mark.parametrize("sentence", [
    "गांव के लोगों ने पुरानी बस को एक छोटे पुस्तकालय में बदल दिया।",  # Hindi danda
    "هل ستفتح الشواطئ أمام الزوار في نهاية هذا الأسبوع المقبل؟",  # Arabic question mark
    "„Das kommt für mich nicht infrage“, sagt der Wirt. „Dann kann ich gleich zusperren.“",
])
def test_sentences_ending_in_other_scripts_stops_or_quotes_are_prose(sentence: str) -> None:
    assert is_prose(sentence, len(sentence.split()))


# --- metadata ----------------------------------------------------------------------


def test_headline_above_a_longer_standfirst() -> None:
    head = "\n".join([
        "NEWS",
        "Harbour to open new ferry terminal next spring",
        "Work on the terminal began two years ago and passengers say the queues will finally end",
        "By Tom Ashworth",
        "Tuesday 12 March 2024 09:15",
    ])
    cleaned = strip_chrome("\n\n".join([head, PARA_1, PARA_2, PARA_3]))
    assert cleaned.title == "Harbour to open new ferry terminal next spring"


def test_site_tagline_is_not_the_headline() -> None:
    head = "\n".join(["Island Press", "Notes on boats, weather and island life", "Home", "About",
                      "Harbour to open new ferry terminal next spring",
                      "Posted on March 12, 2024 by Tom Ashworth"])
    cleaned = strip_chrome("\n\n".join([head, PARA_1, PARA_2, PARA_3]))
    assert cleaned.title == "Harbour to open new ferry terminal next spring"
    assert cleaned.author == "Tom Ashworth"
    assert cleaned.published == "2024-03-12"


def test_markdown_headline_and_byline() -> None:
    head = "# Harbour to open new ferry terminal next spring\n\n*By Tom Ashworth*\n\n12 March 2024"
    cleaned = strip_chrome("\n\n".join([head, PARA_1, PARA_2, PARA_3]))
    assert cleaned.title == "Harbour to open new ferry terminal next spring"
    assert cleaned.author == "Tom Ashworth"


def test_name_with_job_title() -> None:
    assert name_with_job("Thomas Redfern Economics editor") == "Thomas Redfern"
    assert name_with_job("Harbour news in brief") is None


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("Harbour to open new ferry terminal | Island Press", "Harbour to open new ferry terminal"),
        ("Island Press | Harbour to open new ferry terminal", "Harbour to open new ferry terminal"),
        ("Harbour budget 2026 - live updates", "Harbour budget 2026 - live updates"),
        ("Harbour to open new ferry terminal", "Harbour to open new ferry terminal"),
    ],
)
def test_site_name_is_taken_off_html_titles(title: str, headline: str) -> None:
    from newsum.chrome.html import strip_site_name

    assert strip_site_name(title) == headline


def test_inline_most_read_box_does_not_end_the_article() -> None:
    box = "\n".join(["Most read in island news",
                     "Lighthouse keeper retires after forty years on the rock",
                     "Seal pup found asleep on the ferry ramp at dawn",
                     "Island bakery wins a national prize for its bread"])
    page = "\n\n".join([PARA_1, PARA_2, box]) + "\n" + "\n\n".join([PARA_3, PARA_4])
    body = strip_chrome(page).body
    assert PARA_4 in body and "Lighthouse keeper" not in body


# --- metadata: dates, bylines and headlines in more shapes ---------------------------


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("11.14.2020 09:00 AM", "2020-11-14T09:00"),  # dotted, month first (day over 12)
        ("13.11.2020, 23:06", "2020-11-13T23:06"),  # dotted, day first
        ("Veröffentlicht am 30. Juli 2021", "2021-07-30"),
        ("terça-feira, 22 de janeiro de 2019 às 0:13", "2019-01-22T00:13"),
        ("Pubblicato il 02 ago 2018", "2018-08-02"),
        ("18 ноября 2020, 12:30", "2020-11-18T12:30"),
        ("Posted on Oktober 27, 2016 by Admin", "2016-10-27"),
        ("19. června 2019 5:00", "2019-06-19T05:00"),  # Czech June, not July ("července")
        ("1 července 2019", "2019-07-01"),
        ("14 lipca 2019", "2019-07-14"),  # Polish
        ("3 Kasım 2019 14:05", "2019-11-03T14:05"),  # Turkish
        ("18 листопада 2019", "2019-11-18"),  # Ukrainian
        ("12 Ιουνίου 2019", "2019-06-12"),  # Greek
        ("4 martie 2019", "2019-03-04"),  # Romanian
        ("الثلاثاء 12 نوفمبر 2019 - 14:35", "2019-11-12T14:35"),  # Arabic
        ("١٢ حزيران ٢٠١٩", "2019-06-12"),  # Levantine month, Arabic-Indic digits
        ("12 בנובמבר 2019", "2019-11-12"),  # Hebrew ("in November")
        ("१२ नवंबर २०१९", "2019-11-12"),  # Hindi, Devanagari digits
        ("12 พ.ย. 2562 14:35 น.", "2019-11-12T14:35"),  # Thai, Buddhist-era year
        ("วันพฤหัสบดีที่ 12 พฤศจิกายน 2563, 10.35 น.", "2020-11-12T10:35"),  # ... and weekday
        ("2019. november 12. 14:35", "2019-11-12T14:35"),  # Hungarian, year first
        ("12 tháng 11 năm 2019", "2019-11-12"),  # Vietnamese, month by number
        # a weekday in the stamp's language, then the author ("jeudi ... par Ann Lee")
        ("Donnerstag, 15.2.2018, 19:51 > annlee", "2018-02-15T19:51"),
        ("jeudi 15 février 2018 par Ann Lee", "2018-02-15"),
        ("miércoles, 3 de abril de 2019 por Ann Lee", "2019-04-03"),
        ("19.nov.2019 às 14h52", "2019-11-19T14:52"),  # dots and no spaces (Brazil)
    ],
)
def test_find_date_in_more_languages_and_shapes(line: str, iso: str) -> None:
    assert find_date(line) == iso
    assert is_date_line(line)


def test_a_stamp_line_opening_with_a_date_may_carry_author_and_tags() -> None:
    assert is_date_line("14/03/2022 Ann Lee All, Books, Reviews")
    assert not is_date_line("14 March 2022: the ferry ran aground off the north pier.")


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("by Maya September 15, 2021", "Maya"),
        ("Posted on May 2, 2020 by Admin", "Admin"),
        ("March 3, 2021 | by harbourdesk", "harbourdesk"),
        ("Von Lena Vogt veröffentlicht am 3. Mai 2021", "Lena Vogt"),
        ("Текст: Анна Петрова·24 сентября 2020", "Анна Петрова"),
        ("By Harbour Staff | March 3, 2021", None),
        ("By now the ferry was late", None),
        ("By Tuesday", None),
    ],
)
def test_byline_author_in_more_shapes(line: str, author: str | None) -> None:
    assert byline_author(line) == author


def test_navigation_and_desk_credits_are_not_names() -> None:
    assert not looks_like_name("Next Post")
    assert not looks_like_name("Harbour Staff")
    assert looks_like_name("Анна Петрова")


def test_date_is_read_from_a_byline_line_with_other_words() -> None:
    head = "Harbour to open new ferry terminal next spring\n\nBy Tom Ashworth - Staff Writer 2024-03-12T09:15:00Z Transport"
    cleaned = strip_chrome("\n\n".join([head, PARA_1, PARA_2, PARA_3]))
    assert cleaned.author == "Tom Ashworth"
    assert cleaned.published == "2024-03-12T09:15"


def test_labelled_byline_beats_a_bare_name_beside_a_date() -> None:
    head = "\n".join(["Harbour to open new ferry terminal next spring", "Previous Post",
                      "Next Post", "March 12, 2024 | by Tom"])
    cleaned = strip_chrome("\n\n".join([head, PARA_1, PARA_2, PARA_3]))
    assert cleaned.author == "Tom"
    assert cleaned.published == "2024-03-12"


def test_name_then_outlet_beside_a_date() -> None:
    head = "\n".join(["Harbour to open new ferry terminal next spring",
                      "Tom Ashworth, Island Press", "12.03.2024, 09:15"])
    cleaned = strip_chrome("\n\n".join([head, PARA_1, PARA_2, PARA_3]))
    assert cleaned.author == "Tom Ashworth"
    assert cleaned.published == "2024-03-12T09:15"


def test_all_capitals_kicker_is_not_the_headline() -> None:
    head = "\n".join(["FERRY FURY", "Harbour to open new ferry terminal next spring",
                      "By Tom Ashworth", "12 March 2024"])
    cleaned = strip_chrome("\n\n".join([head, PARA_1, PARA_2, PARA_3]))
    assert cleaned.title == "Harbour to open new ferry terminal next spring"


def test_question_headline_over_the_byline_beats_a_menu_entry() -> None:
    head = "\n".join(["Ferry terminal", "Timetables", "Tickets",
                      "Will the new ferry terminal finally end the queues at the harbour?",
                      "Tom Ashworth", "March 12, 2024 09:15"])
    cleaned = strip_chrome("\n\n".join([head, PARA_1, PARA_2, PARA_3]))
    assert cleaned.title == "Will the new ferry terminal finally end the queues at the harbour?"
    assert cleaned.author == "Tom Ashworth"


def test_time_stamp_between_headline_and_byline_is_not_the_headline() -> None:
    head = "\n".join(["Harbour to open new ferry terminal next spring", "Today 12:01 AM",
                      "By Tom Ashworth"])
    cleaned = strip_chrome("\n\n".join([head, PARA_1, PARA_2, PARA_3]))
    assert cleaned.title == "Harbour to open new ferry terminal next spring"


def test_the_header_is_found_over_a_long_share_bar() -> None:
    # Ten share buttons between the date line and the story put the byline past the
    # twelve lines searched; the bar's lines do not count against that reach.
    bar = ["Share", "Show more sharing options", "Share Close extra sharing options",
           "Email", "Copy Link", "Print", "Share on WhatsApp", "Save", "Share this article",
           "Email this story"]
    header = ["Harbour to open new ferry terminal next spring", "By Ann Lee",
              "Nov. 19, 2019", "5:53 PM"]
    page = "\n\n".join(["News\nSport\nWeather", "\n".join(header + bar), PARA_1, PARA_2,
                         PARA_3, PARA_4])
    cleaned = strip_chrome(page)
    assert cleaned.author == "Ann Lee"
    assert cleaned.published == "2019-11-19"
    assert cleaned.title == "Harbour to open new ferry terminal next spring"


# --- metadata: agency, list, labelled and unlabelled bylines; more date shapes ----------


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Reuters", "Reuters"),
        ("Written by Ann Lee", "Ann Lee"),
        ("Fact Check by Ann Lee", "Ann Lee"),
        ("Fact-checked by Ann Lee", "Ann Lee"),
        ("Fact check by the numbers", None),
        ("Words by Ann Lee", "Ann Lee"),
        ("Reporting by Ann Lee; Editing by Bob Ray", "Ann Lee"),
        ("Posted by Ann Lee on March 3, 2026", "Ann Lee"),
        ("By Ann Lee and Bob Ray", "Ann Lee and Bob Ray"),
        ("By Ann Lee, Bob Ray and Cy Young", "Ann Lee, Bob Ray and Cy Young"),
        # co-authors in brackets: one, or a list of them
        ("By Ann Lee (with Bob Ray)", "Ann Lee and Bob Ray"),
        ("Par Anne Morel (avec Paul Girard et Lucie Faure)", "Anne Morel, Paul Girard and Lucie Faure"),
        ("By Ann Lee (with reporting by Bob Ray)", "Ann Lee"),
        ("By Ann Lee, Staff Writer", "Ann Lee"),
        ("By Ann Lee, Senior Correspondent", "Ann Lee"),
        ("By Ann Lee, Harbour Times", "Ann Lee"),
        ("By ANN LEE", "ANN LEE"),
        ("Por Ana Souza", "Ana Souza"),
        ("Di Marco Rossi", "Marco Rossi"),
        ("Par Jean Dupont", "Jean Dupont"),
        ("Escrito por Ana Souza", "Ana Souza"),
        ("By Ann Okonkwo-Baines", "Ann Okonkwo-Baines"),
        ("Par Jean-Marc Roux", "Jean-Marc Roux"),
        ("By Ann Lee - Staff Writer", "Ann Lee"),  # a spaced dash ends the name
        ("Photos by Ann Lee", None),  # the photographer is no author
        ("Por otro lado, el puerto cerró", None),
        # a health site's reviewer comes first; the writer is the author
        ("Medically reviewed by Bo Ray, MD, MPH — Written by Ann Lee on March 9, 2021",
         "Ann Lee"),
        ("Medically reviewed by Bo Ray, MD", None),
        ("Reviewed by the harbour board — the plan was approved on Monday", None),
    ],
)
def test_byline_labels_and_author_lists(line: str, author: str | None) -> None:
    assert byline_author(line) == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Ann Lee | March 3, 2026", "Ann Lee"),
        ("March 3, 2026 | Ann Lee", "Ann Lee"),
        ("Ann Lee March 3, 2026 12:32", "Ann Lee"),
        ("2026-03-03 12:57:32 Ann Marie Lee", "Ann Marie Lee"),
        ("Ann Lee, Staff Writer | Published March 3, 2026 at 9:00 am", "Ann Lee"),
        ("New York | March 3, 2026", None),  # a dateline, not a name
        ("03/03/2026 Ann Lee All, Ferries, Weather", None),  # a tag list after the name
        ("03/03/2026 Ann Lee All, Ferries, Harbour News", None),  # ends like an outlet
        # a labelled byline in one of the fields, with a label of the page's language
        ("Le Courrier | 04.05.2024 à 13h36 | Par Anne Morel (avec Paul Girard)",
         "Anne Morel and Paul Girard"),
        ("Publicada el 14 noviembre, 2019 por Carmen Ruiz Olmedo", "Carmen Ruiz Olmedo"),
        ("Harbour | Reported by Ann Lee, Edited by Bob Ray | Updated: March 3, 2026", "Ann Lee"),
    ],
)
def test_name_inside_a_date_line(line: str, author: str | None) -> None:
    assert stamp_author(line) == author


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ann Lee Harbour Today", "Ann Lee"),
        ("Ann Lee Associated Press", "Ann Lee"),
        ("Ann Marie Lee Harbour News", "Ann Marie Lee"),
        ("Ann Lee, Harbour Times", "Ann Lee"),
        ("Harbour Today", None),
    ],
)
def test_outlet_printed_after_a_name_is_taken_off(text: str, name: str | None) -> None:
    assert bare_name(text) == name


def test_agency_credit_stands_for_a_byline_beside_a_date() -> None:
    assert agency_credit("Reuters") == "Reuters"
    assert agency_credit("PTI, Port Ellis,") == "PTI"
    assert agency_credit("Reuters reported the ferry was late") is None
    head = "\n".join(["Harbour to open new ferry terminal next spring", "AFP, Port Ellis",
                      "March 12, 2024 09:15"])
    cleaned = strip_chrome("\n\n".join([head, PARA_1, PARA_2, PARA_3]))
    assert cleaned.author == "AFP"


def test_bare_name_between_headline_and_body_is_the_byline() -> None:
    head = "\n".join(["Harbour to open new ferry terminal next spring", "Share", "Tweet",
                      "Email", "Tom Ashworth"])
    cleaned = strip_chrome("\n\n".join([head, PARA_1, PARA_2, PARA_3]))
    assert cleaned.title == "Harbour to open new ferry terminal next spring"
    assert cleaned.author == "Tom Ashworth"


def test_name_over_a_section_label_and_date_is_the_byline() -> None:
    head = "\n".join(["Tom Ashworth", "Transport", "12.03.2024 09:15 AM",
                      "Harbour to open new ferry terminal next spring"])
    cleaned = strip_chrome("\n\n".join([head, PARA_1, PARA_2, PARA_3]))
    assert cleaned.author == "Tom Ashworth"
    assert cleaned.published == "2024-03-12T09:15"


def test_photo_credit_under_a_caption_is_no_byline() -> None:
    head = "\n".join(["Harbour to open new ferry terminal next spring", "Harbour Desk",
                      "March 12, 2024 09:15", "The old ferry ramp at dawn",
                      "Ann Lee, Associated Press"])
    cleaned = strip_chrome("\n\n".join([head, PARA_1, PARA_2, PARA_3]))
    assert cleaned.author is None


def test_place_name_near_the_headline_is_no_byline() -> None:
    head = "\n".join(["Harbour to open new ferry terminal next spring", "Port Ellis"])
    cleaned = strip_chrome("\n\n".join([head, PARA_1, PARA_2, PARA_3]))
    assert cleaned.author is None


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("2024/03/12", "2024-03-12"),
        ("2024.03.12 09:15", "2024-03-12T09:15"),
        ("2024年3月12日", "2024-03-12"),
        ("Published: 2024-03-12T09:15:00Z", "2024-03-12T09:15"),
    ],
)
def test_year_first_dates(line: str, iso: str) -> None:
    assert find_date(line) == iso


def test_relative_time_is_no_date() -> None:
    assert find_date("2 hours ago") is None
    assert find_date("Published 1 day ago") is None


def test_published_date_beats_the_updated_one() -> None:
    assert publication_date("Updated March 14, 2024 | Published March 12, 2024") == (
        "2024-03-12", False)
    assert publication_date("Updated: 14 Mar 2024, 10:00") == ("2024-03-14T10:00", True)
    head = "\n".join(["Harbour to open new ferry terminal next spring", "By Tom Ashworth",
                      "Updated March 14, 2024", "Published March 12, 2024"])
    cleaned = strip_chrome("\n\n".join([head, PARA_1, PARA_2, PARA_3]))
    assert cleaned.published == "2024-03-12"


def test_date_field_of_a_longer_stamp_line() -> None:
    line = "Tom Ashworth, Staff Writer | Published March 12, 2024 at 9:15 am | Transport"
    assert not is_date_line(line) and has_date_field(line)
    assert not has_date_field("Harbour to open a new ferry terminal next spring | March 12, 2024")
    cleaned = strip_chrome("\n\n".join(
        ["Harbour to open new ferry terminal next spring", line, PARA_1, PARA_2, PARA_3]))
    assert cleaned.author == "Tom Ashworth"
    assert cleaned.published == "2024-03-12T09:15"


def test_a_posts_stamp_under_it_dates_a_page_whose_header_has_no_date() -> None:
    head = "Harbour to open new ferry terminal next spring"
    stamp = "Autor: annlee | Artikel veröffentlicht am 16.12.2012"
    page = "\n\n".join([head, PARA_1, PARA_2, PARA_3, stamp, "Kategorien: Hafen, Fähren"])
    cleaned = strip_chrome(page)
    assert cleaned.published == "2012-12-16"
    assert stamp not in cleaned.body
    signed = "Von Ann am 03.05.2013, 11:51 | 0 Meinungen | Hafen"
    page = "\n\n".join([head, PARA_1, PARA_2, PARA_3, "Tweet", signed])
    assert strip_chrome(page).published == "2013-05-03T11:51"
    # a date under the story that says nothing of posting is another item's (a teaser's)
    teaser = "\n".join(["Ferry fares to rise in May", "March 3, 2012"])
    assert strip_chrome("\n\n".join([head, PARA_1, PARA_2, PARA_3, teaser])).published is None


def test_a_japanese_headline_is_told_by_the_character_pairs_it_shares_with_the_lead() -> None:
    # Japanese has no spaces between words, so "words" shared with the lead are character
    # pairs ("旅客", "ターミナル"): the headline over the date wins over the photo caption
    # under it, and the "ニュース" kicker over the headline shares too little to be taken.
    paragraphs = [
        "港湾管理局は19日、島々を結ぶ旅客の増加に対応するため、来年春に新しい旅客ターミナル"
        "を開業すると発表した。",
        "工事は2年前に始まり、総事業費は400億円を超える。費用の大半は洪水の後に設けられた"
        "地域開発基金から賄われた。",
        "管理局は5年以内に運航便数が倍増するとみており、ターミナル開業後に時刻表と航路の"
        "コースを見直す方針だ。"]
    page = "\n".join(["ホーム", "ニュース", "地域", "ニュース", "", "港に新しい旅客ターミナル　来春開業へ",
                      "", "2019/11/19 14:52", "地域", "港湾", "完成予想図を見る関係者＝19日、港湾管理局",
                      paragraphs[0], "", paragraphs[1], "", paragraphs[2], "", "シェア", "関連記事",
                      "© 2019 Island Press"])
    assert strip_chrome(page).title == "港に新しい旅客ターミナル 来春開業へ"


def test_date_without_a_year_takes_the_pages_copyright_year() -> None:
    assert find_date_without_year("Mar 12, 9:15 PM", 2024) == "2024-03-12T21:15"
    assert find_date_without_year("Mar 12 ferries were cancelled by the storm", 2024) is None
    # a Japanese portal's stamp: month/day, the weekday in brackets, "delivered"
    assert find_date_without_year("3/12(火) 21:15配信", 2024) == "2024-03-12T21:15"
    head = "\n".join(["Harbour to open new ferry terminal next spring", "By Tom Ashworth",
                      "Mar 12, 9:15 PM"])
    page = "\n\n".join([head, PARA_1, PARA_2, PARA_3, "© 2024 Island Press"])
    assert strip_chrome(page).published == "2024-03-12T21:15"
    page = "\n\n".join([head, PARA_1, PARA_2, PARA_3])
    assert strip_chrome(page).published is None  # no year anywhere: no date


# --- reader-addressed promos ---------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Get the best of the Island Press delivered to your inbox every morning.",
        "Want the headlines first? Join our free weekly briefing — sign up here for the newsletter.",
        "Please turn on notifications so you never miss our latest stories.",
        "Download our app today for breaking news alerts.",
        "Abonnieren Sie jetzt unseren kostenlosen Newsletter.",
        "Inscrivez-vous gratuitement à notre newsletter.",
        "Suscríbete gratis a nuestro boletín.",
        "Assine a nossa newsletter e receba as notícias de hoje.",
        "Iscriviti alla nostra newsletter gratuita.",
        "Start your free trial today and get unlimited access.",
        "Follow us on Instagram for daily updates from the harbour.",
        "Подпишитесь на наш канал в Telegram.",
    ],
)
def test_reader_promo_detector_agrees_with_phrase_rules(line: str) -> None:
    assert is_reader_promo(line, len(line.split()))


@pytest.mark.parametrize(
    "line",
    [
        "Like what you read? Click here to support our local reporting.",
        "Try the Island Press app free for 30 days and read every story offline.",
        "Soutenez notre journalisme local : abonnez-vous dès aujourd'hui.",
        "Ikuti kanal kami untuk berita terbaru hari ini, gratis.",
        "Sign up for our weekday briefing and never miss a story from the harbour.",
        "Start your day with our morning email, like thousands of readers do.",
        "Get the island headlines sent to your phone with a free account.",
    ],
)
def test_reader_promo_lines_no_phrase_names_are_dropped(line: str) -> None:
    assert is_reader_promo(line, len(line.split()))
    assert reasons("\n\n".join([PARA_1, PARA_2, line, PARA_3, PARA_4]))[line] == "reader promo"


@pytest.mark.parametrize(
    "line",
    [
        "Customers can sign up for the scheme from Monday at the harbour office.",
        "Residents will be able to download the council's new app free of charge from today.",
        "The company said subscribers would get free access to its app until the end of the year.",
        "More than 2,000 readers signed up for the paper's free trial last month, it said.",
        "Ferry users who join the loyalty scheme get 10% off, the operator's website shows.",
        # an essay about journalism addressing its readers: "code" is software here
        "You play a big part in this: start sharing your code with student journalism "
        "projects.",
    ],
)
def test_news_sentences_about_offers_stay(line: str) -> None:
    assert not is_reader_promo(line, len(line.split()))
    assert line in strip_chrome("\n\n".join([PARA_1, PARA_2, line, PARA_3, PARA_4])).body


def test_quoted_and_how_to_lines_are_no_promo() -> None:
    quoted = '"Sign up for our newsletter today," the ferry company urged passengers in an email.'
    how_to = "You can turn on notifications for the timetable app in its settings menu."
    assert not is_reader_promo(quoted, 14)
    assert not is_reader_promo(how_to, 14)


PROFILE = ("Island Ferries is a family-owned operator of crossings between the four islands, "
           "founded in 1952 and employing 300 people in the harbour towns.")


def test_an_organisation_profile_under_the_article_is_dropped() -> None:
    page = "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4, "About the operator", PROFILE,
                         "Contact us"])
    cleaned = strip_chrome(page)
    assert cleaned.body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])


def test_a_profile_over_a_newsletter_box_is_dropped_when_prose_follows_the_box() -> None:
    # Prose after the box (a news service's blurb) made the profile look mid-article; cut at
    # the box, the profile is the story's tail.
    more = "It also runs two tugs that keep the harbour mouth open in winter."
    after = ["Stay up to date with Island Ferries. Subscribe to our newsletter.",
             "Subscribe No thanks", "Island Ferries News Service",
             "Island Ferries offers all interested readers a news service that brings its "
             "releases to their inbox."]
    page = "\n\n".join([PARA_1, PARA_2, PARA_3, PROFILE + "\n" + more, *after])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])


def test_a_profile_set_as_two_tight_lines_under_a_short_release_is_one_box() -> None:
    # Only the first line has the profile's wording; the second, set right under it with no
    # blank line, is the same box. Under a two-paragraph release the box holds as much prose
    # as the story, so the share is taken under the box, not at each line.
    profile = ("Tidewell is a global provider of harbour management software for ports and "
               "ferry operators. Its vision is to make every crossing safe and on time.\n"
               "Tidewell is headquartered in Port Ellen, has offices in 12 countries and "
               "employs around 900 people.")
    page = "\n\n".join(["Tidewell and Harbour Lines sign ferry software deal",
                        "March 12, 2024", PARA_1, PARA_2, profile,
                        "Stay up to date with Tidewell.", "© 2024 Tidewell"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2])


def test_a_feed_of_stamped_stories_above_the_article_does_not_end_it_at_a_menu_link() -> None:
    # "Latest stories" prints each story's byline, one-sentence blurb and time stamp; the
    # site menu under it has an "About Us" link. The blurbs are no article for that link to
    # close: the story under the menu is the page's.
    feed = []
    for n, (name, blurb) in enumerate([
            ("Ann Lee", "The council said the new timetable would be ready in time for May."),
            ("Tom Hale", "Fishermen asked the port for more berths before the summer season."),
            ("Jo Varga", "The school on the north island will close for repairs next week."),
            ("Ann Lee", "A storm brought down the power line to the lighthouse overnight."),
            ("Cy Young", "The harbour board approved the budget for the new breakwater."),
            ("Tom Hale", "Two ferries were cancelled on Sunday after a fault in the engine.")]):
        feed += [f"By {name}", blurb, f"10/04/16 0{n}:19 PM EDT"]
    menu = "\n".join(["About Us", "Multimedia", "All Video", "Podcasts", "Newsletters",
                      "Photos", "Cartoons", "Careers", "Events", "Store", "Site Map", "RSS"])
    article = [PARA_1, PARA_2, PARA_3, PARA_4]
    page = "\n\n".join(["Latest Stories", *feed, menu, *article, "Show Comments"])
    assert strip_chrome(page).body == "\n\n".join(article)


def test_an_organisation_profile_inside_the_article_stays() -> None:
    page = "\n\n".join([PARA_1, PROFILE, PARA_2, PARA_3, PARA_4])
    assert PROFILE in strip_chrome(page).body


COMMENTS = [
    ("Harbour Watcher", "2 hours ago",
     "I have taken that ferry every week for twenty years and the queues really are the worst "
     "part of the whole trip."),
    ("Gwen Tull", "3 hours ago",
     "Forty million pounds seems a lot for a building when the boats themselves keep breaking "
     "down every other winter."),
    ("islander_72", "5 hours ago",
     "Good news at last, though I will believe the spring opening date when I see the doors "
     "open and the first passengers inside."),
]


def test_comments_with_name_and_stamp_headers_but_no_reply_rows_are_cut() -> None:
    thread = [part for name, stamp, text in COMMENTS for part in (f"{name}\n{stamp}", text)]
    page = "\n\n".join([PARA_1, PARA_2, "What readers say", *thread])
    cleaned = strip_chrome(page)
    assert cleaned.body == "\n\n".join([PARA_1, PARA_2])


def test_the_articles_own_byline_and_date_are_no_thread() -> None:
    page = "\n\n".join(["Tom Ashworth\n2 hours ago", PARA_1, PARA_2, PARA_3, PARA_4])
    assert strip_chrome(page).body.endswith("\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4]))


ITEMS = ["1. Check the crossing times the evening before",
         "2. Arrive at the terminal half an hour early",
         "3. Keep your ticket on your phone and on paper",
         "4. Bring a coat even in summer",
         "5. Sit on the left for the best view of the cliffs"]


def test_a_numbered_list_article_beats_a_prose_sidebar() -> None:
    sidebar = ("The Island Press has covered the four islands since 1921, reporting on the "
               "ferries, the fishing fleet, the schools and the councils, and every week its "
               "readers send in more letters than the paper can print in a single edition.")
    page = "\n\n".join(["Home\nNews\nSport\nWeather", "Five tips for a calm crossing",
                         "Tuesday 12 March 2024 09:15", "\n".join(ITEMS), "From the editor",
                         sidebar])
    body = strip_chrome(page).body
    assert all(item in body for item in ITEMS)
    assert sidebar not in body


def test_numbered_items_count_up() -> None:
    lines = split_lines("\n".join([*ITEMS, "Home", "7 days ago", "12 Comments"]))
    assert numbered_items(lines) == [True] * 5 + [False] * 3


def test_a_short_article_under_its_dateline_beats_a_longer_sidebar() -> None:
    sidebar = [
        "The Island Press is owned by its readers and has been printed in the harbour town "
        "since 1921, surviving two wars, three floods and the arrival of the internet.",
        "Every edition is written by a team of eleven reporters and photographers who live "
        "on the islands and know the people they write about by their first names.",
        "Letters to the editor are welcome on any subject, and the best of them are printed "
        "on the opinion page every Saturday alongside the week's photographs.",
    ]
    page = "\n\n".join(["Home\nNews\nSport\nWeather", *sidebar, "Latest\nTravel\nWeather",
                         "Harbour to open new ferry terminal next spring",
                         "Tuesday 12 March 2024 09:15", PARA_1, PARA_3])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_3])


def test_a_short_story_under_its_byline_beats_a_longer_caption_above_the_byline() -> None:
    # The story's first paragraph sits tight under the byline (a page copy puts no blank line
    # after a byline's <div>); it is the story's opening, not a teaser blurb.
    caption = ("Passengers queue for the morning boat at the old pier, where the council plans "
               "to build a larger terminal with a covered waiting room and a cafe by next spring.")
    story = ["The harbour will get a new ferry terminal by next spring, the council said.",
             "(Work starts in May if the weather allows it, the harbour master added.)"]
    page = "\n".join(["Home", "News", "Sport", "", "Harbour to get new ferry terminal", "",
                      "Updated 12 March 2024, 9:41 AM", "Jo Varga | Island Press", "", caption,
                      "", "By Ann Lee | Island Press", story[0], "", story[1],
                      "Have a tip? Ann Lee may be reached at ann@islandpress.example.", "",
                      "© 2024 Island Press. All rights reserved."])
    cleaned = strip_chrome(page)
    assert cleaned.body == "\n\n".join(story)
    assert cleaned.author == "Ann Lee"


def test_a_short_story_under_a_two_digit_year_date_beats_the_footers_profile() -> None:
    # German sites print "02.12.19"; read as a date line it anchors the two-paragraph story,
    # which would lose on prose alone to the institute's profile in the footer.
    story = ["The ferry board chose a new chair on Monday after a vote of its members.",
             "Ann Lee, who ran the harbour office for ten years, won the vote easily and "
             "starts in the new year, the board said in a statement."]
    profile = ("The Island Institute in Port Ellen trains young people for careers in "
               "shipping, fishing and tourism. It offers courses, apprenticeships and "
               "evening classes, and its research on coastal economies is read widely. "
               "It was founded in 1998 by the harbour trust, which still funds it, and "
               "it is recognised by the state and by the national council for further "
               "education, which inspected its courses, its staff and its finances again "
               "last year and praised the care it takes of its students.")
    menu = ["Study", "Research", "Events", "Debate", "Who we are", "Partner with us"]
    page = "\n".join([*menu, "News›", "In the media", "02.12.19", "Ferry board picks new chair",
                      "", story[0], "", story[1], "", "More about Jo Varga", "",
                      "Jo Varga , Professor of Coastal Economics | Director, Harbour Centre",
                      "", "Shipping and ports", "Study", "", *menu, "Subscribe to our events list",
                      "Who we are", "", *menu, profile, "Understand the sea. Shape the coast.",
                      "Contact", "Legal notice", "Privacy policy"])
    assert strip_chrome(page).body == "\n\n".join(story)
    assert find_date("02.12.19") == "2019-12-02"
    assert find_date("Version 2.1.105") is None  # three digits after the dot: no year


def cleaned_to(page: str, body: list[str], removed: tuple[str, str]) -> bool:
    """True when the page's body is these paragraphs and this (reason, line) was removed."""
    cleaned = strip_chrome(page)
    return cleaned.body == "\n\n".join(body) and removed in [
        (r.reason, r.text) for r in cleaned.removed]


def test_a_paywall_notice_ends_the_story_and_its_pitch_is_no_paragraph() -> None:
    # The notice says the story stops there; the pitch under it reads as prose and, under a
    # two-paragraph story, would otherwise outweigh the closing cost of a newsletter prompt.
    story = ["The harbour board raised ferry fares by ten per cent on Monday, the second "
             "rise this year, citing the cost of fuel and of the new terminal.",
             "Ann Lee, who chairs the board, said the fares would be reviewed in the spring "
             "once the terminal opens and the winter timetable ends."]
    pitch = ["Members read the harbour's news first every morning: timetables, council "
             "votes and the figures behind the headlines, with no adverts in the way.",
             "Pick the plan that suits you. You can cancel whenever you like, and your "
             "membership starts the moment you sign up, so the rest of this story is yours."]
    page = "\n".join(["Home", "News", "Ferries", "Harbour board raises ferry fares again",
                      "By Jo Varga", "Nov. 19, 2019 5:30 am ET", "SAVE", "PRINT",
                      story[0], story[1], "Keep reading this article with a membership.",
                      "See membership options", "Already a member? Sign In", pitch[0],
                      pitch[1], "Your membership includes:", "Unlimited access to the site",
                      "The morning briefing by email", "Subscribe Now",
                      "Copyright ©2019 Harbour Media Group, Inc. All Rights Reserved"])
    assert cleaned_to(page, story, ("paywall", "Keep reading this article with a membership."))


def test_a_dated_teaser_card_the_block_ends_on_is_no_part_of_the_story() -> None:
    # The list of dated cards under the story is cut at its "Photos:" link; its first card
    # (headline, date line, one blurb) sits above the cut, and the story's own date is in
    # its header, so the card goes too. Its labels ("Part of coverage on") go with it.
    story = ["The harbour board will spend 100 million on new ferries next year in an effort "
             "to cut crossing times, the board said on Thursday.",
             "It has set aside 60 million for the first six months of the year, 60% of its "
             "budget, with the rest kept back for the new terminal at the north pier and "
             "for repairs to the old quay, where two berths have been closed since spring."]
    cards = [("Ferry timetables explained", "April 26, 2014 -- Updated 1358 GMT",
              "Here are ten facts about the island's ferry timetable, from the first boat of the "
              "morning to the last one home, and what to do when a crossing is cancelled."),
             ("Keep your phone charged at sea", "February 9, 2013 -- Updated 1057 GMT",
              "On a long crossing a phone is often the only way to reach the shore, and it runs "
              "down fast in the cold, so here is how to keep it going until you dock."),
             ("Staying safe on deck in a storm", "July 3, 2014 -- Updated 2339 GMT",
              "Life jackets are not the only thing to think about when the wind rises and the "
              "captain asks everyone to stay inside, as the crews of the island ferries know.")]
    page = "\n".join(["Home", "News", "Ferries", "Harbour board to spend 100 million on ferries",
                      "By Ann Lee, Island Press", "November 28, 2013 -- Updated 0203 GMT",
                      *story, "Part of coverage on", "Island ferries", *cards[0],
                      "Photos: Ferries around the islands", *cards[1], *cards[2],
                      "Most Popular", "Today's five most popular stories"])
    assert strip_chrome(page).body == "\n\n".join(story)


def test_comments_stamped_with_their_age_are_a_thread_under_a_short_story() -> None:
    # Each comment carries "3 hours ago" rather than a date; three of them parted by their
    # text make a thread, however much longer than the story it runs.
    story = ["The old bath house on Quay Street will close at the end of the month after "
             "a hundred years, its owner said on Tuesday.",
             "Regulars plan to bring flowers on the last day, and the town is looking at "
             "ways to keep the tiled walls."]
    comment = ("I went there every Saturday with my father when I was small, and I still "
               "remember the painted mountain over the big bath and the smell of the wood. "
               "It is sad to see it go, but a hundred years is a long life for any business, "
               "and the family deserves a rest after all that work. {} ")
    page = ["Home", "News", "Local", "Bath house to close after 100 years",
            "16 March 2021, 18:02", "", story[0], "", story[1], "", "Island Press",
            "Related", "Old inn closes after 120 years", "Comments", "42 comments"]
    for user, age, end in (("hay***", "3 hours ago", "Thank you."),
                           ("tak***", "2 hours ago", "Good luck."),
                           ("mik***", "48 minutes ago", "Farewell.")):
        page += [user, age, "", comment.format(end), "", "↩ 0", "👍 312"]
    assert strip_chrome("\n".join(page)).body == "\n\n".join(story)
    assert is_relative_time("3時間前") and is_relative_time("vor 2 Stunden")
    assert not is_relative_time("3 days")


def test_comments_stamped_with_their_age_do_not_cut_a_story_under_the_writers_email() -> None:
    # The writer's e-mail line over the story reads as a bio marker; the aged comments are
    # far under it, with the story between, so they are no thread right under that marker.
    standfirst = ("Games used to be bought once and played for years; now players pay again "
                  "and again for extras, and the bills add up quickly.")
    story = ["Gaming used to be simple: you bought a game, sat down in front of the console "
             "and played it until you had seen everything it had to show you.",
             "Now we spend money over and over on virtual perks, we play on phones and "
             "tablets as much as on consoles, and subscriptions have joined the one-off "
             "purchase, so it is harder than ever to know what a game will cost in the end."]
    page = ["Home", "Tech", "Games", "The new price of play", "", standfirst, "", "By",
            "Ann Lee", "Ann.Lee@harbourpress.example", "Nov. 19, 2019 8:03 am ET", "",
            story[0], "", story[1], "", "Reader views", ""]
    for user, age in (("GreyHeron77", "2 hours ago"), ("Pat Mallory", "3 hours ago"),
                      ("northern_lass", "5 hours ago"), ("Dave K", "6 hours ago")):
        page += [user, age, "", "I have lived here for forty years and never seen prices "
                 "climb like this for something that used to be a simple pleasure.", "",
                 "Reply", ""]
    assert strip_chrome("\n".join(page)).body == "\n\n".join(story)


# An inline box of teaser cards (a headline, then a blurb of two sentences), set as one
# block with no blank line, with the library story's paragraphs around it.
LIBRARY_CARDS = [
    ("Rural libraries bring back home lending for older readers",
     "The service, stopped during the lockdown, is running again in 41 villages. "
     "Volunteers carry the books to readers who cannot get to a branch themselves."),
    ("Town approves a record budget for next year",
     "The council's accounts pass 14 million for the first time. They include money "
     "for the sports hall, wider pavements and a new roof on the market."),
    ("Students say there are too few study rooms at exam time",
     "Two in three students in the county cannot find a seat to study in May, a "
     "survey by their union finds. The union wants longer opening hours.")]


def library_story(more: str = "") -> list[str]:
    """The library story's three paragraphs, the first two run on with `more`."""
    return ["The town library will open on Sunday mornings from January, the council said, "
            "after students asked for somewhere quiet to work at the weekend." + more,
            "Sunday hours will run from nine to two and cover the reading rooms and the "
            "lending desk, with two extra staff paid from the culture budget." + more,
            "\u201cMany young people have no quiet corner at home,\u201d said Ann Lee, who "
            "led the students' petition. \u201cThe weekend was the hardest time of all.\u201d"]


def library_page(story: list[str], tail: list[str]) -> str:
    """The library story with the card box between its second and third paragraphs."""
    return "\n".join(["Home", "Local", "Culture", "", "Library to open on Sundays", "",
                      "By Jo Varga", "15 Dec 2020 - 12:47", "", story[0], "", story[1], "",
                      "Related", *[line for card in LIBRARY_CARDS for line in card], "",
                      story[2], "", *tail])


def test_cards_set_tight_under_a_related_heading_inside_the_story_are_dropped() -> None:
    # The box's cards are one block with no blank line; the story goes on under it with its
    # own blank line.
    story = library_story()
    page = library_page(story, ["Filed under", "Libraries", "Students"])
    assert strip_chrome(page).body == "\n\n".join(story)


def test_one_paragraph_under_tight_cards_inside_the_story_is_the_story_going_on() -> None:
    # The box's blurbs outweigh the one paragraph under it, and the outlet's call to follow
    # it (a rule's line) stands where the story's next paragraphs would; but a spaced
    # paragraph under a block of cards is the story going on, not a comment under it.
    story = library_story(" The trial will run for six months, and the council will count "
                          "visitors each week to decide whether the hours stay.")
    page = library_page(story, ["You can follow the Island Press on Facebook and Twitter, or "
                                "sign up here for our weekly newsletter.", "Filed under",
                                "Libraries", "Students"])
    assert strip_chrome(page).body == "\n\n".join(story)


def test_a_signature_under_the_story_is_no_body() -> None:
    # The writer's name and date set under the last paragraph, as French reviews and many
    # blogs print them, are a byline: out of the body, like the one in a header.
    story = ["L'évaluation de la recherche est au cœur des débats actuels, et la place qu'y "
             "occupe la bibliométrie divise les chercheurs comme les ministères.",
             "Les enjeux sont majeurs : les laboratoires les mieux notés recevront plus de "
             "crédits, et les autres devront se regrouper ou disparaître.",
             "Reste à savoir qui fixera les listes de revues, et selon quels critères."]
    page = ["Accueil", "Essais", "Livres", "", "L'évaluation et les listes de revues", "",
            "Partager", "", story[0], "", story[1], "", story[2],
            "", "par Ann Lee, le 15 septembre 2009", "Tweeter", "Gardons le contact",
            "Aller plus loin", "", "Enquête sur une science en devenir : les pratiques de "
            "publication des chercheurs, leurs revues et leurs classements, vues de près par "
            "une sociologue qui les a suivis pendant dix ans.", "",
            "Abonnez-vous gratuitement à notre newsletter hebdomadaire :",
            "Votre adresse email :", "Pour citer cet article :",
            "Ann Lee, « L'évaluation et les listes de revues », Les Idées, 15 septembre 2009."]
    assert cleaned_to("\n".join(page), story, ("byline", "par Ann Lee, le 15 septembre 2009"))


def test_a_read_next_card_with_its_paragraph_and_button_inside_the_story_is_dropped() -> None:
    # The card prints another story's headline, byline, date and whole first paragraph,
    # then a "Keep Reading" button to it; the story goes on under the button.
    story = ["County commissioners voted 4-1 on Monday to buy the old textile mill on Depot "
             "Street and turn its ground floor into the town's new library.",
             "The mill closed in 2004, and its owners have twice tried to sell it to "
             "developers who wanted to knock it down for a car park.",
             "The county expects to close on the property in January, and building work on "
             "the reading rooms should start in the spring of next year.",
             "More than 60 people packed the chamber for the vote, and most of those who "
             "spoke asked the board to save the building, which once employed a third of "
             "the town."]
    card = ["Read Next", "Deputies search for driver after pickup flattens mailboxes",
            "By Jo Varga", "November 18, 2019 06:41 PM",
            "Deputies are looking for the driver of a dark pickup truck that knocked down at "
            "least 17 mailboxes along a two-mile stretch of Ivey Road early on Sunday, the "
            "sheriff's office said, and they have asked neighbours for any camera footage.",
            "Keep Reading"]
    page = ["Home", "News", "Local", "", "County to buy old mill for new library", "",
            "By Ann Lee", "November 19, 2019 05:30 AM", "", story[0], "", story[1], "",
            *card, story[2], "", story[3], "", "Subscribe to the Island Courier"]
    assert strip_chrome("\n".join(page)).body == "\n\n".join(story)


def test_undated_comments_with_report_buttons_are_a_thread_under_a_short_story() -> None:
    # No dates, no reply buttons: each comment is a name, its text and a "Report" link. Two
    # comments are longer than the story; the rows still make them a thread.
    story = ["The footbridge behind the primary school reopened on Thursday morning, nine "
             "months after a storm knocked a tree onto its deck.",
             "The village spent about 48,000 on new beams, railings and lights, the works "
             "superintendent said, and the path will be gritted this winter."]
    comments = [("RiverRat62", "Nine months to replace two beams on a footbridge that is "
                 "maybe forty feet long. My grandfather built the first one in a weekend "
                 "with his brothers, and it stood for thirty years without a single repair, "
                 "and nobody ever had to close the path to do it either."),
                ("mkowalczyk", "Thank you to the crew. My daughter was thrilled this morning."),
                ("Orchard St Neighbor", "For those asking about the lights: they are on a "
                 "timer, not a motion sensor. That was decided at the board meeting in June "
                 "after neighbours on Orchard Street said the old lights kept them awake, and "
                 "the minutes are online for anyone who wants to read them."),
                ("dee_b", "Glad it is open again before the snow comes.")]
    page = ["Home", "News", "Sports", "Footbridge reopens after storm repairs", "By Jo Varga",
            "Nov 21, 2019", "Facebook", "Twitter", "Email", "", story[0], "", story[1], "",
            "Tags", "Footbridge", "Village Board", "Comments (4)"]
    for name, text in comments:
        page += [name, "", text, "", "Report"]
    page += ["Most Popular", "School board approves new bus routes"]
    assert strip_chrome("\n".join(page)).body == "\n\n".join(story)


def test_a_company_profile_longer_than_its_short_release_is_cut_at_its_heading() -> None:
    # "About Harbour Robotics" over a paragraph opening on the same name is the company's
    # profile, though it holds more prose than the two paragraphs of news above it.
    release = ["PORT ELLEN, May 14, 2019 - Harbour Robotics Inc. will open a second assembly "
               "line for its hull-inspection drones in June, adding 40 jobs.",
               "\u201cShip operators want to inspect hulls at berth instead of in dry dock,\u201d "
               "said Ann Lee, the company's chief executive."]
    profile = ["Harbour Robotics Inc. designs and builds underwater vehicles that inspect ship "
               "hulls, piers and offshore structures without divers. Founded in 2011, it "
               "employs 180 people at its plant in Port Ellen and a service centre abroad.",
               "Harbour Robotics serves more than 70 shipping lines, port authorities and "
               "navies in 14 countries, and its drones have logged more than 9,000 "
               "inspections since the first model went on sale in 2014. The company's "
               "research team works with two universities on sonar imaging, and its "
               "engineers hold 23 patents on thrusters, tethers and hull-crawling robots "
               "that it sells to other makers under licence."]
    page = ["News", "Releases", "Harbour Robotics opens second assembly line",
            "News provided by", "Harbour Robotics Inc.", "May 14, 2019, 08:30 ET",
            "Share this article", "", release[0], "", release[1], "",
            "About Harbour Robotics", "", profile[0], "", profile[1], "", "Media contact:",
            "Jo Varga", "media@harbour.example", "Also from this source"]
    assert strip_chrome("\n".join(page)).body == "\n\n".join(release)


def test_a_blog_themes_earlier_posts_with_excerpts_end_the_post() -> None:
    # Under the post the theme prints the posts before it: headline, date, an excerpt as long
    # as a paragraph, "Continue reading"; the heading over them is a related box's.
    post = ["When we took on the plot three springs ago, the last tenant left us one "
            "rhubarb crown and a note that said only: be patient.",
            "This weekend we finally picked properly: eleven thick stalks, twisted off at "
            "the base the way the old hands at the allotment showed us.",
            "Most of it went into a crumble with stem ginger, and the rest is stewed in the "
            "fridge for breakfasts this week."]
    page = ["Plot 27", "Home", "About", "Rhubarb, finally: our first harvest",
            "Posted on April 28, 2019 by Ann Lee", "", post[0], "", post[1], "", post[2], "",
            "Share this:", "Twitter", "Facebook", "Earlier posts"]
    earlier = [("Sowing parsnips into cardboard tubes", "April 14, 2019",
                "Every spring I lose half my parsnip seed to cold wet soil and the other half "
                "to impatience, so this year I tried the cardboard tubes the old hands at the "
                "plots swear by, and so far the results look good, though it is early days "
                "yet and the slugs have not […]"),
               ("Fixing the leaky water butt (again)", "March 30, 2019",
                "The water butt by the shed has been leaking from its tap since the big frost "
                "in January, and my first repair with a tube of sealant lasted exactly nine "
                "days before the drip came back, so this time I bought a proper brass tap "
                "and a pair of new washers […]"),
               ("What we are growing this year", "March 9, 2019",
                "It is planning season again, so here is the list pinned to the shed door: "
                "fewer courgettes, because nobody needs that many, more beans, two kinds of "
                "squash for the winter store, and a first try at sweetcorn in the sunny "
                "bed by the gate, if the badgers let us […]")]
    for head, date, excerpt in earlier:
        page += [head, date, "", excerpt, "", "Continue reading \u2192"]
    page += ["Search for:", "Archives", "April 2019"]
    assert strip_chrome("\n".join(page)).body == "\n\n".join(post)


def test_sidebar_cards_with_two_sentence_blurbs_and_read_more_buttons_are_a_box() -> None:
    # On a page with no blank lines, each card is a label, a headline, a blurb of two
    # sentences and a "Read more" button; the buttons make them cards though the blurbs
    # read as paragraphs.
    story = ["The village board voted on Tuesday to turn the old firehouse into a shared "
             "kitchen that small food businesses can rent by the hour.",
             "Work on the building will start in March, and the kitchen should open by the "
             "end of the summer, the mayor said after the vote.",
             "Three bakers and a caterer have already asked about renting it, and the board "
             "expects more once the prices are set in the spring."]
    cards = [("Business", "Hardware store marks 75 years with a party",
              "Three generations of the Lindqvist family have run the store since 1944. This "
              "weekend they are throwing a party with free hot dogs on the pavement."),
             ("Schools", "Students win regional robotics title",
              "A team of eight students built a robot that sorts recycling by colour. They "
              "beat 31 other schools at the regional final on Saturday."),
             ("Roads", "Bridge repairs to close lanes through August",
              "Drivers crossing the river bridge should expect one lane on weekdays. Crews "
              "are replacing the joints and resurfacing the deck.")]
    page = ["Home", "News", "Village board backs shared kitchen", "By Ann Lee",
            "June 4, 2019", *story]
    for label, head, blurb in cards:
        page += [label, head, blurb, "Read more"]
    page += ["Most read", "Contact us"]
    assert strip_chrome("\n".join(page)).body == "\n\n".join(story)


def test_a_players_playlist_over_a_video_pages_short_summary_is_dropped() -> None:
    # Under "Up next" each clip has its title, its length and a line of description; six of
    # them outweigh the two-paragraph summary the page prints under the player.
    summary = ["Residents of the market town spent the morning carrying furniture upstairs as "
               "the river rose to its highest level on record.",
               "Three severe flood warnings are in force, and more rain is expected overnight "
               "on high ground, the forecasters said."]
    clips = [("Rail services cancelled as landslip blocks main line", "1:55"),
             ("Minister promises 40m for northern flood schemes", "2:08"),
             ("Drone footage shows the scale of the flooding", "1:12"),
             ("More rain to come as weather warnings are extended", "1:47"),
             ("Farmers count the cost as winter crops lie underwater", "3:02"),
             ("Pensioner rescued from car trapped in floodwater", "0:58")]
    page = ["Home", "Videos", "UK News", "Now playing", "Town braces as river hits record",
            "2:41", "Up next"]
    for title, length in clips:
        page += [title, length, f"Crews and residents describe the day as {title.lower()}, "
                 "with more pictures expected from the scene later this afternoon."]
    page += ["Autoplay", "Flooding: town braces as river reaches record level",
             "Saturday 9 November 2019 12:14, UK", summary[0], "", summary[1], "", "Share"]
    assert strip_chrome("\n".join(page)).body == "\n\n".join(summary)


def test_long_captions_over_named_credits_between_tight_paragraphs_are_dropped() -> None:
    # The page sets its paragraphs tight under the figures, so few have blank lines around
    # them; but each caption has a blank line over it and its "Photograph:" credit tight
    # under it, with the story going on under the figure.
    story = ["The lido buried under a car park for thirty years will reopen next summer, the "
             "council said on Monday, after volunteers raised the last of the money.",
             "The pool, designed by the borough architect in 1936, once drew three thousand "
             "swimmers on a hot Sunday and had a fountain at its deep end.",
             "\u201cPeople told us we were mad,\u201d said Ann Lee, who chairs the friends' group.",
             "The council, which owns the site, will run the pool for its first three years."]
    captions = ["Volunteers clear rubble from the deep end of the pool in the spring of 2018. "
                "More than 400 people gave up their weekends to dig the pool out by hand.",
                "The lido shortly after it opened in the summer of 1936. The pool, with its "
                "stepped fountain and its changing rooms, was the pride of the borough."]
    page = ["Home", "News", "Lido to reopen after thirty years", "Jo Varga", "Mon 4 Nov 2019",
            story[0], "", captions[0], "Photograph: Ann Lee/The Herald", story[1], "",
            captions[1], "Photograph: Borough Museum Archive", story[2], "", story[3],
            "Topics", "Swimming"]
    assert strip_chrome("\n".join(page)).body == "\n\n".join(story)
    # A post's last paragraph with the credit for all its pictures under it stays: nothing
    # of the story goes on under that "figure".
    post = ["I tried the shower head at home for a week, and it saved water without any "
            "loss of pressure that I could feel.", "The fitting took five minutes.",
            "PS: my neighbour tried it too, and it worked just as well there, with the same "
            "old pipes."]
    tail = ["Blog", "Home", "Shower head test", "March 2019", post[0], post[1], "",
            post[2], "Photo Credit: Catwalkpictures", "Related posts", "Ten coats for winter"]
    assert strip_chrome("\n".join(tail)).body.endswith("the same old pipes.")


def test_a_rail_of_column_excerpts_under_a_short_wire_story_is_a_teaser_run() -> None:
    # Each card is the columnist's name, a headline that reads as a sentence and the
    # column's opening; three of them outweigh the wire story, and the share bar's
    # "Comments" link between is passed over as the story's own.
    story = ["LISBON (Reuters) - Portugal's government on Thursday approved a 1.2 billion "
             "euro rail link to the Spanish border, the transport minister said.",
             "The line is due to open in 2024 and should cut freight journey times to "
             "Madrid by half, the ministry said in a statement.",
             "The European Union will cover about 40 percent of the cost."]
    columns = [("Ann Lee", "Our cities keep promising housing. Here's why they never deliver.",
                "Every mayor I have covered in the past decade has stood at a podium and "
                "promised thousands of new homes. Almost none of them met the target, and "
                "the reasons are the same everywhere: land, money and time, in that order, "
                "and a council that changes its mind every four years."),
               ("Jo Varga", "Banning phones in class will not fix our schools",
                "The idea has an obvious appeal: take the phones away and students will look "
                "up and pay attention. Several districts have tried it this year, and the "
                "early results are mixed at best, which should surprise nobody who has spent "
                "a day in a classroom lately."),
               ("Daniel Okafor", "Congress will miss another deadline. Nobody seems to mind.",
                "For the third year in a row, lawmakers will leave town for the holidays "
                "without passing the spending bills that keep the government running, and "
                "for the third year in a row the markets and the voters will shrug.")]
    page = ["World", "Europe", "Portugal approves rail link to Spanish border", "By Reuters",
            "November 14, 2019 at 9:42 a.m. EST", "Share", "", *[line for p in story
                                                                for line in (p, "")],
            "Comments", "Share", "Advertisement", "Opinion", ""]
    for name, head, excerpt in columns:
        page += [name, head, "", excerpt, ""]
    page += ["More from Opinions", "The Most Popular"]
    assert strip_chrome("\n".join(page)).body == "\n\n".join(story)


def test_a_date_run_into_the_next_word_still_dates_the_line() -> None:
    # Inline elements copied without a space between them glue a stamp's date to its byline.
    assert find_date("08/08/2017by Ann LeeNo comments") == "2017-08-08"
    assert find_date("12.03.2024Von Ann Lee") == "2024-03-12"
    assert find_date("Order no. 12/05/20178") is None  # the number goes on: no year
    stamp = "03/12/2024by Ann LeeNo commentsHarbour, Ferries"
    assert is_date_line(stamp)
    sidebar = [
        "The Island Press is owned by its readers and has been printed in the harbour town "
        "since 1921, surviving two wars, three floods and the arrival of the internet.",
        "Every edition is written by a team of eleven reporters and photographers who live "
        "on the islands and know the people they write about by their first names.",
    ]
    page = "\n\n".join(["Home\nNews\nSport\nWeather", *sidebar, "Latest\nTravel\nWeather",
                         "Harbour to open new ferry terminal", stamp, PARA_1, PARA_3])
    result = strip_chrome(page)
    assert result.body == "\n\n".join([PARA_1, PARA_3])
    assert result.published == "2024-03-12"


def test_a_standfirst_over_a_share_bar_keeps_the_story_under_the_bar() -> None:
    # A blog prints its standfirst under the byline, then a share bar with the comment
    # count, then the story. The story outscores the standfirst, which alone is anchored
    # under the byline; with no prose between them, both are the story.
    standfirst = ("The islands have argued about a new ferry terminal for twenty years, and "
                  "this week the argument finally came to an end.")
    bar = ["Share", "Favourite", "Recommend", "Print", "Tweet", "36 comments", "77 likes"]
    page = "\n\n".join(["Home\nNews\nBlogs", "Harbour to open new ferry terminal",
                         "12 March 2024", "By Ann Lee", standfirst, "\n".join(bar),
                         PARA_1, PARA_2, PARA_3, "The author\nAnn Lee", "Legal notice"])
    assert strip_chrome(page).body.endswith("\n\n".join([PARA_1, PARA_2, PARA_3]))


def test_a_comment_right_under_a_short_story_is_not_taken_into_it() -> None:
    # Only a heading and a comment's header part a one-paragraph story from the first
    # comment, long enough to outscore it: that comment is no story going on under a
    # share bar.
    comments = [
        ("GreyHeron77", "2 hours ago", "I have lived on the island for forty years and the "
         "council has never moved this slowly on anything that matters to ordinary people. "
         "The queues in August are a disgrace, there is no shelter on the pier, and nobody "
         "at the harbour office has ever answered one of my letters about any of it."),
        ("Pat Mallory", "3 hours ago", "Everyone blames the weather, but the real problem is "
         "that nobody has kept the slipway in repair since the last big storm and we know it."),
        ("quayside", "5 hours ago", "My neighbour wrote to them twice last spring and never "
         "got an answer, so forgive me if I do not believe a word of this latest promise."),
    ]
    thread = [f"{name}\n{age}\n\n{text}" for name, age, text in comments]
    story = "The harbour will open a new ferry terminal next spring, the council said today."
    page = "\n\n".join(["Home\nNews", "Harbour to open new ferry terminal",
                         "13.11.2019, 23:06", story, "Reader views", *thread, "About us"])
    assert strip_chrome(page).body == story


def test_teaser_cards_with_question_headlines_over_their_dates_close_the_story() -> None:
    # "Did ... ?" reads as prose, but a headline with its card's date right under it is no
    # paragraph: the cards under "Editors' picks" are a box, not the story going on.
    cards = []
    for head, date, blurb in [
            ("Did the ferry company really sell the old pier?", "8 October 2019",
             "A routine review of a claim about the harbour."),
            ("Was the lighthouse keeper caught on camera at the fair?", "1 November 2019",
             "The footage was real, but it was filmed ten years ago."),
            ("Did the council ban fishing from the north quay?", "8 November 2019",
             "Posts on social media said anglers had been fined for casting a line."),
            ("Is this a picture of the mayor on the new ferry?", "16 November 2019",
             "The photograph was taken on another island entirely.")]:
        cards += [head, f"{date}\nFact check\n{blurb}"]
    page = "\n\n".join(["Home\nNews", "Harbour to open new ferry terminal", "By Ann Lee",
                         PARA_1, PARA_2, "Editors' picks", *cards, "About us\nContact"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2])


def test_a_bio_of_the_byline_author_ends_the_story_above_a_long_publisher_blurb() -> None:
    # The bio names the writer with their handle; the video title and the publisher's blurb
    # under it hold too much prose for the bio to be in the story's tail, but a paragraph
    # about the byline's author is no part of the story wherever it stands.
    bio = ("Ann Lee (@annlee) is an Ideas contributor at the Island Press and the host of "
           "its weekly harbour podcast. She has covered the islands for the Harbour Times, "
           "the Ferry Gazette and local radio, in print, on air and online, for twenty "
           "years, and she still lives above the chandlery on the north quay.")
    blurb = ("The Island Press is where the islands read about themselves. It is the first "
             "source of news and ideas for every harbour, ferry and fishing village, and it "
             "has been printed on the quay since 1921, through storms, strikes and floods.")
    page = "\n\n".join(["Home\nNews", "Harbour to open new ferry terminal", "By Ann Lee",
                         "12 March 2024", PARA_1, PARA_2, PARA_3, bio, "Contributor",
                         "Featured video",
                         "The harbour master in conversation with the ferry crews about winter",
                         "Topicsharbourferries", blurb, "More from the Island Press"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])


def test_link_cards_under_a_short_story_close_it() -> None:
    # "» Title" links, each with at most one short blurb under it, after the story: a box
    # of cards, though its blurbs hold as much prose as the story's tail.
    box = ["» Harbour power rankings",
           "Click on the picture above to see how the crews stand before the last race.",
           "» Ferry timetable for the winter",
           "All the crossings from November to March, with the new times for the north "
           "island and the extra boats at Christmas and New Year.",
           "» Island radio – episode 29",
           "The harbour master joins us to talk about the new terminal, the storms and the "
           "oldest boat still working out of the port."]
    page = "\n\n".join(["Home\nNews", "Harbour to open new ferry terminal", "By Ann Lee",
                         PARA_1, PARA_2, *box, "About us\nContact"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2])
    # one such link between two paragraphs is no box
    page = "\n\n".join(["Harbour to open new ferry terminal", "By Ann Lee", PARA_1,
                         box[0], PARA_2, PARA_3])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])


@pytest.mark.parametrize("dated", ["22 July 2019", "22.07.2019"])
def test_dated_teasers_under_a_related_link_close_the_story(dated: str) -> None:
    # "Related — Relacionado" reads as an inline link, but the cards under it are dated
    # and signed one after another ("22 July 2019 By Island Press"): a feed, not the story.
    # A dotted date's "22.07" is no time of day (which would make them a live blog's).
    cards = []
    for head, blurb in [
            ("Our case against the harbour closure has been heard",
             "Today the Island Press welcomes the news that the court will hear the case "
             "against the closure of the north harbour before the end of the year."),
            ("The court speeds up the harbour closure case",
             "The court has decided to hear the case brought by the Island Press about the "
             "closure of the north harbour to small boats sooner than planned."),
            ("Help us keep the harbour open to everyone",
             "As a reader-funded paper, the Island Press is powered by its readers, who give "
             "what they can so that every islander can read about the harbour for free.")]:
        cards += [head, "Harbour Courts", blurb, f"{dated} By Island Press\nRead more"]
    page = "\n\n".join(["Home\nNews", "Harbour to open new ferry terminal", "By Ann Lee",
                         "12 March 2024", PARA_1, PARA_2,
                         "Harbour\nFerries\nShare", "Related — Relacionado", *cards,
                         "About us\nContact"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2])


def test_a_live_blogs_stamped_entries_under_a_related_link_are_no_teaser_feed() -> None:
    # Each entry is two paragraphs of news under its time stamp: more than a teaser's blurb,
    # so the "Read more" link above them does not close the story.
    entries = [
        ["The first ferry of the morning left on time, the harbour master said, and the queue "
         "of cars on the quay had cleared by half past seven.",
         "Passengers said the new ticket machines were quicker than the old kiosk, though two "
         "of them were out of order for most of the hour."],
        ["The council has now confirmed that the second boat will run an extra crossing at "
         "noon to make up for the sailings lost in last week's storm.",
         "A spokesman said the extra crossing would run until the end of the month, and "
         "longer if the bookings showed that people wanted it."],
    ]
    page = "\n\n".join(["Harbour reopens: live updates", "By Ann Lee | March 12, 2024",
                        PARA_1, PARA_2, PARA_3, "Read more: How the harbour storm unfolded",
                        "12 March 2024, 14:52", *entries[0], "12 March 2024, 14:45",
                        *entries[1], "© 2024 Island Press"])
    body = strip_chrome(page).body
    assert all(paragraph in body for paragraph in [PARA_1, *entries[0], *entries[1]])


def test_a_news_ticker_under_a_short_story_closes_it() -> None:
    # The site's ticker follows the story: stamped headlines set one under another, and now
    # and then an entry with a paragraph of its own, longer than a story paragraph, which
    # is no part of the story.
    entry = ("An earthquake of magnitude 5.2 shook the north coast overnight, with no injuries "
             "reported, the local authorities said on Tuesday morning. Residents of the harbour "
             "district reported cracked walls and fallen chimneys, and the council has opened "
             "the school gym for families who do not want to spend the night at home.")
    page = "\n\n".join(["Home\nNews", "Harbour to open new ferry terminal", "By Ann Lee",
                         PARA_1, PARA_2, "14:10\n" + entry,
                         "13:54 Museum wins funding for new wing\n"
                         "13:43 Rail line closed after landslip",
                         "13:18 Farmers warn of poor harvest\n"
                         "13:02 Council tax to rise by two per cent", "About us"])
    body = strip_chrome(page).body
    assert PARA_1 in body and PARA_2 in body
    assert entry not in body


def test_a_live_blogs_stamped_entries_are_no_news_ticker() -> None:
    # A live blog's stamped titles each head paragraphs of their own: they never sit one
    # under another as a ticker's headlines do, so every entry stays.
    page = "\n\n".join(["Harbour reopens: live updates", "By Ann Lee | March 12, 2024",
                         "14:52 Extra sailing at noon\n" + PARA_1, PARA_2,
                         "14:45 Queues clear on the quay\n" + PARA_3, PARA_4,
                         "14:31 Ticket machines in use\n" + PARA_5, PARA_6,
                         "© 2024 Island Press"])
    body = strip_chrome(page).body
    assert all(p in body for p in [PARA_1, PARA_2, PARA_3, PARA_4, PARA_5, PARA_6])


def test_a_live_blogs_entries_stamped_to_the_minute_under_a_related_link_stay() -> None:
    # Under the "Read more" link the live blog goes on: a title, then a stamp over a single
    # paragraph, as short as a teaser's blurb; but the stamp gives the time of day, which a
    # feed of dated teasers does not.
    first = ("The first ferry of the morning left on time, the harbour master said, and the "
             "queue of cars on the quay had cleared by half past seven, well before the second "
             "boat came in.")
    second = ("The council has now confirmed that the second boat will run an extra crossing "
              "at noon to make up for the sailings lost in last week's storm, and more if "
              "bookings allow.")
    page = "\n\n".join(["Harbour reopens: live updates", "By Ann Lee | March 12, 2024",
                         PARA_1, PARA_5, PARA_6, "Read more: How the harbour storm unfolded",
                         "Here are the latest updates:", "Queues clear on the quay",
                         "12 March 2024, 14:52\n" + first, "Extra sailing at noon",
                         "12 March 2024, 14:45\n" + second, PARA_2, "Ticket machines in use",
                         "12 March 2024, 14:31\n" + PARA_3, PARA_4, "© 2024 Island Press"])
    body = strip_chrome(page).body
    assert all(paragraph in body for paragraph in [first, second, PARA_2, PARA_3, PARA_4])


def test_a_live_blogs_one_paragraph_entries_are_no_teaser_cards() -> None:
    # A stamp over a one-sentence paragraph is shaped like a teaser card (a short line over
    # a blurb), but a stamp to the minute heads an entry: three of them are no closing box.
    page = "\n\n".join(["Harbour reopens: live updates", "By Ann Lee | March 12, 2024",
                         PARA_1, PARA_5, PARA_6, "Read more: How the harbour storm unfolded",
                         "12 March 2024, 14:52", PARA_2, "12 March 2024, 14:45", PARA_3,
                         "12 March 2024, 14:31", PARA_4, "© 2024 Island Press"])
    body = strip_chrome(page).body
    assert all(paragraph in body for paragraph in [PARA_1, PARA_2, PARA_3, PARA_4])


def test_a_live_blogs_stamps_under_short_lines_are_no_comment_headers() -> None:
    # Some entry stamps sit under a short line (a share button, a quote's attribution, a
    # tag) and so look like comments headed by a name; but as many again sit straight under
    # the last entry's text, as no comment's stamp does: a live blog, not a thread.
    stamps = [f"Nov 19, 2019, 14:{minute:02d}" for minute in (59, 52, 45, 38, 31)]
    page = "\n\n".join(["Harbour reopens: live updates", "By Ann Lee", PARA_1,
                         f"Print\n{stamps[0]}\n{PARA_2}", f"{stamps[1]}\n{PARA_3}",
                         f"Tom Reed\n{stamps[2]}\n{PARA_4}", f"{stamps[3]}\n{PARA_5}",
                         f"Ferries\n{stamps[4]}\n{PARA_6}", "© 2024 Island Press"])
    result = strip_chrome(page)
    assert all(paragraph in result.body for paragraph in [PARA_4, PARA_5, PARA_6])
    assert not any(line.reason == "comments section" for line in result.removed)


LIVE_STAMPS = [f"Nov 19, 2019, 14:{minute:02d}" for minute in (59, 52, 45, 38, 31, 24)]
PUBLISHER_BLURB = [
    "The Island Press has covered the harbour towns since 1962, with a small team of "
    "reporters who live on the islands and know the people they write about.",
    "Our journalism is paid for by readers, and every gift, however small, helps us keep "
    "the paper free for everyone who lives or works on the islands.",
    "We answer to no owner but our readers, and we mean to keep it that way for as long as "
    "there are harbours, ferries and people who want to know what happens to them."]


def live_blog_page(paragraphs: list[str]) -> str:
    """A live blog, each paragraph an entry tight under its stamp, over a spaced blurb."""
    entries = [f"{stamp}\n{paragraph}" for stamp, paragraph in zip(LIVE_STAMPS, paragraphs,
                                                                     strict=False)]
    return "\n\n".join(["Home\nNews", "Harbour reopens: live updates", "By Ann Lee", *entries,
                         "Newsletter\nSign up", "About us", *PUBLISHER_BLURB,
                         "© 2024 Island Press"])


def test_a_live_blogs_entries_tight_under_their_stamps_count_in_full() -> None:
    # An entry sits tight under its stamp, as a teaser's blurb under its headline, but it is
    # no blurb: the entries outweigh the publisher's spaced blurb further down.
    body = strip_chrome(live_blog_page([PARA_1, PARA_2, PARA_3, PARA_4])).body
    assert PARA_3 in body and PARA_4 in body
    assert not any(paragraph in body for paragraph in PUBLISHER_BLURB)


def test_a_live_blogs_later_stamps_are_no_date_line_of_its_header() -> None:
    # The first entries are no standfirst over the article's "real" date line: three
    # stamps to the minute, each after some prose, make the page a live blog.
    body = strip_chrome(live_blog_page([PARA_1, PARA_2, PARA_3, PARA_4])).body
    assert all(paragraph in body for paragraph in [PARA_1, PARA_2, PARA_3, PARA_4])


def test_a_live_blogs_entry_stamps_leave_the_body_with_their_reason() -> None:
    result = strip_chrome(live_blog_page([PARA_1, PARA_2, PARA_3, PARA_4]))
    assert result.body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])
    assert {line.text: line.reason for line in result.removed}[LIVE_STAMPS[2]] == "timestamp"


def test_a_story_under_a_header_with_a_stamp_keeps_its_standfirst_out() -> None:
    # One stamp under a standfirst is the article's own date line: the standfirst stays out.
    standfirst = ("Passengers face a summer of delays as the island's only ferry terminal is "
                  "rebuilt, the harbour authority said.")
    page = "\n\n".join(["Home\nNews", "Harbour to open new ferry terminal", standfirst,
                         "Nov 19, 2019, 14:59", PARA_1, PARA_2, PARA_3,
                         "© 2024 Island Press"])
    body = strip_chrome(page).body
    assert standfirst not in body and PARA_1 in body


def test_a_live_blog_goes_on_under_a_related_box_between_its_entries() -> None:
    # Entries tight under their stamps are no teaser cards or blurbs, so the entries under
    # the box are the blog going on, not the box's teasers.
    entries = [f"{stamp}\n{paragraph}" for stamp, paragraph in zip(
        LIVE_STAMPS, [PARA_1, PARA_2, PARA_3, PARA_4, PARA_5, PARA_6], strict=True)]
    page = "\n\n".join(["Home\nNews", "Harbour reopens: live updates", "By Ann Lee",
                         *entries[:3], "Related news", "Ferry fares to rise in the spring",
                         "New timetable for the island buses", *entries[3:],
                         "© 2024 Island Press"])
    body = strip_chrome(page).body
    assert all(p in body for p in [PARA_1, PARA_2, PARA_3, PARA_4, PARA_5, PARA_6])
    assert "Ferry fares to rise" not in body


def test_a_gallerys_slide_captions_between_paragraphs_leave_the_body() -> None:
    # Each slide is a counter, a credit and a caption set tight together, with a blank
    # line under the caption as under a subhead: the caption is the photo's all the same.
    captions = ["Crowds gather on the quay at dawn", "The old terminal seen from the water",
                "A ferry leaves the harbour in heavy rain"]
    paragraphs = [f"{PARA_2} {PARA_3}", f"{PARA_4} {PARA_5}",
                  f"{PARA_6} The design team said it had listened to every comment sent in "
                  "during the last round of talks with islanders."]
    slides = [f"{n} / 12\nPhoto: Ann Lee / Island Press\n{caption}"
              for n, caption in enumerate(captions, 2)]
    page = "\n\n".join(["Home\nNews", "Harbour to open new ferry terminal", "By Ann Lee",
                         "12 March 2024", PARA_1,
                         *(part for pair in zip(slides, paragraphs, strict=True) for part in pair),
                         "© 2024 Island Press"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, *paragraphs])


def test_the_lines_under_a_gallerys_counter_stop_at_the_storys_byline() -> None:
    # A gallery over the story may end right on the story's header: the byline and the
    # opening paragraph set tight under the last counter are the story's, not a slide's.
    page = "\n".join(["Home", "News", "", "Harbour to open new ferry terminal", "",
                      "Crowds gather on the quay at dawn. Ann Lee / Island Press", "1/2",
                      "The old terminal seen from the water. Ann Lee / Island Press", "2/2",
                      "By Ann Lee | HARBOURTON", PARA_1, "", PARA_2, "", PARA_3, "",
                      "© 2024 Island Press"])
    assert PARA_1 in strip_chrome(page).body


def test_a_comment_count_with_a_dated_comment_under_it_is_no_button_mid_story() -> None:
    # "4 comments" is short enough to be a button the story resumes under, but what
    # follows it is a comment, dated and signed ("Jo | 11.05.2012 11:38"), and its thread
    # holds more prose than the short story.
    thread = []
    for name, stamp, place in [("Jo", "11.05.2012 11:38", "the north quay"),
                               ("Sam", "11.05.2012 15:36", "the old fish market"),
                               ("Ann Lee", "12.05.2012 18:47", "the ferry terminal")]:
        thread.append("\n".join([
            f"{name} | {stamp}", "Hi Ann,",
            f"You can drive to {place}, but you need a good map, and parking there for two "
            "days is close to impossible in summer, we tried it once and gave up.",
            f"The car park by {place} is fine, we paid the same ten years ago.",
            f"Have a lovely holiday, and take the early ferry to {place} if you can."]))
    page = "\n\n".join(["Home\nBlog", "Parking by the harbour", "11.05.2012, 10:22 by annlee",
                         PARA_1, PARA_2, "4 comments", *thread, "Newer posts\nAbout"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2])


def test_cards_with_excerpts_cut_off_mid_sentence_close_the_story() -> None:
    # A blog's related posts: headline, date, then an excerpt of some sixty words cut off
    # with "[…]". Too long for a one-sentence blurb, but a cut-off excerpt is a card's.
    def excerpt(topic: str) -> str:
        return (f"Summer is here and with it the best {topic} of the year: we have looked "
                "through every shop on the islands, from the harbour front to the little "
                "lanes behind the church, and picked out the pieces that will last you more "
                "than one season, without sending you or your purse over the edge of the "
                "quay and into the cold water of the bay while you […]")
    cards = []
    for head, date, topic in [("The top seven deals of the week", "Wednesday | 31 July 2019",
                               "deals"),
                              ("The loveliest summer dresses", "Monday | 22 July 2019",
                               "dresses"),
                              ("Fashion week on the quay", "Monday | 15 July 2019", "shows")]:
        cards += [head, date, excerpt(topic), "Read more"]
    page = "\n\n".join(["Home\nFashion", "Harbour to open new ferry terminal",
                         "Friday | 14 June 2019 | 15:49 by Ann Lee", PARA_1, PARA_2,
                         "Related Posts", *cards, "About\nContact"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2])


def test_a_bloggers_introduction_under_the_post_ends_it_but_not_at_its_top() -> None:
    intro = ("Hi, I'm Ann, a harbour pilot on the islands. I write here about boats, tides "
             "and the people who work on the water, and I answer every letter.")
    page = "\n\n".join(["Home\nBlog", "Harbour to open new ferry terminal", "By Ann Lee",
                         PARA_1, PARA_2, PARA_3, "Author", intro, "© 2024 Harbour Notes"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])
    assert reasons(page)[intro] == "author intro"  # --show-removed names the tail rule
    # the same words opening the post are the post's
    page = "\n\n".join(["Harbour to open new ferry terminal", "By Ann Lee", intro,
                         PARA_1, PARA_2, PARA_3])
    assert strip_chrome(page).body.startswith(intro)


def test_a_date_line_under_the_story_is_no_header_but_one_under_a_headline_is() -> None:
    # Some sites print "Date" and "Author" under the story's paragraphs: a date line with
    # more of the story over it than under it closes the story. With a headline over it,
    # the same date line opens a short story under a sidebar.
    box = ["Date 12.03.2024", "Author Ann Lee", "Related Subjects Ferries, Harbour"]
    story = split_lines("\n\n".join([PARA_1, PARA_2, PARA_3, "\n".join(box), PARA_4]))
    assert header_end(story, 0, len(story) - 1) == -1
    headed = split_lines("\n\n".join([PARA_1, PARA_2, "Harbour to open new ferry terminal",
                                       "\n".join(box), PARA_4]))
    assert headed[header_end(headed, 0, len(headed) - 1)].text == "Author Ann Lee"



def test_a_date_line_in_a_box_under_the_story_is_no_header() -> None:
    # "Editors' Picks" under the story's paragraph, then a teaser's date: the box's date
    lines = split_lines("\n\n".join([PARA_1, "Editors' Picks", "12 November 2019",
                                      "Council approves new bus lanes for the harbour road"]))
    assert header_end(lines, 0, len(lines) - 1, {1: "related section"}) == -1
    assert header_end(lines, 0, len(lines) - 1) == 2  # with no box known, it was taken


def test_a_list_of_signed_and_dated_teasers_is_no_header_for_the_box_under_it() -> None:
    # "by Ann Lee (5/17/2007)" under each suggested read: the publisher's blurb under the
    # list is not a story that opens under its byline and date.
    reads = []
    for n, (title, name) in enumerate([("A harbour master answers his critics", "Ann Lee"),
                                       ("Our ferry sold one ticket and wants it back", "Tom Hale"),
                                       ("Monologue: I am the fog horn", "Jo Varga"),
                                       ("Things the tide told me", "Cy Young")]):
        reads += [title, f"by {name} ({n + 1}/17/2007)"]
    blurb = ("Island Press is a publishing company based in Port Maren.\nAs well as a daily "
             "humour website, we also publish a quarterly journal, a monthly magazine and books "
             "of fiction, essays and poems by writers from all four islands.")
    page = "\n\n".join(["Home\nColumns", "Our plywood ferry has too much caulk sealant.",
                         "Read Tom Hale's speech to the harbour association of the islands.",
                         "Back to the front page", "The Ferry Passenger's Oath", "BY Ann Lee",
                         "- - - -\n" + PARA_1, PARA_2, PARA_3, "SUGGESTED READS",
                         "\n".join(reads), "ARCHIVE | BROWSE BY AUTHOR | ALL COLUMNS", blurb,
                         "STORE | TWITTER | FACEBOOK | RSS"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])


def test_a_long_dated_thread_under_a_comments_heading_does_not_outweigh_a_short_story() -> None:
    # Five long comments under "Comments" hold more than twice the story's prose, which
    # alone would read as the story under a comment-count link; their time stamps say thread.
    thread = []
    for n, name in enumerate(["harbourfan", "Gwen Tull", "islander_72", "Tom Hale", "quayside"]):
        thread += [name, f"{n + 1}2 Fans", f"0{n + 1}:31 PM on 8/15/2010", PARA_2, PARA_4,
                   f"{name}: {PARA_2[:40]}", f"http://islandpress.example/social/{name}/{n}",
                   "History | Permalink | Share it"]
    page = "\n\n".join(["Home\nBusiness", "Harbour to open new ferry terminal", "By Ann Lee",
                         PARA_1, PARA_3, "Comments\n863\nView All\nRecency |\nPopularity",
                         "\n".join(thread), "About us"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_3])


def test_a_terms_of_use_link_in_a_menu_high_on_the_page_does_not_end_the_story() -> None:
    # A blog prints its sidebar first: the owner's blurb, a menu with "Terms of use", a long
    # archive list; the post comes last. The link is no footer with the post still to come.
    blurb = ("Ann Lee is a harbour pilot on the islands and writes about boats, tides and the "
             "people who work on the water. She has guided ferries, trawlers and the odd cruise "
             "ship into Port Maren for twenty years, and keeps a log of every one of them.")
    menu = "\n".join(["Pages", "About me", "My papers", "Terms of use", "Archives"])
    archive = "\n".join(f"{month} {year} ({n})" for year in range(2006, 2020)
                        for n, month in enumerate(["January", "March", "May", "July", "September",
                                                   "November"], 3))
    page = "\n\n".join(["Skip to content", "Ann Lee's blog", blurb, menu, archive,
                         "Log in\nEntries feed", PARA_1, PARA_2, PARA_3,
                         "Proudly powered by WordPress"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])


def test_a_menu_printed_twice_with_its_footer_links_does_not_end_the_story_under_it() -> None:
    # A site prints its whole menu twice (wide and narrow screens), each copy closing on an
    # easy-read guide and "Privacy" / "Imprint"; the story comes under the second copy and
    # a list of teasers. The guide's second copy is no new prose that the story must
    # outweigh for the footer links over it to be passed over.
    areas = ["Harbour", "Ferries", "Islands", "Fisheries", "Weather", "Tourism", "Schools",
             "Roads", "Health", "Housing"]
    sections = [f"{area} {topic}" for area in areas
                for topic in ["news", "services", "maps", "contacts", "history", "events",
                              "jobs", "archive"]]
    guide = ["Easy read", "1. General information about the council website",
             "2. What you can find on the front page of the website",
             "3. Information in the main sections of the website",
             "4. How do you use this website?"]
    menu = "\n".join([*sections, "Newsletter", *guide, "Language", "Privacy", "Imprint"])
    teasers = [part for title in ["New school opens on the north island",
                                  "Ferry timetable changes for the winter",
                                  "Road works on the coast road end early",
                                  "Health centre extends its opening hours",
                                  "New homes planned by the old quay"]
               for part in (title, "Read aloud")]
    welcome = "Welcome to the website of the Island Council and all of its services."
    page = "\n\n".join([welcome, menu, "Main menu", menu, *teasers,
                         PARA_1, PARA_2, PARA_3, PARA_4, "Contact\nPrivacy\nImprint"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])


def test_a_next_up_heading_closes_the_story_over_glued_deal_teasers() -> None:
    # "Next Up In Tech" heads a box of other stories, each headline run into its blurb (no
    # separator in the page copy, so each line reads as prose): the story has ended above it.
    story = [
        "The harbour board approved a new ferry terminal on Tuesday after two years of argument "
        "over its cost and where it should stand, ending a dispute that had split the town "
        "council and filled the letters page for most of last winter.",
        "Work starts in May, and the first boats should use the new quay by the autumn of next "
        "year, the board's chair told reporters, although she warned that a wet spring could "
        "push the opening back by several weeks or even months.",
        "Residents of the old town had asked for the terminal to be built further from their "
        "homes, and the board moved it two hundred metres to the east in the spring, closer to "
        "the boatyards and away from the streets of terraced houses.",
        "The cost has risen to eleven million pounds, most of it paid by the regional transport "
        "fund, and the board will borrow the rest over twenty years, repaying it from the "
        "landing fees that the ferry companies pay for every crossing.",
        "Ferry crews said the new quay would let them run in rougher weather, when the old pier "
        "is too exposed for the larger boats to tie up safely, and that fewer sailings would be "
        "cancelled at short notice in the winter months.",
        "A public meeting on the design of the waiting room will be held at the town hall next "
        "month, and the plans will be shown in the library for anyone who cannot come to the "
        "meeting but would still like to have a say.",
        "The ferry companies welcomed the decision and said they would add a late sailing on "
        "Fridays once the terminal opens, something passengers have asked for since the last "
        "evening boat was cut three years ago.",
    ]
    teasers = [
        "Tidewater's new scooter is only $250 this week It is a good price for a scooter that "
        "folds small enough to carry onto a bus",
        "The 65-inch Lumen TV is cheaper than ever Under $1,000 for the first time, the set "
        "still has the best picture we tested",
    ]
    page = "\n".join(["Ferry terminal approved", "", "By Ann Lee | Mar 12, 2024", "",
                      "\n\n".join(story), "", "Next Up In Tech", "", "Good Deals", "",
                      *teasers, "", "© 2024 Island Press. All rights reserved."])
    assert strip_chrome(page).body == "\n\n".join(story)


def test_cards_of_kicker_headline_and_blurb_after_the_story_are_a_closing_box() -> None:
    # "Film" / a headline / its blurb, three times under the story's date-and-author box:
    # teaser cards, even with blank lines between (a subhead over a paragraph has no section
    # label over it).
    cards = []
    for kicker, head, blurb in [
            ("Film", "The harbour on screen, from silent reels to drone footage",
             "The old quay has starred in more films than any other place on the islands, and "
             "a new exhibition at the museum tells the story of each one of them."),
            ("Books", "A lighthouse keeper's diary finds a publisher at last",
             "Forty years of weather, ships and visitors, written in pencil every night by the "
             "last keeper of the north light, will be printed next spring."),
            ("Music", "A brass band marks its hundredth summer on the pier",
             "Forty players, three generations and one tuba that has never left the island: "
             "the band has played on the pier every Sunday since 1924.")]:
        cards += [kicker, head, blurb]
    box = "\n".join(["Date 12.03.2024", "Author Ann Lee", "Related Subjects Ferries, Harbour",
                     "Keywords ferry, harbour, islands", "Print Print this page"])
    page = "\n\n".join(["Home\nNews", "Harbour to open new ferry terminal", "By Ann Lee",
                         PARA_1, PARA_2, PARA_3, PARA_4, box, *cards, "Contact us"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])
    # a roundup's sections under capitals ("BOWLING" / a result / a paragraph) are no cards
    sections = ["BOWLING", "Harbour Town beat Port Ellis by forty pins",
                "Jo Varga rolled the best game of the night for the home side.",
                "SAILING", "Port Maren won the island cup for the third year running",
                "The crew came home two minutes ahead of the rest of the fleet.",
                "ROWING", "Tom Hale's crew set a new record across the bay",
                "They crossed in eleven minutes, a minute faster than last year."]
    assert kicker_card_runs(split_lines("\n\n".join(sections)), {}) == {}


def test_a_quoted_sentence_closing_on_its_quote_mark_is_no_headline() -> None:
    # the paragraph over a second byline and date is no headline of a next article
    assert not is_headline("Ann Lee said: \u201cThe queues have become a real problem.\u201d", 10)
    assert is_headline("Ann Lee: \u201cThe queues are a problem\u201d", 6)


def test_a_bio_of_the_bylined_author_ends_the_story_above_a_long_feed() -> None:
    # The rules named the author's one-line bio under the story; a feed of long teaser
    # blurbs under it keeps it out of the story's tail, but it names the byline's author.
    from newsum.chrome.text import _bio_cut

    lines = split_lines("\n\n".join([PARA_1, PARA_3, PARA_5,
                                      "Ann Lee is a freelance writer living in Port Maren",
                                      PARA_2, PARA_4, PARA_6, PARA_2, PARA_4]))
    end, _ = _bio_cut(lines, 0, len(lines) - 1, {3: "author bio"}, "Ann Lee", 0)
    assert end == 2


def test_a_short_wire_story_beats_sidebars_on_both_sides_of_it() -> None:
    # a teaser under the story outscores it, so the story is not the runner-up beside the
    # longest sidebar; only the story opens with a dateline
    story = ("OSLO (Reuters) - Two ferries collided in thick fog outside the harbour on Tuesday, "
             "and the coastguard said all passengers were safe.")
    teaser = ("Would you pay more for a ferry ticket if the boats ran every hour through the "
              "night, or would you rather keep the fares low and the timetable as it is now?")
    sidebar = [
        "The Island Press is owned by its readers and has been printed in the harbour town "
        "since 1921, surviving two wars, three floods and the arrival of the internet.",
        "Every edition is written by a team of eleven reporters and photographers who live "
        "on the islands and know the people they write about by their first names.",
    ]
    menu = "\n".join(["Home", "News", "Sport", "Weather", "Travel", "Jobs", "Homes", "Cars",
                      "Puzzles", "Podcasts", "Obituaries", "Letters"])
    page = "\n\n".join([*sidebar, menu, "Ferries collide in fog", story, menu, teaser,
                         "Contact us"])
    assert strip_chrome(page).body == story


@pytest.mark.parametrize(("line", "opens"), [
    ("OSLO (Reuters) - The central bank kept its rate on hold", True),
    ("PORT MAREN, Calif. (AP) — Two ferries collided", True),
    ("NEW YORK — Stocks rose on Tuesday", True),
    ("Modena, 12 novembre 2019 - Da lunedì il ponte resterà chiuso", True),
    ("Smith, who joined in 2019 - said nothing", False),
    ("US - China talks resume", False),  # a headline: two capitals are no place name
    ("The council — after a long debate — agreed", False),
])
def test_a_wire_dateline_opens_a_story(line: str, opens: bool) -> None:
    assert opens_with_dateline(line) is opens


def test_a_related_heading_with_a_paragraph_right_under_it_does_not_end_the_article() -> None:
    # blurbs further down (a sidebar's one-liners) do not make the heading a closing box
    page = "\n\n".join([
        "Home\nNews", "Harbour to open new ferry terminal", "By Tom Ashworth", PARA_1, PARA_2,
        "Related stories", PARA_3, "harbourfan\nWe love a good ferry story on this site!",
        "Search\nThe tide tables are printed every Friday in the weekend edition of the paper.",
        "Contact\nLetters can be sent to the editor at the office on the quay by the pier."])
    body = strip_chrome(page).body
    assert PARA_2 in body and PARA_3 in body


def test_teaser_cards_with_labels_and_doubled_headlines_close_the_article() -> None:
    cards = [("Ferry fares to rise again in spring", "Operators blame the price of fuel."),
             ("New pier opens on the north shore", "The first boats berthed on Monday."),
             ("Island school wins choir contest", "Thirty pupils sang in the final.")]
    boxes = ["Travel\n{0}\nTravel\n{0}\n{1}".format(*card) for card in cards]
    page = "\n\n".join(["Home\nNews", "Harbour to open new ferry terminal",
                         "By Tom Ashworth", PARA_1, PARA_2, *boxes, "Contact us"])
    body = strip_chrome(page).body
    assert PARA_2 in body
    assert not any(blurb in body for _, blurb in cards)


def test_a_paragraph_about_the_bylined_writer_ends_the_article() -> None:
    bio = ("Award-winning journalist Tom Ashworth writes about the islands every week, and "
           "before that spent ten years on the crime desk of a city daily.")
    page = "\n\n".join(["Home\nNews", "Harbour to open new ferry terminal",
                         "By Tom Ashworth", PARA_1, PARA_2, PARA_3, bio, "Contact us"])
    body = strip_chrome(page).body
    assert PARA_3 in body and bio not in body


def test_a_mega_menus_newsletter_blurbs_are_no_article_for_its_headings_to_close() -> None:
    menu = "\n".join(["Sections", "Local", "Sport", "Top stories", "Ferry strike", "Newsletters",
                      "The Morning Tide",
                      "Start each day with the harbour news that matters to you and your family.",
                      "See all newsletters"])
    page = "\n\n".join([menu, *(menu.replace("Local", name) for name in ("World", "Arts", "Food")),
                         "Harbour to open new ferry terminal",
                         "By Tom Ashworth", PARA_1, PARA_2, PARA_3, "Most popular",
                         "Ferry fares to rise\nNew pier opens\nChoir wins contest"])
    body = strip_chrome(page).body
    assert body == "\n\n".join([PARA_1, PARA_2, PARA_3])


def test_a_related_box_inside_the_article_is_passed_over_when_paragraphs_resume() -> None:
    box = ("RELATED ARTICLES\nFerry fares set to rise again for the third time this...\n"
           "New pier opens on the north shore after years of delays and...")
    page = "\n\n".join(["Home\nNews", "Harbour to open new ferry terminal",
                         "By Tom Ashworth", PARA_1, PARA_2, box, PARA_3, PARA_4,
                         "The terminal will open in April.",
                         "Share or comment on this article", "Ann, Leeds\nReply",
                         "A lovely new building at last, well done to all of them.\nReply"])
    body = strip_chrome(page).body
    assert PARA_4 in body and "New pier" not in body


def test_the_paragraph_under_a_one_headline_box_at_the_end_is_kept() -> None:
    last = ("Ferry operators said they would publish the new timetable online in March, "
            "and tickets would go on sale a month later.")
    page = "\n\n".join(["Home\nNews", "Harbour to open new ferry terminal", "By Tom Ashworth",
                         PARA_1, PARA_2, "Related\nNew pier opens on the north shore\n" + last,
                         "12 Comments\nAnn Lee\nAbout time too.", "Contact us"])
    body = strip_chrome(page).body
    assert body.endswith(last) and "New pier" not in body


def test_bullets_under_a_key_points_heading_are_no_body() -> None:
    bullets = ["The harbour will get a new ferry terminal next spring.",
               "It will cost the authority more than twelve million pounds."]
    page = "\n\n".join(["Home\nNews", "Harbour to open new ferry terminal", "By Tom Ashworth",
                         "\n".join(["Key points", *bullets]), PARA_1, PARA_2, PARA_3])
    body = strip_chrome(page).body
    assert body == "\n\n".join([PARA_1, PARA_2, PARA_3])


def test_a_summary_box_ends_at_a_paragraph_longer_than_a_bullet() -> None:
    first = f"{PARA_1} {PARA_2}"  # longer than any bullet
    page = "\n".join(["Home", "News", "Harbour to open new ferry terminal", "Highlights",
                      "Terminal to open in spring", "Cost put at 12 million", first, PARA_3,
                      PARA_4, "Contact us"])
    assert strip_chrome(page).body.startswith(first)


def test_a_summary_box_ends_at_a_wire_dateline_on_an_unspaced_page() -> None:
    story = ("OSLO (Reuters) - The harbour will get a new ferry terminal next spring, the "
             "port authority said on Tuesday, after a year of delays.")
    page = "\n".join(["Home", "News", "Harbour to open new ferry terminal", "Summary",
                      "Terminal to open in spring", "Cost put at 12 million", story, PARA_2,
                      PARA_3, "Contact us"])
    body = strip_chrome(page).body
    assert body.startswith(story) and "Cost put" not in body


def test_a_leave_a_comment_button_mid_post_does_not_end_it() -> None:
    more = [PARA_3, PARA_4, PARA_1.replace("harbour", "island")]
    page = "\n\n".join(["Home", "Harbour to open new ferry terminal", "By Tom Ashworth",
                         PARA_1, PARA_2, "Share\nLeave a comment", *more,
                         "12 Comments\nAnn Lee\nAbout time too.\nReply"])
    body = strip_chrome(page).body
    assert all(paragraph in body for paragraph in more) and "About time" not in body


def test_a_signed_and_dated_guest_book_is_not_the_anchored_article() -> None:
    # an unanchored notice wins on score; the guest book below it opens under a date line
    # (the entry above it is signed and dated) but dates its other entries too
    entry = "She made the best {} on the island and always had a kind word for us."
    texts = [PARA_1, "Home", "Ann Lee", "March 4, 2025", entry.format("pasties"), "Cy Young",
             "March 5, 2025", entry.format("scones"), "Bo Ray", "March 6, 2025",
             entry.format("fruit cake")]
    lines = split_lines("\n".join(texts))
    scores = [40.0, -30.0, -5.0, -5.0, 20.0, -5.0, -5.0, 20.0, -5.0, -5.0, 20.0]
    assert anchored_block(lines, scores) == (0, 0)
    scores[7:] = [-50.0] * 4  # one dated entry alone is an article under its date line
    assert anchored_block(lines, scores) == (4, 4)


def test_a_table_closing_the_article_is_kept() -> None:
    rows = ["Length\t42 m", "Passengers\t350", "Cars\t60", "Top speed\t18 knots"]
    page = "\n\n".join(["Home\nNews", "Harbour to open new ferry terminal", "By Tom Ashworth",
                         PARA_1, PARA_2, PARA_3, "Photo: Ann Lee", "Specifications",
                         "\n".join(rows), "Contact us"])
    body = strip_chrome(page).body
    assert all(row in body for row in rows) and "Photo: Ann Lee" not in body


def test_a_line_repeated_over_each_list_items_label_is_no_pull_quote() -> None:
    line = "Pack: one warm layer, one waterproof, one spare pair of socks."
    page = "\n\n".join(["Home\nNews", "What to pack for the ferry", "By Tom Ashworth",
                         PARA_1, "Morning Crossing", line, "Evening Crossing", PARA_2, line,
                         "Night Crossing", PARA_3, "Contact us"])
    cleaned = strip_chrome(page)
    assert cleaned.body.count(line) == 2


def test_a_two_word_subhead_inside_the_story_is_body_but_a_name_line_is_not() -> None:
    page = "\n\n".join(["Home\nNews", "Harbour to open new ferry terminal", "By Tom Ashworth",
                         PARA_1, "Hohe Kosten", PARA_2, "Rising costs", PARA_3, "Jo Varga",
                         PARA_4, "Contact us"])
    assert "Rising costs" in strip_chrome(page).body
    # the rules keep the subhead and leave the name line to the line model
    view = rule_choice(page).view
    kept = {line.text for i, line in enumerate(view.lines) if i in view.kept}
    assert "Rising costs" in kept
    assert "Hohe Kosten" in kept  # German capitalises nouns: no name for all its capitals
    assert "Jo Varga" not in kept


def test_a_subhead_set_tight_between_paragraphs_is_body_but_a_credit_there_is_not() -> None:
    # A page that sets some paragraphs with no blank line between them prints their
    # subheads the same way; a short line there with a comma or slash is a photo credit.
    tight = "\n".join([PARA_2, "Not just the ferries", PARA_3, "Ann Lee, Harbour Press", PARA_4])
    page = "\n\n".join(["Home\nNews", "Harbour to open new ferry terminal", "By Tom Ashworth",
                         PARA_1, tight, PARA_5, "Contact us"])
    body = strip_chrome(page).body
    assert "Not just the ferries" in body
    assert "Ann Lee, Harbour Press" not in body


PLAYER = ["Closed Captioning", "ON OFF", "apply | reset x", "Text Display", "Background",
          "font", "Times New Roman", "Arial", "size", "T", "T", "color", "share link",
          "Play Video - 2:46", "More video", "3:14 Sponsored Content Now Playing",
          "5:11 Sponsored Content Now Playing", "Photo: Island Images"]


def test_a_video_player_between_the_storys_opening_and_the_rest_parts_nothing() -> None:
    opening = ("The harbour authority will open its new ferry terminal next spring, it said "
               "on Tuesday, after two years of building work on the north quay.")
    page = "\n\n".join(["Home\nNews", "Harbour to open new ferry terminal",
                         "2024-05-02T10:00:00Z\nTom Ashworth\nshare\ntweet", opening,
                         "\n".join(PLAYER), PARA_2, PARA_3, PARA_4, "Contact us"])
    result = strip_chrome(page)
    assert result.body == "\n\n".join([opening, PARA_2, PARA_3, PARA_4])
    removed = {r.text: r.reason for r in result.removed}
    assert removed["Times New Roman"] == removed["share link"] == "video player"


def test_a_list_of_five_word_items_inside_the_story_is_body() -> None:
    items = ["Two new berths for freight", "A waiting room with seats",
             "Covered walkways to the pier"]
    page = "\n\n".join(["Home\nNews", "Harbour to open new ferry terminal", "By Tom Ashworth",
                         PARA_1, PARA_2, "\n".join(items), PARA_3, PARA_4, "Contact us"])
    body = strip_chrome(page).body
    assert all(item in body for item in items)
    # a menu's tight lines of that length above the story stay out
    menu = ["Ferry times and fares today", "Harbour news from the islands",
            "Weather at sea this week"]
    page = "\n\n".join(["\n".join(menu), "Harbour to open new ferry terminal",
                         "By Tom Ashworth", PARA_1, PARA_2, PARA_3, PARA_4, "Contact us"])
    assert not any(entry in strip_chrome(page).body for entry in menu)


@pytest.mark.parametrize("credit", [
    "— Jo Varga, Rovers chief executive",
    "Jo Varga, CEO, Rovers FC",  # no dash: the role and the company after commas
])
def test_a_pull_quotes_attribution_goes_with_it(credit: str) -> None:
    quote = "We have been patient, and we have paid what it took."
    said = f"\"Jordan is the player our supporters wanted,\" Jo Varga said. \"{quote}\""
    page = "\n\n".join(["Home\nNews", "Rovers sign winger", "By Tom Ashworth", PARA_1, said,
                         f"\"{quote}\"\n{credit}", PARA_2, PARA_3, PARA_4, "Contact us"])
    assert reasons(page)[credit] == "pull quote"


def test_a_list_its_paragraph_introduces_past_an_ad_slot_is_body() -> None:
    items = ["A waiting room for three hundred passengers", "Two covered walkways to the pier",
             "Solar panels across the whole of the roof"]
    page = "\n\n".join(["Home\nNews", "Harbour to open new ferry terminal", "By Tom Ashworth",
                         PARA_1, "The new terminal will have:", "Advertisement",
                         "\n".join(items), PARA_2, PARA_3, "Contact us"])
    body = strip_chrome(page).body
    assert all(item in body for item in items)


def test_a_sign_up_boxs_consent_line_mid_article_does_not_end_it() -> None:
    box = ("Get local news delivered to your inbox!\nSign up!\n* I understand and agree that "
           "registration on or use of this site constitutes agreement to its user agreement.")
    page = "\n\n".join(["Home\nNews", "Harbour to open new ferry terminal", "By Tom Ashworth",
                         PARA_1, PARA_2, box, PARA_3, PARA_4, "Contact us"])
    body = strip_chrome(page).body
    assert PARA_4 in body and "registration" not in body


def test_a_datelined_paragraph_under_a_doubled_photo_caption_is_body() -> None:
    caption = "FILE PHOTO: Ferries at the harbour wall in Port Maren, March 3, 2026. REUTERS/Ann Lee"
    story = ("PORT MAREN (Reuters) - The harbour will get a new ferry terminal next spring, "
             "the port authority said on Tuesday.")
    page = "\n\n".join(["Home\nNews", "Harbour to open new ferry terminal", "By Tom Ashworth",
                         f"{caption}\n{caption}\n{story}", PARA_2, PARA_3, "Contact us"])
    body = strip_chrome(page).body
    assert body.startswith(story) and "FILE PHOTO" not in body


def test_the_first_paragraph_under_a_doubled_photo_credit_is_body() -> None:
    credit = "Image: Ann Lee/Island Press"
    page = "\n\n".join(["Home\nNews", "Harbour to open new ferry terminal", "By Tom Ashworth",
                         f"{credit}\n{credit}\n{PARA_1}", PARA_2, PARA_3, "Contact us"])
    body = strip_chrome(page).body
    assert body.startswith(PARA_1) and credit not in body


def test_an_inline_box_on_an_unspaced_page_is_passed_over() -> None:
    page = "\n".join(["Home", "News", "Harbour to open new ferry terminal", "By Tom Ashworth",
                      PARA_1, "Related stories", "Ferry fares set to rise again next spring", PARA_2,
                      PARA_3, "Advertisement", PARA_4, "Contact us"])
    body = strip_chrome(page).body
    assert PARA_4 in body and "Ferry fares" not in body


def test_paragraphs_split_by_line_breaks_alone_still_count_in_full() -> None:
    scrap = ("The harbour master's office is open from nine until five on weekdays, and "
             "closed on bank holidays.")
    page = "\n\n".join(["Home\nNews", scrap, "Harbour to open new ferry terminal",
                         "\n".join(["By Tom Ashworth", PARA_1, PARA_2, PARA_3, PARA_4]),
                         "Contact us"])
    body = strip_chrome(page).body
    assert PARA_1 in body and PARA_4 in body
    assert scrap not in body


def test_a_related_box_ends_at_the_articles_byline() -> None:
    page = "\n\n".join(["Most popular\nFerry fares to rise\nNew pier opens",
                         "Five tips for a calm crossing\nBy Tom Ashworth\n" + "\n".join(ITEMS),
                         "Contact us"])
    body = strip_chrome(page).body
    assert all(item in body for item in ITEMS)
    assert "Ferry fares to rise" not in body


# The learned line model (newsum/chrome/model.py, weights in data/chrome_lines.json).


def _view_of(page: str) -> PageView:
    """The rules' view of a page, before the line model."""
    return rule_choice(page).view


def _constant_model(odds_sign: float, reach: int = 0) -> LineModel:
    """A fictional model whose odds are the same for every line: ~1 (sign +1) or ~0 (-1)."""
    n = len(FEATURE_NAMES)
    return LineModel(FEATURE_NAMES, (0.0,) * n, (1.0,) * n, (0.0,) * n, 30.0 * odds_sign,
                     drop_below=0.0, restore_above=0.5, reach=reach)


SUBHEAD_PAGE = "\n\n".join(["Home\nNews\nSport", "Harbour to open new ferry terminal",
                            "By Tom Ashworth", PARA_1, PARA_2, "Fares:", PARA_3, PARA_4,
                            "Contact us\nPrivacy"])


def test_shipped_line_model_matches_the_features() -> None:
    model = default_model()
    assert model.names == FEATURE_NAMES
    assert len(model.weights) == len(model.mean) == len(model.scale) == len(FEATURE_NAMES)
    assert 0.0 <= model.drop_below < model.restore_above <= 1.0


def test_line_features_give_one_row_per_asked_line() -> None:
    view = _view_of(SUBHEAD_PAGE)
    rows = line_features(view)
    assert len(rows) == len(view.lines)
    assert all(len(row) == len(FEATURE_NAMES) for row in rows)
    assert line_features(view, [2, 0]) == [rows[2], rows[0]]


def test_line_model_restores_a_one_word_heading_between_paragraphs() -> None:
    view = _view_of(SUBHEAD_PAGE)
    subhead = next(i for i, line in enumerate(view.lines) if line.text == "Fares:")
    assert subhead not in view.kept  # too short for the rules' subhead test
    body = strip_chrome(SUBHEAD_PAGE).body
    assert body == "\n\n".join([PARA_1, PARA_2, "Fares:", PARA_3, PARA_4])


def test_a_model_sure_of_nothing_leaves_the_rules_choice() -> None:
    view = _view_of(SUBHEAD_PAGE)
    assert revise(view, _constant_model(-1.0)) == sorted(view.kept)


def test_a_model_sure_of_everything_restores_only_lines_dropped_for_their_place() -> None:
    page = "\n\n".join([
        "Home\nNews\nSport", "Harbour to open new ferry terminal", "By Tom Ashworth",
        PARA_1, "The old building was never meant to handle this many people",
        "Island source", PARA_2, "Fares:", PARA_3, PARA_4,
        "Sign up to our daily newsletter", "Contact us\nPrivacy"])
    view = _view_of(page)
    keep = revise(view, _constant_model(1.0))
    restored = {view.lines[i].text for i in set(keep) - view.kept}
    assert "Fares:" in restored
    assert "Island source" not in restored  # a pull quote's attribution
    assert "Sign up to our daily newsletter" not in restored  # a rule named it
    assert "News" not in restored  # outside the block (reach 0)
    assert set(view.kept) <= set(keep)


def test_the_model_brings_back_no_line_over_the_header_inside_the_block() -> None:
    # A standfirst between the headline and the date line sits in the block, but the story
    # starts under its header: a model sure of every line still leaves it out.
    stand = ("The port's ferry terminal will double its capacity by next spring, the harbour "
             "board said on Tuesday.")
    page = "\n\n".join(["Home\nNews\nSport", "Harbour to open new ferry terminal", stand,
                         "19 November 2019", "By Ann Lee", PARA_1, PARA_2, PARA_3, PARA_4,
                         "Contact us"])
    cleaned = clean_text(page, model=_constant_model(1.0, reach=5))
    assert stand not in cleaned.body
    assert PARA_1 in cleaned.body


def test_a_colon_heading_is_restorable_only_over_kept_lines() -> None:
    lines = split_lines("\n".join([PARA_1, "**Key dates:**", "Opening day 1 May", PARA_2,
                                    "Timetable:", PARA_3]))
    view = PageView(lines, {2: "link list"}, 0, 5, frozenset({0, 3, 5}), spaced=False)
    assert not restorable(view, 1)  # its list was dropped
    assert restorable(view, 4)  # it introduces a kept paragraph
    assert not restorable(view, 2)  # a rule named it


def test_a_date_line_or_byline_in_the_block_is_never_restorable() -> None:
    # "Date 10.06.2013" / "Author Ann Lee" under the story, which no header took: the model
    # may be sure of lines between paragraphs, but these are no body.
    lines = split_lines("\n".join([PARA_1, "Date 10.06.2013", "By Ann Lee", "Print this page",
                                    PARA_2]))
    view = PageView(lines, {}, 0, 4, frozenset({0, 4}), spaced=False)
    assert not restorable(view, 1)
    assert not restorable(view, 2)
    assert restorable(view, 3)


def bench_module(name: str) -> ModuleType:
    """A bench/ script loaded as a module (bench/ is no package; its scripts import their
    siblings, so bench/ is on the path while it loads, and it is registered for dataclasses)."""
    import importlib.util
    import sys

    bench = Path(__file__).resolve().parents[1] / "bench"
    sys.path.insert(0, str(bench))
    try:
        spec = importlib.util.spec_from_file_location(f"bench_{name}", bench / f"{name}.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(bench))
    return module


def test_training_labels_count_a_pull_quotes_words_once() -> None:
    train = bench_module("train_lines")
    body = "\n".join([PARA_1, "Fare changes", PARA_3])
    texts = ["Home", PARA_1, "The old building was never meant to handle this many people",
             "Fare changes", PARA_3, "Share"]
    # the pull quote's words are already the paragraph's; "Share" is nowhere in the body
    assert train.label_lines(texts, body) == [0, 1, 0, 1, 1, 0]


def test_a_name_in_a_list_of_people_tagged_is_no_byline() -> None:
    head = "\n".join(["Politics", "Ann Lee", "Tom Hale", "Budget"])
    cleaned = strip_chrome("\n\n".join(
        [head, "Harbour to open new ferry terminal next spring", PARA_1, PARA_2, PARA_3]))
    assert cleaned.author is None


def test_a_headline_opening_with_a_day_and_month_is_no_date() -> None:
    page = "\n\n".join(["Harbour to open new ferry terminal next spring",
                        "May 5 ferries cancelled", PARA_1, PARA_2, PARA_3,
                        "© 2024 Harbour Times"])
    assert strip_chrome(page).published is None


_TEASER_ARTICLE = [
    "The ferry between Orrin Point and the island of Calla will run twice a day from next "
    "week, the operator said on Monday, after a winter of cancelled crossings.",
    "Islanders had complained for months that the single morning boat left them stranded "
    "on the mainland whenever a hospital appointment ran late in the afternoon.",
    "The second sailing will leave the island at four and return at six, and the operator "
    "says it will keep the timetable at least until the end of the autumn season.",
    "Local councillor Edda Brann said the change was overdue but welcome, and that she "
    "would press for a third crossing on market days once the summer trade picks up.",
]
_TEASER_PAIRS = [
    ("Lighthouse keeper's cottage goes up for sale",
     "The stone cottage has stood empty since the light was automated thirty years ago."),
    ("Harbour cafe changes hands after forty years",
     "The new owners say they will keep the fish soup on the menu all year round."),
    ("Sea swimmers raise funds for lifeboat crew",
     "More than a hundred swimmers braved the cold water on the first morning of the year."),
    ("Island school celebrates its centenary",
     "Former pupils travelled from three countries to join the party in the old hall."),
]


def test_a_spaced_run_of_headlines_with_one_sentence_teasers_ends_the_article() -> None:
    """Headline + one-sentence teaser pairs under an unknown heading are a related box."""
    box = ["Round the bay"] + [line for pair in _TEASER_PAIRS for line in pair]
    text = "\n\n".join(_TEASER_ARTICLE + box)
    body = strip_chrome(text).body
    assert all(paragraph in body for paragraph in _TEASER_ARTICLE)
    assert "Round the bay" not in body
    assert not any(head in body or blurb in body for head, blurb in _TEASER_PAIRS)


def test_a_run_of_tight_teaser_cards_mid_article_is_dropped() -> None:
    """Each blurb right under its headline (no blank line): cards, not subheads."""
    cards = "\n".join(line for pair in _TEASER_PAIRS[:3] for line in pair)
    text = "\n\n".join(_TEASER_ARTICLE[:2] + [cards] + _TEASER_ARTICLE[2:] * 2)
    body = strip_chrome(text).body
    assert not any(line in body for pair in _TEASER_PAIRS[:3] for line in pair)
    assert _TEASER_ARTICLE[1] in body and _TEASER_ARTICLE[-1] in body


def test_subheads_over_one_sentence_paragraphs_mid_article_are_kept() -> None:
    """The same shape with most of the article still to come is the article's own."""
    pairs = [line for pair in _TEASER_PAIRS[:3] for line in pair]
    text = "\n\n".join(_TEASER_ARTICLE[:1] + pairs + _TEASER_ARTICLE[1:] * 3)
    body = strip_chrome(text).body
    assert all(line in body for line in pairs)
    assert _TEASER_ARTICLE[-1] in body


def test_a_long_paragraph_set_tight_between_share_labels_still_counts_in_full() -> None:
    # A share bar right above and below the opening paragraph leaves it with no blank line
    # around; a teaser blurb is never this long, so it is the article's and stays in.
    opening = " ".join([PARA_1, PARA_2, PARA_3])
    bar = "\n".join(["Share on Facebook", "Share on X", "Email this story", "Print",
                      "Comments (4)"])
    page = "\n\n".join(["Home\nNews\nSport", "Harbour to open new ferry terminal",
                         "Share\nSave\n" + opening + "\n" + bar, PARA_4, PARA_5, PARA_6,
                         "Contact us"])
    body = strip_chrome(page).body
    assert PARA_1 in body and PARA_6 in body


def test_a_one_paragraph_story_under_its_date_beats_a_longer_box_of_blurbs() -> None:
    # The story's date line sits above a share bar and tag lines, too far up to count as
    # the paragraph's own header by distance; no prose between says it is.
    story = ("Harbour staff welcomed a retired lifeboat captain to the studio on Friday, "
             "where she told listeners about forty years of rescues along the coast.")
    blurbs = [
        "From the first sailing to the last: our coverage of the regatta, all week long.",
        "Cafés with free wifi are spreading along the seafront. Here are seven of them.",
        "Our latest picks for the best fish suppers in the town and the villages nearby.",
        "All you need to know for the harbour fair: tickets, parking, food and more.",
    ]
    page = "\n".join([
        "Home", "News", "", "Lifeboat captain visits the studio", "", "June 8, 2012 6:14 AM",
        "", "Share this", "View Comments", "More Activity", "What's this?",
        "From the Morning Show", "", "Filed under", "", "Morning Show, Radio Blogs",
        "Related tags", "Harbour, Lifeboats, Radio", story, "", "Share this",
        "View Comments", "Listen Live!", "Video on demand", "More Videos",
        *(f"Regatta Photos Of Day {n}..." for n in range(1, 13)), "", "Town guides", "",
        blurbs[0], "Seafront wifi", blurbs[1], "Fish suppers", blurbs[2], "Harbour fair",
        blurbs[3], "", "News", "Sport", "Contact us",
    ])
    body = strip_chrome(page).body
    assert story in body
    assert not any(blurb in body for blurb in blurbs)


def test_an_author_box_over_the_story_names_the_bylined_writer_and_is_dropped() -> None:
    bio = ("Tom Ashworth currently works for the Gazette as a reporter. He studied history "
           "and has written about the islands for a decade.")
    page = "\n\n".join(["Home\nNews", "Harbour to open new ferry terminal",
                         "By Tom Ashworth", bio, PARA_1, PARA_2, PARA_3, "Contact us"])
    cleaned = strip_chrome(page)
    assert PARA_1 in cleaned.body and PARA_3 in cleaned.body
    assert bio not in cleaned.body
    assert any(r.text == bio and r.reason == "author bio" for r in cleaned.removed)


def test_a_first_paragraph_naming_the_writer_in_passing_stays() -> None:
    # "Tom Ashworth has" reads as a bio anywhere else, but the name does not open the line
    opening = ("Readers asked what Tom Ashworth has learned about the new terminal, and the "
               "harbour authority has now answered their questions.")
    page = "\n\n".join(["Home\nNews", "Harbour to open new ferry terminal",
                         "By Tom Ashworth", opening, PARA_1, PARA_2, "Contact us"])
    assert opening in strip_chrome(page).body


def test_a_date_and_author_printed_under_the_story_do_not_hand_the_block_to_what_follows() -> None:
    # A headline, a date and an author line after the story look like a second story's
    # header; but only a blurb follows them, so the story above stays the article.
    blurb = ("Talks between the two ferry companies resumed on Monday after a month of "
             "silence, and both sides said they hoped for a deal before the summer timetable.")
    page = "\n\n".join(["Home\nNews", "Harbour to open new ferry terminal",
                         PARA_1, PARA_2, PARA_3, PARA_4, PARA_5, PARA_6,
                         "Audios and videos on the topic",
                         "Islanders want the old pier kept\nDate 19.01.2020\nAuthor Tom Ashworth",
                         "Related content", "Ferry talks: a first step? 19.01.2020", blurb,
                         "Contact us"])
    body = strip_chrome(page).body
    assert PARA_1 in body and PARA_6 in body
    assert blurb not in body


def test_a_german_author_box_under_the_byline_is_dropped() -> None:
    # The block opens above the byline (a standfirst), and the author box sits right under
    # it: the first paragraph after the header, not the block's, is the one to check.
    standfirst = ("Die Fähre zur Insel soll ab dem Frühjahr öfter fahren, doch die Preise "
                  "steigen ebenfalls, wie die Reederei mitteilte.")
    bio = ("Anna Berger kam 2015 zur Inselzeitung. Sie schreibt über Verkehr, Häfen und "
           "die Fischerei an der Küste.")
    paras = [
        "Die Reederei will ab März drei zusätzliche Fahrten am Tag anbieten, teilte ein "
        "Sprecher am Dienstag mit. Die Nachfrage sei im vergangenen Sommer stark gestiegen.",
        "Gleichzeitig sollen die Fahrkarten um zehn Prozent teurer werden. Die Kosten für "
        "Treibstoff und Personal seien deutlich höher als noch vor zwei Jahren.",
        "Der Bürgermeister der Insel begrüßte die zusätzlichen Fahrten, kritisierte aber die "
        "höheren Preise, die vor allem Pendler und Familien träfen.",
    ]
    page = "\n\n".join(["Startseite\nPolitik", "Mehr Fähren, höhere Preise", standfirst,
                         "Von Anna Berger", bio, *paras, "Impressum"])
    cleaned = strip_chrome(page)
    assert paras[0] in cleaned.body and paras[2] in cleaned.body
    assert bio not in cleaned.body


def test_a_standfirst_repeated_as_the_opening_under_the_date_keeps_the_opening() -> None:
    # A one-paragraph wire story: the page prints the paragraph as the standfirst, then a
    # paywall counter and the date line, then the paragraph again as the story itself.
    story = ("HARBOURTON (Wire) - The island ferry company has won the regional transport "
             "prize for 2015, the jury said on Monday. It praised the new timetable, the "
             "night crossings and the company's work with schools along the coast.")
    page = "\n".join(["Home", "News", "", "Ferry company wins transport prize", "", story, "",
                      "3 free articles left this month.", "12.10.2015, 19:16", "", story, "",
                      "Newsletter", "Sign up for our daily briefing", "", "Imprint"])
    assert story in strip_chrome(page).body


def test_the_evaluation_renderer_copies_a_page_as_select_all_does() -> None:
    render_dump = bench_module("render_dump")
    html = ("<html><head><title>Not copied</title></head><body>"
            "<nav><a>Home</a> <a>News</a></nav><h1>Ferry  terminal&nbsp;opens</h1>"
            "<p>First line<br>second line</p><div hidden>Never shown</div>"
            "<div style='display: none'>Nor this</div><script>var x;</script>"
            "<table><tr><td>Fare</td><td>£4</td></tr></table><img alt='a gull'></body></html>")
    assert render_dump.render(html) == (
        "Home News\nFerry terminal opens\n\nFirst line\nsecond line\n\nFare\t£4\n")


def test_the_hand_read_bodies_name_lines_of_the_rendered_dumps() -> None:
    # bench/hand_read.json: each page's body is a rising list of its dump's line numbers
    # (1-based), of a known kind; read_body takes those lines and no others.
    external = bench_module("external")
    data = json.loads(external.HAND_READ.read_text(encoding="utf-8"))
    assert len(data["pages"]) >= 100
    for key, page in data["pages"].items():
        assert "/" in key and page["kind"] in {"news", "blog", "other"}
        assert page["lines"] == sorted(set(page["lines"])) and page["lines"][0] >= 1
    dump = "Home\nFerry terminal opens\n\nFirst line\nsecond line\n\nShare"
    assert external.read_body(dump, [4, 5, 99]) == "First line\nsecond line"


def test_the_transplant_check_swaps_only_the_article_container() -> None:
    # bench/transplant.py: the element holding every long paragraph the reference holds is
    # emptied and given the new paragraphs; menus and footers around it stay as they were.
    transplant = bench_module("transplant")
    import lxml.html

    html = ("<html><body><nav><a>Home</a> <a>News</a></nav><div id='story'>"
            f"<p>{PARA_1}</p><figure><figcaption>A gull</figcaption></figure><p>{PARA_2}</p>"
            f"<p>{PARA_3}</p></div><footer>Contact us</footer></body></html>")
    path = transplant.container_path(lxml.html.document_fromstring(html),
                                     "\n".join([PARA_1, PARA_2, PARA_3]))
    assert path is not None and path.endswith("div")
    dump = transplant.transplant(html, path, [PARA_4, PARA_5])
    assert dump == f"Home News\n{PARA_4}\n\n{PARA_5}\n\nContact us\n"


def test_the_chrome_benchmark_gives_its_f1_a_bootstrap_interval() -> None:
    # bench/chrome.py prints how far the F1 could move by the luck of which pages were drawn:
    # nothing when every page scores alike, more the more the pages differ.
    chrome = bench_module("chrome")
    alike = [chrome.PageScore(f"p{i}", 0.9, 0.9) for i in range(20)]
    assert chrome.f1_interval(alike) == pytest.approx(0.0, abs=1e-12)
    mixed = [chrome.PageScore(f"p{i}", 1.0 if i % 2 else 0.2, 1.0 if i % 2 else 0.3)
             for i in range(20)]
    assert 0.1 < chrome.f1_interval(mixed) == chrome.f1_interval(mixed)  # seeded: repeatable
    assert chrome.f1_interval(mixed[:1]) == 0.0  # one page: nothing to resample


def test_the_shape_benchmark_reshapes_a_page_and_its_truth() -> None:
    # bench/shapes.py: a live blog gets a stamp over every second paragraph and keeps its
    # truth; a story cut short keeps the page around it and cuts its truth alike.
    shapes = bench_module("shapes")
    body = [PARA_1, PARA_2, PARA_3]
    raw = ["Home", "News", "", PARA_1, "", PARA_2, "", PARA_3, "", "Contact us"]
    page, truth = shapes.live_blog(shapes.clock)(raw, body)
    assert page.splitlines() == ["Home", "News", "", "14:59", PARA_1, "", PARA_2, "",
                                 "14:52", PARA_3, "", "Contact us"]
    assert truth == "\n\n".join(body)
    page, _ = shapes.live_blog(shapes.dated_clock, every=1)(raw, body)
    assert page.splitlines()[3:9] == ["Nov 19, 2019, 14:59", PARA_1, "", "Nov 19, 2019, 14:52",
                                      PARA_2, ""]
    page, truth = shapes.gallery(raw, body)
    assert page.splitlines()[3:9] == [PARA_1, "", "1 / 12", *shapes.SLIDES[1], ""]
    assert truth == "\n\n".join(body)
    page, truth = shapes.short(raw, body)
    assert page.splitlines() == ["Home", "News", "", PARA_1, "", PARA_2, "", "Contact us"]
    assert truth == "\n\n".join([PARA_1, PARA_2])
    assert shapes.short(raw, body[:1] + ["A line no page holds."]) is None
    story = [PARA_1, PARA_2, PARA_3, PARA_4, PARA_5]
    page, truth = shapes.subheads(capitals=True)(["Home", "", *shapes.spaced(story)], story)
    head = shapes.SUBHEADS[1].upper()
    assert page.splitlines()[8:11] == [head, "", PARA_4]
    assert truth == "\n\n".join([PARA_1, PARA_2, PARA_3, head, PARA_4, PARA_5])
    page, truth = shapes.shop_box(raw, body)
    assert page.splitlines()[7:10] == [PARA_3, "", shapes.SHOP[0]]
    assert truth == "\n\n".join(body)
    page, _ = shapes.headless_cards(raw, body)
    assert "Tags: harbour, council, ferry" in page.splitlines()
    page, truth = shapes.box_before_end(raw, body)
    assert page.splitlines()[3:7] == [PARA_1, "", "READ MORE:", ""]
    assert page.splitlines()[11:16] == ["Sign up for our newsletter", "", PARA_2, "", PARA_3]
    assert truth == "\n\n".join(body)


def test_a_video_embed_label_takes_its_title_and_the_story_goes_on() -> None:
    title = "Storm batters the harbour wall overnight"
    page = "\n\n".join(["Home\nNews", "Harbour to open new ferry terminal", PARA_1, PARA_2,
                         "JUST WATCHED\n" + title + "\nReplay\nMore Videos ...",
                         PARA_3, PARA_4, "Contact us"])
    body = strip_chrome(page).body
    assert PARA_1 in body and PARA_4 in body
    assert title not in body and "JUST WATCHED" not in body


def test_spaced_cards_with_long_blurbs_under_a_related_heading_close_the_story() -> None:
    # A wire site's "Recommended" cards: each a headline over a blurb of two or three full
    # sentences, as long as the story's own paragraphs, one card straight after another.
    def blurb(topic: str) -> str:
        return (f"Ten years ago the {topic} along the river was drying out, and the reeds had "
                "given way to dust and thistles. Since the council stopped the wells and paid "
                "farmers to let the fields flood again, the water has come back, and with it "
                "the herons, the otters and a new trade in boat trips that keeps the village "
                "busy from April until the first frosts of the autumn.")
    cards = ["Recommended"]
    for head, topic in [("The marsh that came back to life", "marsh"),
                        ("A village learns to live with its water", "meadow"),
                        ("Three generations on the same island", "shore")]:
        cards += [head, blurb(topic)]
    page = "\n\n".join(["Home\nNews", "Harbour to open new ferry terminal", "By Ann Lee",
                         PARA_1, PARA_2, "Editor: Bo Chen", *cards, "About\nContact"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2])
    # a related link inside the story, then sections of two paragraphs under subheads: the
    # story goes on under the box
    story = [PARA_1, "Related", "Council approves new bus lanes", "The marsh",
             blurb("marsh"), PARA_2, "The village", blurb("meadow"), PARA_3]
    page = "\n\n".join(["Harbour to open new ferry terminal", "By Ann Lee", *story])
    assert strip_chrome(page).body.endswith(PARA_3)


def test_a_subhead_set_tight_under_a_photo_credit_is_body() -> None:
    # A page copy puts a blank line after a heading but none after the credit above it.
    subhead = "What lies beneath"
    page = "\n\n".join([PARA_1, PARA_2, "Divers inspect the old quay wall.\nGetty Images\n"
                        + subhead, PARA_3, PARA_4])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, subhead, PARA_3, PARA_4])
    # a two-word line there is the photo's credit, and a button printed over every offer
    # is no subhead either
    credit = "\n\n".join([PARA_1, PARA_2, "Divers inspect the old quay wall.\nGetty Images\n"
                          "Harbour Robotics", PARA_3, PARA_4])
    assert "Harbour Robotics" not in strip_chrome(credit).body
    shop = "\n\n".join([PARA_1, "Getty Images\nGo to the shop", PARA_2,
                        "Getty Images\nGo to the shop", PARA_3, PARA_4])
    assert "Go to the shop" not in strip_chrome(shop).body


def test_a_read_more_teaser_inside_the_story_leaves_the_paragraph_under_it_whole() -> None:
    # A tabloid's inline box: the label and one headline in <div>s, the story's next
    # paragraph set tight under them; and an embedded post's credit line over a paragraph.
    teaser = "READ MORE\nSeagull steals pensioner's ice cream and comes back for more"
    under = "Retired postman Alan Hill, 72, who lives opposite, said: \"She walked in.\""
    post = ("Came home from holiday to this. We have a lodger now pic.twitter.com/Xk3Rw9\n\n"
            "— Ann Lee (@annlee84) July 8, 2019\n"
            "One user replied: \"Charge her rent,\" while another said it was very British.")
    page = "\n\n".join(["Home\nNews", "Swan moves into family's driveway", "By Ann Lee",
                         PARA_1, PARA_2, teaser + "\n" + under, PARA_3, post,
                         "They will usually move on once the cygnets are strong enough.",
                         "Top Stories\nFootball\nCelebs\nWeather"])
    body = strip_chrome(page).body
    assert "Seagull steals" not in body and under in body
    assert body.endswith("They will usually move on once the cygnets are strong enough.")
    assert reasons(page)["READ MORE"] == "related teaser"


def test_cards_with_a_read_more_link_each_under_a_short_wire_story_close_it() -> None:
    # A TV station prints a wire story of three tight paragraphs, then its own stories:
    # headline, a blurb of some fifty words, "Read more", one after another.
    story = [PARA_1, PARA_2, "Ferry crews said the new timetable starts on Monday."]
    def blurb(topic: str) -> str:
        return (f"Islanders will get a say on the {topic} at a meeting in the harbour hall "
                "on Thursday evening, after months of complaints from parents, shopkeepers "
                "and the fishing fleet about noise, parking and the rising cost of the "
                "crossing to the mainland, the council said in a statement on Tuesday.")
    cards = ["More Stories"]
    for head, topic in [("Council approves splash pad for the harbour park", "splash pad"),
                        ("Deputies search for driver who fled on the quay road", "quay road"),
                        ("Harbour school graduate heads to welding finals", "school"),
                        ("Heat advisory: warm weekend ahead on the islands", "heat")]:
        cards += [head, blurb(topic) + "\nRead more"]
    page = "\n\n".join(["Home\nNews", "Scout found alive after two nights", "\n".join(story),
                         "Copyright 2019 The Island Press. All rights reserved.", *cards,
                         "Contact\nJobs"])
    assert strip_chrome(page).body == "\n\n".join(story)


def test_a_digest_of_stamped_stories_under_a_heading_closes_the_story() -> None:
    # "Top stories": each a headline, its time, then two full paragraphs; together
    # more prose than the story above them
    digest = ["Top stories today"]
    for head, clock in [("Harbour road to narrow for two months of repairs", "09:15"),
                        ("Island rowing club reaches the national final", "12:40"),
                        ("Library extends its summer opening hours", "16:05")]:
        digest += [head, clock + "\n" + PARA_5, PARA_6]
    page = "\n\n".join(["Home\nNews", "Harbour to open new ferry terminal", "By Ann Lee",
                         PARA_1, PARA_2, PARA_3, *digest, "Contact\nJobs"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])


def test_a_forums_thread_with_reply_to_this_and_parent_rows_is_comments() -> None:
    # A discussion site: the story is a short summary; each comment ends in an action row,
    # "Reply to This" under a first comment and "Parent" under each reply.
    def comment(head: str, text: str, row: str) -> str:
        return "\n\n".join([f"{head} (Score:4, Insightful)",
                            "by harbour_fan ( 1120934 ) writes: on Wednesday March 13, 2019",
                            text, f"{row}\nShare\ntwitter\nfacebook"])
    thread = [comment("Ferries are not routers", PARA_3 + " " + PARA_4, "Reply to This"),
              comment("Re:Ferries are not routers", PARA_5 + " " + PARA_6, "Parent"),
              comment("Re:Ferries are not routers", PARA_4 + " " + PARA_3, "Parent"),
              comment("Old timetables", PARA_6 + " " + PARA_5, "Reply to This")]
    page = "\n\n".join(["Harbour to open new ferry terminal", PARA_1, PARA_2,
                         "Load All Comments", *thread, "Slashboard\nAbout\nFAQ"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2])


def test_a_story_under_its_date_keeps_its_anchor_across_a_doubled_caption() -> None:
    # The photo's caption, printed twice, sits between the date line and the story's first
    # paragraph: it is no prose that parts the story from its date (a box of photo news
    # elsewhere, with no date of its own, must not win over the story for want of one).
    from newsum.chrome.text import _anchored

    caption = "Otters photographed by a trail camera beside the reservoir last month."
    lines = split_lines("\n".join(["Otters return to the harbour reservoir", "By Ann Lee",
                                   "Published 2019.05.14 10:23", "Share", "Print", caption,
                                   caption, PARA_1]))
    first = len(lines) - 1
    assert _anchored(lines, first, captions=frozenset({first - 2, first - 1}))
    assert not _anchored(lines, first)  # (without the rules' word, a caption is prose)


def test_a_live_blogs_entries_after_a_related_box_are_no_digest() -> None:
    # Entries go on under a related box; two of them have a headline over their stamp, the
    # rest a stamp alone: a live blog, not a day's digest of other stories.
    entries = []
    for n, para in enumerate([PARA_3, PARA_4, PARA_5, PARA_6, PARA_2]):
        head = ["Fares: what the council decided"] if n in (0, 3) else []
        entries += ["\n".join([*head, f"14:{10 + n:02d}", para])]
    page = "\n\n".join(["Harbour live: the ferry vote", "By Ann Lee", "12 March 2024",
                         PARA_1, "Top stories\nCouncil approves bus lanes\nFerry fares to rise",
                         *entries, "Contact\nJobs"])
    assert strip_chrome(page).body.endswith(PARA_2)


def test_a_sidebars_table_under_the_share_bar_is_not_the_storys() -> None:
    # A match preview of two tight paragraphs, then the share bar and tags, then the
    # league's table; the next box ("More football news") ends the block below the table.
    table = "\n".join(["League table", "Pos\tTeam\tP\tPts", "1\tHarbour Town\t40\t81",
                       "2\tQuay Rovers\t40\t77", "3\tIsland United\t40\t73", "View full table"])
    page = "\n\n".join(["Harbour Town v Quay Rovers preview", "By Ann Lee",
                         "12 March 2024", PARA_1 + "\n" + PARA_2,
                         "Tags\nHarbour Town\nQuay Rovers\nShare this article\nFacebook\nTwitter",
                         table, "More football news", "Quay Rovers on verge of promotion",
                         PARA_5, "Island United fined over pitch invasion", PARA_6,
                         "Contact\nJobs"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2])
    # a table set right under the story's last paragraph closes it, and stays
    page = "\n\n".join(["Harbour Town v Quay Rovers preview", "By Ann Lee",
                         "12 March 2024", PARA_1, PARA_2, table, "Contact\nJobs"])
    assert "1\tHarbour Town\t40\t81" in strip_chrome(page).body


def test_a_question_headline_among_teaser_cards_does_not_break_them() -> None:
    # "Mailbox: Is this ...?" reads as a sentence, yet heads a card like the others
    def card(head: str) -> list[str]:
        return [head, f"Fans of {head.split()[0]} have their say on the season so far, and "
                      "the club's manager answers them in a long interview this week."]
    cards = ["More football news", *card("Quay Rovers on verge of promotion"),
             *card("Mailbox: Is this the tightest play-off race in years?"),
             *card("Island United fined over pitch invasion")]
    page = "\n\n".join(["Harbour Town v Quay Rovers preview", "By Ann Lee",
                         "12 March 2024", PARA_1 + "\n" + PARA_2, *cards, "Contact\nJobs"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2])


def test_a_video_description_framed_by_its_player_is_not_the_story() -> None:
    # The player's controls and the clip's title over its description, its credit and
    # "Next video" under it; the story starts under the player.
    description = ("Crews from the harbour board have worked for three weeks on the new storm "
                   "drain under the quay road, which will close for two days from Tuesday.")
    player = "\n".join(["VIDEO", "Autoplay", "Unmute", "Full screen", "00:00 / 01:27",
                        "How the storm drain under the quay road is built"])
    page = "\n\n".join(["Quay road to close for 48 hours", "By Ann Lee", "12 March 2024",
                         player, description, "Video: Jo Roe / Harbour TV\nNext video\n"
                         "Dog rescued from the harbour canal\nMore videos\n" + PARA_1,
                         PARA_2, "Contact\nJobs"])
    body = strip_chrome(page).body
    assert description not in body and body.endswith(PARA_2)
    # a paragraph between two players, with no title or credit of a clip beside it, stays
    page = "\n\n".join(["Quay road to close for 48 hours", "By Ann Lee", "12 March 2024",
                         PARA_1, "Next video", PARA_2, "More videos", PARA_3, "Contact\nJobs"])
    assert PARA_2 in strip_chrome(page).body


def test_a_comment_count_in_the_share_bar_is_no_thread_over_the_story() -> None:
    # "Comments (3)" links from the share bar to the thread's heading, which prints it again
    comment = ["~harbour_gull", "14 October 2019, 10:41",
               "Finally some news about the ferry that is not about the price of a ticket.",
               "Reply"]
    thread = [line for n in range(3) for line in comment[:1] + [
        f"14 October 2019, 1{n}:41"] + comment[2:]]
    article = [PARA_1, PARA_2, PARA_3, PARA_4]
    page = "\n".join([
        "We use cookies to understand how you use our site and to show you adverts that suit "
        "you; by going on you agree to our use of them.",
        "", "Ferry terminal to open next spring", "",
        "The island's new terminal will cut the crossing by a third, the council says.", "",
        "Anna Lee", "14 October 2019, 10:05", "Comments (3)", "Share", "",
        "\n\n".join(article), "", "Comments (3)", *thread, "© 2019 Island Courier"])
    assert strip_chrome(page).body == "\n\n".join(article)
    # ... and when the thread has a heading of its own, the story before the first comment's
    # date line tells the count from the thread's start
    page = page.replace("\n\nComments (3)\n", "\n\nReader comments\n")
    assert strip_chrome(page).body == "\n\n".join(article)


def _dated_page(*lines: str) -> str:
    """A page with a headline, byline and date line over the given lines."""
    return "\n".join(["Ferry terminal to open next spring", "", "By Ann Lee", "14 October 2019",
                      "", *lines])


def test_a_paragraph_under_a_related_box_is_no_card_of_the_footers_lines() -> None:
    # the footer's legal lines read as prose under short lines, but no card of a box sits
    # under the page's copyright line: the story's last paragraph under the box stays
    page = _dated_page(
        PARA_1, "", PARA_2, "", "Related stories",
        "Island bakery wins a national prize for its rye bread", PARA_3, "",
        "Tags:", "ferries", "harbour", "",
        "© 2011–2019 Island Courier. All rights reserved.",
        "Material from this site may be used only with a link to the Island Courier.",
        "The views of our columnists need not match the views of the editors.",
        "Our pages keep small files on your computer to remember what you read.",
    )
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])


def test_a_story_goes_on_under_a_stack_of_bare_headlines_set_tight_over_it() -> None:
    # three headlines with no blurb: a box of links inside the story, so the paragraph set
    # tight under the last one is no blurb, and the story's last two paragraphs stay
    page = _dated_page(
        PARA_1, "", PARA_2, "", "Related stories",
        "Island bakery wins a national prize for its rye bread",
        "Lighthouse keeper retires after forty years on the rock",
        "Seal pup found asleep on the ferry ramp at dawn", PARA_3, "", PARA_4, "",
        "Tags", "ferries", "harbour", "News feed",
        *[line for n, (title, blurb) in enumerate(FEED) for line in (f"1{n}:05", title, blurb)],
        "© 2019 Island Courier")
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])


FEED = [("Council delays vote on new harbour wall",
         "Members want more time to study the flood figures before they commit the budget."),
        ("Rail line reopens after winter repairs",
         "Commuters can expect the first trains on the restored track from early next month."),
        ("School choir heads to national final",
         "Thirty pupils will sing in front of judges for the first time since the contest began.")]


def test_labelled_links_between_short_paragraphs_are_no_box_of_cards() -> None:
    # "Read also: ..." before each paragraph: links set between the story's paragraphs, not
    # a closing box of link cards with a blurb each
    links = [f"Read also: {title}" for title, _ in FEED]
    page = "\n\n".join(["Ferry terminal to open next spring", "By Ann Lee", PARA_1,
                        *[line for pair in zip(links, [PARA_2, PARA_3, PARA_4], strict=True)
                          for line in pair], "© 2019 Island Courier"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])


def test_the_last_paragraph_under_a_stack_of_bare_headlines_counts_in_full() -> None:
    # one paragraph set tight under the box's headlines still outweighs the box's cost
    page = _dated_page(
        PARA_1, "", PARA_2, "", PARA_3, "", "Read also: Harbour wall vote put off again", "",
        "Related stories", "Island bakery wins a national prize for its rye bread",
        "Lighthouse keeper retires after forty years on the rock", LAST, "",
        "Tags", "ferries", "harbour", "Share", "Facebook", "Twitter", "© 2019 Island Courier")
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3, LAST])


LAST = ("Repairs to the old pier will start once the new terminal is open, and the council "
        "expects them to take a year.")


def test_a_story_goes_on_under_a_box_of_labelled_headlines_over_teaser_cards() -> None:
    # "PLUS" labels between the box's headlines, and a rail of teaser cards lower down: the
    # paragraph under the box is still the story's last, not the first of the cards
    cards = [line for title, blurb in FEED for line in (title, blurb)]
    page = _dated_page(
        PARA_1, "", PARA_2, "", "Related stories", "PLUS",
        "Island bakery wins a national prize for its rye bread",
        "Lighthouse keeper retires after forty years on the rock", "PLUS",
        "Seal pup found asleep on the ferry ramp at dawn", PARA_3, "",
        "Tags", "ferries", "harbour", "Share", "Facebook", "Twitter", "WhatsApp", "Email",
        "Print", "", "More from the region", *cards, "© 2019 Island Courier")
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])


def test_a_gallery_between_the_story_s_paragraphs_does_not_cut_it() -> None:
    # slide counters, captions and credits, then the gallery's buttons: the paragraphs set
    # tight under the gallery are the story's, as a table between paragraphs would not part
    slides = [line for n, caption in enumerate(["Crowds gather on the quay at dawn",
                                                "The old terminal seen from the water",
                                                "A ferry leaves the harbour in heavy rain",
                                                "Workers repair the damaged pier"], 1)
              for line in (f"{n} of 4", caption, f"{caption}. Photo: Ann Lee")]
    page = _dated_page(
        PARA_1, "", "Photo gallery", *slides, "Previous", "Next", LAST, "", PARA_2, "",
        "Tags", "ferries", "harbour", "Share", "Facebook", "Twitter", "© 2019 Island Courier")
    assert strip_chrome(page).body == "\n\n".join([PARA_1, LAST, PARA_2])


def test_a_doubled_caption_right_under_the_header_is_the_lead_photo_s() -> None:
    # no credit and no inner sentence, but only the share bar between it and the date line:
    # the paragraph set tight under it is the story's first, no teaser's blurb
    caption = "A corner of the new harbour park"
    page = "\n".join([
        "Ferry terminal to open next spring", "", "Ann Lee", "14 October 2019 02:15",
        "Share", "Facebook", "Twitter", "A+", "A-", caption, caption, PARA_1, "", PARA_2, "",
        PARA_3, "", "Tags", "ferries", "© 2019 Island Courier"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])


def test_a_caption_tight_under_the_share_bar_over_its_credit_is_dropped() -> None:
    caption = "Ann Lee checks the tide tables on the quay before the first crossing."
    credit = "Photo by Bo Ray/Island Courier"
    head = ["Ferry terminal to open next spring", "", "By Ann Lee", "14 October 2019", "",
            "Share", "Facebook", "Email"]
    page = "\n".join([*head, caption, credit, PARA_1, "", PARA_2, "", PARA_3, "",
                      "© 2019 Island Courier"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])
    # ... but a paragraph under an ad slot's label is the story going on, whatever follows
    page = "\n".join([*head, "", PARA_1, "", "Advertisement", PARA_2, credit, PARA_3, "",
                      "© 2019 Island Courier"])
    assert PARA_2 in strip_chrome(page).body


def test_a_paragraph_set_tight_under_a_photo_s_caption_counts_in_full() -> None:
    # a figure inside the story prints its caption and credit with no blank under them: the
    # short paragraph there is the story's last, not a teaser's blurb
    figure = ["Containers stacked on the quay on Aug. 20.", "Photographer: Bo Ray/Marketline",
              "Containers stacked on the quay on Aug. 20. Photographer: Bo Ray/Marketline"]
    page = _dated_page(
        PARA_1, "", PARA_2, "", *figure, LAST, "", "Have a tip for our reporters? Get in touch",
        "Most Read", "1", "Council delays vote on new harbour wall", "2",
        "Rail line reopens after winter repairs", "© 2019 Island Courier")
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, LAST])


def test_a_caption_between_two_copies_of_its_credit_is_dropped() -> None:
    # a local paper's template: credit, "Buy Now", caption, credit, then the story goes on
    figure = ["Staff photo by Bo Ray", "Buy Now",
              "Gardeners sort donated seed packets at the library in May.",
              "Staff photo by Bo Ray"]
    page = _dated_page(
        PARA_1, "", *figure, PARA_2, "", PARA_3, "", "© 2019 Island Courier")
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])


def test_a_caption_set_right_under_another_figure_s_credit_on_a_tight_page() -> None:
    # a page of tight lines: the story's last lines are two figures, the second caption
    # right under the first one's credit, and then a related box, not the story going on
    figures = ["Two officers stand at a safe distance from the alpaca with their arms out",
               "Credit: SWNS",
               "The gap in the storm-damaged hedge at the farm park through which the alpaca "
               "is believed to have escaped some time before seven on Tuesday morning",
               "Credit: SWNS"]
    page = "\n".join(["Alpaca stops rush-hour traffic", "By Ann Lee", "19 November 2019",
                      PARA_1, PARA_2, PARA_3, *figures, "Read more:",
                      "Police hunt for a missing tortoise", "© 2019 Island Courier"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])


def test_a_short_caption_with_no_full_stop_over_a_named_credit_is_dropped() -> None:
    # the alt text, then the caption with its credit run on (a tabloid's figure)
    caption = "Staff put up cones around the bird as customers queued to get past"
    page = _dated_page(
        PARA_1, "", caption, caption + "Credit: Island Gazette / SWNS", "", PARA_2, "",
        PARA_3, "", "© 2019 Island Courier")
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])
    # ... but a subhead has its paragraph under it, no credit
    page = page.replace(caption + "Credit: Island Gazette / SWNS\n", "")
    assert caption in strip_chrome(page).body


def test_a_caption_tight_under_a_share_bar_line_the_rules_name_is_dropped() -> None:
    caption = ("A water tanker fills the village reservoir in the square of Saint-Aubin, in the "
               "hills above the river valley, on 10 August.")
    page = _dated_page(
        "Share on Facebook", "Share on LinkedIn", caption, "Photo Bo Ray / AFP",
        PARA_1, "", PARA_2, "", PARA_3, "", "© 2019 Island Courier")
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])


def test_an_embedded_player_s_titles_and_lengths_part_no_story() -> None:
    # a player between the story's paragraphs: its clip's title and length over its play
    # button, the next clip under "Up next", its controls; the last paragraph stays
    player = ["Video", "Cows on the line: how the rescue went", "01:34 Min", "Play video",
              "Up next", "Farmers fear for the harvest after the dry spring", "02:08 Min",
              "Subtitles", "Full screen"]
    page = _dated_page(
        PARA_1, "", PARA_2, "", "Advertisement", *player, LAST, "", "Related stories",
        "Island bakery wins a national prize for its rye bread",
        "Lighthouse keeper retires after forty years on the rock", "© 2019 Island Courier")
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, LAST])


def test_an_embedded_post_s_credit_over_a_labelled_player_is_body() -> None:
    post = "The dyke at the village is being repaired, no danger to residents"
    credit = "— Island Water Board (@islandwater) 14 May 2020"
    page = _dated_page(
        PARA_1, "", PARA_2, "", post, "", credit, "Video", "How the dyke was mended",
        "01:12", "Play", "", PARA_3, "", "© 2019 Island Courier")
    body = strip_chrome(page).body
    assert credit in body and PARA_3 in body


def test_the_last_paragraph_under_an_embedded_post_and_an_ad_stays() -> None:
    # the post's credit line is the story's own and costs the block nothing
    post = "Fire under control in the garage on River Street. The building was cleared."
    credit = "— Island Fire Service (@islandfire) 23 October 2020"
    page = _dated_page(
        PARA_1, "", PARA_2, "", post, "", credit, "Advertisement", LAST, "",
        "Advertisement", "Tags", "ferries", "© 2019 Island Courier")
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, post, credit, LAST])


def test_the_paragraph_under_a_one_headline_box_after_an_embedded_post_stays() -> None:
    post = "We are aware some timetable screens keep restarting after the update. A fix is coming."
    credit = "— Island Ferries Help (@islandhelp) March 10, 2020"
    page = _dated_page(
        PARA_1, "", PARA_2, "", post, "", credit, "Related",
        "Ferry timetable screens get a smarter update", LAST, "", "Filed under:", "Ferries",
        "© 2019 Island Courier")
    assert strip_chrome(page).body.endswith("\n\n".join([credit, LAST]))


def test_an_instagram_post_s_credit_is_the_story_s_and_parts_nothing() -> None:
    post = "Good news! From Friday the water rationing is lifted in every district."
    credit = ("Uma publicação compartilhada por Prefeitura de Ilha (@prefilha) em 20 de Nov, "
              "2019 às 9:14 PST")
    page = _dated_page(
        PARA_1, "", "Ver essa foto no Instagram", post, credit, "Publicidade", PARA_2, "",
        "Tags", "água", "© 2019 Island Courier")
    assert strip_chrome(page).body == "\n\n".join([PARA_1, post, credit, PARA_2])


def test_an_embedded_post_s_text_ending_on_its_picture_link_parts_nothing() -> None:
    post = ("Road closed at km 7 after a landslide. Engineers are checking the slope. "
            "Updates to follow. pic.twitter.com/Rr8abc")
    credit = "— Island Council (@islandcouncil) 21 November 2019"
    page = _dated_page(
        PARA_1, "", PARA_2, "", post, credit, "Advertisement", LAST, "", "Tags",
        "© 2019 Island Courier")
    assert strip_chrome(page).body.endswith("\n\n".join([post, credit, LAST]))


def test_an_embedded_post_s_credit_that_a_teaser_rule_would_take_stays() -> None:
    # a broadcaster's skip links around a post, and a credit set like a teaser's byline
    credit = "— Island Fire (@islandfire) April 18, 2019"
    post = "Crews are at the scene of a grass fire near the quay. Please avoid the area."
    page = _dated_page(
        PARA_1, "", "Skip Twitter post by @islandfire", post, credit,
        "End of Twitter post by @islandfire", "", PARA_2, "", PARA_3, "",
        "© 2019 Island Courier")
    body = strip_chrome(page).body
    assert credit in body and "Skip Twitter" not in body and body.endswith(PARA_3)


def test_a_stock_quote_box_between_the_story_s_paragraphs_parts_nothing() -> None:
    # a markets story's quote box: ticker, price, change, chart periods, trading figures;
    # the opening paragraph over it is the story's, the box's lines are not
    quote = ["HBFY", "Harbour Ferries Inc.", "NYSE", "$41.27", "-6.74", "-14.04%", "1D", "5D",
             "1M", "YTD", "1Y", "Volume", "8.2M", "65 Day Avg. Vol.", "1.9M", "Previous Close",
             "$48.01", "As of 2:41 p.m. ET 11/19/19. Delayed quote."]
    page = "\n".join([
        "Ferry operator's shares sink after it cuts its forecast", "", "By Ann Lee",
        "14 October 2019", "Share", "Facebook", "Twitter", PARA_1, *quote, "Advertisement",
        PARA_2, "", PARA_3, "", "Related stories",
        "Island bakery wins a national prize for its rye bread",
        "Lighthouse keeper retires after forty years on the rock", "© 2019 Island Courier"])
    cleaned = strip_chrome(page)
    assert cleaned.body == "\n\n".join([PARA_1, PARA_2, PARA_3])
    assert ("NYSE", "market data") in [(r.text, r.reason) for r in cleaned.removed]


def test_a_quote_box_set_as_table_rows_under_the_story_leaves_it() -> None:
    rows = ["Harbour Ferries Inc.", "HBFY\t$38.12\t-6.21\t-14.01%",
            "Volume\t9.84M\t65 Day Avg\t2.11M", "Open\t40.05\tPrev Close\t44.33"]
    page = "\n".join(["Ferry operator's shares sink", "", "By Ann Lee", "14 October 2019", "",
                      PARA_1, "", PARA_2, "", *rows, "© 2019 Island Courier"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2])


def test_a_results_table_in_the_story_is_no_quote_box() -> None:
    # party codes and signed swings look like tickers and changes, but nothing in the table
    # is a trading figure, a chart period or an exchange
    table = ["Party\tVotes\tShare\tSwing", "CON\t21,402\t43.6%\t+1.2", "LAB\t15,770\t32.1%\t-7.9",
             "LD\t8,113\t16.5%\t+6.0"]
    page = "\n".join(["Island seat stays blue", "", "By Ann Lee", "14 October 2019", "",
                      PARA_1, "", *table, "", PARA_2, "", "© 2019 Island Courier"])
    assert all(row in strip_chrome(page).body for row in table[1:])


def test_a_newsletter_box_s_pitch_between_its_prompts_is_dropped() -> None:
    # the box sits between the story's paragraphs; its pitch reads as prose, but a story's
    # paragraph never stands between two of the box's own lines
    pitch = ("Harbour Notes is the briefing that the island's skippers, traders and councillors "
             "read first, with the tides and the ferry times.")
    page = _dated_page(
        PARA_1, "", PARA_2, "", "Get the island's news in your inbox every morning.", "",
        pitch, "", "Sign up for free and get the newsletter.", "Your email", "Sign up", "",
        PARA_3, "", "© 2019 Island Courier")
    body = strip_chrome(page).body
    assert body == "\n\n".join([PARA_1, PARA_2, PARA_3])


def test_a_paragraph_under_a_newsletter_prompt_alone_stays() -> None:
    page = _dated_page(
        PARA_1, "", "Sign up for free and get the newsletter.", "", PARA_2, "", PARA_3, "",
        "© 2019 Island Courier")
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])


def test_the_story_goes_on_under_an_inline_box_past_a_post_and_a_player() -> None:
    # a related box between the story's paragraphs, then an embedded post (its credit line
    # is the story's own) and a player's loading lines: the paragraphs under them run on
    post = "Crews remain at the scene on Canal Street. Please avoid the area and keep windows shut."
    credit = "— Island Fire Service (@islandfire) March 8, 2020"
    second = "People on Wharf Terrace were asked to keep their doors closed because of the smoke."
    last = "Nobody was hurt, and the cause will be looked into once the building is safe."
    page = _dated_page(
        PARA_1, "", "Read More", "Related Articles",
        "Island bakery wins a national prize for its rye bread", "Related Articles",
        "Lighthouse keeper retires after forty years on the rock",
        "The quay at dawn (Image: Island Courier)", post, "", credit, second, "",
        "Video Loading", "Video Unavailable", "Click to play", "The video will start in 8",
        "Cancel", "Play now", last, "", "Comments", "12", "Join the conversation",
        "© 2019 Island Courier")
    assert strip_chrome(page).body == "\n\n".join([PARA_1, post, credit, second, last])


def test_a_list_under_the_story_s_own_subhead_stays_in_the_body() -> None:
    # no colon introduces it: a subhead, short items in sentence case, and the story going
    # on tight under the last item, past a picture between it and the paragraph above
    items = ["1,140 member shares sold at $100 each",
             "A $250,000 loan from the island's development fund",
             "$60,000 from the harbour board", "Donated freezers from a closed shop"]
    resumed = ("People were driving 45 minutes for milk, said the board's chair. We would rather "
               "own the shop than wait for someone else to open one.")
    page = "\n".join([
        "Island co-op opens its doors", "", "By Ann Lee", "14 October 2019", "", PARA_1, "",
        "Story continues below advertisement", "Open this photo in gallery:",
        "The board's chair cuts the ribbon on Tuesday morning.", "Ann Lee/The Island Courier",
        "How the co-op raised the money", "", *items, resumed, "", "Comments", "12",
        "© 2019 Island Courier"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, "How the co-op raised the money",
                                                   *items, resumed])



CO_OP_ITEMS = ["1,140 member shares sold at $100 each",
               "A $250,000 loan from the island's development fund",
               "$60,000 from the harbour board", "Donated freezers from a closed shop"]
CO_OP_RESUMED = ("People were driving 45 minutes for milk, said the board's chair. We would "
                 "rather own the shop than wait for someone else to open one.")


@pytest.mark.parametrize(("over", "under"), [
    # an ad slot between the last item and the paragraph, and one over the paragraph above
    (["Advertisement", PARA_1], ["", "Advertisement", CO_OP_RESUMED]),
    # the story's next subhead closes the list, set tight under its last item
    ([PARA_1], ["Who runs it now", "", CO_OP_RESUMED]),
    # a newsletter box between the paragraph above and the subhead
    ([PARA_1, "", "Sign up for our morning newsletter", "Enter your email", "Sign up"],
     [CO_OP_RESUMED]),
], ids=["ad slots", "next subhead", "newsletter box"])
def test_a_list_under_a_subhead_stays_past_what_the_page_sets_around_it(
        over: list[str], under: list[str]) -> None:
    page = "\n".join([
        "Island co-op opens its doors", "", "By Ann Lee", "14 October 2019", "", *over, "",
        "How the co-op raised the money", "", *CO_OP_ITEMS, *under, "", "Comments", "12",
        "© 2019 Island Courier"])
    body = strip_chrome(page).body.split("\n\n")
    assert body[body.index("How the co-op raised the money"):][:len(CO_OP_ITEMS) + 1] == [
        "How the co-op raised the money", *CO_OP_ITEMS]
    assert body[-1] == CO_OP_RESUMED




@pytest.mark.parametrize("credit", ["Contributed", "Image: Kestrel Motors"])
def test_a_caption_tight_under_its_credit_and_over_a_paragraph_is_no_body(credit: str) -> None:
    # a figure's credit and caption are one block with no blank line, the story's next
    # paragraph tight under it and a blank line under that
    caption = "Farmers look on as one of the new water tanks is delivered on Tuesday."
    page = "\n".join([
        "Island co-op opens its doors", "", "By Ann Lee", "14 October 2019", "", PARA_1, "",
        credit, caption, CO_OP_RESUMED, "", PARA_1.replace("spring", "summer"), "",
        "Comments", "12", "© 2019 Island Courier"])
    body = strip_chrome(page).body.split("\n\n")
    assert caption not in body
    assert CO_OP_RESUMED in body



def test_a_paragraph_between_two_captions_with_their_credits_is_body() -> None:
    # the caption under it runs its credit on after its own sentence: it is the next
    # picture's, no bare credit that makes the paragraph over it a caption
    captions = ["Crews use a rescue strap to pull the horse from the pond. Photo courtesy: "
                "Lamar County Fire District", "Biscuit rests in her barn Tuesday afternoon. "
                "Photo courtesy: Jana Hadley"]
    owner = ('Her owner, Jana Hadley, said Biscuit was "shaking like a leaf but eating hay '
             'within the hour." A vet checked the horse on Tuesday.')
    page = "\n".join([
        "Firefighters rescue horse from frozen pond", "", "By Ann Lee", "14 January 2019", "",
        PARA_1, "", PARA_2, "", captions[0], owner, captions[1], "ADVERTISEMENT", PARA_3, "",
        "Copyright 2019 Highplains Broadcasting, Inc. All rights reserved."])
    body = strip_chrome(page).body.split("\n\n")
    assert owner in body
    assert not set(captions) & set(body)


def test_a_lead_caption_tight_under_the_share_bar_and_over_the_first_paragraph_is_no_body(
        ) -> None:
    # the lead picture sits between the share bar and the story: its caption has no blank
    # line under it, as the story's paragraphs do
    caption = "Dolly the alpaca calmly munches grass on the roundabout on Tuesday morning."
    page = "\n".join([
        "Alpaca stops rush-hour traffic", "", "By Ann Lee", "14 October 2019", "", "Share",
        "View comments", caption, PARA_1, "", PARA_2, "", PARA_3, "", "© 2019 Island Courier"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])


def test_an_interview_question_tight_over_its_answer_under_an_ad_slot_is_body() -> None:
    question = "Will the new terminal be ready before the summer timetable starts?"
    page = "\n".join([
        "Harbour chief: 'We will be ready'", "", "By Ann Lee", "14 October 2019", "", PARA_1,
        "", "Advertisement", question, PARA_2, "", PARA_3, "", "© 2019 Island Courier"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, question, PARA_2, PARA_3])


def test_kicker_headed_teasers_under_a_read_more_label_are_no_body() -> None:
    # a tabloid's box inside the story: its label, then headlines that open on a kicker in
    # capitals; the story's paragraphs go on under it
    teasers = ["VILLA SPLIT Ryan and Becca split weeks after moving in together",
               "'SO PROUD' Villa winner Jade shows off baby bump on romantic break"]
    page = "\n".join([
        "Reality star opens cupcake shop", "", "By Ann Lee", "14 October 2019", "", PARA_1, "",
        PARA_2, "", "READ MORE ON LOVE VILLA", "", *teasers, PARA_3, "", "© 2019 The Clarion"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])

def test_a_caption_under_a_bare_image_label_is_no_body() -> None:
    # "Image:" over each picture's caption, on a page with paragraphs set tight
    captions = ["Firefighters used an aerial platform to reach the centre of the fire",
                "Part of the road was closed to traffic"]
    paras = [PARA_1, CO_OP_RESUMED, "The fire service said crews would stay at the site "
             "overnight to damp down hot spots, and asked people to keep windows shut."]
    page = "\n".join([
        "Island co-op opens its doors", "By Ann Lee", "14 October 2019", paras[0],
        "Image:", captions[0], paras[1], "Image:", captions[1], paras[2],
        "Related Topics", "Fire", "© 2019 Island Courier"])
    body = strip_chrome(page).body.split("\n\n")
    assert body == paras

def test_a_list_under_a_subhead_right_under_a_read_also_teaser_is_the_storys() -> None:
    # a "Related" label and its one headline inside the story, then the story's subhead
    # (a blank line under it, as a heading prints) over its own list
    page = "\n".join([
        "Island co-op opens its doors", "", "By Ann Lee", "14 October 2019", "", PARA_1, "",
        "Related", "Ferry timetable to change after the harbour board's spring vote on fares and routes",
        "How the co-op raised the money", "", *CO_OP_ITEMS, "Who runs it now", "",
        CO_OP_RESUMED, "", "Comments", "12", "© 2019 Island Courier"])
    body = strip_chrome(page).body.split("\n\n")
    assert "Ferry timetable to change after the harbour board's spring vote on fares and routes" not in body
    assert body[1:] == ["How the co-op raised the money", *CO_OP_ITEMS, "Who runs it now",
                        CO_OP_RESUMED]

def test_single_words_under_a_short_line_between_paragraphs_are_no_story_list() -> None:
    # a share bar in words no phrase list knows, under the writer's name: a story's list
    # items are phrases
    entries = ["0 Dessa", "Urvik", "Molten", "Farrow"]  # "0 Shares", then its buttons
    page = "\n".join([
        "Island co-op opens its doors", "", "By Ann Lee", "14 October 2019", "", PARA_1, "",
        "Kvitra Palmo", "", *entries, CO_OP_RESUMED, "", "Comments", "12", "© 2019 Island Courier"])
    assert not set(entries) & set(strip_chrome(page).body.split("\n\n"))


HARBOUR_PLAN = [
    "Widen the quay road between the ferry terminal and the fish market",
    "Build a new footbridge over the inner basin for walkers and cyclists",
    "Replace the old lock gates that were installed in the nineteen sixties",
    "Add forty moorings for small boats on the eastern side of the harbour",
    "Plant trees along the promenade and add benches every fifty metres",
    "Move the bus stop closer to the station entrance for easier transfers",
    "Restore the lighthouse keeper's cottage as a small visitor centre",
    "Open a public slipway for kayaks and paddle boards near the beach"]


def test_a_bulleted_list_between_paragraphs_keeps_the_story_under_it() -> None:
    # no colon introduces the list, and eight tight items cost more than the two
    # paragraphs under them gain: the list is the story's all the same
    items = [f"• {item}" for item in HARBOUR_PLAN]
    page = "\n".join([
        "Home", "News", "Sport", "Weather", "", "Harbour plan approved", "", "By Ann Lee",
        "12 March 2024", "", PARA_1, "", PARA_2, "", *items, "", PARA_3, "", PARA_4, "",
        "Share", "Facebook", "", "Related stories", "Ferry fares to rise in May", "",
        "Privacy policy", "Contact us"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, *items, PARA_3, PARA_4])
    # the same lines with no marker are not known for a list: a box's headlines look so
    unmarked = page.replace("• ", "")
    assert HARBOUR_PLAN[0] not in strip_chrome(unmarked).body
    # and a bulleted list under the story's last paragraph, over no other, stays out
    page = "\n".join([PARA_1, "", PARA_2, "", *items, "", "Privacy policy", "Contact us"])
    assert items[0] not in strip_chrome(page).body


def test_a_recipe_s_ingredients_between_paragraphs_are_body() -> None:
    ingredients = ["500 g strong white flour", "7 g dried yeast", "1 tsp salt",
                   "2 tbsp olive oil", "300 ml warm water", "A handful of rosemary leaves"]
    method = ("Mix the flour, yeast and salt, then pour in the oil and water and knead the "
              "dough for ten minutes until it is smooth and springs back when pressed.")
    # under a heading, with no paragraph over them: their amounts make them a list
    page = "\n".join([
        "Home", "Recipes", "Baking", "", "Rosemary focaccia", "", "By Ann Lee", "", PARA_1, "",
        PARA_2, "", "Ingredients", "", *ingredients, "", "Method", "", method, "", PARA_3, "",
        "Share", "Pin it", "", "More recipes", "Lemon drizzle cake", "Cheese scones", "",
        "Privacy policy"])
    body = strip_chrome(page).body
    assert all(line in body for line in ingredients) and PARA_3 in body


def test_a_fact_check_s_question_headline_and_claim_box_stay_over_its_byline() -> None:
    # the headline reads as a sentence (a question), so the block opens on it; the byline
    # under the claim box marks where the header ends
    page = "\n".join([
        "Fact Checks", "News", "Donate", "",
        "Does This Photo Show a Giant Turtle Crossing the Harbour Road Last Week?", "",
        "A picture of a huge turtle beside a harbour road was shared thousands of times.", "",
        "Claim:", "A photograph shows a two-metre turtle crossing Harbour Road in March 2024.", "",
        "Rating:", "Miscaptioned", "About this rating", "Fact Check by Ann Lee",
        "Published 18 March 2024", "Share on Facebook", "", PARA_1, "", PARA_2, "", PARA_3,
        "", "Privacy policy", "Contact us"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])


def test_a_review_s_pros_and_cons_under_their_headings_are_body() -> None:
    pros = ["Even, crisp results with every batch of chips", "A basket large enough for four"]
    cons = ["The fan is louder than on most rivals", "The display is hard to read from the side"]
    verdict = ("If you want a roomy air fryer for everyday cooking and can live with the noise, "
               "this is the one to buy at its current price.")
    page = "\n".join([
        "Home", "Reviews", "Kitchen", "", "Air fryer review", "", "By Ann Lee", "", PARA_1, "",
        PARA_2, "", "Pros", "", *pros, "Cons", *cons, "", "Should you buy it?", "", verdict, "",
        "Share", "Facebook", "", "You may also like", "The best kettles of the year",
        "", "Privacy policy"])
    body = strip_chrome(page).body
    assert all(line in body.split("\n\n") for line in [*pros, "Cons", *cons, verdict])
    # a German test's "Plus" and "Minus" lists, items of a few words each, stay whole
    plus, minus = ["Großer, variabler Kofferraum", "Sparsamer Antrieb"], ["Ruckeliges Getriebe"]
    page = "\n".join([
        "Home", "Tests", "", "Norda Kelvo im Test", "", "Von Ann Lee", "", PARA_1, "", PARA_2,
        "", "Plus", "", *plus, "Minus", *minus, "", "Fazit", "", verdict, "", "Impressum"])
    body = strip_chrome(page).body
    assert all(line in body.split("\n\n") for line in [*plus, "Minus", *minus])
    # a menu under a heading word, far from any story, is no list of the story's
    menu = ["Tools", "", "Mortgage calculator", "Currency converter", "Tide tables", "Crosswords"]
    page = "\n".join([*menu, "", "Harbour plan approved", "", "By Ann Lee", "", PARA_1, "",
                      PARA_2, "", "Privacy policy"])
    assert "Tide tables" not in strip_chrome(page).body


def test_read_also_cards_with_blurbs_inside_the_story_are_dropped() -> None:
    cards = ["Ferry fares to rise in May", "The operator says fuel costs have doubled since "
             "the autumn.", "New pontoon opens at the marina", "Forty boats can now moor at "
             "the eastern quay all year round."]
    subhead, rest = "Work starts in spring", [PARA_3, PARA_4]
    page = "\n".join([
        "Harbour plan approved", "", "By Ann Lee", "", PARA_1, "", PARA_2, "",
        "Related stories", *(line for card in cards for line in (card, "")), subhead, "",
        *(line for paragraph in rest for line in (paragraph, "")), "Privacy policy"])
    body = strip_chrome(page).body
    assert body == "\n\n".join([PARA_1, PARA_2, subhead, *rest])
    # one card is no box: a subhead and its short paragraph under the heading may be the
    # story's, so they stay
    page = page.replace(f"{cards[2]}\n\n{cards[3]}\n\n", "")
    assert cards[1] in strip_chrome(page).body


TEASERS = ["Riverside car park to close for repaving next month",
           "Heat advisory in effect on Wednesday as highs near 35C",
           "Library hours cut on Sundays at four branches",
           "New taqueria opens in the old bakery on Fourth Street",
           "Police appeal after cyclist hit on Harmon Avenue",
           "Stadium naming deal falls through at the last minute",
           "Ferry timetable changes for the winter season",
           "Council to vote on new parking charges in the centre"]


def test_the_next_story_printed_in_full_under_a_short_one_does_not_win() -> None:
    # a site that loads its next story on scrolling prints it under the page's own, each
    # under its own header, with a box of headlines between: the longer next story won
    short = [PARA_1, PARA_2]
    following = [PARA_3, PARA_4, PARA_5, PARA_6, PARA_1.replace("harbour", "river")]
    page = "\n".join([
        "Home", "Local", "", "Ferry terminal opens in spring", "", "By Ann Lee",
        "Published 5:47 p.m. Aug. 6, 2019", "Share", "",
        *(line for paragraph in short for line in (paragraph, "")),
        "Around the islands", *TEASERS, "Up next", "", "School budget gap grows", "",
        "By Bo Ray",
        "Published 4:15 p.m. Aug. 6, 2019", "Share", "",
        *(line for paragraph in following for line in (paragraph, "")),
        "Loading next story...", "About us"])
    assert strip_chrome(page).body == "\n\n".join(short)
    # a teaser card over the story, with its writer, date and one blurb, is no story
    card = ["Read next", "School budget gap grows", "By Bo Ray", "Published Aug. 6, 2019",
            "Board members will weigh closing one school as early as next spring.", ""]
    story = [PARA_1, PARA_2, PARA_3, PARA_4, PARA_5]
    page = "\n".join([*card, "Ferry terminal opens in spring", "", "By Ann Lee",
                      "Published Aug. 6, 2019", "",
                      *(line for paragraph in story for line in (paragraph, "")), "About us"])
    assert strip_chrome(page).body == "\n\n".join(story)


def test_a_most_read_box_with_leads_over_the_story_is_not_its_opening() -> None:
    # each card a number, a headline and a one-sentence lead, set as the box prints them
    cards = [("Pension reform passes the committee stage in the state congress",
              "The bill goes to the full chamber next week, and opposition members have "
              "promised amendments to five of its articles."),
             ("Peso closes at its best level in three months against the dollar",
              "The currency gained 0.8 per cent on better than expected jobs figures and a "
              "fall in the price of oil."),
             ("Ticket sales halted for the final of the northern league",
              "Organisers found thousands of duplicate tickets on the platform and promised "
              "refunds within ten working days."),
             ("Former officials investigated over patrol cars that never arrived",
              "Anti-corruption prosecutors questioned seven people and froze bank accounts "
              "linked to two shell companies."),
             ("Painter of the old market murals dies at the age of 84",
              "He leaves more than six hundred works and a workshop for young artists in the "
              "town where he was born.")]
    box = [line for n, (title, lead) in enumerate(cards, 1)
           for line in (str(n), title, "", lead, "")]
    page = "\n".join([
        "Home", "News", "Sport", "", "Most popular today", "", *box, "Regions",
        "Landslide closes the Sierra Norte highway", "",
        "Three days of rain brought rock and mud down on both carriageways.", "",
        "Newsroom", "03/09/2019 13:27", "Facebook", "Twitter", "WhatsApp", "", PARA_1, "",
        PARA_2, "", PARA_3, "", "Privacy policy"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])


def test_a_live_blog_s_bare_clock_stamps_are_no_body() -> None:
    entries = [PARA_1, PARA_2, PARA_3, PARA_4]
    stamps = ["11:41 AM", "11:17 AM", "10:42 AM", "9:55 AM"]
    page = "\n".join(["Storm live: ferries cancelled", "", "By Ann Lee", "12 March 2024", "",
                      *(line for stamp, entry in zip(stamps, entries, strict=True)
                        for line in (stamp, "", entry, "")), "Privacy policy"])
    result = strip_chrome(page)
    assert result.body == "\n\n".join(entries)
    assert {r.text: r.reason for r in result.removed}["10:42 AM"] == "timestamp"
    # two clock times are no live blog's stamps: a timetable's lines stay
    page = "\n".join([PARA_1, "", "9:55 AM", "", PARA_2, "", "11:41 AM", "", PARA_3])
    assert "9:55 AM" in strip_chrome(page).body


def test_the_titles_under_previous_and_next_article_links_are_no_subheads() -> None:
    page = "\n".join([
        "Harbour plan approved", "", "By Ann Lee", "", PARA_1, "", PARA_2, "", PARA_3, "",
        "Share on Facebook", "Previous article", "Police arrest three over cash machine theft",
        "Next article", "Assembly passes the supplementary budget", "Privacy policy"])
    result = strip_chrome(page)
    assert result.body == "\n\n".join([PARA_1, PARA_2, PARA_3])
    assert {r.text: r.reason for r in result.removed}[
        "Assembly passes the supplementary budget"] == "navigation"


def test_a_paragraph_tight_under_a_gallery_s_last_slide_is_the_story_s() -> None:
    slides = [line for n in range(1, 4) for line in
              (f"{n}/3", f"The reopened mill seen from the dyke, picture {n}.Foto: Ann Lee")]
    page = "\n".join(["Mill turns again", "", "By Ann Lee", "", PARA_1, "", *slides, PARA_2,
                      "", PARA_3, "", "Privacy policy"])
    body = strip_chrome(page).body
    assert body == "\n\n".join([PARA_1, PARA_2, PARA_3])


NEAR_MISSES = json.loads(
    (Path(__file__).parent / "fixtures" / "story_near_misses.json").read_text("utf-8"))["story"]


@pytest.mark.parametrize("line", NEAR_MISSES)
def test_a_story_line_like_a_script_notice_or_box_heading_is_no_rule_hit(line: str) -> None:
    assert compile_rules().match(line, len(line.split())) is None


def test_review_cases_of_the_structural_rules_keep_the_story() -> None:
    story = [PARA_1, PARA_2, PARA_3, PARA_4]
    spaced = [line for paragraph in story for line in (paragraph, "")]
    # a featured card (headline, byline, date, one blurb) over the story is no earlier story
    card = ["Featured", "School budget gap grows", "By Bo Ray", "6 August 2019", "",
            "School budget gap grows as enrolment falls for the third year running.", "",
            "Local", "Business", "", "Harbour plan approved", "By Ann Lee", "7 August 2019", ""]
    assert strip_chrome("\n".join([*card, *spaced, "Privacy policy"])).body.startswith(PARA_1)
    # a timetable's clock times are no live blog's stamps
    page = "\n".join([PARA_1, "", "From Monday the ferry leaves at:", "", "7:15", "9:30",
                      "11:45", "", PARA_2, "", PARA_3])
    assert "9:30" in strip_chrome(page).body
    # a bulleted box of headlines over the paper's blurb is no list of the story's
    box = ["• Ferry fares to rise in May as fuel costs bite", "• New pontoon opens at the marina",
           "• Lifeboat crew honoured for winter rescue"]
    blurb = "The Island Courier has served the islands since 1887 and is owned by a trust."
    page = "\n".join(["Harbour plan approved", "By Ann Lee", "12 March 2024", "", *spaced,
                      *box, "", blurb, "", "Comments", "", "Privacy policy"])
    assert box[0] not in strip_chrome(page).body
    # an empty related heading over the story's own short sections takes none of them
    sections = ["What happens to the market", "Traders will move to a hall on the quay.",
                "Who pays for the bridge", "A regional fund will pay a third of the cost."]
    page = "\n".join(["Harbour plan approved", "By Ann Lee", "12 March 2024", "", PARA_1, "",
                      PARA_2, "", "Related stories", "",
                      *(line for section in sections for line in (section, "")), PARA_3, "",
                      PARA_4, "", "Privacy policy"])
    body = strip_chrome(page).body
    assert all(section in body for section in sections[1:])  # (the first, as before, is
    # taken for the box's one headline)


def test_second_review_cases_keep_the_story_and_drop_the_boxes() -> None:
    head = ["Home", "News", "Sport", "", "Library to close for repairs", "", "By Ann Lee",
            "14 May 2024", ""]
    # a subscription brand's "Plus" over its links between paragraphs is no list heading
    page = "\n".join([*head, PARA_1, "", PARA_2, "", "Plus", "Crossword archive",
                      "Digital edition", "Subscriber events", "", PARA_3, "", "Privacy policy"])
    body = strip_chrome(page).body
    assert "Crossword archive" not in body and "Plus" not in body.split("\n\n")
    # a prayer of two four-line stanzas over a box of blurbs is the story
    stanzas = [["Keep the boats that leave at dawn,", "and bring them home again,",
                "through fog and swell and winter storm,", "through sleet and wind and rain."],
               ["Keep the ones who wait on shore,", "and give them strength to stay,",
                "till every light along the quay", "comes home at close of day."]]
    blurbs = ["\n".join([f"Message {n}", "A short text to send to a friend who needs kind "
                          "words this morning, with a picture."]) for n in range(1, 5)]
    page = "\n".join(["Home", "Prayers", "", "A prayer for the fleet", "", "By Ann Lee",
                      "14 May 2024", "", "\n".join(stanzas[0]), "", "\n".join(stanzas[1]), "",
                      "Related messages", "", "\n\n".join(blurbs), "", "Privacy policy"])
    assert strip_chrome(page).body == "\n\n".join(line for stanza in stanzas for line in stanza)
    # a timetable set one time per paragraph, with "Uhr", keeps its times
    times = ["7.15 Uhr", "9.30 Uhr", "11.45 Uhr"]
    page = "\n".join([PARA_1, "", "Ab Montag fährt die Fähre um:", "",
                      *(line for time in times for line in (time, "")), PARA_2, "", PARA_3])
    assert all(time in strip_chrome(page).body for time in times)


READ_ALSO_CARDS = [("Ferry fares to rise in May for the first time since 2016",
                    "The operator says fuel costs have doubled since the autumn."),
                   ("New pontoon opens at the marina after two years of work",
                    "Forty boats can now moor at the eastern quay all year round.")]


def test_stamped_read_also_cards_inside_the_story_are_dropped() -> None:
    # each card's blurb has its age under it; the stamp marks a card, so the cards end the
    # box even with the story's next paragraph straight under the last stamp
    cards = [line for (head, blurb), age in zip(READ_ALSO_CARDS, ["2 hours ago", "5 hours ago"],
                                                strict=True) for line in (head, "", blurb, "", age)]
    page = "\n".join(["Harbour plan approved", "", "By Ann Lee", "", PARA_1, "", PARA_2, "",
                      "You may also like", "", *cards, PARA_3, "", PARA_4, "", "Privacy policy"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])


def test_read_also_cards_with_the_story_going_on_under_the_last_blurb_are_dropped() -> None:
    # past the first card, a card whose blurb has a paragraph right under it is the box's
    # last: the story goes on under the box
    cards = [line for card in READ_ALSO_CARDS for line in (card[0], "", card[1], "")]
    page = "\n".join(["Harbour plan approved", "", "By Ann Lee", "", PARA_1, "", PARA_2, "",
                      "Related stories", "", *cards, PARA_3, "", PARA_4, "", "Privacy policy"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])


def test_tight_cards_with_dates_and_a_one_sentence_blurb_are_one_box() -> None:
    # a box set tight with a date under each card; its last blurb is one short sentence
    cards = [*READ_ALSO_CARDS, ("Library opening hours cut at four branches",
                                "The changes take effect from April.")]
    box = [line for (head, blurb), day in zip(cards, ["12 March 2024", "11 March 2024",
                                                       "9 March 2024"], strict=True)
           for line in (head, blurb, day)]
    page = "\n".join(["Harbour plan approved", "", "By Ann Lee", "", PARA_1, "", PARA_2, "",
                      "Recommended", *box, "", PARA_3, "", PARA_4, "", "Privacy policy"])
    body = strip_chrome(page).body
    assert body == "\n\n".join([PARA_1, PARA_2, PARA_3, PARA_4])


def test_a_run_of_headlines_cut_with_an_ellipsis_is_a_box_whatever_its_heading() -> None:
    # a teaser box trims its headlines to fit; its heading may be in a language the phrase
    # lists do not know, or missing
    teasers = ["Oil prices steady after two-day drop amid growth concerns...",
               "Schools in the north to stay closed for a third day as snow...",
               "Council backs plan for new cycle lanes on the ring road despite...",
               "Two men charged after warehouse fire in the industrial...",]
    page = "\n".join(["Harbour plan approved", "", "By Ann Lee", "", PARA_1, "", PARA_2, "",
                      PARA_3, "", "Ehkä kiinnostaa", "",
                      *(line for teaser in teasers for line in (teaser, "")), "Privacy policy"])
    body = strip_chrome(page).body
    assert body == "\n\n".join([PARA_1, PARA_2, PARA_3])
    # one cut line is a story's own, trailing off
    story = PARA_2[:-1] + " and then..."
    page = page.replace(PARA_2, story)
    assert story in strip_chrome(page).body


@pytest.mark.parametrize(("heading", "header"), [
    ("Comentarios", "{name} el {day} de septiembre de 2018 a las 16:{day} dijo:"),
    ("Kommentare", "{name} am {day}. September 2018 um 16:{day} Uhr sagte:"),
    ("Commentaires", "{name} le {day} septembre 2018 à 16 h {day} a dit :"),
])
def test_a_thread_of_comments_headed_name_date_time_said_ends_a_short_story(
        heading: str, header: str) -> None:
    # a blog's comment headers give the commenter, the date and time and "said": date lines
    # in any language, so the thread under a short post is found however long it runs
    story = ["Con estos hilos abiertos queremos ofrecer a los lectores del blog la oportunidad "
             "de plantear preguntas y comentarios sobre nuestro trabajo de este trimestre.",
             "Puedes consultar aquí el hilo abierto del trimestre anterior y las respuestas "
             "que dimos entonces a las preguntas más frecuentes."]
    thread = []
    for day, name in zip((12, 13, 17, 19, 20), ("Milan Griffes", "Catherine", "Alex",
                                                "Gary M", "Catherine"), strict=True):
        thread += [header.format(name=name, day=day), "",
                   "Me gustaría saber si la revisión del estudio de seguimiento cambiará la "
                   "recomendación de este año, y cuándo esperan publicar sus conclusiones. "
                   "Entiendo que el análisis lleva tiempo, pero muchos donantes deciden ahora "
                   "a quién dar y una indicación provisional ayudaría mucho.", ""]
    page = "\n".join(["Inicio", "Blog", "Hilo abierto de septiembre de 2018", "",
                      "10 de septiembre de 2018 | por Catherine", "", story[0], "", story[1],
                      "", "Publicado en Hilo abierto | Enlace permanente", heading, "",
                      *thread, "Aviso legal"])
    assert strip_chrome(page).body == "\n\n".join(story)


POEM = [["The morning does not ask if you are ready,", "it simply comes, and waits."],
        ["So open the window, breathe in slow,", "give thanks for what still stands,",
         "and take the first step, however small."],
        ["Starting over is not going back to zero.", "It is setting out with all you know."]]


def test_a_poem_set_in_short_lines_outweighs_the_blurbs_under_it() -> None:
    stanzas = ["\n".join(stanza) for stanza in POEM]
    cards = [("Gratitude for a new day", "A short message to remind you that every morning "
              "brings another chance to begin again with a lighter heart."),
             ("Monday words to start the week", "We picked cheerful lines for anyone who "
              "needs a little push on the first day of the working week."),
             ("For a friend going through a hard time", "Kind words to send to a friend who "
              "is tired and needs to know they are not facing it alone.")]
    page = "\n".join([
        "Home", "Good morning", "Love", "Friendship", "", "A good morning message for the week",
        "", "By Ann Lee", "8 April 2019", "", "\n\n".join(stanzas), "",
        "Share on WhatsApp", "Related messages", "",
        "\n\n".join(f"{title}\n{blurb}" for title, blurb in cards), "", "Privacy policy"])
    assert strip_chrome(page).body == "\n\n".join(line for stanza in POEM for line in stanza)
    # a form's two lines alone between blank lines are no stanza, nor are a footer's boxes
    # of two lines each
    form = "Thank you for signing up,\nnow check your inbox to confirm."
    assert not any(line.prose for line in split_lines(f"Menu\n\n{form}\n\nContact"))
    footer = ("Thanks for reading,\nsee you tomorrow morning.\n\nGot a story tip?\nEmail the "
              "newsroom today.\n\nIsland Press Ltd,\n12 Harbour Road, Porttown.")
    assert not any(line.prose for line in split_lines(footer))


VERSE_BLOCK = ["Um amigo não se mede pelo tempo,", "nem pela distância que nos separa,",
               "mas pelo cuidado que fica guardado", "em cada palavra que ele nos dá.",
               "Quando a noite parece mais longa,", "é a voz dele que acende a manhã,",
               "é o riso dele que desfaz o medo,", "é a mão dele que segura a nossa.",
               "Por isso, guarda bem os teus amigos,", "porque o tempo leva muita coisa,",
               "mas não leva o que foi plantado com amor."]


def test_a_poem_printed_as_one_block_of_short_lines_is_the_story() -> None:
    # a message site prints its poem with <br>s only: one block, no blank line between
    # stanzas; the teasers under it must not win
    share = "Whatsapp Facebook Pint Baixar"
    teasers = ["A vida pede coragem para seguir em frente mesmo quando o caminho parece difícil.",
               "Gratidão é olhar para trás e ver quanta coisa boa aconteceu sem pedirmos."]
    page = "\n".join([
        "Mensagens Ilha", "Início", "Amor", "Amizade", "", share, "", "O valor de um amigo",
        "\n".join(VERSE_BLOCK), "", "Mensagens de Amizade", "", "Você pode gostar...", "",
        share, teasers[0], share, teasers[1], "", "© 2019 Mensagens Ilha"])
    body = strip_chrome(page).body
    assert "\n\n".join(VERSE_BLOCK) in body and not any(t in body for t in teasers)
    # eight short sentences in a block that run on over no line are a box's items, no poem
    items = [f"Ferry number {k} sails at noon." for k in range(8)]
    assert not any(line.prose for line in split_lines("\n".join(items)))


PHRASE_POST = ["下周一，", "新码头工程就将进入第二阶段，", "也是对岛上居民出行影响最大的一段。",
               "什么？", "你还不知道？", "5月10日起，渡轮码头将半幅封闭施工22天！",
               "5月20日至31日，", "往北岛方向的渡轮，", "将全部改从东码头出发！",
               "为什么说此次施工", "影响最大？", "因为", "第二阶段的码头维修工程，",
               "将从售票大厅一直延伸到候船室，", "届时请大家提前一小时出门，", "并留意现场指示牌。"]


@pytest.mark.parametrize("verse", [VERSE_BLOCK, PHRASE_POST])
def test_a_poem_or_post_with_a_paragraph_to_each_line_is_the_story(verse: list[str]) -> None:
    # each line of a poem, or each phrase of a Chinese social-media post, set as a
    # paragraph of its own: no line reads as prose, yet together they are the story
    share = "Whatsapp Facebook Pint Baixar"
    teasers = ["A vida pede coragem para seguir em frente mesmo quando o caminho parece difícil.",
               "Gratidão é olhar para trás e ver quanta coisa boa aconteceu sem pedirmos."]
    page = "\n".join([
        "Mensagens Ilha", "Início", "Amor", "Amizade", "", share, "", "O valor de um amigo", "",
        "\n\n".join(verse), "", "Mensagens de Amizade", "", "Você pode gostar...", "",
        share, teasers[0], share, teasers[1], "", "© 2019 Mensagens Ilha"])
    body = strip_chrome(page).body
    assert "\n\n".join(verse) in body and not any(t in body for t in teasers)
    # a menu's entries, a paragraph each, end in no punctuation: no poem
    menu = ["Ferry times", "Harbour news", "Island weather", "Fares and tickets",
            "Lost property", "Contact the harbour", "Jobs at the port", "Accessibility"]
    assert not any(line.prose for line in split_lines("\n\n".join(menu)))


PHRASE_PARAGRAPHS = [
    "入冬以來第一波寒流報到 山上的楓葉一夜之間全都染成了紅色",
    "沿著產業道路一路往上開 雲霧在山谷之間慢慢地飄來飄去",
    "營地的主人在入口處換上了新的木頭招牌 看起來比以前更有味道",
    "早上十點左右陽光終於露臉 整片楓林在光線下顯得特別耀眼",
    "不少攝影愛好者一早就來到這裡 各自找尋最好的拍攝角度",
    "園區裡的步道鋪滿了落葉 走起來沙沙作響讓人捨不得離開",
    "中午在營地的小餐廳吃了一碗熱呼呼的麵 身體馬上暖和起來",
    "下午的山嵐又慢慢地湧上來 遠方的山頭一下子就看不見了",
    "老闆說楓紅大概還能維持兩個星期 想來的朋友要把握時間",
    "回程的路上天色漸漸暗了下來 心裡已經開始期待明年的楓季",
]


def test_a_blog_post_of_long_unstopped_chinese_phrases_a_paragraph_each_is_the_story() -> None:
    # a Taiwanese travel blogger parts each sentence's phrases with a space and ends none
    # with a stop; ten such paragraphs in a row are the post, not a box of headlines under
    # the menu's "related posts" tab, and the blog's one-sentence profile does not win
    about = ("這是我們夫妻兩人共同經營的旅遊部落格，記錄了我們走過台灣各地的足跡，"
             "也分享露營、美食和住宿的心得，希望能給喜歡旅行的朋友一些參考。")
    page = "\n\n".join(["首頁\n相簿\n留言\n相關文章", "山上楓紅的週末", *PHRASE_PARAGRAPHS,
                         "關於我們", about, "上一篇\n下一篇\n版權所有"])
    assert strip_chrome(page).body == "\n\n".join(PHRASE_PARAGRAPHS)
    # a box's handful of spaced headlines is too short a run to be such a post
    headlines = ["【深度】港口城市的新一輪改造計畫正式啟動", "【專題】老街商家如何面對網購時代的挑戰",
                 "渡輪票價下月起調漲 通勤族的荷包又要縮水了", "【推薦】週末親子遊的五個好去處",
                 "島上唯一的書店決定延長營業時間"]
    assert not any(line.prose for line in split_lines("\n\n".join(headlines)))


def test_a_stack_of_title_case_headlines_under_a_label_is_no_story_list() -> None:
    stack = ["Eleven Winters, One Canoe", "The Last Letterpress on Route Two",
             "Smelt Fry Season, Ranked", "Where to Stay: Three Lake Inns Under $150"]
    letter = ("When we started planning this issue last autumn, the working title on the board "
              "was simply Slow, and it stuck with all of us.")
    page = "\n".join([
        "Island co-op opens its doors", "", "By Ann Lee", "14 October 2019", "", PARA_1, "",
        "In This Issue", "", *stack, letter, "", "© 2019 Island Courier"])
    body = strip_chrome(page).body
    assert not any(line in body for line in stack)


def test_a_story_s_table_of_temperatures_is_no_weather_box() -> None:
    table = ["Town\tHigh\tLow", "Northport\t27°\t9°", "Southby\t25°\t7°", "Eastholm\t22°\t4°"]
    page = "\n".join([
        "Cold snap grips the islands", "", "By Ann Lee", "14 October 2019", "",
        PARA_1, "", *table, "", PARA_2, "", "© 2019 Island Courier"])
    assert all(row in strip_chrome(page).body for row in table)


@pytest.mark.parametrize("credit", [
    "Публикация от Анна Ли (@annalee) 19 Ноя 2019 в 4:05 PST",
    "Ayşe Kaya (@aysekaya) tarafından paylaşılan bir gönderi (20 Kas 2019 saat 4:05 PST)",
    "山田花子さん(@hanako)がシェアした投稿 - 2019年11月19日午前4時05分PST",
    "김민지(@minji)님의 공유 게시물, 2019년 11월 19일 오전 4:05 PST",
])
def test_an_instagram_credit_in_the_page_s_language_is_a_post_s_credit(credit: str) -> None:
    # Instagram words its credit per language, some with the name before the handle.
    assert embed_credit(credit)


def test_a_sentence_naming_a_handle_is_no_instagram_credit() -> None:
    # The credit forms need their own words ("Публикация от", "tarafından paylaşılan"):
    # a story's sentence about someone with a handle stays a sentence.
    assert not embed_credit("Анна Ли (@annalee) рассказала о мосте 19 ноября")


def test_a_caption_printed_again_with_its_credit_glued_on_is_named_a_doubled_caption() -> None:
    # The image's alt text, then the figure's caption with the credit run on: both are the
    # picture's (not a pull quote of the story), and --show-removed says so.
    caption = "A collapsed lemon cake on the counter at the harbour bakery."
    page = "\n".join(["Harbour bakery sells its failures", "", "By Ann Lee", "14 October 2019",
                      "", PARA_1, "", caption, f"{caption} Crumb & Kettle", PARA_2, "",
                      PARA_3, "", "© 2019 Island Courier"])
    cleaned = strip_chrome(page)
    reasons = {line.text: line.reason for line in cleaned.removed}
    assert reasons[caption] == reasons[f"{caption} Crumb & Kettle"] == "doubled line"
    assert cleaned.body == "\n\n".join([PARA_1, PARA_2, PARA_3])


def test_a_short_story_set_tight_under_its_captions_beats_the_teasers_under_it() -> None:
    # Each paragraph comes right after a figure (a <p> after <div>s: a blank line under it,
    # none over it), so it reads like a teaser's blurb under its headline. Under a caption
    # printed twice it is the story going on, and the story outweighs the teasers below.
    captions = [f"{text}\n{text} Courtesy of Crumb & Kettle" for text in [
        "A collapsed lemon cake on the counter at the harbour bakery.",
        "A three-layer cake that split in two while it cooled."]]
    teasers = [f"{title}\n{blurb}\n" for title, blurb in [
        ("The lunch that costs more every year", "Prices in big towns have climbed faster "
         "than wages since 2015, and we broke down where the money goes in every bite."),
        ("Small towns are buying back their shops", "In at least nine counties residents "
         "have formed co-ops to reopen the only shop for thirty miles around the villages."),
        ("A diner that banned phones at the counter", "Sales went down for a month and then "
         "went up again, and the owner has a theory about why that is not the one you think."),
        ("The judge of every county fair pie contest", "Over twenty-six summers she has "
         "tasted thousands of slices, and she has strong views on the state of the crust.")]]
    page = "\n".join([
        "Harbour bakery sells its failures", "", "By Ann Lee", "14 October 2019", "",
        captions[0], PARA_1, "", PARA_2, "", captions[1], PARA_3, "",
        "Recommended", *teasers, "© 2019 Island Courier"])
    body = strip_chrome(page).body
    assert all(p in body for p in [PARA_1, PARA_2, PARA_3]) and "pie contest" not in body


def test_a_paragraph_set_right_under_a_chart_s_caption_is_the_story_s() -> None:
    # A <p> after a figure's <div>s has a blank line under it and none over it, as a
    # teaser's blurb under its headline; but a headline has no full stop, and a chart's
    # caption does, so the story's last paragraph under the chart stays.
    page = "\n".join(["Ferry fares to rise", "", "By Ann Lee", "14 October 2019", "",
                      PARA_1, "", PARA_2, "", "Chart icon", "hide content",
                      "Ferry passengers over the past year.", PARA_3, "",
                      "Subscribe to Island Courier PRO", "Licensing & Reprints",
                      "© 2019 Island Courier"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])


def test_a_chart_s_caption_over_the_page_s_last_paragraph_leaves_the_body() -> None:
    # The same caption over a paragraph that ends the copy: the page's end is as good as a
    # blank line under the paragraph.
    page = "\n".join(["Ferry fares to rise", "", "By Ann Lee", "14 October 2019", "",
                      PARA_1, "", PARA_2, "", "hide content",
                      "Ferry passengers over the past year.", PARA_3])
    body = strip_chrome(page).body
    assert PARA_3 in body and "past year" not in body


def test_a_list_s_last_sentence_item_over_a_paragraph_is_no_caption() -> None:
    # A list of short sentences ends tight over the next paragraph as a caption does, but
    # its last item sits tight under the item before it: it stays in the story.
    items = ["Buy your ticket before you board.", "Keep your bags with you.",
             "Show your pass at the gate."]
    page = "\n".join(["Ferry fares to rise", "", "By Ann Lee", "14 October 2019", "",
                      PARA_1, "", "Passengers are asked to follow three rules:", "", *items,
                      PARA_2, "", PARA_3, "", "© 2019 Island Courier"])
    assert items[-1] in strip_chrome(page).body


def test_a_post_right_under_a_player_s_playlist_is_no_clip_s_description() -> None:
    # A playlist entry may carry one line of description under its length; the prose line
    # under the last entry with a post's credit under it is the embedded post's text.
    post = "Ferries will run every hour from Monday. Thanks for your patience this week."
    credit = "— Island Ferries (@IslandFerries) November 21, 2019"
    page = "\n".join(["Ferry timetable to change", "", "By Ann Lee", "14 October 2019", "",
                      PARA_1, "", PARA_2, "", "Up next", "The new terminal, seen from the air",
                      "2:41", "Harbour seals return to the quay", "3:12",
                      "A day on the night ferry", "4:05", post, credit, PARA_3, "",
                      "© 2019 Island Courier"])
    body = strip_chrome(page).body
    assert post in body and credit in body and PARA_3 in body


def test_a_paragraph_set_right_under_an_ad_slot_is_the_story_s_not_a_blurb() -> None:
    # An ad slot is a <div>: the story's next <p> follows with no blank over it and one
    # under it, as a teaser's blurb under its headline. Under the ad's label it is the story
    # going on, and it outweighs the ad slot's lines over it.
    ad = ["Advertisement", "Shop the winter sale at Harbour Furniture", "Learn more",
          "Advertisement"]
    page = "\n".join(["Old tobacco barn becomes a library", "", "2019-12-08 05:30", "Share", "",
                      PARA_1, "", PARA_2, "", *ad, PARA_3, "", "© 2019 Island Courier"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])


def test_a_link_between_paragraphs_ends_no_story_for_a_later_box_s_dated_teasers() -> None:
    # Dated teasers right under an inline "Read more:" link make it a box that closes the
    # story; the dated teasers of a box further down ("More from Harbourton") are that
    # box's, and the paragraphs between the link and that box stay the story's.
    teasers = [f"{title}\n\n{blurb}\n\n{date}\n" for title, blurb, date in [
        ("Shooting club elects its first woman chair", "After 68 years of men at the top, the "
         "club has chosen a retired teacher to lead it into its second century.", "13.03.2019"),
        ("New homes approved on the old sports ground", "Up to 24 plots are planned on the "
         "site, and the council hopes the first families can move in next year.", "12.03.2019"),
        ("Village shop makes a profit for the first time", "Three years after it became a "
         "co-operative the shop has paid back its loans and plans a cafe.", "11.03.2019"),
        ("Choir sings at the cathedral for the first time", "The island's choir of forty "
         "voices was invited after a recording of its carols was played on the radio.",
         "10.03.2019"),
        ("Ferry fares frozen for another year", "The operator said the fares for islanders "
         "would not rise before next spring, after the council agreed to pay the difference.",
         "09.03.2019"),
        ("Old lighthouse to open to visitors", "The keepers' cottage has been restored by "
         "volunteers and will open at weekends from May, the trust said on Friday.",
         "08.03.2019")]]
    page = "\n".join(["Bridge to close for a year", "", "By Ann Lee", "14.03.2019", "",
                      PARA_1, "", "Read more: Residents call for a 20 mph limit", "",
                      PARA_2, "", "Tags", "Harbourton", "Roads", "",
                      "More from Harbourton", "", *teasers, "© 2019 Island Courier"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2])


def test_comments_headed_by_name_town_country_and_age_are_no_story() -> None:
    # A tabloid heads each comment "Name, Town, Country, 1 hour ago" over its text and
    # rating buttons; the thread holds more prose than the short story, and stays out.
    thread = []
    for head, text in [
            ("Harbourwatcher, Penzance, United Kingdom, 1 hour ago", "Every summer the same "
             "story. Stop feeding them chips and they will stop treating tourists as lunch."),
            ("Trudy B, Leeds, United Kingdom, 1 hour ago", "Poor little lad! Nice of the gull "
             "to at least give the fish in the harbour a treat after all that."),
            ("OldSeaDog, Plymouth, United Kingdom, 2 hours ago", "They are a protected species "
             "so there is not much anyone can do. Eat your pasty in the car like me."),
            ("Kernow_Kate, Truro, United Kingdom, 2 hours ago", "Lived here all my life and "
             "the gulls have never been this bold. I blame the bins on the quay left open.")]:
        thread += [head, text, "", "Click to rate", "64", "9"]
    page = "\n".join(["Seagull snatches a pasty from a toddler", "", "By Ann Lee",
                      "Published: 09:14 BST, 2 July 2019", "", PARA_1, "", PARA_2, "",
                      "Newest", "Oldest", *thread, "© 2019 Island Courier"])
    cleaned = strip_chrome(page)
    assert cleaned.body == "\n\n".join([PARA_1, PARA_2])
    reasons = {line.text: line.reason for line in cleaned.removed}
    assert reasons["Trudy B, Leeds, United Kingdom, 1 hour ago"] == "comments section"


def test_a_court_round_up_s_entries_are_no_comments() -> None:
    # "Name, age, town, sentence" over each case reads like a comment's header, but a
    # sentence of "4 years" says no "ago", and an age is no place: the cases stay.
    cases = [(f"{name}, {age}, {town}, {term}", text) for name, age, town, term, text in [
        ("Mark Jones", 32, "Leeds", "4 years", "Jones was jailed for a string of burglaries "
         "at holiday homes along the coast over two summers, the court heard."),
        ("Kevin Lee", 41, "Hull", "18 months", "Lee admitted stealing diesel from the ferry "
         "company's depot on nine nights between January and March."),
        ("Sam Roe", 27, "York", "2 years", "Roe was caught with a van full of copper cable taken "
         "from the harbour railway's store, the prosecutor said.")]]
    cases.append(("Ed Ray, Leeds, 3 years", "Ray sold forged ferry passes from a stall on the "
                  "quay for two summers before a ticket inspector noticed the ink."))
    page = "\n".join(["Jailed this week", "", "By Ann Lee", "14 October 2019", "", PARA_1, "",
                      *(f"{head}\n\n{text}\n" for head, text in cases), "© 2019 Island Courier"])
    cleaned = strip_chrome(page)
    assert all(text in cleaned.body for _, text in cases)
    assert not any(line.reason == "comments section" for line in cleaned.removed)


def _three_paragraph_story(*after: str) -> str:
    """A page holding a dated three-paragraph story, then the lines `after` it."""
    return "\n".join(["Ferry fares to rise", "", "By Ann Lee", "14 October 2019", "",
                      PARA_1, "", PARA_2, "", PARA_3, "", *after])


def test_a_wall_of_headline_boxes_ends_the_story_above_the_next_story_s_opening() -> None:
    # Box on box of bare headlines ("Read Next", "Most read") with no prose among them is
    # no box set inside the story: the next story's opening printed under them stays out.
    nxt = [
        "LIPA CITY — Operators of at least 150 jeepneys on the island's routes have asked the "
        "board for a fare rise, saying their drivers take home less every month this year.",
        "In a petition filed on Friday, the operators said diesel prices had climbed for "
        "twelve weeks in a row and that the board had not heard them since the spring."]
    page = _three_paragraph_story(
        "Read Next", "Jeepney operators seek a fare rise", "Most read",
        "Traffic worsens as the holiday rush begins", "Lotto jackpot climbs again",
        "Former councillor arrested in the port", "Students walk out over fees",
        "Advertisement", "Read Next", "Jeepney operators seek a fare rise",
        nxt[0], nxt[1], "Read more ›", "© 2019 Island Courier")
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])


def test_a_next_story_with_its_byline_and_date_on_one_line_is_no_part_of_the_first() -> None:
    # The next story printed in full under the first: its headline, then "By ... | <date>"
    # on one line, then its paragraphs. That line opens a second story as a byline and a
    # date line on two lines do; a Facebook post's "Posted by ... on <date>" does not.
    second = [
        "More than 4,000 dairy farmers on the island will share a bonus of two million after "
        "their co-operative recorded its best year since it was founded in 1986.",
        "The chairman said the society would pay two cents for every litre delivered in the "
        "year, and that the money would reach farmers' accounts before the end of the month.",
        "Farmers at the meeting asked the board to cut the price of the animal feed sold at "
        "the society's stores, which they said had risen by a fifth since January."]
    page = "\n".join(["Ferry fares to rise", "", "By Ann Lee | November 19th 2019 at 10:32", "",
                      PARA_1, "", PARA_2, "", PARA_3, "", "Next article",
                      "Dairy farmers receive a record bonus",
                      "By Island Reporter | November 19th 2019 at 09:05", "",
                      *(f"{p}\n" for p in second), "© 2019 Island Courier"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])
    post = "Update from Island Water Services: the main on Elm Street is fixed."
    credit = "Posted by Island Water Services on Tuesday, January 21, 2020"
    page = "\n".join(["Ferry fares to rise", "", "By Ann Lee | November 19th 2019 at 10:32", "",
                      PARA_1, "", PARA_2, "", "Island Water Services", post, credit, "",
                      PARA_3, "", PARA_4, "", "© 2019 Island Courier"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, post, credit, PARA_3, PARA_4])


def test_a_story_going_on_past_an_inline_box_to_its_own_read_more_button_stays() -> None:
    # Most of the story's prose is under the inline box, and it ends on its own expander
    # button: that is the story going on, not a teaser printed at length under the box.
    page = "\n".join(["Ferry fares to rise", "", "By Ann Lee", "14 October 2019", "",
                      PARA_1, "", PARA_2, "", "Related", "Island bakery wins a prize", "",
                      PARA_3, "", PARA_4, "", PARA_5, "", PARA_6, "", "Continue reading",
                      "© 2019 Island Courier"])
    body = strip_chrome(page).body
    assert all(p in body for p in [PARA_1, PARA_2, PARA_3, PARA_4, PARA_5, PARA_6])


def test_an_update_signed_by_the_page_s_own_writer_is_no_second_story() -> None:
    # "By Ann Lee | <date>" under an update's heading is the page's own writer dating the
    # update: the paragraphs under it are the story's.
    page = "\n".join(["Ferry fares to rise", "", "By Ann Lee | November 19th 2019 at 10:32", "",
                      PARA_1, "", PARA_2, "", PARA_3, "", "Update: the operator responds",
                      "By Ann Lee | November 19th 2019 at 16:05", "", PARA_4, "", PARA_5, "",
                      PARA_6, "", "© 2019 Island Courier"])
    body = strip_chrome(page).body
    assert all(p in body for p in [PARA_1, PARA_2, PARA_3, PARA_4, PARA_5, PARA_6])


def test_another_story_s_opening_under_a_box_heading_ending_on_read_more_stays_out() -> None:
    # "More from round 17", a headline, then paragraphs of another report closed by a
    # "Read more" button: a teaser printed at length, not the story going on.
    other = [
        "Harbour United survived a late fightback to beat the Rangers 4-2 on Saturday night "
        "and stay one point clear at the top of the island league table.",
        "Their striker scored twice in the first half as the visitors raced to a 3-0 lead, "
        "taking advantage of a home defence missing two of its regular starters.",
        "The Rangers pulled two back through a header and a late penalty, and had a third "
        "goal ruled out for offside in the last minute of added time."]
    page = _three_paragraph_story(
        "More from round 17", "Harbour United hold on to top spot after a six-goal thriller",
        "", *(f"{p}\n" for p in other), "Read more", "© 2019 Island Courier")
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])
    # ... and with that story's date line under its headline
    dated = _three_paragraph_story(
        "More from round 17", "Harbour United hold on to top spot after a six-goal thriller",
        "15.07.2019 13:10", *(f"{p}\n" for p in other), "Read more", "© 2019 Island Courier")
    assert strip_chrome(dated).body == "\n\n".join([PARA_1, PARA_2, PARA_3])


def test_a_facebook_post_s_credit_line_stays_under_the_post() -> None:
    # a blog's byline gives no weekday ("Posted by Ann Lee on March 3, 2026"); Facebook's
    # embedded post does, and the benchmark keeps it with the post's text
    post = "Elm Street is closed while our crews repair a main break. Please boil your water."
    credit = "Posted by Island Water Board on Tuesday, January 21, 2020"
    assert embed_credit(credit) and not embed_credit("Posted by Ann Lee on March 3, 2026")
    assert embed_credit("Posted by Island Water Board on Monday, 8 February 2021")
    page = _dated_page(
        PARA_1, "", PARA_2, "", post, "", credit, "Related stories",
        "Island bakery wins a national prize for its rye bread",
        "Lighthouse keeper retires after forty years on the rock", "© 2019 Island Courier")
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, post, credit])


def test_a_video_card_inside_the_story_goes_with_its_player() -> None:
    # a clip's title over its length, under a player's "Up next" or printed again in the
    # rail under the story: a video card, not the story's subhead
    page = _dated_page(
        PARA_1, "", "Tractor tips over on the harbour road", "0:38", PARA_2, "",
        "Up next", "Cows on the line: how the rescue went", "01:34",
        "Farmers fear for the harvest after the dry spring", "02:08", PARA_3, "",
        "Top videos", "Now Playing", "Tractor tips over on the harbour road", "0:38",
        "© 2019 Island Courier")
    cleaned = strip_chrome(page)
    assert cleaned.body == "\n\n".join([PARA_1, PARA_2, PARA_3])
    assert ("Farmers fear for the harvest after the dry spring", "video player") in [
        (r.text, r.reason) for r in cleaned.removed]


def test_a_subhead_over_a_time_of_day_alone_is_no_video_card() -> None:
    # no player near it and printed once: nothing says it is a clip
    page = _dated_page(
        PARA_1, "", "The timetable from Monday", "14:52", PARA_2, "", PARA_3, "",
        "© 2019 Island Courier")
    cleaned = strip_chrome(page)
    assert "video player" not in [r.reason for r in cleaned.removed]


def test_the_story_goes_on_past_a_video_rail_and_an_embedded_post() -> None:
    # a rail of videos under a related heading, then an Instagram post: the rail costs the
    # story nothing, and the box does not take the post
    post = ("Some letters take seventy years to arrive. So proud to finally be bringing this "
            "story of the island's ferry to the screen with the whole crew @islandferry #ferry")
    credit = "A post shared by Ann Lee (@annlee) on Mar 3, 2021 at 8:02am PST"
    page = _dated_page(
        PARA_1, "", PARA_2, "", "Related Videos", "Now Playing", "Cows on the line: how the rescue went",
        "04:12", "Up Next", "Farmers fear for the harvest after the dry spring", "03:27",
        "The lighthouse keeper's last night on the rock", "05:02",
        "Island bakery's rye bread, start to finish", "38:45", "Watch More Videos",
        "View this post on Instagram", post, credit, LAST, "", "Related Topics", "Ferries",
        "Harbour", "© 2019 Island Courier")
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, post, credit, LAST])


def test_a_question_over_a_list_with_no_vote_button_is_no_poll() -> None:
    items = ["Yes, every Sunday", "Only in summer", "No"]
    page = _dated_page(
        PARA_1, "", "Islanders were asked: should the ferry run on Sundays?", *items, "",
        PARA_2, "", "© 2019 Island Courier")
    assert "reader poll" not in [r.reason for r in strip_chrome(page).removed]


def test_a_newsletter_box_s_heading_and_pitch_over_its_form_are_dropped() -> None:
    pitch = ("Harbour Notes tracks every sailing and every fare change in the islands and "
             "tells you who won, who lost, who skipped the vote and what comes next for the "
             "harbour, the ferries and the council, every weekday morning before you wake.")
    # a page set without blank lines, where the pitch weighs as much as a paragraph
    page = "\n".join([
        "Ferry terminal to open next spring", "By Ann Lee", "14 October 2019", PARA_1, PARA_2,
        "Tags", "Ferries", "Harbour", "Don't miss a sailing.", pitch, "Email address",
        "Subscribe", "No thanks", "12 Comments", "Sign in to comment", "© 2019 Island Courier"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2])


def test_the_last_paragraph_over_a_newsletter_form_stays() -> None:
    # no heading of the box's own over it: the story's paragraph, not the box's pitch
    page = _dated_page(
        PARA_1, "", PARA_2, "", PARA_3, "Email address", "Subscribe", "© 2019 Island Courier")
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])


def test_a_summary_box_on_a_page_without_blank_lines_ends_at_the_first_paragraph() -> None:
    # the bullets are one short sentence each; the story's first paragraph, set tight
    # under them, is far longer
    first = ("Bands of heavy rain will sweep over the islands through Thursday, and the "
             "hardest-hit harbours could see the ferries stop for two days before it eases.")
    page = "\n".join([
        "Storm to close the ferries", "By Ann Lee", "14 October 2019", "At a Glance",
        "Heavy rain will hit the outer islands hardest.", "Ferries may stop for two days.",
        "Travel will be hard at times through Thursday.", first, PARA_2, PARA_3,
        "© 2019 Island Courier"])
    assert strip_chrome(page).body == "\n\n".join([first, PARA_2, PARA_3])


def test_the_story_goes_on_under_a_clip_s_replay_button_and_more_videos_link() -> None:
    # a clip's title and length by its "Replay" control, then the rail's "More videos"
    # link: the player's lines, not a related box over the last paragraph
    page = "\n".join([  # a page set without blank lines
        "Ferry terminal to open next spring", "By Ann Lee", "14 October 2019", PARA_1, PARA_2,
        "Cows on the line: how the rescue went", "0:58", "Replay", "More videos", LAST,
        "Sign up for the Island Courier newsletter", "Get updates direct to your inbox",
        "E-mail", "Sign up", "© 2019 Island Courier"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, LAST])


def test_a_quote_box_with_its_exchange_stamp_and_profile_link_parts_nothing() -> None:
    # the box's stamp is a date line, but no header of the story under it
    quote = ["Harbour Ferries Inc.", "NASDAQ: HBFY", "$18.74", "+1.32 (+7.58%)",
             "Updated Sep 16, 2020 4:00 PM EDT", "Company profile"]
    page = "\n".join([
        "Ferry operator to add 240 jobs", "By Ann Lee", "Sep 16, 2020, 2:31pm EDT", "Share",
        "Email", PARA_1, *quote, PARA_2, PARA_3, "© 2019 Island Courier"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])


def test_a_caption_under_its_enlarge_toggle_over_a_credit_in_capitals_is_dropped() -> None:
    caption = "The building on Harbour Drive that the ferry operator will lease."
    page = "\n".join([  # a page set without blank lines
        "Ferry operator to add 240 jobs", "By Ann Lee", "Sep 16, 2020, 2:31pm EDT", PARA_1,
        PARA_2, "Enlarge", caption, "HARBOUR PARK PARTNERS", PARA_3, LAST,
        "© 2019 Island Courier"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3, LAST])


def test_captions_over_short_credits_with_the_story_tight_under_them_are_dropped() -> None:
    # a lead photo's caption tight under the byline, over an organisation's credit; another
    # caption further down over a station's call sign; the story's paragraphs follow each
    # credit with no blank line, as a <p> after a figure's <div>s does
    lead = "Smoke rises from a ferry on the harbour road near Northport on Wednesday."
    later = "The burned-out shell of the ferry is towed away on Wednesday evening."
    page = "\n".join([
        "Ferry fire: crew hailed as heroes", "", "Nov. 14, 2019, 8:12 AM EST",
        "By Ann Lee", lead, "Island County Sheriff's Office", PARA_1, "", PARA_2, "", later,
        "WKTN", PARA_3, "", "Ann Lee", "© 2019 Island Courier"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])


def test_a_first_paragraph_tight_under_the_date_over_a_person_s_name_stays() -> None:
    # a name set alone under the first paragraph may be the story's own line, not a
    # photographer's credit: only a body's credit ("... Sheriff's Office") makes a caption
    page = "\n".join([
        "Ferry fire: crew hailed as heroes", "", "By Bo Ray", "October 06, 2018", PARA_1,
        "Ann Lee", PARA_2, "", PARA_3, "", "Reader views", "© 2019 Island Courier"])
    body = strip_chrome(page).body
    assert PARA_1 in body and PARA_2 in body


def test_a_clip_s_description_between_its_length_and_up_next_is_the_player_s() -> None:
    description = ("Island firefighters spent nearly two hours getting a mare out of a frozen "
                   "pond on Sunday.")
    page = "\n".join([
        "Crews pull horse from frozen pond", "", "By Ann Lee", "January 19, 2020",
        "Firefighters pull horse from frozen pond", "0:58", description, "Up next",
        "Storm forecast: bitter cold lingers into Tuesday", "2:14", PARA_1, "", PARA_2, "",
        "© 2019 Island Courier"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2])


def test_a_line_printed_twice_over_two_clock_stamps_is_no_video_card() -> None:
    # a live blog's stamps under a line its entries repeat: not the same clip twice
    entries = [line for stamp in ("14:52", "13:07") for line in (
        "Ferry timetable: 1 early, 1 late, 2 at noon", stamp, PARA_1 if stamp == "14:52"
        else PARA_2, "")]
    page = "\n".join(["Ferry strike: live updates", "", "By Ann Lee", "14 October 2019", "",
                      *entries, PARA_3, "", "© 2019 Island Courier"])
    assert "video player" not in [r.reason for r in strip_chrome(page).removed]


def test_a_byline_set_between_dots_with_its_stamp_dates_the_story() -> None:
    # writer, outlet and stamp on one line between dots; a dotted line of links is no date
    assert is_dated("Ann Lee · Island News · Posted: Mar 10, 2020 4:00 AM CT | Last "
                    "Updated: March 10, 2020")
    assert not is_dated("News · Sport · Weather · Travel")
    assert not is_dated("The ferry left at dawn · it was March 10, 2020 and the sea was calm "
                        "for once · said the skipper")


def test_the_last_paragraphs_under_a_sign_up_and_a_read_more_link_stay() -> None:
    # short paragraphs set tight under a box's button and an inline link line, then the
    # network's pitch under the story
    first = "We lost count of the trips she made in January, the captain said."
    second = "The brigade is looking for new members. Training is on Thursdays at 7pm."
    page = "\n".join([
        "Fire brigade's old tanker retires", "", "By Ann Lee", "14 October 2019", "",
        PARA_1, "", PARA_2, "", "Get the news in your inbox", "Sign up", first, "",
        "READ MORE: 'We were lucky': the island remembers the January fires", second, "",
        "Our reporters work hard to bring you local news, every day of the year.",
        "Bookmark islandcourier.com.au", "Follow us on Twitter: @IslandCourier",
        "© 2019 Island Courier"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, first, second])


# Data widgets set between a story's paragraphs, and one line each must be removed for
WIDGETS = [
    pytest.param(["Island Weather", "Now", "24°", "Feels like 11°", "Cloudy", "Wind NW 14 mph",
                  "Today", "Flurries early, clearing late", "High 27°", "Low 9°",
                  "Full 7-Day Forecast"], "High 27°", "weather box", id="weather"),
    # two readings under a title three lines over the first
    pytest.param(["Weer in Oostkerk", "Vandaag", "Regen", "8°", "Wind ZW 6", "Morgen", "Buien",
                  "7°", "Wind W 5", "Bekijk de verwachting"], "Weer in Oostkerk", "weather box",
                 id="two-day-weather"),
    pytest.param(["READER POLL", "Should the ferry run on Sundays?", "Yes, every Sunday",
                  "Only in summer", "No", "Not sure", "Vote", "View Results", "1,284 votes"],
                 "Only in summer", "reader poll", id="poll"),
    # the price after its figure, the change's share in brackets, the exchange's stamp (a
    # date line that heads no story) and a Russian chart's periods
    pytest.param(["KMHL", "ПАО «КМХ»", "312,4 ₽", "+14,3 (+4,80%)",
                  "Мосбиржа, 18.11.2019 15:00 мск", "1Д", "1Н", "1М", "1Г"], "312,4 ₽",
                 "market data", id="quote-decimal-commas"),
    # a ticker, the company's name, its price and the signed change under it
    pytest.param(["HBFY", "Harbour Ferries Inc", "84.12", "+10.36 (+14.05%)"], "84.12",
                 "market data", id="quote-one-cell-a-line"),
    # a portal's quote: the name with its ticker in brackets, the price source, the close
    pytest.param(["Harbour Ferries, Inc. (HBFY)", "NYSE - Nasdaq Real Time Price. Currency in USD",
                  "47.82", "+6.14 (+14.73%)", "At close: 4:00PM EDT"], "47.82", "market data",
                 id="quote-portal"),
    # a match's score: the teams around their goals, the scorers, the ground, the report
    pytest.param(["Final", "Island Rovers", "1", "2", "Harbour Athletic",
                  "Lee (29') · Ray (78'), Roe (92')", "Harbour Park · 1,840 spectators",
                  "Match report"], "Harbour Athletic", "score box", id="score"),
]


@pytest.mark.parametrize(("widget", "line", "reason"), WIDGETS)
def test_a_data_widget_between_the_story_s_paragraphs_parts_nothing(
    widget: list[str], line: str, reason: str
) -> None:
    page = _dated_page(
        PARA_1, "", *widget, PARA_2, "", PARA_3, "", "© 2019 Island Courier")
    cleaned = strip_chrome(page)
    assert cleaned.body == "\n\n".join([PARA_1, PARA_2, PARA_3])
    assert (line, reason) in [(r.text, r.reason) for r in cleaned.removed]


def test_lines_that_look_like_widgets_or_attributions_stay_in_the_story() -> None:
    # an election's results one a line (a party code, a share, a swing), a paragraph asking
    # a question over a yes/no list and a vote button, a sentence naming a speaker under a
    # line printed twice: none is a quote box, a poll or a pull quote's attribution
    results = ["Labour", "LAB", "41.2", "+3.1"]
    asked = ("Should the ferry run on Sundays, the council asked islanders in its survey, and "
             "what should a return ticket cost?")
    options = ["Yes", "No", "Vote"]
    said = "Ann Lee, the mayor, said the plan would work."
    quote = "A new ferry terminal next spring to cope with a rise in passengers"
    page = "\n".join([
        "Island votes on Sunday ferries", "", "By Ann Lee", "14 October 2019", "",
        PARA_1, "", *results, PARA_2, "", asked, "", *options, "", PARA_3, "", quote, said, "",
        LAST, "", "© 2019 Island Courier"])
    cleaned = strip_chrome(page)
    assert asked in cleaned.body and said in cleaned.body
    assert not {"market data", "reader poll"} & {r.reason for r in cleaned.removed}



def test_a_caption_over_its_credit_and_buy_now_button_is_dropped() -> None:
    caption = "The underside of the parish van after its catalytic converter was cut out."
    page = "\n".join([  # a page set without blank lines
        "Man charged with converter thefts", "By Ann Lee", "14 October 2019", PARA_1, PARA_2,
        caption, "Courtesy of St. Brendan Parish", "Buy Now", PARA_3, "© 2019 Island Courier"])
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])


def test_a_short_subhead_under_a_box_of_headlines_is_the_storys() -> None:
    # a box's entries print no blank line, a subhead prints one: a short line with a blank
    # line and a paragraph under it, closing a box of longer headlines, is the story's
    page = _dated_page(
        PARA_1, "", PARA_2, "", "Related", "Island bakery wins a national prize for its rye bread",
        "New pier opens on the north shore after years of delays", "The cost of waiting", "",
        PARA_3, "", "© 2019 Island Courier")
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, "The cost of waiting", PARA_3])


def test_a_box_set_as_one_paragraph_drops_its_last_headline() -> None:
    # a box set as one paragraph with line breaks ends on a blank line too: its last entry,
    # a headline as long as the others, is no subhead
    last = "New pier opens on the north shore after years of delays"
    page = _dated_page(
        PARA_1, "", PARA_2, "", "Related", "Island bakery wins a national prize for its rye bread",
        last, "", PARA_3, "", "© 2019 Island Courier")
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, PARA_3])


def test_a_two_word_subhead_under_an_ad_label_is_the_storys() -> None:
    # an ad slot is a <div>: no blank line under it, one under the <h2>; no photo credit
    # stands there, so two words in sentence case are the story's subhead
    page = _dated_page(
        PARA_1, "", PARA_2, "", "Advertisement", "Rising costs", "", PARA_3, "", PARA_4, "",
        "© 2019 Island Courier")
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, "Rising costs", PARA_3, PARA_4])
    # ... but two words in title case under an ad's label are its button or its advertiser,
    # and two words under a pull quote are the quote's source
    button = page.replace("Rising costs", "Learn More")
    assert "Learn More" not in strip_chrome(button).body.split("\n\n")
    quote = "The old building was never meant to handle this many people"
    sourced = _dated_page(PARA_1, "", PARA_2, "", PARA_3, "", quote, "Treasury source", "",
                          PARA_4, "", "© 2019 Island Courier")
    assert "Treasury source" not in strip_chrome(sourced).body.split("\n\n")


def test_a_list_under_a_japanese_as_follows_sentence_is_the_storys() -> None:
    # Japanese ends the sentence over a list with "。", not ":": "以下の通り。" still
    # introduces it, where a box's short heading does not
    paras = ["町は来年度から、島と本土を結ぶ航路の運航を引き継ぐ方針を固めた。船の買い取りと改修に"
             "約一億円を見込み、国の補助制度の活用も検討している。",
             "町長は記者会見で、航路は島の命綱であり、何としても途切れさせないと述べた。町は今月下旬"
             "に島で住民説明会を開く予定だ。"]
    items = ["船の買い取りと改修", "運航事業者の公募", "船員の確保と育成"]
    page = "\n".join(["町が航路を引き継ぎへ", "", paras[0], "", "主な計画は以下の通り。", "",
                      *items, "広告", paras[1], "", "© 2019 北浜新聞"])
    assert set(items) <= set(strip_chrome(page).body.split("\n\n"))
    boxed = page.replace("主な計画は以下の通り。", "注目の話題")
    assert not set(items) & set(strip_chrome(boxed).body.split("\n\n"))


def test_an_interviews_questions_and_one_sentence_answers_are_no_teaser_cards() -> None:
    # a question opening on a dash over a one-sentence answer is shaped like a teaser's
    # headline over its blurb; three in a row closing a long story are still the interview
    qa = [("— Why take the type out again?",
           "My old boss called me the winter before he died to say that the letters would go "
           "for scrap unless somebody took them, and when I went down to the cellar I found "
           "every case of type still sorted the way we left it in 1998."),
          ("— Who comes to you now?",
           "Mostly young couples who want wedding cards with the little dent in the paper, poets "
           "printing a first small book and shop owners who want business cards that feel "
           "different from the ones every printer in town can make for them."),
          ("— How long does a poem take?",
           "Picking the letters for a poem of twenty lines takes me half a day, and then I set "
           "the forme, pull a proof for the customer, swap the wrong letters with tweezers and "
           "only then print the whole run on the old press.")]
    page = _dated_page(PARA_1, "", PARA_2, "", PARA_3, "", PARA_4, "", PARA_5, "", PARA_6, "",
                       *[line for pair in qa for line in (*pair, "")], "© 2019 Island Courier")
    body = strip_chrome(page).body.split("\n\n")
    assert all(question in body and answer in body for question, answer in qa)


def test_a_blogs_about_me_box_over_the_post_does_not_make_the_post_a_thread() -> None:
    # Blogger prints its sidebar's "About Me" heading over the post; the post's date line,
    # its long paragraphs, then the comments' stamps follow: the stamps under the heading
    # are no thread while a whole story stands under the first of them
    post = [" ".join([PARA_1, PARA_2, PARA_3]), " ".join([PARA_4, PARA_5, PARA_6]),
            " ".join([PARA_2, PARA_4, PARA_6]), " ".join([PARA_1, PARA_3, PARA_5])]
    comments = []
    for name, stamp, text in (
            ("Sandy R.", "April 8, 2019 at 6:14 AM",
             "Beautiful job on this one, Walt, your dad would be proud of the boat."),
            ("Tom Kenney", "April 8, 2019 at 7:30 AM",
             "The ferry queues were awful last summer, so the new terminal cannot come soon."),
            ("Marcy in Belfast", "April 9, 2019 at 2:41 PM",
             "Please write about the new timetable when it comes out in the spring.")):
        comments += [name, stamp, text, "Reply"]
    page = "\n".join(["Notes from Gull Hollow", "",
                      "Boats, bread, birds and the occasional grumble from a retired shop teacher "
                      "on the harbour coast.", "", "About Me",
                      "Walt T.", "More…", "April 07, 2019", "Ferry terminal to open next spring",
                      "Get link", "Facebook", "Email", *[f"{p}\n" for p in post],
                      "Comments", *comments, "Post a Comment"])
    assert strip_chrome(page).body == "\n\n".join(post)


def test_a_one_word_heading_between_two_paragraphs_is_the_storys() -> None:
    # "Background" set apart between two paragraphs heads the story's next part; a page
    # control printed there ("Reply", "Share") does not
    page = _dated_page(PARA_1, "", PARA_2, "", "Background", "", PARA_3, "", PARA_4, "",
                       "© 2019 Island Courier")
    assert strip_chrome(page).body == "\n\n".join([PARA_1, PARA_2, "Background", PARA_3, PARA_4])
    for label in ("Reply", "Share"):
        body = strip_chrome(page.replace("Background", label)).body.split("\n\n")
        assert label not in body


# A name's hover card as a page copy prints it: the full name and three of the person's
# headlines glued to the name in the sentence, closed by the card's "MORE" link.
HOVER_CARD_TEXT = ("Harriet Lynn VossHarbour chief says ferry queues will ease Voss backs "
                   "island fund Terminal delay costs council £2m MORE")
CARDED_PARA = ("Harbour master Harriet VossHarriet Lynn VossHarbour chief says ferry queues will "
               "ease Voss backs island fund Terminal delay costs council £2m MORE, who took the "
               "post in 2017, said the queues in summer had become a real problem for families.")
UNCARDED_PARA = ("Harbour master Harriet Voss, who took the post in 2017, said the queues in summer "
                 "had become a real problem for families.")


def test_a_hover_card_glued_into_a_sentence_is_cut_out_of_the_body() -> None:
    cleaned = strip_chrome(_dated_page(PARA_1, "", CARDED_PARA, "", PARA_2, "",
                                       "© 2019 Island Courier"))
    assert cleaned.body == "\n\n".join([PARA_1, UNCARDED_PARA, PARA_2])
    assert ("hover card", HOVER_CARD_TEXT) in {(r.reason, r.text) for r in cleaned.removed}


def test_a_hover_card_is_cut_out_of_an_html_page_too() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in (PARA_1, CARDED_PARA, PARA_2, PARA_4))
    html = ("<!DOCTYPE html><html><head><title>Harbour to open new terminal</title></head>"
            f"<body><article><h1>Harbour to open new terminal</h1>{paragraphs}</article>"
            "</body></html>")
    body = strip_chrome(html).body
    assert UNCARDED_PARA in body and "MORE" not in body


@pytest.mark.parametrize("text", [
    # names run together with no card's full name ending on the printed one
    "Shares in McDonaldMcKinsey rose MORE than expected after the Harbour Board deal.",
    # a shouted "MORE" in a sentence with a name in it
    "Harriet Voss said the islands need MORE ferries, not fewer, before the summer rush.",
    "The iPhone and the PlayStation sold MORE units in Britain this year than last year.",
])
def test_sentences_without_a_hover_card_are_left_whole(text: str) -> None:
    cleaned = strip_chrome(_dated_page(PARA_1, "", text, "", PARA_2, "", "© 2019 Island Courier"))
    assert cleaned.body == "\n\n".join([PARA_1, text, PARA_2])


LAST_ON_TOPIC = ("The harbour authority says the new terminal will open to passengers in April, "
                 "once ferry timetables for the islands have been agreed with the operators.")
SITE_PITCH = ("We publish independent journalism for readers across the whole region and rely "
              "on subscriptions from people like you to keep doing it every single day.")


@pytest.mark.parametrize(("last", "kept"), [(LAST_ON_TOPIC, True), (SITE_PITCH, False)])
def test_one_paragraph_under_a_mid_story_box_is_kept_when_it_is_on_the_storys_topic(
        last: str, kept: bool) -> None:
    # a newsletter box over the story's last paragraph: that paragraph speaks of the
    # harbour, the terminal and the ferries as the story does; a site's pitch does not
    story = [PARA_1, PARA_2, PARA_3, PARA_4, PARA_5, PARA_6]
    page = _dated_page(*[f"{p}\n" for p in story], "Sign up for our newsletter", "",
                       "Email *", "", "Subscribe", "", last, "", "© 2019 Island Courier")
    body = strip_chrome(page).body.split("\n\n")
    assert body[:6] == story
    assert (last in body) is kept


def test_a_story_ending_on_a_company_profile_keeps_its_last_paragraph_under_a_box() -> None:
    # the profile under the story is cut as its tail; the paragraph between the newsletter
    # box and the profile is still the story's, not the box's
    story = [PARA_1, PARA_2, PARA_3, PARA_4, PARA_5, PARA_6]
    profile = ("Island Ferries is a regional operator of passenger and freight ferries, "
               "serving nine ports along the coast since it was founded in 1962.")
    page = _dated_page(*[f"{p}\n" for p in story], "Sign up for our newsletter", "",
                       "Email *", "", "Subscribe", "", LAST_ON_TOPIC, "", profile, "",
                       "© 2019 Island Courier")
    assert strip_chrome(page).body.split("\n\n") == [*story, LAST_ON_TOPIC]


@pytest.mark.parametrize("gap", ["", "\n"])
def test_a_story_paragraph_under_a_box_of_bare_headlines_is_no_teaser_card(gap: str) -> None:
    # "READ MORE:" over two bare headlines set inside the story, the story's last paragraph
    # under them, and teaser cards (headline, blurb) further down the page: the paragraph
    # under the box is the story's, though it stands where a first card's blurb would
    story = [PARA_1, PARA_2, PARA_3, PARA_4, PARA_5, PARA_6]
    cards = []
    for head, blurb in (("Ferry fares to rise by five per cent in April",
                         "The operator blames fuel costs for the first rise in three years."),
                        ("Island school wins national science award",
                         "Pupils built a tide gauge that now feeds the harbour's own data.")):
        cards += [head, blurb, ""]
    # (the box's lines set tight, or spaced as a paragraph each)
    page = _dated_page(*[f"{p}\n" for p in story], f"READ MORE:{gap}",
                       f"Council votes to keep the island library open on Sundays{gap}",
                       "Island bakery wins a national prize", "", LAST_ON_TOPIC, "",
                       "More from the Courier", "", *cards, "© 2019 Island Courier")
    assert strip_chrome(page).body.split("\n\n") == [*story, LAST_ON_TOPIC]


def test_a_teasers_cut_off_excerpt_under_a_related_heading_ends_the_story() -> None:
    # one teaser printed under the story as a headline, a standfirst and an excerpt cut
    # off mid-sentence ("…"), then a paywall's button: another story's opening, however
    # long it is beside a short story
    story = [PARA_1, PARA_2]
    page = _dated_page(*[f"{p}\n" for p in story], "You may also like", "Plus", "",
                       "Harbour master's plan for the old ferry slip divides the council", "",
                       "The slip has stood empty since the spring. Now the first plans are "
                       "on the table, and not everyone likes them.", "",
                       "When the last ferry left the old slip in April, the harbour master "
                       "spoke of a chance for the whole town. Four months on, a developer "
                       "from the mainland wants to build flats on the quay, and the council …",
                       "", "Read on with Courier Plus", "© 2019 Island Courier")
    assert strip_chrome(page).body.split("\n\n") == story
