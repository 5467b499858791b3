"""The article head: what a headline line looks like, and the headline of a page with no title.

A headline is a short line (not a date, byline, URL or caption) followed closely by an article
head: a byline, a date line, the first long paragraph. head_cues() measures that; walk_up()
moves from a standfirst or subtitle to the headline printed above it.

A page without a title line (an inscriptis or browser copy) is read from its article head alone:
find_page_head() takes the line above the article's prose that looks most like an article head
and shares most words with that prose.
"""

from __future__ import annotations

import bisect
import functools
from collections import Counter
from collections.abc import Callable, Sequence
from typing import NamedTuple

import regex

from newsclean.extract.byline import is_byline_line
from newsclean.extract.description import (
    BREADCRUMB_RE,
    CACHED_LINES,
    is_filler,
    is_name_line,
    keywords,
    looks_like_byline,
    looks_like_caption,
    looks_like_date_line,
    norm,
    word_count,
)
from newsclean.filters import FAMILIES

SENTENCE_END_RE = regex.compile(r"(?<![.…]|\b\p{Lu})\.$")  # "...simple." but not "U.S." or "..."
LONG_PARAGRAPH_WORDS = 25
MAX_HEADLINE_WORDS = 40
MAX_DATE_LINE_WORDS = 12  # a longer line naming a day is a headline ("... el 18 de mayo")
HEAD_WINDOW_LINES = 6
MIN_HEAD_CUES = 1.0  # head_cues() a line needs to be taken for a headline without a title
MIN_HEAD_WORDS = 4  # shorter lines are more often menu entries than headlines...
SHORT_PENALTY = 0.3  # ...so they lose this much of their head_cues()
SENTENCE_WORDS = 10  # a line this long ending in a full stop reads as a standfirst...
SENTENCE_PENALTY = 0.5  # ...and loses this much
BYLINE_WEIGHT = 1.5  # a byline marks an article head more surely than a date or a paragraph
STANDFIRST_WORDS = 20  # a line this long under a headline-shaped line is its standfirst
TITLE_CASE_SHARE = 0.7  # words capitalised in a title-case headline ...
SENTENCE_CASE_SHARE = 0.35  # ... and at most in a sentence-case standfirst under it
WORD_RE = regex.compile(r"\w+")
# Without a title line, the headline is read off the page: the line above the article's prose
# that looks most like an article head and shares most words with that prose.
NUMBERED_RE = regex.compile(r"^\d{1,2}[.)]\s")  # "3. Title": an item of a list or breadcrumb
PROSE_WORDS = 15  # a line this long is prose...
SHORT_LINE_COST = 3.0  # ...and each shorter line (not a bullet or a button) breaks a run of it
BODY_SAMPLE_WORDS = 300  # the article's opening words a headline is compared with
BODY_LIKENESS_WEIGHT = 2.0  # share of a line's keywords found in the article's opening
NEAR_BODY_BONUS = 1.0  # for the nearest headline-shaped line above the prose, shared out...
NEAR_BODY_LINES = 25  # ...among those at most this many text lines above it
INSIDE_BODY_PENALTY = 0.5  # a line inside the prose is a subheading
REPEAT_BONUS = 0.3  # a headline is often printed twice (a breadcrumb, a gallery, a share text)
NUMBERED_PENALTY = 0.5
# a byline split over two lines prints the word "By" alone ("By" / "Ryan Reed")
LONE_BY_RE = regex.compile(r"^(?:by|von|por|par|door|di|da|av|af)\s*:?$", regex.IGNORECASE)
BARE_NAME_WEIGHT = 0.5  # a name line without "By" is a weaker byline cue (site names look alike)
# Families whose lines never head an article (structure's stamps need the page around them).
CHROME_FAMILIES = frozenset(
    {"navigation", "prompts", "social", "ads", "media", "related", "tags", "comments", "bios",
     "legal"}
)
CHROME_FILTERS = tuple(
    f for name, module in FAMILIES if name in CHROME_FAMILIES for f in module.FILTERS
)
MAX_CHROME_CHECKS = 5  # best-ranked candidates checked for chrome before giving up
FIRST_LINE_REPEAT_WINDOW = 400  # lines searched for a repeat of the first line


