"""`newsclean eval`: score the cleaner against a gold corpus, or weigh each step (--ablate).

Results (tables, JSON) go to stdout, so `newsclean eval X > file` keeps them; a progress line
goes to stderr while scoring, only when stderr is a terminal.
"""

from __future__ import annotations

import difflib
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

import click
from rich.console import Console

from newsclean.cli.options import config_or_usage, pipeline_options
from newsclean.cli.output import emit
from newsclean.config import Config
from newsclean.errors import NewscleanError
from newsclean.evaluate.splits import SPLIT_CHOICES, by_split, in_split

PIPED_WIDTH = 160  # tables written to a file or a pipe stay readable


def out_console() -> Console:
    """The console results are printed on: stdout, NO_COLOR honoured."""
    width = None if sys.stdout.isatty() else PIPED_WIDTH
    return Console(file=sys.stdout, soft_wrap=True, width=width,
                   no_color=bool(os.environ.get("NO_COLOR")) or None)


class ProgressLine:
    """One line on stderr, rewritten as work goes on, and wiped at the end; a terminal only."""

    def __init__(self, stream: IO[str] | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.live = self.stream.isatty()
        self.shown = False

    def show(self, text: str) -> None:
        if self.live:
            self.stream.write("\r\x1b[K" + text)
            self.stream.flush()
            self.shown = True

    def scoring(self, rendering: str, done: int, total: int) -> None:
        self.show(f"scoring {rendering}: {done}/{total}")

    def reading(self, rendering: str, done: int, total: int) -> None:
        self.show(f"reading {rendering}: {done}/{total}")

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


@click.command("eval")
@click.argument("corpus", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--rendering", "renderings", multiple=True, metavar="NAME",
              help="Score only this rendering folder (repeatable); default: all beside gold/.")
@click.option("--split", type=click.Choice(SPLIT_CHOICES), default="all", show_default=True,
              help="Score the tune part, the check part, every page (all), or tune and check "
                   "side by side (both); the part is fixed by a hash of the page id.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON on stdout.")
@click.option("--limit", type=int, default=None,
              help="Score only the first N documents (of the split) of each rendering.")
@click.option("--worst", type=int, default=10, show_default=True,
              help="How many of the worst documents to list.")
@click.option("--ablate", is_flag=True,
              help="Clean once as is and once with each step skipped (and each page-head "
                   "cue weighed 0); print each one's net pages gained on tune and on check.")
@click.option("--step", "steps", multiple=True, metavar="NAME",
              help="With --ablate: weigh only this step or head cue, head.NAME (repeatable); "
                   "default: every step and cue.")
@click.option("--jobs", type=click.IntRange(min=1), default=None,
              help="With --ablate: processes running the steps side by side (default 1).")
@pipeline_options
def evaluate(corpus: Path, renderings: tuple[str, ...], split: str, as_json: bool,
             limit: int | None, worst: int, ablate: bool, steps: tuple[str, ...],
             jobs: int | None, skip: tuple[str, ...], now: Any) -> None:
    """Score newsclean against a gold corpus (rendering folders beside gold/).

    \b
    Example:
        newsclean eval tests/corpus/dev
        newsclean eval tests/corpus/dev --split both > scores.txt
        newsclean eval ../corpus/trafilatura-eval --rendering html-text --json
        newsclean eval tests/corpus/dev --ablate --jobs 2 > ablation.txt
    """
    config = config_or_usage(skip, now)
    if not ablate and (steps or jobs is not None):
        raise click.UsageError("--step and --jobs go with --ablate")
    try:
        if ablate:
            _ablate(corpus, renderings or None, split, limit, config, steps, jobs or 1, as_json)
        else:
            _score(corpus, renderings or None, split, limit, config, worst, as_json)
    except NewscleanError as exc:
        raise click.ClickException(str(exc)) from None


def _score(corpus: Path, renderings: Sequence[str] | None, split: str, limit: int | None,
           config: Config, worst: int, as_json: bool) -> None:
    # the engine loads with the first page, not with the command line
    from newsclean.api import clean as clean_text
    from newsclean.evaluate.corpus import evaluate_corpus
    from newsclean.evaluate.report import render_eval

    def cleaner(text: str, doc_id: str) -> dict[str, Any]:
        return clean_text(text, id=doc_id, config=config).to_dict()

    progress = ProgressLine()
    try:
        report = evaluate_corpus(corpus, cleaner, renderings, limit=limit, keep=in_split(split),
                                 progress=progress.scoring)
    finally:
        progress.close()
    report = by_split(report, split)
    if as_json:
        emit(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        render_eval(report, out_console(), worst=worst)


def step_names(config: Config, wanted: Sequence[str]) -> list[str]:
    """What to weigh: the steps and head cues named (checked against the pipeline and the
    cues), else every step, then every page-head cue (``head.<cue>``)."""
    from newsclean.assemble import build_pipeline
    from newsclean.evaluate.ablation import head_cue_switches

    names = [step.name for step in build_pipeline(config)] + list(head_cue_switches())
    unknown = [name for name in wanted if name not in names]
    if unknown:
        close = difflib.get_close_matches(unknown[0], names, n=3)
        hint = f" (did you mean {', '.join(close)}?)" if close else ""
        raise click.UsageError(f"no step or head cue {', '.join(unknown)}{hint}")
    return list(dict.fromkeys(wanted)) if wanted else names


def _ablate(corpus: Path, renderings: Sequence[str] | None, split: str, limit: int | None,
            config: Config, wanted: Sequence[str], jobs: int, as_json: bool) -> None:
    from newsclean.evaluate.ablation import ablate, load_pages
    from newsclean.evaluate.corpus import corpus_layout
    from newsclean.evaluate.report import ablation_table

    names = step_names(config, wanted)
    corpus_dir, _, _ = corpus_layout(corpus, renderings)
    pages = load_pages(corpus, renderings, keep=in_split(split), limit=limit)
    progress = ProgressLine()

    def tell(step: str | None, done: int, total: int) -> None:
        text = f"ablation {done}/{total}: {step or '(as is)'} done"
        if progress.live:
            progress.show(text)
        else:  # a long run: one line a step, for a log
            click.echo(text, err=True)

    try:
        result = ablate(str(corpus_dir), pages, config, names, jobs=jobs, progress=tell)
    finally:
        progress.close()
    if as_json:
        emit(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        out_console().print(ablation_table(result))
