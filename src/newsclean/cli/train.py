"""`newsclean train`: fit the page-head ranking's weights to a labelled corpus, for `--weights`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from newsclean.cli.eval import ProgressLine, out_console
from newsclean.cli.options import config_or_usage, pipeline_options
from newsclean.cli.output import err_console
from newsclean.errors import NewscleanError

if TYPE_CHECKING:
    from rich.console import Console

    from newsclean.evaluate.train import Training
    from newsclean.extract.head.head_weights import HeadWeights

TRAIN_SPLITS = ("all", "tune", "check")


@click.command("train")
@click.argument("corpus", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--out", "out_path", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the weights (JSON), for `--weights`.")
@click.option("--rendering", "renderings", multiple=True, metavar="NAME",
              help="Fit on this rendering folder only (repeatable); default: all beside gold/.")
@click.option("--split", type=click.Choice(TRAIN_SPLITS), default="all", show_default=True,
              help="Fit on the tune part, the check part or every page (see `newsclean eval "
                   "--split`): fit on tune, then score check with `eval --weights`.")
@click.option("--pull", "pulls", multiple=True, type=click.FloatRange(min=0), metavar="X",
              help="A pull toward the starting weights for cross-validation to choose from "
                   "(repeatable; default: 0.001, 0.01, 0.1, 1).")
@pipeline_options
def train(corpus: Path, out_path: Path, renderings: tuple[str, ...], split: str,
          pulls: tuple[float, ...], skip: tuple[str, ...], now: Any) -> None:
    """Fit the weights that rank headline candidates on pages without a title line (inscriptis,
    browser copies) to a gold corpus (rendering folders beside gold/, as `newsclean eval`
    reads). The fit starts from newsclean's weights, or from --weights.

    \b
    Example:
        newsclean train my-corpus --rendering inscriptis --split tune --out weights.json
        newsclean eval my-corpus --rendering inscriptis --split check --weights weights.json
    """
    # the engine and the fit load here, not with the command line
    from newsclean.assemble import Pipeline
    from newsclean.batch.io import write_atomic
    from newsclean.evaluate.splits import in_split
    from newsclean.evaluate.train import PULLS, train_weights, training_pages
    from newsclean.extract.head.page_rank import DEFAULT_HEAD_WEIGHTS

    config = config_or_usage(skip, now)
    start = config.head_weights or DEFAULT_HEAD_WEIGHTS
    try:  # a folder --out cannot be written in is said before the fit, not after it
        out_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise click.ClickException(f"{out_path}: cannot write: {exc.strerror or exc}") from None
    progress = ProgressLine()
    try:
        try:
            pages = training_pages(corpus, Pipeline.from_config(config), renderings or None,
                                   keep=in_split(split), progress=progress.reading)
        finally:
            progress.close()
        result = train_weights(pages, start, pulls or PULLS)
    except NewscleanError as exc:
        raise click.ClickException(str(exc)) from None
    fitted_on = {"corpus": str(corpus), "renderings": list(renderings) or "all", "split": split}
    write_atomic(out_path, result.weights.to_json(**result.summary(**fitted_on)))
    _report(result, start, out_console())
    err_console().print(f"weights written to {out_path}", highlight=False)


def _report(result: Training, start: HeadWeights, console: Console) -> None:
    from rich.table import Table

    console.print(
        f"{result.pages} pages ranked without a title line, {result.learnable} with a candidate "
        f"that leads to the gold headline; the starting weights pick it on "
        f"{result.start_top1:.3f} of them.",
        highlight=False,
    )
    pulls = Table("pull", "cross-validated top-1", title="Pull toward the starting weights")
    for score in result.pulls:
        chosen = " (chosen)" if score.pull == result.pull else ""
        pulls.add_row(f"{score.pull:g}{chosen}", f"{score.held_out:.3f}")
    console.print(pulls)
    if result.pull is None:
        best = max(score.held_out for score in result.pulls)
        console.print(
            f"No fit picks better out of fold ({best:.3f}) than the starting weights "
            f"({result.start_top1:.3f}): they are written unchanged.",
            highlight=False,
        )
        return
    weights = Table("cue", "start", "fitted", title="Weights")
    fitted = result.weights.by_name()
    for name, value in start.by_name().items():
        weights.add_row(name, f"{value:.3f}", f"{fitted[name]:.3f}")
    console.print(weights)
