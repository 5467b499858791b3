"""Fuzz the single-document path of the command line: bytes -> clean_bytes -> every format.

Run (atheris, libFuzzer options after the script; an empty corpus directory is seeded with the
bad-input cases of tests/test_bad_input.py and the seed page):
    .venv/bin/pip install atheris
    mkdir -p /tmp/fuzz-corpus
    .venv/bin/python fuzz/fuzz_clean.py -max_total_time=600 -max_len=20000 /tmp/fuzz-corpus

Anything but a record or an InputError is a crash: libFuzzer stops and writes the input to
crash-<hash>; turn it into a case of tests/test_fuzz_regressions.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from newsclean.api import clean_bytes
    from newsclean.errors import InputError
    from newsclean.render import format_article

FORMATS = ("json", "jsonl", "text", "markdown")


def test_one_input(data: bytes) -> None:
    """One fuzz case: an answer or a plain InputError, never anything else."""
    try:
        article = clean_bytes(data)
    except InputError:
        return
    for fmt in FORMATS:
        out = format_article(article, fmt, trace=True)
        assert isinstance(out, str)


def seed(corpus: Path) -> None:
    """Fill an empty corpus directory with the test suite's bad inputs and the seed page."""
    if not corpus.is_dir() or any(corpus.iterdir()):
        return
    repo = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(repo / "tests"))
    from test_bad_input import CASES

    for name, case in CASES.items():
        if len(case.data) <= 100_000:
            (corpus / f"{name}.txt").write_bytes(case.data)
    for page in (repo / "tests" / "corpus" / "seed" / "raw").glob("*.txt"):
        (corpus / page.name).write_bytes(page.read_bytes())


def main() -> None:
    for arg in sys.argv[1:]:
        if not arg.startswith("-"):
            seed(Path(arg))
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
