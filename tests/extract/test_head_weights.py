"""The page-head ranking's cue values and weights, and the weights file `--weights` reads.

The page is an excerpt of a Politico article (trafilatura evaluation set, inscriptis rendering):
its headline, standfirst, photo credit, byline and stamp, then the prose with a promo for another
story six paragraphs deep, right above that story's byline.
"""

from __future__ import annotations

import json
import math

import pytest

from newsclean.extract.head.head_weights import (
    CUES,
    HeadWeights,
    HeadWeightsError,
    read_weights,
)
from newsclean.extract.head.headline import find_headline
from newsclean.extract.head.page_rank import (
    DEFAULT_HEAD_WEIGHTS,
    head_candidates,
    rank_page_head,
)

from .test_page_rank import PROMO_PAGE

HEADLINE = 2  # "Mark Meadows accused of timing retirement to help elect wife’s friend"
PROMO = 15  # "First in POLITICO Playbook: Mark Meadows to leave Congress, plus ..."


def _values(lines: list[str], index: int) -> dict[str, float]:
    _, candidates = head_candidates(lines)
    found = {c.line: dict(zip(CUES, c.values, strict=True)) for c in candidates}
    return found[index]


def _weights(**cues: float) -> HeadWeights:
    return DEFAULT_HEAD_WEIGHTS.with_cues(cues)


def test_the_cues_measure_the_article_head_under_the_headline() -> None:
    cues = _values(PROMO_PAGE, HEADLINE)
    # standfirst and credit, then "By ALLY MUTNICK" three text lines down, the stamp four, and
    # the first paragraph five ("Facebook", "Twitter" are buttons, not text lines)
    assert cues["byline"] == pytest.approx(1 / 3)
    assert cues["date"] == pytest.approx(1 / 4)
    assert cues["paragraph"] == pytest.approx(1 / 5)
    assert cues["near_body"] == 1.0
    assert cues["inside_body"] == cues["deep_body"] == 0.0
    assert 0 < cues["likeness"] < 1


def test_the_cues_mark_a_promo_deep_in_the_prose() -> None:
    cues = _values(PROMO_PAGE, PROMO)
    assert cues["byline"] == 1.0  # "By JAKE SHERMAN and ANNA PALMER" right under it
    assert cues["inside_body"] == cues["deep_body"] == 1.0
    assert cues["near_body"] == 0.0


def test_the_rank_is_the_weighted_sum_of_the_cues() -> None:
    _, candidates = head_candidates(PROMO_PAGE)
    best = max(candidates, key=lambda c: DEFAULT_HEAD_WEIGHTS.score(c.values))
    assert best.line == HEADLINE
    assert rank_page_head(PROMO_PAGE) == (HEADLINE, DEFAULT_HEAD_WEIGHTS.score(best.values))


def test_weights_decide_which_line_heads_the_page() -> None:
    # a ranking that trusts a byline right below and ignores where the prose is takes the promo
    weights = _weights(byline=5.0, inside_body=0.0, deep_body=0.0)
    found = find_headline(PROMO_PAGE, has_title_line=False, title_possible=False, weights=weights)
    assert found is not None and found.index == PROMO
    found = find_headline(PROMO_PAGE, has_title_line=False, title_possible=False)
    assert found is not None and found.index == HEADLINE


def test_a_page_head_ranked_under_the_minimum_is_no_headline() -> None:
    score = rank_page_head(PROMO_PAGE)
    assert score is not None
    strict = HeadWeights(DEFAULT_HEAD_WEIGHTS.cues, score[1] + 0.01, 2.9)
    assert rank_page_head(PROMO_PAGE, weights=strict) is None


def test_a_title_apart_loses_to_a_head_ranked_sure() -> None:
    page = ["Meadows leaves", *PROMO_PAGE]  # a first line set apart like html-text's <title>
    found = find_headline(page, has_title_line=False, title_apart=True)
    assert found is not None and found.rule == "title_over_head"  # the head ranks 2.84 < 2.9
    sure = HeadWeights(DEFAULT_HEAD_WEIGHTS.cues, 1.0, 2.5)
    found = find_headline(page, has_title_line=False, title_apart=True, weights=sure)
    assert found is not None and found.index == HEADLINE + 1


# --- the weights file -----------------------------------------------------------------------


def test_written_weights_read_back_the_same() -> None:
    weights = _weights(date=0.25, teaser=-3.0)
    text = weights.to_json(fit={"pages": 12})
    assert read_weights(text, DEFAULT_HEAD_WEIGHTS) == weights
    assert json.loads(text)["fit"] == {"pages": 12}


def test_a_file_naming_some_cues_keeps_the_others() -> None:
    text = json.dumps({"format": "newsclean-head-weights", "cues": {"byline": 2}, "min_score": 0.5})
    weights = read_weights(text, DEFAULT_HEAD_WEIGHTS)
    assert weights.by_name()["byline"] == 2.0
    assert weights.by_name()["date"] == DEFAULT_HEAD_WEIGHTS.by_name()["date"]
    assert (weights.min_score, weights.sure_score) == (0.5, DEFAULT_HEAD_WEIGHTS.sure_score)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "not JSON"),
        ('["newsclean-head-weights"]', "not a weights file"),
        ('{"cues": {"date": 1}}', "not a weights file"),
        ('{"format": "newsclean-head-weights", "version": 2}', "version 2"),
        ('{"format": "newsclean-head-weights", "cues": [1, 2]}', '"cues" must be an object'),
        ('{"format": "newsclean-head-weights", "cues": {"dates": 1}}', "unknown cue dates"),
        ('{"format": "newsclean-head-weights", "cues": {"date": "1"}}', "cues.date must be"),
        ('{"format": "newsclean-head-weights", "cues": {"date": true}}', "cues.date must be"),
        ('{"format": "newsclean-head-weights", "cues": {"date": NaN}}', "cues.date must be"),
        ('{"format": "newsclean-head-weights", "min_score": Infinity}', "min_score must be"),
        ('{"format": "newsclean-head-weights", "sure_score": null}', "sure_score must be"),
    ],
)
def test_a_bad_weights_file_is_refused_with_the_reason(text: str, message: str) -> None:
    with pytest.raises(HeadWeightsError, match=message):
        read_weights(text, DEFAULT_HEAD_WEIGHTS)


def test_weights_for_another_set_of_cues_are_refused() -> None:
    with pytest.raises(HeadWeightsError, match="cue weights for"):
        HeadWeights((1.0, 2.0), 1.0, 2.9)


def test_the_shipped_weights_are_finite_and_one_per_cue() -> None:
    assert len(DEFAULT_HEAD_WEIGHTS.cues) == len(CUES)
    assert all(math.isfinite(w) for w in DEFAULT_HEAD_WEIGHTS.cues)
