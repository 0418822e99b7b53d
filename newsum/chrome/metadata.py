"""Headline, byline and publication date found in the lines of a text dump."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# Month names of other languages a page header prints (de, fr, es, pt, it, nl, id, ru, ...), keyed
# by the stem every inflection shares; an English stem of the same month is not repeated.
# Russian dates use the genitive ("18 ноября 2019"), so stems stop before the case ending.
FOREIGN_MONTHS = {
    "januar": 1, "janvier": 1, "enero": 1, "janeiro": 1, "gennaio": 1, "januari": 1,
    "февр": 2, "fevereiro": 2, "febbraio": 2, "février": 2, "fevrier": 2, "febrero": 2,
    "februari": 2, "märz": 3, "maerz": 3, "mars": 3, "marzo": 3, "março": 3, "maret": 3,
    "avril": 4, "abril": 4, "aprile": 4, "mai": 5, "mayo": 5, "maio": 5, "maggio": 5,
    "mei": 5, "juin": 6, "junio": 6, "junho": 6, "giugno": 6, "juni": 6, "juli": 7,
    "juillet": 7, "julio": 7, "julho": 7, "luglio": 7, "août": 8, "aout": 8, "agosto": 8,
    "ago": 8, "agustus": 8, "setembro": 9, "settembre": 9, "septiembre": 9, "set": 9,
    "oktober": 10, "octobre": 10, "octubre": 10, "outubro": 10, "ottobre": 10, "okt": 10,
    "ott": 10, "out": 10, "novembre": 11, "noviembre": 11, "novembro": 11, "nopember": 11,
    "dezember": 12, "décembre": 12, "decembre": 12, "diciembre": 12, "dezembro": 12,
    "dicembre": 12, "desember": 12, "dez": 12, "dic": 12, "des": 12,
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
    "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
    # pl, cs, sv/da/no, tr, ro, uk, el and hu: the stems not already above
    "stycz": 1, "lut": 2, "kwie": 4, "maj": 5, "czerw": 6, "lip": 7, "sierp": 8, "wrze": 9,
    "paźdz": 10, "listopad": 11, "grud": 12,
    "led": 1, "únor": 2, "břez": 3, "dub": 4, "květ": 5, "červen": 6, "června": 6,
    "červnu": 6, "červenec": 7, "července": 7, "červenci": 7, "srp": 8, "září": 9, "říj": 10,
    "prosin": 12,
    "ocak": 1, "şubat": 2, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7, "ağustos": 8,
    "eylül": 9, "ekim": 10, "kasım": 11, "kasim": 11, "aralık": 12, "aralik": 12,
    "ian": 1, "iun": 6, "iul": 7, "noiem": 11,
    "січ": 1, "лют": 2, "берез": 3, "квіт": 4, "трав": 5, "черв": 6, "лип": 7, "серп": 8,
    "верес": 9, "жовт": 10, "листоп": 11, "груд": 12,
    "ιανουαρ": 1, "φεβρουαρ": 2, "μαρτ": 3, "απριλ": 4, "μαΐ": 5, "μαι": 5, "ιουν": 6,
    "ιουλ": 7, "αυγο": 8, "σεπτ": 9, "οκτ": 10, "νοεμ": 11, "νοέμ": 11, "δεκ": 12,
    "január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6,
    "július": 7, "augusztus": 8, "szeptember": 9, "október": 10,
    # ar (the Egyptian and the Levantine names), he (also with the prefix "ב", "in"), hi, th
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5,
    "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9,
    "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12, "شباط": 2, "آذار": 3,
    "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9,
    **{prefix + name: number for prefix in ("", "ב") for name, number in (
        ("ינואר", 1), ("פברואר", 2), ("מרץ", 3), ("מרס", 3), ("אפריל", 4), ("מאי", 5),
        ("יוני", 6), ("יולי", 7), ("אוגוסט", 8), ("ספטמבר", 9), ("אוקטובר", 10),
        ("נובמבר", 11), ("דצמבר", 12))},
    "जनवरी": 1, "फ़रवरी": 2, "फरवरी": 2, "मार्च": 3, "अप्रैल": 4, "मई": 5, "जून": 6,
    "जुलाई": 7, "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "अक्तूबर": 10,
    "नवंबर": 11, "नवम्बर": 11, "दिसंबर": 12, "दिसम्बर": 12,
    "มกราคม": 1, "กุมภาพันธ์": 2, "มีนาคม": 3, "เมษายน": 4, "พฤษภาคม": 5, "มิถุนายน": 6,
    "กรกฎาคม": 7, "สิงหาคม": 8, "กันยายน": 9, "ตุลาคม": 10, "พฤศจิกายน": 11, "ธันวาคม": 12,
    "ม.ค": 1, "ก.พ": 2, "มี.ค": 3, "เม.ย": 4, "พ.ค": 5, "มิ.ย": 6, "ก.ค": 7, "ส.ค": 8,
    "ก.ย": 9, "ต.ค": 10, "พ.ย": 11, "ธ.ค": 12,
}
# Whole month words, which a one-word byline is not ("by March"; but "by Maya" is a name).
MONTH_WORDS = set(MONTHS) | set(FOREIGN_MONTHS) | {
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december"}
# Longest stems first, so "junho" is not read as "jun" + "ho"; a stem takes only letters after it.
_STEMS = sorted(set(MONTHS) | set(FOREIGN_MONTHS), key=len, reverse=True)
_MONTH = rf"(?P<mon>(?:{'|'.join(map(re.escape, _STEMS))})[^\W\d_]*)\.?"
_AT = r"(?:at|às|um|à|alle|в)"  # "at" before a time, in the languages of the month names
_TIME = (rf"(?:\W{{1,3}}(?:{_AT}\s+)?(?P<h>\d{{1,2}})[:.h](?P<mi>\d{{2}})"
         r"(?:\s*(?P<ap>[ap])\.?m\.?)?)?")
# Each form carries named groups d, mon (name or number) and y; the time is optional after it.
# Day-first forms take "30. Juli 2018", "22 de janeiro de 2018" and "1er mars 2019".
DATE_FORMS = (
    re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?{_MONTH},?\s+(?:de\s+)?"
               rf"(?P<y>\d{{4}}){_TIME}", re.I),
    # ... or set with dots and no spaces ("19.nov.2019 às 14h52", as Brazilian sites print it)
    re.compile(rf"\b(?P<d>\d{{1,2}})\.{_MONTH}(?<=\.)(?P<y>\d{{4}}){_TIME}", re.I),
    re.compile(rf"\b{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}}){_TIME}", re.I),
    re.compile(rf"\b(?P<y>\d{{4}})-(?P<mon>\d{{2}})-(?P<d>\d{{2}})(?:[T ]{_TIME[5:]}", re.I),
    # a four-digit year may run into the next word ("08/08/2017by Ann Lee", inline elements
    # copied without a space between them)
    re.compile(rf"\b(?P<mon>\d{{1,2}})/(?P<d>\d{{1,2}})/(?P<y>\d{{4}}(?!\d)|\d{{2}}\b){_TIME}",
               re.I),
    # "13.11.2019" is day first (the European order); "11.15.2019" can only be month first,
    # and _iso swaps day and month when the day-first reading is impossible.
    re.compile(rf"\b(?P<d>\d{{1,2}})\.(?P<mon>\d{{1,2}})\.(?P<y>\d{{4}})(?!\d){_TIME}", re.I),
    # ... and with two digits of the year ("02.12.19"), as German sites print it
    re.compile(rf"\b(?P<d>\d{{1,2}})\.(?P<mon>\d{{1,2}})\.(?P<y>\d{{2}})(?![\d.]){_TIME}", re.I),
    # year first with slashes or dots ("2019/11/20", "2019.11.20"), and the East Asian
    # "2019年11月20日" / "2019년 11월 20일"
    re.compile(rf"\b(?P<y>\d{{4}})([/.])(?P<mon>\d{{1,2}})\2(?P<d>\d{{1,2}})\b{_TIME}", re.I),
    re.compile(r"(?P<y>\d{4})\s*[年년]\s*(?P<mon>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]"),
    # Hungarian puts the year first, each number closed by a dot ("2019. november 12. 14:35")
    re.compile(rf"\b(?P<y>\d{{4}})\.\s+{_MONTH}\s+(?P<d>\d{{1,2}})\.?{_TIME}", re.I),
    # Vietnamese names the month by number ("12 tháng 11 năm 2019")
    re.compile(rf"\b(?P<d>\d{{1,2}})\s+tháng\s+(?P<mon>\d{{1,2}}),?\s+(?:năm\s+)?"
               rf"(?P<y>\d{{4}}){_TIME}", re.I),
)
# A date printed without its year ("Nov 18, 8:19 PM", "18 Nov"): a site shows it for this
# year's items only, so the year is the page's own (its copyright year, see page_year).
NO_YEAR_FORMS = (
    re.compile(rf"^\W*{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:.]){_TIME}", re.I),
    re.compile(rf"^\W*(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s+{_MONTH}(?!\s*\d){_TIME}", re.I),
    # a Japanese portal's month/day with the weekday in brackets ("11/19(火) 14:52配信")
    re.compile(rf"^\W*(?P<mon>\d{{1,2}})/(?P<d>\d{{1,2}})\s*[（(][月火水木金土日][）)]{_TIME}"
               r"(?:配信|更新|掲載|公開)?"),
)
# "© 2019 Outlet", "Copyright 2019": the year the page was printed in.
COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]\s*)?(?P<y>\d{4})\b", re.I)
# The label of a date that is not the publication date ("Updated: 18 Nov 2019").
UPDATED = re.compile(r"\b(?:updated|modified|edited|aktualisiert|atualizado|actualizado|"
                     r"mis à jour|aggiornato|bijgewerkt|обновлено)\b", re.I)
# Marks that part the fields of a stamp line ("Ann Lee | March 3, 2026 | Transport").
FIELD_SEPARATOR = re.compile(r"\s*(?:[|•·;–—]|\s-\s)\s*")
# A time placed before the date ("22:40, 6 November 2024" or "6:56 AM ET, Tue Nov 19, 2019").
LEADING_TIME = re.compile(r"^\D{0,30}?(?P<h>\d{1,2})[:.](?P<mi>\d{2})\s*(?P<ap>[ap])?\.?m?\b", re.I)
# Words that may sit around a date on a date line without making it prose.
DATE_FILLER = re.compile(
    r"\b(published|updated|posted|last|modified|on|at|am|pm|a\.m|p\.m|et|est|edt|bst|gmt|utc|cet|"
    r"pst|pdt|cst|cdt|ist|mon|tue|wed|thu|fri|sat|sun|[a-z]+day|today|by|and|hours?|mins?|"
    r"minutes?|ago|read|time|publiziert|veröffentlicht|aktualisiert|am|um|publicado|atualizado|"
    r"actualizado|em|el|às|publié|mis à jour|le|pubblicato|aggiornato|il|alle|опубликовано|"
    r"обновлено|в|\d+|"
    # "at" before a time of day: "a las 16:47", "à 16 h 47", "16:47 Uhr", "alle ore 16", "om",
    # "o 16:47", "kl. 16.47", "pukul 16.47", "saat 16:47"
    r"a las|a la|à|h|uhr|ore|om|o|kl|pukul|saat|"
    # a French comment header's two-word "said" ("Ann le 12 mai 2018 à 16 h 47 a dit :")
    r"a dit|"
    # weekdays in German, Dutch, French, Spanish, Italian and Portuguese ("Donnerstag, 15.2.2018")
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|[a-z]+dag|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|"
    r"viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|"
    r"(segunda|terça|quarta|quinta|sexta)(-feira)?)\b",
    re.I,
)
WORD = re.compile(r"\w+")
# A date at the very start of a line ("03/05/2021 Ann Lee All, Books"): a post's stamp,
# which may be followed by the author and tags.
DATE_OPENING_MAX_WORDS = 8  # words such a line may hold after its date
# every date form has a year of four digits, or two after a slash or a dot ("11/19/19",
# "02.12.19"): a line without one is rejected before the date regexes run (most lines of
# an article have none)
YEAR_DIGITS = re.compile(r"\d{4}|/\d\d|\.\d\d\b")
# "By Jane Doe", "By Jane Doe and John Roe, Reuters", "By Tess Bonn - 11/19/19 06:56 AM EST",
# a fact-checking site's "Fact Check by Jane Doe".
# Labels of other languages: de "Von", es/pt "Por", "Publicado por", it "Di", fr "Par",
# id "Oleh", "Ditulis oleh", "Penulis:", "Reporter:", nl "Door", sv/no "Av", vi "Tác giả:",
# ru "Текст:"/"Автор:"; and "Text:" or "Words:" as a credit. A photo credit ("Photos by")
# is left out: the photographer is not the author.
# A hyphen inside a word is part of the name, "Jean-Paul", "Okonkwo-Baines"; one with spaces
# around it ends the name: "By Ann Lee - Staff Writer".
BYLINE = re.compile(
    r"^(?:by|words by|written by|story by|reported by|reporting by|posted by|text by|"
    r"fact[- ]check(?:ed)? by:?|author:?|autor(?:a|e)?:|auteur\s?:|escrito por|publicado por|"
    r"texto:|von|por|di|par|"
    r"oleh|ditulis oleh|penulis\s?:|reporter\s?:|tác giả\s?:|door|av|"
    r"text:|words:|текст:|автор:|автор|oleh\s?:|yazar\s?:|szerző\s?:|napsala?\s?:|"
    r"συντάκτης\s?:|scris de|skrevet af|kirjoittanut|بقلم\s?:?|كتب\s?:|מאת\s?:?|लेखक\s?:|"
    r"ผู้เขียน\s?:|โดย)\s+"
    r"(?P<name>[^\W\d](?:[^|•·,;:\-–—]|(?<=\w)-(?=\w)){1,80})",
    re.I,
)
# Chinese and Japanese credits run the name on after the label ("記者：王小明", "文/王小明"),
# Korean ones put "기자" (reporter) after it ("김민수 기자 minsu@example.kr").
CJK_BYLINE = re.compile(r"^(?:記者|记者|作者|文)\s?[:：/／]\s*(?P<name>[^\W\d_]{2,4})(?:\s|$)"
                        r"|^(?P<ko>[가-힣]{2,4})\s?기자(?:\s|$)")
CASELESS_NAME_WORDS = 4  # words of a name in a script without capitals, after a label
# A wire story's opening dateline: the place in capitals, maybe a region, date or agency,
# then a dash ("OSLO (Reuters) - ", "PORT MAREN, Calif. (AP) — "). Only an article opens so.
WIRE_DATELINE = re.compile(r"^(?:[A-Z][A-Z.'’-]+ ){0,3}[A-Z][A-Z.'’-]{2,}(?:,[^()—–]{2,40}?)?"
                           r"(?: \([^()]{2,30}\))? ?(?:—|–|--|-) ?\w")
# Co-authors in brackets after the byline's name ("By Ann Lee (with Bo Ray and Cy Roe)",
# "Par Ann Lee (avec Bo Ray et Cy Roe)"): read as more names of the list.
CO_AUTHORS = re.compile(r"\s*\((?:with|avec|mit|con|com)\s+(?P<names>[^()]{2,80})\)", re.I)
# "ByAnn Lee,": a byline whose label and linked name lost the space between them.
GLUED_BY = re.compile(r"^By(?=[A-Z][a-z]+ [A-Z])")
# A health site's reviewer set before the writer on the byline's line ("Medically reviewed by
# Ann Lee, MD — Written by Bo Ray on March 9, 2021"): the writer is the author.
REVIEWED_BY = re.compile(
    r"^(?:medically |clinically |fact[- ]checked and |expert )?reviewed by [^—–|•]{2,80}?"
    r"\s[—–|•]\s(?=\w)", re.IGNORECASE)
# A paragraph opening with its place and date, then a dash: "Modena, 12 novembre 2019 - ".
PLACE_DATE = re.compile(
    r"^[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+){0,2}, (?:\w+ )?\d{1,2}\.? [^\W\d_]{3,12}\.? \d{4} ?[-–—] ")
# "Posted on March 3, 2026 by Maya Lindqvist": a date line ending in the byline.
TRAILING_BY = re.compile(r"\bby\s+(?P<name>[^\W\d][^|•·,;:\-–—]{1,60})$", re.I)
TRAILING_BY_MAX_WORDS = 20  # words of such a line ("Posted on Tuesday, March 3, 2026 ... by")
# Words joining two authors' names in a byline.
NAME_JOINS = re.compile(r"\s+(?:and|und|y|e|et|en|dan|и|&)\s+")
# A site's handle for a one-word byline ("by Regan", "by jdadmin"): letters first, no spaces.
HANDLE = re.compile(r"^[^\W\d_][\w.'’-]{1,30}$")
# One-word "names" that are no author: the words a prose line opens with after "By".
NOT_HANDLE = {"the", "a", "an", "this", "that", "then", "now", "far", "way", "contrast",
              "comparison", "default", "law", "all", "means", "design", "hand", "email"}
# Marks of a line that is not a headline: separators, addresses, labels.
NOT_HEADLINE = re.compile(
    r"[|@»>/]|https?:|www\.|^(by|posted|updated|published|you are here|home)\b", re.I
)
# Words that open a byline or label, never a bare name.
NOT_NAME_START = {"by", "von", "por", "par", "di", "posted", "updated", "published", "home"}
# Words of section labels that look like names in Title Case.
# Navigation ("Next Post") and desk credits ("HNN Staff", "Sports Desk") look alike too.
SECTION_WORDS = {"news", "business", "world", "sport", "sports", "politics", "opinion", "latest",
                 "breaking", "live", "video", "more", "home", "markets", "tech", "culture",
                 "next", "previous", "prev", "post", "posts", "older", "newer", "article",
                 "staff", "desk", "team", "editors", "wire", "reports",
                 # buttons beside a byline ("Follow Author", "Share Story")
                 "follow", "author", "share", "story", "subscribe", "save"}
# A capitalised word of any script (checked with isupper), or a lower-case name particle.
NAME_WORD = re.compile(r"^(?:[^\W\d_][\w'’.-]*|de|da|del|van|von|der|la|le|al|bin|ibn)$")
PARTICLES = {"de", "da", "del", "van", "von", "der", "la", "le", "al", "bin", "ibn"}
MAX_NAME_WORDS = 5
# A title run into the name before it: "...LeeBusiness Columnist" at the end of a line.
GLUED_TITLE = re.compile(r"[a-z](?P<title>[A-Z][\w-]*(?: [A-Z][\w-]*){0,3})\s*$")
# The last word of a job title printed after a byline name ("Economics editor").
JOB_WORDS = {"editor", "correspondent", "reporter", "writer", "columnist", "journalist",
             "producer", "contributor", "critic", "analyst", "photographer"}
# A clock time ("12:01", "9.30pm") on a short line marks a time stamp, never a headline.
CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
# ... told from a date's digits: "14:52" and "9.30pm", but not the "04.10" of "04.10.2016"
TIME_OF_DAY = re.compile(r"(?<![\d.])\d{1,2}[:.]\d{2}(?![\d.])")
CLOCK_LINE = re.compile(r"^\d{1,2}[:.h]\d{2}(\s?[ap]\.?m\.?)?$", re.IGNORECASE)  # "14:52" alone
# A comment's age instead of its date ("3 hours ago", "vor 2 Stunden", "3時間前", "2시간 전").
RELATIVE_TIME = re.compile(
    r"^(?:(?:about )?(?:an?|\d{1,3}) (?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|"
    r"months?|years?) ago|vor (?:einer?|\d{1,3}) (?:minuten?|stunden?|tag(?:en)?|wochen?|"
    r"monat(?:en)?)|il y a (?:une?|\d{1,3}) (?:minutes?|heures?|jours?|semaines?|mois)|"
    r"hace (?:una?|\d{1,3}) (?:minutos?|horas?|d[ií]as?|semanas?|meses)|"
    r"há (?:uma?|\d{1,3}) (?:minutos?|horas?|dias?|semanas?|meses)|"
    r"(?:un|\d{1,3}) (?:minut[oi]|or[ae]|giorn[oi]|settimane?|mesi) fa|"
    r"\d{1,3}\s*(?:秒|分|時間|日|週間|か月|ヶ月|年)前|\d{1,3}\s*(?:초|분|시간|일|주|개월|년)\s*전|"
    r"\d{1,3}\s*(?:秒|分钟|分鐘|小时|小時|天|周|个月|個月|年)前)$", re.IGNORECASE)
STAMP_MAX_WORDS = 5
MARKUP = re.compile(r"^#{1,6}\s+")
# Thai words around a date ("วันพฤหัสบดีที่ 12 พ.ย. 2563, 10.35 น.": Thursday the ..., o'clock;
# "แก้ไขล่าสุด": last edited), matched without word bounds: Thai vowel marks split `\w` runs.
THAI_DATE_FILLER = re.compile(r"วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)(?:ที่)?|"
                              r"แก้ไขล่าสุด|อัปเดต(?:ล่าสุด)?|เผยแพร่|เมื่อ|น\.")
BUDDHIST_ERA = (2443, 2643)  # Thai years for 1900-2100
BUDDHIST_ERA_OFFSET = 543
MAX_DATE_LINE_EXTRA_WORDS = 3  # words a date line may hold besides the date and filler
STAMP_FIELD_MAX_WORDS = 6  # words of a stamp line's other fields ("Ann Lee, Staff Writer")
# News agencies, whose credit stands for a byline ("PTI, Washington" over a date line).
AGENCIES = frozenset({
    "Reuters", "AP", "Associated Press", "The Associated Press", "AFP", "Agence France-Presse",
    "PTI", "IANS", "ANI", "dpa", "EFE", "ANSA", "Xinhua", "Kyodo", "Yonhap", "UPI", "TASS",
    "Interfax", "Bernama", "Antara", "Anadolu", "PA Media", "Press Association", "AAP",
    "Canadian Press", "The Canadian Press", "Europa Press", "Lusa", "Agencia EFE",
})
# Last words of an outlet's name printed straight after a byline name with no comma
# ("Ann Lee Harbour Today", "Ann Lee Associated Press").
OUTLET_WORDS = frozenset({
    "News", "Today", "Times", "Post", "Press", "Herald", "Tribune", "Journal", "Gazette",
    "Telegraph", "Chronicle", "Insider", "Magazine", "Daily", "Observer", "Guardian",
    "Independent", "Standard", "Media", "Network", "Wire", "Review", "Reuters"})


def find_date(line: str) -> str | None:
    """The first date in a line as ISO 8601 (date, or date-time when a time is given)."""
    if YEAR_DIGITS.search(line) is None:
        return None
    for form in DATE_FORMS:
        found = form.search(line)
        if found:
            iso = _iso(found.groupdict(), line[: found.start()])
            if iso:
                return iso
    return None


def find_date_without_year(line: str, year: int) -> str | None:
    """The date of a stamp line that opens with a month and day but no year ("Nov 18, 8:19 PM")."""
    for form in NO_YEAR_FORMS:
        found = form.search(line)
        # nothing but a time or filler may follow: "May 5 ferries cancelled" is a headline
        if found and not WORD.findall(DATE_FILLER.sub(" ", line[found.end():])):
            return _iso(found.groupdict() | {"y": str(year)}, "")
    return None


def page_year(texts: list[str]) -> int | None:
    """The year a page was printed in, from its last copyright notice ("© 2019 Outlet")."""
    years = [int(m["y"]) for t in texts for m in COPYRIGHT_YEAR.finditer(t)]
    return years[-1] if years else None


def publication_date(line: str) -> tuple[str | None, bool]:
    """(date, True when it is labelled "Updated"), the publication date of a line first.

    "Updated March 4 | Published March 3" gives March 3; a lone "Updated" date is still
    returned, flagged, so the caller takes it only when nothing better is printed.
    """
    if UPDATED.search(line) is None:
        return find_date(line), False  # the whole line: a time may follow a separator
    updated = None
    for field in FIELD_SEPARATOR.split(line):
        date = find_date(field)
        if date is None:
            continue
        if UPDATED.search(field) is None:
            return date, False
        updated = updated or date
    if updated is None:
        date = find_date(line)  # a date form that spans a separator ("Nov 18 - 2019")
        return date, date is not None  # the line is labelled "Updated" (tested above)
    return updated, True


def has_date_field(line: str) -> bool:
    """True when a date line, or one of the separated fields of a stamp line, is a date.

    "Ann Lee, Staff Writer | Published March 3, 2026 at 9:00 am | Transport" has too many
    words for a date line, but its fields are a name, a date and a section.
    """
    if is_date_line(line):
        return True
    fields = FIELD_SEPARATOR.split(line)
    if len(fields) < 2 or line.rstrip().endswith((".", "!", "?")):
        return False
    dated = [is_date_line(field) for field in fields]
    # the other fields are short (a name, a section) or a byline ("Par Ann Lee (avec Bo
    # Ray et Cy Roe)"); a headline beside a date is a teaser
    return any(dated) and all(
        d or len(f.split()) <= STAMP_FIELD_MAX_WORDS or byline_author(f) is not None
        for d, f in zip(dated, fields, strict=True))


def _iso(parts: dict[str, str | None], before: str) -> str | None:
    """ISO text from matched date parts, or None when they are not a real date."""
    mon_text = (parts.get("mon") or "").lower().rstrip(".")
    month = int(mon_text) if mon_text.isdigit() else _month_number(mon_text)
    day, year = int(parts["d"] or 0), int(parts["y"] or 0)
    if month > 12 and day <= 12 and mon_text.isdigit():
        month, day = day, month  # "21/06/2014": a day-first numeric date
    year = year + 2000 if year < 100 else year
    if BUDDHIST_ERA[0] <= year <= BUDDHIST_ERA[1]:
        year -= BUDDHIST_ERA_OFFSET  # a Thai page counts years from 543 BC ("2562" is 2019)
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
    """1-12 for a month name or abbreviation in any listed language, 0 when it is none."""
    stem = next((stem for stem in _STEMS if name.startswith(stem)), "")
    return MONTHS.get(stem) or FOREIGN_MONTHS.get(stem, 0)


def _clock(hour: int, minute: int, ampm: str | None) -> str:
    """"THH:MM" from a 12- or 24-hour time; empty when the time is impossible."""
    if ampm:
        hour = hour % 12 + (12 if ampm.lower() == "p" else 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return ""
    return f"T{hour:02d}:{minute:02d}"


def is_date_line(line: str) -> bool:
    """True when a line is a date (plus filler like "Updated", a weekday or a time zone).

    An embedded post's credit ("— Ann Lee (@annlee) March 3, 2026") is the article's
    quoted text, not its date line.
    """
    if len(line) > 120 or "(@" in line or find_date(line) is None:
        return False
    rest = line
    for form in DATE_FORMS:
        rest = form.sub(" ", rest)
    rest = THAI_DATE_FILLER.sub(" ", DATE_FILLER.sub(" ", rest))
    extra = len(WORD.findall(rest))
    return extra <= MAX_DATE_LINE_EXTRA_WORDS or (
        extra <= DATE_OPENING_MAX_WORDS and _opens_with_date(line))


def opens_with_dateline(line: str) -> bool:
    """True for a paragraph that opens with a wire dateline ("OSLO (Reuters) - The ...") or
    a place and date ("Modena, 12 novembre 2019 - Da lunedì ...")."""
    return WIRE_DATELINE.match(line) is not None or PLACE_DATE.match(line) is not None


def _opens_with_date(line: str) -> bool:
    """True for a stamp line that opens with its date and is no sentence ("21/06/2014 Ann Lee")."""
    if line.rstrip().endswith((".", "!", "?")):
        return False
    for form in DATE_FORMS:
        found = form.search(line)
        if found and not WORD.search(DATE_FILLER.sub(" ", line[: found.start()])):
            return True
    return False


def byline_author(line: str) -> str | None:
    """The author's name in a "By ..." line ("Ann Lee and Bob Ray" for two), or None."""
    line = REVIEWED_BY.sub("", GLUED_BY.sub("By ", strip_markup(line), count=1), count=1)
    if "(" in line:  # most lines have no bracket: the co-author pattern is skipped for them
        line = CO_AUTHORS.sub(_co_authors, line)
    # cutting at a date keeps the line's start, so a line that does not open like a byline
    # never will: the date search is skipped for it
    opens = BYLINE.match(line) is not None
    if opens:
        line = _unglue_title(line)
    found = (opens and BYLINE.match(_before_date(line))) or _dated_trailing_by(line)
    if not found:
        return _cjk_byline(line)
    text = found["name"].strip()
    if opens and _caseless(text):
        # no capitals to tell a name by: the label vouches for a short run of words
        words = text.split()
        return text if len(words) <= CASELESS_NAME_WORDS else None
    # a one-word byline ("by Regan", "by jdadmin") only when nothing but the name follows,
    # or a title ("By Regan, Staff Writer"): "By definition, the deficit ..." opens a paragraph
    after = WORD.findall(found.string[found.end():])
    alone = len(after) <= MAX_NAME_WORDS and all(word[0].isupper() for word in after)
    if alone and _lone_handle(text, text):
        return text  # a site handle in lower case ("by jdadmin")
    names = [_leading_name(part) for part in NAME_JOINS.split(text)]
    if names[0] and len(names[0].split()) == 1:
        return names[0] if alone and _lone_handle(found["name"], names[0]) else None
    if names[0] and all(names):
        more = _listed_names(found.string[found.end():])
        return ", ".join([" and ".join(n for n in names if n), *more]) if more else " and ".join(
            n for n in names if n)
    return names[0]


