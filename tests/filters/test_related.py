"""Tests for a filter family: positives and look-alike article lines, from corpus pages."""

from __future__ import annotations

import pytest

from newsclean.filters import related

RELATED_HEADER_CASES = [
    ("Related Stories", "related_header"),
    ("Recommended for you", "related_header"),
    ("Mehr zum Thema", "related_header"),
    ("Ähnliche Beiträge", "related_header"),
    ("Das könnte Sie auch interessieren", "related_header"),
    ("Czytaj także", "related_header"),
    ("More From the Los Angeles Times", "related_header"),
    ("Você pode gostar...", "related_header"),
    ("Want more stories like this?", "related_header"),
    ("Vous aimerez aussi", "related_header"),
    ("Related party transactions rose in 2019.", None),
    ("Você pode gostar de ler este livro, disse ele.", None),
    ("More than 200 people were hurt.", None),
    ("Popular support for the plan fell.", None),
    ("Le puede interesar", "related_header"),
    ("Lust auf mehr?", "related_header"),
    ("Die meistgelesenen Artikel bei SWR.de/Sport", "related_header"),
    ("Meist gesucht:", "related_header"),
    ("Meistkommentiert", "related_header"),
    ("Das Thema könnte dich auch interessieren:", "related_header"),
    ("Artículos relacionados el Nuevo Herald", "related_header"),
    ("Weitere Beiträge aus der Kolumne:", "related_header"),
    ("Mehr zum Thema auf UEPO.de", "related_header"),
    ("Alle Nachrichten zum Naturschutz in Bayern", "related_header"),
    ("Auch auf gofeminin.de", "related_header"),
    ("Trending on Rough Draft", "related_header"),
    ("Further Reading", "related_header"),
    ("Sur le même thème", "related_header"),
    ("Weitere US-Zellprojekte im Aufbau", None),
    ("Mehrwegpflicht fürs Essen zum Mitnehmen:", None),
    ("Die Nordex Group im Profil", None),
    ("Next up is the Coloured Box Drum Dance performed with adorable drums!!", None),
    ("Lesen Sie hier einen weiteren spannenden Beitrag …", "related_header"),
    ("More Washington Examiner", "related_header"),
    ("More Great WIRED Stories", "related_header"),
    ("More people are moving to cities than ever", None),
    ("More Americans Are Working From Home.", None),
    ("Lo más visto en...", "related_header"),
    ("Más visto que nunca, el cometa brilla sobre Madrid.", None),
]
RELATED_HEADER_IDS = [
    "pos_related_stories",
    "pos_recommended_for_you",
    "pos_mehr_zum_thema",
    "pos_ähnliche_beiträge",
    "pos_das_könnte_sie_auch_interessieren",
    "pos_czytaj_także",
    "pos_more_from_the_los_angeles_times",
    "pos_você_pode_gostar",
    "pos_want_more_stories",
    "pos_vous_aimerez_aussi",
    "neg_related_party_transactions_rose_in_2019",
    "neg_você_pode_gostar_sentence",
    "neg_more_than_200_people_were_hurt",
    "neg_popular_support_for_the_plan_fell",
    "pos_le_puede_interesar",
    "pos_lust_auf_mehr",
    "pos_meistgelesenen_bei_site",
    "pos_meist_gesucht",
    "pos_meistkommentiert",
    "pos_thema_könnte_dich",
    "pos_artículos_relacionados_site",
    "pos_weitere_beiträge_aus",
    "pos_mehr_zum_thema_auf_site",
    "pos_alle_nachrichten_zum",
    "pos_auch_auf_domain",
    "pos_trending_on_site",
    "pos_further_reading",
    "pos_sur_le_même_thème",
    "neg_weitere_zellprojekte",
    "neg_mehrwegpflicht",
    "neg_die_nordex_group",
    "neg_next_up_sentence",
    "pos_lesen_sie_hier_einen_weiteren",
    "pos_more_site_name",
    "pos_more_great_wired_stories",
    "neg_more_people_sentence",
    "neg_more_title_case_sentence",
    "pos_lo_más_visto_en",
    "neg_más_visto_sentence",
]


