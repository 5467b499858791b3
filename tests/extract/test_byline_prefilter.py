"""The cheap tests before the byline parsers' costly steps: they let through every line the
steps would read as a byline. A line with nothing that could vouch for a bare name, and something
that always opens a trailer, is no bare byline; a cue is looked for only where one may be.

Lines are copied from the dev pages or made up to pin a rule.
"""

from __future__ import annotations

import pytest
import regex

from newsclean.extract.byline.names import INNER_CUE_INITIALS, segments
from newsclean.extract.byline.parse import (
    ASCII_CUE_HINT_RE,
    CREDIT_INITIALS,
    CUE_ALONE_ENDS,
    CUE_ALONE_RE,
    CUE_HINT_RE,
    GLUED_CUE_RE,
    GLUED_CUES,
    TRAILER_OPENERS,
    TRAILER_RE,
    holds_cue_hint,
    parse_bare_line,
)
from newsclean.extract.byline.vouch import (
    ASCII_VOUCH_MARK_RE,
    VOUCH_HINT_RE,
    VOUCH_MARK_RE,
    may_be_vouched,
    vouch_hinted,
)

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


def test_the_folded_characters_are_listed() -> None:
    """The cheap tests before CUE_ALONE_RE, CREDIT_RE and INNER_CUE_RE list each character that a
    case-insensitive search matches with the letters they look for, on every character."""
    every = [chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000]
    for letter in "ynrsр":
        pattern = regex.compile(regex.escape(letter), regex.IGNORECASE)
        assert {c for c in every if pattern.fullmatch(c)} <= CUE_ALONE_ENDS
    for letter in "cpfbiqsg":
        pattern = regex.compile(regex.escape(letter), regex.IGNORECASE)
        assert {c for c in every if pattern.fullmatch(c)} <= CREDIT_INITIALS
    for letter in INNER_CUE_INITIALS:
        pattern = regex.compile(regex.escape(letter), regex.IGNORECASE)
        assert all(not c.isascii() or c.lower() == letter for c in every if pattern.fullmatch(c))


@pytest.mark.parametrize(
    "text", ["By", "Written by:", "Autor*in", "Auteur(s) :", "Автор", "Herausgeber:", "AUTHORS"]
)
def test_a_cue_alone_ends_with_a_listed_character(text: str) -> None:
    assert CUE_ALONE_RE.match(text) and text[-1] in CUE_ALONE_ENDS


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Jane Doe, BY AP", True),
        ("Autor*in: Jane Doe", True),
        ("Words : Jane Doe", True),
        ("Baby steps", False),
        ("Bylines", False),
        ("Vom Winde verweht", True),
    ],
)
def test_the_ascii_cue_hint_finds_every_cue(text: str, cues: bool) -> None:
    assert holds_cue_hint(text) is cues
    assert holds_cue_hint(text) or CUE_HINT_RE.search(text) is None


def test_the_ascii_cue_hint_drops_what_the_standard_engine_reads_otherwise() -> None:
    # read off CUE_HINT_RE's source: an edit of that source must keep the two parts it replaces
    assert "(?-i:" not in ASCII_CUE_HINT_RE.pattern
    assert r"[^\s:]" not in ASCII_CUE_HINT_RE.pattern


def test_a_space_or_soft_separator_word_is_a_word_to_str_split() -> None:
    """_soft_split() looks for the joining words among str.split()'s words: every character the
    split's "\\s" matches is a space to str.split() too."""
    space = regex.compile(r"\s")
    assert all(c.isspace() for c in map(chr, range(0x110000)) if space.fullmatch(c))
    assert [s.kind for s in segments("Meg Kinnard and Errin Haines, Associated Press")] == [
        "person",
        "person",
        "org",
    ]


@pytest.mark.parametrize(
    "text", ["Jane Doe 2 HOURS AGO", "Inga Hoeltmann Follow", "Jane Doe, AP", "Vor Ort", "ab@c"]
)
def test_the_ascii_vouch_hint_is_the_case_insensitive_search(text: str) -> None:
    assert vouch_hinted(text) is (VOUCH_HINT_RE.search(text) is not None)


@pytest.mark.parametrize("opener", sorted(TRAILER_OPENERS))
def test_a_trailer_opener_after_a_separator_opens_the_trailer(opener: str) -> None:
    for lead in ("", " | ", "— "):
        match = TRAILER_RE.search(f"{lead}{opener}x Jane Doe")
        assert match is not None and match.start() <= len(lead)
