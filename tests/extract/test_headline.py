"""Headline detection: site-name stripping, title and repeat agreement, pages without a title.

Lines are excerpts of real pages from the evaluation corpus (the Scrapinghub article-extraction
benchmark, the trafilatura evaluation set, and the hand-written seed page), trimmed to the lines
that matter.
"""

from __future__ import annotations

import pytest

from newsclean.api import clean
from newsclean.extract.head.headline import (
    find_headline,
    headline_below,
    repeat_quality,
    strip_site_name,
)
from newsclean.extract.head.title_line import is_layout_rendering
from newsclean.extract.head.title_parts import after_kicker

# --- site-name stripping ------------------------------------------------------------------------

STRIP_CASES = [
    ("Is Football Violence a Crime? - WSJ", "Is Football Violence a Crime?"),
    (
        "Beijing tariff demands may expand US-China trade deal | Deccan Herald",
        "Beijing tariff demands may expand US-China trade deal",
    ),
    (
        "Alibaba to raise up to $12.9bn in landmark Hong Kong listing : CityAM",
        "Alibaba to raise up to $12.9bn in landmark Hong Kong listing",
    ),
    ("makrophotos von insekten » gizmeo.eu | inside the machine", "makrophotos von insekten"),
    (
        "The Guardian view on Hong Kong: a city on the brink | Editorial | Opinion | The Guardian",
        "The Guardian view on Hong Kong: a city on the brink",
    ),
    # the site and its sections come first
    (
        "Bundesrat - Textarchiv - Erinnerung an die Opfer der NS-Verbrechen",
        "Erinnerung an die Opfer der NS-Verbrechen",
    ),
    ("Disfunctions.de » Blog Archiv » Podcasts in Plex einbinden", "Podcasts in Plex einbinden"),
    ("NEWS WEB EASY|子どもへの体罰を禁止する法律ができる", "子どもへの体罰を禁止する法律ができる"),
    (
        "23.01.2022 - Dorothea Wierer darf beim Antholz-Abschluss noch jubeln - Biathlon Antholz",
        "Dorothea Wierer darf beim Antholz-Abschluss noch jubeln",
    ),
    (
        "Musk-Firma mit erstem KI-Modell, auch für Tesla > teslamag.de",
        "Musk-Firma mit erstem KI-Modell, auch für Tesla",
    ),
    # one word before a bar or a guillemet labels the site or a section
    ("Geschichte | Klänge des Verschweigens", "Klänge des Verschweigens"),
    ("seelenradio » Nummer zwei: Leo", "Nummer zwei: Leo"),
    # a site name left empty leaves its separator dangling
    ("Heizjacken von Bosch -", "Heizjacken von Bosch"),
    ("| Gemeinderat beschließt Haushalt 2022", "Gemeinderat beschließt Haushalt 2022"),
]
STRIP_IDS = ["dash", "pipe", "spaced-colon", "guillemet", "sections", "site-first",
             "domain-first", "pipe-no-space", "date-first", "angle-domain", "label-pipe",
             "label-guillemet", "dangling-dash", "dangling-pipe"]  # fmt: skip


@pytest.mark.parametrize(("title", "expected"), STRIP_CASES, ids=STRIP_IDS)
def test_strip_site_name(title: str, expected: str) -> None:
    assert strip_site_name(title) == expected


KEEP_CASES = [
    "Ukraine war: In first call, US counterpart seeks 'immediate' Ukraine ceasefire",
    "Fact Check: Is An 'Oxygen Bar' In Delhi Offering Fresh Air For Rs 300?",
    "Hong Kong chaos: China deploys troops and warns SURRENDER is only option",
    "Thousands of teachers pack Indiana Statehouse for protest",
    # a short headline before a short site name is not a site name itself
    "Zeitphilosophie – Dr. Alexander Klier",
    # one word before a colon is the story's kicker
    "Brexit: Nervenkrieg geht in nächste Runde",
    # the marks that close a headline are not separators
    "Was wird aus dem Windpark?",
]


