from __future__ import annotations

import ftfy
import pytest
from ftfy.badness import BADNESS_RE
from hypothesis import given
from hypothesis import strategies as st

from newsclean.text.badness import BRANCH_SEPARATOR, looks_bad_between, sieve
from newsclean.text.normalize import looks_bad

# Lines as pages hold them, in the scripts and with the marks mojibake is made of, and broken ones.
LINES = [
    "Russia’s army, “quoted” – fine",
    "Le café coûte très cher à Genève, dit-il.",
    "Министр обороны России провёл переговоры «в Москве» № 5, ½ часа.",
    "Η Αθήνα είναι η πρωτεύουσα της Ελλάδας.",
    "東京都は日本の首都です。",
    "Price: £5 (€6) — 10% off ©2024 ™",
    "RussiaÃ¢â‚¬â„¢s war",
    "Russiaâ€™s army",
    "РІРѕРїСЂРѕСЃ Р’РµСЃРЅР°",
    "Ð¡Ð¾Ð»Ð½Ñ†Ðµ",
    "cafÃ© au lait",
    "â”‚ box Ã—",
]


def test_the_sieve_splits_badness_into_its_branches() -> None:
    found = sieve()
    assert found is not None
    assert BRANCH_SEPARATOR.join(source for _, source in found.branches) == BADNESS_RE.pattern


@pytest.mark.parametrize("line", LINES)
def test_a_stretch_is_bad_as_the_whole_pattern_finds_it(line: str) -> None:
    for text in (line, "Plain words. " * 30 + line, line * 20):
        for start in range(0, len(text), max(1, len(text) // 7)):
            for end in (start + 1, start + 30, len(text)):
                expected = BADNESS_RE.search(text, start, end) is not None
                assert looks_bad_between(text, start, end) == expected, (text, start, end)


@given(st.lists(st.sampled_from([*LINES, " ", "\n", "x" * 25, "Москва"]), max_size=30))
def test_looks_bad_is_ftfy_is_bad(parts: list[str]) -> None:
    text = "".join(parts)
    assert looks_bad(text) == ftfy.is_bad(text)


def test_looks_bad_reads_stretches_of_non_ascii_text_apart() -> None:
    # mojibake 24 ASCII characters from other non-ASCII text is in its stretch, or its own
    assert looks_bad("é" + "x" * 24 + "Ã©")
    assert looks_bad("é" + "x" * 25 + "Ã©")
    assert not looks_bad("é" + "x" * 25 + "ü")
