"""Markup handed in by mistake: detected from its shape, read with the standard HTML parser."""

from __future__ import annotations

import time

import pytest

from newsclean.text.html import HTML_WARNING, html_to_text, looks_like_html, strip_html


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html><html><body><p>Hi</p></body></html>",
        "  <!-- saved page --> <html lang='de'><head></head></html>",
        "<?xml version='1.0'?><html xmlns='http://www.w3.org/1999/xhtml'></html>",
        "<div class='a'><p>One</p><p>Two</p><p>Three</p><span>x</span><a href='/'>y</a></div>" * 2,
    ],
    ids=["doctype", "comment-then-html", "xhtml", "fragment"],
)
def test_markup_is_recognised(text: str) -> None:
    assert looks_like_html(text)


@pytest.mark.parametrize(
    "text",
    [
        "Use the <b> tag for bold, the <p> tag for paragraphs, says the spec.",
        "Profits rose <5% in Q3 while costs fell >10%, the company said.",
        "The <html> element is the root of a page; <body> holds what you see.\n" * 3,
        "Storm floods the coast\nThe storm reached the coast early on Monday.",
    ],
    ids=["quoted-tags", "less-than-signs", "prose-about-html", "plain-text"],
)
def test_prose_is_not_markup(text: str) -> None:
    assert not looks_like_html(text)


def test_the_visible_text_comes_out_in_blocks() -> None:
    markup = (
        "<html><head><title>Storm &amp; flood</title><script>if (a<b) x();</script></head>"
        "<body><nav><a href='/'>Home</a></nav><h1>Storm</h1><p>It&rsquo;s <i>wet</i>.<br>"
        "Very.</p><noscript>Enable JS</noscript><!-- hidden --><p>End</p></body></html>"
    )
    assert html_to_text(markup) == "Storm & flood\nHome\nStorm\nIt’s wet.\nVery.\nEnd"
    assert strip_html(markup)[1] == (HTML_WARNING,)


@pytest.mark.parametrize(
    "unit",
    ["<", "</", "<!", "<a", "<!x", "<p a=b ", "&#", "<p>a</p>"],
    ids=["lt", "end-tag-open", "declaration-open", "tag-open", "bogus-declaration",
         "open-attributes", "charref", "tags"],
)
def test_hostile_markup_is_read_in_linear_time(unit: str) -> None:
    """The standard parser rescans the rest of the input for each stray "<": escaped first."""
    seconds = []
    for n in (5_000, 20_000):
        start = time.perf_counter()
        html_to_text("<html>" + unit * n)
        seconds.append(time.perf_counter() - start)
    assert seconds[1] < 5.0
    assert seconds[1] < 10 * seconds[0] + 0.05  # linear: 4x the input, not 16x the time
