"""Author boxes: "About the author" headers and the bio line "X is a reporter at ..."."""

from __future__ import annotations

from types import MappingProxyType

import regex

from newsclean.gates.gate import gate
from newsclean.model import Hit
from newsclean.patterns import AUTHOR_BIO, EDGE, lazy_compile

# Slugs that newsclean.region reads: a drop of one ends the article's run
AUTHOR_BOX_REASON = "author_box"
ABOUT_BOX_REASON = "about_box"
AUTHOR_BIO_REASON = "author_bio"

MAX_HEADER_CHARS = 80  # "More articles by Jane Doe"
MAX_BIO_CHARS = 400  # a bio is two or three sentences

ABOUT_AUTHOR_RE = lazy_compile(
    rf"""
    ^ {EDGE}
    (?: about \s+ the \s+ (?: author | authors | writer | reporter ) | author \s+ (?: bio | info
          | details | profile ) | the \s+ author | authors?
      | (?: more | other | latest ) \s+ (?: articles | stories | posts | news ) \s+ (?: by | from )
          \s+ .{{1,40}}
      | (?: view | see | read ) \s+ (?: all \s+ )? (?: posts | articles
      | stories ) \s+ by \s+ .{{1,40}}
      | (?: [üu]ber \s+ (?: den | die ) \s+ (?: autor | autorin | autoren ) | zur \s+ person
          | zum \s+ autor | zur \s+ autorin | (?: alle \s+ )? (?: artikel | beitr[äa]ge ) \s+ von
          \s+ .{{1,40}} | weitere \s+ (?: artikel | beitr[äa]ge ) \s+ (?: von
            | des \s+ autors ) .{{0,40}}
          | autor(?: in )? | autoren )                                                   # de
      | [àa] \s+ propos \s+ de \s+ l'auteur | l'auteur | sur \s+ l'auteur                  # fr
      | sobre \s+ (?: el | la | o | a ) \s+ (?: autor | autora ) | m[áa]s \s+ de \s+ este \s+ autor
      | (?: l' )? autore | sull'autore | informazioni \s+ sull'autore                       # it
      | over \s+ de \s+ (?: auteur | schrijver )                                          # nl
      | об \s+ авторе | (?: все \s+ )? (?: статьи | материалы ) \s+ автора                  # ru
      | o \s+ autorze | (?: wi[ęe]cej \s+ )? artyku[łl][óo]w \s+ autora                     # pl
      # a blog post's footer: "Eingestellt von der Michel", "Posted by Jane at 10:43 AM"
      | eingestellt \s+ von \s+ .{{1,40}}
      | (?: posted | publi[ée] | publicado | pubblicato | gepostet ) \s+ (?: by | par | por | da
          | von ) \s+ .{{1,40}}? \s+ (?: at | [àa] | a \s+ las? | en | alle
          | um ) \s+ \d{{1,2}} [:.h]
          \d{{2}} .{{0,12}}
    )
    {EDGE} $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

AUTHOR_BIO_RE = lazy_compile(AUTHOR_BIO, regex.VERBOSE)

# The header of a box about the author or the publisher under an article: "Über Moritz
# Bachmann", "Sobre Carlos Nadalim", "About Jane Doe". Two names or more in capitals, and
# nothing else: "Über Geld" or "About the deal" head a section of the article itself.
ABOUT_NAME_RE = lazy_compile(
    r"""
    ^ (?: about | [üu]ber | sobre | [àa] \s+ propos \s+ de | over | o )
    (?-i: (?: \s+ \p{Lu} [\p{L}'’-]+ ){2,4} ) $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# The characters "\s" matches in the regex package (Unicode's White_Space).
SPACES = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)

# What a line needs for ABOUT_NAME_RE to match it: the words the pattern's gate would read off
# it, but its Polish "o" ("O Janie Kowalskim") with the space that must follow it: the letter
# alone is in nearly every line, and let most short lines into the filter for nothing.
ABOUT_NAME_WORDS = frozenset({"about", "ber", "sobre", "propos", "over"}) | {
    "o" + s for s in SPACES
}


def about_author(text: str) -> Hit | None:
    """Author-box headers: "About the author", "Über den Autor", "More articles by Jane Doe".

    >>> about_author("About the Author")
    Hit(reason='author_box', evidence='About the Author')
    >>> about_author("About the author of the letter, police said little.") is None
    True
    """
    if len(text) <= MAX_HEADER_CHARS and ABOUT_AUTHOR_RE.match(text):
        return Hit(AUTHOR_BOX_REASON, text.strip())
    if len(text) <= MAX_HEADER_CHARS and ABOUT_NAME_RE.match(text.strip()):
        return Hit(ABOUT_BOX_REASON, text.strip())
    return None


def author_bio(text: str) -> Hit | None:
    """An author's bio line: "Julius is an LA Entertainment Reporter for Fox News.".

    >>> author_bio("Meg James is a corporate media reporter for the Los Angeles Times.")[0]
    'author_bio'
    >>> author_bio("Clare Hollingworth, who broke the news of the war, died. She was 105.") is None
    True
    """
    if len(text) <= MAX_BIO_CHARS and (m := AUTHOR_BIO_RE.match(text)):
        return Hit(AUTHOR_BIO_REASON, m.group(0)[:60])
    return None


FILTERS = (about_author, author_bio)


# What a line needs for each filter to match, one (longest line, regex or words) pair per way
# to a hit: a filter pass skips a filter whose gate a line does not pass (gates.gate).
GATES = MappingProxyType({
    about_author: gate((MAX_HEADER_CHARS, ABOUT_AUTHOR_RE), (MAX_HEADER_CHARS, ABOUT_NAME_WORDS)),
    author_bio: gate((MAX_BIO_CHARS, AUTHOR_BIO_RE)),
})
