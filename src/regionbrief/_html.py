r"""Web pages to page text: the text of an e-paper's HTML, with its blocks as lines.

Read with the standard library's ``html.parser``: no dependency.  Block elements
(paragraphs, divisions, list items, table rows, line breaks) end lines, headings
become markdown headings (``# 标题``) so the structure pass sees them as headings,
and scripts, styles and other non-text elements are left out.  Character references
(``&nbsp;``, ``&#20013;``) are decoded.

>>> html_text("<h1>青川县茶产业</h1><p>今年以来，&nbsp;茶园新增2万亩。<br>带动茶农增收。</p>")
'# 青川县茶产业\n\n今年以来，\xa0茶园新增2万亩。\n带动茶农增收。\n'
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = frozenset(  # elements that end a line of text
    (
        *("p", "div", "section", "article", "header", "footer", "main", "aside", "nav"),
        *("blockquote", "li", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody"),
        *("tfoot", "tr", "caption", "figure", "figcaption", "pre", "address", "hr", "form"),
    )
)
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_SKIPPED = frozenset(  # elements whose text is not the page's
    ("script", "style", "noscript", "template", "head", "svg", "math", "object", "iframe")
)
_BLANK_RUNS = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")  # blank lines, one kept
_SPACES = re.compile(r"[ \t\r\f\v]+")  # ASCII runs only: U+3000 indents web text


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0  # depth inside elements whose text is not page text

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        del attrs
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _HEADINGS:
            self.parts.append("\n\n" + "#" * _HEADINGS[tag] + " ")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _HEADINGS or tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")
        del attrs

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(_SPACES.sub(" ", data.replace("\n", " ")))


def html_text(markup: str) -> str:
    """The text of an HTML page, one block per paragraph (see the module's notes)."""
    parser = _Text()
    parser.feed(markup)
    parser.close()
    lines = "".join(parser.parts).split("\n")
    text = "\n".join(line.strip(" ") for line in lines)
    text = _BLANK_RUNS.sub("\n\n", text).strip("\n")
    # a heading's own break, then one blank line: "# 标题\n\n正文"
    return re.sub(r"^(#{1,6} [^\n]*)\n(?!\n)", r"\1\n\n", text, flags=re.MULTILINE) + "\n"


def looks_like_html(text: str) -> bool:
    """Whether text read from a file is an HTML document (by its first tag)."""
    head = text.lstrip("\ufeff \t\r\n")[:200].lower()
    return head.startswith(("<!doctype html", "<html")) or (
        head.startswith("<?xml") and "<html" in head
    )
