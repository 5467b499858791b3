"""Whether a line could be a byline at all: cheap scans before the byline parsers.

Nearly every short line of a page is asked whether it is a byline (by the stamp filter, the
headline's ranking, the description), and nearly none is. The parsers settle most of them with
a handful of tests each; these scans settle most of them with one or two. They only ever let
through more lines than the parsers take, never fewer.
"""

from __future__ import annotations

import re

from newsclean.extract.byline.name_words import TITLE_HEADS
from newsclean.extract.byline.parse import (
    GLUED_CUE_RE,
    GLUED_CUES,
    MAY_HOLD_CUE,
    holds_cue_hint,
)
from newsclean.extract.byline.vouch import VOUCH_HINT_WORDS
from newsclean.gates.words import fold, trie_pattern
from newsclean.patterns import lazy_compile

# What a line without a cue needs to parse as a byline: a handle, a digit or a word of a date
# (VOUCH_HINT_RE, whose "\d" takes digits outside 0-9 too: OTHER_DIGIT_RE lets those through), or
# for a name with a job title or an outlet ("name_title") a title's word or a comma. Titles are
# looked for in the words of the unglued line, each of them a piece of the line, so the title's
# word is in the lowercased line too.
BARE_NEEDS = frozenset({"@", *"0123456789", *VOUCH_HINT_WORDS, ",", *TITLE_HEADS})
# Any of them, found in the lowercased line wherever it starts.
BARE_NEEDS_RE = re.compile(trie_pattern(BARE_NEEDS))
# A digit other than 0-9 ("٣", "३"), which BARE_NEEDS does not spell out.
OTHER_DIGIT_RE = lazy_compile(r"(?![0-9])\d")


def may_be_byline(text: str) -> bool:
    """False when no byline parser can read ``text`` as a byline; True decides nothing.

    >>> may_be_byline("Al Jazeera Correspondent"), may_be_byline("Marcus De Guzman")
    (True, False)
    """
    low = fold(text)
    if low is None or BARE_NEEDS_RE.search(low):
        return True
    if not text.isascii() and OTHER_DIGIT_RE.search(text):
        return True
    # a cue, as parse_cue_line looks for it: a glued "ByHT" is read as "By HT"
    line = text.strip()
    glued = line.startswith(GLUED_CUES) and GLUED_CUE_RE.match(line)
    return bool(glued or (MAY_HOLD_CUE(line) and holds_cue_hint(line)))


__all__ = ["BARE_NEEDS", "may_be_byline"]
