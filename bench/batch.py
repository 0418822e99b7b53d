"""How fast `newsum batch` is on the BBC corpus, against a one-process loop of sumy's LexRank.

Usage:
  python bench/batch.py [--runs 3] [--data ../shared/data] [--skip-dask] [--skip-scaling]
                        [--work DIR]

Prints, in one run on this machine (a benchmark, not a test; nothing is asserted but the
ratio, which sets the exit code):
- (a) sumy LexRank alone: PlaintextParser with an offline tokenizer (NLTK's Punkt with default
  parameters and a regex word splitter), Stemmer("english"), get_stop_words, 3 sentences; the
  loop's own time, in this process (imports and start-up not counted: the stricter reading);
- (b) `newsum batch DIR -o OUT` as a subprocess (chrome, summary, facts, every output file),
  wall time including interpreter start; (a) and (b) alternate, and medians are printed with
  the ratio b/a (target: at most 0.67);
- peak resident memory of each newsum process (parent and workers), from /proc;
- a --resume run over the unchanged folder;
- linear scaling: 500, 1000 and all files; articles of 1x, 4x and 16x length;
- where the time goes: each stage timed, and cProfile's top functions, over 200 files;
- the Dask engine: its per-task scheduler overhead and the whole corpus on a local cluster.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

BENCH = Path(__file__).resolve().parent
DEFAULT_DATA = BENCH.parents[1] / "shared" / "data"
NEWSUM = [sys.executable, "-m", "newsum"]
TARGET_RATIO = 0.67
PROFILE_FILES = 200
LENGTH_FILES = 60  # articles per length factor in the length-scaling runs
MEMORY_POLL_SECONDS = 0.05


def articles(data: Path) -> list[Path]:
    """Every BBC article, in sorted order."""
    return sorted((data / "bbc-news-summary" / "articles").rglob("*.txt"))


# ---- (a) sumy's LexRank alone ---------------------------------------------------------------


def sumy_loop(files: Sequence[Path]) -> float:
    """Seconds for a one-process loop of sumy's LexRank (3 sentences) over the files."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    class OfflineTokenizer:
        """sumy's tokenizer interface without NLTK data: default Punkt, regex words."""

        language = "english"
        _punkt = PunktSentenceTokenizer()
        _word = re.compile(r"\w+(?:['’]\w+)*")

        def to_sentences(self, paragraph: str) -> list[str]:
            return list(self._punkt.tokenize(paragraph))

        def to_words(self, sentence: str) -> list[str]:
            return self._word.findall(sentence)

    tokenizer = OfflineTokenizer()
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    start = time.perf_counter()
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        summarizer(PlaintextParser.from_string(text, tokenizer).document, 3)
    return time.perf_counter() - start


# ---- (b) newsum batch as a subprocess -------------------------------------------------------


