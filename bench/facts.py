"""Facts-extraction quality on the hand-annotated gold set in bench/facts_gold/dev.jsonl.

For each gold article the body (the file minus its title line) is split into sentences and
passed to the extractor; its people, organisations, countries and money are matched one-to-one
against the gold and counted as true positives, false positives and false negatives. Precision,
recall and F1 are micro-averaged over articles (counts summed first). Role accuracy is taken
over the matched people whose gold role is not null. The rules are in bench/facts_gold/ANNOTATION.md
("Scoring").

    python bench/facts.py                      # tune part
    python bench/facts.py --part heldout
    python bench/facts.py --part all --show-errors
    python bench/facts.py --predictor mymodule:fake_extract   # any (sentences) -> Facts callable

Exits 0 after printing the table (scores are reported, not gated); 2 when the gold file is
malformed or the predictor cannot be imported.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere: make `newsum` importable
    sys.path.insert(0, str(ROOT))

from newsum.models import Facts  # noqa: E402

GOLD = Path(__file__).resolve().parent / "facts_gold" / "dev.jsonl"
DATA = ROOT.parent / "shared" / "data" / "bbc-news-summary"
KINDS = ("people", "organisations", "countries", "money")
PARTS = ("tune", "heldout")
MONEY_TOLERANCE = 0.005  # relative

Predictor = Callable[[Sequence[str]], Facts]

# Titles and honorifics dropped from the front of a person's name before comparing, longest
# first so "crown prince" wins over "prince". Only dropped when a name remains after them.
_TITLES = tuple(sorted((
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "baroness", "baron", "rt hon", "rt rev", "rev", "reverend", "president", "prime minister",
    "chancellor", "king", "queen", "prince", "princess", "crown prince", "crown princess",
    "senator", "governor", "judge", "justice", "pope", "sheikh", "general",
    "mp", "mep",
), key=len, reverse=True))
_TITLE_RE = re.compile(r"^(?:(?:" + "|".join(re.escape(t) for t in _TITLES) + r")\.?\s+)+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "–": "-", "—": "-"})
_POSSESSIVE = re.compile(r"(?:'s|s')$")
_EDGE_PUNCT = " \t\n.,;:!?\"()[]{}"
_NAIVE_SENTENCE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"')\]]))\s+(?=[\"'(\[]?[A-Z0-9])")


# ---------------------------------------------------------------------------------- gold


@dataclass(frozen=True)
class GoldPerson:
    """A gold person: canonical name, other forms used in the text, role and its body."""

    name: str
    aliases: tuple[str, ...]
    role: str | None
    organisation: str | None


@dataclass(frozen=True)
class GoldOrg:
    """A gold organisation: canonical name and the other forms used in the text."""

    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class GoldMoney:
    """A gold amount: as written, ISO 4217 code and normalised value."""

    text: str
    currency: str
    amount: float


@dataclass(frozen=True)
class GoldArticle:
    """One annotated article."""

    id: str
    part: str
    people: tuple[GoldPerson, ...]
    organisations: tuple[GoldOrg, ...]
    countries: tuple[str, ...]  # ISO 3166-1 alpha-2 codes
    money: tuple[GoldMoney, ...]


class GoldError(ValueError):
    """The gold file does not follow the documented format."""


def _strs(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise GoldError(f"{where}: expected a list of non-empty strings")
    return tuple(value)


def _opt_str(value: Any, where: str) -> str | None:
    if value is None or (isinstance(value, str) and value.strip()):
        return value
    raise GoldError(f"{where}: expected a non-empty string or null")


def parse_article(obj: Any, where: str) -> GoldArticle:
    """One gold line, validated."""
    if not isinstance(obj, dict):
        raise GoldError(f"{where}: not an object")
    missing = {"id", "part", *KINDS} - obj.keys()
    if missing:
        raise GoldError(f"{where}: missing {sorted(missing)}")
    art_id, part = obj["id"], obj["part"]
    if not isinstance(art_id, str) or not re.fullmatch(r"[a-z]+/\d{3}", art_id):
        raise GoldError(f"{where}: bad id {art_id!r}")
    if part not in PARTS:
        raise GoldError(f"{where}: part must be one of {PARTS}")
    where = f"{where} ({art_id})"
    people = []
    for i, p in enumerate(obj["people"]):
        w = f"{where} people[{i}]"
        if not isinstance(p, dict) or not isinstance(p.get("name"), str) or not p["name"].strip():
            raise GoldError(f"{w}: needs a name")
        role = _opt_str(p.get("role"), f"{w}.role")
        if role is not None and role != role.lower():
            raise GoldError(f"{w}.role: roles are lower case")
        people.append(GoldPerson(p["name"], _strs(p.get("aliases", []), f"{w}.aliases"), role,
                                 _opt_str(p.get("organisation"), f"{w}.organisation")))
    orgs = []
    for i, o in enumerate(obj["organisations"]):
        w = f"{where} organisations[{i}]"
        if not isinstance(o, dict) or not isinstance(o.get("name"), str) or not o["name"].strip():
            raise GoldError(f"{w}: needs a name")
        orgs.append(GoldOrg(o["name"], _strs(o.get("aliases", []), f"{w}.aliases")))
    codes = []
    for i, c in enumerate(obj["countries"]):
        code = c.get("code") if isinstance(c, dict) else None
        if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{2}", code):
            raise GoldError(f"{where} countries[{i}]: code must be ISO 3166-1 alpha-2")
        if code in codes:
            raise GoldError(f"{where} countries[{i}]: {code} listed twice")
        codes.append(code)
    money = []
    for i, m in enumerate(obj["money"]):
        w = f"{where} money[{i}]"
        if not isinstance(m, dict) or not isinstance(m.get("text"), str):
            raise GoldError(f"{w}: needs text")
        cur, amount = m.get("currency"), m.get("amount")
        if not isinstance(cur, str) or not re.fullmatch(r"[A-Z]{3}", cur):
            raise GoldError(f"{w}: currency must be ISO 4217")
        if isinstance(amount, bool) or not isinstance(amount, (int, float)) or amount < 0:
            raise GoldError(f"{w}: amount must be a non-negative number")
        money.append(GoldMoney(m["text"], cur, float(amount)))
    return GoldArticle(art_id, part, tuple(people), tuple(orgs), tuple(codes), tuple(money))


def load_gold(path: Path) -> list[GoldArticle]:
    """Every article of the gold file, in file order; ids must be unique."""
    articles: list[GoldArticle] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldError(f"{path.name}:{n}: {exc}") from exc
            art = parse_article(obj, f"{path.name}:{n}")
            if art.id in seen:
                raise GoldError(f"{path.name}:{n}: duplicate id {art.id}")
            seen.add(art.id)
            articles.append(art)
    return articles


# ------------------------------------------------------------------------------ articles


def article_body(data_dir: Path, art_id: str) -> str:
    """The article text without its title (line 1)."""
    text = (data_dir / "articles" / f"{art_id}.txt").read_text(encoding="utf-8")
    return text.split("\n", 1)[1].strip("\n") if "\n" in text else ""


def _naive_sentences(body: str) -> list[str]:
    out: list[str] = []
    for para in re.split(r"\n\s*\n", body):
        para = " ".join(para.split())
        out.extend(s for s in _NAIVE_SENTENCE.split(para) if s)
    return out


def sentence_splitter() -> tuple[Callable[[str], list[str]], str]:
    """newsum's segmenter when importable, else a naive punctuation split; and its name."""
    try:
        from newsum.segment import segment
    except ImportError:
        return _naive_sentences, "naive split (newsum.segment not importable)"

    def split(body: str) -> list[str]:
        return [s.text for s in segment(body).sentences]

    return split, "newsum.segment"


