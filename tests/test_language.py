"""Tests for newsclean.text.language: detection, function-word lists, function-word ratio.

Sentences are real lines of corpus pages (trafilatura-eval, htmldate-eval and the
article-extraction benchmark; see tests/corpus/README.md), cut to a sentence or two.
"""

from __future__ import annotations

from importlib import resources

import pytest
import regex

from newsclean.text.language import (
    LANGUAGES,
    detect_language,
    function_word_ratio,
    ranked_words,
    stopwords,
)

SENTENCES = [
    (
        "en",
        "KOBE – A total of 6,000 surgical masks have been lost at a hospital in Kobe, it was "
        "learned Tuesday. The Hyogo Prefectural Police is investigating the incident as a case "
        "of theft.",
    ),
    (
        "de",
        "Zum Abschluss der diesjährigen Weltcup-Etappe boten die Biathletinnen in der Südtirol "
        "Arena wieder eine beeindruckende Vorstellungen - allen voran Dorothea Wierer.",
    ),
    (
        "es",
        "La Antártida está protegida por un régimen de vientos propio que circunda el continente "
        "y que funciona como un muro climático que la separa del resto del planeta.",
    ),
    (
        "fr",
        "Dans tous les tracts, tous les discours, la question de la précarité enseignante "
        "s’impose comme le symbole de cette lutte.",
    ),
    (
        "pt",
        '"Os militares enviaram uma sequência de cinco ofícios sigilosos assinados pelo general '
        'de Divisão do Exército Heber Garcia Portella", acrescenta o repórter.',
    ),
    (
        "it",
        "“L’orologio climatico – spiegano gli attivisti sul sito – mostra due numeri. Il primo, "
        "in rosso, è un timer che fa il conto alla rovescia di quanto tempo ci vorrà.",
    ),
    (
        "pl",
        "Flashowi niestety wiele brakowało do bycia ideałem. Technologia ta projektowana była z "
        "myślą o desktopach i w momencie, gdy popularność zaczęły zyskiwać laptopy.",
    ),
    (
        "ru",
        "— Я знаю, что многие хотят расширить свой рацион рыбными блюдами, но попросту не знают, "
        "как рыбу лучше приготовить.",
    ),
    (
        "hu",
        "Egzotikus gyümölcs, itthon, eredeti formájában ritkaság számba megy, ám feldolgozva "
        "mindnyájan jól ismerjük, és imádjuk - mi az? Hát persze, hogy a kókusz!",
    ),
    (
        "no",
        "– Som en viktig samfunnsaktør har TINE et ansvar for å hjelpe foreldre og andre "
        "omsorgspersoner til å skape gode vaner for barna sine.",
    ),
    (
        "el",
        "Ειδικότερα, σύμφωνα με την σχετική ανακοίνωση της ΕΛ.ΑΣ. «σήμερα (19.08.2020) τα "
        "ξημερώματα από αστυνομικούς της ανωτέρω Υπηρεσίας κατελήφθη ο αλλοδαπός",
    ),
    (
        "lt",
        "Ši emisija pradėta platinti vasario 10 dieną, jos papildymo aukcione rugsėjo 21 dieną "
        "obligacijų parduota už 20 mln. eurų.",
    ),
    (
        "ro",
        "Fetele şi femeile din Moldova vor putea profita de noi oportunităţi de carieră prin "
        "instruirea IT în cadrul proiectului „Empowering Women in Technology”.",
    ),
    (
        "ar",
        "-علينا أن تنذكر جيدا أن الجيل الذي يقود الحراك الشعبي اليوم في السودان هو الجيل الذي "
        "اشتغل عليه النظام الحالي منذ وصوله الى السلطة في 1989",
    ),
    (
        "fa",
        "واکنش مولاوردی به کنایه حدادعادل درباره لیست دادن اصلاح‌طلبان/ فضا را باز کنند تا مشخص "
        "شود اقبال عمومی به کدام جریان بیشتر است",
    ),
    (
        "ja",
        "今回の事件のように、りんごのマークやiPhoneの表示がついたままで、権利者の許諾を得ずに、"
        "不正に改造したiPhoneを販売することは、商標の品質保証機能を害することになります。",
    ),
    ("zh", "財政部今天下午將公佈今年1-2月期統一發票中獎清冊，財政部透露，本期千萬中獎張數為18張"),
]


@pytest.mark.parametrize(("lang", "text"), SENTENCES, ids=[lang for lang, _ in SENTENCES])
def test_detects_language_of_real_sentences(lang: str, text: str) -> None:
    assert detect_language(text) == lang


UNSURE = [
    ("empty", ""),
    ("blank", "  \n\t "),
    ("numbers", "12.05.2021 | 14:30 | 1.234,56 € | 99%"),
    ("one_word", "Impressum"),
    ("menu", "Home | News | Sport"),
    ("one_function_word", "the"),
    ("base64", "PGRpdiBjbGFzcz0ic3AtZHNndm8gc3AtZHNndm8tZW1iZWRkaW5nLWNvbnRhaW5lciBzcC1kc2d2by"),
]


