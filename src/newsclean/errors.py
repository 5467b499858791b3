"""The few errors newsclean raises; the CLI turns each into one line on stderr and an exit code."""

from __future__ import annotations

import difflib
from collections.abc import Sequence


class NewscleanError(Exception):
    """Root of every error newsclean raises on purpose."""


class InputError(NewscleanError):
    """The input cannot be read as text: binary, empty, unreadable."""


class OutputError(NewscleanError):
    """An output cannot be written: unwritable directory, full disk. Nothing partial is left."""


class UsageError(NewscleanError):
    """An option or argument that makes no sense (unknown filter name...)."""


BYTES_ERROR_TEXT = (
    "newsclean.clean() takes text (str), not bytes: decode it first, or use "
    "newsclean.decode(data) to detect the encoding the way the command line does."
)


def unknown_name(name: str, known: Sequence[str]) -> str:
    """The message for a step name nobody has, with the close ones."""
    close = difflib.get_close_matches(name, list(known), n=3)
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    return f"unknown filter name: {name}{hint}; see `newsclean filters`"
