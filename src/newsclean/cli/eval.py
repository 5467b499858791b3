"""`newsclean eval`: score the cleaner against a gold corpus."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from newsclean.api import clean as clean_text
from newsclean.cli.options import config_or_usage, pipeline_options
from newsclean.cli.output import emit, err_console
from newsclean.errors import NewscleanError


@click.command("eval")
@click.argument("corpus", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--rendering", "renderings", multiple=True, metavar="NAME",
              help="Score only this rendering folder (repeatable); default: all beside gold/.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON on stdout.")
@click.option("--limit", type=int, default=None, help="Score only the first N documents.")
@click.option("--worst", type=int, default=10, show_default=True,
              help="How many of the worst documents to list.")
@pipeline_options
def evaluate(corpus: Path, renderings: tuple[str, ...], as_json: bool, limit: int | None,
             worst: int, skip: tuple[str, ...], now: Any) -> None:
    """Score newsclean against a gold corpus (rendering folders beside gold/).

    \b
    Example:
        newsclean eval tests/corpus/dev
        newsclean eval ../corpus/trafilatura-eval --rendering html-text --json
    """
    from newsclean.evaluate.corpus import evaluate_corpus
    from newsclean.evaluate.report import render_eval

    config = config_or_usage(skip, now)

    def cleaner(text: str, doc_id: str) -> dict[str, Any]:
        return clean_text(text, id=doc_id, config=config).to_dict()

    try:
        report = evaluate_corpus(corpus, cleaner, renderings or None, limit=limit)
    except NewscleanError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        emit(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        render_eval(report, err_console(), worst=worst)
