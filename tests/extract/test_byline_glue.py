"""Names freed of what a page glued to them.

Lines are copied from the trafilatura project's evaluation set (Apache-2.0).
"""

from __future__ import annotations

import pytest

from newsclean.extract.byline.glue import without_page_labels


@pytest.mark.parametrize(
    ("name", "page", "expected"),
    [
        # the site's name, printed alone in the page's head
        (
            "Sarah Schnieder Reiterrevue International",
            ["Reiterrevue International", "Heulage: Besser als ihr Ruf?"],
            "Sarah Schnieder",
        ),
        # a category, printed alone in the menu
        ("Markus Elsberger Netzwerk", ["Windows", "Netzwerk"], "Markus Elsberger"),
        # the surname alone in a heading, but the name whole in the author's bio
        (
            "Rechtsanwalt Dennis Tölle",
            ["Tölle", "Dennis Tölle ist Partner der Kanzlei Tölle Wagenknecht Wulff."],
            "Rechtsanwalt Dennis Tölle",
        ),
        # a particle binds the surname to the name
        ("Christoph von Ritter", ["Ritter"], "Christoph von Ritter"),
        # two words are a name already
        ("Tom Arnold", ["Arnold"], "Tom Arnold"),
    ],
    ids=["site_name", "category", "surname_in_bio", "particle", "two_words"],
)
def test_without_page_labels(name: str, page: list[str], expected: str) -> None:
    lines = [*page, f"von {name}"]
    assert without_page_labels((name,), lines, len(lines) - 1) == (expected,)
