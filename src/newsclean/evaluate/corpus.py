"""The corpus scorer behind ``newsclean eval``: walks a corpus laid out as rendering folders
beside ``gold/``, scores each document with :mod:`newsclean.evaluate.scoring` and sums up per
rendering.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsclean.errors import InputError, UsageError
from newsclean.evaluate.scoring import (
    authors_correct,
    body_scores,
    byline_correct,
    date_correct,
    f1_score,
    gold_day,
    headline_correct,
    segment_counts,
    shingle_counts,
    shingles,
    tokens,
)

__all__ = [
    "CorpusReport",
    "DocResult",
    "RenderingReport",
    "authors_correct",
    "body_scores",
    "byline_correct",
    "date_correct",
    "evaluate_corpus",
    "evaluate_rendering",
    "f1_score",
    "gold_day",
    "headline_correct",
    "score_doc",
    "scored_headline",
    "segment_counts",
    "shingle_counts",
    "shingles",
    "tokens",
]

Cleaner = Callable[[str, str], Mapping[str, Any]]
# Told after each page is scored: the rendering, pages done, pages to score in it.
Progress = Callable[[str, int, int], None]
# Which page ids to score (a split of the corpus); None scores them all.
Keep = Callable[[str], bool] | None

GOLD_DIR = "gold"


# --- one document -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DocResult:
    """What was right in one prediction; None where the gold has nothing to score against."""

    id: str
    body_p: float | None = None
    body_r: float | None = None
    body_predicted: bool = False  # the predicted body had words: its precision is averaged
    seg_tp: int = 0
    seg_fn: int = 0
    seg_fp: int = 0
    has_segments: bool = False
    headline_ok: bool | None = None
    authors_ok: bool | None = None
    date_ok: bool | None = None
    byline_ok: bool | None = None
    error: str | None = None

    @property
    def body_f1(self) -> float | None:
        if self.body_p is None or self.body_r is None:
            return None
        return f1_score(self.body_p, self.body_r)

    @property
    def seg_misses(self) -> int:
        return self.seg_fn + self.seg_fp

    def to_dict(self) -> dict[str, Any]:
        names = (f for f in self.__dataclass_fields__ if f != "body_predicted")
        return {"body_f1": self.body_f1} | {name: getattr(self, name) for name in names}


def _text(record: Mapping[str, Any], key: str) -> str:
    value = record.get(key)
    return value if isinstance(value, str) else ""


def _predicted_body(record: Mapping[str, Any], gold: Mapping[str, Any]) -> str:
    """The body as scored: headline, byline and body joined where the gold keeps them."""
    if gold.get("score_with_headline"):
        parts = (_text(record, "headline"), _text(record, "byline"), _text(record, "body"))
        return "\n".join(part for part in parts if part)
    return _text(record, "body")


def _article_text(record: Mapping[str, Any]) -> str:
    """The article's running text as segment golds see it: the standfirst, then the body.

    Segment golds label the standfirst as part of the article; newsclean gives it its own
    field, so both are read.
    """
    parts = (_text(record, "description"), _text(record, "body"))
    return "\n\n".join(part for part in parts if part)


def scored_headline(gold: Mapping[str, Any]) -> str | None:
    """The gold headline a page is scored on: one printed on the page (``headline_visible``).

    >>> scored_headline({"headline": "Storm", "headline_visible": True})
    'Storm'
    >>> scored_headline({"headline": "Storm", "headline_visible": False}) is None
    True
    """
    headline = gold.get("headline")
    return headline if gold.get("headline_visible") and headline else None


def score_doc(
    doc_id: str, record: Mapping[str, Any], gold: Mapping[str, Any], error: str | None = None
) -> DocResult:
    """Score one cleaned record against its gold record.

    >>> r = score_doc("x", {"body": "a b c d", "headline": "T"}, {"body": "a b c d"})
    >>> r.body_f1, r.headline_ok
    (1.0, None)
    >>> score_doc("x", {}, {"body": "a b c d", "date_published": "2020-01-02"}).date_ok
    False
    """
    fields: dict[str, Any] = {"id": doc_id, "error": error}
    gold_body = gold.get("body") or ""
    if tokens(gold_body):
        pred = _predicted_body(record, gold)
        fields["body_p"], fields["body_r"] = body_scores(pred, gold_body)
        fields["body_predicted"] = bool(tokens(pred))
    with_, without = gold.get("with") or [], gold.get("without") or []
    if with_ or without:
        tp, fn, fp = segment_counts(_article_text(record), with_, without)
        fields |= {"seg_tp": tp, "seg_fn": fn, "seg_fp": fp, "has_segments": True}
    headline = scored_headline(gold)
    if headline is not None:
        fields["headline_ok"] = headline_correct(record.get("headline"), headline)
    if gold.get("authors_visible"):
        fields["authors_ok"] = authors_correct(record.get("authors") or [], gold["authors_visible"])
    if gold.get("date_published") and gold_day(gold["date_published"]) is not None:
        fields["date_ok"] = date_correct(record.get("published"), gold["date_published"])
    if gold.get("byline"):
        fields["byline_ok"] = byline_correct(record.get("byline"), gold["byline"])
    return DocResult(**fields)


# --- aggregates ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Score:
    """Precision, recall and F1 over ``n`` documents."""

    precision: float
    recall: float
    f1: float
    n: int


@dataclass(frozen=True, slots=True)
class Accuracy:
    """``correct`` right answers out of ``n`` scored documents."""

    correct: int
    n: int

    @property
    def value(self) -> float | None:
        return self.correct / self.n if self.n else None


def _ratio(part: float, whole: float) -> float:
    return part / whole if whole else 0.0


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def _accuracy(flags: Iterator[bool | None]) -> Accuracy:
    scored = [flag for flag in flags if flag is not None]
    return Accuracy(sum(scored), len(scored))


@dataclass(frozen=True, slots=True)
class RenderingReport:
    """The scores of one rendering (html-text, inscriptis...) of a corpus."""

    name: str
    docs: tuple[DocResult, ...]
    split: str = "all"  # the part of the corpus scored: all, tune or check (evaluate.splits)

    @property
    def body(self) -> Score | None:
        """Benchmark averaging: precision over documents that predicted words, recall over all."""
        scored = [d for d in self.docs if d.body_p is not None and d.body_r is not None]
        if not scored:
            return None
        precision = _mean([d.body_p for d in scored if d.body_predicted and d.body_p is not None])
        recall = _mean([d.body_r for d in scored if d.body_r is not None])
        return Score(precision, recall, f1_score(precision, recall), len(scored))

    @property
    def segments(self) -> Score | None:
        """Segment P/R/F1 over the counts summed across documents."""
        scored = [d for d in self.docs if d.has_segments]
        if not scored:
            return None
        tp, fn, fp = (sum(getattr(d, k) for d in scored) for k in ("seg_tp", "seg_fn", "seg_fp"))
        precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
        return Score(precision, recall, f1_score(precision, recall), len(scored))

    def accuracy(self, field: str) -> Accuracy:
        """Accuracy of ``headline``, ``authors``, ``date`` or ``byline``."""
        return _accuracy(getattr(d, f"{field}_ok") for d in self.docs)

    @property
    def errors(self) -> tuple[DocResult, ...]:
        return tuple(d for d in self.docs if d.error)

    @property
    def empty_bodies(self) -> int:
        """Documents with body gold but no predicted words: left out of the body precision."""
        return sum(d.body_p is not None and not d.body_predicted for d in self.docs)

    def worst(self, k: int = 10) -> tuple[DocResult, ...]:
        """The ``k`` worst documents: lowest body F1, or most segment misses without body gold."""
        with_body = [d for d in self.docs if d.body_f1 is not None]
        if with_body:
            return tuple(sorted(with_body, key=lambda d: (d.body_f1 or 0.0, d.id))[:k])
        missed = [d for d in self.docs if d.seg_misses]
        return tuple(sorted(missed, key=lambda d: (-d.seg_misses, d.id))[:k])

    def to_dict(self) -> dict[str, Any]:
        summary = {key: getattr(self, key) for key in ("body", "segments")}
        out: dict[str, Any] = {"rendering": self.name, "split": self.split}
        out["docs"] = len(self.docs)
        out |= {k: None if v is None else _score_dict(v) for k, v in summary.items()}
        out["empty_bodies"] = self.empty_bodies
        for field in METADATA_FIELDS:
            acc = self.accuracy(field)
            out[field] = {"accuracy": acc.value, "correct": acc.correct, "n": acc.n}
        out["errors"] = [{"id": d.id, "error": d.error} for d in self.errors]
        out["documents"] = [d.to_dict() for d in self.docs]
        return out


METADATA_FIELDS = ("headline", "authors", "date", "byline")


def _score_dict(score: Score) -> dict[str, Any]:
    return {"f1": score.f1, "precision": score.precision, "recall": score.recall, "n": score.n}


@dataclass(frozen=True, slots=True)
class CorpusReport:
    """Every rendering of one corpus folder, scored."""

    corpus: str
    renderings: tuple[RenderingReport, ...]
    split: str = "all"  # all, tune, check, or both (each rendering as a tune and a check row)

    def to_dict(self) -> dict[str, Any]:
        renderings = [r.to_dict() for r in self.renderings]
        return {"corpus": self.corpus, "split": self.split, "renderings": renderings}


# --- walking a corpus ---------------------------------------------------------------------


def read_page(path: Path) -> str:
    """A corpus file's text; a byte that is not UTF-8 reads as U+FFFD."""
    return path.read_bytes().decode("utf-8", errors="replace")


