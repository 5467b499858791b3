"""What each pipeline step is worth: a corpus cleaned as is, then once with each step skipped.

The page-head ranking's cues are weighed the same way: ``head.<cue>`` (``head.crumb``) names a
run with that cue's weight set to 0 (see extract/head/head_weights.py).

For every step, every page and every field (the body: shingle F1, or segment misses where the
gold gives segments; headline, authors, date: right or wrong), the step *gains* the page when
the page scores better with the step than without it, and *loses* it when worse. A step's net
is gains minus losses, summed over fields, told apart by the tune and check parts of the corpus
(``newsclean.evaluate.splits``): a step whose net on check is not above zero is a candidate
for removal.

Scores move only when a scored field flips; a step can keep junk out of the body without that.
So each step is weighed on lines too: every body line that is there with the step and not
without it, or the other way round, judged by the gold (``scoring.article_lines``). A line of
junk the step keeps out, or a line of the article it lets in, counts +1; the opposite -1.
"""

from __future__ import annotations

import dataclasses
import json
import multiprocessing
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from newsclean.api import clean
from newsclean.config import Config
from newsclean.evaluate.corpus import DocResult, Keep, corpus_layout, documents, score_doc
from newsclean.evaluate.scoring import article_lines
from newsclean.evaluate.splits import SPLITS, split_of
from newsclean.extract.head.head_weights import CUES
from newsclean.extract.head.page_rank import DEFAULT_HEAD_WEIGHTS

__all__ = [
    "FIELDS",
    "Ablation",
    "Change",
    "LineChange",
    "Page",
    "PageScore",
    "StepEffect",
    "ablate",
    "clean_pages",
    "compare",
    "compare_lines",
    "head_cue_switches",
    "load_pages",
    "page_score",
    "without",
]

FIELDS = ("body", "headline", "authors", "date")
# Body F1s closer than this are the same score: float noise is no gain.
BODY_TOLERANCE = 1e-9

HEAD_CUE_PREFIX = "head."  # "head.byline": the page-head ranking without its byline cue


def head_cue_switches() -> tuple[str, ...]:
    """The names that switch each page-head cue off in an ablation, in CUES order.

    >>> head_cue_switches()[:2]
    ('head.date', 'head.byline')
    """
    return tuple(f"{HEAD_CUE_PREFIX}{cue}" for cue in CUES)


def without(config: Config, switch: str) -> Config:
    """``config`` with a step skipped, or with a page-head cue (``head.<cue>``) weighed 0.

    >>> without(Config(), "media.photo_credit").skip
    frozenset({'media.photo_credit'})
    >>> without(Config(), "head.crumb").head_weights.by_name()["crumb"]
    0.0
    """
    if switch.startswith(HEAD_CUE_PREFIX):
        weights = config.head_weights or DEFAULT_HEAD_WEIGHTS
        cue = switch.removeprefix(HEAD_CUE_PREFIX)
        return dataclasses.replace(config, head_weights=weights.with_cues({cue: 0.0}))
    return dataclasses.replace(config, skip=config.skip | {switch})


# Told as each run ends: the step skipped (None for the run as is), runs done, runs in all.
Progress = Callable[[str | None, int, int], None]


@dataclass(frozen=True, slots=True)
class Page:
    """One page of one rendering, with its gold record."""

    rendering: str
    id: str
    text: str
    gold: Mapping[str, Any]

    @property
    def key(self) -> str:
        return f"{self.rendering}/{self.id}"


class PageScore(NamedTuple):
    """What one cleaning got right on a page; None where the gold scores nothing.

    ``body`` is the shingle F1 where the gold has a body, else minus the segments missed
    (``with`` not found plus ``without`` kept), so that higher is better either way.
    """

    body: float | None
    headline: bool | None
    authors: bool | None
    date: bool | None


def page_score(result: DocResult) -> PageScore:
    """The fields an ablation compares, from one scored document.

    >>> page_score(DocResult("x", seg_fn=2, seg_fp=1, has_segments=True, date_ok=True))
    PageScore(body=-3, headline=None, authors=None, date=True)
    """
    body: float | None = result.body_f1
    if body is None and result.has_segments:
        body = -result.seg_misses
    return PageScore(body, result.headline_ok, result.authors_ok, result.date_ok)


