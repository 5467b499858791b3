"""A page title's parts: the headline, the site name and sections around it, a kicker.

Titles join the headline with the site's name and sections by separators ("Headline - Site",
"Site | Section | Headline"); a page may print the headline with a kicker that the title keeps
apart. find_headline() compares the page's lines with these parts.
"""

from __future__ import annotations

import regex

from newsclean.extract.head.description import keywords, norm, word_count
from newsclean.patterns import lazy_compile

TITLE_SEPARATOR_RE = lazy_compile(
    r"""
    \s+ (?: [|«»‹›·•~>] | :: | [-–—]{1,2} | : ) \s+  # "A - B", "A | B", "A « B", "A > site.de"
    | \s* [|｜] \s*                                   # a pipe needs no spaces: "SITE|Headline"
    """,
    regex.VERBOSE,
)
DOMAIN_RE = lazy_compile(r"\w\.(?:com|net|org|de|at|ch|eu|info|co|uk|fr|it|es|io|tv)\b", regex.I)
DATE_ONLY_RE = lazy_compile(r"^[\d./-]+$")
# Separators that may dangle at either end of a title, spaces included: not "?", "!" or "...".
DANGLING_SEPARATORS = " |｜«»‹›·•~>-–—:"
SITE_PART_RATIO = 3  # a first title part this many times shorter than another is a site name
MAX_KICKER_WORDS = 6  # words of a kicker glued to the headline in a printed repeat of the title
TITLE_PART_WORDS = 3  # a title part a kicker may stand before has this many words


MIN_STORY_WORDS = 3  # a part this long after a one-word label is the story...
LABEL_SEPARATORS = frozenset("|»«›‹·•>")  # ...when one of these follows the label


def title_segments(title: str) -> list[str]:
    """The parts of a title split at site-name separators.

    >>> title_segments("Is Football Violence a Crime? - WSJ")
    ['Is Football Violence a Crime?', 'WSJ']
    >>> title_segments("Ukraine war: Austin seeks ceasefire")
    ['Ukraine war: Austin seeks ceasefire']
    >>> title_segments("Heizjacken von Bosch -")
    ['Heizjacken von Bosch']
    """
    # a separator with nothing on one side is left over from an empty site name: "Headline -"
    title = title.strip().strip(DANGLING_SEPARATORS).strip()
    return [part.strip() for part in TITLE_SEPARATOR_RE.split(title) if part.strip()]


def _site_like(part: str, longest_words: int) -> bool:
    """A title part that names the site or section rather than the story."""
    if DOMAIN_RE.search(part) or DATE_ONLY_RE.match(part):
        return True
    return longest_words >= 4 and word_count(part) * SITE_PART_RATIO <= longest_words


def strip_site_name(title: str) -> str:
    """The headline part of a page title, without the site name and sections around it.

    Titles put the story first ("Headline - Site") far more often than last ("Site | Headline");
    the first part is kept unless it is a domain, a date or much shorter than another part.

    >>> strip_site_name("Beijing tariff demands may expand US-China trade deal | Deccan Herald")
    'Beijing tariff demands may expand US-China trade deal'
    >>> strip_site_name("Bundesrat - Textarchiv - Erinnerung an die Opfer der NS-Verbrechen")
    'Erinnerung an die Opfer der NS-Verbrechen'
    >>> strip_site_name("Ukraine war: Austin seeks 'immediate' ceasefire")
    "Ukraine war: Austin seeks 'immediate' ceasefire"
    """
    parts = title_segments(title)
    if not parts:
        return title.strip()
    longest = max(parts, key=word_count)
    if _site_like(parts[0], word_count(longest)) or _one_word_label(title, parts, longest):
        return longest
    return parts[0]


def _one_word_label(title: str, parts: list[str], longest: str) -> bool:
    """A first part of one word before a bar or a guillemet names the site or a section
    ("seelenradio » Nummer zwei: Leo", "Geschichte | Klänge des Verschweigens"). Before a colon
    it is the story's kicker ("Coronavirus: ..."), before a dash the story itself, followed by
    the author or the site ("Zeitphilosophie – Dr. Alexander Klier"): it stays.

    >>> _one_word_label("Geschichte | Klänge des Verschweigens",
    ...                 ["Geschichte", "Klänge des Verschweigens"], "Klänge des Verschweigens")
    True
    >>> _one_word_label("Zeitphilosophie – Dr. Alexander Klier",
    ...                 ["Zeitphilosophie", "Dr. Alexander Klier"], "Dr. Alexander Klier")
    False
    """
    if len(parts[0].split()) != 1 or word_count(longest) < MIN_STORY_WORDS:
        return False
    separator = TITLE_SEPARATOR_RE.search(title)
    return separator is not None and separator.group().strip() in LABEL_SEPARATORS


def after_kicker(line: str, title: str) -> str | None:
    """The title part a printed line ends with, when a kicker is glued on before it.

    Pages print a kicker and the headline in one heading ("Olympische Spiele in Paris Getränke
    per Schiff ins Stadtzentrum") that the title keeps apart ("Olympische Spiele in Paris -
    Getränke per Schiff ins Stadtzentrum - Site"). A line without a separator of its own that
    ends in one title part, after a few words sharing a keyword with the rest of the title, is
    that part.

    >>> after_kicker("Nach Corona-Lockerungen Autohäuser rechnen mit langsamem Anlaufen",
    ...              "Corona-Lockerungen: Autohäuser rechnen mit langsamem Anlaufen | MDR.DE")
    'Autohäuser rechnen mit langsamem Anlaufen'
    >>> title = "Vanlife in Schweden - Skandinavien im Wohnmobil | outdoor-magazin.com"
    >>> after_kicker("Vanlife in Schweden - Skandinavien im Wohnmobil", title) is None
    True
    """
    if TITLE_SEPARATOR_RE.search(line):
        return None
    text, parts = norm(line), title_segments(title)
    # "Corona-Lockerungen: Autohäuser ...": a kicker the title sets off with a colon, which a
    # line printing the kicker and the headline as one heading does not keep
    tails = parts + [part.split(": ", 1)[1] for part in parts if ": " in part and ":" not in line]
    for tail in tails:
        key = norm(tail)
        if word_count(tail) < TITLE_PART_WORDS or not text.endswith(f" {key}"):
            continue
        kicker = text[: -len(key)].strip()
        if len(kicker.split()) <= MAX_KICKER_WORDS and keywords(kicker) & (
            keywords(title) - keywords(tail)
        ):
            return tail
    return None
