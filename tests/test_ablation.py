"""Ablation on a slice of the dev corpus: real cleaning, real numbers.

The three html-text pages below were read for what each step does on them: region.main_text
cuts the menus and teasers around all three bodies; extract.headline finds the headline of
04a6711caa7c and 05844573ca7e (on 05844573ca7e the title line would otherwise stay in the
body); no line of these pages is a share bar.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean.config import Config
from newsclean.evaluate.ablation import (
    Change,
    LineChange,
    PageScore,
    StepEffect,
    ablate,
    compare,
    compare_lines,
    head_cue_switches,
    load_pages,
    without,
)
from newsclean.evaluate.splits import split_of
from newsclean.extract.head.head_weights import CUES

DEV = Path(__file__).parent / "corpus" / "dev"
PAGES = {"042bb7b5feda", "04a6711caa7c", "05844573ca7e"}  # tune, check, tune
STEPS = ["social.share_bar", "extract.headline", "region.main_text"]


@pytest.fixture(scope="module")
def pages() -> tuple:
    return load_pages(DEV, ["html-text"], keep=PAGES.__contains__)


def test_load_pages_reads_the_slice(pages: tuple) -> None:
    assert [p.key for p in pages] == [f"html-text/{i}" for i in sorted(PAGES)]
    assert all(p.text and p.gold.get("body") for p in pages)


def test_ablation_finds_what_each_step_gains(pages: tuple) -> None:
    result = ablate("dev", pages, Config(), STEPS)
    assert dict(result.pages) == {"tune": 2, "check": 1}
    effects = {e.step: e for e in result.effects}
    assert set(effects["region.main_text"].changes) == {
        Change("tune", "body", "html-text/042bb7b5feda", 1),
        Change("check", "body", "html-text/04a6711caa7c", 1),
        Change("tune", "body", "html-text/05844573ca7e", 1),
    }
    assert set(effects["extract.headline"].changes) == {
        Change("check", "headline", "html-text/04a6711caa7c", 1),
        Change("tune", "headline", "html-text/05844573ca7e", 1),
        Change("tune", "body", "html-text/05844573ca7e", 1),
    }
    assert effects["social.share_bar"].changes == ()
    # best on check first, ties by tune: main_text (+1, +2) and headline (+1, +2) tie, by name
    assert [e.step for e in result.effects] == STEPS[1:] + STEPS[:1]
    assert [(e.net("check"), e.net("tune")) for e in result.effects] == [(1, 2), (1, 2), (0, 0)]
    # lines: the region keeps the menus and teasers out, and they are none of the gold body
    region = effects["region.main_text"]
    assert region.net_lines("check") > 10 and region.net_lines("tune") > 10
    assert all(c.sign == 1 for c in region.lines if c.line.startswith(("Skip", "Menu", "Home")))
    assert effects["social.share_bar"].lines == ()


def test_a_head_cue_is_weighed_by_switching_it_off() -> None:
    # 20b2b64916b0 (inscriptis): the headline shares most of its words with the article's
    # opening; without that cue a line above it outranks it. No candidate is a teaser cut after
    # a comma.
    pages = load_pages(DEV, ["inscriptis"], keep="20b2b64916b0".__eq__)
    result = ablate("dev", pages, Config(), ["head.likeness", "head.cut_text"])
    effects = {e.step: e for e in result.effects}
    split = split_of("20b2b64916b0")
    gained = Change(split, "headline", "inscriptis/20b2b64916b0", 1)
    assert gained in effects["head.likeness"].changes
    assert effects["head.cut_text"].changes == ()


def test_every_head_cue_has_a_switch() -> None:
    assert [s.removeprefix("head.") for s in head_cue_switches()] == list(CUES)
    switched = without(Config(), "head.teaser")
    assert switched.skip == frozenset() and switched.head_weights is not None
    assert switched.head_weights.by_name()["teaser"] == 0.0
    assert switched.head_weights.by_name()["byline"] != 0.0


def test_lines_are_judged_by_the_gold(pages: tuple) -> None:
    page = pages[0]  # 042bb7b5feda: a gold body
    article = page.gold["body"].split("\n")[0].strip()
    present, absent = [frozenset({article})], [frozenset({article, "Gefällt mir:"})]
    assert compare_lines([page], present, absent) == (
        LineChange("tune", page.key, "Gefällt mir:", 1),  # junk kept out
    )
    assert compare_lines([page], absent, present) == (
        LineChange("tune", page.key, "Gefällt mir:", -1),  # junk let in
    )
    assert compare_lines([page], [frozenset()], [frozenset({article})]) == (
        LineChange("tune", page.key, article, -1),  # the article kept out
    )


def test_ablation_over_processes_gives_the_same_result(pages: tuple) -> None:
    one = ablate("dev", pages, Config(), STEPS[1:])
    two = ablate("dev", pages, Config(), STEPS[1:], jobs=2)
    assert one.to_dict() == two.to_dict()


def test_progress_counts_the_run_as_is_and_each_step(pages: tuple) -> None:
    seen: list[tuple[str | None, int, int]] = []
    ablate("dev", pages[:1], Config(), STEPS[:1], progress=lambda *a: seen.append(a))
    assert seen == [(None, 1, 2), ("social.share_bar", 2, 2)]


def test_compare_segments_and_losses() -> None:
    (page,) = load_pages(DEV, ["html-text"], keep="042bb7b5feda".__eq__)
    # fewer segment misses is better; a field scored on one side only is no change
    present = [PageScore(-1, False, True, None)]
    absent = [PageScore(-3, True, None, True)]
    assert compare([page], present, absent) == (
        Change("tune", "body", "html-text/042bb7b5feda", 1),
        Change("tune", "headline", "html-text/042bb7b5feda", -1),
    )
    assert compare([page], [PageScore(0.5, None, None, None)],
                   [PageScore(0.5 + 1e-12, None, None, None)]) == ()


def test_step_effect_to_dict() -> None:
    changes = (Change("check", "date", "p/1", -1), Change("tune", "body", "p/2", 1))
    effect = StepEffect("x.y", changes)
    data = effect.to_dict()
    assert data["check"]["net"] == -1 and data["tune"]["net"] == 1
    assert data["check"]["fields"]["date"] == {"net": -1, "gained": [], "lost": ["p/1"]}
    assert data["tune"]["fields"]["body"]["gained"] == ["p/2"]
