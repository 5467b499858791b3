"""Tests for the date extractor.

Lines are real lines of the evaluation corpus (dev/, htmldate-eval/, trafilatura-eval/, the seed
page), copied here so that the tests run without the corpus.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from newsclean import clean
from newsclean.extract.date.find import Dates, find_dates, is_date_line, parse_date
from newsclean.extract.date.page import dated_lines

# Whole pages shared by the tests of several extractors, one line per line.
PAGES = Path(__file__).parent / "pages"

NOV_20 = datetime.date(2019, 11, 20)


def values(text: str, **kwargs: object) -> list[str]:
    return [iso for iso, _rule, _start, _end in parse_date(text, **kwargs)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published on May 13, 2022 09:16 PM IST", "2022-05-13T21:16:00+05:30"),
        ("Updated : 19 November 2019, 09:01 AM", "2019-11-19T09:01:00"),
        ("Nov. 19, 2019 8:03 am ET", "2019-11-19T08:03:00-05:00"),
        ("2019-11-19T07:03:25+00:00", "2019-11-19T07:03:25+00:00"),
        ("Tuesday 19 November 2019 14.32 GMT", "2019-11-19T14:32:00+00:00"),
        ("Dienstag, 19.11.2019, 14:32 Uhr", "2019-11-19T14:32:00"),
        ("Von Claudia Riedler 19. Oktober 2019 00:04 Uhr", "2019-10-19T00:04:00"),
        ("Erhverv - 02. januar 2020 kl. 10:21", "2020-01-02T10:21:00"),
        ("Chris Davies - Nov 19, 2019, 10:31 pm CST", "2019-11-19T22:31:00-06:00"),
        ("November 8, 2023 at 6:09 p.m.", "2023-11-08T18:09:00"),
        ("11.14.2019 09:00 AM", "2019-11-14T09:00:00"),
        ("Kompas.com - 02/11/2023, 21:34 WIB", "2023-11-02T21:34:00+07:00"),
        ("miércoles, 4 de mayo de 202207:59 hs", "2022-05-04T07:59:00"),
        ("Blog entry by Annisa Rahmawati | 28 April, 2017", "2017-04-28"),
        ("19 ноября 2019 г.", "2019-11-19"),
        ("Opublikowano: 19 listopada 2019", "2019-11-19"),
        ("Wochenbericht 14. - 20. Januar 2022", "2022-01-20"),
        ("2019年11月19日", "2019-11-19"),
        ("입력 2019년 11월 19일 08:03", "2019-11-19T08:03:00"),
        # a superscript ordinal parted from its day by the renderer
        ("Dec 21 st, 2018 2:00 pm | Comments", "2018-12-21T14:00:00"),
        ("21 st December 2018", "2018-12-21"),
        # Arabic: Egypt's month names, the Levant's beside them, Arabic-Indic digits, ص / م
        ("الإثنين، 24 أغسطس 2020 09:56 ص", "2020-08-24T09:56:00"),
        ("القاهرة: الأربعاء، 07 أكتوبر 2020 12:19 م", "2020-10-07T12:19:00"),
        ("تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً", "2020-04-24T21:22:00"),
        ("11 شوال 1441هـ - 03 يونيو 2020م", "2020-06-03"),  # the lunar Hijri date is not read
        ("٢٤ أغسطس ٢٠٢٠", "2020-08-24"),
        # Persian: the Solar Hijri calendar, in Persian or Arabic letters and digits, ق.ظ / ب.ظ
        ("۲۹ بهمن ۱۳۹۸ - ۰۶:۵۵", "2020-02-18T06:55:00"),
        ("يکشنبه ۲۱ ارديبهشت ۱۳۹۹", "2020-05-10"),
        ("2 تير 1399 - 12:09:08 ب.ظ", "2020-06-22T12:09:08"),
    ],
    ids=lambda v: v if len(v) < 30 else v[:30],
)
def test_formats_read_to_exact_iso(text: str, expected: str) -> None:
    assert values(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("July 4, 2019 at 10:00 am ET", "2019-07-04T10:00:00-04:00"),  # summer: EDT
        ("Dec. 4, 2019 at 10:00 am ET", "2019-12-04T10:00:00-05:00"),  # winter: EST
        ("March 8, 2020 3:00 pm ET", "2020-03-08T15:00:00-04:00"),  # the day DST began
        ("Aug. 18, 2020 4:17 pm EST", "2020-08-18T16:17:00-05:00"),  # EST is standard time
        ("20 Nov 2019 08:02 GMT", "2019-11-20T08:02:00+00:00"),
        ("19 July 2019 14:32 BST", "2019-07-19T14:32:00+01:00"),
        ("19.11.2019 14:32 MEZ", "2019-11-19T14:32:00+01:00"),
        ("19 January 2020 9:00 AEDT", "2020-01-19T09:00:00+11:00"),
        ("19 July 2020 9:00 AEST", "2020-07-19T09:00:00+10:00"),
        ("Nov 19, 2019 10:00 GMT+5:30", "2019-11-19T10:00:00+05:30"),
    ],
    ids=lambda v: v if len(v) < 30 else v[:30],
)
def test_zone_offsets_follow_the_date(text: str, expected: str) -> None:
    assert values(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Version 2.0 of 12 files",
        "Windows 10 2019 update",
        "Call 555-12-2019",
        "Mehr als 3000 Coronaviren",
        "Nationalratswahl 2019",
        "Open days: May 1 Street 2019 festival",
        "Room 12 Floor 1400",  # a Solar Hijri year needs a Solar Hijri month
        "Meeting 12 Nov / Paris 2019",  # a second month name after a slash must be one
        "11 شوال 1441هـ",  # the lunar Hijri calendar is not read
        "31 مهر 1399",  # Mehr has 30 days
    ],
)
def test_not_dates(text: str) -> None:
    assert parse_date(text) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("19/11/2019", None, ["2019-11-19"]),  # a part above 12 settles it
        ("11/19/2019", None, ["2019-11-19"]),
        ("03/04/2019", None, []),  # either: left out
        ("03/04/2019", "de", ["2019-04-03"]),  # languages other than English write day first
        ("Miércoles, 06/05/2020", None, ["2020-05-06"]),  # the weekday settles it
        ("Updated 11/8/2023 10:46 PM ET", None, ["2023-11-08T22:46:00-05:00"]),  # a US zone
        ("05/05/2019", None, ["2019-05-05"]),  # both readings agree
    ],
)
def test_ambiguous_numeric_dates(text: str, language: str | None, expected: list[str]) -> None:
    assert values(text, language=language) == expected


def test_page_evidence_settles_day_month_order() -> None:
    lines = ["Storm hits the coast", "03/04/2019", "Comments", "Jane, 13/04/2019"]
    assert find_dates(lines, headline_index=0).published.value == "2019-04-03"  # type: ignore[union-attr]


def test_ambiguous_date_is_skipped_with_a_warning() -> None:
    lines = ["Storm hits the coast", "By Giovanni Gaggero | 12/10/2020"]
    found = find_dates(lines, headline_index=0)
    assert found.published is None
    assert found.warnings == ("day/month order ambiguous: 12/10/2020 skipped",)


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        ("Published 1 day ago", NOV_20, ["2019-11-19"]),
        ("3 hours ago", NOV_20, ["2019-11-20"]),
        ("vor 2 Stunden", NOV_20, ["2019-11-20"]),
        ("vor 3 Tagen", NOV_20, ["2019-11-17"]),
        ("il y a 2 semaines", NOV_20, ["2019-11-06"]),
        ("2 giorni fa", NOV_20, ["2019-11-18"]),
        ("een uur geleden", NOV_20, ["2019-11-20"]),
        ("Opublikowano 2 dni temu", NOV_20, ["2019-11-18"]),
        ("3 часа назад", NOV_20, ["2019-11-20"]),
        ("2 gün önce", NOV_20, ["2019-11-18"]),
        ("för 3 dagar sedan", NOV_20, ["2019-11-17"]),
        ("for 2 uker siden", NOV_20, ["2019-11-06"]),
        ("před 2 dny", NOV_20, ["2019-11-18"]),
        ("acum 3 zile", NOV_20, ["2019-11-17"]),
        ("منذ 3 ساعات", NOV_20, ["2019-11-20"]),
        ("Oggi fa 3 gradi in più", NOV_20, []),  # "fa" after a count that is no time unit
        ("5 Jahre Garantie vor Ort", NOV_20, []),
        ("Published 1 day ago", None, []),  # nothing to count back from
        ("vor 2 Stunden", None, []),
    ],
)
def test_relative_stamps_need_now(
    text: str, now: datetime.date | None, expected: list[str]
) -> None:
    assert values(text, now=now) == expected


def test_dates_after_now_are_not_published_dates() -> None:
    lines = ["Storm hits the coast", "Event: 19 December 2019", "Posted 19 November 2019"]
    found = find_dates(lines, now=NOV_20, headline_index=0)
    assert found.published is not None and found.published.value == "2019-11-19"


PAGE_TOP = [
    "Home / World News / In first call with Russia's defence minister",
    "world news",
    "In first call with Russia's defence minister, US counterpart seeks ceasefire",
    "US Secretary of Defense Lloyd Austin.(Reuters)",
]


@pytest.mark.parametrize(
    ("lines", "published", "updated", "cue"),
    [
        (
            [*PAGE_TOP, "Published on May 13, 2022 09:16 PM IST", "ByHT News Desk"],
            "2022-05-13T21:16:00+05:30", None, "published",
        ),
        (
            [*PAGE_TOP, "April 21, 2020 at 5:52 pm Updated April 22, 2020 at 7:07 am"],
            "2020-04-21T17:52:00", "2020-04-22T07:07:00", None,
        ),
        (
            [*PAGE_TOP, "Aktualisiert: 11.04.2020, 10:27", "44 Kommentare"],
            "2020-04-11T10:27:00", "2020-04-11T10:27:00", "updated",
        ),
        (
            [*PAGE_TOP, "Publicado: 06/05/2020 ·", "10:07", "Actualizado: 06/05/2020 · 10:07"],
            "2020-05-06", "2020-05-06T10:07:00", "published",
        ),
        (
            [*PAGE_TOP, "WASHINGTON, Nov 19 (Reuters) - The U.S. Senate on Tuesday passed a bill "
             "that would fund the government through Dec. 20, 2019, and avert a shutdown."],
            None, None, None,
        ),
        (
            [*PAGE_TOP, "Karlsruhe, (12.11.2021). Traditionell gedenken evangelische Christinnen "
             "und Christen am Ewigkeitssonntag ihrer verstorbenen Angehörigen."],
            "2021-11-12", None, "dateline",
        ),
        (
            [*PAGE_TOP, "(21. November 2022) Energieverbraucher erhalten eine Preiserhöhung nach "
             "der nächsten, Grundversorger lehnen neue Kunden ab.",
             "Seit dem 1. Oktober 2022 gilt für Erdgas sowie für Flüssiggas ein von 19 auf 7 "
             "Prozent reduzierter Umsatzsteuersatz."],
            "2022-11-21", None, "dateline",
        ),
        (
            [*PAGE_TOP, "(21. November 2022) erhielten die Energieverbraucher eine Preiserhöhung "
             "nach der nächsten, und Grundversorger lehnten neue Kunden ab."],
            None, None, None,
        ),
    ],
    ids=["published-cue", "published-then-updated", "updated-only", "publicado-actualizado",
         "date-in-sentence", "dateline", "bracketed-dateline", "bracketed-date-in-sentence"],
)
def test_cues(
    lines: list[str], published: str | None, updated: str | None, cue: str | None
) -> None:
    found = find_dates(lines, headline_index=2)
    assert (found.published.value if found.published else None) == published
    assert (found.updated.value if found.updated else None) == updated
    if found.published:
        assert found.published.cue == cue


def test_updated_needs_an_updated_cue() -> None:
    found = find_dates([*PAGE_TOP, "Chris Davies - Nov 19, 2019, 10:31 pm CST"], headline_index=2)
    assert found.updated is None
    assert found.published is not None and found.published.index == 4


@pytest.mark.parametrize(
    "lines",
    [
        ["© 2019 Condé Nast. All rights reserved. Use of this site constitutes acceptance of our "
         "User Agreement (updated 5/25/18) and Privacy Policy (updated 5/25/18)"],
        ["©2019 FOX News Network, LLC. All rights reserved."],
        ["Scooter Braun and Scott Borchetta pose for a photo at a private residence on June 28, "
         "2019 in Montecito, California. (Photo by Kevin Mazur/Getty Images for Ithaca Holdings)"],
        ["“It was, on March 3, 2019, that everything changed,” she said, adding that the board "
         "had known for weeks what the numbers would show."],
    ],
    ids=["copyright-with-updated", "copyright", "caption-sentence", "quoted-sentence"],
)
def test_no_publication_date(lines: list[str]) -> None:
    assert find_dates(lines) == Dates(None, None, ())


def test_header_banner_loses_to_the_stamp_under_the_headline() -> None:
    lines = [
        "Skip to content", "Thursday, November 9th 2023", "Digital Replica Edition", "Home Page",
        "Preps", "Colorado high school football playoffs: Chalk, toss-ups and upset alerts",
        "By Matt Schubert | mschubert@denverpost.com | The Denver Post",
        "November 8, 2023 at 6:09 p.m.",
    ]
    found = find_dates(lines, headline_index=5)
    assert found.published is not None and found.published.value == "2023-11-08T18:09:00"
    assert find_dates(lines).published.index == 7  # type: ignore[union-attr]


def test_comment_dates_lose_to_the_article_date() -> None:
    lines = [
        "So könnte das Netzwerk unter Windows 10 schneller werden",
        "16. Mai 2019 Markus Elsberger Netzwerk, Windows 2",
        "Mit Windows Vista wurde damals die sogenannte Autotuning Funktion eingeführt.",
        "Karl sagt:",
        "24. November 2019 um 17:53 Uhr",
    ]
    found = find_dates(lines, headline_index=0)
    assert found.published is not None and found.published.value == "2019-05-16"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published on May 13, 2022 09:16 PM IST", True),
        ("Updated: 19 November 2019, 09:01 AM", True),
        ("Nov. 19, 2019 8:03 am ET", True),
        ("Dienstag, 19.11.2019, 14:32 Uhr", True),
        ("Veröffentlicht am 5. November 2023, 14:09", True),
        ("Thursday, November 9th 2023", True),
        ("October 19, 2019 by IWB", True),
        ("The deal was signed on May 13, 2022 by both parties in Vienna.", False),
        ("© 2019 • GeneratePress", False),
        ("By Matt Schubert | mschubert@denverpost.com | The Denver Post", False),
        ("Nationalratswahl 2019", False),
        ("Chris Davies - Nov 19, 2019, 10:31 pm CST", False),
        # a stamp in parentheses is still a stamp, wherever the page prints it
        ("(Published Monday, Nov. 18, 2019)", True),
        ("Published: 19 November 2019 Updated: 20 November 2019", True),
        # two dates with no cue, the second later: an event's run, not a stamp
        ("29 November 2018 | 20 January 2019", False),
        ("Aktionszeitraum: 21.10.2019 – 27.10.2019", False),
        ("Mo. 15.11.2021 - Di. 16.11.2021", False),
        ("29 Jan 2014 - 17 Jul 2019", False),
        # digits outside 0-9 are digits: the stamp's digit test must not turn them away
        ("٢٤ أغسطس ٢٠٢٠", True),
        ("۲۹ بهمن ۱۳۹۸", True),
        # no digit at all: no stamp, whatever the words say
        ("Updated yesterday at noon", False),
        ("Published Tuesday", False),
    ],
)
def test_is_date_line(text: str, expected: bool) -> None:
    assert is_date_line(text) is expected


def test_embedded_post_dates_lose_to_the_stamp() -> None:
    lines = [
        "Amazon discounts MacBooks from $700, AirPods 2 with wireless case $150, more",
        "Trevor Daugherty",
        "Nov. 18th 2019 8:54 am PT",
        "@trevorjd14",
        "Facebook",
        "Monday’s best deals include various MacBook models from $700 at Amazon.",
        "The 9to5Mac BundleHunt delivers over 40 top apps from just $1 each by @trevorjd14",
        "— 9to5Mac.com (@9to5mac) November 4, 2019",
    ]
    found = find_dates(lines, headline_index=5)
    assert found.published is not None and found.published.value[:10] == "2019-11-18"


def test_latest_embedded_post_is_the_last_resort() -> None:
    lines = [
        "Twitter reacts to the Taylor Swift feud",
        "— Dianna E. Anderson (@diannaeanderson) November 18, 2019",
        "— tall glass of coquito (@_orabora) November 19, 2019",
        "— Governor Kristi Noem (@govkristinoem) November 18, 2019",
        "A post shared by Alejandra Guzmán (@laguzmanmx) on Feb 16, 2020 at 3:02pm PST",
    ]
    found = find_dates(lines, headline_index=0)
    assert found.published is not None and found.published.value[:10] == "2020-02-16"
    assert find_dates(lines[:4], headline_index=0).published.value == "2019-11-19"  # type: ignore[union-attr]


def test_plain_stamp_above_an_updated_stamp_is_published() -> None:
    lines = [
        "NewsBirmingham",
        "Bus lane cameras to catch drivers in 48 hour trial",
        "Jane Haynes Politics and Government Editor",
        "07:34, 3 NOV 2023",
        "Updated 09:52, 3 NOV 2023",
        "Cameras to be adapted using modern technology",
        "The scheme will run from 1 April 2023 to 31 March 2024",
    ]
    found = find_dates(lines, headline_index=4)
    assert found.published is not None and found.published.value == "2023-11-03T07:34:00"


def test_stamp_above_an_earlier_update_gets_no_bonus() -> None:
    lines = [
        "Tennis",
        "zuletzt bearbeitet: 04.02.2022, 08:27 Uhr",
        "Teaser",
        "04.02.2022, 09:55 Uhr",
        "zuletzt bearbeitet: 04.02.2022, 08:27 Uhr",
    ]
    found = find_dates(lines, headline_index=0)
    assert found.published is not None and found.published.value == "2022-02-04T08:27:00"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Menu", "Nov 19, 2019", "Page 2", "19/11/19", "HomeKit in iOS 13.2 for $1,599"], [1, 3]),
        (["Nationalratswahl 2019", "Version 2.0", "Mo. 15.11.2021"], [0, 2]),
        (["JRA 2020年07月12日"], [0]),
        (["۲۹ بهمن ۱۳۹۸", "کد خبر 987654", "٢٤ أغسطس ٢٠٢٠", "2 تير 1399"], [0, 2, 3]),
    ],
    ids=["year-and-pair", "decimal-skipped", "cjk", "persian-and-arabic-digits"],
)
def test_dated_lines_prefilter(lines: list[str], expected: list[int]) -> None:
    assert dated_lines(lines, relative=False) == expected


# The list's dates stand three lines apart; its last one falls under a section label that was
# taken for the headline.
TEASER_LIST = (PAGES / "teaser_list.txt").read_text(encoding="utf-8").splitlines()
# The article's stamp heads the run of dated lines that lists the site's other news.
STAMP_HEADING_A_LIST = [
    "News",
    "02.11.2021",
    "Die Haubenfahrzeuge der Nachkriegszeit - Teil 49",
    "Knapp sieben Jahrzehnte lang stand der Name Büssing für Lastkraftwagen in hervorragender "
    "Qualität.",
    "19.10.2021",
    "200.000 gelöste Korrekturen...",
    "genauer gesagt mittlerweile schon 200.702 gelöste Korrekturen seit dem 6. September 2009.",
    "18.10.2021",
    "Unterwegs in der Mitte Deutschlands (Teil 1)",
    "07.10.2021",
]


@pytest.mark.parametrize(
    ("lines", "headline_index", "expected"),
    [(TEASER_LIST, 19, "2019-11-20T13:42:00"), (STAMP_HEADING_A_LIST, 2, "2021-11-02")],
    ids=["last-item-is-a-teaser", "first-item-is-the-stamp"],
)
def test_runs_ofdated_lines(lines: list[str], headline_index: int, expected: str) -> None:
    found = find_dates(lines, headline_index=headline_index).published
    assert found is not None and found.value == expected


NATGEO_PAGE = [
    "Ravenous wild goats ruled this island for over a century. Now, it's being reborn. | "
    "National Geographic",
    "Environment",
    "Ravenous wild goats ruled this island for over a century. Now, it's being reborn.",
    "The rocky island of Redonda, once stripped of its flora and fauna by invasive species, makes "
    "an astonishingly quick comeback. What’s the secret to its recovery? Monday, 6 January 2020",
    "By Michael Hingston",
    "It takes four hours to sail to Redonda, but only two minutes of wandering around here before "
    "the first dragon appears.",
    "This tiny, secluded island in the Caribbean West Indies, an imposing piece of old volcano "
    "ringed by hundred-foot cliffs, is covered with bushes and knee-high grass that can obscure "
    "some of the unusual species that call it home.",
    "It wasn’t always this way. In fact, if you’d visited Redonda even five years ago—no easy "
    "feat, then or now—you’d have seen a place that locals from nearby Antigua had written off "
    "as a dying island.",
]


def test_stamp_closing_the_standfirst_is_read() -> None:
    # the standfirst step takes the line before the date step reads the page
    article = clean("\n\n".join(NATGEO_PAGE))
    assert article.description is not None and article.description.endswith("6 January 2020")
    assert article.published == "2020-01-06"


def test_date_inside_the_standfirst_prose_loses_to_the_stamp() -> None:
    lines = list(NATGEO_PAGE)
    lines[3] = (
        "As of 29 November 2018, thirty artworks will light up the city center of Amsterdam for "
        "the seventh year in a row."
    )
    lines.insert(4, "By admin - 2018-09-16")
    assert clean("\n\n".join(lines)).published == "2018-09-16"


BODY = ("The researchers observed the moon for 17 nights, and on one of those nights they got a "
        "strong signal of water vapour, the paper published online today (Nov. 18) says.")
PLAIN = "Thousands of people lost power across the region as the winds rose on Tuesday evening."


@pytest.mark.parametrize(
    ("lines", "now", "published", "updated"),
    [
        # a page that prints no year (dev page): read against the reference day
        (["Storm hits coast", "Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM", BODY],
         datetime.date(2019, 11, 21), "2019-11-18T20:19:00", "2019-11-19T09:41:00"),
        # a day after the reference day is last year's
        (["Storm hits coast", "November 20", PLAIN], datetime.date(2020, 1, 5), "2019-11-20", None),
        # a month's name that is a word, in a sentence, is no stamp
        (["Storm hits coast", "May 4 people were hurt in the crash on the bridge, police said."],
         datetime.date(2020, 1, 5), None, None),
        # a full stamp beats the yearless one in the prose
        (["Storm hits coast", "- November 20, 2019, 10:54 am", BODY], datetime.date(2019, 11, 21),
         "2019-11-20T10:54:00", None),
        # no reference day: a yearless stamp is no date
        (["Storm hits coast", "Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM", BODY], None,
         None, None),
    ],
    ids=["posted-updated", "last-year", "may-in-prose", "full-stamp-wins", "no-reference"],
)
def test_yearless_stamps_read_against_the_reference_day(
    lines: list[str], now: datetime.date | None, published: str | None, updated: str | None
) -> None:
    found = find_dates(lines, now=now, headline_index=0)
    assert (found.published and found.published.value) == published
    assert (found.updated and found.updated.value) == updated
    warned = "the published date's year was taken from the reference day" in found.warnings
    assert warned == (published is not None and "2019" not in lines[1])



def test_the_calendar_table_is_cldrs_names_as_babel_has_them() -> None:
    """data/calendar-names.json is what scripts/write_calendar_names.py writes from babel."""
    pytest.importorskip("babel")
    from newsclean.extract.date.names import CALENDAR, LANGUAGES, cldr_names

    for lang in LANGUAGES:
        for key in ("months", "days"):
            table = [tuple(pair) for pair in CALENDAR[lang][key]]
            assert table == cldr_names(lang, key), f"stale: {lang} {key}"
