"""The pipeline: the Step protocol, adapters that lift pure functions into steps, and the
default order, read top to bottom.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Protocol

from newsclean import region, repeats, segment
from newsclean.config import Config
from newsclean.extract import steps as extract
from newsclean.filters import FAMILIES
from newsclean.model import Document


class Step(Protocol):
    @property
    def name(self) -> str: ...

    def __call__(self, doc: Document) -> Document: ...


@dataclass(frozen=True, slots=True)
class _FunctionStep:
    """A pure function of one line lifted into a step named "<family>.<function>"."""

    fn: Callable[[str], Any]
    family: str

    @property
    def name(self) -> str:
        return f"{self.family}.{self.fn.__name__}"

    @property
    def summary(self) -> str:
        return _summary(self.fn)


@dataclass(frozen=True, slots=True)
class LineFilter(_FunctionStep):
    """Drop every body line a pure ``(text) -> Hit | None`` function matches."""

    def __call__(self, doc: Document) -> Document:
        hits = {line.no: hit for line in doc.lines if (hit := self.fn(line.text)) is not None}
        return doc.drop(hits, self.name)


@dataclass(frozen=True, slots=True)
class LineCutter(_FunctionStep):
    """Rewrite body lines with a pure ``(text) -> (new_text, Hit) | None`` function."""

    def __call__(self, doc: Document) -> Document:
        edits = {line.no: cut for line in doc.lines if (cut := self.fn(line.text)) is not None}
        return doc.edit(edits, self.name)


def _summary(obj: object) -> str:
    doc = (getattr(obj, "__doc__", None) or "").strip()
    return doc.splitlines()[0] if doc else ""


def step_summary(step: Step) -> str:
    """The one-line summary ``newsclean filters`` shows for a step."""
    return getattr(step, "summary", None) or _summary(type(step))


def _family_steps() -> tuple[Step, ...]:
    steps: list[Step] = []
    for family, module in FAMILIES:
        steps.extend(LineFilter(fn, family) for fn in getattr(module, "FILTERS", ()))
        steps.extend(LineCutter(fn, family) for fn in getattr(module, "CUTTERS", ()))
    return tuple(steps)


def default_steps() -> tuple[Step, ...]:
    """Every step in the order it runs. Read it top to bottom."""
    return (
        # 1. renderer flavours
        segment.DumpHeader(),
        LineCutter(segment.list_bullet, "segment"),
        LineCutter(segment.markdown, "segment"),
        segment.Unwrap(),
        # 2. metadata, found before anything leaves the page
        extract.Language(),
        extract.Headline(),
        extract.Description(),  # before dates and byline: their lines set the standfirst apart
        extract.Dates(),
        extract.Byline(),
        extract.Section(),
        extract.Tags(),
        # 3. lines that say what they are
        *_family_steps(),
        # 4. where the article is
        repeats.RepeatedLines(),
        region.MainText(),
        repeats.DuplicateText(),
        region.TrailingJunk(),
    )


DEFAULT_STEPS: tuple[Step, ...] = default_steps()
STEPS_BY_NAME = MappingProxyType({step.name: step for step in DEFAULT_STEPS})


def build_pipeline(config: Config) -> tuple[Step, ...]:
    """The steps to run for ``config``: the default order, user rules and plugins switched on,
    less the skipped ones (``newsclean.api.Pipeline.from_config`` assembles them)."""
    from newsclean.api import Pipeline  # api builds on this module

    return Pipeline.from_config(config).steps


def run(doc: Document, steps: Sequence[Step]) -> Document:
    for step in steps:
        doc = step(doc)
    return doc
