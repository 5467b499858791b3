"""Options several commands share, and the Config and site profiles they give."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from newsclean.batch.inputs import INPUT_FORMATS
from newsclean.batch.io import read_bytes
from newsclean.cli.output import ConfigError
from newsclean.config import Config, Placement
from newsclean.errors import InputError, UsageError
from newsclean.sites.profile import SiteProfiles

if TYPE_CHECKING:
    from newsclean.extract.head.head_weights import HeadWeights

F = TypeVar("F", bound=Callable[..., Any])
RULES_META = "newsclean.rules.load"


def pipeline_options(fn: F) -> F:
    """Options every command that cleans shares: --skip, --now, --rules, --enable, --weights."""

    @functools.wraps(fn)
    def with_rules(
        *args: Any, rules: Path | None, enable: tuple[str, ...], weights: Path | None,
        **kwargs: Any,
    ) -> Any:
        # config_from_flags reads these, so the commands' own signatures stay as they are
        click.get_current_context().meta[RULES_META] = (rules, enable, weights)
        return fn(*args, **kwargs)

    wrapped: Any = with_rules
    wrapped = click.option(
        "--skip", "skip", multiple=True, metavar="NAME",
        help="Switch a filter off by name (repeatable); see `newsclean filters`.",
    )(wrapped)
    wrapped = click.option(
        "--now", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
        help="Reference day (YYYY-MM-DD) for relative stamps such as '3 hours ago'.",
    )(wrapped)
    wrapped = click.option(
        "--rules", type=click.Path(dir_okay=False, path_type=Path), default=None,
        help="User rules (TOML); default: newsclean.toml or [tool.newsclean] in pyproject.toml "
             "found from the working directory up.",
    )(wrapped)
    wrapped = click.option(
        "--enable", multiple=True, metavar="NAME",
        help="Switch a plugin step on by name (repeatable); see `newsclean filters`.",
    )(wrapped)
    wrapped = click.option(
        "--weights", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
        metavar="WEIGHTS.json",
        help="Rank headline candidates of pages without a title line by these weights, as "
             "fitted by `newsclean train`.",
    )(wrapped)
    return wrapped  # type: ignore[no-any-return]


def record_options(fn: F) -> F:
    """Options that say how to read records: --input-format, --text-field, --id-field."""
    fn = click.option("--id-field", default="id", show_default=True,
                      help="JSONL field holding the record id (else FILE:LINE).")(fn)
    fn = click.option("--text-field", default="text", show_default=True,
                      help="JSONL field holding the page text; other fields go to `meta`.")(fn)
    fn = click.option("--input-format", type=click.Choice(INPUT_FORMATS), default=None,
                      help="Read inputs as text, JSONL or WARC (default: from the extension).")(fn)
    return fn


def profile_option(fn: F) -> F:
    """--profile: site profiles learnt by `newsclean learn`."""
    return click.option(
        "--profile", "profile_path", default=None, metavar="PROFILE.json",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="Drop each site's repeated boilerplate, as learnt by `newsclean learn`.",
    )(fn)


def load_profiles(path: Path | None) -> SiteProfiles | None:
    """The profiles a --profile file holds; None without one."""
    if path is None:
        return None
    try:
        return SiteProfiles.from_json(read_bytes(str(path)).decode("utf-8"))
    except (InputError, UnicodeDecodeError) as exc:
        raise click.ClickException(f"{path}: {exc}") from None


def load_weights(path: Path | None) -> HeadWeights | None:
    """The page-head weights a --weights file holds (on top of newsclean's); None without one."""
    if path is None:
        return None
    # the engine loads with a weights file, not with the command line
    from newsclean.extract.head.head_weights import HeadWeightsError, read_weights_file
    from newsclean.extract.head.page_rank import DEFAULT_HEAD_WEIGHTS

    try:
        return read_weights_file(path, DEFAULT_HEAD_WEIGHTS)
    except HeadWeightsError as exc:
        raise ConfigError(str(exc)) from None


def config_from_flags(skip: Iterable[str], now: Any) -> Config:
    """The Config for the command line: rules file, then --enable, --skip and --now on top."""
    from newsclean.rules.load import merge, user_rules

    ctx = click.get_current_context(silent=True)
    rules, enable, weights = ctx.meta.get(RULES_META, (None, (), None)) if ctx else (None, (), None)
    day: date | None = now.date() if now is not None else None
    options = Config(
        skip=frozenset(skip), now=day, enable=tuple(Placement(n) for n in enable),
        head_weights=load_weights(weights),
    )
    try:
        return merge(user_rules(rules), options)
    except UsageError as exc:
        raise ConfigError(str(exc)) from None


def config_or_usage(skip: Iterable[str], now: Any) -> Config:
    """config_from_flags, with a step name the pipeline does not know as a usage error (exit 2)."""
    # the engine loads with the first page, not with the command line
    from newsclean.assemble import build_pipeline

    config = config_from_flags(skip, now)
    try:
        build_pipeline(config)
    except UsageError as exc:
        raise click.UsageError(str(exc)) from None
    return config
