"""Shared regex atoms, as strings: each module composes them and compiles its own regexes;
and the few compiled regexes every layer reads the same way (words, a sentence's end).

They are written for the ``regex`` package (``\\p{L}`` and friends are legal in them).
"""

from __future__ import annotations

import regex

# A word, as the scorer and every word count read one: a run of letters, digits or underscores.
WORD_RE = regex.compile(r"\w+")

# Closing punctuation of a sentence, possibly inside quotes or brackets: "... today.", "... (sic).",
# "... it?»".
SENTENCE_END_RE = regex.compile(r"[.!?…。！？][\"'”’»)\]]*\s*$")

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

# The word that introduces a byline, in the languages the byline parsers read: "By", "von", ...
BY_WORDS = r"(?:by|von|por|par|door|di|da|av|af)"

# A capitalised name word: "Lloyd", "O'Neil", "Jean-Luc", "Ó".
NAME_WORD = r"\p{Lu}[\p{L}'’\-.]*"


# Job titles of the people who sign articles, in the languages of the corpus.
ROLE = r"""
    reporter | writer | correspondent | editor | journalist | columnist | contributor | producer
    | author | blogger | critic | photographer | freelancer | commentator | analyst
    | redakteur(?: in )? | journalist(?: in )? | korrespondent(?: in )? | autor(?: in )?
    | kolumnist(?: in )? | reporter(?: in )? | volont[äa]r(?: in )? | chefredakteur(?: in )?
    | journaliste | r[ée]dact(?: eur | rice ) | correspondant(?: e )? | chroniqueu(?: r | se )
    | periodista | redactor(?: a )? | corresponsal | columnista | giornalista | redattore
    | corrispondente | jornalista | rep[óo]rter | correspondente | colunista | verslaggever
    | journalist | correspondent | корреспондент | журналист(?: ка )? | обозреватель
    | redaktor | dziennikar(?: z | ka )
"""

# "I am" opening a blogger's bio, in the languages of the corpus.
I_AM = r"(?i: ich \s+ bin | i \s+ am | i['’]m | je \s+ suis | soy | sono )"

# An author bio: "Meg James is a corporate media reporter for the Los Angeles Times, covering ..."
# "Dennis Tölle ist Gründer und Chefredakteur des Magazins ..."
AUTHOR_BIO = rf"""
    ^ (?:
        (?: {NAME_WORD} \s ){{0,3}} {NAME_WORD} \s+                     # "Julius is an ..."
        (?: \( @ \w{{1,30}} \) \s+ )?                                  # "Molly Wood (@mollywood)"
        (?i: (?: is | was ) \s+ (?: a | an | the ) )
      | (?: {NAME_WORD} \s ){{1,3}} {NAME_WORD} \s+                     # "Dennis Tölle ist ..."
        (?i: ist | war | est | es | [èé] | jest | является )
    ) \s+
    (?: [\p{{L}}-]+ [\s,] ){{0,6}}?
    (?i: {ROLE} ) \b
    .{{0,120}}?
    \b (?i: for | at | with | of | on | covering | based | living | bei | beim | f[üu]r | der | des
         | im | pour | [àa] | chez | du | de | para | en | del | per | presso | di | na | voor | bij
         | van | в | w | dla ) \b
    |
    ^ (?: {NAME_WORD} \s ){{1,3}} (?: writes | covers ) \s+ (?: about \s+
      | features \s+ )? .{{1,120}}
    \b for \s+ \p{{Lu}}
    |
    # a blogger's own: "Hallo, ich bin Foodbloggerin, ...", "Ich bin Eleonore, Betreiberin von"
    ^ (?: (?i: hallo | hi | hey | hello | servus | moin ) [\s,!]+ {I_AM} \s+
          (?: {NAME_WORD} , \s+ )?
        | {I_AM} \s+ {NAME_WORD} , \s+ )
    (?: [\p{{L}}-]+ [\s,]+ ){{0,4}}?
    [\p{{L}}-]*? (?i: {ROLE} | blogger | betreiber | gr[üu]nder | founder | inhaber )
"""  # compile with regex.VERBOSE
