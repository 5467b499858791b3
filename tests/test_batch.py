"""`newsclean batch`: trees, records, resume, interruption, the pool, the errors file."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import os
import pickle
import signal
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console

from newsclean.batch import runner as batch
from newsclean.batch.inputs import iter_units
from newsclean.batch.records import Fields
from newsclean.batch.sinks import completed_ids
from newsclean.cli import batch_view, cli
from newsclean.cli.batch import BatchRequest, execute
from newsclean.config import Config
from newsclean.errors import UsageError

# A short article page with a menu line and a footer, shared by the batch tests.
ARTICLE = (Path(__file__).parent / "pages" / "storm_article.txt").read_text(encoding="utf-8")
FIELDS = Fields(text="content", id="key")
NAVIGATION = "Home\nMenu\nSearch\nPrivacy Policy\n"


def article(n: int) -> str:
    return ARTICLE.replace("Friday", f"day {n}")


def make_tree(root: Path) -> Path:
    """Plain, compressed, empty and article-less pages in a tree."""
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(article(1), encoding="utf-8")
    (root / "sub" / "b.txt.gz").write_bytes(gzip.compress(article(2).encode()))
    (root / "sub" / "c.txt.bz2").write_bytes(bz2.compress(article(3).encode()))
    (root / "d.txt.xz").write_bytes(lzma.compress(article(4).encode()))
    (root / "empty.txt").write_bytes(b"")
    (root / "nav.txt").write_text(NAVIGATION, encoding="utf-8")
    return root


def jsonl_file(path: Path, count: int, bad_line: bool = False) -> Path:
    lines = [json.dumps({"key": f"r{n}", "content": article(n), "url": f"https://x/{n}"})
             for n in range(count)]
    if bad_line:
        lines.insert(1, '{"key": "broken", "content": ')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def wet_record(uri: str, record_id: str, text: str) -> bytes:
    """A WET conversion record, framed by hand as the WARC format says."""
    payload = text.encode()
    head = (f"WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: {uri}\r\n"
            f"WARC-Date: 2022-05-12T10:00:00Z\r\nWARC-Record-ID: {record_id}\r\n"
            f"Content-Type: text/plain\r\nContent-Length: {len(payload)}\r\n\r\n")
    return head.encode() + payload + b"\r\n\r\n"


def test_a_tree_with_a_bad_file(runner: CliRunner, tmp_path: Path) -> None:
    src = make_tree(tmp_path / "in")
    before = {p: p.read_bytes() for p in src.rglob("*") if p.is_file()}
    out, errors = tmp_path / "out", tmp_path / "errors.jsonl"
    result = runner.invoke(cli, ["batch", str(src), "--out", str(out), "--errors", str(errors),
                                 "--jobs", "1"])
    assert result.exit_code == 1
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*"))
    assert written == ["a.json", "d.json", "nav.json", "sub", "sub/b.json", "sub/c.json"]
    assert json.loads((out / "sub" / "b.json").read_text())["body"].count("day 2") == 1
    assert json.loads((out / "nav.json").read_text())["warnings"] == ["no article found"]
    (failure,) = [json.loads(line) for line in errors.read_text().splitlines()]
    assert failure["id"] == "empty" and "empty input" in failure["error"]
    assert failure["source"].endswith("empty.txt")
    assert "no article found" in result.stderr and "failed" in result.stderr
    assert {p: p.read_bytes() for p in src.rglob("*") if p.is_file()} == before


def test_quiet_prints_no_summary(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(article(1))
    result = runner.invoke(cli, ["batch", str(tmp_path), "--quiet", "--jobs", "1"])
    assert result.exit_code == 0 and result.stderr == ""
    assert json.loads(result.stdout)["id"] == "a"


def test_jobs_2_gives_what_jobs_1_gives(runner: CliRunner, tmp_path: Path) -> None:
    src = make_tree(tmp_path / "in")
    jsonl_file(src / "records.jsonl", 3, bad_line=True)
    args = ["batch", str(src), "--text-field", "content", "--chunk-size", "2", "-q", "--jobs"]
    runs = [runner.invoke(cli, [*args, jobs]) for jobs in ("1", "2")]
    assert [r.exit_code for r in runs] == [1, 1]
    assert runs[0].stdout == runs[1].stdout
    assert len(runs[0].stdout.splitlines()) == 8  # 5 pages + 3 records; empty, broken failed


def interrupt_after(monkeypatch: pytest.MonkeyPatch, count: int) -> None:
    """Press Ctrl-C (a real SIGINT) once ``count`` outcomes have been seen."""
    seen = []
    original = batch_view.BatchView.on_outcome

    def on_outcome(self: batch_view.BatchView, outcome: object, stats: object) -> None:
        seen.append(outcome)
        if len(seen) == count:
            os.kill(os.getpid(), signal.SIGINT)
        original(self, outcome, stats)  # type: ignore[arg-type]

    monkeypatch.setattr(batch_view.BatchView, "on_outcome", on_outcome)


def test_ctrl_c_then_resume(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for n in range(3):
        (src / f"{n}.txt").write_text(article(n))
    jsonl_file(src / "z.jsonl", 3)
    out = tmp_path / "out"
    request = BatchRequest(inputs=(src,), out_dir=out, jobs=1, quiet=True, fields=FIELDS)
    console = Console(stderr=True)
    interrupt_after(monkeypatch, 2)
    assert execute(request, console, progress=False) == 130
    assert sorted(p.name for p in out.iterdir()) == ["0.json", "1.json"]
    monkeypatch.undo()
    interrupt_after(monkeypatch, 3)  # 1 file, then inside the record file: none of it is kept
    resumed = BatchRequest(inputs=(src,), out_dir=out, jobs=1, quiet=True, resume=True,
                           fields=FIELDS)
    assert execute(resumed, console, progress=False) == 130
    assert sorted(p.name for p in out.iterdir()) == ["0.json", "1.json", "2.json"]
    monkeypatch.undo()
    (out / "0.json").write_text("{}\n")  # a done output is never redone
    assert execute(resumed, console, progress=False) == 0
    assert sorted(p.name for p in out.iterdir()) == ["0.json", "1.json", "2.json", "z.jsonl"]
    assert (out / "0.json").read_text() == "{}\n"
    records = [json.loads(line) for line in (out / "z.jsonl").read_text().splitlines()]
    assert [r["id"] for r in records] == ["r0", "r1", "r2"]
    assert "interrupted" in capsys.readouterr().err


def test_resume_a_jsonl_output_cut_mid_line(runner: CliRunner, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for n in range(4):
        (src / f"{n}.txt").write_text(article(n))
    full, cut = tmp_path / "full.jsonl", tmp_path / "cut.jsonl"
    args = ["batch", str(src), "--jobs", "1", "-q", "--output"]
    assert runner.invoke(cli, [*args, str(full)]).exit_code == 0
    lines = full.read_text().splitlines(keepends=True)
    cut.write_text(lines[0] + lines[1][:40])  # the run died while writing the second record
    assert completed_ids(cut) == {"0"}
    assert cut.read_text() == lines[0]
    cut.write_text(lines[0] + lines[1][:40])
    result = runner.invoke(cli, [*args, str(cut), "--resume"])
    assert result.exit_code == 0
    assert cut.read_text() == full.read_text()


def test_resume_refuses_a_file_that_is_not_an_output(tmp_path: Path) -> None:
    path = tmp_path / "notes.jsonl"
    path.write_text('{"id": "a"}\nsome notes\n{"id": "b"}\n')
    with pytest.raises(UsageError, match=r"notes\.jsonl:2"):
        completed_ids(path)


def test_jsonl_in_and_out(runner: CliRunner, tmp_path: Path) -> None:
    data = jsonl_file(tmp_path / "data.jsonl", 2, bad_line=True)
    errors = tmp_path / "e.jsonl"
    result = runner.invoke(cli, ["batch", str(data), "--text-field", "content", "--id-field",
                                 "key", "--errors", str(errors), "--jobs", "1"])
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["id"], r["source"], r["meta"]) for r in records] == [
        ("r0", f"{data}:1", {"url": "https://x/0"}), ("r1", f"{data}:3", {"url": "https://x/1"}),
    ]
    assert records[1]["headline"] == "Storm batters coast as thousands lose power"
    (failure,) = [json.loads(line) for line in errors.read_text().splitlines()]
    assert (failure["id"], failure["source"]) == ("data:2", f"{data}:2")


def test_record_files_give_one_jsonl_each_under_out(runner: CliRunner, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    raw = jsonl_file(tmp_path / "x.jsonl", 2).read_bytes()
    (src / "part-1.jsonl.gz").write_bytes(gzip.compress(raw))
    out = tmp_path / "out"
    result = runner.invoke(cli, ["batch", str(src), "--out", str(out), "--text-field", "content",
                                 "--jobs", "1"])
    assert result.exit_code == 0
    lines = (out / "part-1.jsonl").read_text().splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["part-1:1", "part-1:2"]


def test_clean_reads_jsonl_on_stdin(runner: CliRunner) -> None:
    records = [json.dumps({"id": "a", "text": article(1), "lang": "en"}), "[1]"]
    result = runner.invoke(cli, ["clean", "-", "--input-format", "jsonl"],
                           input="\n".join(records) + "\n")
    assert result.exit_code == 1
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert (record["id"], record["meta"]) == ("a", {"lang": "en"})
    assert "not a JSON object" in result.stderr
    refused = runner.invoke(cli, ["clean", "-", "--input-format", "jsonl", "--format", "text"])
    assert refused.exit_code == 2


def test_a_wet_file(runner: CliRunner, tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    wet = tmp_path / "CC-MAIN-1.warc.wet.gz"
    with gzip.open(wet, "wb") as handle:  # one gzip member per record, as Common Crawl does
        handle.write(wet_record("https://example.com/a", "<urn:uuid:a>", article(1)))
    with gzip.open(wet, "ab") as handle:
        handle.write(wet_record("https://example.com/n", "<urn:uuid:n>", NAVIGATION))
    result = runner.invoke(cli, ["batch", str(wet), "--jobs", "1"])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["id"], r["source"]) for r in records] == [
        ("<urn:uuid:a>", "https://example.com/a"), ("<urn:uuid:n>", "https://example.com/n"),
    ]
    assert records[0]["meta"]["WARC-Date"] == "2022-05-12T10:00:00Z"
    assert records[1]["body"] == ""
    assert "no article found" in result.stderr
    piped = runner.invoke(cli, ["clean", "--input-format", "warc", "-"],
                          input=wet.read_bytes())
    assert piped.stdout == result.stdout.replace(str(wet), "-")


@pytest.mark.parametrize(
    "args",
    [
        ["--out", "{src}/o"],
        ["--output", "{src}/o.jsonl"],
        ["--errors", "{src}/e.jsonl"],
        ["--resume"],
        ["--out", "{tmp}/o", "--output", "{tmp}/o.jsonl"],
    ],
    ids=["out-inside", "output-inside", "errors-inside", "resume-on-stdout", "two-outputs"],
)
def test_usage_errors(runner: CliRunner, tmp_path: Path, args: list[str]) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(article(1))
    args = [a.format(src=src, tmp=tmp_path) for a in args]
    result = runner.invoke(cli, ["batch", str(src), "--jobs", "1", *args])
    assert result.exit_code == 2, result.stderr
    assert sorted(p.name for p in src.iterdir()) == ["a.txt"]


def test_a_page_that_kills_its_worker_fails_alone(monkeypatch: pytest.MonkeyPatch,
                                                  tmp_path: Path) -> None:
    import newsclean.api as api

    real = api.clean

    def clean(text: str, **kwargs: object) -> object:
        if "CRASH" in text:
            os._exit(3)  # what the out-of-memory killer or a segfault looks like from outside
        return real(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(api, "clean", clean)  # the forked workers inherit it
    texts = [article(1), article(2), "CRASH", article(4), article(5)]
    data = tmp_path / "d.jsonl"
    data.write_text("".join(json.dumps({"id": str(n), "text": t}) + "\n"
                            for n, t in enumerate(texts)))
    tasks = batch.pending_tasks(iter_units((data,), None, None), Fields(), None, batch.Stats())
    with batch.Runner(Config(), jobs=2, chunk_size=2) as runner:
        outcomes = list(runner.map(tasks, batch.Stop()))
    assert [(o.id, o.error is None) for o in outcomes] == [
        ("0", True), ("1", True), ("2", False), ("3", True), ("4", True),
    ]
    assert "worker process died" in (outcomes[2].error or "")


@pytest.mark.skipif(batch.ABANDON_SIGNAL is None, reason="workers are terminated here")
def test_a_stopped_pool_drops_the_chunks_in_hand_without_killing_a_worker(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import time

    import newsclean.api as api

    def clean(text: str, **kwargs: object) -> object:
        time.sleep(60)  # a page far slower than the test may take
        raise AssertionError("not abandoned")

    monkeypatch.setattr(api, "clean", clean)  # the forked workers inherit it
    data = tmp_path / "d.jsonl"
    data.write_text("".join(json.dumps({"id": str(n), "text": article(n)}) + "\n"
                            for n in range(4)))
    tasks = list(batch.pending_tasks(iter_units((data,), None, None), Fields(), None,
                                     batch.Stats()))
    started = time.monotonic()
    with batch.Runner(Config(), jobs=2, chunk_size=1) as runner:
        assert runner._pool is not None
        futures = [runner._submit([task]) for task in tasks]
        time.sleep(0.5)  # the workers are inside their first pages
        workers = list(runner._pool._processes.values())  # type: ignore[attr-defined]
        batch._abandon_work(runner._pool)
        for future in futures:  # those in hand and those handed out after: all dropped
            with pytest.raises(batch.Abandoned):
                future.result(timeout=20)
    assert time.monotonic() - started < 20
    assert all(w.exitcode == 0 for w in workers)  # each ended as asked, none was killed


def test_lone_surrogates_in_jsonl_give_valid_utf8(runner: CliRunner, tmp_path: Path) -> None:
    data = tmp_path / "s.jsonl"
    text = json.dumps(article(1)).replace("Sunday", "Sunday \\ud83d")
    data.write_text('{"id": "s\\ud800", "text": ' + text + ', "m": "\\udc00"}\n')
    out = tmp_path / "out.jsonl"
    result = runner.invoke(cli, ["batch", str(data), "--jobs", "1", "--output", str(out)])
    assert result.exit_code == 0, result.stderr
    record = json.loads(out.read_text(encoding="utf-8"))
    assert (record["id"], record["meta"]) == ("s\ufffd", {"m": "\ufffd"})
    assert "Sunday \ufffd" in record["body"]


def test_clean_goes_by_extension(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "page.txt.xz"
    page.write_bytes(lzma.compress(article(1).encode()))
    data = tmp_path / "d.jsonl.gz"
    data.write_bytes(gzip.compress(json.dumps({"id": "r", "text": article(2)}).encode()))
    result = runner.invoke(cli, ["clean", "--format", "jsonl", str(page), str(data)])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["id"], "meta" in r) for r in records] == [("page", False), ("r", True)]
    assert "day 1" in records[0]["body"] and "day 2" in records[1]["body"]
    refused = runner.invoke(cli, ["clean", "--format", "text", str(data)])
    assert refused.exit_code == 2


def test_progress_and_summary_on_a_terminal(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(article(1))
    (src / "nav.txt").write_text(NAVIGATION)
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=120)
    request = BatchRequest(inputs=(src,), output=tmp_path / "o.jsonl", jobs=1)
    assert execute(request, console, progress=True) == 0
    shown = screen.getvalue()
    assert "1 docs" in shown and "0 failed" in shown and "elapsed 0:00:" in shown  # live line
    assert "1/2 files" in shown or "1 files" in shown  # with the total once it is counted
    assert "no article found" in shown and "throughput" in shown  # the summary
    screen.truncate(0)
    quiet = BatchRequest(inputs=(src,), output=tmp_path / "o.jsonl", jobs=1, quiet=True)
    assert execute(quiet, console, progress=True) == 0
    assert screen.getvalue().strip("\x00") == ""


def test_the_config_travels_to_workers() -> None:
    config = Config(skip=frozenset({"media.photo_credit"}), now=date(2022, 5, 13))
    assert pickle.loads(pickle.dumps(config)) == config


def test_a_wet_records_capture_day_reads_its_relative_stamps(runner: CliRunner,
                                                             tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    page = "Storm hits coast\nPublished 2 days ago\n" + article(1)
    wet = tmp_path / "c.warc.wet"
    wet.write_bytes(wet_record("https://example.com/a", "<urn:uuid:a>", page))
    result = runner.invoke(cli, ["batch", str(wet), "--jobs", "1"])
    assert json.loads(result.stdout)["published"] == "2022-05-10"  # WARC-Date 2022-05-12
    told = runner.invoke(cli, ["batch", str(wet), "--jobs", "1", "--now", "2022-06-01"])
    assert json.loads(told.stdout)["published"] == "2022-05-30"  # --now comes first


def test_the_background_count_gives_the_total_files_and_bytes(tmp_path: Path) -> None:
    src = make_tree(tmp_path / "in")
    stats = batch.Stats()
    batch_view.count_in_background((src,), None, None, stats).join(timeout=30)
    units = list(iter_units((src,), None, None))
    assert stats.total_files == len(units) == 6
    assert stats.total_bytes == sum(unit.size for unit in units)
    stats.files, stats.done_bytes = 3, stats.total_bytes // 2
    line = batch_view.progress_line(stats, 10.0)
    assert line.startswith("3/6 files") and "50%" in line
    assert "elapsed 0:00:10" in line and "ETA 0:00:10" in line
