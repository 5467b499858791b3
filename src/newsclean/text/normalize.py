"""Input normalisation: bytes to text, then text to tidy lines.

Two stages, both pure. ``decode`` turns bytes into text and says what it had to guess;
``normalize_text`` repairs what scrapers leave in text: mojibake, odd line ends, non-breaking and
zero-width spaces, control characters and runs of spaces. The original text is never touched:
callers keep it for the trace.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import NamedTuple

import ftfy
import regex

from newsclean.errors import InputError
from newsclean.patterns import lazy_compile
from newsclean.text.badness import looks_bad_between


class Decoded(NamedTuple):
    text: str
    encoding: str
    warnings: tuple[str, ...]


BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Bytes that never occur in text of any encoding we read, bar NUL-padded UTF-16/32.
BINARY_BYTES_RE = regex.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")

# Share of binary control bytes above which the input is not text at all.
MAX_BINARY_SHARE = 0.02
# Detection works on a sample: charset_normalizer is slow on megabytes.
DETECT_SAMPLE_BYTES = 200_000


def decode(data: bytes) -> Decoded:
    """Bytes to text: BOM first, then strict UTF-8, then a charset detector.

    >>> decode("Café".encode("utf-8")).text
    'Café'
    >>> decode("Le café coûte très cher à Genève.".encode("cp1252")).warnings
    ('decoded as cp1252',)
    """
    if not data.strip():
        raise InputError("empty input: nothing to clean")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(encoding, errors="replace"), encoding, ())
    utf16 = _sniff_utf16(data)
    if utf16:
        return Decoded(data.decode(utf16, errors="replace"), utf16, (f"decoded as {utf16}",))
    if _looks_binary(data):
        raise InputError("binary input: this does not look like text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", ())
    except UnicodeDecodeError:
        pass
    return _detect(data)


def _sniff_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte NUL in a sample of mostly-ASCII text."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:DETECT_SAMPLE_BYTES]
    return len(BINARY_BYTES_RE.findall(sample)) > MAX_BINARY_SHARE * len(sample)


WIDE_ENCODINGS = ["utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le"]


# When the detector scores several code pages alike (short text often ties), the one the web
# uses most wins: Western European first, then Cyrillic, Central European, Greek, Turkish.
PREFERRED_ENCODINGS = ("cp1252", "latin_1", "cp1251", "cp1250", "cp1253", "cp1254", "koi8_r")


def _detect(data: bytes) -> Decoded:
    # UTF-16/32 were sniffed already; on short Latin text the detector likes to guess them.
    sample = data[:DETECT_SAMPLE_BYTES]
    from charset_normalizer import from_bytes  # loaded for the inputs that are not UTF-8

    matches = list(from_bytes(sample, cp_exclusion=WIDE_ENCODINGS))
    encoding = _same_as_cp1252(sample, _pick_encoding([(m.encoding, m.chaos, m.coherence)
                                                       for m in matches]))
    try:
        text = data.decode(encoding, errors="replace")
    except LookupError:
        encoding = "cp1252"
        text = data.decode(encoding, errors="replace")
    return Decoded(text, encoding, (f"decoded as {encoding}",))


def _same_as_cp1252(sample: bytes, encoding: str) -> str:
    """Name the web's default code page when it reads the bytes exactly as the guess does.

    Latin-1 German text holds only letters that cp1250 and cp1252 share: say cp1252.

    >>> _same_as_cp1252("Straße in München".encode("latin-1"), "cp1250")
    'cp1252'
    >>> _same_as_cp1252("Łódź".encode("cp1250"), "cp1250")
    'cp1250'
    """
    try:
        same = sample.decode(encoding) == sample.decode("cp1252")
    except (UnicodeDecodeError, LookupError):
        return encoding
    return "cp1252" if same else encoding


def _pick_encoding(candidates: list[tuple[str, float, float]]) -> str:
    """The least chaotic candidate, ties broken by how common the encoding is on the web.

    >>> _pick_encoding([("cp1250", 0.0, 0.0), ("cp1252", 0.0, 0.0)])
    'cp1252'
    >>> _pick_encoding([("cp1251", 0.0, 0.1), ("cp866", 0.06, 0.0)])
    'cp1251'
    """
    if not candidates:
        return "cp1252"
    least = min(chaos for _, chaos, _ in candidates)
    tied = {name for name, chaos, _ in candidates if chaos <= least + 0.01}
    for name in PREFERRED_ENCODINGS:
        if name in tied:
            return name
    return min(candidates, key=lambda c: (c[1], -c[2]))[0]


# What a browser or scraper leaves in place of plain spaces: no-break, thin, figure, ideographic.
# Classes of code points alone: the standard engine replaces them twice as fast.
ODD_SPACE_RE = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
# Zero-width characters carry nothing once rendered (ZWJ is kept: emoji need it; soft hyphens
# are kept: they are the author's hyphenation hints and part of the text).
INVISIBLE_RE = lazy_compile(r"[\u200b\u200c\u2060\ufeff]")
# C0/C1 control characters other than the newline, which survive no text renderer.
CONTROL_RE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
SPACE_RUN_RE = lazy_compile(r" {2,}")
LINE_BREAK_RE = lazy_compile(r"\r\n?|[\u2028\u2029\x85]")
# What LINE_BREAK_RE rewrites: most pages hold none of them, and looking costs less than a pass.
LINE_BREAK_CHARS = "\r\u2028\u2029\x85"

# How far around a non-ASCII character a sequence ftfy flags as mojibake may reach (its longest,
# "ГўВЂВ.x", is 7 characters); generous, since a stretch costs little.
MOJIBAKE_REACH_CHARS = 12
# The non-ASCII characters of a stretch that looks_bad() searches: runs of them, with the ASCII
# between two runs when their reaches meet (at most twice the reach apart): one match a stretch,
# where a page in Cyrillic holds thousands of runs (its words).
NON_ASCII_STRETCH_RE = lazy_compile(
    rf"[^\x00-\x7f]+ (?: [\x00-\x7f]{{1,{2 * MOJIBAKE_REACH_CHARS}}} [^\x00-\x7f]+ )*",
    regex.VERBOSE,
)

FTFY_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False,  # typographic quotes are the article's, keep them
    fix_character_width=False,
    fix_latin_ligatures=False,
    fix_line_breaks=False,  # done below, cheaper
    normalization="NFC",
    explain=False,
)


def fix_mojibake(text: str) -> tuple[str, bool]:
    """Repair UTF-8 read as Windows-1252 and the like, only when the text looks broken.

    >>> fix_mojibake("Russiaâ€™s army")
    ('Russia’s army', True)
    >>> fix_mojibake("Russia’s army")
    ('Russia’s army', False)
    """
    if not ftfy.is_bad(text):
        return text, False
    fixed = ftfy.fix_text(text, FTFY_CONFIG)
    return fixed, fixed != text


def looks_bad(text: str) -> bool:
    """``ftfy.is_bad(text)``, searching only the stretches around non-ASCII characters.

    Every sequence ftfy's detector flags holds a non-ASCII character and spans at most a few
    characters, so the rest of the text (most of an English page) need not be searched.

    >>> looks_bad("Plain ASCII text. " * 100 + "Russiaâ€™s army")
    True
    >>> looks_bad("Russia’s army, “quoted” – fine")
    False
    """
    for m in NON_ASCII_STRETCH_RE.finditer(text):
        start = max(0, m.start() - MOJIBAKE_REACH_CHARS)
        if looks_bad_between(text, start, m.end() + MOJIBAKE_REACH_CHARS):
            return True
    return False


def normalize_text(text: str) -> tuple[str, tuple[str, ...]]:
    """Tidy text into plain lines; return it with the warnings worth telling the user.

    >>> normalize_text("a\\u00a0b\\r\\nc\\u200b  d\\rend")[0]
    'a b\\nc d\\nend'
    """
    warnings: list[str] = []
    if not unicodedata.is_normalized("NFC", text):  # "Cafe\u0301" and "Café" are one word
        text = unicodedata.normalize("NFC", text)
    if any(char in text for char in LINE_BREAK_CHARS):
        text = LINE_BREAK_RE.sub("\n", text)
    text, repaired = _fix_mojibake_lines(text)
    if repaired:
        warnings.append("repaired mojibake")
    text = ODD_SPACE_RE.sub(" ", text)
    if not text.isascii():  # every invisible character is outside ASCII
        text = INVISIBLE_RE.sub("", text)
    text = CONTROL_RE.sub("", text)
    if "  " in text:  # a run of spaces never spans lines: one pass will do
        text = SPACE_RUN_RE.sub(" ", text)
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines), tuple(warnings)


def _fix_mojibake_lines(text: str) -> tuple[str, bool]:
    """Mojibake is often local (one block pasted from elsewhere): fix line by line."""
    if not looks_bad(text):
        return text, False
    out: list[str] = []
    repaired = False
    for line in text.split("\n"):
        fixed, changed = fix_mojibake(line)
        repaired = repaired or changed
        out.append(fixed)
    return "\n".join(out), repaired
