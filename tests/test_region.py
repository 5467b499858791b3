from __future__ import annotations

import pytest

from newsclean.filters.comments import comment_count
from newsclean.filters.prompts import newsletter_signup
from newsclean.model import Document, Hit, Line
from newsclean.pipeline import LineFilter
from newsclean.region.line_kinds import Kind, classify, features, own_language_features
from newsclean.region.main_text import (
    KIND_SLUGS,
    SKIP_FACTOR,
    MainText,
    TrailingJunk,
    densest_run,
    densest_run_from,
)
from newsclean.text.language import stopwords

EN = stopwords("en")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "US Defence Secretary Lloyd Austin on Friday spoke to his Russian counterpart Sergei "
            "Shoigu, calling for an immediate ceasefire in war-hit Ukraine, news agency Reuters "
            "reported.",
            Kind.GOOD,
        ),
        ("A spokesperson for the NYAG declined to comment.", Kind.NEAR),
        ("The show opens to the public on Friday. Here are some of the highlights:", Kind.NEAR),
        ("NISSAN SENTRA", Kind.BAD),
        ("Home News Sport Business Contact", Kind.BAD),
        ("Private Markets", Kind.BAD),
        ("Subscribe", Kind.BAD),
        ("Rating: 36 Votes", Kind.SHORT),
    ],
    ids=[
        "paragraph",
        "one-sentence",
        "lead-in",
        "caps-subhead",
        "menu",
        "menu-pair",
        "button",
        "rating",
    ],
)
def test_classify(line: str, kind: Kind) -> None:
    assert classify(features(line, EN), has_stopwords=True) is kind


def test_densest_run_picks_the_heaviest_span() -> None:
    assert densest_run([-60, 300, -25, 200, -60, -60, -60, 100]) == (1, 3)
    assert densest_run([]) is None


def test_densest_run_from_respects_the_start_window() -> None:
    weights = [-60, 100, -60, -60, -60, -60, 900]
    assert densest_run_from(weights, 0, 3) == (1, 6)
    assert densest_run_from(weights, 2, 4) is None or densest_run_from(weights, 2, 4)[0] >= 2


def _best_run_from_by_trying_all(
    weights: list[float], lo: int, hi: int, gaps: list[float]
) -> tuple[int, int] | None:
    """densest_run_from() the slow way: every start in the window against every end (whole
    weights, so that sums in any order are exact); the furthest end wins a tie."""
    best, span, skipped = 0.0, None, 0.0
    for i in range(max(lo, 0), min(hi, len(weights))):
        totals = [
            sum(weights[i : end + 1]) - sum(gaps[i + 1 : end + 1]) - SKIP_FACTOR * skipped
            for end in range(i, len(weights))
        ]
        top = max(totals)
        end = i + max(k for k, total in enumerate(totals) if total == top)
        if top > best and weights[i] > 0:
            best, span = top, (i, end)
        skipped += max(weights[i], 0.0)
    return span


@pytest.mark.parametrize(
    ("weights", "gaps", "lo", "hi"),
    [
        ([-90.0, 400.0, -25.0, 300.0, -90.0, 120.0], [0.0, 30.0, 0.0, 250.0, 0.0, 30.0], 0, 3),
        ([500.0, -90.0, -25.0, 180.0, 260.0, -90.0, 40.0], [0.0] * 7, 2, 6),
        ([-25.0, 60.0, -90.0, -90.0, 700.0, -25.0], [0.0, 0.0, 30.0, 30.0, 30.0, 0.0], 1, 9),
        ([100.0, -300.0, 250.0], [0.0, 0.0, 0.0], 3, 5),
    ],
    ids=["gaps", "skipped-prose", "window-past-the-end", "start-past-the-lines"],
)
def test_densest_run_from_agrees_with_trying_every_run(
    weights: list[float], gaps: list[float], lo: int, hi: int
) -> None:
    expected = _best_run_from_by_trying_all(weights, lo, hi, gaps)
    assert densest_run_from(weights, lo, hi, gaps) == expected


