"""Site boilerplate learnt from a batch: the lines a site prints on page after page.

:class:`ProfileLearner` counts, per site and with bounded memory (8-byte hashes, a cap per site),
on how many distinct pages each normalised line appears. With the page's :class:`SiteProfile`,
``sites.repeated_boilerplate`` and ``sites.repeated_paragraph`` drop what the site printed on most
of its pages: menus, footers, appeals, in any language. Guards for the article: distinct pages, a
minimum of pages, more pages for long prose lines, a repeated story's copies discounted; the
extractors run before both steps.
"""

from __future__ import annotations

import hashlib
import json
import math
import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import PurePath
from typing import TYPE_CHECKING, ClassVar
from urllib.parse import urlsplit

import regex

from newsclean.errors import InputError
from newsclean.model import Document, Hit, Line

if TYPE_CHECKING:
    from newsclean.config import Config

DIGIT_RE = regex.compile(r"\d+")  # a run of digits, whatever its length
WORD_RE = regex.compile(r"\w+")

PROFILE_FORMAT = "newsclean-site-profiles"
PROFILE_VERSION = 1
LINE_KEY_DOC = "blake2b-64 of the line case folded, digit runs as 0, white space folded"
MAX_KEYS_PER_SITE = 20_000  # distinct line hashes counted per site before the rarest are pruned
MAX_PAGE_HASHES = 20_000  # page hashes remembered per site to skip a page captured twice


def line_key(text: str) -> int:
    """A line's 64-bit key: case folded, digit runs masked, white space folded, hashed.

    >>> line_key("Updated 12:30  PM") == line_key("updated 09:45 pm")
    True
    >>> line_key("Sign up") == line_key("Sign in")
    False
    """
    folded = " ".join(DIGIT_RE.sub("0", text.casefold()).split())
    digest = hashlib.blake2b(folded.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def site_of_url(url: str) -> str | None:
    """The site a page's address belongs to: its host, lower case, without "www.".

    >>> site_of_url("https://www.Example.com:8080/news/1.html")
    'example.com'
    >>> site_of_url("not a url") is None
    True
    """
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.")


def site_of_path(relative: str | PurePath) -> str | None:
    """The site of an input found by walking a folder: its parent folder, relative to the root.

    Files straight in the root are taken as pages of many sites and belong to none.

    >>> site_of_path("bbc.com/2018/story.txt")
    'bbc.com/2018'
    >>> site_of_path("story.txt") is None
    True
    """
    parent = PurePath(relative).parent.as_posix()
    return None if parent in ("", ".") else parent


def site_of_record(unit: str, source: str, meta: Mapping[str, object] | None = None) -> str | None:
    """The site of a batch record: the host of its address when it carries one (a JSONL
    ``url`` field, a WARC target URI as its source), else the folder of its input file.

    >>> site_of_record("dump.jsonl", "dump.jsonl:3", {"url": "https://www.vox.com/a/b"})
    'vox.com'
    >>> site_of_record("vox.com/page.txt", "/data/vox.com/page.txt")
    'vox.com'
    """
    url = meta.get("url") if meta else None
    for candidate in (url, source):
        if isinstance(candidate, str) and "://" in candidate and (site := site_of_url(candidate)):
            return site
    return site_of_path(unit)


# --- the profile ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SiteProfile:
    """What a batch learnt of one site: its distinct pages and its repeated line keys."""

    site: str
    pages: int
    lines: Mapping[int, int] = field(default_factory=dict)  # line key -> pages carrying it

    def __hash__(self) -> int:  # the mapping is not hashable; a Config holding it must be
        return hash((self.site, self.pages, len(self.lines)))

    def count(self, text: str) -> int:
        """On how many of the site's pages a line like ``text`` was seen (1 if not repeated)."""
        return self.lines.get(line_key(text), 1)


@dataclass(frozen=True, slots=True)
class SiteProfiles:
    """Learnt profiles by site key (host or folder)."""

    sites: Mapping[str, SiteProfile] = field(default_factory=dict)

    def __hash__(self) -> int:
        return hash(tuple(sorted(self.sites)))

    def get(self, site: str | None) -> SiteProfile | None:
        return self.sites.get(site) if site is not None else None

    def for_path(self, path: str | PurePath) -> SiteProfile | None:
        """The profile of a file's site: the longest tail of its folder that names one.

        >>> profiles = SiteProfiles({"bbc.com": SiteProfile("bbc.com", 4)})
        >>> profiles.for_path("/data/dumps/bbc.com/story.txt").pages
        4
        >>> profiles.for_path("story.txt") is None
        True
        """
        parts = PurePath(path).parent.parts
        for start in range(len(parts)):
            if found := self.sites.get("/".join(parts[start:])):
                return found
        return None

    def to_json(self) -> str:
        """The versioned JSON form (see README, "Site profiles"), deterministic."""
        sites = {
            site: {"pages": p.pages, "lines": {f"{k:016x}": n for k, n in sorted(p.lines.items())}}
            for site, p in sorted(self.sites.items())
        }
        record = {"format": PROFILE_FORMAT, "version": PROFILE_VERSION, "line_key": LINE_KEY_DOC,
                  "sites": sites}
        return json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> SiteProfiles:
        """Read profiles written by ``to_json``; InputError if the text is not one.

        >>> SiteProfiles.from_json(SiteProfiles().to_json())
        SiteProfiles(sites={})
        """
        try:
            record = json.loads(text)
            if record.get("format") != PROFILE_FORMAT or record.get("version") != PROFILE_VERSION:
                raise InputError(f"not a {PROFILE_FORMAT} version {PROFILE_VERSION} file")
            return cls({
                site: SiteProfile(site, int(entry["pages"]),
                                  {int(k, 16): int(n) for k, n in entry["lines"].items()})
                for site, entry in record["sites"].items()
            })
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise InputError(f"unreadable site profile: {exc}") from None


# --- learning -------------------------------------------------------------------------------


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


_SEGMENT_STEPS: list[object] = []


def page_lines(text: str) -> list[str]:
    """The lines of a page as the boilerplate step will see them (normalised, unbulleted).

    >>> page_lines("  * Home\\n\\nA story.\\n")
    ['Home', 'A story.']
    >>> page_lines("")
    []
    """
    # imported here: the pipeline imports this module for its step
    from newsclean.core import prepare
    from newsclean.pipeline import DEFAULT_STEPS, run

    if not _SEGMENT_STEPS:
        _SEGMENT_STEPS.extend(s for s in DEFAULT_STEPS if s.name.startswith("segment."))
    doc = run(prepare(text), _SEGMENT_STEPS)  # type: ignore[arg-type]
    return [line.text for line in doc.lines]


# --- the filter -----------------------------------------------------------------------------


# Closing punctuation of a sentence, possibly inside quotes or brackets.
SENTENCE_END_RE = regex.compile(r"[.!?…。！？][\"'”’»)\]]*\s*$")


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
    return Hit("site_boilerplate", f"on {count} of {profile.pages} pages of {profile.site}")


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


def config_for_record(config: Config, unit: str, source: str,
                      meta: Mapping[str, object] | None = None) -> Config:
    """``config`` with the record's site profile picked from ``config.site_profiles``."""
    if config.site_profiles is None:
        return config
    profile = config.site_profiles.get(site_of_record(unit, source, meta))
    return replace(config, site_profile=profile)


def with_profile(steps: Iterable[object], profile: SiteProfile | None) -> tuple[object, ...]:
    """The steps with ``sites.repeated_boilerplate`` given the page's site profile."""
    return tuple(
        replace(step, profile=profile) if isinstance(step, SITE_STEPS) else step
        for step in steps
    )
