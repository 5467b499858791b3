"""Tests for a filter family: positives and look-alike article lines, from corpus pages."""

from __future__ import annotations

import pytest

from newsclean.filters import media

PHOTO_CREDIT_CASES = [
    ("US Secretary of Defense Lloyd Austin.(Reuters)", "photo_credit"),
    ("Photo: Hau Dinh, AP", "photo_credit"),
    ("Dan Kitwood/Getty Images", "photo_credit"),
    ("Getty Images", "photo_credit"),
    (
        (
            "Striking members of the UCU and other unions at University College "
            "last year. Photograph: Guy Smallman/Getty Images"
        ),
        "photo_credit",
    ),
    ("(Image credit: Best Buy)", "photo_credit"),
    ("Nur die beiden Engländer waren zu stark. (Foto: Privat)", "photo_credit"),
    (
        "Cristina Kirchner y Alberto Fernández, el 1 de marzo, en el Congreso (Foto: Natacha"
        " Pisarenko/Pool via REUTERS).",
        "photo_credit",
    ),
    (
        (
            "US Defence Secretary Lloyd Austin on Friday spoke to his Russian "
            "counterpart Sergei Shoigu, calling for an immediate ceasefire in "
            "war-hit Ukraine, news agency Reuters reported."
        ),
        None,
    ),
    ("Photo finish at Ascot", None),
    ("Фото:", None),
    ("The photographer, who works for Reuters, was detained.", None),
    ("Titelbild: Geyres Christophe/ABACA/picture-alliance", "photo_credit"),
    ("Thinkstock", "photo_credit"),
    ("TebNad/Shutterstock.com", "photo_credit"),
    ("Erdölpumpen im Abendrot. Bild: TebNad/Shutterstock.com", "photo_credit"),
    ("Stau © aremac / Clipdealer", "photo_credit"),
    ("Le piquet de grève dans le hall de l’université / (C) Kab Niang", "photo_credit"),
    (
        "Nicht labern, ranklotzen! BrandenburgerInnen haben immer zu tun. Foto: Timur | flickr | "
        "CC BY 2.0",
        "photo_credit",
    ),
    ("Copyright © Acme Inc", None),
    (
        "Das Bildmaterial wurde von The unbelievable Machine Company (*um) zur Verfügung gestellt.",
        None,
    ),
]
PHOTO_CREDIT_IDS = [
    "pos_us_secretary_of_defense_lloyd_austin_reu",
    "pos_photo_hau_dinh_ap",
    "pos_dan_kitwood_getty_images",
    "pos_getty_images",
    "pos_striking_members_of_the_ucu_and_other_un",
    "pos_image_credit_best_buy",
    "pos_nur_die_beiden_engländer_waren_zu_stark_",
    "pos_caption_credit_in_brackets_then_full_stop",
    "neg_us_defence_secretary_lloyd_austin_on_fri",
    "neg_photo_finish_at_ascot",
    "neg_фото",
    "neg_the_photographer_who_works_for_reuters_w",
    "pos_titelbild",
    "pos_stock_agency_alone",
    "pos_shutterstock_domain",
    "pos_caption_bild_domain",
    "pos_caption_copyright_sign",
    "pos_caption_c_in_parentheses",
    "pos_caption_cc_by",
    "neg_copyright_sign_notice",
    "neg_bildmaterial_sentence",
]


@pytest.mark.parametrize(("text", "reason"), PHOTO_CREDIT_CASES, ids=PHOTO_CREDIT_IDS)
def test_photo_credit(text: str, reason: str | None) -> None:
    hit = media.photo_credit(text)
    assert (hit.reason if hit else None) == reason


GALLERY_COUNTER_CASES = [
    ("Image 1 of / 8", "gallery_widget"),
    ("Back to Gallery", "gallery_widget"),
    ("Back to the gallery of shame, he said.", None),
    ("Image 3 of 12", "gallery_widget"),
    ("Hide Caption", "gallery_widget"),
    ("Bildergalerie", "gallery_widget"),
    ("Bild vergrößern", "gallery_widget"),
    ("Photo finish at Ascot", None),
    ("One of 12 survivors spoke to reporters.", None),
    (
        "Firmen- und Beziehungsgeflecht der Cider Connection. Zum Vergrößern auf das Bild klicken.",
        "gallery_widget",
    ),
]
GALLERY_COUNTER_IDS = [
    "pos_image_of_slash",
    "pos_back_to_gallery",
    "neg_back_to_the_gallery_sentence",
    "pos_image_3_of_12",
    "pos_hide_caption",
    "pos_bildergalerie",
    "pos_bild_vergrößern",
    "neg_photo_finish_at_ascot",
    "neg_one_of_12_survivors_spoke_to_reporters",
    "pos_zum_vergrößern",
]


