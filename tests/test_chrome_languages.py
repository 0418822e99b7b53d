"""Chrome in other languages: stock labels of news sites are dropped, story lines are not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsum.chrome import strip_chrome
from newsum.chrome.lines import split_lines, word_count
from newsum.chrome.rules import compile_rules
from newsum.chrome.structure import link_lists

LABELS = json.loads((Path(__file__).parent / "fixtures" / "stock_labels.json").read_text("utf-8"))
EXAMPLES = json.loads((Path(__file__).parent / "fixtures" / "phrase_examples.json").read_text("utf-8"))


@pytest.mark.parametrize(("line", "reason"), LABELS["chrome"])
def test_stock_label_is_chrome_with_its_reason(line: str, reason: str) -> None:
    assert compile_rules().match(line, len(line.split())) == reason


@pytest.mark.parametrize("line", LABELS["story"])
def test_story_line_using_a_label_word_is_no_chrome(line: str) -> None:
    assert compile_rules().match(line, len(line.split())) is None


STORY_DE = [
    "Der Stadtrat hat am Dienstagabend beschlossen, die alte Fähre über den Fluss ab dem "
    "kommenden Frühjahr durch ein elektrisches Boot zu ersetzen.",
    "Das neue Boot soll 42 Fahrgäste und acht Fahrräder befördern und in einer Werft an der "
    "Küste gebaut werden, teilte die Stadtverwaltung mit.",
    "Die Kosten von rund 1,8 Millionen Euro trägt zur Hälfte das Land, den Rest zahlen die "
    "Stadt und der Landkreis gemeinsam.",
    "Anwohner hatten sich seit Jahren über den Lärm und den Dieselgeruch der alten Fähre "
    "beschwert, die seit 1974 im Einsatz ist.",
]


def test_labels_set_between_a_german_storys_paragraphs_are_dropped() -> None:
    labels = ["Link kopieren", "vor 5 Minuten", "Jetzt unterstützen", "Jederzeit kündbar"]
    blocks = [STORY_DE[0], STORY_DE[1], *labels, STORY_DE[2], STORY_DE[3]]
    result = strip_chrome("Fähre wird elektrisch\n\n" + "\n\n".join(blocks))
    assert all(paragraph in result.body for paragraph in STORY_DE)
    assert not any(label in result.body.split("\n") for label in labels)


CARDS_ES = [
    ("Metro ampliará su horario durante la Fiesta de la Vendimia",
     "La empresa informó que los últimos trenes saldrán a la 01:00 desde la estación Central "
     "el viernes y el sábado, con más personal en los andenes."),
    ("Brigadistas controlan incendio de pastizales cerca de viviendas",
     "Cinco compañías y un helicóptero trabajaron toda la noche. El fuego consumió unas 30 "
     "hectáreas de pastizal y dañó el techo de una casa."),
    ("Feria de invierno abre inscripciones para 150 artesanos",
     "Los puestos serán gratuitos para artesanos y pequeñas empresas de la zona. Las "
     "postulaciones se reciben hasta el 10 de julio en el municipio."),
    ("Vecina de 90 años termina la enseñanza media: \"Nunca es tarde\"",
     "Dejó el colegio a los 12 años para trabajar en el campo. Este año terminó sus estudios "
     "en un liceo nocturno y quiere estudiar historia."),
]
STORY_ES = [
    "Un sismo de magnitud 5,2 se registró a las 05:48 horas de este miércoles en la zona "
    "costera norte, con epicentro a 28 kilómetros al oeste de Puerto Almendro.",
    "El movimiento fue percibido con fuerza en Puerto Almendro y Valle Quemado, y con menor "
    "intensidad en la capital regional, donde algunos vecinos salieron a la calle.",
    "La autoridad marítima descartó que el sismo reuniera las condiciones para generar un "
    "tsunami, por lo que no fue necesario evacuar el borde costero.",
    "\"Se movió harto, pero fue rápido. Nos levantamos todos y esperamos en el patio\", contó "
    "una vecina de Valle Quemado.",
]


def test_teaser_cards_stamped_hace_minutos_stay_out_of_the_story() -> None:
    # A stamp the phrase lists know ("Hace 35 minutos") must cost a card run as much as an
    # unknown short line does, or the story's block grows over the cards under it.
    lines = ["Menú", "Nacional", "Deportes", "Tiempo", "Nacional",
             "Sismo de magnitud 5,2 sacude la zona norte: no se reportan daños", "",
             "Radio Almendro", "Miércoles 10 de julio de 2019 | 07:20", "Compartir",
             "Facebook", "Twitter", "WhatsApp", *STORY_ES, "Revisa también:",
             "Cortes de agua en cinco sectores de Puerto Almendro este jueves",
             "¿Qué hacer en caso de sismo? Las claves para armar un kit de emergencia",
             "Etiquetas", "Sismo", "Puerto Almendro", "Compartir", "Facebook", "Twitter",
             "WhatsApp", "Más de Nacional"]
    stamps = ["Hace 35 minutos", "Hace 1 hora", "Hace 2 horas", "Hace 3 horas"]
    for (headline, blurb), stamp in zip(CARDS_ES, stamps, strict=True):
        lines += [headline, blurb, stamp]
    lines += ["Lo más visto", "Quiénes somos", "Contacto", "© 2019 Radio Almendro"]
    body = strip_chrome("\n".join(lines)).body
    assert all(paragraph in body for paragraph in STORY_ES)
    assert not any(blurb in body for _, blurb in CARDS_ES)


def test_a_sign_up_forms_consent_line_inside_a_story_is_dropped() -> None:
    consent = ("Ich willige ein, dass der Flussbote mir den Newsletter per E-Mail zusendet. "
               "Die Einwilligung kann ich jederzeit widerrufen.")
    lines = ["Fähre wird elektrisch", "", STORY_DE[0], "", STORY_DE[1], "",
             "E-Mail-Adresse eingeben", "Kostenlos registrieren", consent, "",
             STORY_DE[2], "", STORY_DE[3]]
    result = strip_chrome("\n".join(lines))
    assert all(paragraph in result.body for paragraph in STORY_DE)
    assert consent not in result.body
    assert {r.text: r.reason for r in result.removed}[consent] == "subscription prompt"


def test_a_long_paragraph_on_privacy_under_a_sign_up_form_stays() -> None:
    paragraph = ("Der Datenschutzbeauftragte des Landes hatte die Stadt bereits im Frühjahr "
                 "aufgefordert, die Kameras an der Anlegestelle abzubauen, weil sie auch den "
                 "Gehweg und die Terrasse des Cafés filmten. Die Stadt hielt dagegen, die "
                 "Aufnahmen würden nach 48 Stunden gelöscht und seien nur für die Polizei "
                 "bestimmt. Nun soll ein Gericht entscheiden, ob die Anlage bleiben darf oder "
                 "abgebaut werden muss, wie es Anwohner seit Monaten fordern.")
    lines = ["Fähre wird elektrisch", "", STORY_DE[0], "", STORY_DE[1], "",
             "E-Mail-Adresse eingeben", "Kostenlos registrieren", paragraph, "", STORY_DE[2]]
    assert paragraph in strip_chrome("\n".join(lines)).body


@pytest.mark.parametrize("paragraph", [
    # words of a consent line that a story uses too: a deal, private schools, a border
    "Over het akkoord stemt de gemeenteraad volgende week, zei de wethouder.",
    "Soukromé školy dostanou od státu o 300 milionů korun víc.",
    "Ryssland kränker Ukrainas territoriella integritet, sa utrikesministern.",
])
def test_a_short_paragraph_under_a_sign_up_form_stays(paragraph: str) -> None:
    lines = ["Fähre wird elektrisch", "", STORY_DE[0], "", STORY_DE[1], "",
             "E-Mail-Adresse eingeben", "Kostenlos registrieren", paragraph, "", STORY_DE[2]]
    assert paragraph in strip_chrome("\n".join(lines)).body


def test_a_box_of_kicker_cards_under_an_unknown_heading_ends_a_german_story() -> None:
    # a tabloid's box: a kicker in capitals over each headline, a blank line apart; its
    # heading is one the phrase lists need not know
    cards = [("KAUM ZU GLAUBEN", "Mutter verrät Trick gegen gefrorene Windschutzscheiben"),
             ("WER IST DER VATER?", "Serien-Fans geschockt: Lehrerin Maya ist schwanger"),
             ("Party-Prinz", "Prinz lebt von 270.000 Pfund wie ein Milliardär"),
             ("EISBRECHER", "Sänger trennt sich nur sechs Monate nach der Hochzeit")]
    note = ("Unsere Redaktion bemüht sich um Genauigkeit, doch gelegentlich unterlaufen uns "
            "Fehler. Wie Sie uns einen Fehler melden können und wie wir Korrekturen "
            "veröffentlichen, lesen Sie auf unserer Seite zum Beschwerdeverfahren.")
    page = "\n\n".join(["Fähre wird elektrisch", *STORY_DE, "Leserlieblinge",
                         *(line for card in cards for line in card), note, "Impressum"])
    body = strip_chrome(page).body.split("\n\n")
    assert body[:4] == STORY_DE
    assert not any(line in body for card in cards for line in card)


def test_chrome_lines_in_26_languages_get_their_reason() -> None:
    rules = compile_rules()
    wrong = [(line, reason, rules.match(line, int(word_count(line))))
             for line, reason in EXAMPLES["chrome"]
             if rules.match(line, int(word_count(line))) != reason]
    assert not wrong


def test_story_lines_in_26_languages_are_no_chrome() -> None:
    rules = compile_rules()
    assert not [line for line in EXAMPLES["story"] if rules.match(line, int(word_count(line)))]


def test_a_menu_with_entries_the_phrase_lists_know_is_still_one_list() -> None:
    # "Kontakt" is a label the phrase lists know; the post links set tight over it are one
    # menu with it and the footer link under it, not a two-line list the story may hold
    menu = ["← Der erste monatliche Stammtisch steht fest!",
            "Fährfahrt zum Sommerfest – die Anmeldung läuft →", "Kontakt",
            "Impressum & Datenschutz"]
    lines = split_lines("\n".join([STORY_DE[0], "", "https://www.faehre-elektrisch.de", "",
                                   *menu]))
    dropped = {4: compile_rules().match("Kontakt", 1) or ""}
    assert dropped[4] == "navigation"
    assert set(link_lists(lines, dropped)) == {2, 3, 5}


def test_a_swedish_blogs_comment_count_starts_its_thread() -> None:
    # "1 kommentar" over the thread, as "1 comment" in English: the reader's comment under
    # it is no part of the post, however long
    post = ["Vi vandrade upp till sjön i lördags, och barnen bar sina egna flaskor för första "
            "gången hela vägen.", "Det tog tre timmar med pauser, och utsikten från toppen var "
            "värd varje steg uppför den branta stigen."]
    comment = ("Vi fyller också på våra flaskor innan vi ger oss ut. I höst åker vi mest runt "
               "på vandringsleder i närheten och tar med oss lunch, vatten och varma kläder till "
               "alla, eftersom vädret kan slå om snabbt uppe på fjället.")
    page = "\n".join(["Vandring med barnen", "", post[0], "", post[1], "", "1 kommentar",
                      "Regan", "föregående inlägg", "Stephanie 17 september 2014 - 13:01", "",
                      comment, "", "Svara", "Lämna en kommentar"])
    assert strip_chrome(page).body == "\n\n".join(post)
