"""Outputs are written whole or not at all; inputs are only ever read; a write that fails is one
clear line."""

from __future__ import annotations

import builtins
import errno
import io
import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsclean.batch import io as nc_io
from newsclean.batch.io import write_atomic
from newsclean.cli import cli
from newsclean.errors import OutputError

PAGE = (
    "Storm floods the coast as thousands lose power\n\n"
    "The storm reached the coast early on Monday, flooding streets in three towns and cutting "
    "power to more than forty thousand homes, the regional utility said.\n"
    "Emergency crews worked through the night to clear fallen trees from the main roads, while "
    "schools in the worst-hit districts stayed closed until further notice.\n"
)


def _fail_writes(monkeypatch: pytest.MonkeyPatch, exc: BaseException) -> None:
    real_fdopen = os.fdopen

    def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
        handle = real_fdopen(fd, *args, **kwargs)
        handle.write("partial")  # bytes do reach the temporary file before the failure
        handle.flush()
        real_write = handle.write

        def write(text: str) -> int:
            real_write(text[:10])
            raise exc

        handle.write = write
        return handle

    monkeypatch.setattr(nc_io.os, "fdopen", fdopen)


def _files(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def test_write_atomic_writes_the_whole_text(tmp_path: Path) -> None:
    target = tmp_path / "out" / "a.json"
    write_atomic(target, "ü" * 100_000)
    assert target.read_text(encoding="utf-8") == "ü" * 100_000
    assert _files(tmp_path) == ["out/a.json"]


@pytest.mark.parametrize(
    "exc",
    [OSError(errno.ENOSPC, "No space left on device"), OSError(errno.EIO, "Input/output error")],
    ids=["full-disk", "io-error"],
)
def test_a_failed_write_leaves_no_file_and_one_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exc: OSError
) -> None:
    _fail_writes(monkeypatch, exc)
    target = tmp_path / "a.json"
    with pytest.raises(OutputError, match=rf"a\.json: cannot write: {exc.strerror}"):
        write_atomic(target, "x" * 1000)
    assert _files(tmp_path) == []


def test_a_failed_write_keeps_the_previous_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.json"
    target.write_text("old record\n", encoding="utf-8")
    _fail_writes(monkeypatch, OSError(errno.ENOSPC, "No space left on device"))
    with pytest.raises(OutputError):
        write_atomic(target, "new record\n")
    assert target.read_text(encoding="utf-8") == "old record\n"
    assert _files(tmp_path) == ["a.json"]


def test_an_interrupted_write_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fail_writes(monkeypatch, KeyboardInterrupt())
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "a.json", "x" * 1000)
    assert _files(tmp_path) == []


def test_a_failed_rename_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def replace(self: Path, target: Any) -> Path:
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(nc_io.Path, "replace", replace)
    with pytest.raises(OutputError, match="cross-device"):
        write_atomic(tmp_path / "a.json", "record")
    assert _files(tmp_path) == []


def test_an_output_directory_that_cannot_exist_is_one_error(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where a directory should be", encoding="utf-8")
    with pytest.raises(OutputError, match="blocker"):
        write_atomic(blocker / "sub" / "a.json", "record")


def _input_tree(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(PAGE, encoding="utf-8")
    (root / "sub" / "b.txt").write_text(PAGE.replace("Storm", "Gale"), encoding="utf-8")
    return root


def test_batch_on_a_full_disk_is_one_error_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _input_tree(tmp_path)
    out = tmp_path / "out"
    _fail_writes(monkeypatch, OSError(errno.ENOSPC, "No space left on device"))
    result = CliRunner().invoke(cli, ["batch", str(root), "--out", str(out)])
    assert result.exit_code == 1
    assert "No space left on device" in result.stderr
    assert "Traceback" not in result.stderr
    assert [line for line in result.stderr.splitlines() if "No space" in line] == [
        line for line in result.stderr.splitlines() if "rror" in line
    ]
    assert not out.exists() or _files(out) == []


def test_batch_into_an_unwritable_place_is_one_error_line(tmp_path: Path) -> None:
    root = _input_tree(tmp_path)
    blocker = tmp_path / "blocker"
    blocker.write_text("a file", encoding="utf-8")
    result = CliRunner().invoke(cli, ["batch", str(root), "--out", str(blocker / "out")])
    assert result.exit_code == 1
    assert "blocker" in result.stderr
    assert "Traceback" not in result.stderr
    assert len([line for line in result.stderr.splitlines() if "rror" in line]) == 1


WRITE_MODES = ("w", "a", "x", "+")
WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_TRUNC | os.O_CREAT


@pytest.mark.parametrize("command", ["clean", "batch"])
def test_inputs_are_never_opened_for_writing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    root = _input_tree(tmp_path)
    inputs = {p.resolve() for p in root.rglob("*.txt")}
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in inputs}
    opened: list[Path] = []
    written: list[Path] = []

    def watch(path: Any, writes: bool) -> None:
        if isinstance(path, str | os.PathLike):
            (written if writes else opened).append(Path(path).resolve())

    real_open, real_os_open = builtins.open, os.open

    def fake_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        watch(file, any(m in mode for m in WRITE_MODES))
        return real_open(file, mode, *args, **kwargs)

    def fake_os_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        watch(path, bool(flags & WRITE_FLAGS))
        return real_os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", fake_open)
    monkeypatch.setattr(io, "open", fake_open)
    monkeypatch.setattr(os, "open", fake_os_open)
    if command == "clean":
        args = ["clean", *sorted(map(str, inputs))]
    else:
        args = ["batch", str(root), "--out", str(tmp_path / "out"), "--jobs", "1"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.stderr
    assert inputs <= set(opened)  # the watch sees the reads...
    assert not inputs & set(written)  # ...and no write
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in inputs} == before
    if command == "batch":
        assert _files(tmp_path / "out") == ["a.json", "sub/b.json"]
