"""Batch inputs: which files to read, in what format, through which decompressor.

A walk yields ``Unit``s (one input file each) lazily in sorted order, holding one directory
listing per level and never a list of every file. ``records.py`` turns units into tasks.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, NamedTuple, cast

import regex

from newsclean.batch.io import MAX_INPUT_BYTES, read_bytes
from newsclean.errors import InputError

INPUT_FORMATS = ("text", "jsonl", "warc")
COMPRESSIONS = (".gz", ".bz2", ".xz", ".zst")
FORMAT_BY_SUFFIX = {
    ".txt": "text",
    ".text": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".wet": "warc",
}


class Unit(NamedTuple):
    """One input file of a batch."""

    path: Path
    rel: str  # posix path relative to the input directory (the name for a file given alone)
    format: str  # one of INPUT_FORMATS
    size: int  # bytes on disk


def strip_suffixes(name: str) -> str:
    """A file name without its compression and format extensions.

    >>> strip_suffixes("sub/CC-MAIN-1.warc.wet.gz")
    'sub/CC-MAIN-1'
    >>> strip_suffixes("report.2024.html")
    'report.2024.html'
    """
    while True:
        stem, dot, suffix = name.rpartition(".")
        if not dot or "/" in suffix or not stem or stem.endswith("/"):
            return name
        known = f".{suffix.lower()}"
        if known not in COMPRESSIONS and known not in FORMAT_BY_SUFFIX:
            return name
        name = stem


def format_of(name: str) -> str | None:
    """The input format a file name announces, compression suffix aside; None if unknown.

    >>> format_of("data/part-0001.jsonl.zst")
    'jsonl'
    >>> format_of("page.html") is None
    True
    """
    lowered = name.lower()
    for suffix in COMPRESSIONS:
        if lowered.endswith(suffix):
            lowered = lowered[: -len(suffix)]
            break
    _, dot, suffix = lowered.rpartition(".")
    return FORMAT_BY_SUFFIX.get(f".{suffix}") if dot else None


def compile_glob(pattern: str) -> regex.Pattern[str]:
    """A matcher for a glob over posix relative paths; ``**/`` spans zero or more folders.

    >>> bool(compile_glob("**/*.txt").fullmatch("page.txt"))
    True
    >>> bool(compile_glob("*.txt").fullmatch("sub/page.txt"))
    False
    """
    parts = pattern.strip("/").split("/")
    out = []
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        if part == "**":
            out.append(".*" if last else "(?:[^/]+/)*")
        else:
            out.append(_glob_part(part) + ("" if last else "/"))
    return regex.compile("".join(out))


def _glob_part(part: str) -> str:
    """One path component of a glob as a regular expression (``*``, ``?``, ``[...]``)."""
    out, i = [], 0
    while i < len(part):
        char = part[i]
        close = part.find("]", i + 2) if char == "[" else -1
        if char == "*":
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif close > 0:
            body = part[i + 1 : close]
            negate = body[:1] == "!"
            body = body[1:] if negate else body
            out.append(f"[{'^' if negate else ''}{regex.escape(body, literal_spaces=True)}]"
                       .replace("\\-", "-"))
            i = close
        else:
            out.append(regex.escape(char))
        i += 1
    return "".join(out)


def walk(root: Path) -> Iterator[tuple[Path, str]]:
    """Files under ``root`` (path, posix relative path), sorted, depth first, hidden ones skipped.

    Symbolic links to folders are not followed, so a link loop cannot trap the walk.
    """
    try:
        with os.scandir(root) as entries:
            listing = sorted((e.name, e.is_dir(follow_symlinks=False)) for e in entries
                             if not e.name.startswith("."))
    except OSError:
        return
    for name, is_dir in listing:
        path = root / name
        if is_dir:
            for sub, rel in walk(path):
                yield sub, f"{name}/{rel}"
        elif path.is_file():
            yield path, name


def iter_units(paths: tuple[Path, ...], pattern: str | None,
               forced: str | None) -> Iterator[Unit]:
    """The input files of a batch, in command-line order, each folder walked in sorted order.

    Without a glob, a folder contributes the files whose extension names a format
    (``.txt``, ``.jsonl``, ``.warc.wet.gz`` ...); with one, every file it matches.
    """
    matcher = compile_glob(pattern) if pattern else None
    for root in paths:
        if not root.is_dir():
            fmt = forced or format_of(root.name) or "text"
            yield Unit(root, root.name, fmt, _size(root))
            continue
        for path, rel in walk(root):
            if matcher is not None and not matcher.fullmatch(rel):
                continue
            found = forced or format_of(rel) or ("text" if matcher is not None else None)
            if found is not None:
                yield Unit(path, rel, found, _size(path))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def open_input(path: Path) -> tuple[BinaryIO, BinaryIO]:
    """The decompressed stream of a file and the raw file under it (whose position is progress).

    Compression is read off the extension: ``.gz``, ``.bz2``, ``.xz`` with the standard library,
    ``.zst`` with the ``zstandard`` package (the ``zstd`` extra). Raises InputError.
    """
    suffix = path.suffix.lower()
    raw = _open_raw(path)
    try:
        if suffix == ".gz":
            return cast(BinaryIO, gzip.GzipFile(fileobj=raw, mode="rb")), raw
        if suffix == ".bz2":
            return cast(BinaryIO, bz2.BZ2File(raw, mode="rb")), raw
        if suffix == ".xz":
            return cast(BinaryIO, lzma.LZMAFile(raw, mode="rb")), raw
        if suffix == ".zst":
            return _zstd_reader(raw, path), raw
    except BaseException:
        raw.close()
        raise
    return raw, raw


def _open_raw(path: Path) -> BinaryIO:
    try:
        if path.is_dir():
            raise InputError(f"{path}: is a directory")
        return path.open("rb")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from None


def _zstd_reader(raw: BinaryIO, path: Path) -> BinaryIO:
    try:
        import zstandard
    except ImportError:
        raise InputError(f"{path}: reading .zst needs zstandard: "
                         "pip install 'newsclean[zstd]'") from None
    reader = zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True)
    return cast(BinaryIO, io.BufferedReader(reader))


def read_input(path: Path) -> bytes:
    """The (decompressed) bytes of one text file, at most MAX_INPUT_BYTES; InputError otherwise.

    A file that is not compressed is read by ``io.read_bytes``, like every input of ``clean``.
    """
    if path.suffix.lower() not in COMPRESSIONS:
        return read_bytes(str(path))
    stream, raw = open_input(path)
    try:
        data = stream.read(MAX_INPUT_BYTES + 1)
    except InputError:
        raise
    except Exception as exc:  # each decompressor has its own error types (zstd: ZstdError)
        raise InputError(f"{path}: cannot decompress: {exc}") from None
    finally:
        stream.close()
        raw.close()
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{path}: larger than the {MAX_INPUT_BYTES} bytes allowed")
    return data
