"""Byline lines: parse one line as a byline ("By X", "X - Nov 19, 2019", "X, AP Writer").

The finder in ``byline.py`` decides where to look; this module decides what a line says. Each
parser returns a ``BylineFound`` (index 0) or None.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from newsclean.extract.byline_glue import unglue
from newsclean.extract.name_words import AGENCIES, ORG_WORDS, TITLE_HEADS, wordset
from newsclean.extract.names import (
    DATE_LINE_RE,
    DATE_PREFIX_RE,
    HARD_SEPARATOR_RE,
    MONTHS,
    REAL_DATE_RE,
    SEPARATORS,
    WEEKDAYS,
    Segment,
    pick_authors,
    segments,
    site_name,
    starts_with_date,
)

# A bare byline (no cue) is a short line.
MAX_BARE_WORDS = 20

# Where the names of a byline end: a date, a handle, an e-mail, "Updated", a preposition...
TRAILER_RE = regex.compile(
    rf"""
    (?: (?<![\p{{L}}\d]) \d                                 # any digit: dates, times, counts
      | \b(?:{MONTHS})\.? \s* \d                           # "Nov 18", "Feb. 8"
      | \b(?:{WEEKDAYS})\b ,?                              # "Monday"
      | @ | (?<![\w.+\-])[\w.+\-]++@[\w\-]+\.\w         # handles, e-mails (from a run's start)
      | https?:// | www\.                                   # links
      | [(\[]                                              # "(Reuters)"-like asides
      | \b(?: updated | last \s+ updated | published | posted | share | follow | view
          | more \s+ (?:articles|stories|from|by) | read \s+ more | e-?mail | comments?
          | leave \s+ a \s+ comment | (?:ein|kein|keine|no|one|a) \s+ (?:kommentare?|comments?)
          | schreibe \s+ einen | hinterlasse | zuletzt | veröffentlicht | aktualisiert | publiziert
          | kommentare? | publicado | actualizado | publié | mis \s+ à \s+ jour | sagt | says
          )\b
      | (?<=\s) (?-i:\p{{Lu}}) \p{{L}}* : (?=\s|$)            # a label: "Kategorien:", "Lesezeit:"
      | (?<=\s) (?: on | at | in | am | um | le | el | for | für | via | from | aus | with
          | mit | seit | since | who | is | ist )\b
    )
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# A cue that introduces the names. Lead-in words ("Written", "Posted", "Ein Artikel") are folded in.
CUE_RE = regex.compile(
    r"""
    (?: ^ | (?<=[\s|·•,/\-]) )
    (?P<cue>
      (?: (?: written | reported | reporting | words | text | story | analysis | opinion
            | commentary | interview | posted | published | post \s+ author | photos? \s+ and
            | geschrieben | verfasst | erstellt | gepostet | veröffentlicht | publiziert
            | eingestellt | gespeichert                # Blogger's and Drupal's German
            | ein(?:e)? \s+ (?:artikel|kolumne|kommentar|gastbeitrag|beitrag|analyse)
            | artikel | beitrag | escrito | publicado | redactado | publié | écrit | rédigé
            | scritto | pubblicato | geschreven | skrevet | skrivet ) \s+ )?
      (?: by | von | por | par | door | av | af | di | da | author | autor (?:/in|\*in)?
        | (?-i:vom)                                    # "vom Support Team"; "Vom ..." heads a title
        | thread \s+ starter | themenstarter )        # a forum thread's first poster
      (?: \s*:(?!innen)\s* | \s+ )
    | (?: author\(?s?\)? | authors | autor(?:in|\*in|/in|en)? | auteur(?:s)? | autore | text
        | texte | words | redaktion | interview | автор(?:ы)? | текст
        | herausgeber ) \s*:(?!innen)\s*                 # a press release's publisher
    | about \s+ the \s+ author \s+ [-–—:] \s+            # an author box's heading
    )
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# What every match of CUE_RE holds, found three times faster: a cue word at a word start before
# a space or a colon, or a label word before a colon. Lines without it are no cue lines.
CUE_HINT_RE = regex.compile(
    r"""
    \b (?: (?: by | von | (?-i:vom) | por | par | door | av | af | di | da | author
            | autor (?:/in|\*in)? | thread \s+ starter | themenstarter ) (?= \s | : )
        | (?: author | autor | auteur | text | words | redaktion | interview | автор | текст
            | herausgeber ) [^\s:]{0,3} \s* :
    )
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# What a bare name's line needs for every rule but "name_title": a handle, a digit or a word of
# a date ("2 hours ago"), an author widget ("Follow", "View profile"). Lines without are settled
# by _may_name_title() before the costly parse.
VOUCH_HINT_WORDS = ("ago", "vor", "heute", "today", "yesterday", "gestern", "hace", "follow",
                    "view", "more")
VOUCH_HINT_RE = regex.compile(
    r"[@\d] | " + " | ".join(VOUCH_HINT_WORDS), regex.IGNORECASE | regex.VERBOSE
)
LETTERS_RE = regex.compile(r"[\p{L}\p{M}]+")
# Words of the outlets that classify() tells apart, split into letter runs: "press", "ria".
ORG_HINT_WORDS = ORG_WORDS | {"the"} | {w for name in AGENCIES for w in LETTERS_RE.findall(name)}
# "ByHT News Desk": a browser copy glues the cue to the name.
GLUED_CUE_RE = regex.compile(r"^(?:By|BY|Von|Por|Par)(?=\p{Lu}\p{L})")
# Two stamps glued where inscriptis prints them side by side: "15. April 2016Samstag, 4. März".
GLUED_STAMPS_RE = regex.compile(r"(?<=\d)(?=\p{Lu}\p{Ll}{2})")
# A cue alone on its line: the names follow on the next line.
CUE_ALONE_RE = regex.compile(
    r"""
    ^ (?: (?: by | von | por | par | written \s+ by | posted \s+ by
          | artikel \s+ von
          # the piece's genre signed alone: "Kommentar von" / "Ingo Arzt", "Analysis by"
          | (?: ein \s+ )? (?: kommentar | analyse | gastbeitrag | reportage | essay ) \s+ von
          | (?: analysis | commentary | opinion | reporting | story | words ) \s+ by ) \s* :?
        | (?: author\(?s?\)? | authors | autor(?:in|\*in|/in|en)? | auteur(?:\(?s\)?)? | автор )
          \s* :?
        | herausgeber \s* : ) $                          # "Herausgeber" alone heads a menu
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# What an author box prints after the name: "Inga Hoeltmann Follow", "View More Articles".
AUTHOR_WIDGET_RE = regex.compile(
    r"^(?:follow|view\s+(?:more\s+articles|profile|all\s+posts)|more\s+articles)\b",
    regex.IGNORECASE,
)
# Desks that sign articles under one word: "Redaktion - 31. Januar 2022".
DESK_WORDS = wordset("redaktion newsdesk redacción rédaction redazione redactie staff")
# Cues that are ordinary words in other languages: they need the page's language, or a full name.
AMBIGUOUS_CUES = {"door": "nl", "av": "sv no", "af": "da", "di": "it", "da": "it pt"}
# Cues that are nouns: without their colon they may head a section ("Author information"), so
# what follows must be capitalised to be a name.
NOUN_CUES = frozenset({"author", "autor", "autor/in", "autor*in"})
# A lead-in that is not a date but still fine before the cue: "Posted on", "Post author".
LEAD_WORDS_RE = regex.compile(
    r"^(?:[\s|·•,/\-–—]|posted|published|on|am|le|el|post|author|veröffentlicht|publiziert)*$",
    regex.IGNORECASE,
)
# Credits and asides that look like bylines but name a photographer or a source.
CREDIT_RE = regex.compile(
    r"^(?:\(|\[|©|copyright|photo|foto|bild|image|credit|quelle|source|fuente|getty)",
    regex.IGNORECASE,
)
# A date that dates a byline: with its year, its time, or relative ("2 hours ago"). A day and a
# month alone ("June 9 --") head the items of tour and event lists.
FULL_DATE_RE = regex.compile(
    r"""
    \b (?:1[89]|20) \d\d \b                       # a year: "2019", "2019-11-20"
    | \b \d{1,2} [./\-] \d{1,2} [./\-] \d{2,4} \b  # day, month and year: "10.29.19"
    | \b \d{1,2} : \d\d                            # a time: "9:01"
    | \b (?: ago | vor | heute | today | yesterday | gestern | hace ) \b
    """,
    regex.IGNORECASE | regex.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class BylineFound:
    """A byline found in the page's lines."""

    byline: str  # as printed, less a leading "By"/"Von"/"Por"/"Par"...
    authors: tuple[str, ...]  # person names; the agency when only an agency is named
    index: int  # index into `lines` of the byline line
    rule: str  # slug of what matched
    end_index: int | None = None  # the last line when the names follow a cue alone on its line


def split_authors(byline: str) -> tuple[str, ...]:
    """The authors named in a byline: people first, else the agency or desk.

    >>> split_authors("By A. B. Jones, Mary Smith and TOM KRISHER, AP Auto Writer")
    ('A. B. Jones', 'Mary Smith', 'Tom Krisher')
    >>> split_authors("the time the polls closed")
    ()
    """
    text = GLUED_CUE_RE.sub("", byline.strip())
    if m := CUE_RE.match(text):
        text = text[m.end() :]
    names, _ = cut_names(text)
    return pick_authors(segments(names))


def cut_names(text: str) -> tuple[str, str]:
    """Split ``text`` into the names part and the trailer (date, handle, "Updated"...)."""
    m = TRAILER_RE.search(text)
    cut = m.start() if m else len(text)
    return text[:cut].strip(SEPARATORS + " "), text[cut:].strip()


def authors_of(names: str) -> tuple[tuple[str, ...], list[Segment]] | None:
    """Authors of a names part, or None when any piece of it is not a name, title or outlet."""
    found = list(_segments(names))
    if not found or any(s.kind == "junk" for s in found):
        return None
    authors = pick_authors(found)
    return (authors, found) if authors else None


# Names parts whose segments are remembered: the byline tests and the name-line test of the
# page head read the same lines.
CACHED_NAMES = 4096


@functools.lru_cache(maxsize=CACHED_NAMES)
def _segments(names: str) -> tuple[Segment, ...]:
    return tuple(segments(names))


def leading_names(names: str) -> str:
    """The longest run of chunks (cut at pipes, slashes, dashes) that holds only names.

    After a cue, what follows the names may be anything: "Barbara Russ / Kategorien: Event".
    """
    best = ""
    for m in [*HARD_SEPARATOR_RE.finditer(names), None]:
        prefix = names[: m.start()] if m else names
        if authors_of(prefix) is None:
            break
        best = prefix
    return best


def parse_name_line(text: str) -> tuple[str, ...]:
    """The people (or the agency) on a line that holds nothing else.

    >>> parse_name_line("JANIE HAR")
    ('Janie Har',)
    >>> parse_name_line("Share this story")
    ()
    """
    text = text.strip()
    if CREDIT_RE.match(text) or text.endswith(":") or len(text.split()) > MAX_BARE_WORDS:
        return ()
    parsed = authors_of(text)
    if parsed is None or not bare_names_ok(parsed):
        return ()
    return parsed[0]


def full_name_line(text: str) -> tuple[str, ...]:
    """parse_name_line() when it reads one person named in full (two words or more), else ().

    >>> full_name_line("Sylvia Torres-Guillén"), full_name_line("Madonna")
    (('Sylvia Torres-Guillén',), ())
    """
    authors = parse_name_line(text)
    return authors if len(authors) == 1 and " " in authors[0] else ()


def parse_cue_line(text: str, *, language: str | None = None) -> BylineFound | None:
    """A line whose names follow a cue: "By X", "Nov 18, 2019 by X", "Autor: X".

    >>> parse_cue_line("By Jane Doe Updated 9:01 AM").authors
    ('Jane Doe',)
    >>> parse_cue_line("Author:The Water CoolestPublish date:Nov 18, 2019").authors
    ('The Water Coolest',)
    >>> parse_cue_line("By the time the polls closed, turnout was high.") is None
    True
    """
    text = GLUED_CUE_RE.sub("By ", text.strip(), count=1)
    if not CUE_HINT_RE.search(text):
        return None
    text = GLUED_STAMPS_RE.sub(" ", text)
    m = CUE_RE.search(text)
    if m is None or not _lead_ok(text[: m.start()]):
        return None
    after = unglue(text[m.end() :])
    names = leading_names(cut_names(after)[0]) or site_name(after)
    parsed = authors_of(names)
    if parsed is None or not _cue_ok(m.group("cue"), parsed[1], language):
        return None
    rule = "cue" if not text[: m.start()].strip() else "cue_after_date"
    return BylineFound(names, parsed[0], 0, rule)


# What a blog theme prints between a stamp and the cue after it: "22. Januar 2020 @ 18:13 //".
LEAD_TRAILER = " \t/|·•~–—-"
AT_TIME_RE = regex.compile(r"\s@\s(?=\d)")


def _lead_ok(lead: str) -> bool:
    """What stands before a cue is nothing, a lead-in word ("Posted"), or a date stamp."""
    lead = lead.strip()
    if not lead or LEAD_WORDS_RE.match(lead):
        return True
    stamp = AT_TIME_RE.sub(" ", lead.rstrip(LEAD_TRAILER))
    return bool(DATE_LINE_RE.match(stamp))


def _cue_ok(cue: str, found: list[Segment], language: str | None) -> bool:
    word = cue.split()[-1].strip(":").lower()
    if word in NOUN_CUES and ":" not in cue and not any(s.text[:1].isupper() for s in found):
        return False
    if word not in AMBIGUOUS_CUES:
        return True
    if not any(s.kind == "person" for s in found):
        return False  # "Di notte": a lower-case word after an ambiguous cue is prose
    if language is not None:
        return language.split("-")[0].lower() in AMBIGUOUS_CUES[word].split()
    return any(s.kind == "person" and " " in s.text for s in found)


def parse_bare_line(text: str, *, allow_single: bool = False) -> BylineFound | None:
    """A line with names but no cue, vouched for by a date, a job title or a handle on it.

    ``allow_single`` accepts a one-word name ("LinkNaija August 08, 2018"): only right under
    the headline.

    >>> parse_bare_line("Chris Davies - Nov 19, 2019, 10:31 pm CST").authors
    ('Chris Davies',)
    >>> parse_bare_line("Tom Krisher, Ap Auto Writer").authors
    ('Tom Krisher',)
    >>> parse_bare_line("Alex Wong | Getty Images") is None
    True
    """
    text = text.strip()
    if CREDIT_RE.match(text) or "©" in text or len(text.split()) > MAX_BARE_WORDS:
        return None
    hinted = VOUCH_HINT_RE.search(text) is not None
    # a leading date holds a digit or a word of a date, which the hint looks for
    lead = DATE_PREFIX_RE.match(text) if hinted else None
    if lead and not (REAL_DATE_RE.search(lead.group(0)) and FULL_DATE_RE.search(lead.group(0))):
        lead = None  # "June 9 -- Coral Sky Amphitheatre": a tour date, not a dated byline
    if lead and lead.group(0).rstrip().endswith(":"):
        return None  # "2 décembre 2019 : Reportage JT": a dated list item
    if not hinted and not _may_name_title(unglue(text)):  # the names are read unglued
        return None
    rest = unglue(text[lead.end() :] if lead else text, titles=False)
    names, trailer = cut_names(rest)
    if rest[len(names) :].lstrip().startswith(":"):
        return None  # "opublikowano: 2021-04-29": a label, not a name
    if lead is None and trailer and not _trailer_vouches(trailer):
        return None  # settled before the costly parse of the names
    parsed = authors_of(names)
    if parsed is None or not bare_names_ok(parsed, allow_single=allow_single):
        return None
    rule = _bare_rule(names, trailer, parsed[1], dated=lead is not None)
    return BylineFound(names, parsed[0], 0, rule) if rule else None


def _may_name_title(text: str) -> bool:
    """Whether a line may hold a person with a job title or an outlet ("name_title").

    A cheap test run before the costly parse, for lines without anything VOUCH_HINT_RE finds:
    False rules the line out, True decides nothing. It wants a capital letter (a person's name)
    and a job title's word, or a comma and an outlet's word or a domain.

    >>> _may_name_title("Tom Krisher, AP Auto Writer")
    True
    >>> _may_name_title("Home News Sport")
    False
    """
    if text.islower():  # no capital letter, so no person's name
        return False
    words = {word.lower() for word in LETTERS_RE.findall(text)}
    if not words.isdisjoint(TITLE_HEADS):
        return True
    return "," in text and ("." in text or not words.isdisjoint(ORG_HINT_WORDS))


def _bare_rule(names: str, trailer: str, found: list[Segment], *, dated: bool) -> str | None:
    """What vouches for a bare name: a date before or after it, a handle, a title, an outlet."""
    if dated:
        return "name_after_date"
    if trailer:
        return _trailer_vouches(trailer)
    if not any(s.kind == "person" for s in found):
        return None  # "Reuters" alone under a photo is a credit, not a byline
    if any(s.kind == "title" or s.titled for s in found):
        return "name_title"
    # "Meg Kinnard and Errin Haines, Associated Press"; but "Noah Berger / AP" is a photo credit
    if any(s.kind == "org" for s in found) and "," in names and "/" not in names:
        return "name_title"
    return None


def _trailer_vouches(trailer: str) -> str | None:
    """The rule by which what follows a bare name vouches for it: a handle, a widget, a date."""
    if trailer.startswith("@"):
        return "name_handle"
    if AUTHOR_WIDGET_RE.match(trailer):
        return "name_widget"
    if starts_with_date(trailer):
        return "name_date"
    return None


def _user_name_like(segment: Segment) -> bool:
    """A one-word author that is no ordinary word: "LinkNaija", "MikeNils", "r23", "Redaktion"."""
    word = segment.text
    if segment.kind == "handle" or word.lower() in DESK_WORDS | AGENCIES:
        return True
    inner_capital = any(c.isupper() for c in word[1:]) and not word.isupper()
    return " " not in word and (inner_capital or any(c.isdigit() or c == "_" for c in word))


def bare_names_ok(
    parsed: tuple[tuple[str, ...], list[Segment]], *, allow_single: bool = False
) -> bool:
    """Without a cue, only full names (two words or more) or a wire service will do."""
    authors, found = parsed
    if allow_single and len(found) == 1 and _user_name_like(found[0]):
        return True
    if any(s.kind == "person" for s in found):
        return all(" " in a for a in authors)
    return all(a.lower().removeprefix("the ") in AGENCIES for a in authors)
