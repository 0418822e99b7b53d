"""How much `newsum --help` costs beyond a bare interpreter start (target: under 0.25 s).

Run: python bench/startup.py [--runs 15]
Prints the median wall time of each command and the difference.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

COMMANDS = {
    "bare interpreter": [sys.executable, "-c", "pass"],
    "newsum --help": [sys.executable, "-m", "newsum", "--help"],
    "newsum --version": [sys.executable, "-m", "newsum", "--version"],
}
TARGET_SECONDS = 0.25


def median_seconds(cmd: list[str], runs: int) -> float:
    """Median wall time of `runs` runs of `cmd`, after one warm-up run."""
    subprocess.run(cmd, capture_output=True, check=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    """Measure every command in one run and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    medians = {name: median_seconds(cmd, runs) for name, cmd in COMMANDS.items()}
    base = medians["bare interpreter"]
    for name, seconds in medians.items():
        print(f"{name:18} median {seconds * 1000:7.1f} ms  (+{(seconds - base) * 1000:6.1f} ms)")
    extra = medians["newsum --help"] - base
    verdict = "ok" if extra < TARGET_SECONDS else "OVER TARGET"
    print(f"--help costs {extra * 1000:.1f} ms beyond the interpreter: {verdict}")
    return 0 if extra < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
