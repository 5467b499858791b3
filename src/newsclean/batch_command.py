"""What `newsclean batch` and `newsclean clean --input-format` do, apart from parsing options."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console

from newsclean.batch import CHUNK_SIZE, Outcome, Runner, Sink, Stats, clean_task, run_batch
from newsclean.batch_view import BatchView, count_in_background, summary_table
from newsclean.config import Config
from newsclean.errors import InputError, UsageError
from newsclean.inputs import iter_units, open_input
from newsclean.records import DEFAULT_FIELDS, Fields, iter_jsonl, iter_warc
from newsclean.sinks import DirSink, ErrorLog, JsonlFileSink, StreamSink

EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it
DEFAULT_CONFIG = Config()


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


def check_request(request: BatchRequest) -> None:
    """UsageError for outputs that would clash with the inputs or with each other."""
    if request.out_dir is not None and request.output is not None:
        raise UsageError("--out and --output exclude each other")
    if request.resume and request.out_dir is None and request.output is None:
        raise UsageError("--resume needs --out DIR or --output FILE")
    folders = [p.resolve() for p in request.inputs if p.is_dir()]
    files = {p.resolve() for p in request.inputs if not p.is_dir()}
    for option, target in (("--out", request.out_dir), ("--output", request.output),
                           ("--errors", request.errors)):
        if target is None:
            continue
        resolved = target.resolve()
        if resolved in files or any(_inside(resolved, folder) for folder in folders):
            raise UsageError(f"{option} must not be inside the input directory or be an input")


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def open_sink(request: BatchRequest) -> Sink:
    if request.out_dir is not None:
        return DirSink(request.out_dir)
    if request.output is not None:
        return JsonlFileSink(request.output, resume=request.resume)
    return StreamSink(sys.stdout)


def execute(request: BatchRequest, console: Console, *, progress: bool) -> int:
    """Run a batch; the exit code: 0 all cleaned, 1 some failed, 130 interrupted."""
    check_request(request)
    sink = open_sink(request)
    errors = ErrorLog(request.errors, append=request.resume) if request.errors else None
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
        with Runner(request.config, jobs=request.jobs, indent=indent,
                    chunk_size=request.chunk_size) as runner, view:
            if progress and not request.quiet:
                count_in_background(request.inputs, request.pattern, request.input_format, stats)
            run_batch(units, request.fields, runner, sink, on_outcome, stats, request.resume)
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


def record_outcomes(name: str, input_format: str, fields: Fields,
                    config: Config) -> Iterator[Outcome]:
    """`newsclean clean --input-format jsonl|warc`: the outcomes of one file or of stdin."""
    if name == "-":
        stream = raw = sys.stdin.buffer
    else:
        stream, raw = open_input(Path(name))
    label = "-" if name == "-" else Path(name).name
    tasks = (iter_jsonl(stream, name, label, label, fields) if input_format == "jsonl"
             else iter_warc(stream, name, label, label))
    try:
        for task in tasks:
            yield clean_task(task, config)
    except InputError:
        raise
    except Exception as exc:  # a decompressor's or the WARC reader's own error
        raise InputError(f"{name}: cannot read: {exc}") from None
    finally:
        if name != "-":
            stream.close()
            raw.close()
