"""The tune/check split: fixed by the page id, about two pages in three to tune."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from newsclean.evaluate.corpus import CorpusReport, DocResult, RenderingReport
from newsclean.evaluate.splits import by_split, in_split, split_of

DEV_GOLD = Path(__file__).parent / "corpus" / "dev" / "gold"


def test_split_of_the_dev_corpus_is_fixed_and_about_two_to_one() -> None:
    counts = Counter(split_of(path.stem) for path in DEV_GOLD.glob("*.json"))
    assert counts == {"tune": 69, "check": 33}


@pytest.mark.parametrize(
    ("doc_id", "split"),
    [("042bb7b5feda", "tune"), ("04a6711caa7c", "check"), ("06e5123e4ef7", "check")],
)
def test_split_of_known_pages(doc_id: str, split: str) -> None:
    assert split_of(doc_id) == split


def test_in_split() -> None:
    keep = in_split("tune")
    assert keep is not None and keep("042bb7b5feda") and not keep("04a6711caa7c")
    assert in_split("all") is None and in_split("both") is None
    with pytest.raises(ValueError, match="tune"):
        in_split("train")


def _report() -> CorpusReport:
    docs = tuple(DocResult(doc_id, headline_ok=True) for doc_id in ("042bb7b5feda", "04a6711caa7c"))
    return CorpusReport("dev", (RenderingReport("html-text", docs),))


def test_by_split_both_gives_a_tune_and_a_check_row() -> None:
    report = by_split(_report(), "both")
    assert report.split == "both"
    rows = [(r.name, r.split, [d.id for d in r.docs]) for r in report.renderings]
    assert rows == [
        ("html-text", "tune", ["042bb7b5feda"]),
        ("html-text", "check", ["04a6711caa7c"]),
    ]
    data = report.to_dict()
    assert data["split"] == "both"
    assert [(r["split"], r["docs"]) for r in data["renderings"]] == [("tune", 1), ("check", 1)]


def test_by_split_all_labels_and_keeps_every_page() -> None:
    (rendering,) = by_split(_report(), "all").renderings
    assert (rendering.split, len(rendering.docs)) == ("all", 2)
