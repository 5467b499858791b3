"""The command line: thin wrappers that read inputs, call the library and print records."""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console

from newsclean import __version__, report, sites
from newsclean.batch import CHUNK_SIZE
from newsclean.batch_command import BatchRequest, execute, record_outcomes
from newsclean.cli_engine import PathOrURL, engine_options
from newsclean.config import Config, Placement
from newsclean.core import clean as clean_text
from newsclean.core import clean_bytes, process, to_article
from newsclean.errors import InputError, NewscleanError, OutputError, UsageError
from newsclean.inputs import COMPRESSIONS, INPUT_FORMATS, format_of, read_input
from newsclean.io import read_bytes, write_atomic
from newsclean.normalize import decode
from newsclean.pipeline import DEFAULT_STEPS, build_pipeline, step_summary
from newsclean.plugins import plugin_summaries
from newsclean.records import Fields
from newsclean.rules import merge, user_rules
from newsclean.sites_batch import learn_inputs

F = TypeVar("F", bound=Callable[..., Any])
FORMATS = ("json", "jsonl", "text", "markdown")
RULES_META = "newsclean.rules"


def err_console(width: int | None = None) -> Console:
    """The console for everything a person reads: stderr, NO_COLOR honoured."""
    if width is None and not sys.stderr.isatty():
        width = 160  # tables piped to a file or a log stay readable
    return Console(stderr=True, soft_wrap=True, width=width,
                   no_color=bool(os.environ.get("NO_COLOR")) or None)


def pipeline_options(fn: F) -> F:
    """Options every command that cleans shares: --skip, --now, --rules and --enable."""

    @functools.wraps(fn)
    def with_rules(*args: Any, rules: Path | None, enable: tuple[str, ...], **kwargs: Any) -> Any:
        # make_config reads these, so the commands' own signatures stay as they are
        click.get_current_context().meta[RULES_META] = (rules, enable)
        return fn(*args, **kwargs)

    wrapped: Any = with_rules
    wrapped = click.option(
        "--skip", "skip", multiple=True, metavar="NAME",
        help="Switch a filter off by name (repeatable); see `newsclean filters`.",
    )(wrapped)
    wrapped = click.option(
        "--now", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
        help="Reference day (YYYY-MM-DD) for relative stamps such as '3 hours ago'.",
    )(wrapped)
    wrapped = click.option(
        "--rules", type=click.Path(dir_okay=False, path_type=Path), default=None,
        help="User rules (TOML); default: newsclean.toml or [tool.newsclean] in pyproject.toml "
             "found from the working directory up.",
    )(wrapped)
    wrapped = click.option(
        "--enable", multiple=True, metavar="NAME",
        help="Switch a plugin step on by name (repeatable); see `newsclean filters`.",
    )(wrapped)
    return wrapped  # type: ignore[no-any-return]


def record_options(fn: F) -> F:
    """Options that say how to read records: --input-format, --text-field, --id-field."""
    fn = click.option("--id-field", default="id", show_default=True,
                      help="JSONL field holding the record id (else FILE:LINE).")(fn)
    fn = click.option("--text-field", default="text", show_default=True,
                      help="JSONL field holding the page text; other fields go to `meta`.")(fn)
    fn = click.option("--input-format", type=click.Choice(INPUT_FORMATS), default=None,
                      help="Read inputs as text, JSONL or WARC (default: from the extension).")(fn)
    return fn


def profile_option(fn: F) -> F:
    """--profile: site profiles learnt by `newsclean learn`."""
    return click.option(
        "--profile", "profile_path", default=None, metavar="PROFILE.json",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="Drop each site's repeated boilerplate, as learnt by `newsclean learn`.",
    )(fn)


def _load_profiles(path: Path | None) -> sites.SiteProfiles | None:
    if path is None:
        return None
    try:
        return sites.SiteProfiles.from_json(read_bytes(str(path)).decode("utf-8"))
    except (InputError, UnicodeDecodeError) as exc:
        raise click.ClickException(f"{path}: {exc}") from None


def make_config(skip: Iterable[str], now: Any) -> Config:
    """The Config for the command line: rules file, then --enable, --skip and --now on top."""
    ctx = click.get_current_context(silent=True)
    rules, enable = ctx.meta.get(RULES_META, (None, ())) if ctx else (None, ())
    day: date | None = now.date() if now is not None else None
    options = Config(skip=frozenset(skip), now=day, enable=tuple(Placement(n) for n in enable))
    try:
        return merge(user_rules(rules), options)
    except UsageError as exc:
        raise ConfigError(str(exc)) from None


