"""Cheap prefilters for line filters: the words a regex cannot match without.

A line filter tries a dozen regexes with long alternations on every line, and nearly every line
fails them all. Most of them cannot match unless the line holds one of a few words ("share",
"facebook", "teilen", ...). ``required_words`` reads those words off a regex's source, and a
``Gate`` checks them against the line's folded text: a filter whose gate is shut would have
returned None, so a filter pass skips it. The pass reads all its filters' gates at once through a
``GateIndex``, which finds every word of every gate in one scan of the line.

A gate only ever lets through more lines than its filter hits, never fewer:

* a word is a run of literal characters every match must contain (an alternation needs one
  word per branch, else it requires nothing and the gate stays open);
* the line is lowercased, as the words are, which matches what a case-insensitive regex
  matches, except for the few characters in ``FOLD_EXCEPTIONS``: a line with one of those
  passes every gate;
* the scan reports, at each position, the longest word starting there, and a word found counts
  as every word it begins with, so no word in the line is missed.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import regex

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

    >>> sorted(required_words(regex.compile(r"^ \\W* (?: share | teilen ) \\b", regex.X)))
    ['share', 'teilen']
    >>> required_words(regex.compile(r"\\d+ | views", regex.X)) is None
    True
    """
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


@dataclass(frozen=True, slots=True)
class Path:
    """One way a filter can match: a line no longer than ``max_chars`` holding one of
    ``words`` (None: any line that short)."""

    max_chars: int
    words: frozenset[str] | None

    def admits(self, text: str) -> bool:
        if len(text) > self.max_chars:
            return False
        low = fold(text)
        return self.words is None or low is None or any(w in low for w in self.words)


@dataclass(frozen=True, slots=True)
class Gate:
    """The lines a filter can match, as the union of its paths."""

    paths: tuple[Path, ...]

    def admits(self, text: str) -> bool:
        """Whether the filter may match ``text`` (the slow way: GateIndex reads many at once)."""
        return any(path.admits(text) for path in self.paths)


def gate(*paths: tuple[int, regex.Pattern[str] | Iterable[str] | None]) -> Gate:
    """A gate from ``(max_chars, need)`` pairs, one per way the filter can hit: ``need`` is the
    regex that way must match, the words a check in code needs, or None (no word to check).

    >>> g = gate((60, regex.compile(r"^ \\W* (?: share | teilen ) \\W* $", regex.X | regex.I)))
    >>> g.admits("SHARE"), g.admits("world"), g.admits("share " * 10 + "x")
    (True, False, False)
    """
    built: list[Path] = []
    for max_chars, need in paths:
        if need is None:
            words = None
        elif isinstance(need, regex.Pattern):
            words = required_words(need)
        else:
            words = frozenset(w.lower() for w in need)
        built.append(Path(max_chars, words))
    return Gate(tuple(built))


@dataclass(frozen=True, slots=True)
class GateIndex:
    """The gates of a run of filters, read together: one scan of the line finds every word of
    every gate in it, and the paths (one bit each) that the words found open.

    The scan is a trie of all the words, tried at each position of the line inside a lookahead:
    it reports the longest word that starts there, and ``word_bits`` files under each word the
    paths of every word that begins it ("share" opens the paths of "sha" too), so the words
    found give the same paths as looking each word up in the line. The trie may hold more words
    than the gates (those of the other filter passes of a pipeline): passes that share one trie
    share its scan of a line, which is remembered.

    Build it with ``index_gates``; ``open_paths`` gives the bits of the paths a line passes,
    and ``bits[i]`` those of filter ``i`` (0 for a filter with no gate: always called);
    ``to_call`` the filters to call on a line, in order.
    """

    bits: tuple[int, ...]
    owners: tuple[int, ...]  # by path: the bit of its filter
    ungated: int  # the bits of the filters with no gate
    by_length: tuple[int, ...]  # by line length: the paths long enough for it
    wordless: int  # the paths with no word to check
    scan: Callable[[str], frozenset[str] | None]  # the words of the trie in a line's fold()
    word_bits: dict[str, int]  # built once by index_gates, never changed
    filters_of: Callable[[int], tuple[int, ...]]  # by open paths: the filters to call

    def open_paths(self, text: str) -> int:
        """The paths whose length and words ``text`` passes."""
        length = len(text)
        if length >= len(self.by_length):
            return 0
        fits = self.by_length[length]
        if not fits & ~self.wordless:
            return fits
        words = self.scan(text)
        if words is None:
            return fits
        found = self.wordless
        get = self.word_bits.get
        for word in words:
            found |= get(word, 0)
        return found & fits

    def to_call(self, text: str) -> list[int]:
        """The filters (by index, in order) whose gates ``text`` passes, and those without."""
        return list(self.calls(text))

    def calls(self, text: str) -> tuple[int, ...]:
        """``to_call`` as a tuple: what a filter pass iterates over."""
        return self.filters_of(self.open_paths(text))


