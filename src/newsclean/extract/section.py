"""Section: the breadcrumb's first step after "Home", or a section label by the headline."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from newsclean.patterns import lazy_compile

# "Home / World News / In first call ...", "Home > Sport > Football", "Startseite › Politik".
BREADCRUMB_RE = lazy_compile(
    r"""
    ^ (?: home | homepage | start | startseite | accueil | inicio | portada | início | home\s?page
        | главная | strona\s+główna | etusivu | forside | hem | inizio )
    \s* (?P<sep> [/>»›|→] ) \s*
    (?P<rest> .{1,300} ) $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# A section label is a few words, no sentence punctuation.
LABEL_RE = lazy_compile(r"^[\p{L}&' -]{2,40}$")

# The breadcrumb and section label sit above the article: look only near the top.
MAX_LINES_BEFORE_HEADLINE = 12


@dataclass(frozen=True, slots=True)
class SectionFound:
    section: str
    indices: tuple[int, ...]  # lines to take out of the body: breadcrumb, section label
    rule: str


def parse_breadcrumb(text: str) -> list[str] | None:
    """The steps of a breadcrumb line, or None when the line is not one.

    >>> parse_breadcrumb("Home / World News / In first call with Russia's defence minister")
    ['Home', 'World News', "In first call with Russia's defence minister"]
    >>> parse_breadcrumb("Home prices rose 4% in May / June") is None
    True
    """
    m = BREADCRUMB_RE.match(text)
    if not m:
        return None
    sep = m["sep"]
    parts = [p.strip() for p in text.split(sep)]
    if len(parts) < 2 or any(not p for p in parts):
        return None
    if any(len(p.split()) > 4 for p in parts[1:-1]):
        return None
    return parts


def find_section(lines: Sequence[str], headline_index: int | None) -> SectionFound | None:
    """The section named by a breadcrumb near the top, and the label line repeating it.

    >>> find_section(["Home / World News / Big story", "world news", "Big story"], 1)
    SectionFound(section='World News', indices=(0, 1), rule='breadcrumb')
    >>> find_section(["Home prices rose 4% in May", "Big story"], 1) is None
    True
    """
    end = len(lines) if headline_index is None else headline_index + 2
    start = max(0, end - MAX_LINES_BEFORE_HEADLINE - 2)
    for i in range(start, min(end, len(lines))):
        parts = parse_breadcrumb(lines[i])
        if parts is None or len(parts) < 2:
            continue
        section = parts[1]
        if len(section.split()) > 4:
            continue
        indices = [i]
        for j in range(i + 1, min(i + 4, len(lines))):
            if lines[j].casefold() == section.casefold() and LABEL_RE.match(lines[j]):
                indices.append(j)
        return SectionFound(section, tuple(indices), "breadcrumb")
    return None
