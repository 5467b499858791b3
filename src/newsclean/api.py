"""The Python API: ``clean(text, **options)``, ``clean_bytes(data)``, ``make_config`` and
``Pipeline`` (from ``newsclean.assemble``), a custom pipeline built by name.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsclean.assemble import Pipeline
from newsclean.config import Config
from newsclean.core import to_article
from newsclean.model import Article, Document
from newsclean.rules.load import config_from_table, load_rules, merge
from newsclean.text.normalize import decode

__all__ = ["Pipeline", "clean", "clean_bytes", "make_config", "process"]


def make_config(config: Config | None = None, *, rules: str | Path | None = None,
                **options: Any) -> Config:
    """A Config from a base config, a rules file and keyword options, in that order.

    Options are the rules file's keys (``skip``, ``drop_lines``, ``inline_cuts``,
    ``promo_phrases``, ``prompt_phrases``, ``zones``, ``enable``, ``weights``: a weights file
    of `newsclean train`) plus ``now``; lists add to what came before, ``now``, each zone and
    the weights replace it.

    >>> make_config(skip=["media.photo_credit"], now="2022-05-13").now
    datetime.date(2022, 5, 13)
    >>> make_config(drop_line=["x"])
    Traceback (most recent call last):
    ...
    newsclean.rules.load.RulesError: options: unknown key 'drop_line' (did you mean drop_lines?)
    """
    config = config or Config()
    if rules is not None:
        config = merge(config, load_rules(Path(rules)))
    if options:
        config = merge(config, config_from_table(options, where="options"))
    return config


def clean(text: str, *, id: str = "-", source: str | None = None, config: Config | None = None,
          rules: str | Path | None = None, **options: Any) -> Article:
    """Clean the text of one page into an Article; options as for ``make_config``.

    >>> clean("Follow us on Mastodon\\nThe council voted on Tuesday to close the old bridge.",
    ...       drop_lines=["^Follow us"]).body
    'The council voted on Tuesday to close the old bridge.'
    >>> clean("", skip=["media.photo_credit"]).body
    ''
    """
    config = make_config(config, rules=rules, **options)
    return Pipeline.from_config(config).clean(text, id=id, source=source)


def process(text: str, *, source: str = "-", config: Config | None = None,
            warnings: tuple[str, ...] = ()) -> Document:
    """Run the pipeline ``config`` asks for; the document keeps its trail for ``explain``."""
    pipeline = Pipeline.from_config(config or Config())
    return pipeline.process(text, source=source, warnings=warnings)


def clean_bytes(data: bytes, *, id: str = "-", source: str | None = None,
                config: Config | None = None) -> Article:
    """Decode bytes the way the command line does (BOM, UTF-8, detector), then clean.

    Raises InputError for empty or binary input.
    """
    decoded = decode(data)
    doc = process(decoded.text, source=source if source is not None else id, config=config,
                  warnings=decoded.warnings)
    return to_article(doc, id)
