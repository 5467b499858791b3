"""Properties that hold for any text: an answer without an exception, nothing invented,
the same answer twice."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean import clean
from newsclean.normalize import normalize_text

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


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
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


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=2000))
def test_any_text_gets_a_record(text: str) -> None:
    article = clean(text)
    assert isinstance(article.body, str)
    assert article.body or "no article found" in article.warnings