def test_kind_slugs_are_the_kinds_names() -> None:
    assert {kind: KIND_SLUGS[kind] for kind in Kind} == {
        Kind.BAD: "bad", Kind.SHORT: "short", Kind.NEAR: "near", Kind.GOOD: "good",
    }


PARA = (
    "Besides ceasefire, Austin is said to have stressed on the importance of maintaining lines of "
    "communication, and the statement was issued on Friday after a meeting on Wednesday."
)
PAGE = [
    "Dow Jones",
    "Barron's",
    "BigCharts",
    "Storm batters coast as thousands lose power",
    PARA,
    "NISSAN SENTRA",
    PARA,
    PARA,
    "Most Popular",
    "Barron's",
    "Private Markets",
    "russia ukraine crisis lloyd austin ukraine",
]


def _doc(texts: list[str], headline_line: int = 4) -> Document:
    lines = tuple(Line(i, t) for i, t in enumerate(texts, start=1))
    return Document("-", tuple(texts), lines).with_fields(
        language="en", headline_line=headline_line
    )


def test_main_text_keeps_the_article_and_drops_the_page_around_it() -> None:
    doc = TrailingJunk()(MainText()(_doc(PAGE)))
    assert [line.text for line in doc.lines] == [PARA, "NISSAN SENTRA", PARA, PARA]
    reasons = {e.line_no: e.reason for e in doc.trail}
    assert reasons[1] == "outside_article"
    assert reasons[12] == "outside_article"


def test_main_text_on_a_page_without_prose_keeps_nothing() -> None:
    doc = MainText()(_doc(["Home", "World", "Sport", "Storm batters coast", "Contact us"]))
    assert doc.lines == ()


COMMENT = (
    "I think we'll see similar updates to what the 16 inch model received, and the bezels on "
    "the 13 inch are large, so I would not buy one until the redesign is out in the spring."
)


def _with_comment_count(texts: list[str]) -> Document:
    return LineFilter(comment_count, "comments")(_doc(texts, headline_line=1))


def test_comments_below_the_article_are_cut_off() -> None:
    page = [
        "Storm batters coast",
        PARA,
        PARA,
        PARA,
        "167 Comments",
        COMMENT,
        COMMENT,
        COMMENT,
        COMMENT,
    ]
    doc = MainText()(_with_comment_count(page))
    assert [line.text for line in doc.lines] == [PARA, PARA, PARA]


def test_a_comment_counter_by_the_byline_does_not_end_the_article() -> None:
    page = ["Storm batters coast", "Comments (32)", PARA, PARA, PARA]
    doc = MainText()(_with_comment_count(page))
    assert [line.text for line in doc.lines] == [PARA, PARA, PARA]