def load_pages(
    corpus_dir: Path,
    renderings: Sequence[str] | None = None,
    *,
    keep: Keep = None,
    limit: int | None = None,
) -> tuple[Page, ...]:
    """Every page of the corpus to score (as ``evaluate_corpus`` picks them), read once."""
    _, gold_dir, dirs = corpus_layout(corpus_dir, renderings)
    return tuple(
        Page(rendering_dir.name, doc_id, _read(path), json.loads(_read(gold_path)))
        for rendering_dir in dirs
        for doc_id, path, gold_path in documents(rendering_dir, gold_dir, keep=keep, limit=limit)
    )


def _read(path: Path) -> str:
    return path.read_bytes().decode("utf-8", errors="replace")


# A page's body as its distinct non-blank lines: what two runs' bodies are compared by.
Body = frozenset[str]


def clean_pages(pages: Iterable[Page], config: Config) -> tuple[tuple[PageScore, Body], ...]:
    """Clean and score every page with ``config``, with its body's lines; a page that raises
    scores as nothing found."""
    out = []
    for page in pages:
        try:
            record: Mapping[str, Any] = clean(page.text, id=page.id, config=config).to_dict()
            error = None
        except Exception as exc:  # one bad page is scored as a miss, not fatal to the run
            record, error = {}, f"{type(exc).__name__}: {exc}"
        score = page_score(score_doc(page.id, record, page.gold, error))
        body = record.get("body") or ""
        out.append((score, frozenset(line.strip() for line in body.splitlines() if line.strip())))
    return tuple(out)


# --- comparing two runs -------------------------------------------------------------------


class Change(NamedTuple):
    """One field of one page that the step's presence makes better (+1) or worse (-1)."""

    split: str
    field: str
    page: str
    sign: int


def _sign(present: float | bool | None, absent: float | bool | None) -> int:
    if present is None or absent is None:
        return 0
    diff = float(present) - float(absent)
    return 0 if abs(diff) <= BODY_TOLERANCE else (1 if diff > 0 else -1)


def compare(
    pages: Sequence[Page], present: Sequence[PageScore], absent: Sequence[PageScore]
) -> tuple[Change, ...]:
    """Every field of every page scored differently with the step (``present``) and without.

    >>> page = Page("html-text", "04a6711caa7c", "", {})
    >>> compare([page], [PageScore(0.9, True, None, False)], [PageScore(0.5, False, None, True)])
    ... # doctest: +NORMALIZE_WHITESPACE
    (Change(split='check', field='body', page='html-text/04a6711caa7c', sign=1),
     Change(split='check', field='headline', page='html-text/04a6711caa7c', sign=1),
     Change(split='check', field='date', page='html-text/04a6711caa7c', sign=-1))
    """
    changes = []
    for page, with_step, without in zip(pages, present, absent, strict=True):
        for field, got, other in zip(FIELDS, with_step, without, strict=True):
            if sign := _sign(got, other):
                changes.append(Change(split_of(page.id), field, page.key, sign))
    return tuple(changes)


class LineChange(NamedTuple):
    """One body line that is there with the step and not without it (or the other way round),
    +1 where that is right by the gold (junk kept out, article let in), -1 where wrong."""

    split: str
    page: str
    line: str
    sign: int


def compare_lines(
    pages: Sequence[Page], present: Sequence[Body], absent: Sequence[Body]
) -> tuple[LineChange, ...]:
    """Every body line one run has and the other lacks, judged by the gold; lines the gold
    cannot judge are left out.

    >>> page = Page("html-text", "04a6711caa7c", "", {"body": "The storm hit. Winds rose."})
    >>> compare_lines([page], [frozenset({"The storm hit."})],
    ...               [frozenset({"The storm hit.", "Gefällt mir:"})])
    (LineChange(split='check', page='html-text/04a6711caa7c', line='Gefällt mir:', sign=1),)
    """
    changes = []
    for page, with_step, without in zip(pages, present, absent, strict=True):
        if with_step == without:
            continue
        is_article = article_lines(page.gold)
        for line, kept_out in [*((x, True) for x in sorted(without - with_step)),
                               *((x, False) for x in sorted(with_step - without))]:
            article = is_article(line)
            if article is not None:
                sign = 1 if article is not kept_out else -1
                changes.append(LineChange(split_of(page.id), page.key, line, sign))
    return tuple(changes)


