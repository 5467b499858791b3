"""Language detection from function-word profiles, and per-language function-word lists.

Each shipped language has a list of its most frequent words (``data/stopwords-<iso>.txt``, cut
from jusText's stoplists to the words that cover about 45% of Wikipedia text, most frequent
first; see ``data/README.md``). Detection scores the distinct words of a text against the top of
every list with a Zipf estimate of each word's frequency, naive-Bayes style, so "the" weighs
more than a rarer word that two languages happen to share; counting each word once keeps a
repeated month name or tag from outvoting the prose. Scripts written without spaces (Han, kana,
Hangul, Thai) are told apart by their letters alone: their space-separated tokens are phrases.
"""

from __future__ import annotations

import functools
import math
import struct
from collections.abc import Iterable, Mapping
from importlib import resources
from types import MappingProxyType

import regex

from newsclean.patterns import WORD_RE, lazy_compile

# ISO 639-1 codes of the shipped lists; "no" is Norwegian Bokmål.
LANGUAGES: tuple[str, ...] = (
    "ar", "bg", "ca", "cs", "da", "de", "el", "en", "es", "et", "fa", "fi", "fr", "gl", "he",
    "hr", "hu", "id", "it", "lt", "lv", "mk", "nl", "no", "pl", "pt", "ro", "ru", "sk", "sl",
    "sr", "sv", "tr", "uk", "vi",
)  # fmt: skip

# Letters of the scripts that have no word list here (Han, kana, Hangul, Thai, Indic...).
OTHER_SCRIPT_RE = lazy_compile(r"[^\P{L}\p{Latin}\p{Cyrillic}\p{Greek}\p{Arabic}\p{Hebrew}]")
KANA_RE = lazy_compile(r"[\p{Hiragana}\p{Katakana}]")
# Scripts that name their language once kana (Japanese) is ruled out; Han alone is Chinese.
SCRIPT_LANGUAGES: tuple[tuple[regex.Pattern[str], str], ...] = (
    (lazy_compile(r"\p{Hangul}"), "ko"),
    (lazy_compile(r"\p{Thai}"), "th"),
    (lazy_compile(r"\p{Devanagari}"), "hi"),
    (lazy_compile(r"\p{Georgian}"), "ka"),
    (lazy_compile(r"\p{Armenian}"), "hy"),
    (lazy_compile(r"\p{Han}"), "zh"),
)

# Log-prior bonus (natural-log units) of the languages most common on news sites, so that a near
# tie with a smaller neighbour (es/gl, pl/sk, ru/bg) goes to the language more often met.
PRIOR_BONUS: Mapping[str, float] = MappingProxyType(
    dict.fromkeys(("de", "en", "es", "fr", "it", "nl", "pl", "pt", "ru", "tr"), 2.0)
    | dict.fromkeys(("ar", "cs", "da", "el", "fa", "fi", "he", "hu", "id", "no", "ro"), 1.0)
    | dict.fromkeys(("sv", "uk", "vi"), 1.0)
)

MAX_SAMPLE_CHARS = 4000  # longer input is cut: a few KB of prose settle the language
MIN_FUNCTION_WORDS = 3  # fewer listed words for the winner: too little text to tell
MAX_CHARS_PER_FUNCTION_WORD = 40  # sparser than this (prose has ~1 per 12): look at the script
MIN_SCRIPT_LETTERS = 10  # letters of a list-less script needed to name it...
MIN_SCRIPT_SHARE = 0.2  # ... and their share of the sample's characters
MIN_KANA_SHARE = 0.05  # share of kana among those letters that makes Han text Japanese
LIST_COVERAGE = 0.5  # share of running text a whole list covers (how jusText built them)
FLOOR_PROBABILITY = 1e-5  # assumed frequency of a word missing from a language's list
PROFILE_WORDS_PER_LANGUAGE = 200  # top words of each list that vote in detection
FALLBACK_WORDS_PER_LANGUAGE = 50  # top words of each list in the union for unknown languages

# Detection adds up one packed integer per word: a 32-bit field per language holding the word's
# count (low bits) and its weight in sixteenths (high bits), so a page is one C-level sum().
COUNT_BITS = 11  # up to 2047 words: MAX_SAMPLE_CHARS allows at most 2000
FIELD_BITS = 32  # leaves 21 bits of weight: 2000 words x weight 160 cannot carry over
WEIGHT_STEPS = 16  # weights are rounded to sixteenths
FIELDS = struct.Struct(f"<{len(LANGUAGES)}I")


@functools.lru_cache(maxsize=64)  # LANGUAGES, plus a few unknown codes
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


@functools.lru_cache(maxsize=64)  # LANGUAGES, plus a few unknown codes
def stopwords(lang: str | None) -> frozenset[str]:
    """Casefolded function words of `lang`; for None or an unshipped language, a union.

    The union holds the 50 most frequent words of every shipped language: enough to tell prose
    from menus when the language is unknown, though it also counts words that are function words
    in one language and content words in another ("die", "son").

    >>> "the" in stopwords("en") and "und" in stopwords("de") and "und" in stopwords(None)
    True
    >>> "und" in stopwords("en")
    False
    """
    if lang in LANGUAGES:
        return frozenset(ranked_words(lang))
    return frozenset(
        word for code in LANGUAGES for word in ranked_words(code)[:FALLBACK_WORDS_PER_LANGUAGE]
    )


