"""Where the command line writes: records on stdout, everything a person reads on stderr."""

from __future__ import annotations

import os
import sys

from rich.console import Console
from rich.text import Text


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


def name_once(name: str, message: str) -> str:
    """A failure's message naming its input once: most InputErrors already begin with it.

    >>> name_once("a.txt", "empty input: nothing to clean")
    'a.txt: empty input: nothing to clean'
    >>> name_once("a.txt", "a.txt: no such file")
    'a.txt: no such file'
    """
    return message if message.startswith(f"{name}:") else f"{name}: {message}"


def print_error(console: Console, message: str) -> None:
    """One failure on stderr as ``error: MESSAGE``; the message is printed as written, never
    read as rich markup (a file named ``a[red]b.txt`` stays so)."""
    console.print(Text.assemble(("error:", "red"), " ", message), highlight=False)
