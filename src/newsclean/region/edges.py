"""The edges of the article's run: short lines just above and below it that belong to it.

region.main_text weighs lines one by one, and a one-line kicker, a lead that trails off or a
closing sentence weighs too little to join the run on its own. These helpers revise the run's
start and end by the lines right next to it, as jusText revises a short paragraph by its
neighbours.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsclean.model import Line
from newsclean.patterns import lazy_compile
from newsclean.region.line_kinds import PROSE_FUNCTION_SHARE, Kind, LineFeatures


def under_head(
    lines: Sequence[Line], kinds: Sequence[Kind], start: int, anchors: dict[str, int]
) -> bool:
    """Whether the line right above the run opens the body under the article's head (its
    headline, byline, date: whichever comes last), with at most a label or two between."""
    if start == 0 or not anchors:
        return False
    head_end = max(anchors.values())
    between = [i for i in range(start - 1) if lines[i].no > head_end]
    return (
        lines[start - 1].no > head_end
        and len(between) <= MAX_LABELS_UNDER_HEAD
        and all(kinds[i] <= Kind.SHORT for i in between)
    )


MAX_LABELS_UNDER_HEAD = 2
MIN_SENTENCE_WORDS = 5


def _sentence(f: LineFeatures) -> bool:
    """A whole sentence of prose, however short."""
    return (
        f.sentence_end
        and f.function_share >= PROSE_FUNCTION_SHARE
        and f.words >= MIN_SENTENCE_WORDS
        and not f.truncated
    )


# A lead that trails off under the head reads as prose: this many words, with function words,
# and whole sentences before the dots (a teaser cut to fit its box holds one, or part of one).
MIN_LEAD_WORDS = 8
MIN_LEAD_SENTENCES = 2


def with_lead_in(
    span: tuple[int, int],
    kinds: Sequence[Kind],
    feats: Sequence[LineFeatures],
    gaps: Sequence[float],
    under_head: bool = False,
) -> tuple[int, int]:
    """Take in the short sentence right above the run ("Ihr kennt es sicher auch!", "This post
    originally appeared on Grist."): a kicker or lead-in, too short to weigh on its own.

    Right under the head, a lead of a few sentences may also trail off ("Manchmal leider
    notwendig. [...] Doch es geht auch einfacher..."). (A line without a full stop is not taken
    there: it is as often a video's title or a caption as a subtitle.)
    """
    start = span[0]
    if start == 0 or gaps[start] > 0 or kinds[start - 1] is not Kind.SHORT:
        return span
    f = feats[start - 1]
    lead = (
        under_head
        and f.function_share >= PROSE_FUNCTION_SHARE
        and f.truncated
        and f.words >= MIN_LEAD_WORDS
        and f.sentences >= MIN_LEAD_SENTENCES
    )
    return (start - 1, span[1]) if _sentence(f) or lead else span


def with_closing_line(
    span: tuple[int, int],
    texts: Sequence[str],
    kinds: Sequence[Kind],
    feats: Sequence[LineFeatures],
    gaps: Sequence[float],
) -> tuple[int, int]:
    """Take in the short sentence right below the run ("Vielen Dank für das interessante
    Interview!"): a closing line, too short to weigh on its own."""
    end = span[1] + 1
    if end >= len(kinds) or gaps[end] > 0:
        return span
    if tweet_signature(texts[end]):
        return (span[0], end)
    if kinds[end] is not Kind.SHORT:
        return span
    # a question or a colon below the article asks for a click ("Sie wollen mehr von uns?",
    # "Weitere Informationen zum Coronavirus:"), and so does an address
    text = texts[end].rstrip()
    closing = text.endswith(CLOSING_MARKS) and "www." not in text and "://" not in text
    return (span[0], end) if _sentence(feats[end]) and closing else span


# The signature under an embedded tweet: "— Rep. Ilhan Omar (@Ilhan) November 19, 2019".
TWEET_SIGNATURE_RE = lazy_compile(
    r"""
    ^ \s* [—–-] \s+ [^()\n]{1,80}? \s+ \( @ \w{1,30} \) \s+ \p{L}{3,10} \.? \s+ \d{1,2} , \s+ \d{4}
    """,
    regex.VERBOSE,
)


def tweet_signature(text: str) -> bool:
    """Whether a line signs an embedded tweet, which quotes it as part of the article.

    >>> tweet_signature("— Rep. Ilhan Omar (@Ilhan) November 19, 2019")
    True
    >>> tweet_signature("— Jane Doe, Reuters")
    False
    """
    return bool(TWEET_SIGNATURE_RE.match(text))


CLOSING_MARKS = (".", "!", "…")
