"""Comment sections: prompts, counters, reply links and the comment form's fields."""

from __future__ import annotations

from types import MappingProxyType

import regex

from newsclean.gates.gate import gate
from newsclean.model import Hit
from newsclean.patterns import EDGE, lazy_compile

# Slugs that newsclean.region reads: a drop of one ends the article's run
COMMENT_PROMPT_REASON = "comment_prompt"
COMMENT_FORM_REASON = "comment_form"
COMMENT_COUNT_REASON = "comment_count"

MAX_LABEL_CHARS = 80  # a link or a header
MAX_FORM_CHARS = 200  # a form note: "Your email address will not be published."
MAX_POLICY_CHARS = 400  # the site's comment rules: two or three sentences

COMMENT_WORD = r"""
    comments? | kommentare? | commentaires? | comentarios? | commenti | commento | coment[áa]rios?
    | reacties? | reactie | комментари[йяи] | комментарий | komentarz[ey]? | responses? | replies
    | antworten | r[ée]ponses? | respuestas?
"""

COMMENT_PROMPT_RE = lazy_compile(
    rf"""
    ^ {EDGE}
    (?: (?: leave | post | add | write | submit | view | show | hide | read | load ) \s+ (?: a
      | your
          | all | the | \d+ )? \s* (?: comments? | reply | replies | response )
      | leave \s+ a \s+ reply (?: \s+ cancel \s+ reply )? | cancel \s+ reply | reply | join \s+ the
          \s+ (?: conversation | discussion ) | comments \s+ are \s+ closed
            | no \s+ comments (?: \s+ yet )?
      | be \s+ the \s+ first \s+ to \s+ comment | conversation | discussion | comment
      | (?: schreibe | schreib | schreiben \s+ sie ) \s+ einen \s+ kommentar .{{0,40}}
      | kommentar \s+ (?: verfassen | schreiben | abschicken | absenden | hinterlassen ) .{{0,40}}
      | hinterlasse (?: n \s+ sie )? (?: \s+ jetzt )? \s+ (?: einen | deinen | ihren ) \s+ kommentar
          .{{0,40}}
      | (?: ihre | deine | eure ) \s+ meinung (?: \s+ (?: zu \s+ diesem \s+ (?: thema | artikel
          | beitrag ) | zum \s+ thema | ist \s+ gefragt ) .{{0,60}} )?
      | was \s+ (?: denkst | meinst ) \s+ du (?: \s+ dazu )? | was \s+ (?: denken | meinen ) \s+ sie
          (?: \s+ dazu )?
      | (?: what \s+ do \s+ you \s+ think | your \s+ (?: opinion | thoughts | views )
      | have \s+ your
          \s+ say | tell \s+ us \s+ what \s+ you \s+ think | share \s+ your \s+ (?: thoughts
          | opinion ) (?: \s+ (?: with \s+ (?: us | friends | others ) | below | here
          | in \s+ the \s+ comments ) )? )
      | (?: votre \s+ avis | donnez \s+ votre \s+ avis | r[ée]agissez | r[ée]agir )
      | (?: (?: deja \s+ )? (?: tu | su ) \s+ opini[óo]n | opina ) | (?: la \s+ tua \s+ opinione
          | di' \s+ la \s+ tua ) | (?: deixe \s+ )? (?: a \s+ )? sua \s+ opini[ãa]o
      | kommentare \s+ (?: anzeigen | ausblenden | laden ) | antworten (?: \s+ abbrechen )?
      | kommentare \s+ sind \s+ geschlossen | keine \s+ kommentare
      | (?: \d+ \s+ )? gedanken \s+ zu .{{0,80}}
      | kommentieren | diskutieren \s+ sie \s+ mit | diskussion
      | laisser \s+ un \s+ commentaire | (?: ajouter | [ée]crire ) \s+ un \s+ commentaire
      | r[ée]pondre
      | (?: deja | dejar | escribe ) \s+ (?: un | tu ) \s+ comentario | responder
      | cancelar \s+ respuesta
      | (?: lascia | scrivi ) \s+ un \s+ commento | rispondi | annulla \s+ risposta
      | deixe \s+ (?: um \s+ )? (?: seu \s+ )? coment[áa]rio | cancelar \s+ resposta
      | laat \s+ een \s+ reactie \s+ achter | reageer | beantwoorden
      | (?: оставить | написать | добавить ) \s+ комментарий | ответить
      | (?: dodaj | napisz ) \s+ komentarz | odpowiedz
    )
    {EDGE} $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# WordPress headers of a comment thread: "11 Antworten zu „Lost“", "One thought on “Title”". The
# count and the quotation mark keep "12 comments on the plan were filed" in the article.
COMMENT_TITLE_RE = lazy_compile(
    rf"""
    ^ [^\p{{L}}\p{{N}}]* (?: one | ein | eine | un | une | uno | una | \d[\d.,]* ) \s+
    (?: {COMMENT_WORD} | thoughts? | gedanken | reaktionen | pingbacks? | trackbacks? )
    \s+ (?: on | to | zu | zum | auf | [àa] | sur | en | su | em | op | for | f[üu]r | über | para )
    \s+ ["“„«‚‘'»‹›] .{{1,200}} $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# Teaser meta lines of a blog: "21. Februar 2019 Redaktion Kommentare deaktiviert für Die Top 5".
COMMENTS_OFF_RE = lazy_compile(
    r"\b (?: kommentare \s+ deaktiviert \s+ f[üu]r | comments \s+ off \s+ on ) \s+ \S",
    regex.IGNORECASE | regex.VERBOSE,
)

# Pingbacks and trackbacks listed among the comments: "Pingback von Too much information - ...".
PINGBACK_RE = lazy_compile(
    r"^ \W* (?: pingback | trackback ) \s* (?: von | from | by | de | : ) \s* \S .{0,200} $",
    regex.IGNORECASE | regex.VERBOSE,
)

# "12 Comments", "Comments (3)", "Kommentare", "0 Kommentare".
COMMENT_COUNT_RE = lazy_compile(
    rf"""
    ^ [^\p{{L}}]* (?: (?: no | one | keine | ein | \d[\d.,]* \s* [kK]? ) \s* )?
    (?: {COMMENT_WORD} ) (?: \s+ (?: so \s+ far | bisher ) )? [^\p{{L}}]* $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

COMMENT_FORM_RE = lazy_compile(
    r"""
    ^ \W*
    (?: (?: your \s+ )? (?: name | e-?mail (?: \s+ address )? | website | url | comment | kommentar
          | webseite | website \s+ url ) \s* (?: \* | \( (?: required | erforderlich | optional
          | obligatoire | obligatorio ) \) ) .{0,80}
      | your \s+ e-?mail \s+ address \s+ will \s+ not \s+ be \s+ published .{0,100}
      | required \s+ fields \s+ are \s+ marked .{0,20}
      | save \s+ my \s+ name , \s+ e-?mail , .{0,100}
      | notify \s+ me \s+ of \s+ (?: new | follow-up ) .{0,80}
      | (?: (?: deine | ihre | die ) \s+ )? e-?mail (?: -? \s* adresse )? (?: \s+ \p{L}+ )? \s+
          (?: wird | werden ) \s+ (?: nicht | nie | niemals ) \s+ ver[öo]ffentlicht .{0,100}
      | (?: your \s+ )? e-?mail (?: \s+ address )? (?: es )? \s+ (?: will | is | are ) \s+ (?: not
          | never ) \s+ (?: be \s+ )? (?: published | shared | displayed
          | made \s+ public ) .{0,100}
      # a note that one must log in to comment
      | (?: you \s+ must \s+ be | please ) \s+ (?: logged \s+ in | registered | signed \s+ in
          | log \s+ in | sign \s+ in | register ) \s+ to \s+ (?: post \s+ a | leave \s+ a
          | add \s+ a )?
          \s* comment .{0,100}
      | (?: log \s+ in | sign \s+ in | register ) \s+ to \s+ (?: post \s+ a \s+ | leave \s+ a \s+ )?
          comment .{0,100}
      | para \s+ (?: comentar | dejar \s+ un \s+ comentario ) \s+ (?: debes | tienes \s+ que | es
          \s+ necesario ) .{0,120}
      | (?: debes | tienes \s+ que ) \s+ (?: iniciar \s+ sesi[óo]n | registrarte | estar
          \s+ registrado ) .{0,40} comentar .{0,60}
      | um \s+ .{0,80} kommentieren \s+ zu \s+ k[öo]nnen , \s+ m[üu]ss (?: en | t ) \s+ .{0,80}
      | (?: sie \s+ m[üu]ssen | du \s+ musst ) \s+ (?: eingeloggt | angemeldet | registriert )
          \s+ sein , \s+ um .{0,100}
      | vous \s+ devez \s+ (?: [êe]tre \s+ (?: connect[ée] | inscrit )
      | vous \s+ connecter ) .{0,100}
      # letters to the editor
      | (?: submit | send | write ) \s+ (?: us \s+ )? (?: a
      | your ) \s+ letter \s+ to \s+ the \s+ editor
          .{0,150}
      | we \s+ want \s+ to \s+ hear \s+ (?: from \s+ you | what \s+ you \s+ think ) .{0,180}
      | letters? \s+ to \s+ the \s+ editor
      | (?: schreiben \s+ sie \s+ (?: uns \s+ )? (?: einen \s+ )? leserbrief
      | leserbrief \s+ (?: schreiben
          | verfassen | senden ) ) .{0,120}
      | erforderliche \s+ felder \s+ sind .{0,40}
      | (?: meinen | name , \s+ e-?mail ) .{0,40} in \s+ diesem \s+ browser \s+ speichern .{0,100}
      | benachrichtige \s+ mich .{0,100} | informiere \s+ mich \s+ [üu]ber .{0,100}
      | gib \s+ hier \s+ deinen \s+ kommentar \s+ ein .{0,10}
      | verbinde \s+ mit \s+ %s | du \s+ kommentierst \s+ mit .{0,80}
      | votre \s+ adresse \s+ (?: e-?mail
      | de \s+ messagerie ) \s+ ne \s+ sera \s+ pas \s+ publi[ée]e .{0,100}
      | tu \s+ direcci[óo]n \s+ de \s+ correo \s+ electr[óo]nico \s+ no \s+ ser[áa] \s+ publicada
        .{0,100}
      | il \s+ tuo \s+ indirizzo \s+ email \s+ non \s+ sar[àa] \s+ pubblicato .{0,100}
      | o \s+ seu \s+ endere[çc]o \s+ de \s+ e-?mail \s+ n[ãa]o \s+ ser[áa] \s+ publicado .{0,100}
      | je \s+ e-?mailadres \s+ wordt \s+ niet \s+ gepubliceerd .{0,100}
      | ваш \s+ (?: адрес \s+ )? e-?mail \s+ не \s+ будет \s+ опубликован .{0,100}
      | tw[óo]j \s+ adres \s+ e-?mail \s+ nie \s+ zostanie \s+ opublikowany .{0,100}
      | netiquette | community \s+ guidelines | comment \s+ policy | kommentarregeln
    ) $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)


# Moderation rules addressed to commenters: "Please understand that comments are moderated ...".
COMMENT_POLICY_RE = lazy_compile(
    r"""
    \b (?: comments? | kommentare? | commentaires? | comentarios? | commenti | coment[áa]rios ) \b
    [^.!?]{0,60}? \b (?: are | is | will \s+ be | may \s+ be | must \s+ be | should \s+ be | werden
      | wird | sont | seront | son | ser[áa]n | vengono | s[ãa]o ) \b [^.!?]{0,40}?
    \b (?: moderated | reviewed | approved | republished | civil | removed | deleted | moderiert
      | gepr[üu]ft | freigeschaltet | gel[öo]scht | mod[ée]r[ée]s | moderados | revisados
      | moderati | moderados ) \b
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# The policy speaks to the reader or for the site; a story about moderation does not.
READER_RE = lazy_compile(
    r"""\b (?: we | our | us | you | your | please | wir | uns | unsere? | bitte | nous | vous
    | nos | usted | le \s+ rogamos ) \b""",
    regex.IGNORECASE | regex.VERBOSE,
)


def comment_prompt(text: str) -> Hit | None:
    """Comment links and headers: "Leave a comment", "Reply", "Schreibe einen Kommentar".

    >>> comment_prompt("Leave a Reply Cancel reply")
    Hit(reason='comment_prompt', evidence='Leave a Reply Cancel reply')
    >>> comment_prompt("Reply to the letter came three weeks later.") is None
    True
    """
    if len(text) <= MAX_LABEL_CHARS and COMMENT_PROMPT_RE.match(text):
        return Hit(COMMENT_PROMPT_REASON, text.strip())
    if len(text) <= MAX_FORM_CHARS and PINGBACK_RE.match(text):
        return Hit(COMMENT_PROMPT_REASON, text.strip()[:60])
    return None


def comment_count(text: str) -> Hit | None:
    """Comment counters and headers: "12 Comments", "Kommentare (3)", "Comentarios".

    >>> comment_count("12 Comments")
    Hit(reason='comment_count', evidence='12 Comments')
    >>> comment_count("12 comments were removed by moderators on Friday.") is None
    True
    """
    if len(text) <= MAX_LABEL_CHARS and COMMENT_COUNT_RE.match(text):
        return Hit(COMMENT_COUNT_REASON, text.strip())
    if len(text) <= MAX_FORM_CHARS and COMMENT_TITLE_RE.match(text):
        return Hit(COMMENT_COUNT_REASON, text.strip()[:60])
    if len(text) <= MAX_FORM_CHARS and (m := COMMENTS_OFF_RE.search(text)):
        return Hit(COMMENT_COUNT_REASON, m.group(0))
    return None


def comment_form(text: str) -> Hit | None:
    """Fields and notes of a comment form: "Name *", "Your email address will not be published.".

    >>> comment_form("Your email address will not be published.")[0]
    'comment_form'
    >>> comment_form("Your email could be hacked, the agency warned.") is None
    True
    """
    if len(text) <= MAX_FORM_CHARS and COMMENT_FORM_RE.match(text):
        return Hit(COMMENT_FORM_REASON, text.strip()[:60])
    if (
        len(text) <= MAX_POLICY_CHARS
        and (m := COMMENT_POLICY_RE.search(text))
        and READER_RE.search(text)
    ):
        return Hit(COMMENT_FORM_REASON, m.group(0))
    return None


FILTERS = (comment_prompt, comment_count, comment_form)


# What a line needs for each filter to match, one (longest line, regex or words) pair per way
# to a hit: a filter pass skips a filter whose gate a line does not pass (gates.gate).
GATES = MappingProxyType({
    comment_prompt: gate((MAX_LABEL_CHARS, COMMENT_PROMPT_RE), (MAX_FORM_CHARS, PINGBACK_RE)),
    comment_count: gate(
        (MAX_LABEL_CHARS, COMMENT_COUNT_RE),
        (MAX_FORM_CHARS, COMMENT_TITLE_RE),
        (MAX_FORM_CHARS, COMMENTS_OFF_RE),
    ),
    comment_form: gate((MAX_FORM_CHARS, COMMENT_FORM_RE), (MAX_POLICY_CHARS, COMMENT_POLICY_RE)),
})
