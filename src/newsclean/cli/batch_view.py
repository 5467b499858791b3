"""What a person sees of a batch on stderr: a live progress line, failures, a summary table."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeRemainingColumn
from rich.table import Table

from newsclean.batch import Outcome, Stats
from newsclean.cli.output import name_once, print_error
from newsclean.inputs import iter_units

REFRESH_SECONDS = 0.1


class BatchView:
    """Progress (files, docs/s, MB/s, ETA, failures so far) while a batch runs."""

    def __init__(self, console: Console, *, progress: bool, echo_failures: bool) -> None:
        self.console = console
        self.echo_failures = echo_failures
        self._progress: Progress | None = None
        self._task: TaskID | None = None
        self._shown = 0.0
        if progress:
            self._progress = Progress(
                TextColumn("{task.description}"), BarColumn(), TimeRemainingColumn(),
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


def progress_line(stats: Stats) -> str:
    """The text of the live progress line.

    >>> "0 failed" in progress_line(Stats())
    True
    >>> "[red]" in progress_line(Stats(failed=1))
    True
    """
    elapsed = max(stats.elapsed, 1e-9)
    failed = f"[red]{stats.failed} failed[/red]" if stats.failed else "0 failed"
    return (f"{stats.files:,} files  {stats.documents:,} docs  "
            f"{stats.documents / elapsed:,.0f} docs/s  {stats.text_bytes / elapsed / 1e6:.1f} MB/s"
            f"  {failed}")


def count_in_background(paths: tuple[Path, ...], pattern: str | None, forced: str | None,
                        stats: Stats) -> threading.Thread:
    """Walk the inputs once more in a thread to learn their total size (for the ETA)."""

    def count() -> None:
        stats.total_bytes = sum(unit.size for unit in iter_units(paths, pattern, forced))

    thread = threading.Thread(target=count, name="newsclean-count", daemon=True)
    thread.start()
    return thread


def summary_table(stats: Stats) -> Table:
    """The table printed at the end of a batch."""
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
