"""Byline finder and author splitter.

Lines are copied from the evaluation corpus (dev/ is the Scrapinghub article-extraction benchmark,
MIT; trafilatura-eval/ the trafilatura project's evaluation set, Apache-2.0; seed/ a
hindustantimes.com page); a few are made up to pin one rule and say so.
"""

from __future__ import annotations

import pytest

from newsclean.extract.byline.find import find_byline, is_byline_line, split_authors
from newsclean.extract.byline.names import normalise_capitals

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
        (
            [
                "„Arschloch“: Danni Büchner und Ennesto Monté trennen sich",
                "16. März 2021",
                "Liebes-Aus bei Danni Büchner und Ennesto Monté! Der 46-Jährige hat die Trennung"
                " auf Instagram bestätigt. Alle Hintergründe dazu hier",
                "Steven Salentin",
                "Mitglied der Tonight News-Redaktion",
            ],
            ("Steven Salentin",),
            3,
            None,
        ),
        (
            [
                "Gigantic Chinese telescope opens to astronomers worldwide",
                "FAST has superior sensitivity to detect cosmic phenomena, including fast radio"
                " bursts and pulsars.",
                "Elizabeth Gibney",
                "Search for this author in:",
            ],
            ("Elizabeth Gibney",),
            2,
            None,
        ),
        (
            [
                "Rezoning plan plagues Bronx city councilmember's re-election bid",
                "By",
                "David Brand",
                "and",
                "Ramsey Khalifeh",
                "Published Nov 8, 2023",
            ],
            ("David Brand", "Ramsey Khalifeh"),
            1,
            4,
        ),
        (
            [
                "Siemens und die Kohlemine Adani",
                "13. 1. 2020",
                "Kommentar von",
                "Ingo Arzt",
                "Redakteur für Wirtschaft und Umwelt",
            ],
            ("Ingo Arzt",),
            2,
            3,
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
        "name_over_newsroom_role",
        "name_over_author_search",
        "names_joined_over_lines",
        "genre_cue_alone",
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
        ["Storm batters coast", "Weitere Artikel", "Letters to the Editor"],
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
        "menu_over_editor_link",
        "names_list_far_down",
    ],
)
def test_find_byline_rejects_look_alikes(lines: list[str]) -> None:
    assert find_byline(lines, headline_index=0) is None


# Lines the body filter (structure.byline_stamp) must keep: a byline needs a cue or a name
# vouched for by a dated stamp, a title or a handle, not a date before capitalised words.
NOT_BYLINE_LINES = [
    ("June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL", "tour_date_venue"),
    ("June 10 -- MIDFLORIDA Credit Union Amphitheatre, Tampa, FL", "tour_date_capitals"),
    ("June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre", "tour_date_city"),
    ("2 décembre 2019 : Reportage JT 13 heures de France 2", "dated_list_item"),
    ("2020 VW ID.3 official as Volkswagen bets on electric", "year_then_headline"),
    ("Vergangene WM-Stände (vor 2022)", "aside_with_year"),
    ("Akzeptieren Google AdManager", "cookie_table_glued_word"),
    ("Kurs Stand Oktober 2013: 1 Singapur Dollar = 0,59 Euro", "stand_as_of"),
]


@pytest.mark.parametrize(
    "line", [c[0] for c in NOT_BYLINE_LINES], ids=[c[1] for c in NOT_BYLINE_LINES]
)
def test_is_byline_line_keeps_article_lines(line: str) -> None:
    assert not is_byline_line(line)


