"""The command line: thin wrappers that read inputs, call the library and print records.

One module a concern: ``options`` (flags several commands share), ``output`` (stdout and the
stderr console), then a module a command family; this one only gathers them into ``cli``.
"""

from __future__ import annotations

import os
import sys

import click

from newsclean import __version__
from newsclean.cli import batch, clean, eval, filters, learn

__all__ = ["cli", "main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsclean")
def cli() -> None:
    """Turn raw scraped text of news pages into clean articles."""


# modules, not their commands, are imported: `newsclean.cli.batch` stays the module
for command in (clean.clean, batch.batch, learn.learn, clean.explain, eval.evaluate,
                filters.list_filters):
    cli.add_command(command)


def main() -> None:
    """Entry point: run the CLI, quiet on a closed pipe (``| head``)."""
    try:
        cli.main(standalone_mode=True)
    except BrokenPipeError:
        # Python flushes stdout at exit; point it at devnull so that flush cannot fail again
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
