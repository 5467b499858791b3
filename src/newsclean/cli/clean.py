"""`newsclean clean` and `newsclean explain`: one page (or one file of records) at a time."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from newsclean.batch.inputs import format_of, read_input
from newsclean.batch.io import read_bytes
from newsclean.batch.records import Fields, file_tasks
from newsclean.batch.runner import Outcome, clean_task
from newsclean.cli.explain import (
    Page,
    explain_dict,
    explain_rich,
    head_dict,
    head_rich,
    id_for,
    read_page,
)
from newsclean.cli.options import (
    config_or_usage,
    load_profiles,
    pipeline_options,
    profile_option,
    record_options,
)
from newsclean.cli.output import emit, err_console, name_once, print_error
from newsclean.config import Config
from newsclean.errors import InputError
from newsclean.render import format_article

FORMATS = ("json", "jsonl", "text", "markdown")


@click.command()
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
    # the engine loads with the first page, not with the command line
    from newsclean.api import clean_bytes

    config = config_or_usage(skip, now)
    profiles = load_profiles(profile_path)
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
            article = clean_bytes(data, id=id_for(name), source=name, config=config)
        except InputError as exc:
            print_error(err_console(), name_once(name, str(exc)))
            failed += 1
            continue
        emit(format_article(article, fmt, trace=trace))
    sys.exit(1 if failed else 0)


def _clean_records(name: str, input_format: str, fields: Fields, config: Config) -> int:
    """Records in, JSONL records out; how many records (or the file) failed."""
    failed = 0
    try:
        for outcome in record_outcomes(name, input_format, fields, config):
            if outcome.record is None:
                print_error(err_console(), name_once(outcome.source, outcome.error or ""))
                failed += 1
            else:
                emit(outcome.record)
    except InputError as exc:
        print_error(err_console(), name_once(name, str(exc)))
        failed += 1
    return failed


def record_outcomes(name: str, input_format: str, fields: Fields,
                    config: Config) -> Iterator[Outcome]:
    """`newsclean clean --input-format jsonl|warc`: the outcomes of one file or of stdin."""
    for task in file_tasks(name, input_format, fields):
        yield clean_task(task, config)


@click.command()
@click.argument("input_name", metavar="FILE|-")
@click.option("--format", "fmt", type=click.Choice(["rich", "json"]), default="rich",
              show_default=True)
@record_options
@click.option("--id", "record_id", default=None, metavar="ID",
              help="The record of a JSONL or WARC input to explain (default: its first).")
@click.option("--head", "head_top", type=click.IntRange(min=1), default=None, metavar="N",
              help="Show instead how the headline was chosen: the N best-ranked candidate lines "
                   "of a page without a title line, with their scores and cues.")
@profile_option
@pipeline_options
def explain(input_name: str, fmt: str, input_format: str | None, text_field: str,
            id_field: str, record_id: str | None, head_top: int | None,
            profile_path: Path | None, skip: tuple[str, ...], now: Any) -> None:
    """Show every input line, what removed or rewrote it and why, and the fields found.

    Inputs are read as `newsclean clean` reads them: compressed files as they are, and a JSONL
    or WARC file as records, of which --id picks one.

    \b
    Example:
        newsclean explain page.txt | less -R
        newsclean explain --format json page.txt | jq -c '.lines[] | select(.status == "drop")'
        newsclean explain --format json page.txt | jq '.record.headline'
        newsclean explain pages.jsonl.gz --id page-7
        newsclean explain --head 5 page.txt
    """
    # the engine loads with the first page, not with the command line
    from newsclean.api import process
    from newsclean.core import to_article

    config = config_or_usage(skip, now)
    profiles = load_profiles(profile_path)
    if profiles is not None:
        config = replace(config, site_profile=profiles.for_path(input_name))
    try:
        page = read_page(input_name, input_format, Fields(text_field, id_field), record_id)
    except InputError as exc:
        raise click.ClickException(name_once(input_name, str(exc))) from None
    console = PipeConsole(no_color=bool(os.environ.get("NO_COLOR")) or None)
    if head_top is not None:
        _explain_head(page, config, head_top, fmt, console)
        return
    doc = process(page.text, source=page.source, config=config, warnings=page.warnings)
    article = to_article(doc, page.id)
    if fmt == "json":
        emit(json.dumps(explain_dict(doc, article), ensure_ascii=False, indent=2))
    else:
        explain_rich(doc, article, console)


def _explain_head(page: Page, config: Config, top: int, fmt: str, console: Console) -> None:
    from newsclean.assemble import HEADLINE_STEP, Pipeline
    from newsclean.extract.head.page_rank import DEFAULT_HEAD_WEIGHTS

    pipeline = Pipeline.from_config(config)
    if HEADLINE_STEP not in pipeline:
        raise click.UsageError(f"--head explains {HEADLINE_STEP}, which --skip leaves out")
    doc = pipeline.process(page.text, source=page.source, warnings=page.warnings,
                           until=HEADLINE_STEP)
    data = head_dict(doc, config.head_weights or DEFAULT_HEAD_WEIGHTS, top)
    if fmt == "json":
        emit(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        head_rich(data, console)


class PipeConsole(Console):
    """A stdout console that leaves a closed pipe to the command group (exit 0, quiet), where
    rich's own handling exits 1."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError
