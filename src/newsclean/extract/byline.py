"""The byline: find the line that names the authors, and split it into person names.

Three kinds of evidence, from strong to weak:

1. a cue: "By", "Von", "Por", "Par", "Written by", "Author:", "Автор:"..., at the start of the line
   or after a date ("Nov 18, 2019 by Joe Rossignol"), or alone with the names on the next line;
2. a bare name with a date, a job title or a handle on the same line ("Chris Davies - Nov 19,
   2019", "Tom Krisher, AP Auto Writer", "Keris Lahiff @kerisalison");
3. a bare name alone on its line with a date or a job title on the next one.

Bare names are only looked for near the headline. A false author costs as much as a missed one,
so "By the time the polls closed" fails: a name is one to five capitalised words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from newsclean.extract.names import (
    AGENCIES,
    DATE_LINE_RE,
    DATE_PREFIX_RE,
    HARD_SEPARATOR_RE,
    MONTHS,
    ORG_WORDS,
    REAL_DATE_RE,
    TITLE_HEADS,
    WEEKDAYS,
    Segment,
    pick_authors,
    segments,
    wordset,
)

__all__ = ["BylineFound", "find_byline", "is_byline_line", "split_authors"]

# Lines searched after and before the headline for a byline.
WINDOW_AFTER_LINES = 20
WINDOW_BEFORE_LINES = 5
# Lines searched from the top when the headline is unknown.
WINDOW_NO_HEADLINE_LINES = 60
# A one-word name without a cue ("LinkNaija August 08, 2018") is taken this close to the headline.
MAX_SINGLE_GAP_LINES = 3
# A name alone on its line (vouched for by the next line) is taken this close under the headline.
MAX_NAME_LINE_GAP_LINES = 8
# A bare byline (no cue) is a short line.
MAX_BARE_WORDS = 20

# Where the names of a byline end: a date, a handle, an e-mail, "Updated", a preposition...
TRAILER_RE = regex.compile(
    rf"""
    (?: (?<![\p{{L}}\d]) \d                                 # any digit: dates, times, counts
      | \b(?:{MONTHS})\.? \s* \d                           # "Nov 18", "Feb. 8"
      | \b(?:{WEEKDAYS})\b ,?                              # "Monday"
      | @ | \S+@\S+ | https?:// | www\.                     # handles, e-mails, links
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
            | ein(?:e)? \s+ (?:artikel|kolumne|kommentar|gastbeitrag|beitrag|analyse)
            | artikel | beitrag | escrito | publicado | redactado | publié | écrit | rédigé
            | scritto | pubblicato | geschreven | skrevet | skrivet ) \s+ )?
      (?: by | von | por | par | door | av | af | di | da | author | autor )
      (?: \s*:(?!innen)\s* | \s+ )
    | (?: author\(?s?\)? | authors | autor(?:in|\*in|en)? | auteur(?:s)? | autore | text
        | texte | words | redaktion | interview | автор(?:ы)? | текст ) \s*:(?!innen)\s*
    )
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# What every match of CUE_RE holds, found three times faster: a cue word at a word start before
# a space or a colon, or a label word before a colon. Lines without it are no cue lines.
CUE_HINT_RE = regex.compile(
    r"""
    \b (?: (?: by | von | por | par | door | av | af | di | da | author | autor ) (?= \s | : )
        | (?: author | autor | auteur | text | words | redaktion | interview | автор | текст )
          [^\s:]{0,3} \s* :
    )
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# Anything on a line that could vouch for a bare name, as _may_be_vouched() needs: a handle, a
# digit or a word of a date ("2 hours ago"), an author widget ("Follow", "View profile").
VOUCH_HINT_RE = regex.compile(
    r"[@\d] | ago | vor | heute | today | yesterday | gestern | hace | follow | view | more",
    regex.IGNORECASE | regex.VERBOSE,
)
LETTERS_RE = regex.compile(r"[\p{L}\p{M}]+")
# Words of the outlets that classify() tells apart, split into letter runs: "press", "ria".
ORG_HINT_WORDS = ORG_WORDS | {"the"} | {w for name in AGENCIES for w in LETTERS_RE.findall(name)}
# "ByHT News Desk": a browser copy glues the cue to the name.
GLUED_CUE_RE = regex.compile(r"^(?:By|BY|Von|Por|Par)(?=\p{Lu}\p{L})")
# A cue alone on its line: the names follow on the next line.
CUE_ALONE_RE = regex.compile(
    r"""
    ^ (?: (?: by | von | por | par | written \s+ by | posted \s+ by
          | artikel \s+ von ) \s* :?
        | (?: author\(?s?\)? | authors | autor(?:in|\*in|/in|en)? | auteur | автор ) \s* :? ) $
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
SEPARATORS = " \t|·•,;:/-–—"


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
    names, _ = _cut_names(text)
    return pick_authors(segments(names))


def _cut_names(text: str) -> tuple[str, str]:
    """Split ``text`` into the names part and the trailer (date, handle, "Updated"...)."""
    m = TRAILER_RE.search(text)
    cut = m.start() if m else len(text)
    return text[:cut].strip(SEPARATORS + " "), text[cut:].strip()


def _authors_of(names: str) -> tuple[tuple[str, ...], list[Segment]] | None:
    """Authors of a names part, or None when any piece of it is not a name, title or outlet."""
    found = segments(names)
    if not found or any(s.kind == "junk" for s in found):
        return None
    authors = pick_authors(found)
    return (authors, found) if authors else None


def _leading_names(names: str) -> str:
    """The longest run of chunks (cut at pipes, slashes, dashes) that holds only names.

    After a cue, what follows the names may be anything: "Barbara Russ / Kategorien: Event".
    """
    best = ""
    for m in [*HARD_SEPARATOR_RE.finditer(names), None]:
        prefix = names[: m.start()] if m else names
        if _authors_of(prefix) is None:
            break
        best = prefix
    return best


def parse_cue_line(text: str, *, language: str | None = None) -> BylineFound | None:
    """A line whose names follow a cue: "By X", "Nov 18, 2019 by X", "Autor: X".

    >>> parse_cue_line("By Jane Doe Updated 9:01 AM").authors
    ('Jane Doe',)
    >>> parse_cue_line("By the time the polls closed, turnout was high.") is None
    True
    """
    text = GLUED_CUE_RE.sub("By ", text.strip(), count=1)
    if not CUE_HINT_RE.search(text):
        return None
    m = CUE_RE.search(text)
    if m is None or not _lead_ok(text[: m.start()]):
        return None
    names = _leading_names(_cut_names(text[m.end() :])[0])
    parsed = _authors_of(names)
    if parsed is None or not _cue_ok(m.group("cue"), parsed[1], language):
        return None
    rule = "cue" if not text[: m.start()].strip() else "cue_after_date"
    return BylineFound(names, parsed[0], 0, rule)


def _lead_ok(lead: str) -> bool:
    lead = lead.strip()
    return not lead or bool(LEAD_WORDS_RE.match(lead)) or bool(DATE_LINE_RE.match(lead))


def _cue_ok(cue: str, found: list[Segment], language: str | None) -> bool:
    word = cue.split()[-1].strip(":").lower()
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
    lead = DATE_PREFIX_RE.match(text)
    if lead and not REAL_DATE_RE.search(lead.group(0)):
        lead = None
    if lead is None and not _may_be_vouched(text):
        return None
    rest = text[lead.end() :] if lead else text
    names, trailer = _cut_names(rest)
    if rest[len(names) :].lstrip().startswith(":"):
        return None  # "opublikowano: 2021-04-29": a label, not a name
    if lead is None and trailer and not _trailer_vouches(trailer):
        return None  # settled before the costly parse of the names
    parsed = _authors_of(names)
    if parsed is None or not _bare_names_ok(parsed, allow_single=allow_single):
        return None
    rule = _bare_rule(names, trailer, parsed[1], dated=lead is not None)
    return BylineFound(names, parsed[0], 0, rule) if rule else None


def _may_be_vouched(text: str) -> bool:
    """Whether a line holds anything that _bare_rule() could take to vouch for a bare name.

    A cheap test run before the costly parse: False rules the line out, True decides nothing.
    It looks for a handle, a digit or a word of a date, an author widget, a job title, or an
    outlet next to a comma, as the rules need; titles and outlets only beside a capital letter.

    >>> _may_be_vouched("Tom Krisher, AP Auto Writer")
    True
    >>> _may_be_vouched("Home News Sport")
    False
    """
    if VOUCH_HINT_RE.search(text):
        return True
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
    if _starts_with_date(trailer):
        return "name_date"
    return None


def _starts_with_date(text: str) -> bool:
    m = DATE_PREFIX_RE.match(text.lstrip(SEPARATORS))
    return bool(m) and bool(REAL_DATE_RE.search(m.group(0)))


def _user_name_like(segment: Segment) -> bool:
    """A one-word author that is no ordinary word: "LinkNaija", "MikeNils", "r23", "Redaktion"."""
    word = segment.text
    if segment.kind == "handle" or word.lower() in DESK_WORDS | AGENCIES:
        return True
    inner_capital = any(c.isupper() for c in word[1:]) and not word.isupper()
    return " " not in word and (inner_capital or any(c.isdigit() or c == "_" for c in word))


def _bare_names_ok(
    parsed: tuple[tuple[str, ...], list[Segment]], *, allow_single: bool = False
) -> bool:
    """Without a cue, only full names (two words or more) or a wire service will do."""
    authors, found = parsed
    if allow_single and len(found) == 1 and _user_name_like(found[0]):
        return True
    if any(s.kind == "person" for s in found):
        return all(" " in a for a in authors)
    return all(a.lower().removeprefix("the ") in AGENCIES for a in authors)


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
    parsed = _authors_of(text)
    if parsed is None or not _bare_names_ok(parsed):
        return ()
    return parsed[0]


def is_byline_line(text: str) -> bool:
    """True when the line is a byline and nothing more (for the body filter).

    >>> is_byline_line("By Jane Doe and John Roe")
    True
    >>> is_byline_line("By the time the polls closed, turnout had reached 60 per cent.")
    False
    """
    found = parse_cue_line(text) or parse_bare_line(text)
    if found is None:
        return False
    rest = text.split(found.byline, 1)[-1] if found.byline in text else ""
    return not _has_sentence(rest)


# Four lower-case words in a row: prose, not a date stamp or a section name.
SENTENCE_RE = regex.compile(r"(?:\b\p{Ll}[\p{L}'’]*\b[\s,]+){3}\b\p{Ll}")
# What may join names in a plain list: anything else ("|", "/", dashes, brackets) is a byline.
NOT_LIST_RE = regex.compile(r"[|/\-–—:()]")
# A handle or an e-mail address alone on its line.
CONTACT_RE = regex.compile(r"^(?:@\w+|[\w.+\-]+@[\w\-]+\.[\w.]+)$")


def _has_sentence(text: str) -> bool:
    """A run of four lower-case words: prose, not a date stamp or a section name."""
    return bool(SENTENCE_RE.search(text))


def find_byline(
    lines: Sequence[str], *, headline_index: int | None = None, language: str | None = None
) -> BylineFound | None:
    """The byline of a page given as lines, looked for near the headline first.

    >>> lines = ["Storm hits coast", "By", "Jane Doe", "Nov. 19, 2019", "The storm came at dawn."]
    >>> find_byline(lines, headline_index=0)
    BylineFound(byline='Jane Doe', authors=('Jane Doe',), index=1, rule='cue_alone', end_index=2)
    >>> find_byline(["Storm hits coast", "By the time the storm hit, all had left."]) is None
    True
    """
    near = _near_indices(len(lines), headline_index)
    for i in near:
        if found := _cue_at(lines, i, language):
            return found
    for i in near:
        if found := _bare_at(lines, i, headline_index):
            return found
    seen = set(near)
    for i in range(len(lines)):
        if i not in seen and (found := _cue_at(lines, i, language)):
            return found
    return None


def _near_indices(count: int, headline_index: int | None) -> list[int]:
    """Indices to search, nearest the headline first (after it, then before it)."""
    if headline_index is None:
        return list(range(min(count, WINDOW_NO_HEADLINE_LINES)))
    after = range(headline_index + 1, min(count, headline_index + 1 + WINDOW_AFTER_LINES))
    before = range(headline_index - 1, max(-1, headline_index - 1 - WINDOW_BEFORE_LINES), -1)
    return [*after, *before]


def _cue_at(lines: Sequence[str], i: int, language: str | None) -> BylineFound | None:
    text = lines[i]
    if CUE_ALONE_RE.match(text.strip()) and i + 1 < len(lines):
        names = _leading_names(_cut_names(lines[i + 1].strip())[0])
        parsed = _authors_of(names)
        label_only = text.strip()[-1:] not in ":" and text.strip()[:1] in "AaАа"
        if parsed is None or (label_only and not all(" " in a for a in parsed[0])):
            return None  # "Authors" in a menu, then "Podcasts"
        return BylineFound(names, parsed[0], i, "cue_alone", i + 1)
    found = parse_cue_line(text, language=language)
    if found is None:
        return None
    return BylineFound(found.byline, found.authors, i, found.rule)


def _bare_at(lines: Sequence[str], i: int, headline_index: int | None) -> BylineFound | None:
    under_headline = headline_index is not None and 0 < i - headline_index <= MAX_SINGLE_GAP_LINES
    if found := parse_bare_line(lines[i], allow_single=under_headline):
        return BylineFound(found.byline, found.authors, i, found.rule)
    authors = parse_name_line(lines[i])
    after = headline_index is None or 0 < i - headline_index <= MAX_NAME_LINE_GAP_LINES
    if authors and after and _vouched_by_neighbour(lines, i):
        return BylineFound(lines[i].strip(), authors, i, "name_line")
    if len(authors) >= 2 and under_headline and _plain_name_list(lines[i], authors):
        return BylineFound(lines[i].strip(), authors, i, "name_list")  # "A, B y C"
    return None


def _plain_name_list(text: str, authors: tuple[str, ...]) -> bool:
    """Names joined by commas and "and" only, each in capitalised words: "A B, C D y E F"."""
    if NOT_LIST_RE.search(text):
        return False
    return all(w[:1].isupper() for name in authors for w in name.split())


def _is_date_line(text: str) -> bool:
    return bool(DATE_LINE_RE.match(text.strip())) and bool(REAL_DATE_RE.search(text))


def _vouched_by_neighbour(lines: Sequence[str], i: int) -> bool:
    """The next line is a date stamp, a job title, a handle or an e-mail; or the previous a date."""
    if i > 0 and _is_date_line(lines[i - 1]):
        return True
    if i + 1 >= len(lines):
        return False
    nxt = lines[i + 1].strip()
    if DATE_LINE_RE.match(nxt) and not REAL_DATE_RE.search(nxt) and i + 2 < len(lines):
        nxt = f"{nxt} {lines[i + 2].strip()}"  # "am" / "Mittwoch, 26.01.2022 - 14:30"
    if _is_date_line(nxt) or CONTACT_RE.match(nxt):
        return True
    found = segments(nxt)
    return bool(found) and all(s.kind == "title" for s in found)
