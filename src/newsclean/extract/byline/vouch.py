"""What vouches for a name printed without a cue: a date, a handle, a job title, an outlet.

"Tom Krisher, AP Auto Writer", "Marcus De Guzman View More Articles" and "Nicole Collignon
22. Februar 2020" are bylines; "Home News Sport" and "Reuters" under a photo are not. Without a
cue only full names, a user name beside its date or a wire service will do.
"""

from __future__ import annotations

import re

import regex

from newsclean.extract.byline.name_words import AGENCIES, ORG_WORDS, TITLE_HEADS, wordset
from newsclean.extract.byline.names import MONTHS, Segment, starts_with_date
from newsclean.patterns import lazy_compile

# Runs of letters (with their combining marks): the words of a line.
LETTERS_RE = lazy_compile(r"[\p{L}\p{M}]+")
# Words of the outlets that classify() tells apart, split into letter runs: "press", "ria".
ORG_HINT_WORDS = ORG_WORDS | {"the"} | {w for name in AGENCIES for w in LETTERS_RE.findall(name)}
# What an author box prints after the name: "Inga Hoeltmann Follow", "View More Articles".
AUTHOR_WIDGET_RE = lazy_compile(
    r"^(?:follow|view\s+(?:more\s+articles|profile|all\s+posts)|more\s+articles)\b",
    regex.IGNORECASE,
)
# What a bare name's line needs for every rule but "name_title": a handle, a digit or a word of
# a date ("2 hours ago"), an author widget ("Follow", "View profile"). Lines without are settled
# by may_name_title() before the costly parse.
VOUCH_HINT_WORDS = (
    "ago", "vor", "heute", "today", "yesterday", "gestern", "hace", "follow", "view", "more"
)
VOUCH_HINT_RE = lazy_compile(
    r"[@\d] | " + " | ".join(VOUCH_HINT_WORDS), regex.IGNORECASE | regex.VERBOSE
)
# The same for a lowercased ASCII line, where lowercasing folds as a case-insensitive search does
# and "\d" is 0-9: the standard engine finds it there faster.
ASCII_VOUCH_HINT_RE = re.compile("[@0-9]|" + "|".join(VOUCH_HINT_WORDS))
# Desks that sign articles under one word: "Redaktion - 31. Januar 2022".
DESK_WORDS = wordset("redaktion newsdesk redacción rédaction redazione redactie staff")

# What the line of a vouched bare name holds somewhere: a handle, an author widget's word, or the
# core of a date REAL_DATE_RE finds, stripped of the word boundaries and lookaheads that a part of
# the line may pass and the whole line not. What unglue() adds to a line (a space or " | " after
# a small letter) creates none of them.
VOUCH_MARK = rf"""
    @ | follow | view | more                         # a handle, AUTHOR_WIDGET_RE's words
    | \d [./\-:] \d                                  # "11/19/19", "19.11.", "9:01"
    | (?:{MONTHS}) \.? ,? \s* \d | \d \.? \s* (?:{MONTHS})   # "Nov 19", "19. Oktober"
    | ago | vor | heute | today | yesterday | gestern | hace
"""
VOUCH_MARK_RE = lazy_compile(VOUCH_MARK, regex.IGNORECASE | regex.VERBOSE)
# The same marks in a lowercased ASCII line, found four times faster by the standard engine: in
# ASCII, lowercasing folds each letter as a case-insensitive search does, and "\d" is 0-9 in both.
ASCII_VOUCH_MARK_RE = re.compile(VOUCH_MARK, re.VERBOSE)
# What TRAILER_RE always matches: a digit that opens a run of letters and digits, an aside.
SURE_TRAILER_RE = lazy_compile(r"(?<![\p{L}\d])\d|[(\[]")


def vouch_hinted(text: str) -> bool:
    """Whether VOUCH_HINT_RE finds a handle, a digit or a word of a date in ``text``.

    >>> vouch_hinted("Jane Doe 2 HOURS AGO"), vouch_hinted("Jane Doe, ٢٠٢٠")
    (True, True)
    >>> vouch_hinted("Jane Doe, AP")
    False
    """
    if text.isascii():
        return ASCII_VOUCH_HINT_RE.search(text.lower()) is not None
    return VOUCH_HINT_RE.search(text) is not None


