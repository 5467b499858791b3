"""Relative stamps ("3 hours ago", "vor 2 Tagen", "il y a un jour"), read against a reference
day: the day it names, in whole days back."""

from __future__ import annotations

import datetime

import regex

from newsclean.extract.date.stamp import Stamp
from newsclean.patterns import lazy_compile

FLAGS = regex.IGNORECASE | regex.VERBOSE
RELATIVE_WARNING = "the published date was read from a relative stamp and the reference day"

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


def relative_stamp(m: regex.Match[str], now: datetime.date) -> Stamp | None:
    unit = RELATIVE_UNITS.get(m["unit"].lower())
    if unit is None:
        return None
    n = int(m["n"]) if m["n"].isdigit() else 1
    day = (now - datetime.timedelta(days=unit * n)).isoformat()
    return Stamp(day, "relative", *m.span(), warning=RELATIVE_WARNING)
