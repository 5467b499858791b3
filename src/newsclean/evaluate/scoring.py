"""The scores of one prediction against its gold: body shingles, segments, metadata.

The scoring rules are those of the evaluation corpus README ("How a prediction is scored").
The body metric follows the public article-extraction benchmark (Scrapinghub, MIT): texts are
split into ``\\w+`` tokens, every run of 4 consecutive tokens is a shingle (a text of 1 to 3
tokens gives one shorter shingle, an empty text none), tp/fp/fn are the multiset overlap of
the shingles, each document's tp+fp+fn is normalised to 1, precision is averaged over the
documents that predicted something, recall over those whose gold has text, and F1 is taken
from the two averages. Written here from that definition, so its published tables compare.
"""

from __future__ import annotations

import email.utils
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

import regex

from newsclean.patterns import WORD_RE, lazy_compile

SHINGLE_TOKENS = 4

SPACE_RE = lazy_compile(r"\s+")
# Where a headline carries a site name or section: "Title | Site", "Title - Site",
# "Title – Site", "Section: Title". Both sides of a title tag use them.
HEADLINE_SEP_RE = lazy_compile(
    r"""
    \x20 [|\-–—] \x20   # spaced pipe, hyphen, en dash, em dash
    | :\x20             # colon: "Opinion: ...", "Michigan Officials: ..."
    """,
    regex.VERBOSE,
)
ISO_DAY_RE = lazy_compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
UTC_SUFFIX_RE = lazy_compile(r"(?:Z|[+-]00:?00)\s*$", regex.IGNORECASE)


# --- body ---------------------------------------------------------------------------------


def tokens(text: str) -> list[str]:
    """Word tokens (``\\w+``, Unicode), case kept, as the benchmark finds them.

    >>> tokens("Don't panic, it's 4:30.")
    ['Don', 't', 'panic', 'it', 's', '4', '30']
    >>> tokens(" -- | ")
    []
    """
    found: list[str] = WORD_RE.findall(text)
    return found


def shingles(text: str, size: int = SHINGLE_TOKENS) -> Counter[tuple[str, ...]]:
    """Runs of ``size`` consecutive tokens with their counts; a shorter text is one shingle.

    >>> sorted(shingles("a b c d e"))
    [('a', 'b', 'c', 'd'), ('b', 'c', 'd', 'e')]
    >>> shingles("a b"), shingles("")
    (Counter({('a', 'b'): 1}), Counter())
    """
    toks = tokens(text)
    runs = (tuple(toks[i : i + size]) for i in range(max(1, len(toks) - size + 1)))
    return Counter(run for run in runs if run)


def shingle_counts(pred: str, gold: str) -> tuple[float, float, float]:
    """Per-document tp, fp, fn over 4-token shingles, normalised to sum to 1 (when not 0).

    >>> shingle_counts("a b c d e", "a b c d")
    (0.5, 0.5, 0.0)
    >>> shingle_counts("", "")
    (0.0, 0.0, 0.0)
    """
    got, want = shingles(pred), shingles(gold)
    tp = float(sum((got & want).values()))
    fp = float(sum((got - want).values()))
    fn = float(sum((want - got).values()))
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (tp, fp, fn)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fp) if tp + fp else 0.0


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fn) if tp + fn else 0.0


