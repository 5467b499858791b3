"""What the scripts that write a table of package data share: write it, or check it is current."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "src" / "newsclean" / "data"


def write_or_check(description: str, path: Path, table_text: Callable[[], str]) -> int:
    """``--check``: 0 if ``path`` holds what ``table_text()`` gives, else 1; otherwise write it."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    text = table_text()
    if args.check:
        return 0 if path.exists() and path.read_text("utf-8") == text else 1
    path.write_text(text, "utf-8")
    print(f"{path}: written")
    return 0