def load_predictor(spec: str) -> Predictor:
    """`module:function`, imported."""
    module_name, _, attr = spec.partition(":")
    module = importlib.import_module(module_name)
    func = getattr(module, attr or "extract_facts", None)
    if not callable(func):
        raise ImportError(f"{module_name} has no callable {attr or 'extract_facts'}")
    predictor: Predictor = func
    return predictor


# ------------------------------------------------------------------------------ matching


def norm(text: str) -> str:
    """Case-folded, quotes unified, possessives and edge punctuation dropped, spaces collapsed.

    Every trailing "'s" goes, on gold and prediction alike, so "Waterstone's" = "Waterstone".
    """
    text = " ".join(text.translate(_QUOTES).split()).strip(_EDGE_PUNCT).casefold()
    while (shorter := _POSSESSIVE.sub("", text).strip(_EDGE_PUNCT)) != text and shorter:
        text = shorter
    return text


def norm_person(text: str) -> str:
    """norm() plus leading titles removed ("Sir Keir Starmer" -> "keir starmer")."""
    base = norm(text)
    stripped = _TITLE_RE.sub("", base).strip()
    return stripped or base


def norm_org(text: str) -> str:
    """norm() plus a leading "the" removed ("The Spectator" -> "spectator")."""
    base = norm(text)
    stripped = re.sub(r"^the\s+", "", base)
    return stripped or base


