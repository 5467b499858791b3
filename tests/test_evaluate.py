"""The corpus scorer: each rule on hand-computed cases, then a whole corpus built in tmp_path.

Headlines, names and dates below are taken from the evaluation corpus (dev/ and
trafilatura-eval/ gold records and their html-text renderings, see /work/shared/corpus/README.md).
"""

from __future__ import annotations

import io
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from newsclean.errors import InputError, UsageError
from newsclean.evaluate.corpus import (
    authors_correct,
    body_scores,
    date_correct,
    evaluate_corpus,
    f1_score,
    headline_correct,
    score_doc,
    segment_counts,
    shingle_counts,
)
from newsclean.evaluate.report import render_eval

GOLD_BODY = "The storm hit the coast on Monday"

# 4-token shingles of GOLD_BODY: [The storm hit the] [storm hit the coast] [hit the coast on]
# [the coast on Monday]. Expected (precision, recall) worked out by hand.
BODY_CASES = [
    ("identical", GOLD_BODY, GOLD_BODY, (1.0, 1.0)),
    ("disjoint", "Subscribe to our newsletter for daily updates", GOLD_BODY, (0.0, 0.0)),
    # pred shingles: [The storm hit the] [storm hit the coast] [hit the coast again]
    # tp 2, fp 1, fn 2 -> P 2/3, R 2/4
    ("partial", "The storm hit the coast again", GOLD_BODY, (2 / 3, 1 / 2)),
    # the article plus a menu line: tp 4, fp 3 ([Monday Home News Sport] ...), fn 0
    ("extra menu", GOLD_BODY + "\nHome News Sport", GOLD_BODY, (4 / 7, 1.0)),
    # repeats count as a multiset: pred [a b c d] x2 + 3 others, gold [a b c d] once
    (
        "repeated",
        "alpha beta gamma delta alpha beta gamma delta",
        "alpha beta gamma delta",
        (1 / 5, 1.0),
    ),
    ("punctuation ignored", "The storm -- hit the coast, on Monday!", GOLD_BODY, (1.0, 1.0)),
    ("case kept", GOLD_BODY.upper(), GOLD_BODY, (0.0, 0.0)),
    ("short texts equal", "Hello world", "Hello world", (1.0, 1.0)),
    ("short texts differ", "Hello", "Hello world", (0.0, 0.0)),
    ("empty prediction", "", GOLD_BODY, (0.0, 0.0)),
    ("both empty", "", "", (1.0, 1.0)),
]


@pytest.mark.parametrize(
    ("pred", "gold", "expected"), [c[1:] for c in BODY_CASES], ids=[c[0] for c in BODY_CASES]
)
def test_body_scores(pred: str, gold: str, expected: tuple[float, float]) -> None:
    assert body_scores(pred, gold) == pytest.approx(expected)


def test_shingle_counts_are_normalised_per_document() -> None:
    tp, fp, fn = shingle_counts("The storm hit the coast again", GOLD_BODY)
    assert (tp, fp, fn) == pytest.approx((2 / 5, 1 / 5, 2 / 5))
    assert f1_score(2 / 3, 1 / 2) == pytest.approx(4 / 7)


HEADLINE_CASES = [
    (
        "exact",
        "Snooze cruise: Study sees future for hibernating astronauts",
        "Snooze cruise: Study sees future for hibernating astronauts",
        True,
    ),
    (
        "pred site suffix",
        "Snooze cruise: Study sees future for hibernating astronauts | CTV News",
        "Snooze cruise: Study sees future for hibernating astronauts",
        True,
    ),
    (
        "pred en dash suffix",
        "Michigan Officials: 6th Fatality Linked To Eastern Equine "
        "Encephalitis Reported – CBS Detroit",
        "Michigan Officials: 6th Fatality Linked To Eastern Equine Encephalitis Reported",
        True,
    ),
    ("pred long site", "Zeitphilosophie – Dr. Alexander Klier", "Zeitphilosophie", True),
    (
        "gold site suffix",
        "New York man pleads guilty to threatening to kill Omar",
        "New York man pleads guilty to threatening to kill Omar | TheHill",
        True,
    ),
    (
        "gold section prefix",
        "Republicans Are Following Trump to Nowhere",
        "Opinion | Republicans Are Following Trump to Nowhere",
        True,
    ),
    (
        "case and quotes",
        "CUP-VORSCHAU: BEIM BSV STANS FREUT MAN SICH",
        "Cup-Vorschau: Beim BSV Stans freut man sich",
        True,
    ),
    (
        "site name alone",
        "TheHill",
        "New York man pleads guilty to threatening to kill Omar | TheHill",
        False,
    ),
    ("section alone", "Opinion", "Opinion | Republicans Are Following Trump to Nowhere", False),
    (
        "other headline",
        "WeWork employees to be laid off this week",
        "Major WeWork layoffs to begin today",
        False,
    ),
    (
        "truncated",
        "Hunter diagnosed with bubonic plague",
        "Hunter diagnosed with bubonic plague after eating a rabbit",
        False,
    ),
    ("none", None, "Major WeWork layoffs to begin today", False),
]


