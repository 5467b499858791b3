"""The byline: find the line that names the authors, and split it into person names.

Three kinds of evidence, from strong to weak:

1. a cue: "By", "Von", "Por", "Par", "Written by", "Author:", "Автор:"..., at the start of the line
   or after a date ("Nov 18, 2019 by Joe Rossignol"), or alone with the names on the next line;
2. a bare name with a date, a job title or a handle on the same line ("Chris Davies - Nov 19,
   2019", "Tom Krisher, AP Auto Writer", "Keris Lahiff @kerisalison");
3. a bare name alone on its line with a date or a job title on the next one.

Bare names are only looked for near the headline and near the published date's line (a name
above the date, only filler between). A false author costs as much as a missed one, so "By the
time the polls closed" fails: a name is one to five capitalised words. The line parsers live in
``byline_parse.py``; this module decides where to look. When nothing there names anyone, the
last resorts are the author's bio under the article and the copyright holder of a personal
site (``byline_tail.py``).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import replace

import regex

from newsclean.extract.byline.entry_meta import doubled_date_author
from newsclean.extract.byline.glue import without_page_labels
from newsclean.extract.byline.hint import may_be_byline
from newsclean.extract.byline.lines import (
    PUNCTUATION_LINE_RE,
    desk_line,
    full_or_user_name,
    is_name_date_filler,
    is_stamp_line,
    plain_name_list,
    vouched_by_neighbour,
)
from newsclean.extract.byline.names import (
    site_name,
)
from newsclean.extract.byline.parse import (
    CUE_ALONE_ENDS,
    CUE_ALONE_RE,
    BylineFound,
    authors_of,
    cut_names,
    full_name_line,
    leading_names,
    parse_bare_line,
    parse_cue_line,
    parse_name_line,
    split_authors,
)
from newsclean.extract.byline.tail import (
    MAX_BIO_CHARS,
    author_box_at,
    bio_at,
    copyright_holder_at,
    name_over_box_at,
)
from newsclean.patterns import lazy_compile

__all__ = ["BylineFound", "find_byline", "is_byline_line", "parse_name_line", "split_authors"]

# Lines searched after and before the headline for a byline.
WINDOW_AFTER_LINES = 20
WINDOW_BEFORE_LINES = 5
# Lines searched from the top when the headline is unknown.
WINDOW_NO_HEADLINE_LINES = 60
# A one-word name without a cue ("LinkNaija August 08, 2018") is taken this close to the headline.
MAX_SINGLE_GAP_LINES = 3
# A name alone on its line (vouched for by the next line) is taken this close under the headline.
MAX_NAME_LINE_GAP_LINES = 8

# Items of a menu this close to each other: "By Method" / "Ramadan Recipes" / "By Product".
MAX_MENU_GAP_LINES = 2
# Dated names this close to each other are items of a list of posts.
MAX_LIST_GAP_LINES = 3
DATED_RULES = frozenset({"name_after_date", "name_date"})
# A name alone on its line is taken this close to the published date's line (filler between).
MAX_DATE_GAP_LINES = 2

JOINER_RE = lazy_compile(r"^(?:and|&|und|y|et|e|en|og|och|i)$", regex.IGNORECASE)


# Answers remembered: several steps ask the same question of the same line.
CACHED_LINES = 4096


@functools.lru_cache(maxsize=CACHED_LINES)
def is_byline_line(text: str) -> bool:
    """True when the line is a byline and nothing more (for the body filter).

    >>> is_byline_line("By Jane Doe and John Roe")
    True
    >>> is_byline_line("By the time the polls closed, turnout had reached 60 per cent.")
    False
    """
    if not may_be_byline(text):
        return False
    found = parse_cue_line(text) or parse_bare_line(text)
    if found is None:
        return False
    rest = text.split(found.byline, 1)[-1] if found.byline in text else ""
    return not _has_sentence(rest)


# Four lower-case words in a row: prose, not a date stamp or a section name.
SENTENCE_RE = lazy_compile(r"(?:\b\p{Ll}[\p{L}'’]*\b[\s,]+){3}\b\p{Ll}")


def _has_sentence(text: str) -> bool:
    """A run of four lower-case words: prose, not a date stamp or a section name."""
    return bool(SENTENCE_RE.search(text))


def find_byline(
    lines: Sequence[str],
    *,
    headline_index: int | None = None,
    language: str | None = None,
    date_index: int | None = None,
) -> BylineFound | None:
    """The byline of a page given as lines, looked for near the headline, then near the date.

    ``headline_index`` is the headline's line, ``date_index`` the published date's line: the
    byline sits beside one or the other. Cues come first, then bare names; last, a cue anywhere.

    >>> lines = ["Storm hits coast", "By", "Jane Doe", "Nov. 19, 2019", "The storm came at dawn."]
    >>> find_byline(lines, headline_index=0)
    BylineFound(byline='Jane Doe', authors=('Jane Doe',), index=1, rule='cue_alone', end_index=2)
    >>> find_byline(["Storm hits coast", "By the time the storm hit, all had left."]) is None
    True
    """
    found = _find(lines, headline_index, language, date_index)
    if found is None:
        return None
    authors = without_page_labels(found.authors, lines, found.index)
    return found if authors == found.authors else replace(found, authors=authors)


def _find(
    lines: Sequence[str], headline_index: int | None, language: str | None, date_index: int | None
) -> BylineFound | None:
    """The finders of ``find_byline``, from the strongest evidence to the weakest."""
    near = _near_indices(len(lines), headline_index)
    by_date = [
        i for i in _date_indices(lines, date_index) if i not in near and i != headline_index
    ]
    for i in [*near, *by_date]:
        if found := _cue_at(lines, i, language):
            return _joined_names(lines, found)
    for i in near:
        if found := _bare_at(lines, i, headline_index):
            return _joined_names(lines, found)
    if date_index is not None:
        for i in _date_indices(lines, date_index):
            if i == headline_index:
                continue
            if found := _bare_by_date(lines, i, date_index, headline_index):
                return found
    seen = {*near, *by_date}
    for copy in _headline_copies(lines, headline_index):
        if found := _near_copy(lines, copy, language, seen):
            return found
    for i in range(len(lines)):
        if i not in seen and (found := _cue_at(lines, i, language) or author_box_at(lines, i)):
            return found
    for i in range(len(lines) - 1):
        if found := name_over_box_at(lines, i):
            return found
    start = headline_index + 1 if headline_index is not None else 0
    for i in range(start, len(lines)):
        if found := bio_at(lines, i):
            return found
    for i in range(len(lines) - 1, -1, -1):
        if found := copyright_holder_at(lines, i):
            return found
    return None


def _headline_copies(lines: Sequence[str], headline_index: int | None) -> list[int]:
    """Other lines that print the headline again, in page order.

    The headline step takes one of them (often a teaser's copy lower down, or the one in a
    breadcrumb); the byline may sit under another: "Strava-Karten ..." / "Stefan Loibl" /
    "• Publiziert vor einer Stunde" near the top, the same headline in a teaser at the foot.
    """
    if headline_index is None:
        return []
    head = lines[headline_index].strip()
    return [i for i, line in enumerate(lines) if i != headline_index and line.strip() == head]


def _near_copy(
    lines: Sequence[str], copy: int, language: str | None, seen: set[int]
) -> BylineFound | None:
    """A cue (on lines not searched for one yet), then a bare name, near a copy of the headline.

    A bare name is judged by where it stands from the headline, so it is looked at again.
    """
    near = [i for i in _near_indices(len(lines), copy) if i != copy]
    for i in near:
        if i not in seen and (found := _cue_at(lines, i, language)):
            return _joined_names(lines, found)
    for i in near:
        if found := _bare_at(lines, i, copy):
            return _joined_names(lines, found)
    return None


def _near_indices(count: int, headline_index: int | None) -> list[int]:
    """Indices to search, nearest the headline first (after it, then before it)."""
    if headline_index is None:
        return list(range(min(count, WINDOW_NO_HEADLINE_LINES)))
    after = range(headline_index + 1, min(count, headline_index + 1 + WINDOW_AFTER_LINES))
    before = range(headline_index - 1, max(-1, headline_index - 1 - WINDOW_BEFORE_LINES), -1)
    return [*after, *before]


def _date_indices(lines: Sequence[str], date_index: int | None) -> list[int]:
    """Indices beside the published date's line, nearest first, the date's line itself first.

    Lines of punctuation alone (the empty bullets of an inscriptis list) are stepped over.
    """
    if date_index is None:
        return []
    order = [date_index]
    for direction in (-1, 1):
        i, taken = date_index + direction, 0
        while 0 <= i < len(lines) and taken < MAX_DATE_GAP_LINES:
            if not PUNCTUATION_LINE_RE.match(lines[i]):
                order.append(i)
                taken += 1
            i += direction
    return sorted(order, key=lambda i: abs(i - date_index))


def _cue_at(lines: Sequence[str], i: int, language: str | None) -> BylineFound | None:
    text = lines[i]
    if _cue_alone(text) and i + 1 < len(lines):
        at = i + 1
        if _cue_alone(lines[at]) and at + 1 < len(lines):
            at += 1  # a label over a label: "Auteur :" / "Auteur(s) :" / the names
        names = leading_names(cut_names(lines[at].strip())[0])
        parsed = authors_of(names)
        label_only = text.strip()[-1:] not in ":" and text.strip()[:1] in "AaАа"
        if parsed is None or (label_only and not all(" " in a for a in parsed[0])):
            return None  # "Authors" in a menu, then "Podcasts"
        return _joined_names(lines, BylineFound(names, parsed[0], i, "cue_alone", at))
    found = parse_cue_line(text, language=language)
    if found is None or _in_browse_menu(lines, i, found):
        return None
    return BylineFound(found.byline, found.authors, i, found.rule)


def _cue_alone(text: str) -> bool:
    """A cue alone on its line: "By", "Written by:", "Autor*in"."""
    line = text.strip()
    return line[-1:] in CUE_ALONE_ENDS and CUE_ALONE_RE.match(line) is not None


def _in_browse_menu(lines: Sequence[str], i: int, found: BylineFound) -> bool:
    """One word after "By" with another "By ..." line beside it: a menu of ways to browse
    ("By Course or Type" / "Ramadan Recipes" / "By Method" / "By Product"), not a byline.
    """
    if " " in found.byline or found.rule != "cue":
        return False
    cue = lines[i].split(maxsplit=1)[0]
    near = range(max(0, i - MAX_MENU_GAP_LINES), min(len(lines), i + MAX_MENU_GAP_LINES + 1))
    return any(j != i and lines[j].split(maxsplit=1)[:1] == [cue] for j in near)


def _joined_names(lines: Sequence[str], found: BylineFound) -> BylineFound:
    """A cue's names continued over "and" alone on a line: "By" / "A" / "and" / "B"."""
    end = found.end_index if found.end_index is not None else found.index
    if end + 2 >= len(lines) or not JOINER_RE.match(lines[end + 1].strip()):
        return _continued(lines, found, end)
    more = parse_name_line(lines[end + 2])
    if not more:
        return found
    byline = f"{found.byline} {lines[end + 1].strip()} {lines[end + 2].strip()}"
    return BylineFound(byline, (*found.authors, *more), found.index, found.rule, end + 2)


