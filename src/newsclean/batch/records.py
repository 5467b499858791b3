"""Batch tasks: the documents inside each input file (a text file, JSONL lines, WARC records).

A ``Task`` is what a worker cleans; it is small and picklable. A text file travels as its path
(the worker reads and decompresses it); a JSONL record as its text; a WARC record as its bytes.
A line or file that cannot be read becomes a task that carries its error, so that it is reported
in order with the rest and never stops the batch.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

from newsclean.batch.inputs import Unit, open_input, strip_suffixes
from newsclean.errors import InputError
from newsclean.patterns import lazy_compile

# WARC headers newsclean reads itself (id, source) or that say nothing about the document.
WARC_HEADERS_USED = frozenset(
    {"warc-record-id", "warc-target-uri", "content-length", "warc-block-digest",
     "warc-payload-digest"}
)


class Fields(NamedTuple):
    """Where a JSONL record keeps its text and its id."""

    text: str = "text"
    id: str = "id"


DEFAULT_FIELDS = Fields()

# JSON may spell a lone UTF-16 surrogate ("\ud800"), which no UTF-8 output can hold.
SURROGATE_RE = lazy_compile(r"[\ud800-\udfff]")


def scrub_surrogates(text: str) -> str:
    r"""Lone surrogates (from JSON escapes) replaced with U+FFFD.

    >>> scrub_surrogates(json.loads('"a\ud800b"'))
    'a\ufffdb'
    >>> scrub_surrogates("naïve 😀")
    'naïve 😀'
    """
    return SURROGATE_RE.sub("\ufffd", text) if SURROGATE_RE.search(text) else text


class Task(NamedTuple):
    """One document to clean, or one input that could not be read (``error``)."""

    id: str
    source: str
    payload: Path | str | bytes | None  # a text file to read, record text, record bytes
    unit: str  # the input file's relative path: output names and resume derive from it
    format: str  # the input file's format
    meta: dict[str, Any] | None = None  # fields passed through (JSONL and WARC records)
    cost: int = 0  # on-disk bytes this task accounts for (progress, ETA)
    error: str | None = None
    broken: bool = False  # the input file could not be read to its end
    fields: Fields | None = None  # set while ``payload`` is a JSONL line not yet parsed


def iter_tasks(unit: Unit, fields: Fields) -> Iterator[Task]:
    """The tasks of one input file, in file order; their costs add up to the file's size."""
    if unit.format == "text":
        yield Task(strip_suffixes(unit.rel), str(unit.path), unit.path, unit.rel, "text",
                   cost=unit.size)
        return
    try:
        stream, raw = open_input(unit.path)
    except InputError as exc:
        yield _broken(unit, str(exc), unit.size)
        return
    with raw, stream:
        yield from _costed(_records(unit, stream, fields), raw, unit)


def _records(unit: Unit, stream: BinaryIO, fields: Fields) -> Iterator[Task]:
    prefix = strip_suffixes(unit.rel)
    if unit.format == "jsonl":
        return iter_jsonl(stream, str(unit.path), prefix, unit.rel, fields, parse=False)
    return iter_warc(stream, str(unit.path), prefix, unit.rel)


def _costed(tasks: Iterator[Task], raw: BinaryIO, unit: Unit) -> Iterator[Task]:
    """Give each task the bytes read since the previous one; the last takes the remainder."""
    done, held = 0, None
    try:
        for task in tasks:
            if held is not None:
                yield held
            position = min(raw.tell(), unit.size)
            held, done = task._replace(cost=position - done), position
    except Exception as exc:  # decompressors and the WARC reader each have their own errors
        if held is not None:
            yield held
        # an InputError (a missing reader package) already says what is wrong with the file
        error = (str(exc) if isinstance(exc, InputError)
                 else f"{unit.path}: cannot read past byte {done}: {exc}")
        yield _broken(unit, error, unit.size - done)
        return
    if held is not None:
        yield held._replace(cost=held.cost + unit.size - done)


def _broken(unit: Unit, error: str, cost: int) -> Task:
    return Task(strip_suffixes(unit.rel), str(unit.path), None, unit.rel, unit.format,
                cost=cost, error=error, broken=True)


