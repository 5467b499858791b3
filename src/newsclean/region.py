"""Main-text detection: find the article as the densest run of prose on the page.

Keyword filters only remove lines that say what they are. Most of a page's chrome says nothing
of the kind: menus, teasers, sidebars. This module scores each line on language-neutral signals
(length, sentence punctuation, share of function words, capitals and digits), gives prose a
positive weight and chrome a negative one, and keeps the run of lines with the largest total
(the maximum-sum segment, as BTE and CETD find the densest region). Lines the earlier steps
dropped count against a run that joins the lines around them, so a menu between two prose
blocks splits them. After the headline, byline or date, the run that starts at the first prose
below them is preferred to a heavier one further down. Inside the run,
short lines survive when prose surrounds them (sub-headings, one-line paragraphs), as jusText
revises a short paragraph by its neighbours.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import ClassVar

import regex

from newsclean.language import detect_language, stopwords
from newsclean.model import Document, Hit, Line

WORD_RE = regex.compile(r"\w+")
# WORD_RE for ASCII text, where the standard engine's "\w" is the same [A-Za-z0-9_] and faster.
ASCII_WORD_RE = re.compile(r"\w+")
DIGIT_RE = regex.compile(r"\d")
# Scripts written without spaces between words: count characters, not words.
CJK_RE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")
# A line that ends like a sentence: full stop, question, exclamation, closing quote, ellipsis.
SENTENCE_END_RE = regex.compile(r"[.!?…。！？»”\"')\]:;]\s*$")
SENTENCE_RE = regex.compile(r"\p{Ll}[.!?…](?:\s|$)")
# A teaser cut to fit its box: "...the Amazon Echo Show 8, for which ..." (word, then dots).
TRUNCATED_RE = regex.compile(r"(?:\w|\w[,;])\s?(?:\.{3}|…)\s*$")
# A bare address or a token with no spaces: image URLs, slugs, keyword lists glued by commas.
UNSPACED_RE = regex.compile(r"^\S{30,}$|^(?:https?://|www\.)\S+$")
# Punctuation that prose spends a few of per sentence, in Latin, CJK and Arabic scripts.
MARK_RE = regex.compile(r"[.,;:!?。、，；！？،؛؟]")


class Kind(IntEnum):
    """How a line reads, from chrome to prose."""

    BAD = 0  # menu item, button, label: words without sentences
    SHORT = 1  # too short to tell: sub-heading, one-line paragraph, teaser title
    NEAR = 2  # a sentence or two
    GOOD = 3  # a paragraph


@dataclass(frozen=True, slots=True)
class LineFeatures:
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
    matches is one ``str.rstrip`` removes), so the features are the patterns' own.

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
    for t in tokens:
        function += t.casefold() in stops
        capitals += t[:1].isupper()
        numbers += t.isdigit()
    end = text.rstrip()[-1:]
    n = len(tokens)
    return LineFeatures(
        words=words,
        chars=len(text),
        function_share=function / n if n else 0.0,
        capital_share=capitals / n if n else 0.0,
        sentence_end=end in SENTENCE_END_MARKS and bool(SENTENCE_END_RE.search(text)),
        sentences=_sentences(text) + (cjk // 40),
        unspaced=" " not in text and bool(UNSPACED_RE.match(text)) and cjk == 0,
        truncated=end in TRUNCATION_MARKS and bool(TRUNCATED_RE.search(text)),
        cjk_share=cjk / len(text) if text else 0.0,
        marks=sum(map(text.count, ASCII_MARKS)) if ascii_only else len(MARK_RE.findall(text)),
        number_share=numbers / n if n else 0.0,
    )


# What SENTENCE_END_RE and TRUNCATED_RE need as the last character before trailing space, what
# SENTENCE_RE needs in the line, and the ASCII characters of MARK_RE.
SENTENCE_END_MARKS = frozenset(".!?…。！？»”\"')]:;")
TRUNCATION_MARKS = frozenset(".…")
SENTENCE_STOPS = ".!?…"
ASCII_MARKS = ".,;:!?"


def _sentences(text: str) -> int:
    # SENTENCE_STOPS spelt out: a generator over them cost more than the tests
    if not ("." in text or "!" in text or "?" in text or "…" in text):
        return 0
    return len(SENTENCE_RE.findall(text))


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


# Weights of each kind in the densest-run search, in characters of prose. Chrome costs a
# fixed amount per line whatever its length: a menu is many short lines.
GOOD_BONUS = 1.0
NEAR_WEIGHT = 0.9
SHORT_COST = 25.0
BAD_COST = 90.0
GAP_COST = 30.0  # per line a filter dropped between two kept lines
# Lines that end an article on most pages: what follows them is rarely more of it, so a run
# that crosses one must gain a paragraph or more of prose to be worth it.
BARRIER_COST = 250.0
# Lines a site prints on most of its pages (learnt over a batch): template inserts such as share
# bars and photo counters sit inside articles too, so dropping them barely splits a run.
SITE_GAP_COST = 0.0
SITE_REASON = "site_boilerplate"
BARRIER_REASONS = frozenset(
    {
        "related_header",
        "comment_prompt",
        "comment_form",
        "tag_line",
        "author_box",
        "copyright",
        "legal_links",
    }
)


def line_weight(kind: Kind, f: LineFeatures) -> float:
    if kind is Kind.GOOD:
        return GOOD_BONUS * f.chars
    if kind is Kind.NEAR:
        return NEAR_WEIGHT * f.chars
    if kind is Kind.SHORT:
        return -SHORT_COST
    return -BAD_COST


def densest_run(
    weights: Sequence[float], gaps: Sequence[float] | None = None
) -> tuple[int, int] | None:
    """Start and end (inclusive) of the run with the largest sum (Kadane).

    ``gaps[i]`` is what joining line ``i`` to the line before it costs (the chrome dropped
    between them): a run pays it only when it holds both lines, never for what precedes it.

    >>> densest_run([-1, 5, -2, 4, -9, 3])
    (1, 3)
    >>> densest_run([5, 4], gaps=[0, 9])
    (0, 0)
    >>> densest_run([-1, -2]) is None
    True
    """
    gaps = gaps or [0.0] * len(weights)
    best, best_span = 0.0, None
    total, start = 0.0, 0
    for i, w in enumerate(weights):
        if total - gaps[i] <= 0:
            total, start = 0.0, i
        else:
            total -= gaps[i]
        total += w
        if total > best:
            best, best_span = total, (start, i)
    return best_span


# A run that leaves out prose between the anchor and its own start pays this many times that
# prose: the article begins at the first paragraph under its head, and a heavier run further
# down the window is an author's bio, a teaser or a comment.
SKIP_FACTOR = 3.0


def densest_run_from(
    weights: Sequence[float], lo: int, hi: int, gaps: Sequence[float] | None = None
) -> tuple[int, int] | None:
    """The run with the largest sum among those starting in ``[lo, hi)``, less
    ``SKIP_FACTOR`` times the positive weight it leaves out between ``lo`` and its start.

    >>> densest_run_from([9, -20, 1, 2, -1, 5], 1, 3)
    (2, 5)
    >>> densest_run_from([9, -20, 1, 2, -1, 5], 1, 3, gaps=[0, 0, 0, 0, 0, 9])
    (2, 3)
    >>> densest_run_from([100, -300, 250], 0, 3)  # 250 further down skips 100 of prose
    (0, 0)
    """
    n = len(weights)
    gaps = gaps or [0.0] * n
    prefix = [0.0]
    for w, g in zip(weights, gaps, strict=True):
        prefix.append(prefix[-1] + w - g)
    # best_end[j]: the largest prefix sum at or after position j (end of a run)
    best_end = [(prefix[n], n)] * (n + 1)
    for j in range(n - 1, -1, -1):
        best_end[j] = max((prefix[j + 1], j + 1), best_end[j + 1])
    best, span = 0.0, None
    skipped = 0.0  # prose between lo and the run's start, which the run leaves out
    for i in range(max(lo, 0), min(hi, n)):
        value, end = best_end[i]
        # the run starting at i does not pay the gap before its first line
        total = value - prefix[i] + gaps[i] - SKIP_FACTOR * skipped
        if total > best and weights[i] > 0:
            best, span = total, (i, end - 1)
        skipped += max(weights[i], 0.0)
    return span


def _total(weights: Sequence[float], gaps: Sequence[float], span: tuple[int, int]) -> float:
    return sum(weights[span[0] : span[1] + 1]) - sum(gaps[span[0] + 1 : span[1] + 1])


@dataclass(frozen=True, slots=True)
class MainText:
    """Keep the densest run of prose after the headline; drop the page around it."""

    name: ClassVar[str] = "region.main_text"
    gap_cost: float = GAP_COST
    max_start_offset: int = 25  # lines after the headline where the article may start
    min_chars_before_comments: int = 400  # prose the article holds before comments can end it
    far_run_factor: float = 2.0  # a run elsewhere must be this much denser, per agreeing anchor

    def __call__(self, doc: Document) -> Document:
        if not doc.lines:
            return doc
        stops = stopwords(doc.field("language"))
        lines = doc.lines
        feats = [
            own_language_features(line.text, features(line.text, stops), stops) for line in lines
        ]
        kinds = [classify(f, has_stopwords=bool(stops)) for f in feats]
        weights = [line_weight(k, f) for k, f in zip(kinds, feats, strict=True)]
        gaps = self._gaps(doc, lines)
        anchors = _anchors(doc)
        span = self._span(
            weights, gaps, [line.no for line in lines], sorted(anchors.values()), len(anchors)
        )
        if span is not None:
            span = self._cut_at_comments(doc, lines, feats, kinds, span)
            under_head = _under_head(lines, kinds, span[0], anchors)
            span = _with_lead_in(span, kinds, feats, gaps, under_head)
        hits: dict[int, Hit] = {}
        for i, line in enumerate(lines):
            if span is None or not span[0] <= i <= span[1]:
                hits[line.no] = Hit("outside_article", kinds[i].name.lower())
            elif kinds[i] is Kind.BAD and not _between_prose(kinds, i, span):
                hits[line.no] = Hit("chrome_in_article", kinds[i].name.lower())
        return doc.drop(hits, self.name)

    def _span(
        self,
        weights: Sequence[float],
        gaps: Sequence[float],
        numbers: Sequence[int],
        anchors: Sequence[int],
        agreeing: int,
    ) -> tuple[int, int] | None:
        """The article's run: the best one starting soon after an anchor (headline, byline,
        date) unless a run elsewhere is far denser (the anchor was a teaser's)."""
        span = densest_run(weights, gaps)
        near: tuple[int, int] | None = None
        for anchor in anchors:
            first = next((i for i, no in enumerate(numbers) if no > anchor), None)
            if first is None:
                continue
            candidate = densest_run_from(weights, first, first + self.max_start_offset, gaps)
            if candidate and (
                near is None or _total(weights, gaps, candidate) > _total(weights, gaps, near)
            ):
                near = candidate
        if near is not None and (
            span is None
            or _total(weights, gaps, near) * self.far_run_factor * agreeing
            >= _total(weights, gaps, span)
        ):
            return near
        return span

    def _cut_at_comments(
        self,
        doc: Document,
        lines: Sequence[Line],
        feats: Sequence[LineFeatures],
        kinds: Sequence[Kind],
        span: tuple[int, int],
    ) -> tuple[int, int]:
        """End the article at a comment section once it has some prose of its own: readers'
        comments are prose too, and no weighing tells them from the article."""
        start, end = span
        kind_of = {
            e.line_no: e.reason
            for e in doc.trail
            # a bare "Comment" / "Kommentar" heading also labels opinion pieces
            if e.reason in COMMENT_REASONS
            and (e.reason != "comment_count" or DIGIT_RE.search(doc.original[e.line_no - 1]))
        }
        if not kind_of:
            return span
        prose = paragraphs = 0
        for i in range(start + 1, end + 1):
            prose += feats[i - 1].chars if kinds[i - 1] >= Kind.NEAR else 0
            paragraphs += kinds[i - 1] is Kind.GOOD
            between = [r for no, r in kind_of.items() if lines[i - 1].no < no < lines[i].no]
            if not between or prose < self.min_chars_before_comments:
                continue
            # a bare counter ("Comments (32)") also sits by the byline, above the article: it
            # ends the article only below a few paragraphs of it
            if any(r != "comment_count" for r in between) or paragraphs >= 3:
                return start, i - 1
        return span

    def _gaps(self, doc: Document, lines: Sequence[Line]) -> list[float]:
        """What joining each line to the kept line before it costs: the chrome dropped
        between them."""
        dropped = {e.line_no: e.reason for e in doc.trail if e.action == "drop"}
        gaps: list[float] = []
        prev_no = 0
        for line in lines:
            cost = 0.0
            for no in range(prev_no + 1, line.no):
                reason = dropped.get(no)
                if reason == SITE_REASON:
                    cost += SITE_GAP_COST
                elif reason is not None:
                    cost += BARRIER_COST if reason in BARRIER_REASONS else self.gap_cost
            gaps.append(cost)
            prev_no = line.no
        return gaps


# Headers and forms of a comment section.
COMMENT_REASONS = frozenset({"comment_prompt", "comment_count", "comment_form"})

# Extracted lines the article follows: its headline, standfirst, byline and date.
ANCHOR_REASONS = frozenset({"headline", "description", "byline", "published_date"})


def _anchors(doc: Document) -> dict[str, int]:
    """The last line of each kind of article head found (headline, byline...): the more kinds
    there are, the surer it is that the article follows them."""
    return {
        e.reason: e.line_no
        for e in doc.trail
        if e.action == "extract" and e.reason in ANCHOR_REASONS
    }


def _under_head(
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
# A lead that trails off under the head reads as prose: this many words, with function words,
# and whole sentences before the dots (a teaser cut to fit its box holds one, or part of one).
MIN_LEAD_WORDS = 8
MIN_LEAD_SENTENCES = 2
MIN_LEAD_FUNCTION_SHARE = 0.12


def _with_lead_in(
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
    prose = f.function_share >= MIN_LEAD_FUNCTION_SHARE
    sentence = f.sentence_end and prose and f.words >= 5 and not f.truncated
    lead = (
        under_head
        and prose
        and f.truncated
        and f.words >= MIN_LEAD_WORDS
        and f.sentences >= MIN_LEAD_SENTENCES
    )
    return (start - 1, span[1]) if sentence or lead else span


def _between_prose(kinds: Sequence[Kind], i: int, span: tuple[int, int]) -> bool:
    """A short line with prose right above and below it reads as part of the article."""
    before = kinds[i - 1] if i - 1 >= span[0] else Kind.BAD
    after = kinds[i + 1] if i + 1 <= span[1] else Kind.BAD
    return before >= Kind.NEAR and after >= Kind.NEAR


@dataclass(frozen=True, slots=True)
class TrailingJunk:
    """Drop short non-sentence lines left at the very end of the article (tag lines, labels)."""

    name: ClassVar[str] = "region.trailing_junk"
    max_words: int = 12

    def __call__(self, doc: Document) -> Document:
        hits: dict[int, Hit] = {}
        for line in reversed(doc.lines):
            words = len(WORD_RE.findall(line.text))
            if words > self.max_words or SENTENCE_END_RE.search(line.text):
                break
            hits[line.no] = Hit("trailing_label", f"{words} words, no sentence")
        return doc.drop(hits, self.name)
