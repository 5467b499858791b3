"""Bad input, made by the tests: every case gets a record that says what was wrong, or one error
line and exit 1, through ``clean_bytes`` and through the command line alike.

NEWSCLEAN_LONG_TESTS=1 adds the full-size cases (a 50 MB line, a million lines); the normal run
has the same shapes at a size that keeps the suite fast.
"""

from __future__ import annotations

import codecs
import json
import os
import random
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsclean import clean_bytes
from newsclean.cli import cli
from newsclean.errors import InputError

LONG_RUN = os.environ.get("NEWSCLEAN_LONG_TESTS") == "1"
ONE_LINE_BYTES = (50 if LONG_RUN else 2) * 1024 * 1024
SHORT_LINES = 1_000_000 if LONG_RUN else 20_000

HEADLINE = "Storm floods the coast as thousands lose power"
PARAGRAPHS = (
    "The storm reached the coast early on Monday, flooding streets in three towns and cutting "
    "power to more than forty thousand homes, the regional utility said.",
    "Emergency crews worked through the night to clear fallen trees from the main roads, while "
    "schools in the worst-hit districts stayed closed until further notice.",
    "Officials warned that rivers could keep rising for another two days as rain moved inland, "
    "and asked residents near the banks to prepare to leave their homes.",
    "The mayor said the town had learned from the floods of the last decade, but that nobody "
    "had expected the sea to rise so quickly in so short a time.",
)
ARTICLE = "\n".join([HEADLINE, "By Jane Doe", "", *PARAGRAPHS]) + "\n"

FRENCH = "\n".join([
    "La tempête frappe la côte et prive des milliers de foyers d'électricité",
    "La tempête a atteint la côte lundi matin, inondant les rues de trois villes et privant "
    "d'électricité plus de quarante mille foyers, a indiqué le fournisseur régional.",
    "Les équipes de secours ont travaillé toute la nuit pour dégager les arbres tombés sur les "
    "routes principales, tandis que les écoles des quartiers les plus touchés restaient fermées.",
    "Les autorités ont averti que les rivières pourraient encore monter pendant deux jours, et ont "
    "demandé aux riverains de se préparer à quitter leur maison « dès que possible ».",
]) + "\n"
GERMAN = "\n".join([
    "Sturm überflutet die Küste, Tausende ohne Strom",
    "Der Sturm erreichte die Küste am Montagmorgen, überflutete Straßen in drei Städten und "
    "unterbrach die Stromversorgung von mehr als vierzigtausend Haushalten.",
    "Die Einsatzkräfte arbeiteten die ganze Nacht, um umgestürzte Bäume von den Hauptstraßen zu "
    "räumen, während die Schulen in den am stärksten betroffenen Vierteln geschlossen blieben.",
    "Die Behörden warnten, dass die Flüsse noch zwei Tage lang steigen könnten, und baten die "
    "Anwohner in München und Düsseldorf, sich auf eine Räumung vorzubereiten.",
]) + "\n"
ARABIC = "\n".join([
    "العاصفة تغرق الساحل وآلاف المنازل بلا كهرباء",
    "وصلت العاصفة إلى الساحل صباح يوم الاثنين، فأغرقت الشوارع في ثلاث مدن وقطعت الكهرباء عن أكثر "
    "من أربعين ألف منزل، بحسب ما قالته شركة الكهرباء في المنطقة.",
    "وعملت فرق الطوارئ طوال الليل لإزالة الأشجار التي سقطت على الطرق الرئيسية، بينما بقيت المدارس "
    "في الأحياء الأكثر تضررا مغلقة حتى إشعار آخر.",
    "وحذر المسؤولون من أن منسوب الأنهار قد يواصل الارتفاع ليومين آخرين مع تحرك الأمطار نحو الداخل، "
    "وطلبوا من السكان القريبين من الضفاف الاستعداد لمغادرة منازلهم.",
]) + "\n"
CHINESE = "\n".join([
    "风暴袭击沿海地区 数万户家庭断电",
    "风暴于周一清晨抵达海岸，三座城镇的街道被淹，超过四万户家庭断电，地区电力公司表示，抢修工作"
    "正在全力进行之中。",
    "应急人员彻夜工作，清理倒在主要道路上的树木，受灾最严重地区的学校将继续停课，直至另行通知为止，"
    "家长们对此表示理解。",
    "官员警告说，随着降雨向内陆移动，河流水位可能在未来两天内继续上涨，并要求河岸附近的居民做好"
    "撤离准备。",
]) + "\n"
EMOJI = "\n".join([
    "Storm 🌀 floods the coast",
    "The storm 🌀 reached the coast on Monday, and families 👨‍👩‍👧 in the old town spent the night "
    "in the school hall, where the café owner served hot drinks ☕ to everyone.",
    "Cafe\u0301 owners and the Zoe\u0308 family said the water rose faster than anyone had "
    "expected 😱, and that they would need weeks to dry out their shops and homes.",
    "Officials said rivers could keep rising 🌊 for another two days as rain moved inland, and "
    "asked residents near the banks to get ready to leave their homes.",
]) + "\n"
NAVIGATION = "\n".join([
    "Home", "News", "World", "Sport", "Business", "Sign In", "Subscribe", "Menu", "Search",
    "Skip to content", "Home / World News", "Share on Facebook", "Advertisement",
    "© 2024 Acme Media. All rights reserved.", "Privacy Policy | Terms of Use | Contact",
]) + "\n"
HTML = (
    "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'><title>Storm floods the coast"
    "</title><style>p { color: red }</style><script>var a = 1 < 2;</script></head>\n<body>"
    "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
    f"<article><h1>{HEADLINE}</h1><p class='byline'>By Jane Doe</p>"
    + "".join(f"<p>{p.replace('forty', '<b>forty</b>')}</p>\n" for p in PARAGRAPHS[:3])
    + f"<p>{PARAGRAPHS[3].replace(', but', ' &mdash; but').replace('sea', 'sea&rsquo;s level')}</p>"
    + "</article>"
    "<footer>&copy; 2024 Acme</footer></body></html>\n"
)


