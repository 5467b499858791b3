"""The first pass of ``newsclean batch --learn-boilerplate`` and of ``newsclean learn``: read
every record of the batch's inputs and count, per site and with bounded memory (8-byte hashes, a
cap per site), on how many distinct pages each normalised line appears.

A page is split into lines as the pipeline's first steps split it, so learning sits above the
pipeline; the profiles it gives (``newsclean.sites.profile``) are read by the site steps.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsclean.batch.inputs import iter_units, read_input
from newsclean.batch.records import Fields, Task, iter_tasks, parse_record
from newsclean.core import prepare
from newsclean.errors import NewscleanError
from newsclean.pipeline import DEFAULT_STEPS, run
from newsclean.sites.profile import (
    MAX_KEYS_PER_SITE,
    MAX_PAGE_HASHES,
    SiteProfile,
    SiteProfiles,
    line_key,
    site_of_record,
)
from newsclean.text.normalize import decode


@dataclass(slots=True)
class _SiteCounter:
    """Running counts of one site, bounded by ``max_keys`` and ``max_page_hashes``."""

    pages: int = 0
    counts: dict[int, int] = field(default_factory=dict)
    page_hashes: set[int] = field(default_factory=set)

    def add(self, page_hash: int, keys: set[int], max_keys: int, max_page_hashes: int) -> None:
        if page_hash in self.page_hashes:
            return  # the same page captured again: one page, counted once
        if len(self.page_hashes) < max_page_hashes:
            self.page_hashes.add(page_hash)
        self.pages += 1
        for key in keys:
            self.counts[key] = self.counts.get(key, 0) + 1
        if len(self.counts) > max_keys:
            self._prune(max_keys // 2)

    def _prune(self, keep: int) -> None:
        """Forget the least-seen keys: boilerplate is seen often, so it survives."""
        ranked = sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))
        self.counts = dict(ranked[:keep])


@dataclass(slots=True)
class ProfileLearner:
    """Count, per site, on how many distinct pages each normalised line appears.

    >>> learner = ProfileLearner()
    >>> for story in ("One", "Two", "Three"):
    ...     learner.add("example.com", f"Menu\\n{story} happened today.\\nFooter")
    >>> profile = learner.profiles().get("example.com")
    >>> profile.pages, profile.count("Menu"), profile.count("Two happened today.")
    (3, 3, 1)
    """

    max_keys: int = MAX_KEYS_PER_SITE
    max_page_hashes: int = MAX_PAGE_HASHES
    _sites: dict[str, _SiteCounter] = field(default_factory=dict)

    def add(self, site: str | None, text: str) -> None:
        """Count one page of ``site``; a page without a site is not counted."""
        if site is not None:
            self.add_lines(site, page_lines(text))

    def add_lines(self, site: str, lines: Iterable[str]) -> None:
        """Count one page given as its lines (as ``page_lines`` splits a text)."""
        lines = list(lines)
        page_hash = line_key("\n".join(lines))
        counter = self._sites.setdefault(site, _SiteCounter())
        counter.add(page_hash, {line_key(t) for t in lines}, self.max_keys, self.max_page_hashes)

    def profiles(self, min_count: int = 2) -> SiteProfiles:
        """The profiles so far, keeping the keys seen on at least ``min_count`` pages."""
        out = {}
        for site, counter in sorted(self._sites.items()):
            lines = {k: n for k, n in sorted(counter.counts.items()) if n >= min_count}
            out[site] = SiteProfile(site, counter.pages, lines)
        return SiteProfiles(out)


def learn_profiles(pages: Iterable[tuple[str | None, str]], *,
                   max_keys: int = MAX_KEYS_PER_SITE) -> SiteProfiles:
    """Learn profiles from ``(site, text)`` pairs (the first pass of a batch).

    >>> pages = [("a.org", f"Home | News\\nStory {n}") for n in "xyz"] + [(None, "Home | News")]
    >>> learn_profiles(pages).get("a.org").count("home | news")
    3
    >>> learn_profiles(pages).get("b.org") is None
    True
    """
    learner = ProfileLearner(max_keys=max_keys)
    for site, text in pages:
        learner.add(site, text)
    return learner.profiles()


# the renderer-flavour steps, which decide what a line is before anything is dropped
SEGMENT_STEPS = tuple(s for s in DEFAULT_STEPS if s.name.startswith("segment."))


def page_lines(text: str) -> list[str]:
    """The lines of a page as the boilerplate step will see them (normalised, unbulleted).

    >>> page_lines("  * Home\\n\\nA story.\\n")
    ['Home', 'A story.']
    >>> page_lines("")
    []
    """
    doc = run(prepare(text), SEGMENT_STEPS)
    return [line.text for line in doc.lines]


def site_pages(inputs: tuple[Path, ...], pattern: str | None, input_format: str | None,
               fields: Fields) -> Iterator[tuple[str | None, str]]:
    """``(site, text)`` of every readable record; unreadable ones are left to the cleaning
    pass, which reports them."""
    for unit in iter_units(inputs, pattern, input_format):
        for task in iter_tasks(unit, fields):
            if task.fields is not None:
                task = parse_record(task)
            text = _text(task)
            if text is not None:
                yield site_of_record(task.unit, task.source, task.meta), text


def _text(task: Task) -> str | None:
    payload = task.payload
    if task.error is not None or payload is None:
        return None
    if isinstance(payload, str):
        return payload
    try:
        data = read_input(payload) if isinstance(payload, Path) else payload
        return decode(data).text
    except NewscleanError:
        return None


def learn_inputs(inputs: tuple[Path, ...], pattern: str | None = None,
                 input_format: str | None = None, fields: Fields | None = None) -> SiteProfiles:
    """Site profiles learnt from a batch's inputs (folders, text, JSONL or WARC files)."""
    return learn_profiles(site_pages(inputs, pattern, input_format, fields or Fields()))
