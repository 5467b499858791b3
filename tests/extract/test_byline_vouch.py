"""The scan before a bare name's parse: a line with nothing that could vouch for a name, and
something that always opens a trailer, is no bare byline.

Lines are copied from the dev pages.
"""

from __future__ import annotations

import pytest

from newsclean.extract.byline.parse import GLUED_CUE_RE, GLUED_CUES, parse_bare_line
from newsclean.extract.byline.vouch import ASCII_VOUCH_MARK_RE, VOUCH_MARK_RE, may_be_vouched

# Bare bylines, each vouched for in its own way.
BYLINES = [
    "Chris Davies - Nov 19, 2019, 10:31 pm CST",
    "Nicole Collignon22. Februar 2020",
    "Shana Nys DambrotNovember 6, 2023",
    "Keris Lahiff @kerisalison",
    "Marcus De GuzmanView More Articles",
    "Associated Press November 19, 2019, 9:02 AM",
    "Tom Krisher, AP Auto Writer",
    "Michael Conroy, AP",
]
# Lines with a count, a number or an aside (which always cut the names) and no date.
NOT_BYLINES = [
    "Holocaust (1)",
    "Night Mode (iPhone 11)",
    "Guide to Thanksgiving Turkey Trots in CT 2019",
    "MacRumors Giveaway: Win a Leather Apple Watch Band From BluShark (5)",
    "Notícias da Fórmula 1",
]


@pytest.mark.parametrize("text", BYLINES)
def test_a_vouched_name_gets_through(text: str) -> None:
    assert parse_bare_line(text) is not None
    assert may_be_vouched(text)


@pytest.mark.parametrize("text", NOT_BYLINES)
def test_a_line_nothing_vouches_for_is_shut_out(text: str) -> None:
    assert not may_be_vouched(text)


@pytest.mark.parametrize("text", [*BYLINES, *NOT_BYLINES, "CHICAGO (AP)", "JUNE 9 -- Tour"])
def test_the_ascii_scan_finds_what_the_case_insensitive_search_finds(text: str) -> None:
    low = text.lower()
    assert (ASCII_VOUCH_MARK_RE.search(low) is None) == (VOUCH_MARK_RE.search(text) is None)


@pytest.mark.parametrize("text", ["ByHT News Desk", "VonJane Doe", "By Jane Doe", "Bylines"])
def test_a_glued_cue_opens_with_one_of_the_cues(text: str) -> None:
    assert text.startswith(GLUED_CUES) or GLUED_CUE_RE.match(text) is None
