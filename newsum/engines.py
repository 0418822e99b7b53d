"""Where the per-file work runs: in this process, in worker processes, or on a Dask cluster.

Every engine is a context manager yielding a `submit(fn, arg) -> handle` callable whose handles
have `.result()` and `.cancel()` (concurrent.futures and dask.distributed futures both do).
`ordered_map` drives any of them: results in input order, a bounded number in flight, and
every handle either read (so a worker's error surfaces) or cancelled when the caller stops.
"""

from __future__ import annotations

import gc
import logging
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Any, Generic, Protocol, TypeVar

from newsum.errors import NewsumError

A = TypeVar("A")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)

# Chunks kept in flight per worker: enough to keep every worker busy while the parent writes
# results, few enough that an interruption loses little finished work and memory stays flat.
IN_FLIGHT_PER_WORKER = 4
# The collector's thresholds in worker processes (Python's defaults: 700, 10, 10).
GC_THRESHOLDS = (20_000, 20, 20)
DASK_MISSING = ("--engine dask needs Dask's distributed package: "
                "pip install 'newsum[dask]' (or: pip install distributed)")


class EngineError(NewsumError):
    """A worker pool or cluster could not be started, reached or kept."""


class Handle(Protocol[R_co]):
    """A submitted piece of work."""

    def result(self) -> R_co:
        """Wait for the work and return its value, or raise its error."""

    def cancel(self) -> Any:
        """Drop the work if it has not started."""


Submit = Callable[[Callable[[A], R], A], Handle[R]]
# What an engine yields: how to submit work, and how many tasks to keep in flight.
Engine = tuple[Submit[Any, Any], int]


class Done(Generic[R]):
    """A handle on work already done in this process."""

    def __init__(self, value: R) -> None:
        self.value = value

    def result(self) -> R:
        """The value."""
        return self.value

    def cancel(self) -> bool:
        """Nothing to cancel."""
        return False


def ordered_map(submit: Submit[A, R], fn: Callable[[A], R], args: Iterable[A],
                window: int) -> Iterator[R]:
    """`fn` over `args` through `submit`, yielding in input order with at most `window` pending."""
    pending: deque[Handle[R]] = deque()
    try:
        for arg in args:
            pending.append(submit(fn, arg))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for handle in pending:  # only left when the caller stopped early (Ctrl-C, an error)
            handle.cancel()


def in_process(fn: Callable[[A], R], arg: A) -> Done[R]:
    """Run the work now, here (`--jobs 1`): no pickling, tracebacks stay whole."""
    return Done(fn(arg))


@contextmanager
def local_engine(jobs: int, warm_up: Callable[[], None]) -> Iterator[Engine]:
    """Worker processes on this machine (or this process for one job)."""
    if jobs <= 1:
        yield in_process, 1  # no warm-up: the first input loads what it needs
        return
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=worker_init, initargs=(warm_up,))
    # Start the workers now, so they warm up while the parent plans the batch.
    started = pool.submit(int)
    try:
        yield pool.submit, jobs * IN_FLIGHT_PER_WORKER
        started.result()
    except BrokenProcessPool:
        raise EngineError("a worker process died (killed, or out of memory); try fewer "
                          "--jobs (newsum batch keeps finished files: --resume)") from None
    finally:
        # After Ctrl-C or an error, queued work is dropped; running chunks end within moments.
        pool.shutdown(wait=True, cancel_futures=True)


def worker_init(warm_up: Callable[[], None]) -> None:
    """In each worker: leave Ctrl-C to the parent (it stops the batch and reports once), warm up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_up()
    # The models just loaded live as long as the worker: keep the collector from walking them
    # again and again, and let it run less often (each file leaves little cyclic garbage).
    # About 5% off the per-file time on the BBC corpus (bench/batch.py).
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


@contextmanager
def dask_engine(scheduler: str | None, jobs: int) -> Iterator[Engine]:
    """A Dask distributed client: on `scheduler`, or on a local cluster bound to loopback."""
    distributed = _import_distributed()
    with _dask_client(distributed, scheduler, jobs) as client:
        threads = sum(client.nthreads().values()) or 1

        def submit(fn: Callable[[Any], Any], arg: Any) -> Any:
            # pure=False: two chunks with equal bytes are still two tasks (keys never collide).
            return client.submit(fn, arg, pure=False)

        yield submit, threads * IN_FLIGHT_PER_WORKER


def _import_distributed() -> Any:
    """dask.distributed, or a one-line error saying how to install it."""
    try:
        import distributed
    except ImportError:
        raise EngineError(DASK_MISSING) from None
    return distributed


@contextmanager
def _dask_client(distributed: Any, scheduler: str | None, jobs: int) -> Iterator[Any]:
    """A connected client, closed (with its local cluster) however the block ends."""
    if scheduler:
        client = _connect(distributed, scheduler)
        try:
            yield client
        finally:
            client.close()
        return
    # One job: a thread in this process (fast to start, talks in-process; used by the tests).
    # More: processes with a thread each, since the work is Python code holding the GIL, and
    # listening on loopback only. The dashboard's HTTP server starts even when disabled, so it
    # gets a free loopback port rather than 8787, which another cluster may hold.
    network = {"host": "127.0.0.1"} if jobs > 1 else {}
    with _sigint_ignored():  # the worker processes inherit it: Ctrl-C is the parent's to handle
        cluster = distributed.LocalCluster(
            n_workers=max(1, jobs), threads_per_worker=1, processes=jobs > 1,
            dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR, **network,
        )
    client = distributed.Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


@contextmanager
def _sigint_ignored() -> Iterator[None]:
    """Ignore Ctrl-C while processes are started, so they ignore it too (and print nothing).

    A terminal sends Ctrl-C to every process in its group; Python leaves an inherited
    "ignore" in place at start-up, and so does asyncio in Dask's workers.
    """
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _connect(distributed: Any, scheduler: str) -> Any:
    """A client on a running scheduler, or an EngineError saying which address failed.

    It waits as long as Dask's `distributed.comm.timeouts.connect` setting says (30 s unless
    DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT is set), as any Dask client does.
    """
    try:
        return distributed.Client(scheduler)
    except (OSError, TimeoutError, ValueError) as exc:
        raise EngineError(f"cannot reach the Dask scheduler at {scheduler} ({exc}); "
                          "check the address and that dask-scheduler is running") from None


def default_jobs() -> int:
    """Workers when the user did not say: the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)
