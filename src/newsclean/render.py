"""A record rendered for people: plain text or Markdown (JSON is the record's own ``to_json``).

Markdown escaping: what the page says renders as those characters, not as markup.

CommonMark lets a backslash escape any ASCII punctuation, so escaping is always safe; the cost of
escaping a character that would not have been markup is only a backslash in the source.
"""

from __future__ import annotations

import regex

from newsclean.model import Article
from newsclean.patterns import lazy_compile

# Characters that start inline markup anywhere in a line: emphasis, code, links and images,
# raw HTML and autolinks, entities, GFM strikethrough and table cells, and the escape itself.
INLINE_RE = lazy_compile(r"[\\`*_\[\]<>&~|]")
# What makes a line a block: a heading, quote, list item, thematic break or setext underline
# ("#", ">", "-", "+", "=", "*" first), an ordered list item ("1." or "1)"), or an indented
# code block (four spaces).
BLOCK_START_RE = lazy_compile(
    r"""
    ^ (?: (?P<mark> [#>+=-] )          # heading, quote, bullet, setext underline, break
        | (?P<digits> \d{1,9} ) (?P<delim> [.)] )   # ordered list item: "1." "12)"
    )
    """,
    regex.VERBOSE,
)
LEADING_SPACE_RE = lazy_compile(r"^[ \t]+")


def escape_line(line: str) -> str:
    r"""One line of text escaped so that Markdown renders it as it is.

    >>> escape_line("*stars* and <script>alert(1)</script>")
    '\\*stars\\* and \\<script\\>alert(1)\\</script\\>'
    >>> escape_line("1. Not a list")
    '1\\. Not a list'
    >>> escape_line("# Not a heading")
    '\\# Not a heading'
    >>> escape_line("Shares fell 4.5% on Tuesday.")
    'Shares fell 4.5% on Tuesday.'
    """
    line = LEADING_SPACE_RE.sub("", INLINE_RE.sub(r"\\\g<0>", line))
    match = BLOCK_START_RE.match(line)
    if match is None:
        return line
    if match.group("mark"):
        return "\\" + line
    end = match.end("digits")
    return line[:end] + "\\" + line[end:]


def escape(text: str) -> str:
    r"""Text of one or more lines escaped line by line; blank lines kept.

    >>> escape("_a_\n\n- b")
    '\\_a\\_\n\n\\- b'
    """
    return "\n".join(escape_line(line) for line in text.split("\n"))


def format_article(article: Article, fmt: str, *, trace: bool = False) -> str:
    """One record in the chosen output format."""
    if fmt == "json":
        return article.to_json(indent=2, trail=trace)
    if fmt == "jsonl":
        return article.to_json(trail=trace)
    if fmt == "markdown":
        return as_markdown(article)
    return as_text(article)


def _dateline(article: Article) -> str:
    return article.published or ""


def as_text(article: Article) -> str:
    """Headline, byline, date, a blank line, the body."""
    head = [article.headline or "", article.byline or "", _dateline(article)]
    return "\n".join([*(h for h in head if h), "", article.body]).strip("\n") + "\n"


def as_markdown(article: Article) -> str:
    """The record as Markdown; every field is escaped, so it renders as the text it is."""
    parts: list[str] = []
    if article.headline:
        parts.append(f"# {escape_line(article.headline)}")
    if article.description:
        parts.append(f"*{escape_line(article.description)}*")
    meta = " · ".join(x for x in (article.byline, article.published) if x)
    if meta:
        parts.append(escape_line(meta))
    parts.append(escape(article.body))
    return "\n\n".join(parts) + "\n"
