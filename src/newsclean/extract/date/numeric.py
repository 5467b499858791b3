"""Slash, dash and dot dates ("19/11/2019", "11/19/2019", "19.11.2019"), their day/month order
settled by the numbers, a weekday printed before, a zone after, the page or the language.
"""

from __future__ import annotations

import datetime

import regex

from newsclean.extract.date.names import WEEKDAY_NAME, ZONES, weekday_numbers
from newsclean.extract.date.stamp import Stamp, full_year, valid_day, with_time
from newsclean.extract.date.times import TIME_AFTER_RE
from newsclean.patterns import lazy_compile

FLAGS = regex.IGNORECASE | regex.VERBOSE

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


def pair_stamp(
    m: regex.Match[str], text: str, now: datetime.date | None, language: str | None,
    order: str | None,
) -> Stamp | None:
    """A slash or dash date, its day/month order settled by the numbers, the language or now."""
    first, second = int(m["first"]), int(m["second"])
    if m["sep"] in "-." and len(m["year"]) < 4:
        return None
    year = full_year(m["year"], now)
    dmy, mdy = valid_day(year, second, first), valid_day(year, first, second)
    if now is not None:
        dmy, mdy = (d if d is not None and d <= now else None for d in (dmy, mdy))
    rule = "numeric_" + {"/": "slash", "-": "dash", ".": "dot"}[m["sep"]]
    if dmy is None and mdy is None:
        return None
    if dmy is None or mdy is None or dmy == mdy:
        pick = dmy or mdy
        assert pick is not None
        return with_time(text, pick, m.span())._replace(rule=rule)
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
        return with_time(text, pick, m.span())._replace(rule=rule)
    a, b = with_time(text, dmy, m.span()), with_time(text, mdy, m.span())
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
