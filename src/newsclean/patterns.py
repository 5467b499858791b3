"""Shared regex atoms, as strings: each module composes them and compiles its own regexes;
and the few compiled regexes every layer reads the same way (words, a sentence's end).

They are written for the ``regex`` package (``\\p{L}`` and friends are legal in them).
"""

from __future__ import annotations

import sys
from typing import Any, cast

import regex

# The methods a compiled pattern is used through; a LazyPattern binds them once compiled.
PATTERN_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
                   "splititer", "scanner")
# An inline flag group ("(?x)", "(?V1)", "(?i:...)"): a pattern holding one is compiled to read
# its flags, which the source alone would not say.
INLINE_FLAGS = ("(?a", "(?b", "(?e", "(?f", "(?i", "(?L", "(?m", "(?p", "(?r", "(?s", "(?u",
                "(?V", "(?w", "(?x", "(?-")


class LazyPattern:
    """A regex compiled on its first use, so that importing a module compiles nothing.

    Once compiled, the module that defined it holds the compiled pattern in its place (every
    global name bound to it is rebound), so the hot paths call the real pattern; a reference kept
    elsewhere (a tuple of rules, another module's import) calls through the methods bound on the
    instance. ``pattern`` and ``flags`` are read without compiling (the gates read them at
    import), and it pickles as its source.

    >>> p = LazyPattern("share", regex.IGNORECASE)
    >>> "search" in vars(p), p.pattern, p.search("Share this").group(0), "search" in vars(p)
    (False, 'share', 'Share', True)
    """

    def __init__(self, pattern: str, flags: int = 0, home: dict[str, Any] | None = None) -> None:
        self.pattern = pattern
        self._flags = flags
        self._home = home  # the globals of the module that defined it

    @property
    def flags(self) -> int:
        if any(group in self.pattern for group in INLINE_FLAGS):
            return self.compiled.flags
        return self._flags

    @property
    def compiled(self) -> regex.Pattern[str]:
        found = self.__dict__.get("_compiled")
        return found if found is not None else self._compile()

    @property
    def is_compiled(self) -> bool:
        return "_compiled" in self.__dict__

    def _compile(self) -> regex.Pattern[str]:
        found = regex.compile(self.pattern, self._flags)
        self.__dict__.update({name: getattr(found, name) for name in PATTERN_METHODS},
                             _compiled=found)
        home = self._home or {}
        for name in [name for name, value in home.items() if value is self]:
            home[name] = found
        return found

    def __getattr__(self, name: str) -> Any:
        # reached only for what is not bound yet: the first call of a method, groupindex, ...
        return getattr(self.compiled, name)

    def __reduce__(self) -> tuple[Any, ...]:
        return (LazyPattern, (self.pattern, self._flags))

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._flags!r})"


def lazy_compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile``, done on the pattern's first use (see LazyPattern).

    >>> DEMO_RE = lazy_compile("demo")
    >>> type(DEMO_RE).__name__, DEMO_RE.search("a demo").span(), type(DEMO_RE).__name__
    ('LazyPattern', (2, 6), 'Pattern')
    """
    home = sys._getframe(1).f_globals  # the caller's module: where the name is bound
    return cast("regex.Pattern[str]", LazyPattern(pattern, flags, home))


def compile_loaded() -> int:
    """Compile the lazy patterns of every loaded newsclean module (and of the tuples, lists and
    mappings they hold), as a batch's parent does before it forks its workers, so that they
    share the compiled patterns instead of each compiling its own. Returns how many it compiled.
    """
    pending = [
        lazy
        for name, module in list(sys.modules.items())
        if name.startswith("newsclean") and module is not None
        for value in list(vars(module).values())
        for lazy in _lazy_in(value)
        if not lazy.is_compiled
    ]
    for lazy in pending:
        lazy.compiled  # noqa: B018  compiles it
    return len(pending)


def _lazy_in(value: object, depth: int = 0) -> list[LazyPattern]:
    if isinstance(value, LazyPattern):
        return [value]
    if depth < 3 and isinstance(value, tuple | list):
        return [lazy for item in value for lazy in _lazy_in(item, depth + 1)]
    # a mapping of values, not a namespace (a module's __builtins__ is a dict too)
    if depth < 3 and isinstance(value, dict) and "__name__" not in value:
        return [lazy for item in value.values() for lazy in _lazy_in(item, depth + 1)]
    return []


# A word, as the scorer and every word count read one: a run of letters, digits or underscores.
WORD_RE = lazy_compile(r"\w+")

# Closing punctuation of a sentence, possibly inside quotes or brackets: "... today.", "... (sic).",
# "... it?»".
SENTENCE_END_RE = lazy_compile(r"[.!?…。！？][\"'”’»)\]]*\s*$")

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
