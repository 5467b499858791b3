from __future__ import annotations

import pytest

from newsclean.extract.tags import find_tags, parse_tags


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        ("Tags: Alibaba, Hong Kong, IPO", ("Alibaba", "Hong Kong", "IPO")),
        ("Schlagwörter: Klima | Energie | Wasserstoff", ("Klima", "Energie", "Wasserstoff")),
        ("Étiquettes : Macron ; retraites", ("Macron", "retraites")),
        ("Tags: #Brexit #Johnson", ("Brexit", "Johnson")),
        ("Kategorie: Erste Versuche", ("Erste Versuche",)),
        ("russia ukraine crisis lloyd austin ukraine", ()),
        ("Topics: the minister said the plan would be ready by the end of the month", ()),
        ("Tags are cheap, he said.", ()),
    ],
    ids=["commas", "pipes", "fr-semicolons", "hashtags", "one-category", "unlabelled", "sentence",
         "sentence-start"],
)
def test_parse_tags(line: str, tags: tuple[str, ...]) -> None:
    assert parse_tags(line) == tags


def test_find_tags_takes_the_first_tag_line() -> None:
    found = find_tags(["Storm hits coast", "A paragraph.", "Tags: storms, Florida", "Tags: x"])
    assert found is not None
    assert (found.tags, found.index) == (("storms", "Florida"), 2)
