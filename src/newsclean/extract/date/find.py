"""The published and updated dates of a page, from its text lines.

Every date on the page is a candidate (``date_formats.scan`` reads them). A candidate scores for a
cue before it ("Published", "Aktualisiert am", a news-agency dateline), for standing on a line of
its own, for a printed time, and for sitting just below the headline; dates inside long sentences,
copyright lines, comment threads and dates after ``now`` are not publication dates. ``updated`` is
filled only from an updated cue.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from newsclean.extract.date.cues import (
    COMMENTS_RE,
    COPYRIGHT_RE,
    EMBED_BEFORE_RE,
    REPLY_RE,
    RIGHTS_RE,
    after_sentence,
    cue_of,
    drop_fillers,
    extra_words,
    is_period,
    weekday_led,
)
from newsclean.extract.date.formats import DIGIT_RE, YEARLESS_RULES, scan
from newsclean.extract.date.page import page_of, scan_page
from newsclean.extract.date.stamp import Stamp


@dataclass(frozen=True, slots=True)
class DateFound:
    """A date picked from the page, with where and how it was read."""

    value: str  # ISO 8601: with time and offset when printed, else "YYYY-MM-DD"
    index: int  # index into ``lines`` of the line it came from
    cue: str | None  # "published", "updated", "dateline" or None
    rule: str  # the format that matched: "month_day_year", "iso", ...
    text: str  # the matched text as printed


@dataclass(frozen=True, slots=True)
class Dates:
    """The page's published and updated dates, and what was guessed or skipped on the way."""

    published: DateFound | None
    updated: DateFound | None
    warnings: tuple[str, ...] = ()


# Scores: how much a cue, a stamp line, a printed time and the headline's neighbourhood count.
CUE_SCORES = {"published": 10.0, "dateline": 6.0, "updated": 1.5}
STAMP_LINE_BONUS = 3.0
TIME_BONUS = 1.5
NEAR_HEADLINE_BONUS = 4.0
SENTENCE_PENALTY = 8.0
COMMENTS_PENALTY = 4.0
# More words than this beside a date make its line a sentence, not a stamp.
MAX_STAMP_WORDS = 4
MAX_NAME_WORDS = 8
MAX_SENTENCE_WORDS = 10
MIN_SENTENCE_LOWER_SHARE = 0.4
# The top share of a page where a weekday-and-date line is the site's banner, not a stamp.
BANNER_TOP_SHARE = 0.15
BANNER_PENALTY = 3.0
# Lines after the headline that still count as its neighbourhood.
HEADLINE_REACH_LINES = 12
MIN_SCORE = -4.0
# Dated lines this close together are a list (teasers, archive, comments), not the article's stamp.
LIST_REACH_LINES = 3
MIN_LIST_LINES = 3
LIST_PENALTY = 3.0
# A date with no cue before a date with an updated cue is the published date ("X Updated Y").
BEFORE_UPDATE_BONUS = 3.0


class Candidate(NamedTuple):
    found: DateFound
    score: float
    embedded: bool = False  # the date of a quoted post ("— Jane Doe (@janedoe) May 2, 2020")


# Answers remembered: several steps ask the same question of the same line.
CACHED_LINES = 4096


def is_date_line(text: str) -> bool:
    """The line is a date stamp (with its cue, weekday and time) and nothing else of substance.

    >>> is_date_line("Published on May 13, 2022 09:16 PM IST")
    True
    >>> is_date_line("The deal was signed on May 13, 2022 by both parties in Vienna.")
    False
    >>> is_date_line("Updated yesterday")  # no digit: scan() without a reference day finds none
    False
    """
    # Without a reference day scan() reads only dates written in digits, and most lines a filter
    # pass asks about hold none: one search answers them for less than the cache's bookkeeping.
    return DIGIT_RE.search(text) is not None and _is_date_line(text)


@functools.lru_cache(maxsize=CACHED_LINES)
def _is_date_line(text: str) -> bool:
    stamps = scan(text)
    if not stamps or COPYRIGHT_RE.search(text) or RIGHTS_RE.search(text):
        return False
    return len(extra_words(text, stamps)) <= 1 and not is_period(text, stamps)


def _comments_start(lines: Sequence[str], after: int) -> int:
    for i in range(after + 1, len(lines)):
        if len(lines[i]) <= 60 and COMMENTS_RE.match(lines[i]):
            return i
    return len(lines)


def _place_score(i: int, headline_index: int | None, n_lines: int) -> float:
    """Near the headline (mostly just below it) or, with no headline, near the page top."""
    if headline_index is None:
        return -3.0 * i / max(n_lines, 1)
    d = i - headline_index
    if 0 < d <= HEADLINE_REACH_LINES:
        return NEAR_HEADLINE_BONUS - 0.25 * d
    if -6 <= d <= 0:
        return NEAR_HEADLINE_BONUS / 2 + 0.25 * d
    return -min(4.0, abs(d) / 30)