def _continued(lines: Sequence[str], found: BylineFound, end: int) -> BylineFound:
    """A co-author on the next line after "&" or "and", with a job title of their own:
    "Sarah Hinger, Staff Attorney, ..." / "& Sylvia Torres-Guillén, Director of Education ...".
    """
    if end + 1 >= len(lines) or len(lines[end + 1]) > MAX_BIO_CHARS:
        return found
    joiner, _, rest = lines[end + 1].strip().partition(" ")
    if not JOINER_RE.match(joiner):
        return found
    name = rest.split(",", 1)[0]
    more = full_name_line(name)
    if not more:
        return found
    return BylineFound(found.byline, (*found.authors, *more), found.index, found.rule, end + 1)


def _bare_at(lines: Sequence[str], i: int, headline_index: int | None) -> BylineFound | None:
    under_headline = headline_index is not None and 0 < i - headline_index <= MAX_SINGLE_GAP_LINES
    if found := parse_bare_line(lines[i], allow_single=under_headline):
        return None if _in_post_list(lines, i, found) else replace(found, index=i)
    authors = parse_name_line(lines[i])
    after = headline_index is None or 0 < i - headline_index <= MAX_NAME_LINE_GAP_LINES
    if authors and after and vouched_by_neighbour(lines, i):
        return BylineFound(lines[i].strip(), authors, i, "name_line")
    if len(authors) >= 2 and i + 1 < len(lines) and is_stamp_line(lines[i + 1]):
        # above the headline, only a list of names over a date: one name may be a section's
        return BylineFound(lines[i].strip(), authors, i, "names_over_date")
    if after and i > 0 and is_stamp_line(lines[i - 1]) and (desk := desk_line(lines[i])):
        return BylineFound(lines[i].strip(), desk, i, "desk_line")  # "Redaktion Polizeiticker"
    if len(authors) >= 2 and under_headline and plain_name_list(lines[i], authors):
        return BylineFound(lines[i].strip(), authors, i, "name_list")  # "A, B y C"
    return None


