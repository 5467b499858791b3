"""Line kinds for main-text detection: what one line of a page looks like, on its own.

Each line is measured on language-neutral signals (words, function-word share, capitals,
digits, sentence punctuation, a teaser's cut, CJK script) and sorted into chrome, short,
sentence-like or paragraph. ``region.py`` weighs the kinds and finds the article's run.
"""

from __future__ import annotations

import re
from enum import IntEnum
from typing import NamedTuple

from newsclean.patterns import WORD_RE, lazy_compile
from newsclean.text.language import detect_language, stopwords

# WORD_RE for ASCII text, where the standard engine's "\w" is the same [A-Za-z0-9_] and faster.
ASCII_WORD_RE = re.compile(r"\w+")
DIGIT_RE = lazy_compile(r"\d")
# Scripts written without spaces between words: count characters, not words.
CJK_RE = lazy_compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")
# A line that ends on a mark that closes a clause: full stop, question, exclamation, ellipsis, a
# closing quote or bracket, a colon or semicolon (looser than patterns.SENTENCE_END_RE, on purpose:
# a paragraph that leads into a quote or a list is prose too).
LINE_END_MARK_RE = lazy_compile(r"[.!?…。！？»”\"')\]:;]\s*$")
SENTENCE_RE = lazy_compile(r"\p{Ll}[.!?…](?:\s|$)")
# SENTENCE_RE for ASCII text, in the faster standard engine: there "\p{Ll}" is [a-z], and "\s"
# the six characters the regex package matches (the standard engine's "\s" adds \x1c-\x1f).
ASCII_SENTENCE_RE = re.compile(r"[a-z][.!?](?:[\t\n\x0b\x0c\r ]|$)")
# A teaser cut to fit its box: "...the Amazon Echo Show 8, for which ..." (word, then dots).
TRUNCATED_RE = lazy_compile(r"(?:\w|\w[,;])\s?(?:\.{3}|…)\s*$")
# A bare address or a token with no spaces: image URLs, slugs, keyword lists glued by commas.
UNSPACED_RE = lazy_compile(r"^\S{30,}$|^(?:https?://|www\.)\S+$")
# Punctuation that prose spends a few of per sentence, in Latin, CJK and Arabic scripts.
# Code points alone, which the standard engine counts faster.
MARK_RE = re.compile(r"[.,;:!?。、，；！？،؛؟]")


class Kind(IntEnum):
    """How a line reads, from chrome to prose."""

    BAD = 0  # menu item, button, label: words without sentences
    SHORT = 1  # too short to tell: sub-heading, one-line paragraph, teaser title
    NEAR = 2  # a sentence or two
    GOOD = 3  # a paragraph


class LineFeatures(NamedTuple):
    """What features() measures on a line (a named tuple: a page builds one for each of its
    lines, at a fraction of a frozen dataclass's cost)."""

    words: int
    chars: int
    function_share: float
    capital_share: float  # words starting with a capital
    sentence_end: bool
    sentences: int
    unspaced: bool
    truncated: bool
    cjk_share: float  # share of characters from scripts written without spaces
    marks: int  # punctuation inside and at the end of sentences: . , ; : ! ?
    number_share: float  # tokens that are bare numbers


