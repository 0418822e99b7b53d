"""The whole flow for one input: text → chrome removal → segments → summary → facts → Result."""

from __future__ import annotations

from dataclasses import dataclass, replace

from newsum.chrome import strip_chrome
from newsum.errors import EmptyArticleError, NewsumError
from newsum.facts import extract_facts
from newsum.io import read_text
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


def process_text(text: str, source: str, settings: Settings, stages: Stages = ALL_STAGES) -> Result:
    """Run every stage on one article's text."""
    cleaned = strip_chrome(text, settings.chrome_rules)
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


def process_source(source: str, settings: Settings, stages: Stages = ALL_STAGES) -> Result:
    """Read, decode and process one input; a user-facing problem becomes an error Result."""
    try:
        return process_text(read_text(source, settings.max_bytes), source, settings, stages)
    except NewsumError as exc:
        return Result(source=source, error=str(exc))
    except (KeyboardInterrupt, MemoryError):
        raise
    except Exception as exc:  # a bug must not cost the user the rest of a batch
        if settings.traceback:
            raise
        return Result(source=source, error=f"{source}: internal error ({exc!r}); "
                      "rerun with --traceback and report it")
