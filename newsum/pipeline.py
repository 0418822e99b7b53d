"""The whole flow for one input: text → chrome removal → segments → summary → facts → Result."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from newsum.chrome import strip_chrome
from newsum.errors import EmptyArticleError, NewsumError
from newsum.facts import extract_facts
from newsum.io import check_size, decode, display_name, read_bytes
from newsum.models import Facts, Result
from newsum.segment import segment
from newsum.settings import Settings
from newsum.summarise import summarise


@dataclass(frozen=True)
class Stages:
    """Which optional stages to run; `newsum clean` and `newsum facts` skip the others."""

    summary: bool = True
    facts: bool = True


ALL_STAGES = Stages()
# An unexpected error's description is cut here, so one message stays one readable line.
MAX_PROBLEM_CHARS = 200

# A short article of our own run once per worker, so the sentence splitter, stemmer and word
# tables are loaded before the first real file (and, under fork, once in the parent for all).
WARM_UP_TEXT = """\
Harbour board approves new ferry terminal

The harbour board in Norway approved a £12 million ferry terminal on Tuesday.
Chair Ingrid Dahl said the building would open next spring.
The council will pay a third of the cost, officials said.
"""


def process_text(text: str, source: str, settings: Settings, stages: Stages = ALL_STAGES) -> Result:
    """Run every stage on one article's text."""
    cleaned = strip_chrome(text, settings.chrome_rules, settings.known_chrome)
    if not cleaned.body.strip():
        raise EmptyArticleError(f"{source}: no article text found (empty, or all of it was chrome)")
    base = Result(
        source=source, title=cleaned.title, author=cleaned.author,
        published=cleaned.published, body=cleaned.body, removed=cleaned.removed,
    )
    if not (stages.summary or stages.facts):
        return base
    doc = segment(cleaned.body)
    summary = summarise(doc, settings, title=cleaned.title) if stages.summary else None
    facts = extract_facts([s.text for s in doc.sentences]) if stages.facts else Facts()
    return replace(base, summary=summary, facts=facts, document=doc)


def process_bytes(data: bytes, source: str, settings: Settings,
                  stages: Stages = ALL_STAGES) -> Result:
    """Decode and process one input's bytes; a user-facing problem becomes an error Result.

    Takes bytes rather than a path so remote workers (the Dask engine) need no shared disk.
    """
    source = display_name(source)

    def work() -> Result:
        text = decode(check_size(data, source, settings.max_bytes), source)
        return process_text(text, source, settings, stages)

    return guarded(work, source, settings)


def process_source(source: str, settings: Settings, stages: Stages = ALL_STAGES) -> Result:
    """Read, decode and process one input; a user-facing problem becomes an error Result."""
    try:
        data = read_bytes(source, settings.max_bytes)
    except NewsumError as exc:
        return Result(source=display_name(source), error=str(exc))
    return process_bytes(data, source, settings, stages)


def guarded(work: Callable[[], Result], source: str, settings: Settings) -> Result:
    """Run `work`, turning a NewsumError (or, without --traceback, a bug) into an error Result."""
    try:
        return work()
    except NewsumError as exc:
        return Result(source=source, error=str(exc))
    except (KeyboardInterrupt, MemoryError):
        raise
    except Exception as exc:  # a bug must not cost the user the rest of a batch
        if settings.traceback:
            raise
        problem = repr(exc)[:MAX_PROBLEM_CHARS]
        return Result(source=source, error=f"{source}: internal error ({problem}); "
                      "rerun with --traceback and report it")


def warm_up(settings: Settings) -> None:
    """Load every model and table the pipeline uses, so the first real input is not slower."""
    process_bytes(WARM_UP_TEXT.encode("utf-8"), "<warm-up>", settings)
