"""The headline of a page without a title line (an inscriptis or browser copy).

The headline is read off the page: find_page_head() takes the line above the article's prose
that looks most like an article head (a byline, a date, the first paragraph below it) and shares
most words with that prose, then walks up from a standfirst to the headline above it.
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter
from collections.abc import Collection, Sequence
from typing import NamedTuple

from newsclean.extract.head.description import (
    is_filler,
    is_name_line,
    keywords,
    looks_like_date_line,
    norm,
    word_count,
)
from newsclean.extract.head.head_weights import CUES, HeadWeights
from newsclean.extract.head.page_cues import crumb_tail, cut_text, near_cues
from newsclean.extract.head.page_head import (
    BYLINE_WEIGHT,
    FULL_STOP_END_RE,
    MAX_CHROME_CHECKS,
    MIN_HEAD_CUES,
    MIN_HEAD_WORDS,
    SENTENCE_PENALTY,
    SHORT_PENALTY,
    body_likeness,
    could_head,
    page_chrome,
    shape_flags,
    walk_up,
)
from newsclean.extract.head.page_prose import PROSE_WORDS, prose_run

# Without a title line, the headline is read off the page: the line above the article's prose
# that looks most like an article head and shares most words with that prose.
BODY_SAMPLE_WORDS = 300  # the article's opening words a headline is compared with
BODY_LIKENESS_WEIGHT = 2.0  # share of a line's keywords found in the article's opening
NEAR_BODY_BONUS = 1.0  # for the nearest headline-shaped line above the prose, shared out...
NEAR_BODY_LINES = 25  # ...among those at most this many text lines above it
INSIDE_BODY_PENALTY = 0.5  # a line inside the prose is a subheading...
DEEP_BODY_PARAGRAPHS = 6  # ...and one with this many prose lines of the run above it...
DEEP_BODY_PENALTY = 1.0  # ...is a promo for another story or a subheading: it loses more
REPEAT_BONUS = 0.3  # a headline is often printed twice (a breadcrumb, a gallery, a share text)
CRUMB_BONUS = 0.5  # for a line a breadcrumb next to it ends with: the page's own headline
TEASER_GAP = 3  # text lines between two dated headlines of a teaser list ("More stories like this")
TEASER_PENALTY = 1.0
CUT_TEXT_PENALTY = 1.0  # a teaser cut in mid-sentence (page_cues.cut_text())
# A line shaped like a name ("Performant Python", "Heizjacken von Bosch") may be the headline when
# this much of it is found in the article's opening (see _headline_like())
NAME_HEAD_LIKENESS = 0.6
FIRST_COPY_LINES = 12  # how far above a candidate its first printing is looked for
BARE_NAME_WEIGHT = 0.5  # a name line without "By" is a weaker byline cue (site names look alike)
# rank_page_head() above which the article head read off the page outvotes a first line that is
# set apart like a <title> but has no separator and no repeat to show it is one
SURE_PAGE_HEAD = 2.9


def _opening_lines(lines: Sequence[str], span: tuple[int, int]) -> tuple[int, ...]:
    """Indices of the first prose lines of a run, up to BODY_SAMPLE_WORDS words."""
    found: list[int] = []
    seen = 0
    for i in range(span[0], span[1] + 1):
        if word_count(lines[i]) >= PROSE_WORDS:
            found.append(i)
            seen += word_count(lines[i])
            if seen > BODY_SAMPLE_WORDS:
                break
    return tuple(found)


class HeadPage(NamedTuple):
    """What every candidate line is ranked against when the page has no title line."""

    lines: Sequence[str]
    text_lines: list[int]  # indices of the lines that are not bullets or buttons
    body: tuple[int, int] | None  # the densest prose run
    opening: frozenset[str]  # its opening keywords
    opening_counts: Counter[str]  # in how many opening lines each of them is found
    opening_lines: frozenset[int]  # the indices of those lines
    counts: Counter[str]  # how often each normalised line is printed
    prose_lines: list[int]  # indices of the prose lines (PROSE_WORDS or more)
    head_opens_prose: bool  # the headline may be the first line of the prose run (_opens_prose)


def _page(lines: Sequence[str], head_opens_prose: bool = True) -> HeadPage:
    body = prose_run(lines)
    text_lines = [i for i, text in enumerate(lines) if not is_filler(text)]
    opening_lines = _opening_lines(lines, body) if body else ()
    counts = Counter(word for i in opening_lines for word in keywords(lines[i]))
    prose = [i for i, text in enumerate(lines) if word_count(text) >= PROSE_WORDS]
    printed = Counter(norm(text) for text in lines)
    opening = frozenset(counts)
    return HeadPage(
        lines, text_lines, body, opening, counts, frozenset(opening_lines), printed, prose,
        head_opens_prose,
    )


def _likeness(page: HeadPage, index: int) -> float:
    """body_likeness() of a line with the opening, not counting the line's own words in it.

    A short prose line of the opening (a standfirst, a caption) would otherwise match itself.
    """
    text = page.lines[index]
    if index not in page.opening_lines:
        return body_likeness(text, page.opening)
    own = keywords(text)
    others = frozenset(w for w in page.opening if page.opening_counts[w] > (w in own))
    return body_likeness(text, others)


def _headline_like(page: HeadPage, index: int) -> bool:
    """A candidate headline: could_head(), and no author's name.

    A short headline in capitals looks like a name ("Performant Python", "Aggression
    Fotografie"); it is taken when the article's opening speaks of its words without printing it
    whole, as the opening of a story about a person prints the name ("Liam Gavrielides") and
    the opening of a story by a person says nothing of the author.
    """
    text = page.lines[index]
    if not could_head(text):
        return False
    if not is_name_line(text):
        return True
    if _likeness(page, index) < NAME_HEAD_LIKENESS:
        return False
    name = text.strip()
    return not any(name in page.lines[i] for i in page.opening_lines if i != index)


def _body_place(page: HeadPage, index: int, k: int, heads: Sequence[int]) -> tuple[float, ...]:
    """Where a line stands to the prose: (near_body, inside_body, deep_body) of head_weights.CUES.

    A line above the prose gets 1 / (1 + the headline-sized lines between), when at most
    NEAR_BODY_LINES text lines above it; a line inside the prose is a subheading, and deep in it
    a promo. ``heads`` are the candidates sized like a headline (``_head_sized``), in page order.
    """
    if page.body is None:
        return 0.0, 0.0, 0.0
    start = page.body[0]
    # text_lines is sorted: the text lines after the k-th and above the prose, counted
    gap = max(0, bisect.bisect_left(page.text_lines, start) - (k + 1))
    if index > start or (index == start and not _opens_prose(page, k, heads)):
        # prose lines of the run above the line, counted on the sorted index list
        deep = bisect.bisect_left(page.prose_lines, index) - bisect.bisect_left(
            page.prose_lines, start
        )
        return 0.0, 1.0, 1.0 if deep >= DEEP_BODY_PARAGRAPHS else 0.0
    if gap > NEAR_BODY_LINES:
        return 0.0, 0.0, 0.0
    between = max(0, bisect.bisect_left(heads, start) - bisect.bisect_right(heads, index))
    return 1.0 / (1 + between), 0.0, 0.0


def _opens_prose(page: HeadPage, k: int, heads: Sequence[int]) -> bool:
    """Whether the k-th text line, first of the prose run, is the headline rather than its lead.

    A long headline ("[The Palace: ...] The Beauty of Korea Revealed at ...!") counts as prose;
    it is the head when it is not a sentence and no headline stands right above it. A page
    that printed its <title> apart (html-text) has that title to offer: its prose opens with the
    article's first line.
    """
    if not page.head_opens_prose:
        return False
    text = page.lines[page.text_lines[k]]
    return _head_sized(text) and (k == 0 or page.text_lines[k - 1] not in heads)


def _head_sized(text: str) -> bool:
    """A candidate that counts as a headline between another one and the prose."""
    return word_count(text) >= MIN_HEAD_WORDS and not FULL_STOP_END_RE.search(text)


def cue_values(
    page: HeadPage, index: int, k: int, heads: Sequence[int], teasers: Collection[int]
) -> tuple[float, ...]:
    """What a candidate line (the k-th text line) shows of each cue of head_weights.CUES."""
    text = page.lines[index]
    short, sentence = shape_flags(text)
    return (
        *near_cues(page.lines, page.text_lines, k),
        *_body_place(page, index, k, heads),
        _likeness(page, index),
        float(short),
        float(sentence),
        float(word_count(text) > MIN_HEAD_WORDS and page.counts[norm(text)] > 1),
        float(crumb_tail(page.lines, index)),
        float(cut_text(text)),
        float(index in teasers),
    )


def _teaser_items(page: HeadPage, heads: Sequence[int], position: dict[int, int]) -> set[int]:
    """Headline-sized lines in a list of teasers: each over a date line of its own, a few apart.

    A list of other stories ("LA 2016: Turbocharged Nissan Sentra Nismo unleashed" /
    "November 16, 2016" / "FEATURES" / "Elite Exaltas: the Nissan nicknames" / ...) often sits
    between the headline and the prose: each item looks like an article head on its own.
    """
    dated = [j for j in heads if _dated_below(page, position[j])]
    items: set[int] = set()
    for above, below in itertools.pairwise(dated):
        if position[below] - position[above] <= TEASER_GAP:
            items |= {above, below}
    return items


def _dated_below(page: HeadPage, k: int) -> bool:
    """Whether the text line after the k-th is a date line."""
    return k + 1 < len(page.text_lines) and looks_like_date_line(page.lines[page.text_lines[k + 1]])


def head_from(page: HeadPage, index: int) -> int:
    """The headline a candidate leads to: walk_up() from it, or from its first printing when a
    headline is above that.

    A standfirst is often printed twice, under the headline and again under the byline, photo
    and credit ("Practical Horseman's top picks ..." under "4 Things to Do in October", then
    under "Amy K. Dragoo/AIMMEDIA"); the second copy sits closer to the prose and may rank first,
    but the headline stands over the first. A headline printed twice in a row stays where it
    ranked, so that its copy nearer the prose leaves the body.
    """
    first = _first_copy(page, index)
    if first != index:
        above = walk_up(page.lines, first, 0, page.opening)
        if above != first:
            return above
    return walk_up(page.lines, index, 0, page.opening)


def _first_copy(page: HeadPage, index: int) -> int:
    """The first printing of a line printed again at most FIRST_COPY_LINES above it."""
    key = norm(page.lines[index])
    if page.counts[key] < 2:
        return index
    for earlier in range(max(0, index - FIRST_COPY_LINES), index):
        if norm(page.lines[earlier]) == key:
            return earlier
    return index


# The weights newsclean ships, set by hand (a fit on the dev corpora's tune pages did no better
# on their check pages); ``newsclean train`` fits a user's own, ``--weights`` reads them.
DEFAULT_HEAD_WEIGHTS = HeadWeights(
    (
        1.0,  # date
        BYLINE_WEIGHT,  # byline
        BARE_NAME_WEIGHT,  # bare_name
        1.0,  # paragraph
        NEAR_BODY_BONUS,  # near_body
        -INSIDE_BODY_PENALTY,  # inside_body
        -DEEP_BODY_PENALTY,  # deep_body
        BODY_LIKENESS_WEIGHT,  # likeness
        -SHORT_PENALTY,  # short
        -SENTENCE_PENALTY,  # sentence
        REPEAT_BONUS,  # repeat
        CRUMB_BONUS,  # crumb
        -CUT_TEXT_PENALTY,  # cut_text
        -TEASER_PENALTY,  # teaser
    ),
    min_score=MIN_HEAD_CUES,
    sure_score=SURE_PAGE_HEAD,
)


def find_page_head(lines: Sequence[str]) -> int | None:
    """Index of the headline read off a page without a title line.

    >>> find_page_head(["Home", "Storm hits the coast tonight", "By Lois Lane", "Winds " * 30])
    1
    >>> find_page_head(["Home", "News", "Sport"]) is None
    True
    """
    found = rank_page_head(lines)
    return None if found is None else found[0]


class Candidate(NamedTuple):
    """A line that could head the page, and its value for each cue of head_weights.CUES."""

    line: int  # its index in the page's lines
    values: tuple[float, ...]


def head_candidates(
    lines: Sequence[str], *, title_apart: bool = False
) -> tuple[HeadPage, tuple[Candidate, ...]]:
    """The page as the ranking reads it, and its candidate headlines in page order.

    ``title_apart``: the page's first line is its <title>, printed apart (see _opens_prose()).
    """
    page = _page(lines, head_opens_prose=not title_apart)
    indices = [j for j in page.text_lines if _headline_like(page, j)]
    heads = [j for j in indices if _head_sized(lines[j])]
    position = {j: k for k, j in enumerate(page.text_lines)}
    teasers = _teaser_items(page, heads, position)
    return page, tuple(
        Candidate(j, cue_values(page, j, position[j], heads, teasers)) for j in indices
    )


def rank_page_head(
    lines: Sequence[str],
    *,
    title_apart: bool = False,
    weights: HeadWeights = DEFAULT_HEAD_WEIGHTS,
) -> tuple[int, float] | None:
    """find_page_head() with the rank of the line it starts from (how sure the page head is).

    The candidates are ranked by ``weights``; the best that is not page chrome leads to the
    headline, if it ranks at least ``weights.min_score``.

    >>> rank_page_head(["Home", "Storm hits the coast tonight", "By Lois Lane", "Winds " * 30])
    (1, 3.0)
    """
    page, candidates = head_candidates(lines, title_apart=title_apart)
    for score, line in _ranked(candidates, weights)[:MAX_CHROME_CHECKS]:
        if score < weights.min_score:
            return None
        if not page_chrome(lines[line]):
            return head_from(page, line), score
    return None


def _ranked(candidates: Sequence[Candidate], weights: HeadWeights) -> list[tuple[float, int]]:
    """(score, line) of the candidates, best first; of equal scores, the one higher up."""
    ranked = sorted(((weights.score(c.values), -c.line) for c in candidates), reverse=True)
    return [(score, -minus_line) for score, minus_line in ranked]


class RankedLine(NamedTuple):
    """A candidate as the ranking saw it, for `newsclean explain --head`."""

    line: int  # its index in the lines ranked
    score: float
    cues: dict[str, float]  # its cues that are not 0, by name (head_weights.CUES)
    chrome: bool | None  # page chrome, passed over; None: ranked too low to be asked
    leads_to: int  # the line the headline is read from: itself, or the headline over it


def ranking(
    lines: Sequence[str],
    *,
    title_apart: bool = False,
    weights: HeadWeights = DEFAULT_HEAD_WEIGHTS,
) -> list[RankedLine]:
    """Every candidate of rank_page_head(), best first, with what it was ranked on.

    >>> [(r.line, r.cues["byline"]) for r in ranking(["Home", "Storm hits the coast tonight",
    ...                                                "By Lois Lane", "Winds " * 30])]
    [(1, 1.0)]
    """
    page, candidates = head_candidates(lines, title_apart=title_apart)
    by_line = {c.line: c for c in candidates}
    return [
        RankedLine(
            line,
            score,
            {name: v for name, v in zip(CUES, by_line[line].values, strict=True) if v},
            page_chrome(lines[line]) if k < MAX_CHROME_CHECKS else None,
            head_from(page, line),
        )
        for k, (score, line) in enumerate(_ranked(candidates, weights))
    ]
