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
]
COPYRIGHT_NOTICE_IDS = [
    "pos_2019_hearst_communications_inc",
    "pos_copyright_2019_dow_jones_company_inc_all",
    "pos_alle_rechte_vorbehalten",
    "pos_c_wiley_vch",
    "neg_the_copyright_case_will_be_heard_in_june",
    "neg_copyright_lawyers_said_the_ruling_was_na",
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
]


@pytest.mark.parametrize(("text", "reason"), LEGAL_LINKS_CASES, ids=LEGAL_LINKS_IDS)
def test_legal_links(text: str, reason: str | None) -> None:
    hit = legal.legal_links(text)
    assert (hit.reason if hit else None) == reason


def test_filters_tuple_lists_every_filter() -> None:
    assert {f.__name__ for f in legal.FILTERS} == {"legal_links", "copyright_notice"}