@pytest.mark.parametrize(
    ("pred", "gold", "ok"), [c[1:] for c in HEADLINE_CASES], ids=[c[0] for c in HEADLINE_CASES]
)
def test_headline_correct(pred: str | None, gold: str, ok: bool) -> None:
    assert headline_correct(pred, gold) is ok


AUTHORS_CASES = [
    ("same", ["Sarah E. Needleman"], ["Sarah E. Needleman"], True),
    ("case and By", ["By SARAH E. NEEDLEMAN"], ["Sarah E. Needleman"], True),
    ("order", ["Aryan Prakash", "Jane Doe"], ["Jane Doe", "Aryan Prakash"], True),
    ("missing one", ["Aryan Prakash"], ["Jane Doe", "Aryan Prakash"], False),
    ("extra one", ["Aryan Prakash", "HT News Desk"], ["Aryan Prakash"], False),
    ("other person", ["Aryan Prakash"], ["Sarah E. Needleman"], False),
    ("nothing found", [], ["Sarah E. Needleman"], False),
    ("by inside a name kept", ["Byron Tau"], ["Tau"], False),
]


@pytest.mark.parametrize(
    ("pred", "gold", "ok"), [c[1:] for c in AUTHORS_CASES], ids=[c[0] for c in AUTHORS_CASES]
)
def test_authors_correct(pred: list[str], gold: list[str], ok: bool) -> None:
    assert authors_correct(pred, gold) is ok


DATE_CASES = [
    ("same day", "2019-11-19", "2019-11-19", True),
    ("same day other time", "2019-11-19T08:15:00-05:00", "2019-11-19T13:03:00.000Z", True),
    ("utc slack back", "2019-11-18T20:00:00-08:00", "2019-11-19T04:00:00.000Z", True),
    ("utc slack forward", "2022-05-14", "2022-05-13T21:16:00+00:00", True),
    ("utc two days", "2019-11-17", "2019-11-19T13:03:00.000Z", False),
    ("no slack day only", "2019-10-18", "2019-10-19", False),
    ("no slack local zone", "2022-05-14", "2022-05-13T21:16:00+05:30", False),
    ("missing", None, "2019-10-19", False),
    ("not a date", "last Tuesday", "2019-10-19", False),
]


@pytest.mark.parametrize(
    ("pred", "gold", "ok"), [c[1:] for c in DATE_CASES], ids=[c[0] for c in DATE_CASES]
)
def test_date_correct(pred: str | None, gold: str, ok: bool) -> None:
    assert date_correct(pred, gold) is ok


BODY_WITH_SEGMENTS = (
    "Jewish oligarchs Igor Kolomoisky and\nhis partners moved the money.\n\n"
    "The  Chairwoman of Ukraine’s Central Bank resigned."
)
SEGMENT_CASES = [
    (
        "all found, space folded",
        [
            "Jewish oligarchs Igor Kolomoisky and his partners",
            "The Chairwoman of Ukraine’s Central Bank",
        ],
        [],
        (2, 0, 0),
    ),
    ("one missed", ["Now as to those missing IMF billions,"], [], (0, 1, 0)),
    ("boilerplate kept", [], ["his partners moved"], (0, 0, 1)),
    ("boilerplate absent", [], ["Privacy & Cookies: This site uses"], (0, 0, 0)),
    ("case matters", ["the chairwoman of ukraine’s central bank"], [], (0, 1, 0)),
    ("segment padded", ["  Igor   Kolomoisky\tand "], [], (1, 0, 0)),
]


