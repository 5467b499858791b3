"""Where a page that prints no byline at its head still signs: the copyright of a personal site.

The last resort of ``find_byline``, tried only when nothing near the headline or the date names
anyone: the holder of the copyright in the footer of a blog or a personal site who is said to
have made it, "2009-2020 by Florian Posdziech – Powered by Nikola", "© by Ralf Glaser".

Only a person's full name (two words or more) after "by" will do: "© 2019 Hearst
Communications" names a company, and from the words alone it looks as much like a person.
(A name alone under the last paragraph was tried as a signature too, and dropped: on real pages
it is as often a sub-heading, "Corporate Branding", or a reader's letter in a guest book.)
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsclean.extract.byline_parse import BylineFound, authors_of, bare_names_ok

__all__ = ["copyright_holder_at"]

# A name is a name, no more: "Jonathan Krase", "Kazım TÜRKMEN".
MAX_NAME_WORDS = 4

# A footer's notice that names who made the site: a year or a span, or a copyright sign, then
# "by" and the holder ("2009-2020 by Florian Posdziech", "© by Ralf Glaser"), who runs to the
# next separator (a hyphen inside a name does not end it). Without "by" the holder is as often a
# company ("© 2019 Hearst Communications") as a person, and names of companies look like
# names of people.
COPYRIGHT_HOLDER_RE = regex.compile(
    r"""
    (?: (?: © | \(c\) | copyright ) \s* (?: © \s* )? (?: (?:19|20)\d\d \b )?
      | (?:19|20)\d\d (?: \s* [-–] \s* (?:19|20)\d\d )? )
    [\s,]* by \s+
    (?P<holder> [^.|·•–—,;:©()\d]+ )
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# A dash between spaces parts the holder from the next footer link: "Ralf Glaser - Impressum".
SPACED_DASH_RE = regex.compile(r"\s-\s")


def _full_person(text: str) -> tuple[str, ...]:
    """The one person ``text`` names in full, or () for anything else (a company, a phrase)."""
    text = text.strip()
    if not text or len(text.split()) > MAX_NAME_WORDS:
        return ()
    parsed = authors_of(text)
    if parsed is None or not bare_names_ok(parsed):
        return ()
    authors, found = parsed
    if len(authors) != 1 or not all(s.kind == "person" for s in found):
        return ()
    return authors


def copyright_holder_at(lines: Sequence[str], i: int) -> BylineFound | None:
    """The person who holds the copyright of the site, from a footer line with its year.

    >>> copyright_holder_at(["Webdesign und alle Inhalte © by Ralf Glaser | Impressum"], 0).authors
    ('Ralf Glaser',)
    >>> copyright_holder_at(["Archive – RSS – 2009-2020 by Florian Posdziech – Powered by"], 0)
    ... # doctest: +ELLIPSIS
    BylineFound(byline='Florian Posdziech', ...)
    >>> copyright_holder_at(["© 2019 Hearst Communications, Inc."], 0) is None
    True
    """
    m = COPYRIGHT_HOLDER_RE.search(lines[i])
    if m is None:
        return None
    holder = SPACED_DASH_RE.split(m.group("holder"), maxsplit=1)[0].strip()
    authors = _full_person(holder)
    if not authors:
        return None
    return BylineFound(holder, authors, i, "copyright_holder")
