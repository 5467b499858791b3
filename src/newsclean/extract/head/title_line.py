"""Whether a page's first line is its HTML <title>, told from the rendering's layout.

html-text prints the <title> first, as a block of its own; inscriptis and browser copies do not
print it, and inscriptis indents its lines as the page lays them out.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.extract.head.page_head import FIRST_LINE_REPEAT_WINDOW
from newsclean.patterns import lazy_compile

# Separators that mark a first line as an HTML <title> ("Headline - Site").
TITLE_LINE_SEPARATOR_RE = lazy_compile(r"\s(?:[-|–—:»«·•]|::)\s")
# A layout rendering (inscriptis) indents most of its lines and does not print the <title>;
# html-text and a browser copy start their lines flush left.
LAYOUT_INDENT_SHARE = 0.5


def looks_like_title_line(texts: Sequence[str]) -> bool:
    """Whether the first line is an HTML <title> (html-text, inscriptis) or page text (a copy).

    >>> looks_like_title_line(["Storm hits coast - The Daily News", "Menu", "Storm hits coast"])
    True
    >>> looks_like_title_line(["Skip to main content", "Menu", "Storm hits coast"])
    False
    """
    if not texts:
        return False
    first = texts[0]
    if TITLE_LINE_SEPARATOR_RE.search(first):
        return True
    key = first.casefold()
    return len(first.split()) >= 4 and any(
        t.casefold() == key for t in texts[1:FIRST_LINE_REPEAT_WINDOW]
    )


def is_layout_rendering(raw_lines: Sequence[str]) -> bool:
    """Whether the page's raw lines keep the layout's indentation, as inscriptis prints them.

    Such a rendering has no <title> line: a first line repeated further down is the site's logo
    or tagline ("Dein wichtigster Touchpoint zur Digitalbranche."), not the page title.

    >>> is_layout_rendering(["      * News", "", "        Storm hits coast", "  By Lois Lane"])
    True
    >>> is_layout_rendering(["Storm hits coast | Planet", "", "  * News", "Storm hits coast"])
    False
    """
    printed = [line for line in raw_lines if line.strip()]
    indented = sum(1 for line in printed if line[:1].isspace())
    return bool(printed) and indented >= LAYOUT_INDENT_SHARE * len(printed)