@pytest.mark.parametrize(
    ("with_", "without", "expected"),
    [c[1:] for c in SEGMENT_CASES],
    ids=[c[0] for c in SEGMENT_CASES],
)
def test_segment_counts(
    with_: list[str], without: list[str], expected: tuple[int, int, int]
) -> None:
    assert segment_counts(BODY_WITH_SEGMENTS, with_, without) == expected


# --- a tiny corpus --------------------------------------------------------------------------

PAGE_A = "Storm news | Daily\nHome News Sport\nThe storm hit the coast on Monday\n"
GOLD_A: dict[str, Any] = {
    "id": "a",
    "body": GOLD_BODY,
    "headline": "Storm news",
    "headline_visible": True,
    "authors": ["Jane Doe"],
    "authors_visible": ["Jane Doe"],
    "date_published": "2019-11-19T13:03:00.000Z",
}
PAGE_B = "Cookies\nJewish oligarchs Igor Kolomoisky and partners\n"
GOLD_B: dict[str, Any] = {
    "id": "b",
    "body": "",
    "headline": None,
    "headline_visible": False,
    "authors": [],
    "authors_visible": [],
    "date_published": "2019-10-19",
    "with": ["Igor Kolomoisky and"],
    "without": ["Cookies"],
}


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    for rendering in ("html-text", "inscriptis"):
        _write(tmp_path / rendering / "a.txt", PAGE_A)
        _write(tmp_path / rendering / "b.txt", PAGE_B)
        _write(tmp_path / rendering / "no-gold.txt", "skipped")
    _write(tmp_path / "gold" / "a.json", json.dumps(GOLD_A))
    _write(tmp_path / "gold" / "b.json", json.dumps(GOLD_B))
    return tmp_path


def gold_cleaner(raw: str, doc_id: str) -> Mapping[str, Any]:
    gold = GOLD_A if doc_id == "a" else GOLD_B
    body = gold["body"] or "\n".join(gold["with"])
    return {
        "headline": gold["headline"],
        "byline": None,
        "authors": gold["authors"],
        "published": gold["date_published"],
        "body": body,
    }


def raw_cleaner(raw: str, doc_id: str) -> Mapping[str, Any]:
    return {"headline": raw.splitlines()[0], "authors": [], "published": None, "body": raw}


def test_corpus_gold_cleaner_scores_one(corpus: Path) -> None:
    report = evaluate_corpus(corpus, gold_cleaner)
    assert [r.name for r in report.renderings] == ["html-text", "inscriptis"]
    for r in report.renderings:
        assert [d.id for d in r.docs] == ["a", "b"]
        assert r.body is not None and (r.body.f1, r.body.n) == (1.0, 1)
        assert r.segments is not None and (r.segments.f1, r.segments.n) == (1.0, 1)
        assert [
            (r.accuracy(f).value, r.accuracy(f).n) for f in ("headline", "authors", "date")
        ] == [(1.0, 1), (1.0, 1), (1.0, 2)]


def test_corpus_raw_cleaner(corpus: Path) -> None:
    report = evaluate_corpus(corpus, raw_cleaner, ["html-text"])
    (r,) = report.renderings
    # page a: 13 tokens give 10 shingles; the 4 of the gold are all there, 6 more are not
    assert r.body is not None
    assert (r.body.precision, r.body.recall) == pytest.approx((4 / 10, 1.0))
    assert r.segments is not None
    assert (r.segments.precision, r.segments.recall) == pytest.approx((0.5, 1.0))
    assert r.accuracy("headline").value == 1.0  # "Storm news | Daily"
    assert r.accuracy("authors").value == 0.0
    assert r.worst(1)[0].id == "a"


def test_empty_and_failing_predictions(corpus: Path) -> None:
    def flaky(raw: str, doc_id: str) -> Mapping[str, Any]:
        raise ValueError("no article here")

    report = evaluate_corpus(corpus, flaky, ["html-text"])
    (r,) = report.renderings
    assert [(d.id, d.error) for d in r.errors] == [
        ("a", "ValueError: no article here"),
        ("b", "ValueError: no article here"),
    ]
    # the benchmark leaves documents without a prediction out of precision, not out of recall
    assert r.body is not None and (r.body.precision, r.body.recall, r.body.f1) == (0.0, 0.0, 0.0)
    assert r.empty_bodies == 1
    assert r.accuracy("date").value == 0.0


