"""Extractor steps: they run the pure finders of this package on the document's lines, store
what they find as fields and take the consumed lines out of the body with an ``extract`` event.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, NamedTuple

from newsclean.extract import section, tags
from newsclean.extract.byline import find as byline
from newsclean.extract.date import find as date
from newsclean.extract.date.names import preferred_zones
from newsclean.extract.head import description, headline, title_line
from newsclean.extract.head.head_weights import HeadWeights
from newsclean.extract.head.page_rank import DEFAULT_HEAD_WEIGHTS
from newsclean.model import Document, Hit
from newsclean.text.language import detect_language
from newsclean.text.segment import list_bullet

# Language is read off the longest lines: menus and footers say little about it.
LANGUAGE_SAMPLE_LINES = 12


def _texts(doc: Document) -> list[str]:
    return [line.text for line in doc.lines]


def _consume(doc: Document, step: str, indices: dict[int, Hit]) -> Document:
    nos = {doc.lines[i].no: hit for i, hit in indices.items() if 0 <= i < len(doc.lines)}
    return doc.drop(nos, step, action="extract")


def headline_index(doc: Document) -> int | None:
    """Where the headline line sits now, if it was found in the page."""
    no = doc.field("headline_line")
    if no is None:
        return None
    # the line itself is gone from the body: the first kept line after it stands in
    for i, line in enumerate(doc.lines):
        if line.no > no:
            return max(i - 1, 0)
    return len(doc.lines) - 1 if doc.lines else None


@dataclass(frozen=True, slots=True)
class Language:
    """Detect the page's language from its longest lines."""

    name: ClassVar[str] = "extract.language"

    def __call__(self, doc: Document) -> Document:
        # the same lines in the same order as sorting them all and taking the first few
        longest = heapq.nlargest(LANGUAGE_SAMPLE_LINES, doc.lines, key=lambda line: len(line.text))
        sample = " ".join(line.text for line in longest)
        return doc.with_fields(language=detect_language(sample))


class HeadlineInput(NamedTuple):
    """What the headline step reads of a page: its lines and how its rendering printed them."""

    lines: list[str]
    has_title_line: bool  # the first line is the <title>
    title_possible: bool  # the rendering may print a <title> at all
    title_apart: bool  # the first line is set apart by a blank line, as html-text prints it

    @classmethod
    def of(cls, doc: Document) -> HeadlineInput:
        texts = _texts(doc)
        # an inscriptis copy indents its lines and never prints the <title>; html-text prints
        # it first, followed by a blank line
        layout = title_line.is_layout_rendering(doc.original)
        return cls(
            texts,
            has_title_line=not layout and title_line.looks_like_title_line(texts),
            title_possible=not layout,
            title_apart=not layout and len(doc.lines) > 1 and doc.lines[1].blank_before,
        )

    def ranks_page_head(self) -> bool:
        """Whether the article head ranked off the page decides, not a title line."""
        return not headline.reads_title(
            self.lines, has_title_line=self.has_title_line, title_possible=self.title_possible
        )


@dataclass(frozen=True, slots=True)
class Headline:
    """Find the headline: the title line and the line that repeats it, by agreement."""

    name: ClassVar[str] = "extract.headline"
    weights: HeadWeights = DEFAULT_HEAD_WEIGHTS  # of the page-head ranking: a user's own fit

    def __call__(self, doc: Document) -> Document:
        page = HeadlineInput.of(doc)
        found = headline.find_headline(
            page.lines,
            has_title_line=page.has_title_line,
            title_possible=page.title_possible,
            title_apart=page.title_apart,
            weights=self.weights,
        )
        if found is None:
            return doc
        consumed: dict[int, Hit] = {}
        if found.title_index is not None:
            consumed[found.title_index] = Hit("title_line", found.rule)
        if found.index is not None:
            consumed[found.index] = Hit("headline", found.rule)
        line_no = doc.lines[found.index].no if found.index is not None else None
        doc = doc.with_fields(headline=found.text, headline_line=line_no)
        return _consume(doc, self.name, consumed)


