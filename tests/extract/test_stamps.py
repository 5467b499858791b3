"""Metadata stamps left in the body: remove date and byline lines, keep sentences."""

from __future__ import annotations

import pytest

from newsclean.extract import stamps

DATE_CASES = [
    ("Published on May 13, 2022 09:16 PM IST", "date_stamp"),
    ("Updated : 19 November 2019, 09:01 AM", "date_stamp"),
    ("Nov. 19, 2019 8:03 am ET", "date_stamp"),
    ("2019-11-13T23:06:00+01:00", "date_stamp"),
    ("This is first time Austin spoke to the Russian defence minister since February 18.", None),
    ("The Mach E was unveiled Sunday night ahead of the Los Angeles show.", None),
]


@pytest.mark.parametrize(
    ("text", "reason"),
    DATE_CASES,
    ids=["published-ist", "updated", "et", "iso", "sentence-with-date", "sentence-with-day"],
)
def test_date_stamp(text: str, reason: str | None) -> None:
    hit = stamps.date_stamp(text)
    assert (hit.reason if hit else None) == reason


BYLINE_CASES = [
    ("By Jane Doe and John Roe", "byline_stamp"),
    ("by Lewis White", "byline_stamp"),
    ("By the time the polls closed, turnout had doubled.", None),
    ("US Defence Secretary Lloyd Austin on Friday spoke to his Russian counterpart.", None),
]


@pytest.mark.parametrize(
    ("text", "reason"), BYLINE_CASES, ids=["two-names", "lowercase-by", "by-the-time", "sentence"]
)
def test_byline_stamp(text: str, reason: str | None) -> None:
    hit = stamps.byline_stamp(text)
    assert (hit.reason if hit else None) == reason


def test_filters_tuple_lists_every_filter() -> None:
    assert {f.__name__ for f in stamps.FILTERS} == {"date_stamp", "byline_stamp"}
