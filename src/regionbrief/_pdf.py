"""E-paper PDFs in: printed lines with their boxes and fonts, read with pypdfium2.

pypdfium2 (Apache-2.0, pdfium's BSD-3 core, binary wheels) is the optional
``pdf`` extra: ``pip install 'regionbrief[pdf]'``.  It was chosen over
pdfminer.six and pypdf by measurement (``benchmarks/bench_pdf.py``): it gives a
box, a size and a font name (bold sub-heads) for every character; it reads a
page 2-10 times faster than pdfminer.six and with the least memory of the
three; pypdf is about as fast but gives one position and size per text run, not
a box per character, which column detection needs.  PyMuPDF is not used: its
AGPL licence would bind every program that embeds regionbrief.

The characters become printed lines here; ``_layout`` orders them into columns
and articles and writes them as text for the ordinary pipeline.
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Iterator
from typing import Any

import attrs

from regionbrief._errors import InputError

_INSTALL = "reading PDFs needs the pdf extra: pip install 'regionbrief[pdf]'"
_SAME_LINE = 0.6  # share of the font size by which a character's centre may leave its line
_FLAT = 0.05  # share of the font size: an ink box this flat is no box (font not embedded)
_FIGURE = 24.0  # points: a picture or box is at least this wide and high
_WORD_GAP = 1.2  # share of the font size: a wider gap ends a line fragment (a gutter)


@attrs.frozen
class Glyph:
    """One printed character: its text, box (points, origin bottom left) and font."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    bold: bool
    generated: bool = False


@attrs.frozen
class PrintedLine:
    """Characters set on one baseline, left to right, with no gutter between them."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    bold: bool

    @property
    def height(self) -> float:
        """The line's height in points."""
        return self.y1 - self.y0


def _pdfium() -> Any:  # noqa: ANN401 - pypdfium2 is untyped and optional
    try:
        import pypdfium2  # noqa: PLC0415 - the optional extra loads only for PDFs
    except ImportError:
        return None
    return pypdfium2


def page_count(path: str | os.PathLike[str]) -> int:
    """How many pages a PDF has."""
    with _open(path) as document:
        return len(document)


def read_page(path: str | os.PathLike[str], page: int) -> tuple[PrintedLine, ...]:
    """The printed lines of page ``page`` (1-based) of a PDF, in content order.

    Pictures and boxes come too, as lines without text: layout must not cut
    through them, and captions sit by them.

    Raises:
        InputError: the extra is missing, the file is not a readable PDF, it is
            encrypted, the page does not exist, or the page has no text layer.
    """
    name = os.fspath(path)
    with _open(path) as document:
        if not 1 <= page <= len(document):
            raise InputError(name, f"no page {page}: the PDF has {len(document)} page(s)")
        glyphs = _glyphs(document[page - 1])
        figures = tuple(_figures(document[page - 1]))
    if not any(g.text.strip() for g in glyphs):
        raise InputError(name, f"page {page} has no text layer (a scanned PDF? run OCR first)")
    return (*_lines(glyphs), *figures)


def _figures(page: Any) -> Iterator[PrintedLine]:  # noqa: ANN401
    """Pictures and filled boxes big enough to hold a picture (rules are too thin)."""
    from pypdfium2 import raw  # noqa: PLC0415 - optional extra

    kinds = (raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_PATH)
    for item in page.get_objects(filter=kinds, max_depth=2):
        left, bottom, right, top = item.get_bounds()
        if min(right - left, top - bottom) >= _FIGURE:
            yield PrintedLine("", left, bottom, right, top, 0.0, bold=False)


class _open:  # noqa: N801 - a context manager used like a function
    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.name = os.fspath(path)
        self.document: Any = None

    def __enter__(self) -> Any:  # noqa: ANN401
        pdfium = _pdfium()
        if pdfium is None:
            raise InputError(self.name, _INSTALL)
        if not os.path.exists(self.name):  # noqa: PTH110 - the name is what we report
            raise InputError(self.name, "no such file")
        try:
            self.document = pdfium.PdfDocument(self.name)
        except pdfium.PdfiumError as exc:
            raise InputError(self.name, _why(str(exc))) from exc
        return self.document

    def __exit__(self, *exc: object) -> None:
        if self.document is not None:
            self.document.close()


