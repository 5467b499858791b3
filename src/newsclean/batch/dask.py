"""Scale-out on Dask: the same pipeline over a ``dask.bag``, one partition at a time.

Dask does the distribution (scheduling, retries, reading and writing partitioned files through
fsspec: local paths, ``s3://``, ``gs://``, ``hdfs://``...); newsclean supplies the work done on
each partition: build the pipeline once, clean every item, return plain dicts. Needs the
``newsclean[dask]`` extra (``dask[bag]`` and ``distributed``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from newsclean.api import Pipeline
from newsclean.batch.records import scrub_surrogates
from newsclean.config import Config

if TYPE_CHECKING:
    import dask.bag

TEXT_FIELD = "text"
ID_FIELD = "id"
DEFAULT_PARTITION_BYTES = 64 * 2**20  # what Dask reads per partition of a JSONL file


class DaskSummary(NamedTuple):
    """What a Dask batch did: records written and records that failed."""

    records: int
    failed: int


def clean_item(pipeline: Pipeline, item: str | Mapping[str, Any], *, text_field: str = TEXT_FIELD,
               id_field: str = ID_FIELD) -> dict[str, Any]:
    """One article record for a text or a record; a record that holds no text gives an error
    record (``id``, ``source``, ``error``) rather than stopping the partition.

    >>> p = Pipeline()
    >>> clean_item(p, {"id": "a", "text": "", "lang": "en"})["meta"]
    {'lang': 'en'}
    >>> clean_item(p, {"id": "b", "body": "x"})["error"]
    "no string field 'text'"
    """
    if isinstance(item, str):
        return pipeline.clean(item).to_dict()
    record_id = item.get(id_field)
    record_id = str(record_id) if isinstance(record_id, str | int) and record_id != "" else "-"
    text = item.get(text_field)
    if not isinstance(text, str):
        return {"id": record_id, "source": record_id, "error": f"no string field {text_field!r}"}
    record = pipeline.clean(text, id=record_id).to_dict()
    meta = {k: v for k, v in item.items() if k not in (text_field, id_field)}
    if meta:
        record["meta"] = meta
    return record


def clean_partition(items: Iterable[str | Mapping[str, Any]], config: Config, *,
                    text_field: str = TEXT_FIELD, id_field: str = ID_FIELD) -> list[dict[str, Any]]:
    """Clean one partition's items with a pipeline built once for the partition."""
    pipeline = Pipeline.from_config(config)
    return [clean_item(pipeline, item, text_field=text_field, id_field=id_field) for item in items]


def clean_bag(bag: dask.bag.Bag, config: Config | None = None, *, text_field: str = TEXT_FIELD,
              id_field: str = ID_FIELD) -> dask.bag.Bag:
    """A bag of article dicts (``Article.to_dict()``) for a bag of texts or of records.

    A record is a mapping with the page text under ``text_field`` and its id under ``id_field``;
    its other fields come back under ``meta``. A text alone gets the id ``-``.
    """
    return bag.map_partitions(clean_partition, config or Config(), text_field=text_field,
                              id_field=id_field)


def jsonl_inputs(paths: Sequence[str]) -> list[str]:
    """Input paths or URLs for ``dask.bag.read_text``: a folder stands for its ``*.jsonl``."""
    return [path if _has_suffix(path) else path.rstrip("/") + "/*.jsonl" for path in paths]


def _has_suffix(path: str) -> bool:
    last = path.rstrip("/").rsplit("/", 1)[-1]
    return "*" in last or ".jsonl" in last or ".ndjson" in last


def run_urls(inputs: Sequence[str], out: str, config: Config, *, scheduler: str | None = None,
             text_field: str = TEXT_FIELD, id_field: str = ID_FIELD,
             partition_bytes: int = DEFAULT_PARTITION_BYTES) -> DaskSummary:
    """Clean partitioned JSONL (local paths or fsspec URLs) into ``out/*.jsonl`` on a cluster.

    ``scheduler`` is a Dask scheduler's address (``tcp://host:8786``); without one, a local
    cluster of this machine's cores runs the job. Records and failures are written alike (a
    failure is a record with an ``error`` field), one output partition per input partition.
    """
    import dask
    import dask.bag as db
    from distributed import Client

    client = Client(scheduler) if scheduler else Client(processes=True)
    try:
        lines = db.read_text(jsonl_inputs(inputs), blocksize=partition_bytes)
        records = lines.map_partitions(clean_lines, config, text_field=text_field,
                                       id_field=id_field)
        writes = records.map(_dump).to_textfiles(out.rstrip("/") + "/*.jsonl", compute=False)
        counts = records.map(lambda r: (1, int("error" in r))).fold(_add, initial=(0, 0))
        results = dask.compute(*writes, counts)
    finally:
        client.close()
    total, failed = results[-1]
    return DaskSummary(total, failed)


def clean_lines(lines: Iterable[str], config: Config, *, text_field: str = TEXT_FIELD,
                id_field: str = ID_FIELD) -> list[dict[str, Any]]:
    """Clean one partition of JSONL lines; a line that is not a JSON object gives an error
    record, a blank line nothing."""
    pipeline = Pipeline.from_config(config)
    records: list[dict[str, Any]] = []
    for line in lines:
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError as exc:
            records.append({"id": "-", "source": "-", "error": f"not JSON: {exc}"})
            continue
        if not isinstance(item, dict):
            records.append({"id": "-", "source": "-", "error": "not a JSON object"})
            continue
        records.append(clean_item(pipeline, item, text_field=text_field, id_field=id_field))
    return records


def _dump(record: Mapping[str, Any]) -> str:
    # written as the local engine writes a record: the record's own key order, no sorting
    return scrub_surrogates(json.dumps(record, ensure_ascii=False))


def _add(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    return a[0] + b[0], a[1] + b[1]
