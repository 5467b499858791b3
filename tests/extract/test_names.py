"""Name pieces: job titles that open a line, and sites that sign for themselves.

Lines are copied from the trafilatura project's evaluation set (Apache-2.0) and the Scrapinghub
article-extraction benchmark (MIT).
"""

from __future__ import annotations

import pytest

from newsclean.extract.byline.names import opens_with_title, site_name


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Stellvertretende Pressesprecherin und Bereichsleitung Presse", True),
        ("Pressesprecher naturstrom AG", True),
        ("Chefredakteur", True),
        ("Herausgeber, Chefredakteur, V.i.S.d.P.", False),
        ("Travel, Amerika", False),
        ("Telefon +49 (0)40 / 49 07 11 06", False),
    ],
    ids=["modifier_and_head", "head_and_outlet", "head_alone", "publisher", "category", "phone"],
)
def test_opens_with_title(line: str, expected: bool) -> None:
    assert opens_with_title(line) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("uncut-news.ch", "uncut-news.ch"),
        ("www.koffergepackt.com 2 Kommentare", "www.koffergepackt.com"),
        ("Jane Doe", ""),
        ("", ""),
        ("Abgelegt in: Blogposts, News", ""),
    ],
    ids=["domain", "www_and_trailer", "person", "empty", "label"],
)
def test_site_name(text: str, expected: str) -> None:
    assert site_name(text) == expected
