"""Photo captions and credits, figure captions, gallery counters and video-player residue."""

from __future__ import annotations

from types import MappingProxyType

import regex

from newsclean.gates.gate import gate
from newsclean.gates.words import may_match
from newsclean.model import Hit
from newsclean.patterns import EDGE, lazy_compile

MAX_LABEL_CHARS = 60  # a player button or a counter
MAX_CREDIT_CHARS = 120  # a credit line on its own: "Photo: Hau Dinh, AP"
MAX_CAPTION_CHARS = 400  # a caption with its credit at the end
CREDIT_TAIL_CHARS = 160  # the longest credit that can end a caption, with its label

# Picture agencies and wire services whose names end a credit.
AGENCY = r"""
    getty \s* images (?: \s+ for \s+ [\p{L}\s.'&-]{1,40} )? | getty | reuters (?: \s+ files? )?
    | ap (?: \s+ photo )? | afp | epa (?: -efe )? | efe | dpa | ansa | anp | tass | ria \s+ novosti
    | pap | xinhua | picture [\s-] alliance (?: /dpa )? | imago (?: \s+ images )? | keystone
    | shutterstock (?: \.com )? | istock (?: photo )? (?: \.com )? | adobe \s* stock | alamy
    | clipdealer | thinkstock (?: photos )? | fotolia | depositphotos | 123rf | dreamstime
    | colourbox | westend61 | mauritius \s+ images | ullstein \s* bild | action \s+ press
    | ddp (?: \s+ images )? | kna | epd | photothek | flickr | pa (?: \s+ images | \s+ wire )?
    | press \s+ association | bloomberg | nurphoto | sipa | abaca | zuma (?: \s+ press )?
    | unsplash | pixabay | pexels | wikimedia \s+ commons | agence \s+ france-presse
    | associated \s+ press | the \s+ associated \s+ press | apa | sda | bbc | nasa
"""

CREDIT_LABEL = r"""
    photo \s+ credit | image \s+ credit | picture \s+ credit | photo | photos | photograph
    | photography | picture | pic | image | images | credit | credits | foto | fotos | fotograf
    | bild | bilder | bildquelle | fotoquelle | quelle \s+ bild | cr[ée]dit \s+ photo | imagen
    | immagine | fotografia | фото | zdj[ęe]cie | fot
    | titelbild | titelfoto | aufmacherbild | aufmacherfoto | beitragsbild | headerbild
    | vorschaubild
    | symbolbild | bildnachweis | fotonachweis | bildrechte | bildquellen | fotocredit
    | (?: featured | header | cover | lead ) \s+ image | cr[ée]ditos?
"""

# The text of a credit: no sentence end, but "Shutterstock.com" and "CC BY 2.0" keep their dots.
CREDIT_TEXT = r"(?: [^.!?] | \. (?= [\p{Ll}\d] ) )"

