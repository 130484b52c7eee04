"""The whole pipeline on one screen: text → lines → blocks → articles → Brief."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from regionbrief import _regions
from regionbrief._articles import ArticleDraft, assemble
from regionbrief._blocks import Kind, classify
from regionbrief._errors import InputError
from regionbrief._lines import split_lines
from regionbrief._model import Article, Brief
from regionbrief._published import estimate
from regionbrief._read import read_text
from regionbrief._shape import detect, page_title, promote_headings
from regionbrief._wraps import reflow


def parse(text: str, *, source: str | None = None, published: dt.date | None = None) -> Brief:
    """Parse one page of text into a Brief.

    Args:
        text: the page, in any common shape (markdown-like PDF conversion or web text).
        source: a file name or id to keep with the result.
        published: the page's date; estimated from the text when ``None``.

    Raises:
        InputError: ``text`` is not a string.
    """
    if not isinstance(text, str):
        raise InputError(source, f"expected text (str), not {type(text).__name__}")
    if published is not None and not isinstance(published, dt.date):
        raise InputError(source, f"published must be a datetime.date, not {published!r}")
    blocks = classify(split_lines(text))
    blocks = reflow(blocks, marked_headings=any(b.kind is Kind.HEADING for b in blocks))
    title = page_title(blocks)
    blocks = tuple(b for b in blocks if b is not title)
    shape = detect(blocks)
    blocks = promote_headings(blocks, shape)
    header, drafts = assemble(blocks, shape, title.text if title else None)
    estimated = published is None
    if published is None:
        published = estimate(p for d in drafts for p in (d.title or "", *d.paragraphs))
    articles = tuple(_article(i, d, published) for i, d in enumerate(drafts, start=1))
    return Brief(
        source=source,
        title=header.title,
        published=published,
        published_estimated=estimated and published is not None,
        editors=header.editors,
        articles=articles,
    )


def _article(number: int, draft: ArticleDraft, published: dt.date | None) -> Article:
    found = _regions.article_regions(draft.title, draft.paragraphs, published)
    return Article(
        id=f"a{number}",
        kind=draft.kind,
        title=draft.title,
        reporters=draft.reporters,
        source=draft.source,
        paragraphs=draft.paragraphs,
        lines=draft.lines,
        region=found.main,
        regions=found.mentioned,
    )


def load(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    published: dt.date | None = None,
    page: int | None = None,
) -> Brief:
    """Read a page file and parse it; ``source`` is the file's name.

    Raises:
        InputError: the file cannot be read as text (missing, a directory,
            binary, undecodable or empty); the message names the path.
    """
    if page is not None and page != 1:
        raise InputError(os.fspath(path), f"page {page} asked of a text file (text has one page)")
    text = read_text(path, encoding)
    if not text.strip():
        raise InputError(os.fspath(path), "empty: no text to parse")
    return parse(text, source=Path(path).name, published=published)
