"""The core run: a page's text prepared into lines, the steps run over it, the Article read off.

It knows steps, not options: ``newsclean.assemble`` turns a Config into the steps to run.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from newsclean.errors import BYTES_ERROR_TEXT
from newsclean.model import NO_ARTICLE_WARNING, Article, Document
from newsclean.pipeline import Step, run
from newsclean.text.html import strip_html
from newsclean.text.language import detect_language
from newsclean.text.normalize import normalize_text
from newsclean.text.segment import split_lines


def prepare(text: str, source: str = "-", warnings: tuple[str, ...] = ()) -> Document:
    """Normalise text (markup handed in by mistake read as a page) and split it into lines."""
    text, markup = strip_html(text)
    normalized, fixes = normalize_text(text)
    return split_lines(normalized, source, warnings + markup + fixes)


def process(text: str, steps: Sequence[Step], *, source: str = "-", now: date | None = None,
            warnings: tuple[str, ...] = ()) -> Document:
    """Run ``steps`` over a page's text; the document keeps its trail for ``explain``.

    ``now`` is the reference day for relative stamps ("3 hours ago").
    """
    if isinstance(text, bytes | bytearray):
        raise TypeError(BYTES_ERROR_TEXT)
    doc = prepare(text, source, warnings)
    if now is not None:
        doc = doc.with_fields(reference_date=now)
    return run(doc, steps)


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