@pytest.mark.parametrize(
    "title",
    KEEP_CASES,
    ids=["kicker-colon", "fact-check", "chaos", "plain", "short", "one-word-kicker", "question"],
)
def test_strip_site_name_keeps_the_headline(title: str) -> None:
    kept = strip_site_name(title)
    assert kept == title or title.startswith(kept)
    assert kept.split()[0] == title.split()[0]


# --- a line repeating the title -----------------------------------------------------------------

REPEAT_CASES = [
    ("Is Football Violence a Crime?", "Is Football Violence a Crime? - WSJ", 4),
    ("HIKING THE BOULDER FLAT IRONS", "Hiking the Boulder Flat Irons - The Blog", 4),
    (
        "Krach vor der VW-Betriebsversammlung:Es knirscht zwischen Diess und Aufsichtsräten",
        "Krach vor der VW-Betriebsversammlung: Es knirscht zwischen Diess und Aufsichtsräten"
        " | Automobilwoche",
        4,
    ),
    (
        "Ultium Cells erhöht Gigafactory-Kapazität in Tennessee",
        "Ultium Cells erhöht Gigafactory-Kapazität - Battery-News.de",
        2,
    ),
    ("WSJ", "Is Football Violence a Crime? - WSJ", 0),
    (
        "Home / World News / In first call with Russia's defence minister, US counterpart seeks"
        " 'immediate' Ukraine ceasefire",
        "In first call with Russia's defence minister, US counterpart seeks 'immediate' Ukraine"
        " ceasefire | Hindustan Times",
        0,
    ),
]


@pytest.mark.parametrize(
    ("line", "title", "quality"),
    REPEAT_CASES,
    ids=["exact", "capitals", "punctuation", "longer-line", "site-name", "breadcrumb"],
)
def test_repeat_quality(line: str, title: str, quality: int) -> None:
    assert repeat_quality(line, title) == quality


# --- whole pages with a title line --------------------------------------------------------------

WSJ_PAGE = [
    "Is Football Violence a Crime? - WSJ",
    "Dow Jones, a News Corp company",
    "Opinion",
    "Commentary",
    "Is Football Violence a Crime?",
    "NFL assaults have led to lawsuits before. But a prosecutor would have difficulty proving"
    " a charge in court.",
    "By",
    "Randy Maniloff",
    "Nov. 18, 2019 7:04 pm ET",
    "It was the shot to the head heard ’round the world. In the closing seconds of last week’s"
    " Browns-Steelers game in Cleveland, Browns defensive end Myles Garrett pulled off Steelers"
    " quarterback Mason Rudolph’s helmet.",
]
SEED_HEAD = [
    "Home / World News / In first call with Russia's defence minister, US counterpart seeks"
    " 'immediate' Ukraine ceasefire",
    "world news",
    "In first call with Russia's defence minister, US counterpart seeks 'immediate' Ukraine"
    " ceasefire",
    "Ukraine war: In a telephonic conversation with Russian defence minister Sergei Shoigu, US"
    " defence secretary Lloyd Austin also laid stress on the importance of maintaining lines of"
    " communication.",
    "US Secretary of Defense Lloyd Austin.(Reuters)",
    "Published on May 13, 2022 09:16 PM IST",
    "ByHT News Desk | Written by Aryan Prakash",
    "US Defence Secretary Lloyd Austin on Friday spoke to his Russian counterpart Sergei Shoigu,"
    " calling for an immediate ceasefire in war-hit Ukraine, news agency Reuters reported.",
]
SEED_TITLE = (
    "In first call with Russia's defence minister, US counterpart seeks 'immediate' Ukraine"
    " ceasefire | Hindustan Times"
)
# a teaser list that repeats the title, far from the article head, must lose to the headline
TEASER_PAGE = [
    "Jose expected to become major hurricane by Friday | Daily Mail Online",
    "Jose expected to become major hurricane by Friday",
    "Hurricane Maria heads for Puerto Rico",
    "Tropical storm warnings for the Keys",
    "Storm surge alert in Florida",
    "Live updates from the coast",
    "More stories",
    "Jose expected to become major hurricane by Friday",
    "By Jane Smith For Dailymail.com",
    "Published: 20:55 BST, 7 September 2017",
]


