"""What the lines around a candidate headline say of it, line by line, for page_rank.py.

A headline is followed closely by its article head: a date line, a byline, a paragraph
(near_cues()); a breadcrumb printed beside it may end with it (crumb_tail()); a teaser cut from
a longer text ends in mid-sentence (cut_text()). Each line is read in the windows of several
candidates, so what it says is remembered by its text.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from newsclean.extract.byline.find import is_byline_line
from newsclean.extract.date.relative import RELATIVE_RE, RELATIVE_UNITS
from newsclean.extract.head.description import (
    CACHED_LINES,
    is_breadcrumb,
    is_name_line,
    looks_like_byline,
    looks_like_date_line,
    norm,
    word_count,
)
from newsclean.extract.head.page_head import HEAD_WINDOW_LINES, is_paragraph
from newsclean.patterns import BY_WORDS, lazy_compile

# a byline split over two lines prints the word "By" alone ("By" / "Ryan Reed")
LONE_BY_RE = lazy_compile(rf"^{BY_WORDS}\s*:?$", regex.IGNORECASE)
MAX_RELATIVE_WORDS = 5  # "Updated 3 hours ago": a longer line naming a time span is prose
CRUMB_LINES = 2  # lines away from a candidate a breadcrumb ending with it is looked for


def near_cues(lines: Sequence[str], text_lines: Sequence[int], k: int) -> tuple[float, ...]:
    """1 / distance from the k-th text line to the first date line, byline, bare name line and
    paragraph below it, in lines with text (0: none within the head window).

    Whichever name line comes first counts, as a byline or as a bare name. A line is asked
    only what the window still looks for: the name-line test costs most, and past the first
    name line its answer counts for nothing.
    """
    date = byline = bare = paragraph = 0.0
    named = False
    for distance, j in enumerate(text_lines[k + 1 : k + 1 + HEAD_WINDOW_LINES], 1):
        text = lines[j]
        if not date and _date_line(text):
            date = 1.0 / distance
        if not named and (name := _name_kind(text, lines[j - 1] if j else "")) != NO_NAME:
            named = True
            if name == BYLINE:
                byline = 1.0 / distance
            else:
                bare = 1.0 / distance
        if not paragraph and is_paragraph(text):
            paragraph = 1.0 / distance
    return date, byline, bare, paragraph


def _relative_date_line(text: str) -> bool:
    """A short line giving the time since publication ("1 day ago", "vor 3 Stunden").

    >>> _relative_date_line("1 day ago"), _relative_date_line("Ten years ago today, a storm hit")
    (True, False)
    """
    if word_count(text) > MAX_RELATIVE_WORDS:
        return False
    found = RELATIVE_RE.search(text)
    return found is not None and found.group("unit").casefold() in RELATIVE_UNITS


# What kind of name line a line is, for the byline cues of the lines above it.
NO_NAME, BYLINE, BARE_NAME = 0, 1, 2


# Each line is read in the windows of several candidates: what it says is remembered by its text.
@functools.lru_cache(maxsize=CACHED_LINES)
def _date_line(text: str) -> bool:
    """A date line, or a short line giving the time since publication."""
    return looks_like_date_line(text) or _relative_date_line(text)


@functools.lru_cache(maxsize=CACHED_LINES)
def _name_kind(text: str, above: str = "") -> int:
    """Which kind of name line a line is, for the candidate above it (``above``: the line right
    above it).

    >>> _name_kind("Ryan Reed", "By") == BYLINE, _name_kind("Storm hits the coast") == NO_NAME
    (True, True)
    """
    # "By Mike Wall 2019-11-18T20:51:19Z Science" and a lone "By" above the name still say byline
    if looks_like_byline(text) or LONE_BY_RE.match(text):
        return BYLINE
    if not is_name_line(text):
        return NO_NAME
    if LONE_BY_RE.match(above):
        return BYLINE  # "By" / "Ryan Reed": the "By" is a button-short line, skipped
    return BYLINE if is_byline_line(text) else BARE_NAME


# "Two people in China have been diagnosed with the plague,...": a teaser cut from a longer text
# in mid-sentence; a headline may end in an ellipsis ("Alles hat seine Zeit…"), not after a comma
CUT_TEXT_RE = lazy_compile(r"[,;:]\s*(?:\.{3}|…)\s*$")


def cut_text(text: str) -> bool:
    """Whether a line is a teaser cut in mid-sentence (CUT_TEXT_RE).

    >>> cut_text("Two people in China have been diagnosed with the plague,...")
    True
    >>> cut_text("Alles hat seine Zeit…"), cut_text("Storm hits the coast tonight")
    (False, False)
    """
    # few lines hold an ellipsis, and looking for one costs less than the search
    return ("..." in text or "…" in text) and CUT_TEXT_RE.search(text) is not None


def crumb_tail(lines: Sequence[str], index: int) -> bool:
    """Whether a breadcrumb printed next to the line ends with it ("Mensagens » ... » Só quem
    se Ama…" under "Só quem se Ama…"): the trail's last item names the page itself."""
    tail = f" {norm(lines[index])}"
    nearby = lines[max(0, index - CRUMB_LINES) : index + CRUMB_LINES + 1]
    # every line's norm() is known (the page's repeats are counted on it): the ending is asked
    # first, the breadcrumb test only of the rare line that ends with the candidate
    return any(
        text != lines[index] and norm(text).endswith(tail) and is_breadcrumb(text)
        for text in nearby
    )

