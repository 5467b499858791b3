"""No pattern backtracks catastrophically: every compiled regex in newsclean, fed long runs of
the characters it repeats, answers within a time guard, and answers as it does on a short run.

Line-level patterns only ever see a normalised line: ``normalize_text`` leaves no line break in it
and never two spaces in a row. They get line-shaped runs. The modules that work on the whole text
(decoding, normalising, markup, segmentation) also get runs of spaces, tabs and line breaks.
A pattern whose caller reads only a bounded prefix of the line says so in ``CAPPED``.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
from collections.abc import Iterator
from pathlib import Path
from types import MappingProxyType

import pytest
import regex

import newsclean
from newsclean.filters import social
from newsclean.patterns import LazyPattern

# NEWSCLEAN_LONG_TESTS=1 runs the long audit: 50 000-character runs, with and without a tail.
LONG_RUN = os.environ.get("NEWSCLEAN_LONG_TESTS") == "1"
LONG_CHARS = 50_000 if LONG_RUN else 20_000
SHORT_CHARS = 2_000  # longer than any bounded repeat in a pattern: the verdict must not change
TIMEOUT_S = 2.0 if LONG_RUN else 1.0  # a linear scan of these runs takes milliseconds
RAW_TEXT_MODULES = {"newsclean.text.normalize", "newsclean.text.html", "newsclean.text.segment"}

# Patterns whose callers return early on longer lines (guards "len(text) <= CAP and P.match"
# on the calling line are read from the source).
CAPPED = {  # applied through a tuple of patterns, after "len(label) <= MAX_LABEL_CHARS"
    f"filters.social.{name}": social.MAX_LABEL_CHARS
    for name in ("SHARE_BAR_RE", "NETWORK_NAME_RE", "SHARE_CLICK_RE")
}

# What long lines of scraped text are made of: letters, digits, dates, punctuation, word runs.
LINE_UNITS = (
    "a", "A", "é", "1", ".", "-", "a ", "1 ", "- ", ". ", ", ", "| ", "1.", "1:", "a.", "A. ",
    "Ab ", "Nov. ", "a.m. ", "word, ", "(a) ", "a@b.", "\u0301",
)
RAW_UNITS = (" ", "\t", "\n", "\r", "\r\n", " \n", "\x00", "\ufeff", "\u00a0", "<", "</", "<a ")
TAIL = "!\u00bf"  # something the pattern must give up on at the very end of a run
SOURCES = {
    "newsclean." + ".".join(p.relative_to(Path(newsclean.__file__).parent).with_suffix("").parts):
    p.read_text(encoding="utf-8").splitlines()
    for p in Path(newsclean.__file__).parent.rglob("*.py")
}
# A length guard in the lines of a function before a call: "if len(text) > CAP" (return early)
# or "len(text) <= CAP and" (on the calling line or just above it).
GUARD_RE = regex.compile(r"len\(\w+\) (?:>|<=) ([A-Z][A-Z_\d]*(?: (?://|\*|\+) \d+)?)\b")


def _patterns_in(value: object, depth: int = 0) -> Iterator[regex.Pattern]:
    if isinstance(value, regex.Pattern):
        yield value
    elif isinstance(value, LazyPattern):
        yield value.compiled
    elif depth < 3 and isinstance(value, tuple | list | frozenset | set):
        for item in value:
            yield from _patterns_in(item, depth + 1)
    elif depth < 3 and isinstance(value, dict | MappingProxyType):
        for item in value.values():
            yield from _patterns_in(item, depth + 1)


def all_patterns() -> dict[str, tuple[str, regex.Pattern]]:
    """Every compiled pattern in a newsclean module's globals, by "module.NAME" where defined."""
    found: dict[str, tuple[str, regex.Pattern]] = {}
    for info in pkgutil.walk_packages(newsclean.__path__, "newsclean."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        source = Path(module.__file__ or "").read_text(encoding="utf-8")
        for name, value in vars(module).items():
            if not regex.search(rf"^{name}\b[^=\n]*=", source, regex.MULTILINE):
                continue  # imported from the module that defines it
            for i, pattern in enumerate(_patterns_in(value)):
                key = f"{info.name.removeprefix('newsclean.')}.{name}" + (f"[{i}]" if i else "")
                found[key] = (info.name, pattern)
    return found


PATTERNS = all_patterns()


def _units(module: str, pattern: regex.Pattern) -> list[str]:
    source = pattern.pattern if isinstance(pattern.pattern, str) else ""
    own = sorted({c for c in source if not c.isalnum() and not c.isspace() and c not in "\\^$"})
    units = [*LINE_UNITS, *own, *(f"{c} " for c in own)]
    if module in RAW_TEXT_MODULES:
        units += RAW_UNITS
    return list(dict.fromkeys(units))


def _calls(key: str) -> list[tuple[str, int, str]]:
    """(module, line index, method) of every call of the pattern in newsclean."""
    name = key.rsplit(".", 1)[1].split("[")[0]
    methods = "match|fullmatch|search|finditer|findall|sub|split"
    call_re = regex.compile(rf"\b{name}\b.*?\.({methods})\(|\b{name}\.(\w+)\(")
    return [(module, i, m[1] or m[2]) for module, lines in SOURCES.items()
            for i, line in enumerate(lines) if (m := call_re.search(line))]


def _how_used(key: str) -> str:
    """"match" when every call anchors the pattern at a position; "search" otherwise."""
    methods = {method for _, _, method in _calls(key)}
    return "match" if methods and methods <= {"match", "fullmatch"} else "search"


def _guard(module: str, index: int) -> int | None:
    lines = SOURCES[module]
    for line in reversed(lines[max(0, index - 12) : index + 1]):
        if m := GUARD_RE.search(line):
            return int(eval(m[1], vars(importlib.import_module(module))))  # a constant's name
        if line.lstrip().startswith("def "):
            return None
    return None


def _cap(key: str) -> int:
    """The longest line the callers hand the pattern: a length guard before every call."""
    if key in CAPPED:
        return CAPPED[key]
    caps = [_guard(module, index) for module, index, _ in _calls(key)]
    return LONG_CHARS if not caps or None in caps else max(c for c in caps if c is not None)


def _run(pattern: regex.Pattern, method: str, text: str) -> bool:
    subject: str | bytes = text.encode("utf-8") if isinstance(pattern.pattern, bytes) else text
    try:
        return getattr(pattern, method)(subject, timeout=TIMEOUT_S) is not None
    except TimeoutError:
        pytest.fail(f"{pattern.pattern!r:.80} took over {TIMEOUT_S}s on {text[:20]!r}…")


def test_the_audit_sees_the_patterns() -> None:
    assert len(PATTERNS) > 150
    assert "extract.byline.names.DATE_LINE_RE" in PATTERNS
    assert "text.normalize.LINE_BREAK_RE" in PATTERNS
    assert set(CAPPED) <= set(PATTERNS)
    assert _cap("filters.comments.COMMENT_COUNT_RE") < 100  # "len(text) <= MAX_LABEL_CHARS and"


@pytest.mark.parametrize("key", sorted(PATTERNS))
def test_pattern_is_linear_on_hostile_runs(key: str) -> None:
    module, pattern = PATTERNS[key]
    method = _how_used(key)
    long_chars = _cap(key)
    short_chars = min(SHORT_CHARS, long_chars // 2)
    for unit in _units(module, pattern):
        for tail in ("", TAIL) if LONG_RUN else (TAIL,):
            long_text = unit * (long_chars // len(unit)) + tail
            short_text = unit * (short_chars // len(unit)) + tail
            found = _run(pattern, method, long_text)
            assert found == _run(pattern, method, short_text), (unit, tail, found)
