"""Find the headline among a page's text lines.

Three signals are combined, by agreement rather than by position alone:

* the HTML ``<title>`` that html-text prints as the first line (inscriptis and browser copies
  do not: ``has_title_line=False``), usually with the
  site name around a separator (``Headline - Site``, ``Site | Headline``, ``Headline « Site``);
* the headline printed again as its own line in the page (exactly, or differing in case,
  punctuation, a kicker or a truncation ``…``);
* the article head: the headline sits above the standfirst, the byline and the date line.

A repeat of the title that agrees with the article head wins; a title with no repeat gives its
text without the site name; a page without a title line (a browser copy) is read from the
article head alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import regex

from newsclean.extract.byline import is_byline_line
from newsclean.extract.description import (
    BREADCRUMB_RE,
    LEGAL_RE,
    is_filler,
    is_name_line,
    keywords,
    looks_like_byline,
    looks_like_caption,
    looks_like_date_line,
    norm,
    overlap,
    word_count,
)

TITLE_SEPARATOR_RE = regex.compile(
    r"""
    \s+ (?: [|«»‹›·•~] | :: | [-–—]{1,2} | : ) \s+   # "A - B", "A | B", "A « B", "A : B"
    | \s* [|｜] \s*                                   # a pipe needs no spaces: "SITE|Headline"
    """,
    regex.VERBOSE,
)
SENTENCE_END_RE = regex.compile(r"(?<![.…]|\b\p{Lu})\.$")  # "...simple." but not "U.S." or "..."
ELLIPSIS_RE = regex.compile(r"(?:…|\.{3})\s*$")
DOMAIN_RE = regex.compile(r"\w\.(?:com|net|org|de|at|ch|eu|info|co|uk|fr|it|es|io|tv)\b", regex.I)
DATE_ONLY_RE = regex.compile(r"^[\d./-]+$")
SITE_PART_RATIO = 3  # a first title part this many times shorter than another is a site name
LONG_PARAGRAPH_WORDS = 25
MAX_HEADLINE_WORDS = 40
HEAD_WINDOW_LINES = 6
MIN_HEAD_CUES = 1.0  # head_cues() a line needs to be taken for a headline without a title
MIN_HEAD_WORDS = 4  # shorter lines are more often menu entries than headlines...
SHORT_PENALTY = 0.3  # ...so they lose this much of their head_cues()
SENTENCE_WORDS = 10  # a line this long ending in a full stop reads as a standfirst...
SENTENCE_PENALTY = 0.5  # ...and loses this much
BYLINE_WEIGHT = 1.5  # a byline marks an article head more surely than a date or a paragraph
STANDFIRST_WORDS = 20  # a line this long under a headline-shaped line is its standfirst
EXACT, TRUNCATED, PART = 4, 3, 2  # how a line repeats the title, best first
MAX_EXTRA_WORDS = 3  # words a repeat may add to the title and still be the printed headline
MIN_REWORDED_OVERLAP = 0.5  # Dice of word sets for a printed headline that rewords the title
STRONG_HEAD_CUES = 1.5  # head_cues() an article head needs to outvote a title it does not repeat
GENERIC_TITLE_WORDS = 3  # a title this short without separators may only name the site
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
BARE_NAME_WEIGHT = 0.5  # a name line without "By" is a weaker byline cue (site names look alike)
FIRST_LINE_REPEAT_WINDOW = 400  # lines searched for a repeat of the first line


@dataclass(frozen=True, slots=True)
class HeadlineFound:
    """The headline, where it was found and by which rule."""

    text: str  # as printed, site name removed
    index: int | None  # index in ``lines`` of the headline line in the body, if any
    title_index: int | None  # index of the <title>-like line it came from or agreed with
    rule: str  # "title_repeat", "title_only", "above_byline", ...


def title_segments(title: str) -> list[str]:
    """The parts of a title split at site-name separators.

    >>> title_segments("Is Football Violence a Crime? - WSJ")
    ['Is Football Violence a Crime?', 'WSJ']
    >>> title_segments("Ukraine war: Austin seeks ceasefire")
    ['Ukraine war: Austin seeks ceasefire']
    """
    return [part.strip() for part in TITLE_SEPARATOR_RE.split(title) if part.strip()]


def _site_like(part: str, longest_words: int) -> bool:
    """A title part that names the site or section rather than the story."""
    if DOMAIN_RE.search(part) or DATE_ONLY_RE.match(part):
        return True
    return longest_words >= 4 and word_count(part) * SITE_PART_RATIO <= longest_words


def strip_site_name(title: str) -> str:
    """The headline part of a page title, without the site name and sections around it.

    Titles put the story first ("Headline - Site") far more often than last ("Site | Headline");
    the first part is kept unless it is a domain, a date or much shorter than another part.

    >>> strip_site_name("Beijing tariff demands may expand US-China trade deal | Deccan Herald")
    'Beijing tariff demands may expand US-China trade deal'
    >>> strip_site_name("Bundesrat - Textarchiv - Erinnerung an die Opfer der NS-Verbrechen")
    'Erinnerung an die Opfer der NS-Verbrechen'
    >>> strip_site_name("Ukraine war: Austin seeks 'immediate' ceasefire")
    "Ukraine war: Austin seeks 'immediate' ceasefire"
    """
    parts = title_segments(title)
    if not parts:
        return title.strip()
    longest = max(parts, key=word_count)
    if _site_like(parts[0], word_count(longest)):
        return longest
    return parts[0]


def _first(lines: Sequence[str], start: int, test: Callable[[str], bool]) -> int | None:
    """Distance (1-based) from ``start`` to the first line in the window that passes ``test``."""
    for distance, line in enumerate(lines[start + 1 : start + 1 + HEAD_WINDOW_LINES], 1):
        if test(line):
            return distance
    return None


def _is_paragraph(text: str) -> bool:
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
    (_is_paragraph, 1.0),
)


def is_headline_shaped(text: str) -> bool:
    """A line that could be a headline: a few words, not a date, byline or URL.

    >>> is_headline_shaped("Chinese hunter catches bubonic plague after eating wild rabbit")
    True
    >>> is_headline_shaped("Posted on March 30, 2015 by Admin")
    False
    """
    words = word_count(text)
    if not 2 <= words <= MAX_HEADLINE_WORDS or len(text) < 12:
        return False
    if "://" in text or text.startswith("www.") or text.endswith(":"):
        return False
    return not (looks_like_date_line(text) or looks_like_byline(text))


def _contains(outer: str, inner: str) -> bool:
    return bool(inner) and f" {inner} " in f" {outer} "


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
    repeats = frozenset(span for span in spans if _contains(span, core))
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
    if text in keys.repeats:
        return EXACT
    if keys.truncated and text.startswith(core):
        return TRUNCATED
    if ELLIPSIS_RE.search(line) and len(text) >= 20 and core.startswith(text):
        return TRUNCATED
    if BREADCRUMB_RE.search(line):
        return 0
    if _contains(text, core) and len(text.split()) <= len(core.split()) + 8:
        return PART
    if _contains(core, text) and len(text.split()) >= max(3, 0.6 * len(core.split())):
        return PART
    return 0


def _repeat_text(line: str, title: str, quality: int) -> str:
    """The headline as printed by a repeating line, without a site name or a run-on teaser."""
    if quality == EXACT and norm(line) == norm(title) and len(title_segments(title)) > 1:
        return strip_site_name(title)
    extra = len(norm(line).split()) - len(norm(strip_site_name(title)).split())
    if quality == PART and extra > MAX_EXTRA_WORDS:
        return strip_site_name(title)
    return line.strip()


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


def _head_rank(lines: Sequence[str], index: int) -> float:
    """head_cues() of a candidate line, less penalties for menu-short and sentence-like lines."""
    text = lines[index]
    score = head_cues(lines, index)
    if word_count(text) < MIN_HEAD_WORDS:
        score -= SHORT_PENALTY
    if SENTENCE_END_RE.search(text) and word_count(text) >= SENTENCE_WORDS:
        score -= SENTENCE_PENALTY
    return score


def _walk_up(lines: Sequence[str], index: int, start: int) -> int:
    """Move from a standfirst, subtitle or author line up to the headline printed above it."""
    while index > start:
        above, here = lines[index - 1], lines[index]
        if not _could_head(above) or word_count(above) < MIN_HEAD_WORDS:
            break
        if NUMBERED_RE.match(above) or _contains(norm(above), norm(here)):
            break  # "3. Title" above "Title": a breadcrumb's last item, not a kicker
        standfirst = (
            SENTENCE_END_RE.search(here) is not None or word_count(here) >= STANDFIRST_WORDS
        )
        if not (standfirst or looks_like_byline(here) or word_count(above) >= word_count(here)):
            break
        index -= 1
    return index


def _could_head(text: str) -> bool:
    if not is_headline_shaped(text) or _is_paragraph(text) or looks_like_caption(text):
        return False
    return not BREADCRUMB_RE.search(text)


def _article_head(lines: Sequence[str], start: int) -> int | None:
    """Index of the headline-shaped line most closely followed by an article head."""
    best: tuple[float, int] | None = None
    for i in range(start, len(lines)):
        if not _could_head(lines[i]):
            continue
        score = _head_rank(lines, i)
        if score >= MIN_HEAD_CUES and (best is None or score > best[0]):
            best = (score, i)
    return None if best is None else _walk_up(lines, best[1], start)


def _best_reworded(lines: Sequence[str], title: str, start: int) -> int | None:
    """Index of the article-head line that words the title differently, if one is close enough.

    Pages often print a headline worded differently from their <title>: among lines like the
    title, the one that best combines that likeness with an article head below it is taken.
    """
    core = strip_site_name(title)
    best: tuple[float, int] | None = None
    for i in range(start, len(lines)):
        if (
            not _could_head(lines[i])
            or SENTENCE_END_RE.search(lines[i])
            or LEGAL_RE.search(lines[i])
        ):
            continue
        similarity = overlap(lines[i], core)
        if similarity < MIN_REWORDED_OVERLAP:
            continue
        key = (similarity + _head_rank(lines, i), -i)
        if best is None or key > best:
            best = key
    return None if best is None else -int(best[1])


def _strong_head(lines: Sequence[str], start: int) -> int | None:
    """The article-head line, when its cues are strong enough to outvote the title."""
    head = _article_head(lines, start)
    if head is None or _head_rank(lines, head) < STRONG_HEAD_CUES:
        return None
    if SENTENCE_END_RE.search(lines[head]) or LEGAL_RE.search(lines[head]):
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
    return _generic_title(title) and _head_rank(lines, repeat) < 1


def _from_title(lines: Sequence[str]) -> HeadlineFound:
    title = lines[0]
    repeat = _best_repeat(lines, title, 1)
    if repeat is not None and not _outvoted(lines, title, repeat[0]):
        text = _repeat_text(lines[repeat[0]], title, repeat[1])
        return HeadlineFound(text, repeat[0], 0, "title_repeat")
    reworded = None if _generic_title(title) else _best_reworded(lines, title, 1)
    head = _strong_head(lines, 1)
    if reworded is not None and (
        head is None
        or overlap(lines[reworded], title) + _head_rank(lines, reworded) >= _head_rank(lines, head)
    ):
        return HeadlineFound(lines[reworded].strip(), reworded, 0, "title_reworded")
    if head is not None:
        return HeadlineFound(lines[head].strip(), head, 0, "above_byline")
    return HeadlineFound(strip_site_name(title), None, 0, "title_only")


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
            "paragraph": 1.0 if _is_paragraph(text) else 0.0,
        }
        for cue, weight in cues.items():
            if weight and cue not in seen:
                seen.add(cue)
                total += weight / distance
    return total


def _name_weight(text: str) -> float:
    if not is_name_line(text):
        return 0.0
    return BYLINE_WEIGHT if looks_like_byline(text) or is_byline_line(text) else BARE_NAME_WEIGHT


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
    return _could_head(text) and not is_name_line(text)


def _near_body(page: _Page, index: int, k: int, candidates: Sequence[int]) -> float:
    """A share of NEAR_BODY_BONUS for a line above the prose, less for each headline between."""
    if page.body is None:
        return 0.0
    start = page.body[0]
    gap = sum(1 for j in page.text_lines[k + 1 :] if j < start)
    if index >= start:
        return -INSIDE_BODY_PENALTY
    if gap > NEAR_BODY_LINES:
        return 0.0
    between = sum(
        1
        for j in candidates
        if index < j < start
        and word_count(page.lines[j]) >= MIN_HEAD_WORDS
        and not SENTENCE_END_RE.search(page.lines[j])
    )
    return NEAR_BODY_BONUS / (1 + between)


def _page_rank(page: _Page, index: int, k: int, candidates: Sequence[int]) -> float:
    text = page.lines[index]
    score = _text_cues(page.lines, page.text_lines, k) + _near_body(page, index, k, candidates)
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


def _page_head(lines: Sequence[str]) -> int | None:
    """Index of the headline read off a page without a title line."""
    page = _page(lines)
    candidates = [j for j in page.text_lines if _headline_like(lines[j])]
    position = {j: k for k, j in enumerate(page.text_lines)}
    best: tuple[float, int] | None = None
    for j in candidates:
        score = _page_rank(page, j, position[j], candidates)
        if best is None or score > best[0]:
            best = (score, j)
    if best is None or best[0] < MIN_HEAD_CUES:
        return None
    return _walk_up(lines, best[1], 0)


def _first_line_recurs(lines: Sequence[str]) -> bool:
    """Whether the first line is printed again (up to case and punctuation): a <title>."""
    key = norm(lines[0])
    return len(key.split()) >= MIN_HEAD_WORDS and any(
        norm(text) == key for text in lines[1:FIRST_LINE_REPEAT_WINDOW]
    )


def find_headline(lines: Sequence[str], *, has_title_line: bool = True) -> HeadlineFound | None:
    """The headline of a page given as its non-blank lines.

    >>> page = ["Storm hits coast | Daily Planet", "Home", "Storm hits coast", "By Lois Lane"]
    >>> find_headline(page)
    HeadlineFound(text='Storm hits coast', index=2, title_index=0, rule='title_repeat')
    >>> find_headline(["Home", "News"], has_title_line=False) is None
    True
    """
    if not lines:
        return None
    if (has_title_line or _first_line_recurs(lines)) and norm(lines[0]):
        return _from_title(lines)
    head = _page_head(lines)
    if head is None:
        return None
    return HeadlineFound(lines[head].strip(), head, None, "above_byline")
