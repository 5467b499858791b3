"""Metadata stamps left in the body: remove date and byline lines, keep sentences."""

from __future__ import annotations

import pytest

from newsclean.filters import structure

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
    hit = structure.date_stamp(text)
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
    hit = structure.byline_stamp(text)
    assert (hit.reason if hit else None) == reason


# Byline lines from the dev pages, each let through by one need of the gate alone, and lines the
# gate shuts out: without a cue word, a digit, a word of a date, a job title's word or a comma,
# no parser can read a line as a byline.
GATE_OPEN_CASES = [
    ("By Abigail Van Buren", "cue"),
    ("Jose Altoveros 2019-11-20 14:35:08", "digit"),
    ("Al Jazeera Correspondent", "title"),
    ("Charlie Wood, Business Insider", "comma"),
]
GATE_SHUT_CASES = [
    "Most Popular",
    "Marcus De Guzman",
    "Sign up for our newsletter",
    "The Morning Briefing",
]


@pytest.mark.parametrize(("text", "need"), GATE_OPEN_CASES, ids=[c[1] for c in GATE_OPEN_CASES])
def test_the_byline_gate_lets_each_kind_of_byline_through(text: str, need: str) -> None:
    assert structure.byline_stamp(text) is not None
    assert structure.GATES[structure.byline_stamp].admits(text), need


@pytest.mark.parametrize("text", GATE_SHUT_CASES)
def test_the_byline_gate_shuts_lines_no_parser_reads_as_a_byline(text: str) -> None:
    assert structure.byline_stamp(text) is None
    assert not structure.GATES[structure.byline_stamp].admits(text)


def test_the_byline_gate_lets_digits_other_than_ascii_through() -> None:
    """The bare parser's hint takes any digit, "٢" too: the gate words spell 0-9 alone."""
    gate = structure.GATES[structure.byline_stamp]
    assert gate.admits("Reuters ٢٠٢٠")
    assert not gate.admits("Reuters")


def test_filters_tuple_lists_every_filter() -> None:
    assert {f.__name__ for f in structure.FILTERS} == {"date_stamp", "byline_stamp"}