def _first(lines: Sequence[str], start: int, test: Callable[[str], bool]) -> int | None:
    """Distance (1-based) from ``start`` to the first line in the window that passes ``test``."""
    for distance, line in enumerate(lines[start + 1 : start + 1 + HEAD_WINDOW_LINES], 1):
        if test(line):
            return distance
    return None


@functools.lru_cache(maxsize=CACHED_LINES)
def is_paragraph(text: str) -> bool:
    """A line long enough to be a paragraph of the article.

    >>> is_paragraph("word " * 30)
    True
    >>> is_paragraph("Storm hits coast")
    False
    """
    return word_count(text) >= LONG_PARAGRAPH_WORDS


def head_cues(lines: Sequence[str], index: int) -> float:
    """How closely the lines after ``index`` look like an article head.

    Each cue (a date line, a byline, a long paragraph) adds ``weight / distance``, so a headline
    right above its byline outranks the menu line above the headline.

    >>> head_cues(["Title", "By Jane Doe", "May 2, 2020", "Long " * 30], 0)
    2.3333333333333335
    >>> head_cues(["Home", "News", "Sport"], 0)
    0.0
    """
    total = 0.0
    for test, weight in HEAD_CUE_WEIGHTS:
        distance = _first(lines, index, test)
        if distance is not None:
            total += weight / distance
    return total


HEAD_CUE_WEIGHTS: tuple[tuple[Callable[[str], bool], float], ...] = (
    (looks_like_date_line, 1.0),
    (looks_like_byline, BYLINE_WEIGHT),
    (is_paragraph, 1.0),
)


# Printed headlines run to about 25 words at most; one that long ending in a full stop is prose.
MAX_SENTENCE_HEADLINE_WORDS = 22
SENTENCE_STOP_RE = regex.compile(r"\p{Ll}[.!]\s*$")


def is_headline_shaped(text: str) -> bool:
    """A line that could be a headline: a few words, not a (short) date line, byline or URL.

    >>> is_headline_shaped("Chinese hunter catches bubonic plague after eating wild rabbit")
    True
    >>> is_headline_shaped("Posted on March 30, 2015 by Admin")
    False
    >>> is_headline_shaped("Russia's forces said on Friday that the bridge was destroyed after a "
    ...                    "long fight near the river, officials said in a statement.")
    False
    """
    words = word_count(text)
    if not 2 <= words <= MAX_HEADLINE_WORDS or len(text) < 12:
        return False
    if words > MAX_SENTENCE_HEADLINE_WORDS and SENTENCE_STOP_RE.search(text):
        return False  # a long sentence with its full stop is a paragraph or standfirst
    if "://" in text or text.startswith("www.") or text.endswith(":"):
        return False
    dated = looks_like_date_line(text) and words <= MAX_DATE_LINE_WORDS
    return not (dated or looks_like_byline(text))


def contains(outer: str, inner: str) -> bool:
    """Whether ``inner`` occurs in ``outer`` as whole words (both normalised).

    >>> contains("storm hits coast", "hits coast")
    True
    >>> contains("storm hits coast", "its coast")
    False
    """
    return bool(inner) and f" {inner} " in f" {outer} "


def walk_up(lines: Sequence[str], index: int, start: int) -> int:
    """Move from a standfirst, subtitle or author line up to the headline printed above it.

    >>> walk_up(["Home", "Storm hits the coast tonight", "Winds of 100 km/h are expected."], 2, 0)
    1
    >>> walk_up(["Home", "Storm hits the coast tonight", "By Lois Lane"], 1, 0)
    1
    """
    while index > start:
        above, here = lines[index - 1], lines[index]
        if not could_head(above) or word_count(above) < MIN_HEAD_WORDS:
            break
        if NUMBERED_RE.match(above) or contains(norm(above), norm(here)):
            break  # "3. Title" above "Title": a breadcrumb's last item, not a kicker
        standfirst = (
            SENTENCE_END_RE.search(here) is not None
            or word_count(here) >= STANDFIRST_WORDS
            or _title_over_sentence_case(above, here)
        )
        if not (standfirst or looks_like_byline(here) or word_count(above) >= word_count(here)):
            break
        if _page_chrome(above):
            break  # "Posted in Brookhaven, DeKalb, News", "© 2020 Static Media"
        index -= 1
    return index


