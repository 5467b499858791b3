"""Tests for a filter family: positives and look-alike article lines, from corpus pages."""

from __future__ import annotations

import pytest

from newsclean.filters import navigation

SKIP_LINK_CASES = [
    ("Skip to content", "skip_link"),
    ("Skip to main content", "skip_link"),
    ("Zum Inhalt springen", "skip_link"),
    ("Direkt zum Inhalt", "skip_link"),
    ("Back to top", "skip_link"),
    ("Nach oben", "skip_link"),
    ("Skip to the end: the team won.", None),
    ("Back to top form, Nadal won in straight sets.", None),
]
SKIP_LINK_IDS = [
    "pos_skip_to_content",
    "pos_skip_to_main_content",
    "pos_zum_inhalt_springen",
    "pos_direkt_zum_inhalt",
    "pos_back_to_top",
    "pos_nach_oben",
    "neg_skip_to_the_end_the_team_won",
    "neg_back_to_top_form_nadal_won_in_straight_s",
]


@pytest.mark.parametrize(("text", "reason"), SKIP_LINK_CASES, ids=SKIP_LINK_IDS)
def test_skip_link(text: str, reason: str | None) -> None:
    hit = navigation.skip_link(text)
    assert (hit.reason if hit else None) == reason


MENU_LABEL_CASES = [
    ("Menu", "menu_label"),
    ("Menü", "menu_label"),
    ("Search", "menu_label"),
    ("Suche nach:", "menu_label"),
    ("Hauptmenü", "menu_label"),
    ("×", "menu_label"),
    ("The search for survivors went on.", None),
    ("Menu prices rose 5% last year.", None),
    ("Dieses Blog durchsuchen", "menu_label"),
]
MENU_LABEL_IDS = [
    "pos_menu",
    "pos_menü",
    "pos_search",
    "pos_suche_nach",
    "pos_hauptmen",
    "pos_x",
    "neg_the_search_for_survivors_went_on",
    "neg_menu_prices_rose_5_last_year",
    "pos_dieses_blog_durchsuchen",
]


@pytest.mark.parametrize(("text", "reason"), MENU_LABEL_CASES, ids=MENU_LABEL_IDS)
def test_menu_label(text: str, reason: str | None) -> None:
    hit = navigation.menu_label(text)
    assert (hit.reason if hit else None) == reason


BREADCRUMB_CASES = [
    (
        (
            "Home / World News / In first call with Russia's defence minister, US "
            "counterpart seeks 'immediate' Ukraine ceasefire"
        ),
        "breadcrumb",
    ),
    ("Startseite » Games » Bee Simulator", "breadcrumb"),
    ("Sie sind hier: Home » Europa » Deutschland » Niedersachsen", "breadcrumb"),
    ("Energiebezug > Strom > Preise", "breadcrumb"),
    ("Home prices rose 4% in May, the survey found.", None),
    ("Buch / Regie / Schnitt / Digitaleffekte / Sounddesign / Produktion", None),
    ("Updated on: November 19, 2019 / 10:07 AM / CBS News", None),
]
BREADCRUMB_IDS = [
    "pos_home_world_news_in_first_call_with_russi",
    "pos_startseite_games_bee_simulator",
    "pos_sie_sind_hier_home_europa_deutschland_ni",
    "pos_energiebezug_strom_preise",
    "neg_home_prices_rose_4_in_may_the_survey_fou",
    "neg_buch_regie_schnitt_digitaleffekte_soundd",
    "neg_updated_on_november_19_2019_10_07_am_cbs",
]


@pytest.mark.parametrize(("text", "reason"), BREADCRUMB_CASES, ids=BREADCRUMB_IDS)
def test_breadcrumb(text: str, reason: str | None) -> None:
    hit = navigation.breadcrumb(text)
    assert (hit.reason if hit else None) == reason


PAGINATION_CASES = [
    ("Next »", "pagination"),
    ("« Previous", "pagination"),
    ("Older posts", "pagination"),
    ("Seite 2 von 5", "pagination"),
    ("Load more", "pagination"),
    ("Next year the plant will close.", None),
    ("1 545 500 EUROS", None),
    ("Zurück zur Übersicht", "pagination"),
    ("En savoir plus", "pagination"),
    ("Mehr erfahren", "pagination"),
    (
        "Vorheriger Artikel ++ Wetter in der Region: Aussichten bis Freitag mild, aber "
        "ungemütlich ++",
        "pagination",
    ),
    (
        "Previous article Transforming Mount Trashmore: Plans to turn eyesore into beauty spot",
        "pagination",
    ),
    (
        "← Das irrwitzige IKT-Theater dieses Landes → Warum Michel Reimon nach Brüssel muss",
        "pagination",
    ),
    ("Back to Taylor! It’s her music, so why can’t she sing it?", None),
    ("Next up is the Coloured Box Drum Dance performed with adorable drums!!", None),
    ("«Es ist vorbei», sagte er.", None),
    ("‹ syska: Erfolgreicher Management-Buy-out", "pagination"),
    ("ERP-Umfrage: Deutsche Unternehmen zu starr beim Thema Mobility ›", "pagination"),
    ("Seine Antwort war ein klares ‹Nein›, sagte der Sprecher.", None),
]
PAGINATION_IDS = [
    "pos_next",
    "pos_previous",
    "pos_older_posts",
    "pos_seite_2_von_5",
    "pos_load_more",
    "neg_next_year_the_plant_will_close",
    "neg_1_545_500_euros",
    "pos_zurück_zur_übersicht",
    "pos_en_savoir_plus",
    "pos_mehr_erfahren",
    "pos_vorheriger_artikel_with_title",
    "pos_previous_article_with_title",
    "pos_post_navigation_arrows",
    "neg_back_to_taylor",
    "neg_next_up_sentence",
    "neg_guillemet_quotation",
    "pos_single_angle_quote_older",
    "pos_single_angle_quote_newer",
    "neg_single_angle_quotes_around_a_word",
]


@pytest.mark.parametrize(("text", "reason"), PAGINATION_CASES, ids=PAGINATION_IDS)
def test_pagination(text: str, reason: str | None) -> None:
    hit = navigation.pagination(text)
    assert (hit.reason if hit else None) == reason


def test_filters_tuple_lists_every_filter() -> None:
    assert {f.__name__ for f in navigation.FILTERS} == {
        "breadcrumb",
        "pagination",
        "skip_link",
        "menu_label",
    }


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("Close this search box.", True),  # a WordPress search overlay
        ("Close search", True),
        ("Close the deal on Friday.", False),  # made up: prose
    ],
)
def test_menu_label_closes_a_search_box(text: str, hit: bool) -> None:
    assert (navigation.menu_label(text) is not None) is hit


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        (
            "Mit einem Klick auf Enter geht die Suche los, mit ESC verlassen Sie das Suchfenster.",
            True,
        ),
        ("Press Enter to search or ESC to close", True),
        ("Type and hit enter...", True),
        ("Kategorie auswählen", True),
        ("Select Category", True),
        ("Enter search below:", True),
        ("Press the enter key twice to restart the router, the manual says.", False),  # made up
        ("Select a category of drivers from the list before you install them.", False),  # made up
    ],
)
def test_menu_label_search_hints_and_pickers(text: str, hit: bool) -> None:
    assert (navigation.menu_label(text) is not None) is hit


@pytest.mark.parametrize("text", ["Select a page", "Select Page"])
def test_menu_label_page_picker(text: str) -> None:
    assert navigation.menu_label(text) is not None