def test_body_precision_skips_empty_predictions(tmp_path: Path) -> None:
    for doc_id in ("x", "y"):
        _write(tmp_path / "html-text" / f"{doc_id}.txt", GOLD_BODY)
        _write(tmp_path / "gold" / f"{doc_id}.json", json.dumps({"body": GOLD_BODY}))

    def only_x(raw: str, doc_id: str) -> Mapping[str, Any]:
        return {"body": raw if doc_id == "x" else ""}

    (r,) = evaluate_corpus(tmp_path, only_x).renderings
    # x: P 1, R 1; y predicted nothing: left out of precision (benchmark rule), R 0
    assert r.body is not None
    assert (r.body.precision, r.body.recall, r.body.n) == (1.0, 0.5, 2)
    assert r.empty_bodies == 1


def test_rendering_folder_limit_and_json(corpus: Path) -> None:
    report = evaluate_corpus(corpus / "inscriptis", gold_cleaner, limit=1)
    assert [(r.name, len(r.docs)) for r in report.renderings] == [("inscriptis", 1)]
    data = json.loads(json.dumps(report.to_dict()))
    assert data["renderings"][0]["body"]["f1"] == 1.0
    assert data["renderings"][0]["documents"][0]["id"] == "a"


def test_nested_sites_layout_scores_headline_with_body(tmp_path: Path) -> None:
    gold = {
        "id": "bbc.com/gt_1",
        "body": "Daddy Yankee robbed by impersonator\n" + GOLD_BODY,
        "score_with_headline": True,
        "headline": None,
        "headline_visible": False,
        "authors": [],
        "authors_visible": [],
        "date_published": None,
    }
    _write(tmp_path / "html-text" / "bbc.com" / "gt_1.txt", "page")
    _write(tmp_path / "gold" / "bbc.com" / "gt_1.json", json.dumps(gold))

    def clean(raw: str, doc_id: str) -> Mapping[str, Any]:
        assert doc_id == "bbc.com/gt_1"
        return {"headline": "Daddy Yankee robbed by impersonator", "body": GOLD_BODY}

    (r,) = evaluate_corpus(tmp_path, clean).renderings
    assert r.body is not None and r.body.f1 == 1.0


def test_corpus_errors(corpus: Path, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="browser"):
        evaluate_corpus(corpus, raw_cleaner, ["browser"])
    with pytest.raises(InputError):
        evaluate_corpus(tmp_path / "gold", raw_cleaner)
    (tmp_path / "other" / "html-text").mkdir(parents=True)
    with pytest.raises(InputError):
        evaluate_corpus(tmp_path / "other" / "html-text", raw_cleaner)


def test_render_eval(corpus: Path) -> None:
    console = Console(file=io.StringIO(), width=120)
    render_eval(evaluate_corpus(corpus, raw_cleaner), console, worst=3)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    assert "inscriptis" in out and "0.571" in out and "0.667" in out
    assert "worst documents" in out


def test_segments_read_the_standfirst_and_the_body() -> None:
    gold = {"with": ["Sie sind das Fundament", "Der erste Absatz"], "without": ["Newsletter"]}
    record = {"description": "Sie sind das Fundament der Arbeit.", "body": "Der erste Absatz."}
    result = score_doc("x", record, gold)
    assert (result.seg_tp, result.seg_fn, result.seg_fp) == (2, 0, 0)
    result = score_doc("x", {"description": None, "body": "Der erste Absatz."}, gold)
    assert (result.seg_tp, result.seg_fn, result.seg_fp) == (1, 1, 0)


def test_keep_picks_pages_before_limit_and_progress_counts_them(corpus: Path) -> None:
    seen: list[tuple[str, int, int]] = []
    report = evaluate_corpus(corpus, gold_cleaner, ["html-text"], limit=1,
                             keep="b".__eq__, progress=lambda *a: seen.append(a))
    (r,) = report.renderings
    assert [d.id for d in r.docs] == ["b"]
    assert seen == [("html-text", 1, 1)]
    data = report.to_dict()
    assert data["split"] == "all" and data["renderings"][0]["split"] == "all"