def _cjk_byline(line: str) -> str | None:
    """The name in a Chinese, Japanese or Korean reporter's credit line, or None."""
    found = CJK_BYLINE.match(line)
    return (found["name"] or found["ko"]) if found else None


def _caseless(text: str) -> bool:
    """True when a text's letters have no case (Arabic, Hebrew, Devanagari, Thai, CJK)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and not any(c.isupper() or c.islower() for c in letters)


def _co_authors(found: re.Match[str]) -> str:
    """The bracketed co-authors as the rest of the byline's list: "and Bo Ray" for one,
    ", Bo Ray and Cy Roe" for more."""
    names = found["names"].strip()
    return f", {names}" if NAME_JOINS.search(names) else f" and {names}"


def _unglue_title(line: str) -> str:
    """A byline with its job title parted from the name ("By Ann LeeBusiness Columnist").

    Page copies run a name and a title set in separate inline boxes together; the title is
    the capitalised words at the line's end after a lower-case letter, ending in a job word.
    """
    found = GLUED_TITLE.search(line)
    if found is None or found["title"].split()[-1].lower() not in JOB_WORDS:
        return line
    return f"{line[:found.start('title')]}, {found['title']}"


def _listed_names(rest: str) -> list[str]:
    """More authors after a byline's first name ("By Ann Lee, Bob Ray and Cy Young").

    A comma also brings a job title or an outlet ("By Ann Lee, Staff Writer"), so a field
    counts only when it is all names and the first opens with a known given name.
    """
    names: list[str] = []
    while rest.startswith(","):
        field = re.split(r"[,|•·;]", rest[1:], maxsplit=1)[0]
        parts = [p.strip() for p in NAME_JOINS.split(field.strip())]
        if not (known_name(parts[0]) and all(looks_like_name(p) for p in parts)):
            break
        names.extend(parts)
        rest = rest[1 + len(field):]
    if len(names) > 1:
        return [", ".join(names[:-1]) + " and " + names[-1]]
    return names

def _dated_trailing_by(line: str) -> re.Match[str] | None:
    """The "by <name>" ending a line that holds a date ("Posted March 3, 2026 by Ann Lee")."""
    # the cheap tests first: the date search is the costly one, and few lines end in a byline;
    # a paragraph that dates an event and ends "co-presented by the Public Theatre" is long
    if "by" not in line.lower() or len(line.split()) > TRAILING_BY_MAX_WORDS:
        return None
    found = TRAILING_BY.search(line)
    return found if found is not None and find_date(line) else None


def _leading_name(text: str) -> str | None:
    """The personal name a byline's text opens with ("Moritz Bachmann publiziert am" → name)."""
    words: list[str] = []
    for word in text.split():
        if not _name_word(word) or len(words) == MAX_NAME_WORDS:
            break
        words.append(word)
    while words and words[-1] in PARTICLES:
        words.pop()
    name = " ".join(words)
    if len(words) == 1:
        return name if HANDLE.match(name) and name.lower() not in NOT_HANDLE else None
    if name.isupper():  # a byline in capitals ("By ANN LEE"), printed as it is
        return name if looks_like_name(name.title()) else None
    return name if looks_like_name(name) else None


