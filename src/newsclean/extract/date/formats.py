"""Reading dates out of a string: the formats news pages print, each a named rule (the time and
zone printed beside a date are read in ``date_times``).

``scan`` finds every date in a string with the time and zone printed beside it, as ISO 8601.
Numeric dates whose day/month order the string alone does not settle ("03/04/2019") come back
with both readings and no value: the page-level extractor settles them with evidence from other
dates, or leaves them out.
"""

from __future__ import annotations

import datetime
import functools
import re
from typing import NamedTuple

import regex

from newsclean.extract.date import solar_hijri
from newsclean.extract.date.names import (
    MONTH_NAME,
    MONTH_READINGS,
    WEEKDAY_NAME,
    ZONES,
    is_weekday,
    month_number,
    weekday_numbers,
)
from newsclean.extract.date.times import TIME_AFTER_RE, TIME_BEFORE_RE, time_part
from newsclean.patterns import lazy_compile

FLAGS = regex.IGNORECASE | regex.VERBOSE

# Years outside this range are page furniture (product numbers, founding years), not stamps.
MIN_YEAR, MAX_YEAR = 1990, 2099

# A year ends at a non-digit, or where a renderer ran the next time or date into it
# ("4 de mayo de 202207:59", "28. Juni 201914. Januar 2020").
YEAR = r"(?P<year>(?:19|20)\d\d)(?:(?!\d)|(?=[012]?\d:[0-5]\d(?!\d)|[0-3]?\d\.?\s?\p{L}))"
NUM_DAY = r"(?P<day>[0-3]?\d)"
NUM_MONTH = r"(?P<month>[01]?\d)"
# "19th", "1er", "1º", "19." before a month name; a renderer may part the day from a superscript
# ordinal ("21 st")
ORDINAL = r"(?:\s?(?:st|nd|rd|th)(?!\p{L}))"
NAME_DAY = rf"(?P<day>[0-3]?\d)(?:{ORDINAL}|er|º|°|\.)?"
NAME_MONTH = rf"(?P<month>{MONTH_NAME})"
# A month named twice, in the Levant's and Egypt's Arabic ("24 نيسان / أبريل 2020")
MONTH_ALIAS = rf"(?: \s* / \s* (?P<alias>{MONTH_NAME})(?!\p{{L}}) )"

# Each rule: slug and pattern with named groups year, month (number or name), day.
DATE_RULES: tuple[tuple[str, regex.Pattern[str]], ...] = (
    ("iso", lazy_compile(
        r"""(?<![\d.])(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\d)
        (?: (?:T|\s) (?P<hour>[012]\d):(?P<minute>[0-5]\d)
            (?: :(?P<second>[0-5]\d) (?:[.,]\d+)? )?
            (?: \s?(?P<isozone>Z|[+-]\d\d:?\d\d)(?!\d) )? )?""", FLAGS)),
    ("month_day_year", lazy_compile(
        rf"""(?<!\p{{L}}){NAME_MONTH} \s* (?P<day>[0-3]?\d)(?!\d){ORDINAL}? ,? \s* {YEAR}""",
        FLAGS)),
    ("day_month_year", lazy_compile(
        rf"""(?<![\p{{L}}\d.]){NAME_DAY} \s* (?:of\s+|de\s+|[-/]\s*)? {NAME_MONTH}(?!\p{{L}})
        {MONTH_ALIAS}? \s* (?:de\s+|del\s+|[-/,]\s*)? {YEAR}
        (?: \s? (?:г\.|года|r\.|m\.) )?""", FLAGS)),
    ("year_month_day", lazy_compile(
        rf"""(?<![\d.]){YEAR}\.? \s+ {NAME_MONTH} \s+ (?P<day>[0-3]?\d)(?!\d)\.?""", FLAGS)),
    ("year_month_day_cjk", lazy_compile(  # Chinese and Japanese 年月日, Korean 년월일
        rf"""{YEAR} \s* [年년] \s* {NUM_MONTH} \s* [月월] \s* {NUM_DAY} \s* [日일]""", FLAGS)),
    ("numeric_ymd", lazy_compile(
        rf"""(?<![\d./-]){YEAR}[/.]\s?{NUM_MONTH}[/.]\s?{NUM_DAY}(?![\d/]|\.\d)\.?""", FLAGS)),
    ("numeric_dmy_dot_short", lazy_compile(
        r"""(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month>[01]\d)\.(?P<year>\d\d)(?![\d.]|,\d)""",
        FLAGS)),
)