@pytest.mark.parametrize(("text", "reason"), RELATED_HEADER_CASES, ids=RELATED_HEADER_IDS)
def test_related_header(text: str, reason: str | None) -> None:
    hit = related.related_header(text)
    assert (hit.reason if hit else None) == reason


PROMO_LINE_CASES = [
    (
        "ALSO READ: G7 'strongly united' in backing Ukraine until victory, says France",
        "related_promo",
    ),
    ("Read more: Tencent profit falls as Alibaba threat and economic woes weigh", "related_promo"),
    ("Czytaj też: Czy grozi nam wojna atomowa?", "related_promo"),
    (
        "RELATED: What It’s Like to Battle Breast Cancer in the Middle of a Pandemic",
        "related_promo",
    ),
    ("Watch the skies tonight: the meteor shower peaks at 2am.", None),
    ("LISTEN-IN", None),
    ("More than 40 people attended the meeting.", None),
    (
        "Le puede interesar: JEP abrirá tres nuevos macrocasos: Farc y fuerza pública",
        "related_promo",
    ),
    (
        "VEA TAMBIÉN: Entre heces y guaricha: Estrella de la educación no brilla para "
        "estudiantes en Panamá Oeste",
        "related_promo",
    ),
    (
        "MIRA: Madre se acerca a conocer los motivos de captura de su hijo y termina detenida",
        "related_promo",
    ),
    (
        "À lire aussi » Ballonnements, lourdeurs...Quel est votre profil digestif et comment y "
        "remédier ?",
        "related_promo",
    ),
    ("Mira: ich habe den Hund gesehen.", None),
    (
        ">> Wegen Corona: Danni Büchner muss Kult-Lokal „Faneteria“ auf Mallorca schließen <<",
        "related_promo",
    ),
    ("++ Wetter in der Region: Aussichten bis Freitag mild, aber ungemütlich ++", "related_promo"),
    ("C++ ist schneller als Python, sagt die Studie ++", None),  # made up: pluses in prose
    (">> Hier endet der Newsletter", None),  # made up: an arrow on one side only
]
PROMO_LINE_IDS = [
    "pos_also_read_g7_strongly_united_in_backing_",
    "pos_read_more_tencent_profit_falls_as_alibab",
    "pos_czytaj_też_czy_grozi_nam_wojna_atomowa",
    "pos_related_what_it_s_like_to_battle_breast_",
    "neg_watch_the_skies_tonight_the_meteor_showe",
    "neg_listen_in",
    "neg_more_than_40_people_attended_the_meeting",
    "pos_le_puede_interesar",
    "pos_vea_también",
    "pos_mira_caps",
    "pos_à_lire_aussi_guillemet",
    "neg_mira_name_in_dialogue",
    "pos_wrapped_in_arrows",
    "pos_wrapped_in_pluses",
    "neg_pluses_in_prose",
    "neg_arrow_on_one_side",
]


@pytest.mark.parametrize(("text", "reason"), PROMO_LINE_CASES, ids=PROMO_LINE_IDS)
def test_promo_line(text: str, reason: str | None) -> None:
    hit = related.promo_line(text)
    assert (hit.reason if hit else None) == reason


INLINE_PROMO_CASES = [
    (
        '"We will continue to work with unity," Reuters quoted Wallace in the statement, issued on '
        "Friday after a meeting with Lloyd Austin on Wednesday.ALSO READ: G7 'strongly united' in "
        "backing Ukraine until victory, says France",
        '"We will continue to work with unity," Reuters quoted Wallace in the statement, issued on '
        "Friday after a meeting with Lloyd Austin on Wednesday.",
    ),
    ("Investors will watch: the Fed meets on Wednesday.", None),
    ("ALSO READ: G7 'strongly united' in backing Ukraine", None),
    ("He told reporters to read more: the files were public.", None),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    INLINE_PROMO_CASES,
    ids=["pos_seed_glued", "neg_watch", "neg_whole_line", "neg_lowercase_mid"],
)
def test_inline_promo(text: str, expected: str | None) -> None:
    result = related.inline_promo(text)
    assert (result[0] if result else None) == expected
    if result:
        assert result[1].reason == "related_promo"


def test_filters_tuple_lists_every_filter() -> None:
    assert {f.__name__ for f in related.FILTERS} == {"related_header", "promo_line"}


