"""What a person sees of a batch on stderr: a live progress line, failures, a summary table."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console

from newsclean.batch.inputs import iter_units
from newsclean.batch.runner import Outcome, Stats
from newsclean.cli.output import name_once, print_error

if TYPE_CHECKING:  # the progress bar and the summary load with a batch, not with `--help`
    from rich.progress import Progress, TaskID
    from rich.table import Table

REFRESH_SECONDS = 0.1


class BatchView:
    """Progress (files of the total, docs/s, MB/s, failures so far, percentage, elapsed and ETA)
    while a batch runs."""

    def __init__(self, console: Console, *, progress: bool, echo_failures: bool) -> None:
        self.console = console
        self.echo_failures = echo_failures
        self._progress: Progress | None = None
        self._task: TaskID | None = None
        self._shown = 0.0
        if progress:
            from rich.progress import BarColumn, Progress, TextColumn

            self._progress = Progress(
                TextColumn("{task.description}"), BarColumn(bar_width=20),
                console=console, transient=True, auto_refresh=False,
            )

    def __enter__(self) -> BatchView:
        if self._progress is not None:
            self._progress.start()
            self._task = self._progress.add_task("starting", total=None)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()

    def on_outcome(self, outcome: Outcome, stats: Stats) -> None:
        if outcome.error is not None and self.echo_failures:
            print_error(self.console, name_once(outcome.source, outcome.error))
        now = time.monotonic()
        if self._progress is not None and now - self._shown >= REFRESH_SECONDS:
            self._shown = now
            self.show(stats)

    def show(self, stats: Stats) -> None:
        if self._progress is None or self._task is None:
            return
        self._progress.update(self._task, description=progress_line(stats),
                              total=stats.total_bytes, completed=stats.done_bytes)
        self._progress.refresh()


def progress_line(stats: Stats, elapsed: float | None = None) -> str:
    """The text of the live progress line: with the inputs counted, the total, the share done
    (of the input bytes) and the time left.

    >>> progress_line(Stats(files=3, done_bytes=250, total_bytes=1000, total_files=8), 12.0)
    '3/8 files  0 docs  0 docs/s  0.0 MB/s  0 failed  25%  elapsed 0:00:12  ETA 0:00:36'
    >>> progress_line(Stats(files=3, failed=1), 61.0)
    '3 files  1 docs  0 docs/s  0.0 MB/s  [red]1 failed[/red]  elapsed 0:01:01'
    """
    elapsed = max(stats.elapsed if elapsed is None else elapsed, 1e-9)
    failed = f"[red]{stats.failed} failed[/red]" if stats.failed else "0 failed"
    files = (f"{stats.files:,}/{stats.total_files:,} files" if stats.total_files is not None
             else f"{stats.files:,} files")
    line = (f"{files}  {stats.documents:,} docs  {stats.documents / elapsed:,.0f} docs/s  "
            f"{stats.text_bytes / elapsed / 1e6:.1f} MB/s  {failed}")
    if stats.total_bytes:
        share = min(stats.done_bytes / stats.total_bytes, 1.0)
        line += f"  {share:.0%}"
    line += f"  elapsed {clock(elapsed)}"
    if stats.total_bytes and stats.done_bytes > 0:
        left = elapsed * max(stats.total_bytes - stats.done_bytes, 0) / stats.done_bytes
        line += f"  ETA {clock(left)}"
    return line


def clock(seconds: float) -> str:
    """Seconds as H:MM:SS.

    >>> clock(3725.4)
    '1:02:05'
    """
    whole = round(seconds)
    return f"{whole // 3600}:{whole % 3600 // 60:02}:{whole % 60:02}"


def count_in_background(paths: tuple[Path, ...], pattern: str | None, forced: str | None,
                        stats: Stats) -> threading.Thread:
    """Walk the inputs once more in a thread to learn their number and total size (for the
    percentage and the ETA): a folder walk costs a listing per folder, no reading."""

    def count() -> None:
        files = size = 0
        for unit in iter_units(paths, pattern, forced):
            files, size = files + 1, size + unit.size
        stats.total_files, stats.total_bytes = files, size

    thread = threading.Thread(target=count, name="newsclean-count", daemon=True)
    thread.start()
    return thread


def summary_table(stats: Stats) -> Table:
    """The table printed at the end of a batch."""
    from rich.table import Table

    elapsed = max(stats.elapsed, 1e-9)
    title = "newsclean batch (interrupted)" if stats.interrupted else "newsclean batch"
    table = Table(title=title, show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column(justify="right")
    rows = [
        ("input files", f"{stats.files:,}"),
        ("documents", f"{stats.documents:,}"),
        ("cleaned", f"{stats.cleaned:,}"),
        ("no article found", f"{stats.no_article:,}"),
        ("failed", f"{stats.failed:,}"),
        ("skipped (already done)", f"{stats.skipped:,}"),
        ("elapsed", f"{elapsed:.1f} s"),
        ("throughput", f"{stats.documents / elapsed:,.1f} docs/s, "
                       f"{stats.text_bytes / elapsed / 1e6:.2f} MB/s"),
    ]
    for name, value in rows:
        table.add_row(name, value)
    return table
