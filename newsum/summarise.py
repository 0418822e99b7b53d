"""A registry name → summariser: sumy ranks newsum's own sentences, and every score is kept."""

from __future__ import annotations

import math
import re
import warnings
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from newsum.errors import NewsumError
from newsum.models import Document, ScoredSentence, Sentence, Summary
from newsum.segment import split_sentences
from newsum.settings import DEFAULT_SENTENCES, Settings

# sumy, nltk and numpy are imported inside functions so `newsum --help` stays fast and
# ALGORITHMS can be imported cheaply by the CLI.
# `news` first: it is the default (see newsum.news); the rest are sumy's methods and Lead-N.
ALGORITHMS: tuple[str, ...] = (
    "news", "lexrank", "textrank", "lsa", "luhn", "sumbasic", "kl", "edmundson", "lead",
)
# KL-Sum rescores every remaining sentence against the growing summary at each greedy step,
# so a full ranking is cubic (sumy took ~100 s on 776 sentences). Its first k picks never
# depend on later steps, so newsum stops after max(summary length, KL_GREEDY_STEPS) picks and
# ranks the rest by their divergence at the last step: the chosen sentences are sumy's own.
KL_GREEDY_STEPS = 25
# Only the first MAX_CANDIDATES sentences are ranked; later ones score 0. LSA's SVD and
# KL-Sum take 2-4 s at 1,000 sentences and grow faster than linearly, so an input near the
# byte limit could take hours. News front-loads its story; the longest body in ../shared/data
# (chrome-dumps) has 733 sentences, CNN/DM 111, BBC 247.
MAX_CANDIDATES = 1000
# Scores are rounded so float noise (sums taken in set order) cannot reorder near-ties
# differently from one process to the next; ties then go to the earlier sentence.
SCORE_DIGITS = 9
# Distinct words whose stems are remembered (a few MB at most).
STEM_CACHE_SIZE = 200_000
# Words as sumy's own tokenizer keeps them (letters, inner apostrophes or hyphens), found by a
# regex so no NLTK data is ever needed.
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Case, spacing and end punctuation ignored when a body sentence is compared with the headline.
_HEADLINE_NOISE = re.compile(r"[\s\"'“”‘’.!?:;,]+")


