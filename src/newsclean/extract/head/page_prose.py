"""The article's prose on a page: the run of lines densest in it, and what only looks like prose.

page_rank.py reads the headline off a page without a title line as the line above this run;
lists of teasers and tag clouds are long lines too, and must not pass for the article.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsclean.extract.head.description import is_filler, word_count
from newsclean.extract.head.page_head import MIN_HEAD_WORDS, TITLE_CASE_SHARE, capital_share
from newsclean.filters.related import glued_teaser
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


def teaser_card(text: str) -> bool:
    """A teaser for another story whose title-case headline runs into its summary.

    A list of them reads as prose but is no article: prose_run() does not count them.

    >>> teaser_card("First Forecast Weather November 20, 2019 (This Morning)Some sunshine by "
    ...             "the end of the day.")
    True
    >>> teaser_card("Yesterday the company said WordPress would ship a new editor next week.")
    False
    """
    if glued_teaser(text) is not None:
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