def _filters_of(owners: Sequence[int], ungated: int) -> Callable[[int], tuple[int, ...]]:
    """The filters (by index, in order) to call for a set of open paths: few sets of paths
    recur, so each is worked out once."""

    @functools.lru_cache(maxsize=1024)
    def filters_of(passed: int) -> tuple[int, ...]:
        calls = ungated
        while passed:
            path = passed & -passed  # the lowest path left
            calls |= owners[path.bit_length() - 1]
            passed ^= path
        order: list[int] = []
        while calls:
            first = calls & -calls
            order.append(first.bit_length() - 1)
            calls ^= first
        return tuple(order)

    return filters_of


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


# Lines whose scan is remembered: the filter passes of a page follow each other.
CACHED_SCANS = 4096


@functools.lru_cache(maxsize=16)
def scanner(vocabulary: frozenset[str]) -> Callable[[str], frozenset[str] | None]:
    """The scan of a line's fold() for the words of ``vocabulary`` (None where fold() gives
    up), one for each vocabulary: passes built on the same words share it, and what it found
    in a line, remembered by the line's own text (whose hash the string keeps).

    >>> sorted(scanner(frozenset({"share", "sharethis", "this"}))("ShareThis page"))
    ['sharethis', 'this']
    >>> scanner(frozenset({"share"}))("ſhare") is None
    True
    """
    # the lookahead tries every position, so words that overlap are all found
    words_re = re.compile(f"(?=({trie_pattern(vocabulary)}))") if vocabulary else None

    @functools.lru_cache(maxsize=CACHED_SCANS)
    def scan(text: str) -> frozenset[str] | None:
        low = fold(text)
        if low is None:
            return None
        return frozenset(words_re.findall(low)) if words_re else frozenset()

    return scan


def _prefix_closure(word_bits: dict[str, int], vocabulary: Iterable[str]) -> dict[str, int]:
    """The bits of each word of the vocabulary that opens any: those of every gate word it
    starts with (itself included)."""
    closure = {
        word: functools.reduce(
            operator.or_, (word_bits.get(word[:n], 0) for n in range(1, len(word) + 1))
        )
        for word in vocabulary
    }
    return {word: bits for word, bits in closure.items() if bits}


def gate_words(gates: Iterable[Gate | None]) -> frozenset[str]:
    """Every word the paths of ``gates`` look for."""
    return frozenset(
        word for g in gates if g is not None for path in g.paths for word in path.words or ()
    )


def index_gates(
    gates: Sequence[Gate | None], vocabulary: frozenset[str] = frozenset()
) -> GateIndex:
    """The index of the gates of a run of filters (None: a filter without one); its scan looks
    for the words of ``vocabulary`` too (those of a pipeline's other passes, which share it).

    >>> g = gate((60, regex.compile(r"^ \\W* share \\W* $", regex.X | regex.I)), (200, ("x",)))
    >>> index = index_gates([None, g])
    >>> [index.open_paths(t) & index.bits[1] != 0 for t in ("Share", "Home", "x" * 70, "x" * 201)]
    [True, False, True, False]
    >>> index.open_paths("Home harbour") & index.bits[1]  # "har" of "share", but no "share"
    0
    >>> index.to_call("Share"), index.to_call("Home")
    ([0, 1], [0])
    """
    bits: list[int] = []
    paths: list[Path] = []
    owners: list[int] = []
    for i, g in enumerate(gates):
        mask = 0
        for path in g.paths if g is not None else ():
            mask |= 1 << len(paths)
            paths.append(path)
            owners.append(1 << i)
        bits.append(mask)
    ungated = sum(1 << i for i, g in enumerate(gates) if g is None)
    longest = max((path.max_chars for path in paths), default=-1)
    by_length = tuple(
        sum(1 << i for i, path in enumerate(paths) if path.max_chars >= length)
        for length in range(longest + 1)
    )
    word_bits: dict[str, int] = {}
    wordless = 0
    for i, path in enumerate(paths):
        if path.words is None:
            wordless |= 1 << i
            continue
        for word in path.words:
            word_bits[word] = word_bits.get(word, 0) | 1 << i
    vocabulary = vocabulary.union(word_bits)
    return GateIndex(
        tuple(bits), tuple(owners), ungated, by_length, wordless, scanner(vocabulary),
        _prefix_closure(word_bits, vocabulary), _filters_of(tuple(owners), ungated),
    )
