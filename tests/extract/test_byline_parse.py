"""Byline lines read one at a time: cues and the names after them.

Lines are copied from the trafilatura project's evaluation set (Apache-2.0); one is made up to
pin a rule and says so.
"""

from __future__ import annotations

import pytest

from newsclean.extract.byline.parse import authors_of, parse_bare_line, parse_cue_line

CUE_LINES = [
    # "vom" (von dem): a blogger or a desk signing with its article
    ("vom Krimiblogger", ("Krimiblogger",), "vom_blogger"),
    (
        "Eingetragen am 3. Januar 2020, aktualisiert am 3. Januar 2020 vom Support Team",
        ("Support Team",),
        "vom_after_stamps",
    ),
    # a forum thread is signed by its first poster
    ("Themenstarter Pepemaus", ("Pepemaus",), "thread_starter_de"),
    # a site signing for itself after the label
    (
        "Datum: 13. April 2017 Autor: www.koffergepackt.com 2 Kommentare",
        ("www.koffergepackt.com",),
        "site_after_label",
    ),
    # a press release's publisher
    ("Herausgeber: Nordex SE", ("Nordex SE",), "publisher"),
    # an author box's heading
    ("About the Author - Florina Ionescu", ("Florina Ionescu",), "about_the_author"),
]


@pytest.mark.parametrize(
    ("line", "authors"), [c[:2] for c in CUE_LINES], ids=[c[2] for c in CUE_LINES]
)
def test_cue_lines(line: str, authors: tuple[str, ...]) -> None:
    found = parse_cue_line(line)
    assert found is not None
    assert found.authors == authors


@pytest.mark.parametrize(
    "line",
    [
        # "Vom" opening a line heads a title, not a byline
        "Vom Kescher in die Küche – Vorbereiten, filetieren und verwerten unserer Fänge mit Jörg"
        " Strehlow",
        # an address in a sentence is no signature
        "Weitere Infos unter www.itfjuniors.de.",
        # the label without its colon heads a menu
        "Herausgeber Nordex SE",
        # made up: the thread starter's label in a sentence
        "Themenstarter können ihre Beiträge später bearbeiten.",
    ],
    ids=["vom_title", "address_in_prose", "publisher_without_colon", "made_up_starter_prose"],
)
def test_not_cue_lines(line: str) -> None:
    assert parse_cue_line(line) is None


def test_a_user_name_that_starts_with_a_date_word_stays_whole() -> None:
    # "ThE" reads as the date word "the" only when no letter or underscore follows it
    found = parse_bare_line("26 Mai, 2008 | ThE_PaiN | Kommentare 34 |", allow_single=True)
    assert found is not None
    assert found.authors == ("ThE_PaiN",)


def test_remembered_segments_come_back_unchanged_after_a_caller_edits_its_copy() -> None:
    first = authors_of("Tom Krisher, AP Auto Writer")
    assert first is not None and first[0] == ("Tom Krisher",)
    first[1].clear()
    again = authors_of("Tom Krisher, AP Auto Writer")
    assert again is not None and [s.kind for s in again[1]] == ["person", "title"]
    assert authors_of("the time the polls closed") is None
