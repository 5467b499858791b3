"""Find the headline among a page's text lines.

Three signals are combined, by agreement rather than by position alone:

* the HTML ``<title>`` that html-text prints as the first line (inscriptis and browser copies
  do not: ``has_title_line=False``), usually with the
  site name around a separator (``Headline - Site``, ``Site | Headline``, ``Headline « Site``);
* the headline printed again as its own line in the page (exactly, or differing in case,
  punctuation, a kicker or a truncation ``…``);
* the article head: the headline sits above the standfirst, the byline and the date line.

A repeat of the title that agrees with the article head wins; failing that, another part of the
title printed above an article head ("Club - Headline - Section"); a title with no repeat gives
its text without the site name. A first line repeated above an article head is a title even when
the caller did not say so; a page without a title line (a browser copy) is read from the article
head alone (see page_rank.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from newsclean.extract.head.description import (
    BREADCRUMB_RE,
    LEGAL_RE,
    norm,
    overlap,
    word_count,
)
from newsclean.extract.head.head_weights import HeadWeights
from newsclean.extract.head.page_head import (
    FULL_STOP_END_RE,
    MIN_HEAD_CUES,
    contains,
    could_head,
    first_line_recurs,
    head_cues,
    head_rank,
    is_address,
    list_item_text,
    page_chrome,
    walk_up,
)
from newsclean.extract.head.page_rank import DEFAULT_HEAD_WEIGHTS, rank_page_head
from newsclean.extract.head.title_parts import (
    DOMAIN_RE,
    TITLE_PART_WORDS,
    after_kicker,
    strip_site_name,
    title_segments,
)
from newsclean.patterns import lazy_compile

ELLIPSIS_RE = lazy_compile(r"(?:…|\.{3})\s*$")
EXACT, TRUNCATED, PART = 4, 3, 2  # how a line repeats the title, best first
MAX_EXTRA_WORDS = 3  # words a repeat may add to the title and still be the printed headline
MIN_CLAUSE_WORDS = 5  # a title part this long is part of the headline, not a site's name
MIN_REWORDED_OVERLAP = 0.5  # Dice of word sets for a printed headline that rewords the title
STRONG_HEAD_CUES = 1.5  # head_cues() an article head needs to outvote a title it does not repeat
GENERIC_TITLE_WORDS = 3  # a title this short without separators may only name the site
MIN_PART_WORDS = TITLE_PART_WORDS  # a title part (or a first line taken for a title)...
MIN_REPEAT_CUES = 0.5  # ...and a repeat followed by this much of an article head (head_rank())
BELOW_REPEAT_LINES = 4  # lines under a repeat of the title searched for the printed headline...
MIN_BELOW_OVERLAP = 0.5  # ...which words the title this closely when a label stands between


@dataclass(frozen=True, slots=True)
class HeadlineFound:
    """The headline, where it was found and by which rule."""

    text: str  # as printed, site name removed
    index: int | None  # index in ``lines`` of the headline line in the body, if any
    title_index: int | None  # index of the <title>-like line it came from or agreed with
    rule: str  # "title_repeat", "title_only", "above_byline", ...


class TitleKeys(NamedTuple):
    """What every page line is compared with when looking for a repeat of the title."""

    core: str  # the headline part, normalised (see norm())
    repeats: frozenset[str]  # normalised runs of title parts that keep the core
    truncated: bool  # the headline part ends in an ellipsis


def title_keys(title: str) -> TitleKeys:
    """The normalised forms of a title that repeat_quality() compares lines with.

    >>> title_keys("Is Football Violence a Crime? - WSJ").core
    'is football violence a crime'
    >>> title_keys("—|—").repeats
    frozenset()
    """
    parts = title_segments(title)
    headline = strip_site_name(title)
    core = norm(headline)
    spans = {
        norm(" ".join(parts[i:j])) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)
    }
    repeats = frozenset(span for span in spans if contains(span, core))
    return TitleKeys(core, repeats, ELLIPSIS_RE.search(headline) is not None)


def repeat_quality(line: str, title: str) -> int:
    """How well a page line repeats the title: 4 exact, 3 truncated, 2 kicker or part, 0 none.

    Parts of the title split at separators count, as long as they keep its longest part,
    so that "Headline" repeats "Headline - Site" but the line "Site" does not.

    >>> repeat_quality("Is Football Violence a Crime?", "Is Football Violence a Crime? - WSJ")
    4
    >>> repeat_quality("WSJ", "Is Football Violence a Crime? - WSJ")
    0
    """
    return _repeat_quality(line, title_keys(title))


def _repeat_quality(line: str, keys: TitleKeys) -> int:
    core = keys.core
    text = norm(line)
    # every kind of repeat holds the core or lies within it: most lines fail here, cheaply
    if not core or not text or (core not in text and text not in core):
        return 0
    if is_address(line):
        return 0  # "info@energieverbraucher.de" holds the site's name, not the headline
    if text in keys.repeats:
        return EXACT
    if keys.truncated and text.startswith(core):
        return TRUNCATED
    if ELLIPSIS_RE.search(line) and len(text) >= 20 and core.startswith(text):
        return TRUNCATED
    if BREADCRUMB_RE.search(line):
        return 0
    if contains(text, core) and len(text.split()) <= len(core.split()) + 8:
        return PART
    if contains(core, text) and len(text.split()) >= max(3, 0.6 * len(core.split())):
        return PART
    return 0


def _repeat_text(line: str, title: str, quality: int) -> str:
    """The headline as printed by a repeating line, without a site name, kicker or teaser."""
    part = after_kicker(line, title)
    if part is not None:
        return part
    if quality == EXACT and norm(line) == norm(title) and _names_a_site(title):
        return strip_site_name(title)
    extra = len(norm(line).split()) - len(norm(strip_site_name(title)).split())
    # a line the title holds whole is the headline with a site name glued on without a separator
    # ("Headline - more of it Vipsite"), not a headline running on into a teaser
    if quality == PART and extra > MAX_EXTRA_WORDS and not contains(norm(title), norm(line)):
        return strip_site_name(title)
    return line.strip()


def _names_a_site(title: str) -> bool:
    """Whether a title has a part besides the headline short enough to name a site or section.

    A page printing its whole title may print "Headline – a second clause" as its headline
    ("Weinbergsbahnen in Erden nicht manipuliert – Ermittlungen zu Trittenheimer Fall gehen
    weiter"): parts this long are no site names.

    >>> _names_a_site("Is Football Violence a Crime? - WSJ")
    True
    >>> _names_a_site("Weinbergsbahnen in Erden nicht manipuliert – Ermittlungen zu Trittenheimer "
    ...               "Fall gehen weiter")
    False
    """
    headline = strip_site_name(title)
    return any(
        word_count(part) < MIN_CLAUSE_WORDS for part in title_segments(title) if part != headline
    )


def _best_repeat(lines: Sequence[str], title: str, start: int) -> tuple[int, int] | None:
    """Index and quality of the line that best repeats ``title``, the article head breaking ties."""
    best: tuple[int, float, int] | None = None
    keys = title_keys(title)
    for i in range(start, len(lines)):
        quality = _repeat_quality(lines[i], keys)
        if not quality:
            continue
        key = (quality, head_cues(lines, i), -i)
        if best is None or key > best:
            best = key
    return None if best is None else (-best[2], best[0])


def _article_head(lines: Sequence[str], start: int) -> int | None:
    """Index of the headline-shaped line most closely followed by an article head."""
    best: tuple[float, int] | None = None
    for i in range(start, len(lines)):
        if not could_head(lines[i]):
            continue
        score = head_rank(lines, i)
        if score >= MIN_HEAD_CUES and (best is None or score > best[0]):
            best = (score, i)
    return None if best is None else walk_up(lines, best[1], start)


def _best_reworded(lines: Sequence[str], title: str, start: int) -> int | None:
    """Index of the article-head line that words the title differently, if one is close enough.

    Pages often print a headline worded differently from their <title>: among lines like the
    title, the one that best combines that likeness with an article head below it is taken.
    """
    core = strip_site_name(title)
    best: tuple[float, int] | None = None
    for i in range(start, len(lines)):
        if (
            not could_head(lines[i])
            or FULL_STOP_END_RE.search(lines[i])
            or LEGAL_RE.search(lines[i])
        ):
            continue
        similarity = overlap(lines[i], core)
        if similarity < MIN_REWORDED_OVERLAP:
            continue
        key = (similarity + head_rank(lines, i), -i)
        if best is None or key > best:
            best = key
    return None if best is None else -int(best[1])


def _strong_head(lines: Sequence[str], start: int) -> int | None:
    """The article-head line, when its cues are strong enough to outvote the title."""
    head = _article_head(lines, start)
    if head is None or head_rank(lines, head) < STRONG_HEAD_CUES:
        return None
    if FULL_STOP_END_RE.search(lines[head]) or LEGAL_RE.search(lines[head]):
        return None
    return head


def _generic_title(title: str) -> bool:
    """A title that may only name the site ("Example News", "example.com"): its repeat is a logo."""
    parts = title_segments(title)
    return len(parts) == 1 and (
        word_count(title) <= GENERIC_TITLE_WORDS or bool(DOMAIN_RE.search(title))
    )


def _outvoted(lines: Sequence[str], title: str, repeat: int) -> bool:
    """Whether a repeat of the title is only the site's logo (a title naming just the site)."""
    return _generic_title(title) and head_rank(lines, repeat) < 1


def _part_repeat(lines: Sequence[str], title: str) -> tuple[int, str] | None:
    """Index and text of the line repeating another title part than strip_site_name() keeps.

    "Club - Team wins the cup - Press" keeps "Club"; when only "Team wins the cup" is printed
    again, above an article head, that part is the headline.
    """
    core = strip_site_name(title)
    best: tuple[int, float, int, str] | None = None
    for part in title_segments(title):
        if part == core or word_count(part) < MIN_PART_WORDS:
            continue
        repeat = _best_repeat(lines, part, 1)
        if repeat is None:
            continue
        found = (repeat[1], head_rank(lines, repeat[0]), repeat[0], part)
        if found[1] >= MIN_REPEAT_CUES and (best is None or found[:2] > best[:2]):
            best = found
    if best is None:
        return None
    quality, _, index, part = best
    return index, lines[index].strip() if quality == EXACT else part


def headline_below(lines: Sequence[str], title: str, repeat: int) -> int | None:
    """Index of the printed headline just under a repeat of the title, if the repeat is not it.

    The title is sometimes printed again on a bar above a label ("Du liest gerade ...",
    "Promis") with the headline, worded differently, below it. The first headline-shaped line
    under the repeat is that headline when a label stands between, it is closer to the article
    head and words the title closely. Right under the repeat it is a subtitle or the title's next
    part, which cannot be told from a headline under its kicker: the repeat stays.

    >>> page = ['Danni Büchner und Ennesto Monte trennen sich: "Arschloch"', "Promis",
    ...         'Danni Büchner und Ennesto Monte trennen sich: "Arschloch"', "Promis",
    ...         "„Arschloch“: Danni Büchner und Ennesto Monté trennen sich", "16. März 2021"]
    >>> headline_below(page, page[0], 2)
    4
    """
    repeat_rank = head_rank(lines, repeat)
    for below in range(repeat + 1, min(len(lines), repeat + 1 + BELOW_REPEAT_LINES)):
        text = lines[below]
        if not could_head(text):
            continue  # a label, a date, a share bar
        if FULL_STOP_END_RE.search(text) or head_rank(lines, below) <= repeat_rank:
            return None  # a standfirst, or a line no closer to the article
        if below == repeat + 1:
            return None  # a subtitle or the title's next part: a kicker is told from neither
        return below if overlap(text, title) >= MIN_BELOW_OVERLAP else None
    return None


def _from_title(lines: Sequence[str]) -> HeadlineFound:
    title = lines[0]
    repeat = _best_repeat(lines, title, 1)
    if repeat is not None and not _outvoted(lines, title, repeat[0]):
        below = headline_below(lines, title, repeat[0])
        if below is not None:
            return HeadlineFound(lines[below].strip(), below, 0, "below_title_repeat")
        text = _repeat_text(lines[repeat[0]], title, repeat[1])
        return HeadlineFound(text, repeat[0], 0, "title_repeat")
    part = _part_repeat(lines, title)
    if part is not None:
        return HeadlineFound(part[1], part[0], 0, "title_part")
    reworded = None if _generic_title(title) else _best_reworded(lines, title, 1)
    head = _strong_head(lines, 1)
    if reworded is not None and (
        head is None
        or overlap(lines[reworded], title) + head_rank(lines, reworded) >= head_rank(lines, head)
    ):
        return HeadlineFound(lines[reworded].strip(), reworded, 0, "title_reworded")
    if head is not None:
        return HeadlineFound(lines[head].strip(), head, 0, "above_byline")
    return HeadlineFound(strip_site_name(title), None, 0, "title_only")


def title_recurs_at_head(lines: Sequence[str]) -> bool:
    """Whether the first line, or its headline part, is printed again above an article head.

    The pipeline may not know a first line for a <title> ("BDZV: Olafur ..." has no spaced
    separator); its repeat followed by the article's date or prose says it is one.

    >>> title_recurs_at_head(["BDZV: Storm hits the coast", "Home", "Storm hits the coast",
    ...                       "24. April 2020 | Pressemitteilungen"])
    True
    >>> title_recurs_at_head(["Storm hits the coast", "Home", "Storm hits the coast", "Sport"])
    False
    """
    if word_count(lines[0]) < MIN_PART_WORDS:
        return False
    repeat = _best_repeat(lines, lines[0], 1)
    return repeat is not None and head_rank(lines, repeat[0]) >= MIN_REPEAT_CUES


def _title_outvotes(
    first: str, head: tuple[int, float] | None, sure: float = DEFAULT_HEAD_WEIGHTS.sure_score
) -> bool:
    """Whether a first line set apart like html-text's <title> beats a weak article head.

    html-text prints the <title> as a block of its own even when it carries no site name and is
    not printed again ("Effiziente Hybridbatterie"); it is the headline unless the page's own
    article head is ranked ``sure`` or higher, or the line is page chrome. A line naming a
    domain is the site's name or a page about another site, too weak to outvote any head.

    >>> _title_outvotes("Effiziente Hybridbatterie", (45, 2.1))
    True
    >>> _title_outvotes("Effiziente Hybridbatterie", (45, 3.5))
    False
    >>> _title_outvotes("kath.net", (22, 2.6)), _title_outvotes("Skip to content", None)
    (False, False)
    """
    if not norm(first) or page_chrome(first) or DOMAIN_RE.search(first):
        return False
    return head is None or head[1] < sure


def reads_title(lines: Sequence[str], *, has_title_line: bool, title_possible: bool) -> bool:
    """Whether find_headline() reads the headline from a title line; else the article head
    ranked off the page (page_rank.py) decides.

    >>> reads_title(["Home", "Storm hits coast"], has_title_line=False, title_possible=False)
    False
    """
    return bool(lines) and bool(norm(lines[0])) and (
        has_title_line
        or (title_possible and (first_line_recurs(lines) or title_recurs_at_head(lines)))
    )


def find_headline(
    lines: Sequence[str],
    *,
    has_title_line: bool = True,
    title_possible: bool = True,
    title_apart: bool = False,
    weights: HeadWeights = DEFAULT_HEAD_WEIGHTS,
) -> HeadlineFound | None:
    """The headline of a page given as its non-blank lines.

    ``has_title_line`` says the first line is the HTML <title>; without it a first line that
    recurs above an article head is taken for one, unless ``title_possible`` is False (a layout
    rendering, see title_line.is_layout_rendering()): then the article head alone decides.
    ``title_apart`` says a blank line follows the first line, as html-text prints its <title>:
    that line is the headline when the article head is weak (see _title_outvotes()).
    ``weights`` rank the article head's candidates (head_weights.py).

    >>> page = ["Storm hits coast | Daily Planet", "Home", "Storm hits coast", "By Lois Lane"]
    >>> find_headline(page)
    HeadlineFound(text='Storm hits coast', index=2, title_index=0, rule='title_repeat')
    >>> find_headline(["Home", "News"], has_title_line=False) is None
    True
    """
    if not lines:
        return None
    if reads_title(lines, has_title_line=has_title_line, title_possible=title_possible):
        return _from_title(lines)
    found = rank_page_head(lines, title_apart=title_apart, weights=weights)
    if title_apart and _title_outvotes(lines[0], found, weights.sure_score):
        # the weak head still marks where the article starts, as the headline line would
        head_line = None if found is None else found[0]
        return HeadlineFound(strip_site_name(lines[0]), head_line, 0, "title_over_head")
    if found is None:
        return None
    return HeadlineFound(list_item_text(lines, found[0]), found[0], None, "above_byline")