# A Solar Hijri date, day first as Persian prints it ("۲۹ بهمن ۱۳۹۸", "2 تير 1399"), read once
# its digits are ASCII; code checks the month name, and that the Gregorian day falls between
# MIN_YEAR and MAX_YEAR as every other date's must (Solar Hijri 1368-1478).
SOLAR_HIJRI_RE = lazy_compile(
    r"""(?<![\p{L}\d]) (?P<day>[0-3]?\d) \s* (?P<month>\p{L}[\p{L}\u200c]*) \s*
        (?P<year>1[34]\d\d)(?!\d)""",
    FLAGS,
)
SOLAR_YEAR_HINT_RE = lazy_compile(r"(?<!\d)1[34]\d\d(?!\d)")

# Stamps without a year ("Nov 19, 6:51 AM", "19. November"), read only against a reference day
# (a dump header's date, `--now`): the year is the reference day's, or the one before when the day
# would fall after it. No year may follow, or the rules above read the date whole.
NO_YEAR_AFTER = r"(?!\s*[,.]?\s*(?:de\s+|del\s+|[-/]\s*)?(?:19|20)\d\d)"
YEARLESS_RULES: tuple[tuple[str, regex.Pattern[str]], ...] = (
    ("month_day_yearless", lazy_compile(
        rf"""(?<!\p{{L}}){NAME_MONTH} \s* (?P<day>[0-3]?\d)(?![\d:.]){ORDINAL}? {NO_YEAR_AFTER}""",
        FLAGS)),
    ("day_month_yearless", lazy_compile(
        rf"""(?<![\p{{L}}\d.:]){NAME_DAY} \s* (?:of\s+|de\s+)? {NAME_MONTH}(?!\p{{L}})
        {NO_YEAR_AFTER}""", FLAGS)),
)
YEARLESS_WARNING = "the published date's year was taken from the reference day"
RELATIVE_WARNING = "the published date was read from a relative stamp and the reference day"


# Slash, dash and dot dates: "19/11/2019" is day first, "11/19/2019" month first, "03/04/2019"
# either. Dots are day first ("19.11.2019", "19. 11. 2019") unless the numbers or the page say not.
NUMERIC_PAIR_RE = lazy_compile(
    r"""(?<![\d/.-])(?P<first>[0-3]?\d)(?P<sep>[/.-])\s?(?P<second>[0-3]?\d)(?P=sep)\s?
        (?P<year>(?:19|20)\d\d|\d\d)(?![\d/-]|\.\d)""",
    FLAGS,
)

# What every numeric pair date holds, found fast: digits either side of a separator.
PAIR_HINT_RE = lazy_compile(r"\d[/.-]\s?\d")


def numeric_pairs(text: str) -> list[regex.Match[str]]:
    """The slash, dash and dot dates of NUMERIC_PAIR_RE in ``text``, left to right.

    >>> [m[0] for m in numeric_pairs("From 19/11/2019 to 20.11.2019")]
    ['19/11/2019', '20.11.2019']
    >>> numeric_pairs("Chapter 12 - the end")
    []
    """
    if not PAIR_HINT_RE.search(text):
        return []
    return list(NUMERIC_PAIR_RE.finditer(text))


WEEKDAY_BEFORE_RE = lazy_compile(rf"(?<!\p{{L}})(?P<weekday>{WEEKDAY_NAME})\s*[,.]?\s*$", FLAGS)