# Lines below are from pages of the trafilatura and Scrapinghub evaluation sets.
MONTH_PICKER = (
    "Monat auswählen Februar 2020 (3) Januar 2020 (4) Dezember 2019 (3) November 2019 (3) "
    "Oktober 2019 (4) September 2019 (3) August 2019 (4) Juli 2019 (3) Juni 2019 (3) Mai 2019 (1) "
    "April 2019 (3) März 2019 (6) Februar 2019 (4) Januar 2019 (2) November 2018 (3)"
)
TAG_CLOUD = (
    "Abenteuer Akrobatik basteln Cake Pops Cirque Du Soleil Clown Dekoration dekorieren draußen "
    "DVD Dynamo Dresden Eis Erlebnisgeschenk Essen Feier Film Fußball Gartenparty "
    "Geburtstagsfeier Geburtstagsgeschenke Geschenke Geschenkidee Halloween Heißluftballon Herbst "
    "Kindergeburtstag Kino kochen Kostüm Kuchen modellieren Mottoparty NAtur selber machen Sorbet "
    "Spiele Stadion Tipps Ton töpfern Unterhaltungskünstler verkleiden Weihnachten Zauberer Zirkus"
)
ONE_LONG_SENTENCE = (
    "US President Donald Trump has claimed victory as the Democratic Party-controlled House of "
    "Representatives concluded its third public hearing on the impeachment proceedings against "
    "him for allegedly abusing his office for political gain in the run-up to the 2020 "
    "presidential election."
)
SCORES = (
    "The Group E victory came after Mikhail Kukushkin and Alexander Bublik defeated Robin Haase "
    "and Jean-Julien Rojer 6-4, 7-6 (2). Kukushkin had beaten Botic van de Zanschulp 6-2, 6-2, "
    "while Haase defeated Bublik 7-5, 3-6, 7-6 (5)."
)
NAMES_CLOUD = (
    "(Pop)kulturell Adalbert Stifter Allgemein Bergkristall Der Sandmann E. T. A. Hoffmann Golau "
    "Glau Gratuliere mit Blümchen Judith Butler Laibach Lieblingsfilme Live aus dem Pink House "
    "Minimal Musik More about the Social Secretary Philip Scott Johnson Philosophie Politische "
    "Philosophie Reka as Social Secretary Serge Gainsbourg"
)
GERMAN_NOUNS = (
    "Erneuerbare Energien, nachhaltige Mobilität, demografischer Wandel: Das Bundesministerium "
    "für Bildung und Forschung unterstützt die nachhaltige Entwicklung von Wirtschaft und "
    "Gesellschaft mit zwei Rahmenprogrammen und vielen Fördermaßnahmen."
)
ENGLISH_ON_GERMAN_PAGE = (
    "A nearly wordless visual narrative intercuts two main stories and a couple of minor ones. "
    "A woman, perhaps the Madonna, brings forth her baby to a crowd of intrusive paparazzi; she "
    "tries to flee them. Two men who are lovers marry and are arrested by the powers that be."
)
DE = stopwords("de")


@pytest.mark.parametrize(
    ("line", "stops", "kind"),
    [
        (MONTH_PICKER, DE, Kind.BAD),
        (TAG_CLOUD, DE, Kind.BAD),
        (ONE_LONG_SENTENCE, EN, Kind.GOOD),
        (SCORES, EN, Kind.GOOD),
        (NAMES_CLOUD, DE, Kind.BAD),
        (GERMAN_NOUNS, DE, Kind.GOOD),
    ],
    ids=[
        "month-picker", "tag-cloud", "one-long-sentence", "tennis-scores", "names-cloud",
        "german-capitalised-nouns",
    ],
)
def test_long_word_lists_are_not_prose(line: str, stops: frozenset[str], kind: Kind) -> None:
    assert classify(features(line, stops), has_stopwords=True) is kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [(ENGLISH_ON_GERMAN_PAGE, Kind.GOOD), (NAMES_CLOUD, Kind.BAD), (TAG_CLOUD, Kind.BAD)],
    ids=["english-paragraph", "names-cloud", "tag-cloud"],
)
def test_a_line_in_another_language_is_read_in_its_own(line: str, kind: Kind) -> None:
    found = own_language_features(line, features(line, DE), DE)
    assert classify(found, has_stopwords=True) is kind


def test_densest_run_does_not_charge_a_run_for_drops_above_it() -> None:
    # the first paragraph pays for the menu dropped above it only if the run reaches above it
    assert densest_run([-90, 160, 240], gaps=[0, 250, 0]) == (1, 2)
    assert densest_run([200, 160, 240], gaps=[0, 250, 0]) == (1, 2)
    assert densest_run([400, 160, 240], gaps=[0, 250, 0]) == (0, 2)


