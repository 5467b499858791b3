"""The corpus scorer behind ``newsclean eval``: body shingles, segments and metadata accuracy.

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
import json
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import regex

from newsclean.errors import InputError, UsageError

Cleaner = Callable[[str, str], Mapping[str, Any]]

SHINGLE_TOKENS = 4
GOLD_DIR = "gold"

WORD_RE = regex.compile(r"\w+")
SPACE_RE = regex.compile(r"\s+")
# Where a headline carries a site name or section: "Title | Site", "Title - Site",
# "Title – Site", "Section: Title". Both sides of a title tag use them.
HEADLINE_SEP_RE = regex.compile(
    r"""
    \x20 [|\-–—] \x20   # spaced pipe, hyphen, en dash, em dash
    | :\x20             # colon: "Opinion: ...", "Michigan Officials: ..."
    """,
    regex.VERBOSE,
)
ISO_DAY_RE = regex.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
UTC_SUFFIX_RE = regex.compile(r"(?:Z|[+-]00:?00)\s*$", regex.IGNORECASE)


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
JS_DATE_RE = regex.compile(
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
    if gold.get("headline_visible") and gold.get("headline"):
        fields["headline_ok"] = headline_correct(record.get("headline"), gold["headline"])
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
        out: dict[str, Any] = {"rendering": self.name, "docs": len(self.docs)}
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

    def to_dict(self) -> dict[str, Any]:
        return {"corpus": self.corpus, "renderings": [r.to_dict() for r in self.renderings]}


# --- walking a corpus ---------------------------------------------------------------------


def _read_text(path: Path) -> str:
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


def evaluate_rendering(
    rendering_dir: Path, gold_dir: Path, clean: Cleaner, *, limit: int | None = None
) -> RenderingReport:
    """Clean every page of one rendering that has a gold record, and score it."""
    results: list[DocResult] = []
    for doc_id, path, gold_path in _documents(rendering_dir, gold_dir):
        if limit is not None and len(results) >= limit:
            break
        gold = json.loads(_read_text(gold_path))
        record, error = _run(clean, _read_text(path), doc_id)
        results.append(score_doc(doc_id, record, gold, error))
    return RenderingReport(rendering_dir.name, tuple(results))


def evaluate_corpus(
    corpus_dir: Path,
    clean: Cleaner,
    renderings: Sequence[str] | None = None,
    *,
    limit: int | None = None,
) -> CorpusReport:
    """Score ``clean`` on a corpus folder: every subfolder but gold/ (or those named) is a
    rendering. A rendering folder itself (dev/html-text) scores that rendering alone."""
    corpus_dir = Path(corpus_dir)
    is_rendering = corpus_dir.name != GOLD_DIR and (corpus_dir.parent / GOLD_DIR).is_dir()
    if not (corpus_dir / GOLD_DIR).is_dir() and is_rendering:
        corpus_dir, renderings = corpus_dir.parent, [corpus_dir.name]
    gold_dir = corpus_dir / GOLD_DIR
    if not gold_dir.is_dir():
        raise InputError(f"{corpus_dir} has no {GOLD_DIR}/ folder of gold records")
    reports = tuple(
        evaluate_rendering(path, gold_dir, clean, limit=limit)
        for path in _rendering_dirs(corpus_dir, renderings)
    )
    return CorpusReport(str(corpus_dir), reports)
