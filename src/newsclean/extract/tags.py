"""Tags: the topic list a page labels as such ("Tags: Alibaba, Hong Kong, IPO")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from newsclean.filters.tags import TAG_LABEL
from newsclean.patterns import EDGE, lazy_compile

LABELLED_RE = lazy_compile(
    rf"""
    ^ {EDGE} (?: {TAG_LABEL} ) \s* (?: : | \| | » ) \s* (?P<items> .{{1,400}} ) $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# Between two tags: a comma, semicolon, pipe or bullet, or a hashtag's "#".
SEPARATOR_RE = lazy_compile(r"\s*[,;|•·]\s*|\s+(?=#)")
MAX_TAG_WORDS = 5  # a tag is a name or a phrase, not a sentence
MAX_TAGS = 30


@dataclass(frozen=True, slots=True)
class TagsFound:
    tags: tuple[str, ...]
    index: int


def parse_tags(text: str) -> tuple[str, ...]:
    """The tags of a labelled tag line; () when the line is not one or cannot be split.

    >>> parse_tags("Tags: Alibaba, Hong Kong, IPO")
    ('Alibaba', 'Hong Kong', 'IPO')
    >>> parse_tags("Schlagwörter: #Klima #Energie")
    ('Klima', 'Energie')
    >>> parse_tags("Topics: the minister said the plan would be ready by the end of the month")
    ()
    """
    if not _has_label_mark(text):
        return ()
    m = LABELLED_RE.match(text)
    if not m:
        return ()
    items = [item.strip(" #.") for item in SEPARATOR_RE.split(m["items"])]
    tags = tuple(dict.fromkeys(item for item in items if item))
    if not tags or any(len(tag.split()) > MAX_TAG_WORDS for tag in tags):
        return ()
    return tags[:MAX_TAGS]


def _has_label_mark(text: str) -> bool:
    """Whether ``text`` holds a mark that may end a tag label: LABELLED_RE cannot match without
    one. Most lines hold none, and looking for three characters costs a fraction of trying the
    labels at the line's start.

    >>> _has_label_mark("Schlagwörter » Klima"), _has_label_mark("Tags are cheap, he said.")
    (True, False)
    """
    return ":" in text or "|" in text or "»" in text


def find_tags(lines: Sequence[str]) -> TagsFound | None:
    """The first labelled tag line of the page that splits into tags.

    >>> find_tags(["Storm hits coast", "Tags: storms, Florida"])
    TagsFound(tags=('storms', 'Florida'), index=1)
    >>> find_tags(["Storm hits coast", "Tags are cheap, he said, so we use many."]) is None
    True
    """
    for i, line in enumerate(lines):
        tags = parse_tags(line)
        if tags:
            return TagsFound(tags, i)
    return None