def _bare_by_date(
    lines: Sequence[str], i: int, date_index: int, headline_index: int | None = None
) -> BylineFound | None:
    """A bare name on the published date's line, or alone on a line beside it.

    Between the name and the date only filler may stand: "—", "am", "Twitter", a section's
    one word, another date. A name right above or below the date is read with it, so that a
    user name such as "LinkNaija" over "August 08, 2018" counts as it would on one line.
    """
    if found := parse_bare_line(lines[i], allow_single=i == date_index):
        return None if _in_post_list(lines, i, found) else replace(found, index=i)
    if i == date_index and (found := doubled_date_author(lines[i])):
        return replace(found, index=i)
    if i >= date_index:
        return None  # under its date, a line of names is the article's: "The Doobie Brothers..."
    between = lines[i + 1 : date_index]
    if not all(is_name_date_filler(line) for line in between):
        return None
    name, stamp = lines[i].strip(), lines[date_index].strip()
    found = parse_bare_line(f"{name} {stamp}", allow_single=not between)
    if found and found.byline in name and full_or_user_name(found.authors):
        found = BylineFound(found.byline, found.authors, i, "name_by_date")
        return None if _in_post_list(lines, i, found) else found
    if authors := parse_name_line(name) or desk_line(name):
        return BylineFound(name, authors, i, "name_by_date")
    if site_name(name) == name and not between and i - 1 == headline_index:
        return BylineFound(name, (name,), i, "site_by_date")  # "uncut-news.ch" / "November 6, 2023"
    return None


def _in_post_list(lines: Sequence[str], i: int, found: BylineFound) -> bool:
    """The same name beside another date a line or two away: an item in a list of posts.

    "October 30, 2020 Kate May" / "ZZ Plant Care: A Complete Guide" / "October 28, 2020 Kate May";
    "WoB 14.-20. Januar" / "WoB 07.-13. Januar" (weekly reports).
    """
    if found.rule not in DATED_RULES and found.rule != "name_by_date":
        return False
    for j in range(max(0, i - MAX_LIST_GAP_LINES), min(len(lines), i + MAX_LIST_GAP_LINES + 1)):
        if j == i or lines[j].strip() == lines[i].strip():
            continue
        other = parse_bare_line(lines[j], allow_single=True)
        if other is not None and other.rule in DATED_RULES and other.authors == found.authors:
            return True
    return False