def _rendering_dirs(corpus_dir: Path, names: Sequence[str] | None) -> list[Path]:
    if names is None:
        dirs = [p for p in sorted(corpus_dir.iterdir()) if p.is_dir() and p.name != GOLD_DIR]
        return [p for p in dirs if not p.name.startswith(".")]
    missing = [name for name in names if not (corpus_dir / name).is_dir()]
    if missing:
        raise UsageError(f"no rendering {', '.join(missing)} under {corpus_dir}")
    return [corpus_dir / name for name in names]


def _documents(rendering_dir: Path, gold_dir: Path) -> Iterator[tuple[str, Path, Path]]:
    """(id, text path, gold path) of every page that has a gold record, in sorted order."""
    for path in sorted(rendering_dir.rglob("*.txt")):
        doc_id = path.relative_to(rendering_dir).with_suffix("").as_posix()
        gold_path = gold_dir / f"{doc_id}.json"
        if gold_path.is_file():
            yield doc_id, path, gold_path


def _run(clean: Cleaner, raw: str, doc_id: str) -> tuple[Mapping[str, Any], str | None]:
    try:
        return clean(raw, doc_id), None
    except Exception as exc:  # one bad page is reported, not fatal to the run
        return {}, f"{type(exc).__name__}: {exc}"


