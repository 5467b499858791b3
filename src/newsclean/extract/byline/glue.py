"""Part what a renderer glued to a name: a job title, a widget, a label, a date.

Browser copies and inscriptis print inline elements without a space between them: "Meg
JamesStaff Writer", "Marcus De GuzmanView More Articles", "Shana Nys DambrotNovember 6, 2023",
"Nicole Collignon22. Februar 2020". The byline parsers read a line only after it is unglued.
Found names are freed of a site's name or a category that the byline prints after them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import regex

from newsclean.extract.byline.name_words import TITLE_HEADS, TITLE_MODIFIERS
from newsclean.extract.byline.names import MONTHS
from newsclean.patterns import lazy_compile

__all__ = ["unglue", "without_page_labels"]

# A capitalised word glued to the name before it, as browser copies of author boxes print
# them: "Meg JamesStaff Writer", "Marcus De GuzmanView More Articles", "CoolestPublish date:".
GLUED_WORD_RE = lazy_compile(r"(?<=\p{Ll})\p{Lu}\p{Ll}+(?P<label>(?:\s\p{Ll}+)?\s?:)?")
GLUED_HINT_RE = lazy_compile(r"\p{Ll}\p{Lu}")
# Glued words that start a job title or an author widget, not a part of the name.
WIDGET_WORDS = frozenset({"view", "follow", "more"})
GLUED_WORDS = TITLE_HEADS | TITLE_MODIFIERS | WIDGET_WORDS
# A date glued to the lower-case end of a name: a month name and its day ("DambrotNovember 6"),
# or a day with its month and year ("Collignon22. Februar 2020", "Müller12.03.2021").
GLUED_DATE_RE = lazy_compile(
    rf"""
    (?<=\p{{Ll}})
    (?= (?= (?-i:\p{{Lu}}) ) (?:{MONTHS}) \.? \s? \d
      | \d{{1,2}} \. \s? (?:{MONTHS}) \.? \s \d{{4}}
      | \d{{1,2}} [./] \d{{1,2}} [./] \d{{2,4}} \b )
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
GLUED_DATE_HINT_RE = lazy_compile(r"\p{Ll}[\p{Lu}\d]")
# The same in an ASCII line, where a small letter is a-z, a capital A-Z and a digit 0-9: the
# standard engine finds it there faster.
ASCII_GLUED_DATE_HINT_RE = re.compile(r"[a-z][A-Z0-9]")
# A name this long may carry the site's name or a category after it.
MIN_LABELLED_NAME_WORDS = 3


def unglue(text: str, *, titles: bool = True) -> str:
    """Part a job title, a widget, a label or a date from the name it is glued to.

    Job titles are parted only with ``titles`` (after a cue): "Google AdManager" is no byline.

    >>> unglue("Meg JamesStaff Writer")
    'Meg James Staff Writer'
    >>> unglue("The Water CoolestPublish date:Nov 18, 2019")
    'The Water Coolest | Publish date:Nov 18, 2019'
    >>> unglue("Shana Nys DambrotNovember 6, 2023")
    'Shana Nys Dambrot November 6, 2023'
    >>> unglue("Nicole Collignon22. Februar 2020")
    'Nicole Collignon 22. Februar 2020'
    >>> unglue("Ronald McDonald")
    'Ronald McDonald'
    """

    def part(m: regex.Match[str]) -> str:
        if m.group("label"):
            return " | " + m.group(0)
        word = m.group(0).lower()
        parted = word in WIDGET_WORDS or (titles and word in GLUED_WORDS)
        return (" " if parted else "") + m.group(0)

    hint = ASCII_GLUED_DATE_HINT_RE if text.isascii() else GLUED_DATE_HINT_RE
    if not hint.search(text):
        return text
    text = GLUED_DATE_RE.sub(" ", text)
    return GLUED_WORD_RE.sub(part, text) if GLUED_HINT_RE.search(text) else text


def without_page_labels(
    authors: tuple[str, ...], lines: Sequence[str], index: int
) -> tuple[str, ...]:
    """Names freed of the site's name or a category glued after them, which the page prints on
    a line of its own elsewhere: "Sarah Schnieder Reiterrevue International" with "Reiterrevue
    International" in the page's head, "Markus Elsberger Netzwerk" with "Netzwerk" in its menu.
    ``index`` is the byline's own line.

    >>> without_page_labels(("Sarah Schnieder Reiterrevue International",),
    ...                     ["Reiterrevue International", "von Sarah Schnieder ..."], 1)
    ('Sarah Schnieder',)
    >>> without_page_labels(("Christoph von Ritter",), ["Ritter", "Christoph von Ritter"], 1)
    ('Christoph von Ritter',)
    """
    if all(len(name.split()) < MIN_LABELLED_NAME_WORDS for name in authors):
        return authors
    others = [line.strip() for i, line in enumerate(lines) if i != index]
    alone = set(others)
    return tuple(_cut_label(name, alone, others) for name in authors)


def _cut_label(name: str, alone: set[str], others: Sequence[str]) -> str:
    """``name`` less its longest tail of capitalised words found alone on a line, unless the
    page prints that tail with the word before it elsewhere too ("Dennis Tölle" in a bio).
    """
    words = name.split()
    for start in range(2, len(words)):
        tail = " ".join(words[start:])
        if not all(w[:1].isupper() for w in words[start - 1 :]) or tail not in alone:
            continue  # "Christoph von Ritter": a particle binds the tail to the name
        seam = f"{words[start - 1]} {words[start]}"
        if not any(seam in line for line in others):
            return " ".join(words[:start])
    return name