# Bylines as renderers and browser copies print them: glued words, handles, stamp cues.
STAMPED_BYLINES = [
    ("2019-11-20 17:27:46 Marcus De Guzman", ("Marcus De Guzman",), "iso_time_then_name"),
    ("21. Jan 2022 // Dominik Ricker", ("Dominik Ricker",), "german_date_then_name"),
    ("Evgenia Karp Zuletzt geändert am 06.11.2023", ("Evgenia Karp",), "name_then_stamp_cue"),
    ("Keris Lahiff@kerisalison", ("Keris Lahiff",), "glued_handle"),
    ("Marcus De GuzmanView More Articles", ("Marcus De Guzman",), "glued_widget"),
    ("By Meg JamesStaff Writer", ("Meg James",), "glued_title_after_cue"),
    ("By Michael HiltzikBusiness Columnist", ("Michael Hiltzik",), "glued_columnist"),
    ("By Chris Pokorny@DawgsByNature Nov 18, 2019, 11:47am EST", ("Chris Pokorny",), "glued_at"),
    ("Author:The Water CoolestPublish date:Nov 18, 2019", ("The Water Coolest",), "glued_label"),
    ("Gespeichert von rasos am 24. Juli 2017 - 18:55", ("rasos",), "gespeichert_von"),
    ("Eingestellt von Weinlachgummi um 10:52", ("Weinlachgummi",), "eingestellt_von"),
]


@pytest.mark.parametrize(
    ("line", "authors"), [b[:2] for b in STAMPED_BYLINES], ids=[b[2] for b in STAMPED_BYLINES]
)
def test_stamped_bylines(line: str, authors: tuple[str, ...]) -> None:
    assert is_byline_line(line)
    found = find_byline(["A headline of some length here", line], headline_index=0)
    assert found is not None
    assert found.authors == authors


# Pages whose headline was not found where the byline is: the published date's line anchors.
# Each case: lines, headline_index, date_index, expected authors (empty: nothing to take).
BY_DATE = [
    (
        [
            "Science",
            "Security",
            "Transportation",
            "Molly Wood",
            "Ideas",
            "11.14.2019 09:00 AM",
            "The Future of Banking Is … You're Broke",
        ],
        None,
        5,
        ("Molly Wood",),
        "name_section_date",
    ),
    (
        [
            "BREAKING NEWS: Chelsea Activate £71.6m Release Clause",
            "LinkNaija",
            "August 08, 2018",
            "Chelsea have this morning paid the £71.6million fee to the Spanish league",
        ],
        3,
        2,
        ("LinkNaija",),
        "user_name_over_date",
    ),
    (
        [
            "BLACK DEATH FEARS",
            "Debbie White",
            "18 Nov 2019, 19:09",
            "Updated: 18 Nov 2019, 19:11",
            "A HUNTER who killed and ate a wild rabbit in China has been hit by the deadly plague.",
        ],
        None,
        3,
        ("Debbie White",),
        "name_two_dates",
    ),
    (
        [
            "Zverev zieht ins Viertelfinale von Montpellier ein",
            "Redaktion",
            "am 3. Februar 2022 um 21:17",
            "Montpellier (SID) – Tennis-Olympiasieger Alexander Zverev",
        ],
        None,
        2,
        ("Redaktion",),
        "desk_over_date",
    ),
    (
        [
            "Anti-A100-Aktivist Tobias Trommer: „Es wird Zeit, dass Clubs Verantwortung übernehmen”",  # noqa: E501 (a real line, kept whole)
            "Charlotte Elsen",
            "—",
            "31. Oktober 2023",
        ],
        None,
        3,
        ("Charlotte Elsen",),
        "name_dash_date",
    ),
    (
        ["5 Kommentare", "Weitere", "schließen", "04.05.20 14:50", "Nordkorea"],
        None,
        3,
        (),
        "close_button_over_date",
    ),
    (
        [
            "Time limit is exhausted. Please reload CAPTCHA.",
            "Nächste Vorherige",
            "17.11.19",
            "Abgelegt in: Blogposts, News, Slider, Uncategorized",
        ],
        None,
        2,
        (),
        "pager_over_date",
    ),
    (
        [
            "Hamberger, J. (2021): Der Holländerholzhandel. LWF aktuell 131, S. 34 – 36.",
            "Online-Version",
            "21.01.2022",
            "Download:",
        ],
        None,
        2,
        (),
        "link_over_date",
    ),
    (
        [
            "Music",
            "June 9, 2019",
            "The Doobie Brothers Unite With Michael McDonald for 50th Anniversary Tour",
        ],
        None,
        1,
        (),
        "headline_under_date",
    ),
]


