"""User rules as steps: drop-line and inline-cut patterns, promo and prompt phrases.

A user's patterns are checked before they run (``check_pattern``: it compiles, and it has no
quantified group whose body is quantified too, the shape that backtracks exponentially), and each
search runs under the ``regex`` module's timeout as a last guard: a pattern that still runs away
on a line leaves that line alone and says so in the document's warnings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

import regex

from newsclean.model import Document, Hit
from newsclean.patterns import lazy_compile

RULE_TIMEOUT_SECONDS = 0.05  # per line and pattern: a sane pattern needs microseconds
MAX_PROMPT_WORDS = 30  # a prompt is a button or a one-line invitation, never a paragraph
RULE_FLAGS = regex.IGNORECASE | regex.VERSION1  # VERSION1: full case folding, nested sets

# A quantifier after an atom: "*", "+", "?", "{m}", "{m,}", "{m,n}", then lazy "?" or possessive "+"
QUANTIFIER_RE = lazy_compile(r"(?P<q>[*+?]|\{\d*(?P<comma>,)?\d*\})(?P<mode>[?+])?")


class RuleError(ValueError):
    """A user pattern that cannot be used, with the reason in words."""


def _unbounded(m: regex.Match[str]) -> bool:
    q = m["q"]
    return q in "*+" or (q.startswith("{") and bool(m["comma"]) and q.endswith(",}"))


def nested_quantifier(pattern: str) -> str | None:
    """The first quantified group whose body repeats without bound too: ``(x+)+``, ``(a*b?)*``.

    Such a group can match one string in exponentially many ways, and a failing search tries
    them all. A possessive inner quantifier (``x++``) or an atomic group (``(?>...)``) is safe.

    >>> nested_quantifier(r"(\\w+\\s?)+$")
    '(\\\\w+\\\\s?)+'
    >>> nested_quantifier(r"^(?:Also read|Read more):\\s+\\S.*$") is None
    True
    """
    stack: list[tuple[int, bool, bool]] = []  # (start, atomic, body repeats without bound)
    closed: tuple[int, bool, bool] | None = None  # the group that just closed, if any
    i, n = 0, len(pattern)
    while i < n:
        c, last = pattern[i], closed
        closed = None
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(pattern, i)
            continue
        if c == "(":
            stack.append((i, pattern.startswith("(?>", i), False))
        elif c == ")" and stack:
            closed = stack.pop()
            if closed[2] and stack and not closed[1]:
                stack[-1] = (*stack[-1][:2], True)
        elif (m := QUANTIFIER_RE.match(pattern, i)) and _unbounded(m):
            if last is not None and last[2] and not last[1]:
                return pattern[last[0] : m.end()]
            if m["mode"] != "+" and stack:
                stack[-1] = (*stack[-1][:2], True)
            i = m.end()
            continue
        i += 1
    return None


def _class_end(pattern: str, i: int) -> int:
    """The index just past the character class opening at ``i`` (``[]a]`` and ``[^]]`` too)."""
    j = i + 1
    if pattern.startswith("^", j):
        j += 1
    if pattern.startswith("]", j):
        j += 1
    depth = 1
    while j < len(pattern) and depth:
        if pattern[j] == "\\":
            j += 1
        elif pattern[j] == "[":
            depth += 1  # VERSION1 nested sets
        elif pattern[j] == "]":
            depth -= 1
        j += 1
    return j


def check_pattern(pattern: str) -> regex.Pattern[str]:
    """Compile a user pattern, or raise RuleError saying what is wrong with it.

    >>> check_pattern(r"^Follow us\\b").pattern
    '^Follow us\\\\b'
    >>> check_pattern(r"(unclosed")
    Traceback (most recent call last):
    ...
    newsclean.rules.steps.RuleError: invalid regex '(unclosed': missing ) at position 9
    """
    try:
        compiled = regex.compile(pattern, RULE_FLAGS)
    except regex.error as exc:
        raise RuleError(f"invalid regex {pattern!r}: {exc}") from None
    if risky := nested_quantifier(pattern):
        raise RuleError(
            f"pattern {pattern!r} can backtrack catastrophically: {risky!r} repeats a group "
            "that repeats itself; make the inner quantifier possessive (x++) or the group "
            "atomic (?>...)"
        )
    return compiled


def _search(pattern: regex.Pattern[str], text: str) -> regex.Match[str] | None:
    return pattern.search(text, timeout=RULE_TIMEOUT_SECONDS)


def _timed_out(doc: Document, step: str, pattern: regex.Pattern[str], no: int) -> Document:
    return doc.warn(f"{step}: pattern {pattern.pattern!r} timed out on line {no}; line kept")


@dataclass(frozen=True, slots=True)
class _Patterns:
    patterns: tuple[str, ...]
    compiled: tuple[regex.Pattern[str], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", tuple(check_pattern(p) for p in self.patterns))


@dataclass(frozen=True, slots=True)
class DropLine(_Patterns):
    """Drop a line one of the user's drop-line patterns matches (rules file: ``drop_lines``)."""

    name: ClassVar[str] = "rules.drop_line"

    def __call__(self, doc: Document) -> Document:
        hits: dict[int, Hit] = {}
        for line in doc.lines:
            for pattern in self.compiled:
                try:
                    m = _search(pattern, line.text)
                except TimeoutError:
                    doc = _timed_out(doc, self.name, pattern, line.no)
                    continue
                if m is not None:
                    hits[line.no] = Hit("user_rule", pattern.pattern)
                    break
        return doc.drop(hits, self.name)


