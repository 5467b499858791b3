"""`newsclean eval` through CliRunner: results on stdout, progress on stderr, the two apart."""

from __future__ import annotations

import io
import json
from pathlib import Path

from click.testing import CliRunner

from newsclean.cli import cli
from newsclean.cli.eval import ProgressLine
from newsclean.evaluate.splits import split_of

DEV = Path(__file__).parent / "corpus" / "dev"
FEW = ["--rendering", "html-text", "--limit", "3"]


def test_eval_table_goes_to_stdout_and_nothing_to_stderr(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["eval", str(DEV), *FEW, "--worst", "2"])
    assert result.exit_code == 0, result.stderr
    assert "newsclean eval" in result.stdout and "split: all" in result.stdout
    assert "worst documents: html-text" in result.stdout
    assert result.stderr == ""  # not a terminal: no progress line


def test_eval_json_of_the_check_split(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["eval", str(DEV), *FEW, "--split", "check", "--json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["split"] == "check"
    (rendering,) = data["renderings"]
    ids = [d["id"] for d in rendering["documents"]]
    assert rendering["split"] == "check" and len(ids) == 3
    assert {split_of(i) for i in ids} == {"check"}
    assert result.stderr == ""


def test_eval_both_splits_side_by_side(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["eval", str(DEV), *FEW, "--split", "both", "--json"])
    assert result.exit_code == 0, result.stderr
    renderings = json.loads(result.stdout)["renderings"]
    rows = [(r["rendering"], r["split"], r["docs"]) for r in renderings]
    # the first three pages: two tune, one check
    assert rows == [("html-text", "tune", 2), ("html-text", "check", 1)]
    table = runner.invoke(cli, ["eval", str(DEV), *FEW, "--split", "both", "--worst", "0"])
    assert "│ tune " in table.stdout and "│ check " in table.stdout


def test_ablate_json_on_stdout_progress_on_stderr(runner: CliRunner) -> None:
    args = ["eval", str(DEV), *FEW, "--ablate", "--step", "region.main_text", "--json"]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    (step,) = data["steps"]
    assert step["step"] == "region.main_text"
    assert (step["tune"]["net"], step["check"]["net"]) == (2, 1)
    assert data["pages"] == {"tune": 2, "check": 1}
    assert "ablation 2/2: region.main_text" in result.stderr


def test_ablate_table(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["eval", str(DEV), *FEW, "--ablate", "--step", "extract.date"])
    assert result.exit_code == 0, result.stderr
    assert "extract.date" in result.stdout and "check net" in result.stdout
    assert "extract.date" not in result.stdout.split("step")[0]


def test_ablate_usage_errors(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["eval", str(DEV), "--ablate", "--step", "extract.headlin"])
    assert result.exit_code == 2 and "extract.headline" in result.stderr
    result = runner.invoke(cli, ["eval", str(DEV), "--step", "extract.headline"])
    assert result.exit_code == 2 and "--ablate" in result.stderr
    assert result.stdout == ""


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_line_only_on_a_terminal() -> None:
    terminal = FakeTerminal()
    line = ProgressLine(terminal)
    line.scoring("html-text", 1, 3)
    line.reading("inscriptis", 2, 3)  # train reads pages before it fits
    line.close()
    assert terminal.getvalue() == (
        "\r\x1b[Kscoring html-text: 1/3\r\x1b[Kreading inscriptis: 2/3\r\x1b[K"
    )
    piped = io.StringIO()
    quiet = ProgressLine(piped)
    quiet.scoring("html-text", 1, 3)
    quiet.close()
    assert piped.getvalue() == ""


def test_ablate_names_a_head_cue(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["eval", str(DEV), *FEW, "--ablate", "--step", "head.crumb",
                                 "--json"])
    assert result.exit_code == 0, result.stderr
    (step,) = json.loads(result.stdout)["steps"]
    assert step["step"] == "head.crumb"
    result = runner.invoke(cli, ["eval", str(DEV), "--ablate", "--step", "head.crum"])
    assert result.exit_code == 2 and "head.crumb" in result.stderr
