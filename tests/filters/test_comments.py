"""Tests for a filter family: positives and look-alike article lines, from corpus pages."""

from __future__ import annotations

import pytest

from newsclean.filters import comments

COMMENT_PROMPT_CASES = [
    ("Share your thoughts with friends.", "comment_prompt"),
    ("Share your thoughts on the new tax with your MP before Friday.", None),
    ("Leave a Reply Cancel reply", "comment_prompt"),
    ("Schreibe einen Kommentar Antworten abbrechen", "comment_prompt"),
    ("Reply", "comment_prompt"),
    ("Kommentar verfassen", "comment_prompt"),
    ("Lascia un commento", "comment_prompt"),
    ("Reply to the letter came three weeks later.", None),
    ("Anzeigen", None),
    ("Hinterlasse jetzt einen Kommentar", "comment_prompt"),
    ("Kommentar hinterlassen Antworten abbrechen", "comment_prompt"),
    (
        "Ihre Meinung zu diesem Thema zur Startseite Jetzt 3 Ausgaben GRATIS erhalten!",
        "comment_prompt",
    ),
    ("Was denkst du?", "comment_prompt"),
    ("Have Your Say", "comment_prompt"),
    (
        "Pingback von Too much information - Papierkorb - Lesezeichen | 26.06.2012 10:43",
        "comment_prompt",
    ),
    ("Ihre Meinung hat sie nicht geändert.", None),
]
COMMENT_PROMPT_IDS = [
    "pos_share_your_thoughts_with_friends",
    "neg_share_your_thoughts_on_sentence",
    "pos_leave_a_reply_cancel_reply",
    "pos_schreibe_einen_kommentar_antworten_abbre",
    "pos_reply",
    "pos_kommentar_verfassen",
    "pos_lascia_un_commento",
    "neg_reply_to_the_letter_came_three_weeks_lat",
    "neg_anzeigen",
    "pos_hinterlasse_jetzt",
    "pos_kommentar_hinterlassen",
    "pos_ihre_meinung_zu_diesem_thema",
    "pos_was_denkst_du",
    "pos_have_your_say",
    "pos_pingback",
    "neg_ihre_meinung_sentence",
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
    ("11 Antworten zu “Sunday Thoughts: Ein wenig lost, aber immer noch da!”", "comment_count"),
    (
        "11 responses to “The Loneliest Woman in the World: An Appreciation of Heart’s “Alone””",
        "comment_count",
    ),
    (
        "21. Februar 2019 ERP-News Redaktion Kommentare deaktiviert für Die Top 5 digitalen "
        "Trends für den Mittelstand in 2019",
        "comment_count",
    ),
    ("10 Tipps für innere Zufriedenheit:", None),
]
COMMENT_COUNT_IDS = [
    "pos_12_comments",
    "pos_0_kommentare",
    "pos_comentarios",
    "pos_167_comments",
    "pos_комментарии",
    "neg_12_comments_were_removed_by_moderators_o",
    "neg_comments_from_the_minister_drew_criticis",
    "pos_antworten_zu_title",
    "pos_responses_to_title",
    "pos_kommentare_deaktiviert_für",
    "neg_ten_tips",
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
    ("E-Mail Adresse wird nicht veröffentlicht.", "comment_form"),
    (
        "Please understand that comments are moderated and it is not always possible to publish "
        "all that have been submitted. We will, however, try to publish comments that are "
        "representative of all received.",
        "comment_form",
    ),
    (
        "We ask that comments are civil and free of libellous or hateful material. Also please "
        "stick to the topic under discussion.",
        "comment_form",
    ),
    (
        "Submit your letter to the editor via this form. Read more Letters to the Editor.",
        "comment_form",
    ),
    ("Para comentar debes registrarte y completar los datos generales.", "comment_form"),
    (
        'Um den Tipp "Tomaten richtig schneiden" kommentieren zu können, müssen Sie eingeloggt '
        "sein.",
        "comment_form",
    ),
    ("You must be logged in to post a comment.", "comment_form"),
    (
        "Please DO NOT file a public issue; instead send your report privately to "
        "security@docker.com.",
        None,
    ),
    ("We have found no evidence to corroborate this claim.", None),
]
COMMENT_FORM_IDS = [
    "pos_name",
    "pos_your_email_address_will_not_be_published",
    "pos_deine_e_mail_adresse_wird_nicht_veröffen",
    "pos_informiere_mich_über_neue_beiträge_per_e",
    "neg_your_email_could_be_hacked_the_agency_wa",
    "neg_name_a_price_he_said",
    "pos_email_adresse_no_possessive",
    "pos_comments_are_moderated",
    "pos_comments_are_civil",
    "pos_letter_to_the_editor",
    "pos_para_comentar_debes_registrarte",
    "pos_um_kommentieren_zu_können",
    "pos_must_be_logged_in",
    "neg_please_do_not_file",
    "neg_we_have_found",
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
