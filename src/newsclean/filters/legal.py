"""Footer lines: copyright notices, "All rights reserved", legal and corporate links."""

from __future__ import annotations

from types import MappingProxyType

import regex

from newsclean.gates.gate import gate
from newsclean.model import Hit
from newsclean.patterns import EDGE, lazy_compile

# Slugs that newsclean.region reads: a drop of one ends the article's run
COPYRIGHT_REASON = "copyright"
LEGAL_LINKS_REASON = "legal_links"

MAX_NOTICE_CHARS = 300  # a copyright notice; a paragraph about a copyright case is longer
MAX_LINKS_CHARS = 200  # a row of footer links
MAX_LICENCE_CHARS = 400  # a licence note names the licence and its terms

# "© 2019 Acme", "Copyright 2019", "(c) 2019 Acme", "Copyright © Acme", "©2019".
COPYRIGHT_RE = lazy_compile(
    r"""
    ^ [^\p{L}\p{N}©]*
    (?: © | \( c \) | copyright \s* (?: © | \( c \) | \d{4} | : ) | copyright \s+ by | ℗ )
    .* $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

RIGHTS_RESERVED_RE = lazy_compile(
    r"""
    all \s+ rights \s+ reserved | alle \s+ rechte \s+ (?: vorbehalten | reserviert )
    | tous \s+ droits \s+ r[ée]serv[ée]s | todos \s+ los \s+ derechos \s+ reservados
    | tutti \s+ i \s+ diritti \s+ riservati | todos \s+ os \s+ direitos \s+ reservados
    | alle \s+ rechten \s+ voorbehouden | все \s+ права \s+ защищены
    | wszelkie \s+ prawa \s+ zastrze[żz]one
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

LEGAL_LINK = r"""
    privacy (?: \s+ (?: policy | notice | statement | settings | center | centre ) )?
    | terms \s+ (?: of | and | & ) \s+ (?: use | service | sale | conditions )
    | conditions \s+ of \s+ use | cookie \s+ policy | legal \s+ notice | imprint | site \s* map
    | contact \s+ us | about \s+ us | your \s+ california \s+ privacy \s+ rights
    | do \s+ not \s+ sell \s+ my \s+ (?: personal \s+ )? info (?: rmation )? | ad \s* choices
    | code \s+ of \s+ (?: conduct | ethics ) | dmca | rss \s+ feeds? | advertise \s+ with \s+ us
    | impressum | datenschutz (?: erkl[äa]rung | hinweise | einstellungen | -? \s* einstellungen )?
    | agb | nutzungsbedingungen | kontakt | [üu]ber \s+ uns | barrierefreiheit | haftungsausschluss
    | mediadaten | rechtliche \s+ hinweise | rechtliches
    | mentions \s+ l[ée]gales | politique \s+ de \s+ confidentialit[ée]
    | conditions \s+ g[ée]n[ée]rales
        (?: \s+ d'utilisation )? | cgu | nous \s+ contacter | qui \s+ sommes-nous \s* \??
    | aviso \s+ legal | pol[íi]tica \s+ de \s+ (?: privacidad | privacidade | cookies ) | contacto
        | qui[ée]nes \s+ somos | t[ée]rminos \s+ y \s+ condiciones | contato | fale \s+ conosco
        | termos \s+ de \s+ uso | quem \s+ somos
    | note \s+ legali | informativa \s+ (?: sulla \s+ )? privacy | chi \s+ siamo | contatti
    | privacybeleid | algemene \s+ voorwaarden | colofon | over \s+ ons
    | политика \s+ конфиденциальности | пользовательское \s+ соглашение | контакты | о \s+ нас
    | polityka \s+ prywatno[śs]ci | regulamin | o \s+ nas
"""

# Words that also head sections of an article ("Jobs", "Corrections", "Disclaimer"): they count
# only in a row with other footer links.
WEAK_LINK = r"""
    terms | legal | cookies? | disclaimer | accessibility (?: \s+ help )? | contact | about
      | careers
    | jobs | faqs? | help | rss | corrections | advertise | newsletter | archive | press | team
    | karriere | presse | hilfe | stellenangebote | archiv | redaktion | sitemap
"""

LEGAL_LINKS_RE = lazy_compile(
    rf"""
    ^ (?: {EDGE} (?: {LEGAL_LINK} | {WEAK_LINK} ) )* {EDGE} (?: {LEGAL_LINK} )
      (?: {EDGE} (?: {LEGAL_LINK} | {WEAK_LINK} ) )* {EDGE} $
    | ^ (?: {EDGE} (?: {WEAK_LINK} ) ){{2,12}} {EDGE} $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)


# Licence notes: "Texte auf dieser Webseite stehen unter einer Creative Commons ... Lizenz".
LICENCE_RE = lazy_compile(
    r"""
    \b (?: under | unter | sous | bajo | sotto
        | sob ) \s+ (?: \p{L}+ \s+ ){0,3}? (?: creative \s+ commons
      | cc [\s-] by ) \b
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# ... said of the page itself, or naming the licence: "BMW gibt Verkehrsdaten unter Creative
# Commons frei" is news.
LICENCE_SUBJECT_RE = lazy_compile(
    r"""
    licen[sc] | lizen[sz] | licencia | licenza | licen[çc]a
    | \b (?: text | texte | inhalte? | content | work | werk | arbeit | seite | page | site
    | website | webseite | blog | podcast | artikel | article | beitr[äa]ge? | fotos | bilder
    | images ) \b
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# Site credits in the footer: "Design von Andreas Viklund", "Proudly powered by WordPress".
SITE_CREDIT_RE = lazy_compile(
    r"""
    ^ \W* (?: (?: web \s* )? (?: site \s+ )? design (?: ed )? \s+ (?: by | von | par | por )
      | (?: proudly \s+ )? powered \s+ by | (?: \p{L}+ \s+ )? theme \s+ (?: by | von | par | por )
      | betrieben \s+ (?: mit | von ) | hosted \s+ by ) \s+ \S .{0,150} $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# Disclaimers about whose views a page holds: "Les opinions exprimées dans les blogs ...
# n'engagent que leurs auteurs", "X is not responsible for the opinions ... of contributors".
DISCLAIMER_RE = lazy_compile(
    r"""
    \b (?: opinions? | views? | meinungen? | opiniones ) \b .{0,80}? (?: (?: do \s+ not | don't )
      \s+ (?: necessarily \s+ )? (?: reflect | represent ) | n'engagent \s+ que | are \s+ (?: solely
      \s+ )? (?: those \s+ of | the \s+ author's \s+ own ) | geben \s+ nicht \s+ (?: zwingend
      | unbedingt | notwendigerweise )? \s* die )
    | (?: is | are ) \s+ not \s+ responsible \s+ for \s+ (?: the \s+ )? (?: opinions
    | content | views
      | statements )
    | (?: haftungs (?: beschr[äa]nkung | hinweis | ausschluss ) ) \s+ f[üu]r \s+ (?: externe \s+ )?
      (?: links | inhalte )
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# The form's reCAPTCHA note: "This site is protected by reCAPTCHA and the Google Privacy Policy".
RECAPTCHA_RE = lazy_compile(r"\brecaptcha\b", regex.IGNORECASE)


def copyright_notice(text: str) -> Hit | None:
    """Copyright lines: "© 2019 Acme Corp.", "Copyright 2020 ...", "Alle Rechte vorbehalten".

    >>> copyright_notice("© 2019 Hindustan Times. All rights reserved.")[0]
    'copyright'
    >>> copyright_notice("The copyright case will be heard in June.") is None
    True
    """
    if len(text) > MAX_LICENCE_CHARS:
        return None
    if (m := LICENCE_RE.search(text)) and LICENCE_SUBJECT_RE.search(text):
        return Hit(COPYRIGHT_REASON, m.group(0))
    if len(text) > MAX_NOTICE_CHARS:
        return None
    if COPYRIGHT_RE.match(text):
        return Hit(COPYRIGHT_REASON, text.strip()[:60])
    if m := RIGHTS_RESERVED_RE.search(text):
        return Hit(COPYRIGHT_REASON, m.group(0))
    if SITE_CREDIT_RE.match(text):
        return Hit(COPYRIGHT_REASON, text.strip()[:60])
    if m := DISCLAIMER_RE.search(text):
        return Hit("disclaimer", m.group(0)[:60])
    return None


def legal_links(text: str) -> Hit | None:
    """Footer links: "Privacy Policy", "Terms of Use", "Impressum | Datenschutz | AGB".

    >>> legal_links("Impressum | Datenschutz | AGB")
    Hit(reason='legal_links', evidence='Impressum | Datenschutz | AGB')
    >>> legal_links("Privacy campaigners criticised the plan.") is None
    True
    """
    if len(text) <= MAX_LINKS_CHARS and LEGAL_LINKS_RE.match(text):
        return Hit(LEGAL_LINKS_REASON, text.strip()[:60])
    if len(text) <= MAX_LINKS_CHARS and (m := RECAPTCHA_RE.search(text)):
        return Hit(LEGAL_LINKS_REASON, m.group(0))
    return None


FILTERS = (copyright_notice, legal_links)


# What a line needs for each filter to match, one (longest line, regex or words) pair per way
# to a hit: a filter pass skips a filter whose gate a line does not pass (gates.gate).
GATES = MappingProxyType({
    copyright_notice: gate(
        (MAX_LICENCE_CHARS, LICENCE_RE),
        (MAX_NOTICE_CHARS, COPYRIGHT_RE),
        (MAX_NOTICE_CHARS, RIGHTS_RESERVED_RE),
        (MAX_NOTICE_CHARS, SITE_CREDIT_RE),
        (MAX_NOTICE_CHARS, DISCLAIMER_RE),
    ),
    legal_links: gate((MAX_LINKS_CHARS, LEGAL_LINKS_RE), (MAX_LINKS_CHARS, RECAPTCHA_RE)),
})