def _lone_handle(text: str, name: str) -> bool:
    """True when a byline's text is one word (a handle) and no month or weekday."""
    word = text.strip().rstrip(".")
    if word != name or HANDLE.match(word) is None or word.lower() in NOT_HANDLE:
        return False
    lower = word.lower()
    return lower not in MONTH_WORDS and not lower.endswith("day")


def opens_byline(line: str) -> bool:
    """True for a line that opens like a byline ("By HNN Staff | November 18, 2019")."""
    return BYLINE.match(strip_markup(line)) is not None


def _before_date(line: str) -> str:
    """A line cut where a date begins ("by Regan September 15, 2014" → "by Regan")."""
    if YEAR_DIGITS.search(line) is None:
        return line
    for form in DATE_FORMS:
        found = form.search(line)
        if found:
            line = line[: found.start()].strip()
    return line


@cache
def given_names() -> frozenset[str]:
    """Given names from the package's word list (newsum/data/first_names.txt)."""
    text = (resources.files("newsum") / "data" / "first_names.txt").read_text(encoding="utf-8")
    return frozenset(word for line in text.splitlines() if not line.lstrip().startswith("#")
                     for word in line.split())


def known_name(text: str) -> bool:
    """True for a name line that opens with a known given name ("Louise Hart", not "New York").

    Rules that take a name with no label or date beside it ask for this: a place, a
    section or a product in Title Case looks just like a name.
    """
    words = text.split()
    return bool(words) and words[0].title() in given_names() and (
        looks_like_name(text) or (text.isupper() and looks_like_name(text.title())))


