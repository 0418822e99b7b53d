"""`newsum batch` as a real process: Ctrl-C mid-batch, then --resume; the terminal report."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import time
from pathlib import Path

from tests.test_batch import write_corpus
from tests.test_cli_process import NEWSUM, interruptible, offline_env, run_in_terminal

# A vocabulary for generated articles (one string, split once, keeps the list readable).
VOCABULARY = """harbour council budget ferry school river bridge market station library museum
garden factory hospital airport village festival tunnel stadium college theatre quarry mill
canal lighthouse reservoir vineyard bakery forest valley meadow approved delayed opened
closed funded planned doubled reduced rebuilt reviewed new old large small quiet busy local
regional national northern southern eastern residents workers engineers farmers teachers"""
WORDS = VOCABULARY.split()
PEOPLE = ["Ada Quill", "Tomas Berg", "Ruth Okafor", "Marcus Hale", "Ingrid Dahl", "Lena Ortiz"]
PLACES = ["Norway", "France", "Kenya", "Chile", "Japan", "Canada", "Poland", "Ghana"]


def generated_article(seed: int, paragraphs: int = 6) -> str:
    """A distinct article of our own: random sentences (no line recurs across files)."""
    rng = random.Random(seed)
    lines = [" ".join(rng.choice(WORDS) for _ in range(6)).capitalize(), ""]
    for _ in range(paragraphs):
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(10, 18)))
        who, where = rng.choice(PEOPLE), rng.choice(PLACES)
        lines.append(f"{who} said the {words} in {where} would cost £{rng.randint(2, 90)} million.")
    return "\n".join(lines) + "\n"


def test_ctrl_c_leaves_whole_files_and_resume_completes(tmp_path: Path) -> None:
    # Long enough articles that the batch is still running when the signal lands, even on a
    # loaded machine where this loop wakes late: it signals at the first few finished files.
    count = 120
    folder = write_corpus(tmp_path, {f"gen/{n:04}.txt": generated_article(n, 60)
                                     for n in range(count)})
    out, env = tmp_path / "out", offline_env(tmp_path)
    cmd = [*NEWSUM, "batch", str(folder), "-o", str(out), "-j", "2"]
    # A session of its own, so the signal reaches newsum and its workers as a terminal's would.
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, start_new_session=True, preexec_fn=interruptible)
    deadline = time.monotonic() + 60
    while len(list(out.rglob("*.json"))) < 5 and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert len(err.splitlines()) == 1 and err.startswith("newsum: interrupted after ")
    assert "--resume" in err and "Traceback" not in err
    assert not (out / "results.jsonl").exists()  # written only when every input is done
    kept = {p: p.stat().st_ino for p in out.rglob("*.json")}
    assert 0 < len(kept) < count + 4
    assert all(json.loads(p.read_text()) for p in kept)  # every file whole
    assert [p for p in out.rglob(".*") if p.is_file()] == []

    done = subprocess.run([*cmd, "--resume"], capture_output=True, text=True, env=env,
                          check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = (out / "results.jsonl").read_text().splitlines()
    assert len(lines) == count + 3 and all(json.loads(line)["error"] is None for line in lines)
    # What was finished before Ctrl-C was reused, not written again.
    assert all(p.stat().st_ino == ino for p, ino in kept.items()
               if p.parent.name != "out")  # learned-chrome.json is rewritten each run


def test_terminal_shows_the_corpus_report(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path)
    screen = run_in_terminal(["batch", str(folder), "-o", str(tmp_path / "out"), "-j", "1"],
                             offline_env(tmp_path))
    assert "Corpus report" in screen and "Countries by number of articles" in screen
    assert "Germany" in screen and "─" in screen
    assert "report.md" in screen
