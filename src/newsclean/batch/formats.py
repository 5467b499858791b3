"""Batch outputs beyond JSONL: indented JSON or text records on a stream, Parquet for corpus
builders, and the errors log on stdout (``--errors -``).

Every sink renders the record the runner already serialised, so ``--format json`` holds exactly
the fields a JSONL line holds (``meta`` included), and ``--format text`` is what
``newsclean clean --format text`` prints for the same page.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import IO, Any, TextIO

from newsclean.batch.runner import Outcome
from newsclean.batch.sinks import ErrorLog, StreamSink
from newsclean.errors import UsageError
from newsclean.model import ARTICLE_FIELDS, Article
from newsclean.render import as_text

BATCH_FORMATS = ("jsonl", "json", "text")
PARQUET_SUFFIX = ".parquet"
PARQUET_ROWS_PER_GROUP = 1024  # records held in memory before a row group is written
LIST_FIELDS = frozenset({"authors", "tags", "warnings"})


def render_record(record: str, fmt: str) -> str:
    """A serialised record in ``fmt`` (``jsonl`` as it is, ``json`` indented, ``text``).

    >>> one = '{"id": "a", "source": "s", "headline": "Hi", "body": "Text."}'
    >>> print(render_record(one, "text"))
    Hi
    <BLANKLINE>
    Text.
    <BLANKLINE>
    >>> render_record('{"id": "a"}', "json")
    '{\\n  "id": "a"\\n}'
    """
    if fmt == "jsonl":
        return record
    data = json.loads(record)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2)
    return as_text(article_of(data))


def article_of(record: dict[str, Any]) -> Article:
    """The Article a record was made from (``meta`` and unknown keys left out)."""
    values: dict[str, Any] = {k: tuple(v) if k in LIST_FIELDS else v
                              for k, v in record.items() if k in ARTICLE_FIELDS}
    return Article(**values)


class FormatSink(StreamSink):
    """Records on a stream in ``--format json`` or ``text``; each record is one write."""

    def __init__(self, handle: TextIO, fmt: str) -> None:
        super().__init__(handle)
        self.fmt = fmt

    def write(self, outcome: Outcome) -> None:
        if outcome.record is not None:
            self.handle.write(render_record(outcome.record, self.fmt) + "\n")
            self.handle.flush()


class FormatFileSink(FormatSink):
    """The same in a file (``--output FILE --format json|text``); nothing to resume."""

    def __init__(self, path: Path, fmt: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        super().__init__(path.open("w", encoding="utf-8", newline="\n"), fmt)

    def close(self, complete: bool) -> None:
        self.handle.close()


class StreamErrorLog(ErrorLog):
    """``--errors -``: the failures as JSONL on stdout, which is left open."""

    def __init__(self, handle: TextIO) -> None:  # the stream is opened by the caller
        self.handle = handle  # type: ignore[assignment]

    def close(self) -> None:
        self.handle.flush()


def parquet_schema() -> Any:
    """The record's schema in Arrow: strings, lists of strings, ``meta`` as a JSON string."""
    import pyarrow as pa

    columns = []
    for name in ARTICLE_FIELDS:
        if name in LIST_FIELDS:
            columns.append(pa.field(name, pa.list_(pa.string()), nullable=False))
        else:
            columns.append(pa.field(name, pa.string(), nullable=name not in ("id", "source",
                                                                               "body")))
    columns.append(pa.field("meta", pa.string()))  # JSON text: each input's own fields
    return pa.schema(columns)


class ParquetSink:
    """Every record in one Parquet file (``--output out.parquet``), written through a temporary
    file renamed into place once the batch ends, so a failed run leaves no partial file."""

    def __init__(self, path: Path) -> None:
        try:
            import pyarrow.parquet as pq
        except ImportError:
            raise UsageError(f"{path}: writing Parquet needs pyarrow: "
                             "pip install 'newsclean[parquet]'") from None
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.schema = parquet_schema()
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        os.close(fd)  # pyarrow opens the file by its name
        self.tmp = Path(tmp)
        self.writer = pq.ParquetWriter(str(self.tmp), self.schema)
        self.rows: list[dict[str, Any]] = []

    def unit_done(self, unit: object) -> bool:
        return False

    def task_done(self, task: object) -> bool:
        return False

    def write(self, outcome: Outcome) -> None:
        if outcome.record is None:
            return
        record = json.loads(outcome.record)
        meta = record.get("meta")
        record["meta"] = None if meta is None else json.dumps(meta, ensure_ascii=False)
        self.rows.append(record)
        if len(self.rows) >= PARQUET_ROWS_PER_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self.rows:
            self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self, complete: bool) -> None:
        # an interrupted batch still keeps what it cleaned, as the JSONL outputs do
        try:
            self._flush()
        finally:
            self.writer.close()
        self.tmp.replace(self.path)


def is_parquet(path: Path | None) -> bool:
    """Whether ``--output`` names a Parquet file.

    >>> is_parquet(Path("out.parquet")), is_parquet(Path("out.jsonl")), is_parquet(None)
    (True, False, False)
    """
    return path is not None and path.suffix.lower() == PARQUET_SUFFIX


def open_stream(handle: TextIO | IO[str], fmt: str) -> StreamSink:
    """The sink for records on an open stream in ``fmt``."""
    return StreamSink(handle) if fmt == "jsonl" else FormatSink(handle, fmt)  # type: ignore[arg-type]
