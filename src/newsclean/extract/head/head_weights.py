"""The weights of the page-head ranking's cues, and the JSON file that holds a user's own fit.

A page without a title line (an inscriptis or browser copy) ranks each headline candidate by a
weighted sum of cues (page_rank.py): how near a date line, a byline and a paragraph follow it,
how much of the article's opening it names, its shape. The weights newsclean ships are set by
hand; ``newsclean train`` fits them to a user's own labelled pages, and ``--weights FILE`` reads
that fit back. The file is a JSON object:

    {"format": "newsclean-head-weights", "version": 1,
     "cues": {"date": 1.0, "byline": 1.5, ...}, "min_score": 1.0, "sure_score": 2.9}

A cue the file leaves out keeps newsclean's weight; a cue it names that newsclean does not know,
or a weight that is not a finite number, is an error.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsclean.errors import UsageError

FORMAT = "newsclean-head-weights"
VERSION = 1

# What each cue measures of a candidate line, in the order page_rank.cue_values() gives them.
# A cue "near" a candidate is 1 / distance to the first such line below it (0 when none is
# within the head window); the others are 0 or 1 unless said.
CUES: tuple[str, ...] = (
    "date",  # near: a date line or "3 hours ago"
    "byline",  # near: a byline ("By Lois Lane") or a name under a lone "By"
    "bare_name",  # near: a name line without "By" (site names look alike: a weaker cue)
    "paragraph",  # near: a paragraph-long line
    "near_body",  # 1 / (1 + headline-sized lines between it and the prose) above the prose
    "inside_body",  # a line inside the prose run: a subheading
    "deep_body",  # ... with several prose lines of the run above it: a promo or subheading
    "likeness",  # share of its keywords found in the article's opening (0 to 1)
    "short",  # fewer words than a headline has: a menu entry
    "sentence",  # a long line ending in a full stop: a standfirst
    "repeat",  # printed more than once on the page
    "crumb",  # a breadcrumb beside it ends with it
    "cut_text",  # a teaser cut in mid-sentence ("...,...")
    "teaser",  # an item of a list of dated teasers
)


class HeadWeightsError(UsageError):
    """A weights file that cannot be read as HeadWeights: a usage error, as a bad rules file is."""


@dataclass(frozen=True, slots=True)
class HeadWeights:
    """One weight per cue of CUES, and the two scores the ranking compares with.

    ``min_score``: a candidate ranked lower is no headline. ``sure_score``: an article head
    ranked this high outvotes a first line set apart like a <title> (headline._title_outvotes).
    """

    cues: tuple[float, ...]
    min_score: float
    sure_score: float

    def __post_init__(self) -> None:
        if len(self.cues) != len(CUES):
            raise HeadWeightsError(f"{len(self.cues)} cue weights for {len(CUES)} cues")

    def score(self, values: Sequence[float]) -> float:
        """The weighted sum of a candidate's cue values (page_rank.cue_values()).

        >>> w = HeadWeights((1.0,) + (0.0,) * (len(CUES) - 1), 1.0, 2.9)
        >>> w.score((0.5,) + (1.0,) * (len(CUES) - 1))
        0.5
        """
        total = 0.0
        for weight, value in zip(self.cues, values, strict=True):
            total += weight * value
        return total

    def by_name(self) -> dict[str, float]:
        return dict(zip(CUES, self.cues, strict=True))

    def to_json(self, **extra: Any) -> str:
        """The weights as the file `newsclean train` writes; ``extra`` keys are kept beside
        them (how the fit was made)."""
        record = {
            "format": FORMAT,
            "version": VERSION,
            "cues": self.by_name(),
            "min_score": self.min_score,
            "sure_score": self.sure_score,
            **extra,
        }
        return json.dumps(record, indent=2, ensure_ascii=False) + "\n"

    def with_cues(self, cues: Mapping[str, float]) -> HeadWeights:
        """These weights with the named cues set anew."""
        unknown = sorted(set(cues) - set(CUES))
        if unknown:
            raise HeadWeightsError(f"unknown cue {', '.join(unknown)} (cues: {', '.join(CUES)})")
        mine = self.by_name()
        for name, value in cues.items():
            mine[name] = _number(value, f"cues.{name}")
        return HeadWeights(tuple(mine[name] for name in CUES), self.min_score, self.sure_score)


def _number(value: object, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise HeadWeightsError(f"{where} must be a finite number, not {value!r}")
    return float(value)


def read_weights(text: str, base: HeadWeights) -> HeadWeights:
    """The weights a file holds, on top of ``base`` for what it leaves out.

    >>> base = HeadWeights((1.0,) * len(CUES), 1.0, 2.9)
    >>> w = read_weights('{"format": "newsclean-head-weights", "cues": {"date": 2}}', base)
    >>> w.by_name()["date"], w.by_name()["byline"], w.min_score
    (2.0, 1.0, 1.0)
    >>> read_weights('{"format": "newsclean-head-weights", "cues": {"dates": 2}}', base)
    Traceback (most recent call last):
    ...
    newsclean.extract.head.head_weights.HeadWeightsError: unknown cue dates (cues: ...)
    """
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise HeadWeightsError(f"not JSON: {exc}") from None
    if not isinstance(record, dict) or record.get("format") != FORMAT:
        raise HeadWeightsError(f'not a weights file (no "format": "{FORMAT}")')
    if record.get("version", VERSION) != VERSION:
        raise HeadWeightsError(f"version {record['version']!r}; this newsclean reads {VERSION}")
    cues = record.get("cues", {})
    if not isinstance(cues, dict):
        raise HeadWeightsError('"cues" must be an object of cue names and weights')
    weights = base.with_cues(cues)
    return HeadWeights(
        weights.cues,
        _number(record.get("min_score", base.min_score), "min_score"),
        _number(record.get("sure_score", base.sure_score), "sure_score"),
    )


def read_weights_file(path: Path, base: HeadWeights) -> HeadWeights:
    """read_weights() of a file; every failure a HeadWeightsError naming the file."""
    try:
        return read_weights(path.read_text(encoding="utf-8"), base)
    except OSError as exc:
        raise HeadWeightsError(f"cannot read {path}: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, HeadWeightsError) as exc:
        raise HeadWeightsError(f"{path}: {exc}") from None
