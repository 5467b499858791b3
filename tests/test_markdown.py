"""`--format markdown`: every field escaped, so a CommonMark renderer shows the text as it is."""

from __future__ import annotations

import html

import pytest
import regex
from markdown_it import MarkdownIt  # rich's own dependency

from newsclean.model import Article
from newsclean.render import as_markdown, escape, escape_line

TAG_RE = regex.compile(r"<[^>]+>")
RENDERER = MarkdownIt("commonmark").enable("strikethrough").enable("table")


def rendered_text(markdown: str) -> str:
    """What a reader sees: the rendered HTML's text, one line per block."""
    out = RENDERER.render(markdown)
    return html.unescape(TAG_RE.sub("", out)).strip()


@pytest.mark.parametrize(
    "line",
    [
        "*stars* and _underscores_",
        "<script>alert('x')</script>",
        "1. Not a list item",
        "12) Nor this",
        "# Not a heading",
        "> Not a quote",
        "- Not a bullet",
        "+ Nor this",
        "===",
        "---",
        "[a link](https://example.org) and ![an image](x.png)",
        "`code` and \\backslash",
        "&copy; 2024 and &amp;",
        "~~struck~~ | a | table |",
        "    four spaces",
        "Shares in Acme fell 4.5% on Tuesday.",
    ],
)
def test_an_escaped_line_renders_as_its_text(line: str) -> None:
    assert rendered_text(escape_line(line)) == line.strip()


def test_plain_prose_is_left_alone() -> None:
    text = "Storm batters coast as thousands lose power.\n\nCrews worked overnight."
    assert escape(text) == text


def test_the_markdown_record_renders_as_its_fields() -> None:
    article = Article(id="a", source="s", headline="*Breaking*: <b>news</b>",
                      byline="Jane_Doe", body="1. First point.\n\n<script>x</script>")
    shown = rendered_text(as_markdown(article)).splitlines()
    assert shown == ["*Breaking*: <b>news</b>", "Jane_Doe", "1. First point.",
                     "<script>x</script>"]
