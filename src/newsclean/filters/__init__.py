"""Line filters by family: each module holds pure ``(text) -> Hit | None`` functions in
``FILTERS`` and pure ``(text) -> (new_text, Hit) | None`` inline cutters in ``CUTTERS``.

The order below is the order the pipeline runs them in; a step is named "<family>.<function>".
"""

from __future__ import annotations

from types import ModuleType

from newsclean.filters import (
    ads,
    bios,
    comments,
    legal,
    media,
    navigation,
    prompts,
    related,
    social,
    tags,
)

FAMILIES: tuple[tuple[str, ModuleType], ...] = (
    ("navigation", navigation),
    ("prompts", prompts),
    ("social", social),
    ("ads", ads),
    ("media", media),
    ("related", related),
    ("tags", tags),
    ("comments", comments),
    ("bios", bios),
    ("legal", legal),
)
