"""Lines a page prints twice: a second copy, and the headline printed again in the body."""

from __future__ import annotations

from newsclean.model import Document, Line
from newsclean.region.repeats import DuplicateText

HEADLINE = "Esper accuses China of intimidating smaller Asian nations"
PARA = (
    "HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper on Wednesday accused China of "
    "using coercion and intimidation to advance its interests in Southeast Asia."
)


def _doc(texts: list[str], headline: str | None = HEADLINE) -> Document:
    lines = tuple(Line(i, t) for i, t in enumerate(texts, start=1))
    return Document("-", tuple(texts), lines).with_fields(headline=headline)


def test_the_headline_printed_again_in_the_body_is_dropped() -> None:
    doc = DuplicateText()(_doc([HEADLINE, PARA]))
    assert [line.text for line in doc.lines] == [PARA]
    assert doc.trail[0].reason == "duplicate_line"


def test_without_a_headline_the_first_copy_stays() -> None:
    doc = DuplicateText()(_doc([HEADLINE, PARA, PARA], headline=None))
    assert [line.text for line in doc.lines] == [HEADLINE, PARA]


def test_a_paragraph_that_holds_the_headline_words_stays() -> None:
    sentence = f"{HEADLINE}, the AP reported on Wednesday."
    doc = DuplicateText()(_doc([sentence, PARA]))
    assert [line.text for line in doc.lines] == [sentence, PARA]
