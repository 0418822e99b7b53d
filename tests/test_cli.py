"""The commands as a user runs them: stdout and stderr asserted separately, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from newsum import __version__
from newsum.cli import cli

ARTICLE = """\
Sign up to our daily newsletter

Ferry operator orders three electric vessels

By Tomasz Wren
Monday 3 March 2025 09:15

Share this article

Harbourline, the ferry operator, has ordered three electric vessels from a shipyard in Norway in a deal worth £96 million.
The company said the boats would enter service on its routes to the islands by the summer of 2027.
Chief executive Marta Lindqvist said the order was the largest in the firm's history.
"Our passengers have waited long enough for quieter, cleaner crossings," she told reporters at the harbour.
The new vessels will each carry up to 400 passengers and 60 cars.
The Scottish Government has promised £20 million towards new chargers at the ports.
Unions welcomed the order but asked for guarantees that crews would be retrained rather than replaced.
Shipyards in Poland and Finland had also bid for the contract, according to people close to the talks.
The first vessel is expected to begin sea trials in Norway next spring.

Advertisement

Most read
"""


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    path = tmp_path / "ferry.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def invoke(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input)


def test_default_command_prints_plain_text_when_piped(article: Path) -> None:
    result = invoke(str(article))
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    out = result.stdout
    assert out.startswith("Ferry operator orders three electric vessels\n")
    assert "By Tomasz Wren" in out and "Summary:" in out
    assert "\x1b[" not in out and "│" not in out
    assert "Advertisement" not in out and "newsletter" not in out


def test_json_has_the_documented_keys(article: Path) -> None:
    result = invoke(str(article), "--format", "json")
    assert result.exit_code == 0 and result.stderr == ""
    data = json.loads(result.stdout)
    assert set(data) == {"schema_version", "source", "title", "author", "published",
                         "algorithm", "summary", "facts", "error"}
    assert data["source"] == str(article) and data["error"] is None
    assert len(data["summary"]) == 3
    positions = [s["position"] for s in data["summary"]]
    assert positions == sorted(positions)
    money = [(m["text"], m["currency"], m["amount"]) for m in data["facts"]["money"]]
    assert ("£96 million", "GBP", 96000000) in money
    assert "NO" in {c["code"] for c in data["facts"]["countries"]}


@pytest.mark.parametrize(("args", "count"), [(["-n", "2"], 2), (["-n", "5"], 5),
                                             (["--ratio", "0.5"], 5), (["--ratio", "0.2"], 2)])
def test_summary_length_options(article: Path, args: list[str], count: int) -> None:
    result = invoke(str(article), "--format", "json", *args)
    assert len(json.loads(result.stdout)["summary"]) == count


def test_every_algorithm_runs(article: Path) -> None:
    for name in ["lexrank", "textrank", "lsa", "luhn", "sumbasic", "kl", "edmundson", "lead"]:
        result = invoke(str(article), "-f", "json", "-a", name)
        assert result.exit_code == 0, (name, result.stderr)
        assert json.loads(result.stdout)["algorithm"] == name


def test_stdin_is_read_with_dash() -> None:
    result = invoke("-", "--format", "json", input=ARTICLE)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["source"] == "-"


def test_several_inputs_give_an_array_and_jsonl_a_line_each(article: Path, tmp_path: Path) -> None:
    other = tmp_path / "copy.txt"
    other.write_text(ARTICLE, encoding="utf-8")
    array = json.loads(invoke(str(article), str(other), "-f", "json").stdout)
    assert [r["source"] for r in array] == [str(article), str(other)]
    lines = invoke(str(article), str(other), "-f", "jsonl").stdout.splitlines()
    assert [json.loads(line)["source"] for line in lines] == [str(article), str(other)]


def test_directory_is_processed_in_sorted_order(tmp_path: Path) -> None:
    for name in ["b.txt", "a.txt", "notes.pdf"]:
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    lines = invoke(str(tmp_path), "-f", "jsonl").stdout.splitlines()
    assert [Path(json.loads(line)["source"]).name for line in lines] == ["a.txt", "b.txt"]


def test_a_failed_input_does_not_stop_the_others(article: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = invoke(str(missing), str(article), "-f", "jsonl")
    assert result.exit_code == 1
    assert result.stderr == f"newsum: error: {missing}: no such file; check the path\n"
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records[0]["error"] and records[1]["error"] is None


def test_binary_and_empty_files_fail_with_one_line_each(tmp_path: Path) -> None:
    binary, empty = tmp_path / "photo.txt", tmp_path / "empty.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    empty.write_text("   \n\n")
    result = invoke(str(binary), str(empty))
    assert result.exit_code == 1 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 2
    assert "photo.txt: looks like a binary file" in lines[0]
    assert "empty.txt: no article text found" in lines[1]


def test_empty_directory_is_an_error(tmp_path: Path) -> None:
    result = invoke(str(tmp_path))
    assert result.exit_code == 1
    assert "directory holds no .txt, .html or .md files" in result.stderr


@pytest.mark.parametrize("args", [["-n", "0"], ["-n", "-3"], ["--ratio", "2"],
                                  ["--format", "yaml"], ["--algorithm", "magic"]])
def test_invalid_option_values_are_usage_errors(article: Path, args: list[str]) -> None:
    result = invoke(str(article), *args)
    assert result.exit_code == 2
    assert result.stdout == "" and "Invalid value" in result.stderr


def test_clean_prints_only_the_body(article: Path) -> None:
    result = invoke("clean", str(article))
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout.startswith("Harbourline, the ferry operator")
    for chrome in ["newsletter", "Share this article", "Advertisement", "Most read",
                   "Tomasz Wren", "Ferry operator orders"]:
        assert chrome not in result.stdout


def test_clean_show_removed_reports_on_stderr(article: Path) -> None:
    result = invoke("clean", str(article), "--show-removed")
    assert result.exit_code == 0
    assert "Advertisement" not in result.stdout
    removed = result.stderr.splitlines()
    assert any("Advertisement" in line for line in removed)
    assert all(line.startswith(f"{article}:") for line in removed)


def test_clean_cuts_a_hover_card_out_of_a_sentence_and_says_so(tmp_path: Path) -> None:
    # a name's hover card, copied with the page, glued into the story's sentence
    card = "Marta Anne LindqvistHarbourline orders new ferries Island fares frozen MORE"
    page = tmp_path / "carded.txt"
    page.write_text(ARTICLE.replace("Chief executive Marta Lindqvist said",
                                    f"Chief executive Marta Lindqvist{card} said"),
                    encoding="utf-8")
    result = invoke("clean", str(page), "--show-removed")
    assert result.exit_code == 0
    assert "Chief executive Marta Lindqvist said the order" in result.stdout
    assert "MORE" not in result.stdout
    assert f"hover card: {card}" in result.stderr


def test_facts_prints_facts_without_summary(article: Path) -> None:
    text = invoke("facts", str(article))
    assert text.exit_code == 0 and "Summary" not in text.stdout and "Countries:" in text.stdout
    data = json.loads(invoke("facts", str(article), "-f", "json").stdout)
    assert "summary" not in data and data["facts"]["countries"]


def test_markdown_and_table_formats(article: Path) -> None:
    md = invoke(str(article), "-f", "markdown").stdout
    assert md.startswith("# Ferry operator orders three electric vessels")
    table = invoke(str(article), "-f", "table")
    assert table.exit_code == 0 and "Ferry operator" in table.stdout
    assert "\x1b[" not in table.stdout  # not a terminal: no colour even when tables are forced


def test_output_file_is_written_and_stdout_stays_empty(article: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    result = invoke(str(article), "-f", "json", "-o", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(target.read_text())["title"]


def test_help_has_examples_and_version_prints() -> None:
    help_ = invoke("--help")
    assert help_.exit_code == 0 and "Examples:" in help_.stdout and "clean" in help_.stdout
    version = invoke("--version")
    assert version.exit_code == 0 and __version__ in version.stdout


@pytest.mark.parametrize("command", ["summarise", "clean", "facts"])
def test_each_command_has_help(command: str) -> None:
    result = invoke(command, "--help")
    assert result.exit_code == 0 and "--format" in result.stdout


def test_explain_scores_every_sentence_and_marks_the_chosen(article: Path) -> None:
    data = json.loads(invoke(str(article), "-f", "json", "--explain").stdout)
    sentences = data["sentences"]
    assert len(sentences) == 9
    assert [s["position"] for s in sentences if s["chosen"]] == [
        s["position"] for s in data["summary"]]
    text = invoke(str(article), "--explain")
    assert "Sentences:" in text.stdout and text.stdout.count(" * ") == 3


def test_highlight_prints_the_article_with_markers(article: Path) -> None:
    text = invoke(str(article), "--highlight").stdout
    assert text.count(">> ") == 3 and text.count(" <<") == 3
    assert "Unions welcomed the order" in text  # unchosen sentences are there too
    md = invoke(str(article), "--highlight", "-f", "markdown").stdout
    assert md.count("**") == 6


def test_words_budget_limits_summary_length(article: Path) -> None:
    data = json.loads(invoke(str(article), "-f", "json", "--words", "30").stdout)
    words = sum(len(s["text"].split()) for s in data["summary"])
    assert len(data["summary"]) >= 1 and (words <= 30 or len(data["summary"]) == 1)


def test_chrome_rules_file_removes_matching_lines(article: Path, tmp_path: Path) -> None:
    rules = tmp_path / "rules.txt"
    rules.write_text("# site footer phrases\nUnions welcomed\n", encoding="utf-8")
    result = invoke("clean", str(article), "--chrome-rules", str(rules))
    assert result.exit_code == 0 and "Unions welcomed" not in result.stdout


def test_invalid_chrome_rule_is_a_usage_error(article: Path, tmp_path: Path) -> None:
    rules = tmp_path / "rules.txt"
    rules.write_text("/unclosed (group/\n", encoding="utf-8")
    result = invoke("clean", str(article), "--chrome-rules", str(rules))
    assert result.exit_code == 2 and result.stdout == ""
    assert "rules.txt" in result.stderr and len(result.stderr.strip().splitlines()) == 1
