"""`newsclean learn`: site profiles (each site's repeated lines) for `--profile`."""

from __future__ import annotations

from pathlib import Path

import click

from newsclean.batch.io import write_atomic
from newsclean.batch.records import Fields
from newsclean.cli.options import record_options
from newsclean.cli.output import err_console


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="PATH...",
                type=click.Path(exists=True, path_type=Path))
@click.option("--glob", "pattern", default=None, metavar="GLOB",
              help="Only files under a folder that match (default: as `newsclean batch`).")
@record_options
@click.option("--out", "out_path", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the profiles (JSON).")
def learn(inputs: tuple[Path, ...], pattern: str | None, input_format: str | None,
          text_field: str, id_field: str, out_path: Path) -> None:
    """Learn each site's repeated lines from a batch's inputs (a folder per site, or records
    with a url).

    \b
    Example:
        newsclean learn dumps/ --out sites.json
        newsclean batch today/ --profile sites.json > articles.jsonl
    """
    # the engine loads with the first page, not with the command line
    from newsclean.batch.learn import learn_inputs

    profiles = learn_inputs(inputs, pattern, input_format, Fields(text_field, id_field))
    write_atomic(out_path, profiles.to_json() + "\n")
    pages = sum(p.pages for p in profiles.sites.values())
    err_console().print(f"{len(profiles.sites)} sites, {pages} pages", highlight=False)
