"""Byline finder and author splitter.

Lines are copied from the evaluation corpus (dev/ is the Scrapinghub article-extraction benchmark,
MIT; trafilatura-eval/ the trafilatura project's evaluation set, Apache-2.0; seed/ a
hindustantimes.com page); a few are made up to pin one rule and say so.
"""

from __future__ import annotations

import pytest

from newsclean.extract.byline import find_byline, is_byline_line, split_authors
from newsclean.extract.names import normalise_capitals

BYLINES = [
    ("ByHT News Desk | Written by Aryan Prakash", ("Aryan Prakash",), "seed_glued_desk"),
    ("By Jane Doe and John Roe", ("Jane Doe", "John Roe"), "and"),
    (
        "Von Roland Brockmann und Sebastian Drescher",
        ("Roland Brockmann", "Sebastian Drescher"),
        "und",
    ),
    (
        "Meg Kinnard and Errin Haines, Associated Press",
        ("Meg Kinnard", "Errin Haines"),
        "agency_dropped",
    ),
    ("Tom Krisher, Ap Auto Writer", ("Tom Krisher",), "ap_job_title"),
    ("By Meg James Staff Writer", ("Meg James",), "staff_writer"),
    ("Bruce Y. Lee Senior Contributor", ("Bruce Y. Lee",), "senior_contributor"),
    ("By Eric Song, IGN Staff", ("Eric Song",), "outlet_staff"),
    ("By Jill Disis, CNN Business", ("Jill Disis",), "outlet_section"),
    ("By Julius Young | Fox News", ("Julius Young",), "pipe_outlet"),
    (
        "By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM",
        ("HNN Staff",),
        "desk_only",
    ),
    ("By Reuters", ("Reuters",), "agency_only"),
    ("By Tess Bonn - 11/19/19 06:56 AM EST", ("Tess Bonn",), "dash_date"),
    ("By Chris Pokorny @DawgsByNature Nov 18, 2019, 11:47am EST", ("Chris Pokorny",), "handle"),
    ("By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy", ("Mike Wall",), "iso_date"),
    ("Por Rodrigo Mejías 04 de mayo 2022 a las 09:01 hrs.", ("Rodrigo Mejías",), "por"),
    ("Par Kab Niang", ("Kab Niang",), "par"),
    ("Von Claudia Riedler 19. Oktober 2019 00:04 Uhr", ("Claudia Riedler",), "von"),
    ("Автор: Венера Ерофеева", ("Венера Ерофеева",), "russian_label"),
    ("By Abigail Van Buren", ("Abigail Van Buren",), "particle_capital"),
    ("Christoph von Ritter 24. April 2020", ("Christoph von Ritter",), "particle_von"),
    ("By ALLY MUTNICK", ("Ally Mutnick",), "capitals"),
    ("Monday November 18, 2019 7:45 am PST by Joe Rossignol", ("Joe Rossignol",), "date_then_by"),
    ("6. Dezember 2022 von Fatima in Gefühle, Popkultur", ("Fatima",), "date_then_von_category"),
    ("Posted on 2015-04-05 by marc | Leave a comment", ("marc",), "user_name"),
    ("By Jane Doe Updated 9:01 AM", ("Jane Doe",), "made_up_updated_stamp"),
]


@pytest.mark.parametrize(("line", "authors"), [b[:2] for b in BYLINES], ids=[b[2] for b in BYLINES])
def test_split_authors_and_byline_line(line: str, authors: tuple[str, ...]) -> None:
    assert is_byline_line(line)
    found = find_byline(["A headline of some length here", line], headline_index=0)
    assert found is not None
    assert found.authors == authors
    assert found.index == 1


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("HT News Desk | Written by Aryan Prakash", ("Aryan Prakash",)),
        ("By Tariq Malik, Mike Wall", ("Tariq Malik", "Mike Wall")),
        ("Reuters, Washington,", ("Reuters",)),
        ("Steve Peoples, Ap National Political Writer", ("Steve Peoples",)),
        ("Staff Writer", ("Staff Writer",)),
        ("the time the polls closed", ()),
    ],
    ids=["desk_and_person", "comma_list", "agency_and_city", "long_title", "title_only", "prose"],
)
def test_split_authors(byline: str, authors: tuple[str, ...]) -> None:
    assert split_authors(byline) == authors


