"""Find the headline among a page's text lines.

Three signals are combined, by agreement rather than by position alone:

* the HTML ``<title>`` that html-text and inscriptis print as the first line, usually with the
  site name around a separator (``Headline - Site``, ``Site | Headline``, ``Headline « Site``);
* the headline printed again as its own line in the page (exactly, or differing in case,
  punctuation, a kicker or a truncation ``…``);
* the article head: the headline sits above the standfirst, the byline and the date line.

A repeat of the title that agrees with the article head wins; a title with no repeat gives its
text without the site name; a page without a title line (a browser copy) is read from the
article head alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

TITLE_SEPARATOR_RE = regex.compile(
    r"""
    \s+ (?: [|«»‹›·•~] | :: | [-–—]{1,2} | : ) \s+   # "A - B", "A | B", "A « B", "A : B"
    | \s* [|｜] \s*                                   # a pipe needs no spaces: "SITE|Headline"
    """,
    regex.VERBOSE,
)
WORD_RE = regex.compile(r"\w+")
ELLIPSIS_RE = regex.compile(r"(?:…|\.{3})\s*$")
BREADCRUMB_RE = regex.compile(
    r"""
    (?: \s (?: / | > | » | › | \\ ) \s )   # "Home / World News / ..."
    | ^ (?: home | start(?:seite)? | inicio | accueil ) \b   # "Home News Business ..."
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
MONTHS = (
    r"jan(?:uary|uar|vier|eiro)?|feb(?:ruary|ruar)?|févr(?:ier)?|fev(?:ereiro)?|mar(?:ch|s|zo|ço)?"
    r"|märz|apr(?:il|ile)?|avr(?:il)?|abr(?:il)?|may|mai|mayo|maio|maggio|jun(?:e|i|io|ho)?|juin"
    r"|jul(?:y|i|io|ho)?|juil(?:let)?|aug(?:ust)?|ago(?:sto)?|août|sep(?:t|tember|tembre|tiembre)?"
    r"|set(?:embro)?|oct(?:ober|obre|ubre)?|okt(?:ober)?|out(?:ubro)?|ott(?:obre)?"
    r"|nov(?:ember|embre|iembre|embro)?|dec(?:ember)?|dez(?:ember|embro)?|déc(?:embre)?"
    r"|dic(?:iembre|embre)?"
)
DATE_LINE_RE = regex.compile(
    rf"""
    \b (?: {MONTHS} ) \.? \s+ \d{{1,4}} \b          # "Nov 19, 2019", "May 2022"
    | \b \d{{1,2}} (?: \. | \s+ de )? \s+ (?: {MONTHS} ) \b   # "12 May", "22 de outubro"
    | \b \d{{1,2}} [./] \d{{1,2}} [./] \d{{2,4}} \b  # "23.01.2022", "27/09/2018"
    | \b \d{{4}} - \d{{2}} - \d{{2}} \b             # "2019-11-19"
    | \b (?: published | updated | posted | veröffentlicht | aktualisiert | publié )
      (?: \s+ (?: on | at | am ) )? \s* :? \s* \d   # "Published on 12 ..."
    | \b \d{{1,2}} : \d{{2}} \s* (?: [ap]\.?m\.? | uhr | h ) \b   # "9:02 AM", "20:13 Uhr"
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
BYLINE_RE = regex.compile(
    r"""
    ^ (?: by | von | por | par | di | door | av | af | written \s+ by | author :? | autor :? )
      \s* \p{Lu}                                   # "By Jane Doe", "ByHT News Desk"
    | \b (?: written | posted | reported ) \s+ by \s+ \p{Lu}
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
LONG_PARAGRAPH_WORDS = 25
MAX_HEADLINE_WORDS = 40
HEAD_WINDOW_LINES = 6


@dataclass(frozen=True, slots=True)
class HeadlineFound:
    """The headline, where it was found and by which rule."""

    text: str  # as printed, site name removed
    index: int | None  # index in ``lines`` of the headline line in the body, if any
    title_index: int | None  # index of the <title>-like line it came from or agreed with
    rule: str  # "title_repeat", "title_only", "above_byline", ...


def norm(text: str) -> str:
    """Case-folded word tokens joined by single spaces: how headlines are compared.

    >>> norm("Fact Check: Is An 'Oxygen Bar' Offering Air?")
    'fact check is an oxygen bar offering air'
    >>> norm("—|—")
    ''
    """
    return " ".join(WORD_RE.findall(text.casefold()))


def word_count(text: str) -> int:
    """Number of words, counting each CJK character as one.

    >>> word_count("Hong Kong chaos")
    3
    >>> word_count("")
    0
    """
    cjk = len(regex.findall(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]", text))
    return len(WORD_RE.findall(text)) + cjk // 2


def title_segments(title: str) -> list[str]:
    """The parts of a title split at site-name separators.

    >>> title_segments("Is Football Violence a Crime? - WSJ")
    ['Is Football Violence a Crime?', 'WSJ']
    >>> title_segments("Ukraine war: Austin seeks ceasefire")
    ['Ukraine war: Austin seeks ceasefire']
    """
    return [part.strip() for part in TITLE_SEPARATOR_RE.split(title) if part.strip()]


def strip_site_name(title: str) -> str:
    """The headline part of a page title: its longest part between site-name separators.

    >>> strip_site_name("Beijing tariff demands may expand US-China trade deal | Deccan Herald")
    'Beijing tariff demands may expand US-China trade deal'
    >>> strip_site_name("Ukraine war: Austin seeks 'immediate' ceasefire")
    "Ukraine war: Austin seeks 'immediate' ceasefire"
    """
    parts = title_segments(title)
    if not parts:
        return title.strip()
    return max(parts, key=lambda part: (len(norm(part)), -parts.index(part)))


def looks_like_date_line(text: str) -> bool:
    """A short line that carries a date or a time ("Nov 19, 2019", "Published 12 May").

    >>> looks_like_date_line("Updated 1:39 am EST, Wednesday, November 20, 2019")
    True
    >>> looks_like_date_line("Nadal keeps Spain alive against Russia in Davis Cup Finals")
    False
    """
    return word_count(text) <= 16 and DATE_LINE_RE.search(text) is not None


def looks_like_byline(text: str) -> bool:
    """A short line naming the author ("By Jane Doe", "Written by ...").

    >>> looks_like_byline("By Natalie Musumeci")
    True
    >>> looks_like_byline("Bystanders filmed the rescue on their phones.")
    False
    """
    return word_count(text) <= 16 and BYLINE_RE.search(text) is not None


def head_score(lines: Sequence[str], index: int) -> int:
    """How much the lines after ``index`` look like an article head (standfirst, byline, date).

    >>> head_score(["Title", "By Jane Doe", "May 2, 2020", "Long " * 30], 0)
    3
    >>> head_score(["Home", "News", "Sport"], 0)
    0
    """
    window = lines[index + 1 : index + 1 + HEAD_WINDOW_LINES]
    date = any(looks_like_date_line(line) for line in window)
    byline = any(looks_like_byline(line) for line in window)
    paragraph = any(word_count(line) >= LONG_PARAGRAPH_WORDS for line in window)
    return int(date) + int(byline) + int(paragraph)


def is_headline_shaped(text: str) -> bool:
    """A line that could be a headline: a few words, not a date, byline or URL.

    >>> is_headline_shaped("Chinese hunter catches bubonic plague after eating wild rabbit")
    True
    >>> is_headline_shaped("Posted on Maret 30, 2015 by Admin")
    False
    """
    words = word_count(text)
    if not 2 <= words <= MAX_HEADLINE_WORDS or len(text) < 12:
        return False
    if "://" in text or text.startswith("www.") or text.endswith(":"):
        return False
    return not (looks_like_date_line(text) or looks_like_byline(text))


def _contains(outer: str, inner: str) -> bool:
    return bool(inner) and f" {inner} " in f" {outer} "


def repeat_quality(line: str, title: str) -> int:
    """How well a page line repeats the title: 4 exact, 3 truncated, 2 kicker or part, 0 none.

    Parts of the title split at separators count, as long as they keep its longest part,
    so that "Headline" repeats "Headline - Site" but the line "Site" does not.

    >>> repeat_quality("Is Football Violence a Crime?", "Is Football Violence a Crime? - WSJ")
    4
    >>> repeat_quality("WSJ", "Is Football Violence a Crime? - WSJ")
    0
    """
    parts = title_segments(title)
    core = norm(strip_site_name(title))
    text = norm(line)
    if not core or not text:
        return 0
    spans = {
        norm(" ".join(parts[i:j])) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)
    }
    if text in {span for span in spans if _contains(span, core)}:
        return 4
    if ELLIPSIS_RE.search(strip_site_name(title)) and text.startswith(core):
        return 3
    if ELLIPSIS_RE.search(line) and len(text) >= 20 and core.startswith(text):
        return 3
    if BREADCRUMB_RE.search(line):
        return 0
    if _contains(text, core) and len(text.split()) <= len(core.split()) + 8:
        return 2
    if _contains(core, text) and len(text.split()) >= max(3, 0.6 * len(core.split())):
        return 2
    return 0


def _best_repeat(lines: Sequence[str], title: str, start: int) -> tuple[int, int] | None:
    """Index and quality of the line that best repeats ``title``, the article head breaking ties."""
    best: tuple[int, int, int] | None = None
    for i in range(start, len(lines)):
        quality = repeat_quality(lines[i], title)
        if not quality:
            continue
        key = (quality, head_score(lines, i), -i)
        if best is None or key > best:
            best = key
    return None if best is None else (-best[2], best[0])


def _article_head(lines: Sequence[str], start: int) -> int | None:
    """Index of the headline-shaped line most clearly followed by an article head."""
    best: tuple[int, int] | None = None
    for i in range(start, len(lines)):
        if not is_headline_shaped(lines[i]):
            continue
        score = head_score(lines, i)
        if score >= 2 and (best is None or score > best[0]):
            best = (score, i)
    return None if best is None else best[1]


def find_headline(lines: Sequence[str], *, has_title_line: bool = True) -> HeadlineFound | None:
    """The headline of a page given as its non-blank lines.

    >>> page = ["Storm hits coast | Daily Planet", "Home", "Storm hits coast", "By Lois Lane"]
    >>> find_headline(page)
    HeadlineFound(text='Storm hits coast', index=2, title_index=0, rule='title_repeat')
    >>> find_headline(["Home", "News"], has_title_line=False) is None
    True
    """
    if not lines:
        return None
    if has_title_line and norm(lines[0]):
        title = lines[0]
        repeat = _best_repeat(lines, title, 1)
        if repeat is not None:
            return HeadlineFound(lines[repeat[0]].strip(), repeat[0], 0, "title_repeat")
        return HeadlineFound(strip_site_name(title), None, 0, "title_only")
    head = _article_head(lines, 0)
    if head is None:
        return None
    return HeadlineFound(lines[head].strip(), head, None, "above_byline")
