"""The command line: thin wrappers that read inputs, call the library and print records."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console

from newsclean import __version__, report
from newsclean.config import Config
from newsclean.core import clean as clean_text
from newsclean.core import clean_bytes, process, to_article
from newsclean.errors import InputError, NewscleanError, UsageError
from newsclean.io import iter_files, read_bytes, write_atomic
from newsclean.normalize import decode
from newsclean.pipeline import DEFAULT_STEPS, build_pipeline, step_summary

F = TypeVar("F", bound=Callable[..., Any])
FORMATS = ("json", "jsonl", "text", "markdown")


def err_console(width: int | None = None) -> Console:
    """The console for everything a person reads: stderr, NO_COLOR honoured."""
    if width is None and not sys.stderr.isatty():
        width = 160  # tables piped to a file or a log stay readable
    return Console(stderr=True, soft_wrap=True, width=width,
                   no_color=bool(os.environ.get("NO_COLOR")) or None)


def pipeline_options(fn: F) -> F:
    """Options every command that cleans shares: --skip and --now."""
    fn = click.option(
        "--skip", "skip", multiple=True, metavar="NAME",
        help="Switch a filter off by name (repeatable); see `newsclean filters`.",
    )(fn)
    fn = click.option(
        "--now", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
        help="Reference day (YYYY-MM-DD) for relative stamps such as '3 hours ago'.",
    )(fn)
    return fn


def make_config(skip: Iterable[str], now: Any) -> Config:
    day: date | None = now.date() if now is not None else None
    return Config(skip=frozenset(skip), now=day)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsclean")
def cli() -> None:
    """Turn raw scraped text of news pages into clean articles."""


@cli.command()
@click.argument("inputs", nargs=-1, metavar="[FILE|-]...")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="json", show_default=True)
@click.option("--trace", is_flag=True, help="Add the trail of removed lines to JSON output.")
@pipeline_options
def clean(inputs: tuple[str, ...], fmt: str, trace: bool, skip: tuple[str, ...], now: Any) -> None:
    """Clean pages into article records on stdout (stdin when no FILE or -).

    \b
    Example:
        cat page.txt | newsclean clean - | jq .headline
        newsclean clean --format text a.txt b.txt
    """
    config = _config_or_usage(skip, now)
    failed = 0
    for name in inputs or ("-",):
        try:
            article = clean_bytes(read_bytes(name), id=_id_for(name), source=name, config=config)
        except InputError as exc:
            err_console().print(f"[red]error:[/red] {exc}", highlight=False)
            failed += 1
            continue
        _emit(report.format_article(article, fmt, trace=trace))
    sys.exit(1 if failed else 0)


@cli.command()
@click.argument("root", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--glob", "pattern", default="**/*.txt", show_default=True)
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Write one .json per input here, mirroring the tree (else JSONL on stdout).")
@pipeline_options
def batch(root: Path, pattern: str, out_dir: Path | None, skip: tuple[str, ...], now: Any) -> None:
    """Clean every matching file under ROOT; one bad file never stops the batch.

    \b
    Example:
        newsclean batch dumps/ > articles.jsonl
        newsclean batch dumps/ --glob '**/*.txt' --out cleaned/
    """
    config = _config_or_usage(skip, now)
    if out_dir is not None and _inside(out_dir.resolve(), root.resolve()):
        raise click.UsageError("--out must not be inside the input directory")
    console = err_console()
    done = failed = 0
    for path in iter_files(root, pattern):
        rel = path.relative_to(root)
        record_id = rel.with_suffix("").as_posix()
        try:
            article = clean_bytes(read_bytes(str(path)), id=record_id, source=str(path),
                                  config=config)
        except NewscleanError as exc:
            console.print(f"[red]failed:[/red] {exc}", highlight=False)
            failed += 1
            continue
        if out_dir is None:
            _emit(article.to_json())
        else:
            write_atomic((out_dir / rel).with_suffix(".json"), article.to_json(indent=2) + "\n")
        done += 1
    console.print(f"{done} cleaned, {failed} failed", highlight=False)
    sys.exit(1 if failed else 0)


@cli.command()
@click.argument("input_name", metavar="FILE")
@click.option("--format", "fmt", type=click.Choice(["rich", "json"]), default="rich",
              show_default=True)
@pipeline_options
def explain(input_name: str, fmt: str, skip: tuple[str, ...], now: Any) -> None:
    """Show every input line, what removed or rewrote it and why, and the fields found.

    \b
    Example:
        newsclean explain page.txt | less -R
        newsclean explain --format json page.txt | jq '.lines[] | select(.action)'
    """
    config = _config_or_usage(skip, now)
    try:
        decoded = decode(read_bytes(input_name))
    except InputError as exc:
        raise click.ClickException(str(exc)) from None
    doc = process(decoded.text, source=input_name, config=config, warnings=decoded.warnings)
    article = to_article(doc, _id_for(input_name))
    if fmt == "json":
        _emit(json.dumps(report.explain_dict(doc, article), ensure_ascii=False, indent=2))
    else:
        console = Console(no_color=bool(os.environ.get("NO_COLOR")) or None)
        report.explain_rich(doc, article, console)


@cli.command("eval")
@click.argument("corpus", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--rendering", "renderings", multiple=True, metavar="NAME",
              help="Score only this rendering folder (repeatable); default: all beside gold/.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON on stdout.")
@click.option("--limit", type=int, default=None, help="Score only the first N documents.")
@click.option("--worst", type=int, default=10, show_default=True,
              help="How many of the worst documents to list.")
@pipeline_options
def evaluate(corpus: Path, renderings: tuple[str, ...], as_json: bool, limit: int | None,
             worst: int, skip: tuple[str, ...], now: Any) -> None:
    """Score newsclean against a gold corpus (rendering folders beside gold/).

    \b
    Example:
        newsclean eval tests/corpus/dev
        newsclean eval ../corpus/trafilatura-eval --rendering html-text --json
    """
    from newsclean.evaluate import evaluate_corpus
    from newsclean.report_eval import render_eval

    config = _config_or_usage(skip, now)

    def cleaner(text: str, doc_id: str) -> dict[str, Any]:
        return clean_text(text, id=doc_id, config=config).to_dict()

    try:
        report = evaluate_corpus(corpus, cleaner, renderings or None, limit=limit)
    except NewscleanError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        _emit(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        render_eval(report, err_console(), worst=worst)


@cli.command("filters")
def list_filters() -> None:
    """List every step of the pipeline in the order it runs, with what it does.

    \b
    Example:
        newsclean filters
        newsclean clean --skip media.photo_credit page.txt
    """
    for step in DEFAULT_STEPS:
        _emit(f"{step.name}\t{step_summary(step)}")


def _config_or_usage(skip: Iterable[str], now: Any) -> Config:
    config = make_config(skip, now)
    try:
        build_pipeline(config)
    except UsageError as exc:
        raise click.UsageError(str(exc)) from None
    return config


def _id_for(name: str) -> str:
    return "-" if name == "-" else Path(name).stem


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def _emit(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def main() -> None:
    """Entry point: run the CLI, quiet on a closed pipe (``| head``)."""
    try:
        cli.main(standalone_mode=True)
    except BrokenPipeError:
        # Python flushes stdout at exit; point it at devnull so that flush cannot fail again
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)

