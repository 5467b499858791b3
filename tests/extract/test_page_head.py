"""Reading the headline off a page without a title line: the line above the article's prose.

Lines are excerpts of real pages from the evaluation corpus (the Scrapinghub article-extraction
benchmark and the trafilatura evaluation set), trimmed to the lines that matter.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean.assemble import Pipeline
from newsclean.extract.head.description import keywords
from newsclean.extract.head.headline import find_headline
from newsclean.extract.head.page_head import (
    CHROME_FILTERS,
    LINK_LIST_RE,
    is_address,
    is_headline_shaped,
    list_item_text,
    page_chrome,
    walk_up,
)
from newsclean.extract.head.page_prose import prose_run
from newsclean.extract.head.page_rank import body_likeness
from newsclean.model import Document

# --- reading the headline off the page: the line above the article's prose ---------------------

BODY_LINES = [
    'A "phase one" trade deal between the United States and China was supposed to be a limited'
    " agreement that would allow leaders from both countries to claim an easy victory while"
    " soothing financial markets.",
    "But it may morph into something bigger if US President Donald Trump agrees to Beijing's"
    " demands to roll back existing tariffs on Chinese goods, people familiar with the talks say.",
]
SHARE_BAR_PAGE = [
    "Migrants found alive in ferry",
    "Maradona quits Gimnasia",
    "Prelude to a foreign tour",
    "Home",
    "Business",
    "Economy & Business",
    "Beijing tariff demands may expand US-China trade deal",
    "*",
    "X Share via",
    "+",
    "Share permalink",
    "Reuters, Washington,",
    "Nov 20 2019, 11:06am ist",
    *BODY_LINES,
]


def test_headline_above_share_bar_and_dateline() -> None:
    found = find_headline(SHARE_BAR_PAGE, has_title_line=False)
    assert found is not None
    assert (found.text, found.rule) == (SHARE_BAR_PAGE[6], "above_byline")


def test_numbered_breadcrumb_item_is_not_the_headline() -> None:
    page = [
        "1. Home",
        "2. NEWS",
        "3. World Community Lashes Out at US for No Longer Considering Israeli Settlements Illegal",
        "World Community Lashes Out at US for No Longer Considering Israeli Settlements Illegal",
        "Published November 20th, 2019 - 07:29 GMT",
        "Israeli Prime Minister Benjamin Netanyahu hailed a US announcement that it no longer"
        " considers settlements in the West Bank and annexed east Jerusalem illegal, but the"
        " Palestinians pledged new measures to oppose it.",
    ]
    found = find_headline(page, has_title_line=False)
    assert found is not None
    assert found.index == 3


SPLIT_BYLINE_PAGES = [
    pytest.param(
        [
            "Full Moons 2019",
            "On This Day in Space!",
            "Space Calendar",
            "Subscribe to 'All About Space'",
            "Space is supported by its audience. When you purchase through links on our site, we"
            " may earn an affiliate commission.",
            "1. Home",
            "2. News",
            "3. Science & Astronomy",
            "The Weird Plumes of Jupiter's Moon Europa Are Spewing Water Vapor",
            "By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy",
            "Europa's plumes appear to be real, but very sporadic.",
            "The Jupiter moon Europa's elusive and enigmatic water-vapor plumes do indeed seem to"
            " be real.",
            "NASA's Hubble Space Telescope has spotted indirect evidence of such plumes emanating"
            " from Europa, which is thought to harbor a huge ocean beneath its ice shell.",
        ],
        8,
        id="byline-with-stamp-after-a-notice-paragraph",
    ),
]


@pytest.mark.parametrize(("page", "index"), SPLIT_BYLINE_PAGES)
def test_byline_carrying_more_than_a_name_marks_the_head(page: list[str], index: int) -> None:
    found = find_headline(page, has_title_line=False)
    assert found is not None
    assert found.index == index


NEWS_ALERT_PAGE = [
    "World",
    "House Hitler was born in will become a police station, Austria says",
    "The government's move aims to prevent building from becoming a pilgrimage site for"
    " neo-Nazis.",
    "The house where Adolf Hitler was born in Braunau am Inn, Austria. Leonhard Foeger / Reuters"
    " file",
    "Breaking News Emails",
    "Get breaking news alerts and special reports. The news and stories that matter, delivered"
    " weekday mornings.",
    "SUBSCRIBE",
    "Nov. 20, 2019, 9:28 AM UTC",
    "By Reuters",
    "VIENNA — The house where Adolf Hitler was born will be turned into a police station,"
    " Austria's interior minister said on Tuesday, after years of debate over how best to prevent"
    " it becoming a pilgrimage site for neo-Nazis.",
]


def test_a_sign_up_pitch_over_the_byline_is_not_the_headline() -> None:
    found = find_headline(NEWS_ALERT_PAGE, has_title_line=False)
    assert found is not None
    assert found.index == 1


TITLE_CASE_PAGE = [
    "Terms of Service",
    "Privacy Policy",
    "Visit our partner site",
    "'We Got Her!': Video Shows Dramatic Rescue of Kidnapped Fort Worth Girl",
    "The suspect confessed and the jury took just 15 minutes to find him guilty",
    "By Scott Gordon",
    "Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019",
    "NEWSLETTERS",
    "Receive the latest local updates in your inbox",
]
CHROME_ABOVE_PAGE = [
    "About",
    "Privacy Policy",
    "© 2020 Static Media® . All Rights Reserved",
    "When you take a multivitamin every day, this is what happens to your body",
    "By Cat Lafuente / June 12, 2020 9:49 am EST / Updated: Aug. 18, 2020 4:17 pm EST",
    "Do you take a multivitamin every day? When you think of the best ways to be as healthy as"
    " possible, chances are that a few different practices come to mind: eating a balanced diet,"
    " getting regular exercise.",
]


@pytest.mark.parametrize(
    ("page", "index"),
    [(TITLE_CASE_PAGE, 3), (CHROME_ABOVE_PAGE, 3)],
    ids=["title-case-headline-over-sentence-case-standfirst", "legal-line-above-is-not-a-kicker"],
)
def test_walk_up_from_standfirst_to_headline(page: list[str], index: int) -> None:
    found = find_headline(page, has_title_line=False)
    assert found is not None
    assert found.index == index


def test_teaser_list_far_from_the_article_is_not_chosen() -> None:
    page = [
        "Skip to main content",
        "Live Science",
        "Michael Mina opening Lake Tahoe restaurant",
        "2 hours ago",
        "Fire damages Fort Orange Club in Albany",
        "3 hours ago",
        "Economy & Business",
        "Beijing tariff demands may expand US-China trade deal",
        "By Jane Doe",
        *BODY_LINES,
    ]
    found = find_headline(page, has_title_line=False)
    assert found is not None
    assert found.index == 7


def test_first_line_repeated_with_other_quotes_is_a_title() -> None:
    page = [
        "Google Stadia Red Dead Redemption 2 doesn't run at a stable 60fps.",
        "Menu",
        "Meet the new Pixel 4: it has radar",
        "Google Stadia Red Dead Redemption 2 doesn’t run at a stable 60fps",
        "By Chris Davies",
        "Google's streaming service launched this week and the first tests of its biggest game"
        " show that the frame rate drops well below what the company promised.",
    ]
    found = find_headline(page, has_title_line=False)
    assert found is not None
    assert (found.index, found.title_index, found.rule) == (3, 0, "title_repeat")


def test_short_first_line_repeated_is_not_a_title() -> None:
    found = find_headline(["Economy & Business", *SHARE_BAR_PAGE], has_title_line=False)
    assert found is not None
    assert found.title_index is None


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Home", "Storm hits coast", "Winds " * 30, "Rain " * 20, "Sport"], (2, 3)),
        (SHARE_BAR_PAGE, (13, 14)),
        (["Home", "News", "Sport"], None),
    ],
    ids=["toy", "share-bar-page", "menu-only"],
)
def test_prose_run(lines: list[str], expected: tuple[int, int] | None) -> None:
    assert prose_run(lines) == expected


@pytest.mark.parametrize(
    ("line", "likeness"),
    [
        ("Beijing tariff demands may expand US-China trade deal", 5 / 7),  # not "tariff", "expand"
        ("Maradona quits Gimnasia", 0.0),
        ("Share permalink", 0.0),
    ],
    ids=["headline", "teaser", "button"],
)
def test_body_likeness(line: str, likeness: float) -> None:
    opening = frozenset(w for text in BODY_LINES for w in keywords(text))
    assert body_likeness(line, opening) == pytest.approx(likeness)


@pytest.mark.parametrize(
    ("line", "shaped"),
    [
        ("Kenji Fujimori: juicio por presunta compra de votos continuará el 18 de mayo", True),
        ("Das Halbfinale der Champions Hockey League am Dienstag", True),
        ("07/05/2022 20H06 - ACTUALIZADO A 07/05/2022 20H17", False),
        ("Geschrieben von Cooper am 25.08.2015 22:30 (1599 x gelesen)", False),
        ("Mittwoch, 01. November 2023 - Handel", False),
        ("by ライトハウス国際特許事務所 ／ 2016.12.01", False),
        ("商品の改造が商標法違反に！？", True),
        ("By the numbers: what the 2019 season told us", True),
        ("Bericht zur Coronalage vom 22.04.2020 – worauf wartet die Politik?", True),
        ("Gunter Frank / 22.04.2020 / 06:15 / Foto: Achgut.com / 150 /", False),
    ],
    ids=["headline-naming-a-day", "headline", "date-line", "dated-byline", "weekday-date",
         "by-company-numeric-date", "cjk-headline", "by-the-numbers", "dated-question",
         "date-line-with-credits"],
)
def test_is_headline_shaped(line: str, shaped: bool) -> None:
    assert is_headline_shaped(line) is shaped


# --- walking up from a subtitle to the headline above it -----------------------------------------

# IGN (dev set, inscriptis): a long headline over its subtitle; both speak of Black Friday deals.
DEALS_HEAD = [
    "Avengers: Endgame",
    "Daily Deals: More Black Friday Deals Are Live, Including PS4 DualShock Controller, Apple"
    " AirPods and Watches, and More",
    "Black Friday is Next Week, But Several Deals Go Live Today",
    "By Eric Song, IGN Staff",
]
# My Daily Magazine (trafilatura set, inscriptis): the site's tagline over the headline.
TAGLINE_HEAD = [
    "Sports",
    "My Daily Magazine – Art, Design, DIY, Fashion and Beauty !",
    "Get in the Spooky Spirit With These Halloween Workouts",
    "By",
    "Ariel H",
]
TAGLINE_OPENING = (
    "Believe it or not, Halloween is just days away and before October’s over, you better get in"
    " as many Halloween-themed workouts as possible. These Halloween-themed workout videos have"
    " all the best things about the holiday"
)


def test_walk_up_from_a_subtitle_sharing_the_story_with_the_line_above() -> None:
    assert walk_up(DEALS_HEAD, 2, 0) == 1


@pytest.mark.parametrize("opening", [frozenset(), keywords(TAGLINE_OPENING)], ids=["bare", "page"])
def test_no_walk_up_onto_a_tagline_foreign_to_the_story(opening: frozenset[str]) -> None:
    assert walk_up(TAGLINE_HEAD, 2, 0, opening) == 2


def test_walk_up_onto_a_line_closer_to_the_article_than_the_one_below() -> None:
    # Al Bawaba (dev set, inscriptis): the headline over its date line, which shares no word
    page = [
        "World Community Lashes Out at US for No Longer Considering Israeli Settlements Illegal",
        "Published November 20th, 2019 - 07:29 GMT",
    ]
    opening = keywords(
        "The United States faced stiff international and Palestinian criticism on Tuesday over"
        " its decision to no longer consider Israeli settlements illegal"
    )
    assert walk_up(page, 1, 0, opening) == 0
    assert walk_up(page, 1, 0) == 1


def test_walk_up_onto_a_shorter_headline_of_the_same_story() -> None:
    # geburtstagsecke.de (trafilatura set, inscriptis): headline over its subtitle
    page = [
        "Ausmalbilder",
        "Ideen für den Kindergeburtstag",
        "Ideen für einen unvergesslichen Geburtstag",
    ]
    assert walk_up(page, 2, 0) == 1


# brasil247.com (trafilatura set, inscriptis): a headline over a longer subtitle that shares no
# keyword with it; the article's opening speaks of the military's questions to the TSE.
SUBTITLE_HEAD = [
    "CONTINUA DEPOIS DA PUBLICIDADE",
    "Militares enviaram 88 questões ao TSE sobre eleições e urnas eletrônicas",
    "Questionamentos repetem o discurso bolsonarista de desconfiança em relação ao sistema "
    "eleitoral",
    "4 de maio de 2022, 05:34 h Atualizado em 4 de maio de 2022, 05:35",
]
SUBTITLE_OPENING = (
    "247 – Embora o ministro da Defesa, Paulo Sergio Nogueira, tenha dito ao presidente do"
    " Supremo Tribunal Federal, Luiz Fux, que as forças armadas estão comprometidas com a"
    " democracia, o que se vê na prática é um pouco diferente. \"As Forças Armadas enviaram 88"
    " questionamentos ao Tribunal Superior Eleitoral (TSE) nos últimos oito meses sobre supostos"
    " riscos e fragilidades que, na visão dos militares,"
)


def test_walk_up_onto_a_shorter_headline_closer_to_the_article() -> None:
    assert walk_up(SUBTITLE_HEAD, 2, 0, keywords(SUBTITLE_OPENING)) == 1


def test_no_walk_up_onto_a_shorter_line_no_closer_to_the_article() -> None:
    # the same lines under an opening that speaks of the subtitle's words as much
    opening = keywords(SUBTITLE_OPENING + " questionamentos discurso sistema eleitoral")
    assert walk_up(SUBTITLE_HEAD, 2, 0, opening) == 2
    assert walk_up(SUBTITLE_HEAD, 2, 0) == 2


def test_no_walk_up_onto_a_breadcrumb_cut_short() -> None:
    # onlinemarketing.de (trafilatura set, inscriptis): the breadcrumb's last item, truncated
    page = [
        "Social Media Marketing",
        "Instagram arbeitet an neuer...",
        "Instagram arbeitet an neuer Videofunktion für Stories",
        "Swantje Schemmerling | 06.11.23",
    ]
    assert walk_up(page, 2, 0) == 2


@pytest.mark.parametrize(
    "page",
    [
        # reporternewspapers.net (trafilatura set, inscriptis): category links over the headline
        ["Contact", "Posted in Brookhaven , DeKalb , News",
         "Brookhaven Village closed due to gas leak",
         "by Logan C. Ritchie November 8, 2023 | 6:03 pmNovember 8, 2023 | 6:03 pm"],
        # popsugar.co.uk (trafilatura set, inscriptis): a <title>-like heading over the headline
        ["©2020 Group Nine Media Inc.", "Best Cheap Homemade Halloween Costumes | 2020",
         "90+ Costumes For Adults to DIY on the Cheap This Halloween", "Oct 30 2020 by Emily Co"],
    ],
    ids=["spaced-links", "title-parts"],
)
def test_no_walk_up_onto_a_line_of_links(page: list[str]) -> None:
    assert walk_up(page, 2, 0) == 2


@pytest.mark.parametrize(
    ("line", "links"),
    [
        ("Artikel , Unsere Forschung , Veranstaltungen", True),
        ("/ Noticias Información basada en hechos y verificada de primera mano", True),
        ("Sie wissen (nicht), was sie tun: Identitätspolitische Linke unterschlägt den "
         "Homosexuellenhass neuer Qualität", False),
        ("Tagung: Institutionen revolutionärer Macht in den europäischen Revolutionen der ersten "
         "Hälfte des 19. Jahrhunderts (26. und 27. 2. 2015, Eichstätt)", False),
        ("Brookhaven Village closed due to gas leak", False),
    ],
    ids=["spaced-links", "trail-tail", "headline-commas", "headline-date-comma", "headline"],
)
def test_line_of_links(line: str, links: bool) -> None:
    assert (LINK_LIST_RE.search(line) is not None) is links


# --- a breadcrumb printed as a numbered list ------------------------------------------------------

# bundesrat.de and bmel.de (trafilatura set, inscriptis): "Sie sind hier:" over a numbered trail
NUMBERED_TRAIL = [
    "Sie sind hier:",
    "1. Startseite",
    "2. Service",
    "3. Archiv",
    "4. Textarchiv",
    "5. Erinnerung an die Opfer der NS-Verbrechen",
]
COUNTED_HEADLINE = [
    "3. Ländliche Regionen",
    "4. 15. Zukunftsforum Ländliche Entwicklung",
    "15. Zukunftsforum Ländliche Entwicklung",
]


@pytest.mark.parametrize(
    ("page", "index", "text"),
    [
        (NUMBERED_TRAIL, 5, "Erinnerung an die Opfer der NS-Verbrechen"),
        (COUNTED_HEADLINE, 2, "15. Zukunftsforum Ländliche Entwicklung"),
        (COUNTED_HEADLINE, 1, "15. Zukunftsforum Ländliche Entwicklung"),
        (["Sie sind hier:", "1. Startseite"], 1, "1. Startseite"),
    ],
    ids=["trail-tail", "counted-headline", "trail-item", "first-item"],
)
def test_list_item_text(page: list[str], index: int, text: str) -> None:
    assert list_item_text(page, index) == text


class _ChromeProbe:
    """A step that records whether the page-head finder takes a line for chrome, as it runs."""

    name = "probe.chrome"

    def __call__(self, doc: Document) -> Document:
        return doc.with_fields(section=str(page_chrome("CONTINUA DEPOIS DA PUBLICIDADE")))


def test_the_chrome_test_asks_only_the_filters_of_the_running_pipeline() -> None:
    page = "Storm hits the coast\n\n" + "Winds rose over the bay all night. " * 20
    probe = _ChromeProbe()
    full = Pipeline.default().add(probe, before="extract.headline")
    without = full.remove("ads.continues_below")  # "Continua depois da publicidade" is its line
    assert full.process(page).field("section") == "True"
    assert without.process(page).field("section") == "False"
    assert page_chrome("CONTINUA DEPOIS DA PUBLICIDADE")  # outside a pipeline: every filter


def test_the_chrome_test_asks_a_filter_only_where_its_gate_lets_the_line_through() -> None:
    """Gated, the chrome test says what every filter asked on every line says: a gate never
    shuts on a line its filter hits (real lines of the dev pages, chrome and article alike)."""
    pages = sorted((Path(__file__).parents[1] / "corpus" / "dev" / "html-text").glob("*.txt"))
    lines = {line.strip() for page in pages[:20] for line in page.read_text().splitlines()}
    chrome = [line for line in sorted(lines) if line and page_chrome(line)]
    for line in sorted(lines):
        if line:
            assert page_chrome(line) == (
                is_address(line) or any(f(line) for f, _gate in CHROME_FILTERS)
            ), line
    assert len(chrome) > 100  # the pages hold chrome enough for the test to mean something
