"""The data newsclean passes around: lines, hits, events, documents and the article record.

Everything here is frozen and free of I/O. A step never edits a document in place: it returns a
new one with its events appended to ``trail``, so the explanation travels with the document.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal, NamedTuple

# The warning of a record whose page held no article (its body is empty).
NO_ARTICLE_WARNING = "no article found"

Action = Literal["drop", "edit", "extract"]


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line of the input, after normalisation."""

    no: int  # 1-based position in the raw input; never renumbered
    text: str
    blank_before: bool = False  # a blank line separated it from the previous line


class Hit(NamedTuple):
    """A filter's verdict on one line: a stable slug and what triggered it."""

    reason: str
    evidence: str = ""


@dataclass(frozen=True, slots=True)
class Event:
    """One thing a step did to one line, kept for the trace."""

    step: str
    action: Action
    line_no: int
    reason: str
    evidence: str = ""


@dataclass(frozen=True, slots=True)
class Document:
    """The page as it moves through the pipeline.

    ``original`` holds the normalised input split into lines (index 0 is line 1), so that
    ``explain`` can show every line, kept or not. ``lines`` are the lines still in the body.
    """

    source: str
    original: tuple[str, ...]
    lines: tuple[Line, ...]
    fields: tuple[tuple[str, Any], ...] = ()
    trail: tuple[Event, ...] = ()
    warnings: tuple[str, ...] = ()

    def field(self, name: str, default: Any = None) -> Any:
        """The last value extracted for ``name``."""
        for key, value in reversed(self.fields):
            if key == name:
                return value
        return default

    def with_fields(self, **values: Any) -> Document:
        """A copy with fields set (None values are skipped: absent stays absent)."""
        added = tuple((k, v) for k, v in values.items() if v is not None)
        return replace(self, fields=self.fields + added)

    def warn(self, message: str) -> Document:
        if message in self.warnings:
            return self
        return replace(self, warnings=(*self.warnings, message))

    def drop(self, hits: Mapping[int, Hit], step: str, action: Action = "drop") -> Document:
        """A copy without the lines whose numbers are in ``hits``, with one event each."""
        if not hits:
            return self
        events = tuple(
            Event(step, action, no, hit.reason, hit.evidence) for no, hit in sorted(hits.items())
        )
        kept = tuple(line for line in self.lines if line.no not in hits)
        return replace(self, lines=kept, trail=self.trail + events)

    def edit(self, edits: Mapping[int, tuple[str, Hit]], step: str) -> Document:
        """A copy with the text of some lines rewritten; an empty result drops the line."""
        if not edits:
            return self
        events: list[Event] = []
        kept: list[Line] = []
        for line in self.lines:
            if line.no not in edits:
                kept.append(line)
                continue
            text, hit = edits[line.no]
            text = text.strip()
            action: Action = "edit" if text else "drop"
            events.append(Event(step, action, line.no, hit.reason, hit.evidence))
            if text:
                kept.append(Line(line.no, text, line.blank_before))  # replace() costs twice as much
        return replace(self, lines=tuple(kept), trail=self.trail + tuple(events))


ARTICLE_FIELDS = (
    "id",
    "source",
    "headline",
    "description",
    "byline",
    "authors",
    "published",
    "updated",
    "section",
    "tags",
    "language",
    "body",
    "warnings",
)


@dataclass(frozen=True, slots=True)
class Article:
    """The record newsclean emits: the contract users script against (see README)."""

    id: str
    source: str
    headline: str | None = None
    description: str | None = None
    byline: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    updated: str | None = None
    section: str | None = None
    tags: tuple[str, ...] = ()
    language: str | None = None
    body: str = ""
    warnings: tuple[str, ...] = ()
    trail: tuple[Event, ...] = field(default=(), compare=False, repr=False)

    def to_dict(self, *, trail: bool = False) -> dict[str, Any]:
        record: dict[str, Any] = {}
        for name in ARTICLE_FIELDS:
            value = getattr(self, name)
            record[name] = list(value) if isinstance(value, tuple) else value
        if trail:
            record["trail"] = [event_dict(e) for e in self.trail]
        return record

    def to_json(self, *, indent: int | None = None, trail: bool = False) -> str:
        return json.dumps(self.to_dict(trail=trail), ensure_ascii=False, indent=indent)


def event_dict(event: Event) -> dict[str, Any]:
    return {
        "step": event.step,
        "action": event.action,
        "line": event.line_no,
        "reason": event.reason,
        "evidence": event.evidence,
    }
