"""Shared fixtures: paths to the samples and to the evaluation data next to the repository."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The evaluation data; skipped locally without it, a failure in CI (CI has it)."""
    if not SHARED_DATA.is_dir():
        message = f"evaluation data not found at {SHARED_DATA}"
        if os.environ.get("CI"):
            pytest.fail(message + " (CI must have it)")
        pytest.skip(message)
    return SHARED_DATA


@pytest.fixture(scope="session")
def seed_text(shared_data: Path) -> str:
    """The real page dump with heavy chrome used by the end-to-end checks."""
    return (shared_data / "seed-article.txt").read_text(encoding="utf-8")


def pytest_addoption(parser: pytest.Parser) -> None:
    """`--update-golden` rewrites tests/golden from the samples; nothing else does."""
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite tests/golden/* from the current output")


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    """True when the run was asked to rewrite the golden files."""
    return bool(request.config.getoption("--update-golden"))
