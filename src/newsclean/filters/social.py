"""Social widgets flattened to text: share bars, follow-us links, like and share counters."""

from __future__ import annotations

import regex

from newsclean.model import Hit
from newsclean.patterns import EDGE

MAX_LABEL_CHARS = 80  # a row of share buttons is short

NETWORK = r"""
    facebook | twitter | x | linkedin | xing | pinterest | reddit | whatsapp | telegram | tumblr
    | flipboard | instagram | youtube | tiktok | mastodon | threads | bluesky | messenger
    | pocket | google \s* \+ | vk | vkontakte | вконтакте | одноклассники | ok | weibo | wechat
    | line | viber | snapchat | digg | mix | rss | e-?mail | mail | sms | print | drucken
    | imprimir | imprimer | stampa | копировать \s+ ссылку | copy \s+ link | link \s+ kopieren
"""

SHARE_VERB = r"""
    share | shares | sharing | tweet | pin \s+ it | pin | email \s+ this | e-?mail \s+ (?: to \s+ )?
    a \s+ friend | teilen | artikel \s+ teilen | beitrag \s+ teilen | partager | partagez
    | compartir | comparte | condividi | compartilhe | compartilhar | partilhar | delen | deel
    | поделиться | udost[ęe]pnij | podziel \s+ si[ęe]
"""

# "Share", "Share this", "Share on Facebook", "Teilen auf X", optionally followed by networks.
SHARE_BAR_RE = regex.compile(
    rf"""
    ^ {EDGE}
    (?: (?: {SHARE_VERB} )
        (?: \s+ (?: this | this \s+ (?: article | story | page | post ) | the \s+ story | it
              | on | via | with | per | auf | sur | en | su | em | op | в | na | w ) )*
        (?: {EDGE} (?: {NETWORK} ) )*
      | (?: {NETWORK} ) (?: {EDGE} (?: {NETWORK} ) ){{2,}}     # a row of three or more networks
      | (?: share | teilen ) \s+ (?: this | the ) \s+ (?: article | story | post | page | artikel )
    )
    {EDGE} $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

FOLLOW_US_RE = regex.compile(
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

# A bare network name between widgets. Only the unambiguous names: "Line", "Mix" or "Print"
# alone could be a word of the article.
NETWORK_NAME_RE = regex.compile(
    rf"""
    ^ {EDGE}
    (?: facebook | twitter | linkedin | xing | pinterest | reddit | whatsapp | telegram | tumblr
      | flipboard | instagram | youtube | google \s* \+ | vkontakte | вконтакте | e-?mail | print
      | drucken | imprimir | imprimer | stampa | copy \s+ link | link \s+ kopieren )
    {EDGE} $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

SHARE_COUNT_RE = regex.compile(
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
LIKE_WIDGET_RE = regex.compile(
    r"""
    ^ [^\p{L}]*
    (?: like \s+ this | gef[äa]llt \s+ mir | j'aime \s+ ceci | me \s+ gusta \s+ esto | mi \s+ piace
      | curtir \s+ isso | vind \s+ ik \s+ leuk | нравится | lubi[ęe] \s+ to | like | j'aime
      | (?: %d | \d+ ) \s+ (?: bloggers? \s+ like \s+ this | bloggern \s+ gef[äa]llt \s+ das
          | blogueurs \s+ aiment \s+ cette \s+ page | blogueros \s+ les \s+ gusta \s+ esto )
      | (?: like | gef[äa]llt \s+ mir ) \s+ (?: loading | wird \s+ geladen ) \s* (?: \.{3} | … )?
      | be \s+ the \s+ first \s+ to \s+ like \s+ this | sei \s+ der \s+ erste , \s+ dem \s+ dies
          \s+ gef[äa]llt | soyez \s+ le \s+ premier \s+ [àa] \s+ aimer \s+ ceci )
    [^\p{L}]* $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)


def share_bar(text: str) -> Hit | None:
    """Share widgets: "Share", "Share on Facebook", "Tweet", "Pin it", "Facebook Twitter Email".

    >>> share_bar("Share on Facebook")
    Hit(reason='share_widget', evidence='Share on Facebook')
    >>> share_bar("Shares fell 4% on Tuesday.") is None
    True
    """
    if len(text) <= MAX_LABEL_CHARS and (SHARE_BAR_RE.match(text) or NETWORK_NAME_RE.match(text)):
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
        return Hit("follow_widget", text.strip())
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