def _is_sentence(words: Sequence[str]) -> bool:
    """Many words, most in lower case: prose, not a byline or a teaser's meta line."""
    if len(words) <= MAX_SENTENCE_WORDS:
        return False
    lower = sum(1 for w in words if w[0].islower())
    return lower / len(words) >= MIN_SENTENCE_LOWER_SHARE


def _is_stamp(words: Sequence[str]) -> bool:
    """Few words beside the date, or a few more that are all names ("Benjamin Triebe, London")."""
    if len(words) <= MAX_STAMP_WORDS:
        return True
    return len(words) <= MAX_NAME_WORDS and all(w[0].isupper() for w in words)


def _banner(text: str, stamp: Stamp, cue: str | None, words: Sequence[str]) -> bool:
    """Today's date in the site's header: a weekday and a date alone, no time, no cue."""
    return (
        cue is None
        and not words
        and "T" not in (stamp.value or "")
        and weekday_led(text)
    )


def _copyrighted(text: str, stamp: Stamp) -> bool:
    """The date is a copyright year's neighbour ("© 2019", "All rights reserved")."""
    return bool(RIGHTS_RE.search(text) or COPYRIGHT_RE.search(text, max(0, stamp.start - 15),
                                                                stamp.start))


# Stamps that say less than a full date, beaten by one that says it all: relative ("3 hours ago")
# and yearless ones (read against a reference day), and the short dotted date ("19.11.19").
YEARLESS = frozenset(rule for rule, _ in YEARLESS_RULES)
WEAK_RULES = frozenset({"relative", "numeric_dmy_dot_short", *YEARLESS})


def _score(
    stamp: Stamp, cue: str | None, words: Sequence[str], place: float, prose: bool
) -> float:
    score = place + (CUE_SCORES[cue] if cue else 0.0)
    if _is_stamp(words):
        score += STAMP_LINE_BONUS
    elif cue is None and prose:
        score -= SENTENCE_PENALTY
    if "T" in (stamp.value or ""):
        score += TIME_BONUS
    if stamp.rule in WEAK_RULES:
        score -= 1.0
    return score


def _line_candidates(
    lines: Sequence[str], i: int, stamps: list[Stamp], place: float
) -> list[Candidate]:
    text, previous = lines[i], lines[i - 1] if i else ""
    all_words = extra_words(text, stamps, fillers=False)
    # _is_stamp() and _banner() count these words no further than a stamp of names has them
    words = drop_fillers(all_words, most=MAX_NAME_WORDS + 1)
    sentence = _is_sentence(all_words)
    if REPLY_RE.search(previous) or REPLY_RE.search(text):
        place -= COMMENTS_PENALTY
    found, prev_end = [], 0
    for stamp in stamps:
        cue = cue_of(text, stamp, prev_end, previous)
        prev_start, prev_end = prev_end, stamp.end
        if stamp.value is None or _copyrighted(text, stamp):
            continue
        trailing = stamp.end >= len(text) - 2 and after_sentence(text, stamp.start)
        embedded = EMBED_BEFORE_RE.search(text, prev_start, stamp.start) is not None
        score = _score(stamp, cue, words, place, sentence and not trailing)
        if i < BANNER_TOP_SHARE * len(lines) and _banner(text, stamp, cue, words):
            score -= BANNER_PENALTY
        date = DateFound(stamp.value, i, cue, stamp.rule, text[stamp.start : stamp.end])
        found.append(Candidate(date, score, embedded))
    for k in range(len(found) - 1):
        if found[k].found.cue is None and found[k + 1].found.cue == "updated":
            found[k] = found[k]._replace(score=found[k].score + BEFORE_UPDATE_BONUS)
    return found


def _day_of(value: str) -> datetime.date:
    return datetime.date.fromisoformat(value[:10])


def _warnings(stamps: Sequence[Stamp], chosen: Sequence[DateFound | None], lines: Sequence[str],
              indices: Sequence[int]) -> tuple[str, ...]:
    notes: list[str] = []
    for i, stamp in zip(indices, stamps, strict=True):
        if stamp.value is None and stamp.readings:
            notes.append(f"day/month order ambiguous: {lines[i][stamp.start:stamp.end]} skipped")
    for date in chosen:
        for i, stamp in zip(indices, stamps, strict=True):
            if date and i == date.index and stamp.warning and stamp.value == date.value:
                notes.append(stamp.warning)
    return tuple(dict.fromkeys(notes))


