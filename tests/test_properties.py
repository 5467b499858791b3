"""Properties that hold for any text: an answer without an exception, nothing invented,
the same answer twice, and a second cleaning that brings nothing back.

The normal run keeps the example counts modest; NEWSCLEAN_LONG_TESTS=1 multiplies them by 25.
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsclean import clean
from newsclean.render import format_article
from newsclean.text.normalize import normalize_text

SCALE = 25 if os.environ.get("NEWSCLEAN_LONG_TESTS") == "1" else 1
DEV_CORPUS = Path(__file__).parent / "corpus" / "dev"

# Lines that look like pages: words, punctuation, dates, bylines, menus, odd characters.
PIECES = st.sampled_from(
    [
        "By Jane Doe",
        "Published on May 13, 2022 09:16 PM IST",
        "Home / World News / Storm",
        "Share on Facebook",
        "Advertisement",
        "The storm hit the coast on Monday, and thousands lost power, officials said.",
        "“We will rebuild,” the mayor said.",
        "Tags: storms, Florida",
        "© 2019 Acme. All rights reserved.",
        "ALSO READ: Another story",
        "12/11/2019",
        "",
        "   ",
        "Ümlaut und Straße, 19. November 2019",
        "東京で地震が発生しました。",
        "مرحبا بالعالم",
    ]
)
LINES = st.lists(st.one_of(PIECES, st.text(max_size=120)), max_size=40)


def _words(text: str) -> str:
    return " ".join(normalize_text(text)[0].split())


@settings(max_examples=120 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LINES)
def test_clean_answers_deterministically_and_invents_nothing(lines: list[str]) -> None:
    text = "\n".join(lines)
    first = clean(text)
    assert first == clean(text)
    source = _words(text)
    for paragraph in first.body.split("\n\n"):
        if paragraph:
            # a promo cut out of a paragraph leaves its two ends, each from the input
            assert " ".join(paragraph.split())[:30] in source


@settings(max_examples=60 * SCALE, deadline=None)
@given(st.text(max_size=2000))
def test_any_text_gets_a_record(text: str) -> None:
    article = clean(text)
    assert isinstance(article.body, str)
    assert article.body or "no article found" in article.warnings


ARTICLE_LINES = [
    "The storm reached the coast early on Monday, flooding streets in three towns, officials said.",
    "Emergency crews worked through the night to clear fallen trees from the main roads.",
    "Officials warned that rivers could keep rising for another two days as rain moved inland.",
    "The mayor said the town had learned from the floods of the last decade, and would rebuild.",
    "Schools in the worst-hit districts stayed closed, and parents were asked to keep pupils home.",
    "“We have never seen the water rise this fast,” said a fisherman who has worked there.",
]
PAGES = st.lists(st.one_of(PIECES, st.sampled_from(ARTICLE_LINES), st.text(max_size=80)),
                 min_size=1, max_size=30)


@settings(max_examples=40 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PAGES)
def test_every_body_word_comes_from_the_input(lines: list[str]) -> None:
    text = "\n".join(lines)
    source = _words(text)
    for word in clean(text).body.split():
        assert word in source


@settings(max_examples=40 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PAGES)
# A paragraph printed twice: the second pass keeps its later copy, after a paragraph that stood
# between the two (found by this test; the order was read off each paragraph's first copy).
@example(["By Jane Doe", "By Jane Doe", "By Jane Doe",
          "The storm hit the coast on Monday, and thousands lost power, officials said.",
          "東京で地震が発生しました。",
          "Emergency crews worked through the night to clear fallen trees from the main roads.",
          "東京で地震が発生しました。",
          "The storm reached the coast early on Monday, flooding streets in three towns, "
          "officials said."])
def test_cleaning_the_record_again_brings_nothing_back(lines: list[str]) -> None:
    """The text record cleaned again has only whole paragraphs of the first record, in order.

    Not the first body exactly: a sentence the first pass took for the headline is printed first
    in the text record and may be read as body the second time (found by this test).
    """
    first = clean("\n".join(lines))
    again = clean(format_article(first, "text"))
    paragraphs = first.body.split("\n\n")
    fields = {first.headline, first.description, first.byline}
    kept = [p for p in again.body.split("\n\n") if p]
    assert all(p in paragraphs or p in fields for p in kept)
    in_body = [p for p in kept if p in paragraphs]
    assert _in_order(in_body, paragraphs)


def _in_order(found: list[str], paragraphs: list[str]) -> bool:
    """Whether ``found`` are paragraphs of ``paragraphs`` in their order, each copy used once.

    >>> _in_order(["b", "a"], ["a", "b", "a"]), _in_order(["b", "a"], ["a", "b"])
    (True, False)
    """
    rest = iter(paragraphs)
    return all(any(p == q for q in rest) for p in found)


# Share of the dev pages whose text record, cleaned again, keeps the whole body (measured 70/77 on
# this sample, 280/306 on all:
# the rest lose a paragraph when the first pass found no headline, so the body's first line is
# taken as one, or when the boilerplate that framed a short closing paragraph is gone).
MIN_IDEMPOTENT_SHARE = 0.85


def test_cleaning_the_record_again_keeps_the_body_on_real_pages() -> None:
    pages = sorted(DEV_CORPUS.glob("*/*.txt"))[::4]
    assert pages
    kept = 0
    for page in pages:
        first = clean(page.read_text(encoding="utf-8"))
        kept += clean(format_article(first, "text")).body == first.body
    assert kept >= MIN_IDEMPOTENT_SHARE * len(pages)