def f1_score(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall, 0 when both are 0.

    >>> round(f1_score(0.5, 1.0), 4)
    0.6667
    >>> f1_score(0.0, 0.0)
    0.0
    """
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


def body_scores(pred: str, gold: str) -> tuple[float, float]:
    """Per-document shingle precision and recall of a predicted body against the gold.

    >>> body_scores("one two three four five", "one two three four")
    (0.5, 1.0)
    >>> body_scores("nothing in common at all", "one two three four")
    (0.0, 0.0)
    """
    counts = shingle_counts(pred, gold)
    return _precision(*counts), _recall(*counts)


# --- metadata -----------------------------------------------------------------------------


def _folded(text: str) -> str:
    return " ".join(tokens(text.casefold()))


def _headline_variants(text: str, *, longer_side: bool = False) -> set[str]:
    """The headline folded, whole and with one site/section part cut at any separator.

    ``longer_side`` keeps only the longer side of each cut, so that a gold "Title | Site" accepts
    "Title" but not "Site"; a prediction may carry a long site name ("Emden - Attraktionen").
    """
    variants = {_folded(text)}
    for m in HEADLINE_SEP_RE.finditer(text):
        left, right = _folded(text[: m.start()]), _folded(text[m.end() :])
        if not longer_side:
            variants |= {left, right}
        else:
            variants.add(left if len(left.split()) >= len(right.split()) else right)
    variants.discard("")
    return variants


def headline_correct(pred: str | None, gold: str) -> bool:
    """The predicted headline equals the gold's, up to case, punctuation and a site part.

    >>> headline_correct("Storm hits coast | The Daily", "Storm Hits Coast")
    True
    >>> headline_correct("The Daily", "Storm hits coast | The Daily")
    False
    """
    if not pred or not _folded(gold):
        return False
    want, got = _folded(gold), _folded(pred)
    return want in _headline_variants(pred) or got in _headline_variants(gold, longer_side=True)


def _name_key(name: str) -> str:
    words = tokens(name.casefold())
    if words[:1] == ["by"]:
        words = words[1:]
    return " ".join(words)


def authors_correct(pred: Sequence[str], gold: Sequence[str]) -> bool:
    """The set of predicted names equals the gold set (case-folded words, leading "By" ignored).

    >>> authors_correct(["By JANE DOE", "john smith"], ["John Smith", "Jane Doe"])
    True
    >>> authors_correct(["Jane Doe"], ["Jane Doe", "John Smith"])
    False
    """
    keys = {_name_key(name) for name in pred} - {""}
    return keys == {_name_key(name) for name in gold} - {""}


def _iso_day(text: str) -> date | None:
    m = ISO_DAY_RE.match(text)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


# Gold dates not in ISO form: RFC 2822 ("Mon, 18 Nov 2019 16:07:38 -0600", "20 Nov 2019 08:02
# GMT") and JavaScript's Date.toString() ("Tue Nov 19 2019 03:05:46 GMT+0000").
JS_DATE_RE = lazy_compile(
    r"^\s*\w{3}\s+(?P<mon>\w{3})\s+(?P<day>\d{1,2})\s+(?P<year>\d{4})\s+[\d:]+\s+GMT(?P<off>[+-]\d{4})?"
)
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# Metadata placeholders ("0001-01-01T00:00:00Z") are no publication date.
EARLIEST_GOLD_YEAR = 1990


def gold_day(gold: str) -> tuple[date, bool] | None:
    """The day of a gold date and whether it is given in UTC; None for no usable date.

    >>> gold_day("2019-11-19T03:00:00.000Z")
    (datetime.date(2019, 11, 19), True)
    >>> gold_day("Mon, 18 Nov 2019 16:07:38 -0600")
    (datetime.date(2019, 11, 18), False)
    >>> gold_day("Tue Nov 19 2019 03:05:46 GMT+0000")
    (datetime.date(2019, 11, 19), True)
    >>> gold_day("0001-01-01T00:00:00Z") is None
    True
    """
    day = _iso_day(gold)
    utc = bool(UTC_SUFFIX_RE.search(gold))
    if day is None and (m := JS_DATE_RE.match(gold)) and m["mon"].lower() in MONTHS:
        month = MONTHS.index(m["mon"].lower()) + 1
        day, utc = date(int(m["year"]), month, int(m["day"])), m["off"] in (None, "+0000")
    if day is None:
        try:
            parsed = email.utils.parsedate_to_datetime(gold)
        except (TypeError, ValueError, IndexError):
            return None
        offset = parsed.utcoffset()
        day, utc = parsed.date(), offset is None or not offset
    if day.year < EARLIEST_GOLD_YEAR:
        return None
    return day, utc


def date_correct(pred: str | None, gold: str) -> bool:
    """The calendar day of ``pred`` is the gold's, or one day off when the gold is in UTC.

    >>> date_correct("2019-11-18T22:00:00-05:00", "2019-11-19T03:00:00.000Z")
    True
    >>> date_correct("2019-11-18", "2019-11-19")
    False
    """
    got, wanted = _iso_day(pred or ""), gold_day(gold)
    if got is None or wanted is None:
        return False
    want, utc = wanted
    return abs((got - want).days) <= (1 if utc else 0)


def byline_correct(pred: str | None, gold: str) -> bool:
    """The byline's words equal the gold's (case-folded, a leading "By" ignored).

    >>> byline_correct("By HT News Desk | Written by Aryan Prakash",
    ...                "HT News Desk | Written by Aryan Prakash")
    True
    >>> byline_correct("HT News Desk", "HT News Desk | Written by Aryan Prakash")
    False
    """
    return bool(pred) and _name_key(pred or "") == _name_key(gold)


# --- segments -----------------------------------------------------------------------------


def _fold_space(text: str) -> str:
    folded: str = SPACE_RE.sub(" ", text)
    return folded.strip()


def segment_counts(body: str, with_: Sequence[str], without: Sequence[str]) -> tuple[int, int, int]:
    """tp, fn, fp: ``with_`` segments found, ``with_`` missed, ``without`` found in the body.

    >>> segment_counts("The  storm\\nhit the coast.", ["storm hit"], ["Subscribe now"])
    (1, 0, 0)
    >>> segment_counts("Subscribe now", ["storm hit"], ["Subscribe now"])
    (0, 1, 1)
    """
    text = _fold_space(body)
    wanted = [seg for seg in map(_fold_space, with_) if seg]
    found = sum(seg in text for seg in wanted)
    leaked = sum(seg in text for seg in map(_fold_space, without) if seg)
    return found, len(wanted) - found, leaked


# --- lines --------------------------------------------------------------------------------


def article_lines(gold: Mapping[str, Any]) -> Callable[[str], bool | None]:
    """A test of whether a body line belongs to the article by the gold (None where the gold
    cannot say), with the gold folded once for all the lines of its page.

    A gold body decides every line (its words in a row are found in the body, or not); gold
    segments decide only the lines that hold one, or lie inside one (``with``: the article's,
    ``without``: boilerplate), since the segments sample the page.

    >>> is_article = article_lines({"body": "The storm hit. Winds rose."})
    >>> is_article("The storm hit."), is_article("Gefällt mir:")
    (True, False)
    >>> is_article = article_lines({"with": ["storm hit"], "without": ["Subscribe now"]})
    >>> is_article("Subscribe now"), is_article("Winds rose.")
    (False, None)
    """
    gold_body = _folded(gold.get("body") or "")
    by_verdict = ((gold.get("with") or [], True), (gold.get("without") or [], False))
    verdicts = [
        (segment, verdict)
        for segments, verdict in by_verdict
        for segment in map(_folded, segments)
        if segment
    ]

    def is_article(line: str) -> bool | None:
        text = _folded(line)
        if not text:
            return None
        if gold_body:
            return f" {text} " in f" {gold_body} "
        for segment, verdict in verdicts:
            if segment in text or text in segment:
                return verdict
        return None

    return is_article
