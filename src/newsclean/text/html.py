"""HTML handed in by mistake: recognise it and turn it into the text a renderer would give.

newsclean reads the text of pages, not their markup, but a batch of dumps sometimes holds a saved
page. Rather than clean tags as if they were prose, the markup is detected, its text is read with
the standard library's HTML parser (never a regex over tags) and the record says so.
"""

from __future__ import annotations

from html.parser import HTMLParser

import regex

from newsclean.patterns import lazy_compile

HTML_WARNING = "input looked like HTML"

# A document that opens as markup: a doctype, an XML prolog, <html>, <head> or <body>.
HTML_START_RE = lazy_compile(
    r"""
    \A \s* (?: <!-- [^>]{0,200} --> \s* )?     # a leading comment
    < (?: !doctype \s+ html                     # <!DOCTYPE html ...>
        | \?xml \s                              # <?xml version="1.0"?>
        | html | head | body                    # a bare root element
    ) \b
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# An opening or closing tag of an element found in page markup. The attribute part is bounded
# and cannot cross another "<" or ">", so a scan is linear whatever the text holds.
TAG_RE = lazy_compile(
    r"""
    < /? (?: a | p | div | span | br | img | li | ul | ol | h[1-6] | table | tr | td
           | script | style | meta | link | section | article | nav | header | footer
           | form | input | button | iframe | strong | em | b | i | figure | noscript
           | title | main | aside | svg | time
    ) (?: [\s/] [^<>]{0,1000} )? >
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# A "<" that opens no complete tag before the next "<": Python's HTMLParser rescans the rest of
# the input for every such "<" (quadratic on "</</</…"), so they are escaped before parsing. The
# lookahead stops at the next "<" or ">", so the scan is linear.
STRAY_LT_RE = lazy_compile(r"<(?![^<>]*+>)")
# How many tags, and what share of the sampled characters in them, make text markup. Prose that
# quotes a tag or two ("the <b> element") stays prose.
MIN_TAGS = 10
MIN_TAG_SHARE = 0.10
SAMPLE_CHARS = 100_000

# Elements whose content is not text a reader sees.
SKIPPED = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "object"})
# Elements that start a new line when rendered.
BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "td", "th", "title", "tr", "ul",
})
VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr", "source", "area", "col"})


def looks_like_html(text: str) -> bool:
    """Whether text is page markup rather than the text of a page.

    >>> looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> looks_like_html("Use the <b> tag for bold, said the <p> spec.")
    False
    """
    if HTML_START_RE.match(text):
        return True
    sample = text[:SAMPLE_CHARS]
    tags = [m.end() - m.start() for m in TAG_RE.finditer(sample)]
    return len(tags) >= MIN_TAGS and sum(tags) >= MIN_TAG_SHARE * len(sample)


class _TextParser(HTMLParser):
    """Collects visible text, a line break at every block element; the title comes first."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title: list[str] = []
        self.parts: list[str] = []
        self.skipping: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        elif tag in SKIPPED and tag not in VOID:
            self.skipping.append(tag)
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif self.skipping and tag == self.skipping[-1]:
            self.skipping.pop()
        elif tag in self.skipping:  # unbalanced markup: close up to the matching element
            del self.skipping[self.skipping.index(tag):]
        if tag in BLOCKS:
            self.parts.append("\n")

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """``<![...`` the standard library does not know ("<![OCTYPE") is skipped, not raised."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:  # _markupbase's way of saying "unknown keyword"
            end = self.rawdata.find(">", i)  # STRAY_LT_RE left a ">" after every "<"
            return -1 if end < 0 else end + 1

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """The visible text of markup: the <title> on the first line, then one line per block.

    >>> html_to_text("<html><head><title>Storm</title><style>p{}</style></head>"
    ...              "<body><p>It&rsquo;s <b>wet</b>.</p><p>Very.</p></body></html>")
    'Storm\\nIt’s wet.\\nVery.'
    >>> html_to_text("<p>a < b, said nobody</p>")
    'a < b, said nobody'
    """
    parser = _TextParser()
    parser.feed(STRAY_LT_RE.sub("&lt;", markup))
    parser.close()
    title = " ".join("".join(parser.title).split())
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in (title, *lines) if line)


def strip_html(text: str) -> tuple[str, tuple[str, ...]]:
    """Text as it came when it is not markup; else its visible text and a warning.

    >>> strip_html("<html><body><p>Hello</p></body></html>")
    ('Hello', ('input looked like HTML',))
    >>> strip_html("Plain text.")
    ('Plain text.', ())
    """
    if not looks_like_html(text):
        return text, ()
    return html_to_text(text), (HTML_WARNING,)