def person_match(pred_forms: Iterable[str], gold: GoldPerson) -> int:
    """0 when no match, else the strength: 3 name, 2 alias, 1 first-and-last-token rule."""
    preds = {norm_person(f) for f in pred_forms if f.strip()}
    gold_name = norm_person(gold.name)
    if gold_name in preds:
        return 3
    if preds & {norm_person(a) for a in gold.aliases}:
        return 2
    gold_tokens = gold_name.split()
    if len(gold_tokens) >= 2:
        for pred in preds:
            tokens = pred.split()
            if (len(tokens) >= 2 and tokens[-1] == gold_tokens[-1]
                    and tokens[0] == gold_tokens[0]):
                return 1
    return 0


def org_match(pred_forms: Iterable[str], gold: GoldOrg) -> int:
    """0 when no match, 2 on the gold name, 1 on a gold alias."""
    preds = {norm_org(f) for f in pred_forms if f.strip()}
    if norm_org(gold.name) in preds:
        return 2
    return 1 if preds & {norm_org(a) for a in gold.aliases} else 0


def money_match(currency: str | None, amount: float | None, gold: GoldMoney) -> bool:
    """Same currency and the amount within MONEY_TOLERANCE of the gold value."""
    if currency is None or amount is None or currency.upper() != gold.currency:
        return False
    return abs(amount - gold.amount) <= MONEY_TOLERANCE * abs(gold.amount) + 1e-9


def assign(n_gold: int, n_pred: int, strength: Callable[[int, int], int]
           ) -> list[tuple[int, int]]:
    """One-to-one (gold, pred) pairs: strongest matches first, then gold and pred order."""
    candidates = sorted(
        (-s, g, p) for g in range(n_gold) for p in range(n_pred) if (s := strength(g, p)) > 0
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, g, p in candidates:
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
            pairs.append((g, p))
    return sorted(pairs)


# ------------------------------------------------------------------------------- scoring


@dataclass
class Counts:
    """True positives, false positives and false negatives of one fact kind."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        """Accumulate another article's counts."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def prf(self) -> tuple[float, float, float]:
        """Precision, recall, F1; an empty side scores 1.0 only when the other is empty too."""
        nothing = self.tp + self.fp + self.fn == 0
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else float(nothing)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else float(nothing)
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class ArticleResult:
    """One article's counts and the items behind its errors."""

    id: str
    counts: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in KINDS})
    false_pos: dict[str, list[str]] = field(default_factory=lambda: {k: [] for k in KINDS})
    false_neg: dict[str, list[str]] = field(default_factory=lambda: {k: [] for k in KINDS})
    roles_scored: int = 0
    roles_right: int = 0
    role_errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    error: str | None = None


def role_ok(pred: str | None, gold: str) -> bool:
    """Equal after case-folding, or one contains the other as whole words ("head" in "head of
    currency strategy", "former cabinet secretary" around "cabinet secretary")."""
    if pred is None or not pred.strip():
        return False
    p, g = " ".join(pred.casefold().split()), " ".join(gold.casefold().split())

    def within(short: str, long: str) -> bool:
        return re.search(r"(?<!\w)" + re.escape(short) + r"(?!\w)", long) is not None

    return p == g or within(p, g) or within(g, p)


