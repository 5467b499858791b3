"""The pipeline: the Step protocol, adapters that lift pure functions into steps, and the
default order, read top to bottom.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any, Protocol

from newsclean.extract import stamps
from newsclean.extract import steps as extract
from newsclean.filters import FAMILIES
from newsclean.gates.gate import Gate, gate_words, index_gates
from newsclean.model import Document, Event, Hit
from newsclean.region.main_text import MainText, TrailingJunk
from newsclean.region.repeats import DuplicateText, RepeatedLines
from newsclean.sites.steps import RepeatedBoilerplate, RepeatedParagraphs
from newsclean.text import segment


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
    """Drop every body line a pure ``(text) -> Hit | None`` function matches.

    ``gate``, if given, admits every line the function can match (see gates.gate): a
    FilterPass does not call the function on the others.
    """

    gate: Gate | None = None

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


# The families of line filters in the order they run: the filters' own, then the stamps of dates
# and bylines printed again, which ask the extractors what a stamp is.
LINE_FAMILIES = (*FAMILIES, ("structure", stamps))


def _family_steps() -> tuple[Step, ...]:
    steps: list[Step] = []
    for family, module in LINE_FAMILIES:
        gates = getattr(module, "GATES", {})
        steps.extend(LineFilter(fn, family, gates.get(fn)) for fn in getattr(module, "FILTERS", ()))
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
        RepeatedLines(),
        RepeatedBoilerplate(),  # lines the site prints on most of its pages
        MainText(),
        RepeatedParagraphs(),  # paragraphs of the article found on the site's other pages
        DuplicateText(),
        TrailingJunk(),
    )


DEFAULT_STEPS: tuple[Step, ...] = default_steps()
STEPS_BY_NAME = MappingProxyType({step.name: step for step in DEFAULT_STEPS})


def run(doc: Document, steps: Sequence[Step]) -> Document:
    """Run ``steps`` in order; consecutive line filters share one pass over the lines."""
    try:
        fused = _fused(tuple(steps))
    except TypeError:  # a step that cannot be hashed: its pipeline is fused afresh
        fused = tuple(fuse(steps))
    for step in fused:
        doc = step(doc)
    return doc


@functools.lru_cache(maxsize=16)
def _fused(steps: tuple[Step, ...]) -> tuple[Step, ...]:
    """fuse() of a pipeline, worked out once: a batch runs the same steps on every page."""
    return tuple(fuse(steps))


# Lines whose verdicts a FilterPass remembers: a site's menus and footers recur across a batch.
CACHED_VERDICTS = 4096


@dataclass(frozen=True, slots=True)
class FilterPass:
    """Line filters run in one pass: each line meets them in order until one drops it.

    The result is the steps' own, one after the other (each records its drops under its own
    name), since each verdict depends on the line alone.
    """

    filters: tuple[LineFilter, ...]
    # the gate words of every pass of the pipeline: passes with the same words scan a line once
    vocabulary: frozenset[str] = field(default=frozenset(), compare=False)
    # the verdicts of the filters by line text, looked up once for the pass, not once a page
    verdict: Callable[[str], tuple[int, Hit] | None] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "verdict", _verdict_cache(self.filters, self.vocabulary))

    @property
    def name(self) -> str:
        return "+".join(f.name for f in self.filters)

    def __call__(self, doc: Document) -> Document:
        hits: list[dict[int, Hit]] = [{} for _ in self.filters]
        verdict = self.verdict
        for line in doc.lines:
            if (found := verdict(line.text)) is not None:
                hits[found[0]][line.no] = found[1]
        # What Document.drop gives filter after filter, built once: the events of each filter
        # in line order, and the lines none of them dropped (each line has one verdict).
        events = tuple(
            Event(f.name, "drop", no, hit.reason, hit.evidence)
            for f, step_hits in zip(self.filters, hits, strict=True)
            for no, hit in sorted(step_hits.items())
        )
        if not events:
            return doc
        dropped = {no for step_hits in hits for no in step_hits}
        kept = tuple(line for line in doc.lines if line.no not in dropped)
        return replace(doc, lines=kept, trail=doc.trail + events)


@functools.lru_cache(maxsize=64)
def _verdict_cache(
    filters: tuple[LineFilter, ...], vocabulary: frozenset[str] = frozenset()
) -> Callable[[str], tuple[int, Hit] | None]:
    """The first of ``filters`` that drops a line (its index and hit), remembered by text.

    A filter whose gate shuts the line out is not called: it would not have matched.
    """
    fns = tuple(f.fn for f in filters)
    calls = index_gates([f.gate for f in filters], vocabulary).calls

    @functools.lru_cache(maxsize=CACHED_VERDICTS)
    def verdict(text: str) -> tuple[int, Hit] | None:
        for i in calls(text):
            if (hit := fns[i](text)) is not None:
                return i, hit
        return None

    return verdict


def fuse(steps: Sequence[Step]) -> list[Step]:
    """``steps`` with each run of two or more consecutive LineFilters made one FilterPass.

    >>> [type(s).__name__ for s in fuse(DEFAULT_STEPS)].count("FilterPass") >= 1
    True
    >>> fuse([MainText()]) == [MainText()]
    True
    """
    fused: list[Step] = []
    group: list[LineFilter] = []
    vocabulary = gate_words(step.gate for step in steps if type(step) is LineFilter)
    for step in [*steps, None]:
        if type(step) is LineFilter:
            group.append(step)
            continue
        if len(group) > 1:
            fused.append(FilterPass(tuple(group), vocabulary))
        else:
            fused.extend(group)
        group = []
        if step is not None:
            fused.append(step)
    return fused
