"""Summaries as a user sees them: N real sentences, in order, scored, stable, never the headline."""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from newsum.errors import NewsumError
from newsum.models import Document
from newsum.segment import segment
from newsum.settings import SUMMARY_ALGORITHMS, Settings
from newsum.summarise import (
    ALGORITHMS,
    KL_GREEDY_STEPS,
    MAX_CANDIDATES,
    summarise,
    summary_length,
    within_budget,
)

TITLE = "Council approves new footbridge over the River Wend"

# Written for these tests: a small local-news story with a headline repeated in the body.
ARTICLE = f"""{TITLE}

Councillors in Marlow Vale have approved a new footbridge over the River Wend, ending a \
decade of argument about how pedestrians should cross the river.

The footbridge will cost £4.2m and will link the railway station with the town centre. \
Work is due to start in March and should finish within eighteen months. The council said \
the footbridge would cut the walk from the station by ten minutes.

Residents had campaigned for a crossing since the old ferry closed. Many said the busy road \
bridge was unsafe for children walking to school. A petition for the footbridge gathered \
more than three thousand signatures.

Not everyone welcomed the decision. Some shop owners fear that building work will block \
deliveries. The council promised to keep the high street open during construction.

The river trust will monitor otters and kingfishers near the site. Engineers said the \
design avoids piers in the water. The footbridge will be lit at night with low-glare lamps.

Councillor Priya Nandi, who chairs the transport committee, said the vote was a turning point \
for the town. Funding comes from a regional transport grant and from the council's reserves."""


@pytest.fixture(scope="module")
def doc() -> Document:
    return segment(ARTICLE)


def test_registry_matches_the_names_the_cli_offers() -> None:
    assert ALGORITHMS == SUMMARY_ALGORITHMS


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_each_algorithm_returns_n_document_sentences_in_order(doc: Document,
                                                              algorithm: str) -> None:
    summary = summarise(doc, Settings(algorithm=algorithm, sentences=3), title=TITLE)
    by_position = {s.position: s.text for s in doc.sentences}
    positions = [s.position for s in summary.sentences]
    assert summary.algorithm == algorithm
    assert len(summary.sentences) == 3
    assert positions == sorted(positions)
    assert all(by_position[s.position] == s.text for s in summary.sentences)


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_every_sentence_gets_a_float_score_and_chosen_ones_score_highest(
        doc: Document, algorithm: str) -> None:
    summary = summarise(doc, Settings(algorithm=algorithm, sentences=3), title=TITLE)
    assert len(summary.scores) == len(doc.sentences)
    assert all(isinstance(x, float) and 0.0 <= x <= 1.0 for x in summary.scores)
    chosen = {s.position for s in summary.sentences}
    assert all(s.score == summary.scores[s.position] for s in summary.sentences)
    lowest_chosen = min(s.score for s in summary.sentences)
    others = [x for i, x in enumerate(summary.scores) if i not in chosen and i != 0]
    assert all(x <= lowest_chosen for x in others)


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_headline_is_never_chosen(doc: Document, algorithm: str) -> None:
    settings = Settings(algorithm=algorithm, sentences=len(doc.sentences))
    summary = summarise(doc, settings, title=TITLE)
    assert TITLE not in [s.text for s in summary.sentences]
    assert len(summary.sentences) == len(doc.sentences) - 1
    assert summary.scores[0] == 0.0


def test_headline_match_ignores_case_and_end_punctuation(doc: Document) -> None:
    summary = summarise(doc, Settings(algorithm="lead", sentences=1), title=TITLE.upper() + ".")
    assert summary.sentences[0].position == 1


def test_lead_takes_the_first_sentences(doc: Document) -> None:
    summary = summarise(doc, Settings(algorithm="lead", sentences=2))
    assert [s.position for s in summary.sentences] == [0, 1]
    assert summary.scores[0] > summary.scores[1] > summary.scores[-1]


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_a_repeated_sentence_is_offered_once(algorithm: str) -> None:
    repeated = "Share this story with your friends."
    body = (f"{repeated}\n\nThe ferry sank in calm water. Divers found the wreck on Monday. "
            f"{repeated}\n\nThe ferry company blamed a faulty pump. {repeated}")
    doc = segment(body)
    summary = summarise(doc, Settings(algorithm=algorithm, sentences=len(doc.sentences)))
    texts = [s.text for s in summary.sentences]
    assert texts.count(repeated) == 1
    assert len(texts) == 4


