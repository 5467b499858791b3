"""newsclean: raw scraped text of news pages in, clean articles out."""

from __future__ import annotations

from newsclean.api import Pipeline, clean, clean_bytes, make_config
from newsclean.config import Config, Placement
from newsclean.errors import InputError, NewscleanError, UsageError
from newsclean.model import Article, Document, Hit, Line
from newsclean.pipeline import LineCutter, LineFilter, Step
from newsclean.rules.load import load_rules
from newsclean.text.normalize import decode

__version__ = "0.1.0"

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