# "a", "one" and their kin where a count of one is spelled out ("an hour ago", "vor einem Tag",
# "il y a un jour", "een uur geleden", "för en timme sedan")
NUMBER_WORDS = r"\d+|an?|one|eine[mr]?|un|une|una|uno|um|uma|een|en|ett|et|ei"
RELATIVE_RE = lazy_compile(
    rf"""(?<![\p{{L}}\d])(?: (?P<n>{NUMBER_WORDS}) \s+ (?P<unit>\p{{L}}+) \s+ ago
      | vor \s+ (?P<n>{NUMBER_WORDS}) \s+ (?P<unit>\p{{L}}+)
      | il \s+ y \s+ a \s+ (?P<n>{NUMBER_WORDS}) \s+ (?P<unit>\p{{L}}+)
      | hace \s+ (?P<n>{NUMBER_WORDS}) \s+ (?P<unit>\p{{L}}+)
      | há \s+ (?P<n>{NUMBER_WORDS}) \s+ (?P<unit>\p{{L}}+)
      | (?P<n>{NUMBER_WORDS}) \s+ (?P<unit>\p{{L}}+) \s+
        (?: fa | geleden | temu | назад | önce )          # it, nl, pl, ru/uk, tr
      | (?: för | for ) \s+ (?P<n>{NUMBER_WORDS}) \s+ (?P<unit>\p{{L}}+) \s+
        (?: sedan | siden )                               # sv; da, nb
      | (?: před | acum | منذ ) \s+ (?P<n>{NUMBER_WORDS}) \s+ (?P<unit>\p{{L}}+)  # cs, ro, ar
      )(?!\p{{L}})""",
    FLAGS,
)
# What every relative stamp holds, found fast: "ago", "vor", "il y a", "hace", "há", and the
# words of the other languages above.
RELATIVE_HINT_RE = lazy_compile(
    r"ago|vor|y\s+a|hace|há|fa|geleden|temu|назад|önce|sedan|siden|před|acum|منذ",
    regex.IGNORECASE,
)
# days back for one of each unit; minutes and hours ago are today
RELATIVE_UNITS = {
    "min": 0, "mins": 0, "minute": 0, "minutes": 0, "minuten": 0, "minutos": 0,
    "hour": 0, "hours": 0, "hr": 0, "hrs": 0, "stunde": 0, "stunden": 0, "heure": 0,
    "heures": 0, "hora": 0, "horas": 0,
    "day": 1, "days": 1, "tag": 1, "tagen": 1, "jour": 1, "jours": 1, "día": 1, "días": 1,
    "dia": 1, "dias": 1,
    "week": 7, "weeks": 7, "woche": 7, "wochen": 7, "semaine": 7, "semaines": 7,
    "semana": 7, "semanas": 7,
    # it, nl, pl, ru, uk, tr, sv, da/nb, cs, ro, ar: each language's forms after a number
    "minuto": 0, "minuti": 0, "ora": 0, "ore": 0, "giorno": 1, "giorni": 1, "settimana": 7,
    "settimane": 7,
    "minuut": 0, "uur": 0, "dag": 1, "dagen": 1, "weken": 7,
    "minutę": 0, "minuty": 0, "minut": 0, "godzinę": 0, "godziny": 0, "godzin": 0,
    "dzień": 1, "dni": 1, "tydzień": 7, "tygodnie": 7, "tygodni": 7,
    "минуту": 0, "минуты": 0, "минут": 0, "час": 0, "часа": 0, "часов": 0, "день": 1,
    "дня": 1, "дней": 1, "неделю": 7, "недели": 7, "недель": 7,
    "хвилину": 0, "хвилини": 0, "хвилин": 0, "годину": 0, "години": 0, "годин": 0,
    "дні": 1, "днів": 1, "тиждень": 7, "тижні": 7, "тижнів": 7,
    "dakika": 0, "saat": 0, "gün": 1, "hafta": 7,
    "minuter": 0, "timme": 0, "timmar": 0, "dagar": 1, "vecka": 7, "veckor": 7,
    "minutter": 0, "time": 0, "timer": 0, "dage": 1, "dager": 1, "uge": 7, "uger": 7,
    "uke": 7, "uker": 7,
    "minutou": 0, "minutami": 0, "hodinou": 0, "hodinami": 0, "dnem": 1, "dny": 1,
    "týdnem": 7, "týdny": 7,
    "oră": 0, "zi": 1, "zile": 1, "săptămână": 7, "săptămâni": 7,
    "دقيقة": 0, "دقائق": 0, "ساعة": 0, "ساعات": 0, "يوم": 1, "أيام": 1, "ايام": 1,
    "أسبوع": 7, "أسابيع": 7,
}


# Any decimal digit (Unicode category Nd, in both engines): the standard one answers this
# one-character search with less overhead per call, and scan() asks it of every dated line.
DIGIT_RE = re.compile(r"\d")
# A year as every rule but the short dotted one reads it ("2019" in "Nov 19, 2019", "2019-11-19").
YEAR_HINT_RE = lazy_compile(r"(?:19|20)\d\d")
# Characters a rule's dates cannot do without, checked before its pattern runs over the text.
RULE_NEEDS: dict[str, tuple[str, ...]] = {
    "iso": ("-",),
    "year_month_day_cjk": ("年", "년"),
    "numeric_ymd": ("/", "."),
    "numeric_dmy_dot_short": (".",),
}


