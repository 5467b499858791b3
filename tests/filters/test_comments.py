"""Tests for a filter family: positives and look-alike article lines, from corpus pages."""

from __future__ import annotations

import pytest

from newsclean.filters import comments

COMMENT_PROMPT_CASES = [
    ("Leave a Reply Cancel reply", "comment_prompt"),
    ("Schreibe einen Kommentar Antworten abbrechen", "comment_prompt"),
    ("Reply", "comment_prompt"),
    ("Kommentar verfassen", "comment_prompt"),
    ("Lascia un commento", "comment_prompt"),
    ("Reply to the letter came three weeks later.", None),
    ("Anzeigen", None),
]
COMMENT_PROMPT_IDS = [
    "pos_leave_a_reply_cancel_reply",
    "pos_schreibe_einen_kommentar_antworten_abbre",
    "pos_reply",
    "pos_kommentar_verfassen",
    "pos_lascia_un_commento",
    "neg_reply_to_the_letter_came_three_weeks_lat",
    "neg_anzeigen",
]


@pytest.mark.parametrize(("text", "reason"), COMMENT_PROMPT_CASES, ids=COMMENT_PROMPT_IDS)
def test_comment_prompt(text: str, reason: str | None) -> None:
    hit = comments.comment_prompt(text)
    assert (hit.reason if hit else None) == reason


COMMENT_COUNT_CASES = [
    ("12 Comments", "comment_count"),
    ("0 Kommentare", "comment_count"),
    ("Comentarios", "comment_count"),
    ("[ 167 comments ]", "comment_count"),
    ("Комментарии", "comment_count"),
    ("12 comments were removed by moderators on Friday.", None),
    ("Comments from the minister drew criticism.", None),
]
COMMENT_COUNT_IDS = [
    "pos_12_comments",
    "pos_0_kommentare",
    "pos_comentarios",
    "pos_167_comments",
    "pos_комментарии",
    "neg_12_comments_were_removed_by_moderators_o",
    "neg_comments_from_the_minister_drew_criticis",
]


@pytest.mark.parametrize(("text", "reason"), COMMENT_COUNT_CASES, ids=COMMENT_COUNT_IDS)
def test_comment_count(text: str, reason: str | None) -> None:
    hit = comments.comment_count(text)
    assert (hit.reason if hit else None) == reason


COMMENT_FORM_CASES = [
    ("Name *", "comment_form"),
    ("Your email address will not be published. Required fields are marked *", "comment_form"),
    (
        "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.",
        "comment_form",
    ),
    ("Informiere mich über neue Beiträge per E-Mail.", "comment_form"),
    ("Your email could be hacked, the agency warned.", None),
    ("Name a price, he said.", None),
]
COMMENT_FORM_IDS = [
    "pos_name",
    "pos_your_email_address_will_not_be_published",
    "pos_deine_e_mail_adresse_wird_nicht_veröffen",
    "pos_informiere_mich_über_neue_beiträge_per_e",
    "neg_your_email_could_be_hacked_the_agency_wa",
    "neg_name_a_price_he_said",
]


@pytest.mark.parametrize(("text", "reason"), COMMENT_FORM_CASES, ids=COMMENT_FORM_IDS)
def test_comment_form(text: str, reason: str | None) -> None:
    hit = comments.comment_form(text)
    assert (hit.reason if hit else None) == reason


def test_filters_tuple_lists_every_filter() -> None:
    assert {f.__name__ for f in comments.FILTERS} == {
        "comment_prompt",
        "comment_form",
        "comment_count",
    }