@pytest.mark.parametrize(
    ("lines", "headline_index", "date_index", "authors"),
    [c[:4] for c in BY_DATE],
    ids=[c[4] for c in BY_DATE],
)
def test_find_byline_by_date(
    lines: list[str], headline_index: int | None, date_index: int, authors: tuple[str, ...]
) -> None:
    found = find_byline(lines, headline_index=headline_index, date_index=date_index)
    assert (found.authors if found else ()) == authors


BIO_PAGE = [
    "Why My Friend Became a Grocery Store on Instagram",
    "I changed my personal Instagram profile, which I started in 2013, into a professional one"
    " several weeks ago.",
    "🏃🏽‍♀️ Want the best tools to get healthy? Check out our Gear team’s picks for the best"
    " fitness trackers, running gear (including shoes and socks), and best headphones.",
    "Louise Matsakis is a Staff Writer at WIRED covering Amazon, security, and online platforms."
    " She was formerly an editor at Motherboard, VICE's science and technology site.",
    "Staff Writer",
]


def test_a_page_signed_nowhere_else_is_signed_by_its_author_bio() -> None:
    found = find_byline(BIO_PAGE, headline_index=0)
    assert found is not None
    assert (found.authors, found.index, found.rule) == (("Louise Matsakis",), 3, "author_bio")


def test_a_bio_does_not_outrank_the_byline_under_the_headline() -> None:
    page = [BIO_PAGE[0], "By Jane Doe", *BIO_PAGE[1:]]
    found = find_byline(page, headline_index=0)
    assert found is not None
    assert found.authors == ("Jane Doe",)


# A personal site that signs only in its footer: the holder "by" whom the site is made.
COPYRIGHT_PAGE = [
    "tmux: Fenster teilen",
    "Mit tmux lassen sich Terminalfenster in mehrere Bereiche teilen, die man nebeneinander nutzt.",
    "Next post",
]


@pytest.mark.parametrize(
    ("footer", "authors"),
    [
        (
            "Archive – RSS – Impressum – Datenschutz – 2009-2020 by Florian Posdziech – Powered by"
            " Nikola",
            ("Florian Posdziech",),
        ),
        ("(Creative Commons-Lizenz) 2006-2008 by Martin Weber", ("Martin Weber",)),
        (
            "Webdesign und alle Inhalte © by Ralf Glaser | All Rights Reserved | Impressum",
            ("Ralf Glaser",),
        ),
        # without "by" the holder is as often a company: no author
        ("© 2019 Hearst Communications, Inc.", ()),
        ("Copyright ©2020 Jagran Prakashan Limited.", ()),
        ("© 2009-2012 Jonathan Krase. Impressum & Datenschutz Proudly powered by WordPress", ()),
        # "by" a theme or a host is not the site's author
        ("Copyright © 2016 Jeongdong Theater. All rights reserved. - Enfold Theme by Kriesi", ()),
        ("Hosted by Net-Housting - Theme by dimido", ()),
    ],
)
def test_a_page_signed_nowhere_else_is_signed_by_its_copyright_holder(
    footer: str, authors: tuple[str, ...]
) -> None:
    found = find_byline([*COPYRIGHT_PAGE, footer], headline_index=0)
    assert (found.authors if found else ()) == authors
    if found:
        assert found.rule == "copyright_holder"


def test_the_copyright_holder_does_not_outrank_a_byline() -> None:
    page = [COPYRIGHT_PAGE[0], "Von Florian Posdziech", *COPYRIGHT_PAGE[1:], "2020 by Jane Doe"]
    found = find_byline(page, headline_index=0)
    assert found is not None
    assert (found.authors, found.rule) == (("Florian Posdziech",), "cue")


@pytest.mark.parametrize(
    "line",
    [
        "Author information",  # a section heading on a journal page
        "Author affiliations",
    ],
)
def test_a_noun_cue_without_its_colon_heads_a_section(line: str) -> None:
    assert find_byline(["Cyclosporine in drug reaction", line, "Affiliations"]) is None


def test_a_noun_cue_with_a_capitalised_name_is_a_byline() -> None:
    found = find_byline(["Heulage: Besser als ihr Ruf?", "Autor Sarah Schnieder"], headline_index=0)
    assert found is not None and found.authors == ("Sarah Schnieder",)


