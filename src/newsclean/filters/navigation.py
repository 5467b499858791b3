"""Site navigation flattened to text: skip links, menu toggles, breadcrumbs, pagination."""

from __future__ import annotations

from types import MappingProxyType

import regex

from newsclean.gates.gate import gate
from newsclean.model import Hit
from newsclean.patterns import EDGE, SEPARATORS, lazy_compile

# Slugs that newsclean.region reads: a drop of one ends the article's run
PAGINATION_REASON = "pagination"

MAX_LABEL_CHARS = 60  # a widget label is a few words
MAX_BREADCRUMB_CHARS = 300  # the last crumb is often the whole headline
MAX_MENU_CHARS = 200
SKIP_LINK_RE = lazy_compile(
    rf"""
    ^ {EDGE}
    (?: skip \s+ (?: to | navigation ) (?: \s+ (?: main | primary ) )? (?: \s+ (?: content
      | navigation
          | menu | search | footer ) )?                          # en
      | jump \s+ to \s+ (?: main \s+ )? (?: content | navigation )
      | back \s+ to \s+ top | to \s+ top | top \s+ of \s+ page
      | toggle \s+ (?: navigation | menu | search )
      | (?: direkt \s+ )? zum \s+ (?: haupt )? (?: inhalt | men[üu] | navigation | suche )
          (?: \s+ springen )?                                    # de
      | zur \s+ (?: navigation | suche | startseite | hauptnavigation )
      | (?: zur[üu]ck \s+ )? nach \s+ oben | seitenanfang | zum \s+ seitenanfang
      | aller \s+ (?: au | [àa] \s+ la ) \s+ (?: contenu | navigation
      | recherche ) (?: \s+ principal )?
      | retour \s+ en \s+ haut (?: \s+ de \s+ (?: la \s+ )? page )?   # fr
      | (?: saltar | ir ) \s+ al \s+ contenido (?: \s+ principal )?   # es
      | volver \s+ arriba
      | (?: vai | salta ) \s+ al \s+ contenuto (?: \s+ principale )?  # it
      | torna \s+ su
      | (?: pular | ir ) \s+ para \s+ o \s+ conte[úu]do (?: \s+ principal )?  # pt
      | voltar \s+ ao \s+ topo
      | (?: ga \s+ )? naar \s+ (?: de \s+ )? (?: inhoud | hoofdinhoud )   # nl
      | terug \s+ naar \s+ boven
      | перейти \s+ к \s+ (?: содержимому | содержанию | основному \s+ содержанию )  # ru
      | наверх
      | przejd[źz] \s+ do \s+ (?: tre[śs]ci | g[łl][óo]wnej \s+ tre[śs]ci )    # pl
      | do \s+ g[óo]ry
    )
    {EDGE} $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

MENU_LABEL_RE = lazy_compile(
    rf"""
    ^ {EDGE}
    (?: (?: main | site | primary | open | close ) \s+ (?: menu | navigation )
      | menu | menü | men[úu] | меню | navigation | navigation \s+ menu
      | hauptmen[üu] | hauptnavigation | navigationsmen[üu] | seitennavigation
      | beitrags-? \s* navigation | post \s+ navigation | site \s+ navigation
      | search | search \s+ for | search \s+ this \s+ (?: site | blog ) | suche | suchen
      | suche \s+ nach | (?: dieses \s+ | den \s+ )? blog \s+ durchsuchen | website \s+ durchsuchen
      | rechercher \s+ dans \s+ ce \s+ blog | buscar \s+ en \s+ este \s+ blog
      | cerca \s+ nel \s+ blog
      | suchbegriff (?: \s+ eingeben )?
      | rechercher | recherche | buscar | b[úu]squeda | cerca | pesquisar | pesquisa
      | zoeken | поиск | найти | szukaj | wyszukaj
      | close | schlie[ßs]en | fermer | cerrar | chiudi | fechar | sluiten | закрыть | zamknij
      | close \s+ (?: this \s+ )? search (?: \s+ box | \s+ bar )? | suche \s+ schlie[ßs]en
      | kategorie \s+ ausw[äa]hlen | select \s+ (?: a \s+ )? (?: category | page )
      | enter \s+ search \s+ below
      | [×✕✖]
    )
    {EDGE} $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# The hint of a search box: "Press Enter to search or ESC to close", "Type and hit enter",
# "Mit einem Klick auf Enter geht die Suche los, mit ESC verlassen Sie das Suchfenster."
SEARCH_HINT_RE = lazy_compile(
    r"""
    ^ \W*
    (?: (?: start \s+ typing \s+ and \s+ )? (?: press | hit ) \s+ enter \s+ to \s+ search
      | type \s+ and \s+ (?: hit | press ) \s+ enter
      | mit \s+ einem \s+ klick \s+ auf \s+ enter \s+ geht \s+ die \s+ suche \s+ los )
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
MAX_HINT_CHARS = 120

# The first crumb is the home page in one of our languages; the rest is anything.
BREADCRUMB_RE = lazy_compile(
    rf"""
    ^ {EDGE}
    (?: you \s+ are \s+ here | sie \s+ sind \s+ hier | vous \s+ [êe]tes \s+ ici
      | est[áa]s \s+ en | ti \s+ trovi \s+ in | voc[êe] \s+ est[áa] \s+ em ) \s* :? \s*
    .{{2,}} $
    |
    ^ {EDGE}
    (?: home (?: \s* page )? | start | startseite | accueil | inicio | portada | home \s* page
      | p[áa]gina \s+ (?: inicial | principal ) | in[íi]cio | главная | strona \s+ g[łl][óo]wna
      | news | nachrichten | actualit[ée]s | noticias | notizie | not[íi]cias | nieuws | новости )
    \s* {SEPARATORS} \s* \p{{L}} .* $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# A path of crumbs: three or more short items joined by ">" "»" "›" (no sentences). A slash is
# not enough: "Buch / Regie / Schnitt" credits and "12 / May / 2019" dates use it too.
CRUMB_PATH_RE = lazy_compile(
    r"""
    ^ [^\p{L}\p{N}]* [\p{L}\p{N}] [^>»›.!?]{0,40}?
    (?: \s* [>»›] \s* [\p{L}\p{N}] [^>»›.!?]{0,40}? ){2,}
    [^>»›]{0,120} $
    """,
    regex.VERBOSE,
)

PAGINATION_RE = lazy_compile(
    rf"""
    ^ {EDGE}
    (?: (?: next | previous | prev | older | newer ) (?: \s+ (?: page | post | posts | entries
          | article | story | entry | slide | image | photo ) )?     # en
      | load \s+ more (?: \s+ (?: stories | articles | posts ) )? | show \s+ more | see \s+ more
      | page \s+ \d+ \s+ of \s+ \d+
      | (?: n[äa]chste | vorherige | weiter | zur[üu]ck ) (?: r | s )? (?: \s+ (?: seite | artikel
          | beitrag | bild ) )?                                      # de
      | [äa]ltere \s+ beitr[äa]ge | neuere \s+ beitr[äa]ge | mehr \s+ laden | mehr \s+ anzeigen
      | seite \s+ \d+ \s+ von \s+ \d+
      | (?: article | page ) \s+ (?: suivant | suivante | pr[ée]c[ée]dent | pr[ée]c[ée]dente )  # fr
      | suivant | pr[ée]c[ée]dent | voir \s+ plus
      | (?: p[áa]gina \s+ )? (?: siguiente | anterior ) | ver \s+ m[áa]s | cargar \s+ m[áa]s   # es
      | (?: pagina \s+ )? (?: successiva | precedente ) | carica \s+ altri | mostra \s+ altro  # it
      | pr[óo]xim[ao] | carregar \s+ mais | ver \s+ mais                  # pt
      | volgende | vorige | meer \s+ laden                               # nl
      | (?: следующая | предыдущая ) (?: \s+ (?: страница | статья ) )? | показать \s+ ещ[её]
      | (?: nast[ęe]pna | poprzednia ) (?: \s+ strona )? | poka[żz] \s+ wi[ęe]cej
      | za[łl]aduj \s+ wi[ęe]cej
      | [«»‹›←→]+
      # "more" links and back-to-list links
      | learn \s+ more | find \s+ out \s+ more | discover \s+ more | explore \s+ more
      | mehr \s+ erfahren | jetzt \s+ entdecken | entdecken \s+ sie \s+ (?: jetzt | mehr )
      | (?: pour \s+ )? en \s+ savoir \s+ plus | saiba \s+ mais | scopri \s+ di \s+ pi[ùu]
      | back \s+ to \s+ (?: the \s+ )? (?: overview | list | all \s+ \p{{L}}+ | news | blog )
      | zur[üu]ck \s+ zu[mr]? \s+ (?: [üu]bersicht | liste | artikel[üu]bersicht | news[üu]bersicht
          | blog | startseite | \p{{L}}+[üu]bersicht )
      | retour \s+ (?: [àa] \s+ la \s+ liste | aux \s+ actualit[ée]s | au \s+ blog )
      | volver \s+ (?: al \s+ listado | a \s+ (?: las \s+ )? noticias )
    )
    {EDGE} $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# A link to the previous or next post with its title: "Vorheriger Artikel ++ Wetter in der
# Region ++", "Next post: ...", or a post navigation row "← Older title → Newer title". Guillemets
# are left out: «» open and close quotations; a lone single one spaced off a title is a link.
POST_NAV_RE = lazy_compile(
    r"""
    ^ \W*
    (?: (?: previous | next | prev | older | newer ) \s+ (?: post | article | story | entry )
      | (?: vorheriger | voriger | n[äa]chster | [äa]lterer | neuerer ) \s+ (?: artikel | beitrag
          | post | eintrag )
      | (?: article | post | billet ) \s+ (?: pr[ée]c[ée]dent | suivant )
      | (?: art[íi]culo | entrada | noticia ) \s+ (?: anterior | siguiente )
      | (?: articolo | post ) \s+ (?: precedente | successivo )
    ) (?: \s* [:»›|] \s* \S | \s+ (?-i: [\p{Lu}\p{N}"“„'‘+«(\[] ) ) .{0,200} $
    | ^ ← \s* \S [^←→]{2,150} (?: → \s* \S [^←→]{2,150} )? $
    | ^ \S [^←→]{2,150} \s → $
    # single angle quotes spaced off a title, with no partner: "‹ Older title", "Newer title ›"
    | ^ ‹ \s+ \S [^‹›]{2,150} $
    | ^ \S [^‹›]{2,150} \s › $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

def skip_link(text: str) -> Hit | None:
    """Accessibility and scroll links: "Skip to content", "Zum Inhalt springen", "Back to top".

    >>> skip_link("Skip to main content")
    Hit(reason='skip_link', evidence='Skip to main content')
    >>> skip_link("Skip to the end: the team won.") is None
    True
    """
    if len(text) <= MAX_LABEL_CHARS and SKIP_LINK_RE.match(text):
        return Hit("skip_link", text.strip())
    return None


def menu_label(text: str) -> Hit | None:
    """Menu, search and close toggles: "Menu", "Suche", "Search for:", "×".

    >>> menu_label("Menü")
    Hit(reason='menu_label', evidence='Menü')
    >>> menu_label("The search for survivors went on.") is None
    True
    """
    if (len(text) <= MAX_LABEL_CHARS and MENU_LABEL_RE.match(text)) or (
        len(text) <= MAX_HINT_CHARS and SEARCH_HINT_RE.match(text)
    ):
        return Hit("menu_label", text.strip())
    return None


def breadcrumb(text: str) -> Hit | None:
    """A breadcrumb trail: "Home / World News / ...", "Startseite > Politik > ...".

    >>> breadcrumb("Home / World News / In first call with Russia's defence minister")
    Hit(reason='breadcrumb', evidence='Home / World News / In first call with Russia')
    >>> breadcrumb("Home prices rose 4% in May, the survey found.") is None
    True
    """
    if len(text) > MAX_BREADCRUMB_CHARS:
        return None
    if BREADCRUMB_RE.match(text) or (_crumb_marks(text) >= 2 and CRUMB_PATH_RE.match(text)):
        return Hit("breadcrumb", text.strip()[:45])
    return None


def _crumb_marks(text: str) -> int:
    """How many ">" "»" "›" a line holds: a path of crumbs needs two (cheap to count first)."""
    return text.count(">") + text.count("»") + text.count("›")


def pagination(text: str) -> Hit | None:
    """Pagination and load-more links: "Next »", "« Previous Post", "Seite 2 von 5", "1 2 3".

    >>> pagination("Next »")
    Hit(reason='pagination', evidence='Next »')
    >>> pagination("Next year the plant will close.") is None
    True
    """
    if len(text) <= MAX_LABEL_CHARS and PAGINATION_RE.match(text):
        return Hit(PAGINATION_REASON, text.strip())
    if len(text) <= MAX_MENU_CHARS + 100 and POST_NAV_RE.match(text):
        return Hit(PAGINATION_REASON, text.strip()[:60])
    return None


FILTERS = (skip_link, menu_label, breadcrumb, pagination)


# What a line needs for each filter to match, one (longest line, regex or words) pair per way
# to a hit: a filter pass skips a filter whose gate a line does not pass (gates.gate).
GATES = MappingProxyType({
    skip_link: gate((MAX_LABEL_CHARS, SKIP_LINK_RE)),
    menu_label: gate((MAX_LABEL_CHARS, MENU_LABEL_RE), (MAX_HINT_CHARS, SEARCH_HINT_RE)),
    breadcrumb: gate((MAX_BREADCRUMB_CHARS, BREADCRUMB_RE), (MAX_BREADCRUMB_CHARS, ">»›")),
    pagination: gate((MAX_LABEL_CHARS, PAGINATION_RE), (MAX_MENU_CHARS + 100, POST_NAV_RE)),
})
