"""The command line: options → Settings, results → output, errors → messages and exit codes.

The only module that imports click. Heavy modules (nltk, sumy, rich) are imported inside the
commands, so `newsum --help` and `newsum --version` start fast.
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Callable, Generator, Iterator
from contextlib import closing
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

import click

from newsum import __version__
from newsum.errors import NewsumError, RulesError
from newsum.models import Result
from newsum.settings import (
    DEFAULT_ALGORITHM,
    DEFAULT_MAX_BYTES,
    DEFAULT_SENTENCES,
    SUMMARY_ALGORITHMS,
    Settings,
)

if TYPE_CHECKING:
    from newsum.batch import Input, Outcome
    from newsum.report import CorpusReport, Tally

F = TypeVar("F", bound=Callable[..., Any])

# Documented exit codes (README, "Exit codes").
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_PIPE, EXIT_INTERRUPTED = 0, 1, 2, 141, 130
DEFAULT_COMMAND = "summarise"
ENGINES = ("local", "dask")
FORMAT_CHOICES = ("auto", "table", "text", "json", "jsonl", "markdown")

MAIN_EPILOG = """\b
Examples:
  newsum article.txt                     headline, summary and facts
  newsum article.txt -n 5                a five-sentence summary
  newsum article.txt --format json | jq .facts.money
  cat article.txt | newsum -             read standard input
  newsum saved/ --format jsonl > out.jsonl   every article under a folder
  newsum clean page.html                 the article body only
  newsum facts article.txt               the key facts only
  newsum batch saved/ -o out/            a whole folder: records, reports, resumable

Exit codes: 0 all inputs done, 1 some input failed (the rest are still
output), 2 usage error, 130 interrupted, 141 output pipe closed.
"""


class PipeClosed(Exception):
    """The reader of stdout went away; kept apart from OSError so Click does not handle it."""


class DefaultGroup(click.Group):
    """A group that runs `summarise` when the first argument is not a command name."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """Put the default command in front of arguments that do not name one."""
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = [DEFAULT_COMMAND, *args]
        return super().parse_args(ctx, args)


@click.group(cls=DefaultGroup, epilog=MAIN_EPILOG,
             context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "-V", "--version", prog_name="newsum")
def cli() -> None:
    """Summarise saved news articles: headline, summary and key facts, offline.

    INPUT is a text, HTML or Markdown file, a directory (its .txt, .html and .md files,
    recursively, in sorted order) or - for standard input. With no command, `summarise` runs.
    """


def _finite(ctx: click.Context, param: click.Parameter, value: float | None) -> float | None:
    """Refuse NaN, which FloatRange lets through."""
    if value is not None and value != value:
        raise click.BadParameter("must be a number between 0 and 1", ctx, param)
    return value


def input_options(func: F) -> F:
    """Options every command shares for reading inputs."""
    func = read_options(func)
    return click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")(func)


def read_options(func: F) -> F:
    """How inputs are read and worked on (shared by the commands and `batch`)."""
    decorators = [
        click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES,
                     show_default=True, help="Refuse inputs larger than this."),
        click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
                     help="Worker processes for many inputs [default: cores; 1 in-process]."),
        click.option("--quiet", "-q", is_flag=True, help="No progress bar."),
        click.option("--chrome-rules", type=click.Path(exists=True, dir_okay=False),
                     default=None,
                     help="Extra chrome rules: one phrase or /regex/ per line (# comments)."),
        click.option("--traceback", is_flag=True, help="Show Python tracebacks (for bug reports)."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def output_options(func: F) -> F:
    """Options every command shares for writing output."""
    decorators = [
        click.option("--format", "-f", "fmt", type=click.Choice(FORMAT_CHOICES),
                     default="auto", show_default=True,
                     help="auto = tables on a terminal, plain text when piped."),
        click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True),
                     default=None, help="Write to FILE (atomically) instead of stdout."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def summary_options(func: F) -> F:
    """Options that shape the summary."""
    decorators = [
        click.option("--sentences", "-n", type=click.IntRange(min=1), default=DEFAULT_SENTENCES,
                     show_default=True, help="Sentences in the summary."),
        click.option("--ratio", type=click.FloatRange(0, 1, min_open=True), default=None,
                     callback=_finite,
                     help="Summary length as a share of the article's sentences (overrides -n)."),
        click.option("--words", "-w", type=click.IntRange(min=1), default=None,
                     help="Summary length as a word budget (overrides -n and --ratio)."),
        click.option("--algorithm", "-a", type=click.Choice(SUMMARY_ALGORITHMS),
                     default=DEFAULT_ALGORITHM, show_default=True, help="Sentence ranking."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def view_options(func: F) -> F:
    """Options that choose what the summary view shows."""
    decorators = [
        click.option("--explain", is_flag=True,
                     help="Show every sentence's score, marking the chosen ones."),
        click.option("--highlight", is_flag=True,
                     help="Print the whole article with the chosen sentences emphasised."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


@cli.command(DEFAULT_COMMAND, epilog=MAIN_EPILOG)
@input_options
@summary_options
@view_options
@output_options
def summarise_command(**options: Any) -> int:
    """Headline, byline, date, summary and key facts of each INPUT (the default command)."""
    view = "highlight" if options["highlight"] else "explain" if options["explain"] else "full"
    return run_command(options, view=view)


@cli.command("clean")
@input_options
@output_options
@click.option("--show-removed", is_flag=True, help="List dropped lines and why, on stderr.")
def clean_command(**options: Any) -> int:
    """Print only the article body, with site chrome removed.

    \b
    Examples:
      newsum clean page.txt > body.txt
      newsum clean page.txt --show-removed 2> removed.txt
    """
    return run_command(options, view="clean")


@cli.command("facts")
@input_options
@output_options
def facts_command(**options: Any) -> int:
    """Print only the key facts: actors, money and countries.

    \b
    Examples:
      newsum facts article.txt
      newsum facts article.txt --format json | jq '.facts.countries[].code'
    """
    return run_command(options, view="facts")


BATCH_EPILOG = """\b
Examples:
  newsum batch saved/ -o out/                  every article under saved/
  newsum batch saved/ -o out/ --resume         go on after Ctrl-C, or redo only changed files
  newsum batch saved/ -o out/ --glob '*.html'  only the HTML pages
  newsum batch saved/ -o out/ --engine dask --scheduler tcp://10.0.0.5:8786

