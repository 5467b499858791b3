"""Assembly: the one reader of ``Config``. It builds the steps a config asks for from the default
order, the user's rules, the plugins switched on and the page's site profile, as a ``Pipeline``:
an immutable, named sequence of steps that a library user can also edit by hand.

A ``Pipeline`` is an immutable sequence of steps: every method returns a new pipeline, so one can
be shared, pickled and shipped to worker processes. A step is anything with a ``name`` and a
``__call__(Document) -> Document`` (see ``newsclean.pipeline.Step``); a pure
``(text) -> Hit | None`` function becomes one with ``LineFilter(fn, "family")``.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from newsclean.config import Config
from newsclean.core import process, to_article
from newsclean.errors import UsageError, unknown_name
from newsclean.extract.head.page_head import chrome_filters
from newsclean.extract.steps import Dates, Headline
from newsclean.model import Article, Document
from newsclean.pipeline import DEFAULT_STEPS, Step
from newsclean.plugins import load_plugin
from newsclean.rules.steps import (
    RULE_STEP_NAMES,
    DropLine,
    InlineCut,
    PromoPhrase,
    PromptPhrase,
    RuleError,
)
from newsclean.sites.steps import with_profile

# User-rule and plugin steps go at the end of the line filters unless told otherwise: after the
# lines that say what they are, before the steps that weigh the page as a whole.
DEFAULT_ANCHOR = "repeats.repeated_line"
DATES_STEP = "extract.date"
HEADLINE_STEP = "extract.headline"


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

    def process(
        self,
        text: str,
        *,
        source: str = "-",
        warnings: tuple[str, ...] = (),
        until: str | None = None,
    ) -> Document:
        """Run the steps on a page's text; the document keeps its trail (for ``explain``).

        ``until``: stop before that step, with the document as it receives it. The page-head
        finder tells chrome by the line filters of this pipeline only.
        """
        steps = self.steps if until is None else self.steps[: self.index(until)]
        with chrome_filters(frozenset(self.names)):
            return process(text, steps, source=source, now=self.now, warnings=warnings)

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


@functools.lru_cache(maxsize=32)
def _from_config(config: Config) -> Pipeline:
    # Config is frozen and hashable: a batch builds its pipeline once, not once per page
    pipeline = Pipeline(now=config.now)
    if config.zones:
        dates = pipeline.steps[pipeline.index(DATES_STEP)]
        if isinstance(dates, Dates):  # the default pipeline's own date step
            pipeline = pipeline.replace(DATES_STEP, dataclasses.replace(dates, zones=config.zones))
    if config.head_weights is not None:
        head = pipeline.steps[pipeline.index(HEADLINE_STEP)]
        if isinstance(head, Headline):  # the default pipeline's own headline step
            weighted = dataclasses.replace(head, weights=config.head_weights)
            pipeline = pipeline.replace(HEADLINE_STEP, weighted)
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


def rule_steps(config: Config) -> tuple[DropLine | InlineCut | PromoPhrase | PromptPhrase, ...]:
    """The steps a config's user rules make, in the order they run; none for an empty list.

    >>> [s.name for s in rule_steps(Config(drop_lines=("^Follow us",), prompt_phrases=("x",)))]
    ['rules.drop_line', 'rules.prompt_phrase']
    >>> rule_steps(Config())
    ()
    """
    steps: list[DropLine | InlineCut | PromoPhrase | PromptPhrase] = []
    if config.inline_cuts:
        steps.append(InlineCut(config.inline_cuts))
    if config.drop_lines:
        steps.append(DropLine(config.drop_lines))
    if config.promo_phrases:
        steps.append(PromoPhrase(config.promo_phrases))
    if config.prompt_phrases:
        steps.append(PromptPhrase(config.prompt_phrases))
    return tuple(steps)


def build_pipeline(config: Config) -> tuple[Step, ...]:
    """The steps to run for ``config``: the default order, user rules and plugins switched on,
    less the skipped ones."""
    return Pipeline.from_config(config).steps
