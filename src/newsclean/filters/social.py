"""Social widgets flattened to text: share bars, follow-us links, like and share counters."""

from __future__ import annotations

from types import MappingProxyType

import regex

from newsclean.gates.gate import gate
from newsclean.model import Hit
from newsclean.patterns import EDGE, lazy_compile

# Slugs that newsclean.region reads: a drop of one ends the article's run
FOLLOW_WIDGET_REASON = "follow_widget"

MAX_LABEL_CHARS = 80  # a row of share buttons is short
MAX_NOTE_CHARS = 300  # "Follow X on Twitter and Instagram @X and on Facebook @Y. Send us ..."

NETWORK = r"""
    facebook | twitter | x | linkedin | xing | pinterest | reddit | whatsapp | telegram | tumblr
    | flipboard | instagram | youtube | tiktok | mastodon | threads | bluesky | messenger
    | pocket | skype | evernote | threema | google \s* \+ | vk | vkontakte | вконтакте
    | одноклассники | ok | weibo | wechat
    | line | viber | snapchat | digg | mix | rss | e-?mail | mail | sms | print | drucken
    | imprimir | imprimer | stampa | копировать \s+ ссылку | copy \s+ link | link \s+ kopieren
"""

SHARE_VERB = r"""
    share | shares | sharing | sharen | tweet | pin \s+ it | pin | email \s+ this
        | e-?mail \s+ (?: to \s+ )?
    a \s+ friend | teilen | artikel \s+ teilen | beitrag \s+ teilen | partager | partagez
    | compartir | comparte | condividi | compartilhe | compartilhar | partilhar | delen | deel
    | поделиться | udost[ęe]pnij | podziel \s+ si[ęe]
"""

# "Auf Skype teilen", "Bei Pinterest speichern", "Rezept drucken": a network or a thing, then
# the verb.
SHARE_ACTION = rf"""
    (?: (?: auf | bei | on | via | sur | en | su | per | mit | über ) \s+ )?
    (?: {NETWORK} | freunden | rezept | artikel | beitrag | seite ) \s+
    (?: teilen | sharen | speichern | merken | drucken | ausdrucken | versenden | senden | partager
      | compartir | condividere | compartilhar | delen )
"""