def test_a_label_over_a_label_is_not_a_name() -> None:
    # a petition page: "Auteur :" then "Auteur(s) :" then a group no name parser reads
    page = [
        "Pétition soutenue par un Super contributeur",
        "Auteur :",
        "Auteur(s) :",
        "Les Membres du Choeur de Radio France",
    ]
    assert find_byline(page) is None


def test_a_label_over_a_label_reads_the_names_under_both() -> None:
    page = ["Pétition pour le climat", "Auteur :", "Auteur(s) :", "Marie Dupont"]  # made up
    found = find_byline(page, headline_index=0)
    assert found is not None
    assert (found.authors, found.end_index) == (("Marie Dupont",), 3)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # inscriptis prints the name and the date of an author box without a space
        ("Shana Nys DambrotNovember 6, 2023", ("Shana Nys Dambrot",)),
        ("Nicole Collignon22. Februar 2020", ("Nicole Collignon",)),
        # the gendered label, with and without its colon, after an update stamp
        ("STAND 21.4.2021 , 16:41 Uhr AUTOR/IN Julius Richter", ("Julius Richter",)),
        ("AUTOR/IN: Julius Richter", ("Julius Richter",)),
    ],
)
def test_glued_dates_and_gendered_labels(line: str, authors: tuple[str, ...]) -> None:
    found = find_byline(["Volleyball: Friedrichshafen im Finale", line], headline_index=0)
    assert found is not None and found.authors == authors


@pytest.mark.parametrize("line", ["iPhone12 Pro Max im Test", "Autor/in information"])
def test_what_only_looks_glued_is_no_byline(line: str) -> None:
    assert find_byline(["Volleyball: Friedrichshafen im Finale", line], headline_index=0) is None


def test_a_bulleted_date_taken_out_still_vouches_for_the_name_under_it() -> None:
    from newsclean.api import clean

    page = "\n".join(
        [
            "Remote Support mit Smart Glasses – AR-Kundenservice der Zukunft",
            "",
            "            * 25. Juli 2019",
            "            * Isabella Beyer",
            "            * Blogartikel , Digitalisierung",
            "",
            "Smart Glasses verändern den Kundenservice: Techniker sehen, was der Kunde sieht, und"
            " helfen aus der Ferne, ohne dass jemand anreisen muss. Das spart Zeit und Geld.",
        ]
    )
    assert clean(page).authors == ("Isabella Beyer",)


def test_two_stamps_glued_before_the_cue_are_read_apart() -> None:
    line = "Posted on Freitag, 15. April 2016Samstag, 4. März 2017 by LD"  # inscriptis, a blog
    found = find_byline(["Was ist der Unterschied?", line], headline_index=0)
    assert found is not None and found.authors == ("LD",)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # a blog theme's stamp, "@" before the time and "//" before the cue
        ("22. Januar 2020 @ 18:13 // Autor: c1ph4 // ~ Lesezeit: 1 Minute", ("c1ph4",)),
        ("Nov 18, 2019 | by Joe Rossignol", ("Joe Rossignol",)),
    ],
)
def test_a_cue_after_a_stamp_and_its_separator(line: str, authors: tuple[str, ...]) -> None:
    found = find_byline(["Makrophotos von Insekten", line], headline_index=0)
    assert found is not None and found.authors == authors


def test_a_cue_after_prose_and_a_separator_is_no_byline() -> None:
    lines = ["Storm", "The storm hit hard // by the time it was over"]
    assert find_byline(lines, headline_index=0) is None


def test_a_desk_signing_under_the_date_under_the_headline() -> None:
    page = [
        "Studen BE - A6 nach tödlichem Unfall für mehrere Stunden gesperrt",
        "06.11.2023 | 14:10",
        "Redaktion Polizeiticker Schweiz",
        "Nächster ❯",
    ]
    found = find_byline(page, headline_index=0)
    assert found is not None
    assert (found.authors, found.rule) == (("Redaktion Polizeiticker Schweiz",), "desk_line")


def test_a_menu_word_under_the_date_is_no_desk() -> None:
    page = ["Studen BE - A6 nach Unfall gesperrt", "06.11.2023 | 14:10", "Startseite", "Nächster"]
    assert find_byline(page, headline_index=0) is None


