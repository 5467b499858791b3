"""Write the table of the words newsclean's own patterns cannot match without
(src/newsclean/data/gate-words.json), which the gates read instead of parsing the patterns'
sources at start-up.

    python scripts/write_gate_words.py          # rewrite the table
    python scripts/write_gate_words.py --check  # exit 1 if the table is not what it would write

Run it after changing a pattern that a gate or a ``may_match`` test reads; tests/test_gates.py
fails while the table is stale. A stale table is never wrong, only slower: a pattern it does
not know is parsed as before.
"""

from __future__ import annotations

import json
import sys

import regex
from data_table import DATA, write_or_check

from newsclean.gates import words

TABLE = DATA / words.WORD_TABLE


def gated_patterns() -> list[regex.Pattern[str]]:
    """Every pattern whose words the package asks for, as it asks: the table is set aside and
    each parse is recorded while the whole pipeline is imported and run on a page."""
    asked: list[regex.Pattern[str]] = []
    parse = words.read_words

    def recording(pattern: regex.Pattern[str]) -> words.Words | None:
        asked.append(pattern)
        return parse(pattern)

    words.read_words = recording  # type: ignore[assignment]
    words._table = lambda: {}  # type: ignore[assignment]
    from newsclean.api import clean

    clean("Storm hits the coast\n\nBy Lois Lane\n\nShare this story\n\n" + "Winds rose. " * 30)
    words.read_words = parse  # type: ignore[assignment]
    return asked


def table_text() -> str:
    return json.dumps(words.word_table(gated_patterns()), ensure_ascii=False, indent=0) + "\n"


def main() -> int:
    return write_or_check(__doc__.splitlines()[0], TABLE, table_text)


if __name__ == "__main__":
    sys.exit(main())
