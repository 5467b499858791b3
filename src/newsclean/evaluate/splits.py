"""The tune/check split of an evaluation corpus, fixed by a hash of each page's id.

Read pages and write rules from the ``tune`` part; a rule lands only if it gains on ``check``
as well. The split depends on the id alone (``blake2b`` of its UTF-8 bytes, the first four
bytes of the digest read big-endian, mod 3: 0 and 1 tune, 2 check), so it is the same on every
machine, for every rendering of a page, and a page never changes sides as a corpus grows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # `newsclean eval --help` reads SPLIT_CHOICES without loading the scorer
    from newsclean.evaluate.corpus import CorpusReport, RenderingReport

__all__ = ["SPLITS", "SPLIT_CHOICES", "Split", "by_split", "in_split", "split_of"]

Split = Literal["tune", "check"]
SPLITS: tuple[Split, ...] = ("tune", "check")
# What `newsclean eval --split` accepts: one part, every page, or the two parts side by side.
SPLIT_CHOICES = ("all", "tune", "check", "both")

HASH_BYTES = 4  # bytes of the digest read as the number whose remainder picks the part
PARTS = 3  # the remainder mod PARTS: CHECK_PARTS of them check, the rest tune
CHECK_PARTS = 1


def split_of(doc_id: str) -> Split:
    """The part of the corpus a page belongs to: about two in three ``tune``, one ``check``.

    >>> split_of("042bb7b5feda"), split_of("04a6711caa7c")
    ('tune', 'check')
    >>> split_of("bbc.com/gt_1") == split_of("bbc.com/gt_1")
    True
    """
    digest = hashlib.blake2b(doc_id.encode("utf-8")).digest()
    remainder = int.from_bytes(digest[:HASH_BYTES], "big") % PARTS
    return "check" if remainder >= PARTS - CHECK_PARTS else "tune"


def in_split(split: str) -> Callable[[str], bool] | None:
    """Which ids to score for ``--split``: a test on the id, or None for every page.

    >>> keep = in_split("check")
    >>> keep is not None and keep("04a6711caa7c"), in_split("both")
    (True, None)
    """
    if split not in SPLIT_CHOICES:
        raise ValueError(f"unknown split {split!r}; expected one of {', '.join(SPLIT_CHOICES)}")
    if split in SPLITS:
        return lambda doc_id: split_of(doc_id) == split
    return None


def _part(rendering: RenderingReport, split: str) -> RenderingReport:
    from newsclean.evaluate import corpus

    docs = rendering.docs
    if split in SPLITS:
        docs = tuple(d for d in docs if split_of(d.id) == split)
    return corpus.RenderingReport(rendering.name, docs, split=split)


def by_split(report: CorpusReport, split: str) -> CorpusReport:
    """``report`` labelled with its split; for ``both``, each rendering as a tune and a check row.

    Documents outside a named split are dropped, so a report scored on every page can be
    shown as its two parts without cleaning anything again.
    """
    from newsclean.evaluate import corpus

    parts = SPLITS if split == "both" else (split,)
    renderings = tuple(_part(r, part) for r in report.renderings for part in parts)
    return corpus.CorpusReport(report.corpus, renderings, split=split)
