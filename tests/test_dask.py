"""The Dask engine on a local cluster: the same records, order and errors as the local engine."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsum.cli import cli
from tests.test_batch import batch, write_corpus

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")

FAILING: dict[str, str | bytes] = {"b-empty.txt": " \n"}


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """A scheduler with one worker thread in this process, on a loopback TCP port."""
    import logging

    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                       protocol="tcp://", host="127.0.0.1",
                                       dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR)
    yield cluster.scheduler_address
    cluster.close()


def local_results(tmp_path: Path, folder: Path) -> str:
    out = tmp_path / "local"
    assert batch(str(folder), "-o", str(out), "-j", "1").exit_code == 1
    return (out / "results.jsonl").read_text()


def test_local_dask_cluster_gives_the_local_engines_records(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path, FAILING)
    out = tmp_path / "dask"
    result = batch(str(folder), "-o", str(out), "--engine", "dask", "-j", "1")
    assert result.exit_code == 1
    assert result.stderr.startswith("newsum: error: b-empty.txt: no article text found")
    assert (out / "results.jsonl").read_text() == local_results(tmp_path, folder)
    assert (out / "articles" / "harbour.txt.json").exists()


def test_scheduler_address_gets_the_bytes_not_the_paths(tmp_path: Path, scheduler: str) -> None:
    folder = write_corpus(tmp_path, FAILING)
    out = tmp_path / "dask"
    result = batch(str(folder), "-o", str(out), "--scheduler", scheduler)
    assert result.exit_code == 1
    assert (out / "results.jsonl").read_text() == local_results(tmp_path, folder)
    # --resume works the same way on a cluster: nothing left to send.
    again = batch(str(folder), "-o", str(out), "--scheduler", scheduler, "--resume")
    assert again.exit_code == 1 and (out / "results.jsonl").read_text() == local_results(
        tmp_path, folder)


def test_unreachable_scheduler_is_one_line(tmp_path: Path) -> None:
    import dask

    folder = write_corpus(tmp_path)
    with dask.config.set({"distributed.comm.timeouts.connect": "0.5s"}):
        result = batch(str(folder), "-o", str(tmp_path / "out"), "--scheduler",
                       "tcp://127.0.0.1:9")
    assert result.exit_code == 1
    assert result.stderr.startswith("newsum: error: cannot reach the Dask scheduler at "
                                    "tcp://127.0.0.1:9")
    assert len(result.stderr.splitlines()) == 1


def test_missing_dask_is_a_one_line_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import now raises ImportError
    folder = write_corpus(tmp_path)
    result = CliRunner().invoke(cli, ["batch", str(folder), "-o", str(tmp_path / "out"),
                                      "--engine", "dask"])
    assert result.exit_code == 1
    assert result.stderr == ("newsum: error: --engine dask needs Dask's distributed package: "
                             "pip install 'newsum[dask]' (or: pip install distributed)\n")
