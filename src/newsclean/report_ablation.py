"""Rich rendering of ``newsclean eval --ablate``: one row per step, best on check first."""

from __future__ import annotations

from rich.table import Table

from newsclean.ablation import FIELDS, Ablation, StepEffect

__all__ = ["ablation_table", "fmt_net"]


def fmt_net(net: int) -> str:
    """A net count of pages with its sign; zero plain.

    >>> fmt_net(3), fmt_net(-2), fmt_net(0)
    ('+3', '-2', '0')
    """
    return f"{net:+d}" if net else "0"


def _cells(effect: StepEffect, split: str) -> list[str]:
    return [fmt_net(effect.net(split)), *(fmt_net(effect.net(split, f)) for f in FIELDS)]


def ablation_table(ablation: Ablation) -> Table:
    """Each step's net pages gained on check then tune: in all, then per field."""
    pages = ", ".join(f"{split} {n}" for split, n in ablation.pages.items())
    table = Table(
        title=f"newsclean eval --ablate {ablation.corpus} ({', '.join(ablation.renderings)})",
        caption=f"pages: {pages}; net = pages better with the step minus pages worse, "
        "summed over fields",
        title_justify="left",
        caption_justify="left",
    )
    table.add_column("step")
    for split in ("check", "tune"):
        table.add_column(f"{split} net", justify="right")
        for field in FIELDS:
            table.add_column(field, justify="right")
    for effect in ablation.effects:
        table.add_row(effect.step, *_cells(effect, "check"), *_cells(effect, "tune"))
    return table