# The rules that read a month's name, and the words that may be one.
NAMED_MONTH_RULES = frozenset({"month_day_year", "day_month_year", "year_month_day"})
MONTH_WORD_RE = lazy_compile(r"\p{L}[\p{L}\p{M}]{2,}")


def _month_near(text: str, windows: list[tuple[int, int]]) -> bool:
    """A month name stands in one of the windows of ``text``.

    >>> _month_near("Posted 19 Nov 2019", [(0, 18)]), _month_near("Page 1 of 2019", [(0, 14)])
    (True, False)
    """
    return any(
        word.lower() in MONTH_READINGS
        for lo, hi in windows
        for word in MONTH_WORD_RE.findall(text, lo, hi)
    )


def _rules_for(
    text: str, year: bool | None = None, month: bool = True
) -> tuple[tuple[str, regex.Pattern[str]], ...]:
    """The rules of DATE_RULES that can match ``text``, in their order: a cheap pre-check.
    ``year`` says whether the text holds a 19xx/20xx year, when the caller knows; ``month``
    False leaves out the rules that read a month name.

    >>> [rule for rule, _ in _rules_for("Nov 19, 2019")]
    ['month_day_year', 'day_month_year', 'year_month_day']
    >>> [rule for rule, _ in _rules_for("19.11.2019, 14:32", month=False)]
    ['numeric_ymd', 'numeric_dmy_dot_short']
    >>> _rules_for("Chapter 12: the end")
    ()
    """
    if year is None:
        year = YEAR_HINT_RE.search(text) is not None
    return _rules_holding(year, month, frozenset(c for c in NEEDED_CHARS if c in text))


# Every character a rule cannot do without (RULE_NEEDS), each looked for once in a text.
NEEDED_CHARS = tuple(dict.fromkeys(c for needs in RULE_NEEDS.values() for c in needs))


@functools.lru_cache(maxsize=4 << len(NEEDED_CHARS))  # every answer: a year, a month, chars
def _rules_holding(
    year: bool, month: bool, held: frozenset[str]
) -> tuple[tuple[str, regex.Pattern[str]], ...]:
    """The rules of a text with or without a year and a month name, holding the characters
    ``held`` of NEEDED_CHARS: few such texts differ, so each answer is worked out once."""
    return tuple(
        (rule, pattern)
        for rule, pattern in DATE_RULES
        # every rule but the short dotted one reads a 19xx/20xx year
        if (year or rule == "numeric_dmy_dot_short")
        and (month or rule not in NAMED_MONTH_RULES)
        and (rule not in RULE_NEEDS or any(c in held for c in RULE_NEEDS[rule]))
    )


# How far a date reaches either side of its year ("Wednesday, 19th of November, 2019", "2019-11-19
# 08:03:25.123+01:00"): the named rules read only these windows of a long line.
YEAR_REACH_BEFORE, YEAR_REACH_AFTER = 40, 48


def _year_windows(text: str) -> list[tuple[int, int]]:
    """The spans around each 19xx/20xx year of ``text``, overlapping ones merged.

    >>> _year_windows("Nov 19, 2019"), _year_windows("no year here")
    ([(0, 12)], [])
    """
    spans: list[tuple[int, int]] = []
    for m in YEAR_HINT_RE.finditer(text):
        lo = max(0, m.start() - YEAR_REACH_BEFORE)
        hi = min(len(text), m.end() + YEAR_REACH_AFTER)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return spans


class Stamp(NamedTuple):
    """One date found in a string. ``value`` is None when the day/month order is unknown; then
    ``readings`` holds the day-first and month-first values."""

    value: str | None
    rule: str
    start: int
    end: int
    readings: tuple[str, str] | None = None
    warning: str | None = None


def _full_year(text: str, now: datetime.date | None) -> int:
    year = int(text)
    if year >= 100:
        return year
    pivot = (now.year % 100) if now else 40
    return 2000 + year if year <= pivot else 1900 + year


