"""The one-call entry points: text (or bytes) in, Article out."""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.config import Config
from newsclean.errors import BYTES_ERROR_TEXT
from newsclean.html_input import strip_html
from newsclean.language import detect_language
from newsclean.model import Article, Document
from newsclean.normalize import decode, normalize_text
from newsclean.pipeline import Step, build_pipeline, run
from newsclean.segment import split_lines

NO_ARTICLE_WARNING = "no article found"


def prepare(text: str, source: str = "-", warnings: tuple[str, ...] = ()) -> Document:
    """Normalise text (markup handed in by mistake read as a page) and split it into lines."""
    text, markup = strip_html(text)
    normalized, fixes = normalize_text(text)
    return split_lines(normalized, source, warnings + markup + fixes)


def process(text: str, *, source: str = "-", config: Config | None = None,
            warnings: tuple[str, ...] = (), steps: Sequence[Step] | None = None) -> Document:
    """Run the whole pipeline (or ``steps``); the document keeps its trail for ``explain``."""
    if isinstance(text, bytes | bytearray):
        raise TypeError(BYTES_ERROR_TEXT)
    config = config or Config()
    doc = prepare(text, source, warnings)
    if config.now is not None:
        doc = doc.with_fields(reference_date=config.now)
    return run(doc, build_pipeline(config) if steps is None else steps)


def to_article(doc: Document, id: str) -> Article:
    """The record for a processed document."""
    body = "\n\n".join(line.text for line in doc.lines)
    warnings = doc.warnings if body else (*doc.warnings, NO_ARTICLE_WARNING)
    return Article(
        id=id,
        source=doc.source,
        headline=doc.field("headline"),
        description=doc.field("description"),
        byline=doc.field("byline"),
        authors=tuple(doc.field("authors", ())),
        published=doc.field("published"),
        updated=doc.field("updated"),
        section=doc.field("section"),
        tags=tuple(doc.field("tags", ())),
        language=record_language(body, doc.field("language")),
        body=body,
        warnings=tuple(warnings),
        trail=doc.trail,
    )


def record_language(body: str, page_language: str | None) -> str | None:
    """The record's language: the body's, when the body says; else the page's guess.

    The pipeline's own guess, read off the page's longest lines before the article is found,
    steers the filters; a teaser list or a cookie notice in another language can sway it, and
    the record describes the article, so the body has the last word.

    >>> record_language("The council said on Monday that the road will be closed for a week.", "de")
    'en'
    >>> record_language("", "de")
    'de'
    """
    return (detect_language(body) if body else None) or page_language


def clean(text: str, *, id: str = "-", source: str | None = None,
          config: Config | None = None) -> Article:
    """Clean the text of one page into an Article.

    >>> clean("").body
    ''
    """
    doc = process(text, source=source if source is not None else id, config=config)
    return to_article(doc, id)


def clean_bytes(data: bytes, *, id: str = "-", source: str | None = None,
                config: Config | None = None) -> Article:
    """Decode bytes the way the command line does (BOM, UTF-8, detector), then clean.

    Raises InputError for empty or binary input.
    """
    decoded = decode(data)
    doc = process(decoded.text, source=source if source is not None else id, config=config,
                  warnings=decoded.warnings)
    return to_article(doc, id)