def test_ratio_sets_the_length_with_at_least_one_sentence(doc: Document) -> None:
    offered = len(doc.sentences) - 1  # the headline is never offered
    half = summarise(doc, Settings(algorithm="lead", ratio=0.5), title=TITLE)
    tiny = summarise(doc, Settings(algorithm="lead", ratio=0.001), title=TITLE)
    assert offered == 15
    assert len(half.sentences) == 8  # 7.5 rounds half up
    assert len(tiny.sentences) == 1


def test_summary_length_rules() -> None:
    assert summary_length(10, Settings(sentences=3)) == 3
    assert summary_length(2, Settings(sentences=5)) == 2
    assert summary_length(10, Settings(sentences=3, ratio=0.5)) == 5
    assert summary_length(10, Settings(ratio=0.01)) == 1
    assert summary_length(0, Settings(ratio=0.5)) == 0
    assert summary_length(10, Settings(sentences=None)) == 3


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_fewer_sentences_than_requested_returns_them_all(algorithm: str) -> None:
    doc = segment("The dam held overnight. Engineers will inspect it today.")
    summary = summarise(doc, Settings(algorithm=algorithm, sentences=5))
    assert [s.position for s in summary.sentences] == [0, 1]


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_a_single_sentence_is_its_own_summary(algorithm: str) -> None:
    doc = segment("Floodwater reached the market square before dawn.")
    summary = summarise(doc, Settings(algorithm=algorithm, sentences=3))
    assert [(s.position, s.score) for s in summary.sentences] == [(0, 1.0)]


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_empty_and_stop_word_only_documents_do_not_crash(algorithm: str) -> None:
    assert summarise(Document(()), Settings(algorithm=algorithm)).sentences == ()
    doc = segment("It was. And then there were. So it is.")
    assert len(summarise(doc, Settings(algorithm=algorithm)).sentences) == 3


def test_edmundson_runs_without_a_headline(doc: Document) -> None:
    summary = summarise(doc, Settings(algorithm="edmundson", sentences=2))
    assert len(summary.sentences) == 2


def test_unknown_algorithm_and_language_are_user_errors(doc: Document) -> None:
    with pytest.raises(NewsumError, match="unknown algorithm"):
        summarise(doc, Settings(algorithm="magic"))
    with pytest.raises(NewsumError, match="klingon"):
        summarise(doc, Settings(algorithm="lexrank", language="klingon"))


