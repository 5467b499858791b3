"""`newsclean batch --format` and Parquet output; `newsclean explain` on files of records."""

from __future__ import annotations

import gzip
import json
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsclean.cli import cli
from newsclean.model import ARTICLE_FIELDS

# A short article page with a menu line and a footer, shared by the batch tests.
ARTICLE = (Path(__file__).parent / "pages" / "storm_article.txt").read_text(encoding="utf-8")


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (src / "b.txt.gz").write_bytes(gzip.compress(ARTICLE.replace("Friday", "Monday").encode()))
    lines = [json.dumps({"id": f"r{n}", "text": ARTICLE, "url": f"https://x/{n}"})
             for n in range(2)]
    (src / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return src


def jsonl_records(runner: CliRunner, tree: Path) -> list[dict[str, object]]:
    result = runner.invoke(cli, ["batch", str(tree), "-q", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_format_json_holds_the_jsonl_records_indented(runner: CliRunner, tree: Path) -> None:
    result = runner.invoke(cli, ["batch", str(tree), "-q", "--format", "json"])
    assert result.exit_code == 0
    decoder, text, records = json.JSONDecoder(), result.stdout, []
    while text.strip():
        record, end = decoder.raw_decode(text.lstrip())
        records.append(record)
        text = text.lstrip()[end:]
    assert records == jsonl_records(runner, tree)
    assert result.stdout.startswith('{\n  "id": "a",')


def test_format_text_is_what_clean_prints(runner: CliRunner, tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    result = runner.invoke(cli, ["batch", str(tree / "a.txt"), "-q", "--format", "text",
                                 "--output", str(out)])
    assert result.exit_code == 0
    clean = runner.invoke(cli, ["clean", "--format", "text", str(tree / "a.txt")])
    assert out.read_text(encoding="utf-8") == clean.stdout
    assert out.read_text(encoding="utf-8").startswith("Storm batters coast")


def test_parquet_output_has_the_records_schema(runner: CliRunner, tree: Path,
                                               tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "articles.parquet"
    result = runner.invoke(cli, ["batch", str(tree), "-q", "--output", str(out)])
    assert result.exit_code == 0, result.output
    table = pq.read_table(out)
    assert table.column_names == [*ARTICLE_FIELDS, "meta"]
    rows = table.to_pylist()
    expected = jsonl_records(runner, tree)
    for row, record in zip(rows, expected, strict=True):
        meta = row.pop("meta")
        assert meta == (json.dumps(record.pop("meta")) if "meta" in record else None)
        assert row == record
    assert not list(tmp_path.glob(".articles.parquet.*"))  # no temporary file left


@pytest.mark.parametrize(
    "args",
    [["--format", "text", "--out", "OUT"], ["--format", "json", "--output", "x.parquet"],
     ["--output", "x.parquet", "--resume"], ["--output", "-", "--resume"]],
    ids=["format-with-out", "format-with-parquet", "resume-parquet", "resume-stdout"],
)
def test_format_usage_errors(runner: CliRunner, tree: Path, tmp_path: Path,
                             args: list[str]) -> None:
    args = [a.replace("OUT", str(tmp_path / "o")).replace("x.", f"{tmp_path}/x.") for a in args]
    result = runner.invoke(cli, ["batch", str(tree), *args])
    assert result.exit_code == 2, result.output
    assert "error:" in result.stderr


def test_explain_reads_records_and_compressed_pages(runner: CliRunner, tree: Path) -> None:
    first = runner.invoke(cli, ["explain", "--format", "json", str(tree / "c.jsonl")])
    picked = runner.invoke(cli, ["explain", "--format", "json", "--id", "r1",
                                 str(tree / "c.jsonl")])
    packed = runner.invoke(cli, ["explain", "--format", "json", str(tree / "b.txt.gz")])
    assert first.exit_code == picked.exit_code == packed.exit_code == 0, packed.output
    assert json.loads(first.stdout)["record"]["id"] == "r0"
    assert json.loads(picked.stdout)["record"]["source"].endswith("c.jsonl:2")
    assert json.loads(picked.stdout)["record"]["headline"] == "Storm batters coast as " \
        "thousands lose power"
    record = json.loads(packed.stdout)["record"]
    assert record["id"] == "b" and "Monday" in record["body"]
    missing = runner.invoke(cli, ["explain", "--id", "nope", str(tree / "c.jsonl")])
    assert missing.exit_code == 1
    assert missing.stderr == f"error: {tree / 'c.jsonl'}: no record with id 'nope'\n"


@pytest.mark.skipif(shutil.which("jq") is None, reason="jq is not installed")
def test_explain_help_examples_work(runner: CliRunner, tree: Path) -> None:
    """Every `jq` example of `explain --help` selects something from a real explanation."""
    help_text = runner.invoke(cli, ["explain", "--help"]).stdout
    examples = [line.strip() for line in help_text.splitlines() if "| jq" in line]
    assert examples
    for example in examples:
        explain, jq = example.split(" | ", 1)
        args = shlex.split(explain)[1:]
        args[-1] = str(tree / "a.txt")
        produced = runner.invoke(cli, args)
        assert produced.exit_code == 0
        done = subprocess.run(shlex.split(jq), input=produced.stdout, capture_output=True,
                              text=True, timeout=30, check=True)
        assert done.stdout.strip() and done.stdout.strip() != "null", example