def test_title_and_repeat_agree() -> None:
    found = find_headline(WSJ_PAGE)
    assert found is not None
    assert (found.text, found.index, found.title_index, found.rule) == (
        "Is Football Violence a Crime?",
        4,
        0,
        "title_repeat",
    )


def test_breadcrumb_holding_the_headline_is_not_chosen() -> None:
    found = find_headline([SEED_TITLE, *SEED_HEAD])
    assert found is not None
    assert found.index == 3
    assert found.text == SEED_HEAD[2]


def test_repeat_above_the_article_head_wins() -> None:
    found = find_headline(TEASER_PAGE)
    assert found is not None
    assert found.index == 7


def test_title_only_when_no_line_repeats_it() -> None:
    page = ["Opening Bell 11.18.19 - Dealbreaker", "Home", "Markets", "Subscribe"]
    found = find_headline(page)
    assert found is not None
    assert (found.text, found.index, found.rule) == ("Opening Bell 11.18.19", None, "title_only")


def test_reworded_headline_under_an_seo_title() -> None:
    page = [
        "Brexit: Nervenkrieg geht in nächste Runde",
        "Politik",
        "Der Nervenkrieg um den Brexit geht in die nächste Runde",
        "19.10.2019",
        "Das britische Unterhaus hat die Entscheidung über das neue EU-Austrittsabkommen"
        " verschoben und Premierminister Boris Johnson damit eine weitere Niederlage bereitet,"
        " die Frist läuft bald ab.",
    ]
    found = find_headline(page)
    assert found is not None
    assert (found.index, found.rule) == (2, "title_reworded")


# --- which part of the title recurs --------------------------------------------------------------

CLUB_TITLE = (
    "EFC Bayrische Bembel Regensburg - Eintracht Frankfurt stellt Weichen für die Zukunft"
    " - Eintracht Presse - News"
)
CLUB_HEAD = [
    "Gäste: 13",
    "mehr...",
    "Eintracht Presse: Eintracht Frankfurt stellt Weichen für die Zukunft",
    "Geschrieben von Cooper am 25.08.2015 22:30 (1599 x gelesen)",
    "Oliver Frankenbach mit Wirkung zum 1.9.2015 zum Vorstand Finanzen bestellt",
]


def test_title_part_printed_above_the_article_head() -> None:
    found = find_headline(
        [CLUB_TITLE, "News Profis Amateure Jugend Links Forum Kontakt", *CLUB_HEAD]
    )
    assert found is not None
    assert (found.text, found.index, found.rule) == (
        "Eintracht Frankfurt stellt Weichen für die Zukunft",
        4,
        "title_part",
    )


def test_title_part_printed_only_in_a_menu_is_not_taken() -> None:
    page = [CLUB_TITLE, "Eintracht Frankfurt stellt Weichen für die Zukunft", "Login", "Kontakt"]
    found = find_headline(page)
    assert found is not None
    assert (found.text, found.rule) == ("EFC Bayrische Bembel Regensburg", "title_only")


# --- a first line the pipeline did not take for a title -------------------------------------------

PRESS_PAGE = [
    "BDZV: Olafur Eliasson gestaltet Titelseite für die deutschen Zeitungen",
    "Newsletter",
    "Login",
    "Zu Ihrer Information",
    "24. April 2020 | Pressemitteilungen",
    "Olafur Eliasson gestaltet Titelseite für die deutschen Zeitungen",
    "Bundesweite Kunstaktion zum Internationalen Tag der Pressefreiheit am 3. Mai",
    "Themen: Pressefreiheit",
    "Der BDZV hat den international gefeierten Künstler Olafur Eliasson dafür gewonnen, zum Tag"
    " der Pressefreiheit am 3. Mai ein Kunstwerk zu schaffen, das allen Mitgliedsverlagen als"
    " Titelseite/Panorama-Motiv zur Verfügung gestellt wird.",
]