def test_empty_bullets_between_a_name_and_its_date_are_stepped_over() -> None:
    # inscriptis prints a list's empty items as lone bullets
    page = [
        "Bianca Praetorius",
        "*",
        "*",
        "2. Okt. 2022",
        "Das Dating-Dilemma erfolgreicher Frauen",
        "Unter meinen Freundinnen ist es längst der Normalzustand: Wir feiern uns gegenseitig.",
    ]
    found = find_byline(page, headline_index=4, date_index=3)
    assert found is not None and found.authors == ("Bianca Praetorius",)


def test_a_co_author_continued_on_the_next_line() -> None:
    page = [
        "This County Criminalized Students for Bad Grades – Until Now",
        "Sarah Hinger, Staff Attorney, ACLU Racial Justice Program",
        "& Sylvia Torres-Guillén, Director of Education Equity, ACLU Foundations of California",
        "July 25, 2019 | 11:15 PM",
    ]
    found = find_byline(page, headline_index=0)
    assert found is not None
    assert found.authors == ("Sarah Hinger", "Sylvia Torres-Guillén")
    assert found.end_index == 2


def test_a_sentence_after_and_is_no_co_author() -> None:
    page = [
        "This County Criminalized Students for Bad Grades – Until Now",
        "Sarah Hinger, Staff Attorney, ACLU Racial Justice Program",
        "and the school district agreed to end the practice after years of complaints.",
    ]
    found = find_byline(page, headline_index=0)
    assert found is not None
    assert found.authors == ("Sarah Hinger",)


def test_a_name_vouched_by_the_job_title_under_it() -> None:
    page = [
        "Trauernetz wird zehn Jahre alt",
        "trauernetz.de ist eine Kooperation der Evangelischen Landeskirche in Baden.",
        "Alexandra Weber",
        "Stellvertretende Pressesprecherin und Bereichsleitung Presse und Öffentlichkeitsarbeit",
    ]
    found = find_byline(page, headline_index=0)
    assert found is not None
    assert (found.authors, found.index) == (("Alexandra Weber",), 2)


def test_a_name_over_a_sentence_that_opens_with_a_title_word_is_no_byline() -> None:
    # made up: a sub-heading over a paragraph that starts with a job title's word
    page = [
        "Trauernetz wird zehn Jahre alt",
        "Neue Angebote",
        "Director Jane Campion said at the opening that the festival would go on this year and"
        " that tickets would be sold online only, for the first time in its history.",
    ]
    assert find_byline(page, headline_index=0) is None


def test_a_site_signing_between_its_headline_and_its_date() -> None:
    page = [
        "Digitale ID-Diktat: UN und Gates-Stiftung setzen auf totale Kontrolle!",
        "uncut-news.ch",
        "November 6, 2023",
        "Geheimdienste/NSA/Überwachung/BigData",
    ]
    found = find_byline(page, headline_index=0, date_index=2)
    assert found is not None
    assert (found.authors, found.rule) == (("uncut-news.ch",), "site_by_date")


def test_a_site_address_away_from_the_headline_is_no_byline() -> None:
    page = [
        "Digitale ID-Diktat: UN und Gates-Stiftung setzen auf totale Kontrolle!",
        "Geheimdienste/NSA/Überwachung/BigData",
        "uncut-news.ch",
        "November 6, 2023",
    ]
    assert find_byline(page, headline_index=0, date_index=3) is None


# A sidebar's list of posts under the headline: the same name under each date.
POST_LIST = [
    "How to Grow a Lemon Tree from Seed | Step-by-Step Guide",
    "Recent Posts",
    "October 30, 2020 Kate May",
    "ZZ Plant Care: A Complete Guide",
    "Read More",
    "October 28, 2020 Kate May",
]


def test_dated_names_in_a_list_of_posts_are_no_byline() -> None:
    assert find_byline(POST_LIST, headline_index=0, date_index=2) is None


def test_one_dated_name_under_the_headline_is_a_byline() -> None:
    found = find_byline(POST_LIST[:3], headline_index=0, date_index=2)
    assert found is not None
    assert found.authors == ("Kate May",)


