"""The scan before the byline parsers: it lets every byline through and shuts out the rest."""

from __future__ import annotations

import pytest

from newsclean.extract.byline.find import is_byline_line
from newsclean.extract.byline.hint import may_be_byline
from newsclean.extract.byline.parse import parse_bare_line, parse_cue_line

# Byline lines from the dev pages, each let through by one need alone, and lines without a cue
# word, a digit, a word of a date, a job title's word or a comma, which no parser reads as one.
OPEN_CASES = [
    ("By Abigail Van Buren", "cue"),
    ("ByHT News Desk", "glued-cue"),
    ("Jose Altoveros 2019-11-20 14:35:08", "digit"),
    ("Al Jazeera Correspondent", "title"),
    ("Charlie Wood, Business Insider", "comma"),
]
SHUT_CASES = [
    "Most Popular",
    "Marcus De Guzman",
    "Sign up for our newsletter",
    "The Morning Briefing",
]


@pytest.mark.parametrize(("text", "need"), OPEN_CASES, ids=[c[1] for c in OPEN_CASES])
def test_each_kind_of_byline_gets_through(text: str, need: str) -> None:
    assert is_byline_line(text)
    assert may_be_byline(text), need


@pytest.mark.parametrize("text", SHUT_CASES)
def test_lines_no_parser_reads_as_a_byline_are_shut_out(text: str) -> None:
    assert not may_be_byline(text)
    assert parse_cue_line(text) is None and parse_bare_line(text) is None  # the parsers agree


def test_a_digit_outside_ascii_gets_through() -> None:
    """The bare parser's hint takes any digit, "٢" too: the needs spell 0-9 alone."""
    assert may_be_byline("Reuters ٢٠٢٠")
    assert not may_be_byline("Reuters")


def test_case_folding_keeps_a_cue() -> None:
    assert may_be_byline("BY JANE DOE") and may_be_byline("Wordſ: Jane Doe")