def test_first_line_repeated_above_the_article_is_a_title() -> None:
    found = find_headline(PRESS_PAGE, has_title_line=False)
    assert found is not None
    assert (found.text, found.index, found.title_index) == (PRESS_PAGE[5], 5, 0)


@pytest.mark.parametrize(
    "first",
    [
        "The Hollywood Reporter",  # the site name, printed again in the footer
        "Wohnen",  # a menu entry: too short to be taken for a title
    ],
    ids=["footer-repeat", "menu-word"],
)
def test_first_line_repeated_away_from_the_article_is_not_a_title(first: str) -> None:
    page = [first, *PRESS_PAGE[1:], first, "© 2019 The Hollywood Reporter", "All rights reserved."]
    found = find_headline(page, has_title_line=False)
    assert found is None or found.title_index is None


# --- pages without a title line -----------------------------------------------------------------

BROWSER_PAGE = [
    "Mac Blog",
    "16-Inch MacBook Pro: Magic Keyboard",
    "All >",
    "Mac Pro Shipping in December",
    "13-Inch MacBook Pro With Scissor Keyboard Expected in First Half of 2020",
    "Monday November 18, 2019 7:45 am PST by Joe Rossignol",
    "Following the 16-inch MacBook Pro, Apple plans to release a new 13-inch MacBook Pro with a"
    " scissor switch keyboard in the first half of 2020, according to a paywalled report today"
    " from DigiTimes.",
]


def test_browser_page_without_title_line() -> None:
    found = find_headline(BROWSER_PAGE, has_title_line=False)
    assert found is not None
    assert (found.index, found.title_index, found.rule) == (4, None, "above_byline")


def test_seed_page_headline_is_the_line_after_the_section() -> None:
    found = find_headline(SEED_HEAD, has_title_line=False)
    assert found is not None
    assert found.index == 2


def test_standfirst_is_not_taken_for_the_headline() -> None:
    page = [
        "Continue reading the main story",
        "Opinion",
        "Republicans Are Following Trump to Nowhere",
        "There’s an impeachment lesson hiding in the president’s failure to produce the political"
        " results he wants.",
        "By Jamelle Bouie",
        "Opinion Columnist",
        "Trump asked voters in Louisiana for a big win. He didn’t get it.",
        "Credit...",
        "Doug Mills/The New York Times",
        "Americans have gone to the polls four times this month to vote in major, statewide races."
        " In Virginia, they voted for control of the state Legislature; in Mississippi, Kentucky"
        " and Louisiana, they voted for control of the governor’s mansion. In each case, President"
        " Trump tied himself to the outcome.",
    ]
    found = find_headline(page, has_title_line=False)
    assert found is not None
    assert found.index == 2


@pytest.mark.parametrize(
    "lines",
    [[], ["Home", "News", "Sport", "Contact"], ["Skip to content", "Log In", "Subscribe"]],
    ids=["empty", "menu", "toolbar"],
)
def test_no_headline_without_an_article_head(lines: list[str]) -> None:
    assert find_headline(lines, has_title_line=False) is None


def test_repeat_held_whole_by_a_title_with_the_site_glued_on() -> None:
    title = (
        "Ehezoff der Pochers eskaliert - Jetzt schießt Olli gegen Amira und ihren Neuen Vipflash"
    )
    page = [
        title,
        "Datenschutz",
        "Kontakt",
        "Ehezoff der Pochers eskaliert - Jetzt schießt Olli gegen Amira und ihren Neuen",
        "Seite 1 von 2",
        "Stars (1 / 1) 06.11.2023 13:30 von Olga Symbolbild imago",
        "Die Situation im Pocher-Ehedrama ist aktuell ziemlich angespannt. Nach der Trennung von"
        " ihrem Ehemann Oliver Pocher (45) scheint Amira (31) bereits eine neue Liebe gefunden zu"
        " haben.",
    ]
    found = find_headline(page)
    assert found is not None
    assert (found.text, found.index) == (page[3], 3)