def _sumy_pick(summarizer_class: type, doc: Document, count: int) -> list[str]:
    """The sentences stock sumy's summarizer chooses from newsum's own sentences."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    from newsum.summarise import _WordTokenizer

    tokenizer = _WordTokenizer()
    sumy_doc = ObjectDocumentModel([Paragraph([SumySentence(s.text, tokenizer)
                                               for s in doc.sentences])])
    reference = summarizer_class(Stemmer("english"))
    reference.stop_words = get_stop_words("english")
    return [str(s) for s in reference(sumy_doc, count)]


def test_kl_on_long_input_picks_what_sumy_would(doc: Document) -> None:
    from sumy.summarizers.kl import KLSummarizer

    long_doc = segment(_synthetic_article(KL_GREEDY_STEPS + 15, seed=7))
    summary = summarise(long_doc, Settings(algorithm="kl", sentences=4))
    assert [s.text for s in summary.sentences] == _sumy_pick(KLSummarizer, long_doc, 4)


def test_textrank_picks_what_sumy_would() -> None:
    from sumy.summarizers.text_rank import TextRankSummarizer

    for text in (ARTICLE, _synthetic_article(60, seed=13)):
        doc = segment(text)
        summary = summarise(doc, Settings(algorithm="textrank", sentences=4))
        assert [s.text for s in summary.sentences] == _sumy_pick(TextRankSummarizer, doc, 4)


@pytest.mark.slow
def test_kl_is_guarded_on_very_long_input() -> None:
    long_doc = segment(_synthetic_article(800, seed=3))
    summary = summarise(long_doc, Settings(algorithm="kl", sentences=3))
    assert len(summary.sentences) == 3
    assert len(summary.scores) == 800


@pytest.mark.slow
def test_only_the_first_max_candidates_sentences_are_ranked() -> None:
    long_doc = segment(_synthetic_article(MAX_CANDIDATES + 40, seed=5))
    summary = summarise(long_doc, Settings(algorithm="luhn", sentences=5))
    assert len(summary.scores) == MAX_CANDIDATES + 40
    assert not any(summary.scores[MAX_CANDIDATES:])
    assert all(s.position < MAX_CANDIDATES for s in summary.sentences)


def test_output_is_identical_across_hash_seeds() -> None:
    script = (
        "import json, sys\n"
        "from newsum.segment import segment\n"
        "from newsum.settings import Settings\n"
        "from newsum.summarise import ALGORITHMS, summarise\n"
        "doc = segment(sys.stdin.read())\n"
        "runs = {a: summarise(doc, Settings(algorithm=a)) for a in ALGORITHMS}\n"
        "print(json.dumps({a: [[[s.position, s.score] for s in r.sentences], list(r.scores)]"
        " for a, r in runs.items()}))\n"
    )
    text = ARTICLE + "\n\n" + _synthetic_article(60, seed=11)
    runs = [_run_with_seed(script, text, seed) for seed in ("0", "1", "12345")]
    assert runs[0] == runs[1] == runs[2]
    assert set(json.loads(runs[0])) == set(ALGORITHMS)


def test_summariser_works_without_nltk_data_and_imports_lazily(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "import newsum.summarise\n"
        "assert not {'sumy', 'nltk', 'numpy'} & set(sys.modules), 'heavy import at load'\n"
        "import nltk\n"
        "def refuse(*a, **k): raise SystemExit('nltk.download was called')\n"
        "nltk.download = refuse\n"
        f"nltk.data.path[:] = [{str(tmp_path)!r}]\n"
        "from newsum.segment import segment\n"
        "from newsum.settings import Settings\n"
        "doc = segment(sys.stdin.read())\n"
        "for a in newsum.summarise.ALGORITHMS:\n"
        "    assert len(newsum.summarise.summarise(doc, Settings(algorithm=a)).sentences) == 3\n"
        "print('ok')\n"
    )
    env = {**os.environ, "NLTK_DATA": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", script], input=ARTICLE, env=env,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_settings_are_not_changed(doc: Document) -> None:
    settings = Settings(algorithm="lsa", sentences=2)
    summarise(doc, settings, title=TITLE)
    assert settings == replace(Settings(), algorithm="lsa", sentences=2)


# Written for these tests: a Daily Mail-style story with the chrome a user's saved page can keep
# (a byline broken into fragments, a video prompt), an opening quotation, a photo caption that
# repeats the lead, and a question used as a hook.
STORM_TITLE = "Storm closes Harwick harbour"
STORM = """By . Tom Reed . PUBLISHED: . 09:12 EST, 3 May 2024 . | . \
UPDATED: . 11:40 EST, 3 May 2024 .

"We have never seen anything like it," said Ellen Gray.

A winter storm closed Harwick harbour on Tuesday, stranding forty fishing boats and cutting \
the ferry link to the islands for at least three days.

Stranded: a winter storm closed Harwick harbour on Tuesday, stranding forty fishing boats.

The coastguard said waves reached nine metres at the harbour mouth overnight. Harbour officials \
said the ferry link to the islands would reopen on Friday if the wind drops.

What happens to the fishing boats now? Skippers say each day in harbour costs a boat about \
£2,000 in missed catches.

Scroll down for video Boats shelter in Harwick harbour as the storm closes in on the islands.

