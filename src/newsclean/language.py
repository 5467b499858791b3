"""Language detection from function-word profiles, and per-language function-word lists.

Each shipped language has a list of its most frequent words (``data/stopwords-<iso>.txt``, from
jusText's stoplists: the words that cover half of a Wikipedia corpus, most frequent first; see
``data/README.md``). Detection scores a text against every list with a Zipf estimate of each
word's frequency, naive-Bayes style, so "the" weighs more than a rare form that two languages
happen to share. Scripts written without spaces (Han, kana, Hangul, Thai) are told apart by
their letters alone, since their word tokens are whole sentences.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType

import regex

# ISO 639-1 codes of the shipped lists; "no" is Norwegian Bokmål.
LANGUAGES: tuple[str, ...] = (
    "ar", "bg", "ca", "cs", "da", "de", "el", "en", "es", "et", "fa", "fi", "fr", "gl", "he",
    "hr", "hu", "id", "it", "lt", "lv", "mk", "nl", "no", "pl", "pt", "ro", "ru", "sk", "sl",
    "sr", "sv", "tr", "uk", "vi",
)  # fmt: skip

WORD_RE = regex.compile(r"\w+")
# Letters of scripts that carry no word list here: mostly written without spaces.
OTHER_SCRIPT_RE = regex.compile(
    r"[^\P{L}\p{Latin}\p{Cyrillic}\p{Greek}\p{Arabic}\p{Hebrew}]",
)
KANA_RE = regex.compile(r"[\p{Hiragana}\p{Katakana}]")
# A script that names its language once kana (Japanese) has been ruled out; Han alone is Chinese.
SCRIPT_LANGUAGES: tuple[tuple[regex.Pattern[str], str], ...] = (
    (regex.compile(r"\p{Hangul}"), "ko"),
    (regex.compile(r"\p{Thai}"), "th"),
    (regex.compile(r"\p{Devanagari}"), "hi"),
    (regex.compile(r"\p{Georgian}"), "ka"),
    (regex.compile(r"\p{Armenian}"), "hy"),
    (regex.compile(r"\p{Han}"), "zh"),
)

MAX_SAMPLE_CHARS = 4000  # longer input is cut: a few KB of prose settle the language
MIN_FUNCTION_WORDS = 3  # fewer hits for the winner: too little text to tell
MIN_SCRIPT_LETTERS = 10  # letters of a space-less script needed to name it
MIN_SCRIPT_SHARE = 0.3  # ... as a share of all word characters
MIN_KANA_SHARE = 0.05  # kana among those letters that make Han text Japanese
LIST_COVERAGE = 0.5  # share of running text covered by a whole list (how jusText built them)
FLOOR_PROBABILITY = 1e-5  # assumed frequency of a word absent from a language's list
FALLBACK_WORDS_PER_LANGUAGE = 50  # top words of each list in the union used for unknown languages


@functools.lru_cache(maxsize=None)
def ranked_words(lang: str) -> tuple[str, ...]:
    """The shipped function words of `lang`, most frequent first; empty if not shipped.

    >>> ranked_words("en")[:5]
    ('the', 'of', 'and', 'in', 'to')
    >>> ranked_words("xx")
    ()
    """
    if lang not in LANGUAGES:
        return ()
    data = resources.files("newsclean").joinpath("data", f"stopwords-{lang}.txt")
    lines = data.read_text(encoding="utf-8").splitlines()
    return tuple(line for line in lines if line and not line.startswith("#"))


@functools.lru_cache(maxsize=None)
def stopwords(lang: str | None) -> frozenset[str]:
    """Casefolded function words of `lang`; for None or an unshipped language, a union.

    The union holds the 50 most frequent words of every shipped language: good enough to tell
    prose from menus when the language is unknown, but it counts some content words of one
    language that are function words of another ("die", "son").

    >>> "the" in stopwords("en") and "und" in stopwords("de")
    True
    >>> "und" in stopwords("en")
    False
    """
    if lang in LANGUAGES:
        return frozenset(ranked_words(lang))
    return frozenset(
        word for code in LANGUAGES for word in ranked_words(code)[:FALLBACK_WORDS_PER_LANGUAGE]
    )


def _harmonic(n: int) -> float:
    """Approximate harmonic number H(n), the Zipf normaliser of an n-word list.

    >>> round(_harmonic(1000), 2)
    7.49
    >>> _harmonic(1) > 0
    True
    """
    return math.log(n) + 0.5772 + 1 / (2 * n)


def _weights(words: tuple[str, ...]) -> dict[str, float]:
    """Log-odds of each listed word against the floor, from its Zipf frequency estimate.

    >>> w = _weights(("the", "of", "and"))
    >>> w["the"] > w["of"] > w["and"] > 0
    True
    >>> "cat" in w
    False
    """
    norm = LIST_COVERAGE / _harmonic(len(words))
    return {
        word: max(math.log(norm / (rank * FLOOR_PROBABILITY)), 0.1)
        for rank, word in enumerate(words, start=1)
    }


@functools.lru_cache(maxsize=1)
def _profile() -> Mapping[str, tuple[tuple[int, float], ...]]:
    """Word -> ((index in LANGUAGES, weight), ...) for every shipped list.

    >>> dict(_profile()["und"])[LANGUAGES.index("de")] > 0
    True
    >>> "zebra" in _profile()
    False
    """
    table: dict[str, list[tuple[int, float]]] = {}
    for index, lang in enumerate(LANGUAGES):
        for word, weight in _weights(ranked_words(lang)).items():
            table.setdefault(word, []).append((index, weight))
    return MappingProxyType({word: tuple(pairs) for word, pairs in table.items()})


def _script_language(letters: list[str]) -> str | None:
    """Language named by letters of a space-less script (see OTHER_SCRIPT_RE), if any.

    >>> _script_language(list("東京都は日本の首都です"))
    'ja'
    >>> _script_language(list("abc")) is None
    True
    """
    joined = "".join(letters)
    if len(KANA_RE.findall(joined)) >= MIN_KANA_SHARE * len(joined) > 0:
        return "ja"
    counts = [(len(script_re.findall(joined)), lang) for script_re, lang in SCRIPT_LANGUAGES]
    count, lang = max(counts)
    return lang if count else None


def _word_language(tokens: list[str]) -> str | None:
    """Best-scoring shipped language of casefolded word tokens, None with too few hits.

    >>> _word_language("le chat est sur la table".split())
    'fr'
    >>> _word_language(["home", "news", "sport"]) is None
    True
    """
    profile = _profile()
    scores = [0.0] * len(LANGUAGES)
    hits = [0] * len(LANGUAGES)
    for word, count in Counter(tokens).items():
        for index, weight in profile.get(word, ()):
            scores[index] += count * weight
            hits[index] += count
    best = max(range(len(LANGUAGES)), key=scores.__getitem__)
    return LANGUAGES[best] if hits[best] >= MIN_FUNCTION_WORDS else None


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language of `text`, or None when there is too little to tell.

    Reads at most the first MAX_SAMPLE_CHARS characters; pass a sample of prose lines.

    >>> detect_language("Die Polizei hat am Montag einen Mann festgenommen, der in der Nacht")
    'de'
    >>> detect_language("Home | News | 2024") is None
    True
    """
    sample = text[:MAX_SAMPLE_CHARS].casefold()
    tokens = WORD_RE.findall(sample)
    other = OTHER_SCRIPT_RE.findall(sample)
    if len(other) >= max(MIN_SCRIPT_LETTERS, MIN_SCRIPT_SHARE * sum(map(len, tokens))):
        return _script_language(other)
    return _word_language(tokens)


def function_word_ratio(text: str, lang: str | None) -> float:
    """Share of word tokens (``\\w+``, casefolded) that are function words of `lang`.

    >>> function_word_ratio("The cat sat on the mat", "en")
    0.5
    >>> function_word_ratio("Home News Sport Business Contact", "en")
    0.0
    """
    tokens = WORD_RE.findall(text.casefold())
    if not tokens:
        return 0.0
    return sum(map(stopwords(lang).__contains__, tokens)) / len(tokens)