def _title_over_sentence_case(above: str, here: str) -> bool:
    """A headline in title case over a standfirst in sentence case ("Video Shows Dramatic ...")."""
    return capital_share(above) >= TITLE_CASE_SHARE and capital_share(here) < SENTENCE_CASE_SHARE


def capital_share(text: str) -> float:
    """Share of a line's words that start with a capital letter.

    >>> capital_share("Video Shows Dramatic Rescue of Kidnapped Girl")
    0.8571428571428571
    """
    words = WORD_RE.findall(text)
    return sum(1 for w in words if w[:1].isupper()) / len(words) if words else 0.0


@functools.lru_cache(maxsize=CACHED_LINES)
def could_head(text: str) -> bool:
    """A headline-shaped line that is not a paragraph, a photo caption or a breadcrumb.

    >>> could_head("Chinese hunter catches bubonic plague after eating wild rabbit")
    True
    >>> could_head("Home > News > World")
    False
    """
    if not is_headline_shaped(text) or is_paragraph(text) or looks_like_caption(text):
        return False
    return not BREADCRUMB_RE.search(text)


def prose_run(lines: Sequence[str]) -> tuple[int, int] | None:
    """First and last index of the run of lines densest in prose (the article, usually).

    Prose lines add their words, bullets and buttons nothing, other short lines cost a little.

    >>> prose_run(["Home", "Storm hits coast", "Winds " * 30, "Rain " * 20, "Sport"])
    (2, 3)
    >>> prose_run(["Home", "News"]) is None
    True
    """
    best, span, run, start = 0.0, None, 0.0, 0
    for i, text in enumerate(lines):
        words = word_count(text)
        if words >= PROSE_WORDS:
            value = float(words)
        else:
            value = 0.0 if is_filler(text) else -SHORT_LINE_COST
        if run <= 0 and value <= 0:
            continue
        if run <= 0:
            run, start = 0.0, i
        run += value
        if run > best:
            best, span = run, (start, i)
    return span


def _opening_words(lines: Sequence[str], span: tuple[int, int]) -> frozenset[str]:
    """The keywords of the first prose lines of a run."""
    found: set[str] = set()
    seen = 0
    for text in lines[span[0] : span[1] + 1]:
        if word_count(text) >= PROSE_WORDS:
            found |= keywords(text)
            seen += word_count(text)
            if seen > BODY_SAMPLE_WORDS:
                break
    return frozenset(found)


def body_likeness(text: str, words: frozenset[str]) -> float:
    """Share of a line's keywords found in ``words`` (an article's opening), in [0, 1].

    >>> body_likeness("Storm hits the coast", frozenset({"storm", "coast", "winds"}))
    0.6666666666666666
    >>> body_likeness("Skip to main content", frozenset({"storm", "coast", "winds"}))
    0.0
    """
    own = keywords(text)
    return len(own & words) / len(own) if own else 0.0


def _text_cues(lines: Sequence[str], text_lines: Sequence[int], k: int) -> float:
    """head_cues() counted over lines with text; a bare name counts less than a "By" byline."""
    total, seen = 0.0, set()
    for distance, j in enumerate(text_lines[k + 1 : k + 1 + HEAD_WINDOW_LINES], 1):
        text = lines[j]
        cues = {
            "date": 1.0 if looks_like_date_line(text) else 0.0,
            "byline": _name_weight(text),
            "paragraph": 1.0 if is_paragraph(text) else 0.0,
        }
        for cue, weight in cues.items():
            if weight and cue not in seen:
                seen.add(cue)
                total += weight / distance
    return total


@functools.lru_cache(maxsize=CACHED_LINES)
def _name_weight(text: str) -> float:
    # "By Mike Wall 2019-11-18T20:51:19Z Science" and a lone "By" above the name still say byline
    if looks_like_byline(text) or LONE_BY_RE.match(text):
        return BYLINE_WEIGHT
    if not is_name_line(text):
        return 0.0
    return BYLINE_WEIGHT if is_byline_line(text) else BARE_NAME_WEIGHT


