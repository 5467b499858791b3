"""Write CLDR's month and day names of the languages dates are read in
(src/newsclean/data/calendar-names.json), from babel's copy of CLDR.

    pip install babel
    python scripts/write_calendar_names.py          # rewrite the table
    python scripts/write_calendar_names.py --check  # exit 1 if the table is not what it would write

Run it after changing ``extract.date.names.LANGUAGES`` or upgrading babel;
tests/extract/test_date.py fails while the table and babel's data differ.
"""

from __future__ import annotations

import json
import sys

from data_table import DATA, write_or_check

from newsclean.extract.date import names

TABLE = DATA / names.CALENDAR_TABLE


def table_text() -> str:
    table = {
        lang: {key: names.cldr_names(lang, key) for key in ("months", "days")}
        for lang in names.LANGUAGES
    }
    return json.dumps(table, ensure_ascii=False, separators=(",", ":")) + "\n"


def main() -> int:
    return write_or_check(__doc__.splitlines()[0], TABLE, table_text)


if __name__ == "__main__":
    sys.exit(main())
