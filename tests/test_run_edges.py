"""The run's edges: short sentences right above and below the article (corpus lines)."""

from __future__ import annotations

import pytest

from newsclean.region.edges import tweet_signature, with_closing_line
from newsclean.region.line_kinds import Kind, classify, features
from newsclean.text.language import stopwords

DE = stopwords("de")
PARAGRAPH = (
    "Das wird sehr positiv aufgenommen. Wir zwingen auch niemanden in ein Korsett; fast alles, "
    "was wir neu anbieten, sind erst einmal Angebote, die man nutzen kann oder eben nicht."
)


def _closing(last: str, gap: float = 0.0) -> tuple[int, int]:
    texts = [PARAGRAPH, PARAGRAPH, last, "Weiterführende Links:"]
    feats = [features(t, DE) for t in texts]
    kinds = [classify(f, has_stopwords=True) for f in feats]
    return with_closing_line((0, 1), texts, kinds, feats, [0.0, 0.0, gap, 0.0])


@pytest.mark.parametrize(
    "line",
    [
        "Vielen Dank für das interessante Interview!",
        "Begeisterung ist ansteckend – nachhaltiger Lebensstil auch!",
    ],
    ids=["thanks", "exclamation"],
)
def test_a_closing_sentence_joins_the_run(line: str) -> None:
    assert classify(features(line, DE), has_stopwords=True) is Kind.SHORT
    assert _closing(line) == (0, 2)


@pytest.mark.parametrize(
    "line",
    [
        "Sie wollen mehr von uns?",
        "Weitere Informationen zum Coronavirus in Thüringen:",
        "Weitere Infos unter www.itfjuniors.de.",
        "Post Views: 1.432",
    ],
    ids=["question", "colon", "address", "counter"],
)
def test_a_prompt_below_the_run_stays_out(line: str) -> None:
    assert _closing(line) == (0, 1)


def test_a_closing_sentence_behind_a_dropped_line_stays_out() -> None:
    assert _closing("Vielen Dank für das interessante Interview!", gap=30.0) == (0, 1)


@pytest.mark.parametrize(
    ("line", "signed"),
    [
        ("— Rep. Ilhan Omar (@Ilhan) November 19, 2019", True),
        ("— PFF CLE Browns (@PFF_Browns) November 15, 2019", True),
        ("— Jane Doe, Reuters", False),
        ("- Criminal Justice", False),
    ],
    ids=["politician", "team", "credit", "bullet"],
)
def test_tweet_signature(line: str, signed: bool) -> None:
    assert tweet_signature(line) is signed


def test_a_tweet_signature_below_the_run_joins_it() -> None:
    assert _closing("— Rep. Ilhan Omar (@Ilhan) November 19, 2019") == (0, 2)
