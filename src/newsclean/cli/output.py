"""Where the command line writes (records on stdout, everything a person reads on stderr) and
how every command ends (a closed pipe, Ctrl-C, an error: see NewscleanGroup)."""

from __future__ import annotations

import io
import os
import sys
from typing import Any

import click
from rich.console import Console
from rich.text import Text

from newsclean.errors import NewscleanError, UsageError


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


# How every command ends: a closed pipe is quiet success, Ctrl-C is 130, errors read alike.
#
# Click's standalone mode turns a closed stdout (``| head``) into exit 1 and Ctrl-C into
# ``Aborted!`` and exit 1, and prints ``Error:`` where newsclean's own failures say ``error:``.
# ``NewscleanGroup`` keeps click's parsing and help, and settles those three endings the way a
# Unix user expects of a filter (``cat``, ``grep``): the group's ``main`` is what both the
# installed script and ``CliRunner`` call, so tests see what users see.

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
        except NewscleanError as exc:
            # one a command did not turn into its own message: an output it cannot write...
            failure = ConfigError if isinstance(exc, UsageError) else click.ClickException
            raise failure(str(exc)) from None

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


class ConfigError(click.ClickException):
    """A bad rules file or option, or another usage error a command ends on: one line on
    stderr, exit code 2, as click ends on a bad option."""

    exit_code = 2


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
