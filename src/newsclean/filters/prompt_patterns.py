"""The patterns of the visitor prompts (``prompts``): notifications, cookies and consent,
subscribing, log-in, paywalls, apps, reader and browser notices."""

from __future__ import annotations

import regex

from newsclean.patterns import EDGE, lazy_compile

PUSH_NOTIFICATION_RE = lazy_compile(
    r"""
    wants \s+ to \s+ (?: start \s+ )? send (?: ing )? \s+ you \s+ (?: push \s+ )? notifications
    | click \s+ allow \s+ to \s+ (?: subscribe | receive )
    | (?: allow | enable | turn \s+ on ) \s+ (?: push \s+ )? notifications
    | (?: push- ? \s* )? benachrichtigung (?: en )? \s+ (?: aktivieren | erlauben | zulassen )
    | m[öo]chte \s+ (?: ihnen | dir ) \s+ (?: push- ? \s* )? (?: benachrichtigungen | mitteilungen )
    | (?: activer | autoriser ) \s+ les \s+ notifications
    | (?: activar | permitir ) \s+ (?: las \s+ )? notificaciones
    | (?: attiva | consenti ) \s+ (?: le \s+ )? notifiche
    | (?: ativar | permitir ) \s+ (?: as \s+ )? notifica[çc][õo]es
    | meldingen \s+ (?: inschakelen | toestaan )
    | (?: разрешить | включить ) \s+ уведомления
    | w[łl][ąa]cz \s+ powiadomienia
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# A cheap pre-check so the long search below only runs on lines that can match.
NOTIFY_STEM_RE = lazy_compile(
    r"notif|benachrichtig|mitteilung|melding|уведомл|powiadom", regex.IGNORECASE
)

COOKIE_NOTICE_RE = lazy_compile(
    r"""
    (?: this | our ) \s+ (?: web \s* )? site \s+ uses \s+ cookies
    | we \s+ (?: use | are \s+ using ) \s+ cookies
    | by \s+ (?: continuing | using ) \s+ (?: to \s+ use \s+ )? (?: this
    | our ) \s+ (?: web \s* )? site
    | (?: accept | allow ) \s+ (?: all \s+ )? cookies | cookie \s+ (?: settings | preferences
    | consent )
    | privacy \s+ & \s+ cookies \s* :
    | (?: diese \s+ (?: web )? seite | wir ) \s+ (?: verwendet | verwenden | nutzt | nutzen | setzt
          | setzen ) \s+ (?: \p{L}+ \s+ ){0,2} cookies
    | cookie- ? \s* einstellungen | cookies \s+ (?: akzeptieren | zulassen ) | alle \s+ akzeptieren
    | ce \s+ site \s+ utilise \s+ des \s+ cookies | nous \s+ utilisons \s+ des \s+ cookies
    | (?: este \s+ (?: sitio | site ) | utilizamos ) \s+ (?: web \s+ )? (?: utiliza \s+ )? cookies
    | (?: questo \s+ sito \s+ utilizza | utilizziamo ) \s+ (?: i \s+ )? cookie
    | (?: deze \s+ website \s+ gebruikt | wij \s+ gebruiken ) \s+ cookies
    | (?: сайт | мы ) \s+ (?: использует | используем ) \s+ (?: файлы \s+ )? cookie
    | (?: strona | serwis ) \s+ (?: \p{L}+ \s+ )? (?: u[żz]ywa
    | wykorzystuje ) \s+ (?: plik[óo]w \s+ )?
          cookies
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

CONSENT_BUTTON_RE = lazy_compile(
    rf"""
    ^ {EDGE}
    (?: accept (?: \s+ all )? (?: \s+ cookies )? | i \s+ accept | i \s+ agree | got \s+ it
      | (?: alle \s+ )? akzeptieren | zustimmen | einverstanden | ablehnen
      | (?: tout \s+ )? accepter | j'accepte | aceptar (?: \s+ todo )? | acepto
      | accetta (?: \s+ tutto )?
      | accetto | aceitar | aceito | accepteren | akkoord | принять | согласен | akceptuj[ęe]
      | zgadzam \s+ si[ęe]
    )
    {EDGE} $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

ACCOUNT_WORD = r"""
    sign \s* in | sign \s* up | sign \s* out | log \s* in | log \s* out | register | join \s+ now
    | my \s+ account | account | create \s+ (?: an \s+ )? account
    | forgot \s+ (?: your \s+ )? password \??
    | subscribe (?: \s+ now | \s+ today )? | subscriptions? | manage \s+ (?: my \s+ )? subscription
    # a tip line: "Send Us a Tip", "Got a news tip?"
    | send \s+ us \s+ a \s+ (?: news \s+ )? tip | (?: got | have ) \s+ a \s+ (?: news \s+ )? tip \??
    | submit \s+ a \s+ (?: news \s+ )? tip | news \s+ tips?
    | (?: (?: hier | jetzt ) \s+ )? (?: kostenlos \s+ | gratis \s+ )? anmelden | abmelden
    | einloggen | registrieren | mein \s+ konto | (?: jetzt \s+ )? abonnieren
    | abo | passwort \s+ vergessen \?? | konto \s+ erstellen | mitglied \s+ werden
    | connexion | se \s+ connecter | s'inscrire | inscription | mon \s+ compte | s'abonner
    | d[ée]connexion
    | iniciar \s+ sesi[óo]n | registrarse | reg[íi]strate | suscr[íi]bete | mi \s+ cuenta | entrar
    | accedi | registrati | abbonati | il \s+ mio \s+ account
    | assine | assinar | cadastre-se | minha \s+ conta
    | inloggen | registreren | abonneren | mijn \s+ account | uitloggen
    | войти | вход | регистрация | зарегистрироваться | подписаться | выйти | личный \s+ кабинет
    | zaloguj (?: \s+ si[ęe] )? | zarejestruj (?: \s+ si[ęe] )? | wyloguj | subskrybuj
    | moje \s+ konto
"""

# One or more account links, possibly run together by a browser copy: "SubscribeSign In".
ACCOUNT_LINKS_RE = lazy_compile(
    rf"""
    ^ (?: {EDGE} (?: {ACCOUNT_WORD} ) (?: \s+ (?: or | oder | ou | o | of | или | lub ) )? ){{1,4}}
    {EDGE} $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

NEWSLETTER_RE = lazy_compile(
    rf"""
    ^ {EDGE}
    (?: (?: sign \s+ up | subscribe ) \s+ (?: (?: to | for ) \s+ )? (?: our | the | my )? \s*
          (?: \p{{L}}+ \s+ ){{0,4}} (?: newsletters? | e-?mails? | briefing | alerts ) .{{0,80}}
      | subscribe \s+ to \s+ ['‘"“] [^'’"”]{{1,40}} ['’"”]      # "Subscribe to 'All About Space'"
      | get \s+ (?: breaking \s+ )? news \s+ alerts .{{0,160}}
      | (?: get | receive ) \s+ (?: our | the ) \s+ (?: \p{{L}}+ \s+ ){{0,3}} (?: newsletter
      | briefing )
          .{{0,80}}
      | sign \s+ up \s+ (?: to | and ) \s+ (?: get | receive ) .{{0,150}}
      | (?: \S+ \s+ ){{0,3}} nichts \s+ (?: mehr \s+ )? (?: verpassen | vers[äa]umen )
      | never \s+ miss
          \s+ (?: a | an | another ) \s+ (?: story | post | thing | article | update )
      | (?: [\p{{L}}\p{{N}}&.'-]+ \s+ ){{0,3}} [\p{{L}}&-]* newsletters?
          (?: \s+ (?: sign \s* up | abonnieren | bestellen | anmeldung
          | abonnement | inscription | suscripci[óo]n | iscriviti ) )?
      | (?: enter | your ) \s+ (?: your \s+ )? e-?mail (?: \s+ address )? | e-?mail \s+ address
      | (?: ihre | deine ) \s+ e-?mail (?: -? adresse )?
      | (?: jetzt \s+ )? (?: zum \s+ )? newsletter \s+ (?: abonnieren | anmelden | bestellen )
      | (?: inscrivez-vous
      | abonnez-vous ) \s+ [àa] \s+ (?: notre \s+ )? (?: la \s+ )? newsletter .{{0,80}}
      | (?: suscr[íi]bete | reg[íi]strate ) \s+ (?: a \s+ )? (?: nuestr[ao] \s+ )? (?: bolet[íi]n
          | newsletter ) .{{0,80}}
      | iscriviti \s+ (?: alla \s+ )? (?: nostra \s+ )? newsletter .{{0,80}}
      | (?: assine | inscreva-se \s+ n) \s* (?: a \s+ )? (?: nossa \s+ )? newsletter .{{0,80}}
      | (?: schrijf \s+ je \s+ in \s+ voor | abonneer \s+ op ) \s+ (?: de
      | onze ) \s+ nieuwsbrief .{{0,80}}
      | nieuwsbrief | рассылка | подпишитесь \s+ на \s+ (?: нашу \s+ )? рассылку .{{0,80}}
      | zapisz \s+ si[ęe] \s+ (?: do \s+ )? newslettera? .{{0,80}}
    )
    {EDGE} $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

PAYWALL_RE = lazy_compile(
    r"""
    ^ \W*
    (?: to \s+ (?: continue \s+ )? read (?: ing )? \s+ (?: the \s+ full \s+ story | this \s+ article
          | the \s+ rest | more ) .{0,200}
      | (?: subscribe | log \s+ in
      | sign \s+ in ) \s+ to \s+ (?: continue \s+ )? read (?: ing )? .{0,200}
      | continue \s+ reading \s+ (?: your \s+ article \s+ )? with .{0,200}
      | (?: this \s+ (?: article | content | story ) \s+ is \s+ (?: only \s+ )? (?: available \s+ )?
          (?: for | to ) \s+ (?: our \s+ )? (?: subscribers | members | premium ) ) .{0,200}
      | already \s+ (?: a \s+ subscriber | have \s+ an \s+ account | registered ) \?? .{0,200}
      | you \s+ (?: have | 've ) \s+ (?: reached | read ) \s+ (?: your | the ) \s+ (?: limit
      | maximum
          | \d+ \s+ free ) .{0,200}
      | (?: get
      | start \s+ your ) \s+ (?: unlimited \s+ )? (?: digital \s+ )? access \s+ (?: to
      | for ) .{0,200}
      | (?: instant | immediate | unlimited | full ) \s+ (?: online \s+
      | digital \s+ )? access \s+ to
          .{0,200}
      | .{0,150} (?: subscription \s+ (?: will \s+ )? auto (?: matically )? -? \s* renews?
      | cancel \s+ (?: at \s+ )? any \s* time | cancela \s+ cuando \s+ quieras
      | jederzeit \s+ k[üu]ndbar | r[ée]siliable \s+ [àa] \s+ tout \s+ moment ) .{0,150}
      | (?: dieser \s+ (?: artikel | beitrag
      | inhalt ) \s+ ist \s+ (?: nur \s+ )? (?: exklusiv \s+ )?
          f[üu]r \s+ (?: abonnenten | abonnentinnen | abonnierende | abonnent
            | plus-leser ) ) .{0,200}
      | (?: jetzt \s+ )? (?: weiterlesen
      | lesen \s+ sie \s+ (?: jetzt \s+ )? weiter ) \s+ mit .{0,200}
      | (?: bereits \s+ abonnent | schon \s+ abonnent | sie \s+ sind \s+ bereits ) .{0,200}
      | (?: cet \s+ article \s+ est \s+ r[ée]serv[ée] \s+ aux \s+ abonn[ée]s ) .{0,200}
      | (?: d[ée]j[àa] \s+ abonn[ée] ) .{0,200}
      | (?: este \s+ (?: art[íi]culo
      | contenido ) \s+ es \s+ (?: exclusivo \s+ )? para \s+ suscriptores )
          .{0,200}
      | (?: ya \s+ eres \s+ suscriptor | j[áa] \s+ [ée] \s+ assinante ) .{0,200}
      | (?: questo \s+ articolo \s+ [èe] \s+ riservato \s+ agli \s+ abbonati ) .{0,200}
      | (?: dit \s+ artikel \s+ is \s+ (?: alleen \s+ )? voor \s+ abonnees ) .{0,200}
      | (?: этот \s+ материал \s+ доступен \s+ только \s+ подписчикам ) .{0,200}
      | (?: ten \s+ artyku[łl] \s+ (?: jest \s+ )? dost[ęe]pny \s+ (?: tylko \s+ )? dla
          \s+ subskrybent[óo]w )
          .{0,200}
    ) $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

APP_PROMPT_RE = lazy_compile(
    rf"""
    ^ {EDGE}
    (?: open \s+ in \s+ (?: the \s+ )? app | (?: download | get ) \s+ (?: the
      | our ) \s+ (?: \p{{L}}+ \s+ ){{0,3}}
          app (?: \s+ [^,;]{{0,50}} )?
      | (?: in \s+ der \s+ )? app \s+ (?: [öo]ffnen | herunterladen | laden )
      | (?: get | download ) \s+ .{{0,80}}? (?: with | in | on | from ) \s+ (?: the | our ) \s+
          (?: [\p{{L}}\p{{N}}&.-]+ \s+ ){{0,4}} app \W*
      | (?: jetzt \s+ )? (?: unsere \s+ )? app \s+ (?: herunterladen | laden | installieren )
      | (?: get \s+ it \s+ on | available \s+ on | download \s+ on \s+ the ) \s+ (?: google \s+ play
          | the \s+ app \s+ store | app \s+ store )
      | ouvrir \s+ dans \s+ l'application
      | t[ée]l[ée]charger \s+ l'application (?: \s+ [^,;]{{0,50}} )?
      | abrir \s+ en \s+ la \s+ app
      | descarga \s+ (?: nuestra \s+ )? la \s+ app (?: \s+ [^,;]{{0,50}} )?
      | apri \s+ nell'app | scarica \s+ l'app (?: \s+ [^,;]{{0,50}} )?
      | abrir \s+ no \s+ app | baixe \s+ o \s+ app (?: \s+ [^,;]{{0,50}} )?
      | open \s+ in \s+ de \s+ app | download \s+ de \s+ app (?: \s+ [^,;]{{0,50}} )?
      | открыть \s+ в \s+ приложении | скачать \s+ приложение (?: \s+ [^,;]{{0,50}} )?
      | otw[óo]rz \s+ w \s+ aplikacji | pobierz \s+ aplikacj[ęe] (?: \s+ [^,;]{{0,50}} )?
    )
    {EDGE} $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

READER_RE = lazy_compile(
    r"""\b (?: you | your | you're | sie | ihr | ihren | du | deinen | vous | votre | tu | usted
    | su | voc[êe] | seu | je | jouw | u | вы | ваш | pan | pa[ńn]stwo ) \b""",
    regex.IGNORECASE | regex.VERBOSE,
)

BROWSER_NOTICE_RE = lazy_compile(
    r"""
    ^ \W*
    (?: (?: please \s+ )? enable \s+ javascript | javascript \s+ (?: is \s+ )? (?: disabled
      | required )
      | (?: your \s+ browser \s+ (?: does \s+ not | doesn't ) \s+ support )
      | media \s+ playback \s+ is \s+ (?: unsupported | not \s+ supported ) \s+ on \s+ your
        \s+ device
      | you \s+ must \s+ enable
      # "We've detected you are on Internet Explorer. For the best ... experience, please update"
      | we(?: 've | \s+ have ) \s+ detected \s+ (?: that \s+ )? you (?: 're | \s+ are ) \s+ (?: on
        | using ) \s+ (?: internet \s+ explorer | an? \s+ (?: old | outdated | unsupported ) )
      | for \s+ the \s+ best \s+ .{0,40} experience, \s+ please \s+ (?: update | upgrade | use )
      | (?: bitte \s+ )? (?: aktivieren \s+ sie \s+ javascript | javascript \s+ aktivieren )
      | javascript \s+ (?: ist \s+ )? deaktiviert | ihr \s+ browser \s+ unterst[üu]tzt .{0,40} nicht
      | (?: veuillez \s+ )? activer \s+ javascript | activa \s+ javascript | attiva \s+ javascript
      | ative \s+ o \s+ javascript | включите \s+ javascript | w[łl][ąa]cz \s+ javascript
    ) .{0,200} $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)


# A sign-up pitch in a sentence: a newsletter or an inbox, and what to do about it.
NEWSLETTER_WORD_RE = lazy_compile(
    r"""newsletter | nieuwsbrief | bolet[íi]n | infolettre | inbox | posteingang | postfach
    | bo[îi]te \s+ (?: mail | de \s+ r[ée]ception )""",
    regex.IGNORECASE | regex.VERBOSE,
)
NEWSLETTER_CTA_RE = lazy_compile(
    r"""\b (?: anmelden | abonnieren | abonniere | abonnieren | bestellen | sign \s+ up | subscribe
    | register | inscri\p{L}* | suscr[íi]b\p{L}* | iscriviti | assine | abonneer
    | e-?mail-? \s* adresse
    | e-?mail \s+ address | enter \s+ your \s+ e-?mail | liefern | delivered
    | straight \s+ to ) \b""",
    regex.IGNORECASE | regex.VERBOSE,
)
# ... or is the site's own: "Subscribe to our newsletter", "unseren Newsletter".
SITE_VOICE_RE = lazy_compile(
    r"\b(?:our|unser(?:e[nmrs]?)?|notre|nos|nuestr[ao]s?|nossa|nostra|onze)\b", regex.IGNORECASE
)
# ... or urges to act at once: "Jetzt anmelden!".
NOW_RE = lazy_compile(
    r"\b(?:jetzt|now|hier|here|today|heute|kostenlos|gratis)\b", regex.IGNORECASE
)

# Placeholders of blocked embeds: "Externer Inhalt", "Klicken Sie ..., um den Inhalt von X zu
# laden".
EMBED_CONSENT_RE = lazy_compile(
    rf"""
    ^ {EDGE} (?: externer \s+ inhalt | externe \s+ inhalte (?: \s+ (?: aktivieren | laden
      | anzeigen | erlauben ) )? | (?: load | show | enable ) \s+ external \s+ content
      | external \s+ content | contenu \s+ externe | contenido \s+ externo ) {EDGE} $
    | um \s+ (?: den | die | das ) \s+ (?: inhalt | inhalte | video
    | karte ) .{{0,60}} \s+ zu \s+ laden
    | mit \s+ dem \s+ laden \s+ de[sr] .{{0,40}} akzeptieren \s+ sie
    | einverstanden , \s+ dass \s+ (?: mir \s+ )? externe \s+ inhalte
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