def _why(message: str) -> str:
    if "password" in message.lower():
        return "the PDF is encrypted (password protected); decrypt it first"
    return f"not a readable PDF ({message})"


def _glyphs(page: Any) -> list[Glyph]:  # noqa: ANN401
    """The page's glyphs with their ink boxes, or font boxes where fonts are not embedded.

    A font that is not embedded has no outlines, so pdfium gives its glyphs boxes of no
    height; when most glyphs are like that, the font's own ascent and descent are used.
    """
    text_page = page.get_textpage()
    glyphs = list(_read_glyphs(text_page, loose=False))
    flat = sum(g.y1 - g.y0 < _FLAT * g.size for g in glyphs if not g.text.isspace())
    if flat * 2 > len(glyphs):
        glyphs = list(_read_glyphs(text_page, loose=True))
    return glyphs


def _read_glyphs(text_page: Any, *, loose: bool) -> Iterator[Glyph]:  # noqa: ANN401
    from pypdfium2 import raw  # noqa: PLC0415 - optional extra

    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    for i in range(text_page.count_chars()):
        code = raw.FPDFText_GetUnicode(text_page.raw, i)
        generated = raw.FPDFText_IsGenerated(text_page.raw, i)
        if code in (0, 0xFFFE, 0xFFFF) or (generated and chr(code) != " "):
            continue
        size = raw.FPDFText_GetFontSize(text_page.raw, i)
        left, bottom, right, top = text_page.get_charbox(i, loose=loose)
        raw.FPDFText_GetFontInfo(text_page.raw, i, name, len(name), ctypes.byref(flags))
        bold = b"bold" in name.value.lower() or raw.FPDFText_GetFontWeight(text_page.raw, i) >= 600
        yield Glyph(chr(code), left, bottom, right, top, size, bold, bool(generated))


def _lines(glyphs: list[Glyph]) -> Iterator[PrintedLine]:
    """Glyphs grouped into printed lines; spaces join a line only between its glyphs."""
    line: list[Glyph] = []
    space: Glyph | None = None
    for glyph in glyphs:
        if glyph.text == " ":
            space = space or glyph
            continue
        if line and not _same_line(line, glyph):
            yield _printed(line)
            line = []
        elif line and space is not None:
            line.append(space)
        space = None
        line.append(glyph)
    if line:
        yield _printed(line)


def _same_line(line: list[Glyph], glyph: Glyph) -> bool:
    first, last = line[0], line[-1]
    size = max(first.size, 1.0)
    centre = (first.y0 + first.y1) / 2
    if abs((glyph.y0 + glyph.y1) / 2 - centre) > _SAME_LINE * size:
        return False
    return -0.5 * size <= glyph.x0 - last.x1 <= _WORD_GAP * size


def _printed(line: list[Glyph]) -> PrintedLine:
    text = "".join(_spaced(line)).strip()
    inked = [g for g in line if not g.text.isspace()]
    sizes = [g.size for g in inked]
    return PrintedLine(
        text=text,
        x0=min(g.x0 for g in inked),
        y0=min(g.y0 for g in inked),
        x1=max(g.x1 for g in inked),
        y1=max(g.y1 for g in inked),
        size=max(set(sizes), key=sizes.count),
        bold=sum(g.bold for g in line) * 2 > len(line),
    )


def _spaced(line: list[Glyph]) -> Iterator[str]:
    """The line's text: printed spaces kept (one for a run), letter-spacing dropped.

    pdfium adds a space where glyphs stand apart; that space survives only between
    Latin letters or digits, where it separates words.
    """
    for i, glyph in enumerate(line):
        if glyph.text != " ":
            yield glyph.text
            continue
        before = line[i - 1].text if i else ""
        after = line[i + 1].text if i + 1 < len(line) else ""
        if before == " ":
            continue
        words = before.isascii() and after.isascii() and before.isalnum() and after.isalnum()
        if not glyph.generated or words:
            yield " "
