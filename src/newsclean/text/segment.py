"""Text to lines, and the renderer flavours undone before anything is classified.

html-text writes one block a line with blank lines between blocks; inscriptis keeps layout
(indentation, list bullets, padded table columns); browser copies run blocks on single line
breaks; html2text-style converters leave markdown; ``lynx -dump`` wraps paragraphs at ~76
columns. Each flavour is undone by its own small step so that ``explain`` shows it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import ClassVar

import regex

from newsclean.model import Document, Event, Hit, Line
from newsclean.patterns import lazy_compile

# A scraper's dump header before the page text: "date 2022-05-13 ..." (the crawl day).
DUMP_HEADER_RE = lazy_compile(
    r"""
    ^ \s* (?: date | crawled | fetched | retrieved ) \s*[:=]?\s*
    (?P<day> \d{4}-\d{2}-\d{2} )                 # ISO day
    (?: [T\s] \d{2}:\d{2}(?::\d{2})? (?:Z|[+-]\d{2}:?\d{2})? )?   # optional time
    (?: \s+ | $ )
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# List bullets renderers put before items: inscriptis "* ", "+ ", "o ", markdown "- ", "•".
BULLET_RE = lazy_compile(r"^(?:[*+•·▪►‣◦-]|o(?=\s+\p{Lu}))\s+(?=\S)")
BULLET_FIRST = "*+•·▪►‣◦-o"  # what a line BULLET_RE matches starts with: tested first, cheaper

# Markdown residue from html2text-style converters.
MD_IMAGE_RE = lazy_compile(r"!\[[^\]\n]{0,300}\]\([^)\s]{0,2000}(?:\s+\"[^\"]{0,300}\")?\)")
MD_LINK_RE = lazy_compile(r"\[([^\]\n]{0,300})\]\((?:[^)\s]{0,2000})(?:\s+\"[^\"]{0,300}\")?\)")
MD_HEADING_RE = lazy_compile(r"^#{1,6}\s+")
MD_EMPHASIS_RE = lazy_compile(r"(\*\*|__)(?=\S)([^*_\n]{1,500}?)(?<=\S)\1")
MD_QUOTE_RE = lazy_compile(r"^>\s+")


def split_lines(text: str, source: str, warnings: tuple[str, ...] = ()) -> Document:
    """Normalised text to a document of its non-blank lines, stripped, numbered from 1.

    >>> doc = split_lines("Title\\n\\n  Body one\\nBody two", "-")
    >>> [(line.no, line.text, line.blank_before) for line in doc.lines]
    [(1, 'Title', False), (3, 'Body one', True), (4, 'Body two', False)]
    """
    original = tuple(text.split("\n"))
    lines: list[Line] = []
    blank = False
    for no, raw in enumerate(original, start=1):
        stripped = raw.strip()
        if not stripped:
            blank = True
            continue
        lines.append(Line(no, stripped, blank_before=blank and bool(lines)))
        blank = False
    return Document(source=source, original=original, lines=tuple(lines), warnings=warnings)


@dataclass(frozen=True, slots=True)
class DumpHeader:
    """Cut a scraper's leading "date YYYY-MM-DD" header; keep the day as the reference time."""

    name: ClassVar[str] = "segment.dump_header"

    def __call__(self, doc: Document) -> Document:
        if not doc.lines:
            return doc
        first = doc.lines[0]
        m = DUMP_HEADER_RE.match(first.text)
        if not m:
            return doc
        try:
            day = date.fromisoformat(m["day"])
        except ValueError:
            return doc
        rest = first.text[m.end() :]
        doc = doc.edit({first.no: (rest, Hit("dump_header", m[0].strip()))}, self.name)
        return doc.with_fields(reference_date=day)


def list_bullet(text: str) -> tuple[str, Hit] | None:
    """Remove list bullets renderers put before items ("* ", "+ ", "o ", "- ", "•").

    >>> list_bullet("* Sign up for our newsletter")
    ('Sign up for our newsletter', Hit(reason='list_bullet', evidence='* '))
    >>> list_bullet("-5 degrees tonight") is None
    True
    """
    if text[:1] in BULLET_FIRST and (m := BULLET_RE.match(text)):
        return text[m.end() :], Hit("list_bullet", m[0])
    return None


def markdown(text: str) -> tuple[str, Hit] | None:
    """Undo markdown from html2text-style converters: links, images, headings, bold.

    >>> markdown("Read the [full report](https://example.org/r) here")
    ('Read the full report here', Hit(reason='markdown', evidence='link'))
    >>> markdown("5 * 3 = 15") is None
    True
    """
    # Cheap test before the patterns: one of their marks must be there.
    if not ("[" in text or "#" in text or "**" in text or "__" in text or text.startswith(">")):
        return None
    kinds: list[str] = []
    new = text
    for kind, pattern, repl in (
        ("image", MD_IMAGE_RE, ""),
        ("link", MD_LINK_RE, r"\1"),
        ("heading", MD_HEADING_RE, ""),
        ("emphasis", MD_EMPHASIS_RE, r"\2"),
        ("quote", MD_QUOTE_RE, ""),
    ):
        new, count = pattern.subn(repl, new)
        if count:
            kinds.append(kind)
    if not kinds:
        return None
    return new.strip(), Hit("markdown", ",".join(kinds))


@dataclass(frozen=True, slots=True)
class Unwrap:
    """Join hard-wrapped lines (``lynx -dump``, e-mail) back into paragraphs."""

    name: ClassVar[str] = "segment.unwrap"
    min_wrapped_share: float = 0.5  # of long lines, share whose length sits near the wrap width
    max_wrap_width: int = 100  # renderers wrap at 72-80 columns; wider means no wrapping

    def __call__(self, doc: Document) -> Document:
        width = wrap_width(doc.lines, self.min_wrapped_share, self.max_wrap_width)
        if width is None:
            return doc
        merged: list[Line] = []
        events: list[Event] = []
        last_len = 0  # length of the last physical line appended to merged[-1]
        for line in doc.lines:
            if merged and not line.blank_before and last_len >= width - 25:
                prev = merged[-1]
                merged[-1] = replace(prev, text=f"{prev.text} {line.text}")
                events.append(Event(self.name, "edit", line.no, "unwrapped", f"into {prev.no}"))
            else:
                merged.append(line)
            last_len = len(line.text)
        return replace(doc, lines=tuple(merged), trail=doc.trail + tuple(events))


def wrap_width(lines: tuple[Line, ...], min_share: float, max_width: int) -> int | None:
    """The column the text is hard-wrapped at, or None when it is not wrapped."""
    long = sorted(len(line.text) for line in lines if len(line.text) >= 40)
    if len(long) < 8:
        return None
    # the wrap column, read off the 90th percentile: a URL or a heading may run past it
    width = long[int(0.9 * (len(long) - 1))]
    if width > max_width:
        return None
    near = sum(1 for n in long if width - 12 <= n <= width + 2)
    return width if near >= min_share * len(long) else None
