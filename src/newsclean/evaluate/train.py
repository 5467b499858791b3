"""Fit the page-head ranking's weights to labelled pages (`newsclean train`).

A page without a title line takes its headline from the candidate line ranked best by a weighted
sum of cues (extract/head/page_rank.py, head_weights.CUES). Training reads the candidates of
each labelled page where that ranking decides, marks those that lead to the gold headline, and
fits the cue weights as a conditional logit: the chance of a candidate is the softmax of its
score over the page's candidates, and the fit raises the chance of the right ones. Page chrome
is left out, as the ranking passes over it. The two thresholds (``min_score``, ``sure_score``)
are kept; the weights are pulled toward the starting ones (an L2 term), which keeps the scores
on the scale those thresholds are set for. How hard they are pulled is chosen by
cross-validation over the pages: the pull whose fits pick the right headline on most held-out
pages.

The fit needs NumPy (``pip install 'newsclean[train]'``); cleaning with the weights it writes
does not.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from newsclean.assemble import HEADLINE_STEP, Pipeline
from newsclean.errors import UsageError
from newsclean.evaluate.corpus import Keep, corpus_layout, documents, read_page, scored_headline
from newsclean.evaluate.scoring import headline_correct
from newsclean.extract.head.head_weights import HeadWeights
from newsclean.extract.head.page_head import list_item_text, page_chrome
from newsclean.extract.head.page_rank import head_candidates, head_from
from newsclean.extract.steps import HeadlineInput

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

PULLS = (0.001, 0.01, 0.1, 1.0)  # the L2 pulls cross-validation chooses from
FOLDS = 3  # cross-validation folds, fixed by a hash of the page id
MAX_STEPS = 500  # gradient steps of one fit at most...
TOLERANCE = 1e-9  # ...stopping when the objective gains less than this
FIRST_STEP = 1.0  # the first step size of the line search; it doubles on success, halves on failure
MIN_STEP = 1e-12
NUMPY_MISSING = "newsclean train needs NumPy: pip install 'newsclean[train]'"

Progress = Callable[[str, int, int], None]


class TrainingPage(NamedTuple):
    """A labelled page the page-head ranking decides: its candidates' cue values, and which of
    them lead to the gold headline."""

    id: str
    values: tuple[tuple[float, ...], ...]  # one row per candidate, head_weights.CUES
    right: tuple[bool, ...]


def page_for_training(text: str, gold_headline: str, pipeline: Pipeline, doc_id: str = "-"
                      ) -> TrainingPage | None:
    """The candidates of a page and which are right; None where a title line decides."""
    doc = pipeline.process(text, source=doc_id, until=HEADLINE_STEP)
    head = HeadlineInput.of(doc)
    if not head.lines or not head.ranks_page_head():
        return None
    page, candidates = head_candidates(head.lines, title_apart=head.title_apart)
    kept = [c for c in candidates if not page_chrome(head.lines[c.line])]
    right = tuple(
        headline_correct(list_item_text(head.lines, head_from(page, c.line)), gold_headline)
        for c in kept
    )
    return TrainingPage(doc_id, tuple(c.values for c in kept), right)


def training_pages(
    corpus_dir: Path,
    pipeline: Pipeline,
    renderings: Sequence[str] | None = None,
    *,
    keep: Keep = None,
    progress: Progress | None = None,
) -> list[TrainingPage]:
    """Every page of a gold corpus (the renderings named, else all) with a scored headline that
    the page-head ranking decides, in the corpus's order."""
    _, gold_dir, dirs = corpus_layout(corpus_dir, renderings)
    found: list[TrainingPage] = []
    for rendering in dirs:
        pages = documents(rendering, gold_dir, keep=keep)
        for done, (doc_id, path, gold_path) in enumerate(pages, 1):
            headline = scored_headline(json.loads(read_page(gold_path)))
            if headline is not None:
                name = f"{rendering.name}/{doc_id}"
                page = page_for_training(read_page(path), headline, pipeline, name)
                if page is not None:
                    found.append(page)
            if progress is not None:
                progress(rendering.name, done, len(pages))
    return found


# --- the fit --------------------------------------------------------------------------------


class _Stacked(NamedTuple):
    """Pages' candidates stacked into one matrix, for NumPy."""

    values: NDArray[np.float64]  # candidates x cues
    right: NDArray[np.bool_]
    starts: NDArray[np.intp]  # where each page's rows start
    pages: int


def _numpy() -> Any:
    try:
        import numpy
    except ImportError:
        raise UsageError(NUMPY_MISSING) from None
    return numpy


def _stack(pages: Sequence[TrainingPage]) -> _Stacked:
    """The candidates of pages that each have one that is right (fit_weights() keeps those)."""
    np = _numpy()
    values = np.array([v for page in pages for v in page.values], dtype=np.float64)
    right = np.array([r for page in pages for r in page.right], dtype=bool)
    sizes = [len(page.values) for page in pages]
    starts = np.cumsum([0, *sizes[:-1]]).astype(np.intp)
    return _Stacked(values, right, starts, len(pages))


def _objective(
    w: NDArray[np.float64], data: _Stacked, start: NDArray[np.float64], pull: float
) -> tuple[float, NDArray[np.float64]]:
    """Mean log-chance of the right candidates, less the pull; and its gradient."""
    np = _numpy()
    scores = data.values @ w
    top = np.maximum.reduceat(scores, data.starts)
    sizes = np.diff(np.append(data.starts, len(scores)))
    shifted = np.exp(scores - np.repeat(top, sizes))
    every = np.add.reduceat(shifted, data.starts)
    good = np.add.reduceat(np.where(data.right, shifted, 0.0), data.starts)
    total = float(np.sum(np.log(good) - np.log(every))) / data.pages
    # each row's pull on the gradient: its share among the right rows, less its share among all
    right_share = np.where(data.right, shifted / np.repeat(good, sizes), 0.0)
    gradient = (right_share - shifted / np.repeat(every, sizes)) @ data.values / data.pages
    away = w - start
    return total - pull * float(away @ away), gradient - 2 * pull * away