def may_be_vouched(text: str) -> bool:
    """False when no bare name on ``text`` can be vouched for; True decides nothing.

    A bare byline is dated, vouched for by its trailer (a handle, a widget, a date), or has no
    trailer at all (a name with its job title). A date or a vouching trailer holds a mark of
    VOUCH_MARK_RE; a line without one takes only a name with no trailer, which rules out a line
    that holds what always opens a trailer: "Cina (1)", "Guide to Turkey Trots in CT 2019".

    >>> may_be_vouched("Holocaust (1)"), may_be_vouched("Guide to Turkey Trots in CT 2019")
    (False, False)
    >>> may_be_vouched("Chris Davies - Nov 19, 2019"), may_be_vouched("Tom Krisher, AP Writer")
    (True, True)
    >>> may_be_vouched("Keris Lahiff @kerisalison"), may_be_vouched("Jane Doe (Follow)")
    (True, True)
    """
    if not SURE_TRAILER_RE.search(text):
        return True
    if text.isascii():
        return ASCII_VOUCH_MARK_RE.search(text.lower()) is not None
    return VOUCH_MARK_RE.search(text) is not None


def may_name_title(text: str) -> bool:
    """Whether a line may hold a person with a job title or an outlet ("name_title").

    A cheap test run before the costly parse, for lines without anything VOUCH_HINT_RE finds:
    False rules the line out, True decides nothing. It wants a capital letter (a person's name)
    and a job title's word, or a comma and an outlet's word or a domain.

    >>> may_name_title("Tom Krisher, AP Auto Writer")
    True
    >>> may_name_title("Home News Sport")
    False
    """
    if text.islower():  # no capital letter, so no person's name
        return False
    words = {word.lower() for word in LETTERS_RE.findall(text)}
    if not words.isdisjoint(TITLE_HEADS):
        return True
    return "," in text and ("." in text or not words.isdisjoint(ORG_HINT_WORDS))


def bare_rule(names: str, trailer: str, found: list[Segment], *, dated: bool) -> str | None:
    """What vouches for a bare name: a date before or after it, a handle, a title, an outlet."""
    if dated:
        return "name_after_date"
    if trailer:
        return trailer_vouches(trailer)
    if not any(s.kind == "person" for s in found):
        return None  # "Reuters" alone under a photo is a credit, not a byline
    if any(s.kind == "title" or s.titled for s in found):
        return "name_title"
    # "Meg Kinnard and Errin Haines, Associated Press"; but "Noah Berger / AP" is a photo credit
    if any(s.kind == "org" for s in found) and "," in names and "/" not in names:
        return "name_title"
    return None


def trailer_vouches(trailer: str) -> str | None:
    """The rule by which what follows a bare name vouches for it: a handle, a widget, a date."""
    if trailer.startswith("@"):
        return "name_handle"
    if AUTHOR_WIDGET_RE.match(trailer):
        return "name_widget"
    if starts_with_date(trailer):
        return "name_date"
    return None


def _user_name_like(segment: Segment) -> bool:
    """A one-word author that is no ordinary word: "LinkNaija", "MikeNils", "r23", "Redaktion"."""
    word = segment.text
    if segment.kind == "handle" or word.lower() in DESK_WORDS | AGENCIES:
        return True
    inner_capital = any(c.isupper() for c in word[1:]) and not word.isupper()
    return " " not in word and (inner_capital or any(c.isdigit() or c == "_" for c in word))


def bare_names_ok(
    parsed: tuple[tuple[str, ...], list[Segment]], *, allow_single: bool = False
) -> bool:
    """Without a cue, only full names (two words or more) or a wire service will do."""
    authors, found = parsed
    if allow_single and len(found) == 1 and _user_name_like(found[0]):
        return True
    if any(s.kind == "person" for s in found):
        return all(" " in a for a in authors)
    return all(a.lower().removeprefix("the ") in AGENCIES for a in authors)