# A line that is only a credit: "Photo: Hau Dinh, AP", "Foto: dpa", "(Foto: ABr)". A bare label
# ("Фото:") stays: the credit is on the next line, which would stay anyway.
CREDIT_LINE_RE = lazy_compile(
    rf"""
    ^ [^\p{{L}}]* (?: {CREDIT_LABEL} ) \s* (?: : | © | by | von | de | di | \| ) [^\p{{L}}]*
    \p{{L}} {CREDIT_TEXT}{{0,100}} $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# A line that is only a photographer and an agency: "Dan Kitwood/Getty Images", "Getty Images".
AGENCY_LINE_RE = lazy_compile(
    rf"""
    ^ [©\s(]* (?: [\p{{L}}.'\s-]{{1,50}} \s* (?: / | , | via | for | — | - ) \s* )?
    (?: {AGENCY} ) (?: \s* / \s* [\p{{L}}.'\s-]{{1,40}} )? [\s)]* $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# A caption ends with its credit: "... Lloyd Austin.(Reuters)", "... (Photo Credit : ANI)",
# "... Photograph: Guy Smallman/Getty Images", "... Credit: ANDREW MEDICHINI/AFP/Getty Images".
# One pattern per form, the earliest match winning as in one alternation: the regex engine finds
# a form's leading literal fast, which the alternation of them all loses (ten times slower).
CAPTION_END_FORMS = (
    rf"\( \s* (?: {AGENCY} ) \s* \)",                                       # "(Reuters)"
    rf"\( \s* (?: {CREDIT_LABEL} ) \s* (?: : | © | by ) [^()]{{1,80}} \) \.?",  # "(Foto: Privat)"
    rf"""(?<= [.!?”"')\s] ) (?: {CREDIT_LABEL} ) \s* (?: : | by ) \s* {CREDIT_TEXT}{{1,80}}""",
    rf"""(?<= [.!?”"')\s] ) [\p{{L}}.'\s-]{{2,50}} / \s* (?: {AGENCY} ) (?: \s+ files? )?""",
    rf"\| \s* [\p{{L}}.'\s-]{{2,50}} / (?: {AGENCY} )",
    # "... Holocaust-Mahnmal © Bundesrat | Frank Bräuer", "... / (C) Kab Niang"; no year, which
    # a copyright notice has
    r"""(?<= [\p{L}\p{N}.!?”"')] \s{1,3} | [/|] \s{0,3} ) (?<! copyright \s* ) (?: © | \( c \) ) \s*
    (?: [^.!?\d©] | \. (?= \p{Ll} ) ){2,80}""",
    r"""\b cc [\s-]? by (?: [\s-] (?: sa | nd | nc ) )* (?: [\s-] \d \. \d )?
    (?: [\s-] \p{L}{2} )? [\s)]*""",  # "CC-BY-SA 2.0"
)
CAPTION_END_RES = tuple(
    lazy_compile(rf"(?: {form} ) \s* $", regex.IGNORECASE | regex.VERBOSE)
    for form in CAPTION_END_FORMS
)
# Whether a tail may hold a credit's label: the words CAPTION_END_FORMS' third form cannot match
# without (see gates.words.may_match), looked up in a fraction of the form's own search.
MAY_HOLD_CREDIT_LABEL = may_match(CAPTION_END_RES[2])

CREDIT_MARK_RE = lazy_compile(r"[:/)©]|\bby\b", regex.IGNORECASE)

GALLERY_RE = lazy_compile(
    rf"""
    ^ {EDGE}
    (?: (?: image | photo | picture | slide | bild | foto | imagen | immagine | afbeelding | фото
          | zdj[ęe]cie ) \s+ \d+ \s* (?: of | von | de | di | van | из | z | / ) \s* /? \s* \d+
      | \d+ \s* (?: of | von | / ) \s* \d+ \s* (?: images | photos | bilder | fotos )?
      | back \s+ to \s+ (?: the \s+ )? (?: gallery | slideshow )
      | (?: view | open | see ) \s+ (?: the \s+ )? (?: full \s+ )? (?: gallery | slideshow
      | photos )
      | (?: expand | enlarge | zoom ) (?: \s+ (?: image | photo | this \s+ image ) )?
      | (?: show | hide | toggle ) \s+ caption | caption
      | (?: bilder- ? )? galerie | bildergalerie | fotogalerie | fotostrecke
      | (?: bild | foto ) \s+ vergr[öo][ßs]ern | zur \s+ bildergalerie | zur \s+ galerie
      | (?: voir \s+ )? (?: le \s+ )? diaporama | galer[íi]a \s+ de \s+ fotos | fotogalleria
      | galeria \s+ de \s+ fotos | фотогалерея | galeria \s+ zdj[ęe][ćc]
    )
    {EDGE} $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# A caption that tells how to enlarge its picture: "... Zum Vergrößern auf das Bild klicken."
ENLARGE_RE = lazy_compile(
    r"""
    zum \s+ vergr[öo][ßs]ern | (?: click | tap ) \s+ (?: on \s+ )? (?: the \s+ )? (?: image | photo
      | picture | here )? \s* to \s+ (?: enlarge | zoom )
      | cliquez \s+ (?: sur \s+ l'image \s+ )? pour
      \s+ (?: agrandir | zoomer ) | (?: haga | haz ) \s+ clic .{0,30} (?: ampliar | agrandar )
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

VIDEO_PLAYER_RE = lazy_compile(
    rf"""
    ^ {EDGE}
    (?: (?: play | watch ) (?: \s+ (?: the \s+ )? video )? | pause | replay | mute | unmute
      | (?: exit \s+ )? full \s* screen | now \s+ playing | autoplay
      | (?: video \s+ )? (?: player \s+ )? loading (?: \s+ video )? (?: \.{{3}} | … )?
      | (?: duration | dauer ) \s* :? \s* \d{{1,2}} : \d{{2}}
      # a lone "12:35" is a clock time
      | 0{{1,2}} : 00 | \d{{1,2}} : \d{{2}} \s* / \s* \d{{1,2}} : \d{{2}}
      | this \s+ video \s+ is \s+ (?: not \s+ available | unavailable
      | no \s+ longer \s+ available )
      | your \s+ browser \s+ does \s+ not \s+ support \s+ (?: the \s+ )? (?: html5 \s+ )? video
        .{{0,40}}
      | video \s+ (?: abspielen | starten ) | wiedergabe | stummschalten
      | lire \s+ la \s+ vid[ée]o | reproducir (?: \s+ v[íi]deo )? | riproduci | reproduzir
      | video \s+ afspelen | смотреть \s+ видео | odtw[óo]rz (?: \s+ wideo )?
    )
    {EDGE} $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)


# A figure's caption, numbered and labelled: "Abbildung 4: Die grösste Lawine ...", "Fig. 2.",
# "Figure 3 –". The number and the mark after it tell it from prose that names a figure
# ("Figure 3 shows ...", "Abbildung 4 zeigt ...").
FIGURE_CAPTION_RE = lazy_compile(
    r"""
    ^ (?: abbildung | abb \. | grafik | figure | fig \. | figura | figur | illustration | tabelle
        | table | tableau | tabla | tabella | rysunek | rys \. | рисунок | рис \. )
    (?: \s* \d{1,3} [a-z]? )? \s* (?: : | \. (?= \s* \p{Lu} ) | [–—] ) (?= \s* \S )
    """,
    regex.IGNORECASE | regex.VERBOSE,
)


def figure_caption(text: str) -> Hit | None:
    """A numbered figure's caption: "Abbildung 4: klassische Schwachschicht.", "Fig. 2: ...".

    >>> figure_caption("Abbildung 8: Vorgehensweise für grosse Ereignisse")
    Hit(reason='figure_caption', evidence='Abbildung 8:')
    >>> figure_caption("Figure 3 shows the snow depth in the Matter valley.") is None
    True
    """
    if len(text) <= MAX_CAPTION_CHARS and (m := FIGURE_CAPTION_RE.match(text)):
        return Hit("figure_caption", m.group(0).strip())
    return None


# Where a caption places the people in its picture, after a capitalised name: "Marcell Jansen
# (l.) und Piotr Trochowski", "Eva M. Welskop-Deffaa (2. von rechts)", "Kristi Noem (right)".
POSITION_RE = lazy_compile(
    r"""
    (?-i: \p{Lu} ) [\p{L}.'-]* \s \(
    (?: l \. | r \. | m \. | links | rechts | mitte | left | right | cent(?:re|er)
      | (?: \d \. \s* | second \s+ )? (?: von | from ) \s+ (?: links | rechts | left | right )
      | v \. \s? [lr] \. (?: \s? n \. \s? [lr] \. )? )
    \)
    """,
    regex.IGNORECASE | regex.VERBOSE,
)


def position_caption(text: str) -> Hit | None:
    """A caption that places the people in its picture: "Marcell Jansen (l.) und Piotr ...".

    >>> position_caption("Marcell Jansen (l.) und Piotr Trochowski haben einen guten Draht.")
    Hit(reason='position_caption', evidence='Jansen (l.)')
    >>> position_caption("Die Linke (links im Bild: der Vorstand) tagte am Montag.") is None
    True
    """
    if len(text) <= MAX_CAPTION_CHARS and (m := POSITION_RE.search(text)):
        return Hit("position_caption", m.group(0))
    return None


def photo_credit(text: str) -> Hit | None:
    """A photo credit, alone or ending a caption: "Photo: Hau Dinh, AP", "... Austin.(Reuters)".

    >>> photo_credit("US Secretary of Defense Lloyd Austin.(Reuters)")
    Hit(reason='photo_credit', evidence='(Reuters)')
    >>> photo_credit("... calling for a ceasefire, news agency Reuters reported.") is None
    True
    """
    if len(text) <= MAX_CREDIT_CHARS and (CREDIT_LINE_RE.match(text) or _agency_line(text)):
        return Hit("photo_credit", text.strip())
    # The credit is at the end: searching the tail, and only one with a credit's punctuation,
    # keeps long lines cheap.
    tail = text[-CREDIT_TAIL_CHARS:]
    if len(text) > MAX_CAPTION_CHARS or not CREDIT_MARK_RE.search(tail):
        return None
    starts = [
        m.start()
        for pattern, may_end in zip(CAPTION_END_RES, _caption_ends_held(tail), strict=True)
        if may_end and (m := pattern.search(tail))
    ]
    return Hit("photo_credit", tail[min(starts) :].strip()) if starts else None


def _agency_line(text: str) -> bool:
    """Whether ``text`` is only a photographer and an agency (AGENCY_LINE_RE).

    No character class of the pattern admits a colon, and a third of the short lines a credit's
    mark lets in hold one ("Photo: ...", "Updated: 10:45"): those are answered without a match.

    >>> _agency_line("Dan Kitwood/Getty Images"), _agency_line("(AP Photo/Evan Vucci)")
    (True, True)
    >>> _agency_line("Source: Reuters"), _agency_line("Reuters reported on Monday")
    (False, False)
    """
    return ":" not in text and AGENCY_LINE_RE.match(text) is not None


def _caption_ends_held(tail: str) -> tuple[bool, ...]:
    """For each form of CAPTION_END_FORMS, whether ``tail`` holds what the form cannot match
    without: a caption's tail has a credit's punctuation more often than one form's, and these
    tests cost a fraction of the forms' searches.

    A form ends in ``\\s* $``: only space, all of which ``str.rstrip`` removes, may follow it.

    >>> _caption_ends_held("Lloyd Austin.(Reuters)")
    (True, True, False, False, False, True, False)
    >>> any(_caption_ends_held("Minister Lloyd Austin spoke at length with the press."))
    False
    """
    end = tail.rstrip()
    return (
        end.endswith(")"),  # "(Reuters)"
        end.endswith((")", ").")),  # "(Foto: Privat)."
        MAY_HOLD_CREDIT_LABEL(tail),  # "Photograph: Guy Smallman/Getty Images"
        "/" in tail,  # "Guy Smallman/Getty Images"
        "|" in tail,  # "| Frank Bräuer/dpa"
        "©" in tail or "(" in tail,  # "© Bundesrat", "(C) Kab Niang"
        "c" in tail or "C" in tail,  # "CC-BY-SA 2.0"
    )


def gallery_counter(text: str) -> Hit | None:
    """Gallery widgets: "Image 3 of 12", "Bildergalerie", "Enlarge this image", "Hide caption".

    >>> gallery_counter("Image 3 of 12")
    Hit(reason='gallery_widget', evidence='Image 3 of 12')
    >>> gallery_counter("Photo finish at Ascot") is None
    True
    """
    if len(text) <= MAX_LABEL_CHARS and GALLERY_RE.match(text):
        return Hit("gallery_widget", text.strip())
    if len(text) <= MAX_CAPTION_CHARS and (m := ENLARGE_RE.search(text)):
        return Hit("gallery_widget", m.group(0))
    return None


def video_player(text: str) -> Hit | None:
    """Video-player residue: "Play Video", "Now Playing", "0:45", "Video abspielen".

    >>> video_player("Now Playing")
    Hit(reason='video_player', evidence='Now Playing')
    >>> video_player("Play resumed after the rain delay.") is None
    True
    """
    if len(text) <= MAX_LABEL_CHARS and VIDEO_PLAYER_RE.match(text):
        return Hit("video_player", text.strip())
    return None


FILTERS = (photo_credit, figure_caption, position_caption, gallery_counter, video_player)


# What a line needs for each filter to match, one (longest line, regex or words) pair per way
# to a hit: a filter pass skips a filter whose gate a line does not pass (gates.gate).
# A caption's credit is searched for in the line's tail, a part of the line.
GATES = MappingProxyType({
    photo_credit: gate(
        (MAX_CREDIT_CHARS, CREDIT_LINE_RE),
        (MAX_CREDIT_CHARS, AGENCY_LINE_RE),
        (MAX_CAPTION_CHARS, CREDIT_MARK_RE),
    ),
    figure_caption: gate((MAX_CAPTION_CHARS, FIGURE_CAPTION_RE)),
    position_caption: gate((MAX_CAPTION_CHARS, POSITION_RE)),
    gallery_counter: gate((MAX_LABEL_CHARS, GALLERY_RE), (MAX_CAPTION_CHARS, ENLARGE_RE)),
    video_player: gate((MAX_LABEL_CHARS, VIDEO_PLAYER_RE)),
})
