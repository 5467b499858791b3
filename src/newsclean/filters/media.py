"""Photo captions and credits, gallery counters and video-player residue."""

from __future__ import annotations

import regex

from newsclean.model import Hit
from newsclean.patterns import EDGE

MAX_LABEL_CHARS = 60  # a player button or a counter
MAX_CREDIT_CHARS = 120  # a credit line on its own: "Photo: Hau Dinh, AP"
MAX_CAPTION_CHARS = 400  # a caption with its credit at the end
CREDIT_TAIL_CHARS = 160  # the longest credit that can end a caption, with its label

# Picture agencies and wire services whose names end a credit.
AGENCY = r"""
    getty \s* images (?: \s+ for \s+ [\p{L}\s.'&-]{1,40} )? | getty | reuters (?: \s+ files? )?
    | ap (?: \s+ photo )? | afp | epa (?: -efe )? | efe | dpa | ansa | anp | tass | ria \s+ novosti
    | pap | xinhua | picture \s+ alliance (?: /dpa )? | imago (?: \s+ images )? | keystone
    | shutterstock | istock (?: photo )? | adobe \s* stock | alamy | pa (?: \s+ images | \s+ wire )?
    | press \s+ association | bloomberg | nurphoto | sipa | abaca | zuma (?: \s+ press )?
    | unsplash | pixabay | pexels | wikimedia \s+ commons | agence \s+ france-presse
    | associated \s+ press | the \s+ associated \s+ press | apa | sda | bbc | nasa
"""

CREDIT_LABEL = r"""
    photo \s+ credit | image \s+ credit | picture \s+ credit | photo | photos | photograph
    | photography | picture | pic | image | images | credit | credits | foto | fotos | fotograf
    | bild | bilder | bildquelle | fotoquelle | quelle \s+ bild | cr[ée]dit \s+ photo | imagen
    | immagine | fotografia | фото | zdj[ęe]cie | fot
"""

# A line that is only a credit: "Photo: Hau Dinh, AP", "Foto: dpa", "(Foto: ABr)". A bare label
# ("Фото:") stays: the credit is on the next line, which would stay anyway.
CREDIT_LINE_RE = regex.compile(
    rf"""
    ^ [^\p{{L}}]* (?: {CREDIT_LABEL} ) \s* (?: : | © | by | von | de | di | \| ) [^\p{{L}}]*
    \p{{L}} [^.!?]{{0,100}} $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# A line that is only a photographer and an agency: "Dan Kitwood/Getty Images", "Getty Images".
AGENCY_LINE_RE = regex.compile(
    rf"""
    ^ [©\s(]* (?: [\p{{L}}.'\s-]{{1,50}} \s* (?: / | , | via | for | — | - ) \s* )?
    (?: {AGENCY} ) (?: \s* / \s* [\p{{L}}.'\s-]{{1,40}} )? [\s)]* $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# A caption ends with its credit: "... Lloyd Austin.(Reuters)", "... (Photo Credit : ANI)",
# "... Photograph: Guy Smallman/Getty Images", "... Credit: ANDREW MEDICHINI/AFP/Getty Images".
CAPTION_END_RE = regex.compile(
    rf"""
    (?: \( \s* (?: {AGENCY} ) \s* \)                                   # "(Reuters)"
      | \( \s* (?: {CREDIT_LABEL} ) \s* (?: : | © | by ) [^()]{{1,80}} \)   # "(Foto: Privat)"
      | (?<= [.!?”"')\s] ) (?: {CREDIT_LABEL} ) \s* (?: : | by ) \s* [^.!?]{{1,80}}
      | (?<= [.!?”"')\s] ) [\p{{L}}.'\s-]{{2,50}} / \s* (?: {AGENCY} ) (?: \s+ files? )?
      | \| \s* [\p{{L}}.'\s-]{{2,50}} / (?: {AGENCY} )
    ) \s* $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

CREDIT_MARK_RE = regex.compile(r"[:/)]|\bby\b", regex.IGNORECASE)

GALLERY_RE = regex.compile(
    rf"""
    ^ {EDGE}
    (?: (?: image | photo | picture | slide | bild | foto | imagen | immagine | afbeelding | фото
          | zdj[ęe]cie ) \s+ \d+ \s* (?: of | von | de | di | van | из | z | / ) \s* \d+
      | \d+ \s* (?: of | von | / ) \s* \d+ \s* (?: images | photos | bilder | fotos )?
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

VIDEO_PLAYER_RE = regex.compile(
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


def photo_credit(text: str) -> Hit | None:
    """A photo credit, alone or ending a caption: "Photo: Hau Dinh, AP", "... Austin.(Reuters)".

    >>> photo_credit("US Secretary of Defense Lloyd Austin.(Reuters)")
    Hit(reason='photo_credit', evidence='(Reuters)')
    >>> photo_credit("... calling for a ceasefire, news agency Reuters reported.") is None
    True
    """
    if len(text) <= MAX_CREDIT_CHARS and (CREDIT_LINE_RE.match(text) or AGENCY_LINE_RE.match(text)):
        return Hit("photo_credit", text.strip())
    # The credit is at the end: searching the tail, and only one with a credit's punctuation,
    # keeps long lines cheap.
    tail = text[-CREDIT_TAIL_CHARS:]
    if len(text) > MAX_CAPTION_CHARS or not CREDIT_MARK_RE.search(tail):
        return None
    if m := CAPTION_END_RE.search(tail):
        return Hit("photo_credit", m.group(0).strip())
    return None


def gallery_counter(text: str) -> Hit | None:
    """Gallery widgets: "Image 3 of 12", "Bildergalerie", "Enlarge this image", "Hide caption".

    >>> gallery_counter("Image 3 of 12")
    Hit(reason='gallery_widget', evidence='Image 3 of 12')
    >>> gallery_counter("Photo finish at Ascot") is None
    True
    """
    if len(text) <= MAX_LABEL_CHARS and GALLERY_RE.match(text):
        return Hit("gallery_widget", text.strip())
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


FILTERS = (photo_credit, gallery_counter, video_player)
