"""Rendering records and explanations for people and machines."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsclean import markdown
from newsclean.model import Article, Document, Event, event_dict


def format_article(article: Article, fmt: str, *, trace: bool = False) -> str:
    """One record in the chosen output format."""
    if fmt == "json":
        return article.to_json(indent=2, trail=trace)
    if fmt == "jsonl":
        return article.to_json(trail=trace)
    if fmt == "markdown":
        return as_markdown(article)
    return as_text(article)


def _dateline(article: Article) -> str:
    return article.published or ""


def as_text(article: Article) -> str:
    """Headline, byline, date, a blank line, the body."""
    head = [article.headline or "", article.byline or "", _dateline(article)]
    return "\n".join([*(h for h in head if h), "", article.body]).strip("\n") + "\n"


def as_markdown(article: Article) -> str:
    """The record as Markdown; every field is escaped, so it renders as the text it is."""
    parts: list[str] = []
    if article.headline:
        parts.append(f"# {markdown.escape_line(article.headline)}")
    if article.description:
        parts.append(f"*{markdown.escape_line(article.description)}*")
    meta = " · ".join(x for x in (article.byline, article.published) if x)
    if meta:
        parts.append(markdown.escape_line(meta))
    parts.append(markdown.escape(article.body))
    return "\n\n".join(parts) + "\n"


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
