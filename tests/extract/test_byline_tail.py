"""The last resorts of the byline finder: author boxes far from the head of the page.

Lines are copied from the trafilatura project's evaluation set (Apache-2.0).
"""

from __future__ import annotations

import pytest

from newsclean.extract.byline.find import find_byline
from newsclean.extract.byline.tail import author_box_at, name_over_box_at

# The head of a page that signs nowhere near its headline or its date.
HEAD = [
    "Volksbegehren zum Bedingungslosen Grundeinkommen (BGE)!",
    "Aktuell liegt beim Innenministerium ein Volksbegehren für ein Bedingungsloses Grundeinkommen"
    " in der Höhe von 1200 € für alle Menschen auf.",
    *["Die Digitalisierung schreitet voran. Dies beeinflusst alle Bereiche unseres Lebens."] * 25,
]


def test_a_name_labelled_as_the_author() -> None:
    page = [*HEAD, "Getaggt mit: BGE, Österreich, Piraten", "Harald Bauer Autor", "Partei"]
    found = find_byline(page, headline_index=0)
    assert found is not None
    assert (found.authors, found.rule) == (("Harald Bauer",), "author_box")


@pytest.mark.parametrize(
    "line", ["Neue Beiträge Autor", "Autor", "Lieblingsbuch Autor"], ids=["menu", "alone", "one"]
)
def test_what_is_no_name_labelled_as_the_author(line: str) -> None:
    assert author_box_at([line], 0) is None


@pytest.mark.parametrize(
    ("name", "box"),
    [
        ("Martin Junker", "Alles von Martin Junker"),
        (
            "Daniel Lemire",
            "A computer science professor at the University of Quebec (TELUQ). View all posts by"
            " Daniel Lemire",
        ),
        (
            "Philipp Sarasin",
            "Philipp Sarasin lehrt Geschichte der Neuzeit an der Universität Zürich. Er ist"
            " Mitbegründer des Zentrums Geschichte des Wissens.",
        ),
    ],
    ids=["posts_link_de", "posts_link_en", "bio"],
)
def test_a_name_over_an_author_box_that_names_it_again(name: str, box: str) -> None:
    found = name_over_box_at([name, box], 0)
    assert found is not None
    assert (found.authors, found.end_index) == ((name,), 1)


@pytest.mark.parametrize(
    ("name", "box"),
    [
        # a section heading over a sub-section's name
        ("NDR Info", "NDR Info Spezial"),
        # a heading over the short line that names it again
        ("Ferienhaus Feinen", "Ferienhaus Feinen mit Garten"),
        # a name over a line that names it without being its box
        ("Martin Junker", "Kontakt | +49 030 5683 8000 60"),
    ],
    ids=["section", "short_repeat", "no_box"],
)
def test_what_is_no_author_box(name: str, box: str) -> None:
    assert name_over_box_at([name, box], 0) is None


def test_an_author_box_takes_its_line_out_with_the_name() -> None:
    page = [*HEAD, "Martin Junker", "Alles von Martin Junker", "Kontakt"]
    found = find_byline(page, headline_index=0)
    assert found is not None
    assert (found.authors, found.index, found.end_index) == (("Martin Junker",), 27, 28)
