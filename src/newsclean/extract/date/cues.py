"""The words around a date that say what it is: published and updated cues, datelines,
copyright and comment markers, and the filler words a stamp line may carry.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice

import regex

from newsclean.extract.date.names import WEEKDAY_NAME, is_weekday
from newsclean.extract.date.stamp import Stamp
from newsclean.patterns import lazy_compile

FLAGS = regex.IGNORECASE | regex.VERBOSE

PUBLISHED_CUE_RE = lazy_compile(
    r"""(?<!\p{L})(?:
      (?:first\s+)?(?:published|posted|publish\s+date|released|created)  # English
    | date\s+published | publication\s+date | pubdate
    | veröffentlicht | erschienen | erstellt | publiziert                 # German
    | publié(?:e)? | mis\s+en\s+ligne | parution                        # French
    | publicad[oa] | publicación | pubblicat[oa] | publicação            # es, it, pt
    | gepubliceerd | geplaatst | opublikowan[oy] | publicerad | publiceret | publisert
    | julkaistu | опубликовано | публикация | publikováno | publikované | objavljeno
    | yayınlanma | publicat
    )(?!\p{L})""",
    FLAGS,
)
UPDATED_CUE_RE = lazy_compile(
    r"""(?<!\p{L})(?:
      (?:last\s+)?(?:updated?|modified|edited|revised)                    # English
    | (?:zuletzt\s+)?(?:aktualisiert|geändert|bearbeitet) | aktualisierung | stand
    | mis\s+à\s+jour | modifié(?:e)? | actualizad[oa] | actualización     # fr, es
    | aggiornat[oa] | aggiornamento | atualizad[oa] | atualização          # it, pt
    | bijgewerkt | gewijzigd | zaktualizowano | aktualizacja | uppdaterad | opdateret
    | oppdatert | päivitetty | обновлено | aktualizováno | güncellenme | actualizat
    )(?!\p{L})""",
    FLAGS,
)
# A dateline opening a story: "WASHINGTON, Nov 19 (Reuters) -", "Karlsruhe, (12.11.2021).",
# "Red. / 31.10.2023 Die ...", "27.1.2022 - Bei der ...", "(21. November 2022) Energieverbraucher
# erhalten ...": a place or desk, the date, then the text.
DATELINE_BEFORE_RE = lazy_compile(
    r"^(?:\p{Lu}[\p{L}\s.'-]{0,30}(?:\([^)]{1,30}\))?\s*[,:/(]\s*)?\(?\s*$"
)
DATELINE_AFTER_RE = lazy_compile(r"^\s*\)?\s*(?:\([^)]{1,30}\))?\s*(?:[-–—:.]\s|\s\p{Lu}\p{Ll})")
# A stamp closing a standfirst: "... What's the secret to its recovery? Monday, 6 January 2020"
AFTER_SENTENCE_RE = lazy_compile(rf"[.!?…]\s+(?:(?P<weekday>{WEEKDAY_NAME}),?\s*)?$", FLAGS)
COPYRIGHT_RE = lazy_compile(r"©|\(c\)\s*\d|\bcopyright\b", FLAGS)
RIGHTS_RE = lazy_compile(
    r"all\s+rights\s+reserved|alle\s+rechte\s+vorbehalten|tous\s+droits", FLAGS
)
# A reader's post: "Karl sagt:" on the line above, "Reply" beside the date.
REPLY_RE = lazy_compile(
    r"""(?:\b(?:says|said|sagt|schreibt|dit|dice|disse|zegt|пишет|napisał)\s*:\s*$)
    | (?<!\p{L})(?:reply|antworten|répondre|responder|rispondi)(?!\p{L})""",
    FLAGS,
)
# An embedded post's signature ends in its date: "— Jane Doe (@janedoe) November 4, 2019",
# "A post shared by Jane Doe (@janedoe) on Feb 16, 2020".
EMBED_BEFORE_RE = lazy_compile(r"\(@[\w.]+\)\s*(?:on\s+)?$", FLAGS)
# Cue words of languages that write the day before the month: their slash dates are day first.
DAY_FIRST_CUE_RE = lazy_compile(
    r"""(?<!\p{L})(?:veröffentlicht|aktualisiert|publié|mis\s+à\s+jour|publicad[oa]|actualizad[oa]
    |pubblicat[oa]|aggiornat[oa]|atualizad[oa]|gepubliceerd|opublikowan[oy]|publicerad
    |опубликовано|обновлено)(?!\p{L})""",
    FLAGS,
)
# The start of a comment thread: dates below it belong to readers' posts.
COMMENTS_RE = lazy_compile(
    r"""^(?:\d+\s+)?(?:comments?|kommentare?|leserkommentare|commentaires?|comentarios?
    |commenti|reacties|responses|replies|leave\s+a\s+(?:reply|comment)|discussion
    |diskussion|\d+\s+thoughts?\s+on)\b""",
    FLAGS,
)
# Words that may share a line with a stamp without making it a sentence.
FILLERS = frozenset({
    "on", "at", "am", "um", "the", "le", "der", "den", "de", "del", "el", "il", "à", "a", "às",
    "o", "om", "op", "kl", "klo", "uhr", "date", "datum", "fecha", "data", "dátum", "time", "by",
    "ago", "since", "seit", "heute", "today", "gmt", "utc",
})
DIGIT_RE = lazy_compile(r"\d")
WEEKDAY_LEAD_RE = lazy_compile(rf"^(?P<weekday>{WEEKDAY_NAME}),?\s", FLAGS)
WORD_RE = lazy_compile(r"\p{L}[\p{L}\p{M}'’.-]*")
# A cue governs a date printed at most this far after it ("Published on Tuesday, ...").
MAX_CUE_GAP_CHARS = 30
# A dateline opens a paragraph, so its line is long.
MIN_DATELINE_LINE_CHARS = 80


def weekday_led(text: str) -> bool:
    """The line opens with a weekday name ("Thursday, November 9th 2023")."""
    m = WEEKDAY_LEAD_RE.match(text)
    return m is not None and is_weekday(m["weekday"])


def after_sentence(text: str, end: int) -> bool:
    """The text up to ``end`` closes a sentence, maybe with a weekday after it."""
    m = AFTER_SENTENCE_RE.search(text, 0, end)
    return m is not None and (m["weekday"] is None or is_weekday(m["weekday"]))


def extra_words(text: str, stamps: Sequence[Stamp], *, fillers: bool = True) -> list[str]:
    """The words of a line outside its dates and cues, and (by default) without fillers.

    >>> from newsclean.extract.date.formats import scan
    >>> line = "Published on 19 November 2019 by Jane Doe"
    >>> extra_words(line, scan(line)), extra_words(line, scan(line), fillers=False)
    (['Jane', 'Doe'], ['on', 'by', 'Jane', 'Doe'])
    """
    rest, pos = [], 0
    for stamp in stamps:
        rest.append(text[pos : stamp.start])
        pos = stamp.end
    rest.append(text[pos:])
    left = " ".join(rest)
    for pattern in (PUBLISHED_CUE_RE, UPDATED_CUE_RE):
        left = pattern.sub(" ", left)
    words = WORD_RE.findall(left)
    return drop_fillers(words) if fillers else words


def drop_fillers(words: Sequence[str], most: int | None = None) -> list[str]:
    """The words that are neither fillers ("on", "um", "GMT") nor weekday names, or the first
    ``most`` of them: a caller that counts no further need not read all of a long line's.

    >>> drop_fillers(["on", "Tuesday", "by", "Jane", "Doe", "kl."])
    ['Jane', 'Doe']
    >>> drop_fillers(["on", "Tuesday", "by", "Jane", "Doe", "kl."], most=1)
    ['Jane']
    """
    kept = (w for w in words if w.rstrip(".").casefold() not in FILLERS and not is_weekday(w))
    return list(islice(kept, most))


def is_period(text: str, stamps: Sequence[Stamp]) -> bool:
    """Two dates with no cue, the second on a later day: an event's run, not a stamp.

    >>> from newsclean.extract.date.formats import scan
    >>> line = "29 November 2018 | 20 January 2019"
    >>> is_period(line, scan(line))
    True
    >>> line = "Published 19 Nov 2019 | Updated 20 Nov 2019"
    >>> is_period(line, scan(line))
    False
    """
    days = [s.value[:10] for s in stamps if s.value]
    return (
        len(days) == 2
        and days[0] < days[1]
        and not PUBLISHED_CUE_RE.search(text)
        and not UPDATED_CUE_RE.search(text)
    )


def cue_of(text: str, stamp: Stamp, prev_end: int, previous_line: str) -> str | None:
    """The cue governing a stamp: a cue word just before it ("Published on", "Stand:"), a wire
    dateline, or a cue alone on the line above ("Veröffentlicht" / "19.11.2019")."""
    before = text[prev_end : stamp.start]
    hits = [
        (m.end(), kind)
        for kind, pattern in (("published", PUBLISHED_CUE_RE), ("updated", UPDATED_CUE_RE))
        for m in pattern.finditer(before)
    ]
    if hits:
        end, kind = max(hits)
        gap = before[end:]
        return kind if len(gap) <= MAX_CUE_GAP_CHARS and len(WORD_RE.findall(gap)) <= 3 else None
    if (
        prev_end == 0
        and len(text) > MIN_DATELINE_LINE_CHARS
        and DATELINE_BEFORE_RE.match(before)
        and DATELINE_AFTER_RE.match(text[stamp.end :])
    ):
        return "dateline"
    if prev_end == 0 and not WORD_RE.search(before) and len(previous_line) <= 40:
        for kind, pattern in (("published", PUBLISHED_CUE_RE), ("updated", UPDATED_CUE_RE)):
            if pattern.search(previous_line):
                return kind
    return None
