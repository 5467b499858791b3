"""The published and updated dates of a page, from its text lines.

Every date on the page is a candidate (``date_formats.scan`` reads them). A candidate scores for a
cue before it ("Published", "Aktualisiert am", a news-agency dateline), for standing on a line of
its own, for a printed time, and for sitting just below the headline; dates inside long sentences,
copyright lines, comment threads and dates after ``now`` are not publication dates. ``updated`` is
filled only from an updated cue.
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import regex

from newsclean.extract.date_formats import NUMERIC_PAIR_RE, Stamp, scan
from newsclean.extract.date_names import WEEKDAY_NAME

FLAGS = regex.IGNORECASE | regex.VERBOSE


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


PUBLISHED_CUE_RE = regex.compile(
    r"""(?<!\p{L})(?:
      (?:first\s+)?(?:published|posted|publish\s+date|released|created)  # English
    | date\s+published | publication\s+date | pubdate
    | veröffentlicht | erschienen | erstellt | publiziert                 # German
    | publié(?:e)? | mis\s+en\s+ligne | parution                        # French
    | publicad[oa] | publicación | pubblicat[oa] | publicação            # es, it, pt
    | gepubliceerd | geplaatst | opublikowan[oy] | publicerad | publiceret | publisert
    | julkaistu | опубликовано | публикация | publikováno | publikované | objavljeno
    | yayınlanma | publicat
    )(?!\p{L})""",
    FLAGS,
)
UPDATED_CUE_RE = regex.compile(
    r"""(?<!\p{L})(?:
      (?:last\s+)?(?:updated?|modified|edited|revised)                    # English
    | (?:zuletzt\s+)?(?:aktualisiert|geändert|bearbeitet) | aktualisierung | stand
    | mis\s+à\s+jour | modifié(?:e)? | actualizad[oa] | actualización     # fr, es
    | aggiornat[oa] | aggiornamento | atualizad[oa] | atualização          # it, pt
    | bijgewerkt | gewijzigd | zaktualizowano | aktualizacja | uppdaterad | opdateret
    | oppdatert | päivitetty | обновлено | aktualizováno | güncellenme | actualizat
    )(?!\p{L})""",
    FLAGS,
)
# A wire dateline opening the story: "WASHINGTON, Nov 19 (Reuters) -", "BERLIN (dpa), 19.11.2019 -"
DATELINE_BEFORE_RE = regex.compile(r"^\p{Lu}[\p{Lu}\s.'/-]{2,40}(?:\([^)]{1,30}\))?\s*[,:]\s*$")
DATELINE_AFTER_RE = regex.compile(r"^\s*(?:\([^)]{1,30}\))?\s*[-–—:]\s")
COPYRIGHT_RE = regex.compile(r"©|\(c\)\s*\d|\bcopyright\b|all\s+rights\s+reserved", FLAGS)
# The start of a comment thread: dates below it belong to readers' posts.
COMMENTS_RE = regex.compile(
    r"""^(?:\d+\s+)?(?:comments?|kommentare?|leserkommentare|commentaires?|comentarios?
    |commenti|reacties|responses|replies|leave\s+a\s+(?:reply|comment)|discussion
    |diskussion|\d+\s+thoughts?\s+on)\b""",
    FLAGS,
)
# Words that may share a line with a stamp without making it a sentence.
FILLER_RE = regex.compile(
    rf"""(?<!\p{{L}})(?: {WEEKDAY_NAME} | on | at | am | um | the | le | der | den | de | del | el
    | il | à | a | às | o | om | op | kl | klo | uhr | date | datum | fecha | data | dátum | time
    | by | ago | since | seit | heute | today | gmt | utc )(?!\p{{L}})""",
    FLAGS,
)
WORD_RE = regex.compile(r"\p{L}[\p{L}\p{M}'’.-]*")

# Scores: how much a cue, a stamp line, a printed time and the headline's neighbourhood count.
CUE_SCORES = {"published": 10.0, "dateline": 6.0, "updated": 4.0}
STAMP_LINE_BONUS = 3.0
TIME_BONUS = 1.0
NEAR_HEADLINE_BONUS = 4.0
SENTENCE_PENALTY = 8.0
COMMENTS_PENALTY = 4.0
# More words than this beside a date make its line a sentence, not a stamp.
MAX_STAMP_WORDS = 4
MAX_SENTENCE_WORDS = 12
# Lines after the headline that still count as its neighbourhood.
HEADLINE_REACH_LINES = 12
MIN_SCORE = -4.0


class Candidate(NamedTuple):
    found: DateFound
    score: float


def _extra_words(text: str, stamps: Sequence[Stamp]) -> list[str]:
    """The words of a line outside its dates, cues and fillers."""
    rest, pos = [], 0
    for stamp in stamps:
        rest.append(text[pos : stamp.start])
        pos = stamp.end
    rest.append(text[pos:])
    left = " ".join(rest)
    for pattern in (PUBLISHED_CUE_RE, UPDATED_CUE_RE, FILLER_RE):
        left = pattern.sub(" ", left)
    return WORD_RE.findall(left)


def is_date_line(text: str) -> bool:
    """The line is a date stamp (with its cue, weekday and time) and nothing else of substance.

    >>> is_date_line("Published on May 13, 2022 09:16 PM IST")
    True
    >>> is_date_line("The deal was signed on May 13, 2022 by both parties in Vienna.")
    False
    """
    stamps = scan(text)
    if not stamps or COPYRIGHT_RE.search(text):
        return False
    return len(_extra_words(text, stamps)) <= 1


def _cue(text: str, stamp: Stamp, prev_start: int, previous_line: str) -> str | None:
    """The cue governing a stamp: the last cue word between the previous date and this one."""
    before = text[prev_start : stamp.start]
    hits = [(m.end(), kind) for kind, pattern in (("published", PUBLISHED_CUE_RE),
                                                   ("updated", UPDATED_CUE_RE))
            for m in pattern.finditer(before)]
    if hits:
        return max(hits)[1]
    if prev_start == 0 and DATELINE_BEFORE_RE.match(before) and DATELINE_AFTER_RE.match(
        text[stamp.end :]
    ):
        return "dateline"
    if prev_start == 0 and not WORD_RE.search(before) and len(previous_line) <= 40:
        for kind, pattern in (("published", PUBLISHED_CUE_RE), ("updated", UPDATED_CUE_RE)):
            if pattern.search(previous_line):
                return kind
    return None


def _page_order(lines: Sequence[str]) -> str | None:
    """Day-first or month-first, as the page's unambiguous slash dates show ("19/11/2019")."""
    votes: Counter[str] = Counter()
    for line in lines:
        for m in NUMERIC_PAIR_RE.finditer(line):
            first, second = int(m["first"]), int(m["second"])
            if first > 12 >= second:
                votes["dmy"] += 1
            elif second > 12 >= first:
                votes["mdy"] += 1
    if len(votes) == 1:
        return next(iter(votes))
    return None


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


