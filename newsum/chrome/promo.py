"""Reader-addressed promos: a line that asks the reader to subscribe, sign up, install or pay.

Fixed phrases ("Sign up to our daily newsletter") miss the many ways a site words the same
call. A promo is told by four marks together, in several languages: it speaks to the reader
(an imperative opening or "you"), makes a call to act (subscribe, download, follow ...),
names what is offered (a newsletter, an app, a free trial, "our journalism") and carries the
publisher's voice or a sales word ("our", "free", "today", "here"). A news sentence about such
things ("Customers can sign up for the scheme from Monday") lacks the address or the offer,
and quoted or reported speech is never a promo.
"""

from __future__ import annotations

import re

REASON = "reader promo"
MAX_WORDS = 50  # a longer paragraph is article prose that mentions an offer, not a promo box

# Calls to act (en, de, fr, es, pt, it, ru, id), as words or stems.
CALL = re.compile(
    r"\b(subscrib\w*|sign(?:ing)? ?-?up|register|join|download|install|get|grab|try|start|claim|"
    r"unlock|support|donate|contribute|become|follow|turn on|switch on|enable|allow|click|tap|"
    r"upgrade|listen|abonnier\w*|registrier\w*|melden sie sich|herunterladen|laden sie|"
    r"unterstützen sie|folgen sie|folge uns|testen sie|holen sie|aktivieren sie|abonnez|"
    r"inscrivez|téléchargez|soutenez|suivez|activez|essayez|recevez|rejoignez|cliquez|"
    r"suscr[ií]b\w*|reg[ií]strate|descarga\w*|apoya|síguenos|s[ií]guenos|sigue|activa|prueba|"
    r"recibe|únete|haz clic|assine|inscreva|cadastre|baixe|apoie|siga|ative|experimente|"
    r"receba|clique|iscriviti|abbonati|scarica|sostieni|seguici|segui|attiva|prova|ricevi|"
    r"clicca|подпи\w+|скача\w+|поддерж\w+|следите|присоединяйтесь|установите|berlangganan|"
    r"unduh|dukung|ikuti|daftar)\b",

)
# What is offered: the publisher's products and its reporting.
OFFER = re.compile(
    r"\b(newsletters?|inbox|e-?mail (updates|alerts)|alerts|briefings?|digest|e-?mails?|headlines|"
    r"free account|notifications?|app|apps|podcasts?|"
    r"subscriptions?|subscribers?|membership|members|free trial|trial|journalism|reporting|"
    r"premium|digital access|unlimited access|channel|updates|abo|abonnement|journalismus|"
    r"benachrichtigungen|postfach|probeabo|lettre d'information|infolettre|application|"
    r"journalisme|boîte mail|essai gratuit|bolet[ií]n|aplicaci[oó]n|suscripci[oó]n|periodismo|"
    r"notificaciones|aplicativo|assinatura|jornalismo|notificações|canal|abbonamento|"
    r"giornalismo|notifiche|рассылк\w*|канал\w*|приложени\w*|подписк\w*|уведомлени\w*|"
    r"журналистик\w*|aplikasi|notifikasi|kanal|buletin)\b",

)
# The reader addressed: second-person words (German formal "Sie" is caught with its verb).
ADDRESS = re.compile(
    r"\b(you|your|yours|you'll|you're|you’ll|you’re|dich|dein\w*|ihr\w*|vous|votre|vos|tu|ton|"
    r"ta|tes|t[uú]|usted|você|voc[eê]s|seu|sua|tuo|tua|voi|vostr\w|вы|ваш\w*|вас|тебя|тво\w+|"
    r"anda|kamu)\b",

)
# The publisher's voice or a sales word: "our", "us", "free", "today", "here", a price.
# ("now", "just" and "we" were left out: how-to articles say "you can now turn on ...".)
PITCH = re.compile(
    r"\b(our|us|free|today|latest|daily|weekly|exclusive|never miss|here|as little as|best of|"
    r"every (morning|day|week)|"
    # a code is a sales word only as a promo code: "sharing code" is an essay's software
    r"per month|a month|discount|offer|(promo|coupon|voucher|use|with) code|"
    r"unser\w*|uns|kostenlos|gratis|heute|notre|nos|"
    r"gratuit\w*|aujourd'hui|nuestr\w+|grátis|hoje|nosso|nossa|nostr\w|oggi|наш\w*|нас|"
    r"бесплатн\w*|kami)\b",

)
# Reported or quoted speech is a news sentence about an offer, never the page's own call.
REPORTED = re.compile(
    r"[\"“”«»„]|\b(said|says|told|according to|announced|sagte|sagt|a déclaré|dijo|disse|"
    r"ha detto|сказал\w*|заявил\w*|kata)\b",

)
# A line opening on a call (after "please", "now", "why not", "don't forget to"): an imperative.
OPENER = re.compile(r"^(please|now|why not|don't forget to|don’t forget to|bitte|jetzt)\W+")


def is_reader_promo(text: str, words: float) -> bool:
    """True when a line asks the reader to act on one of the publisher's offers."""
    if words > MAX_WORDS:
        return False
    text = text.lower()  # the patterns are lower case: IGNORECASE slows big alternations
    if OFFER.search(text) is None:
        return False  # the rarest mark first: most lines name no offer
    call = CALL.search(text)
    if call is None or PITCH.search(text) is None:
        return False
    if REPORTED.search(text):
        return False
    return _imperative(text, call) or ADDRESS.search(text) is not None


def _imperative(text: str, call: re.Match[str]) -> bool:
    """True when the first call to act opens the line (or a sentence of it): an imperative."""
    before = OPENER.sub("", text[: call.start()].strip())
    return before == "" or before.endswith((".", "!", "?", ":"))
