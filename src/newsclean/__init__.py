"""newsclean: raw scraped text of news pages in, clean articles out.

The names below are imported on first use, not with the package: ``newsclean --help`` and the
modules of the command line load without compiling the pipeline's patterns.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsclean.api import Pipeline, clean, clean_bytes, make_config
    from newsclean.config import Config, Placement
    from newsclean.errors import InputError, NewscleanError, UsageError
    from newsclean.model import Article, Document, Hit, Line
    from newsclean.pipeline import LineCutter, LineFilter, Step
    from newsclean.rules.load import load_rules
    from newsclean.text.normalize import decode

__version__ = "0.1.0"

# public name -> the module that defines it
_HOMES = {
    "Pipeline": "newsclean.api", "clean": "newsclean.api", "clean_bytes": "newsclean.api",
    "make_config": "newsclean.api",
    "Config": "newsclean.config", "Placement": "newsclean.config",
    "InputError": "newsclean.errors", "NewscleanError": "newsclean.errors",
    "UsageError": "newsclean.errors",
    "Article": "newsclean.model", "Document": "newsclean.model", "Hit": "newsclean.model",
    "Line": "newsclean.model",
    "LineCutter": "newsclean.pipeline", "LineFilter": "newsclean.pipeline",
    "Step": "newsclean.pipeline",
    "load_rules": "newsclean.rules.load",
    "decode": "newsclean.text.normalize",
}

__all__ = [
    "Article",
    "Config",
    "Document",
    "Hit",
    "InputError",
    "Line",
    "LineCutter",
    "LineFilter",
    "NewscleanError",
    "Pipeline",
    "Placement",
    "Step",
    "UsageError",
    "__version__",
    "clean",
    "clean_bytes",
    "decode",
    "load_rules",
    "make_config",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'newsclean' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return __all__