class Watch:
    """Polls /proc for the peak memory (VmHWM) and CPU time of a process and its descendants."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peaks: dict[int, int] = {}  # pid → KiB
        self.cpu: dict[int, float] = {}  # pid → seconds (the last value seen)
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._poll, daemon=True)
        self.thread.start()

    def _poll(self) -> None:
        while not self.stop.is_set():
            for pid in [self.pid, *descendants(self.pid)]:
                peak, cpu = vm_hwm_kib(pid), cpu_seconds(pid)
                if peak:
                    self.peaks[pid] = max(self.peaks.get(pid, 0), peak)
                    self.cpu[pid] = max(self.cpu.get(pid, 0.0), cpu)
            time.sleep(MEMORY_POLL_SECONDS)

    def finish(self) -> Watch:
        """Stop polling."""
        self.stop.set()
        self.thread.join()
        return self


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process so far."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def descendants(pid: int) -> list[int]:
    """Every process below `pid`, from /proc/*/stat."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def vm_hwm_kib(pid: int) -> int:
    """A process's peak resident set so far, in KiB (0 when it is gone)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    match = re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)
    return int(match.group(1)) if match else 0


def newsum_batch(folder: Path, out: Path, *extra: str) -> tuple[float, float, Watch]:
    """Wall and CPU seconds of `newsum batch folder -o out`, and what /proc showed of it."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen([*NEWSUM, "batch", str(folder), "-o", str(out), "-q", *extra],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    watch = Watch(proc.pid)
    _, err = proc.communicate()
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        sys.exit(f"newsum batch failed ({proc.returncode}): {err}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    failed = sum('"error": null' not in line for line in (out / "results.jsonl").open())
    if failed:
        print(f"  warning: {failed:,} inputs failed in {out.name}; first: "
              f"{err.splitlines()[0] if err else '?'}")
    return seconds, cpu, watch.finish()


def subset(files: Sequence[Path], root: Path, name: str) -> Path:
    """A folder of symlinks to `files` (keeping their category folders)."""
    folder = root / name
    for path in files:
        link = folder / path.parent.name / path.name
        link.parent.mkdir(parents=True, exist_ok=True)
        link.symlink_to(path)
    return folder


# ---- scaling, profile, dask -----------------------------------------------------------------


def longer_articles(files: Sequence[Path], factor: int, count: int) -> list[str]:
    """`count` articles each made `factor` times as long by appending the next articles' bodies."""
    texts = [p.read_text(encoding="utf-8") for p in files[: count + factor]]
    made = []
    for i in range(count):
        bodies = [t.split("\n", 1)[1] for t in texts[i + 1: i + factor]]
        made.append("\n\n".join([texts[i], *bodies]))
    return made


def time_in_process(texts: Sequence[str]) -> float:
    """Seconds for the whole pipeline over the texts in this process (after a warm-up)."""
    from newsum.pipeline import process_bytes, warm_up
    from newsum.settings import Settings

    settings = Settings()
    warm_up(settings)
    start = time.perf_counter()
    for n, text in enumerate(texts):
        process_bytes(text.encode("utf-8"), f"{n}.txt", settings)
    return time.perf_counter() - start


def stage_times(texts: Sequence[str]) -> dict[str, float]:
    """Seconds spent in each stage over the texts (decode to facts), in this process."""
    from newsum.chrome import strip_chrome
    from newsum.facts import extract_facts
    from newsum.io import decode
    from newsum.pipeline import warm_up
    from newsum.segment import segment
    from newsum.settings import Settings
    from newsum.summarise import summarise

    settings, totals = Settings(), dict.fromkeys(
        ["decode", "chrome", "segment", "summarise", "facts"], 0.0)
    warm_up(settings)
    for text in texts:
        data = text.encode("utf-8")
        decoded = timed(totals, "decode", lambda d=data: decode(d, "x"))
        cleaned = timed(totals, "chrome", lambda t=decoded: strip_chrome(t))
        doc = timed(totals, "segment", lambda c=cleaned: segment(c.body))
        timed(totals, "summarise", lambda d=doc, c=cleaned: summarise(d, settings, c.title))
        timed(totals, "facts", lambda d=doc: extract_facts([s.text for s in d.sentences]))
    return totals


def timed(totals: dict[str, float], name: str, work: Callable[[], object]) -> object:
    """Run `work`, adding its seconds to totals[name]."""
    start = time.perf_counter()
    value = work()
    totals[name] += time.perf_counter() - start
    return value


def profile(texts: Sequence[str], top: int = 15) -> str:
    """cProfile's top functions by internal time over the texts."""
    from newsum.pipeline import process_bytes, warm_up
    from newsum.settings import Settings

    settings = Settings()
    warm_up(settings)
    profiler = cProfile.Profile()
    profiler.enable()
    for n, text in enumerate(texts):
        process_bytes(text.encode("utf-8"), f"{n}.txt", settings)
    profiler.disable()
    buffer = io.StringIO()
    pstats.Stats(profiler, stream=buffer).sort_stats("tottime").print_stats(top)
    return "\n".join(line for line in buffer.getvalue().splitlines()
                     if re.match(r"\s*\d", line) or "ncalls" in line)


def dask_task_overhead(tasks: int = 2000) -> tuple[float, float, int]:
    """(cluster start seconds, ms per no-op task round trip, workers) on a 2-process cluster."""
    import logging

    from distributed import Client, LocalCluster

    start = time.perf_counter()
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR)
    client = Client(cluster)
    started = time.perf_counter() - start
    client.gather(client.map(int, range(100), pure=False))  # warm the connections
    begin = time.perf_counter()
    client.gather(client.map(int, range(tasks), pure=False))
    per_task = (time.perf_counter() - begin) / tasks * 1000
    workers = len(client.nthreads())
    client.close()
    cluster.close()
    return started, per_task, workers


# ---- the report -----------------------------------------------------------------------------


def median_runs(runs: int, work: Callable[[], float]) -> tuple[float, list[float]]:
    """The median of `runs` timings of `work`, and all of them."""
    times = [work() for _ in range(runs)]
    return statistics.median(times), times


def load() -> str:
    """The machine's load averages (other work on it slows every figure)."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def fmt(times: Sequence[float]) -> str:
    """Timings as a short list."""
    return ", ".join(f"{t:.2f}" for t in times)


def main() -> int:
    """Measure everything in one run and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--skip-scaling", action="store_true")
    # newsum batch creates two files per input: the file system counts. On the development
    # machine creating a file costs 0.5-0.7 ms of CPU under /tmp but 0.03 ms under /var/tmp
    # (same disk; something watches /tmp), so say where the outputs go.
    parser.add_argument("--work", type=Path, default=None,
                        help="folder for the outputs (default: the system's temporary folder)")
    args = parser.parse_args()
    files = articles(args.data)
    if not files:
        sys.exit(f"no BBC articles under {args.data}")
    print(f"{len(files):,} articles, {os.cpu_count()} cores, Python "
          f"{sys.version.split()[0]}, load averages at start {load()}")
    work = Path(tempfile.mkdtemp(prefix="newsum-bench-", dir=args.work))
    print(f"outputs written under {work.parent}")
    try:
        ratio = compare(files, work, args.runs)
        if not args.skip_scaling:
            scaling(files, work)
        where_time_goes(files)
        if not args.skip_dask:
            dask_figures(files, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"load averages at end {load()}")
    return 0 if ratio <= TARGET_RATIO else 1


def compare(files: Sequence[Path], work: Path, runs: int) -> float:
    """(a) against (b), alternating; memory; --resume. Returns the ratio of the medians."""
    folder = files[0].parents[1]
    sumy_wall, sumy_cpu, newsum_wall, newsum_cpu = [], [], [], []
    for run in range(runs):
        cpu = time.process_time()
        sumy_wall.append(sumy_loop(files))
        sumy_cpu.append(time.process_time() - cpu)
        seconds, cpu_total, watch = newsum_batch(folder, work / f"out{run}")
        newsum_wall.append(seconds)
        newsum_cpu.append(cpu_total)
    a, b = statistics.median(sumy_wall), statistics.median(newsum_wall)
    print(f"\n(a) sumy LexRank loop, one process: median {a:.2f} s of {runs} runs "
          f"({fmt(sumy_wall)}); {len(files) / a:,.0f} files/s; CPU {fmt(sumy_cpu)} s")
    print(f"(b) newsum batch (-j default = cores): median {b:.2f} s of {runs} runs "
          f"({fmt(newsum_wall)}); {len(files) / b:,.0f} files/s; CPU of all its processes "
          f"{fmt(newsum_cpu)} s")
    print(f"ratio b/a = {b / a:.2f} (target at most {TARGET_RATIO}): "
          f"{'ok' if b / a <= TARGET_RATIO else 'OVER TARGET'}")
    ideal = statistics.median(newsum_cpu) / (os.cpu_count() or 1)
    print(f"on an idle machine: CPU of (b) spread over {os.cpu_count()} cores / CPU of (a) = "
          f"{ideal / statistics.median(sumy_cpu):.2f}")
    print_processes(watch)
    resume, _, _ = newsum_batch(folder, work / f"out{runs - 1}", "--resume")
    print(f"--resume over the unchanged folder: {resume:.2f} s ({resume / b:.0%} of a full run)")
    return b / a


def print_processes(watch: Watch) -> None:
    """Peak memory and CPU of the parent and of each worker, from the last run."""
    for pid in sorted(watch.peaks):
        role = "parent" if pid == watch.pid else "worker"
        print(f"  {role} {pid}: peak resident memory {watch.peaks[pid] / 1024:4.0f} MB "
              f"(limit 300 per worker), CPU {watch.cpu[pid]:6.2f} s")


def scaling(files: Sequence[Path], work: Path) -> None:
    """Wall time against the number of files; in-process time against article length."""
    print("\nScaling with the number of files (newsum batch, one run each):")
    for count in (500, 1000, len(files)):
        folder = subset(files[:count], work, f"first{count}")
        seconds, _, _ = newsum_batch(folder, work / f"scale{count}")
        print(f"  {count:5,} files: {seconds:6.2f} s, {seconds / count * 1000:5.2f} ms per file")
    print(f"Scaling with article length (in-process, {LENGTH_FILES} articles each):")
    base = None
    for factor in (1, 4, 16):
        texts = longer_articles(files, factor, LENGTH_FILES)
        words = sum(len(t.split()) for t in texts) / len(texts)
        seconds = time_in_process(texts) / len(texts)
        base = base or seconds
        print(f"  {factor:2}x ({words:6,.0f} words): {seconds * 1000:7.1f} ms per article, "
              f"{seconds / words * 1e6:5.1f} µs per word, {seconds / base:5.1f}x the 1x time")


def where_time_goes(files: Sequence[Path]) -> None:
    """Per-stage times and cProfile's top functions over PROFILE_FILES articles."""
    texts = [p.read_text(encoding="utf-8") for p in files[:: max(1, len(files) // PROFILE_FILES)]]
    texts = texts[:PROFILE_FILES]
    totals = stage_times(texts)
    whole = sum(totals.values())
    print(f"\nWhere the time goes ({len(texts)} articles in one process, "
          f"{whole / len(texts) * 1000:.1f} ms per article):")
    for name, seconds in totals.items():
        print(f"  {name:10} {seconds / len(texts) * 1000:6.2f} ms per article  "
              f"{seconds / whole:5.1%}")
    print("cProfile, top functions by internal time:")
    print(profile(texts))


def dask_figures(files: Sequence[Path], work: Path) -> None:
    """The Dask engine: scheduler overhead per task and the whole corpus on a local cluster."""
    try:
        started, per_task, workers = dask_task_overhead()
    except ImportError:
        print("\nDask: not installed (pip install 'newsum[dask]'); skipped")
        return
    print(f"\nDask LocalCluster ({workers} worker processes on loopback): starts in "
          f"{started:.2f} s; a no-op task's round trip costs {per_task:.2f} ms")
    folder = files[0].parents[1]
    local, _, _ = newsum_batch(folder, work / "local-engine")
    dask, _, _ = newsum_batch(folder, work / "dask-engine", "--engine", "dask")
    print(f"newsum batch --engine dask over {len(files):,} files: {dask:.2f} s "
          f"(local engine {local:.2f} s; difference {dask - local:+.2f} s, "
          f"{(dask - local) / len(files) * 1000:+.2f} ms per file)")


if __name__ == "__main__":
    sys.exit(main())
