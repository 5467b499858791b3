"""`newsclean train`: fitting the page-head weights to labelled pages, and `--weights`."""

from __future__ import annotations

import json
import random
import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsclean.assemble import Pipeline
from newsclean.cli import cli
from newsclean.errors import UsageError
from newsclean.evaluate.corpus import scored_headline
from newsclean.evaluate.splits import in_split
from newsclean.evaluate.train import (
    TrainingPage,
    fit_weights,
    page_for_training,
    top1,
    train_weights,
    training_pages,
)
from newsclean.extract.head.head_weights import CUES, read_weights
from newsclean.extract.head.page_rank import DEFAULT_HEAD_WEIGHTS

DEV = Path(__file__).parent / "corpus" / "dev"
CUE = {name: i for i, name in enumerate(CUES)}


def _row(**cues: float) -> tuple[float, ...]:
    values = [0.0] * len(CUES)
    for name, value in cues.items():
        values[CUE[name]] = value
    return tuple(values)


def _site_pages(n: int, seed: int) -> list[TrainingPage]:
    """Pages of a site whose headline sits over a breadcrumb ending with it, under a menu of
    dated teasers with bylines: the shipped weights take a teaser, a fit learns the crumb."""
    rng = random.Random(seed)
    pages = []
    for i in range(n):
        teaser = _row(date=1.0, byline=rng.choice((0.5, 1.0)), likeness=rng.uniform(0.0, 0.3))
        headline = _row(crumb=1.0, near_body=0.5, likeness=rng.uniform(0.1, 0.3))
        menu = _row(short=1.0, near_body=0.2)
        rows = [teaser, headline, menu]
        rng.shuffle(rows)
        pages.append(TrainingPage(f"site/{seed}-{i}", tuple(rows),
                                  tuple(row is headline for row in rows)))
    return pages


def test_the_shipped_weights_miss_the_site_pages() -> None:
    assert top1(_site_pages(40, seed=1), DEFAULT_HEAD_WEIGHTS) == 0.0


def test_a_fit_learns_what_marks_a_sites_headline() -> None:
    result = train_weights(_site_pages(60, seed=1), DEFAULT_HEAD_WEIGHTS)
    assert result.pull is not None  # a fit beat the starting weights out of fold
    assert max(score.held_out for score in result.pulls) > result.start_top1
    assert top1(_site_pages(40, seed=2), result.weights) == 1.0  # pages it never saw
    fitted, start = result.weights.by_name(), DEFAULT_HEAD_WEIGHTS.by_name()
    assert fitted["crumb"] > start["crumb"]
    # the thresholds stay: the pull keeps the scores on their scale
    assert (result.weights.min_score, result.weights.sure_score) == (
        DEFAULT_HEAD_WEIGHTS.min_score, DEFAULT_HEAD_WEIGHTS.sure_score)


def test_weights_no_fit_beats_are_kept_unchanged() -> None:
    start = DEFAULT_HEAD_WEIGHTS.with_cues({"crumb": 4.0})
    pages = _site_pages(30, seed=3)
    assert top1(pages, start) == 1.0
    result = train_weights(pages, start)
    assert result.pull is None and result.weights == start


def test_a_strong_pull_keeps_the_fit_near_the_start() -> None:
    pages = _site_pages(30, seed=4)
    loose = fit_weights(pages, DEFAULT_HEAD_WEIGHTS, pull=0.001).by_name()
    tight = fit_weights(pages, DEFAULT_HEAD_WEIGHTS, pull=100.0).by_name()
    start = DEFAULT_HEAD_WEIGHTS.by_name()
    assert abs(tight["crumb"] - start["crumb"]) < 0.01 < abs(loose["crumb"] - start["crumb"])


def test_nothing_to_learn_is_an_error() -> None:
    with pytest.raises(UsageError, match="nothing to fit"):
        train_weights([], DEFAULT_HEAD_WEIGHTS)
    no_right = [TrainingPage("x", (_row(date=1.0),), (False,))]
    with pytest.raises(UsageError, match="nothing to fit"):
        fit_weights(no_right, DEFAULT_HEAD_WEIGHTS, pull=0.1)


