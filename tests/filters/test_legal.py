"""Tests for a filter family: positives and look-alike article lines, from corpus pages."""

from __future__ import annotations

import pytest

from newsclean.filters import legal

COPYRIGHT_NOTICE_CASES = [
    ("© 2019 Hearst Communications, Inc.", "copyright"),
    ("Copyright ©2019 Dow Jones & Company, Inc. All Rights Reserved.", "copyright"),
    ("Alle Rechte vorbehalten.", "copyright"),
    ("(c) Wiley-VCH", "copyright"),
    ("The copyright case will be heard in June.", None),
    ("Copyright lawyers said the ruling was narrow.", None),
    (
        "Texte auf dieser Webseite stehen unter einer Creative Commons Namensnennung-Keine "
        "Bearbeitung 3.0 Unported Lizenz.",
        "copyright",
    ),
    (
        "Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE. Die Fotos dürfen "
        "nicht verwendet werden.",
        "copyright",
    ),
    (
        "Design von Andreas Viklund und Ainslie Johnson. Community Icons von Tilo Hensel.",
        "copyright",
    ),
    ("Proudly powered by WordPress", "copyright"),
    (
        "Les opinions exprimées dans les blogs du Monde diplomatique n'engagent que leurs auteurs.",
        "disclaimer",
    ),
    ("Haftungsbeschränkung für externe Links", "disclaimer"),
    ("BMW gibt sicherheitsrelevante anonyme Verkehrsdaten unter Creative Commons frei", None),
    ("This post originally appeared on Grist.", None),
]
COPYRIGHT_NOTICE_IDS = [
    "pos_2019_hearst_communications_inc",
    "pos_copyright_2019_dow_jones_company_inc_all",
    "pos_alle_rechte_vorbehalten",
    "pos_c_wiley_vch",
    "neg_the_copyright_case_will_be_heard_in_june",
    "neg_copyright_lawyers_said_the_ruling_was_na",
    "pos_creative_commons_licence",
    "pos_cc_by_licence",
    "pos_design_von",
    "pos_powered_by",
    "pos_opinions_nengagent_que",
    "pos_haftungsbeschränkung",
    "neg_news_about_creative_commons",
    "neg_originally_appeared",
]


@pytest.mark.parametrize(("text", "reason"), COPYRIGHT_NOTICE_CASES, ids=COPYRIGHT_NOTICE_IDS)
def test_copyright_notice(text: str, reason: str | None) -> None:
    hit = legal.copyright_notice(text)
    assert (hit.reason if hit else None) == reason


LEGAL_LINKS_CASES = [
    ("Privacy Policy", "legal_links"),
    ("Impressum", "legal_links"),
    ("Datenschutzerklärung", "legal_links"),
    ("Terms of Use", "legal_links"),
    ("About Contact Careers", "legal_links"),
    ("Privacy campaigners criticised the plan.", None),
    ("Disclaimer", None),
    ("Jobs", None),
    ("Corrections", None),
    (
        "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service "
        "apply.",
        "legal_links",
    ),
]
LEGAL_LINKS_IDS = [
    "pos_privacy_policy",
    "pos_impressum",
    "pos_datenschutzerklärung",
    "pos_terms_of_use",
    "pos_about_contact_careers",
    "neg_privacy_campaigners_criticised_the_plan",
    "neg_disclaimer",
    "neg_jobs",
    "neg_corrections",
    "pos_recaptcha",
]


@pytest.mark.parametrize(("text", "reason"), LEGAL_LINKS_CASES, ids=LEGAL_LINKS_IDS)
def test_legal_links(text: str, reason: str | None) -> None:
    hit = legal.legal_links(text)
    assert (hit.reason if hit else None) == reason


def test_filters_tuple_lists_every_filter() -> None:
    assert {f.__name__ for f in legal.FILTERS} == {"legal_links", "copyright_notice"}