# --- layout renderings (inscriptis) -------------------------------------------------------------

# The head of an inscriptis copy of onlinemarketing.de (trafilatura evaluation set): the site's
# tagline is printed twice at the top, which reads like a <title> and its repeat.
LAYOUT_RAW = [
    "            Dein wichtigster Touchpoint zur Digitalbranche.",
    "            Dein wichtigster Touchpoint zur Digitalbranche.",
    "              * Startseite",
    "              * Social Media Marketing",
    "              * Instagram arbeitet an neuer...",
    "",
    "                      Instagram arbeitet an neuer Videofunktion für Stories",
    "",
    "                        Swantje Schemmerling | 06.11.23",
    "",
    "                      Das Meta-Unternehmen Instagram arbeitet an einem neuen Feature für die"
    " Stories. Dieses ist vor allem für Creator interessant.",
]
LAYOUT_LINES = [line.strip() for line in LAYOUT_RAW if line.strip()]


def test_layout_rendering_is_told_by_its_indented_lines() -> None:
    assert is_layout_rendering(LAYOUT_RAW)
    # the html-text rendering of the same page: the <title> first, every line flush left
    flush = [
        "Instagram arbeitet an neuer Videofunktion für Stories | OnlineMarketing.de",
        "",
        "Dein wichtigster Touchpoint zur Digitalbranche.",
        "Instagram arbeitet an neuer Videofunktion für Stories",
    ]
    assert not is_layout_rendering(flush)
    assert not is_layout_rendering(["", "  "])


def test_repeated_tagline_of_a_layout_rendering_is_not_a_title() -> None:
    # read as a page that may have a title, the repeated tagline wins...
    taken = find_headline(LAYOUT_LINES, has_title_line=False)
    assert taken is not None
    assert taken.text.startswith("Dein wichtigster")
    # ...a layout rendering has none, and the article head decides
    found = find_headline(LAYOUT_LINES, has_title_line=False, title_possible=False)
    assert found is not None
    assert (found.text, found.rule) == (
        "Instagram arbeitet an neuer Videofunktion für Stories",
        "above_byline",
    )


def test_clean_reads_a_layout_rendering_from_its_article_head() -> None:
    article = clean("\n".join(LAYOUT_RAW))
    assert article.headline == "Instagram arbeitet an neuer Videofunktion für Stories"


# --- a first line set apart like html-text's <title> ---------------------------------------------

# idw-online.de (trafilatura set, html-text): a title with no site name and no repeat of four
# words; the page's own head is a weak one (a subtitle under the author lines).
PRESS_RELEASE_PAGE = [
    "Effiziente Hybridbatterie",
    "English",
    "Login",
    "idw – Informationsdienst Wissenschaft",
    "Home > Pressemitteilung: Effiziente Hybridbatterie",
    "01.11.2023 11:35",
    "Effiziente Hybridbatterie",
    "Dr. Karin J. Schmitz Abteilung Öffentlichkeitsarbeit",
    "Gesellschaft Deutscher Chemiker e.V.",
    "Schnell ladende mikrobielle Brennstoffzelle und CO2-Elektrolyseur auf der Basis von "
    "Ameisensäure",
    "Ameisensäure gilt als vielversprechender Energieträger, da sie aus Kohlendioxid "
    "elektrochemisch erzeugt und vielfältig eingesetzt werden kann. Ein chinesisches "
    "Forschungsteam stellt in der Fachzeitschrift Angewandte Chemie ein Batteriesystem vor, "
    "das die",
    "In mikrobiellen Brennstoffzellen verstoffwechseln Bakterien Energieträgermoleküle und "
    "erzeugen dadurch Strom. Wenn die Bakterien energiereiche Moleküle als Energieträger "
    "unter Stromzufuhr (Ladevorgang) sogar selbst erzeugen können, liegt eine mikrobielle "
    "Vollbatterie vor. Bislang",
]
# The Points Guy (trafilatura set, html-text): the page prints a reworded headline right above
# its byline and date, an article head sure enough to outvote the title.
REWORDED_PAGE = [
    "Alaska Airlines to become full Oneworld member by spring",
    "Sweepstakes",
    "Subscribe",
    "Search",
    "Advertiser Disclosure",
    "News",
    "Alaska Airlines sets new date for full Oneworld membership",
    "Edward Russell",
    "Oct 13, 2020",
    "This post contains references to products from one or more of our advertisers. We may "
    "receive compensation when you click on links to those products. Terms apply to the "
    "offers",
    "Alaska Airlines has a new date for when it will be a full fledged member of the Oneworld "
    "alliance: March 31, 2021.",
    "The date is about three months later than executives planned when the Seattle-based "
    "carrier was officially invited to join the alliance in July. However, it is on par with "
    "the",
    "One thing that has not changed are the benefits Oneworld membership will bring to Alaska "
    "frequent flyers. They will still be able to earn and burn miles across the alliance’s",
]


