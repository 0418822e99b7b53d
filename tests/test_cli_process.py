"""Real processes: pipes, signals, `python -m newsum`, and a machine with no NLTK data."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import SAMPLES

NEWSUM = [sys.executable, "-m", "newsum"]


def offline_env(tmp_path: Path) -> dict[str, str]:
    """The environment of a new user: an empty NLTK data folder and a new HOME."""
    (tmp_path / "nltk").mkdir(exist_ok=True)
    (tmp_path / "home").mkdir(exist_ok=True)
    env = {**os.environ, "NLTK_DATA": str(tmp_path / "nltk"), "HOME": str(tmp_path / "home")}
    env.pop("NO_COLOR", None)
    return env


def sample_files() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.suffix in {".txt", ".html", ".md"})


def test_python_dash_m_version() -> None:
    done = subprocess.run([*NEWSUM, "--version"], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and done.stdout.startswith("newsum, version ")


def test_every_sample_runs_offline_without_nltk_data(tmp_path: Path) -> None:
    files = [str(p) for p in sample_files()]
    assert len(files) >= 6
    done = subprocess.run([*NEWSUM, *files, "-f", "jsonl", "-j", "1"], capture_output=True,
                          text=True, env=offline_env(tmp_path), check=False)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert len(done.stdout.splitlines()) == len(files)


@pytest.mark.parametrize("fmt", ["jsonl", "json", "text", "markdown", "table"])
def test_closed_pipe_ends_quietly(tmp_path: Path, fmt: str) -> None:
    files = [str(p) for p in sample_files()] * 3
    cmd = " ".join([*map(str, NEWSUM), *files, "-f", fmt, "|", "head", "-1"])
    done = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, text=True,
                          env=offline_env(tmp_path), check=False)
    assert len(done.stdout.splitlines()) == 1
    assert "Traceback" not in done.stderr and "Error" not in done.stderr
    assert done.returncode in (0, 141)  # 141: the documented code for a closed pipe


def test_ctrl_c_exits_130_without_traceback(tmp_path: Path) -> None:
    proc = subprocess.Popen([*NEWSUM, "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=offline_env(tmp_path),
                            preexec_fn=interruptible)
    wait_until_reading(proc.pid)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    # Click starts a new line first, so the message does not follow the terminal's ^C.
    assert err.strip() == "newsum: error: interrupted" and out == ""


def interruptible() -> None:
    """In the child before it starts: Ctrl-C's default action, as a terminal gives it. A test
    run started in the background by a shell inherits SIGINT ignored, and so would newsum."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def wait_until_reading(pid: int, limit: float = 30.0) -> None:
    """Wait until the process is blocked reading its stdin pipe (Linux tells it in
    /proc/PID/wchan), not still importing: a loaded machine can take seconds to start
    Python. Elsewhere, wait a fixed while."""
    wchan = Path(f"/proc/{pid}/wchan")
    if not wchan.exists():
        time.sleep(1.5)
        return
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and "pipe" not in wchan.read_text():
        time.sleep(0.05)
    time.sleep(0.1)  # past the first read: the handler is in place


@pytest.mark.parametrize("env_extra", [{}, {"NO_COLOR": "1"}])
def test_piped_output_has_no_escape_codes(tmp_path: Path, env_extra: dict[str, str]) -> None:
    env = {**offline_env(tmp_path), **env_extra}
    done = subprocess.run([*NEWSUM, str(sample_files()[0])], capture_output=True, text=True,
                          env=env, check=False)
    assert done.returncode == 0 and "\x1b[" not in done.stdout


def run_in_terminal(args: list[str], env: dict[str, str]) -> str:
    """Run newsum with stdout on a pseudo-terminal and return what it printed there."""
    import pty

    leader, follower = pty.openpty()
    proc = subprocess.Popen([*NEWSUM, *args], stdout=follower, stderr=subprocess.PIPE,
                            env={**env, "COLUMNS": "120", "TERM": "xterm-256color"})
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closes when newsum exits
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait(timeout=60)
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


def has_colour(screen: str) -> bool:
    """True when any SGR escape sets a foreground or background colour."""
    for params in re.findall(r"\x1b\[([0-9;]*)m", screen):
        codes = [int(p) for p in params.split(";") if p]
        if any(30 <= c <= 48 or 90 <= c <= 107 for c in codes):
            return True
    return False


def test_terminal_gets_tables_and_colour(tmp_path: Path) -> None:
    screen = run_in_terminal([str(sample_files()[0])], offline_env(tmp_path))
    assert has_colour(screen) and "─" in screen


def test_no_color_on_a_terminal_keeps_tables_without_colour(tmp_path: Path) -> None:
    env = {**offline_env(tmp_path), "NO_COLOR": "1"}
    screen = run_in_terminal([str(sample_files()[0])], env)
    assert "─" in screen and not has_colour(screen)
