"""Reading the time of day and the zone printed beside a date: "09:01 AM", "14.32 GMT",
"um 14:32 Uhr", "10:31 pm CST", "GMT+5:30", and the offset each zone had on that day.
"""

from __future__ import annotations

import datetime

import regex

from newsclean.extract.date.names import WEEKDAY_NAME, ZONE_NAME, is_ambiguous, zone_offset
from newsclean.patterns import lazy_compile

FLAGS = regex.IGNORECASE | regex.VERBOSE

# a zone abbreviation (case kept: "et" and "pt" are words), a GMT offset or a numeric offset
ZONE = rf"""(?: (?:GMT|UTC) \s? (?P<gmtoff>[+-]\d{{1,2}}(?::?\d\d)?)
             | (?-i:(?P<zone>{ZONE_NAME}))(?![\p{{L}}\d])
             | (?P<numoff>[+-]\d\d:?\d\d) )"""

# "am"/"p.m.", Arabic's ص / صباحاً (morning) and م / مساءً (evening), Persian's ق.ظ (before
# noon) and ب.ظ (after noon)
AM_PM = r"""(?: [ap]\.?\s?m\b\.?
             | (?: ص (?:باحا)? | م (?:ساء)? | [قب] \.? \s? ظ ) \p{M}* (?!\p{L}) )"""
# what an am/pm marker's first letter says: morning or evening
AM_PM_LETTERS = {"a": "a", "p": "p", "ص": "a", "م": "p", "ق": "a", "ب": "p"}

TIME_AFTER_RE = lazy_compile(
    rf"""\s*+ (?:[,|·•/@–—-]++\s*+)*+                 # "2019, 09:01" "2019 | 09:01" (read once)
    (?: (?:at|um|à|a\s+las|alle|às|kl\.?|klo|o|в|godz\.?|om) \s+ )?   # "at 8:03"
    (?P<hour>[012]?\d) (?:[:.h]|\s?:\s?) (?P<minute>[0-5]\d) (?: :(?P<second>[0-5]\d) )? (?!\d)
    (?: \s? (?P<ampm>{AM_PM}) )?
    (?: \s? (?:Uhr|h|hrs|horas|Ortszeit)(?!\p{{L}}) )?
    (?: \s* \(? \s* {ZONE} \s* \)? )?""",
    FLAGS,
)

# A time printed before the date: "08:03 AM ET, Tue November 19, 2019"
TIME_BEFORE_RE = lazy_compile(
    rf"""(?P<hour>[012]?\d):(?P<minute>[0-5]\d) (?: :(?P<second>[0-5]\d) )?
    (?: \s? (?P<ampm>{AM_PM}) )? (?: \s? (?:Uhr|h) )? (?: \s* \(? {ZONE} \)? )?
    \s* (?:[,|·•–—-]+ \s*)? (?: (?P<weekday>{WEEKDAY_NAME}) ,? \s* )? $""",
    FLAGS,
)


def time_part(m: regex.Match[str] | None, day: datetime.date) -> tuple[str, str | None]:
    """The time as "THH:MM:SS" plus the zone offset, and a warning for an ambiguous zone."""
    if m is None:
        return "", None
    hour, minute = int(m["hour"]), int(m["minute"])
    ampm = AM_PM_LETTERS.get((m["ampm"] or "")[:1].lower(), "")
    if ampm and not 1 <= hour <= 12:
        return "", None
    if ampm == "p" and hour < 12:
        hour += 12
    elif ampm == "a" and hour == 12:
        hour = 0
    if hour > 23:
        return "", None
    local = datetime.datetime(day.year, day.month, day.day, hour, minute, int(m["second"] or 0))
    offset, warning = _offset(m, local)
    return local.strftime("T%H:%M:%S") + (offset or ""), warning


def _offset(m: regex.Match[str], local: datetime.datetime) -> tuple[str | None, str | None]:
    if zone := m["zone"]:
        offset = zone_offset(zone, local)
        if is_ambiguous(zone):
            return offset, f"ambiguous time zone {zone!r} read as {offset}"
        return offset, None
    raw = m["gmtoff"] or m["numoff"]
    if not raw:
        return None, None
    sign, digits = raw[0], raw[1:].replace(":", "")
    hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "00")
    if int(hours) > 14 or int(minutes) > 59:
        return None, None
    return f"{sign}{int(hours):02d}:{minutes}", None
