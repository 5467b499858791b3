"""newsclean: raw scraped text of news pages in, clean articles out."""

from __future__ import annotations

from newsclean.config import Config
from newsclean.core import clean, clean_bytes
from newsclean.errors import InputError, NewscleanError, UsageError
from newsclean.model import Article
from newsclean.normalize import decode

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Config",
    "InputError",
    "NewscleanError",
    "UsageError",
    "__version__",
    "clean",
    "clean_bytes",
    "decode",
]