# "Share", "Share this", "Share on Facebook", "Teilen auf X", optionally followed by networks.
SHARE_BAR_RE = lazy_compile(
    rf"""
    ^ {EDGE}
    (?: (?: {SHARE_VERB} )
        (?: \s+ (?: this | this \s+ (?: article | story | page | post ) | the \s+ story | it
              | on | via | with | per | auf | mit | sur | en | su | em | op | в | na | w ) )*
        (?: {EDGE} (?: {NETWORK} ) )*
      | (?: {NETWORK} ) (?: {EDGE} (?: {NETWORK} ) ){{2,}}     # a row of three or more networks
      | (?: share | teilen ) \s+ (?: this | the ) \s+ (?: article | story | post | page | artikel )
      # "Teile diesen Beitrag auf Social Media", "Share this story on Facebook"
      | (?: share | teile | teilt | teilen \s+ sie ) \s+ (?: this | diese[ns]? )
          \s+ (?: article | story | post | page | artikel | beitrag | seite )
          (?: \s+ (?: on | auf | in | via ) \s+ (?: social \s+ media | \p{{L}}+ ) )?
      | (?: {SHARE_ACTION} ) (?: {EDGE} (?: {SHARE_ACTION} ) )*   # "Auf Skype teilen"
      | (?: mit \s+ freunden \s+ teilen | share \s+ with \s+ (?: your \s+ )? friends )
      | (?: empfehlen \s+ sie \s+ uns | empfiehl \s+ uns ) \s+ weiter | recommend \s+ us
      | (?: (?: dieses? | diesen | den | das ) \s+ \p{{L}}+ \s+ )? als \s+ pdf \s+ (?: herunterladen
          | downloaden | speichern | drucken )
      | (?: download | save | print ) \s+ (?: as \s+ )? (?: a \s+ )? pdf | pdf \s+ (?: herunterladen
          | download ) | t[ée]l[ée]charger \s+ (?: en \s+ )? (?: le \s+ )? pdf
    )
    {EDGE} $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

FOLLOW_US_RE = lazy_compile(
    rf"""
    ^ {EDGE}
    (?: follow \s+ (?: us | me ) | like \s+ us | find \s+ us | connect \s+ with \s+ us | join \s+ us
      | stay \s+ connected | keep \s+ in \s+ touch | folgen \s+ sie \s+ (?: uns | mir )
      | folge \s+ uns
      | folgt \s+ uns | finden \s+ sie \s+ uns | suivez-nous | suivez \s+ nous | rejoignez-nous
      | s[íi]guenos | s[íi]gueme | seguici | seguiteci | siga-nos | siga \s+ nos | segue-nos
      | volg \s+ (?: ons | ons \s+ op ) | мы \s+ в \s+ соцсетях | подписывайтесь \s+ на \s+ нас
      | присоединяйтесь | obserwuj \s+ nas | [śs]led[źz] \s+ nas | do[łl][ąa]cz \s+ do \s+ nas )
    (?: \s* (?: on | auf | bei | in | sur | en | su | em | op | в | na | w )? {EDGE}
        (?: {NETWORK} | social \s+ media | den \s+ sozialen \s+ netzwerken ) )*
    {EDGE} $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# What a share button says of itself: "(Opens in new window)", "(Wird in neuem Fenster geöffnet)".
NEW_WINDOW_RE = lazy_compile(
    r"""
    \s* \(? \s*
    (?: opens \s+ in \s+ (?: a \s+ )? new \s+ (?: window | tab )
      | (?: wird \s+ )? in \s+ (?: einem \s+ )? neue[mn] \s+ (?: fenster
      | tab ) \s+ (?: ge[öo]ffnet | [öo]ffnen )
      | s'ouvre \s+ dans \s+ une \s+ nouvelle \s+ (?: fen[êe]tre | onglet )
      | ouvre \s+ dans \s+ une \s+ nouvelle \s+ (?: fen[êe]tre | onglet )
      | se \s+ abre \s+ en \s+ una \s+ (?: ventana | pesta[ñn]a ) \s+ nueva
      | si \s+ apre \s+ in \s+ una \s+ nuova \s+ (?: finestra | scheda )
      | abre \s+ em \s+ (?: uma \s+ )? nova \s+ (?: janela | aba )
      | opent \s+ in \s+ (?: een \s+ )? nieuw \s+ venster )
    \s* \)? \s* $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# WordPress share buttons: "Click to share on Twitter", "Klick, um auf Facebook zu teilen".
SHARE_CLICK_RE = lazy_compile(
    rf"""
    ^ {EDGE} (?: click | klick (?: en | e )? | cliquez | cliquer | haz \s+ clic
        | fai \s+ clic | clique
      | klik ) \b [^()]{{0,50}}?
    \b (?: share | teilen | print | drucken | ausdrucken | e-?mail | partager | imprimer | compartir
      | imprimir | condividere | stampare | compartilhar | delen | afdrukken ) \b [^()]{{0,40}} $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# A bare network name between widgets. Only the unambiguous names: "Line", "Mix" or "Print"
# alone could be a word of the article.
NETWORK_NAME_RE = lazy_compile(
    rf"""
    ^ {EDGE}
    (?: facebook | twitter | linkedin | xing | pinterest | reddit | whatsapp | telegram | tumblr
      | flipboard | instagram | youtube | google \s* \+ | vkontakte | вконтакте | e-?mail | print
      | drucken | imprimir | imprimer | stampa | copy \s+ link | link \s+ kopieren )
    {EDGE} $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

SHARE_COUNT_RE = lazy_compile(
    r"""
    ^ [^\p{L}\p{N}]* \d[\d.,]* \s* [kKmM]? \s*
    (?: shares? | likes? | views? | reads? | tweets? | retweets? | pins? | reactions? | claps?
      | teilungen | mal \s+ geteilt | geteilt | gef[äa]llt \s+ mir | aufrufe | partages | vues
      | compartidos | compartidas | vistas | condivisioni | visualizzazioni | compartilhamentos
      | visualiza[çc][õo]es | gedeeld | просмотр\p{L}* | репост\p{L}* | udost[ęe]pnie\p{L}*
      | wy[śs]wietle\p{L}* )
    [^\p{L}]* $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# WordPress "like" widget residue: "Gefällt mir:", "Like this:", "%d bloggers like this:".
LIKE_WIDGET_RE = lazy_compile(
    r"""
    ^ [^\p{L}]*
    (?: like \s+ this | gef[äa]llt \s+ mir | j'aime \s+ ceci | me \s+ gusta \s+ esto | mi \s+ piace
      | curtir \s+ isso | vind \s+ ik \s+ leuk | нравится | lubi[ęe] \s+ to | like | j'aime
      | (?: %d | \d+ ) \s+ (?: bloggers? \s+ like \s+ this | bloggern \s+ gef[äa]llt \s+ das
          | blogueurs \s+ aiment \s+ cette \s+ page | blogueros \s+ les \s+ gusta \s+ esto )
      | (?: like | gef[äa]llt \s+ mir ) \s+ (?: loading | wird \s+ geladen ) \s* (?: \.{3} | … )?
      | (?: like \s+ )? liked \s+ by \s+ (?: \d+ \s+ people | one \s+ person )  # "Like Liked by 21"
      | be \s+ the \s+ first \s+ to \s+ like \s+ this | sei \s+ der \s+ erste , \s+ dem \s+ dies
          \s+ gef[äa]llt | soyez \s+ le \s+ premier \s+ [àa] \s+ aimer \s+ ceci )
    [^\p{L}]* $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)


# "Follow The Gleaner on Twitter and Instagram @JamaicaGleaner ...": a named account.
FOLLOW_NAMED_RE = lazy_compile(
    rf"""
    ^ {EDGE} (?: follow | folgen \s+ sie | folge | folgt | suivez | sigue | siga | segui | volg )
    \s+ (?: \S+ \s+ ){{0,4}}? (?: on | auf | bei | sur | en | su | em | op ) \s+
    (?: facebook | twitter | x | instagram | youtube | tiktok | linkedin | threads | mastodon
      | bluesky | telegram | whatsapp ) \b .{{0,250}} $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# "¡Mira lo que tiene nuestro canal de YouTube!", "Abonniere unseren YouTube-Kanal".
OUR_CHANNEL_RE = lazy_compile(
    rf"""
    \b (?: our | unser\p{{L}}* | nuestro | nuestra | notre | nostro | nosso | onze ) \s+
    (?: (?: {NETWORK} ) \s* -? \s* (?: channel | kanal | canal | cha[îi]ne | account | page | seite
          | profil | feed )
      | (?: channel | kanal | canal | cha[îi]ne | cuenta | compte | p[áa]gina | page ) \s+
          (?: de | on | auf | sur | en | su | em | no | na ) \s+ (?: {NETWORK} ) )
    \b
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# "Puede escribirnos a nuno@... o seguir a Materia en Facebook": write to us, with an address.
CONTACT_US_RE = lazy_compile(
    r"""
    ^ \W* (?: (?: usted \s+ )? (?: puede | puedes ) \s+ escribirnos | escr[íi]benos
        | write \s+ to \s+ us
      | e-?mail \s+ us | schreiben \s+ sie \s+ uns | schreib \s+ uns | [ée]crivez-nous | scrivici )
    \b .{0,250} $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
CONTACT_MARK_RE = lazy_compile(
    r"@ | \b (?: facebook | twitter | instagram | e-?mail | correo ) \b",
    regex.IGNORECASE | regex.VERBOSE,
)


def share_bar(text: str) -> Hit | None:
    """Share widgets: "Share", "Share on Facebook", "Tweet", "Pin it", "Facebook Twitter Email".

    >>> share_bar("Share on Facebook")
    Hit(reason='share_widget', evidence='Share on Facebook')
    >>> share_bar("Shares fell 4% on Tuesday.") is None
    True
    """
    if len(text) > MAX_LABEL_CHARS * 2:
        return None
    label = NEW_WINDOW_RE.sub("", text) if "(" in text or "indow" in text else text
    if (label != text and not label.strip()) or (
        len(label) <= MAX_LABEL_CHARS
        and any(rx.match(label) for rx in (SHARE_BAR_RE, NETWORK_NAME_RE, SHARE_CLICK_RE))
    ):
        return Hit("share_widget", text.strip())
    return None


def follow_us(text: str) -> Hit | None:
    """Follow-us links: "Follow us on Twitter", "Folgen Sie uns auf Facebook", "Síguenos".

    >>> follow_us("Follow us on Twitter")
    Hit(reason='follow_widget', evidence='Follow us on Twitter')
    >>> follow_us("Follow us to the river, the guide said, and we did.") is None
    True
    """
    if len(text) <= MAX_LABEL_CHARS and FOLLOW_US_RE.match(text):
        return Hit(FOLLOW_WIDGET_REASON, text.strip())
    if len(text) > MAX_NOTE_CHARS:
        return None
    short = len(text) <= MAX_LABEL_CHARS * 2
    if FOLLOW_NAMED_RE.match(text) or (short and OUR_CHANNEL_RE.search(text)):
        return Hit(FOLLOW_WIDGET_REASON, text.strip()[:60])
    if CONTACT_US_RE.match(text) and CONTACT_MARK_RE.search(text):
        return Hit(FOLLOW_WIDGET_REASON, text.strip()[:60])
    return None


def share_count(text: str) -> Hit | None:
    """Share, like and view counters: "1.2K Shares", "345 views", "12 mal geteilt".

    >>> share_count("1.2K Shares")
    Hit(reason='social_count', evidence='1.2K Shares')
    >>> share_count("12 shares of Apple were sold.") is None
    True
    """
    if len(text) <= MAX_LABEL_CHARS and SHARE_COUNT_RE.match(text):
        return Hit("social_count", text.strip())
    return None


def like_widget(text: str) -> Hit | None:
    """Blog "like" widget residue: "Gefällt mir:", "Like this:", "%d bloggers like this:".

    >>> like_widget("%d bloggern gefällt das:")
    Hit(reason='like_widget', evidence='%d bloggern gefällt das:')
    >>> like_widget("I like this city more than Paris.") is None
    True
    """
    if len(text) <= MAX_LABEL_CHARS and LIKE_WIDGET_RE.match(text):
        return Hit("like_widget", text.strip())
    return None


FILTERS = (share_bar, follow_us, share_count, like_widget)


# What a line needs for each filter to match, one (longest line, regex or words) pair per way
# to a hit: a filter pass skips a filter whose gate a line does not pass (gates.gate).
# share_bar matches the line less a trailing "(opens in new window)": a prefix of the line.
GATES = MappingProxyType({
    share_bar: gate(
        (MAX_LABEL_CHARS * 2, NEW_WINDOW_RE),
        (MAX_LABEL_CHARS * 2, SHARE_BAR_RE),
        (MAX_LABEL_CHARS * 2, NETWORK_NAME_RE),
        (MAX_LABEL_CHARS * 2, SHARE_CLICK_RE),
    ),
    follow_us: gate(
        (MAX_LABEL_CHARS, FOLLOW_US_RE),
        (MAX_NOTE_CHARS, FOLLOW_NAMED_RE),
        (MAX_LABEL_CHARS * 2, OUR_CHANNEL_RE),
        (MAX_NOTE_CHARS, CONTACT_US_RE),
    ),
    share_count: gate((MAX_LABEL_CHARS, SHARE_COUNT_RE)),
    like_widget: gate((MAX_LABEL_CHARS, LIKE_WIDGET_RE)),
})
