"""`newsclean filters`: the pipeline's steps, in order, with what each does."""

from __future__ import annotations

import click

from newsclean.cli.output import emit


@click.command("filters")
def list_filters() -> None:
    """List every step of the pipeline in the order it runs, with what it does.

    \b
    Example:
        newsclean filters
        newsclean clean --skip media.photo_credit page.txt
    """
    # the engine loads with the first page, not with the command line
    from newsclean.pipeline import DEFAULT_STEPS, step_summary
    from newsclean.plugins import plugin_summaries

    for step in DEFAULT_STEPS:
        emit(f"{step.name}\t{step_summary(step)}")
    for name, summary in plugin_summaries():
        emit(f"{name}\t{summary} (plugin; runs when enabled)")