def test_without_numpy_the_fit_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "numpy", None)  # import numpy raises ImportError
    with pytest.raises(UsageError, match=r"newsclean\[train\]"):
        fit_weights(_site_pages(5, seed=5), DEFAULT_HEAD_WEIGHTS, pull=0.1)


# --- real pages -----------------------------------------------------------------------------


def _page(doc_id: str, rendering: str) -> TrainingPage | None:
    gold = json.loads((DEV / "gold" / f"{doc_id}.json").read_text(encoding="utf-8"))
    headline = scored_headline(gold)
    assert headline is not None
    text = (DEV / rendering / f"{doc_id}.txt").read_text(encoding="utf-8")
    return page_for_training(text, headline, Pipeline.default(), doc_id)


def test_an_inscriptis_page_gives_its_candidates_and_the_right_ones() -> None:
    # "NASA adds five companies to commercial lunar lander program": one candidate leads there
    page = _page("d1c57d7821e5", "inscriptis")
    assert page is not None
    assert len(page.values) == len(page.right) > 1
    assert sum(page.right) == 1
    assert top1([page], DEFAULT_HEAD_WEIGHTS) == 1.0


def test_a_page_whose_title_line_decides_teaches_nothing() -> None:
    assert _page("d1c57d7821e5", "html-text") is None


def test_the_training_view_agrees_with_eval() -> None:
    # top-1 of the shipped weights over the pages the ranking decides is the eval's headline
    # accuracy on those pages: 23 of the 26 check pages of dev inscriptis
    pages = training_pages(DEV, Pipeline.default(), ["inscriptis"], keep=in_split("check"))
    assert len(pages) == 26
    assert round(top1(pages, DEFAULT_HEAD_WEIGHTS) * len(pages)) == 23


# --- the command line -----------------------------------------------------------------------


