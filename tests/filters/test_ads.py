"""Tests for a filter family: positives and look-alike article lines, from corpus pages."""

from __future__ import annotations

import pytest

from newsclean.filters import ads

ADVERT_LABEL_CASES = [
    ("Advertisement", "advert_label"),
    ("ADVERTISEMENT", "advert_label"),
    ("Anzeige", "advert_label"),
    ("Publicidad", "advert_label"),
    ("Реклама", "advert_label"),
    ("Advertisement - Continue Reading Below", "advert_label"),
    ("» Publicidade", "advert_label"),
    ("He said the advertisement was misleading.", None),
    ("Ads were pulled from the network after the scandal.", None),
    ("Anzeige gegen den Bürgermeister erstattet", None),
]
ADVERT_LABEL_IDS = [
    "pos_advertisement",
    "pos_advertisement_2",
    "pos_anzeige",
    "pos_publicidad",
    "pos_реклама",
    "pos_advertisement_continue_reading_below",
    "pos_publicidade",
    "neg_he_said_the_advertisement_was_misleading",
    "neg_ads_were_pulled_from_the_network_after_t",
    "neg_anzeige_gegen_den_bürgermeister_erstatte",
]


@pytest.mark.parametrize(("text", "reason"), ADVERT_LABEL_CASES, ids=ADVERT_LABEL_IDS)
def test_advert_label(text: str, reason: str | None) -> None:
    hit = ads.advert_label(text)
    assert (hit.reason if hit else None) == reason


CONTINUES_BELOW_CASES = [
    ("Story continues below advertisement", "advert_label"),
    ("CONTINUA DEPOIS DA PUBLICIDADE", "advert_label"),
    ("Continue reading the main story", "advert_label"),
    ("The story continues below the surface of the lake.", None),
    ("Continue reading the report, he urged lawmakers.", None),
]
CONTINUES_BELOW_IDS = [
    "pos_story_continues_below_advertisement",
    "pos_continua_depois_da_publicidade",
    "pos_continue_reading_the_main_story",
    "neg_the_story_continues_below_the_surface_of",
    "neg_continue_reading_the_report_he_urged_law",
]


@pytest.mark.parametrize(("text", "reason"), CONTINUES_BELOW_CASES, ids=CONTINUES_BELOW_IDS)
def test_continues_below(text: str, reason: str | None) -> None:
    hit = ads.continues_below(text)
    assert (hit.reason if hit else None) == reason


SPONSORED_LABEL_CASES = [
    ("Sponsored Content", "sponsored"),
    ("Advertise with us", "sponsored"),
    ("AdChoices", "sponsored"),
    ("Mediadaten", "sponsored"),
    ("Werben auf MEEDIA", "sponsored"),
    ("The event was sponsored by the city council and local firms.", None),
    ("Sponsored by the state, the program ran for a decade.", None),
    ("Advertising Disclosure", "sponsored"),
    (
        "Advertising disclosure: We may receive compensation for some of the links in our "
        "stories. Thank you for supporting Village Voice and our advertisers.",
        "sponsored",
    ),
    ("This post contains references to products from one or more of our advertisers.", "sponsored"),
    ("Besuchen Sie unseren Fan-Shop!", "sponsored"),
    (
        "Wenn Ihnen unser Artikel gefallen hat: Unterstützen Sie diese Form des Journalismus.",
        "support_appeal",
    ),
    (
        "Ihr Beitrag hilft, unsere Berichterstattung noch weiter auszubauen und diese weiterhin "
        "kostenlos und top-aktuell zur Verfügung zu stellen.",
        "support_appeal",
    ),
    ("Sie lesen gern Achgut.com?", "support_appeal"),
    ("Jetzt spenden", "support_appeal"),
    (
        "In der Industrie wird der Remote Support mit Smart Glasses immer beliebter. Doch was "
        "ist das genau und welche Vorteile haben Unternehmen dadurch?",
        None,
    ),
    (
        "Unter diesem Motto findet am 14. September um 13 Uhr eine Demonstration in Berlin "
        "statt, die wir als Piratenpartei unterstützen",
        None,
    ),
    (
        "If you enjoyed this article, and were stimulated by its contents, we have a proposition "
        "for you: Join NRPLUS.",
        "support_appeal",
    ),
    ("Wenn Ihnen dieser Artikel gefallen hat, teilen Sie ihn.", "support_appeal"),
    ("If you enjoyed the show, you will love the book.", None),
]
SPONSORED_LABEL_IDS = [
    "pos_sponsored_content",
    "pos_advertise_with_us",
    "pos_adchoices",
    "pos_mediadaten",
    "pos_werben_auf_meedia",
    "neg_the_event_was_sponsored_by_the_city_coun",
    "neg_sponsored_by_the_state_the_program_ran_f",
    "pos_advertising_disclosure",
    "pos_we_may_receive_compensation",
    "pos_references_to_products",
    "pos_besuchen_sie_unseren_shop",
    "pos_unterstützen_sie_diese_form",
    "pos_ihr_beitrag_hilft",
    "pos_sie_lesen_gern",
    "pos_jetzt_spenden",
    "neg_remote_support",
    "neg_wir_unterstützen",
    "pos_if_you_enjoyed_this_article",
    "pos_wenn_ihnen_dieser_artikel_gefallen_hat",
    "neg_if_you_enjoyed_the_show",
]


@pytest.mark.parametrize(("text", "reason"), SPONSORED_LABEL_CASES, ids=SPONSORED_LABEL_IDS)
def test_sponsored_label(text: str, reason: str | None) -> None:
    hit = ads.sponsored_label(text)
    assert (hit.reason if hit else None) == reason


def test_filters_tuple_lists_every_filter() -> None:
    assert {f.__name__ for f in ads.FILTERS} == {
        "advert_label",
        "continues_below",
        "sponsored_label",
    }
