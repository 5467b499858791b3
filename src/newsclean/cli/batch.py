"""`newsclean batch`: every input under some paths, cleaned in parallel, one summary."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console

from newsclean.batch.formats import (
    BATCH_FORMATS,
    FormatFileSink,
    ParquetSink,
    StreamErrorLog,
    is_parquet,
    open_stream,
)
from newsclean.batch.inputs import iter_units
from newsclean.batch.records import DEFAULT_FIELDS, Fields
from newsclean.batch.runner import CHUNK_SIZE, Outcome, Runner, Sink, Stats, run_batch
from newsclean.batch.sinks import DirSink, ErrorLog, JsonlFileSink
from newsclean.cli.batch_view import BatchView, count_in_background, summary_table
from newsclean.cli.engine import PathOrURL, engine_options
from newsclean.cli.options import (
    config_or_usage,
    load_profiles,
    pipeline_options,
    profile_option,
    record_options,
)
from newsclean.cli.output import err_console
from newsclean.config import Config
from newsclean.errors import OutputError, UsageError

if TYPE_CHECKING:
    from newsclean.batch.dask_runner import DaskRunner

EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it
DEFAULT_CONFIG = Config()


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="PATH...",
                type=PathOrURL(exists=True, path_type=Path))
@click.option("--glob", "pattern", default=None, metavar="GLOB",
              help="Only files under a folder that match (default: .txt, .jsonl, .ndjson, .warc, "
                   ".wet, each maybe .gz/.bz2/.xz/.zst).")
@record_options
@click.option("--out", "out_dir", type=PathOrURL(file_okay=False, path_type=Path), default=None,
              help="Write one .json per text file (.jsonl per record file) here, same tree.")
@click.option("--output", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
              default=None,
              help="Write every record to this file (- for stdout, the default); a .parquet "
                   "name writes Parquet (the parquet extra).")
@click.option("--format", "fmt", type=click.Choice(BATCH_FORMATS), default="jsonl",
              show_default=True,
              help="Records on stdout or in --output: one JSON line each, indented JSON, or "
                   "text (headline, byline, date, body).")
@click.option("--resume", is_flag=True, help="Skip inputs whose output is already complete.")
@click.option("--errors", "errors_path",
              type=click.Path(dir_okay=False, allow_dash=True, path_type=Path), default=None,
              help="Write failures here as JSONL (id, source, error); - for stdout.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: the machine's cores; 1: no pool).")
@click.option("--chunk-size", type=click.IntRange(min=1), default=CHUNK_SIZE, show_default=True,
              help="Documents sent to a worker at a time.")
@click.option("--quiet", "-q", is_flag=True, help="No progress and no summary on stderr.")
@click.option("--learn-boilerplate", "learn", is_flag=True,
              help="Two passes: learn each site's repeated lines, then clean with them.")
@profile_option
@engine_options(config_or_usage)
@pipeline_options
def batch(inputs: tuple[Path, ...], pattern: str | None, input_format: str | None,
          text_field: str, id_field: str, out_dir: Path | None, output: Path | None,
          fmt: str, resume: bool, errors_path: Path | None, jobs: int | None, chunk_size: int,
          quiet: bool, learn: bool, profile_path: Path | None, skip: tuple[str, ...],
          now: Any, engine: str = "local", scheduler: str | None = None) -> None:
    """Clean every input under the PATHs (folders, text, JSONL or WARC files) in parallel.

    One bad input never stops the batch; Ctrl-C stops cleanly (exit 130), --resume goes on.

    \b
    Example:
        newsclean batch dumps/ > articles.jsonl
        newsclean batch dumps/ --out cleaned/ --errors errors.jsonl --resume
        newsclean batch CC-MAIN-*.warc.wet.gz --output wet.jsonl --jobs 8
        newsclean batch dumps/ --learn-boilerplate > articles.jsonl
        newsclean batch dumps/ --output articles.parquet
        newsclean batch dumps/ --engine dask --scheduler tcp://host:8786 --out cleaned/
    """
    # the engine loads with the first page, not with the command line
    from newsclean.batch.learn import learn_inputs

    config = config_or_usage(skip, now)
    fields = Fields(text_field, id_field)
    profiles = (learn_inputs(inputs, pattern, input_format, fields) if learn
                else load_profiles(profile_path))
    request = BatchRequest(
        inputs=inputs, config=replace(config, site_profiles=profiles), pattern=pattern,
        input_format=input_format, fields=Fields(text_field, id_field), out_dir=out_dir,
        output=output, resume=resume, errors=errors_path, jobs=jobs or _cores(),
        chunk_size=chunk_size, quiet=quiet, fmt=fmt, scheduler=scheduler,
        engine=engine,
    )
    console = err_console()
    try:
        code = execute(request, console, progress=sys.stderr.isatty())
    except UsageError as exc:
        raise click.UsageError(str(exc)) from None
    except OutputError as exc:  # a full disk or an unwritable tree fails every output alike
        raise click.ClickException(str(exc)) from None
    except BrokenPipeError:  # `| head` has read enough: the group ends quietly
        raise
    except OSError as exc:  # the same, met by an output stream rather than write_atomic
        raise click.ClickException(f"cannot write: {exc.strerror or exc}") from None
    sys.exit(code)


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass(frozen=True, slots=True)
class BatchRequest:
    """Everything `newsclean batch` was asked to do."""

    inputs: tuple[Path, ...]
    config: Config = DEFAULT_CONFIG
    pattern: str | None = None
    input_format: str | None = None
    fields: Fields = DEFAULT_FIELDS
    out_dir: Path | None = None
    output: Path | None = None
    resume: bool = False
    errors: Path | None = None
    jobs: int = 1
    chunk_size: int = CHUNK_SIZE
    quiet: bool = False
    fmt: str = "jsonl"
    engine: str = "local"
    scheduler: str | None = None  # a Dask scheduler's address (engine "dask")


def check_request(request: BatchRequest) -> None:
    """UsageError for outputs that would clash with the inputs or with each other."""
    if request.out_dir is not None and request.output is not None:
        raise UsageError("--out and --output exclude each other")
    if request.resume and request.out_dir is None and not _is_file(request.output):
        raise UsageError("--resume needs --out DIR or --output FILE")
    if request.fmt != "jsonl" and (request.out_dir is not None or is_parquet(request.output)):
        raise UsageError("--format is for stdout and --output FILE (--out writes JSON records)")
    if request.resume and (request.fmt != "jsonl" or is_parquet(request.output)):
        raise UsageError("--resume needs JSONL records (--format jsonl, not Parquet)")
    folders = [p.resolve() for p in request.inputs if p.is_dir()]
    files = {p.resolve() for p in request.inputs if not p.is_dir()}
    for option, target in (("--out", request.out_dir), ("--output", request.output),
                           ("--errors", request.errors)):
        if target is None or not _is_file(target):
            continue
        resolved = target.resolve()
        if resolved in files or any(_inside(resolved, folder) for folder in folders):
            raise UsageError(f"{option} must not be inside the input directory or be an input")


def _is_file(target: Path | None) -> bool:
    """Whether an output option names a file (``-`` is stdout)."""
    return target is not None and str(target) != "-"


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def open_sink(request: BatchRequest) -> Sink:
    if request.out_dir is not None:
        return DirSink(request.out_dir)
    if is_parquet(request.output):
        assert request.output is not None
        return ParquetSink(request.output)
    if _is_file(request.output):
        assert request.output is not None
        if request.fmt != "jsonl":
            return FormatFileSink(request.output, request.fmt)
        return JsonlFileSink(request.output, resume=request.resume)
    return open_stream(sys.stdout, request.fmt)


def open_errors(request: BatchRequest) -> ErrorLog | None:
    if request.errors is None:
        return None
    if not _is_file(request.errors):
        return StreamErrorLog(sys.stdout)
    return ErrorLog(request.errors, append=request.resume)


def open_runner(request: BatchRequest, indent: int | None) -> Runner | DaskRunner:
    from newsclean.batch.dask_runner import DaskRunner  # only a Dask batch needs it

    if request.engine == "dask":
        return DaskRunner(request.config, scheduler=request.scheduler, indent=indent,
                          chunk_size=request.chunk_size)
    return Runner(request.config, jobs=request.jobs, indent=indent,
                  chunk_size=request.chunk_size)


def execute(request: BatchRequest, console: Console, *, progress: bool) -> int:
    """Run a batch; the exit code: 0 all cleaned, 1 some failed, 130 interrupted."""
    check_request(request)
    sink = open_sink(request)
    errors = open_errors(request)
    view = BatchView(console, progress=progress and not request.quiet,
                     echo_failures=errors is None)
    stats = Stats()

    def on_outcome(outcome: Outcome, stats: Stats) -> None:
        if errors is not None:
            errors.write(outcome)
        view.on_outcome(outcome, stats)

    units = iter_units(request.inputs, request.pattern, request.input_format)
    indent = 2 if request.out_dir is not None else None
    try:
        with open_runner(request, indent) as runner, view:
            if progress and not request.quiet:
                count_in_background(request.inputs, request.pattern, request.input_format, stats)
            run_batch(units, request.fields, runner, sink,  # type: ignore[arg-type]
                      on_outcome, stats, request.resume)
    except KeyboardInterrupt:  # a second Ctrl-C: outputs are already closed or discarded
        stats.interrupted = True
    finally:
        if errors is not None:
            errors.close()
    return _finish(stats, console, request.quiet)


def _finish(stats: Stats, console: Console, quiet: bool) -> int:
    if not quiet:
        console.print(summary_table(stats))
    if stats.interrupted:
        console.print("interrupted: outputs so far are complete; run again with --resume "
                      "to go on", highlight=False)
        return EXIT_INTERRUPTED
    return 1 if stats.failed else 0
