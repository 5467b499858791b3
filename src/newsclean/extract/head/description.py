"""Find the standfirst (the description) printed right under the headline.

This module also holds the line measures the headline finder shares: word counts, likeness of
two lines, and the cues of an article head (date lines, bylines, captions).

A standfirst is one sentence-like line between the headline and the article's byline or date
line: set apart from the body by them. A line with no byline or date line below it cannot be told
from the first paragraph of the body, so it is not taken: no description is better than a
paragraph of the body.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from newsclean.extract.byline.find import is_byline_line, parse_name_line
from newsclean.gates.words import may_match
from newsclean.patterns import WORD_RE, lazy_compile

# WORD_RE for ASCII text, where the standard engine's "\w" is the same [A-Za-z0-9_] and faster:
# the word counts and normal forms of every line of a page are read with it.
ASCII_WORD_RE = re.compile(r"\w+")
# Letters of scripts written without spaces: each two of them count as one word.
CJK_RE = lazy_compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
BREADCRUMB_RE = lazy_compile(
    r"""
    (?: \s (?: / | > | » | › | \\ ) \s )   # "Home / World News / ..."
    | ^ (?: home | start(?:seite)? | inicio | accueil ) \b   # "Home News Business ..."
    | \b you \s+ are \s+ here \b | \b sie \s+ sind \s+ hier \b     # "You are here: ..."
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
AGENCIES = r"reuters | ap | afp | dpa | getty \s images | associated \s press"
CAPTION_RE = lazy_compile(
    rf"""
    \( (?: {AGENCIES} | getty | file (?: \s photo )? | photo ) \) \s* $      # "... (Reuters)"
    | (?: / | \| ) \s* (?: {AGENCIES} ) \b [^.]{{0,20}} $                    # "X / Reuters"
    | ^ (?: photo | foto | image | bild | credit | source | quelle ) \s* (?: : | by \b )
    | \b (?: getty \s images | shutterstock | istock (?: photo )? ) \b        # stock agencies
    | \b credit \b | \b file \s photo \b                                    # "Credit ...", AP style
    | (?-i: \p{{Ll}} (?: Credit | Photo | Foto | Image | Bild ) \s* : )  # "rabbitCredit: X"
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# Most lines hold none of the words a caption's credit needs: looking for them is cheaper.
MAY_BE_CAPTION = may_match(CAPTION_RE)
LEGAL_RE = lazy_compile(r"©|\bcopyright\b|\ball rights reserved\b|\bprivacy\b", regex.I)
MONTHS = (
    r"jan(?:uary|uar|vier|eiro)?|feb(?:ruary|ruar)?|févr(?:ier)?|fev(?:ereiro)?|mar(?:ch|s|zo|ço)?"
    r"|märz|apr(?:il|ile)?|avr(?:il)?|abr(?:il)?|may|mai|mayo|maio|maggio|jun(?:e|i|io|ho)?|juin"
    r"|jul(?:y|i|io|ho)?|juil(?:let)?|aug(?:ust)?|ago(?:sto)?|août|sep(?:t|tember|tembre|tiembre)?"
    r"|set(?:embro)?|oct(?:ober|obre|ubre)?|okt(?:ober)?|out(?:ubro)?|ott(?:obre)?"
    r"|nov(?:ember|embre|iembre|embro)?|dec(?:ember)?|dez(?:ember|embro)?|déc(?:embre)?"
    r"|dic(?:iembre|embre)?"
    r"|januari|februari|maret|maart|mei|agustus|augustus|desember"  # Indonesian, Dutch
)
DATE_LINE_RE = lazy_compile(
    rf"""
    \b (?: {MONTHS} ) \.? \s+ \d{{1,4}} \b          # "Nov 19, 2019", "May 2022"
    | \b \d{{1,2}} (?: \. | \s+ de )? \s+ (?: {MONTHS} ) \b   # "12 May", "22 de outubro"
    | \b \d{{1,2}} [./] \d{{1,2}} [./] \d{{2,4}} \b  # "23.01.2022", "27/09/2018"
    | \b \d{{4}} - \d{{2}} - \d{{2}} \b             # "2019-11-19"
    | \b (?: published | updated | posted | veröffentlicht | aktualisiert | publié )
      (?: \s+ (?: on | at | am ) )? \s* :? \s* \d   # "Published on 12 ..."
    | \b \d{{1,2}} : \d{{2}} \s* (?: [ap]\.?m\.? | uhr | h ) \b   # "9:02 AM", "20:13 Uhr"
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# Every branch of DATE_LINE_RE holds a digit, and most short lines have none: looking for one is
# far cheaper than the search (in ASCII text "\d" is [0-9], which the standard engine finds faster).
DIGIT_RE = lazy_compile(r"\d")
ASCII_DIGIT_RE = re.compile(r"[0-9]")
BYLINE_RE = lazy_compile(
    r"""
    ^ (?i: by | von | por | par | di | door | av | af | written \s+ by | author :? | autor :? )
      \s* \p{Lu}                                    # "By Jane Doe", "ByHT News Desk"
    """,
    regex.VERBOSE,
)
POSTED_BY_RE = lazy_compile(
    r"\b (?i: written | posted | reported ) \s+ (?i: by ) \s+ \p{Lu}",  # "... posted by Jane"
    regex.VERBOSE,
)
TRAILING_BY_RE = lazy_compile(r"\b(?i:by)\s+\p{Lu}[\w.'-]*(?:\s+\p{Lu}[\w.'-]*){0,2}\s*$")
MAX_HEAD_LINE_WORDS = 16  # bylines and date lines are short
MIN_WORDS = 8  # shorter lines under a headline are labels ("Editorial") or kickers
MAX_WORDS = 70  # longer ones are article paragraphs
MAX_LABEL_WORDS = 3  # a line this short between headline and standfirst is skipped as a label
MAX_LINES_BELOW_HEADLINE = 4  # how far under the headline the standfirst may start
MAX_LINES_TO_HEAD = 3  # how far under the standfirst the byline or date line must come
SHARE_RE = lazy_compile(r"^(?:share|teilen|tweet|e-?mail|print|comments?)\b", regex.IGNORECASE)
META_RE = lazy_compile(
    r"""
    \b (?: veröffentlicht | autor | author | quelle | source | lesedauer | reading \s time
         | published | updated | posted | tags? ) \s* :      # "Autor: x | Tags: y"
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# Lines that carry no text of their own: list bullets left alone, share and social buttons.
FILLER_RE = lazy_compile(
    r"""
    ^ (?: share | teilen | tweet | e-?mail | print | comments? | close | replay
        | facebook | twitter | pinterest | linkedin | reddit | whatsapp | flipboard
        | x \s share \s via | share \s permalink ) \b
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
MAX_FILLER_WORDS = 3  # a share-button line is short
MAX_NAME_LINE_WORDS = 8  # a line naming the author holds little else
MIN_KEYWORD_CHARS = 4  # shorter words are mostly function words, in most languages
# The headline finder measures each line near every candidate again: its line measures are
# remembered for this many distinct lines (a few pages' worth).
CACHED_LINES = 4096
MAX_HEADLINE_OVERLAP = 0.6  # a line this much like the headline is a variant of it


@dataclass(frozen=True, slots=True)
class DescriptionFound:
    """The standfirst and its index in the page's lines."""

    text: str
    index: int


@functools.lru_cache(maxsize=CACHED_LINES)
def line_words(text: str) -> tuple[str, ...]:
    """A line's words (WORD_RE), read once for both word_count() and norm().

    >>> line_words("Fact Check: Is An 'Oxygen Bar' Offering Air?")[:4]
    ('Fact', 'Check', 'Is', 'An')
    """
    return tuple((ASCII_WORD_RE if text.isascii() else WORD_RE).findall(text))


@functools.lru_cache(maxsize=CACHED_LINES)
def norm(text: str) -> str:
    """Case-folded word tokens joined by single spaces: how headlines are compared.

    Case folding goes character by character and maps a word character (WORD_RE) to word
    characters only, any other to others only (checked on every character in tests): the words
    of the folded line are the line's words folded.

    >>> norm("Fact Check: Is An 'Oxygen Bar' Offering Air?")
    'fact check is an oxygen bar offering air'
    >>> norm("—|—")
    ''
    """
    return " ".join(line_words(text)).casefold()


@functools.lru_cache(maxsize=CACHED_LINES)
def word_count(text: str) -> int:
    """Number of words, counting each CJK character as one.

    >>> word_count("Hong Kong chaos")
    3
    >>> word_count("")
    0
    """
    if text.isascii():  # the common case, and no CJK letter can be in it
        return len(line_words(text))
    return len(line_words(text)) + len(CJK_RE.findall(text)) // 2


def overlap(line: str, title: str) -> float:
    """Dice coefficient of the word sets of a line and a title, in [0, 1].

    >>> overlap("Der Nervenkrieg um den Brexit geht in die nächste Runde",
    ...         "Brexit: Nervenkrieg geht in nächste Runde")
    0.75
    >>> overlap("Weather", "Brexit: Nervenkrieg geht in nächste Runde")
    0.0
    """
    a, b = set(norm(line).split()), set(norm(title).split())
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


@functools.lru_cache(maxsize=CACHED_LINES)
def looks_like_date_line(text: str) -> bool:
    """A short line that carries a date or a time ("Nov 19, 2019", "Published 12 May").

    >>> looks_like_date_line("Updated 1:39 am EST, Wednesday, November 20, 2019")
    True
    >>> looks_like_date_line("Nadal keeps Spain alive against Russia in Davis Cup Finals")
    False
    """
    return (
        word_count(text) <= MAX_HEAD_LINE_WORDS
        and has_digit(text)
        and DATE_LINE_RE.search(text) is not None
    )


@functools.lru_cache(maxsize=CACHED_LINES)
def looks_like_byline(text: str) -> bool:
    """A short line naming the author ("By Jane Doe", "Written by ...").

    >>> looks_like_byline("By Natalie Musumeci")
    True
    >>> looks_like_byline("Bystanders filmed the rescue on their phones.")
    False
    """
    if word_count(text) > MAX_HEAD_LINE_WORDS:
        return False
    if BYLINE_RE.match(text):
        return True
    # Only "B", "b", "Y" and "y" match a case-insensitive "by" (checked in tests): a line without
    # "by" in its lowercase has neither a "posted by" nor a trailing "by Name", and most lack it.
    if "by" not in text.lower():
        return False
    if POSTED_BY_RE.search(text):
        return True
    # "Posted on March 30, 2015 by Admin": a trailing "by Name" only counts beside a date,
    # since headlines end in "by Name" too ("Man bitten by Shark")
    return (
        has_digit(text)  # the date's, looked for first: most lines have none
        and TRAILING_BY_RE.search(text) is not None
        and DATE_LINE_RE.search(text) is not None
    )


def has_digit(text: str) -> bool:
    """Whether a line holds a decimal digit (DIGIT_RE).

    >>> has_digit("Nov 19, 2019"), has_digit("٢٠١٩ نوفمبر"), has_digit("Storm hits the coast")
    (True, True, False)
    """
    if text.isascii():
        return ASCII_DIGIT_RE.search(text) is not None
    return DIGIT_RE.search(text) is not None


# Most lines near a candidate headline are paragraphs that hold none of a breadcrumb's words.
MAY_BE_BREADCRUMB = may_match(BREADCRUMB_RE)


@functools.lru_cache(maxsize=CACHED_LINES)
def is_breadcrumb(text: str) -> bool:
    """Whether a line is a breadcrumb trail (the headline finder asks it of each line of a page,
    and again of the lines near each candidate headline).

    >>> is_breadcrumb("Home / World News / Asia"), is_breadcrumb("Storm hits the coast")
    (True, False)
    """
    return MAY_BE_BREADCRUMB(text) and BREADCRUMB_RE.search(text) is not None


@functools.lru_cache(maxsize=CACHED_LINES)
def is_filler(text: str) -> bool:
    """A line with no text of its own: a bullet, a count, a share or social button.

    >>> is_filler("Share permalink")
    True
    >>> is_filler("Shares fall as Home Depot misses estimates")
    False
    """
    words = word_count(text)
    return words <= 1 or (words <= MAX_FILLER_WORDS and FILLER_RE.match(text) is not None)


@functools.lru_cache(maxsize=CACHED_LINES)
def is_name_line(text: str) -> bool:
    """A short line that names the author, with or without "By" ("Tom Krisher, Ap Auto Writer").

    >>> is_name_line("Tom Krisher, Ap Auto Writer")
    True
    >>> is_name_line("Alibaba to raise up to $12.9bn in landmark Hong Kong listing")
    False
    """
    if word_count(text) > MAX_NAME_LINE_WORDS:
        return False
    # a bare name (parse_name_line()) is far more common than a byline with a stamp or a title
    # (is_byline_line()), so it is asked first
    return looks_like_byline(text) or bool(parse_name_line(text)) or is_byline_line(text)


@functools.lru_cache(maxsize=CACHED_LINES)
def keywords(text: str) -> frozenset[str]:
    """The longer words of a line, case-folded: what a headline shares with its article.

    Each candidate headline's keywords are compared with the article's opening more than once.

    >>> sorted(keywords("Alibaba to raise up to $12.9bn"))
    ['alibaba', 'raise']
    >>> keywords("Go on")
    frozenset()
    """
    return frozenset(w for w in norm(text).split() if len(w) >= MIN_KEYWORD_CHARS)


def looks_like_caption(text: str) -> bool:
    """A photo caption or credit ("... (Reuters)", "Photo: ...", "... / Getty Images").

    >>> looks_like_caption("US Secretary of Defense Lloyd Austin.(Reuters)")
    True
    >>> looks_like_caption("Photographers gathered outside the court on Monday.")
    False
    """
    return MAY_BE_CAPTION(text) and CAPTION_RE.search(text) is not None


def _aside(text: str) -> bool:
    """A line that may sit around a standfirst without being one: caption, label, share bar."""
    return (
        looks_like_caption(text)
        or word_count(text) <= MAX_LABEL_WORDS
        or SHARE_RE.match(text) is not None
    )


def _is_head_line(text: str) -> bool:
    return looks_like_byline(text) or looks_like_date_line(text)


def could_be_standfirst(text: str) -> bool:
    """A sentence-like line that is neither a caption, a byline, a date line nor boilerplate.

    >>> could_be_standfirst("The government's move aims to prevent building from becoming a "
    ...                     "pilgrimage site for neo-Nazis.")
    True
    >>> could_be_standfirst("US Secretary of Defense Lloyd Austin.(Reuters)")
    False
    """
    if not MIN_WORDS <= word_count(text) <= MAX_WORDS:
        return False
    if _is_head_line(text) or looks_like_caption(text):
        return False
    return not (LEGAL_RE.search(text) or BREADCRUMB_RE.search(text) or META_RE.search(text))


def _set_apart(lines: Sequence[str], index: int, stop: int) -> bool:
    """Whether a byline or date line follows ``index`` with only captions or labels between."""
    for j in range(index + 1, min(index + 1 + MAX_LINES_TO_HEAD, stop + 1, len(lines))):
        if j == stop or _is_head_line(lines[j]):
            return True
        if not _aside(lines[j]):
            return False
    return False


def find_description(
    lines: Sequence[str], headline_index: int, *, stop_index: int | None = None
) -> DescriptionFound | None:
    """The standfirst under the headline at ``headline_index``, if one is clearly set apart.

    ``stop_index`` is where the article's head ends (its byline or date line, when another
    step found it); the standfirst must come before it.

    >>> lines = ["Storm hits coast", "Thousands lost power as winds reached 100 mph overnight.",
    ...          "By Lois Lane", "METROPOLIS - A storm ..."]
    >>> find_description(lines, 0)
    DescriptionFound(text='Thousands lost power as winds reached 100 mph overnight.', index=1)
    >>> find_description(["Storm hits coast", "By Lois Lane", "Thousands lost power."], 0) is None
    True
    """
    stop = len(lines) if stop_index is None else min(stop_index, len(lines))
    last = min(headline_index + 1 + MAX_LINES_BELOW_HEADLINE, stop)
    for i in range(headline_index + 1, last):
        text = lines[i].strip()
        if _is_head_line(text):
            return None
        if could_be_standfirst(text):
            variant = overlap(text, lines[headline_index]) >= MAX_HEADLINE_OVERLAP
            if not variant and _set_apart(lines, i, stop):
                return DescriptionFound(text, i)
            return None
        if not _aside(text):
            return None
    return None
