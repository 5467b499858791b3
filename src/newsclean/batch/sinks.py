"""Where batch records go (a stream, one JSONL file, a folder) and the errors file.

Each sink also answers ``--resume``: which inputs are already done. No sink ever leaves a
half-written output behind: folder outputs are written to a temporary file and renamed,
and a JSONL file is written a whole line at a time (a torn last line, left by a crash, is
cut off when the batch resumes).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import IO, TextIO

from newsclean.batch.inputs import Unit, strip_suffixes
from newsclean.batch.io import write_atomic
from newsclean.batch.records import Task, parse_record
from newsclean.batch.runner import Outcome
from newsclean.errors import UsageError


class StreamSink:
    """JSONL records on an open stream (stdout); nothing to resume."""

    def __init__(self, handle: TextIO) -> None:
        self.handle = handle

    def unit_done(self, unit: Unit) -> bool:
        return False

    def task_done(self, task: Task) -> bool:
        return False

    def write(self, outcome: Outcome) -> None:
        if outcome.record is not None:
            self.handle.write(outcome.record + "\n")
            self.handle.flush()

    def close(self, complete: bool) -> None:
        self.handle.flush()


class JsonlFileSink(StreamSink):
    """JSONL records in one file; ``resume`` keeps its complete records and skips their ids."""

    def __init__(self, path: Path, resume: bool = False) -> None:
        self.done = completed_ids(path) if resume else set()
        path.parent.mkdir(parents=True, exist_ok=True)
        super().__init__(path.open("a" if resume else "w", encoding="utf-8", newline="\n"))

    def task_done(self, task: Task) -> bool:
        if not self.done:
            return False
        if task.fields is not None:  # an unread JSONL line: its id is inside
            task = parse_record(task)
        return task.id in self.done

    def write(self, outcome: Outcome) -> None:
        if outcome.record is not None:
            self.handle.write(outcome.record + "\n")

    def close(self, complete: bool) -> None:
        self.handle.close()


def completed_ids(path: Path) -> set[str]:
    """The ids of the complete records of a JSONL output; a torn last line is cut off the file.

    A line that ends with a newline was written whole; one that does not was cut short by a
    crash. A complete line that is not a record means the file is not a newsclean output:
    UsageError, rather than touching it.
    """
    ids: set[str] = set()
    if not path.exists():
        return ids
    good = 0
    with path.open("rb") as handle:
        for number, line in enumerate(handle, 1):
            if not line.endswith(b"\n"):
                break
            if (record_id := _record_id(line)) is None:
                raise UsageError(f"{path}:{number}: not a newsclean record; "
                                 "refusing to resume into this file")
            ids.add(record_id)
            good += len(line)
    if good < path.stat().st_size:
        with path.open("r+b") as handle:
            handle.truncate(good)
    return ids


ID_PREFIX = b'{"id": '  # how every record newsclean writes begins
ID_DECODER = json.JSONDecoder()


def _record_id(line: bytes) -> str | None:
    r"""The id of one written record, read off its start (parsing whole lines is slower).

    >>> _record_id(b'{"id": "a\\"b", "source": "x"}\n')
    'a"b'
    >>> _record_id(b'some notes\n') is None
    True
    """
    if line.startswith(ID_PREFIX):
        head = line[len(ID_PREFIX) : len(ID_PREFIX) + 4096].decode("utf-8", "ignore")
        try:
            value = ID_DECODER.raw_decode(head)[0]
        except ValueError:
            value = None
        if isinstance(value, str):
            return value
    try:
        record = json.loads(line)
    except ValueError:
        return None
    return str(record["id"]) if isinstance(record, dict) and "id" in record else None


class DirSink:
    """A folder mirroring the inputs: ``a/b.txt`` gives ``a/b.json`` (indented), a JSONL or
    WARC file ``a/c.jsonl.gz`` gives ``a/c.jsonl`` with one record per line.

    A record file's output appears only once the input has been read to its end, so
    ``--resume`` treats every output that exists as complete.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self._shard: tuple[str, AtomicFile] | None = None
        self._broken = False

    def output_path(self, rel: str, fmt: str) -> Path:
        return self.root / (strip_suffixes(rel) + (".json" if fmt == "text" else ".jsonl"))

    def unit_done(self, unit: Unit) -> bool:
        return self.output_path(unit.rel, unit.format).exists()

    def task_done(self, task: Task) -> bool:
        return False

    def write(self, outcome: Outcome) -> None:
        if outcome.format == "text":
            if outcome.record is not None:
                write_atomic(self.output_path(outcome.unit, "text"), outcome.record + "\n")
            return
        if self._shard is None or self._shard[0] != outcome.unit:
            self._finish(complete=True)
            path = self.output_path(outcome.unit, outcome.format)
            self._shard, self._broken = (outcome.unit, AtomicFile(path)), False
        self._broken = self._broken or outcome.broken
        if outcome.record is not None:
            self._shard[1].handle.write(outcome.record + "\n")

    def close(self, complete: bool) -> None:
        self._finish(complete)

    def _finish(self, complete: bool) -> None:
        if self._shard is not None:
            self._shard[1].close(keep=complete and not self._broken)
            self._shard = None


class AtomicFile:
    """A text file written through a temporary file beside it, renamed into place on close."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        self.path, self.tmp = path, Path(tmp)
        self.handle: IO[str] = os.fdopen(fd, "w", encoding="utf-8", newline="\n")

    def close(self, keep: bool) -> None:
        self.handle.close()
        if keep:
            self.tmp.replace(self.path)
        else:
            self.tmp.unlink(missing_ok=True)


class ErrorLog:
    """The errors file: one JSON line per failure (``id``, ``source``, ``error``)."""

    def __init__(self, path: Path, append: bool = False) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.handle = path.open("a" if append else "w", encoding="utf-8", newline="\n")

    def write(self, outcome: Outcome) -> None:
        if outcome.error is not None:
            entry = {"id": outcome.id, "source": outcome.source, "error": outcome.error}
            self.handle.write(json.dumps(entry) + "\n")  # ASCII: any id or message fits
            self.handle.flush()

    def close(self) -> None:
        self.handle.close()