def _de_doc(texts: list[str], drops: dict[int, str], extracts: dict[int, str]) -> Document:
    lines = tuple(Line(i, t) for i, t in enumerate(texts, start=1))
    doc = Document("-", tuple(texts), lines).with_fields(language="de")
    doc = doc.drop({no: Hit(r) for no, r in extracts.items()}, "extract", action="extract")
    return doc.drop({no: Hit(r) for no, r in drops.items()}, "filters")


FOUNDED = (
    "Beate und Norbert Olschewski entschlossen sich im Jahr 1990 den Hunde-Verein Kreis Unna 1990 "
    "zu gründen,einige Gleichgesinnte hatten sie schon hinter sich stehen."
)
MEETING = (
    "Am 31.8.1990 fand in dem Wohnzimmer der Eheleute Olschewski die Gründungsversammlung statt. "
    'Da die Anwesenden alle aus dem Kreis Unna kamen, entstand auch der Name "HVKU", nach '
    'Eintrag in das Vereinsregister bekamen wir auch noch den Zusatz "e.V.'
)


def test_the_first_paragraph_under_dropped_chrome_is_kept() -> None:
    page = ["Vorstand", "Anfahrt", "Kontakt/Impressum", "Galerie", FOUNDED, MEETING]
    doc = MainText()(_de_doc(page, {3: "legal_links", 4: "gallery_widget"}, {}))
    assert [line.text for line in doc.lines] == [FOUNDED, MEETING]


PODCAST = (
    "Auch auf dem KnowledgeCamp 2019, das vom in Berlin stattfand, haben wir live gepodcastet. "
    "Zu Gast waren Prof. Peter Heisig und Dr. Manfred Bornemann, die über ihre Eindrücke vom "
    "Camp erzählen."
)
BIO = (
    "Scholarch der Cogneon Akademie. Von der Ausbildung Dipl.-Ing. Elektrotechnik mit Schwerpunkt "
    "Digitale Nachrichtentechnik. Ich brenne für Lernende Organisationen, Wissensmanagement, New "
    "Work und Lebenslanges Lernen. Mitglied in Corporate Learning Community, Gesellschaft für "
    "Wissensmanagement, Chaos Computer Club uvm. Weiterer Podcast unter http://knowledge-on-air.de."
)


def test_the_article_under_the_headline_beats_a_heavier_bio_below_it() -> None:
    page = [
        "Startseite",
        "KOA039 Live vom KnowledgeCamp 2019",
        "Veröffentlicht am 17. Dezember 2019 von Simon Dückert",
        PODCAST,
        "Download: mp3",
        "Flattr",
        "Ähnliche Beiträge",
        "Über Simon Dückert",
        BIO,
    ]
    doc = MainText()(_de_doc(page, {7: "related_header"}, {2: "headline", 3: "byline"}))
    assert [line.text for line in doc.lines] == [PODCAST]


TOMATOES = (
    "Ihr möchtet Tomaten in Scheiben schneiden, weil Ihr sie hübsch auf einem Teller anrichten "
    "möchtet. Zum Beispiel für Tomaten mit Mozzarella...... und dann passiert es wieder. Die "
    "Kerne fallen heraus und glitschen auf dem Schneidbrett herum."
)


@pytest.mark.parametrize(
    ("above", "kept"),
    [
        ("Ihr kennt es sicher auch!", True),
        ("Wie der Kindergeburtstag gelingt und Sie trotzdem entspannt bleiben", False),
        ("Empfiehl dies deinen Freunden.", False),
    ],
    ids=["lead-in-sentence", "teaser-title", "four-word-prompt"],
)
def test_a_short_lead_in_sentence_joins_the_article(above: str, kept: bool) -> None:
    doc = MainText()(_de_doc(["Startseite", above, TOMATOES, TOMATOES], {}, {}))
    assert (above in [line.text for line in doc.lines]) is kept


