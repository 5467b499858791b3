"""The command line as a Unix user meets it, through real processes: pipes, `-`, Ctrl-C, names."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

SEED = Path(__file__).parents[1] / "examples" / "seed.txt"
NEWSCLEAN = Path(sys.executable).with_name("newsclean")
PAGES = 40  # enough that the reader closes the pipe before the writer is done


def run(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=120, **kwargs)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("pages")
    for n in range(PAGES):
        shutil.copy(SEED, root / f"page-{n:02}.txt")
    return root


@pytest.mark.parametrize(
    "command",
    [
        "batch {folder} --jobs 2",
        "batch {folder} --jobs 1 --format text",
        "clean {folder}/page-*.txt",
        "explain {folder}/page-00.txt",
        "explain --format json {folder}/page-00.txt",
        "filters",
    ],
    ids=["batch", "batch-text", "clean", "explain", "explain-json", "filters"],
)
def test_a_pipe_closed_by_head_ends_quietly_with_exit_0(folder: Path, command: str) -> None:
    line = f"{NEWSCLEAN} {command.format(folder=folder)} | head -1; exit ${{PIPESTATUS[0]}}"
    done = run(["bash", "-c", line], env={**os.environ, "COLUMNS": "100"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("\n") == 1
    assert "Error" not in done.stderr and "error" not in done.stderr
    assert "Traceback" not in done.stderr


def test_dash_outputs_are_stdout(tmp_path: Path) -> None:
    shutil.copy(SEED, tmp_path / "page.txt")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    done = run([str(NEWSCLEAN), "batch", ".", "-q", "--output", "-", "--errors", "-"],
               cwd=tmp_path)
    assert done.returncode == 1
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(r["id"], "error" in r) for r in records] == [("empty", True), ("page", False)]
    assert not (tmp_path / "-").exists()


def test_ctrl_c_in_clean_exits_130(tmp_path: Path) -> None:
    process = subprocess.Popen([str(NEWSCLEAN), "clean"], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _wait_until_reading(process.pid)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr and "Aborted" not in stderr


def _wait_until_reading(pid: int) -> None:
    """Until the process blocks reading stdin (SIGINT before that would hit the imports)."""
    wchan = Path(f"/proc/{pid}/wchan")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if wchan.exists() and "pipe" in wchan.read_text():
            time.sleep(0.2)
            return
        time.sleep(0.1)
    time.sleep(3)  # no /proc: give the imports time


def test_names_with_brackets_are_printed_as_named(tmp_path: Path) -> None:
    data = tmp_path / "data[red]"
    data.mkdir()
    (data / "a[red]b.txt").write_text("", encoding="utf-8")
    (data / "b[bold]c.txt").write_text("  \n", encoding="utf-8")
    clean = run([str(NEWSCLEAN), "clean", str(data / "a[red]b.txt"), str(data / "b[bold]c.txt")])
    assert clean.returncode == 1
    assert clean.stderr.splitlines() == [
        f"error: {data}/a[red]b.txt: empty input: nothing to clean",
        f"error: {data}/b[bold]c.txt: empty input: nothing to clean",
    ]
    batch = run([str(NEWSCLEAN), "batch", str(data), "-q"])
    assert batch.returncode == 1
    assert f"error: {data}/a[red]b.txt: empty input: nothing to clean" in batch.stderr.splitlines()


@pytest.mark.parametrize(
    ("name", "module", "command", "message"),
    [
        ("crawl.warc.wet", "warcio", "batch",
         "reading WARC needs warcio: pip install 'newsclean[warc]'"),
        ("page.txt.zst", "zstandard", "clean",
         "reading .zst needs zstandard: pip install 'newsclean[zstd]'"),
    ],
    ids=["warc-batch", "zstd-clean"],
)
def test_a_missing_extra_is_named_once(tmp_path: Path, name: str, module: str, command: str,
                                       message: str) -> None:
    (tmp_path / name).write_bytes(b"WARC/1.0\r\n")
    code = (f"import sys; sys.modules[{module!r}] = None; from newsclean.cli import main; "
            "sys.argv = ['newsclean', *sys.argv[1:]]; main()")
    quiet = ["-q"] if command == "batch" else []
    done = run([sys.executable, "-c", code, command, str(tmp_path / name), *quiet])
    assert done.returncode == 1
    assert done.stderr == f"error: {tmp_path / name}: {message}\n"
