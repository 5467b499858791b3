"""Shared regex atoms, as strings: each module composes them and compiles its own regexes.

They are written for the ``regex`` package (``\\p{L}`` and friends are legal in them).
"""

from __future__ import annotations

# Hyphen-minus, en/em dashes, minus sign, figure dash, horizontal bar.
DASHES = r"[-\u2010-\u2015\u2212]"

# List bullets and middle dots that renderers leave in front of or between items.
BULLETS = r"[*\u2022\u00b7\u25aa\u25cf\u25e6\u2043\u2219\u30fb]"

# Vertical bars (ASCII, broken bar, full-width, box drawing).
PIPES = r"[|\u00a6\uff5c\u2502]"

# Breadcrumb and menu separators: slash, pipes, angle quotes, arrows, chevrons, bullets.
SEPARATORS = r"[/|\u00a6\uff5c\u2502>\u00bb\u203a\u2192\u276f\u25b6\u25b8\u2022\u00b7:]"

# Icon fonts and decoration around a widget label: anything but letters and digits.
EDGE = r"[^\p{L}\p{N}]*"

# Decoration that may also carry a counter: "| 12 |", "(3)", "1.2K".
COUNT_EDGE = r"[^\p{L}]*(?:\d[\d.,]*\s*[kKmM]?\b[^\p{L}]*)?"

# A capitalised name word: "Lloyd", "O'Neil", "Jean-Luc", "Ó".
NAME_WORD = r"\p{Lu}[\p{L}'’\-.]*"
