"""Reading inputs and writing outputs: the only module besides the CLI that touches files."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from newsclean.errors import InputError, OutputError

# A page of text is kilobytes; refuse what cannot be one rather than exhaust memory.
MAX_INPUT_BYTES = 256 * 1024 * 1024


def read_bytes(name: str) -> bytes:
    """The bytes of a file, or of stdin for "-"; InputError with a plain reason otherwise."""
    if name == "-":
        return sys.stdin.buffer.read()
    path = Path(name)
    try:
        if path.is_dir():
            raise InputError(f"{name}: is a directory (use `newsclean batch`)")
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise InputError(f"{name}: {size} bytes is larger than the {MAX_INPUT_BYTES} allowed")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{name}: {exc.strerror or exc}") from None


def iter_files(root: Path, pattern: str) -> Iterator[Path]:
    """Files under ``root`` matching a glob, in sorted order, lazily per directory."""
    matched = sorted(p for p in root.glob(pattern) if p.is_file())
    yield from matched


def write_atomic(path: Path, data: str) -> None:
    """Write text to ``path`` through a temporary file and a rename: never a partial file.

    Any failure (unwritable directory, full disk) is one OutputError naming the file.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(data)
        Path(tmp).replace(path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
