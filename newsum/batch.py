"""Many inputs → Results in input order, in-process or over worker processes."""

from __future__ import annotations

import os
import signal
from collections.abc import Generator, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import partial

from newsum.models import Result
from newsum.pipeline import ALL_STAGES, Stages, process_source
from newsum.settings import Settings

# Below this many inputs, starting worker processes costs more than it saves.
MIN_INPUTS_FOR_WORKERS = 8


def default_jobs(count: int) -> int:
    """Workers to use for `count` inputs when the user did not say."""
    if count < MIN_INPUTS_FOR_WORKERS:
        return 1
    return max(1, min(os.cpu_count() or 1, count))


def run(
    sources: Sequence[str], settings: Settings, stages: Stages = ALL_STAGES,
    jobs: int | None = None,
) -> Generator[Result, None, None]:
    """Process every source and yield its Result in input order; `jobs=1` stays in-process."""
    workers = jobs if jobs is not None else default_jobs(len(sources))
    work = partial(process_source, settings=settings, stages=stages)
    if workers <= 1:
        yield from map(work, sources)
        return
    chunk = max(1, min(16, len(sources) // (workers * 4)))
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_ignore_sigint)
    try:
        # map() yields in input order and re-raises a worker's failure, so nothing is lost.
        yield from pool.map(work, sources, chunksize=chunk)
    finally:
        # When the consumer stops early (closed pipe, Ctrl-C), drop the queued work.
        pool.shutdown(wait=True, cancel_futures=True)


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the parent, which stops the batch and reports once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
