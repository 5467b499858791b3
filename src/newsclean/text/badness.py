"""ftfy's mojibake test over a stretch of text, searched only for the branches that can match.

``ftfy.badness.BADNESS_RE`` is an alternation of short sequences of character classes ("a
lowercase accented letter, then a currency sign"); searching it costs about a microsecond a
character, which a page in Cyrillic or Greek (one stretch of non-ASCII text tens of thousands of
characters long) pays in full. A branch cannot match a stretch that holds no character of one of
its classes, and a stretch's alphabet rules out most branches (all of them, around most curly
quotes and dashes): those left are searched for one by one instead, with the same answer.
"""

from __future__ import annotations

import functools
import operator
import re
from itertools import repeat
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, NamedTuple

from ftfy.badness import BADNESS_RE

# How BADNESS_RE's source (verbose, one branch a paragraph) separates its branches.
BRANCH_SEPARATOR = "\n    |\n"


def _classes(nodes: Any) -> list[frozenset[str]]:
    """The characters each single-character node of a branch's sequence takes (classes with a
    category or a negation, which take almost anything, are left out: they rule nothing out)."""
    found: list[frozenset[str]] = []
    for op, av in nodes:
        if op is sre.LITERAL:
            found.append(frozenset(chr(av)))
        elif op is sre.IN and all(kind in (sre.LITERAL, sre.RANGE) for kind, _ in av):
            chars: set[str] = set()
            for kind, value in av:
                lo, hi = (value, value) if kind is sre.LITERAL else value
                chars.update(map(chr, range(lo, hi + 1)))
            found.append(frozenset(chars))
    return found


class Sieve(NamedTuple):
    """BADNESS_RE's branches as bits: a bit for each class of each branch."""

    bits_of: dict[str, int]  # by character, the classes that hold it; built once, never changed
    branches: tuple[tuple[int, str], ...]  # each branch's classes (all needed) and its source


@functools.cache
def sieve() -> Sieve | None:
    """The sieve of BADNESS_RE's branches; None if its source does not split into the branches
    its parse has (then the whole pattern is searched).

    >>> sources = [source for _, source in sieve().branches]
    >>> BRANCH_SEPARATOR.join(sources) == BADNESS_RE.pattern
    True
    """
    tree = sre_parse.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    parsed = tree.data
    if tree.state.flags & re.IGNORECASE or len(parsed) != 1 or parsed[0][0] is not sre.BRANCH:
        return None  # a class of a case-insensitive pattern takes more than its characters
    sources = BADNESS_RE.pattern.split(BRANCH_SEPARATOR)
    if len(sources) != len(parsed[0][1][1]):
        return None
    bits_of: dict[str, int] = {}
    branches: list[tuple[int, str]] = []
    bit = 1
    for source, branch in zip(sources, parsed[0][1][1], strict=True):
        need = 0
        for chars in _classes(branch.data):
            for char in chars:
                bits_of[char] = bits_of.get(char, 0) | bit
            need |= bit
            bit <<= 1
        branches.append((need, source))
    return Sieve(bits_of, tuple(branches))


@functools.cache
def _branch_pattern(source: str) -> re.Pattern[str]:
    """One branch of BADNESS_RE compiled on its own."""
    return re.compile(source, BADNESS_RE.flags)


def looks_bad_between(text: str, start: int, end: int) -> bool:
    """``BADNESS_RE.search(text, start, end) is not None``, searching only for the branches
    each of whose classes the stretch holds a character of.

    A match's characters all lie between ``start`` and ``end`` (a lookbehind may read before
    ``start``, but it is no character a branch must hold), so a branch one of whose classes the
    stretch lacks cannot match there.

    >>> text = "Moscow’s mayor — and “Москва — столица России”. " * 10
    >>> looks_bad_between(text, 0, len(text))
    False
    >>> text += "Russiaâ€™s army"  # UTF-8 read as Windows-1252
    >>> looks_bad_between(text, 0, len(text))
    True
    """
    found = sieve()
    if found is None:
        return BADNESS_RE.search(text, start, end) is not None
    chars = set(text[start:end])
    held = functools.reduce(operator.or_, map(found.bits_of.get, chars, repeat(0, len(chars))), 0)
    return any(
        _branch_pattern(source).search(text, start, end) is not None
        for source in _possible(held)
    )


@functools.lru_cache(maxsize=256)
def _possible(held: int) -> tuple[str, ...]:
    """The sources of the branches whose classes are all among ``held`` (a stretch's alphabet
    as classes: few alphabets recur, so each is sifted once)."""
    found = sieve()
    return tuple(source for need, source in found.branches if need & held == need) if found else ()