def _score(
    stamp: Stamp, cue: str | None, extra_words: int, place: float, has_copyright: bool
) -> float | None:
    if has_copyright and cue is None:
        return None
    score = place + (CUE_SCORES[cue] if cue else 0.0)
    if extra_words <= MAX_STAMP_WORDS:
        score += STAMP_LINE_BONUS
    elif extra_words > MAX_SENTENCE_WORDS and cue is None:
        score -= SENTENCE_PENALTY
    if "T" in (stamp.value or ""):
        score += TIME_BONUS
    if stamp.rule in ("relative", "numeric_dmy_dot_short"):
        score -= 1.0
    return score


def _line_candidates(
    lines: Sequence[str], i: int, stamps: list[Stamp], place: float
) -> list[Candidate]:
    text, previous = lines[i], lines[i - 1] if i else ""
    extra = len(_extra_words(text, stamps))
    copyright_line = bool(COPYRIGHT_RE.search(text))
    found, prev_end = [], 0
    for stamp in stamps:
        cue = _cue(text, stamp, prev_end, previous)
        prev_end = stamp.end
        score = _score(stamp, cue, extra, place, copyright_line)
        if stamp.value is None or score is None:
            continue
        date = DateFound(stamp.value, i, cue, stamp.rule, text[stamp.start : stamp.end])
        found.append(Candidate(date, score))
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
    >>> find_dates(["© 2019 Acme Media", "Prices rose on 4 May 2019, the agency said in a note."])
    Dates(published=None, updated=None, warnings=())
    """
    order = _page_order(lines)
    comments = _comments_start(lines, headline_index if headline_index is not None else -1)
    candidates: list[Candidate] = []
    all_stamps: list[Stamp] = []
    indices: list[int] = []
    for i, text in enumerate(lines):
        stamps = scan(text, now=now, language=language, order=order)
        if not stamps:
            continue
        all_stamps.extend(stamps)
        indices.extend([i] * len(stamps))
        place = _place_score(i, headline_index, len(lines)) - (COMMENTS_PENALTY * (i > comments))
        candidates.extend(_line_candidates(lines, i, stamps, place))
    if now is not None:
        candidates = [c for c in candidates if _day_of(c.found.value) <= now]
    candidates = [c for c in candidates if c.score >= MIN_SCORE]
    published = _best(candidates)
    updated = _best([c for c in candidates if c.found.cue == "updated"])
    if updated is not None and published is not None and updated.value <= published.value:
        updated = None if updated == published else updated
    warnings = _warnings(all_stamps, (published, updated), lines, indices)
    return Dates(published, updated, warnings)


def _best(candidates: Sequence[Candidate]) -> DateFound | None:
    if not candidates:
        return None
    return max(candidates, key=lambda c: (c.score, -c.found.index)).found


def parse_date(
    text: str, *, now: datetime.date | None = None, language: str | None = None
) -> list[tuple[str, str, int, int]]:
    """Every date in a string that reads one way only: (iso, rule, start, end).

    >>> parse_date("Updated : 19 November 2019, 09:01 AM")
    [('2019-11-19T09:01:00', 'day_month_year', 10, 37)]
    >>> parse_date("03/04/2019")
    []
    """
    return [(s.value, s.rule, s.start, s.end) for s in scan(text, now=now, language=language)
            if s.value is not None]
