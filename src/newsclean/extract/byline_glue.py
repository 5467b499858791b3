"""Part what a renderer glued to a name: a job title, a widget, a label, a date.

Browser copies and inscriptis print inline elements without a space between them: "Meg
JamesStaff Writer", "Marcus De GuzmanView More Articles", "Shana Nys DambrotNovember 6, 2023",
"Nicole Collignon22. Februar 2020". The byline parsers read a line only after it is unglued.
"""

from __future__ import annotations

import regex

from newsclean.extract.names import MONTHS, TITLE_HEADS, TITLE_MODIFIERS

__all__ = ["unglue"]

# A capitalised word glued to the name before it, as browser copies of author boxes print
# them: "Meg JamesStaff Writer", "Marcus De GuzmanView More Articles", "CoolestPublish date:".
GLUED_WORD_RE = regex.compile(r"(?<=\p{Ll})\p{Lu}\p{Ll}+(?P<label>(?:\s\p{Ll}+)?\s?:)?")
GLUED_HINT_RE = regex.compile(r"\p{Ll}\p{Lu}")
# Glued words that start a job title or an author widget, not a part of the name.
WIDGET_WORDS = frozenset({"view", "follow", "more"})
GLUED_WORDS = TITLE_HEADS | TITLE_MODIFIERS | WIDGET_WORDS
# A date glued to the lower-case end of a name: a month name and its day ("DambrotNovember 6"),
# or a day with its month and year ("Collignon22. Februar 2020", "Müller12.03.2021").
GLUED_DATE_RE = regex.compile(
    rf"""
    (?<=\p{{Ll}})
    (?= (?= (?-i:\p{{Lu}}) ) (?:{MONTHS}) \.? \s? \d
      | \d{{1,2}} \. \s? (?:{MONTHS}) \.? \s \d{{4}}
      | \d{{1,2}} [./] \d{{1,2}} [./] \d{{2,4}} \b )
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
GLUED_DATE_HINT_RE = regex.compile(r"\p{Ll}[\p{Lu}\d]")


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

    if not GLUED_DATE_HINT_RE.search(text):
        return text
    text = GLUED_DATE_RE.sub(" ", text)
    return GLUED_WORD_RE.sub(part, text) if GLUED_HINT_RE.search(text) else text
