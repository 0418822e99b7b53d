"""Many inputs → results in input order: the default command's stream, and `newsum batch`.

`newsum batch DIR -o OUT` lays out OUT as:

    results.jsonl                one record per input, in input order (`--format jsonl`'s record)
    articles/<source>.json       the full result of each input that succeeded
    learned-chrome.json          the lines learned as chrome from the whole folder
    report.md, countries.svg     the corpus report (written by the CLI from newsum.report)

Workers get bytes, not paths, so the Dask engine needs no shared disk; the parent reads the
inputs and writes every output file, each atomically.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Generator, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import asdict, dataclass, field, replace
from functools import cache, partial
from pathlib import Path
from typing import Any

from newsum import __version__
from newsum.engines import Engine, Submit, dask_engine, local_engine, ordered_map
from newsum.errors import NewsumError
from newsum.io import (
    atomic_writer,
    decode,
    make_folder,
    read_bytes,
    remove_temporaries,
    walk_articles,
    write_atomic,
    write_text,
)
from newsum.models import SCHEMA_VERSION, Result
from newsum.pipeline import ALL_STAGES, Stages, process_bytes, process_source, warm_up
from newsum.settings import Settings

# Below this many inputs, starting worker processes costs more than it saves.
MIN_INPUTS_FOR_WORKERS = 8
# Chrome is learned from the inputs only when there are at least this many of them
# (learn.recurring_lines needs a line in 3 articles before it calls it chrome).
MIN_INPUTS_TO_LEARN = 3
# Files per task: large enough that queueing costs little next to the work (~10 ms a file),
# small enough that results stream and an interruption loses little.
MAX_CHUNK = 16
# Planning reads every input once (to hash it and learn chrome); the bytes of the first inputs,
# up to this total, are kept and sent from memory rather than read a second time.
PREREAD_BYTES = 64 * 1024 * 1024
RESULTS_FILE = "results.jsonl"
ARTICLES_DIR = "articles"
LEARNED_FILE = "learned-chrome.json"
# Settings that cannot change a stored result: the size limit only turns inputs into failures
# (never stored), --traceback only changes how bugs are shown, and the learned chrome enters
# each input's key through the learned lines that input contains (see output_key).
NOT_IN_KEY = frozenset({"max_bytes", "traceback", "known_chrome"})


def default_jobs(count: int) -> int:
    """Workers to use for `count` inputs when the user did not say."""
    from newsum.engines import default_jobs as cores

    if count < MIN_INPUTS_FOR_WORKERS:
        return 1
    return max(1, min(cores(), count))


def chunked(items: Sequence[Any], size: int) -> Iterator[tuple[Any, ...]]:
    """Consecutive runs of at most `size` items."""
    for start in range(0, len(items), size):
        yield tuple(items[start:start + size])


def chunk_size(count: int, window: int) -> int:
    """Files per task: about one task per slot of the engine's window, at most MAX_CHUNK."""
    return max(1, min(MAX_CHUNK, count // max(1, window)))


# ---- the default command: paths in, Results out ------------------------------------------


def run(
    sources: Sequence[str], settings: Settings, stages: Stages = ALL_STAGES,
    jobs: int | None = None,
) -> Generator[Result, None, None]:
    """Process every source and yield its Result in input order; `jobs=1` stays in-process."""
    workers = jobs if jobs is not None else default_jobs(len(sources))
    work = partial(process_sources, settings=settings, stages=stages)
    with local_engine(workers, partial(warm_up, settings)) as (submit, window):
        chunks = chunked(sources, chunk_size(len(sources), window))
        for results in ordered_map(submit, work, chunks, window):
            yield from results


def process_sources(sources: Sequence[str], settings: Settings, stages: Stages) -> list[Result]:
    """One task's worth of paths (runs in a worker)."""
    return [process_source(source, settings, stages) for source in sources]


def learn_chrome(paths: Iterable[str], max_bytes: int) -> frozenset[str]:
    """Lines recurring across the readable inputs, learned as chrome (see chrome.learn)."""
    from newsum.chrome.learn import recurring_lines

    return recurring_lines(_texts(paths, max_bytes))


def _texts(paths: Iterable[str], max_bytes: int) -> Iterator[str]:
    """The decoded text of every input that can be read; the others fail later, in order."""
    for path in paths:
        try:
            yield decode(read_bytes(path, max_bytes), path)
        except NewsumError:
            continue


# ---- newsum batch: the per-file work --------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One input as a worker gets it: its bytes, or why they could not be read."""

    source: str  # the path relative to the input folder, with "/" separators
    data: bytes | None
    error: str | None = None


@dataclass(frozen=True)
class Outcome:
    """One input's outputs, serialised in the worker so the parent only writes them."""

    source: str
    record: str  # its results.jsonl line, without the newline
    article: str | None  # the JSON of articles/<source>.json; None when the input failed
    error: str | None = None
    reused: bool = False  # taken from an earlier run by --resume


def process_items(items: Sequence[Item], settings: Settings) -> list[Outcome]:
    """One task's worth of inputs (runs in a worker, local or Dask)."""
    return [process_item(item, settings) for item in items]


def process_item(item: Item, settings: Settings) -> Outcome:
    """Every stage on one input, its record and its article document."""
    if item.data is None:
        result = Result(source=item.source, error=item.error)
    else:
        result = process_bytes(item.data, item.source, settings, ALL_STAGES)
    if item.data is None or not result.ok:
        return Outcome(item.source, json.dumps(result.to_dict(), ensure_ascii=False), None,
                       result.error)
    document = article_document(result, content_hash(item.data),
                                output_key(settings, _text_for_key(item.data, settings)))
    record = {key: document[key] for key in record_keys()}
    # Compact JSON: json.dumps with indent falls back to the pure-Python encoder (~10x slower).
    return Outcome(item.source, json.dumps(record, ensure_ascii=False),
                   json.dumps(document, ensure_ascii=False))


def _text_for_key(data: bytes, settings: Settings) -> str | None:
    """The text, when the learned chrome makes it part of the key (decoding costs ~20 µs)."""
    return decode(data, "") if settings.known_chrome else None


def article_document(result: Result, digest: str, key: str) -> dict[str, Any]:
    """articles/<source>.json: the record, every sentence scored, the body, what was removed."""
    document = result.to_dict(explain=True)
    document["body"] = result.body
    document["removed"] = [{"line": r.line_no, "reason": r.reason, "text": r.text}
                           for r in result.removed]
    document["content_hash"] = digest
    document["settings_key"] = key
    return document


def content_hash(data: bytes) -> str:
    """The identity of an input's content."""
    return "sha256:" + hashlib.sha256(data).hexdigest()


def output_key(settings: Settings, text: str | None) -> str:
    """Everything besides the content that decides a stored result, as one digest.

    The learned chrome counts only through the learned lines this input holds, so a line
    learned from new files elsewhere in the folder does not make every stored result stale.
    """
    fields = {k: v for k, v in asdict(settings).items() if k not in NOT_IN_KEY}
    learned = relevant_chrome(text, settings.known_chrome) if text is not None else []
    payload = json.dumps([__version__, SCHEMA_VERSION, fields, learned], sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def relevant_chrome(text: str, known: frozenset[str]) -> list[str]:
    """The learned chrome lines that can apply to this text, sorted."""
    if not known:
        return []
    from newsum.chrome import looks_like_html
    from newsum.chrome.learn import normalise_line

    if looks_like_html(text):  # lines are matched after HTML extraction: assume all apply
        return sorted(known)
    return sorted(known.intersection(normalise_line(line) for line in text.splitlines()))


@cache
def record_keys() -> tuple[str, ...]:
    """The keys of a results.jsonl record, in order (Result.to_dict is the one serialiser)."""
    return tuple(Result(source="").to_dict())


# ---- newsum batch: planning -----------------------------------------------------------------


@dataclass(frozen=True)
class Input:
    """One file found under the input folder."""

    source: str  # relative to the folder, "/"-separated: the record's `source`
    path: str


@dataclass(frozen=True)
class Plan:
    """What a batch run will do: its inputs, settings and the records --resume can reuse."""

    inputs: tuple[Input, ...]
    settings: Settings  # with the chrome learned from these inputs
    reused: dict[int, str]  # input index → its stored record line
    preread: dict[int, bytes] = field(default_factory=dict)  # input index → bytes read already


def find_inputs(folder: str, out: str, patterns: Sequence[str] = ()) -> tuple[Input, ...]:
    """The folder's articles in sorted order, never those under the output folder."""
    paths = walk_articles(folder, patterns, exclude=[out])
    return tuple(Input(Path(os.path.relpath(p, folder)).as_posix(), p) for p in paths)


def plan_batch(inputs: tuple[Input, ...], out: str, settings: Settings, resume: bool) -> Plan:
    """Learn the folder's chrome (or reuse an earlier run's) and find the reusable results."""
    hashes, preread = _read_inputs(inputs, settings.max_bytes)
    known = _known_chrome(inputs, hashes, preread, out, settings, resume)
    settings = replace(settings, known_chrome=known)
    reused: dict[int, str] = {}
    if resume:
        remove_temporaries(out)
        for index, (item, digest) in enumerate(zip(inputs, hashes, strict=True)):
            line = stored_record(out, item, digest, settings) if digest else None
            if line is not None:
                reused[index] = line
    for index in reused:
        preread.pop(index, None)
    return Plan(inputs, settings, reused, preread)


def _read_inputs(inputs: Sequence[Input],
                 max_bytes: int) -> tuple[list[str | None], dict[int, bytes]]:
    """Each input's content hash (None when unreadable: it fails, and is retried, later) and
    the bytes of the first inputs, up to PREREAD_BYTES in all, by input index."""
    hashes: list[str | None] = []
    kept: dict[int, bytes] = {}
    size = 0
    for index, item in enumerate(inputs):
        try:
            data = read_bytes(item.path, max_bytes)
        except NewsumError:
            hashes.append(None)
            continue
        hashes.append(content_hash(data))
        if size + len(data) <= PREREAD_BYTES:
            kept[index] = data
            size += len(data)
    return hashes, kept


def _known_chrome(inputs: Sequence[Input], hashes: Sequence[str | None],
                  preread: dict[int, bytes], out: str, settings: Settings,
                  resume: bool) -> frozenset[str]:
    """The chrome learned from these inputs; an earlier run's when they are all unchanged."""
    digest = corpus_digest(inputs, hashes)
    learned = _stored_learned(out, digest) if resume else None
    if learned is None and len(inputs) >= MIN_INPUTS_TO_LEARN:
        from newsum.chrome.learn import recurring_lines

        learned = recurring_lines(_planned_texts(inputs, preread, settings.max_bytes))
    learned = learned or frozenset()
    write_learned(out, digest, learned)
    return learned


def _planned_texts(inputs: Sequence[Input], preread: dict[int, bytes],
                   max_bytes: int) -> Iterator[str]:
    """The decoded text of every readable input, from memory where planning kept its bytes."""
    for index, item in enumerate(inputs):
        try:
            data = preread[index] if index in preread else read_bytes(item.path, max_bytes)
            yield decode(data, item.path)
        except NewsumError:
            continue


def corpus_digest(inputs: Sequence[Input], hashes: Sequence[str | None]) -> str:
    """One digest of every input's name and content (and of the code that learns from them)."""
    digest = hashlib.sha256(__version__.encode("utf-8"))
    for item, content in zip(inputs, hashes, strict=True):
        digest.update(f"{item.source}\0{content}\n".encode())
    return digest.hexdigest()


def _stored_learned(out: str, digest: str) -> frozenset[str] | None:
    """The learned chrome an earlier run stored for the same inputs, if any."""
    try:
        stored = json.loads(Path(out, LEARNED_FILE).read_text(encoding="utf-8"))
        if stored["inputs_digest"] == digest:
            return frozenset(stored["lines"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return None


def write_learned(out: str, digest: str, learned: frozenset[str]) -> None:
    """learned-chrome.json: what was learned, for the user to read and --resume to reuse."""
    document = {"inputs_digest": digest, "lines": sorted(learned)}
    write_atomic(os.path.join(out, LEARNED_FILE), json.dumps(document, indent=2) + "\n")


def stored_record(out: str, item: Input, digest: str, settings: Settings) -> str | None:
    """The record line of a complete stored result for this content and settings, else None."""
    try:
        document = json.loads(Path(article_path(out, item.source)).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(document, dict) or document.get("content_hash") != digest:
        return None
    text = _stored_key_text(item.path, settings)
    if document.get("settings_key") != output_key(settings, text):
        return None
    try:
        return json.dumps({key: document[key] for key in record_keys()}, ensure_ascii=False)
    except KeyError:
        return None


def _stored_key_text(path: str, settings: Settings) -> str | None:
    """The input's text when the key needs it (the learned chrome is not empty)."""
    if not settings.known_chrome:
        return None
    try:
        return decode(read_bytes(path, settings.max_bytes), path)
    except NewsumError:
        return None


def article_path(out: str, source: str) -> str:
    """Where an input's full result is stored: articles/<source>.json."""
    return os.path.join(out, ARTICLES_DIR, *source.split("/")) + ".json"


# ---- newsum batch: running ------------------------------------------------------------------


def open_engine(name: str, jobs: int, scheduler: str | None,
                settings: Settings) -> AbstractContextManager[Engine]:
    """The engine the user chose, ready to take tasks."""
    if name == "dask":
        return dask_engine(scheduler, jobs)
    return local_engine(jobs, partial(warm_up, settings))


def run_batch(plan: Plan, out: str, submit: Submit[Any, Any],
              window: int) -> Generator[Outcome, None, None]:
    """Every input's Outcome in input order, its article written and its line in results.jsonl.

    results.jsonl appears (atomically) only when every input is done; an interruption leaves
    the article files written so far, each whole, for --resume.
    """
    make_folder(os.path.join(out, ARTICLES_DIR))
    fresh = iter(_fresh_outcomes(plan, submit, window))
    folders: set[str] = set()
    path = os.path.join(out, RESULTS_FILE)
    with atomic_writer(path) as results:
        for index, item in enumerate(plan.inputs):
            outcome = _reused(item, plan.reused[index]) if index in plan.reused else next(fresh)
            if not outcome.reused:
                store_article(out, outcome, folders)
            write_text(results, outcome.record + "\n", path)
            yield outcome


def _reused(item: Input, line: str) -> Outcome:
    """The Outcome of an input whose stored result is still valid."""
    return Outcome(item.source, line, None, None, reused=True)


def _fresh_outcomes(plan: Plan, submit: Submit[Any, Any], window: int) -> Iterator[Outcome]:
    """Outcomes of the inputs not reused, in input order, from the engine."""
    todo = [(index, item) for index, item in enumerate(plan.inputs) if index not in plan.reused]
    chunks = (read_items(chunk, plan.preread, plan.settings.max_bytes)
              for chunk in chunked(todo, chunk_size(len(todo), window)))
    work = partial(process_items, settings=plan.settings)
    for outcomes in ordered_map(submit, work, chunks, window):
        yield from outcomes


def read_items(inputs: Sequence[tuple[int, Input]], preread: dict[int, bytes],
               max_bytes: int) -> tuple[Item, ...]:
    """The bytes of each (index, input), taken from planning's or read by the parent just
    before the task is sent; the kept bytes are let go as they are sent."""
    return tuple(Item(item.source, preread.pop(index)) if index in preread
                 else read_item(item, max_bytes) for index, item in inputs)


def read_item(item: Input, max_bytes: int) -> Item:
    """One input's bytes, or the error that kept them from being read."""
    try:
        return Item(item.source, read_bytes(item.path, max_bytes))
    except NewsumError as exc:
        # read_bytes names the path it was given; the record names the input by its source.
        return Item(item.source, None, str(exc).replace(item.path, item.source, 1))


def store_article(out: str, outcome: Outcome, folders: set[str]) -> None:
    """Write (or, for a failure, remove) an input's articles/<source>.json."""
    path = article_path(out, outcome.source)
    if outcome.article is None:
        Path(path).unlink(missing_ok=True)  # a stale result must not outlive its input's failure
        return
    folder = os.path.dirname(path)
    if folder not in folders:
        make_folder(folder)
        folders.add(folder)
    write_atomic(path, outcome.article + "\n")