def find_dates(
    lines: Sequence[str],
    *,
    now: datetime.date | None = None,
    headline_index: int | None = None,
    language: str | None = None,
) -> Dates:
    """The page's published and updated dates.

    >>> lines = ["Storm hits coast", "Updated: 20 November 2019", "Published: 19 November 2019"]
    >>> found = find_dates(lines, headline_index=0)
    >>> found.published.value, found.updated.value
    ('2019-11-19', '2019-11-20')
    >>> find_dates(["© 2019 Acme Media", "Scooter Braun and Scott Borchetta pose for a photo at a "
    ...             "private residence on June 28, 2019 in Montecito, California."])
    Dates(published=None, updated=None, warnings=())
    """
    page = page_of(lines)
    comments = _comments_start(lines, -1 if headline_index is None else headline_index)
    candidates: list[Candidate] = []
    all_stamps: list[Stamp] = []
    indices: list[int] = []
    for i, stamps in scan_page(lines, now, language, page):
        all_stamps.extend(stamps)
        indices.extend([i] * len(stamps))
        place = _place_score(i, headline_index, len(lines)) - (COMMENTS_PENALTY * (i > comments))
        candidates.extend(_line_candidates(lines, i, stamps, place))
    candidates = _listing_penalty(_above_update(candidates))
    if now is not None:
        candidates = [c for c in candidates if _day_of(c.found.value) <= now]
    # a page that quotes posts was written on the day of the latest one or after: a last resort
    latest_post = max((c.found for c in candidates if c.embedded), default=None,
                      key=lambda found: found.value)
    candidates = [c for c in candidates if c.score >= MIN_SCORE and not c.embedded]
    # a date whose year the page does not print is taken only where the page prints no full one
    full = [c for c in candidates if c.found.rule not in YEARLESS]
    published = _best(full) or _best(candidates) or latest_post
    updated = _best([c for c in full or candidates if c.found.cue == "updated"])
    if updated is not None and published is not None and updated.value < published.value:
        updated = None  # an update before the publication is some other date
    warnings = _warnings(all_stamps, (published, updated), lines, indices)
    return Dates(published, updated, warnings)


def _above_update(candidates: list[Candidate]) -> list[Candidate]:
    """A date with no cue on the line above an updated stamp is the published one
    ("07:34, 3 NOV 2023" / "Updated 09:52, 3 NOV 2023")."""
    updated = {c.found.index: c.found.value for c in candidates if c.found.cue == "updated"}
    return [
        c._replace(score=c.score + BEFORE_UPDATE_BONUS)
        if c.found.cue is None
        and c.found.index not in updated
        and c.found.value <= updated.get(c.found.index + 1, "")
        else c
        for c in candidates
    ]


def _listing_penalty(candidates: list[Candidate]) -> list[Candidate]:
    """Lower the dates of lines that stand in a run of dated lines: a list, not a stamp.

    The run's first line is spared: the article's own stamp often heads a list of related
    stories that follows it; the list's last item is as much a teaser as its middle ones."""
    crowded = set()
    for run in _runs(sorted({c.found.index for c in candidates})):
        if len(run) >= MIN_LIST_LINES:
            crowded.update(run[1:])
    # a cue repeated down a list ("veröffentlicht am ...") is worth half as much
    return [
        c._replace(score=c.score - LIST_PENALTY - CUE_SCORES.get(c.found.cue or "", 0.0) / 2)
        if c.found.index in crowded
        else c
        for c in candidates
    ]


def _runs(dated: Sequence[int]) -> list[list[int]]:
    """The dated line indices cut into runs where each is at most LIST_REACH_LINES after the
    one before: a teaser list's first and last items belong to it as much as the middle ones.

    >>> _runs([3, 6, 9, 11, 30])
    [[3, 6, 9, 11], [30]]
    """
    runs: list[list[int]] = []
    for i in dated:
        if runs and i - runs[-1][-1] <= LIST_REACH_LINES:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _best(candidates: Sequence[Candidate]) -> DateFound | None:
    if not candidates:
        return None
    return max(candidates, key=lambda c: (c.score, -c.found.index)).found


def parse_date(
    text: str, *, now: datetime.date | None = None, language: str | None = None
) -> list[tuple[str, str, int, int]]:
    """Every date in a string that reads one way only: (iso, rule, start, end).

    >>> parse_date("Updated : 19 November 2019, 09:01 AM")
    [('2019-11-19T09:01:00', 'day_month_year', 10, 36)]
    >>> parse_date("03/04/2019")
    []
    """
    return [(s.value, s.rule, s.start, s.end) for s in scan(text, now=now, language=language)
            if s.value is not None]
