"""Advertising labels and sponsored-content markers left in the text of a page."""

from __future__ import annotations

from types import MappingProxyType

import regex

from newsclean.gates.gate import gate
from newsclean.model import Hit
from newsclean.patterns import EDGE, lazy_compile

# Slugs that newsclean.region reads: a drop of one ends the article's run
SUPPORT_APPEAL_REASON = "support_appeal"

MAX_CHARS = 80  # an ad label is a few words; longer lines are prose
MAX_DISCLOSURE_CHARS = 400  # an affiliate disclosure is two or three sentences
MAX_APPEAL_CHARS = 250  # an appeal for donations is a sentence or two

ADVERT_LABEL_RE = lazy_compile(
    rf"""
    ^ {EDGE}
    (?: advertisements?                       # en
      | advertising | advert | ads? | adv
      | anzeigen? | werbung                   # de
      | publicit[ée]s? | pub                  # fr
      | publicidad                            # es
      | pubblicit[àa]                         # it
      | publicidade                           # pt
      | advertenties? | reclame               # nl
      | реклама                               # ru
      | reklamy? | og[łl]oszenie              # pl
    )
    (?: \s* {EDGE} \s*
        (?: continue \s+ reading \s+ below   # "Advertisement - Continue Reading Below"
          | story \s+ continues \s+ below
          | weiterlesen \s+ nach \s+ der \s+ anzeige
          | lesen \s+ sie \s+ weiter
        )
    )?
    {EDGE} $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

CONTINUES_BELOW_RE = lazy_compile(
    rf"""
    ^ {EDGE}
    (?: (?: story | article | text ) \s+ continues \s+ (?: below | after ) .{{0,30}}
      | continue \s+ reading \s+ (?: below | the \s+ main \s+ story )
      | scroll \s+ (?: down \s+ )? to \s+ continue (?: \s+ with \s+ content )?
      | (?: der \s+ )? artikel \s+ (?: geht | wird ) \s+ (?: unten \s+ )? weiter .{{0,20}}
      | weiterlesen \s+ nach \s+ der \s+ anzeige
      | lesen \s+ sie \s+ nach \s+ der \s+ anzeige \s+ weiter
      | la \s+ suite \s+ apr[èe]s \s+ (?: cette \s+ )? (?: la \s+ )? publicit[ée]
      | contin[úu]a \s+ (?: leyendo | despu[ée]s \s+ de \s+ la \s+ publicidad )
      | l'articolo \s+ continua \s+ sotto
      | continua \s+ (?: a \s+ leggere | dopo \s+ la \s+ pubblicit[àa] )
      | continua \s+ depois \s+ da \s+ publicidade
      | продолжение \s+ (?: ниже | после \s+ рекламы )
      | dalsza \s+ cz[ęe][śs][ćc] \s+ (?: artyku[łl]u \s+ )? pod \s+ reklam[ąa]
    )
    {EDGE} $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

SPONSORED_RE = lazy_compile(
    rf"""
    ^ {EDGE}
    (?: sponsored (?: \s+ (?: content | post | stories | links? ) )?
      | paid \s+ (?: content | post | partnership | for \s+ by [^,.;:!?]{{1,40}} )
      | promoted (?: \s+ (?: content | stories | links? ) )?
      | sponsored \s+ by \s+ [^,.;:!?]{{1,40}}
      | (?: ad \s* choices | your \s+ ad \s+ choices )
      | (?: advertise | advertising ) (?: \s+ (?: with | on ) \s+ us )?
      | (?: advertising | advertiser | affiliate | ftc ) \s+ (?: disclosure | disclaimer )
      | werbehinweis | transparenzhinweis | affiliate-? \s* links?
      | advertisement \s+ feature
      | gesponsert (?: \s+ von \s+ [^,.;:!?]{{1,40}} )?   # de
      | (?: anzeige | werbung ) \s* [:|-] \s* [^,.;:!?]{{1,40}}
      | sponsored \s+ partner (?: content )?
      | werben (?: \s+ auf \s+ [^,.;:!?]{{1,30}} )?
      | mediadaten
      | contenu \s+ sponsoris[ée]                 # fr
      | contenido \s+ patrocinado | patrocinado    # es, pt
      | contenuto \s+ sponsorizzato               # it
      | conte[úu]do \s+ patrocinado               # pt
      | gesponsord                                # nl
      | партн[её]рский \s+ материал | на \s+ правах \s+ рекламы   # ru
      | artyku[łl] \s+ sponsorowany               # pl
    )
    {EDGE} $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)


# Disclosures of paid links: "We may receive compensation for some of the links in our stories".
DISCLOSURE_RE = lazy_compile(
    r"""
    (?: advertising | advertiser | affiliate ) \s+ (?: disclosure | disclaimer )
    | \b (?: we | i | wir | ich ) \s+ (?: may \s+ | might \s+ | k[öo]nnen \s+ )? (?: receive
    | earn | get
      | make | erhalten | bekommen ) \s+ (?: a \s+ | eine \s+ )? (?: small \s+ | kleine \s+ )?
      (?: compensation | commissions? | affiliate \s+ commissions? | provision | verg[üu]tung )
    | \b (?: this | dieser | dieses | unser ) \s+ (?: post | article | page | site | beitrag
    | artikel
      | text ) \s+ (?: contains | may \s+ contain | enth[äa]lt ) \s+ (?: \p{L}+ \s+ ){0,3}?
      (?: affiliate | werbe | partner | provisions ) -? \s* links?
    | contains \s+ references \s+ to \s+ products
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# The site's own shop: "Besuchen Sie unseren Fan-Shop!", "Visit our store".
SHOP_RE = lazy_compile(
    r"""
    \b (?: besuchen \s+ sie | besuche | visit | visitez | visita | zu ) \s+ (?: unseren?
        | unserem | our
      | notre | nuestra ) \s+ [\p{L}-]* (?: shop | store | boutique | tienda ) \b
    """,
    regex.IGNORECASE | regex.VERBOSE,
)


# Appeals for the reader's money: "Unterstützen Sie diese Form des Journalismus", "Sie lesen gern
# Achgut.com?", "Ihr Beitrag hilft, unsere Berichterstattung ...", "Support independent journalism".
APPEAL_RE = lazy_compile(
    r"""
    (?: ^ | [:.!?–] ) \W* (?: please \s+ | bitte \s+ | jetzt \s+ )?    # the start of a sentence
    (?: support | unterst[üu]tzen \s+ sie | unterst[üu]tze | unterst[üu]tzt | apoya | apoye
        | soutenez
      | sostieni | apoie ) \s+ (?: us | uns | nous | our \s+ (?: work | journalism | reporting )
      | unsere \s+ arbeit | diese \s+ form \s+ des \s+ journalismus
      | (?: independent | quality | unabh[äa]ngigen | unabh[äa]ngige | guten ) \s+ (?: journalism
          | journalismus ) | el \s+ periodismo | le \s+ journalisme ) \b
    | \b (?: your | ihre? | dein | deine ) \s+ (?: contribution | donation | support | spende
    | beitrag
      | unterst[üu]tzung ) \s+ (?: helps | hilft | erm[öo]glicht | makes | allows | keeps )
    | ^ \W* (?: sie \s+ lesen | du \s+ liest | you \s+ (?: like | enjoy ) \s+ reading
      | vous \s+ aimez \s+ lire
      | te \s+ gusta \s+ leer ) \s+ (?: gerne? \s+ )? \S{1,40} \s* \? \W* $
    | ^ \W* (?: if \s+ you \s+ (?: enjoyed | liked | value | appreciate ) \s+ (?: this | our
          | reading ) | (?: wenn \s+ )? (?: ihnen | dir | euch ) \s+ (?: dieser | der | unser )
          \s+ (?: artikel | beitrag ) \s+ gef[äa]llt
      | (?: wenn \s+ )? (?: ihnen | dir | euch ) \s+ (?: dieser | der | unser ) \s+ (?: artikel
          | beitrag ) \s+ gefallen \s+ hat ) \b               # "If you enjoyed this article, ..."
    | ^ \W* (?: (?: jetzt \s+ )? spenden | donate (?: \s+ now )? | make \s+ a \s+ donation
      | become \s+ a \s+ (?: member | supporter ) | (?: jetzt \s+ )? f[öo]rdermitglied \s+ werden
      | faire \s+ un \s+ don | dona (?: \s+ ahora )? ) \W* $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)


def advert_label(text: str) -> Hit | None:
    """A bare advertising label: "Advertisement", "ANZEIGE", "Publicidad", "Реклама".

    >>> advert_label("ADVERTISEMENT")
    Hit(reason='advert_label', evidence='ADVERTISEMENT')
    >>> advert_label("He said the advertisement was misleading.") is None
    True
    """
    if len(text) <= MAX_CHARS and ADVERT_LABEL_RE.match(text):
        return Hit("advert_label", text.strip())
    return None


def continues_below(text: str) -> Hit | None:
    """The note that an article goes on after an ad slot: "Story continues below advertisement".

    >>> continues_below("Story continues below advertisement")
    Hit(reason='advert_label', evidence='Story continues below advertisement')
    >>> continues_below("The story continues below the surface of the lake.") is None
    True
    """
    if len(text) <= MAX_CHARS and CONTINUES_BELOW_RE.match(text):
        return Hit("advert_label", text.strip())
    return None


def sponsored_label(text: str) -> Hit | None:
    """Sponsored-content and advertise-with-us labels: "Sponsored Content", "Paid Post".

    >>> sponsored_label("Sponsored Content")
    Hit(reason='sponsored', evidence='Sponsored Content')
    >>> sponsored_label("The event was sponsored by the city council and local firms.") is None
    True
    """
    if len(text) <= MAX_CHARS and SPONSORED_RE.match(text):
        return Hit("sponsored", text.strip())
    if len(text) <= MAX_CHARS and SHOP_RE.search(text):
        return Hit("sponsored", text.strip())
    if len(text) > MAX_DISCLOSURE_CHARS:
        return None
    if m := DISCLOSURE_RE.search(text):
        return Hit("sponsored", m.group(0))
    if len(text) <= MAX_APPEAL_CHARS and (m := APPEAL_RE.search(text)):
        return Hit(SUPPORT_APPEAL_REASON, m.group(0).strip())
    return None


FILTERS = (advert_label, continues_below, sponsored_label)


# What a line needs for each filter to match, one (longest line, regex or words) pair per way
# to a hit: a filter pass skips a filter whose gate a line does not pass (gates.gate).
GATES = MappingProxyType({
    advert_label: gate((MAX_CHARS, ADVERT_LABEL_RE)),
    continues_below: gate((MAX_CHARS, CONTINUES_BELOW_RE)),
    sponsored_label: gate(
        (MAX_CHARS, SPONSORED_RE),
        (MAX_CHARS, SHOP_RE),
        (MAX_DISCLOSURE_CHARS, DISCLOSURE_RE),
        (MAX_APPEAL_CHARS, APPEAL_RE),
    ),
})
