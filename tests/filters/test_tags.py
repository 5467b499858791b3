"""Tests for a filter family: positives and look-alike article lines, from corpus pages."""

from __future__ import annotations

import pytest

from newsclean.filters import tags

TAG_LINE_CASES = [
    ("Tags: Alibaba", "tag_line"),
    ("Schlagworte: fashion Mode Nachhaltigkeit outdoor Outdoorsport Winter", "tag_line"),
    ("Themen", "tag_line"),
    ("Filed under: Khawarij |", "tag_line"),
    ("Tags Kristi Noem South Dakota", "tag_line"),
    ("tags #Local Markets #Nifty #Sensex", "tag_line"),
    ("Теги", "tag_line"),
    ("Category 1 is the NHC's weakest hurricane designation. Category 5 is the strongest.", None),
    ("Themen, die Köln bewegen: Hier schreibt Chefredakteur Carsten Fiedler", None),
    ("Topics discussed included trade and security.", None),
    (
        "Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter debianforum, Linux, "
        "Tutorials, Ubuntu, ubuntuusers.de.",
        "tag_line",
    ),
]
TAG_LINE_IDS = [
    "pos_tags_alibaba",
    "pos_schlagworte_fashion_mode_nachhaltigkeit_",
    "pos_themen",
    "pos_filed_under_khawarij",
    "pos_tags_kristi_noem_south_dakota",
    "pos_tags_local_markets_nifty_sensex",
    "pos_теги",
    "neg_category_1_is_the_nhc_s_weakest_hurrican",
    "neg_themen_die_köln_bewegen_hier_schreibt_ch",
    "neg_topics_discussed_included_trade_and_secu",
    "pos_abgelegt_unter",
]


@pytest.mark.parametrize(("text", "reason"), TAG_LINE_CASES, ids=TAG_LINE_IDS)
def test_tag_line(text: str, reason: str | None) -> None:
    hit = tags.tag_line(text)
    assert (hit.reason if hit else None) == reason


def test_filters_tuple_lists_every_filter() -> None:
    assert {f.__name__ for f in tags.FILTERS} == {"tag_line"}
