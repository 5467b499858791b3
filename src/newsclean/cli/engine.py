"""The command line's ``batch --engine dask``: options and the thin call into the Dask engine."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from newsclean.cli.output import ConfigError
from newsclean.config import Config
from newsclean.errors import UsageError

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
    from newsclean.batch.dask_runner import require_dask

    def decorate(fn: F) -> F:
        @functools.wraps(fn)
        def choose(*args: Any, engine: str, scheduler: str | None, **kwargs: Any) -> Any:
            urls = any(isinstance(p, str)
                       for p in (*kwargs.get("inputs", ()), kwargs.get("out_dir")))
            if engine == "dask":
                try:
                    require_dask()
                except UsageError as exc:
                    raise ConfigError(str(exc)) from None
                if urls:  # fsspec storage: Dask reads and writes the JSONL partitions itself
                    return dask_batch(scheduler, config_for, **kwargs)
                return fn(*args, engine=engine, scheduler=scheduler, **kwargs)
            if scheduler is not None:
                raise click.UsageError("--scheduler needs --engine dask")
            if urls:
                raise click.UsageError("URLs are read and written by --engine dask only")
            return fn(*args, **kwargs)

        wrapped: Any = click.option(
            "--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
            help="dask: clean on a Dask cluster (the same inputs, options and records as local; "
                 "fsspec URLs: JSONL partitions in, OUT/*.jsonl out).",
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
    """Run a batch of fsspec URLs on Dask; one summary line on stderr; exit 1 if a record
    failed."""
    from newsclean.batch.dask import run_urls
    if out_dir is None:
        raise click.UsageError("--engine dask writes partitions: give --out DIR or URL")
    config = config_for(skip, now)
    summary = run_urls([str(p) for p in inputs], str(out_dir), config, scheduler=scheduler,
                        text_field=text_field, id_field=id_field)
    click.echo(f"{summary.records - summary.failed} cleaned, {summary.failed} failed", err=True)
    sys.exit(1 if summary.failed else 0)
