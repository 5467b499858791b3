"""Comment sections: prompts, counters, reply links and the comment form's fields."""

from __future__ import annotations

import regex

from newsclean.model import Hit
from newsclean.patterns import EDGE

MAX_LABEL_CHARS = 80  # a link or a header
MAX_FORM_CHARS = 200  # a form note: "Your email address will not be published."

COMMENT_WORD = r"""
    comments? | kommentare? | commentaires? | comentarios? | commenti | commento | coment[áa]rios?
    | reacties? | reactie | комментари[йяи] | комментарий | komentarz[ey]? | responses? | replies
    | antworten | r[ée]ponses? | respuestas?
"""

COMMENT_PROMPT_RE = regex.compile(
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
      | kommentar \s+ (?: verfassen | schreiben | abschicken | absenden ) .{{0,40}}
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

# "12 Comments", "Comments (3)", "Kommentare", "0 Kommentare".
COMMENT_COUNT_RE = regex.compile(
    rf"""
    ^ [^\p{{L}}]* (?: (?: no | one | keine | ein | \d[\d.,]* \s* [kK]? ) \s* )?
    (?: {COMMENT_WORD} ) (?: \s+ (?: so \s+ far | bisher ) )? [^\p{{L}}]* $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

COMMENT_FORM_RE = regex.compile(
    r"""
    ^ \W*
    (?: (?: your \s+ )? (?: name | e-?mail (?: \s+ address )? | website | url | comment | kommentar
          | webseite | website \s+ url ) \s* (?: \* | \( (?: required | erforderlich | optional
          | obligatoire | obligatorio ) \) ) .{0,80}
      | your \s+ e-?mail \s+ address \s+ will \s+ not \s+ be \s+ published .{0,100}
      | required \s+ fields \s+ are \s+ marked .{0,20}
      | save \s+ my \s+ name , \s+ e-?mail , .{0,100}
      | notify \s+ me \s+ of \s+ (?: new | follow-up ) .{0,80}
      | (?: deine
      | ihre ) \s+ e-?mail-? \s* adresse \s+ wird \s+ nicht \s+ ver[öo]ffentlicht .{0,100}
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


def comment_prompt(text: str) -> Hit | None:
    """Comment links and headers: "Leave a comment", "Reply", "Schreibe einen Kommentar".

    >>> comment_prompt("Leave a Reply Cancel reply")
    Hit(reason='comment_prompt', evidence='Leave a Reply Cancel reply')
    >>> comment_prompt("Reply to the letter came three weeks later.") is None
    True
    """
    if len(text) <= MAX_LABEL_CHARS and COMMENT_PROMPT_RE.match(text):
        return Hit("comment_prompt", text.strip())
    return None


def comment_count(text: str) -> Hit | None:
    """Comment counters and headers: "12 Comments", "Kommentare (3)", "Comentarios".

    >>> comment_count("12 Comments")
    Hit(reason='comment_count', evidence='12 Comments')
    >>> comment_count("12 comments were removed by moderators on Friday.") is None
    True
    """
    if len(text) <= MAX_LABEL_CHARS and COMMENT_COUNT_RE.match(text):
        return Hit("comment_count", text.strip())
    return None


def comment_form(text: str) -> Hit | None:
    """Fields and notes of a comment form: "Name *", "Your email address will not be published.".

    >>> comment_form("Your email address will not be published.")[0]
    'comment_form'
    >>> comment_form("Your email could be hacked, the agency warned.") is None
    True
    """
    if len(text) <= MAX_FORM_CHARS and COMMENT_FORM_RE.match(text):
        return Hit("comment_form", text.strip()[:60])
    return None


FILTERS = (comment_prompt, comment_count, comment_form)
