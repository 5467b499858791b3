from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from newsclean.cli import cli
from newsclean.pipeline import DEFAULT_STEPS

SEED_RAW = Path(__file__).parent / "corpus" / "seed" / "raw" / "hindustantimes-austin-shoigu.txt"

SEED_FIELDS = ("headline", "description", "byline", "authors", "section", "body")


def _check_seed(record: dict, gold: dict) -> None:
    for field in SEED_FIELDS:
        assert record[field] == gold[field], field
    assert record["published"] == gold["date_published"]


def test_clean_file_gives_the_seed_record(runner: CliRunner, seed_gold: dict) -> None:
    result = runner.invoke(cli, ["clean", str(SEED_RAW)])
    assert result.exit_code == 0, result.stderr
    _check_seed(json.loads(result.stdout), seed_gold)


def test_clean_stdin_gives_the_seed_record(runner: CliRunner, seed_gold: dict) -> None:
    result = runner.invoke(cli, ["clean", "-"], input=SEED_RAW.read_bytes())
    assert result.exit_code == 0
    _check_seed(json.loads(result.stdout), seed_gold)


def test_batch_gives_the_seed_record(runner: CliRunner, seed_gold: dict, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["batch", str(SEED_RAW.parent)])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == [SEED_RAW.stem]
    _check_seed(records[0], seed_gold)
    out = tmp_path / "out"
    result = runner.invoke(cli, ["batch", str(SEED_RAW.parent), "--out", str(out)])
    assert result.exit_code == 0
    written = json.loads((out / f"{SEED_RAW.stem}.json").read_text(encoding="utf-8"))
    _check_seed(written, seed_gold)


def test_batch_goes_on_after_a_bad_file(runner: CliRunner, tmp_path: Path) -> None:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "page.txt").write_bytes(SEED_RAW.read_bytes())
    (src / "empty.txt").write_bytes(b"")
    before = {p: p.read_bytes() for p in src.rglob("*.txt")}
    result = runner.invoke(cli, ["batch", str(src)])
    assert result.exit_code == 1
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == ["sub/page"]
    assert "empty input" in result.stderr
    assert {p: p.read_bytes() for p in src.rglob("*.txt")} == before


def test_batch_refuses_to_write_into_its_input(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["batch", str(tmp_path), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2


def test_text_format(runner: CliRunner, seed_gold: dict) -> None:
    result = runner.invoke(cli, ["clean", "--format", "text", str(SEED_RAW)])
    head, _, body = result.stdout.partition("\n\n")
    assert head.splitlines() == [seed_gold["headline"], seed_gold["byline"],
                                 seed_gold["date_published"]]
    assert body.strip() == seed_gold["body"]


def test_bad_inputs_give_one_line_and_exit_1(runner: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    for path, message in ((empty, "empty input"), (binary, "binary input"),
                          (tmp_path / "missing.txt", "no such file")):
        result = runner.invoke(cli, ["clean", str(path)])
        assert result.exit_code == 1
        assert message in result.stderr
        assert "Traceback" not in result.stderr
        assert result.stdout == ""


def test_invalid_utf8_gives_a_record_with_a_warning(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "latin.txt"
    page.write_bytes(SEED_RAW.read_bytes().replace("’".encode(), b"\x92"))
    result = runner.invoke(cli, ["clean", str(page)])
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert any(w.startswith("decoded as") for w in record["warnings"])


def test_unknown_skip_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["clean", "--skip", "region.main_txt", str(SEED_RAW)])
    assert result.exit_code == 2
    assert "region.main_text" in result.stderr


def test_skip_switches_a_step_off(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["clean", "--trace", "--skip", "region.main_text", str(SEED_RAW)])
    steps = {event["step"] for event in json.loads(result.stdout)["trail"]}
    assert "region.main_text" not in steps
    assert "extract.headline" in steps


def test_explain_names_a_step_for_every_removed_line(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["explain", "--format", "json", str(SEED_RAW)])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    step_names = {step.name for step in DEFAULT_STEPS}
    removed = [row for row in data["lines"] if row["status"] in ("drop", "extract")]
    assert removed
    for row in removed:
        assert row["events"] and row["events"][-1]["step"] in step_names


def test_explain_rich_renders(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["explain", str(SEED_RAW)])
    assert result.exit_code == 0
    assert "extract.headline" in result.stdout


def test_filters_lists_every_step(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["filters"])
    names = [line.split("\t")[0] for line in result.stdout.splitlines()]
    assert names == [step.name for step in DEFAULT_STEPS]


def test_real_pipe_to_head_ends_quietly() -> None:
    pages = [str(SEED_RAW)] * 200
    proc = subprocess.run(
        f"{sys.executable} -m newsclean clean --format jsonl {' '.join(pages)} | head -n 1",
        shell=True, capture_output=True, text=True, check=False,
    )
    assert proc.stdout.count("\n") == 1
    assert "Traceback" not in proc.stderr
    assert json.loads(proc.stdout)["id"] == SEED_RAW.stem


def test_mojibake_is_repaired_with_a_warning(runner: CliRunner, tmp_path: Path) -> None:
    sentence = (
        "Russia’s forces said on Friday that the bridge was destroyed after a long fight near "
        "the river, officials said in a statement."
    )
    page = tmp_path / "moji.txt"
    page.write_bytes(b"Headline here\n\n" + sentence.encode("utf-8").decode("cp1252").encode())
    record = json.loads(runner.invoke(cli, ["clean", str(page)]).stdout)
    assert record["body"] == sentence
    assert "repaired mojibake" in record["warnings"]


def test_an_output_a_command_cannot_write_is_one_error_line(tmp_path: Path) -> None:
    # --out under a file: no directory can be made there
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text("Storm hits the coast, officials said.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["learn", str(pages), "--out", str(blocker / "sites.json")])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ") and "cannot write" in result.stderr
    assert "Traceback" not in result.output
