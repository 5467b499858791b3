"""The Python API: ``clean(text, **options)`` and ``Pipeline``, a custom pipeline built by name.

A ``Pipeline`` is an immutable sequence of steps: every method returns a new pipeline, so one can
be shared, pickled and shipped to worker processes. A step is anything with a ``name`` and a
``__call__(Document) -> Document`` (see ``newsclean.pipeline.Step``); a pure
``(text) -> Hit | None`` function becomes one with ``LineFilter(fn, "family")``.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from newsclean.config import Config
from newsclean.core import process, to_article
from newsclean.errors import UsageError
from newsclean.extract.steps import Dates
from newsclean.model import Article, Document
from newsclean.pipeline import DEFAULT_STEPS, Step
from newsclean.sites import with_profile

# User-rule and plugin steps go at the end of the line filters unless told otherwise: after the
# lines that say what they are, before the steps that weigh the page as a whole.
DEFAULT_ANCHOR = "repeats.repeated_line"
DATES_STEP = "extract.date"


@dataclass(frozen=True, slots=True)
class Pipeline:
    """An ordered, immutable set of named steps and the reference day they run with.

    >>> p = Pipeline.default().remove("media.photo_credit")
    >>> "media.photo_credit" in p.names, len(p) == len(Pipeline.default()) - 1
    (False, True)
    >>> Pipeline.default().remove("media.photo_credits")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsclean.errors.UsageError: unknown ... (did you mean media.photo_credit?); see ...
    """

    steps: tuple[Step, ...] = DEFAULT_STEPS
    now: date | None = None  # reference day for relative stamps ("3 hours ago")

    @classmethod
    def default(cls) -> Pipeline:
        """The pipeline ``newsclean clean`` runs with no options."""
        return cls()

    @classmethod
    def from_config(cls, config: Config) -> Pipeline:
        """The pipeline for a config: defaults, user rules, plugins switched on, less skipped."""
        # built once per config; a page's learnt site profile is set on the site steps after
        pipeline = _from_config(dataclasses.replace(config, site_profile=None, site_profiles=None))
        if config.site_profile is None:
            return pipeline
        steps = with_profile(pipeline.steps, config.site_profile)
        return dataclasses.replace(pipeline, steps=steps)  # type: ignore[arg-type]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(step.name for step in self.steps)

    def __iter__(self) -> Iterator[Step]:
        return iter(self.steps)

    def __len__(self) -> int:
        return len(self.steps)

    def __contains__(self, name: object) -> bool:
        return name in self.names

    def index(self, name: str) -> int:
        """Where the step called ``name`` runs; UsageError with close matches if none does."""
        try:
            return self.names.index(name)
        except ValueError:
            raise UsageError(unknown_name(name, self.names)) from None

    def add(self, step: Step, *, before: str | None = None, after: str | None = None) -> Pipeline:
        """A pipeline with ``step`` added before or after a named step.

        With neither, the step's own ``before``/``after`` attribute says where, else it goes at
        the end of the line filters (just before ``repeats.repeated_line``).
        """
        if step.name in self.names:
            raise UsageError(f"the pipeline already has a step named {step.name}")
        at = self._position(step, before, after)
        return dataclasses.replace(self, steps=(*self.steps[:at], step, *self.steps[at:]))

    def remove(self, *names: str) -> Pipeline:
        """A pipeline without the named steps."""
        for name in names:
            self.index(name)
        return dataclasses.replace(self, steps=tuple(s for s in self if s.name not in names))

    def replace(self, name: str, step: Step) -> Pipeline:
        """A pipeline with the named step swapped for ``step``, at the same place."""
        at = self.index(name)
        return dataclasses.replace(self, steps=(*self.steps[:at], step, *self.steps[at + 1 :]))

    def move(self, name: str, *, before: str | None = None, after: str | None = None) -> Pipeline:
        """A pipeline with the named step moved before or after another."""
        step = self.steps[self.index(name)]
        return self.remove(name).add(step, before=before, after=after)

    def reorder(self, names: Sequence[str]) -> Pipeline:
        """A pipeline with the steps in the order given; every step must be named once."""
        if sorted(names) != sorted(self.names):
            missing = sorted(set(self.names) - set(names))
            extra = sorted(set(names) - set(self.names))
            raise UsageError(f"reorder needs every step once: missing {missing}, unknown {extra}")
        by_name = {step.name: step for step in self}
        return dataclasses.replace(self, steps=tuple(by_name[name] for name in names))

    def process(self, text: str, *, source: str = "-") -> Document:
        """Run the steps on a page's text; the document keeps its trail (for ``explain``)."""
        return process(text, source=source, config=Config(now=self.now), steps=self.steps)

    def clean(self, text: str, *, id: str = "-", source: str | None = None) -> Article:
        """Clean the text of one page into an Article."""
        return to_article(self.process(text, source=id if source is None else source), id)

    def _position(self, step: Step, before: str | None, after: str | None) -> int:
        if before is not None and after is not None:
            raise UsageError("place a step before a step or after one, not both")
        if before is None and after is None:
            before, after = getattr(step, "before", None), getattr(step, "after", None)
            if before is None and after is None:
                before = DEFAULT_ANCHOR if DEFAULT_ANCHOR in self.names else None
        if before is not None:
            return self.index(before)
        if after is not None:
            return self.index(after) + 1
        return len(self.steps)