\b
OUT gets results.jsonl (one record per input, in order, as --format jsonl),
articles/<path>.json (each full result), report.md and countries.svg (the
corpus at a glance) and learned-chrome.json (lines learned as site chrome).

Exit codes: 0 all inputs done, 1 some input failed (the rest are still
written), 2 usage error, 130 interrupted (rerun with --resume).
"""


@cli.command("batch", epilog=BATCH_EPILOG)
@click.argument("folder", type=click.Path(exists=True, file_okay=False), metavar="DIR")
@click.option("--output", "-o", "out", required=True, type=click.Path(file_okay=False),
              metavar="OUT", help="Folder to write results.jsonl, articles/ and report.md into.")
@click.option("--resume", is_flag=True,
              help="Reuse stored results of unchanged inputs (same content and settings).")
@click.option("--engine", type=click.Choice(ENGINES), default=None,
              help="local: worker processes here; dask: a Dask cluster [default: local].")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Dask scheduler, e.g. tcp://host:8786 (implies --engine dask; without it "
                   "dask starts a local cluster).")
@click.option("--glob", "globs", multiple=True, metavar="PATTERN",
              help="Take files whose name or path matches (repeatable) [default: .txt, .html, "
                   ".htm, .md].")
@read_options
@summary_options
def batch_command(**options: Any) -> int:
    """Process every article under DIR into OUT: records, full results and a corpus report."""
    engine = options["engine"] or ("dask" if options["scheduler"] else "local")
    if engine == "local" and options["scheduler"]:
        raise click.UsageError("--scheduler needs --engine dask")
    try:
        code = run_batch_command(options, engine)
    except NewsumError as exc:  # the output folder, the engine: the whole batch cannot go on
        if options["traceback"]:
            raise
        error(str(exc))
        code = EXIT_FAILED
    click.get_current_context().exit(code)
    return code


def build_settings(options: dict[str, Any]) -> Settings:
    """Every option that shapes the pipeline, in one frozen value."""
    return Settings(
        sentences=options.get("sentences", DEFAULT_SENTENCES),
        ratio=options.get("ratio"),
        words=options.get("words"),
        algorithm=options.get("algorithm", DEFAULT_ALGORITHM),
        max_bytes=options["max_bytes"],
        traceback=options["traceback"],
        chrome_rules=read_chrome_rules(options["chrome_rules"]),
    )


def read_chrome_rules(path: str | None) -> tuple[str, ...]:
    """The user's extra chrome rules, checked once before any input is read."""
    if path is None:
        return ()
    from newsum.chrome.rules import load_rules_file
    from newsum.errors import InputError
    from newsum.io import read_text

    try:
        text = read_text(path, DEFAULT_MAX_BYTES)
    except InputError as exc:  # unreadable or binary: still a bad option value
        raise RulesError(f"--chrome-rules: {exc}") from None
    return load_rules_file(text, path)


