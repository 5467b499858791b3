"""Dates of the Solar Hijri calendar, Iran's and Afghanistan's ("۲۹ بهمن ۱۳۹۸" is 2020-02-18).

A year begins at the March equinox, so the calendar follows the sun, not a fixed leap rule.
The day of that new year (1 Farvardin) is found with the leap-year breaks published by Kazimierz
Borkowski (also the basis of the widely used "jalaali" libraries), valid for years -61 to 3177;
the months then run six of 31 days, five of 30 and one of 29 or 30.
"""

from __future__ import annotations

import datetime
from types import MappingProxyType

# Years where the 33-year cycle of leap years is broken, and where its count restarts.
BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262,
          2324, 2394, 2456, 3178)
FIRST_YEAR, LAST_YEAR = BREAKS[0], BREAKS[-1] - 1
YEAR_OFFSET = 621  # a Solar Hijri year begins in March of this many years later

# The month names, in the Persian letters (ی, ک) that read_name() folds Arabic ones (ي, ك) to;
# Mordad is also written Amordad.
MONTHS = MappingProxyType({
    "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5, "شهریور": 6,
    "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
})
ARABIC_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "\u200c": None})


def month_number(name: str) -> int | None:
    """The month a Solar Hijri month name stands for, in Persian or Arabic letters.

    >>> month_number("ارديبهشت"), month_number("بهمن"), month_number("Bahman")
    (2, 11, None)
    """
    return MONTHS.get(name.translate(ARABIC_LETTERS))


def new_year(year: int) -> datetime.date:
    """The Gregorian day of 1 Farvardin of a Solar Hijri year.

    >>> new_year(1399), new_year(1404)
    (datetime.date(2020, 3, 20), datetime.date(2025, 3, 21))
    """
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"Solar Hijri year out of range: {year}")
    leap_days = -14  # leap days of the Solar Hijri calendar before the year, counted from BREAKS
    start, jump = BREAKS[0], 0
    for end in BREAKS[1:]:
        jump = end - start
        if year < end:
            break
        leap_days += jump // 33 * 8 + jump % 33 // 4
        start = end
    into = year - start
    leap_days += into // 33 * 8 + (into % 33 + 3) // 4
    if jump % 33 == 4 and jump - into == 4:
        leap_days += 1
    gregorian = year + YEAR_OFFSET
    gregorian_leap_days = gregorian // 4 - (gregorian // 100 + 1) * 3 // 4 - 150
    return datetime.date(gregorian, 3, 1) + datetime.timedelta(
        days=19 + leap_days - gregorian_leap_days)


def to_gregorian(year: int, month: int, day: int) -> datetime.date | None:
    """The Gregorian date of a Solar Hijri one; None for a day that does not exist.

    >>> to_gregorian(1398, 11, 29), to_gregorian(1399, 2, 21), to_gregorian(1399, 7, 31)
    (datetime.date(2020, 2, 18), datetime.date(2020, 5, 10), None)
    """
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        return None
    if not FIRST_YEAR <= year < LAST_YEAR:  # the next year's start bounds Esfand
        return None
    first = new_year(year)
    found = first + datetime.timedelta(days=(month - 1) * 31 - month // 7 * (month - 7) + day - 1)
    if month == 12 and found >= new_year(year + 1):
        return None  # 30 Esfand of a common year
    return found
