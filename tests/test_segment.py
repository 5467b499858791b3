from __future__ import annotations

import pytest

from newsclean.model import Hit
from newsclean.text.segment import DumpHeader, Unwrap, list_bullet, markdown, split_lines


def test_dump_header_is_cut_and_kept_as_reference_date() -> None:
    doc = split_lines(
        " date 2022-05-13 Hindustantimes wants to start sending you push notifications.", "-"
    )
    doc = DumpHeader()(doc)
    assert doc.lines[0].text == "Hindustantimes wants to start sending you push notifications."
    assert str(doc.field("reference_date")) == "2022-05-13"
    assert doc.trail[0].reason == "dump_header"


def test_dump_header_needs_a_header() -> None:
    doc = DumpHeader()(split_lines("Updated 2022-05-13: markets fell", "-"))
    assert doc.field("reference_date") is None
    assert doc.trail == ()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("* Sign up for our newsletter", "Sign up for our newsletter"),
        ("+ World", "World"),
        ("o Politics", "Politics"),
        ("• Three dead in crash", "Three dead in crash"),
        ("- Share on Twitter", "Share on Twitter"),
        ("-5 degrees tonight", None),
        ("o dear, said the minister", None),
        ("*Terms apply", None),
    ],
    ids=["star", "plus", "o-bullet", "dot", "dash", "negative-number", "word-o", "no-space"],
)
def test_list_bullet(line: str, expected: str | None) -> None:
    result = list_bullet(line)
    assert (result[0] if result else None) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Read the [full report](https://example.org/r) here", "Read the full report here"),
        ("## Election results", "Election results"),
        ("The **first** vote", "The first vote"),
        ("![chart](https://example.org/c.png)", ""),
        ("5 * 3 = 15 and #1 spot", None),
    ],
    ids=["link", "heading", "bold", "image", "plain"],
)
def test_markdown(line: str, expected: str | None) -> None:
    result = markdown(line)
    assert (result[0] if result else None) == expected
    if result:
        assert isinstance(result[1], Hit)


def test_unwrap_joins_hard_wrapped_paragraphs() -> None:
    para = (
        "The Ukrainian forces have claimed that Russia suffered heavy losses after a\n"
        "pontoon bridge it was using to try to cross a river in the east was destroyed\n"
        "and several Russian military vehicles were either damaged or destroyed, said.\n"
        "the ministry."
    )
    text = "\n\n".join([para] * 4)
    doc = Unwrap()(split_lines(text, "-"))
    assert len(doc.lines) == 4
    assert doc.lines[0].text.endswith("destroyed, said. the ministry.")


def test_unwrap_leaves_unwrapped_text_alone() -> None:
    text = "\n".join(["Short menu line", "Another one", "A sentence that is long enough."] * 5)
    doc = split_lines(text, "-")
    assert Unwrap()(doc) == doc


def test_unwrap_finds_the_wrap_column_among_menus_and_a_long_url() -> None:
    para = (
        "Emacspeak now speaks the meta information of a page when it is opened\n"
        "so that the listener knows where she is before the article begins to\n"
        "be read aloud, which the author found useful on long pages of news."
    )
    menu = "\n".join(["Home", "About", "Archive", "Contact", "Search"] * 8)
    url = "https://emacspeak.blogspot.com/2019/11/a-very-long-address-of-a-post-in-the-archive.html"
    text = "\n\n".join([menu, para, para, para, url, para])
    doc = Unwrap()(split_lines(text, "-"))
    joined = [line.text for line in doc.lines if line.text.startswith("Emacspeak")]
    assert len(joined) == 4
    assert joined[0].endswith("long pages of news.")
