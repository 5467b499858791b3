"""How every command ends: a closed pipe is quiet success, Ctrl-C is 130, errors read alike.

Click's standalone mode turns a closed stdout (``| head``) into exit 1 and Ctrl-C into
``Aborted!`` and exit 1, and prints ``Error:`` where newsclean's own failures say ``error:``.
``NewscleanGroup`` keeps click's parsing and help, and settles those three endings the way a
Unix user expects of a filter (``cat``, ``grep``): the group's ``main`` is what both the
installed script and ``CliRunner`` call, so tests see what users see.
"""

from __future__ import annotations

import io
import os
import sys
from typing import Any

import click

EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it
ERROR_PREFIX = "error: "


class NewscleanGroup(click.Group):
    """A click group whose commands end as Unix filters do (see the module docstring)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # the reader has all it wanted: not an error
            silence_stdout()
            sys.exit(0)

    def main(self, args: Any = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True,
             **extra: Any) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, **extra)
        except click.ClickException as exc:
            sys.stderr.write(error_text(exc))
            sys.exit(exc.exit_code)
        except click.Abort:
            sys.exit(EXIT_INTERRUPTED)
        sys.exit(code if isinstance(code, int) else 0)


def error_text(exc: click.ClickException) -> str:
    """What click would print for ``exc``, with newsclean's ``error:`` prefix.

    >>> error_text(click.ClickException("page.txt: empty input"))
    'error: page.txt: empty input\\n'
    """
    buffer = io.StringIO()
    exc.show(file=buffer)
    text = buffer.getvalue()
    if text.startswith("Error: "):
        return ERROR_PREFIX + text[len("Error: "):]
    return text.replace("\nError: ", "\n" + ERROR_PREFIX, 1)


def silence_stdout() -> None:
    """Point stdout at devnull, so Python's flush at exit cannot fail on the closed pipe again."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # a test runner's stream has no descriptor
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)
