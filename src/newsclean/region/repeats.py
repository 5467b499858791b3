"""Context steps for text a page prints more than once.

Templates repeat their teasers, share texts and titles; JSON-LD and meta dumps repeat the whole
article as one giant line. An article rarely repeats a line of its own, so repetition is a
language-neutral sign of chrome.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import ClassVar

from newsclean.model import Document, Hit

# Lines shorter than this are left alone: "1", "Photo", a sub-heading can honestly repeat.
MIN_REPEAT_CHARS = 20


@dataclass(frozen=True, slots=True)
class RepeatedLines:
    """Drop every copy of a line the page prints three times or more (template text)."""

    name: ClassVar[str] = "repeats.repeated_line"
    min_copies: int = 3
    min_chars: int = MIN_REPEAT_CHARS

    def __call__(self, doc: Document) -> Document:
        counts = Counter(line.text for line in doc.lines if len(line.text) >= self.min_chars)
        hits = {
            line.no: Hit("repeated_line", f"{counts[line.text]} copies")
            for line in doc.lines
            if counts.get(line.text, 0) >= self.min_copies
        }
        return doc.drop(hits, self.name)


@dataclass(frozen=True, slots=True)
class DuplicateText:
    """Drop a line the body already holds: a second copy, or a dump of several paragraphs."""

    name: ClassVar[str] = "repeats.duplicate_text"
    min_chars: int = MIN_REPEAT_CHARS
    min_contained: int = 3  # paragraphs found inside one line that make it a dump of the article

    def __call__(self, doc: Document) -> Document:
        hits: dict[int, Hit] = {}
        # the headline printed again over a picture or in a gallery is no paragraph either
        seen: set[str] = {doc.field("headline") or ""}
        for line in doc.lines:
            if len(line.text) >= self.min_chars and line.text in seen:
                hits[line.no] = Hit("duplicate_line", "printed above")
            seen.add(line.text)
        paragraphs = [line for line in doc.lines if len(line.text) >= 40 and line.no not in hits]
        for line in paragraphs:
            if len(line.text) < 400:
                continue
            inside = sum(
                1 for other in paragraphs if other.no != line.no and other.text in line.text
            )
            if inside >= self.min_contained:
                hits[line.no] = Hit("article_dump", f"holds {inside} other paragraphs")
        return doc.drop(hits, self.name)
