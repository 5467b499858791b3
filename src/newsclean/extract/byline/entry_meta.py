"""The meta line of a blog post: the author beside the post's date printed twice.

Blog themes print a post's date of publication and its date of last change one after the other,
with the labels ("Posted on", "Updated", "by") hidden for screen readers only. What a renderer
keeps is the same stamp twice beside the author's user name and the post's categories:

    "Tine 2. Februar 2020 2. Februar 2020 Radtouren Berlin"
    "November 26, 2017 November 26, 2017 tlow btw17, Bundestagswahl"

A stamp repeated word for word is the mark of such a line, so a single word beside it (a user
name the name parsers would not take on its own) is read as the author.
"""

from __future__ import annotations

import regex

from newsclean.extract.byline.names import STAMP_CUE_RE
from newsclean.extract.byline.parse import BylineFound, parse_name_line
from newsclean.patterns import BY_WORDS, lazy_compile

__all__ = ["doubled_date_author"]

# One date stamp as blog themes print it, then the same again: "2. Februar 2020 2. Februar 2020".
DOUBLED_DATE_RE = lazy_compile(
    r"""
    (?<![\p{L}\d])
    (?P<stamp>
        \d{1,2} \.? \s \p{L}{3,10} \.? ,? \s \d{4}       # "2. Februar 2020", "26 Nov 2017"
      | \p{L}{3,10} \.? \s \d{1,2} (?:st|nd|rd|th)? ,? \s \d{4}   # "November 26, 2017"
      | \d{1,2} [./] \d{1,2} [./] \d{4}                  # "26.11.2017", "11/26/2017"
      | \d{4} - \d\d - \d\d                              # "2017-11-26"
    )
    \s*+ (?P=stamp) (?!\d)       # glued to the next word in some renderings: "2020Radtouren"
    """,
    regex.VERBOSE,
)
# The author is one word: a user name ("tlow", "Tine"), not a sentence's opening.
USER_NAME_RE = lazy_compile(r"^[\p{L}][\p{L}\d_.\-]{1,30}$")
BY_WORD_RE = lazy_compile(BY_WORDS, regex.IGNORECASE)


def doubled_date_author(text: str) -> BylineFound | None:
    """The author of a blog post's meta line: the word before the doubled date, or else the one
    after it.

    >>> doubled_date_author("Tine 2. Februar 2020 2. Februar 2020 Radtouren Berlin").authors
    ('Tine',)
    >>> doubled_date_author("Nov 26, 2017 Nov 26, 2017 tlow btw17, Bundestagswahl").authors
    ('tlow',)
    >>> doubled_date_author("Tine 2. Februar 2020 Radtouren Berlin") is None
    True
    """
    m = DOUBLED_DATE_RE.search(text)
    if m is None:
        return None
    before, after = text[: m.start()].split(), text[m.end() :].split()
    if before:
        # the name stands alone before the stamps, or it is not the meta line
        name = " ".join(before)
        authors = (name,) if len(before) == 1 else parse_name_line(name)
    else:
        name = after[0].rstrip(",") if after else ""
        authors = (name,) if name else ()
    words = [w for a in authors for w in a.split()]
    if not words or not all(_user_name(w) for w in words):
        return None  # "Posted 2. Februar 2020 2. Februar 2020": a label, not a name
    return BylineFound(name, authors, 0, "entry_meta")


def _user_name(word: str) -> bool:
    """A word that may name the author: not a label such as "Posted", "Updated" or "by"."""
    return bool(USER_NAME_RE.match(word)) and not (
        STAMP_CUE_RE.match(word) or BY_WORD_RE.fullmatch(word)
    )