class _WordTokenizer:
    """The `to_sentences`/`to_words` object sumy's Sentence duck-types; no NLTK data needed."""

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        """Sentences by newsum's own splitter (sumy calls this only for raw paragraphs)."""
        return tuple(split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        """Word tokens of one sentence, punctuation and numbers dropped."""
        return tuple(_WORD.findall(sentence))


def summarise(doc: Document, settings: Settings, title: str | None = None) -> Summary:
    """Rank the body's sentences with `settings.algorithm` and keep the best, in order."""
    if settings.algorithm not in ALGORITHMS:
        known = ", ".join(ALGORITHMS)
        raise NewsumError(f"unknown algorithm {settings.algorithm!r}; choose one of: {known}")
    offered = _offered(doc.sentences, title)
    count = summary_length(len(offered), settings)
    ratings = _rate(offered, settings, title, count)
    scores = _scores(len(doc.sentences), offered, ratings)
    ranked = sorted(offered, key=lambda s: (-scores[s.position], s.position))
    chosen = ranked[:count] if settings.words is None else within_budget(ranked, settings.words)
    picked = tuple(ScoredSentence(s.text, s.position, scores[s.position])
                   for s in sorted(chosen, key=lambda s: s.position))
    return Summary(settings.algorithm, picked, scores)


def summary_length(available: int, settings: Settings) -> int:
    """Sentences to keep: a ratio of those available (at least 1), else a fixed count."""
    if settings.ratio is not None:
        wanted = max(1, math.floor(settings.ratio * available + 0.5))
    else:
        wanted = DEFAULT_SENTENCES if settings.sentences is None else settings.sentences
    return max(0, min(wanted, available))


def within_budget(ranked: Sequence[Sentence], words: int) -> list[Sentence]:
    """The best-ranked sentences, in rank order, while their words total at most `words`."""
    chosen: list[Sentence] = []
    total = 0
    for sentence in ranked:
        size = len(sentence.text.split())
        if chosen and total + size > words:
            break  # in rank order: a shorter, lower-ranked sentence does not jump the queue
        chosen.append(sentence)  # the best sentence is kept even when it alone is too long
        total += size
    return chosen


def _offered(sentences: Sequence[Sentence], title: str | None) -> list[Sentence]:
    """Candidates: not the headline, only a repeat's first copy, at most MAX_CANDIDATES."""
    headline = (_headline_key(title) if title else "") or None
    seen: set[str] = set()
    offered = []
    for sentence in sentences:
        if sentence.text in seen or _headline_key(sentence.text) == headline:
            continue
        seen.add(sentence.text)
        offered.append(sentence)
    return offered[:MAX_CANDIDATES]


def _headline_key(text: str) -> str:
    """Text reduced for comparison with the headline."""
    return _HEADLINE_NOISE.sub(" ", text).strip().casefold()


def _rate(offered: list[Sentence], settings: Settings, title: str | None,
          count: int) -> list[float]:
    """Raw ratings (higher is better) of the offered sentences, in order."""
    lead = [float(len(offered) - i) for i in range(len(offered))]
    if settings.algorithm == "lead" or not offered:
        return lead
    stemmer, stop_words = _language(settings.language)
    if not any(w.lower() not in stop_words for s in offered for w in _WORD.findall(s.text)):
        return lead  # nothing but stop words: sumy's KL and SumBasic divide by zero
    heading = title if settings.algorithm == "edmundson" else None
    document = _sumy_document(offered, heading)
    summarizer = _summarizer(settings.algorithm, stemmer, stop_words, title, count)
    captured = _capture(summarizer, document)
    ratings = [captured.get(i, math.nan) for i in range(len(offered))]
    # No usable rating at all (e.g. LSA on an empty vocabulary): fall back to document order.
    return ratings if any(math.isfinite(r) for r in ratings) else lead


def _scores(total: int, offered: list[Sentence], ratings: list[float]) -> tuple[float, ...]:
    """Per-position scores in [0, 1]; sentences not offered score 0."""
    scores = [0.0] * total
    for sentence, score in zip(offered, _normalise(ratings), strict=True):
        scores[sentence.position] = score
    return tuple(scores)


def _normalise(ratings: list[float]) -> list[float]:
    """Min-max scale to [0, 1], rounded; a missing or non-finite rating counts as the lowest."""
    finite = [r for r in ratings if math.isfinite(r)]
    low = min(finite, default=0.0)
    span = max(finite, default=0.0) - low
    return [_scale(r, low, span) for r in ratings]


def _scale(rating: float, low: float, span: float) -> float:
    """One rating on [0, 1]: non-finite → 0; when all ratings are equal → 1."""
    if not math.isfinite(rating):
        return 0.0
    return round((rating - low) / span, SCORE_DIGITS) if span else 1.0


@cache
def _language(language: str) -> tuple[Callable[[str], str], frozenset[str]]:
    """sumy's stemmer and stop words for a language (both ship with sumy and nltk)."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    try:
        # A word's stem never changes, and news reuses words heavily: memoising the Snowball
        # stemmer removes about a tenth of the whole pipeline's time per article.
        stem = lru_cache(maxsize=STEM_CACHE_SIZE)(Stemmer(language))
        return stem, frozenset(get_stop_words(language))
    except LookupError as exc:
        raise NewsumError(f"no stemmer or stop words for language {language!r}: {exc}") from exc


def _sumy_document(offered: list[Sentence], heading: str | None) -> Any:
    """sumy's document model built from newsum's paragraphs and sentences (never raw text)."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    tokenizer = _WordTokenizer()
    paragraphs: dict[int, list[Any]] = {}
    for sentence in offered:
        paragraphs.setdefault(sentence.paragraph, []).append(SumySentence(sentence.text, tokenizer))
    groups = list(paragraphs.values())
    if heading:
        # In the first paragraph, so Edmundson's location method still sees it as first.
        groups[0].insert(0, SumySentence(heading, tokenizer, is_heading=True))
    return ObjectDocumentModel([Paragraph(group) for group in groups])


def _capture(summarizer: Any, document: Any) -> dict[int, float]:
    """Every sentence's rating by order, through the callable count sumy accepts."""
    ratings: dict[int, float] = {}

    def count(infos: Sequence[Any]) -> tuple[()]:
        ratings.update((info.order, float(info.rating)) for info in infos)
        return ()

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # LSA warns on short texts; the ranking is still usable
        summarizer(document, count)
    return ratings


def _summarizer(name: str, stemmer: Callable[[str], str], stop_words: frozenset[str],
                title: str | None, count: int) -> Any:
    """A configured sumy summarizer for a registry name."""
    if name == "edmundson":
        return _edmundson(stemmer, stop_words, title)
    if name == "news":
        from newsum.news import NewsSummarizer

        return NewsSummarizer(stemmer, stop_words, headline=bool(title))
    summarizer = _classes()[name](stemmer)
    summarizer.stop_words = stop_words
    if name == "kl":
        summarizer.steps = max(count, KL_GREEDY_STEPS)
    return summarizer


@cache
def _classes() -> dict[str, Any]:
    """Registry name → sumy summarizer class (some adjusted for speed or stability, see below)."""
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer

    return {"lexrank": _fast_lexrank(), "textrank": _fast_textrank(),
            "lsa": _stable_lsa(), "luhn": LuhnSummarizer, "sumbasic": SumBasicSummarizer,
            "kl": _bounded_kl()}


def _fast_lexrank() -> Any:
    """sumy's LexRank with its similarity graph built by numpy (sumy loops over every pair)."""
    from sumy.summarizers.lex_rank import LexRankSummarizer

    class FastLexRankSummarizer(LexRankSummarizer):  # type: ignore[misc]
        def _create_matrix(self, sentences: list[list[str]], threshold: float,
                           tf_metrics: list[dict[str, float]],
                           idf_metrics: dict[str, float]) -> Any:
            """The same graph as sumy's, from one matrix product."""
            return _lexrank_matrix(len(sentences), threshold, tf_metrics, idf_metrics)

    return FastLexRankSummarizer


def _lexrank_matrix(count: int, threshold: float, tf_metrics: list[dict[str, float]],
                    idf_metrics: dict[str, float]) -> Any:
    """sumy's row-normalised graph: an edge where idf-modified cosine exceeds `threshold`."""
    import numpy

    column = {term: j for j, term in enumerate(sorted(idf_metrics))}
    weights = numpy.zeros((count, len(column)))
    for row, tf in enumerate(tf_metrics):
        for term, value in tf.items():
            weights[row, column[term]] = value * idf_metrics[term]
    norms = numpy.sqrt((weights**2).sum(axis=1))
    scale = numpy.outer(norms, norms)
    cosine = numpy.divide(weights @ weights.T, scale, out=numpy.zeros((count, count)),
                          where=scale > 0)
    edges = (cosine > threshold).astype(float)
    degrees = edges.sum(axis=1)
    degrees[degrees == 0] = 1  # a sentence like no other keeps an empty row, as in sumy
    return edges / degrees[:, numpy.newaxis]


def _fast_textrank() -> Any:
    """sumy's TextRank with its edge weights from one matrix product."""
    # sumy counts shared words pair by pair in Python: 22 s on 1,000 sentences, 0.4 s here.
    from sumy.summarizers.text_rank import TextRankSummarizer

    class FastTextRankSummarizer(TextRankSummarizer):  # type: ignore[misc]
        def _create_matrix(self, document: Any) -> Any:
            """The same damped stochastic matrix as sumy's."""
            weights = _textrank_weights([self._to_words_set(s) for s in document.sentences])
            weights /= weights.sum(axis=1)[:, None] + self._ZERO_DIVISION_PREVENTION
            count = len(weights)
            return (1.0 - self.damping) / count + self.damping * weights

    return FastTextRankSummarizer


def _textrank_weights(sentences: list[list[str]]) -> Any:
    """sumy's TextRank edges: shared word occurrences over the sum of the log lengths."""
    import numpy

    from newsum.news import count_matrix

    # sumy's count, sum(words2.count(w) for w in words1), is the dot product of count vectors.
    counts = count_matrix(sentences)
    shared = counts @ counts.T
    logs = numpy.log(numpy.maximum([len(words) for words in sentences], 1))
    norms = logs[:, None] + logs[None, :]
    # Two one-word sentences have a zero norm; sumy then takes the count (0 or 1) as it is.
    single = numpy.isclose(norms, 0.0)
    return numpy.where(single, shared, shared / numpy.where(single, 1.0, norms))


def _stable_lsa() -> Any:
    """sumy's LSA with term rows in sorted order (sumy's set order follows PYTHONHASHSEED)."""
    from sumy.summarizers.lsa import LsaSummarizer

    class StableLsaSummarizer(LsaSummarizer):  # type: ignore[misc]
        def _create_dictionary(self, document: Any) -> dict[str, int]:
            """Stemmed content word → row, rows in sorted order."""
            words = (self.normalize_word(w) for w in document.words)
            terms = sorted({self.stem_word(w) for w in words if w not in self._stop_words})
            return {term: row for row, term in enumerate(terms)}

        def _compute_term_frequency(self, matrix: Any, smooth: float = 0.4) -> Any:
            """Smoothed max-tf weights per sentence column."""
            # sumy's formula with numpy instead of a Python loop over every cell (~6 s → 2 s at
            # 1,000 sentences); columns with no counted word stay as they are, as in sumy.
            peaks = matrix.max(axis=0)
            counted = peaks != 0
            matrix[:, counted] = smooth + (1.0 - smooth) * (matrix[:, counted] / peaks[counted])
            return matrix

    return StableLsaSummarizer


def _bounded_kl() -> Any:
    """sumy's KL-Sum with its greedy loop capped at `steps` picks (see KL_GREEDY_STEPS)."""
    from sumy.summarizers.kl import KLSummarizer

    class BoundedKLSummarizer(KLSummarizer):  # type: ignore[misc]
        steps = KL_GREEDY_STEPS

        def _compute_ratings(self, sentences: Sequence[Any]) -> dict[Any, float]:
            """Ratings from the capped greedy loop."""
            return _greedy_kl(self, list(sentences), self.steps)

    return BoundedKLSummarizer


def _greedy_kl(kl: Any, sentences: list[Any], steps: int) -> dict[Any, float]:
    """sumy's KL-Sum greedy loop, stopped after `steps` picks; the rest ranked by divergence."""
    # Uses KLSummarizer's helpers (sumy 0.11-0.13); a test compares the picks with sumy's own.
    doc_freq = kl.compute_tf(sentences)
    content = [kl._get_content_words_in_sentence(s) for s in sentences]
    remaining = list(range(len(sentences)))
    summary_words: list[str] = []
    ratings: dict[Any, float] = {}
    divergences: list[float] = []
    while remaining and len(ratings) < steps:
        divergences = [kl._kl_divergence(kl._joint_freq(content[i], summary_words), doc_freq)
                       for i in remaining]
        best = divergences.index(min(divergences))  # first of equals, as sumy does
        picked = remaining.pop(best)
        del divergences[best]
        ratings[sentences[picked]] = -len(ratings)
        summary_words.extend(sentences[picked].words)  # sumy joins all words, not content words
    for _, index in sorted(zip(divergences, remaining, strict=True)):
        ratings[sentences[index]] = -len(ratings)
    return ratings


@cache
def _cue_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Edmundson's default bonus and stigma words from data/cue_words.txt."""
    text = (resources.files("newsum") / "data" / "cue_words.txt").read_text(encoding="utf-8")
    sections: dict[str, list[str]] = {"bonus": [], "stigma": []}
    current = sections["bonus"]
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            current = sections[line[1:-1]]
        else:
            current.extend(line.split())
    return tuple(sections["bonus"]), tuple(sections["stigma"])


def _edmundson(stemmer: Callable[[str], str], stop_words: frozenset[str],
               title: str | None) -> Any:
    """Edmundson with cue words from the data file plus the headline's content words."""
    from sumy.summarizers.edmundson import EdmundsonSummarizer

    bonus, stigma = _cue_words()
    headline = [w for w in _WORD.findall(title or "") if w.lower() not in stop_words]
    summarizer = EdmundsonSummarizer(stemmer)
    summarizer.bonus_words = (*bonus, *headline)
    summarizer.stigma_words = stigma
    summarizer.null_words = stop_words
    return summarizer