@pytest.mark.parametrize("text", [text for _, text in UNSURE], ids=[i for i, _ in UNSURE])
def test_unsure_on_too_little_text(text: str) -> None:
    assert detect_language(text) is None


def test_mostly_german_page_with_an_english_quote_is_german() -> None:
    text = (
        "David Brier, international anerkannter Fachmann für Brand Identity Management, hat "
        "diesen Gedanken aufgegriffen, als er sich mit der Frage beschäftigte, was eigentlich "
        "Innovation ist. Dazu schreibt er in einem Beitrag für Fast Company: “I concluded that "
        "this was the single difference between the innovator and the ordinary person.”"
    )
    assert detect_language(text) == "de"


def test_long_input_is_cut_to_the_sample() -> None:
    german = "Die Polizei hat am Montag einen Mann festgenommen, der in der Nacht. " * 80
    english = "The police said on Monday that the man was arrested in the night. " * 80
    assert detect_language(german + english) == "de"
    assert detect_language(english + german) == "en"


RATIOS = [
    # (id, text, lang, low, high): the ratio must fall in [low, high]
    (
        "en_prose",
        "KOBE – A total of 6,000 surgical masks have been lost at a hospital in Kobe, it was "
        "learned Tuesday.",
        "en",
        0.35,
        1.0,
    ),
    ("en_menu", "Home News Sport Business Contact", "en", 0.0, 0.2),
    (
        "en_footer",
        "Newsletters Contact US Economic Calendar Donate Privacy Policy Search",
        "en",
        0,
        0.2,
    ),
    (
        "de_prose",
        "Zum Abschluss der diesjährigen Weltcup-Etappe boten die Biathletinnen in der Südtirol "
        "Arena wieder eine beeindruckende Vorstellungen",
        "de",
        0.25,
        1.0,
    ),
    ("de_menu", "Startseite Politik Wirtschaft Sport Kultur Impressum", "de", 0.0, 0.0),
    (
        "unknown_prose",
        "Dans tous les tracts, tous les discours, la question de la précarité",
        None,
        0.4,
        1.0,
    ),
    ("unknown_menu", "Home News Sport Business Contact", None, 0.0, 0.0),
    ("empty", "", "en", 0.0, 0.0),
    ("numbers", "12.05.2021 14:30", "de", 0.0, 0.0),
]


@pytest.mark.parametrize(
    ("text", "lang", "low", "high"), [r[1:] for r in RATIOS], ids=[r[0] for r in RATIOS]
)
def test_function_word_ratio(text: str, lang: str | None, low: float, high: float) -> None:
    assert low <= function_word_ratio(text, lang) <= high


def test_prose_has_more_function_words_than_a_menu() -> None:
    prose = "Now as to those missing IMF billions, Alexander Cockburn at Harpers magazine online "
    prose += "covered them in the summer of 2015:"
    menu = "Home News Sport Business Contact"
    assert function_word_ratio(prose, "en") > function_word_ratio(menu, "en") + 0.2


def test_ratio_counts_word_tokens_casefolded() -> None:
    # \w+ tokens: "d'un" is "d" + "un"; "DER" folds to "der"
    assert function_word_ratio("DER Hund", "de") == 0.5
    assert function_word_ratio("d'un", "fr") == 1.0


WORD_RE = regex.compile(r"^\w+$")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_shipped_list_loads(lang: str) -> None:
    words = ranked_words(lang)
    assert len(words) >= 100
    assert len(set(words)) == len(words)
    assert all(WORD_RE.match(word) and word == word.casefold() for word in words)
    assert stopwords(lang) == frozenset(words)


def test_every_data_file_is_a_shipped_language() -> None:
    data = resources.files("newsclean").joinpath("data")
    names = {entry.name for entry in data.iterdir() if entry.name.startswith("stopwords-")}
    assert names == {f"stopwords-{lang}.txt" for lang in LANGUAGES}


def test_unknown_language_gets_the_union() -> None:
    union = stopwords(None)
    assert stopwords("xx") == union
    assert {"the", "und", "les", "и", "και"} <= union
    assert "impressum" not in union
    assert ranked_words("xx") == ()


ENGLISH_ARTICLE = """Storm batters coast as thousands lose power
Thousands of homes along the coast were left without power on Friday after a storm brought \
winds of more than 100 km/h, the regional utility said in a statement.
Crews were working through the night to restore supplies, and officials said most customers \
should be reconnected by Sunday evening.
"""


@pytest.mark.parametrize("page_guess", ["de", None], ids=["wrong", "none"])
def test_the_record_language_is_the_bodys(page_guess: str | None) -> None:
    from newsclean.api import process
    from newsclean.core import to_article

    doc = process(ENGLISH_ARTICLE).with_fields(language=page_guess)
    assert to_article(doc, "a").language == "en"


def test_a_body_too_short_to_tell_keeps_the_pages_guess() -> None:
    from newsclean.core import record_language

    assert record_language("Photo: AP", "fr") == "fr"
    assert record_language("", None) is None
