"""Standfirst (description) detection, and the article-head cues it shares with the headline.

Lines are excerpts of real pages from the evaluation corpus (the hand-written seed page and the
Scrapinghub article-extraction benchmark), trimmed to the lines that matter.
"""

from __future__ import annotations

import sys

import pytest
import regex

from newsclean.extract.head.description import (
    find_description,
    is_breadcrumb,
    is_filler,
    is_name_line,
    looks_like_byline,
    looks_like_caption,
    looks_like_date_line,
    norm,
    word_count,
)
from newsclean.patterns import WORD_RE

SEED_HEADLINE = (
    "In first call with Russia's defence minister, US counterpart seeks 'immediate' Ukraine"
    " ceasefire"
)
SEED_STANDFIRST = (
    "Ukraine war: In a telephonic conversation with Russian defence minister Sergei Shoigu, US"
    " defence secretary Lloyd Austin also laid stress on the importance of maintaining lines of"
    " communication."
)
SEED_BODY = (
    "US Defence Secretary Lloyd Austin on Friday spoke to his Russian counterpart Sergei Shoigu,"
    " calling for an immediate ceasefire in war-hit Ukraine, news agency Reuters reported. Besides"
    " ceasefire, Austin is said to have stressed on the importance of maintaining lines of"
    " communication."
)
SEED_PAGE = [
    "world news",
    SEED_HEADLINE,
    SEED_STANDFIRST,
    "US Secretary of Defense Lloyd Austin.(Reuters)",
    "Published on May 13, 2022 09:16 PM IST",
    "ByHT News Desk | Written by Aryan Prakash",
    SEED_BODY,
]
WSJ_PAGE = [
    "Is Football Violence a Crime?",
    "NFL assaults have led to lawsuits before. But a prosecutor would have difficulty proving"
    " a charge in court.",
    "By",
    "Randy Maniloff",
    "Nov. 18, 2019 7:04 pm ET",
    "It was the shot to the head heard ’round the world.",
]


@pytest.mark.parametrize(
    ("lines", "headline_index", "expected"),
    [
        (SEED_PAGE, 1, (SEED_STANDFIRST, 2)),
        (WSJ_PAGE, 0, (WSJ_PAGE[1], 1)),
    ],
    ids=["seed-caption-date-byline", "byline-split-over-lines"],
)
def test_description_found(
    lines: list[str], headline_index: int, expected: tuple[str, int]
) -> None:
    found = find_description(lines, headline_index)
    assert found is not None
    assert (found.text, found.index) == expected


NOT_FOUND = [
    # a caption right under the headline, then the byline
    [SEED_HEADLINE, "US Secretary of Defense Lloyd Austin.(Reuters)", "By Natalie Musumeci"],
    # the byline comes first: what follows is the body
    [SEED_HEADLINE, "By Natalie Musumeci", "November 18, 2019 | 4:10pm", SEED_BODY],
    # a first paragraph with nothing setting it apart from the rest of the body
    [SEED_HEADLINE, SEED_BODY, SEED_BODY],
    # a variant of the headline printed under it
    [
        "Hingucker beim Flugplatzfest in Dessau: Zweite F13 kurz vor der Zulassung",
        "Hingucker beim Flugplatzfest: Zweite F13 kurz vor der Zulassung",
        "19.10.2019",
    ],
    # a line of article metadata
    [
        "Scherenschnitt (3)",
        "Veröffentlicht: 05.01.2020 | Autor: gnaddrig | Abgelegt unter: Canon Powershot S110,"
        " Fotografie | Tags: Abendhimmel, Gegenlicht, Silhouette",
        "05.01.2020",
    ],
]


@pytest.mark.parametrize(
    "lines", NOT_FOUND, ids=["caption", "byline", "body-paragraph", "headline-variant", "metadata"]
)
def test_description_not_found(lines: list[str]) -> None:
    assert find_description(lines, 0) is None