@dataclass(frozen=True, slots=True)
class StepEffect:
    """What skipping one step changed, page by page."""

    step: str
    changes: tuple[Change, ...]
    lines: tuple[LineChange, ...] = ()

    def net(self, split: str, field: str | None = None) -> int:
        """Pages gained minus pages lost on ``split``, for one field or summed over all."""
        return sum(
            c.sign for c in self.changes if c.split == split and field in (None, c.field)
        )

    def net_lines(self, split: str) -> int:
        """Body lines the step gets right minus those it gets wrong, on ``split``."""
        return sum(c.sign for c in self.lines if c.split == split)

    def _lines(self, split: str, sign: int) -> list[str]:
        return [f"{c.page}: {c.line}" for c in self.lines if (c.split, c.sign) == (split, sign)]

    def _pages(self, split: str, field: str, sign: int) -> list[str]:
        return [c.page for c in self.changes if (c.split, c.field, c.sign) == (split, field, sign)]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"step": self.step}
        for split in SPLITS:
            fields = {
                field: {
                    "net": self.net(split, field),
                    "gained": self._pages(split, field, 1),
                    "lost": self._pages(split, field, -1),
                }
                for field in FIELDS
            }
            lines = {
                "net": self.net_lines(split),
                "right": self._lines(split, 1),
                "wrong": self._lines(split, -1),
            }
            out[split] = {"net": self.net(split), "fields": fields, "lines": lines}
        return out


@dataclass(frozen=True, slots=True)
class Ablation:
    """Every step's effect on one corpus, best on check first."""

    corpus: str
    renderings: tuple[str, ...]
    pages: Mapping[str, int]  # pages scored per split (a page of each rendering counts apart)
    effects: tuple[StepEffect, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "corpus": self.corpus,
            "renderings": list(self.renderings),
            "pages": dict(self.pages),
            "steps": [effect.to_dict() for effect in self.effects],
        }


def _order(effect: StepEffect) -> tuple[int, int, str]:
    return (-effect.net("check"), -effect.net("tune"), effect.step)


# --- running it ---------------------------------------------------------------------------

# The pages and config of a worker process, set once by the pool's initializer so that each task
# (a step name) does not carry the whole corpus across the pipe; nothing else writes it.
_WORKER_STATE: dict[str, Any] = {}


def _init_worker(pages: tuple[Page, ...], config: Config) -> None:
    _WORKER_STATE.update(pages=pages, config=config)


Run = tuple[str | None, tuple[PageScore, ...], tuple[Body, ...]]


def _run_without(step: str | None) -> Run:
    """Score the worker's pages with ``step`` skipped or a head cue off (see ``without``; None:
    the pipeline as configured)."""
    config: Config = _WORKER_STATE["config"]
    if step is not None:
        config = without(config, step)
    cleaned = clean_pages(_WORKER_STATE["pages"], config)
    return step, tuple(score for score, _ in cleaned), tuple(body for _, body in cleaned)


def _runs(
    pages: tuple[Page, ...], config: Config, steps: Sequence[str], jobs: int
) -> Iterator[Run]:
    tasks: list[str | None] = [None, *steps]
    if jobs <= 1:
        _init_worker(pages, config)
        yield from map(_run_without, tasks)
        return
    with multiprocessing.Pool(jobs, _init_worker, (pages, config)) as pool:
        yield from pool.imap_unordered(_run_without, tasks)


def ablate(
    corpus: str,
    pages: tuple[Page, ...],
    config: Config,
    steps: Sequence[str],
    *,
    jobs: int = 1,
    progress: Progress | None = None,
) -> Ablation:
    """Clean ``pages`` as configured and once with each of ``steps`` skipped, and compare."""
    scores: dict[str | None, tuple[PageScore, ...]] = {}
    bodies: dict[str | None, tuple[Body, ...]] = {}  # kept until the run as is is in
    lines: dict[str, tuple[LineChange, ...]] = {}
    for done, (step, run_scores, run_bodies) in enumerate(
        _runs(pages, config, steps, jobs), start=1
    ):
        scores[step] = run_scores
        bodies[step] = run_bodies
        if None in bodies:  # compare each run's body lines as it comes, then let them go
            for other in [s for s in bodies if s is not None]:
                lines[other] = compare_lines(pages, bodies[None], bodies.pop(other))
        if progress is not None:
            progress(step, done, len(steps) + 1)
    baseline = scores[None]
    effects = (StepEffect(s, compare(pages, baseline, scores[s]), lines[s]) for s in steps)
    counts: dict[str, int] = {s: sum(split_of(p.id) == s for p in pages) for s in SPLITS}
    renderings = tuple(dict.fromkeys(p.rendering for p in pages))
    return Ablation(corpus, renderings, counts, tuple(sorted(effects, key=_order)))
