from __future__ import annotations

from pathlib import Path

import pytest

from newsclean import Config, UsageError, clean
from newsclean.api import process
from newsclean.assemble import build_pipeline
from newsclean.model import Hit
from newsclean.pipeline import DEFAULT_STEPS, LineCutter, LineFilter, run
from newsclean.text.segment import split_lines

CORPUS = Path(__file__).parent / "corpus"
PAGES = sorted((CORPUS / "dev" / "html-text").glob("*.txt"))[:12] + sorted(
    (CORPUS / "seed" / "raw").glob("*.txt")
)


def shout(text: str) -> Hit | None:
    """Drop lines in capitals."""
    return Hit("shouting", text) if text.isupper() else None


def trim_bang(text: str) -> tuple[str, Hit] | None:
    """Cut a trailing '!!'."""
    return (text[:-2], Hit("bang", "!!")) if text.endswith("!!") else None


def test_line_filter_drops_and_records() -> None:
    doc = split_lines("KEEP OUT\nkeep in\nALSO OUT", "-")
    step = LineFilter(shout, "demo")
    out = step(doc)
    assert step.name == "demo.shout"
    assert [line.text for line in out.lines] == ["keep in"]
    assert [(e.step, e.action, e.line_no, e.reason) for e in out.trail] == [
        ("demo.shout", "drop", 1, "shouting"),
        ("demo.shout", "drop", 3, "shouting"),
    ]
    assert doc.lines[0].text == "KEEP OUT"  # the input document is untouched


def test_line_cutter_rewrites_and_drops_emptied_lines() -> None:
    out = run(split_lines("wow!!\n!!\nplain", "-"), [LineCutter(trim_bang, "demo")])
    assert [line.text for line in out.lines] == ["wow", "plain"]
    assert [e.action for e in out.trail] == ["edit", "drop"]


def test_build_pipeline_skips_and_validates() -> None:
    steps = build_pipeline(Config(skip=frozenset({"region.main_text"})))
    assert "region.main_text" not in [s.name for s in steps]
    assert len(steps) == len(DEFAULT_STEPS) - 1
    with pytest.raises(UsageError, match=r"did you mean region\.main_text"):
        build_pipeline(Config(skip=frozenset({"region.maintext"})))


def test_step_names_are_unique() -> None:
    names = [step.name for step in DEFAULT_STEPS]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_trail_accounts_for_every_line(page: Path) -> None:
    doc = process(page.read_text(encoding="utf-8"), source=str(page))
    step_names = {step.name for step in DEFAULT_STEPS}
    assert {e.step for e in doc.trail} <= step_names
    removed = {e.line_no for e in doc.trail if e.action in ("drop", "extract")}
    kept = {line.no for line in doc.lines}
    assert not kept & removed
    non_blank = {no for no, text in enumerate(doc.original, 1) if text.strip()}
    merged = {e.line_no for e in doc.trail if e.reason == "unwrapped"}
    assert kept | removed | merged == non_blank


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_cleaning_is_deterministic_and_body_lines_come_from_the_input(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    first, second = clean(text), clean(text)
    assert first == second
    normalized = " ".join(text.split())
    for paragraph in first.body.split("\n\n"):
        if paragraph:
            assert paragraph[:40] in normalized or "ALSO READ" in text


def test_clean_refuses_bytes() -> None:
    with pytest.raises(TypeError, match="not bytes"):
        clean(b"some bytes")  # type: ignore[arg-type]


def test_no_article_is_a_warning_not_an_error() -> None:
    article = clean("Home\nNews\nSport\nContact us")
    assert article.body == ""
    assert "no article found" in article.warnings