def test_first_line_set_apart_is_the_headline_over_a_weak_page_head() -> None:
    found = find_headline(PRESS_RELEASE_PAGE, has_title_line=False, title_apart=True)
    assert found is not None
    assert (found.text, found.title_index, found.rule) == (
        "Effiziente Hybridbatterie",
        0,
        "title_over_head",
    )
    # the weak head still marks where the article starts
    assert found.index is not None
    assert PRESS_RELEASE_PAGE[found.index].startswith("Schnell ladende mikrobielle")
    # not set apart (a browser copy), the first line is page text
    found = find_headline(PRESS_RELEASE_PAGE, has_title_line=False)
    assert found is not None
    assert found.rule == "above_byline"


def test_sure_page_head_outvotes_a_first_line_set_apart() -> None:
    found = find_headline(REWORDED_PAGE, has_title_line=False, title_apart=True)
    assert found is not None
    assert found.text == "Alaska Airlines sets new date for full Oneworld membership"


def test_chrome_first_line_is_not_a_title() -> None:
    # MoreBikes (dev set, browser copy): the skip link is followed by a blank line
    page = ["Skip to content", "MoreBikes", "News", "Reviews"]
    assert find_headline(page, has_title_line=False, title_apart=True) is None


def test_clean_takes_the_blank_line_after_the_first_line_for_a_title() -> None:
    blocks = clean("\n\n".join(PRESS_RELEASE_PAGE))
    assert blocks.headline == "Effiziente Hybridbatterie"
    copied = clean("\n".join(PRESS_RELEASE_PAGE))
    assert copied.headline != "Effiziente Hybridbatterie"


@pytest.mark.parametrize(
    "line", ["info@energieverbraucher.de", "www.energieverbraucher.de", "https://energieverbraucher.de"]
)
def test_an_address_that_names_the_site_is_no_repeat_of_the_title(line: str) -> None:
    # energieverbraucher.de: the contact box under the article holds the site's name
    title = "energieverbraucher.de | Gaspreise"
    assert repeat_quality(line, title) == 0


# --- a kicker glued to the headline, a reworded headline under the title's repeat ----------------


@pytest.mark.parametrize(
    ("line", "title", "expected"),
    [
        (
            "Olympische Spiele in Paris Getränke per Schiff ins Stadtzentrum",
            "Olympische Spiele in Paris - Getränke per Schiff ins Stadtzentrum - "
            "Lebensmittelpraxis.de",
            "Getränke per Schiff ins Stadtzentrum",
        ),
        (
            "Nach Corona-Lockerungen Autohäuser rechnen mit langsamem Anlaufen des Geschäfts",
            "Corona-Lockerungen: Autohäuser rechnen mit langsamem Anlaufen des Geschäfts | MDR.DE",
            "Autohäuser rechnen mit langsamem Anlaufen des Geschäfts",
        ),
        # printed with its colon: the kicker is part of the headline
        (
            "Daily Deals: More Black Friday Deals Are Live, Including PS4 DualShock Controllers",
            "Daily Deals: More Black Friday Deals Are Live, Including PS4 DualShock Controllers "
            "- IGN",
            None,
        ),
        # printed with the title's own separator
        (
            "Vanlife in Schweden - Skandinavien im Wohnmobil",
            "Vanlife in Schweden - Skandinavien im Wohnmobil | outdoor-magazin.com",
            None,
        ),
        # the words before the part share nothing with the rest of the title
        (
            "Jetzt lesen Getränke per Schiff ins Stadtzentrum",
            "Getränke per Schiff ins Stadtzentrum - Lebensmittelpraxis.de",
            None,
        ),
    ],
    ids=["dash-kicker", "colon-kicker", "kept-colon", "kept-separator", "no-kicker"],
)
def test_after_kicker(line: str, title: str, expected: str | None) -> None:
    assert after_kicker(line, title) == expected