@dataclass(frozen=True, slots=True)
class InlineCut(_Patterns):
    """Cut what the user's inline-cut patterns match out of a line (rules file: ``inline_cuts``)."""

    name: ClassVar[str] = "rules.inline_cut"

    def __call__(self, doc: Document) -> Document:
        edits: dict[int, tuple[str, Hit]] = {}
        for line in doc.lines:
            text = line.text
            for pattern in self.compiled:
                try:
                    cut = pattern.sub("", text, timeout=RULE_TIMEOUT_SECONDS)
                except TimeoutError:
                    doc = _timed_out(doc, self.name, pattern, line.no)
                    continue
                if cut != text:
                    edits[line.no] = (cut, Hit("user_cut", pattern.pattern))
                    text = cut
        return doc.edit(edits, self.name)


def _phrases_re(phrases: tuple[str, ...], template: str) -> regex.Pattern[str]:
    words = sorted((regex.escape(p.strip()) for p in phrases if p.strip()), key=len, reverse=True)
    return regex.compile(template.format("|".join(words) or "(?!)"), RULE_FLAGS)


@dataclass(frozen=True, slots=True)
class PromoPhrase:
    """Drop a line that opens with a user's promo phrase, or cut it off a paragraph's end."""

    phrases: tuple[str, ...]
    name: ClassVar[str] = "rules.promo_phrase"
    # at the line's start, or right after a sentence's end: "... on Wednesday.ALSO READ: G7 ..."
    _line: regex.Pattern[str] = field(init=False, repr=False, compare=False)
    _glued: regex.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_line", _phrases_re(self.phrases, r"^\W*(?:{})(?!\w)"))
        object.__setattr__(self, "_glued", _phrases_re(self.phrases, r"(?<=[.!?\"”])\s*(?:{})\b"))

    def __call__(self, doc: Document) -> Document:
        edits: dict[int, tuple[str, Hit]] = {}
        for line in doc.lines:
            if m := self._line.search(line.text):
                edits[line.no] = ("", Hit("promo_line", m.group(0).strip()))
            elif m := self._glued.search(line.text):
                edits[line.no] = (line.text[: m.start()], Hit("promo_line", m.group(0).strip()))
        return doc.edit(edits, self.name)


@dataclass(frozen=True, slots=True)
class PromptPhrase:
    """Drop a short line that holds a user's prompt phrase ("Join our WhatsApp channel")."""

    phrases: tuple[str, ...]
    max_words: int = MAX_PROMPT_WORDS
    name: ClassVar[str] = "rules.prompt_phrase"
    _any: regex.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_any", _phrases_re(self.phrases, r"(?<!\w)(?:{})(?!\w)"))

    def __call__(self, doc: Document) -> Document:
        hits = {
            line.no: Hit("prompt", m.group(0))
            for line in doc.lines
            if len(line.text.split()) <= self.max_words and (m := self._any.search(line.text))
        }
        return doc.drop(hits, self.name)


RULE_STEP_NAMES = (InlineCut.name, DropLine.name, PromoPhrase.name, PromptPhrase.name)
