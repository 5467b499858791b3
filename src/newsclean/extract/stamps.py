"""Lines that are metadata stamps: a date or byline printed again away from the headline.

The extractors take the byline and date lines they read; pages often print them twice (above the
article and in its footer, or in a teaser). These filters drop such stamps wherever they remain.
"""

from __future__ import annotations

from types import MappingProxyType

from newsclean.extract.byline.find import is_byline_line
from newsclean.extract.date.find import is_date_line
from newsclean.gates.gate import gate
from newsclean.model import Hit

# A stamp is short; a long line with a date in it is a sentence.
MAX_STAMP_CHARS = 120


def date_stamp(text: str) -> Hit | None:
    """A line that is only a date or a "Published/Updated" stamp.

    >>> date_stamp("Updated : 19 November 2019, 09:01 AM")
    Hit(reason='date_stamp', evidence='Updated : 19 November 2019, 09:01 AM')
    >>> date_stamp("The vote on 19 November 2019 was close.") is None
    True
    """
    if len(text) <= MAX_STAMP_CHARS and is_date_line(text):
        return Hit("date_stamp", text)
    return None


def byline_stamp(text: str) -> Hit | None:
    """A line that is only a byline ("By Jane Doe", "Written by ...").

    >>> byline_stamp("By Jane Doe and John Roe")
    Hit(reason='byline_stamp', evidence='By Jane Doe and John Roe')
    >>> byline_stamp("By the time the polls closed, turnout had doubled.") is None
    True
    """
    if len(text) <= MAX_STAMP_CHARS and is_byline_line(text):
        return Hit("byline_stamp", text)
    return None


FILTERS = (date_stamp, byline_stamp)


# What a line needs for each filter to match, one (longest line, regex or words) pair per way
# to a hit: a filter pass skips a filter whose gate a line does not pass (gates.gate).
GATES = MappingProxyType({
    date_stamp: gate((MAX_STAMP_CHARS, None)),
    byline_stamp: gate((MAX_STAMP_CHARS, None)),
})
