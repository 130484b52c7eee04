"""The whole pipeline on one screen: text → lines → blocks → articles → Brief."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from regionbrief import _regions
from regionbrief._articles import ArticleDraft, assemble
from regionbrief._blocks import Kind, classify
from regionbrief._entities import find_entities, texts
from regionbrief._errors import InputError
from regionbrief._html import html_text, looks_like_html
from regionbrief._layout import page_text
from regionbrief._lines import split_lines
from regionbrief._model import Article, Brief
from regionbrief._normalize import check, normalize
from regionbrief._pdf import read_page
from regionbrief._published import estimate
from regionbrief._read import is_pdf, read_text
from regionbrief._shape import detect, page_title, promote_headings
from regionbrief._split import split_lost_headings
from regionbrief._wraps import reflow

MAX_BYTES = 10_000_000  # a page's text is some 5 to 50 kB; this is two hundred of the largest


def parse(text: str, *, source: str | None = None, published: dt.date | None = None) -> Brief:
    """Parse one page of text into a Brief.

    Args:
        text: the page, in any common shape (markdown-like PDF conversion or web text).
        source: a file name or id to keep with the result.
        published: the page's date; estimated from the text when ``None``.

    Look-alike characters are made ordinary first (full-width digits and letters, CJK
    radicals, compatibility ideographs, zero-width characters: docs/errors.md); the
    paragraphs hold the text so normalised.

    Raises:
        InputError: ``text`` is not a string, is empty or whitespace, holds no Chinese,
            or is written in traditional script.
    """
    if not isinstance(text, str):
        raise InputError(source, f"expected text (str), not {type(text).__name__}")
    if published is not None and not isinstance(published, dt.date):
        raise InputError(source, f"published must be a datetime.date, not {published!r}")
    text = normalize(text)
    check(text, source)
    blocks = classify(split_lines(text))
    blocks = reflow(blocks, marked_headings=any(b.kind is Kind.HEADING for b in blocks))
    title = page_title(blocks)
    blocks = tuple(b for b in blocks if b is not title)
    shape = detect(blocks)
    blocks = promote_headings(blocks, shape)
    header, drafts = assemble(blocks, shape, title.text if title else None)
    estimated = published is None
    if published is None:
        written = (p for d in drafts for p in (d.title or "", *d.paragraphs))
        published = header.dated or estimate(written)
    page = _regions.page_codes((t for d in drafts for t in texts(d)), published)
    drafts = split_lost_headings(drafts, published, page)
    staff = frozenset(
        [*(name for d in drafts for name in d.reporters), *(p.name for p in header.editors)]
    )
    articles = tuple(_article(i, d, published, page, staff) for i, d in enumerate(drafts, start=1))
    return Brief(
        source=source,
        title=header.title,
        published=published,
        published_estimated=estimated and published is not None,
        editors=header.editors,
        articles=articles,
    )


def _article(
    number: int,
    draft: ArticleDraft,
    published: dt.date | None,
    page: frozenset[str],
    staff: frozenset[str],
) -> Article:
    found = find_entities(draft, published, page, staff)
    return Article(
        id=f"a{number}",
        kind=draft.kind,
        title=draft.title,
        reporters=draft.reporters,
        source=draft.source,
        paragraphs=draft.paragraphs,
        lines=draft.lines,
        region=found.region,
        regions=found.regions,
        metrics=found.metrics,
        periods=found.periods,
        initiatives=found.initiatives,
        people=found.people,
    )


def load(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    published: dt.date | None = None,
    page: int | None = None,
    max_bytes: int = MAX_BYTES,
) -> Brief:
    """Read a page file and parse it; ``source`` is the file's name.

    A ``.pdf`` (or any file that starts as one) is read with the ``pdf`` extra;
    ``page`` picks its page, 1-based, and ``source`` becomes ``"file.pdf#p3"``.
    An ``.html`` or ``.htm`` file (or any that starts as an HTML document) is read
    as a web page: its text, with headings and paragraphs as lines.  A text file
    larger than ``max_bytes`` (10 MB, some two hundred pages) is refused: a file
    that size is a corpus, not a page; raise the limit to parse it anyway.

    Raises:
        InputError: the file cannot be read as text (missing, a directory,
            binary, undecodable, empty, larger than ``max_bytes``), or is not a page of
            simplified Chinese, or a PDF cannot be read (no extra, encrypted, no text
            layer, no such page); the message names the path.
    """
    name = os.fspath(path)
    if page is not None and (isinstance(page, bool) or not isinstance(page, int) or page < 1):
        raise InputError(name, f"page must be a whole number from 1, not {page!r}")
    if is_pdf(path):
        text = page_text(read_page(path, page or 1))
        return parse(text, source=f"{Path(path).name}#p{page or 1}", published=published)
    if page not in (None, 1):
        raise InputError(name, f"no page {page}: a text file has one page")
    _check_size(path, name, max_bytes)
    text = read_text(path, encoding)
    if name.lower().endswith((".html", ".htm")) or looks_like_html(text):
        text = html_text(text)
    return parse(text, source=Path(path).name, published=published)


def _check_size(path: str | os.PathLike[str], name: str, max_bytes: int) -> None:
    try:
        size = Path(path).stat().st_size
    except OSError:
        return  # reading it says what is wrong
    if size > max_bytes:
        raise InputError(
            name,
            f"{size:,} bytes is more than a page (the limit is {max_bytes:,}:"
            " split the file, or pass a larger max_bytes to load)",
        )