@dataclass(frozen=True, slots=True)
class Dates:
    """Find the published and updated dates, with their cues and time zones."""

    name: ClassVar[str] = "extract.date"
    zones: tuple[tuple[str, str], ...] = ()  # ("IST", "Asia/Jerusalem"): a user's reading

    def __call__(self, doc: Document) -> Document:
        # The lines the headline and standfirst steps took are read too: a standfirst may end
        # in the stamp ("... What's the secret to its recovery? Monday, 6 January 2020").
        numbers, texts = with_taken_lines(doc)
        with preferred_zones(self.zones):
            found = date.find_dates(
                texts,
                now=doc.field("reference_date"),
                headline_index=_position(numbers, doc.field("headline_line")),
                language=doc.field("language"),
            )
        for warning in found.warnings:
            doc = doc.warn(warning)
        kept = {line.no for line in doc.lines}
        consumed: dict[int, Hit] = {}
        for kind, stamp in (("published", found.published), ("updated", found.updated)):
            no = numbers[stamp.index] if stamp is not None else None
            if stamp is not None and no in kept and date.is_date_line(texts[stamp.index]):
                consumed[no] = Hit(f"{kind}_date", stamp.text)
        doc = doc.with_fields(
            published=found.published.value if found.published else None,
            updated=found.updated.value if found.updated else None,
            published_line=numbers[found.published.index] if found.published else None,
        )
        return doc.drop(consumed, self.name, action="extract")


@dataclass(frozen=True, slots=True)
class Byline:
    """Find the byline as printed and split it into the authors it names."""

    name: ClassVar[str] = "extract.byline"

    def __call__(self, doc: Document) -> Document:
        # A byline is read beside the head lines taken out before it: "By admin - 2018-09-16"
        # may have gone as a date line, and the date below a bare name vouches for it.
        numbers, texts = with_taken_lines(doc)
        found = byline.find_byline(
            texts,
            headline_index=_position(numbers, doc.field("headline_line")),
            date_index=_position(numbers, doc.field("published_line")),
            language=doc.field("language"),
        )
        if found is None:
            return doc
        doc = doc.with_fields(byline=found.byline, authors=found.authors)
        last = found.end_index if found.end_index is not None else found.index
        kept = {line.no for line in doc.lines}
        consumed = {
            numbers[i]: Hit("byline", found.rule)
            for i in range(found.index, last + 1)
            if numbers[i] in kept
        }
        return doc.drop(consumed, self.name, action="extract")


def with_taken_lines(doc: Document) -> tuple[list[int], list[str]]:
    """The body lines and the lines extractors took out, in page order: numbers and texts."""
    kept = {line.no: line.text for line in doc.lines}
    taken = {e.line_no for e in doc.trail if e.action == "extract"}
    numbers = sorted(kept.keys() | taken)
    return numbers, [kept[no] if no in kept else _as_read(doc.original[no - 1]) for no in numbers]


def _as_read(text: str) -> str:
    """A taken line as the extractors read it: without the list bullet an inscriptis list puts
    before a date or a name ("* 25. Juli 2019")."""
    text = text.strip()
    found = list_bullet(text)
    return found[0] if found else text


def _position(numbers: Sequence[int], line_no: int | None) -> int | None:
    if line_no is None:
        return None
    try:
        return numbers.index(line_no)
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Description:
    """Find the standfirst printed under the headline."""

    name: ClassVar[str] = "extract.description"

    def __call__(self, doc: Document) -> Document:
        start = headline_index(doc)
        if start is None:
            return doc
        found = description.find_description(_texts(doc), start)
        if found is None:
            return doc
        doc = doc.with_fields(description=found.text)
        return _consume(doc, self.name, {found.index: Hit("description", "standfirst")})


@dataclass(frozen=True, slots=True)
class Section:
    """Find the section from a breadcrumb or a section label near the headline."""

    name: ClassVar[str] = "extract.section"

    def __call__(self, doc: Document) -> Document:
        found = section.find_section(_texts(doc), headline_index(doc))
        if found is None:
            return doc
        doc = doc.with_fields(section=found.section)
        return _consume(doc, self.name, {i: Hit(found.rule, found.section) for i in found.indices})


@dataclass(frozen=True, slots=True)
class Tags:
    """Read the tags of a labelled tag line ("Tags: a, b, c")."""

    name: ClassVar[str] = "extract.tags"

    def __call__(self, doc: Document) -> Document:
        found = tags.find_tags(_texts(doc))
        if found is None:
            return doc
        doc = doc.with_fields(tags=found.tags)
        return _consume(doc, self.name, {found.index: Hit("tags", ", ".join(found.tags))})
