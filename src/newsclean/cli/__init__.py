"""The command line: thin wrappers that read inputs, call the library and print records.

One module a concern: ``options`` (flags several commands share), ``output`` (stdout and the
stderr console), then a module a command family; this one only gathers them into ``cli``.
"""

from __future__ import annotations

import click

from newsclean import __version__
from newsclean.cli import batch, clean, eval, filters, learn, train
from newsclean.cli.output import NewscleanGroup

__all__ = ["cli", "main"]


@click.group(cls=NewscleanGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsclean")
def cli() -> None:
    """Turn raw scraped text of news pages into clean articles."""


# modules, not their commands, are imported: `newsclean.cli.batch` stays the module
for command in (clean.clean, batch.batch, learn.learn, clean.explain, eval.evaluate,
                train.train, filters.list_filters):
    cli.add_command(command)


def main() -> None:
    """Entry point: a closed pipe, Ctrl-C and errors end as ``NewscleanGroup`` says."""
    cli.main()