def features(text: str, stops: frozenset[str]) -> LineFeatures:
    """The signals one line gives, whatever its language.

    Cheap string tests go first and skip a pattern that cannot match (every character ``\\s``
    matches is one ``str.rstrip`` removes), so the features are the patterns' own. The line's
    end is read the same way: a pattern that ends in ``\\s*$`` matches only in the last few
    characters before the trailing space, so it is searched for there alone.

    >>> f = features("The storm hit the coast...", frozenset({"the"}))
    >>> f.words, f.function_share, f.truncated, f.sentence_end, f.marks
    (5, 0.4, True, True, 3)
    >>> features("Home", frozenset({"the"})).sentence_end
    False
    """
    ascii_only = text.isascii()
    tokens = ASCII_WORD_RE.findall(text) if ascii_only else WORD_RE.findall(text)
    cjk = 0 if ascii_only else len(CJK_RE.findall(text))
    words = len(tokens) + cjk // 2  # two CJK characters carry about one word
    function = capitals = numbers = 0
    for t in tokens:  # branches and t[0] (tokens are never empty) cost less than bool sums
        if t.casefold() in stops:
            function += 1
        if t[0].isupper():
            capitals += 1
        if t.isdigit():
            numbers += 1
    body = len(text.rstrip())  # where the trailing space starts
    end = text[body - 1 : body]
    n = len(tokens)
    return LineFeatures(
        words=words,
        chars=len(text),
        function_share=function / n if n else 0.0,
        capital_share=capitals / n if n else 0.0,
        sentence_end=end in SENTENCE_END_MARKS and bool(LINE_END_MARK_RE.search(text, body - 1)),
        sentences=_sentences(text, ascii_only) + (cjk // 40),
        unspaced=" " not in text and bool(UNSPACED_RE.match(text)) and cjk == 0,
        truncated=end in TRUNCATION_MARKS
        and bool(TRUNCATED_RE.search(text, max(0, body - MAX_TRUNCATION_CHARS))),
        cjk_share=cjk / len(text) if text else 0.0,
        marks=len(MARK_RE.findall(text)),
        number_share=numbers / n if n else 0.0,
    )


# What LINE_END_MARK_RE and TRUNCATED_RE need as the last character before trailing space, what
# SENTENCE_RE needs in the line.
SENTENCE_END_MARKS = frozenset(".!?…。！？»”\"')]:;")
TRUNCATION_MARKS = frozenset(".…")
MAX_TRUNCATION_CHARS = 6  # the longest TRUNCATED_RE match before trailing space: "w, ..."
SENTENCE_STOPS = ".!?…"


def _sentences(text: str, ascii_only: bool) -> int:
    """How many sentences end in ``text`` (SENTENCE_RE's matches).

    >>> _sentences("It rained. Then it stopped!", True), _sentences("Il pleut… Ça suffit.", False)
    (2, 2)
    >>> _sentences("U.S. President", True)
    0
    """
    # SENTENCE_STOPS spelt out: a generator over them cost more than the tests
    if not ("." in text or "!" in text or "?" in text or "…" in text):
        return 0
    return len((ASCII_SENTENCE_RE if ascii_only else SENTENCE_RE).findall(text))


PROSE_FUNCTION_SHARE = 0.12  # function words in a line of prose: about a third, rarely < 1/8
OTHER_LANGUAGE_WORDS = 15  # a line this long without the page's function words may be in another
OWN_LANGUAGE_SHARE = 0.25  # ...language, if that language's function words make up this much


def own_language_features(text: str, found: LineFeatures, stops: frozenset[str]) -> LineFeatures:
    """The features of a long line measured in its own language when it is not the page's.

    An English article on a page whose menus and sidebars are German reads as a word list
    against the German function words; against its own it is prose again.

    >>> german = stopwords("de")
    >>> line = "The men are mocked and pilloried, tarred, feathered, and beaten by the crowd."
    >>> own_language_features(line, features(line, german), german).function_share > 0.12
    True
    """
    if found.words < OTHER_LANGUAGE_WORDS or found.function_share >= PROSE_FUNCTION_SHARE:
        return found
    other = stopwords(detect_language(text))
    if not other or other == stops:
        return found
    own = features(text, other)
    # a list of names that happens to hold a few words of some language is still a list
    return own if own.function_share >= OWN_LANGUAGE_SHARE else found


def classify(f: LineFeatures, *, has_stopwords: bool) -> Kind:
    """Sort one line into chrome, short, sentence or paragraph by its features.

    >>> menu = features("Home News Sport Business Contact", frozenset({"the"}))
    >>> classify(menu, has_stopwords=True)
    <Kind.BAD: 0>
    """
    # Without a function-word list (unknown language, or a script written without spaces)
    # every line passes that test.
    prose_words = f.function_share >= PROSE_FUNCTION_SHARE or not has_stopwords or f.cjk_share > 0.3
    if f.truncated:
        return Kind.SHORT
    menu_like = f.capital_share > 0.7 and f.words >= 2 and not f.sentence_end
    if (f.words <= 2 and not f.sentence_end) or f.unspaced:
        return Kind.BAD
    if menu_like and f.words < 12:
        return Kind.BAD
    if _word_list(f):
        return Kind.BAD
    if f.words >= 25 and prose_words and (f.sentence_end or f.sentences >= 1):
        return Kind.GOOD
    if f.words >= 40 and prose_words:
        return Kind.GOOD
    if f.words >= 8 and prose_words and f.sentence_end:
        return Kind.NEAR
    if f.words >= 15 and prose_words:
        return Kind.NEAR
    return Kind.SHORT


def _word_list(f: LineFeatures) -> bool:
    """A long line that is a list, not prose: a tag cloud or a month picker flattened to text
    has almost no punctuation, an archive or a score table is mostly numbers."""
    if f.cjk_share > 0.3:  # Thai separates sentences by spaces alone
        return False
    return (
        (f.words >= 40 and f.marks * 60 < f.words)
        or (f.words >= 15 and f.number_share > 0.4)
        # names run together ("Adalbert Stifter Allgemein Bergkristall Der Sandmann ..."):
        # prose, German included, capitalises far fewer of its words
        or (f.words >= TAG_CLOUD_WORDS and f.capital_share > 0.7 and not f.sentence_end)
    )


TAG_CLOUD_WORDS = 25