def _random_bytes(n: int) -> bytes:
    return random.Random(7).randbytes(n)


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + _random_bytes(4000)
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 4000 >>\nstream\n" + _random_bytes(4000)


@dataclass(frozen=True)
class Case:
    data: bytes
    error: str | None = None  # the error's words; else a record is expected
    warning: str | None = None  # a warning the record must carry
    body_has: tuple[str, ...] = ()  # text the body must keep
    body_lacks: tuple[str, ...] = ()  # text the body must not have


CASES = {
    "empty": Case(b"", error="empty input"),
    "whitespace-only": Case(b" \t\r\n \n\f\v\n\n", error="empty input"),
    "png-image": Case(PNG, error="binary input"),
    "pdf": Case(PDF, error="binary input"),
    "random-bytes": Case(_random_bytes(20_000), error="binary input"),
    "nul-bytes": Case(
        ARTICLE.replace("coast early", "coast\x00 early").encode(),
        body_has=("coast early on Monday",), body_lacks=("\x00",),
    ),
    "invalid-utf8": Case(
        ARTICLE.encode() + b"Caf\xe9 \xff\xfe owners\n", warning="decoded as cp1252",
        body_has=(PARAGRAPHS[0],),
    ),
    "utf16-bom": Case(ARTICLE.encode("utf-16"), body_has=PARAGRAPHS),
    "utf16le-no-bom": Case(
        ARTICLE.encode("utf-16-le"), warning="decoded as utf-16-le", body_has=PARAGRAPHS
    ),
    "utf16be-no-bom": Case(
        ARTICLE.encode("utf-16-be"), warning="decoded as utf-16-be", body_has=PARAGRAPHS
    ),
    "utf8-bom": Case(codecs.BOM_UTF8 + ARTICLE.encode(), body_has=PARAGRAPHS),
    "windows-1252": Case(
        FRENCH.encode("cp1252"), warning="decoded as cp1252", body_has=("« dès que possible ».",)
    ),
    "latin-1": Case(
        GERMAN.encode("latin-1"), warning="decoded as cp1252", body_has=("München und Düsseldorf",)
    ),
    "mojibake": Case(
        ARTICLE.replace("the town had", "Russia’s town had").encode().decode("cp1252").encode()
        .decode("cp1252", errors="replace").encode(),
        warning="repaired mojibake", body_has=("Russia’s town had",), body_lacks=("Ã",),
    ),
    "cr-only": Case(ARTICLE.replace("\n", "\r").encode(), body_has=PARAGRAPHS),
    "mixed-line-ends": Case(
        (HEADLINE + "\r\n" + "By Jane Doe\r\r\n" + PARAGRAPHS[0] + "\r" + PARAGRAPHS[1] + "\n"
         + PARAGRAPHS[2] + "\u2028" + PARAGRAPHS[3] + "\r\n").encode(),
        body_has=PARAGRAPHS, body_lacks=("\r",),
    ),
    "one-long-line": Case(b"word " * (ONE_LINE_BYTES // 5), warning="no article found"),
    "many-short-lines": Case(
        b"".join(b"item %d\n" % i for i in range(SHORT_LINES)), warning="no article found"
    ),
    "navigation-only": Case(NAVIGATION.encode(), warning="no article found"),
    "html-by-mistake": Case(
        HTML.encode(), warning="input looked like HTML",
        body_has=(*PARAGRAPHS[:3], "last decade — but that nobody had expected the sea’s level"),
        body_lacks=("<p", "<b>", "var a", "color: red"),
    ),
    "right-to-left": Case(ARABIC.encode(), body_has=(ARABIC.splitlines()[1],)),
    "cjk": Case(CHINESE.encode(), body_has=(CHINESE.splitlines()[1],)),
    "emoji-and-combining-marks": Case(
        EMOJI.encode(), body_has=("families 👨‍👩‍👧 in", "Café owners and the Zoë family", "😱")
    ),
}


def _check_record(case: Case, body: str, warnings: list[str] | tuple[str, ...]) -> None:
    if case.warning:
        assert case.warning in warnings
    else:
        assert not warnings, warnings
    for text in case.body_has:
        assert text in body
    for text in case.body_lacks:
        assert text not in body


@pytest.mark.parametrize("name", sorted(CASES))
def test_clean_bytes_answers(name: str) -> None:
    case = CASES[name]
    if case.error:
        with pytest.raises(InputError, match=case.error):
            clean_bytes(case.data)
        return
    article = clean_bytes(case.data)
    _check_record(case, article.body, article.warnings)


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_command_line_answers(name: str, tmp_path: Path) -> None:
    case = CASES[name]
    path = tmp_path / f"{name}.txt"
    path.write_bytes(case.data)
    result = CliRunner().invoke(cli, ["clean", "--format", "jsonl", str(path)])
    assert "Traceback" not in result.stderr
    if case.error:
        assert result.exit_code == 1
        assert result.stdout == ""
        assert result.stderr.count("\n") == 1
        assert case.error in result.stderr
        return
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    _check_record(case, record["body"], record["warnings"])
    assert path.read_bytes() == case.data  # the input is never touched


def test_the_corpus_covers_the_issue() -> None:
    """Every kind of bad input the issue names is here: none dropped by a later edit."""
    assert len(CASES) >= 22
    assert sum(case.error is not None for case in CASES.values()) == 5
