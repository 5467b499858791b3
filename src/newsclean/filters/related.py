"""Links to other articles: related-content headers, "ALSO READ: ..." promos, "Read more"."""

from __future__ import annotations

from types import MappingProxyType

import regex

from newsclean.gates.gate import gate
from newsclean.model import Hit
from newsclean.patterns import EDGE, lazy_compile

# Slugs that newsclean.region reads: a drop of one ends the article's run
RELATED_HEADER_REASON = "related_header"

MAX_HEADER_CHARS = 60  # a block header is a few words
MAX_PROMO_CHARS = 250  # a promo is a label and a headline
MAX_LINE_CHARS = 5000  # the cutter looks at paragraphs, but not at runaway lines

# "... bei SWR.de/Sport", "... auf UEPO.de", "... el Nuevo Herald": a header may name the site.
SITE_SUFFIX = r"""
    (?: \s+ (?: bei | auf | von | im | aus | on | at | from | in | en | el | la | de | du | sur | di
          | da | no | na | op ) \s+ \S+ (?: \s+ \S+ ){0,2} )?
"""

RELATED_HEADER_RE = lazy_compile(
    rf"""
    ^ {EDGE} (?: (?: die | the | les | los | las ) \s+ )?
    (?: related (?: \s+ (?: articles? | stories | posts? | content | coverage | news | links
          | topics | videos? | reading | tutorials ) )?                                  # en
      | (?: recommended | suggested ) (?: \s+ (?: for \s+ you | stories | articles | reading
          | videos? ) )?
      | more \s+ (?: from | on | about | in ) \s+ (?: \p{{L}}+ \s* ){{1,4}}
      | more \s+ (?: stories | news | articles | headlines | videos? | to \s+ explore )
      | (?-i: More (?: \s+ \p{{Lu}} [\p{{L}}\p{{N}}’'&-]* ){{1,3}} )  # "More Washington Examiner"
          (?= [^\p{{L}}\p{{N}}.!?]* $ )                 # ...and nothing more: not a headline
      | read \s+ more | read \s+ next | read \s+ this \s+ next | continue \s+ reading
      | you \s+ (?: may | might ) \s+ (?: also \s+ )? (?: like | enjoy | be \s+ interested \s+ in )
      | want \s+ more \s+ (?: stories | news | articles ) (?: \s+ like \s+ this )?
      | (?: most \s+ )? (?: popular | read | viewed | shared | commented ) (?: \s+ (?: stories
          | articles | now | today | this \s+ week ) )?
      | most \s+ (?: popular | read | viewed | shared | commented )
      | trending (?: \s+ (?: now | stories | news ) )? | top \s+ stories | latest \s+ (?: news
          | stories | headlines | articles | posts ) | editor'?s \s+ picks? | don'?t \s+ miss
      | (?: in \s+ )? other \s+ news | around \s+ the \s+ web | from \s+ around \s+ the \s+ web
      | more \s+ like \s+ this | similar \s+ (?: articles | stories | posts ) | further \s+ reading
      | up \s+ next | keep \s+ reading | what \s+ to \s+ read \s+ next | want \s+ more
      | (?: most \s+ searched | popular \s+ searches | trending \s+ searches )
      | all \s+ (?: news | stories | articles | posts ) \s+ (?: about | on | from
      | in ) (?: \s+ \S+ ){{1,4}}
      | (?: ähnliche | verwandte | weitere | neueste | aktuelle ) \s+ (?: beitr[äa]ge | artikel
          | nachrichten | themen | meldungen | news )                                     # de
          (?: \s+ (?: aus | zu | zum | zur | in | im | der | des | über ) (?: \s+ \S+ ){{1,3}} )?
      | alle \s+ (?: nachrichten | news | artikel | beitr[äa]ge | meldungen ) \s+ (?: zu | zum | zur
          | aus | über | im ) (?: \s+ \S+ ){{1,4}}
      | lust \s+ auf \s+ mehr | ebenfalls \s+ interessant | das \s+ interessiert \s+ (?: sie
      | dich )
          (?: \s+ vielleicht )? (?: \s+ auch )?
      | was \s+ (?: sie | dich ) \s+ (?: auch | noch | sonst \s+ noch ) \s+ interessieren
          \s+ (?: k[öo]nnte | d[üu]rfte )
      | (?: auch | mehr | neu | more | also ) \s+ (?: auf | bei | on | at ) \s+ [\p{{L}}\p{{N}}-]+
          \. \p{{L}}{{2,6}}                                   # "Auch auf gofeminin.de"
      | mehr \s+ (?: zum \s+ thema | zu \s+ diesem \s+ thema | aus \s+ (?: \p{{L}}+ \s* ){{1,3}}
          | news | artikel | lesen ) | weiterlesen | zum \s+ artikel
      | (?: (?: das | dies | diese[sr]? | folgendes ) (?: \s+ (?: thema | rezept | video | buch
          | produkt | artikel ) )? \s+ )? (?: k[öo]nnte | d[üu]rfte ) \s+ (?: sie | dich | euch )
          \s+ (?: auch \s+ | ebenfalls \s+ | au[ßs]erdem \s+ )? interessieren
      | lesen \s+ sie \s+ auch
      | lesen \s+ sie \s+ (?: hier \s+ )? (?: einen \s+ )? weitere[nr]? \s+ (?: \p{{L}}+ \s+ )?
          (?: beitrag | beitr[äa]ge | artikel )      # "Lesen Sie hier einen weiteren ... Beitrag …"
      | auch \s+ interessant
      | meist \s* (?: gelesen | geklickt | kommentiert | gesucht | geteilt ) (?: e[nr]? )?
          (?: \s+ (?: artikel | beitr[äa]ge | news | nachrichten | meldungen | themen | stories
          | videos? | suchbegriffe ) )?
      | top-? \s* themen
      | (?: [àa] \s+ )? lire \s+ (?: aussi | [ée]galement | la \s+ suite ) | voir \s+ aussi    # fr
      | sur \s+ le \s+ m[êe]me \s+ (?: sujet | th[èe]me ) | les \s+ plus \s+ lus
      | articles \s+ (?: li[ée]s | similaires ) | dans \s+ la \s+ m[êe]me \s+ rubrique
      | (?: [çc]a | cela ) \s+ pourrait \s+ vous \s+ int[ée]resser
      | (?: noticias | art[íi]culos ) \s+ relacionad[oa]s
      | (?: tambi[ée]n \s+ )? (?: te | le | les ) \s+ (?: puede | pueden
      | podr[íi]an? ) \s+ interesar
      | (?: te | le | les ) \s+ recomendamos
      | leer \s+ m[áa]s
      | (?: lo \s+ )? m[áa]s \s+ (?: le[íi]do | visto ) s? (?: \s+ en )?                      # es
      | lea \s+ tambi[ée]n | ver \s+ tambi[ée]n
      | (?: articoli | notizie ) \s+ correlat[ei] | leggi \s+ (?: anche | di \s+ pi[ùu] ) | potrebbe
          \s+ interessarti | i \s+ pi[ùu] \s+ letti                                          # it
      | (?: leia | veja ) \s+ (?: tamb[ée]m | mais ) | (?: not[íi]cias
      | mat[ée]rias ) \s+ relacionadas
      | mais \s+ lidas | voc[êe] \s+ (?: tamb[ée]m \s+ )? (?: pode | poder[áa] ) \s+ (?: gostar
          | se \s+ interessar )                                                           # pt
      | vous \s+ (?: aimerez | pourriez \s+ (?: aussi \s+ )? aimer ) (?: \s+ aussi )?      # fr
      | quiz[áa]s? \s+ (?: te \s+ | le \s+ )? (?: interese | guste )                        # es
      | lees \s+ (?: ook | meer ) | gerelateerde \s+ artikelen | meest \s+ gelezen           # nl
      | читайте \s+ также | читать \s+ (?: далее | также ) | похожие \s+ (?: статьи | новости )
      | по \s+ теме | самое \s+ читаемое | популярное                                      # ru
      | czytaj \s+ (?: te[żz] | tak[żz]e | wi[ęe]cej | dalej ) | zobacz \s+ (?: te[żz] | tak[żz]e )
      | podobne \s+ artyku[łl]y | najcz[ęe][śs]ciej \s+ czytane                              # pl
    )
    {SITE_SUFFIX} {EDGE} $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

PROMO_LABEL = r"""
    also \s+ read | read \s+ also | read \s+ more | read \s+ next | related | see \s+ also
    | also \s+ see | watch | also \s+ watch | listen | more | recommended | don'?t \s+ miss
    | lesen \s+ sie \s+ (?: auch | mehr ) | mehr \s+ zum \s+ thema | siehe \s+ auch
    | auch \s+ interessant
    | (?: [àa] \s+ )? lire \s+ (?: aussi | [ée]galement ) | [àa] \s+ lire | voir \s+ aussi
    | lea \s+ tambi[ée]n | lee \s+ tambi[ée]n | leer \s+ m[áa]s | vea \s+ tambi[ée]n
    | (?: tambi[ée]n \s+ )? (?: te | le ) \s+ (?: puede | podr[íi]a ) \s+ interesar
    | (?-i: MIRA | VEA | LEE | LEA | MIRE )
    | ver \s+ m[áa]s
    | leggi \s+ anche | leia \s+ (?: tamb[ée]m | mais ) | veja \s+ (?: tamb[ée]m | mais )
    | lees \s+ ook | читайте \s+ также | читайте \s+ по \s+ теме | czytaj \s+ (?: te[żz]
    | tak[żz]e )
    | zobacz \s+ (?: te[żz] | tak[żz]e )
"""

# A whole line that is a promo: "ALSO READ: G7 'strongly united' ...", "Read more: ...".
PROMO_LINE_RE = lazy_compile(
    rf"""
    ^ [^\p{{L}}]* (?: {PROMO_LABEL} ) (?: \s* [:|»›] | \s+ [-–—] ) \s* \S .* $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# A link to another story set between arrows or pluses, as German news sites print them
# between paragraphs: ">> Wegen Corona: Danni Büchner muss ... schließen <<", "++ Wetter ... ++".
WRAPPED_PROMO_RE = lazy_compile(
    r"""
    ^ \s* (?: >> | »» | \+\+ ) \s+ \S .{0,300}? \s (?: << | «« | \+\+ ) \s* $
    """,
    regex.VERBOSE,
)

# A promo glued to the end of a paragraph: "... on Wednesday.ALSO READ: G7 ...". The label must
# follow the end of a sentence and be written in capitals, or be a two-word label ("Read more:"),
# so that "what to watch: the vote" inside a sentence stays.
INLINE_PROMO_RE = lazy_compile(
    r"""
    (?<= [.!?…"”’)] ) \s*
    (?: (?-i: ALSO \s+ READ | READ \s+ ALSO | READ \s+ MORE | RELATED | SEE \s+ ALSO | WATCH
          | LESEN \s+ SIE \s+ AUCH | MEHR \s+ ZUM \s+ THEMA | LIRE \s+ AUSSI | LEA \s+ TAMBI[ÉE]N
          | LEIA \s+ TAMB[ÉE]M | LEGGI \s+ ANCHE | LEES \s+ OOK | ЧИТАЙТЕ \s+ ТАКЖЕ
          | CZYTAJ \s+ TAK[ŻZ]E )
      | also \s+ read | read \s+ also | read \s+ more | see \s+ also | lesen \s+ sie \s+ auch
      | mehr \s+ zum \s+ thema | lire \s+ aussi | lea \s+ tambi[ée]n | leia \s+ tamb[ée]m
      | leggi \s+ anche | lees \s+ ook | читайте \s+ также | czytaj \s+ tak[żz]e )
    \s* : \s* [^\n]{1,200} $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)


def related_header(text: str) -> Hit | None:
    """Headers of related-content blocks: "Related Stories", "Mehr zum Thema", "Lire aussi".

    >>> related_header("Recommended for you")
    Hit(reason='related_header', evidence='Recommended for you')
    >>> related_header("Related party transactions rose in 2019.") is None
    True
    """
    if len(text) <= MAX_HEADER_CHARS and RELATED_HEADER_RE.match(text):
        return Hit(RELATED_HEADER_REASON, text.strip())
    return None


def promo_line(text: str) -> Hit | None:
    """A line that links to another article: "ALSO READ: ...", "Read more: ...", "WATCH: ...".

    >>> promo_line("ALSO READ: G7 'strongly united' in backing Ukraine, says France")[0]
    'related_promo'
    >>> promo_line(">> Wegen Corona: Danni Büchner muss Kult-Lokal schließen <<")[0]
    'related_promo'
    >>> promo_line("Watch the skies tonight: the meteor shower peaks at 2am.") is None
    True
    """
    if len(text) <= MAX_PROMO_CHARS and (PROMO_LINE_RE.match(text) or WRAPPED_PROMO_RE.match(text)):
        return Hit("related_promo", text.strip()[:60])
    return None


def inline_promo(text: str) -> tuple[str, Hit] | None:
    """Cut a promo glued to the end of a paragraph: "... on Wednesday.ALSO READ: G7 ...".

    >>> inline_promo("It met on Wednesday.ALSO READ: G7 'strongly united', says France")[0]
    'It met on Wednesday.'
    >>> inline_promo("Investors will watch: the Fed meets on Wednesday.") is None
    True
    """
    if len(text) > MAX_LINE_CHARS or ":" not in text:  # the promo's label ends with a colon
        return None
    m = INLINE_PROMO_RE.search(text)
    if m is None or m.start() == 0:
        return None
    return text[: m.start()].rstrip(), Hit("related_promo", m.group(0).strip()[:60])


FILTERS = (related_header, promo_line)
CUTTERS = (inline_promo,)


# What a line needs for each filter to match, one (longest line, regex or words) pair per way
# to a hit: a filter pass skips a filter whose gate a line does not pass (gates.gate).
GATES = MappingProxyType({
    related_header: gate((MAX_HEADER_CHARS, RELATED_HEADER_RE)),
    promo_line: gate((MAX_PROMO_CHARS, PROMO_LINE_RE), (MAX_PROMO_CHARS, WRAPPED_PROMO_RE)),
})
