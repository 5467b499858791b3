from __future__ import annotations

import pytest

from newsclean.filters.comments import comment_count
from newsclean.language import stopwords
from newsclean.model import Document, Line
from newsclean.pipeline import LineFilter
from newsclean.region import (
    Kind,
    MainText,
    TrailingJunk,
    classify,
    densest_run,
    densest_run_from,
    features,
)

EN = stopwords("en")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "US Defence Secretary Lloyd Austin on Friday spoke to his Russian counterpart Sergei "
            "Shoigu, calling for an immediate ceasefire in war-hit Ukraine, news agency Reuters "
            "reported.",
            Kind.GOOD,
        ),
        ("A spokesperson for the NYAG declined to comment.", Kind.NEAR),
        ("The show opens to the public on Friday. Here are some of the highlights:", Kind.NEAR),
        ("NISSAN SENTRA", Kind.BAD),
        ("Home News Sport Business Contact", Kind.BAD),
        ("Private Markets", Kind.BAD),
        ("Subscribe", Kind.BAD),
        ("Rating: 36 Votes", Kind.SHORT),
    ],
    ids=[
        "paragraph",
        "one-sentence",
        "lead-in",
        "caps-subhead",
        "menu",
        "menu-pair",
        "button",
        "rating",
    ],
)
def test_classify(line: str, kind: Kind) -> None:
    assert classify(features(line, EN), has_stopwords=True) is kind


def test_densest_run_picks_the_heaviest_span() -> None:
    assert densest_run([-60, 300, -25, 200, -60, -60, -60, 100]) == (1, 3)
    assert densest_run([]) is None


def test_densest_run_from_respects_the_start_window() -> None:
    weights = [-60, 100, -60, -60, -60, -60, 900]
    assert densest_run_from(weights, 0, 3) == (1, 6)
    assert densest_run_from(weights, 2, 4) is None or densest_run_from(weights, 2, 4)[0] >= 2


PARA = (
    "Besides ceasefire, Austin is said to have stressed on the importance of maintaining lines of "
    "communication, and the statement was issued on Friday after a meeting on Wednesday."
)
PAGE = [
    "Dow Jones",
    "Barron's",
    "BigCharts",
    "Storm batters coast as thousands lose power",
    PARA,
    "NISSAN SENTRA",
    PARA,
    PARA,
    "Most Popular",
    "Barron's",
    "Private Markets",
    "russia ukraine crisis lloyd austin ukraine",
]


def _doc(texts: list[str], headline_line: int = 4) -> Document:
    lines = tuple(Line(i, t) for i, t in enumerate(texts, start=1))
    return Document("-", tuple(texts), lines).with_fields(
        language="en", headline_line=headline_line
    )


def test_main_text_keeps_the_article_and_drops_the_page_around_it() -> None:
    doc = TrailingJunk()(MainText()(_doc(PAGE)))
    assert [line.text for line in doc.lines] == [PARA, "NISSAN SENTRA", PARA, PARA]
    reasons = {e.line_no: e.reason for e in doc.trail}
    assert reasons[1] == "outside_article"
    assert reasons[12] == "outside_article"


def test_main_text_on_a_page_without_prose_keeps_nothing() -> None:
    doc = MainText()(_doc(["Home", "World", "Sport", "Storm batters coast", "Contact us"]))
    assert doc.lines == ()


COMMENT = (
    "I think we'll see similar updates to what the 16 inch model received, and the bezels on "
    "the 13 inch are large, so I would not buy one until the redesign is out in the spring."
)


def _with_comment_count(texts: list[str]) -> Document:
    return LineFilter(comment_count, "comments")(_doc(texts, headline_line=1))


def test_comments_below_the_article_are_cut_off() -> None:
    page = [
        "Storm batters coast",
        PARA,
        PARA,
        PARA,
        "167 Comments",
        COMMENT,
        COMMENT,
        COMMENT,
        COMMENT,
    ]
    doc = MainText()(_with_comment_count(page))
    assert [line.text for line in doc.lines] == [PARA, PARA, PARA]


def test_a_comment_counter_by_the_byline_does_not_end_the_article() -> None:
    page = ["Storm batters coast", "Comments (32)", PARA, PARA, PARA]
    doc = MainText()(_with_comment_count(page))
    assert [line.text for line in doc.lines] == [PARA, PARA, PARA]
