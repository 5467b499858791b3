"""Tests for the Solar Hijri calendar: Nowruz as Iran kept it, and the month lengths."""

from __future__ import annotations

import datetime

import pytest

from newsclean.extract.date.solar_hijri import month_number, new_year, to_gregorian


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (1354, datetime.date(1975, 3, 21)),
        (1375, datetime.date(1996, 3, 20)),
        (1396, datetime.date(2017, 3, 21)),
        (1399, datetime.date(2020, 3, 20)),
        (1403, datetime.date(2024, 3, 20)),
        (1404, datetime.date(2025, 3, 21)),
    ],
)
def test_new_year_falls_on_the_march_equinox_day(year: int, expected: datetime.date) -> None:
    assert new_year(year) == expected


def test_the_year_is_its_months_end_to_end() -> None:
    for year in range(1350, 1480):
        last = to_gregorian(year, 12, 30) or to_gregorian(year, 12, 29)
        assert last is not None
        assert last + datetime.timedelta(days=1) == new_year(year + 1)
        assert to_gregorian(year, 6, 31) is not None and to_gregorian(year, 7, 31) is None


def test_esfand_30_exists_in_leap_years_only() -> None:
    assert to_gregorian(1403, 12, 30) == datetime.date(2025, 3, 20)  # 1403 is a leap year
    assert to_gregorian(1402, 12, 30) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [("فروردین", 1), ("ارديبهشت", 2), ("تير", 4), ("امرداد", 5), ("دی", 10), ("دي", 10),
     ("اسفند", 12), ("Farvardin", None), ("شوال", None)],
)
def test_month_names_in_persian_and_arabic_letters(name: str, expected: int | None) -> None:
    assert month_number(name) == expected
