"""Byline lines: parse one line as a byline ("By X", "X - Nov 19, 2019", "X, AP Writer").

The finder in ``byline.py`` decides where to look; this module decides what a line says. Each
parser returns a ``BylineFound`` (index 0) or None.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import regex

from newsclean.extract.byline.glue import unglue
from newsclean.extract.byline.names import (
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
)
from newsclean.extract.byline.vouch import (
    bare_names_ok,
    bare_rule,
    may_be_vouched,
    may_name_title,
    trailer_vouches,
    vouch_hinted,
)
from newsclean.gates.words import may_match
from newsclean.patterns import lazy_compile

# A bare byline (no cue) is a short line.
MAX_BARE_WORDS = 20

# Where the names of a byline end: a date, a handle, an e-mail, "Updated", a preposition...
# Only where the first match starts counts, so the branches are grouped by what must stand before
# them (a word's start, a space), which the engine then tests once for all of them.
TRAILER = rf"""
    (?<![\p{{L}}\d]) \d                                    # any digit: dates, times, counts
    | [@(\[]                                               # handles, "(Reuters)"-like asides
    | https?:// | www\.                                    # links
    | \b (?: (?:{MONTHS})\.? \s* \d                         # "Nov 18", "Feb. 8"
        | (?:{WEEKDAYS})\b                                  # "Monday"
        | (?: updated | last \s+ updated | published | posted | share | follow | view
          | more \s+ (?:articles|stories|from|by) | read \s+ more | e-?mail | comments?
          | leave \s+ a \s+ comment | (?:ein|kein|keine|no|one|a) \s+ (?:kommentare?|comments?)
          | schreibe \s+ einen | hinterlasse | zuletzt | veröffentlicht | aktualisiert | publiziert
          | kommentare? | publicado | actualizado | publié | mis \s+ à \s+ jour | sagt | says
          )\b )
    | (?<=\s) (?: (?-i:\p{{Lu}}) \p{{L}}* : (?=\s|$)         # a label: "Kategorien:", "Lesezeit:"
        | (?: on | at | in | am | um | le | el | for | für | via | from | aus | with
          | mit | seit | since | who | is | ist )\b )
"""
# An e-mail address cuts from its start: it cannot match a line without "@", where the search
# without it finds the same start in two thirds of the time.
TRAILER_RE = lazy_compile(
    rf"(?: {TRAILER} | (?<![\w.+\-])[\w.+\-]++@[\w\-]+\.\w )", regex.IGNORECASE | regex.VERBOSE
)
TRAILER_NO_MAIL_RE = lazy_compile(rf"(?: {TRAILER} )", regex.IGNORECASE | regex.VERBOSE)
# Characters TRAILER_RE matches wherever they stand after a separator: a line that opens with
# one holds no name before its trailer.
TRAILER_OPENERS = frozenset("0123456789@([")
# A cue that introduces the names. Lead-in words ("Written", "Posted", "Ein Artikel") are folded in.
CUE_RE = lazy_compile(
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
CUE_HINT = r"""
    \b (?: (?: by | von | (?-i:vom) | por | par | door | av | af | di | da | author
            | autor (?:/in|\*in)? | thread \s+ starter | themenstarter ) (?= \s | : )
        | (?: author | autor | auteur | text | words | redaktion | interview | автор | текст
            | herausgeber ) [^\s:]{0,3} \s* :
    )
    """
CUE_HINT_RE = lazy_compile(CUE_HINT, regex.IGNORECASE | regex.VERBOSE)
# The words CUE_HINT_RE cannot match without, looked for in one scan of the lowercased line: two
# lines in three hold none, and the scan costs a fifth of the search it spares them.
MAY_HOLD_CUE = may_match(CUE_HINT_RE)
# CUE_HINT_RE for a lowercased ASCII line, read off its own source and run by the standard
# engine at a fraction of the cost on a paragraph. In ASCII, lowercasing folds each letter as a
# case-insensitive search does and "\b" finds the same word starts; its "\s" takes a few control
# characters more, so "[^:]" stands for "[^\s:]", and "vom" is found in any case: it finds a cue
# wherever CUE_HINT_RE does, and rarely one more, which CUE_RE then reads.
ASCII_CUE_HINT_RE = re.compile(
    CUE_HINT.replace("(?-i:vom)", "vom").replace(r"[^\s:]", "[^:]"), re.VERBOSE
)
# "ByHT News Desk": a browser copy glues the cue to the name.
GLUED_CUE_RE = lazy_compile(r"^(?:By|BY|Von|Por|Par)(?=\p{Lu}\p{L})")
# The cues GLUED_CUE_RE opens with: most lines start with none, which str.startswith() tells
# at a fraction of the cost of the match.
GLUED_CUES = ("By", "BY", "Von", "Por", "Par")
# Two stamps glued where inscriptis prints them side by side: "15. April 2016Samstag, 4. März".
GLUED_STAMPS_RE = lazy_compile(r"(?<=\d)(?=\p{Lu}\p{Ll}{2})")
# A cue alone on its line: the names follow on the next line.
CUE_ALONE_RE = lazy_compile(
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
# The characters a line CUE_ALONE_RE matches ends with, in every case ("ſ" folds to "s"): the
# last letter of a cue, a closing bracket, a colon. Most lines end with none of them.
CUE_ALONE_ENDS = frozenset("yYnNrRsSſрР):")
# Cues that are ordinary words in other languages: they need the page's language, or a full name.
AMBIGUOUS_CUES = {"door": "nl", "av": "sv no", "af": "da", "di": "it", "da": "it pt"}
# Cues that are nouns: without their colon they may head a section ("Author information"), so
# what follows must be capitalised to be a name.
NOUN_CUES = frozenset({"author", "autor", "autor/in", "autor*in"})
# A lead-in that is not a date but still fine before the cue: "Posted on", "Post author".
LEAD_WORDS_RE = lazy_compile(
    r"^(?:[\s|·•,/\-–—]|posted|published|on|am|le|el|post|author|veröffentlicht|publiziert)*$",
    regex.IGNORECASE,
)
# Credits and asides that look like bylines but name a photographer or a source.
CREDIT_RE = lazy_compile(
    r"^(?:\(|\[|©|copyright|photo|foto|bild|image|credit|quelle|source|fuente|getty)",
    regex.IGNORECASE,
)
# The characters a line CREDIT_RE matches opens with, in every case ("İ" folds to "i", "ſ" to "s").
CREDIT_INITIALS = frozenset("([©cCpPfFbBiIİqQsSſgG")
# A date that dates a byline: with its year, its time, or relative ("2 hours ago"). A day and a
# month alone ("June 9 --") head the items of tour and event lists.
FULL_DATE_RE = lazy_compile(
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


def holds_cue_hint(text: str) -> bool:
    """Whether ``text`` may hold a cue: True wherever CUE_HINT_RE finds one (and rarely else).

    >>> holds_cue_hint("Jane Doe, BY AP"), holds_cue_hint("Autor*in: Jane Doe")
    (True, True)
    >>> holds_cue_hint("Baby steps"), holds_cue_hint("Bylines")
    (False, False)
    """
    if text.isascii():
        return ASCII_CUE_HINT_RE.search(text.lower()) is not None
    return CUE_HINT_RE.search(text) is not None


def cut_names(text: str) -> tuple[str, str]:
    """Split ``text`` into the names part and the trailer (date, handle, "Updated"...)."""
    m = (TRAILER_RE if "@" in text else TRAILER_NO_MAIL_RE).search(text)
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


def _is_credit(text: str) -> bool:
    """A photo credit or a source: "Photo: Jane Doe", "(Reuters)", "© Jane Doe"."""
    return text[:1] in CREDIT_INITIALS and CREDIT_RE.match(text) is not None


def parse_name_line(text: str) -> tuple[str, ...]:
    """The people (or the agency) on a line that holds nothing else.

    >>> parse_name_line("JANIE HAR")
    ('Janie Har',)
    >>> parse_name_line("Share this story")
    ()
    """
    text = text.strip()
    if _is_credit(text) or text.endswith(":") or len(text.split()) > MAX_BARE_WORDS:
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
    if not MAY_HOLD_CUE(text):  # a glued "ByHT" holds the word "by" too
        return None
    text = text.strip()
    if text.startswith(GLUED_CUES):
        text = GLUED_CUE_RE.sub("By ", text, count=1)
    if not holds_cue_hint(text):
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
AT_TIME_RE = lazy_compile(r"\s@\s(?=\d)")


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
    if not may_be_vouched(text):
        return None
    if _is_credit(text) or "©" in text or len(text.split()) > MAX_BARE_WORDS:
        return None
    hinted = vouch_hinted(text)
    # a leading date holds a digit or a word of a date, which the hint looks for
    lead = DATE_PREFIX_RE.match(text) if hinted else None
    if lead and not (REAL_DATE_RE.search(lead.group(0)) and FULL_DATE_RE.search(lead.group(0))):
        lead = None  # "June 9 -- Coral Sky Amphitheatre": a tour date, not a dated byline
    if lead and lead.group(0).rstrip().endswith(":"):
        return None  # "2 décembre 2019 : Reportage JT": a dated list item
    if not hinted and not may_name_title(unglue(text)):  # the names are read unglued
        return None
    rest = unglue(text[lead.end() :] if lead else text, titles=False)
    if rest.lstrip(SEPARATORS + " ")[:1] in TRAILER_OPENERS:
        return None  # a trailer from the start, no name before it: "16 hours ago", "(5)"
    names, trailer = cut_names(rest)
    if not names:
        return None  # no name before the trailer: "http://amzn.to/2hWEIX7"
    if rest[len(names) :].lstrip().startswith(":"):
        return None  # "opublikowano: 2021-04-29": a label, not a name
    if lead is None and trailer and not trailer_vouches(trailer):
        return None  # settled before the costly parse of the names
    parsed = authors_of(names)
    if parsed is None or not bare_names_ok(parsed, allow_single=allow_single):
        return None
    rule = bare_rule(names, trailer, parsed[1], dated=lead is not None)
    return BylineFound(names, parsed[0], 0, rule) if rule else None