NOT_BYLINES = [
    ("By the time the polls closed, turnout had reached 60 per cent.", "made_up_by_the_time"),
    ("by signing up you agree to our terms of service", "signup_prompt"),
    ("Von wegen Entspannung: Teuerung kostet Sparer 20 Milliarden Euro", "von_wegen"),
    ("Von der Ringform zur Kastenform und umgekehrt", "von_der_heading"),
    ("Von Ast getroffen: 46-jähriger Waldarbeiter tödlich verunglückt", "von_headline"),
    ("par thème, par pays", "par_menu"),
    ("Share this story", "share"),
    ("Photo: Meg Kinnard, AP", "photo_credit"),
    ("Alex Wong | Getty Images", "getty_credit"),
    ("(Reed Saxon / Associated Press)", "caption_credit"),
    ("New York State Attorney General investigating WeWork and former CEO", "headline"),
    ("Aidan Gantenbein 100 backstroke", "results_table"),
    ("Apple Watch Series 4", "product"),
    ("Kulturspeicher 2.0", "version_number"),
    ("Pressemitteilung Nr. 48/22 des BAG vom 20.12.2022", "press_release_number"),
    ("Most Popular", "nav"),
    ("Autor:innen", "gender_suffix"),
    ("DIÁRIO OFICIAL", "di_prefix"),
    ("Partners", "par_prefix"),
    ("Harry Potter and the Philosopher's Stone", "book_title"),
]


@pytest.mark.parametrize("line", [n[0] for n in NOT_BYLINES], ids=[n[1] for n in NOT_BYLINES])
def test_not_a_byline(line: str) -> None:
    assert not is_byline_line(line)
    assert find_byline(["A headline of some length here", line], headline_index=0) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("TOM KRISHER", "Tom Krisher"),
        ("SEAN O'BRIEN", "Sean O'Brien"),
        ("MARY MCDONALD", "Mary McDonald"),
        ("JAN VAN DER BERG", "Jan van der Berg"),
        ("SYLVIA TORRES-GUILLÉN", "Sylvia Torres-Guillén"),
        ("Kazım TÜRKMEN", "Kazım TÜRKMEN"),
        ("PTI", "PTI"),
    ],
    ids=["plain", "o_apostrophe", "mc", "particles", "hyphen", "mixed_case_kept", "acronym_kept"],
)
def test_normalise_capitals(name: str, expected: str) -> None:
    assert normalise_capitals(name) == expected


@pytest.mark.parametrize(
    ("line", "language", "authors"),
    [
        ("Door Jan de Vries", "nl", ("Jan de Vries",)),
        ("Av Erik Svensson", "sv", ("Erik Svensson",)),
        ("Di Mario Rossi", "it", ("Mario Rossi",)),
        ("Door Dash", "en", None),
        ("Di notte", "it", None),
    ],
    ids=["door_nl", "av_sv", "di_it", "door_english_word", "di_prose"],
)
def test_ambiguous_cues_follow_language(
    line: str, language: str, authors: tuple[str, ...] | None
) -> None:
    found = find_byline(
        ["A headline of some length here", line], headline_index=0, language=language
    )
    assert (found.authors if found else None) == authors


SEED_TOP = [
    "Home / World News / In first call with Russia's defence minister, US counterpart seeks "
    "'immediate' Ukraine ceasefire",
    "world news",
    "In first call with Russia's defence minister, US counterpart seeks 'immediate' Ukraine "
    "ceasefire",
    "Ukraine war: In a telephonic conversation with Russian defence minister Sergei Shoigu, US "
    "defence secretary Lloyd Austin also laid stress on the importance of maintaining lines of "
    "communication.",
    "US Secretary of Defense Lloyd Austin.(Reuters)",
    "Published on May 13, 2022 09:16 PM IST",
    "ByHT News Desk | Written by Aryan Prakash",
    "US Defence Secretary Lloyd Austin on Friday spoke to his Russian counterpart Sergei Shoigu, "
    "calling for an immediate ceasefire in war-hit Ukraine, news agency Reuters reported.",
]