def _fmt_money(text: str, currency: str | None, amount: float | None) -> str:
    value = "?" if amount is None else f"{amount:,.10g}"
    return f"{text} [{currency or '?'} {value}]"


def score_article(gold: GoldArticle, facts: Facts) -> ArticleResult:
    """Match one article's predictions against its gold."""
    res = ArticleResult(gold.id)

    people = [a for a in facts.actors if a.kind == "person"]
    forms = [(a.name, *a.aliases) for a in people]
    pairs = assign(len(gold.people), len(people),
                   lambda g, p: person_match(forms[p], gold.people[g]))
    _tally(res, "people", pairs, [g.name for g in gold.people], [a.name for a in people])
    for g, p in pairs:
        want = gold.people[g].role
        if want is None:
            continue
        res.roles_scored += 1
        if role_ok(people[p].role, want):
            res.roles_right += 1
        else:
            res.role_errors.append(f"{gold.people[g].name}: gold {want!r}, "
                                   f"predicted {people[p].role!r}")

    orgs = [a for a in facts.actors if a.kind == "organisation"]
    org_forms = [(a.name, *a.aliases) for a in orgs]
    pairs = assign(len(gold.organisations), len(orgs),
                   lambda g, p: org_match(org_forms[p], gold.organisations[g]))
    _tally(res, "organisations", pairs, [g.name for g in gold.organisations],
           [a.name for a in orgs])

    pred_codes = list(dict.fromkeys(c.code.upper() for c in facts.countries))
    pairs = [(gold.countries.index(c), i) for i, c in enumerate(pred_codes)
             if c in gold.countries]
    names = {c.code.upper(): c.name for c in facts.countries}
    _tally(res, "countries", pairs, list(gold.countries),
           [f"{c} ({names[c]})" for c in pred_codes])

    money: list[tuple[str, str | None, float | None]] = []
    for m in facts.money:  # one prediction per distinct value: repeats of an amount are one item
        key = (m.currency.upper() if m.currency else None, m.amount)
        if not any(key[0] == c and key[0] is not None and a is not None and key[1] is not None
                   and abs(a - key[1]) <= MONEY_TOLERANCE * abs(a) + 1e-9
                   for _, c, a in money):
            money.append((m.text, *key))
    pairs = assign(len(gold.money), len(money),
                   lambda g, p: int(money_match(money[p][1], money[p][2], gold.money[g])))
    _tally(res, "money", pairs, [_fmt_money(m.text, m.currency, m.amount) for m in gold.money],
           [_fmt_money(*m) for m in money])
    return res


def _tally(res: ArticleResult, kind: str, pairs: list[tuple[int, int]],
           gold_labels: Sequence[str], pred_labels: Sequence[str]) -> None:
    matched_g = {g for g, _ in pairs}
    matched_p = {p for _, p in pairs}
    res.counts[kind] = Counts(len(pairs), len(pred_labels) - len(matched_p),
                              len(gold_labels) - len(matched_g))
    res.false_neg[kind] = [x for i, x in enumerate(gold_labels) if i not in matched_g]
    res.false_pos[kind] = [x for i, x in enumerate(pred_labels) if i not in matched_p]


def evaluate(articles: Sequence[GoldArticle], predictor: Predictor,
             split: Callable[[str], list[str]], data_dir: Path) -> list[ArticleResult]:
    """Run the predictor on every article and score it; a crash counts every gold item missed."""
    results = []
    for art in articles:
        sentences = split(article_body(data_dir, art.id))
        start = time.perf_counter()
        try:
            facts = predictor(sentences)
            error = None
        except Exception as exc:  # a crash on one article must not hide the others' scores
            facts, error = Facts(), f"{type(exc).__name__}: {exc}"
        elapsed = time.perf_counter() - start
        res = score_article(art, facts)
        res.seconds, res.error = elapsed, error
        results.append(res)
    return results


