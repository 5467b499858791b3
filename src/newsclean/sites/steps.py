"""Steps that drop what a site prints on page after page, given its learnt profile.

``sites.repeated_boilerplate`` and ``sites.repeated_paragraph`` drop what the site printed on most
of its pages: menus, footers, appeals, in any language. Guards for the article: distinct pages, a
minimum of pages, more pages for long prose lines, a repeated story's copies discounted; the
extractors run before both steps.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import ClassVar

from newsclean.model import Document, Hit, Line
from newsclean.patterns import SENTENCE_END_RE, WORD_RE
from newsclean.sites.profile import SiteProfile

# The slug of every drop the site steps make (newsclean.region reads it)
SITE_BOILERPLATE_REASON = "site_boilerplate"



def is_prose(text: str, min_words: int = 12, long_words: int = 25) -> bool:
    """A long sentence-like line, as an article paragraph is: ``min_words`` words ending
    like a sentence, or ``long_words`` words whatever its end.

    >>> is_prose("The council voted on Tuesday to close the bridge for repairs until May.")
    True
    >>> is_prose("Mark Judge, the man whose name keeps popping up in the allegations, explained")
    False
    """
    words = len(WORD_RE.findall(text))
    return words >= long_words or (words >= min_words and bool(SENTENCE_END_RE.search(text)))


def _hit(profile: SiteProfile, count: int) -> Hit:
    return Hit(SITE_BOILERPLATE_REASON, f"on {count} of {profile.pages} pages of {profile.site}")


def _at_least(share: float, pages: int, floor: int) -> int:
    return max(floor, math.ceil(share * pages))


@dataclass(frozen=True, slots=True)
class RepeatedBoilerplate:
    """Drop lines the page's site printed on most of its pages (needs a learnt profile)."""

    name: ClassVar[str] = "sites.repeated_boilerplate"
    profile: SiteProfile | None = None
    min_pages: int = 3  # distinct pages a site needs before anything is dropped
    min_share: float = 0.5  # of the site's pages a short line must be on
    min_count: int = 2  # and at least this many pages
    prose_min_share: float = 0.5  # the same for long sentence-like lines, which need
    prose_min_count: int = 3  # more pages: a story captured twice must survive
    prose_min_words: int = 12

    def __call__(self, doc: Document) -> Document:
        profile = self.profile
        if profile is None or profile.pages < self.min_pages or not profile.lines:
            return doc
        counts = {line.no: profile.count(line.text) for line in doc.lines}
        extra = self._story_copies(doc.lines, counts, profile.pages) - 1
        pages = profile.pages - extra
        if pages < self.min_pages:
            return doc
        hits = {
            line.no: _hit(profile, counts[line.no])
            for line in doc.lines
            if counts[line.no] - extra >= self._needed(line.text, pages)
        }
        return doc.drop(hits, self.name)

    def _prose(self, text: str) -> bool:
        return is_prose(text, self.prose_min_words)

    def _needed(self, text: str, pages: int) -> int:
        """Pages of ``pages`` a line must be on to be dropped."""
        if self._prose(text):
            return _at_least(self.prose_min_share, pages, self.prose_min_count)
        return _at_least(self.min_share, pages, self.min_count)

    def _story_copies(self, lines: Iterable[Line], counts: Mapping[int, int], pages: int) -> int:
        """How many of the site's pages carry this page's own story (the same story captured
        twice with another clock or sidebar): the median count of its prose lines, leaving
        out those repeated often enough to be boilerplate."""
        prose = [
            counts[line.no]
            for line in lines
            if self._prose(line.text) and counts[line.no] < self._needed(line.text, pages)
        ]
        return int(statistics.median_low(prose)) if prose else 1


@dataclass(frozen=True, slots=True)
class RepeatedParagraphs:
    """Drop paragraphs of the article the site printed on other pages (appeals, promos)."""

    name: ClassVar[str] = "sites.repeated_paragraph"
    profile: SiteProfile | None = None
    min_pages: int = 3
    min_share: float = 0.5  # of the site's pages a paragraph must be on
    min_count: int = 2
    prose_min_words: int = 12
    max_share: float = 0.5  # of the article's prose: more repeated than that, the story repeats

    def __call__(self, doc: Document) -> Document:
        profile = self.profile
        if profile is None or profile.pages < self.min_pages or not profile.lines:
            return doc
        needed = _at_least(self.min_share, profile.pages, self.min_count)
        prose = [(line, profile.count(line.text)) for line in doc.lines
                 if is_prose(line.text, self.prose_min_words)]
        repeated = [(line, count) for line, count in prose if count >= needed]
        total = sum(len(line.text) for line, _ in prose)
        if sum(len(line.text) for line, _ in repeated) >= self.max_share * total:
            return doc
        return doc.drop({line.no: _hit(profile, count) for line, count in repeated}, self.name)


SITE_STEPS = (RepeatedBoilerplate, RepeatedParagraphs)


def with_profile(steps: Iterable[object], profile: SiteProfile | None) -> tuple[object, ...]:
    """The steps with ``sites.repeated_boilerplate`` given the page's site profile."""
    return tuple(
        replace(step, profile=profile) if isinstance(step, SITE_STEPS) else step
        for step in steps
    )