# holzwerken.net: the lead under the headline trails off into the article.
SAW_HEADLINE = "Perfekte Schnitte nach Riss an der Kreissaege"
SAW_LEAD = (
    "Nach Riss arbeiten an der Kreissäge? Manchmal leider notwendig. In der Regel endet das in "
    "zärtlichen Annäherungsversuchen mit vielen vorsichtigen Schnitten. Doch es geht auch "
    "einfacher..."
)
SAW_BODY = (
    "Kurz angezeichnet und dann mit ein wenig Augenmaß und vorsichtigen Annäherungsversuchen der "
    "Kreissäge den Riss entlang: so geht es bei den meisten, und das Ergebnis ist selten gerade."
)


@pytest.mark.parametrize(
    ("above", "kept"),
    [
        (SAW_LEAD, True),
        # a teaser cut mid-sentence (dev, a related box under a wrong headline): one clause
        ("Two people in China have been diagnosed with the plague, officials say, and the"
         " regional health...", False),
    ],
    ids=["lead-of-sentences", "teaser-cut-mid-sentence"],
)
def test_a_lead_that_trails_off_under_the_head_joins_the_article(above: str, kept: bool) -> None:
    page = [SAW_HEADLINE, "Dominik Ricker", above, SAW_BODY, SAW_BODY]
    doc = MainText()(_de_doc(page, {}, {1: "headline"}))
    assert (above in [line.text for line in doc.lines]) is kept


def test_a_lead_that_trails_off_far_below_the_head_stays_out() -> None:
    page = [SAW_HEADLINE, "Menü", "Suche", "Anmelden", SAW_LEAD, SAW_BODY, SAW_BODY]
    doc = MainText()(_de_doc(page, {}, {1: "headline"}))
    assert SAW_LEAD not in [line.text for line in doc.lines]


TOUR_DATES = [
    "June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre",
    "June 10 – Tampa, FL @ MIDFLORIDA Credit Union Amphitheatre",
    "June 14 – Alpharetta, GA @ Ameris Bank Amphitheatre",
    "June 17 – Nashville, TN @ Bridgestone Arena",
]


def test_a_list_below_the_article_stays_with_it_to_the_end() -> None:
    page = ["Storm batters coast", PARA, PARA, "The Doobie Brothers Tour Dates", *TOUR_DATES]
    doc = TrailingJunk()(MainText()(_doc(page, headline_line=1)))
    assert [line.text for line in doc.lines][-4:] == TOUR_DATES


def test_a_menu_below_the_article_is_still_dropped() -> None:
    page = ["Storm batters coast", PARA, PARA, "Home", "Workouts", "Nutrition", "Community"]
    doc = TrailingJunk()(MainText()(_doc(page, headline_line=1)))
    assert [line.text for line in doc.lines] == [PARA, PARA]


def test_a_newsletter_pitch_ends_the_article() -> None:
    about = (
        "Ascom is a global solutions provider focused on healthcare ICT and mobile workflow "
        "solutions, and it is headquartered in Baar, where it employs around 1,300 people."
    )
    page = [
        "Storm batters coast",
        PARA,
        PARA,
        "Stay up to date with Ascom. Subscribe to our newsletter.",
        about,
    ]
    doc = LineFilter(newsletter_signup, "prompts")(_doc(page, headline_line=1))
    doc = MainText()(doc)
    assert [line.text for line in doc.lines] == [PARA, PARA]


def test_a_numbered_list_inside_the_article_does_not_split_it() -> None:
    ranks = [f"{n:02d}. Singer number {n}" for n in range(1, 11)]
    page = [PARA, PARA, "Here is the full list:", *ranks, PARA, PARA]
    doc = TrailingJunk()(MainText()(_doc(page)))
    assert [line.text for line in doc.lines] == page


def test_a_tweet_signature_ends_the_article_and_stays() -> None:
    signature = "— Rep. Ilhan Omar (@Ilhan) November 19, 2019"
    doc = TrailingJunk()(MainText()(_doc([PARA, PARA, signature, "Updated at 1:23 p.m."])))
    assert [line.text for line in doc.lines] == [PARA, PARA, signature]
