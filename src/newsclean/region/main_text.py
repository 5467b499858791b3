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

from collections.abc import Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import ClassVar

from newsclean.filters.ads import SUPPORT_APPEAL_REASON
from newsclean.filters.bios import ABOUT_BOX_REASON, AUTHOR_BIO_REASON, AUTHOR_BOX_REASON
from newsclean.filters.comments import (
    COMMENT_COUNT_REASON,
    COMMENT_FORM_REASON,
    COMMENT_PROMPT_REASON,
)
from newsclean.filters.legal import COPYRIGHT_REASON, LEGAL_LINKS_REASON
from newsclean.filters.navigation import PAGINATION_REASON
from newsclean.filters.prompts import NEWSLETTER_PROMPT_REASON
from newsclean.filters.related import RELATED_HEADER_REASON
from newsclean.filters.social import FOLLOW_WIDGET_REASON
from newsclean.filters.tags import TAG_LINE_REASON
from newsclean.model import Document, Hit, Line
from newsclean.patterns import WORD_RE
from newsclean.region import edges
from newsclean.region.line_kinds import (
    DIGIT_RE,
    LINE_END_MARK_RE,
    Kind,
    LineFeatures,
    classify,
    features,
    own_language_features,
)
from newsclean.region.lists import list_above, list_below, list_in_tail, numbered_items
from newsclean.sites.steps import SITE_BOILERPLATE_REASON
from newsclean.text.language import stopwords

# Weights of each kind in the densest-run search, in characters of prose. Chrome costs a
# fixed amount per line whatever its length: a menu is many short lines.
GOOD_BONUS = 1.0
NEAR_WEIGHT = 0.9
SHORT_COST = 25.0
BAD_COST = 90.0
GAP_COST = 30.0  # per line a filter dropped between two kept lines
# An item of a numbered list costs little: a long list between two parts of an article does not
# split it, yet a run gains nothing from crossing one into a sidebar.
LIST_ITEM_COST = 10.0
# Lines that end an article on most pages: what follows them is rarely more of it, so a run
# that crosses one must gain a paragraph or more of prose to be worth it.
BARRIER_COST = 250.0
# Lines a site prints on most of its pages (learnt over a batch): template inserts such as share
# bars and photo counters sit inside articles too, so dropping them barely splits a run.
SITE_GAP_COST = 0.0
BARRIER_REASONS = frozenset(
    {
        RELATED_HEADER_REASON,
        COMMENT_PROMPT_REASON,
        COMMENT_FORM_REASON,
        TAG_LINE_REASON,
        AUTHOR_BOX_REASON,
        ABOUT_BOX_REASON,
        COPYRIGHT_REASON,
        LEGAL_LINKS_REASON,
        NEWSLETTER_PROMPT_REASON,
        FOLLOW_WIDGET_REASON,
        AUTHOR_BIO_REASON,
        SUPPORT_APPEAL_REASON,
        PAGINATION_REASON,
    }
)


# The evidence of a drop: the line's kind, read off a table (an enum's name is a property).
KIND_SLUGS = MappingProxyType({kind: kind.name.lower() for kind in Kind})


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
    # best_end[j]: the largest prefix sum at or after position j (end of a run), the furthest
    # on a tie; only the starts from lo on read it
    best_end = [(prefix[n], n)] * (n + 1)
    value, end = prefix[n], n
    for j in range(n - 1, max(lo, 0) - 1, -1):
        if prefix[j + 1] > value:
            value, end = prefix[j + 1], j + 1
        best_end[j] = (value, end)
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
        # a page repeats many lines (labels, share buttons, separators): each is measured once
        measured = {
            text: own_language_features(text, features(text, stops), stops)
            for text in {line.text for line in lines}
        }
        feats = [measured[line.text] for line in lines]
        kinds = [classify(f, has_stopwords=bool(stops)) for f in feats]
        weights = [line_weight(k, f) for k, f in zip(kinds, feats, strict=True)]
        gaps = self._gaps(doc, lines)
        numbers = [line.no for line in lines]
        texts = [line.text for line in lines]
        # a numbered list's items read as chrome one by one, but no menu counts its links
        items = numbered_items(texts, numbers, gaps)
        for i in items:
            weights[i] = max(weights[i], -LIST_ITEM_COST)
        anchors = _anchors(doc)
        below = len(lines)  # the article's own last line, above any list that continues it
        span = self._span(weights, gaps, numbers, sorted(anchors.values()), len(anchors))
        if span is not None:
            span = self._cut_at_comments(doc, lines, feats, kinds, span)
            under_head = edges.under_head(lines, kinds, span[0], anchors)
            span = edges.with_lead_in(span, kinds, feats, gaps, under_head)
            span = edges.with_closing_line(span, texts, kinds, feats, gaps)
            span = (list_above(texts, numbers, gaps, span[0]), span[1])
            listed = list_below(texts, numbers, gaps, span[1])
            if listed is not None:
                span, below = (span[0], listed), span[1]
        hits: dict[int, Hit] = {}
        for i, line in enumerate(lines):
            if span is None or not span[0] <= i <= span[1]:
                hits[line.no] = Hit("outside_article", KIND_SLUGS[kinds[i]])
            elif i > below or i in items:
                continue  # a list's items read as chrome one by one
            elif (
                kinds[i] is Kind.BAD
                and not _between_prose(kinds, i, span)
                and not edges.tweet_signature(line.text)
            ):
                hits[line.no] = Hit("chrome_in_article", KIND_SLUGS[kinds[i]])
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
            and (e.reason != COMMENT_COUNT_REASON or DIGIT_RE.search(doc.original[e.line_no - 1]))
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
            if any(r != COMMENT_COUNT_REASON for r in between) or paragraphs >= 3:
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
                if reason == SITE_BOILERPLATE_REASON:
                    cost += SITE_GAP_COST
                elif reason is not None:
                    cost += BARRIER_COST if reason in BARRIER_REASONS else self.gap_cost
            gaps.append(cost)
            prev_no = line.no
        return gaps


# Headers and forms of a comment section.
COMMENT_REASONS = frozenset({COMMENT_PROMPT_REASON, COMMENT_COUNT_REASON, COMMENT_FORM_REASON})

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
            if (
                words > self.max_words
                or LINE_END_MARK_RE.search(line.text)
                or edges.tweet_signature(line.text)
            ):
                break
            hits[line.no] = Hit("trailing_label", f"{words} words, no sentence")
        tail = doc.lines[len(doc.lines) - len(hits) :]
        above = doc.lines[-len(hits) - 1].text if len(hits) < len(doc.lines) else ""
        # a list that ends the article (tour dates, a table) is short lines without sentences
        listed = list_in_tail([line.text for line in tail], above) if hits else None
        if listed is not None:
            for line in tail[: listed + 1]:
                del hits[line.no]
        return doc.drop(hits, self.name)