def checked_settings(options: dict[str, Any]) -> Settings:
    """build_settings, with a bad option value ending the run as a usage error."""
    try:
        return build_settings(options)
    except RulesError as exc:  # before any input is read
        error(str(exc))
        click.get_current_context().exit(EXIT_USAGE)
        raise  # not reached: exit() raises


def run_command(options: dict[str, Any], view: str) -> int:
    """Process every input and write the chosen view; returns the exit code."""
    from newsum.batch import MIN_INPUTS_TO_LEARN, learn_chrome, run
    from newsum.io import STDIN, expand_inputs
    from newsum.pipeline import Stages

    settings = checked_settings(options)
    sources = expand_inputs(options["inputs"])
    if len(sources) >= MIN_INPUTS_TO_LEARN:  # lines recurring across the inputs are chrome
        learned = learn_chrome([s for s in sources if s != STDIN], settings.max_bytes)
        settings = replace(settings, known_chrome=learned)
    stages = Stages(summary=view in ("full", "explain", "highlight"),
                    facts=view in ("full", "explain", "facts"))
    out: TextIO = io.StringIO() if options["output"] else sys.stdout
    failed = write_results(run(sources, settings, stages, options["jobs"]), out, options,
                           view, total=len(sources))
    if options["output"]:
        failed += not _write_output(options["output"], out.getvalue())  # type: ignore[attr-defined]
    # ctx.exit works under standalone Click (tests) and under main() alike.
    click.get_current_context().exit(EXIT_FAILED if failed else EXIT_OK)
    return EXIT_OK


def _write_output(path: str, text: str) -> bool:
    """Write --output atomically; on failure report one line and return False."""
    from newsum.io import write_atomic

    try:
        write_atomic(path, text)
    except NewsumError as exc:
        error(str(exc))
        return False
    return True


def write_results(results: Generator[Result, None, None], out: TextIO, options: dict[str, Any],
                  view: str, total: int) -> int:
    """Render each result as it arrives; report failures on stderr; return how many failed."""
    from newsum.render import make_renderer, resolve_format
    from newsum.render.progress import progress

    fmt = resolve_format(options["fmt"], isatty=out.isatty())
    renderer = make_renderer(fmt, view, out, many=total > 1)  # type: ignore[arg-type]
    show_bar = total > 1 and not options["quiet"] and sys.stderr.isatty()
    failed = 0
    try:
        renderer.begin()
        with closing(results), progress(total, show_bar, sys.stderr) as advance:
            for result in results:
                renderer.add(result)
                advance()
                if result.error:
                    failed += 1
                    error(result.error)
                elif options.get("show_removed"):
                    report_removed(result)
        renderer.end()
    except BrokenPipeError:
        raise PipeClosed() from None
    return failed


@dataclass
class BatchCounts:
    """How far a batch got, for the closing line and the interruption note."""

    total: int
    done: int = 0
    failed: int = 0
    reused: int = 0


def run_batch_command(options: dict[str, Any], engine: str) -> int:
    """`newsum batch`: plan, run on the chosen engine, write the report; the exit code."""
    from newsum.batch import default_jobs, find_inputs
    from newsum.io import make_folder

    settings = checked_settings(options)
    folder, out = options["folder"], options["out"]
    make_folder(out)
    inputs = find_inputs(folder, out, options["globs"])
    if not inputs:
        error(f"{folder}: no files to process (looked for {_wanted(options['globs'])})")
        return EXIT_FAILED
    counts = BatchCounts(total=len(inputs))
    jobs = options["jobs"] or default_jobs(len(inputs))
    try:
        tally = _run_batch(options, settings, engine, jobs, inputs, counts)
    except KeyboardInterrupt:
        note(f"interrupted after {counts.done:,} of {counts.total:,} files; the results so far "
             f"are in {os.path.join(out, 'articles')}; run again with --resume to continue")
        return EXIT_INTERRUPTED
    _finish_batch(tally.report(), out, counts, show_summary=_show_bar(options))
    return EXIT_FAILED if counts.failed else EXIT_OK


def _wanted(globs: tuple[str, ...]) -> str:
    """What the walk looked for, for the 'nothing found' message."""
    return " or ".join(globs) if globs else ".txt, .html, .htm or .md files"