def test_description_stops_at_stop_index() -> None:
    assert find_description(SEED_PAGE, 1, stop_index=2) is None
    found = find_description(SEED_PAGE, 1, stop_index=4)
    assert found is not None
    assert found.index == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US Secretary of Defense Lloyd Austin.(Reuters)", True),
        ("Photo: Damian Dovarganes, AP", True),
        ("Enlarge Image Shutterstock", True),
        ("Reuters reported that the talks had stalled on Friday.", False),
        ("Photographers gathered outside the court on Monday.", False),
        (
            "The latest case of bubonic plague was reported after a hunter killed and ate a"
            " rabbitCredit: Getty - Contributor",
            True,
        ),
    ],
    ids=[
        "agency", "photo-prefix", "stock", "reuters-in-text", "photographers", "glued-credit",
    ],
)
def test_looks_like_caption(text: str, expected: bool) -> None:
    assert looks_like_caption(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Natalie Musumeci", True),
        ("ByHT News Desk | Written by Aryan Prakash", True),
        ("Posted on Maret 30, 2015 by Admin", True),
        ("Bystanders filmed the rescue on their phones.", False),
        ("by the numbers", False),
    ],
    ids=["by", "glued-by", "posted-by", "bystanders", "lowercase-phrase"],
)
def test_looks_like_byline(text: str, expected: bool) -> None:
    assert looks_like_byline(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published on May 13, 2022 09:16 PM IST", True),
        ("sexta-feira, 22 de outubro de 2010 às 20:13", True),
        ("23.01.2022", True),
        ("Updated 1:39 am EST, Wednesday, November 20, 2019", True),
        ("May the best team win", False),
        ("Nadal keeps Spain alive against Russia in Davis Cup Finals", False),
    ],
    ids=["published", "portuguese", "dotted", "updated", "may-verb", "headline"],
)
def test_looks_like_date_line(text: str, expected: bool) -> None:
    assert looks_like_date_line(text) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("*", True),
        ("X Share via", True),
        ("Share permalink", True),
        ("Facebook", True),
        ("Shares fall as Home Depot misses estimates", False),
        ("Economy & Business", False),
    ],
    ids=["bullet", "share-via", "permalink", "social", "headline", "section"],
)
def test_is_filler(line: str, expected: bool) -> None:
    assert is_filler(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tom Krisher, Ap Auto Writer", True),
        ("By Natalie Musumeci", True),
        ("Suzanne Gamboa", True),
        ("Alibaba to raise up to $12.9bn in landmark Hong Kong listing", False),
        ("Michael Mina opening Lake Tahoe restaurant", False),
    ],
    ids=["name-and-job", "by-line", "bare-name", "headline", "headline-with-a-name"],
)
def test_is_name_line(line: str, expected: bool) -> None:
    assert is_name_line(line) is expected


@pytest.mark.parametrize(
    "line",
    [
        "Fact Check: Is An 'Oxygen Bar' Offering Air?",
        "US_Politics -- 12 comments, 3,400 views (updated 9:01AM)",
        "Der Nervenkrieg um den Brexit geht in die nächste Runde",
        "Hong Kong’s “chaos” – día 3",
        "香港の混乱が続く 3 days",
    ],
    ids=["ascii", "ascii-marks", "german", "curly-quotes", "cjk"],
)
def test_norm_and_word_count_read_the_words_of_word_re(line: str) -> None:
    # ASCII lines are read with the standard engine: the same words as WORD_RE's
    words = WORD_RE.findall(line.casefold())
    assert norm(line) == " ".join(words)
    assert word_count(line) >= len(words)
    if line.isascii():
        assert word_count(line) == len(words)


def test_only_ascii_letters_match_a_caseless_by() -> None:
    # looks_like_byline() skips its "by" patterns on a line whose lowercase holds no "by"
    by_letter = regex.compile(r"(?i:[by])")
    found = [chr(c) for c in range(sys.maxunicode + 1) if by_letter.fullmatch(chr(c))]
    assert found == ["B", "Y", "b", "y"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posted by Jane Doe", True),
        ("Story written BY Tom Krisher", True),
        ("Posted on March 30, 2015 by Admin", True),
        ("Man bitten by Shark", False),
        ("Nearby towns brace for the storm", False),
    ],
    ids=["posted-by", "written-by-capitals", "trailing-by-dated", "trailing-by-undated", "nearby"],
)
def test_looks_like_byline_after_a_verb_or_a_date(text: str, expected: bool) -> None:
    assert looks_like_byline(text) is expected


def test_case_folding_keeps_word_characters_apart() -> None:
    # norm() folds a line's words rather than the line: the same when folding maps every
    # character of a word (WORD_RE) to word characters only, and every other one to others only
    changed = (chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    mixed = [
        c for c in changed
        if c.casefold() != c
        and any(bool(WORD_RE.fullmatch(f)) != bool(WORD_RE.fullmatch(c)) for f in c.casefold())
    ]
    assert mixed == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Home / World News / In first call with Russia's defence minister", True),
        ("Startseite › Service › Textarchiv", True),
        ("You are here: News", True),
        ("Homeowners brace for another rate rise", False),
        ("Storm hits the coast tonight", False),
    ],
    ids=["slashes", "chevrons", "you-are-here", "home-word", "headline"],
)
def test_is_breadcrumb(line: str, expected: bool) -> None:
    assert is_breadcrumb(line) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dezember 2019", True),
        ("Posted on March 30, 2015 by Admin", True),
        ("Published in March by the Times", False),
        ("Updated on Tuesday at noon", False),
    ],
    ids=["month-year", "posted-on", "month-no-digit", "updated-no-digit"],
)
def test_looks_like_date_line_needs_a_digit(text: str, expected: bool) -> None:
    assert looks_like_date_line(text) is expected