def stamp_author(line: str) -> str | None:
    """The name in a date line's fields ("Ann Lee | March 3, 2026", "Ann Lee Mar 3, 2026 12:32")."""
    if find_date(line) is None:
        return None
    rest = line
    for form in DATE_FORMS:
        rest = form.sub(" | ", rest)
    for field in FIELD_SEPARATOR.split(rest):
        labelled = byline_author(field) if BYLINE.match(field.strip()) else None
        if labelled:
            return labelled  # "Le Monde | 04.05.2015 | Par Ann Lee"
        words = field.split()
        # the filler round a date ("Published", "Tuesday", "at", a time's seconds) is no name
        while words and (DATE_FILLER.fullmatch(words[-1].strip(",.:")) or not WORD.search(
                re.sub(r"[\d_]", "", words[-1]))):
            words.pop()
        while words and (DATE_FILLER.fullmatch(words[0].strip(",.:")) or not WORD.search(
                re.sub(r"[\d_]", "", words[0]))):
            words.pop(0)
        head, _, tail = " ".join(words).partition(",")
        # after a comma, only a job title or an outlet: "Ann Lee All, Books" is a tag list
        if tail and not _title_or_outlet(tail.split()):
            continue
        name = bare_name(head.strip())
        if name and known_name(name):
            return name
    return None