class _Page(NamedTuple):
    """What every candidate line is ranked against when the page has no title line."""

    lines: Sequence[str]
    text_lines: list[int]  # indices of the lines that are not bullets or buttons
    body: tuple[int, int] | None  # the densest prose run
    opening: frozenset[str]  # its opening keywords
    counts: Counter[str]  # how often each normalised line is printed


def _page(lines: Sequence[str]) -> _Page:
    body = prose_run(lines)
    text_lines = [i for i, text in enumerate(lines) if not is_filler(text)]
    opening = _opening_words(lines, body) if body else frozenset()
    return _Page(lines, text_lines, body, opening, Counter(norm(text) for text in lines))


def _headline_like(text: str) -> bool:
    return could_head(text) and not is_name_line(text)


def _page_chrome(text: str) -> bool:
    """A line some filter family drops: "Send Us a Tip", a browser notice, "Close this search box".

    Such lines sit above bylines too; only the best-ranked candidates are checked, since every
    family's filters cost more than the ranking.
    """
    return any(f(text) for f in CHROME_FILTERS)


def _near_body(page: _Page, index: int, k: int, heads: Sequence[int]) -> float:
    """A share of NEAR_BODY_BONUS for a line above the prose, less for each headline between.

    ``heads`` are the candidates sized like a headline (``_head_sized``), in page order.
    """
    if page.body is None:
        return 0.0
    start = page.body[0]
    # text_lines is sorted: the text lines after the k-th and above the prose, counted
    gap = max(0, bisect.bisect_left(page.text_lines, start) - (k + 1))
    if index >= start:
        return -INSIDE_BODY_PENALTY
    if gap > NEAR_BODY_LINES:
        return 0.0
    between = bisect.bisect_left(heads, start) - bisect.bisect_right(heads, index)
    return NEAR_BODY_BONUS / (1 + between)


def _head_sized(text: str) -> bool:
    """A candidate that counts as a headline between another one and the prose."""
    return word_count(text) >= MIN_HEAD_WORDS and not SENTENCE_END_RE.search(text)


def _page_rank(page: _Page, index: int, k: int, heads: Sequence[int]) -> float:
    text = page.lines[index]
    score = _text_cues(page.lines, page.text_lines, k) + _near_body(page, index, k, heads)
    score += BODY_LIKENESS_WEIGHT * body_likeness(text, page.opening)
    if word_count(text) < MIN_HEAD_WORDS:
        score -= SHORT_PENALTY
    if SENTENCE_END_RE.search(text) and word_count(text) >= SENTENCE_WORDS:
        score -= SENTENCE_PENALTY
    if NUMBERED_RE.match(text):
        score -= NUMBERED_PENALTY
    if word_count(text) > MIN_HEAD_WORDS and page.counts[norm(text)] > 1:
        score += REPEAT_BONUS
    return score


def find_page_head(lines: Sequence[str]) -> int | None:
    """Index of the headline read off a page without a title line.

    >>> find_page_head(["Home", "Storm hits the coast tonight", "By Lois Lane", "Winds " * 30])
    1
    >>> find_page_head(["Home", "News", "Sport"]) is None
    True
    """
    page = _page(lines)
    candidates = [j for j in page.text_lines if _headline_like(lines[j])]
    heads = [j for j in candidates if _head_sized(lines[j])]
    position = {j: k for k, j in enumerate(page.text_lines)}
    ranked = sorted(
        ((_page_rank(page, j, position[j], heads), -j) for j in candidates), reverse=True
    )
    for score, minus_j in ranked[:MAX_CHROME_CHECKS]:
        if score < MIN_HEAD_CUES:
            return None
        if not _page_chrome(lines[-minus_j]):
            return walk_up(lines, -minus_j, 0)
    return None


def first_line_recurs(lines: Sequence[str]) -> bool:
    """Whether the first line is printed again (up to case and punctuation): a <title>.

    >>> first_line_recurs(["Storm hits the coast | Planet", "Home", "Storm Hits the Coast, Planet"])
    True
    >>> first_line_recurs(["Home", "News", "Home"])
    False
    """
    key = norm(lines[0])
    return len(key.split()) >= MIN_HEAD_WORDS and any(
        norm(text) == key for text in lines[1:FIRST_LINE_REPEAT_WINDOW]
    )
