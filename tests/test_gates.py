"""Gates never shut out a line their filter matches: the prefilters change speed, not output."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import regex

from newsclean.extract.head.description import BREADCRUMB_RE, CAPTION_RE
from newsclean.filters import FAMILIES
from newsclean.gates.gate import Gate, gate, gate_words, index_gates
from newsclean.gates.words import (
    FOLD_EXCEPTIONS,
    fold,
    may_match,
    read_words,
    required_words,
    table_key,
    trie_pattern,
    word_char,
)
from newsclean.pipeline import DEFAULT_STEPS, FilterPass, LineFilter, fuse

TESTS = Path(__file__).parent
CORPUS = TESTS / "corpus"
GATED = [
    (f"{family}.{fn.__name__}", fn, g)
    for family, module in FAMILIES
    for fn, g in getattr(module, "GATES", {}).items()
]


def _case_texts() -> Iterator[str]:
    """Every line of the filter families' test cases, positives and look-alikes."""
    for path in sorted((TESTS / "filters").glob("test_*.py")):
        spec = importlib.util.spec_from_file_location(f"gate_cases_{path.stem}", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for name, value in vars(module).items():
            if name.endswith("_CASES") and isinstance(value, list):
                yield from (case[0] for case in value if case and isinstance(case[0], str))


def _corpus_lines() -> set[str]:
    pages = [*sorted((CORPUS / "dev").glob("*/*.txt")), *sorted((CORPUS / "seed").glob("*/*.txt"))]
    lines: set[str] = set()
    for page in pages:
        lines.update(line.strip() for line in page.read_text(encoding="utf-8").splitlines())
    lines.discard("")
    return lines


def _texts() -> list[str]:
    cases = list(_case_texts())
    # the same lines shouted, title-cased and with a long s: case folding must not lose them
    variants = [f(t) for t in cases for f in (str.upper, str.title, lambda t: t.replace("s", "ſ"))]
    return sorted({*cases, *variants, *_corpus_lines()})


TEXTS = _texts()


def test_the_texts_hold_positives_of_every_gated_filter() -> None:
    for name, fn, _ in GATED:
        if name.startswith("structure."):
            continue  # no words to check: nothing to prove
        assert any(fn(t) is not None for t in TEXTS), name


@pytest.mark.parametrize(("name", "fn", "g"), GATED, ids=[name for name, _, _ in GATED])
def test_a_gate_admits_every_line_its_filter_matches(name: str, fn, g: Gate) -> None:
    index = index_gates([g])
    for text in TEXTS:
        if fn(text) is not None:
            assert g.admits(text), (name, text)
            assert index.to_call(text) == [0], (name, text)


def test_the_pass_index_agrees_with_each_gate() -> None:
    passes = [s for s in fuse(DEFAULT_STEPS) if isinstance(s, FilterPass)]
    assert passes
    for step in passes:
        index = index_gates([f.gate for f in step.filters])
        for text in TEXTS[::7]:
            called = set(index.to_call(text))
            for i, f in enumerate(step.filters):
                if f.gate is None or f.gate.admits(text):
                    assert i in called, (f.name, text)


def test_the_pass_index_opens_exactly_the_paths_that_admit_a_line() -> None:
    """One scan of the line gives what checking every path's words in turn gives."""
    for step in [s for s in fuse(DEFAULT_STEPS) if isinstance(s, FilterPass)]:
        gates = [f.gate for f in step.filters]
        index = index_gates(gates)
        paths = [path for g in gates if g is not None for path in g.paths]
        for text in TEXTS[::3]:
            slow = sum(1 << i for i, path in enumerate(paths) if path.admits(text))
            assert index.open_paths(text) == slow, text


def test_passes_sharing_a_scan_open_the_paths_of_their_own() -> None:
    """A pass whose scan also looks for the other passes' words opens the same paths."""
    passes = [s for s in fuse(DEFAULT_STEPS) if isinstance(s, FilterPass)]
    vocabulary = gate_words(f.gate for step in passes for f in step.filters)
    assert all(step.vocabulary == vocabulary for step in passes)
    for step in passes:
        alone = index_gates([f.gate for f in step.filters])
        shared = index_gates([f.gate for f in step.filters], vocabulary)
        for text in TEXTS[::5]:
            assert shared.open_paths(text) == alone.open_paths(text), text


def test_a_word_inside_another_pass_word_still_opens_its_path() -> None:
    # the shared trie reports "sharethis" where this pass looks for "share" alone
    own = index_gates([gate((99, ("share",)))], frozenset({"sharethis", "this"}))
    assert own.to_call("Sharethis") == [0]
    assert own.to_call("this page") == []


def test_overlapping_and_nested_words_are_all_found() -> None:
    # "sharethis" holds "share" and "this", "reshare" holds "share": each opens its own path
    index = index_gates([gate((99, ("sharethis",))), gate((99, ("share",))), gate((99, ("hist",)))])
    assert index.to_call("Sharethis") == [0, 1]
    assert index.to_call("reshare history") == [1, 2]
    assert index.to_call("shar his") == []
    assert trie_pattern(["share", "shared", "sign"]) == "s(?:hare(?:d)?|ign)"


def test_a_filter_without_a_gate_is_always_called() -> None:
    def shout(text: str) -> None:
        return None

    index = index_gates([None, gate((5, ("x",)))])
    assert index.to_call("a" * 1000) == [0]
    assert LineFilter(shout, "demo").gate is None


def test_fold_exceptions_are_every_character_lowercasing_misreads() -> None:
    """A character a case-insensitive regex matches to a word's letter, but which does not
    lowercase to it, makes fold() give up; the list must hold them all."""
    alphabet = {
        c
        for _, _, g in GATED
        for path in g.paths
        for word in path.words or ()
        for c in word
    }
    cased = "".join(
        chr(i)
        for i in range(0x110000)
        if not 0xD800 <= i <= 0xDFFF and (chr(i).lower() != chr(i) or chr(i).upper() != chr(i))
    )
    for letter in sorted(alphabet):
        assert word_char(letter), letter
        for t in regex.findall(regex.escape(letter), cased, regex.IGNORECASE):
            assert t.lower() == letter or t in FOLD_EXCEPTIONS, (letter, t)
    assert fold("Größe ſtraße") is None
    assert fold("Größe") == "größe"


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"^ \W* (?: share | teilen ) \W* $", {"share", "teilen"}),
        (r"(?: next | prev ) \s+ page", {"page"}),
        (r"zur[üu]ck \s+ nach", {"nach"}),
        (r"[×✕] | close", {"×", "✕", "close"}),
        (r"\p{L}+ \s* : \s* \d+", {":"}),
        (r"(?: news )? \d+", None),
        (r"(?: a | ) bc", {"bc"}),
        (r"(?: a | ) \d", None),
        (r"(?i: by ) \s+ \p{Lu}", {"by"}),
        (r"photos? \s+ credit", {"credit"}),
        (r"(?<! copyright \s* ) ©", {"©"}),
        (r"[[:alpha:]] \s+ share", None),  # syntax the standard parser would misread
    ],
)
def test_required_words(pattern: str, words: set[str] | None) -> None:
    found = required_words(regex.compile(pattern, regex.IGNORECASE | regex.VERBOSE))
    assert found == (None if words is None else frozenset(words))


