"""Person names in bylines: token shapes, job titles, agencies, capitals, and the author splitter.

A byline such as ``"Tom Krisher, AP Auto Writer"`` or ``"HT News Desk | Written by Aryan Prakash"``
is cut into segments (on pipes, commas, "and" and its cousins), and each segment is classified as
a person, an organisation (a news agency, a desk, a site) or a job title. People win: a desk or an
agency is an author only when no person is named.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

import regex

from newsclean.extract.byline.name_words import (
    AGENCIES,
    ARTICLE_PARTICLES,
    COMMON_WORDS,
    HONORIFICS,
    MAX_ORG_WORDS,
    NOT_NAME_WORDS,
    ORG_GLUE,
    ORG_WORDS,
    PARTICLES,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from newsclean.patterns import lazy_compile

Kind = Literal["person", "org", "title", "handle", "place", "junk"]

HARD_SEPARATOR_RE = lazy_compile(r"\s+(?:\||•|·|–|—|-|/|//|::)\s+|\s*\|\s*")
# One of these is in every match of HARD_SEPARATOR_RE.
HARD_SEPARATOR_MARKS = frozenset("|•·–—-/:")
# What parts the names of one chunk: marks, and words that join names, with spaces around them.
SOFT_SEPARATOR_MARKS = ",;&+"
SOFT_MARK_SET = frozenset(SOFT_SEPARATOR_MARKS)
SOFT_SEPARATOR_WORDS = ("and", "und", "y", "e", "et", "en", "og", "och", "i", "и", "ve")
SOFT_SEPARATOR_RE = lazy_compile(
    rf"""
    \s*[{SOFT_SEPARATOR_MARKS}]\s*                  # "A, B & C"
    | \s+(?:{'|'.join(SOFT_SEPARATOR_WORDS)})\s+    # "A and B", "A und B", "A y B"
    """,
    regex.VERBOSE,
)
SOFT_WORD_SET = frozenset(SOFT_SEPARATOR_WORDS)
# A cue inside a segment: "Written by Aryan Prakash" after "HT News Desk |".
INNER_CUE_RE = lazy_compile(
    r"^(?:(?:written|reported|reporting|words|text|story|analysis)\s+)?(?:by|von|por|par)\s+",
    regex.IGNORECASE,
)
# The letters INNER_CUE_RE's words open with: an ASCII character that lowercases to none of them
# cannot open a match (case folding may map a character outside ASCII onto one: "ſ" onto "s").
INNER_CUE_INITIALS = "wrtsabvp"
TOKEN_RE = lazy_compile(r"[\p{L}\p{M}\d][\p{L}\p{M}\d'’.\-]*|[^\s\p{L}\p{M}\d]")
NAME_TOKEN_RE = lazy_compile(
    r"""
    ^(?: (?:\p{Lu}\.){1,3}                              # initials: "E.", "T.V."
       | (?:[dDlLO]['’])? \p{Lu} [\p{L}\p{M}'’\-]* \.?  # "O'Brien", "McDonald", "Torres-Guillén"
    )$(?<!['’]s)                                        # not a possessive: "Phranc's"
    """,
    regex.VERBOSE,
)
INITIALS_RE = lazy_compile(r"^(?:\p{Lu}\.){1,3}$")
MAX_INITIALS_CHARS = 6  # the longest INITIALS_RE matches, which end with a dot: "T.V.E."
HANDLE_RE = lazy_compile(r"^[\p{L}\d_.\-]{2,30}$")
DOMAIN_RE = lazy_compile(r"^[\w\-]+(?:\.[\w\-]+)*\.(?:com|org|net|de|at|ch|fr|es|it|uk|io|in)$")
MC_RE = lazy_compile(r"^(Mc)(\p{L})(.*)$")
# The letter after an apostrophe that follows one letter: "O'Brien", "d'Arcy".
APOSTROPHE_NAME_RE = lazy_compile(r"(?<=\b\p{L}['’])(\p{Ll})")


class Segment(NamedTuple):
    """One piece of a byline, classified."""

    kind: Kind
    text: str
    titled: bool = False  # a job title followed the name: "Meg James Staff Writer"


def normalise_capitals(name: str) -> str:
    """Title-case a name printed in capitals; leave mixed-case names alone.

    >>> normalise_capitals("TOM KRISHER")
    'Tom Krisher'
    >>> normalise_capitals("SEAN O'BRIEN MCDONALD VAN DER BERG")
    "Sean O'Brien McDonald van der Berg"
    >>> normalise_capitals("Kazım TÜRKMEN")
    'Kazım TÜRKMEN'
    """
    words = name.split()
    letters = [c for c in name if c.isalpha()]
    if len(words) < 2 or not letters or any(c.islower() for c in letters):
        return name
    return " ".join(_title_word(w) for w in words)


def _title_word(word: str) -> str:
    if word.lower() in PARTICLES:
        return word.lower()
    titled = "-".join(part.capitalize() for part in word.split("-"))
    titled = APOSTROPHE_NAME_RE.sub(lambda m: m.group(1).upper(), titled)
    if m := MC_RE.match(titled):
        return m.group(1) + m.group(2).upper() + m.group(3)
    return titled


def classify(segment: str, *, alone: bool = False) -> Segment:
    """Say whether a byline segment is a person, an organisation, a job title or junk.

    >>> classify("TOM KRISHER")
    Segment(kind='person', text='Tom Krisher', titled=False)
    >>> classify("AP Auto Writer").kind
    'title'
    >>> classify("the time the polls closed").kind
    'junk'
    """
    text = segment.strip(" \t.,:;-–—|()[]\"'“”„«»")
    words = text.split()  # no empty words
    while words and words[0].lower() in HONORIFICS:
        words = words[1:]
    if not words:
        return Segment("junk", "")
    lowered = [w.lower().strip(".,") for w in words]
    joined = " ".join(lowered)
    if joined in AGENCIES or (joined.startswith("the ") and joined[4:] in AGENCIES):
        return Segment("org", " ".join(words))
    if "." in joined and any("." in w and DOMAIN_RE.match(w) for w in lowered):  # a domain's dot
        return Segment("org", " ".join(words))
    person = _strip_title(words, lowered)
    if person is None:
        return Segment("title", " ".join(words))
    if _is_org(person):
        return Segment("org", " ".join(words))
    titled = len(person) < len(words)
    if _is_person(person, alone=alone or titled):
        return Segment("person", normalise_capitals(" ".join(person)), titled)
    if len(words) == 1 and _is_person(words, alone=True):
        return Segment("place", words[0])  # "Reuters, Washington": a dateline's city
    if alone and len(words) == 1 and _is_handle(words[0]):
        return Segment("handle", words[0])
    return Segment("junk", " ".join(words))


# Every word of a job title, built once: _strip_title() runs for every segment of every line.
TITLE_WORDS = TITLE_HEADS | TITLE_MODIFIERS


def _strip_title(words: list[str], lowered: list[str]) -> list[str] | None:
    """The words before a trailing job title; None when the segment is only a title.

    ``lowered`` holds the words lowercased, less the dots and commas around them.
    """
    lead = 0
    while lead < len(words) and lowered[lead] in TITLE_MODIFIERS:
        lead += 1
    if lead < len(words) and lowered[lead].split("-")[-1] in TITLE_HEADS:
        rest = words[lead + 1 :]
        if len(rest) >= 2 and all(w[:1].isupper() for w in rest):
            return rest  # "FOCUS-Online-Experte Robin Tschöpe"
        return None  # "Projektleiterin der HSS", "Director of Education Equity"
    start = len(words)
    while start > 0 and lowered[start - 1] in TITLE_WORDS:
        start -= 1
    if not any(w in TITLE_HEADS for w in lowered[start:]):
        return words
    if start == 0:
        return None
    if start == 1:
        return words  # "HNN Staff", "Rasender Reporter": a name of its own, not a title
    return words[:start]


def opens_with_title(text: str) -> bool:
    """The line opens with a job title: "Stellvertretende Pressesprecherin und ...".

    >>> opens_with_title("Senior Editor, The Verge")
    True
    >>> opens_with_title("Editorial: the case for a four-day week")
    False
    """
    lowered = [w.lower().strip(".,:;") for w in text.split()]
    lead = 0
    while lead < len(lowered) and lowered[lead] in TITLE_MODIFIERS:
        lead += 1
    return lead < len(lowered) and lowered[lead].split("-")[-1] in TITLE_HEADS


def _is_org(words: list[str]) -> bool:
    """An outlet, desk or agency: "HT News Desk", "The Water Coolest", "Redaktion"."""
    if len(words) > MAX_ORG_WORDS or not words[0][:1].isupper():
        return False
    if any(not w[:1].isupper() and w.lower() not in ORG_GLUE for w in words):
        return False  # "Sport zu": prose, not a name of an outlet
    lowered = [w.lower().strip(".,") for w in words]
    if any(w in ORG_WORDS for w in lowered):
        return True
    return lowered[0] == "the" and 2 <= len(words) <= 4


def _is_person(words: list[str], *, alone: bool) -> bool:
    if not 1 <= len(words) <= 5 or (len(words) == 1 and not alone):
        return False
    if len({w.lower() for w in words}) < len(words):
        return False  # "Suche Erweiterte Suche": a menu, not a name
    capitalised = 0
    for i, word in enumerate(words):
        low = word.lower()
        if low in PARTICLES and 0 < i < len(words) - 1:
            if low in ARTICLE_PARTICLES and words[i - 1].lower() not in PARTICLES:
                return False  # "Buch der Woche": "der" belongs after "van"/"von" only
            continue
        if word[-1] == "." and len(word) <= MAX_INITIALS_CHARS and INITIALS_RE.match(word):
            capitalised += 1
            continue
        if low.strip(".") in NOT_NAME_WORDS or not NAME_TOKEN_RE.match(word):
            return False
        capitalised += 1
    return capitalised >= 1 and (len(words) > 1 or len(words[0]) > 1)


def _is_handle(word: str) -> bool:
    return (
        bool(HANDLE_RE.match(word))
        and any(c.isalpha() for c in word)
        and word.lower() not in COMMON_WORDS
        and word.lower() not in NOT_NAME_WORDS
    )


def segments(byline: str) -> list[Segment]:
    """Cut a byline into classified segments.

    >>> [s.kind for s in segments("HT News Desk | Written by Aryan Prakash")]
    ['org', 'person']
    >>> [s.kind for s in segments("the time the polls closed")]
    ['junk']
    """
    byline = byline.strip()
    # most bylines hold no separator at all: the split would hand back the whole of it
    cut = not HARD_SEPARATOR_MARKS.isdisjoint(byline)
    chunks = [c for c in HARD_SEPARATOR_RE.split(byline) if c and c.strip()] if cut else [byline]
    pieces: list[str] = []
    for chunk in chunks:
        pieces.extend(p for p in _soft_split(_without_inner_cue(chunk.strip())) if p and p.strip())
    alone = len(pieces) == 1
    return [classify(p, alone=alone) for p in pieces]


def _without_inner_cue(chunk: str) -> str:
    """The chunk less a cue that opens it: "Written by Aryan Prakash" -> "Aryan Prakash"."""
    first = chunk[:1]
    if first.isascii() and first.lower() not in INNER_CUE_INITIALS:
        return chunk
    return INNER_CUE_RE.sub("", chunk)


def _soft_split(chunk: str) -> list[str]:
    """The chunk cut at commas, "&" and the words that join names ("and", "und", "y").

    Most chunks hold none of them, which a look at their marks and words tells faster than the
    split (whose spaces are spaces to str.split() too, so a joining word is one of its words).
    """
    if not (SOFT_MARK_SET.isdisjoint(chunk) and SOFT_WORD_SET.isdisjoint(chunk.split())):
        return SOFT_SEPARATOR_RE.split(chunk)
    return [chunk]


def pick_authors(found: list[Segment]) -> tuple[str, ...]:
    """People if any are named, else the organisations, else a lone user name or title.

    >>> pick_authors([Segment("org", "HT News Desk"), Segment("person", "Aryan Prakash")])
    ('Aryan Prakash',)
    >>> pick_authors([Segment("junk", "the time")])
    ()
    """
    for kinds in (("person",), ("org",), ("handle", "title")):
        chosen = [s.text for s in found if s.kind in kinds]
        if chosen:
            return tuple(dict.fromkeys(chosen))
    return ()


def site_name(text: str) -> str:
    """The address that opens ``text``, when a site signs for itself: "www.koffergepackt.com".

    >>> site_name("www.koffergepackt.com 2 Kommentare")
    'www.koffergepackt.com'
    >>> site_name("Jane Doe")
    ''
    """
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return first if DOMAIN_RE.match(first.lower()) else ""


# Date stamps stuck to bylines ("By Jane Doe Updated 9:01 AM"), or on the line next to a name.
MONTHS = r"""
    jan(?:uary|uar|vier)? | feb(?:ruary|ruar)? | fév(?:rier)? | febrero | mar(?:ch|s|zo)? | märz
    | apr(?:il)? | avril | abril | may(?:o)? | mai | jun(?:e|i|io)? | juin | jul(?:y|i|io)?
    | juillet | aug(?:ust)? | août | agosto | sep(?:t|tember|tembre|tiembre)? | oct(?:ober|obre)?
    | okt(?:ober)? | octubre | nov(?:ember|embre|iembre)? | dec(?:ember)? | dez(?:ember)?
    | déc(?:embre)? | dic(?:iembre)?
"""
WEEKDAYS = r"""
    mon(?:day)? | tue(?:s|sday)? | wed(?:nesday)? | thu(?:rs|rsday)? | fri(?:day)? | sat(?:urday)?
    | sun(?:day)? | montag | dienstag | mittwoch | donnerstag | freitag | samstag | sonntag
    | lundi | mardi | mercredi | jeudi | vendredi | samedi | dimanche | lunes | martes
    | miércoles | miercoles | jueves | viernes | sábado | sabado | domingo
"""
DATE_WORDS = r"""
    published | updated | posted | last | modified | on | at | am | um | uhr | de | del | le
    | el | à | a\.m\. | p\.m\. | a | las | the | of | et | pm | hrs | h | utc | gmt | [ecmp][sd]?t
    | hst | ist | hkt | cet | cest | mez | mesz | bst | veröffentlicht | aktualisiert | publiziert
    | zuletzt | geändert | stand | erstellt | publicado | actualizado | publié | mis | jour
    | modifié | pubblicato | aggiornato | gepubliceerd | bijgewerkt | today | yesterday | heute
    | gestern | ago | vor | stunden | stunde | minuten | tagen | hours | hour | minutes | min
    | days | einer | an | original | read | lesezeit | hace | minutos | horas | hs | días | il | y
    | ca | letztes | update | datum | date | fecha | data | eingetragen
"""
# One token of a date stamp: "Nov.", "19,", "2019-11-18T20:51:19Z", "9:01", "Uhr", "Updated".
DATE_TOKEN = rf"""
    (?: \d[\d:./\-T]*Z? (?:st|nd|rd|th|h|am|pm|uhr|hrs)? (?!\p{{L}}) \.?
      | (?: {MONTHS} | {WEEKDAYS} ) (?![\p{{L}}_]) \.? ,?
      | (?: {DATE_WORDS} ) (?![\p{{L}}_]) :?           # not the head of a user name: "ThE_PaiN"
    )
"""
# The same token read one way only, for a whole line that must be nothing but tokens: digit groups
# are possessive and joined by one mark each, and a token keeps its own "." or ":", so a run like
# "1111…" or "1.1.1…" cannot be re-split token by token when the line turns out not to be a date.
WHOLE_DATE_TOKEN = rf"""
    (?: \d++ (?: [:./\-T] \d++ )*+ Z? (?:st|nd|rd|th|h|am|pm|uhr|hrs)? (?!\p{{L}}) \.?+
      | (?: {MONTHS} | {WEEKDAYS} ) (?![\p{{L}}_]) \.?+ ,?+
      | (?: {DATE_WORDS} ) (?![\p{{L}}_]) :?+
    )
"""
DATE_LINE_RE = lazy_compile(
    rf"""
    ^ [\s|/·•\-–—,(]*+
    (?= .*? (?: \d | \b(?:{MONTHS}|{WEEKDAYS})\b | \b(?:ago|vor|heute|today|yesterday)\b ) )
    (?> (?: {WHOLE_DATE_TOKEN} [\s,.;:|/·•\-–—()]*+ )+ ) $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
DATE_PREFIX_RE = lazy_compile(
    rf"""
    ^ (?: (?:posted|published|veröffentlicht|publiziert|gepostet|publicado|publié) \s+
          (?:on|am|le|el)? \s* )?
    (?= [^\p{{L}}]*? \d | (?:{MONTHS}|{WEEKDAYS})\b )
    (?: {DATE_TOKEN} [\s,.;:|/·•\-–—()]* )+
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# A date worth the name, not a bare number: "11/19/19", "Nov 19", "19. Oktober", "9:01", "2h ago".
REAL_DATE_RE = lazy_compile(
    rf"""
    \d{{1,4}} [./\-] \d{{1,2}} [./\-] \d{{2,4}}
    | \b\d{{1,2}} \. \d{{1,2}} \. (?!\d)
    | \b(?:{MONTHS}) \b\.? ,? \s* \d
    | \d \.? \s* (?:{MONTHS}) \b
    | \b\d{{1,2}} : \d\d
    | \b(?: ago | vor | heute | today | yesterday | gestern | hace ) \b
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# The word of a date stamp that opens a trailer: "Zuletzt geändert am 06.11.2023".
STAMP_CUE_RE = lazy_compile(
    r"""
    (?: last \s+ | zuletzt \s+ )?
    (?: updated | published | posted | modified | geändert | aktualisiert | veröffentlicht
      | publiziert | erstellt | publicado | actualizado | publié | mis \s+ à \s+ jour )\b
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# What parts the pieces of a byline, and a name from its trailer.
SEPARATORS = " \t|·•,;:/-–—"


def starts_with_date(text: str) -> bool:
    """The trailer opens with a date, or is one: "Nov 19, 2019", "Zuletzt geändert am 06.11.2023".

    >>> starts_with_date("Zuletzt geändert am 06.11.2023")
    True
    >>> starts_with_date("(vor 2022)")
    False
    """
    text = text.lstrip(SEPARATORS)
    m = DATE_PREFIX_RE.match(text) or (STAMP_CUE_RE.match(text) and DATE_LINE_RE.match(text))
    return m is not None and bool(REAL_DATE_RE.search(m.group(0)))