def documents(
    rendering_dir: Path, gold_dir: Path, *, keep: Keep = None, limit: int | None = None
) -> list[tuple[str, Path, Path]]:
    """(id, text path, gold path) of the pages to score: those ``keep`` accepts, the first
    ``limit`` of them."""
    found = (d for d in _documents(rendering_dir, gold_dir) if keep is None or keep(d[0]))
    return list(itertools.islice(found, limit))


def evaluate_rendering(
    rendering_dir: Path,
    gold_dir: Path,
    clean: Cleaner,
    *,
    limit: int | None = None,
    keep: Keep = None,
    progress: Progress | None = None,
) -> RenderingReport:
    """Clean every page of one rendering that has a gold record, and score it."""
    results: list[DocResult] = []
    pages = documents(rendering_dir, gold_dir, keep=keep, limit=limit)
    for doc_id, path, gold_path in pages:
        gold = json.loads(read_page(gold_path))
        record, error = _run(clean, read_page(path), doc_id)
        results.append(score_doc(doc_id, record, gold, error))
        if progress is not None:
            progress(rendering_dir.name, len(results), len(pages))
    return RenderingReport(rendering_dir.name, tuple(results))


def evaluate_corpus(
    corpus_dir: Path,
    clean: Cleaner,
    renderings: Sequence[str] | None = None,
    *,
    limit: int | None = None,
    keep: Keep = None,
    progress: Progress | None = None,
) -> CorpusReport:
    """Score ``clean`` on a corpus folder: every subfolder but gold/ (or those named) is a
    rendering. A rendering folder itself (dev/html-text) scores that rendering alone.

    ``keep`` picks the page ids to score (``newsclean.evaluate.splits.in_split``); ``limit``
    then takes the first so many of each rendering."""
    corpus_dir, gold_dir, dirs = corpus_layout(corpus_dir, renderings)
    reports = tuple(
        evaluate_rendering(path, gold_dir, clean, limit=limit, keep=keep, progress=progress)
        for path in dirs
    )
    return CorpusReport(str(corpus_dir), reports)


def corpus_layout(
    corpus_dir: Path, renderings: Sequence[str] | None = None
) -> tuple[Path, Path, list[Path]]:
    """The corpus folder, its gold folder and the rendering folders to score.

    A rendering folder itself (dev/html-text) stands for that rendering of its corpus."""
    corpus_dir = Path(corpus_dir)
    is_rendering = corpus_dir.name != GOLD_DIR and (corpus_dir.parent / GOLD_DIR).is_dir()
    if not (corpus_dir / GOLD_DIR).is_dir() and is_rendering:
        corpus_dir, renderings = corpus_dir.parent, [corpus_dir.name]
    gold_dir = corpus_dir / GOLD_DIR
    if not gold_dir.is_dir():
        raise InputError(f"{corpus_dir} has no {GOLD_DIR}/ folder of gold records")
    return corpus_dir, gold_dir, _rendering_dirs(corpus_dir, renderings)