def unknown_name(name: str, known: Sequence[str]) -> str:
    """The message for a step name nobody has, with the close ones."""
    close = difflib.get_close_matches(name, list(known), n=3)
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    return f"unknown filter name: {name}{hint}; see `newsclean filters`"


@functools.lru_cache(maxsize=32)
def _from_config(config: Config) -> Pipeline:
    # Config is frozen and hashable: a batch builds its pipeline once, not once per page
    from newsclean.plugins import load_plugin
    from newsclean.rule_steps import RULE_STEP_NAMES, RuleError, rule_steps

    pipeline = Pipeline(now=config.now)
    if config.zones:
        dates = pipeline.steps[pipeline.index(DATES_STEP)]
        if isinstance(dates, Dates):  # the default pipeline's own date step
            pipeline = pipeline.replace(DATES_STEP, dataclasses.replace(dates, zones=config.zones))
    try:
        for step in rule_steps(config):
            pipeline = pipeline.add(step)
    except RuleError as exc:
        raise UsageError(str(exc)) from None
    for placement in config.enable:
        plugin = load_plugin(placement.name)
        pipeline = pipeline.add(plugin, before=placement.before, after=placement.after)
    for name in sorted(config.skip):
        if name not in pipeline.names and name not in RULE_STEP_NAMES:
            raise UsageError(unknown_name(name, pipeline.names))
    return pipeline.remove(*(name for name in config.skip if name in pipeline.names))


def make_config(config: Config | None = None, *, rules: str | Path | None = None,
                **options: Any) -> Config:
    """A Config from a base config, a rules file and keyword options, in that order.

    Options are the rules file's keys (``skip``, ``drop_lines``, ``inline_cuts``,
    ``promo_phrases``, ``prompt_phrases``, ``zones``, ``enable``) plus ``now``; lists add to
    what came before, ``now`` and each zone replace it.

    >>> make_config(skip=["media.photo_credit"], now="2022-05-13").now
    datetime.date(2022, 5, 13)
    >>> make_config(drop_line=["x"])
    Traceback (most recent call last):
    ...
    newsclean.rules.RulesError: options: unknown key 'drop_line' (did you mean drop_lines?)
    """
    from newsclean.rules import config_from_table, load_rules, merge

    config = config or Config()
    if rules is not None:
        config = merge(config, load_rules(Path(rules)))
    if options:
        config = merge(config, config_from_table(options, where="options"))
    return config


def clean(text: str, *, id: str = "-", source: str | None = None, config: Config | None = None,
          rules: str | Path | None = None, **options: Any) -> Article:
    """Clean the text of one page into an Article; options as for ``make_config``.

    >>> clean("Follow us on Mastodon\\nThe council voted on Tuesday to close the old bridge.",
    ...       drop_lines=["^Follow us"]).body
    'The council voted on Tuesday to close the old bridge.'
    >>> clean("", skip=["media.photo_credit"]).body
    ''
    """
    config = make_config(config, rules=rules, **options)
    return Pipeline.from_config(config).clean(text, id=id, source=source)
