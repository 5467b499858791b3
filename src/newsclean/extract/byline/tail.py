"""Where a page that prints no byline at its head still signs: author boxes, bios, copyrights.

The last resorts of ``find_byline``, tried only when nothing near the headline or the date names
anyone:

- an author box: a name labelled by the word after it ("Harald Bauer Autor"), or a name over a
  line that names it again, a link to the author's other pieces ("Alles von Martin Junker") or a
  bio that opens with the name;
- the author's bio under the article: "Louise Matsakis is a staff writer at ...";
- the holder of the copyright in the footer of a blog or a personal site who is said to have
  made it, "2009-2020 by Florian Posdziech – Powered by Nikola", "© by Ralf Glaser".

Only a person's full name (two words or more) will do: "© 2019 Hearst Communications" names a
company, and from the words alone it looks as much like a person. (A name alone under the last
paragraph was tried as a signature too, and dropped: on real pages it is as often a sub-heading,
"Corporate Branding", or a reader's letter in a guest book. So was a name over any line that
repeats it: section headings do that too, "NDR Info" / "NDR Info Spezial".)
"""
from __future__ import annotations

from collections.abc import Sequence

import regex

from newsclean.extract.byline.parse import BylineFound, authors_of, full_name_line
from newsclean.extract.byline.vouch import bare_names_ok
from newsclean.patterns import AUTHOR_BIO, lazy_compile

__all__ = [
    "MAX_BIO_CHARS",
    "POSTS_LINK",
    "author_box_at",
    "bio_at",
    "copyright_holder_at",
    "name_over_box_at",
]

# A link from an author box to the author's other pieces: "View all posts by", "Alles von".
POSTS_LINK = r"""
    \b(?:
        search \s+ for \s+ this \s+ author
      | (?:view|see|read) \s+ (?:all|more) \s+ (?:posts|articles|stories) \s+ by
      | more \s+ (?:from|by) \s+ this \s+ author
      | alle \s+ (?:artikel|beiträge) \s+ von
      | mehr \s+ von \s+ diese[rm] \s+ autor
      | alles \s+ von
    )\b
"""
POSTS_LINK_RE = lazy_compile(POSTS_LINK, regex.IGNORECASE | regex.VERBOSE)
# Where a bio's name ends: "Molly Wood (@mollywood) is an ...", "Dennis Tölle ist ..."
BIO_VERB_RE = lazy_compile(r"\s+(?:\(@\w+\)\s+)?(?:is|was|ist|war|est|es|è|é|jest)\s", regex.I)
MAX_BIO_CHARS = 400  # a bio is two or three sentences
AUTHOR_BIO_RE = lazy_compile(AUTHOR_BIO, regex.VERBOSE)
MIN_BIO_WORDS = 12  # and not a heading that names the person again
# The word an author box prints after the name.
AUTHOR_LABEL_RE = lazy_compile(r"^(?:autor|autorin|author|auteur|auteure|autore)$", regex.I)
MIN_LABEL_CHARS, MAX_LABEL_CHARS = 5, 7  # "autor" to "autorin": one character each, in any case
# A name is a name, no more: "Jonathan Krase", "Kazım TÜRKMEN".
MAX_NAME_WORDS = 4

# A footer's notice that names who made the site: a year or a span, or a copyright sign, then
# "by" and the holder ("2009-2020 by Florian Posdziech", "© by Ralf Glaser"), who runs to the
# next separator (a hyphen inside a name does not end it). Without "by" the holder is as often a
# company ("© 2019 Hearst Communications") as a person, and names of companies look like
# names of people.
COPYRIGHT_HOLDER_RE = lazy_compile(
    r"""
    (?: (?: © | \(c\) | copyright ) \s* (?: © \s* )? (?: (?:19|20)\d\d \b )?
      | (?:19|20)\d\d (?: \s* [-–] \s* (?:19|20)\d\d )? )
    [\s,]* by \s+
    (?P<holder> [^.|·•–—,;:©()\d]+ )
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# A dash between spaces parts the holder from the next footer link: "Ralf Glaser - Impressum".
SPACED_DASH_RE = lazy_compile(r"\s-\s")


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
    if "by" not in lines[i].lower():  # only "B", "b", "Y" and "y" match the pattern's "by"
        return None
    m = COPYRIGHT_HOLDER_RE.search(lines[i])
    if m is None:
        return None
    holder = SPACED_DASH_RE.split(m.group("holder"), maxsplit=1)[0].strip()
    authors = _full_person(holder)
    if not authors:
        return None
    return BylineFound(holder, authors, i, "copyright_holder")


def bio_at(lines: Sequence[str], i: int) -> BylineFound | None:
    """The author named by the bio under the article: "Louise Matsakis is a staff writer at ...".

    Only a page that signs nowhere else is read this way.
    """
    if len(lines[i]) > MAX_BIO_CHARS or not AUTHOR_BIO_RE.match(lines[i]):
        return None
    name = BIO_VERB_RE.split(lines[i], maxsplit=1)[0]
    authors = full_name_line(name)
    if not authors:
        return None
    return BylineFound(name.strip(), authors, i, "author_bio")


def author_box_at(lines: Sequence[str], i: int) -> BylineFound | None:
    """A name labelled as the author by the word after it: "Harald Bauer Autor"."""
    name, _, label = lines[i].strip().rpartition(" ")
    if not MIN_LABEL_CHARS <= len(label) <= MAX_LABEL_CHARS or not AUTHOR_LABEL_RE.match(label):
        return None
    authors = full_name_line(name)
    if not authors:
        return None
    return BylineFound(name, authors, i, "author_box")


def name_over_box_at(lines: Sequence[str], i: int) -> BylineFound | None:
    """A name over the author box that names it again: a link to the author's other pieces
    ("Martin Junker" / "Alles von Martin Junker"), or a bio that opens with the name
    ("Philipp Sarasin" / "Philipp Sarasin lehrt Geschichte der Neuzeit an der ...").
    """
    name, box = lines[i].strip(), lines[i + 1].strip()
    if not name or name not in box:
        return None
    after = box[len(name) + 1 :] if box.startswith(name + " ") else ""
    is_bio = after[:1].islower() and len(box.split()) >= MIN_BIO_WORDS
    if not (is_bio or POSTS_LINK_RE.search(box)):
        return None
    authors = full_name_line(name)
    if not authors:
        return None
    return BylineFound(name, authors, i, "name_over_box", i + 1)  # the box goes with the name
