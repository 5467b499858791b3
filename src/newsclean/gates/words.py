"""The words a regex cannot match without, read off its source, and the cheap tests built on them.

``required_words`` walks a regex's parsed form: a run of literal characters every match must
contain is a word, and an alternation needs one word per branch, else it requires nothing.
``fold`` gives a line as those words are compared with it (lowercased, as a case-insensitive
regex matches), ``trie_pattern`` one regex that finds any of many words in one scan, and
``may_match`` the test to run before a costly search. ``gates.gate`` builds the line filters'
gates from them.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Mapping
from importlib import resources
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from types import MappingProxyType
from typing import Any

import regex

__all__ = ["FOLD_EXCEPTIONS", "Words", "fold", "may_match", "read_words", "required_words",
           "table_key", "trie_pattern", "word_char", "word_table"]

Words = frozenset[str]

# Text characters that a case-insensitive regex matches to a lowercase letter they do not
# lowercase to ("ſ" matches "s", "ς" matches "σ"), and "Σ", which lowercases to "ς" at the end
# of a word. Found by matching every cased character against every lowercase letter;
# tests/test_gates.py checks the list.
FOLD_EXCEPTIONS = (
    "\u00b5\u0130\u017f\u0345\u03a3\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5"
    "\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88\u1e9b\u1fbe"
)
FOLD_EXCEPTION_RE = re.compile(f"[{FOLD_EXCEPTIONS}]")

# ``regex`` syntax the standard parser does not know, replaced by a class that is no literal:
# Unicode properties ("\p{L}", "\P{Lu}") and the scoped flags "(?-i: ...)" keep their meaning
# for the words, which are read off the literals alone.
PROPERTY_RE = re.compile(r"\\[pP]\{[^}]*\}")
# Syntax of the regex package that the standard parser would misread rather than reject (POSIX
# and set-operation classes, named lists, fuzzy matching, version and branch-reset groups...):
# a pattern with any of it gets no words, which is always safe.
REGEX_ONLY_RE = re.compile(r"\[\[:|--\[|&&|~~|\|\||\\[NXLmMGK]|\(\?[|Vr]|\{e\b|\{[eisd]\s*<")

def word_char(c: str) -> bool:
    """Whether a literal may stand in a word: it lowercases to one character that the line's
    lowercasing gives back for every character a case-insensitive regex matches to it."""
    low = c.lower()
    return len(low) == 1 and low.upper().lower() == low and low not in "σς"


def _better(a: Words, b: Words) -> Words:
    """The more selective of two requirements: longer shortest word, then fewer words."""
    key_a = (min(map(len, a)), -len(a))
    key_b = (min(map(len, b)), -len(b))
    return a if key_a >= key_b else b


def _branch(branches: Iterable[Any]) -> Words | None:
    words: set[str] = set()
    for branch in branches:
        need = _sequence(branch)
        if need is None:
            return None
        words |= need
    return frozenset(words)


def _node(op: Any, av: Any) -> Words | None:
    """What one mandatory node of a parsed regex requires (None: nothing)."""
    if op is sre.BRANCH:
        return _branch(av[1])
    if op is sre.SUBPATTERN:
        return _sequence(av[3])
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _sequence(av[2])
    if op is sre.IN and all(kind is sre.LITERAL and word_char(chr(c)) for kind, c in av):
        return frozenset(chr(c).lower() for _, c in av)  # "[×✕✖]": one of a few characters
    return None


def _sequence(nodes: Any) -> Words | None:
    """What a sequence requires: its longest literal run, or its most selective part."""
    best: Words | None = None
    run: list[str] = []
    runs: list[str] = []
    for op, av in [*nodes, (None, None)]:
        if op is sre.LITERAL and word_char(chr(av)):
            run.append(chr(av).lower())
            continue
        if run:
            runs.append("".join(run))
            run = []
        need = _node(op, av) if op is not None else None
        if need:
            best = need if best is None else _better(best, need)
    for word in runs:
        best = frozenset({word}) if best is None else _better(best, frozenset({word}))
    return best


def required_words(pattern: regex.Pattern[str]) -> Words | None:
    """Words one of which (lowercased) is in every string ``pattern`` matches; None if the
    regex may match without any.

    The words of newsclean's own patterns are read from a table written beforehand (see
    ``word_table``), since parsing the sources costs more than the rest of the start-up; a
    pattern the table does not know (a user's, or one changed since) is parsed.

    >>> sorted(required_words(regex.compile(r"^ \\W* (?: share | teilen ) \\b", regex.X)))
    ['share', 'teilen']
    >>> required_words(regex.compile(r"\\d+ | views", regex.X)) is None
    True
    """
    table, key = _table(), table_key(pattern)
    if key in table:
        found = table[key]
        return None if found is None else frozenset(found)
    return read_words(pattern)


def read_words(pattern: regex.Pattern[str]) -> Words | None:
    """required_words() parsed from the pattern's source."""
    if REGEX_ONLY_RE.search(pattern.pattern) or pattern.flags & (regex.V1 | regex.FULLCASE):
        return None  # full case folding ("ß" matching "ss") would outwit the lowercased line
    source = PROPERTY_RE.sub(r"\\w", pattern.pattern)
    flags = re.VERBOSE if pattern.flags & regex.VERBOSE else 0
    try:
        parsed = sre_parse.parse(source, flags)
    except (re.error, ValueError, TypeError):
        return None  # syntax of the regex package only: no prefilter, which is always safe
    need = _sequence(parsed.data)
    return need if need and all(need) else None


# The words of the package's own patterns, by table_key(): written by ``word_table`` (run
# ``python scripts/write_gate_words.py`` after changing a pattern; tests/test_gates.py checks it).
WORD_TABLE = "gate-words.json"


def table_key(pattern: regex.Pattern[str]) -> str:
    """A pattern's key in the word table: a hash of its source and the flags it was given.

    A lazy pattern is keyed without compiling it, by the flags it was given; a compiled one by
    its flags as compiled (inline ones included), so it finds its words in the table only when
    it was compiled without inline flags, and is parsed otherwise.
    """
    flags = getattr(pattern, "_flags", None)  # a LazyPattern's given flags
    if flags is None:
        flags = pattern.flags & ~(regex.UNICODE | regex.VERSION0)
    source = f"{flags}\0{pattern.pattern}".encode("utf-8", "surrogatepass")
    return hashlib.blake2b(source, digest_size=12).hexdigest()


@functools.cache
def _table() -> Mapping[str, tuple[str, ...] | None]:
    """The word table, read once (an empty one if it is missing)."""
    try:
        text = resources.files("newsclean").joinpath("data", WORD_TABLE).read_text("utf-8")
    except FileNotFoundError:
        return MappingProxyType({})
    return MappingProxyType(
        {key: None if words is None else tuple(words) for key, words in json.loads(text).items()}
    )


def word_table(patterns: Iterable[regex.Pattern[str]]) -> dict[str, list[str] | None]:
    """The table of ``patterns``' words as read_words() parses them, sorted for a stable file."""
    table: dict[str, list[str] | None] = {}
    for pattern in patterns:
        words = read_words(pattern)
        table[table_key(pattern)] = None if words is None else sorted(words)
    return dict(sorted(table.items()))


def fold(text: str) -> str | None:
    """The line as the gates read it (lowercased); None if it holds a character lowercasing
    does not fold the way a case-insensitive regex does: then every gate lets it through."""
    if not text.isascii() and FOLD_EXCEPTION_RE.search(text):
        return None
    return text.lower()


def may_match(pattern: regex.Pattern[str]) -> Callable[[str], bool]:
    """A cheap test to run before searching a line for ``pattern``: False only when the line
    holds none of the words the pattern cannot match without; True decides nothing.

    A search over a long line costs far more than looking for a few words in it.

    >>> test = may_match(regex.compile(r"\\( (?: reuters | afp ) \\)", regex.X | regex.I))
    >>> test("Lloyd Austin.(REUTERS)"), test("Photographers gathered outside the court")
    (True, False)
    """
    words = required_words(pattern)
    if words is None:
        return lambda text: True
    words_re = re.compile(trie_pattern(words))  # one scan finds any of them

    def test(text: str) -> bool:
        low = fold(text)
        return low is None or words_re.search(low) is not None

    return test


Trie = dict[str, "Trie"]  # by character the rest of the words; "" where a word ends


def trie_pattern(words: Iterable[str]) -> str:
    """A regex source matching, at a position, the longest of ``words`` that starts there.

    Each character of the trie is one branch, so a position costs a few character tests
    however many words there are; a word that ends inside a longer one makes the rest optional.

    >>> trie_pattern(["share", "shared", "sign"])
    's(?:hare(?:d)?|ign)'
    """
    trie: Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def emit(node: Trie) -> str:
        branches = [re.escape(c) + emit(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)
