"""Lists that continue an article below its last paragraph (lines from the dev corpus)."""

from __future__ import annotations

import pytest

from newsclean.region.lists import (
    announced_end,
    dated_end,
    item_number,
    list_above,
    list_below,
    list_in_tail,
    numbered_end,
    numbered_items,
)

TOUR = [
    "June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre",
    "June 10 – Tampa, FL @ MIDFLORIDA Credit Union Amphitheatre",
    "June 14 – Alpharetta, GA @ Ameris Bank Amphitheatre (Formerly Verizon Amphitheatre)",
    "Aug. 2 -- DTE Energy Music Theatre, Clarkston, MI",
]
STANDINGS = [
    "1 Kyle Busch 5040 5 1 17 27",
    "2 Martin Truex Jr. 5035 7 0 15 24",
    "3 Kevin Harvick 5033 4 6 15 26",
    "4 Denny Hamlin 5027 6 3 19 24",
]
OFFERS = [
    "1) Lego Star Wars 75188 Bombardiere della Resistenza",
    "http://amzn.to/2iJFhRj",
    "2) Polistil 960574 Pista Elettrica Sorpasso",
    "http://amzn.to/2hZfWFJ",
    "3) Cofanetto Nolan: Interstellar/Il Cavaliere Oscuro – La Trilogia (Blu-Ray)",
    "http://amzn.to/2hWw372",
]
MENU = ["Home", "Workouts", "Nutrition", "Community", "Blog", "Shop"]
TEASERS = [
    "27 Oddest Medical Case Reports",
    "10 Strangest Medical Cases",
    "11 Weird Things People Have Swallowed",
]
ADDRESS = ["Tierheim Berlin", "Hausvaterweg 39", "13057 Berlin", "Telefon: 030 76888-0"]
FEATURES = [
    "Hundreds of cool erotic tasks that will make your sex life fuller and more interesting",
    "Dozens of tricky questions that will help to know each other better",
    "A large variety of sex toys and fetishes for fine-tuning the game",
]
LINKS = ["Eurocash", "RSS", "ALERT"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("1 Kyle Busch 5040 5 1 17 27", 1),
        ("10) Modellino della macchina del tempo DeLorean, scala 1:24", 10),
        ("100. Ray Gillen", 100),
        ("2019 was the year the band went back on the road.", None),
        ("June 9 – West Palm Beach, FL", None),
    ],
    ids=["rank", "bracket", "dot", "year", "date"],
)
def test_item_number(text: str, number: int | None) -> None:
    assert item_number(text) == number


def test_numbered_lists_count_up_with_lines_under_each_item() -> None:
    assert numbered_end([*STANDINGS, "Clique no link para ver o calendário"]) == 3
    assert numbered_end([*OFFERS, "Cookie policy", "Contact", "About"]) == 5


def test_a_countdown_is_a_numbered_list() -> None:
    assert numbered_end(["3. Ronnie James Dio", "2. Rob Halford", "1. Bruce Dickinson"]) == 2


def test_numbers_out_of_order_are_no_list() -> None:
    assert numbered_end(TEASERS) is None
    assert numbered_end(["1 Kyle Busch 5040", "7 Home", "Contact"]) is None


def test_dated_lines_opening_alike_are_a_list() -> None:
    assert dated_end([*TOUR, "Tickets go on sale Friday"]) == 3


@pytest.mark.parametrize("texts", [MENU, TEASERS, ADDRESS[1:]], ids=["menu", "teasers", "address"])
def test_lines_that_do_not_open_alike_with_a_date_are_no_list(texts: list[str]) -> None:
    assert dated_end(texts) is None


def test_an_announced_list_has_items_of_a_few_words() -> None:
    assert announced_end(FEATURES) == 2
    assert announced_end(LINKS) is None


def test_list_below_the_last_paragraph_under_its_heading() -> None:
    texts = [
        "The band's current tour continues November 19th.",
        "The Doobie Brothers Tour Dates",
        *TOUR,
        "Music",
    ]
    numbers = [1, 3, 5, 6, 7, 8, 10]
    assert list_below(texts, numbers, [0.0] * 7, 0) == 5