def fit_weights(pages: Sequence[TrainingPage], start: HeadWeights, pull: float) -> HeadWeights:
    """The cue weights that best pick the right candidates of ``pages``, pulled toward
    ``start``'s by ``pull``; gradient ascent with a backtracking step.

    Pages without a right candidate teach nothing and are left out.
    """
    np = _numpy()
    learnable = [page for page in pages if any(page.right)]
    if not learnable:
        raise UsageError("no page has a candidate that leads to its gold headline: nothing to fit")
    data = _stack(learnable)
    origin = np.array(start.cues, dtype=np.float64)
    w = origin.copy()
    value, gradient = _objective(w, data, origin, pull)
    step = FIRST_STEP
    for _ in range(MAX_STEPS):
        while step > MIN_STEP:
            trial = w + step * gradient
            trial_value, trial_gradient = _objective(trial, data, origin, pull)
            if trial_value > value:
                break
            step /= 2
        else:
            break
        gained = trial_value - value
        w, value, gradient = trial, trial_value, trial_gradient
        step *= 2
        if gained < TOLERANCE:
            break
    return HeadWeights(tuple(float(x) for x in w), start.min_score, start.sure_score)


def picks_right(page: TrainingPage, weights: HeadWeights) -> bool:
    """Whether the ranking with ``weights`` takes a right candidate of the page: the best-scored
    (the first of equals), ranked at least ``min_score``.

    >>> from newsclean.extract.head.head_weights import CUES
    >>> rest = (0.0,) * (len(CUES) - 1)
    >>> page = TrainingPage("x", ((0.5, *rest), (2.0, *rest)), (False, True))
    >>> picks_right(page, HeadWeights((1.0, *rest), 1.0, 2.9))
    True
    >>> picks_right(page, HeadWeights((-1.0, *rest), 1.0, 2.9))  # the best ranks under 1.0
    False
    """
    if not page.values:
        return False
    scores = [weights.score(values) for values in page.values]
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    return page.right[best] and scores[best] >= weights.min_score


def top1(pages: Sequence[TrainingPage], weights: HeadWeights) -> float:
    """Share of the pages whose pick is right (0.0 for none)."""
    return sum(picks_right(page, weights) for page in pages) / len(pages) if pages else 0.0


def fold_of(doc_id: str, folds: int = FOLDS) -> int:
    """The cross-validation fold of a page, fixed by a hash of its id.

    >>> fold_of("dev/abc") == fold_of("dev/abc"), 0 <= fold_of("x") < FOLDS
    (True, True)
    """
    digest = hashlib.blake2b(doc_id.encode("utf-8"), person=b"newsclean-train").digest()
    return int.from_bytes(digest[:4], "big") % folds


def _folds(pages: Sequence[TrainingPage], folds: int) -> Iterator[tuple[list[TrainingPage], ...]]:
    for k in range(folds):
        yield (
            [p for p in pages if fold_of(p.id, folds) != k],
            [p for p in pages if fold_of(p.id, folds) == k],
        )


class PullScore(NamedTuple):
    pull: float
    held_out: float  # top-1 on the held-out folds' pages, pooled


class Training(NamedTuple):
    """What `newsclean train` did: the fitted weights and how they were chosen."""

    weights: HeadWeights
    pull: float | None  # None: no fit beat the starting weights, kept as they were
    pulls: tuple[PullScore, ...]  # every pull tried, with its cross-validated top-1
    start_top1: float  # the starting weights' top-1 on every page
    pages: int  # pages the ranking decides
    learnable: int  # ... of which a candidate leads to the gold headline

    def summary(self, **extra: Any) -> dict[str, Any]:
        """How the fit was made, kept beside the weights in the file."""
        return {
            "fit": {
                "pages": self.pages,
                "pages_with_a_right_candidate": self.learnable,
                "pull": self.pull,
                "cross_validated_top1": {str(p.pull): round(p.held_out, 4) for p in self.pulls},
                "start_top1": round(self.start_top1, 4),
                **extra,
            }
        }


def train_weights(
    pages: Sequence[TrainingPage],
    start: HeadWeights,
    pulls: Sequence[float] = PULLS,
    folds: int = FOLDS,
) -> Training:
    """Choose the pull by cross-validation (ties: the stronger pull, nearer the start), then
    fit on every page with it; keep ``start`` unchanged when no fit picks better out of fold
    than it does (it was not fitted to these pages, so its top-1 is out of fold already)."""
    if not pages:
        raise UsageError(
            "no labelled page where the page-head ranking decides: nothing to fit (it decides on "
            "pages printed without their <title> line, as inscriptis and browser copies are; "
            "where html-text prints the <title> first, that line decides)"
        )
    scores: list[PullScore] = []
    for pull in pulls:
        hits = 0
        for fitting, held in _folds(pages, folds):
            if held and any(any(p.right) for p in fitting):
                hits += sum(picks_right(p, fit_weights(fitting, start, pull)) for p in held)
        scores.append(PullScore(pull, hits / len(pages)))
    best = max(scores, key=lambda s: (s.held_out, s.pull))
    start_top1 = top1(pages, start)
    keep = start_top1 >= best.held_out
    return Training(
        start if keep else fit_weights(pages, start, best.pull),
        None if keep else best.pull,
        tuple(scores),
        start_top1,
        len(pages),
        sum(any(p.right) for p in pages),
    )
