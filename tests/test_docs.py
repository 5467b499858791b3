"""The README documents what the tool does: every step, every command."""

from __future__ import annotations

import json
import re
import sys
import types
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsclean.cli import cli
from newsclean.pipeline import DEFAULT_STEPS, step_summary
from newsclean.rules.load import load_rules
from newsclean.rules.steps import RULE_STEP_NAMES

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("step", DEFAULT_STEPS, ids=[s.name for s in DEFAULT_STEPS])
def test_every_step_is_in_the_readme_table_with_a_summary(step: object) -> None:
    name = step.name  # type: ignore[attr-defined]
    assert f"| `{name}` |" in README
    assert step_summary(step)  # type: ignore[arg-type]


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_help_and_is_documented(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.stdout
    assert f"newsclean {command}" in README


def test_readme_starts_with_the_two_commands() -> None:
    block = README.split("```")[1]
    lines = [line for line in block.splitlines() if line.strip() and line.strip() != "sh"]
    assert lines[0].startswith("python3 -m venv .venv") and "newsclean clean" in lines[0]
    assert lines[1] == ".venv/bin/python -m pytest"


def test_readme_python_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    seed = Path(__file__).parent / "corpus" / "seed" / "raw" / "hindustantimes-austin-shoigu.txt"
    code = README.split("```python")[1].split("```")[0]
    namespace = {"text": seed.read_text(encoding="utf-8"), "data": seed.read_bytes()}
    exec(compile(code, "README.md", "exec"), namespace)
    assert "2022-05-13T21:16:00+05:30" in capsys.readouterr().out
    assert namespace["record"]["authors"] == ["Aryan Prakash"]


PYTHON_BLOCK_RE = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
TOML_BLOCK_RE = re.compile(r"^```toml\n(.*?)^```", re.MULTILINE | re.DOTALL)


@pytest.mark.parametrize("index", range(len(PYTHON_BLOCK_RE.findall(README))))
def test_every_python_example_runs(index: int, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    seed = Path(__file__).parent / "corpus" / "seed" / "raw" / "hindustantimes-austin-shoigu.txt"
    code = PYTHON_BLOCK_RE.findall(README)[index]
    monkeypatch.chdir(tmp_path)  # no rules file of the checkout's surroundings leaks in
    module = types.ModuleType("readme_example")  # dataclasses look their module up
    monkeypatch.setitem(sys.modules, module.__name__, module)
    module.__dict__.update(text=seed.read_text(encoding="utf-8"), data=seed.read_bytes())
    exec(compile(code, f"README.md python block {index + 1}", "exec"), module.__dict__)


def test_the_rules_file_example_loads(tmp_path: Path) -> None:
    block = next(b for b in TOML_BLOCK_RE.findall(README) if "drop_lines" in b)
    path = tmp_path / "newsclean.toml"
    path.write_text(block, encoding="utf-8")
    config = load_rules(path)
    assert config.drop_lines and config.inline_cuts and config.zones
    for name in RULE_STEP_NAMES:
        assert f"| `{name}` |" in README


JSON_BLOCK_RE = re.compile(r"```json\n(.*?)```", re.DOTALL)


def test_the_gold_record_example_scores_every_field_it_gives() -> None:
    from newsclean.evaluate.corpus import score_doc

    block = next(b for b in JSON_BLOCK_RE.findall(README) if '"headline_visible"' in b)
    gold = json.loads(block)
    record = {"body": gold["body"], "headline": gold["headline"], "byline": gold["byline"],
              "authors": gold["authors_visible"], "published": gold["date_published"]}
    scored = score_doc("x", record, gold)
    assert scored.body_f1 == 1.0
    assert scored.headline_ok and scored.authors_ok and scored.date_ok and scored.byline_ok
    hidden = score_doc("x", record, {**gold, "headline_visible": False})
    assert hidden.headline_ok is None  # a headline the page does not print is not scored


def test_the_weights_file_example_names_real_cues() -> None:
    from newsclean.extract.head.head_weights import CUES

    block = next(b for b in JSON_BLOCK_RE.findall(README) if "newsclean-head-weights" in b)
    record = json.loads(block)
    assert set(record["cues"]) - {"..."} <= set(CUES)
    assert record["format"] == "newsclean-head-weights"
