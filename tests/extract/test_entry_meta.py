"""The meta line of a blog post: the author beside the post's date printed twice."""

from __future__ import annotations

import pytest

from newsclean.extract.byline.entry_meta import doubled_date_author
from newsclean.extract.byline.find import find_byline


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Tine 2. Februar 2020 2. Februar 2020 Radtouren Berlin", "Tine"),
        ("November 26, 2017 November 26, 2017 tlow btw17, Bundestagswahl", "tlow"),
        ("Marcel Fehr 14.03.2021 14.03.2021 Allgemein", "Marcel Fehr"),
        ("Tine 2. Februar 2020 2. Februar 2020Radtouren Berlin", "Tine"),  # inscriptis glues
    ],
)
def test_the_word_beside_a_doubled_date_is_the_author(line: str, author: str) -> None:
    found = doubled_date_author(line)
    assert found is not None
    assert found.authors == (author,)


@pytest.mark.parametrize(
    "line",
    [
        "Tine 2. Februar 2020 Radtouren Berlin",  # one stamp: nothing marks the meta line
        "Posted 2. Februar 2020 2. Februar 2020",  # a label, not a name
        "Updated November 26, 2017 November 26, 2017",
        "By 26.11.2017 26.11.2017",
        "2. Februar 2020 3. Februar 2020 Tine",  # two dates, not one printed twice
        "Die Radtour führte am 2. Februar 2020 2. Februar 2020 durch Friedrichsfelde",
        "12.02.2020 12.02.2020",
    ],
)
def test_no_author_without_a_doubled_date_and_a_name(line: str) -> None:
    assert doubled_date_author(line) is None


def test_the_meta_line_under_the_headline_names_the_author() -> None:
    page = [
        "Radtour durch Friedrichsfelde, Karlshorst und Schöneweide",
        "Tine 2. Februar 2020 2. Februar 2020 Radtouren Berlin",
        "Der Osten Berlins hat mehr zu bieten als Plattenbauten.",
    ]
    found = find_byline(page, headline_index=0, date_index=1)
    assert found is not None
    assert (found.authors, found.index, found.rule) == (("Tine",), 1, "entry_meta")