def _zipf_weights(words: tuple[str, ...]) -> dict[str, float]:
    """Log-odds of each word of a ranked list against the floor, from Zipf's law.

    A list of n words covering half of running text gives rank r a frequency of about
    0.5 / (r * H(n)), H the harmonic number.

    >>> w = _zipf_weights(("the", "of", "and"))
    >>> w["the"] > w["of"] > w["and"] > 0
    True
    >>> "cat" in w
    False
    """
    harmonic = math.log(len(words)) + 0.5772 + 1 / (2 * len(words)) if words else 1.0
    return {
        word: max(math.log(LIST_COVERAGE / (rank * harmonic * FLOOR_PROBABILITY)), 0.1)
        for rank, word in enumerate(words, start=1)
    }


@functools.lru_cache(maxsize=1)
def _prior() -> int:
    """PRIOR_BONUS packed like the word weights of _profile(), with no word counted.

    >>> _prior() > 0
    True
    >>> _prior() >> (FIELD_BITS * LANGUAGES.index("gl")) & ((1 << FIELD_BITS) - 1)
    0
    """
    return sum(
        round(PRIOR_BONUS.get(lang, 0.0) * WEIGHT_STEPS) << (COUNT_BITS + FIELD_BITS * index)
        for index, lang in enumerate(LANGUAGES)
    )


@functools.lru_cache(maxsize=1)
def _profile() -> Mapping[str, int]:
    """Word -> its packed weights over LANGUAGES (see COUNT_BITS), for the top of every list.

    >>> fields = FIELDS.unpack(_profile()["und"].to_bytes(FIELDS.size, "little"))
    >>> fields[LANGUAGES.index("de")] > fields[LANGUAGES.index("en")]
    True
    >>> "zebra" in _profile()
    False
    """
    table: dict[str, int] = {}
    for index, lang in enumerate(LANGUAGES):
        top = ranked_words(lang)[:PROFILE_WORDS_PER_LANGUAGE]
        for word, weight in _zipf_weights(top).items():
            field = max(round(weight * WEIGHT_STEPS), 1) << COUNT_BITS | 1
            table[word] = table.get(word, 0) + (field << (FIELD_BITS * index))
    return MappingProxyType(table)


def _word_language(words: Iterable[str]) -> tuple[str, int]:
    """Best-scoring shipped language of distinct casefolded words, and how many it lists.

    >>> _word_language("le chat est sur la table".split())
    ('fr', 4)
    >>> _word_language(["zebra"])[1]
    0
    """
    total = sum(filter(None, map(_profile().get, words)), _prior())
    fields = FIELDS.unpack(total.to_bytes(FIELDS.size, "little"))
    best = max(range(len(LANGUAGES)), key=fields.__getitem__)
    return LANGUAGES[best], fields[best] & ((1 << COUNT_BITS) - 1)


def _script_language(letters: str) -> str | None:
    """Language named by letters of a script without a word list, if any.

    >>> _script_language("東京都は日本の首都です")
    'ja'
    >>> _script_language("abc") is None
    True
    """
    if len(KANA_RE.findall(letters)) >= MIN_KANA_SHARE * len(letters) > 0:
        return "ja"
    count, lang = max(
        (len(script_re.findall(letters)), lang) for script_re, lang in SCRIPT_LANGUAGES
    )
    return lang if count else None


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language of `text`, or None when there is too little to tell.

    Reads at most the first MAX_SAMPLE_CHARS characters: pass a sample of prose lines. Words
    are split on white space only (punctuation stays attached and such tokens do not vote),
    which is several times faster than a word regex and costs only a few votes.

    >>> detect_language("Die Polizei hat am Montag einen Mann festgenommen, der in der Nacht")
    'de'
    >>> detect_language("Home | News | 2024") is None
    True
    """
    sample = text[:MAX_SAMPLE_CHARS].casefold()
    lang, count = _word_language(set(sample.split()))
    if count * MAX_CHARS_PER_FUNCTION_WORD < len(sample):
        letters = "".join(OTHER_SCRIPT_RE.findall(sample))
        if len(letters) >= max(MIN_SCRIPT_LETTERS, MIN_SCRIPT_SHARE * len(sample)):
            return _script_language(letters)
    return lang if count >= MIN_FUNCTION_WORDS else None


def function_word_ratio(text: str, lang: str | None) -> float:
    """Share of word tokens (``\\w+``, casefolded) that are function words of `lang`.

    >>> function_word_ratio("The cat sat on the mat", "en")
    0.5
    >>> function_word_ratio("Contact Newsletter Impressum", "de")
    0.0
    """
    tokens = WORD_RE.findall(text.casefold())
    if not tokens:
        return 0.0
    return sum(map(stopwords(lang).__contains__, tokens)) / len(tokens)
