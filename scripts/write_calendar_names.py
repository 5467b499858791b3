"""Write CLDR's month and day names of the languages dates are read in
(src/newsclean/data/calendar-names.json), from babel's copy of CLDR.

    pip install babel
    python scripts/write_calendar_names.py          # rewrite the table
    python scripts/write_calendar_names.py --check  # exit 1 if the table is not what it would write

Run it after changing ``extract.date.names.LANGUAGES`` or upgrading babel; tests/test_dates.py
fails while the table and babel's data differ.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newsclean.extract.date import names

TABLE = Path(__file__).resolve().parent.parent / "src" / "newsclean" / "data" / names.CALENDAR_TABLE


def table_text() -> str:
    table = {
        lang: {key: names.cldr_names(lang, key) for key in ("months", "days")}
        for lang in names.LANGUAGES
    }
    return json.dumps(table, ensure_ascii=False, separators=(",", ":")) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    text = table_text()
    if args.check:
        return 0 if TABLE.exists() and TABLE.read_text("utf-8") == text else 1
    TABLE.write_text(text, "utf-8")
    print(f"{TABLE}: {len(names.LANGUAGES)} languages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
