"""Lists that continue an article: tour dates, a numbered countdown, a standings table.

The region finder weighs lines one by one, and a list item reads as chrome on its own: a few
words, a date, a name and some numbers. Below the article's last paragraph, though, a run of
items that all share a shape is the article going on in another form, whereas the page's
menus and link lists do not number their entries, do not date each one, and are not announced
by a sentence ending in a colon.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.patterns import WORD_RE, lazy_compile

# "1 Kyle Busch 5040", "2) Polistil 960574 ...", "10. Ray Gillen": the item's number, then a
# space, a dot or a bracket.
NUMBERED_RE = lazy_compile(r"^\W{0,3}(\d{1,3})(?:[.)]\s*|\s+)\S")
MARKED_RE = lazy_compile(r"^\W{0,3}\d{1,3}[.)]")  # "1. ", "2) ": an item's number, marked
MIN_ITEMS = 3  # fewer lines than this are not a list worth the risk
MAX_ITEM_WORDS = 25  # an item is a line, not a paragraph
MIN_ANNOUNCED_WORDS = 3  # an announced item says something: a menu link is a word or two
MAX_BETWEEN_NUMBERS = 2  # lines under a numbered item (its link, a caption) before the next one
MAX_BLANK_LINES = 1  # a list prints its items one a line, or with one blank line between
# ...or a few, where a picture stood: the numbers alone then say that the items go on
MAX_BLANK_LINES_NUMBERED = 3


def item_number(text: str) -> int | None:
    """The number a numbered list item opens with.

    >>> item_number("2) Polistil 960574 Pista Elettrica Sorpasso")
    2
    >>> item_number("10. Ray Gillen")
    10
    >>> item_number("2019 was a good year for the band.") is None
    True
    >>> item_number("Kyle Busch 5040") is None
    True
    """
    # A letter is a word character and no digit: a line that opens with one (most do) cannot
    # open with up to three non-word characters and a number, and is not matched at all.
    if text[:1].isalpha():
        return None
    m = NUMBERED_RE.match(text)
    return int(m.group(1)) if m else None


def _short(text: str) -> bool:
    return len(text.split()) <= MAX_ITEM_WORDS


def numbered_end(texts: Sequence[str]) -> int | None:
    """Index of the last item of the numbered list that opens ``texts``, counting up or down
    by one, with a line or two under each item; None if there is no such list.

    >>> numbered_end(["1 Kyle Busch 5040", "2 Martin Truex Jr. 5035", "3 Kevin Harvick", "Home"])
    2
    >>> numbered_end(["1) Lego", "http://amzn.to/x", "2) Polistil", "http://amzn.to/y",
    ...               "3) Thriller", "http://amzn.to/z", "Cookie policy", "Contact", "About"])
    5
    >>> numbered_end(["2019 in review", "2020 outlook", "2021 plans"]) is None
    True
    """
    first = item_number(texts[0]) if texts else None
    if first is None:
        return None
    step = 0
    last_number, last_item, items, since = first, 0, 1, 0
    for i, text in enumerate(texts[1:], start=1):
        if not _short(text):
            break
        number = item_number(text)
        expected = {last_number + 1, last_number - 1} if step == 0 else {last_number + step}
        if number is not None and number in expected:
            step = number - last_number
            last_number, last_item, items, since = number, i, items + 1, 0
            continue
        since += 1
        if since > MAX_BETWEEN_NUMBERS:
            break
    if items < MIN_ITEMS:
        return None
    # lines under the last item (its link) belong to it when the other items have them too
    under = last_item // (items - 1) - 1 if items > 1 else 0
    return min(last_item + max(under, 0), len(texts) - 1)


def opening(text: str) -> tuple[bool, ...] | None:
    """Which of a line's first two words are numbers, if one is: "June 9 – Tampa" opens with
    a word and a number, "13057 Berlin" with a number and a word.

    >>> opening("June 10 – Tampa, FL @ MIDFLORIDA Credit Union Amphitheatre")
    (False, True)
    >>> opening("Tierheim Berlin") is None
    True
    """
    shape = tuple(word.isdigit() for word in WORD_RE.findall(text)[:2])
    return shape if any(shape) else None


# "27 Oddest Medical Case Reports", "10 Strangest Medical Cases": a count, then words, is how
# teasers of listicles open; a dated item opens with its date ("June 9", "19.11.2019").
COUNT_FIRST = (True, False)


def dated_end(texts: Sequence[str]) -> int | None:
    """Index of the last line of the run of short lines that open alike with a number (dates,
    days) at the start of ``texts``; None if the run is shorter than a list. An address has
    numbers too, but its street, postcode and phone lines open each in its own way.

    >>> dated_end(["June 9 – West Palm Beach, FL", "June 10 – Tampa, FL",
    ...            "July 2 – Uncasville, CT", "Tickets on sale now"])
    2
    >>> dated_end(["Hausvaterweg 39", "13057 Berlin", "Telefon: 030 76888-0"]) is None
    True
    >>> dated_end(["27 Oddest Medical Case Reports", "10 Strangest Medical Cases",
    ...            "11 Weird Things People Have Swallowed"]) is None
    True
    """
    end = -1
    shape = opening(texts[0]) if texts else None
    if shape == COUNT_FIRST:
        return None
    for i, text in enumerate(texts):
        if shape is None or not _short(text) or opening(text) != shape:
            break
        end = i
    return end if end + 1 >= MIN_ITEMS else None


def announced_end(texts: Sequence[str]) -> int | None:
    """Index of the last line of a run of short lines: the list a sentence ending in a colon
    announced; None if the run is shorter than a list. Its items say something, a few words
    each: one or two are a menu's links ("Eurocash", "RSS", "ALERT").

    >>> announced_end(["Hundreds of tasks", "Dozens of questions", "Sex toys and fetishes",
    ...                "Challenges within a week"])
    3
    >>> announced_end(["Eurocash", "RSS", "ALERT"]) is None
    True
    """
    end = -1
    for i, text in enumerate(texts):
        if not _short(text) or len(WORD_RE.findall(text)) < MIN_ANNOUNCED_WORDS:
            break
        end = i
    return end if end + 1 >= MIN_ITEMS else None


MAX_LEAD_LINES = 3  # a heading, an intro sentence, a table's header row above the items


def _run(numbers: Sequence[int], gaps: Sequence[float], start: int, blanks: int) -> int:
    """Index of the last line joined to ``start`` by nothing but up to ``blanks`` blank lines
    at each step: no line a filter dropped."""
    end = start
    while (
        end + 1 < len(numbers)
        and gaps[end + 1] == 0
        and numbers[end + 1] - numbers[end] <= blanks + 1
    ):
        end += 1
    return end


def list_below(
    texts: Sequence[str], numbers: Sequence[int], gaps: Sequence[float], end: int
) -> int | None:
    """The index of the last item of a list that continues the article ending at ``end``
    (within a few lines, with no dropped line between), or None.

    ``numbers`` are the lines' positions on the page (blank lines make holes), ``gaps`` what
    region.main_text charges for the lines dropped before each one.

    >>> texts = ["Tour dates:", "June 9 – Tampa", "June 10 – Nashville", "July 2 – Toronto", "Home"]
    >>> list_below(texts, [1, 2, 3, 4, 6], [0, 0, 0, 0, 30], 0)
    3
    >>> list_below(["Last paragraph.", "Home", "News", "Sport"], [1, 3, 4, 5], [0] * 4, 0) is None
    True
    """
    # the run may end inside the list, a few items in, or right above it
    for start in range(max(end - MAX_LEAD_LINES, 1), end + MAX_LEAD_LINES + 2):
        if start >= len(texts) or (start > end and gaps[start] > 0):
            return None
        items = texts[start : _run(numbers, gaps, start, MAX_BLANK_LINES) + 1]
        spread = texts[start : _run(numbers, gaps, start, MAX_BLANK_LINES_NUMBERED) + 1]
        # a page's link lists are announced too ("Related coverage from ...:"): only items
        # printed one a line, as a list is, follow the colon
        tight = texts[start : _run(numbers, gaps, start, 0) + 1]
        announced = texts[start - 1].rstrip().endswith(":")
        found = (
            numbered_end(spread)
            or dated_end(items)
            or (announced_end(tight) if announced else None)
        )
        if found is not None and start + found > end:
            return start + found
    return None


def list_in_tail(texts: Sequence[str], above: str = "") -> int | None:
    """Where the list that the short lines ``texts`` at an article's end hold stops (the index
    of its last item), if a list opens within the first few of them; ``above`` is the line
    right above them, a sentence that may announce the list with a colon.

    >>> list_in_tail(["Pos. Driver Points", "1 Kyle Busch 5040", "2 Martin Truex 5035",
    ...               "3 Kevin Harvick 5033", "Tags: NASCAR"])
    3
    >>> list_in_tail(["Tags", "Share", "Print"]) is None
    True
    """
    for start in range(min(MAX_LEAD_LINES + 1, len(texts))):
        rest = texts[start:]
        announced = (texts[start - 1] if start else above).rstrip().endswith(":")
        found = (
            numbered_end(rest) or dated_end(rest) or (announced_end(rest) if announced else None)
        )
        if found is not None:
            return start + found
    return None


def numbered_items(texts: Sequence[str], numbers: Sequence[int], gaps: Sequence[float]) -> set[int]:
    """Indices of the lines of every numbered list on the page, with the lines under each item.

    >>> numbered_items(["Intro.", "1. Robert Plant", "2. Rob Halford", "3. Steven Tyler", "Home"],
    ...                [1, 3, 4, 5, 7], [0.0] * 5)
    {1, 2, 3}
    """
    found: set[int] = set()
    i = 0
    while i < len(texts):
        if item_number(texts[i]) is None:
            i += 1
            continue
        run = texts[i : _run(numbers, gaps, i, MAX_BLANK_LINES_NUMBERED) + 1]
        end = numbered_end(run)
        if end is None:
            i += 1
            continue
        found.update(range(i, i + end + 1))
        i += end + 1
    return found


def list_above(
    texts: Sequence[str], numbers: Sequence[int], gaps: Sequence[float], start: int
) -> int:
    """Where a run that starts inside a list should start: at the list's first item. A list
    here is lines printed one a line that open alike with a number (ingredients, dates).

    >>> texts = ["INGREDIENTS", "1 large whole chicken", "2 tablespoons vegetable oil",
    ...          "250 g minced lamb", "3 cubes chicken stock, soaked in water for an hour"]
    >>> list_above(texts, [1, 3, 4, 5, 6], [0.0] * 5, 4)
    1
    >>> list_above(texts, [1, 3, 5, 7, 9], [0.0] * 5, 4)
    4
    """
    # numbered items ("1. How to ...") count on their own (numbered_items); above a run they
    # are as often a list of the most read stories
    shape = None if MARKED_RE.match(texts[start]) else opening(texts[start])
    first = start
    while (
        shape is not None
        and first > 0
        and gaps[first] == 0
        and numbers[first] - numbers[first - 1] == 1
        and _short(texts[first - 1])
        and opening(texts[first - 1]) == shape
    ):
        first -= 1
    return first if start - first + 1 >= MIN_ITEMS else start