Islanders have been told to expect shortages of fresh food until the ferry returns. The harbour \
master said the sea wall had held but two pontoons were damaged in the storm."""
STORM_LEAD = "A winter storm closed Harwick harbour on Tuesday"


@pytest.fixture(scope="module")
def storm() -> Document:
    return segment(STORM)


def _news(doc: Document, title: str | None = None, **length: int) -> list[str]:
    """Texts of the `news` summary."""
    summary = summarise(doc, Settings(algorithm="news", **length), title=title)
    return [s.text for s in summary.sentences]


def test_news_is_listed_first() -> None:
    assert ALGORITHMS[0] == "news"


@pytest.mark.parametrize("title", [None, STORM_TITLE])
def test_news_prefers_the_informative_lead_over_a_short_quote(storm: Document,
                                                              title: str | None) -> None:
    (first,) = _news(storm, title, sentences=1)
    assert first.startswith(STORM_LEAD)


@pytest.mark.parametrize("title", [None, STORM_TITLE])
def test_news_leaves_out_chrome_hooks_and_repeats(storm: Document, title: str | None) -> None:
    chosen = _news(storm, title, sentences=3)
    assert chosen[0].startswith(STORM_LEAD)
    assert not any(s.startswith(("By", "Tom Reed", "PUBLISHED", "UPDATED", "|", "Scroll", "11:40"))
                   for s in chosen)
    assert not any(s.endswith("?") or s.startswith('"') for s in chosen)
    assert not any(s.startswith("Stranded:") for s in chosen)  # the caption repeating the lead


def test_news_takes_fragments_and_furniture_only_when_nothing_else_is_left(
        storm: Document) -> None:
    def unfit(text: str) -> bool:  # fewer than five words (numbers aside), or a video prompt
        return len(re.findall(r"[^\W\d_]+", text)) < 5 or text.startswith("Scroll down")

    fit = sum(not unfit(s.text) for s in storm.sentences)
    assert not any(unfit(s) for s in _news(storm, sentences=fit))
    assert len(_news(storm, sentences=len(storm.sentences))) == len(storm.sentences)


def test_news_is_deterministic(storm: Document) -> None:
    runs = [summarise(segment(STORM), Settings(algorithm="news"), title=STORM_TITLE)
            for _ in range(3)]
    assert runs[0] == runs[1] == runs[2]
    assert runs[0] == summarise(storm, Settings(algorithm="news"), title=STORM_TITLE)


def test_news_without_headline_leads_with_the_story_start() -> None:
    body = segment(ARTICLE.partition("\n\n")[2])  # the footbridge story without its headline
    assert _news(body, sentences=1) == [body.sentences[0].text]


@pytest.mark.parametrize("algorithm", ["news", "lexrank", "lead"])
def test_words_budget_takes_best_ranked_sentences_while_they_fit(doc: Document,
                                                                  algorithm: str) -> None:
    full = summarise(doc, Settings(algorithm=algorithm, sentences=len(doc.sentences)))
    ranked = sorted(full.sentences, key=lambda s: (-s.score, s.position))
    sizes = [len(s.text.split()) for s in ranked]
    budget = sizes[0] + sizes[1] + sizes[2] // 2  # room for two and a half sentences
    summary = summarise(doc, Settings(algorithm=algorithm, sentences=1, words=budget))
    assert [s.position for s in summary.sentences] == sorted(s.position for s in ranked[:2])
    assert sum(len(s.text.split()) for s in summary.sentences) <= budget


def test_words_budget_keeps_at_least_one_sentence(doc: Document) -> None:
    summary = summarise(doc, Settings(algorithm="news", words=1), title=TITLE)
    assert len(summary.sentences) == 1
    assert summary.sentences[0].score == 1.0


def test_words_budget_larger_than_the_article_keeps_it_all(doc: Document) -> None:
    summary = summarise(doc, Settings(algorithm="news", words=10_000), title=TITLE)
    assert len(summary.sentences) == len(doc.sentences) - 1  # all but the headline


def test_within_budget_stops_at_the_first_sentence_that_does_not_fit() -> None:
    ranked = segment("One two three four. One two. One two three four five six. One.").sentences
    assert [s.text for s in within_budget(ranked, 7)] == ["One two three four.", "One two."]
    assert [s.text for s in within_budget(ranked, 2)] == ["One two three four."]


def _run_with_seed(script: str, text: str, seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", script], input=text, env=env,
                          capture_output=True, text=True, check=True)
    return done.stdout


def _synthetic_article(sentences: int, seed: int) -> str:
    """Deterministic filler news sentences from a small vocabulary, four to a paragraph."""
    rng = random.Random(seed)
    subjects = ["The council", "Engineers", "Residents", "The minister", "Local traders",
                "The river trust", "Police", "The rail operator"]
    verbs = ["approved", "criticised", "delayed", "funded", "inspected", "welcomed"]
    objects = ["the bridge plan", "new bus lanes", "the flood barrier", "a housing scheme",
               "school repairs", "the harbour wall", "cheaper parking", "a cycle path"]
    tails = ["on Monday", "after a long debate", "despite protests", "for the third time",
             "at a cost of millions", "with little warning"]
    lines = [f"{rng.choice(subjects)} {rng.choice(verbs)} {rng.choice(objects)} "
             f"{rng.choice(tails)} in {rng.choice(['Ashby', 'Brill', 'Corfe', 'Dunmore'])} "
             f"number {i}." for i in range(sentences)]
    return "\n\n".join(" ".join(lines[i:i + 4]) for i in range(0, len(lines), 4))
