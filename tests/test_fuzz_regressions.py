"""Inputs the fuzzer (fuzz/fuzz_clean.py) once crashed on: each now gets an answer."""

from __future__ import annotations

import pytest

from newsclean import clean_bytes
from newsclean.render import format_article
from newsclean.text.html import html_to_text

CRASHES = {
    # html.parser raised AssertionError on a marked section with an unknown keyword
    "unknown-marked-section": b"<!DOCTYPE html>\n<html><head><title>Storm</title></head><body>"
    b"<![OCTYPE html>\n<p>The storm reached the coast early on Monday.</p></body></html>\n",
}


@pytest.mark.parametrize("name", sorted(CRASHES))
def test_a_former_crash_gets_a_record(name: str) -> None:
    article = clean_bytes(CRASHES[name])
    for fmt in ("json", "jsonl", "text", "markdown"):
        assert isinstance(format_article(article, fmt, trace=True), str)


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<html><![OCTYPE x]><p>a</p></html>", "a"),
        ("<html><![if IE]><p>b</p><![endif]></html>", "b"),
        ("<html><![CDATA[c]]><p>d</p></html>", "d"),
    ],
    ids=["unknown-keyword", "conditional", "cdata"],
)
def test_marked_sections_are_skipped(markup: str, text: str) -> None:
    assert html_to_text(markup).splitlines()[-1] == text