def test_find_byline_on_seed_page() -> None:
    found = find_byline(SEED_TOP, headline_index=2)  # the lines as the pipeline passes them
    assert found is not None
    assert (found.byline, found.authors, found.index) == (
        "HT News Desk | Written by Aryan Prakash",
        ("Aryan Prakash",),
        6,
    )


@pytest.mark.parametrize(
    ("lines", "authors", "index", "end_index"),
    [
        (
            [
                "Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Play",
                "By",
                "Sarah E. Needleman",
                "Sarah E. Needleman",
                "Nov. 19, 2019 8:03 am ET",
            ],
            ("Sarah E. Needleman",),
            1,
            2,
        ),
        (
            [
                "PG&E begins new mass power shutoff over fire danger",
                "JANIE HAR",
                "Nov. 20, 2019 Updated: Nov. 20, 2019 1:35 a.m.",
            ],
            ("Janie Har",),
            1,
            None,
        ),
        (
            [
                "Beijing tariff demands may expand US-China trade deal",
                "X Share via",
                "Reuters, Washington,",
                "Nov 20 2019, 11:06am ist",
            ],
            ("Reuters",),
            2,
            None,
        ),
        (
            [
                "Wir sind dann mal weg (und dieser Titel muss auch weg! Oder?)",
                "Ronja Beck",
                "/ 16.11.2018, 03:00 Uhr",
            ],
            ("Ronja Beck",),
            1,
            None,
        ),
        (
            [
                "T-Swift is beefing with The Carlyle Group",
                "Author:",
                "The Water Coolest",
                "Publish date:",
                "Nov 18, 2019",
            ],
            ("The Water Coolest",),
            1,
            2,
        ),
        (
            [
                "Tagung: Institutionen revolutionärer Macht",
                "28. Januar 2015 karstenruppert Schreibe einen Kommentar",
            ],
            ("karstenruppert",),
            1,
            None,
        ),
        (
            [
                "La Agenda: Las pistas que dejó la cuenta pública",
                "Isabel Caro, Rocío Latorre y José Miguel Wilson",
            ],
            ("Isabel Caro", "Rocío Latorre", "José Miguel Wilson"),
            1,
            None,
        ),
    ],
    ids=[
        "by_alone",
        "capitals_then_date",
        "agency_city",
        "name_then_date",
        "author_label",
        "date_then_user",
        "names_list_under_headline",
    ],
)
def test_find_byline_multi_line(
    lines: list[str], authors: tuple[str, ...], index: int, end_index: int | None
) -> None:
    found = find_byline(lines, headline_index=0)
    assert found is not None
    assert (found.authors, found.index, found.end_index) == (authors, index, end_index)


@pytest.mark.parametrize(
    "lines",
    [
        ["Storm batters coast", "Most Popular", "Nov 19, 2019"],
        ["Storm batters coast", "Hamburg, 2. November 2021"],
        ["Storm batters coast", "Data: 28-04-2021, 09:29"],
        ["Storm batters coast", "Reuters", "Storm clouds gathered over the coast on Monday."],
        ["Storm batters coast", "Noah Berger / AP"],
        [
            "Storm batters coast",
            "Para",
            "Leer",
            "Más",
            "Isabel Caro, Rocío Latorre y José Miguel Wilson",
        ],
    ],
    ids=[
        "nav_then_date",
        "dateline_city",
        "date_label",
        "agency_photo_credit",
        "slash_credit",
        "names_list_far_down",
    ],
)
def test_find_byline_rejects_look_alikes(lines: list[str]) -> None:
    assert find_byline(lines, headline_index=0) is None