@pytest.mark.parametrize(("text", "reason"), GALLERY_COUNTER_CASES, ids=GALLERY_COUNTER_IDS)
def test_gallery_counter(text: str, reason: str | None) -> None:
    hit = media.gallery_counter(text)
    assert (hit.reason if hit else None) == reason


VIDEO_PLAYER_CASES = [
    ("Now Playing", "video_player"),
    ("Play Video", "video_player"),
    ("00:00", "video_player"),
    ("Loading...", "video_player"),
    ("Play resumed after the rain delay.", None),
    ("12:35", None),
    ("UP NEXT", None),
]
VIDEO_PLAYER_IDS = [
    "pos_now_playing",
    "pos_play_video",
    "pos_00_00",
    "pos_loading",
    "neg_play_resumed_after_the_rain_delay",
    "neg_12_35",
    "neg_up_next",
]


@pytest.mark.parametrize(("text", "reason"), VIDEO_PLAYER_CASES, ids=VIDEO_PLAYER_IDS)
def test_video_player(text: str, reason: str | None) -> None:
    hit = media.video_player(text)
    assert (hit.reason if hit else None) == reason


def test_filters_tuple_lists_every_filter() -> None:
    assert {f.__name__ for f in media.FILTERS} == {
        "photo_credit",
        "figure_caption",
        "position_caption",
        "gallery_counter",
        "video_player",
    }


FIGURE_CAPTION_CASES = [
    ("Abbildung 4: klassische Schwachschicht. Der Unterschied in der Kornform", True),
    ("Abbildung 8: Vorgehensweise für grosse Ereignisse", True),
    ("Abbildung: Farblich codierte Schneehöhendarstellung auf Gipfelbuch.ch für das Mattertal",
     True),
    (
        "Abbildung 5: Oberflächenreif in einem Nordhang bei Panex (VD), 922 m (Foto: V. Berret,"
        " 19.",
        True,
    ),
    ("Fig. 2: Distribution of the samples by region", True),
    ("Table 1 – Results of the survey", True),
    # prose that names a figure, and a word that only starts like a label
    ("Figure 3 shows the snow depth in the Matter valley.", False),
    ("Abbildung 4 zeigt die Schwachschicht im Profil.", False),
    ("Grafikkarten sind 2023 wieder günstiger geworden.", False),
    ("Tablets: Apple verkauft weniger iPads als erwartet.", False),
]


@pytest.mark.parametrize(("text", "hit"), FIGURE_CAPTION_CASES)
def test_figure_caption(text: str, hit: bool) -> None:
    assert (media.figure_caption(text) is not None) is hit


POSITION_CAPTION_CASES = [
    ("Marcell Jansen (l.) und Piotr Trochowski haben einen guten Draht.", True),
    (
        "Die frisch gewählte Caritas-Präsidentin Eva M. Welskop-Deffaa (2. von rechts) mit"
        " Vizepräsident Heinz-Josef Kessmann",
        True,
    ),
    (
        "Nach dem Erfolg in Dortmund gierig auf mehr: Die FC-Bayern-Stars Konrad Laimer, Alphonso"
        " Davies und Harry Kane (v.l.).",
        True,
    ),
    (
        "Image caption Chief of Staff John Kelly (left) and Assistant Attorney General Rod"
        " Rosenstein (right) had a previously scheduled meeting",
        True,
    ),
    # the picture is the page's, not a caption's: a lower-case word before the mark
    ("目 （ め ） の 前 （ まえ ） で me no mae de (right) in front of you", False),
    (
        "Anfangs schwingen Sie in Neutralposition auf dem Physioball einfach auf und ab, so wie"
        " es geht (Mitte).",
        False,
    ),
    ("Die Linke (links im Bild: der Vorstand) tagte am Montag.", False),
]


@pytest.mark.parametrize(("text", "hit"), POSITION_CAPTION_CASES)
def test_position_caption(text: str, hit: bool) -> None:
    assert (media.position_caption(text) is not None) is hit
