"""What a line beside a bare name says of it: a date, a job title, a contact, a desk, filler.

A name alone on its line is a byline only when its neighbours vouch for it (a date stamp, a job
title, a handle or an e-mail under it) or when only filler parts it from the published date.
These tests read one line at a time; ``byline`` decides which lines to ask about.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsclean.extract.byline.names import DATE_LINE_RE, REAL_DATE_RE, opens_with_title, segments
from newsclean.extract.byline.tail import POSTS_LINK
from newsclean.extract.byline.vouch import DESK_WORDS
from newsclean.patterns import lazy_compile

# A desk's signature is short: "Redaktion Polizeiticker Schweiz".
MAX_DESK_WORDS = 4
# A line of punctuation alone: an empty list bullet, a dash.
PUNCTUATION_LINE = r"^[^\p{L}\d]*$"
PUNCTUATION_LINE_RE = lazy_compile(PUNCTUATION_LINE)
# What may stand between a name and its date besides one word: a dash, a bullet, "by".
FILLER_RE = lazy_compile(rf"{PUNCTUATION_LINE}|^\p{{L}}{{1,2}}$")
# A user name: one run of letters and digits with a capital inside, a digit or an underscore.
USER_NAME_RE = lazy_compile(r"^(?=.*(?:\p{Ll}\p{Lu}|\d|_))[\p{L}\d][\p{L}\d_]*$")
# What may join names in a plain list: anything else ("|", "/", dashes, brackets) is a byline.
NOT_LIST_RE = lazy_compile(r"[|/\-–—:()]")
# The line under a name in an author box: a link to the author's other pieces, or the role
# ("Search for this author in:", "View all posts by", "Mitglied der Tonight News-Redaktion").
AUTHOR_BOX_RE = lazy_compile(
    rf"""
    {POSTS_LINK}
    | ^(?:(?:mitglied|member) \s+ (?:der|des|of \s+ the) \s+)?  # "Mitglied der Tonight ..."
      (?:[\p{{L}}.-]+\s+){{0,2}}[\p{{L}}-]*                        # "Senior Political ..."
      (?:redaktion|redakteur(?:in)?|editor|reporter|autor(?:in)?|author|journalist(?:in)?)$
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# A job title under a name is a line of its own, not a sentence that opens with a title's word.
MAX_TITLE_LINE_WORDS = 12
# A handle or an e-mail address alone on its line.
CONTACT_RE = lazy_compile(r"^(?:@\w+|[\w.+\-]+@[\w\-]+\.[\w.]+)$")


def full_or_user_name(authors: tuple[str, ...]) -> bool:
    """Full names, or one user name that no dictionary holds: "LinkNaija", "r2d2", "the_pain"."""
    if len(authors) != 1 or " " in authors[0]:
        return True
    return bool(USER_NAME_RE.match(authors[0]))


def is_name_date_filler(text: str) -> bool:
    """A line that may part a name from its date: a dash, "am", one word, another date."""
    text = text.strip()
    return bool(FILLER_RE.match(text)) or len(text.split()) == 1 or is_stamp_line(text)


def desk_line(text: str) -> tuple[str, ...]:
    """A desk signing alone on its line: "Redaktion", "Redaktion Polizeiticker Schweiz"."""
    words = text.split()
    if not words or len(words) > MAX_DESK_WORDS or words[0].lower() not in DESK_WORDS:
        return ()
    found = segments(text)
    ok = len(found) == 1 and found[0].kind in ("org", "handle", "person")
    return (text.strip(),) if ok or (len(words) == 1 and words[0][:1].isupper()) else ()


def plain_name_list(text: str, authors: tuple[str, ...]) -> bool:
    """Names joined by commas and "and" only, each in capitalised words: "A B, C D y E F"."""
    if NOT_LIST_RE.search(text):
        return False
    return all(w[:1].isupper() for name in authors for w in name.split())


def is_stamp_line(text: str) -> bool:
    """A line that is only a date stamp, and a real date: "27.04.2020 - 18:50 Uhr", not "2020"."""
    return bool(DATE_LINE_RE.match(text.strip())) and bool(REAL_DATE_RE.search(text))


def vouched_by_neighbour(lines: Sequence[str], i: int) -> bool:
    """The next line is a date stamp, a job title, a handle or an e-mail; or the previous a date."""
    if i > 0 and is_stamp_line(lines[i - 1]):
        return True
    if i + 1 >= len(lines):
        return False
    nxt = lines[i + 1].strip()
    if DATE_LINE_RE.match(nxt) and not REAL_DATE_RE.search(nxt) and i + 2 < len(lines):
        nxt = f"{nxt} {lines[i + 2].strip()}"  # "am" / "Mittwoch, 26.01.2022 - 14:30"
    if is_stamp_line(nxt) or CONTACT_RE.match(nxt) or AUTHOR_BOX_RE.search(nxt):
        return True
    if len(nxt.split()) <= MAX_TITLE_LINE_WORDS and opens_with_title(nxt):
        return True  # "Alexandra Weber" / "Stellvertretende Pressesprecherin und ..."
    found = segments(nxt)
    return bool(found) and all(s.kind == "title" for s in found)
