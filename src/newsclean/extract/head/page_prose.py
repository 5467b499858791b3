"""The article's prose on a page: the run of lines densest in it, and what only looks like prose.

page_rank.py reads the headline off a page without a title line as the line above this run;
lists of teasers and tag clouds are long lines too, and must not pass for the article.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

import regex

from newsclean.extract.head.description import is_filler, word_count
from newsclean.extract.head.page_head import MIN_HEAD_WORDS, TITLE_CASE_SHARE, capital_share
from newsclean.patterns import lazy_compile
from newsclean.region.main_text import densest_run

PROSE_WORDS = 15  # a line this long is prose...
SHORT_LINE_COST = 3.0  # ...and each shorter line (not a bullet or a button) breaks a run of it


def prose_run(lines: Sequence[str]) -> tuple[int, int] | None:
    """First and last index of the run of lines densest in prose (the article, usually).

    Prose lines add their words, bullets and buttons nothing, other short lines cost a little.

    >>> prose_run(["Home", "Storm hits coast", "Winds " * 30, "Rain " * 20, "Sport"])
    (2, 3)
    >>> prose_run(["Home", "News"]) is None
    True
    """
    return densest_run([_prose_value(text) for text in lines])


def _prose_value(text: str) -> float:
    words = word_count(text)
    if words >= PROSE_WORDS and not teaser_card(text) and not word_list(text):
        return float(words)
    return 0.0 if is_filler(text) else -SHORT_LINE_COST


# Where a teaser's headline runs into its summary: "... At Troy SteakhouseA party of six",
# "(This Morning)Some sunshine", "On The Rise?Violence is part of": no space before a capital.
TEASER_SEAM_RE = lazy_compile(
    r"""
    (?<= \p{Ll}{3} | \d{3} | [)?!] )   # a word's end, a number, a closing bracket or mark...
    (?= \p{Lu} [\p{Ll}\s] )          # ...glued to a capitalised word ("A party", "Some")
    """,
    regex.VERBOSE,
)
MAX_TEASER_HEAD_CHARS = 150  # a teaser's headline comes first and is short
# Both seams (TEASER_SEAM_RE, GLUED_SEAM_RE) put a capital right after a lower-case letter, a digit
# or a closing mark; in ASCII text those are [A-Z] after [a-z0-9)?!]. Most lines of prose have no
# such pair, and the standard engine finds one far faster than the seams are looked for.
ASCII_SEAM_RE = re.compile(r"[a-z0-9)?!][A-Z]")


def teaser_card(text: str) -> bool:
    """A teaser for another story whose title-case headline runs into its summary.

    A list of them reads as prose but is no article: prose_run() does not count them.

    >>> teaser_card("First Forecast Weather November 20, 2019 (This Morning)Some sunshine by "
    ...             "the end of the day.")
    True
    >>> teaser_card("Yesterday the company said WordPress would ship a new editor next week.")
    False
    """
    if text.isascii() and ASCII_SEAM_RE.search(text) is None:
        return False
    if glued_teaser(text):
        return True
    seam = TEASER_SEAM_RE.search(text, 0, MAX_TEASER_HEAD_CHARS)
    if seam is None:
        return False
    head = text[: seam.start()]
    return word_count(head) >= MIN_HEAD_WORDS and capital_share(head) >= TITLE_CASE_SHARE


# Any mark that splits prose into clauses or quotes ("." "," "、" "(" "«"), but not a hyphen:
# a long line with none of them lists words.
CLAUSE_MARK_RE = lazy_compile(r"[\p{Po}\p{Ps}\p{Pe}\p{Pi}\p{Pf}]")
MIN_LIST_WORDS = 40  # shorter lines without a mark may be a headline or a standfirst


def word_list(text: str) -> bool:
    """A long line without a single punctuation mark: a tag cloud or a menu of categories.

    >>> word_list("adote um amigo agua alerta ambiente amizade atendimento atirador bem-estar "
    ...           "biblioteca caminhada campanha capacitacao capacitação carnaval civil cmdca "
    ...           "comunicado comunicação concreto concurso conselheiros conselho contação "
    ...           "cultura curso cursos dança defesa civil dia edital educacao empossados "
    ...           "encerramento enchentes entrega entulho escola espaços esportivos evento")
    True
    >>> word_list("A equipe do Serviço de Atendimento Domiciliar (SAD), do bairro Amizade, "
    ...           "registrou nesta manhã o arrombamento de dois dos cinco automóveis")
    False
    """
    return word_count(text) >= MIN_LIST_WORDS and CLAUSE_MARK_RE.search(text) is None


# Where a teaser card's headline runs into its summary when a renderer drops the break between
# them: "... At Troy SteakhouseA party of six left ...", "... To 250,000The state of ...". The
# word before the seam ends in three lower-case letters or three digits, so that names written
# with an inner capital ("McTominay", "LeBron", "NorCal", "Next2Sun") have no seam.
GLUED_SEAM_RE = lazy_compile(r"(?: (?<= \p{Ll}{3} ) | (?<= \d{3} ) ) (?= \p{Lu} )", regex.VERBOSE)
MAX_TEASER_CHARS = 600  # a teaser card is a headline and a sentence or two
MIN_TEASER_HEAD_WORDS = 4  # a headline in title case...
MIN_TEASER_TAIL_WORDS = 6  # ...glued to a summary sentence...
MIN_TAIL_LOWER_SHARE = 0.4  # ...written in sentence case
TITLE_WORD_OPENERS = "'\"‘“$"  # a title-case word may open with a quote or a currency sign


def glued_teaser(text: str) -> bool:
    """A teaser for another story whose title-case headline runs into its summary sentence.

    >>> glued_teaser("Harvick Fails To Rally Overmatched Ford In NASCAR FinaleFord v Toyota "
    ...              "flopped for the blue oval at the track.")
    True

    A hover card glued into a paragraph leaves two seams, and a paragraph no title-case head:

    >>> glued_teaser("South Dakota Gov. Kristi NoemKristi Lynn NoemSouth Dakota governor doubles "
    ...              "down on the campaign MORE (R) is defending the state's campaign.")
    False
    """
    if len(text) > MAX_TEASER_CHARS:
        return False
    seams = list(itertools.islice(GLUED_SEAM_RE.finditer(text), 2))
    if len(seams) != 1:
        return False
    head, tail = text[: seams[0].start()].split(), text[seams[0].start() :].split()
    if len(head) < MIN_TEASER_HEAD_WORDS or len(tail) < MIN_TEASER_TAIL_WORDS:
        return False
    if not all(w[0].isupper() or w[0].isdigit() or w[0] in TITLE_WORD_OPENERS for w in head):
        return False
    if not tail[-1].rstrip("\"”’)").endswith((".", "!", "?")):
        return False
    return sum(w[0].islower() for w in tail) >= MIN_TAIL_LOWER_SHARE * len(tail)
