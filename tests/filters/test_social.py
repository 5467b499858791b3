"""Tests for a filter family: positives and look-alike article lines, from corpus pages."""

from __future__ import annotations

import pytest

from newsclean.filters import social

SHARE_BAR_CASES = [
    ("Teile diesen Beitrag auf Social Media.", "share_widget"),
    ("Share this story on Facebook", "share_widget"),
    ("Teile diese Seite mit deinen Freunden und sag ihnen Bescheid.", None),
    ("Share this article with a friend who needs it.", None),
    ("Share on Facebook", "share_widget"),
    ("Tweet", "share_widget"),
    ("Pin it", "share_widget"),
    ("Facebook", "share_widget"),
    ("Share this with Messenger", "share_widget"),
    ("Teilen", "share_widget"),
    ("Facebook Twitter Pinterest", "share_widget"),
    ("Shares fell 4% on Tuesday.", None),
    ("Twitter shares rose after the report.", None),
    ("Print sales fell for the tenth year.", None),
    ("Klick, um auf Facebook zu teilen (Wird in neuem Fenster geöffnet)", "share_widget"),
    ("Klicken zum Ausdrucken (Wird in neuem Fenster geöffnet)", "share_widget"),
    ("Auf Skype teilen (Wird in neuem Fenster geöffnet)", "share_widget"),
    ("Click to share on Twitter (Opens in new window)", "share_widget"),
    ("Opens in new window", "share_widget"),
    ("Sharen mit:", "share_widget"),
    ("Mit Freunden teilen", "share_widget"),
    ("Rezept drucken Bei Pinterest speichern", "share_widget"),
    ("Dieses Skript als PDF herunterladen", "share_widget"),
    ("Click here to get more information or download this game.", None),
    ("CLICK FOR FULL STATE SWIM RESULTS", None),
]
SHARE_BAR_IDS = [
    "pos_teile_diesen_beitrag_auf_social_media",
    "pos_share_this_story_on_network",
    "neg_teile_diese_seite_sentence",
    "neg_share_this_article_with_a_friend_sentence",
    "pos_share_on_facebook",
    "pos_tweet",
    "pos_pin_it",
    "pos_facebook",
    "pos_share_this_with_messenger",
    "pos_teilen",
    "pos_facebook_twitter_pinterest",
    "neg_shares_fell_4_on_tuesday",
    "neg_twitter_shares_rose_after_the_report",
    "neg_print_sales_fell_for_the_tenth_year",
    "pos_klick_um_zu_teilen_new_window",
    "pos_klicken_zum_ausdrucken",
    "pos_auf_skype_teilen",
    "pos_click_to_share",
    "pos_opens_in_new_window",
    "pos_sharen_mit",
    "pos_mit_freunden_teilen",
    "pos_rezept_drucken_pinterest",
    "pos_als_pdf_herunterladen",
    "neg_click_here_download",
    "neg_click_for_results",
]


@pytest.mark.parametrize(("text", "reason"), SHARE_BAR_CASES, ids=SHARE_BAR_IDS)
def test_share_bar(text: str, reason: str | None) -> None:
    hit = social.share_bar(text)
    assert (hit.reason if hit else None) == reason


FOLLOW_US_CASES = [
    ("Follow us on Twitter", "follow_widget"),
    ("Folgen Sie uns", "follow_widget"),
    ("Connect With Us", "follow_widget"),
    ("dołącz do nas", "follow_widget"),
    ("Follow us to the river, the guide said, and we did.", None),
    (
        "Follow The Gleaner on Twitter and Instagram @JamaicaGleaner and on Facebook "
        "@GleanerJamaica. Send us a message on WhatsApp at 1-876-499-0169 or email us at "
        "onlinefeedback@gleanerjm.com or editors@gleanerjm.com.",
        "follow_widget",
    ),
    ("¡Mira lo que tiene nuestro canal de YouTube!", "follow_widget"),
    (
        "Puede escribirnos a nuno@esmateria.com o seguir a Materia en Facebook, Twitter, "
        "Instagram o suscribirse aquí a nuestra newsletter.",
        "follow_widget",
    ),
    (
        "Following a two-day trial in September, a federal jury in Fort Worth deliberated for "
        "less than 10 minutes before convicting Webb, 51, of kidnapping the girl.",
        None,
    ),
]
FOLLOW_US_IDS = [
    "pos_follow_us_on_twitter",
    "pos_folgen_sie_uns",
    "pos_connect_with_us",
    "pos_dołącz_do_nas",
    "neg_follow_us_to_the_river_the_guide_said_an",
    "pos_follow_named_account",
    "pos_nuestro_canal_de_youtube",
    "pos_puede_escribirnos",
    "neg_following_a_trial",
]


@pytest.mark.parametrize(("text", "reason"), FOLLOW_US_CASES, ids=FOLLOW_US_IDS)
def test_follow_us(text: str, reason: str | None) -> None:
    hit = social.follow_us(text)
    assert (hit.reason if hit else None) == reason


SHARE_COUNT_CASES = [
    ("1.2K Shares", "social_count"),
    ("0 shares", "social_count"),
    ("193 claps", "social_count"),
    ("37 views", "social_count"),
    ("12 shares of Apple were sold.", None),
    ("Views differ on the matter.", None),
]
SHARE_COUNT_IDS = [
    "pos_1_2k_shares",
    "pos_0_shares",
    "pos_193_claps",
    "pos_37_views",
    "neg_12_shares_of_apple_were_sold",
    "neg_views_differ_on_the_matter",
]


@pytest.mark.parametrize(("text", "reason"), SHARE_COUNT_CASES, ids=SHARE_COUNT_IDS)
def test_share_count(text: str, reason: str | None) -> None:
    hit = social.share_count(text)
    assert (hit.reason if hit else None) == reason


LIKE_WIDGET_CASES = [
    ("Gefällt mir:", "like_widget"),
    ("%d Bloggern gefällt das:", "like_widget"),
    ("Like this:", "like_widget"),
    ("Gefällt mir Wird geladen...", "like_widget"),
    ("I like this city more than Paris.", None),
    ("Like many others, she left in 2015.", None),
]
LIKE_WIDGET_IDS = [
    "pos_gefällt_mir",
    "pos_d_bloggern_gefällt_das",
    "pos_like_this",
    "pos_gefällt_mir_wird_geladen",
    "neg_i_like_this_city_more_than_paris",
    "neg_like_many_others_she_left_in_2015",
]


@pytest.mark.parametrize(("text", "reason"), LIKE_WIDGET_CASES, ids=LIKE_WIDGET_IDS)
def test_like_widget(text: str, reason: str | None) -> None:
    hit = social.like_widget(text)
    assert (hit.reason if hit else None) == reason


def test_filters_tuple_lists_every_filter() -> None:
    assert {f.__name__ for f in social.FILTERS} == {
        "like_widget",
        "share_bar",
        "share_count",
        "follow_us",
    }


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("Empfehlen Sie uns weiter", True),  # bdzv.de
        ("Recommend us", True),
        ("Die Ärzte empfehlen Sie uns weiter zu beobachten, sagte der Sprecher.", False),
    ],
)
def test_share_bar_recommend_us(text: str, hit: bool) -> None:
    assert (social.share_bar(text) is not None) is hit


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("Like Liked by 21 people", True),  # a WordPress.com like button with its count
        ("Liked by one person", True),
        ("The bill was liked by 21 people in the poll.", False),  # made up: prose
    ],
)
def test_like_widget_with_its_count(text: str, hit: bool) -> None:
    assert (social.like_widget(text) is not None) is hit
