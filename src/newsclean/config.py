"""Config: the frozen options a pipeline is built from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Config:
    """What a user can set. ``build_pipeline`` is its only reader."""

    skip: frozenset[str] = frozenset()  # step names switched off
    now: date | None = None  # reference day for relative stamps ("3 hours ago")