def _with_time(text: str, day: datetime.date, span: tuple[int, int]) -> Stamp:
    """The date's value with the time printed after (or else before) it, and the span grown."""
    start, end = span
    after = TIME_AFTER_RE.match(text, end)
    if after and (part := time_part(after, day))[0]:
        return Stamp(day.isoformat() + part[0], "", start, after.end(), warning=part[1])
    lead = max(0, start - 40)
    before = TIME_BEFORE_RE.search(text, lead, start)
    if before and before["weekday"] and not is_weekday(before["weekday"]):
        before = None
    if before and (part := time_part(before, day))[0]:
        return Stamp(day.isoformat() + part[0], "", before.start(), end, warning=part[1])
    return Stamp(day.isoformat(), "", start, end)


def _day(year: int, month: int, day: int) -> datetime.date | None:
    if not (MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12):
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _iso_stamp(m: regex.Match[str]) -> Stamp | None:
    day = _day(int(m["year"]), int(m["month"]), int(m["day"]))
    if day is None:
        return None
    value = day.isoformat()
    if m["hour"] is not None:
        if int(m["hour"]) > 23:
            return None
        value += f"T{m['hour']}:{m['minute']}:{m['second'] or '00'}"
        if zone := m["isozone"]:
            digits = zone.replace(":", "")
            value += "+00:00" if zone.upper() == "Z" else f"{digits[:3]}:{digits[3:]}"
    return Stamp(value, "iso", m.start(), m.end())


def _named_stamp(
    rule: str, m: regex.Match[str], text: str, now: datetime.date | None, language: str | None
) -> Stamp | None:
    if rule == "iso":
        return _iso_stamp(m)
    raw_month = m["month"]
    month = int(raw_month) if raw_month.isdigit() else month_number(raw_month, language)
    if rule == "day_month_year" and m["alias"] and month_number(m["alias"], language) != month:
        return None  # "12 Nov / Paris 2019": not a month's second name
    day = _day(_full_year(m["year"], now), month or 0, int(m["day"]))
    if day is None:
        return None
    return _with_time(text, day, m.span())._replace(rule=rule)


def _pair_stamp(
    m: regex.Match[str], text: str, now: datetime.date | None, language: str | None,
    order: str | None,
) -> Stamp | None:
    """A slash or dash date, its day/month order settled by the numbers, the language or now."""
    first, second = int(m["first"]), int(m["second"])
    if m["sep"] in "-." and len(m["year"]) < 4:
        return None
    year = _full_year(m["year"], now)
    dmy, mdy = _day(year, second, first), _day(year, first, second)
    if now is not None:
        dmy, mdy = (d if d is not None and d <= now else None for d in (dmy, mdy))
    rule = "numeric_" + {"/": "slash", "-": "dash", ".": "dot"}[m["sep"]]
    if dmy is None and mdy is None:
        return None
    if dmy is None or mdy is None or dmy == mdy:
        pick = dmy or mdy
        assert pick is not None
        return _with_time(text, pick, m.span())._replace(rule=rule)
    # evidence, strongest first: the weekday printed before it, the zone after it, the page,
    # the convention of the language
    order = (
        _weekday_order(text[max(0, m.start() - 20) : m.start()], dmy, mdy)
        or _zone_order(text, m.end())
        or order
    )
    if order is None and (m["sep"] == "." or (language and not language.startswith("en"))):
        order = "dmy"
    if order is not None:
        pick = dmy if order == "dmy" else mdy
        return _with_time(text, pick, m.span())._replace(rule=rule)
    a, b = _with_time(text, dmy, m.span()), _with_time(text, mdy, m.span())
    return Stamp(None, rule, a.start, a.end, readings=(a.value or "", b.value or ""))


def _weekday_order(before: str, dmy: datetime.date, mdy: datetime.date) -> str | None:
    """The reading whose weekday matches a weekday name printed just before the date."""
    m = WEEKDAY_BEFORE_RE.search(before)
    if m is None:
        return None
    days = weekday_numbers(m["weekday"])
    fits = [name for name, day in (("dmy", dmy), ("mdy", mdy)) if day.weekday() in days]
    return fits[0] if len(fits) == 1 else None


def _zone_order(text: str, end: int) -> str | None:
    """Month first after a US zone ("11/8/2023 10:46 PM ET"), day first after any other."""
    after = TIME_AFTER_RE.match(text, end)
    if after is None or not (zone := after["zone"]):
        return None
    return "mdy" if ZONES[zone.upper()][0].startswith("America/") else "dmy"


