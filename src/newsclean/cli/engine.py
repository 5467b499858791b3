"""The command line's ``batch --engine dask``: options and the thin call into the Dask engine."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from newsclean.config import Config

F = TypeVar("F", bound=Callable[..., Any])
ConfigFor = Callable[[tuple[str, ...], Any], Config]  # (skip, now) -> Config, usage-checked


class PathOrURL(click.Path):
    """A local path (checked as click.Path does), or an fsspec URL (``s3://...``) left as text."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str) and "://" in value:
            return value
        return super().convert(value, param, ctx)


def engine_options(config_for: ConfigFor) -> Callable[[F], F]:
    """--engine and --scheduler: run ``batch`` on a Dask cluster instead of this machine."""

    def decorate(fn: F) -> F:
        @functools.wraps(fn)
        def choose(*args: Any, engine: str, scheduler: str | None, **kwargs: Any) -> Any:
            if engine == "dask":
                return dask_batch(scheduler, config_for, **kwargs)
            if scheduler is not None:
                raise click.UsageError("--scheduler needs --engine dask")
            if any(isinstance(p, str) for p in (*kwargs.get("inputs", ()), kwargs.get("out_dir"))):
                raise click.UsageError("URLs are read and written by --engine dask only")
            return fn(*args, **kwargs)

        wrapped: Any = click.option(
            "--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
            help="dask: JSONL partitions in (paths or fsspec URLs), OUT/*.jsonl out, on a cluster.",
        )(choose)
        wrapped = click.option(
            "--scheduler", metavar="ADDRESS", default=None,
            help="Dask scheduler address (tcp://host:8786); default: a local cluster.",
        )(wrapped)
        return wrapped  # type: ignore[no-any-return]

    return decorate


def dask_batch(scheduler: str | None, config_for: ConfigFor, *, inputs: tuple[Path | str, ...],
               out_dir: Path | str | None, text_field: str = "text", id_field: str = "id",
               skip: tuple[str, ...] = (), now: Any = None, **_: Any) -> None:
    """Run the batch on Dask; one summary line on stderr; exit 1 if a record failed."""
    try:
        from newsclean.batch.dask import run_batch
    except ImportError as exc:
        raise click.ClickException(f"--engine dask needs newsclean[dask]: {exc}") from None
    if out_dir is None:
        raise click.UsageError("--engine dask writes partitions: give --out DIR or URL")
    config = config_for(skip, now)
    summary = run_batch([str(p) for p in inputs], str(out_dir), config, scheduler=scheduler,
                        text_field=text_field, id_field=id_field)
    click.echo(f"{summary.records - summary.failed} cleaned, {summary.failed} failed", err=True)
    sys.exit(1 if summary.failed else 0)
