"""Names that dates are written with: months and weekdays from CLDR, zone abbreviations.

Built once at import, from the CLDR names a table shipped with the package holds (written from
babel's copy of CLDR, see ``cldr_names``). Month names come in every CLDR width and context of the
languages news pages are written in, so "Nov.", "novembre", "ноября" (genitive) and "listopada"
all read as 11. A few tokens mean different months in different languages (Croatian "listopad"
is October, Polish and Czech November): the table keeps one reading per language and the caller
picks by language.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime
import json
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from types import MappingProxyType
from zoneinfo import ZoneInfo

import regex

# Order is priority: where a token means different months, the earlier language wins when the
# page's language is unknown (Croatian is last because its month names clash with Polish/Czech).
# Arabic comes as CLDR writes it in Egypt and the Gulf ("ar": أغسطس), the Levant ("ar_SY": آب,
# أيلول; its two-word names are never read, as a month name is one word), Algeria and Tunisia
# ("ar_DZ": جويلية) and Morocco ("ar_MA": غشت); Persian's Gregorian months ("fa": ژوئن).
LANGUAGES = (
    "en", "de", "fr", "es", "it", "pt", "nl", "ru", "pl", "sv", "da", "nb", "fi", "cs",
    "sk", "tr", "uk", "ro", "hu", "sl", "ca", "el", "bg", "lt", "lv", "et", "id", "hr",
    "ar", "ar_SY", "ar_DZ", "ar_MA", "fa",
)

# Spellings CLDR lacks but pages use: "Sept." (en), "Mrz" (de), Austrian "Jänner"/"Feber";
# Arabic written without its hamza (ابريل, اغسطس, اكتوبر) or with the other one (إبريل), and
# Egypt's يونية / يولية.
EXTRA_MONTHS = {
    "sept": 9, "mrz": 3, "jänner": 1, "jän": 1, "feber": 2, "juli": 7, "juni": 6,
    "ابريل": 4, "إبريل": 4, "اغسطس": 8, "اكتوبر": 10, "يونية": 6, "يولية": 7, "ايار": 5,
    "ايلول": 9, "اذار": 3,
}

# Abbreviations so short that they are ordinary words too: only read as months with a day and a
# year around them, which every month pattern demands anyway.
MIN_MONTH_CHARS = 3


def _fold(name: str) -> str:
    return name.lower().rstrip(".")


# CLDR's month and day names of LANGUAGES, written from babel by scripts/write_calendar_names.py
# (tests/extract/test_date.py checks the file against babel's data).
CALENDAR_TABLE = "calendar-names.json"


def _calendar() -> dict[str, dict[str, list[tuple[int, str]]]]:
    text = resources.files("newsclean").joinpath("data", CALENDAR_TABLE).read_text("utf-8")
    table: dict[str, dict[str, list[tuple[int, str]]]] = json.loads(text)
    return table


CALENDAR = MappingProxyType(_calendar())


def _names(lang: str, key: str) -> list[tuple[int, str]]:
    """(number, name) for every width and context of a locale's month ("months") or day
    ("days") names, as the calendar table holds them."""
    return [(number, name) for number, name in CALENDAR.get(lang, {}).get(key, ())]


def cldr_names(lang: str, key: str) -> list[tuple[int, str]]:
    """(number, name) for every width and context of a locale's month or day names, read from
    babel's CLDR data (what CALENDAR_TABLE is written from; babel is needed only for this).

    The locale's own data, without inheriting from CLDR's root: root adds only narrow forms
    ("M") that no pattern wants.
    """
    import babel.localedata

    data = babel.localedata.load(lang, merge_inherited=False).get(key, {})
    found: list[tuple[int, str]] = []
    for context in ("format", "stand-alone"):
        widths = data.get(context, {})
        for width in ("wide", "abbreviated"):
            names = widths.get(width) if isinstance(widths, Mapping) else None
            if isinstance(names, Mapping):
                found.extend((n, name) for n, name in names.items() if isinstance(name, str))
    return found


def _month_readings() -> dict[str, dict[str, int]]:
    readings: dict[str, dict[str, int]] = {}
    for lang in LANGUAGES:
        for number, name in _names(lang, "months"):
            token = _fold(name)
            if len(token) >= MIN_MONTH_CHARS:
                readings.setdefault(token, {}).setdefault(lang, number)
    for token, number in EXTRA_MONTHS.items():
        readings.setdefault(token, {}).setdefault("en", number)
    return readings


def _weekday_readings() -> dict[str, frozenset[int]]:
    readings: dict[str, set[int]] = {}
    for lang in LANGUAGES:
        for number, name in _names(lang, "days"):
            if len(token := _fold(name)) >= 2:
                readings.setdefault(token, set()).add(number)
    return {token: frozenset(days) for token, days in readings.items()}


MONTH_READINGS: Mapping[str, Mapping[str, int]] = MappingProxyType(_month_readings())
# weekday name -> the days it can mean (0 is Monday); a few short forms differ by language
WEEKDAY_READINGS: Mapping[str, frozenset[int]] = MappingProxyType(_weekday_readings())
WEEKDAYS: frozenset[str] = frozenset(WEEKDAY_READINGS)


def _alternation(names: frozenset[str] | Mapping[str, object]) -> str:
    # longest first, so that "novembre" is not cut to "nov"
    return "|".join(regex.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))


# Regex atoms (strings): a month name with an optional abbreviation dot, a weekday name.
# Regex atoms: any word where a month or weekday name may stand. Patterns match the shape and
# code checks the word against the tables: a 500-name alternation costs a second to compile.
MONTH_NAME = r"\p{L}[\p{L}\p{M}]{2,}\.?"
WEEKDAY_NAME = r"\p{L}[\p{L}\p{M}]+\.?"


def is_weekday(token: str) -> bool:
    """Whether a word is a weekday name in one of the languages.

    >>> is_weekday("Dienstag,".rstrip(",")), is_weekday("Di."), is_weekday("Berlin")
    (True, True, False)
    """
    return _fold(token) in WEEKDAYS


def weekday_numbers(token: str) -> frozenset[int]:
    """The days of the week (0 is Monday) a weekday name can stand for.

    >>> sorted(weekday_numbers("Mittwoch")), sorted(weekday_numbers("Tue."))
    ([2], [1])
    >>> weekday_numbers("Mittag")
    frozenset()
    """
    return WEEKDAY_READINGS.get(_fold(token), frozenset())


def month_number(token: str, language: str | None = None) -> int | None:
    """The month a month name stands for, by the page's language where names clash.

    >>> month_number("Nov."), month_number("listopada"), month_number("listopada", "hr")
    (11, 11, 10)
    >>> month_number("Monday") is None
    True
    """
    readings = MONTH_READINGS.get(_fold(token))
    if not readings:
        return None
    if language and (base := language.split("-")[0].lower()) in readings:
        return readings[base]
    return next(iter(readings.values()))


# Zone abbreviations: a region whose clock the abbreviation names, and which half of the year it
# names ("std"/"dst") or None when it names the region's clock whatever the season ("ET").
# zoneinfo gives the offsets, so summer time follows the real rules of the date's year.
ZONES: Mapping[str, tuple[str, str | None]] = MappingProxyType({
    "UTC": ("UTC", None), "GMT": ("UTC", None), "Z": ("UTC", None),
    "ET": ("America/New_York", None), "EST": ("America/New_York", "std"),
    "EDT": ("America/New_York", "dst"),
    "CT": ("America/Chicago", None), "CST": ("America/Chicago", "std"),
    "CDT": ("America/Chicago", "dst"),
    "MT": ("America/Denver", None), "MST": ("America/Denver", "std"),
    "MDT": ("America/Denver", "dst"),
    "PT": ("America/Los_Angeles", None), "PST": ("America/Los_Angeles", "std"),
    "PDT": ("America/Los_Angeles", "dst"),
    "AKST": ("America/Anchorage", "std"), "AKDT": ("America/Anchorage", "dst"),
    "HST": ("Pacific/Honolulu", "std"),
    "BST": ("Europe/London", "dst"), "IST": ("Asia/Kolkata", None),
    "WET": ("Europe/Lisbon", "std"), "WEST": ("Europe/Lisbon", "dst"),
    "CET": ("Europe/Berlin", "std"), "CEST": ("Europe/Berlin", "dst"),
    "MEZ": ("Europe/Berlin", "std"), "MESZ": ("Europe/Berlin", "dst"),
    "EET": ("Europe/Athens", "std"), "EEST": ("Europe/Athens", "dst"),
    "MSK": ("Europe/Moscow", None), "SAST": ("Africa/Johannesburg", None),
    "PKT": ("Asia/Karachi", None), "WIB": ("Asia/Jakarta", None),
    "SGT": ("Asia/Singapore", None), "HKT": ("Asia/Hong_Kong", None),
    "JST": ("Asia/Tokyo", None), "KST": ("Asia/Seoul", None),
    "AEST": ("Australia/Sydney", "std"), "AEDT": ("Australia/Sydney", "dst"),
    "AET": ("Australia/Sydney", None), "ACST": ("Australia/Adelaide", "std"),
    "AWST": ("Australia/Perth", None),
    "NZST": ("Pacific/Auckland", "std"), "NZDT": ("Pacific/Auckland", "dst"),
})

# Abbreviations that several regions use; the reading above is the one news pages mean most often.
AMBIGUOUS_ZONES: Mapping[str, str] = MappingProxyType({
    "IST": "India, Ireland, Israel", "CST": "US Central, China, Cuba", "BST": "UK, Bangladesh",
})

# A user's reading of abbreviations (rules file ``[zones]``: IST = "Asia/Jerusalem"), set by the
# date step around its run. A context variable rather than a parameter through every date rule:
# the preference is one per pipeline, and it cannot leak into another thread or task.
PREFERRED_ZONES: contextvars.ContextVar[Mapping[str, str]] = contextvars.ContextVar(
    "preferred_zones", default=MappingProxyType({})
)


@contextlib.contextmanager
def preferred_zones(zones: Iterable[tuple[str, str]]) -> Iterator[None]:
    """Read the given abbreviations as the given IANA zones (or "+05:30" offsets) inside.

    >>> with preferred_zones([("IST", "Asia/Jerusalem")]):
    ...     zone_offset("IST", datetime.datetime(2022, 1, 5, 9, 0)), is_ambiguous("IST")
    ('+02:00', False)
    >>> zone_offset("IST", datetime.datetime(2022, 1, 5, 9, 0)), is_ambiguous("IST")
    ('+05:30', True)
    """
    token = PREFERRED_ZONES.set(MappingProxyType({abbr.upper(): zone for abbr, zone in zones}))
    try:
        yield
    finally:
        PREFERRED_ZONES.reset(token)


def is_ambiguous(abbr: str) -> bool:
    """Whether an abbreviation names several zones and the user did not say which one."""
    return abbr.upper() in AMBIGUOUS_ZONES and abbr.upper() not in PREFERRED_ZONES.get()


ZONE_NAME = rf"(?:{_alternation(frozenset(z for z in ZONES if z != 'Z'))})"


def _format_offset(delta: datetime.timedelta) -> str:
    minutes = int(delta.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{mins:02d}"


def zone_offset(abbr: str, local: datetime.datetime) -> str | None:
    """The UTC offset ("+05:30") a zone abbreviation stands for at a local date and time.

    >>> zone_offset("ET", datetime.datetime(2019, 11, 19, 8, 3))
    '-05:00'
    >>> zone_offset("ET", datetime.datetime(2019, 7, 19, 8, 3))
    '-04:00'
    >>> zone_offset("XYZ", datetime.datetime(2019, 7, 19)) is None
    True
    """
    entry = ZONES.get(abbr.upper())
    if preferred := PREFERRED_ZONES.get().get(abbr.upper()):
        if preferred[0] in "+-":
            return preferred
        entry = (preferred, None)
    if entry is None:
        return None
    zone = ZoneInfo(entry[0])
    if entry[1] is None:
        delta = local.replace(tzinfo=zone).utcoffset()
    else:
        # the standard offset is the smaller of midwinter's and midsummer's, in either hemisphere
        seasons = [
            datetime.datetime(local.year, month, 15, 12, tzinfo=zone).utcoffset()
            for month in (1, 7)
        ]
        known = sorted(d for d in seasons if d is not None)
        delta = known[0] if entry[1] == "std" else known[-1]
    return None if delta is None else _format_offset(delta)