def _title_or_outlet(words: list[str]) -> bool:
    """True for the words after a byline name's comma that are a job title or an outlet."""
    if not words or any(w.endswith(",") for w in words):
        return False  # "Ann Lee All, Books, Kit Reviews, News": more commas make a tag list
    return (words[-1].lower() in JOB_WORDS or words[-1] in OUTLET_WORDS
            or " ".join(words) in AGENCIES)


def agency_credit(line: str) -> str | None:
    """A news agency's credit line ("Reuters", "PTI, Washington"), which stands for a byline."""
    head = strip_markup(line).split(",")[0].strip()
    if head in AGENCIES and len(line.split(",")) <= 3 and len(line.split()) <= 6:
        return head
    return None


def bare_name(text: str, outlet_max_words: int = 4) -> str | None:
    """The name of a "Jane Doe", "Jane Doe Economics editor" or "Jane Doe, Outlet" line."""
    if looks_like_name(text):
        if text.split()[-1] not in OUTLET_WORDS:
            return text
        # "Harbour Today" is an outlet, "Ann Lee Harbour Today" a name and one; "Emily Post"
        # opens with a given name and stays whole
        return name_with_outlet(text) or (text if known_name(text) else None)
    head, comma, outlet = text.partition(",")
    if comma and len(outlet.split()) <= outlet_max_words and looks_like_name(head.strip()):
        return head.strip()  # "Tanza Loudenback, Business Insider": the name, then the outlet
    return name_with_job(text) or name_with_outlet(text)


