"""Where a page's dates are, and which way it writes its numeric ones.

One regex pass over the whole page finds the lines that may hold a date; only those are scanned.
A numeric date that reads two ways ("12/10/2020") takes the page's own day/month order when the
page's unambiguous dates, or the language of its date cues, settle it.
"""

from __future__ import annotations

import bisect
import datetime
import operator
from collections import Counter
from collections.abc import Sequence
from itertools import accumulate, repeat
from typing import NamedTuple

from newsclean.extract.date.cues import DAY_FIRST_CUE_RE
from newsclean.extract.date.formats import YEARLESS_RULES, ascii_digits, scan
from newsclean.extract.date.numeric import numeric_pairs
from newsclean.extract.date.relative import RELATIVE_HINT_RE
from newsclean.extract.date.stamp import Stamp
from newsclean.patterns import lazy_compile

__all__ = ["Page", "dated_lines", "page_of", "page_order", "scan_page", "settle"]

# What every date but a relative one holds: a 19xx/20xx year (or a 13xx/14xx Solar Hijri one), or
# two numbers each followed by the same kind of separator ("19/11/19", "19. 11."). One pass over
# the whole page (its digits made ASCII, as scan() reads them) finds the lines worth scanning;
# the leading digit and the lookbehind keep that pass fast.
DATE_HINT_RE = lazy_compile(r"\d(?:\d\d\d(?<=(?:19|20|1[34])\d\d)|[/.-][^\S\n]?\d\d?[/.-])")


class Page(NamedTuple):
    text: str  # the lines joined by newlines, digits made ASCII: one regex pass reads them all
    starts: list[int]  # where each line starts in ``text``

    def line_of(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1


def page_of(lines: Sequence[str]) -> Page:
    """The lines joined, and where each starts (its length and a newline after the one before).

    >>> page_of(["Menu", "Nov 19, 2019", ""]).starts
    [0, 5, 18]
    """
    # the running sums are taken in C, with no Python step for each of the page's lines
    starts = list(accumulate(map(operator.add, map(len, lines), repeat(1)), initial=0))
    return Page(ascii_digits("\n".join(lines)), starts[:-1])


def dated_lines(lines: Sequence[str], relative: bool, page: Page | None = None) -> list[int]:
    """Indices of the lines that may hold a date (or, with ``relative``, a stamp read against a
    reference day: "3 hours ago", "Nov 19, 6:51 AM").

    >>> dated_lines(["Menu", "Nov 19, 2019", "Page 2", "19/11/19", "vor 3 Stunden"], False)
    [1, 3]
    >>> dated_lines(["Menu", "Nov 19, 6:51 AM", "vor 3 Stunden"], True)
    [1, 2]
    """
    page = page or page_of(lines)
    hints = [DATE_HINT_RE]
    if relative:
        hints += [RELATIVE_HINT_RE, *(pattern for _, pattern in YEARLESS_RULES)]
    return sorted({page.line_of(m.start()) for r in hints for m in r.finditer(page.text)})


def page_order(lines: Sequence[str]) -> str | None:
    """Day-first or month-first, as the page's unambiguous numeric dates show ("19/11/2019"), or
    day-first when the page's date cues are in a language that writes the day first.

    ``lines`` are the page's lines that hold dates: a cue that counts stands beside one."""
    votes: Counter[str] = Counter()
    foreign_cue = False
    for line in lines:
        for m in numeric_pairs(line):
            first, second = int(m["first"]), int(m["second"])
            if first > 12 >= second:
                votes["dmy"] += 1
            elif second > 12 >= first:
                votes["mdy"] += 1
        if not foreign_cue:
            foreign_cue = bool(DAY_FIRST_CUE_RE.search(line))
    if len(votes) == 1:
        return next(iter(votes))
    return "dmy" if not votes and foreign_cue else None


def settle(stamps: list[Stamp], order: str | None) -> list[Stamp]:
    """Give the numeric dates that read two ways the page's day/month order, if it has one."""
    if order is None:
        return stamps
    k = 0 if order == "dmy" else 1
    return [
        s._replace(value=s.readings[k]) if s.value is None and s.readings else s for s in stamps
    ]


def scan_page(
    lines: Sequence[str], now: datetime.date | None, language: str | None, page: Page
) -> list[tuple[int, list[Stamp]]]:
    """The dates of every line that has some, numeric ones read in the page's day/month order."""
    scanned = []
    for i in dated_lines(lines, now is not None, page):
        if stamps := scan(lines[i], now=now, language=language):
            scanned.append((i, stamps))
    order = page_order([lines[i] for i, _ in scanned])
    return [(i, settle(stamps, order)) for i, stamps in scanned]
