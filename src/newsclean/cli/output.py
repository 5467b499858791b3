"""Where the command line writes: records on stdout, everything a person reads on stderr."""

from __future__ import annotations

import os
import sys

from rich.console import Console


def err_console(width: int | None = None) -> Console:
    """The console for everything a person reads: stderr, NO_COLOR honoured."""
    if width is None and not sys.stderr.isatty():
        width = 160  # tables piped to a file or a log stay readable
    return Console(stderr=True, soft_wrap=True, width=width,
                   no_color=bool(os.environ.get("NO_COLOR")) or None)


def emit(text: str) -> None:
    """One line of data on stdout, flushed at once (so `| head` sees it)."""
    sys.stdout.write(text + "\n")
    sys.stdout.flush()