def _show_bar(options: dict[str, Any]) -> bool:
    """A progress bar only for a person watching stderr."""
    return not options["quiet"] and sys.stderr.isatty()


def _run_batch(options: dict[str, Any], settings: Settings, engine: str, jobs: int,
               inputs: tuple[Input, ...], counts: BatchCounts) -> Tally:
    """Plan and run the batch, counting outcomes; returns the report's tally."""
    from newsum.batch import open_engine, plan_batch, run_batch
    from newsum.render.progress import progress
    from newsum.report import Tally

    out, tally = options["out"], Tally()
    with open_engine(engine, jobs, options["scheduler"], settings) as (submit, window):
        plan = plan_batch(inputs, out, settings, options["resume"])
        outcomes = run_batch(plan, out, submit, window)
        with closing(outcomes), progress(len(inputs), _show_bar(options), sys.stderr) as advance:
            for outcome in _counted(outcomes, counts):
                tally.add(_record(outcome))
                advance()
    return tally


def _counted(outcomes: Iterator[Outcome], counts: BatchCounts) -> Iterator[Outcome]:
    """Outcomes as they come, counted, each failure reported on stderr."""
    for outcome in outcomes:
        counts.done += 1
        counts.reused += outcome.reused
        if outcome.error:
            counts.failed += 1
            error(outcome.error)
        yield outcome


def _record(outcome: Outcome) -> dict[str, Any]:
    """The record of an outcome, as the report reads it."""
    record: dict[str, Any] = json.loads(outcome.record)
    return record


def _finish_batch(report: CorpusReport, out: str, counts: BatchCounts,
                  show_summary: bool) -> None:
    """Write report.md and the chart; show the report on a terminal; one closing line."""
    from newsum.io import write_atomic
    from newsum.render.report import CHART_FILE, countries_svg, print_report, report_markdown

    chart = CHART_FILE if report.countries else None
    where = os.path.join(out, "report.md")
    write_atomic(where, report_markdown(report, chart))
    if chart:
        write_atomic(os.path.join(out, chart), countries_svg(report))
    if sys.stdout.isatty():
        print_report(report, sys.stdout, where)
    if show_summary:
        note(f"{counts.total:,} files: {counts.total - counts.failed:,} done "
             f"({counts.reused:,} reused), {counts.failed:,} failed; results in {out}")


def report_removed(result: Result) -> None:
    """List the lines chrome removal dropped, with reasons, on stderr."""
    for line in result.removed:
        click.echo(f"{result.source}:{line.line_no}: {line.reason}: {line.text}", err=True)


def error(message: str) -> None:
    """One line on stderr, prefixed so it stands out in a pipeline."""
    click.echo(f"newsum: error: {message}", err=True)


def note(message: str) -> None:
    """One line of information on stderr."""
    click.echo(f"newsum: {message}", err=True)


# newsum's matrices are one article's sentences, small: BLAS worker threads only add overhead,
# and beside batch worker processes they fight over the cores (measured on two cores: a
# worker's CPU per file 9.0 -> 7.4 ms, a parallel run's wall time 6 % lower). Set before numpy
# is first imported, so worker processes inherit it; a user's own setting wins.
BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def main(argv: list[str] | None = None) -> None:
    """Run the CLI and turn every outcome into a documented exit code."""
    for name in BLAS_THREAD_VARIABLES:
        os.environ.setdefault(name, "1")
    args = sys.argv[1:] if argv is None else argv
    try:
        code = cli.main(args=args, prog_name="newsum", standalone_mode=False)
    except KeyboardInterrupt:
        error("interrupted")
        code = EXIT_INTERRUPTED
    except click.exceptions.Abort:
        error("interrupted")
        code = EXIT_INTERRUPTED
    except click.ClickException as exc:
        exc.show()
        code = exc.exit_code
    except (PipeClosed, BrokenPipeError):
        code = _pipe_closed()
    except NewsumError as exc:
        error(str(exc))
        code = EXIT_FAILED
    except Exception as exc:
        if "--traceback" in args:
            raise
        error(f"internal error ({exc!r}); rerun with --traceback and report it")
        code = EXIT_FAILED
    _flush_stdout()
    sys.exit(code if isinstance(code, int) else EXIT_OK)


def _pipe_closed() -> int:
    """The reader went away (`| head -1`): stop quietly and keep Python from complaining."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return EXIT_PIPE


def _flush_stdout() -> None:
    """Flush now, so a closed pipe is noticed here rather than at interpreter exit."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _pipe_closed()
