"""The fast paths give the slow paths' answers: fused filter passes, line features."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean.core import prepare
from newsclean.model import Hit
from newsclean.patterns import WORD_RE
from newsclean.pipeline import DEFAULT_STEPS, FilterPass, LineFilter, fuse, run
from newsclean.region.line_kinds import (
    CJK_RE,
    LINE_END_MARK_RE,
    MARK_RE,
    SENTENCE_RE,
    TRUNCATED_RE,
    UNSPACED_RE,
    LineFeatures,
    features,
)
from newsclean.text.language import stopwords
from newsclean.text.segment import split_lines

CORPUS = Path(__file__).parent / "corpus"
PAGES = [
    *sorted((CORPUS / "dev" / "html-text").glob("*.txt"))[:4],
    *sorted((CORPUS / "dev" / "browser").glob("*.txt"))[:2],
    *sorted((CORPUS / "seed" / "raw").glob("*.txt")),
]


def shout(text: str) -> Hit | None:
    return Hit("shouting", text) if text.isupper() else None


def short(text: str) -> Hit | None:
    return Hit("short", text) if len(text) < 5 else None


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_fused_steps_give_the_document_of_the_steps_one_by_one(page: Path) -> None:
    slow = fast = prepare(page.read_text(encoding="utf-8"), page.name)
    for step in DEFAULT_STEPS:
        slow = step(slow)
    for step in fuse(DEFAULT_STEPS):
        fast = step(fast)
    assert fast == slow


def test_a_pass_records_each_drop_under_its_own_filter() -> None:
    doc = split_lines("KEEP OUT\nkeep in\nok\nNO", "-")
    out = FilterPass((LineFilter(shout, "demo"), LineFilter(short, "demo")))(doc)
    assert [line.text for line in out.lines] == ["keep in"]
    assert [(e.step, e.line_no) for e in out.trail] == [
        ("demo.shout", 1), ("demo.shout", 4), ("demo.short", 3),
    ]


def test_fuse_keeps_single_filters_and_order() -> None:
    one, two = LineFilter(shout, "demo"), LineFilter(short, "demo")
    assert fuse([one]) == [one]
    assert fuse([one, two]) == [FilterPass((one, two))]


class Unhashable:
    """A step that cannot be hashed (a plain class with ``__eq__``): run() still takes it."""

    name = "demo.unhashable"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Unhashable)

    __hash__ = None  # type: ignore[assignment]

    def __call__(self, doc):  # type: ignore[no-untyped-def]
        return doc


def test_run_gives_the_same_document_with_hashable_steps_or_not() -> None:
    steps = (LineFilter(shout, "demo"), LineFilter(short, "demo"))
    doc = split_lines("KEEP OUT\nkeep in\nok\nNO", "-")
    expected = FilterPass(steps)(doc)
    assert run(doc, steps) == expected
    assert run(doc, steps) == expected  # the second time, the fused steps are remembered
    assert run(doc, [*steps, Unhashable()]) == expected


def reference_features(text: str, stops: frozenset[str]) -> LineFeatures:
    """The features computed the plain way, one pattern per feature."""
    tokens = WORD_RE.findall(text)
    cjk = len(CJK_RE.findall(text))
    n = len(tokens)
    return LineFeatures(
        words=n + cjk // 2,
        chars=len(text),
        function_share=sum(t.casefold() in stops for t in tokens) / n if n else 0.0,
        capital_share=sum(t[:1].isupper() for t in tokens) / n if n else 0.0,
        sentence_end=bool(LINE_END_MARK_RE.search(text)),
        sentences=len(SENTENCE_RE.findall(text)) + cjk // 40,
        unspaced=bool(UNSPACED_RE.match(text)) and cjk == 0,
        truncated=bool(TRUNCATED_RE.search(text)),
        cjk_share=cjk / len(text) if text else 0.0,
        marks=len(MARK_RE.findall(text)),
        number_share=sum(t.isdigit() for t in tokens) / n if n else 0.0,
    )


LINES = {
    "prose": "The storm hit the coast on Monday, officials said.",
    "teaser": "Amazon cut the price of the Echo Show 8, for which ...",
    "ellipsis": "Read the full story…",
    "trailing_space": "He left. \u3000",
    "separator_after_stop": "He left.\x1c",
    "quote_end": "“We will rebuild,” she said”",
    "menu": "Home News Sport",
    "url": "https://example.com/a/very/long/path/to/an/image.jpg",
    "slug": "a-very-long-slug-without-any-spaces-at-all",
    "cjk": "東京都は月曜日、新しい計画を発表した。市民は歓迎している。",
    "numbers": "1 2 3 4 5 6 7 8 9 10",
    "arabic": "قال المسؤولون، إن العاصفة ضربت الساحل؟",
    "empty": "",
    # the line's end is searched for in its last characters: stops and dots earlier, space after
    "cut_after_comma": "Mehr zum Thema: die Preise, die Mieten, ...   ",
    "four_dots": "Wait for it....",
    "dots_mid_line": "Wait... it came. Then it left...\x1c",
    "one_char": ".",
    "spaced_ellipsis": "Read more …\u2003",
    "abbreviations": "The U.S. and the E.U. met.\tThen they left!\x0bSo? No.\x1dYes.",
}


@pytest.mark.parametrize("text", LINES.values(), ids=LINES.keys())
def test_line_features_match_the_plain_computation(text: str) -> None:
    stops = stopwords("en")
    assert features(text, stops) == reference_features(text, stops)
