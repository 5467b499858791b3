"""Tag and topic lines: "Tags: a, b, c", "Schlagwörter: ...", "Filed under: ...", "Themen"."""

from __future__ import annotations

from types import MappingProxyType

import regex

from newsclean.gates.gate import gate
from newsclean.model import Hit
from newsclean.patterns import EDGE, lazy_compile

# Slugs that newsclean.region reads: a drop of one ends the article's run
TAG_LINE_REASON = "tag_line"

MAX_TAG_LINE_CHARS = 300  # a list of tags; a longer line is prose

TAG_LABEL = r"""
    tags | tag | tagged (?: \s+ with )? | topics | topic | keywords | filed \s+ under
      | posted \s+ in
    | categories | category | related \s+ topics | more \s+ on
    | schlagw[öo]rter | schlagworte | stichw[öo]rter | stichworte | themen | thema | kategorien
    | kategorie | rubrik | themen \s+ im \s+ artikel
    | [ée]tiquettes | mots-? \s* cl[ée]s | sujets | cat[ée]gories?                          # fr
    | etiquetas | temas (?: \s+ relacionados )? | palabras \s+ clave | categor[íi]as?      # es, pt
    | argomenti | parole \s+ chiave | categorie | tag \s+ correlati                         # it
    | assuntos | palavras-chave | t[óo]picos                                               # pt
    | onderwerpen | trefwoorden | categorie[ëe]n                                           # nl
    | теги | метки | темы | рубрик[аи] | ключевые \s+ слова                               # ru
    | tagi | tematy | s[łl]owa \s+ kluczowe | kategorie                                     # pl
"""

# "Tags: a, b, c", or the label alone ("Themen"), or an unambiguous label followed by the
# tags without a colon ("Tags Kristi Noem South Dakota").
TAG_LINE_RE = lazy_compile(
    rf"""
    ^ {EDGE} (?: {TAG_LABEL} ) \s* (?: : | \| | » ) .{{0,300}} $
    | ^ {EDGE} (?: {TAG_LABEL} ) (?: \s+ a \s* [-–] \s* z )? {EDGE} $
    | ^ {EDGE} (?: tags | tagi | теги | schlagw[öo]rter | schlagworte | stichw[öo]rter ) \s+ \S .* $
    # a post's meta line: "Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter Linux, ..."
    | ^ .{{0,80}}? \b (?: abgelegt \s+ unter | class[ée] \s+ dans | archivado \s+ en
      | filed \s+ under \s* : ) \s+ \S .* $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# A hashtag row: "#Local Markets #Nifty #Sensex".
HASHTAG_ROW_RE = lazy_compile(
    r"^ (?: tags \s+ )? (?: \# [\p{L}\p{N}_][\p{L}\p{N}_\s-]{0,40} ){2,} $",
    regex.IGNORECASE | regex.VERBOSE,
)


def tag_line(text: str) -> Hit | None:
    """A tag or topic list: "Tags: Alibaba", "Schlagworte: fashion Mode", "Filed under:".

    >>> tag_line("Tags: Alibaba, Hong Kong, IPO")
    Hit(reason='tag_line', evidence='Tags: Alibaba, Hong Kong, IPO')
    >>> tag_line("Category 5 is the strongest. Storms of Category 3 and above are major.") is None
    True
    """
    if len(text) > MAX_TAG_LINE_CHARS:
        return None
    if TAG_LINE_RE.match(text) or HASHTAG_ROW_RE.match(text):
        return Hit(TAG_LINE_REASON, text.strip()[:60])
    return None


FILTERS = (tag_line,)


# What a line needs for each filter to match, one (longest line, regex or words) pair per way
# to a hit: a filter pass skips a filter whose gate a line does not pass (gates.gate).
GATES = MappingProxyType({
    tag_line: gate((MAX_TAG_LINE_CHARS, TAG_LINE_RE), (MAX_TAG_LINE_CHARS, HASHTAG_ROW_RE)),
})
