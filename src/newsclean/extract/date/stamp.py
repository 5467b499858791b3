"""One date read out of a string (``Stamp``), and the pieces every reader of a format shares:
the years a stamp may have, a two-digit year made whole, the time printed beside a date.
"""

from __future__ import annotations

import datetime
from typing import NamedTuple

from newsclean.extract.date.names import is_weekday
from newsclean.extract.date.times import TIME_AFTER_RE, TIME_BEFORE_RE, time_part

# Years outside this range are page furniture (product numbers, founding years), not stamps.
MIN_YEAR, MAX_YEAR = 1990, 2099


class Stamp(NamedTuple):
    """One date found in a string. ``value`` is None when the day/month order is unknown; then
    ``readings`` holds the day-first and month-first values."""

    value: str | None
    rule: str
    start: int
    end: int
    readings: tuple[str, str] | None = None
    warning: str | None = None


def full_year(text: str, now: datetime.date | None) -> int:
    """A year as printed, two digits made whole: up to the reference day's (or 2040), this century.

    >>> full_year("19", None), full_year("87", None), full_year("2019", None)
    (2019, 1987, 2019)
    """
    year = int(text)
    if year >= 100:
        return year
    pivot = (now.year % 100) if now else 40
    return 2000 + year if year <= pivot else 1900 + year


def with_time(text: str, day: datetime.date, span: tuple[int, int]) -> Stamp:
    """The date's value with the time printed after (or else before) it, and the span grown."""
    start, end = span
    after = TIME_AFTER_RE.match(text, end)
    if after and (part := time_part(after, day))[0]:
        return Stamp(day.isoformat() + part[0], "", start, after.end(), warning=part[1])
    lead = max(0, start - 40)
    before = TIME_BEFORE_RE.search(text, lead, start)
    if before and before["weekday"] and not is_weekday(before["weekday"]):
        before = None
    if before and (part := time_part(before, day))[0]:
        return Stamp(day.isoformat() + part[0], "", before.start(), end, warning=part[1])
    return Stamp(day.isoformat(), "", start, end)


def valid_day(year: int, month: int, day: int) -> datetime.date | None:
    """The day, if it exists and its year is one a stamp may have (MIN_YEAR to MAX_YEAR).

    >>> valid_day(2019, 2, 29), valid_day(1887, 2, 1), valid_day(2019, 11, 19)
    (None, None, datetime.date(2019, 11, 19))
    """
    if not (MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12):
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None
