"""`newsclean explain`: what it explains (one page, read as `newsclean clean` reads its inputs)
and how it shows it (every input line with the events that touched it, as JSON or a table).

A text file (compressed or not, or stdin) is one page; a JSONL or WARC file (by extension or
``--input-format``) holds records, and ``--id`` picks one (default: the first).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsclean.batch.inputs import COMPRESSIONS, format_of, read_input
from newsclean.batch.io import read_bytes
from newsclean.batch.records import Fields, Task, file_tasks
from newsclean.errors import InputError
from newsclean.model import Article, Document, Event, event_dict

if TYPE_CHECKING:
    from newsclean.extract.head.head_weights import HeadWeights


class Page(NamedTuple):
    """The decoded text of the page to explain, and how its record names it."""

    text: str
    warnings: tuple[str, ...]
    id: str
    source: str


def read_page(name: str, input_format: str | None, fields: Fields,
              record_id: str | None) -> Page:
    """The page ``name`` holds (the record ``record_id`` of a file of records); InputError."""
    from newsclean.text.normalize import decode

    fmt = input_format or (format_of(name) if name != "-" else None) or "text"
    if fmt == "text":
        if record_id is not None:
            raise InputError(f"{name}: --id picks a record of a JSONL or WARC input")
        data = read_bytes(name) if name == "-" else read_input(Path(name))
        decoded = decode(data)
        return Page(decoded.text, decoded.warnings, id_for(name), name)
    task = pick_record(file_tasks(name, fmt, fields), record_id, name)
    if isinstance(task.payload, str):
        return Page(task.payload, (), task.id, task.source)
    decoded = decode(task.payload if isinstance(task.payload, bytes) else b"")
    return Page(decoded.text, decoded.warnings, task.id, task.source)


def pick_record(tasks: Iterator[Task], record_id: str | None, name: str) -> Task:
    """The first record (or the one with ``record_id``); InputError when it cannot be read."""
    for task in tasks:
        if record_id is None or task.id == record_id:
            if task.error is not None:
                raise InputError(f"{task.source}: {task.error}")
            return task
    missing = "no records" if record_id is None else f"no record with id {record_id!r}"
    raise InputError(f"{name}: {missing}")


def id_for(name: str) -> str:
    """A text input's record id: its file name without extensions; ``-`` for stdin.

    >>> id_for("dumps/page.txt.gz"), id_for("-")
    ('page', '-')
    """
    path = Path(name)
    if path.suffix.lower() in COMPRESSIONS:
        path = path.with_suffix("")
    return "-" if name == "-" else path.stem


def _events_by_line(doc: Document) -> dict[int, list[Event]]:
    by_line: dict[int, list[Event]] = {}
    for event in doc.trail:
        by_line.setdefault(event.line_no, []).append(event)
    return by_line


def explain_dict(doc: Document, article: Article) -> dict[str, Any]:
    """Every input line with the events that touched it, and the record."""
    by_line = _events_by_line(doc)
    kept = {line.no for line in doc.lines}
    lines = []
    for no, text in enumerate(doc.original, start=1):
        events = by_line.get(no, [])
        status = "kept" if no in kept else (events[-1].action if events else "blank")
        lines.append({"line": no, "status": status, "text": text,
                      "events": [event_dict(e) for e in events]})
    return {"record": article.to_dict(), "lines": lines}


STATUS_STYLE = {"kept": "green", "drop": "red", "extract": "cyan", "edit": "yellow", "blank": "dim"}


def explain_rich(doc: Document, article: Article, console: Console) -> None:
    """A table of the input, line by line, with the step and reason for each change."""
    data = explain_dict(doc, article)
    table = Table(show_header=True, header_style="bold", expand=True, box=None)
    table.add_column("line", justify="right", style="dim", no_wrap=True)
    table.add_column("status", no_wrap=True)
    table.add_column("step · reason", overflow="fold", max_width=40)
    table.add_column("text", overflow="fold", ratio=1)
    for row in data["lines"]:
        if row["status"] == "blank" and not row["text"].strip():
            continue
        why = "; ".join(
            f"{e['step']} · {e['reason']}" + (f" ({e['evidence'][:40]})" if e["evidence"] else "")
            for e in row["events"]
        )
        style = STATUS_STYLE.get(row["status"], "")
        table.add_row(str(row["line"]), Text(row["status"], style=style), Text(why),
                      Text(row["text"][:300], style="dim" if row["status"] != "kept" else ""))
    console.print(table)
    fields = Table(show_header=False, box=None)
    for key, value in article.to_dict().items():
        if key != "body":
            fields.add_row(Text(key, style="bold"), Text(str(value)))
    console.print(fields)


HEAD_TEXT_CHARS = 120  # of a candidate's text in the --head table


def head_dict(doc: Document, weights: HeadWeights, top: int) -> dict[str, Any]:
    """How the headline step decides on a page: by its title line, or by ranking the page's
    candidate lines (the best ``top`` of them, with their scores and cue values).

    ``doc`` is the page as the headline step receives it; lines are given by their number in
    the input, as the other views of explain give them.
    """
    from newsclean.extract.head.page_rank import ranking
    from newsclean.extract.steps import HeadlineInput

    head = HeadlineInput.of(doc)
    numbers = [line.no for line in doc.lines]
    if not head.ranks_page_head():
        return {"decided_by": "title_line", "title": head.lines[0] if head.lines else None,
                "min_score": weights.min_score, "candidates": []}
    ranked = ranking(head.lines, title_apart=head.title_apart, weights=weights)
    return {
        "decided_by": "page_head",
        "min_score": weights.min_score,
        "candidates": [
            {"line": numbers[r.line], "score": round(r.score, 4), "chrome": r.chrome,
             "leads_to": numbers[r.leads_to], "cues": {k: round(v, 4) for k, v in r.cues.items()},
             "text": head.lines[r.line]}
            for r in ranked[:top]
        ],
    }


def head_rich(data: dict[str, Any], console: Console) -> None:
    """The head ranking as a table, best first."""
    if data["decided_by"] == "title_line":
        console.print(f"The title line decides the headline: {data['title']!r}", highlight=False,
                      markup=False)
        return
    console.print(f"Candidates ranked (a headline needs {data['min_score']:g}; page chrome is "
                  "passed over):", highlight=False)
    table = Table(show_header=True, header_style="bold", expand=True, box=None)
    for name in ("line", "score", "chrome", "leads to"):
        table.add_column(name, justify="right", no_wrap=True)
    table.add_column("text · cues", overflow="fold", ratio=1)
    for row in data["candidates"]:
        chrome = {True: "yes", False: "no", None: ""}[row["chrome"]]
        cues = ", ".join(f"{k} {v:.2f}" for k, v in row["cues"].items())
        text = Text(row["text"][:HEAD_TEXT_CHARS])
        text.append(f"\n{cues}", style="dim")
        table.add_row(str(row["line"]), f"{row['score']:.2f}", chrome, str(row["leads_to"]), text)
    console.print(table)
