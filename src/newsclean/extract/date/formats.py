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

import regex

from newsclean.extract.date import solar_hijri
from newsclean.extract.date.names import (
    MONTH_NAME,
    MONTH_READINGS,
    month_number,
)
from newsclean.extract.date.numeric import numeric_pairs, pair_stamp
from newsclean.extract.date.relative import RELATIVE_HINT_RE, RELATIVE_RE, relative_stamp
from newsclean.extract.date.stamp import MAX_YEAR, MIN_YEAR, Stamp, full_year, valid_day, with_time
from newsclean.patterns import lazy_compile

FLAGS = regex.IGNORECASE | regex.VERBOSE

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


def _iso_stamp(m: regex.Match[str]) -> Stamp | None:
    day = valid_day(int(m["year"]), int(m["month"]), int(m["day"]))
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
    day = valid_day(full_year(m["year"], now), month or 0, int(m["day"]))
    if day is None:
        return None
    return with_time(text, day, m.span())._replace(rule=rule)


def _solar_hijri_stamp(m: regex.Match[str], text: str) -> Stamp | None:
    month = solar_hijri.month_number(m["month"])
    if month is None:
        return None
    day = solar_hijri.to_gregorian(int(m["year"]), month, int(m["day"]))
    if day is None or not MIN_YEAR <= day.year <= MAX_YEAR:
        return None
    return with_time(text, day, m.span())._replace(rule="solar_hijri")


def _yearless_stamp(
    rule: str, m: regex.Match[str], text: str, now: datetime.date, language: str | None
) -> Stamp | None:
    """A day and month read in the reference day's year, or the year before if that is later."""
    month = month_number(m["month"], language)
    for year in (now.year, now.year - 1):
        day = valid_day(year, month or 0, int(m["day"]))
        if day is not None and day <= now:
            stamp = with_time(text, day, m.span())
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
            if stamp := pair_stamp(m, text, now, language, order):
                found.append(stamp)
        if SOLAR_YEAR_HINT_RE.search(text):
            for m in SOLAR_HIJRI_RE.finditer(text):
                if stamp := _solar_hijri_stamp(m, text):
                    found.append(stamp)
    if now is not None and RELATIVE_HINT_RE.search(text):
        for m in RELATIVE_RE.finditer(text):
            if stamp := relative_stamp(m, now):
                found.append(stamp)
    if now is not None and DIGIT_RE.search(text) and _month_near(text, [(0, len(text))]):
        for rule, pattern in YEARLESS_RULES:
            for m in pattern.finditer(text):
                if stamp := _yearless_stamp(rule, m, text, now, language):
                    found.append(stamp)
    return _non_overlapping(found)
