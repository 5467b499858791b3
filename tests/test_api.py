"""The Python API: clean(text, **options), Pipeline built by name, pickling, worker processes."""

from __future__ import annotations

import datetime
import multiprocessing
import pickle
from pathlib import Path

import pytest

import newsclean
from newsclean import Config, Hit, LineFilter, Pipeline, UsageError
from newsclean.filters.ads import advert_label
from newsclean.model import Document
from newsclean.rules.steps import DropLine

CALL = "Send your storm photos to the newsroom"
SEED = Path(__file__).parent / "corpus" / "seed" / "raw" / "hindustantimes-austin-shoigu.txt"
PAGE = "\n".join([
    "Storm batters coast as thousands lose power",
    "The storm reached the coast on Tuesday night and cut power to thousands of homes, the "
    "utility said, adding that crews would work through the weekend to restore it.",
    "Send your storm photos to the newsroom",
    "Officials opened three shelters in schools near the harbour and asked residents to stay "
    "indoors until the wind drops below gale force on Wednesday afternoon.",
])


def photo_call(text: str) -> Hit | None:
    """Drop calls for readers' photos."""
    return Hit("photo_call", text) if text.startswith("Send your") else None


def body_lines(article: newsclean.Article) -> list[str]:
    return article.body.split("\n\n") if article.body else []


def test_clean_takes_options_as_keywords() -> None:
    plain = newsclean.clean(PAGE)
    assert CALL in body_lines(plain)
    ruled = newsclean.clean(PAGE, drop_lines=["^Send your"])
    assert CALL not in body_lines(ruled)
    assert ("rules.drop_line", "user_rule") in {(e.step, e.reason) for e in ruled.trail}
    assert newsclean.clean(PAGE, now="2022-05-13") == plain


def test_clean_reads_a_rules_file(tmp_path: Path) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text('prompt_phrases = ["storm photos"]\n', encoding="utf-8")
    article = newsclean.clean(PAGE, rules=rules)
    assert CALL not in body_lines(article)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"skip": ["region.maintext"]}, r"did you mean region\.main_text"),
        ({"drop_lines": ["(unclosed"]}, r"invalid regex '\(unclosed'"),
        ({"drop_lines": [r"(\w+\s?)+$"]}, "backtrack catastrophically"),
        ({"dropline": ["x"]}, r"unknown key 'dropline' \(did you mean drop_lines\?\)"),
        ({"now": "13 May"}, "now must be a day"),
        ({"zones": {"IST": "Asia/Kolkatta"}}, r"did you mean Asia/Kolkata"),
        ({"enable": ["nobody.step"]}, "unknown filter name: nobody.step"),
    ],
    ids=["skip", "regex", "backtracking", "key", "now", "zone", "plugin"],
)
def test_bad_options_fail_before_cleaning(options: dict[str, object], message: str) -> None:
    with pytest.raises(UsageError, match=message):
        newsclean.clean(PAGE, **options)  # type: ignore[arg-type]


def test_pipeline_add_remove_replace_move_reorder() -> None:
    base = Pipeline.default()
    step = LineFilter(photo_call, "mine")
    added = base.add(step, after="social.follow_us")
    assert added.names[added.index("social.follow_us") + 1] == "mine.photo_call"
    assert base.add(step).names.index("mine.photo_call") == base.index("repeats.repeated_line")
    assert added.add(DropLine(("x",)), before="extract.language").names[4] == "rules.drop_line"
    assert "media.photo_credit" not in base.remove("media.photo_credit")
    swapped = base.replace("social.follow_us", step)
    assert swapped.index("mine.photo_call") == base.index("social.follow_us")
    moved = added.move("mine.photo_call", before="segment.dump_header")
    assert moved.names[0] == "mine.photo_call" and len(moved) == len(added)
    backwards = base.reorder(tuple(reversed(base.names)))
    assert backwards.names == tuple(reversed(base.names))
    assert base == Pipeline.default()  # every method returned a new pipeline


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda p: p.add(LineFilter(advert_label, "ads")), "already has a step named"),
        (lambda p: p.add(LineFilter(photo_call, "x"), before="a", after="b"), "not both"),
        (lambda p: p.move("region.trailing_junk", after="region.maintext"), "did you mean"),
        (lambda p: p.reorder(p.names[1:]), "every step once"),
    ],
    ids=["duplicate", "both-places", "unknown-anchor", "reorder-missing"],
)
def test_pipeline_misuse_is_a_usage_error(build: object, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        build(Pipeline.default())  # type: ignore[operator]


def test_custom_pipeline_cleans_and_explains() -> None:
    pipeline = Pipeline.default().add(LineFilter(photo_call, "mine"))
    article = pipeline.clean(PAGE, id="storm")
    assert article.id == "storm" and CALL not in body_lines(article)
    doc = pipeline.process(PAGE)
    assert isinstance(doc, Document)
    assert [e.step for e in doc.trail if e.reason == "photo_call"] == ["mine.photo_call"]


def test_pipeline_from_config_matches_clean() -> None:
    text = SEED.read_text(encoding="utf-8")
    config = Config(skip=frozenset({"media.photo_credit"}), now=datetime.date(2022, 5, 13))
    assert Pipeline.from_config(config).clean(text) == newsclean.clean(text, config=config)


def test_pipeline_config_and_article_pickle_round_trip() -> None:
    config = newsclean.make_config(drop_lines=["^Send your"], promo_phrases=["Also read"],
                                   zones={"IST": "Asia/Jerusalem"}, skip=["media.photo_credit"])
    pipeline = Pipeline.from_config(config).add(LineFilter(advert_label, "extra"))
    article = pipeline.clean(PAGE)
    for value in (config, pipeline, article):
        assert pickle.loads(pickle.dumps(value)) == value
    assert pickle.loads(pickle.dumps(pipeline)).clean(PAGE) == article
    assert pickle.loads(pickle.dumps(article)).trail == article.trail


def test_pipeline_runs_in_a_worker_process() -> None:
    pipeline = Pipeline.from_config(Config(drop_lines=("^Send your",)))
    texts = [PAGE, SEED.read_text(encoding="utf-8")]
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        articles = pool.map(pipeline.clean, texts)
    assert articles == [pipeline.clean(text) for text in texts]
    assert CALL not in body_lines(articles[0])
