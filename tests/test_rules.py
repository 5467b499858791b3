"""User rules: the TOML file, its errors (FILE:LINE: reason), discovery, and the rule steps."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import newsclean
from newsclean import Config
from newsclean.cli import cli
from newsclean.model import Document
from newsclean.rules.load import RulesError, find_rules_file, load_rules, merge, user_rules
from newsclean.rules.steps import (
    DropLine,
    InlineCut,
    PromoPhrase,
    PromptPhrase,
    nested_quantifier,
)
from newsclean.text.segment import split_lines

EXAMPLE = """\
# house rules for our scrapes
skip = ["media.photo_credit"]
drop_lines = [
    '^Click here\\b',            # literal string: the backslash is the regex's
    "^Must Read\\\\b",           # basic string: the backslash is escaped
]
inline_cuts = ['\\s*\\(Reuters\\)$']
promo_phrases = ["Must read", "Also watch"]
prompt_phrases = ["Join our WhatsApp channel"]
enable = []

[zones]
IST = "Asia/Jerusalem"
CST = "+08:00"
"""


def write(tmp_path: Path, text: str, name: str = "rules.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_rules_file_becomes_a_config(tmp_path: Path) -> None:
    config = load_rules(write(tmp_path, EXAMPLE))
    assert config.skip == frozenset({"media.photo_credit"})
    assert config.drop_lines == (r"^Click here\b", r"^Must Read\b")
    assert config.inline_cuts == (r"\s*\(Reuters\)$",)
    assert config.promo_phrases == ("Must read", "Also watch")
    assert config.zones == (("IST", "Asia/Jerusalem"), ("CST", "+08:00"))
    names = newsclean.Pipeline.from_config(config).names
    assert names.index("rules.drop_line") < names.index("repeats.repeated_line")
    assert "media.photo_credit" not in names


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("drop_lines = [\n  '^ok$',\n  '^Follow (us',\n]\n", 3, r"invalid regex '\^Follow \(us'"),
        ('skip = []\ndrop_lines = ["^a\\\\d+(b"]\n', 2, "invalid regex"),
        ("inline_cuts = ['([a-z]+\\s?)+$']\n", 1, "can backtrack catastrophically"),
        ('skip = [\n  "media.photo_credits",\n]\n', 2, r"did you mean media\.photo_credit\?"),
        ("drop_line = ['x']\n", 1, r"unknown key 'drop_line' \(did you mean drop_lines\?\)"),
        ('promo_phrases = "x"\nprompt_phrases = [1]\n', 2, "must be a list of strings"),
        ('[zones]\nCST = "+08:00"\nIST = "Asia/Jerusalm"\n', 3, r"did you mean Asia/Jerusalem"),
        ('[zones]\nXST = "UTC"\n', 2, "unknown time-zone abbreviation 'XST'"),
        ('enable = [{step = "x.y", near = "z"}]\n', 1, "enable takes step names or tables"),
        ('skip = ["a"\ndrop_lines = []\n', 2, "invalid TOML"),
        ('skip = []\ndrop_lines = ["a"\n', 2, "invalid TOML: Unclosed array$"),
    ],
    ids=["regex-literal", "regex-basic", "backtracking", "filter-name", "key", "type", "zone",
         "zone-abbreviation", "placement", "toml", "toml-at-end"],
)
def test_a_bad_rule_fails_with_file_line_and_reason(
    tmp_path: Path, text: str, line: int, reason: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(RulesError, match=reason) as caught:
        load_rules(path)
    assert str(caught.value).startswith(f"{path}:{line}: ")
    assert "\n" not in str(caught.value)


def test_the_command_line_reports_a_bad_rules_file_in_one_line(tmp_path: Path) -> None:
    path = write(tmp_path, "drop_lines = [\n  '^Follow (us',\n]\n")
    result = CliRunner().invoke(cli, ["clean", "--rules", str(path), "-"], input="Some text.\n")
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"error: {path}:2: invalid regex '^Follow (us': missing ) at position 11"
    ]
    assert result.stdout == ""


def test_rules_are_found_walking_up_from_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    deep = tmp_path / "project" / "scrapes" / "2022"
    deep.mkdir(parents=True)
    write(tmp_path, '[project]\nname = "x"\n', "pyproject.toml")  # no table: not a rules file
    assert find_rules_file(deep) is None
    pyproject = write(tmp_path / "project", '[tool.newsclean]\nprompt_phrases = ["Send your"]\n',
                      "pyproject.toml")
    assert find_rules_file(deep) == pyproject
    assert load_rules(pyproject).prompt_phrases == ("Send your",)
    nearer = write(deep.parent, 'skip = ["media.photo_credit"]\n', "newsclean.toml")
    assert find_rules_file(deep) == nearer
    monkeypatch.chdir(deep)
    assert user_rules(None).skip == frozenset({"media.photo_credit"})
    result = CliRunner().invoke(cli, ["explain", "--format", "json", "-"],
                                input="Headline here\nSend your photos to us\n")
    assert result.exit_code == 0


def test_explain_and_trace_name_the_rule_steps(tmp_path: Path) -> None:
    rules = write(tmp_path, "prompt_phrases = ['storm photos']\n")
    page = write(tmp_path, "\n".join([
        "Storm batters coast as thousands lose power",
        "The storm reached the coast on Tuesday night and cut power to thousands of homes, the "
        "utility said, adding that crews would work through the weekend to restore it.",
        "Send your storm photos to the newsroom",
        "Officials opened three shelters in schools near the harbour and asked residents to "
        "stay indoors until the wind drops below gale force on Wednesday afternoon.",
    ]), "page.txt")
    result = CliRunner().invoke(cli, ["clean", "--trace", "--rules", str(rules), str(page)])
    assert '"step": "rules.prompt_phrase"' in result.stdout
    result = CliRunner().invoke(cli, ["explain", "--rules", str(rules), str(page)])
    assert "rules.prompt_phrase" in result.stdout


def test_merge_adds_lists_and_replaces_now_and_zones() -> None:
    base = Config(skip=frozenset({"a.b"}), drop_lines=("x",), zones=(("IST", "+01:00"),))
    more = Config(skip=frozenset({"c.d"}), drop_lines=("x", "y"), zones=(("IST", "+02:00"),))
    merged = merge(base, more)
    assert merged.skip == {"a.b", "c.d"} and merged.drop_lines == ("x", "y")
    assert merged.zones == (("IST", "+02:00"),)


def run_step(step: object, lines: list[str]) -> list[str]:
    doc: Document = step(split_lines("\n".join(lines), "-"))  # type: ignore[operator]
    return [line.text for line in doc.lines]


KEPT = [
    "Pegasus snoops through WhatsApp",
    "The question is: is the displayed image correct?",
    "Readers who click here and there on the map will find the flooded roads marked in red.",
]


@pytest.mark.parametrize(
    ("step", "line", "expected"),
    [
        (DropLine((r"^Click here\b",)), "Click here to subscribe to The Paradigm Newsletter", None),
        (DropLine((r"Click here to support",)),
         "Do you rely on Snopes reporting? Click here to support it.", None),
        (InlineCut((r"\s*Click here for more information\.$",)),
         "Get Motor Cycle Monthly delivered through your letterbox every month. 12 issues for "
         "£11.99. Click here for more information.",
         "Get Motor Cycle Monthly delivered through your letterbox every month. 12 issues for "
         "£11.99."),
        (PromoPhrase(("Must read",)), "Must Read Bits & Bytes", None),
        (PromoPhrase(("Also read",)),
         "Friday after a meeting with Lloyd Austin on Wednesday.ALSO READ: G7 'strongly united'",
         "Friday after a meeting with Lloyd Austin on Wednesday."),
        (PromptPhrase(("click here for more information",)),
         "This website uses cookies. By continuing to use our website without changing the "
         "settings, you are agreeing to our use of cookies. Click here for more information.",
         None),
    ],
    ids=["drop-start", "drop-inside", "cut", "promo-line", "promo-glued", "prompt"],
)
def test_rule_steps_on_real_lines(step: object, line: str, expected: str | None) -> None:
    assert run_step(step, [line, *KEPT]) == ([] if expected is None else [expected]) + KEPT


def test_a_long_prompt_line_is_kept() -> None:
    paragraph = "Readers told us to join our WhatsApp channel" + " and read on" * 20
    assert run_step(PromptPhrase(("join our WhatsApp channel",)), [paragraph]) == [paragraph]


def test_a_pattern_that_runs_away_leaves_the_line_and_warns() -> None:
    line = "x" * 40 + "z"
    doc = DropLine((r"(x|xx)+y",))(split_lines(line, "-"))
    assert [kept.text for kept in doc.lines] == [line]
    assert any("timed out on line 1" in w for w in doc.warnings)


@pytest.mark.parametrize(
    ("pattern", "risky"),
    [
        (r"(a+)+$", "(a+)+"),
        (r"^(?:\w+\s*)*:$", r"(?:\w+\s*)*"),
        (r"((ab)*c)+", "((ab)*c)+"),
        (r"(a{2,})*", "(a{2,})*"),
        (r"(a++)+", None),
        (r"(?>a+)+", None),
        (r"(ab){2,5}c+", None),
        (r"[(]a+[)]+", None),
        (r"\(a+\)+", None),
        (r"^Click here\b.*$", None),
    ],
    ids=["plus-plus", "star-star", "deep", "brace", "possessive", "atomic", "bounded", "class",
         "escaped", "plain"],
)
def test_nested_quantifier(pattern: str, risky: str | None) -> None:
    assert nested_quantifier(pattern) == risky


PUBLISHED = "\n".join([
    "US defence chief calls Russian counterpart",
    "Published on May 13, 2022 09:16 PM IST",
    "The two ministers spoke for an hour on Friday, officials said, in the first call between "
    "them since the war in Ukraine began in February.",
])


@pytest.mark.parametrize(
    ("zones", "published", "ambiguous"),
    [
        ({}, "2022-05-13T21:16:00+05:30", True),
        ({"IST": "Asia/Jerusalem"}, "2022-05-13T21:16:00+03:00", False),
        ({"ist": "Europe/Dublin"}, "2022-05-13T21:16:00+01:00", False),
        ({"IST": "+02:00"}, "2022-05-13T21:16:00+02:00", False),
        ({"CST": "Asia/Shanghai"}, "2022-05-13T21:16:00+05:30", True),
    ],
    ids=["default-india", "israel", "ireland", "offset", "other-abbreviation"],
)
def test_zone_preferences(zones: dict[str, str], published: str, ambiguous: bool) -> None:
    article = newsclean.clean(PUBLISHED, zones=zones)
    assert article.published == published
    assert any("ambiguous time zone" in w for w in article.warnings) is ambiguous


WEIGHTS = '{"format": "newsclean-head-weights", "cues": {"byline": 3.0}, "min_score": 0.5}\n'


def test_a_rules_file_names_its_weights_file_beside_it(tmp_path: Path) -> None:
    (tmp_path / "weights").mkdir()
    (tmp_path / "weights" / "sites.json").write_text(WEIGHTS, encoding="utf-8")
    rules = tmp_path / "newsclean.toml"
    rules.write_text('skip = []\nweights = "weights/sites.json"\n', encoding="utf-8")
    weights = load_rules(rules).head_weights
    assert weights is not None
    assert weights.by_name()["byline"] == 3.0 and weights.min_score == 0.5


@pytest.mark.parametrize(
    ("value", "reason"),
    [('"missing.json"', "cannot read"), ("3", "must be the path"), ('"bad.json"', "unknown cue")],
)
def test_a_bad_weights_key_fails_with_file_line_and_reason(
    tmp_path: Path, value: str, reason: str
) -> None:
    (tmp_path / "bad.json").write_text('{"format": "newsclean-head-weights", "cues": {"x": 1}}',
                                       encoding="utf-8")
    rules = tmp_path / "newsclean.toml"
    rules.write_text(f"skip = []\nweights = {value}\n", encoding="utf-8")
    with pytest.raises(RulesError, match=rf"newsclean.toml:2: .*{reason}"):
        load_rules(rules)


def test_weights_given_as_an_option_and_on_the_command_line_replace_the_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "w.json").write_text(WEIGHTS, encoding="utf-8")
    config = newsclean.make_config(weights="w.json")
    assert config.head_weights is not None and config.head_weights.min_score == 0.5
    strict = tmp_path / "strict.json"
    strict.write_text('{"format": "newsclean-head-weights", "min_score": 100}', encoding="utf-8")
    (tmp_path / "newsclean.toml").write_text('weights = "w.json"\n', encoding="utf-8")
    page = Path(__file__).parent / "corpus" / "dev" / "inscriptis" / "d1c57d7821e5.txt"
    from_rules = CliRunner().invoke(cli, ["clean", str(page)])
    assert '"headline": "NASA adds five companies' in from_rules.stdout
    from_flag = CliRunner().invoke(cli, ["clean", "--weights", str(strict), str(page)])
    assert '"headline": null' in from_flag.stdout  # --weights replaces the rules file's