def test_a_list_of_names_over_a_date_above_the_headline() -> None:
    page = [
        "Isabel Caro, Rocío Latorre y José Miguel Wilson",
        "Hace 13 horas",
        "Tiempo de lectura: 8 minutos",
        "Izkia Siches y Manuel Monsalve en el Congreso",
    ]
    found = find_byline(page, headline_index=3)
    assert found is not None
    assert found.authors == ("Isabel Caro", "Rocío Latorre", "José Miguel Wilson")


def test_one_name_over_a_date_above_the_headline_may_be_a_section() -> None:
    page = ["Digital Life", "05/08/2019", "Lyft macht weiter hohe Verluste"]
    assert find_byline(page, headline_index=2) is None


def test_a_search_form_is_no_cue() -> None:
    page = ["Raubfisch-Rute im Test", "Nur Titel durchsuchen", "Von:", "Filter Suche"]
    assert find_byline(page, headline_index=0) is None


def test_a_name_is_freed_of_the_site_name_the_page_prints_alone() -> None:
    page = [
        "Reiterrevue International",
        "Heulage: Besser als ihr Ruf?",
        "Veröffentlicht am 03.02.2022 von Sarah Schnieder Reiterrevue International",
    ]
    found = find_byline(page, headline_index=1)
    assert found is not None
    assert found.authors == ("Sarah Schnieder",)


def test_a_label_repeated_beside_a_list_of_dates_is_no_byline() -> None:
    page = [
        "Lawinensituation",
        "WoB 14.-20. Januar",
        "WoB 07.-13. Januar",
        "WoB 31. Dezember 2021-06. Januar 2022",
        "WoB 24.-30. Dezember",
    ]
    assert find_byline(page, headline_index=0, date_index=3) is None


def test_a_menu_of_ways_to_browse_is_no_byline() -> None:
    page = [
        "Chicken Tikka Masala",
        "By Course or Type",
        "Ramadan Recipes",
        "By Method",
        "By Product",
        "Healthy Eating",
    ]
    assert find_byline(page, headline_index=0) is None


def test_one_word_after_the_cue_is_a_byline_unless_a_list_repeats_the_cue() -> None:
    post = ["Geht ohne guten Sex die Beziehung kaputt?", "von Anton692 um 21:02"]
    found = find_byline([*post, "Kein Sex in der Partnerschaft seit 3 Jahren."], headline_index=0)
    assert found is not None
    assert found.authors == ("Anton692",)
    listed = [*post, "Kein Sex in der Partnerschaft seit 3 Jahren.", "von Mona_Lisa um 20:15"]
    assert find_byline(listed, headline_index=0) is None


@pytest.mark.parametrize(
    "lines",
    [
        ["Wie schreibt man einen Brief?", "Unsere Umfrage", "12.03.2021"],
        ["Camping boomt", "PAID CONTENT", "12.03.2021"],
        ["Sicherheit von KI-Systemen", "Ort Saarbrücken", "12.03.2021"],
        ["Die besten Bücher", "Unknown", "10. September 2017 um 18:12"],
    ],
    ids=["survey", "paid_content", "place_label", "unknown_commenter"],
)
def test_labels_over_a_date_are_no_names(lines: list[str]) -> None:
    assert find_byline(lines, headline_index=0, date_index=2) is None


def test_a_byline_under_another_copy_of_the_headline_is_read() -> None:
    page = [
        "Szene-News",
        "Strava-Karten ab sofort mit mehr Infos",
        "Stefan Loibl",
        "• Publiziert vor einer Stunde",
        "Strava wertet mit einem Update sein Routen-Tool auf.",
        "Noch mehr aus der Rubrik \"Szene-News\"",
        "Strava-Karten ab sofort mit mehr Infos",
        "26.01.2022 Strava wertet mit einem Update sein Routen-Tool auf.",
    ]
    found = find_byline(page, headline_index=6, date_index=7)
    assert found is not None
    assert (found.authors, found.index) == (("Stefan Loibl",), 2)
    # the copy alone, with no name under it, gives nothing
    assert find_byline([*page[:2], *page[3:]], headline_index=5, date_index=6) is None