def _solar_hijri_stamp(m: regex.Match[str], text: str) -> Stamp | None:
    month = solar_hijri.month_number(m["month"])
    if month is None:
        return None
    day = solar_hijri.to_gregorian(int(m["year"]), month, int(m["day"]))
    if day is None or not MIN_YEAR <= day.year <= MAX_YEAR:
        return None
    return _with_time(text, day, m.span())._replace(rule="solar_hijri")


def _relative_stamp(m: regex.Match[str], now: datetime.date) -> Stamp | None:
    unit = RELATIVE_UNITS.get(m["unit"].lower())
    if unit is None:
        return None
    n = int(m["n"]) if m["n"].isdigit() else 1
    day = (now - datetime.timedelta(days=unit * n)).isoformat()
    return Stamp(day, "relative", *m.span(), warning=RELATIVE_WARNING)


def _yearless_stamp(
    rule: str, m: regex.Match[str], text: str, now: datetime.date, language: str | None
) -> Stamp | None:
    """A day and month read in the reference day's year, or the year before if that is later."""
    month = month_number(m["month"], language)
    for year in (now.year, now.year - 1):
        day = _day(year, month or 0, int(m["day"]))
        if day is not None and day <= now:
            stamp = _with_time(text, day, m.span())
            return stamp._replace(rule=rule, warning=stamp.warning or YEARLESS_WARNING)
    return None


# Arabic-Indic and Persian digits, as their ASCII digits: one character for one, so that a
# stamp's span in the folded text is its span in the text.
ASCII_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
NON_ASCII_DIGIT_RE = lazy_compile(r"[٠-٩۰-۹]")


def ascii_digits(text: str) -> str:
    """``text`` with its Arabic-Indic and Persian digits written as ASCII ones.

    >>> ascii_digits("٢٤ أغسطس ٢٠٢٠"), ascii_digits("۲۹ بهمن ۱۳۹۸")
    ('24 أغسطس 2020', '29 بهمن 1398')
    """
    if text.isascii():  # most lines: no digit to rewrite, and no search needed to know it
        return text
    return text.translate(ASCII_DIGITS) if NON_ASCII_DIGIT_RE.search(text) else text


def _non_overlapping(stamps: list[Stamp]) -> list[Stamp]:
    kept: list[Stamp] = []
    for stamp in sorted(stamps, key=lambda s: (s.start, -s.end)):
        if not kept or stamp.start >= kept[-1].end:
            kept.append(stamp)
    return kept


def scan(
    text: str, *, now: datetime.date | None = None, language: str | None = None,
    order: str | None = None,
) -> list[Stamp]:
    """Every date in a string, left to right, with the time and zone printed beside it.

    ``order`` ("dmy" or "mdy") settles slash dates whose numbers do not; relative stamps
    ("3 hours ago") are read only against ``now``.

    >>> [s.value for s in scan("Nov. 19, 2019 8:03 am ET")]
    ['2019-11-19T08:03:00-05:00']
    >>> scan("03/04/2019")[0].readings, scan("Version 2.0 of 12 files")
    (('2019-04-03', '2019-03-04'), [])
    """
    text = ascii_digits(text)
    found: list[Stamp] = []
    if DIGIT_RE.search(text):  # every rule but the relative one reads digits
        windows = _year_windows(text)
        month = bool(windows) and _month_near(text, windows)
        for rule, pattern in _rules_for(text, year=bool(windows), month=month):
            # the short dotted date has no four-digit year to anchor it
            for lo, hi in windows if rule != "numeric_dmy_dot_short" else [(0, len(text))]:
                for m in pattern.finditer(text, lo, hi, overlapped=True):
                    if stamp := _named_stamp(rule, m, text, now, language):
                        found.append(stamp)
        for m in numeric_pairs(text):
            if stamp := _pair_stamp(m, text, now, language, order):
                found.append(stamp)
        if SOLAR_YEAR_HINT_RE.search(text):
            for m in SOLAR_HIJRI_RE.finditer(text):
                if stamp := _solar_hijri_stamp(m, text):
                    found.append(stamp)
    if now is not None and RELATIVE_HINT_RE.search(text):
        for m in RELATIVE_RE.finditer(text):
            if stamp := _relative_stamp(m, now):
                found.append(stamp)
    if now is not None and DIGIT_RE.search(text) and _month_near(text, [(0, len(text))]):
        for rule, pattern in YEARLESS_RULES:
            for m in pattern.finditer(text):
                if stamp := _yearless_stamp(rule, m, text, now, language):
                    found.append(stamp)
    return _non_overlapping(found)