def test_train_writes_weights_that_eval_and_clean_read(tmp_path: Path) -> None:
    out = tmp_path / "weights.json"
    result = CliRunner().invoke(cli, ["train", str(DEV), "--rendering", "inscriptis", "--split",
                                      "check", "--pull", "0.1", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "cross-validated top-1" in result.stdout
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["fit"]["pages"] == 26 and record["fit"]["split"] == "check"
    weights = read_weights(out.read_text(encoding="utf-8"), DEFAULT_HEAD_WEIGHTS)
    assert len(weights.cues) == len(CUES)
    page = str(DEV / "inscriptis" / "d1c57d7821e5.txt")
    result = CliRunner().invoke(cli, ["clean", "--weights", str(out), page])
    assert result.exit_code == 0, result.output
    assert "headline" in json.loads(result.stdout)


def test_weights_reach_the_headline_in_clean_and_batch(tmp_path: Path) -> None:
    # a minimum no candidate reaches: the page keeps no headline read off its head
    strict = tmp_path / "strict.json"
    strict.write_text('{"format": "newsclean-head-weights", "min_score": 100}', encoding="utf-8")
    page = DEV / "inscriptis" / "d1c57d7821e5.txt"
    plain = CliRunner().invoke(cli, ["clean", str(page)])
    assert json.loads(plain.stdout)["headline"] == (
        "NASA adds five companies to commercial lunar lander program")
    weighted = CliRunner().invoke(cli, ["clean", "--weights", str(strict), str(page)])
    assert weighted.exit_code == 0 and json.loads(weighted.stdout)["headline"] is None
    scored = CliRunner().invoke(cli, ["eval", str(DEV), "--rendering", "inscriptis", "--split",
                                      "check", "--limit", "4", "--json", "--weights", str(strict)])
    assert scored.exit_code == 0, scored.output
    headline = json.loads(scored.stdout)["renderings"][0]["headline"]
    assert headline["n"] > 0 and headline["correct"] == 0
    pages = tmp_path / "pages"
    pages.mkdir()
    for name in ("d1c57d7821e5", "7de5241947a5"):
        (pages / f"{name}.txt").write_bytes((DEV / "inscriptis" / f"{name}.txt").read_bytes())
    result = CliRunner().invoke(cli, ["batch", str(pages), "--jobs", "2", "--weights", str(strict)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 2 and all(r["headline"] is None for r in records)


def test_a_bad_weights_file_is_a_usage_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "newsclean-head-weights", "cues": {"dates": 1}}', encoding="utf-8")
    result = CliRunner().invoke(cli, ["clean", "--weights", str(bad), str(DEV / "inscriptis"
                                                                          / "d1c57d7821e5.txt")])
    assert result.exit_code == 2
    assert "unknown cue dates" in result.output


def _two_page_corpus(tmp_path: Path, rendering: str) -> Path:
    """Two dev pages (NASA's landers, Indiana's teachers) in one rendering, with their gold."""
    corpus = tmp_path / "corpus"
    for sub in ("gold", rendering):
        (corpus / sub).mkdir(parents=True)
    for name in ("d1c57d7821e5", "7de5241947a5"):
        shutil.copy(DEV / "gold" / f"{name}.json", corpus / "gold")
        shutil.copy(DEV / rendering / f"{name}.txt", corpus / rendering)
    return corpus


def test_a_corpus_whose_title_lines_decide_has_nothing_to_fit(tmp_path: Path) -> None:
    # html-text prints each page's <title> first: on these pages that line gives the headline
    corpus = _two_page_corpus(tmp_path, "html-text")
    out = tmp_path / "weights.json"
    result = CliRunner().invoke(cli, ["train", str(corpus), "--out", str(out)])
    assert result.exit_code == 1
    assert "nothing to fit" in result.stderr and "<title>" in result.stderr
    assert not out.exists()


# --- explain --head -------------------------------------------------------------------------


def test_explain_head_shows_the_ranking_that_chose_the_headline() -> None:
    page = str(DEV / "inscriptis" / "d1c57d7821e5.txt")
    result = CliRunner().invoke(cli, ["explain", "--head", "3", "--format", "json", page])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["decided_by"] == "page_head" and data["min_score"] == 1.0
    best, *others = data["candidates"]
    assert len(others) == 2
    assert best["text"] == "NASA adds five companies to commercial lunar lander program"
    assert best["chrome"] is False and best["leads_to"] == best["line"]
    assert best["cues"]["byline"] == 1.0  # a byline right under it
    assert all(best["score"] >= other["score"] for other in others)
    # the line numbers are the input's, as in the other views of explain
    lines = (DEV / "inscriptis" / "d1c57d7821e5.txt").read_text(encoding="utf-8").splitlines()
    assert lines[best["line"] - 1].strip() == best["text"]
    table = CliRunner().invoke(cli, ["explain", "--head", "3", page])
    assert "NASA adds five companies" in table.stdout and "byline 1.00" in table.stdout


def test_explain_head_ranks_with_the_weights_given(tmp_path: Path) -> None:
    page = str(DEV / "inscriptis" / "d1c57d7821e5.txt")
    weights = tmp_path / "w.json"
    weights.write_text('{"format": "newsclean-head-weights", "cues": {"byline": 0}}',
                       encoding="utf-8")
    args = ["explain", "--head", "1", "--format", "json", page]
    plain = json.loads(CliRunner().invoke(cli, args).stdout)["candidates"][0]
    weighted = json.loads(CliRunner().invoke(cli, [*args, "--weights", str(weights)]).stdout)
    assert weighted["candidates"][0]["score"] == pytest.approx(plain["score"] - 1.5)


def test_explain_head_says_when_the_title_line_decides() -> None:
    page = str(DEV / "html-text" / "d1c57d7821e5.txt")
    result = CliRunner().invoke(cli, ["explain", "--head", "3", "--format", "json", page])
    data = json.loads(result.stdout)
    assert data["decided_by"] == "title_line" and data["candidates"] == []
    assert data["title"].startswith("NASA adds five companies")
    result = CliRunner().invoke(cli, ["explain", "--head", "3", "--skip", "extract.headline", page])
    assert result.exit_code == 2 and "--head explains extract.headline" in result.output


def test_an_out_file_train_cannot_write_is_said_before_the_fit(tmp_path: Path) -> None:
    corpus = _two_page_corpus(tmp_path, "inscriptis")
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    result = CliRunner().invoke(cli, ["train", str(corpus), "--out", str(blocker / "w.json")])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ") and "cannot write" in result.stderr