def name_with_outlet(text: str) -> str | None:
    """The name in "Ann Lee Harbour Today": a known name, then an outlet with no comma."""
    words = text.split()
    if not 3 <= len(words) <= MAX_NAME_WORDS + 2 or words[-1] not in OUTLET_WORDS:
        return None
    if not all(_name_word(w) for w in words) or words[0] not in given_names():
        return None
    agency = next((k for k in range(2, len(words)) if " ".join(words[k:]) in AGENCIES), None)
    # an outlet's name is one or two words ("Harbour Today"); "The" opens a longer one
    cut = agency or next((k for k in range(2, len(words)) if words[k] == "The"),
                         max(2, len(words) - 2))
    name = " ".join(words[:cut])
    return name if looks_like_name(name) else None


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
    return capitals >= 2 and all(_name_word(w) for w in words)


def _name_word(word: str) -> bool:
    """True for one word of a personal name: capitalised (any script) or a particle ("van")."""
    return word in PARTICLES or (word[:1].isupper() and NAME_WORD.match(word) is not None)


DOTTED_PARTS = 4  # a writer, an outlet, a stamp: parts of a byline set between dots
DOTTED_PART_WORDS = 4  # ... each this short but the stamp


def is_dated(line: str) -> bool:
    """True for a line that dates or signs an article: a date line or a byline, or such a
    line set with the writer and outlet between dots ("Ann Lee · Island News · Posted: Mar
    10, 2020 4:00 AM CT")."""
    return is_date_line(line) or byline_author(line) is not None or _dotted_stamp(line)