def test_list_below_announced_by_a_colon_starting_inside_the_run() -> None:
    texts = ["Dare to Play 3:", *FEATURES, "Challenges that need to be performed within a week"]
    assert list_below(texts, [1, 3, 4, 5, 6], [0.0] * 5, 2) == 4


def test_no_list_below_behind_a_dropped_line() -> None:
    texts = ["Last paragraph of the story.", *TOUR]
    gaps = [0.0, 90.0, 0.0, 0.0, 0.0]
    assert list_below(texts, [1, 3, 4, 5, 6], gaps, 0) is None


@pytest.mark.parametrize(
    ("texts", "numbers"),
    [(MENU, [3, 4, 5, 6, 7, 8]), (LINKS, [3, 4, 5]), (ADDRESS, [3, 4, 5, 6])],
    ids=["menu", "links", "address"],
)
def test_no_list_below_for_menus_and_addresses(texts: list[str], numbers: list[int]) -> None:
    paragraph = "Mit der Anmeldung erklären Sie sich einverstanden:"
    assert list_below([paragraph, *texts], [1, *numbers], [0.0] * (len(texts) + 1), 0) is None


def test_list_in_tail_keeps_a_table_under_its_header_row() -> None:
    tail = ["Pos. Piloto Pontos Vitórias Poles Top 5 Top 10", *STANDINGS, "www.autoracing.com.br"]
    assert list_in_tail(tail) == 4


def test_list_in_tail_reads_the_colon_above() -> None:
    assert list_in_tail(["Hundreds of cool erotic tasks", *FEATURES[1:]], "Dare to Play 3:") == 2
    assert list_in_tail(["Hundreds of cool erotic tasks", *FEATURES[1:]], "Dare to Play 3") is None


def test_list_in_tail_finds_none_in_labels() -> None:
    assert list_in_tail(["Tags", "Share", "Print"]) is None
    assert list_in_tail(ADDRESS) is None


def test_numbered_items_may_stand_apart_where_pictures_were() -> None:
    texts = ["Ecco allora le offerte da non lasciarsi sfuggire.", *OFFERS]
    numbers = [1, 3, 4, 6, 7, 11, 12]
    assert list_below(texts, numbers, [0.0] * 7, 0) == 6
    # dated lines so far apart are paragraphs, not a list
    assert list_below(["Last paragraph.", *TOUR], [1, 3, 7, 11, 15], [0.0] * 5, 0) is None


def test_numbered_items_across_the_page() -> None:
    texts = [
        "Here’s the full list from Hit Parader.",
        "01. Robert Plant",
        "02. Rob Halford",
        "03. Steven Tyler",
        "Some of my personal favorites are not on the list.",
        *TEASERS,
    ]
    assert numbered_items(texts, list(range(1, 9)), [0.0] * 8) == {1, 2, 3}


INGREDIENTS = [
    "INGREDIENTS",
    "1 large or 1200 g whole chicken",
    "2 tablespoons vegetable oil",
    "1 medium onion or 125 g, chopped",
    "250 g minced lamb",
    "3 cubes MAGGI Chicken Stock",
]


def test_a_run_that_starts_inside_a_list_takes_the_whole_list() -> None:
    numbers = [1, 3, 4, 5, 6, 7]
    assert list_above(INGREDIENTS, numbers, [0.0] * 6, 5) == 1
    assert list_above(INGREDIENTS, numbers, [0.0] * 6, 2) == 2  # two lines are no list


def test_list_above_stops_at_blank_lines_dropped_lines_and_marked_numbers() -> None:
    assert list_above(INGREDIENTS, [1, 3, 5, 7, 9, 11], [0.0] * 6, 5) == 5
    assert list_above(INGREDIENTS, [1, 3, 4, 5, 6, 7], [0, 0, 0, 0, 30.0, 0], 5) == 5
    ranked = ["1. How to Turn a Punishment Bureaucracy", "2. The 50 Best Books", "3. Jenny Slate"]
    assert list_above(ranked, [1, 2, 3], [0.0] * 3, 2) == 2
