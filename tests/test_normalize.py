from __future__ import annotations

import codecs

import pytest

from newsclean.errors import InputError
from newsclean.text.normalize import decode, fix_mojibake, normalize_text


@pytest.mark.parametrize(
    ("data", "text", "warnings"),
    [
        ("Russia’s army".encode(), "Russia’s army", ()),
        (codecs.BOM_UTF8 + "Grüße".encode(), "Grüße", ()),
        ("Grüße aus München".encode("utf-16"), "Grüße aus München", ()),
        ("Grüße aus München".encode("utf-16-le"), "Grüße aus München", ("decoded as utf-16-le",)),
        (
            "Le café coûte très cher à Genève, dit-il.".encode("cp1252"),
            "Le café coûte très cher à Genève, dit-il.",
            ("decoded as cp1252",),
        ),
        (
            "Министр обороны России провёл переговоры".encode("cp1251"),
            "Министр обороны России провёл переговоры",
            ("decoded as cp1251",),
        ),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16-no-bom", "cp1252", "cp1251"],
)
def test_decode(data: bytes, text: str, warnings: tuple[str, ...]) -> None:
    decoded = decode(data)
    assert decoded.text == text
    assert decoded.warnings == warnings


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty input"),
        (b"  \n\t\n", "empty input"),
        (bytes(range(256)) * 20, "binary input"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01" * 50, "binary input"),
    ],
    ids=["empty", "whitespace", "random-bytes", "png"],
)
def test_decode_refuses(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        decode(data)


def test_invalid_utf8_is_decoded_with_a_warning() -> None:
    decoded = decode("Ukraine’s forces said on Friday".encode() + b"\xff\xfe bad tail")
    assert decoded.warnings and decoded.warnings[0].startswith("decoded as")
    assert "Friday" in decoded.text


def test_mojibake_is_repaired_only_when_broken() -> None:
    assert fix_mojibake("RussiaÃ¢â‚¬â„¢s war")[0] == "Russia’s war"
    assert fix_mojibake("“We discussed the next steps”") == ("“We discussed the next steps”", False)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\r\nb\rc", "a\nb\nc"),
        ("Siversky  Donets river", "Siversky Donets river"),
        ("no\u00a0break\u202fspace", "no break space"),
        ("zero\u200bwidth\ufeff", "zerowidth"),
        ("bell\x07 and\x00 nul", "bell and nul"),
        ("trailing   \nspaces ", "trailing\nspaces"),
        ("para\u2029graph\u2028line\x85next", "para\ngraph\nline\nnext"),
        ("ascii\ttab \x0b  and\x0cfeed", "ascii tab and feed"),
        ("caf\u00e9  \u200bbar", "caf\u00e9 bar"),
    ],
    ids=[
        "line-ends", "space-run", "nbsp", "zero-width", "controls", "trailing",
        "unicode-breaks", "ascii-spaces", "non-ascii-space-run",
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw)[0] == expected
