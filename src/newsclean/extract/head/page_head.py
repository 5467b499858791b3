"""The article head: what a headline line looks like and what follows it.

A headline is a short line (not a date, byline, URL or caption) followed closely by an article
head: a byline, a date line, the first long paragraph. head_cues() measures that; walk_up()
moves from a standfirst or subtitle to the headline printed above it. A page without a title
line is ranked on these by page_rank.py.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
from collections.abc import Callable, Collection, Iterator, Sequence

import regex

from newsclean.extract.head.description import (
    CACHED_LINES,
    is_breadcrumb,
    keywords,
    looks_like_byline,
    looks_like_caption,
    looks_like_date_line,
    norm,
    word_count,
)
from newsclean.filters import FAMILIES
from newsclean.gates.gate import Gate
from newsclean.patterns import BY_WORDS, WORD_RE, lazy_compile

# "...simple." and a quoted sentence ('...zu sein."'), but not "U.S." or "..."
FULL_STOP_END_RE = lazy_compile(r"(?<![.…]|\b\p{Lu})\.[\"'“”’»«]?$")
LONG_PARAGRAPH_WORDS = 25
MAX_HEADLINE_WORDS = 40
MAX_DATE_LINE_WORDS = 12  # a longer line naming a day is a headline ("... el 18 de mayo")
HEAD_WINDOW_LINES = 6
MIN_HEAD_CUES = 1.0  # head_cues() a line needs to be taken for a headline without a title
MIN_HEAD_WORDS = 4  # shorter lines are more often menu entries than headlines...
SHORT_PENALTY = 0.3  # ...so they lose this much of their head_cues()
SENTENCE_WORDS = 10  # a line this long ending in a full stop reads as a standfirst...
SENTENCE_PENALTY = 0.5  # ...and loses this much
BYLINE_WEIGHT = 1.5  # a byline marks an article head more surely than a date or a paragraph
STANDFIRST_WORDS = 20  # a line this long under a headline-shaped line is its standfirst
TITLE_CASE_SHARE = 0.7  # words capitalised in a title-case headline ...
SENTENCE_CASE_SHARE = 0.35  # ... and at most in a sentence-case standfirst under it
# A line of links or of a title's parts: walk_up() does not climb onto it from a headline.
LINK_LIST_RE = lazy_compile(
    r"""
    \s [|,] \s    # "Posted in Brookhaven , DeKalb , News": links a layout copy spaces apart;
                  # "Best Cheap Homemade Halloween Costumes | 2020": a <title>-like heading
    | ^ /         # "/ Noticias Información basada en hechos ...": a trail's tail
    """,
    regex.VERBOSE,
)
NUMBERED_RE = lazy_compile(r"^\d{1,2}[.)]\s")  # "3. Title": an item of a list or breadcrumb
# "by ライトハウス国際特許事務所 ／ 2016.12.01": "by" and a date frame a name looks_like_byline()
# cannot read (another script, a company)
BY_WORD_RE = lazy_compile(rf"^{BY_WORDS}\b", regex.IGNORECASE)
NUMERIC_DATE_RE = lazy_compile(
    r"""
    \b (?: \d{4} [./-] \d{1,2} [./-] \d{1,2}     # 2016.12.01, 2019-11-18
        | \d{1,2} [./-] \d{1,2} [./-] \d{4} ) \b  # 01.12.2016, 11/18/2019
    """,
    regex.VERBOSE,
)
# Families whose lines never head an article (structure's stamps need the page around them).
CHROME_FAMILIES = frozenset(
    {"navigation", "prompts", "social", "ads", "media", "related", "tags", "comments", "bios",
     "legal"}
)
# A chrome filter with its gate (None: none), the gate asked first, as a filter pass asks it: a
# filter whose gate a line does not pass cannot hit it, and its patterns need not be compiled.
ChromeFilter = tuple[Callable[[str], object], Gate | None]
# Every chrome family's filters by step name ("family.function"), in pipeline order.
CHROME_STEPS: tuple[tuple[str, ChromeFilter], ...] = tuple(
    (f"{name}.{f.__name__}", (f, getattr(module, "GATES", {}).get(f)))
    for name, module in FAMILIES
    if name in CHROME_FAMILIES
    for f in module.FILTERS
)
CHROME_FILTERS = tuple(chrome for _, chrome in CHROME_STEPS)
# The filters the chrome test asks on the page being cleaned: those of the pipeline that runs it
# (see ``chrome_filters``), so that a filter a pipeline leaves out (``--skip``, an ablation) is
# no chrome test either.
_CHROME_NOW: contextvars.ContextVar[tuple[ChromeFilter, ...]] = contextvars.ContextVar(
    "chrome_filters", default=CHROME_FILTERS
)
MAX_CHROME_CHECKS = 5  # best-ranked candidates checked for chrome before giving up
FIRST_LINE_REPEAT_WINDOW = 400  # lines searched for a repeat of the first line
# A line of one or two keywords ("Die TennisBase", "Apoie o 247 ICL") shares them with the
# article by chance: its likeness is counted as if it had this many.
MIN_LIKENESS_KEYWORDS = 3


def _first(lines: Sequence[str], start: int, test: Callable[[str], bool]) -> int | None:
    """Distance (1-based) from ``start`` to the first line in the window that passes ``test``."""
    for distance, line in enumerate(lines[start + 1 : start + 1 + HEAD_WINDOW_LINES], 1):
        if test(line):
            return distance
    return None


@functools.lru_cache(maxsize=CACHED_LINES)
def is_paragraph(text: str) -> bool:
    """A line long enough to be a paragraph of the article.

    >>> is_paragraph("word " * 30)
    True
    >>> is_paragraph("Storm hits coast")
    False
    """
    return word_count(text) >= LONG_PARAGRAPH_WORDS


def head_cues(lines: Sequence[str], index: int) -> float:
    """How closely the lines after ``index`` look like an article head.

    Each cue (a date line, a byline, a long paragraph) adds ``weight / distance``, so a headline
    right above its byline outranks the menu line above the headline.

    >>> head_cues(["Title", "By Jane Doe", "May 2, 2020", "Long " * 30], 0)
    2.3333333333333335
    >>> head_cues(["Home", "News", "Sport"], 0)
    0.0
    """
    total = 0.0
    for test, weight in HEAD_CUE_WEIGHTS:
        distance = _first(lines, index, test)
        if distance is not None:
            total += weight / distance
    return total


HEAD_CUE_WEIGHTS: tuple[tuple[Callable[[str], bool], float], ...] = (
    (looks_like_date_line, 1.0),
    (looks_like_byline, BYLINE_WEIGHT),
    (is_paragraph, 1.0),
)


def shape_flags(text: str) -> tuple[bool, bool]:
    """Whether a candidate line is menu-short, and whether it reads like a sentence.

    >>> shape_flags("Home"), shape_flags("Storm hits the coast tonight")
    ((True, False), (False, False))
    """
    words = word_count(text)
    return words < MIN_HEAD_WORDS, words >= SENTENCE_WORDS and bool(FULL_STOP_END_RE.search(text))


def shape_penalty(text: str) -> float:
    """What a candidate line loses for being menu-short or reading like a sentence.

    >>> shape_penalty("Home"), shape_penalty("Storm hits the coast tonight")
    (0.3, 0.0)
    """
    short, sentence = shape_flags(text)
    penalty = 0.0
    if short:
        penalty += SHORT_PENALTY
    if sentence:
        penalty += SENTENCE_PENALTY
    return penalty


def head_rank(lines: Sequence[str], index: int) -> float:
    """head_cues() of a candidate line, less its shape_penalty()."""
    return head_cues(lines, index) - shape_penalty(lines[index])


# Printed headlines run to about 25 words at most; one that long ending in a full stop is prose.
MAX_SENTENCE_HEADLINE_WORDS = 22
SENTENCE_STOP_RE = lazy_compile(r"\p{Ll}[.!]\s*$")


def is_headline_shaped(text: str) -> bool:
    """A line that could be a headline: a few words, not a (short) date line, byline or URL.

    >>> is_headline_shaped("Chinese hunter catches bubonic plague after eating wild rabbit")
    True
    >>> is_headline_shaped("Posted on March 30, 2015 by Admin")
    False
    >>> is_headline_shaped("Russia's forces said on Friday that the bridge was destroyed after a "
    ...                    "long fight near the river, officials said in a statement.")
    False
    """
    words = word_count(text)
    if not 2 <= words <= MAX_HEADLINE_WORDS or len(text) < 12:
        return False
    if words > MAX_SENTENCE_HEADLINE_WORDS and SENTENCE_STOP_RE.search(text):
        return False  # a long sentence with its full stop is a paragraph or standfirst
    if "://" in text or text.startswith("www.") or text.endswith(":"):
        return False
    dated = looks_like_date_line(text) and words <= MAX_DATE_LINE_WORDS and not _asks(text)
    return not (dated or looks_like_byline(text) or _dated_byline(text))


def _asks(text: str) -> bool:
    """A line ending in a question or exclamation mark: a headline even when it names a day.

    Date lines state ("Updated 1:39 am, November 20, 2019"); a line that asks or exclaims is a
    headline about a dated thing ("Bericht zur Coronalage vom 22.04.2020 – worauf wartet die
    Politik?").

    >>> _asks("Bericht zur Coronalage vom 22.04.2020 – worauf wartet die Politik?")
    True
    >>> _asks("Gunter Frank / 22.04.2020 / 06:15 / Foto: Achgut.com / 150 /")
    False
    """
    return text.rstrip().endswith(("?", "!"))


def _dated_byline(text: str) -> bool:
    """A line opened by the word "By" (in a few languages) that carries a numeric date.

    >>> _dated_byline("by ライトハウス国際特許事務所 ／ 2016.12.01")
    True
    >>> _dated_byline("By the numbers: the 2019 season in review")
    False
    """
    return BY_WORD_RE.match(text) is not None and NUMERIC_DATE_RE.search(text) is not None


def contains(outer: str, inner: str) -> bool:
    """Whether ``inner`` occurs in ``outer`` as whole words (both normalised).

    >>> contains("storm hits coast", "hits coast")
    True
    >>> contains("storm hits coast", "its coast")
    False
    """
    return bool(inner) and f" {inner} " in f" {outer} "


def walk_up(
    lines: Sequence[str], index: int, start: int, opening: frozenset[str] = frozenset()
) -> int:
    """Move from a standfirst, subtitle or author line up to the headline printed above it.

    ``opening`` holds the article's opening keywords when the caller knows them (see
    _kicker_like()).

    >>> walk_up(["Home", "Storm hits the coast tonight", "Winds of 100 km/h are expected."], 2, 0)
    1
    >>> walk_up(["Home", "Storm hits the coast tonight", "By Lois Lane"], 1, 0)
    1
    """
    while index > start:
        above, here = lines[index - 1], lines[index]
        if not could_head(above) or word_count(above) < MIN_HEAD_WORDS:
            break
        if NUMBERED_RE.match(above) or contains(norm(above), norm(here)):
            break  # "3. Title" above "Title": a breadcrumb's last item, not a kicker
        if contains(norm(here), norm(above)):
            break  # "Instagram arbeitet an neuer..." above the headline: a breadcrumb cut short
        standfirst = (
            FULL_STOP_END_RE.search(here) is not None
            or word_count(here) >= STANDFIRST_WORDS
            or _title_over_sentence_case(above, here)
        )
        if not (standfirst or looks_like_byline(here) or _kicker_like(above, here, opening)):
            break
        if LINK_LIST_RE.search(above):
            break  # "Artikel , Unsere Forschung , Veranstaltungen": links, not a headline
        if page_chrome(above):
            break  # "Posted in Brookhaven, DeKalb, News", "© 2020 Static Media"
        index -= 1
    return index


def _kicker_like(above: str, here: str, opening: frozenset[str]) -> bool:
    """Whether the line above is the headline over a subtitle, not a promo over the headline.

    A headline and its subtitle speak of one story: they share a keyword ("Ideen für den
    Kindergeburtstag" over "Ideen für einen unvergesslichen Geburtstag"), or the line above is
    longer and at least as close to the article's opening as the line below, or shorter and
    closer ("Militares enviaram 88 questões ao TSE sobre eleições e urnas eletrônicas" over its
    longer subtitle "Questionamentos repetem o discurso bolsonarista de desconfiança ...").
    A site's tagline or a teaser above the headline is neither ("Das Filana-Team sorgt rund um
    die Uhr für die Zufriedenheit ihrer Kunden!" over "Villachs „Meister Proper“ expandiert nach
    Wien").

    >>> _kicker_like("Daily Deals: More Black Friday Deals Are Live, Including PS4 DualShock",
    ...              "Black Friday is Next Week, But Several Deals Go Live Today", frozenset())
    True
    >>> _kicker_like("Das Filana-Team sorgt rund um die Uhr für die Zufriedenheit ihrer Kunden!",
    ...              "Villachs „Meister Proper“ expandiert nach Wien", frozenset({"wien"}))
    False
    """
    above_words, here_words = keywords(above), keywords(here)
    if above_words & here_words:
        return True
    if not opening:
        return False
    above_like, here_like = body_likeness(above, opening), body_likeness(here, opening)
    # a subtitle is often longer than its headline: a shorter line above must be the closer one
    if word_count(above) < word_count(here):
        return above_like > here_like
    return above_like >= here_like


def body_likeness(text: str, words: frozenset[str]) -> float:
    """Share of a line's keywords found in ``words`` (an article's opening), in [0, 1].

    A line with fewer than MIN_LIKENESS_KEYWORDS keywords counts as having that many.

    >>> body_likeness("Storm hits the coast", frozenset({"storm", "coast", "winds"}))
    0.6666666666666666
    >>> body_likeness("Skip to main content", frozenset({"storm", "coast", "winds"}))
    0.0
    >>> body_likeness("Storm coast", frozenset({"storm", "coast", "winds"}))
    0.6666666666666666
    """
    own = keywords(text)
    return len(own & words) / max(len(own), MIN_LIKENESS_KEYWORDS)


def _title_over_sentence_case(above: str, here: str) -> bool:
    """A headline in title case over a standfirst in sentence case ("Video Shows Dramatic ...")."""
    return capital_share(above) >= TITLE_CASE_SHARE and capital_share(here) < SENTENCE_CASE_SHARE


def capital_share(text: str) -> float:
    """Share of a line's words that start with a capital letter.

    >>> capital_share("Video Shows Dramatic Rescue of Kidnapped Girl")
    0.8571428571428571
    """
    words = WORD_RE.findall(text)
    return sum(1 for w in words if w[:1].isupper()) / len(words) if words else 0.0


@functools.lru_cache(maxsize=CACHED_LINES)
def could_head(text: str) -> bool:
    """A headline-shaped line that is not a paragraph, a photo caption or a breadcrumb.

    >>> could_head("Chinese hunter catches bubonic plague after eating wild rabbit")
    True
    >>> could_head("Home > News > World")
    False
    """
    if is_paragraph(text) or not is_headline_shaped(text) or looks_like_caption(text):
        return False
    return not is_breadcrumb(text)


def page_chrome(text: str) -> bool:
    """A line some filter family drops: "Send Us a Tip", a browser notice, "Close this search box".

    Such lines sit above bylines too; only the best-ranked candidates are checked, since every
    family's filters cost more than the ranking.
    """
    return is_address(text) or any(
        f(text) for f, gate in _CHROME_NOW.get() if gate is None or gate.admits(text)
    )


@contextlib.contextmanager
def chrome_filters(steps: Collection[str]) -> Iterator[None]:
    """Within the block, page_chrome() asks only the chrome families' filters named in
    ``steps`` (the step names of the pipeline running).

    >>> page_chrome("Story continues below advertisement")
    True
    >>> with chrome_filters({"navigation.menu_label"}):
    ...     page_chrome("Story continues below advertisement")
    False
    """
    token = _CHROME_NOW.set(tuple(chrome for name, chrome in CHROME_STEPS if name in steps))
    try:
        yield
    finally:
        _CHROME_NOW.reset(token)


def is_address(text: str) -> bool:
    """An address alone on its line, an e-mail or a link: a contact box, never a headline.

    >>> is_address("info@energieverbraucher.de"), is_address("Storm hits coast @ 5pm")
    (True, False)
    """
    text = text.strip()
    if not text or " " in text:
        return False
    return "://" in text or "www." in text or ("." in text.rpartition("@")[2] and "@" in text)


def first_line_recurs(lines: Sequence[str]) -> bool:
    """Whether the first line is printed again (up to case and punctuation): a <title>.

    >>> first_line_recurs(["Storm hits the coast | Planet", "Home", "Storm Hits the Coast, Planet"])
    True
    >>> first_line_recurs(["Home", "News", "Home"])
    False
    """
    key = norm(lines[0])
    return len(key.split()) >= MIN_HEAD_WORDS and any(
        norm(text) == key for text in lines[1:FIRST_LINE_REPEAT_WINDOW]
    )


def list_item_text(lines: Sequence[str], index: int) -> str:
    """A line's text without its number when it is an item of a numbered list.

    A breadcrumb printed as a numbered list ends with the page's own headline ("1. Startseite",
    "2. Service", "3. Archiv", "4. Textarchiv", "5. Erinnerung an die Opfer der NS-Verbrechen"):
    the number, one more than the item's above, is the list's, not the headline's. Other
    numbers stay: "1. FC Köln siegt" names a club, and "15. Zukunftsforum Ländliche Entwicklung"
    under the breadcrumb's "4. 15. Zukunftsforum ..." counts the forums.

    >>> list_item_text(["1. Startseite", "2. Erinnerung an die Opfer der NS-Verbrechen"], 1)
    'Erinnerung an die Opfer der NS-Verbrechen'
    >>> list_item_text(["Sport", "1. FC Köln siegt in Mainz"], 1)
    '1. FC Köln siegt in Mainz'
    >>> list_item_text(["4. 15. Zukunftsforum", "15. Zukunftsforum Ländliche Entwicklung"], 1)
    '15. Zukunftsforum Ländliche Entwicklung'
    """
    text = lines[index].strip()
    number = NUMBERED_RE.match(text)
    before = NUMBERED_RE.match(lines[index - 1].strip()) if index else None
    if number is None or before is None or _item_number(before) + 1 != _item_number(number):
        return text
    return text[number.end() :].strip()


def _item_number(found: regex.Match[str]) -> int:
    return int(found.group().strip().rstrip(".)"))
