"""`newsum batch`: outputs and their order, failures as records, resume, report, exit codes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from newsum.batch import Input, chunk_size, output_key, relevant_chrome
from newsum.cli import cli
from newsum.engines import Done, EngineError, local_engine, ordered_map
from newsum.settings import Settings
from tests.conftest import SAMPLES

# Three short articles of our own: the people, countries and money are known.
ARTICLES = {
    "harbour.txt": """\
Harbour board approves electric ferry terminal

By Ada Quill

The harbour board in Bergen approved a terminal for electric ferries in a deal worth £40 million.
Chair Ingrid Dahl said the building would open in the spring of 2027.
Ferries from Denmark and Germany will use the new berths, the board said.
Ingrid Dahl told reporters that the council would pay a third of the cost.
Engineers from Norway and Sweden will install the chargers over the winter.
""",
    "energy/wind.txt": """\
Wind farm deal signed after long talks

By Tomasz Wren

Energy firm Northwind has signed a deal worth €2 billion to build a wind farm off Denmark.
Chief executive Ingrid Dahl said the project would power half a million homes.
Turbines will be made in Germany and shipped through Norway, the company said.
The government of Denmark welcomed the investment and promised faster permits.
Construction is due to start next year and take three years.
""",
    "city/budget.md": """\
City council sets a tighter budget

By Ada Quill

