"""Tests for a filter family: positives and look-alike article lines, from corpus pages."""

from __future__ import annotations

import pytest
import regex

from newsclean.filters import bios
from newsclean.gates.words import required_words

ABOUT_AUTHOR_CASES = [
    ("Über Moritz Bachmann", "about_box"),
    ("Sobre Carlos Nadalim", "about_box"),
    ("Über Geld", None),
    ("About the deal, the minister said little.", None),
    ("About the Author", "author_box"),
    ("Über den Autor", "author_box"),
    ("Zur Person", "author_box"),
    ("More articles by Amelie Marie Nishizawa", "author_box"),
    ("About the author of the letter, police said little.", None),
    ("Autorennen sind gefährlich.", None),
    ("Eingestellt von der Michel um 21:11", "author_box"),
    ("Posted by T. V. Raman at 2:33 PM", "author_box"),
]
ABOUT_AUTHOR_IDS = [
    "pos_über_name",
    "pos_sobre_name",
    "neg_über_one_noun",
    "neg_about_sentence",
    "pos_about_the_author",
    "pos_über_den_autor",
    "pos_zur_person",
    "pos_more_articles_by_amelie_marie_nishizawa",
    "neg_about_the_author_of_the_letter_police_sa",
    "neg_autorennen_sind_gefährlich",
    "pos_eingestellt_von",
    "pos_posted_by_at_time",
]


@pytest.mark.parametrize(("text", "reason"), ABOUT_AUTHOR_CASES, ids=ABOUT_AUTHOR_IDS)
def test_about_author(text: str, reason: str | None) -> None:
    hit = bios.about_author(text)
    assert (hit.reason if hit else None) == reason


AUTHOR_BIO_CASES = [
    ("Julius is an LA Entertainment Reporter for Fox News.", "author_bio"),
    (
        (
            "Louise Matsakis is a Staff Writer at WIRED covering Amazon, security, "
            "and online platforms."
        ),
        "author_bio",
    ),
    ("Dennis Tölle ist Gründer und Chefredakteur des Magazins rechtambild.de", "author_bio"),
    (
        "Logan C. Ritchie writes features and covers Brookhaven for Rough Draft Atlanta.",
        "author_bio",
    ),
    (
        (
            "Veteran war correspondent Clare Hollingworth, who broke the news that "
            "World War II had started, died on January 10. She was 105."
        ),
        None,
    ),
    (
        "Molly Wood (@mollywood) is an Ideas contributor at WIRED and the host and senior editor"
        " of Marketplace Tech, a daily national radio broadcast covering the business of"
        " technology.",
        "author_bio",
    ),
    ("Next is parsing the data and extracting all anchor links from the page.", None),
    ("Fichtner war Reporter. Er kann so schön erzählen wie wenige.", None),
    (
        "Hallo, ich bin Foodbloggerin, Backbuchautorin, Journalistin und seit meiner Kindheit"
        " leidenschaftliche Bäckerin.",
        "author_bio",
    ),
    (
        "Ich bin Eleonore, Betreiberin von incurvy Plus Size Fashion. Ich schreibe hier über"
        " Styling und Mode für Kurvige.",
        "author_bio",
    ),
    ("Ich bin Journalistin und war im März in Kiew.", None),  # made up: prose in the first person
    ("Ich bin Anna, und heute zeige ich euch mein Lieblingsrezept.", None),  # made up
]
AUTHOR_BIO_IDS = [
    "pos_julius_is_an_la_entertainment_reporter_f",
    "pos_louise_matsakis_is_a_staff_writer_at_wir",
    "pos_dennis_tölle_ist_gründer_und_chefredakte",
    "pos_logan_c_ritchie_writes_features_and_cove",
    "neg_veteran_war_correspondent_clare_hollingw",
    "pos_name_with_handle",
    "neg_next_is_parsing_the_data_and_extracting_",
    "neg_fichtner_war_reporter_er_kann_so_schön_e",
    "pos_hallo_ich_bin_foodbloggerin",
    "pos_ich_bin_eleonore_betreiberin",
    "neg_ich_bin_journalistin_und_war",
    "neg_ich_bin_anna_und_heute",
]


@pytest.mark.parametrize(("text", "reason"), AUTHOR_BIO_CASES, ids=AUTHOR_BIO_IDS)
def test_author_bio(text: str, reason: str | None) -> None:
    hit = bios.author_bio(text)
    assert (hit.reason if hit else None) == reason


def test_filters_tuple_lists_every_filter() -> None:
    assert {f.__name__ for f in bios.FILTERS} == {"author_bio", "about_author"}


def test_spaces_are_what_the_regex_package_reads_as_space() -> None:
    spaces = "".join(chr(i) for i in range(0x110000) if regex.match(r"\s", chr(i)))
    assert spaces == bios.SPACES


def test_about_name_words_are_the_pattern_words_with_a_spaced_o() -> None:
    derived = required_words(bios.ABOUT_NAME_RE)
    assert derived is not None
    assert (derived - {"o"}) | {"o" + s for s in bios.SPACES} == bios.ABOUT_NAME_WORDS


@pytest.mark.parametrize(
    ("text", "admitted"),
    [
        ("O Janie Kowalskim", True),
        ("o\u00a0Janie Kowalskim", True),
        ("Über Moritz Bachmann", True),
        ("About Jane Doe", True),
        ("Dow Jones Newswires", False),
        ("Politics", False),
    ],
)
def test_about_author_gate_lets_in_every_name_header(text: str, admitted: bool) -> None:
    assert bios.GATES[bios.about_author].admits(text) is admitted
