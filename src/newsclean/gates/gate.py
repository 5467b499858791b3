"""Cheap prefilters for line filters: the words a regex cannot match without.

A line filter tries a dozen regexes with long alternations on every line, and nearly every line
fails them all. Most of them cannot match unless the line holds one of a few words ("share",
"facebook", "teilen", ...). ``gates.words.required_words`` reads those words off a regex's
source, and a ``Gate`` checks them against the line's folded text: a filter whose gate is shut
would have returned None, so a filter pass skips it. The pass reads all its filters' gates at
once through a ``GateIndex``, which finds every word of every gate in one scan of the line.

A gate only ever lets through more lines than its filter hits, never fewer:

* a word is a run of literal characters every match must contain (an alternation needs one
  word per branch, else it requires nothing and the gate stays open);
* the line is lowercased, as the words are, which matches what a case-insensitive regex
  matches, except for the few characters in ``gates.words.FOLD_EXCEPTIONS``: a line with one
  of those passes every gate;
* the scan reports every word in the line, overlapping ones included, so none is missed.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import cast

import ahocorasick
import regex

from newsclean.gates.words import fold, required_words
from newsclean.patterns import LazyPattern


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
        elif isinstance(need, regex.Pattern | LazyPattern):  # a lazy one reads as compiled
            words = required_words(cast("regex.Pattern[str]", need))
        else:
            words = frozenset(w.lower() for w in need)
        built.append(Path(max_chars, words))
    return Gate(tuple(built))


@dataclass(frozen=True, slots=True)
class GateIndex:
    """The gates of a run of filters, read together: one scan of the line finds every word of
    every gate in it, and the paths (one bit each) that the words found open.

    The scan is one automaton of all the words (see ``scanner``), and ``word_bits`` files under
    each word the paths it opens. The automaton may hold more words than the gates (those of the
    other filter passes of a pipeline): passes that share one automaton share its scan of a line,
    which is remembered.

    Build it with ``index_gates``; ``open_paths`` gives the bits of the paths a line passes,
    and ``bits[i]`` those of filter ``i`` (0 for a filter with no gate: always called);
    ``to_call`` the filters to call on a line, in order.
    """

    bits: tuple[int, ...]
    owners: tuple[int, ...]  # by path: the bit of its filter
    ungated: int  # the bits of the filters with no gate
    by_length: tuple[int, ...]  # by line length: the paths long enough for it
    wordless: int  # the paths with no word to check
    scan: Callable[[str], frozenset[str] | None]  # the vocabulary's words in a line's fold()
    word_bits: dict[str, int]  # built once by index_gates, never changed
    filters_of: Callable[[int], tuple[int, ...]]  # by open paths: the filters to call
    # by the paths long enough for a line and the words in it: the filters to call
    filters_for: Callable[[int, frozenset[str] | None], tuple[int, ...]]

    def open_paths(self, text: str) -> int:
        """The paths whose length and words ``text`` passes."""
        length = len(text)
        if length >= len(self.by_length):
            return 0
        fits = self.by_length[length]
        if not fits & ~self.wordless:
            return fits
        return _open_paths(self.word_bits, self.wordless, fits, self.scan(text))

    def to_call(self, text: str) -> list[int]:
        """The filters (by index, in order) whose gates ``text`` passes, and those without."""
        return list(self.calls(text))

    def calls(self, text: str) -> tuple[int, ...]:
        """``to_call`` as a tuple: what a filter pass iterates over.

        Lines of a page share a few lengths' worth of paths and a few sets of words, so the
        filters to call are looked up by the pair, not worked out word by word."""
        length = len(text)
        if length >= len(self.by_length):
            return self.filters_of(0)
        fits = self.by_length[length]
        if not fits & ~self.wordless:
            return self.filters_of(fits)
        return self.filters_for(fits, self.scan(text))


def _open_paths(
    word_bits: dict[str, int], wordless: int, fits: int, words: frozenset[str] | None
) -> int:
    """The paths of ``fits`` that the words found in a line open (None: fold() gave up, so
    all of them)."""
    if words is None:
        return fits
    found = wordless
    get = word_bits.get
    for word in words:
        found |= get(word, 0)
    return found & fits


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


# Sets of words (with the paths long enough for their line) whose filters a pass remembers.
CACHED_WORD_SETS = 4096


def _filters_for(
    word_bits: dict[str, int], wordless: int, filters_of: Callable[[int], tuple[int, ...]]
) -> Callable[[int, frozenset[str] | None], tuple[int, ...]]:
    """The filters to call on a line, by the paths long enough for it and the words in it:
    each pair is worked out once."""

    @functools.lru_cache(maxsize=CACHED_WORD_SETS)
    def filters_for(fits: int, words: frozenset[str] | None) -> tuple[int, ...]:
        return filters_of(_open_paths(word_bits, wordless, fits, words))

    return filters_for


# Lines whose scan is remembered: the filter passes of a page follow each other.
CACHED_SCANS = 4096


@functools.lru_cache(maxsize=16)
def scanner(vocabulary: frozenset[str]) -> Callable[[str], frozenset[str] | None]:
    """The scan of a line's fold() for the words of ``vocabulary`` (None where fold() gives
    up), one for each vocabulary: passes built on the same words share it, and what it found
    in a line, remembered by the line's own text (whose hash the string keeps).

    The scan is an Aho-Corasick automaton of the words: one pass over the line reports every
    word in it, overlapping ones included, at a few times the speed of a regex alternation.

    >>> sorted(scanner(frozenset({"share", "sharethis", "this"}))("ShareThis page"))
    ['share', 'sharethis', 'this']
    >>> scanner(frozenset({"share"}))("ſhare") is None
    True
    """
    automaton = _automaton(vocabulary)

    @functools.lru_cache(maxsize=CACHED_SCANS)
    def scan(text: str) -> frozenset[str] | None:
        low = fold(text)
        if low is None:
            return None
        if automaton is None:
            return frozenset()
        return frozenset(map(_WORD, automaton.iter(low)))

    return scan


# The word of an automaton's (end, word) report: taken in C, since a line reports several.
_WORD = operator.itemgetter(1)


def _automaton(vocabulary: Iterable[str]) -> ahocorasick.Automaton | None:
    """An automaton that finds every word of ``vocabulary`` in a text (None: no word)."""
    words = [word for word in vocabulary if word]
    if not words:
        return None
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


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
    filters_of = _filters_of(tuple(owners), ungated)
    return GateIndex(
        tuple(bits), tuple(owners), ungated, by_length, wordless, scanner(vocabulary),
        word_bits, filters_of, _filters_for(word_bits, wordless, filters_of),
    )