The city council agreed a budget of £310 million on Wednesday after a long debate.
Council leader Marcus Hale said libraries and bus routes would be protected.
Visitors from France and Germany brought record tourism income last summer, he said.
Marcus Hale said the council would borrow $5 million for new buses.
Opposition members called the plan too cautious.
""",
}


def write_corpus(root: Path, extra: dict[str, str | bytes] | None = None) -> Path:
    """The three articles (plus `extra`) under root/in; returns that folder."""
    folder = root / "in"
    for name, text in {**ARTICLES, **(extra or {})}.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
    return folder


def batch(*args: str) -> Result:
    return CliRunner().invoke(cli, ["batch", *args])


def records(out: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]


def temporaries(folder: Path) -> list[str]:
    return [str(p) for p in folder.rglob(".*") if p.is_file()]


def inodes(out: Path) -> dict[str, int]:
    """Article file → inode: an atomic rewrite gives a new inode, an untouched file keeps it."""
    return {str(p.relative_to(out)): p.stat().st_ino for p in (out / "articles").rglob("*.json")}


def test_outputs_in_sorted_order_with_relative_sources(tmp_path: Path) -> None:
    folder, out = write_corpus(tmp_path, {"notes.pdf": "not an article"}), tmp_path / "out"
    result = batch(str(folder), "-o", str(out), "-j", "1")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""
    # Sorted, a folder's files before its subfolders (as the default command walks).
    assert [r["source"] for r in records(out)] == ["harbour.txt", "city/budget.md",
                                                   "energy/wind.txt"]
    assert all(r["error"] is None and r["summary"] for r in records(out))
    assert sorted(inodes(out)) == ["articles/city/budget.md.json", "articles/energy/wind.txt.json",
                                   "articles/harbour.txt.json"]
    assert {"report.md", "countries.svg", "learned-chrome.json"} <= set(os.listdir(out))
    assert temporaries(out) == []


def test_results_jsonl_holds_the_same_record_as_format_jsonl(tmp_path: Path) -> None:
    folder, out = write_corpus(tmp_path), tmp_path / "out"
    batch(str(folder), "-o", str(out), "-j", "1")
    streamed = CliRunner().invoke(cli, [str(folder / "harbour.txt"), str(folder / "city"),
                                        str(folder / "energy"), "-f", "jsonl"])
    lines = streamed.stdout.splitlines()
    by_name = {Path(str(r["source"])).name: r for r in map(json.loads, lines)}
    for record in records(out):
        expected = by_name[Path(str(record["source"])).name]
        assert {**record, "source": None} == {**expected, "source": None}


def test_article_file_holds_the_full_result(tmp_path: Path) -> None:
    folder, out = write_corpus(tmp_path), tmp_path / "out"
    batch(str(folder), "-o", str(out), "-j", "1")
    article = json.loads((out / "articles" / "harbour.txt.json").read_text())
    assert {"sentences", "body", "removed", "content_hash", "settings_key"} <= set(article)
    assert article["source"] == "harbour.txt" and article["content_hash"].startswith("sha256:")
    assert article["body"].startswith("The harbour board in Bergen")
    assert sum(s["chosen"] for s in article["sentences"]) == 3
    assert {"line", "reason", "text"} == set(article["removed"][0])


def test_a_failed_file_is_a_record_and_the_exit_code_is_1(tmp_path: Path) -> None:
    extra: dict[str, str | bytes] = {"b-empty.txt": "  \n\n", "c-photo.txt": bytes(range(256)) * 40}
    folder, out = write_corpus(tmp_path, extra), tmp_path / "out"
    result = batch(str(folder), "-o", str(out), "-j", "1")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "newsum: error: b-empty.txt: no article text found (empty, or all of it was chrome)",
        "newsum: error: c-photo.txt: looks like a binary file, not an article; give a text file",
    ]
    got = {str(r["source"]): r["error"] for r in records(out)}
    assert list(got) == ["b-empty.txt", "c-photo.txt", "harbour.txt", "city/budget.md",
                         "energy/wind.txt"]
    assert got["b-empty.txt"] and got["c-photo.txt"] and got["harbour.txt"] is None
    assert not (out / "articles" / "b-empty.txt.json").exists()
    assert "## Failures\n\n- `b-empty.txt`: b-empty.txt: no article text found" in (
        out / "report.md").read_text()


def test_jobs_1_and_jobs_2_write_identical_outputs(tmp_path: Path) -> None:
    samples: dict[str, str | bytes] = {f"samples/{p.name}": p.read_bytes()
                                       for p in SAMPLES.iterdir() if p.suffix != ""}
    folder = write_corpus(tmp_path, samples)
    one, two = tmp_path / "one", tmp_path / "two"
    assert batch(str(folder), "-o", str(one), "-j", "1").exit_code == 0
    assert batch(str(folder), "-o", str(two), "-j", "2").exit_code == 0
    for name in ["results.jsonl", "report.md", "learned-chrome.json"]:
        assert (one / name).read_text() == (two / name).read_text()
    for name in inodes(one):
        assert (one / name).read_text() == (two / name).read_text()


def test_resume_skips_unchanged_files_and_redoes_changed_ones(tmp_path: Path) -> None:
    folder, out = write_corpus(tmp_path), tmp_path / "out"
    batch(str(folder), "-o", str(out), "-j", "1")
    before, first = inodes(out), (out / "results.jsonl").read_text()
    (folder / "harbour.txt").write_text(ARTICLES["harbour.txt"].replace("£40", "£45"))
    result = batch(str(folder), "-o", str(out), "-j", "1", "--resume")
    assert result.exit_code == 0, result.stderr
    after = inodes(out)
    assert after["articles/city/budget.md.json"] == before["articles/city/budget.md.json"]
    assert after["articles/energy/wind.txt.json"] == before["articles/energy/wind.txt.json"]
    assert after["articles/harbour.txt.json"] != before["articles/harbour.txt.json"]
    assert "£45 million" in (out / "results.jsonl").read_text()
    assert (out / "results.jsonl").read_text().split("\n")[1:] == first.split("\n")[1:]


def test_resume_redoes_everything_when_the_settings_change(tmp_path: Path) -> None:
    folder, out = write_corpus(tmp_path), tmp_path / "out"
    batch(str(folder), "-o", str(out), "-j", "1")
    before = inodes(out)
    assert batch(str(folder), "-o", str(out), "-j", "1", "--resume").exit_code == 0
    assert inodes(out) == before  # unchanged: nothing rewritten
    assert batch(str(folder), "-o", str(out), "-j", "1", "--resume", "-n", "2").exit_code == 0
    assert all(inodes(out)[name] != before[name] for name in before)
    assert all(len(r["summary"]) == 2 for r in records(out))  # type: ignore[arg-type]


def test_output_folder_inside_the_input_is_not_read_and_symlink_loops_are_skipped(
        tmp_path: Path) -> None:
    folder = write_corpus(tmp_path)
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    out = folder / "out"
    assert batch(str(folder), "-o", str(out), "-j", "1").exit_code == 0
    assert batch(str(folder), "-o", str(out), "-j", "1").exit_code == 0  # report.md now exists
    assert len(records(out)) == 3


def test_glob_chooses_the_files(tmp_path: Path) -> None:
    folder, out = write_corpus(tmp_path), tmp_path / "out"
    assert batch(str(folder), "-o", str(out), "--glob", "*.md").exit_code == 0
    assert [r["source"] for r in records(out)] == ["city/budget.md"]
    assert batch(str(folder), "-o", str(out), "--glob", "energy/*").exit_code == 0
    assert [r["source"] for r in records(out)] == ["energy/wind.txt"]


def test_report_lists_the_corpus_facts(tmp_path: Path) -> None:
    folder, out = write_corpus(tmp_path), tmp_path / "out"
    batch(str(folder), "-o", str(out), "-j", "1")
    report = (out / "report.md").read_text()
    assert report.startswith("# Corpus report\n\n3 files: 3 done, 0 failed.\n")
    assert "| Germany | DE | 3 | 3 |" in report  # named in all three articles
    assert "| Ingrid Dahl | 2 |" in report
    assert "### Ingrid Dahl (2 articles)" in report
    assert "- [energy/wind.txt](<articles/energy/wind.txt.json>)" in report
    assert "| GBP | 350,000,000 | 2 | 2 |" in report
    assert (out / "countries.svg").read_text().startswith("<svg")


@pytest.mark.parametrize(("args", "message"), [
    (["--engine", "local", "--scheduler", "tcp://127.0.0.1:1"], "--scheduler needs --engine dask"),
    (["--jobs", "0"], "Invalid value"),
])
def test_usage_errors(tmp_path: Path, args: list[str], message: str) -> None:
    folder = write_corpus(tmp_path)
    result = batch(str(folder), "-o", str(tmp_path / "out"), *args)
    assert result.exit_code == 2 and message in result.stderr


def test_output_is_required_and_an_empty_folder_fails(tmp_path: Path) -> None:
    assert batch(str(tmp_path)).exit_code == 2
    (tmp_path / "empty").mkdir()
    result = batch(str(tmp_path / "empty"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1 and "no files to process" in result.stderr


def test_chrome_recurring_across_the_inputs_is_learned(tmp_path: Path) -> None:
    def with_plug(text: str) -> str:  # a site's plug inside the body, where one file keeps it
        lines = text.split("\n")
        return "\n".join([*lines[:6], "Visit the Gazette shop for mugs", *lines[6:]])

    extra: dict[str, str | bytes] = {name: with_plug(text) for name, text in ARTICLES.items()}
    folder, out = write_corpus(tmp_path, extra), tmp_path / "out"
    batch(str(folder), "-o", str(out), "-j", "1")
    learned = json.loads((out / "learned-chrome.json").read_text())["lines"]
    assert "visit the gazette shop for mugs" in learned
    article = json.loads((out / "articles" / "harbour.txt.json").read_text())
    assert "Gazette" not in article["body"]
    # The default command learns from its inputs too, once there are three of them.
    alone = CliRunner().invoke(cli, ["clean", str(folder / "harbour.txt")])
    together = CliRunner().invoke(cli, ["clean", str(folder)])
    assert "Gazette" in alone.stdout and "Gazette" not in together.stdout


def test_key_counts_only_the_learned_lines_an_input_holds() -> None:
    settings = Settings(known_chrome=frozenset({"visit the shop", "sign in"}))
    assert relevant_chrome("Story.\nVisit the SHOP\n", settings.known_chrome) == ["visit the shop"]
    assert relevant_chrome("<html><body>x</body></html>", settings.known_chrome) == [
        "sign in", "visit the shop"]
    # A new learned line the text does not hold leaves its key as it was.
    wider = Settings(known_chrome=settings.known_chrome | {"more stories"})
    assert output_key(settings, "Story.\nVisit the shop\n") == output_key(
        wider, "Story.\nVisit the shop\n")
    assert output_key(settings, "x") != output_key(Settings(sentences=5), "x")


def test_ordered_map_keeps_input_order_and_chunk_size_is_bounded() -> None:
    assert list(ordered_map(lambda fn, arg: Done(fn(arg)), lambda n: n * 2, range(5), 2)) == [
        0, 2, 4, 6, 8]
    assert chunk_size(10, 8) == 1 and chunk_size(100_000, 8) == 16 and chunk_size(0, 8) == 1
    assert Input("a/b.txt", "/x/a/b.txt").source == "a/b.txt"


def test_a_worker_that_dies_is_one_clear_error() -> None:
    with pytest.raises(EngineError, match="a worker process died"), local_engine(2, int) as (
            submit, window):
        list(ordered_map(submit, os._exit, [1, 1], window))