def iter_jsonl(stream: BinaryIO, name: str, prefix: str, unit: str,
               fields: Fields = DEFAULT_FIELDS, *, parse: bool = True) -> Iterator[Task]:
    """One task per non-blank JSONL line, named ``<prefix>:<line>`` until its id is read.

    With ``parse=False`` each task carries the raw line and its ``fields``, for a worker
    process to ``parse_record``: parsing is as costly as reading, so it belongs in the pool.
    """
    for number, line in enumerate(stream, 1):
        if line.strip():
            task = Task(f"{prefix}:{number}", f"{name}:{number}", line, unit, "jsonl",
                        fields=fields)
            yield parse_record(task) if parse else task


def parse_record(task: Task) -> Task:
    """A raw JSONL task read: text from ``fields.text``, id from ``fields.id`` (else the
    task's own name), the other fields under ``meta``; or the task with its error.

    >>> raw = Task("x:1", "x.jsonl:1", b'{"id": 7, "text": "Hi", "url": "u"}', "x", "jsonl")
    >>> parse_record(raw._replace(fields=Fields()))[:3] + (parse_record(raw).meta,)
    ('7', 'x.jsonl:1', 'Hi', {'url': 'u'})
    >>> parse_record(raw._replace(payload=b"[1]", fields=Fields())).error
    'not a JSON object'
    """
    fields = task.fields or DEFAULT_FIELDS
    bare = task._replace(payload=None, fields=None)
    try:
        record = json.loads(task.payload)  # type: ignore[arg-type]
    except ValueError as exc:  # UnicodeDecodeError is one too
        return bare._replace(error=f"not JSON: {exc}")
    if not isinstance(record, dict):
        return bare._replace(error="not a JSON object")
    record_id = scrub_surrogates(_record_id(record.get(fields.id)) or task.id)
    text = record.get(fields.text)
    if not isinstance(text, str):
        return bare._replace(id=record_id, error=f"no string field {fields.text!r}")
    meta = {k: v for k, v in record.items() if k not in (fields.text, fields.id)}
    return bare._replace(id=record_id, payload=scrub_surrogates(text), meta=meta)


def _record_id(value: Any) -> str | None:
    if isinstance(value, str) and value:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def iter_warc(stream: BinaryIO, name: str, prefix: str, unit: str) -> Iterator[Task]:
    """One task per WARC record that holds text: every ``conversion`` record (WET), and
    ``response``/``resource`` records served as ``text/plain``. HTML responses are skipped:
    newsclean cleans rendered text, so render WARC files to WET first.
    """
    for number, record in enumerate(_archive_iterator(name)(stream), 1):
        if not _holds_text(record):
            continue
        headers = record.rec_headers
        data = record.content_stream().read()
        meta = {k: v for k, v in headers.headers if k.lower() not in WARC_HEADERS_USED}
        yield Task(headers.get_header("WARC-Record-ID") or f"{prefix}:{number}",
                   headers.get_header("WARC-Target-URI") or f"{name}:{number}",
                   data, unit, "warc", meta=meta)


def _holds_text(record: Any) -> bool:
    if record.rec_type == "conversion":
        return True
    if record.rec_type == "response":
        headers = record.http_headers
    elif record.rec_type == "resource":
        headers = record.rec_headers
    else:
        return False
    content_type = (headers.get_header("Content-Type") or "") if headers else ""
    return content_type.lower().startswith("text/plain")


def _archive_iterator(name: str) -> Any:
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        raise InputError(f"{name}: reading WARC needs warcio: "
                         "pip install 'newsclean[warc]'") from None
    return ArchiveIterator


def file_tasks(name: str, fmt: str, fields: Fields) -> Iterator[Task]:
    """The records of one JSONL or WARC file (``fmt``), or of stdin for ``-``, as tasks; a file
    that cannot be read is an InputError naming it."""
    if name == "-":
        stream = raw = sys.stdin.buffer
    else:
        stream, raw = open_input(Path(name))
    label = "-" if name == "-" else Path(name).name
    try:
        if fmt == "jsonl":
            yield from iter_jsonl(stream, name, label, label, fields)
        else:
            yield from iter_warc(stream, name, label, label)
    except InputError:
        raise
    except Exception as exc:  # a decompressor's or the WARC reader's own error
        raise InputError(f"{name}: cannot read: {exc}") from None
    finally:
        if name != "-":
            stream.close()
            raw.close()
