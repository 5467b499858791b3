"""The first pass of ``newsclean batch --learn-boilerplate`` and of ``newsclean learn``: read
every record of the batch's inputs and count its site's lines."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from newsclean.errors import NewscleanError
from newsclean.inputs import iter_units, read_input
from newsclean.normalize import decode
from newsclean.records import Fields, Task, iter_tasks, parse_record
from newsclean.sites import SiteProfiles, learn_profiles, site_of_record


def site_pages(inputs: tuple[Path, ...], pattern: str | None, input_format: str | None,
               fields: Fields) -> Iterator[tuple[str | None, str]]:
    """``(site, text)`` of every readable record; unreadable ones are left to the cleaning
    pass, which reports them."""
    for unit in iter_units(inputs, pattern, input_format):
        for task in iter_tasks(unit, fields):
            if task.fields is not None:
                task = parse_record(task)
            text = _text(task)
            if text is not None:
                yield site_of_record(task.unit, task.source, task.meta), text


def _text(task: Task) -> str | None:
    payload = task.payload
    if task.error is not None or payload is None:
        return None
    if isinstance(payload, str):
        return payload
    try:
        data = read_input(payload) if isinstance(payload, Path) else payload
        return decode(data).text
    except NewscleanError:
        return None


def learn_inputs(inputs: tuple[Path, ...], pattern: str | None = None,
                 input_format: str | None = None, fields: Fields | None = None) -> SiteProfiles:
    """Site profiles learnt from a batch's inputs (folders, text, JSONL or WARC files)."""
    return learn_profiles(site_pages(inputs, pattern, input_format, fields or Fields()))