def _dotted_stamp(line: str) -> bool:
    """True for short parts between " · " with a date line for the last."""
    parts = line.split(" · ")
    return (1 < len(parts) <= DOTTED_PARTS and is_date_line(parts[-1])
            and all(len(part.split()) <= DOTTED_PART_WORDS for part in parts[:-1]))


def is_time_stamp(line: str) -> bool:
    """True for a short line giving a time of day ("Nov 19, 2019, 14:52"), not a date alone."""
    return len(line.split()) <= STAMP_MAX_WORDS and TIME_OF_DAY.search(line) is not None


def is_relative_time(line: str) -> bool:
    """True for a line that is an entry's age alone ("3 hours ago", "48分前"), not a date."""
    return len(line) <= 30 and RELATIVE_TIME.match(line.strip()) is not None


def is_clock_line(line: str) -> bool:
    """True for a line that is a time of day alone ("14:52", "2.45pm", "14h52")."""
    return CLOCK_LINE.match(line) is not None


def is_entry_stamp(line: str) -> bool:
    """True for a live blog entry's stamp: a date line to the minute ("Nov 19, 2019, 14:52")."""
    return is_time_stamp(line) and is_date_line(line)


def is_stamp(line: str) -> bool:
    """True for a short line holding a clock time ("Today 12:01 AM", "Updated 9:30 ET")."""
    return len(line.split()) <= STAMP_MAX_WORDS and CLOCK.search(line) is not None


CLOSERS = "\"'”’»)]"  # quotes and brackets that may close a sentence after its stop


def is_headline(line: str, words: int) -> bool:
    """True for a line shaped like a headline: 3 to 30 words, not ending in a full stop.

    Lines with an address, a date, a byline or menu separators are page furniture.
    """
    stripped = line.rstrip()
    # a quote closing after the full stop ('... for families."') still ends a sentence
    if not 3 <= words <= 30 or stripped.rstrip(CLOSERS).endswith((".", ",", ":", ";")):
        return False
    if is_stamp(stripped):
        return False
    return NOT_HEADLINE.search(stripped) is None and find_date(stripped) is None