def test_full_case_folding_gets_no_words() -> None:
    assert required_words(regex.compile("strasse", regex.IGNORECASE | regex.FULLCASE)) is None
    assert required_words(regex.compile("strasse", regex.IGNORECASE | regex.V1)) is None


@pytest.mark.parametrize("pattern", [BREADCRUMB_RE, CAPTION_RE], ids=["breadcrumb", "caption"])
def test_may_match_is_true_wherever_the_pattern_is_found(pattern: regex.Pattern[str]) -> None:
    test = may_match(pattern)
    found = [text for text in TEXTS if pattern.search(text)]
    assert found
    assert all(test(text) for text in found)
    assert not all(test(text) for text in TEXTS)  # it does rule lines out


def test_may_match_rules_out_lines_without_the_words() -> None:
    caption = may_match(CAPTION_RE)
    assert caption("How can a duvet affect your lungs? (Photo: Getty Images)")
    assert caption("Photo: Damian Dovarganes, AP")
    assert caption("US Secretary of Defense Lloyd Austin.(REUTERS)")
    assert not caption("The New York State Attorney General is investigating WeWork.")
    crumb = may_match(BREADCRUMB_RE)
    assert crumb("Home / World News / Europe")
    assert not crumb("Americans have gone to the polls four times this month.")
    assert may_match(regex.compile(r"\d+"))("anything")  # no words to look for: always True


def test_the_word_table_is_what_parsing_the_patterns_gives() -> None:
    """The shipped table of gate words is up to date (scripts/write_gate_words.py rewrites it)."""
    script = TESTS.parent / "scripts" / "write_gate_words.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, "stale: run python scripts/write_gate_words.py"


def test_the_gates_read_their_words_from_the_table() -> None:
    from newsclean.gates.words import _table

    table = _table()
    assert table_key(CAPTION_RE) in table
    assert required_words(CAPTION_RE) == read_words(CAPTION_RE)
    # a pattern the table does not know is parsed
    unknown = regex.compile(r"(?: unlisted | pattern ) \d", regex.IGNORECASE | regex.VERBOSE)
    assert table_key(unknown) not in table
    assert required_words(unknown) == frozenset({"unlisted", "pattern"})


def test_lines_with_the_same_words_open_the_paths_their_length_allows() -> None:
    # the filters to call are remembered by the words found and the paths long enough
    index = index_gates([gate((20, ("share",))), gate((200, ("share",)))])
    assert index.to_call("Share this") == [0, 1]
    assert index.to_call("Share this story with your friends and family") == [1]
    assert index.to_call("Share this") == [0, 1]
    assert index.to_call("Share " * 40) == []