# ------------------------------------------------------------------------------- report


def _row(label: str, counts: Counts, width: int) -> str:
    p, r, f = counts.prf()
    gold, pred = counts.tp + counts.fn, counts.tp + counts.fp
    return (f"{label:<{width}} {gold:>5} {pred:>5} {counts.tp:>5} {counts.fp:>5} {counts.fn:>5}"
            f" {p:>6.3f} {r:>6.3f} {f:>6.3f}")


def table(results: Sequence[ArticleResult], title: str) -> list[str]:
    """The per-kind P/R/F1 table, an all-kinds row and the role accuracy line."""
    width = 14
    totals = {k: Counts() for k in KINDS}
    for res in results:
        for k in KINDS:
            totals[k].add(res.counts[k])
    overall = Counts()
    for k in KINDS:
        overall.add(totals[k])
    lines = [title,
             f"{'kind':<{width}} {'gold':>5} {'pred':>5} {'tp':>5} {'fp':>5} {'fn':>5}"
             f" {'P':>6} {'R':>6} {'F1':>6}"]
    lines += [_row(k, totals[k], width) for k in KINDS]
    lines.append(_row("all (micro)", overall, width))
    scored = sum(r.roles_scored for r in results)
    right = sum(r.roles_right for r in results)
    acc = f"{right / scored:.3f}" if scored else "n/a"
    lines.append(f"role accuracy: {acc} ({right}/{scored} matched people with a gold role)")
    return lines


def error_report(results: Sequence[ArticleResult]) -> list[str]:
    """False positives and negatives (and role mismatches) per article."""
    lines: list[str] = []
    for res in results:
        parts: list[str] = []
        if res.error:
            parts.append(f"  predictor raised {res.error}")
        for k in KINDS:
            if res.false_pos[k]:
                parts.append(f"  {k} FP: " + "; ".join(res.false_pos[k]))
            if res.false_neg[k]:
                parts.append(f"  {k} FN: " + "; ".join(res.false_neg[k]))
        if res.role_errors:
            parts.append("  role: " + "; ".join(res.role_errors))
        if parts:
            lines.append(res.id)
            lines.extend(parts)
    return lines or ["no errors"]


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments, run, print; 0 on success, 2 on unusable gold or predictor."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=(*PARTS, "all"), default="tune")
    parser.add_argument("--show-errors", action="store_true",
                        help="list false positives/negatives and role mismatches per article")
    parser.add_argument("--by-topic", action="store_true",
                        help="also print one table per news category (business, sport, ...)")
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--data", type=Path, default=DATA,
                        help="the bbc-news-summary folder (holds articles/)")
    parser.add_argument("--predictor", default="newsum.facts:extract_facts",
                        help="module:function taking a list of sentences, returning Facts")
    args = parser.parse_args(argv)

    try:
        gold = load_gold(args.gold)
    except (OSError, GoldError) as exc:
        print(f"error: gold file: {exc}", file=sys.stderr)
        return 2
    try:
        predictor = load_predictor(args.predictor)
    except ImportError as exc:
        print(f"error: cannot import predictor {args.predictor}: {exc}", file=sys.stderr)
        return 2
    split, split_name = sentence_splitter()

    chosen = [a for a in gold if args.part == "all" or a.part == args.part]
    results = evaluate(chosen, predictor, split, args.data)
    ms = 1000 * sum(r.seconds for r in results) / max(len(results), 1)
    crashed = sum(1 for r in results if r.error)
    print(f"gold {args.gold.name}: part={args.part}, {len(results)} articles; "
          f"predictor {args.predictor}; sentences by {split_name}; {ms:.1f} ms/article"
          + (f"; {crashed} article(s) raised" if crashed else ""))
    print()
    print("\n".join(table(results, "all articles")))
    if args.by_topic:
        topics = sorted({r.id.split("/")[0] for r in results})
        for topic in topics:
            print()
            print("\n".join(table([r for r in results if r.id.startswith(topic + "/")], topic)))
    if args.show_errors:
        print()
        print("\n".join(error_report(results)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