class ConfigError(click.ClickException):
    """A bad rules file or option: one line on stderr, exit code 2."""

    exit_code = 2


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsclean")
def cli() -> None:
    """Turn raw scraped text of news pages into clean articles."""


@cli.command()
@click.argument("inputs", nargs=-1, metavar="[FILE|-]...")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="json", show_default=True)
@click.option("--trace", is_flag=True, help="Add the trail of removed lines to JSON output.")
@record_options
@click.option("--site", default=None, metavar="SITE",
              help="The site of the inputs in --profile (default: their folder, a record's url).")
@profile_option
@pipeline_options
def clean(inputs: tuple[str, ...], fmt: str, trace: bool, input_format: str | None,
          text_field: str, id_field: str, site: str | None, profile_path: Path | None,
          skip: tuple[str, ...], now: Any) -> None:
    """Clean pages into article records on stdout (stdin when no FILE or -).

    Compressed files (.gz, .bz2, .xz, .zst) are read as they are. JSONL and WARC inputs (by
    extension or --input-format) hold records: one JSONL record out for each.

    \b
    Example:
        cat page.txt | newsclean clean - | jq .headline
        newsclean clean --format text a.txt b.txt
        jq -c '{id, text}' pages.jsonl | newsclean clean - --input-format jsonl
        newsclean clean --profile sites.json dumps/example.com/page.txt
    """
    config = _config_or_usage(skip, now)
    profiles = _load_profiles(profile_path)
    if profiles is not None and site is None:
        config = replace(config, site_profiles=profiles)  # each record's own site
    names = inputs or ("-",)
    formats = [input_format or (format_of(n) if n != "-" else None) or "text" for n in names]
    if fmt in ("text", "markdown") and set(formats) - {"text"}:
        raise click.UsageError("JSONL and WARC inputs give JSONL records (--format json)")
    failed = 0
    for name, input_fmt in zip(names, formats, strict=True):
        if input_fmt != "text":
            failed += _clean_records(name, input_fmt, Fields(text_field, id_field), config)
            continue
        if profiles is not None:
            found = profiles.get(site) if site else profiles.for_path(name)
            config = replace(config, site_profile=found)
        try:
            data = read_bytes(name) if name == "-" else read_input(Path(name))
            article = clean_bytes(data, id=_id_for(name), source=name, config=config)
        except InputError as exc:
            err_console().print(f"[red]error:[/red] {exc}", highlight=False)
            failed += 1
            continue
        _emit(report.format_article(article, fmt, trace=trace))
    sys.exit(1 if failed else 0)


def _clean_records(name: str, input_format: str, fields: Fields, config: Config) -> int:
    """Records in, JSONL records out; how many records (or the file) failed."""
    failed = 0
    try:
        for outcome in record_outcomes(name, input_format, fields, config):
            if outcome.record is None:
                err_console().print(f"[red]error:[/red] {outcome.source}: {outcome.error}",
                                    highlight=False)
                failed += 1
            else:
                _emit(outcome.record)
    except InputError as exc:
        err_console().print(f"[red]error:[/red] {exc}", highlight=False)
        failed += 1
    return failed


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="PATH...",
                type=PathOrURL(exists=True, path_type=Path))
@click.option("--glob", "pattern", default=None, metavar="GLOB",
              help="Only files under a folder that match (default: .txt, .jsonl, .ndjson, .warc, "
                   ".wet, each maybe .gz/.bz2/.xz/.zst).")
@record_options
@click.option("--out", "out_dir", type=PathOrURL(file_okay=False, path_type=Path), default=None,
              help="Write one .json per text file (.jsonl per record file) here, same tree.")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write every record to this JSONL file (default: JSONL on stdout).")
@click.option("--resume", is_flag=True, help="Skip inputs whose output is already complete.")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False, path_type=Path),
              default=None, help="Write failures here as JSONL (id, source, error).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: the machine's cores; 1: no pool).")
@click.option("--chunk-size", type=click.IntRange(min=1), default=CHUNK_SIZE, show_default=True,
              help="Documents sent to a worker at a time.")
@click.option("--quiet", "-q", is_flag=True, help="No progress and no summary on stderr.")
@click.option("--learn-boilerplate", "learn", is_flag=True,
              help="Two passes: learn each site's repeated lines, then clean with them.")
