"""Rich rendering of ``newsclean eval``: one row per rendering, then the worst documents."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from newsclean.evaluate.ablation import FIELDS, Ablation, StepEffect
from newsclean.evaluate.corpus import (
    METADATA_FIELDS,
    Accuracy,
    CorpusReport,
    RenderingReport,
    Score,
)

NOT_APPLICABLE = "–"


def fmt_score(score: Score | None) -> tuple[str, str, str]:
    """F1, P and R with three decimals, or dashes where the gold has nothing to score.

    >>> fmt_score(Score(0.5, 1.0, 2 / 3, 4))
    ('0.667', '0.500', '1.000')
    >>> fmt_score(None)
    ('–', '–', '–')
    """
    if score is None:
        return (NOT_APPLICABLE,) * 3
    f1, precision, recall = (f"{x:.3f}" for x in (score.f1, score.precision, score.recall))
    return f1, precision, recall


def fmt_accuracy(acc: Accuracy) -> str:
    """Accuracy with the number of documents scored, or a dash when none were.

    >>> fmt_accuracy(Accuracy(3, 4))
    '0.750 (4)'
    >>> fmt_accuracy(Accuracy(0, 0))
    '–'
    """
    return NOT_APPLICABLE if acc.value is None else f"{acc.value:.3f} ({acc.n})"


def _has_byline(report: CorpusReport) -> bool:
    return any(r.accuracy("byline").n for r in report.renderings)


def summary_table(report: CorpusReport) -> Table:
    """One row per rendering and split: documents, body and segment scores, metadata accuracy."""
    fields = [f for f in METADATA_FIELDS if f != "byline" or _has_byline(report)]
    title = f"newsclean eval {report.corpus} (split: {report.split})"
    table = Table(title=title, title_justify="left")
    table.add_column("rendering")
    table.add_column("split")
    table.add_column("docs", justify="right")
    for label in ("body F1", "P", "R", "segments F1", "P", "R", *fields):
        table.add_column(label, justify="right")
    for r in report.renderings:
        metadata = (fmt_accuracy(r.accuracy(f)) for f in fields)
        scores = (*fmt_score(r.body), *fmt_score(r.segments))
        table.add_row(r.name, r.split, str(len(r.docs)), *scores, *metadata)
    return table


def _label(rendering: RenderingReport) -> str:
    """The rendering's name, with its split when it is a part of the corpus."""
    return rendering.name if rendering.split == "all" else f"{rendering.name} ({rendering.split})"


def _mark(flag: bool | None) -> str:
    return NOT_APPLICABLE if flag is None else ("✓" if flag else "✗")


def worst_table(rendering: RenderingReport, worst: int = 10) -> Table | None:
    """The ``worst`` documents of a rendering, with what went wrong on each."""
    docs = rendering.worst(worst)
    if not docs:
        return None
    by_body = docs[0].body_f1 is not None
    title = f"worst documents: {_label(rendering)}"
    table = Table(title=title, title_justify="left")
    table.add_column("id", overflow="fold")
    for label in ("F1", "P", "R") if by_body else ("with missed", "without kept"):
        table.add_column(label, justify="right")
    for label in ("headline", "authors", "date", "error"):
        table.add_column(label)
    for d in docs:
        if by_body:
            scores = [f"{x:.3f}" for x in (d.body_f1 or 0.0, d.body_p or 0.0, d.body_r or 0.0)]
        else:
            scores = [str(d.seg_fn), str(d.seg_fp)]
        marks = (_mark(d.headline_ok), _mark(d.authors_ok), _mark(d.date_ok))
        table.add_row(d.id, *scores, *marks, d.error or "")
    return table


def render_eval(report: CorpusReport, console: Console, worst: int = 10) -> None:
    """Print the summary table, then each rendering's worst documents and any errors."""
    console.print(summary_table(report))
    for rendering in report.renderings:
        if rendering.empty_bodies:
            console.print(
                f"{_label(rendering)}: {rendering.empty_bodies} document(s) with an empty body, "
                "left out of body precision as the benchmark does (recall counts them as 0)"
            )
        if worst > 0 and (table := worst_table(rendering, worst)) is not None:
            console.print(table)
        if errors := rendering.errors:
            ids = ", ".join(d.id for d in errors[:worst]) + (", …" if len(errors) > worst else "")
            console.print(f"{_label(rendering)}: {len(errors)} document(s) raised errors: {ids}")


# -- ablation: one row per step, best on check first ----------------------------------------
def fmt_net(net: int) -> str:
    """A net count of pages with its sign; zero plain.

    >>> fmt_net(3), fmt_net(-2), fmt_net(0)
    ('+3', '-2', '0')
    """
    return f"{net:+d}" if net else "0"


def _cells(effect: StepEffect, split: str) -> list[str]:
    return [
        fmt_net(effect.net(split)),
        *(fmt_net(effect.net(split, f)) for f in FIELDS),
        fmt_net(effect.net_lines(split)),
    ]


def ablation_table(ablation: Ablation) -> Table:
    """Each step's net pages gained on check then tune: in all, then per field."""
    pages = ", ".join(f"{split} {n}" for split, n in ablation.pages.items())
    table = Table(
        title=f"newsclean eval --ablate {ablation.corpus} ({', '.join(ablation.renderings)})",
        caption=f"pages: {pages}; net = pages better with the step minus pages worse, "
        "summed over fields; lines = body lines the step gets right (junk kept out, article "
        "let in) minus those it gets wrong, by the gold",
        title_justify="left",
        caption_justify="left",
    )
    table.add_column("step")
    for split in ("check", "tune"):
        table.add_column(f"{split} net", justify="right")
        for field in FIELDS:
            table.add_column(field, justify="right")
        table.add_column("lines", justify="right")
    for effect in ablation.effects:
        table.add_row(effect.step, *_cells(effect, "check"), *_cells(effect, "tune"))
    return table