TONIGHT_PAGE = [
    'Danni Büchner und Ennesto Monte trennen sich: "Arschloch"',
    "Unnützes Wissen",
    "Tonight News > Unterhaltung > Promis >",
    'Danni Büchner und Ennesto Monte trennen sich: "Arschloch"',
    "Promis",
    "„Arschloch“: Danni Büchner und Ennesto Monté trennen sich",
    "16. März 2021",
    "Liebes-Aus bei Danni Büchner und Ennesto Monté! Der 46-Jährige hat die Trennung auf "
    "Instagram bestätigt. Alle Infos zum Trennungs-Drama gibt es hier bei Tonight News.",
]

# the line right under the title's repeat is its subtitle, not a headline under a kicker
SUBTITLE_PAGE = [
    "Vom Boden aus gedacht - Ann Cotten verwebt in „Die Anleitungen der Vorfahren“ Lokales "
    "und Globales",
    "Literaturkritik",
    "Vom Boden aus gedacht",
    "Ann Cotten verwebt in „Die Anleitungen der Vorfahren“ Lokales und Globales",
    "Von Anna Meier",
    "Am Anfang steht ein Haus am Rand der Stadt, und mit ihm beginnt eine Erzählung, die "
    "sich über Generationen und Kontinente spannt und dabei das Kleine nie aus den Augen "
    "verliert.",
]


def test_reworded_headline_under_a_repeat_of_the_title_and_a_label() -> None:
    assert headline_below(TONIGHT_PAGE, TONIGHT_PAGE[0], 3) == 5
    found = find_headline(TONIGHT_PAGE)
    assert found is not None
    assert found.text == "„Arschloch“: Danni Büchner und Ennesto Monté trennen sich"


def test_subtitle_right_under_the_repeat_of_the_title_is_not_the_headline() -> None:
    assert headline_below(SUBTITLE_PAGE, SUBTITLE_PAGE[0], 2) is None
    found = find_headline(SUBTITLE_PAGE)
    assert found is not None
    assert found.text == "Vom Boden aus gedacht"


# the whole title printed as the headline: its second part is a clause, not a site's name
CLAUSE_TITLE_PAGE = [
    "Weinbergsbahnen in Erden nicht manipuliert – Ermittlungen zu Trittenheimer Fall gehen weiter",
    "Start",
    "Blaulicht",
    "Weinbergsbahnen in Erden nicht manipuliert – Ermittlungen zu Trittenheimer Fall gehen weiter",
    "Von Redaktion",
    "ERDEN. Die Weinbergsbahnen in Erden sind nicht manipuliert worden. Das hat die Polizei nach "
    "einer Überprüfung mitgeteilt, die Ermittlungen zum Fall in Trittenheim gehen weiter.",
]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (CLAUSE_TITLE_PAGE[0], CLAUSE_TITLE_PAGE[0]),
        ("Storm hits the coast tonight – The Daily Planet", "Storm hits the coast tonight"),
    ],
    ids=["clause", "site-name"],
)
def test_whole_title_printed_keeps_a_clause_but_not_a_site_name(title: str, expected: str) -> None:
    page = [title, *CLAUSE_TITLE_PAGE[1:3], title, *CLAUSE_TITLE_PAGE[4:]]
    found = find_headline(page)
    assert found is not None
    assert found.text == expected