@profile_option
@engine_options(lambda skip, now: _config_or_usage(skip, now))
@pipeline_options
def batch(inputs: tuple[Path, ...], pattern: str | None, input_format: str | None,
          text_field: str, id_field: str, out_dir: Path | None, output: Path | None,
          resume: bool, errors_path: Path | None, jobs: int | None, chunk_size: int,
          quiet: bool, learn: bool, profile_path: Path | None, skip: tuple[str, ...],
          now: Any) -> None:
    """Clean every input under the PATHs (folders, text, JSONL or WARC files) in parallel.

    One bad input never stops the batch; Ctrl-C stops cleanly (exit 130), --resume goes on.

    \b
    Example:
        newsclean batch dumps/ > articles.jsonl
        newsclean batch dumps/ --out cleaned/ --errors errors.jsonl --resume
        newsclean batch CC-MAIN-*.warc.wet.gz --output wet.jsonl --jobs 8
        newsclean batch dumps/ --learn-boilerplate > articles.jsonl
        newsclean batch s3://bucket/pages/ --engine dask --scheduler tcp://host:8786 \\
            --out s3://bucket/articles/
    """
    config = _config_or_usage(skip, now)
    fields = Fields(text_field, id_field)
    profiles = (learn_inputs(inputs, pattern, input_format, fields) if learn
                else _load_profiles(profile_path))
    request = BatchRequest(
        inputs=inputs, config=replace(config, site_profiles=profiles), pattern=pattern,
        input_format=input_format, fields=Fields(text_field, id_field), out_dir=out_dir,
        output=output, resume=resume, errors=errors_path, jobs=jobs or _cores(),
        chunk_size=chunk_size, quiet=quiet,
    )
    console = err_console()
    try:
        code = execute(request, console, progress=sys.stderr.isatty())
    except UsageError as exc:
        raise click.UsageError(str(exc)) from None
    except OutputError as exc:  # a full disk or an unwritable tree fails every output alike
        raise click.ClickException(str(exc)) from None
    except OSError as exc:  # the same, met by an output stream rather than write_atomic
        raise click.ClickException(f"cannot write: {exc.strerror or exc}") from None
    sys.exit(code)


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="PATH...",
                type=click.Path(exists=True, path_type=Path))
@click.option("--glob", "pattern", default=None, metavar="GLOB",
              help="Only files under a folder that match (default: as `newsclean batch`).")
@record_options
@click.option("--out", "out_path", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the profiles (JSON).")
def learn(inputs: tuple[Path, ...], pattern: str | None, input_format: str | None,
          text_field: str, id_field: str, out_path: Path) -> None:
    """Learn each site's repeated lines from a batch's inputs (a folder per site, or records
    with a url).

    \b
    Example:
        newsclean learn dumps/ --out sites.json
        newsclean batch today/ --profile sites.json > articles.jsonl
    """
    profiles = learn_inputs(inputs, pattern, input_format, Fields(text_field, id_field))
    write_atomic(out_path, profiles.to_json() + "\n")
    pages = sum(p.pages for p in profiles.sites.values())
    err_console().print(f"{len(profiles.sites)} sites, {pages} pages", highlight=False)


@cli.command()
@click.argument("input_name", metavar="FILE")
@click.option("--format", "fmt", type=click.Choice(["rich", "json"]), default="rich",
              show_default=True)
@profile_option
@pipeline_options
def explain(input_name: str, fmt: str, profile_path: Path | None, skip: tuple[str, ...],
            now: Any) -> None:
    """Show every input line, what removed or rewrote it and why, and the fields found.

    \b
    Example:
        newsclean explain page.txt | less -R
        newsclean explain --format json page.txt | jq '.lines[] | select(.action)'
    """
    config = _config_or_usage(skip, now)
    profiles = _load_profiles(profile_path)
    if profiles is not None:
        config = replace(config, site_profile=profiles.for_path(input_name))
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
    for name, summary in plugin_summaries():
        _emit(f"{name}\t{summary} (plugin; runs when enabled)")


def _config_or_usage(skip: Iterable[str], now: Any) -> Config:
    config = make_config(skip, now)
    try:
        build_pipeline(config)
    except UsageError as exc:
        raise click.UsageError(str(exc)) from None
    return config


def _id_for(name: str) -> str:
    path = Path(name)
    if path.suffix.lower() in COMPRESSIONS:
        path = path.with_suffix("")
    return "-" if name == "-" else path.stem


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

