"""What shape a page is in, and which bare lines are its headings.

Markdown-like conversions mark headings with ``#``; web text sets titles on
bare, unindented lines above indented paragraphs.  Both come out of here as
``HEADING`` blocks, so that article assembly sees one shape only.
"""

from __future__ import annotations

import re

import attrs

from regionbrief._blocks import CLAUSE_PUNCT, SENTENCE_END, Block, Kind, ends_sentence

_LONG = 40  # a text line longer than this is a paragraph, not a title
_TITLE_MAX = 50  # titles (with kicker clauses) are at most this long
_OPENING_MAX = 30  # a page's first line with a clause mark in it is a title up to this long
_PAGE_TITLE = re.compile(r"[\u4e00-\u9fff]{2,6}")  # page names: 区域经济, 新农村, 要闻
_DATE_START = re.compile(r"^\d{1,2}月\d{1,2}日[，,]")
_WORDED = re.compile(r"[\u4e00-\u9fff]")  # a title has words: a line "1" numbers a section
# a headline may open with a place or a subject and a colon: 常州：破解…, 种植大户：…
_LEAD = re.compile(r"^[\u4e00-\u9fff]{2,10}[：:]")


@attrs.frozen
class Shape:
    """How a page is laid out.

    Attributes:
        markdown: headings are marked with ``#``.
        indented: body paragraphs are indented lines of their own and titles
            are not: web text.
        rejoin: paragraphs may have been cut by column breaks, so pieces that
            do not end a sentence are joined; web text, whose lines are whole
            paragraphs, is never joined.
    """

    markdown: bool
    indented: bool
    rejoin: bool


def detect(blocks: tuple[Block, ...]) -> Shape:
    """Tell the shape of a page from its blocks."""
    texts = [b for b in blocks if b.kind is Kind.TEXT]
    paragraphs = [b for b in texts if len(b.text) > _LONG or ends_sentence(b.text)]
    lines = [b for b in paragraphs if b.last == b.line.number]  # rejoined wraps do not count
    indented = len(lines) * 2 > len(paragraphs) and sum(b.line.indented for b in lines) * 2 >= len(
        lines
    )
    return Shape(
        markdown=any(b.kind is Kind.HEADING and b.level for b in blocks),
        indented=indented,
        rejoin=not indented,
    )


_ABOVE_TITLE = (Kind.BREAK, Kind.DATELINE)


def page_title(blocks: tuple[Block, ...]) -> Block | None:
    """The page's own name when the page opens with one ("区域经济").

    It is a short run of Chinese characters alone on the first line (under the
    masthead date, if the page prints one there), followed by a byline, a heading
    or a title line rather than by a paragraph.
    """
    # a masthead date (or a rule) may stand above it
    at = next((i for i, b in enumerate(blocks) if b.kind not in _ABOVE_TITLE), len(blocks))
    rest = [b for b in blocks[at + 1 :] if b.kind not in _ABOVE_TITLE]
    if not rest or blocks[at].kind is not Kind.TEXT:
        return None
    first, following = blocks[at], rest[0]
    if not _PAGE_TITLE.fullmatch(first.text):
        return None
    if (
        following.kind in (Kind.BYLINE, Kind.HEADING, Kind.EDITORS)
        or blocks[at + 1].kind is Kind.DATELINE
    ):
        return first
    return first if following.kind is Kind.TEXT and _is_bare_title(following) else None


def promote_headings(blocks: tuple[Block, ...], shape: Shape) -> tuple[Block, ...]:
    """Turn the bare title lines of web text into ``HEADING`` blocks."""
    promoted = (
        blocks
        if shape.markdown
        else tuple(
            attrs.evolve(b, kind=Kind.HEADING)
            if _is_heading(b, shape) or (i == 0 and _is_opening_title(b, blocks[1:2]))
            else b
            for i, b in enumerate(blocks)
        )
    )
    return tuple(
        attrs.evolve(b, kind=Kind.HEADING, level=after.level + 1 if after.level else 0)
        if after is not None and _is_kicker(b, after)
        else b
        for b, after in zip(promoted, [*promoted[1:], None][: len(promoted)], strict=True)
    )


def _is_opening_title(block: Block, following: tuple[Block, ...]) -> bool:
    """A web copy's first line, short and set off by a blank line: its title, commas and all.

    建起基地，家门口就业 / 实现地区生产总值745亿元，同比增长6.3%: a headline may hold a
    clause mark; a first line that closes a sentence, or runs on into the next line, is text.
    """
    return (
        block.kind is Kind.TEXT
        and bool(following)
        and following[0].line.gap > 0
        and block.last == block.line.number
        and len(block.text) <= _OPENING_MAX
        and _is_bare_title(block)
    )


def _is_kicker(block: Block, following: Block) -> bool:
    """A line above a heading that reads like a headline: the heading's kicker."""
    return (
        following.kind is Kind.HEADING
        and block.kind is Kind.TEXT
        and block.last == block.line.number
        and following.line.number - block.line.number <= 2
        and _is_bare_title(block)
    )


# where a web copy says it came from: 来源：某县融媒体中心, 稿件来源：… (数据来源 ends an ad)
_SOURCE_LINE = re.compile(r"(?:稿件|信息|新闻|文章|本文)?来源\s*[：:]")


def _is_heading(block: Block, shape: Shape) -> bool:
    if block.kind is not Kind.TEXT or block.marked or not _is_bare_title(block):
        return False
    if shape.indented:
        return not block.line.indented
    lead = _LEAD.match(block.text)
    return not any(ch in CLAUSE_PUNCT for ch in block.text[lead.end() if lead else 0 :])


def _is_bare_title(block: Block) -> bool:
    text = block.text
    return (
        0 < len(text) <= _TITLE_MAX
        and text[-1] not in CLAUSE_PUNCT
        and not any(ch in SENTENCE_END for ch in text)
        and not _DATE_START.match(text)
        and _WORDED.search(text) is not None
        and "|" not in text  # 村民在采收马铃薯|新华社: a caption and its credit, no title
        and "｜" not in text
        and _SOURCE_LINE.match(text) is None  # 来源：某县融媒体中心: a web copy's credit
    )


def is_dated_caption(block: Block) -> bool:
    """A paragraph that opens with a year-less date, as picture captions do."""
    return block.kind is Kind.TEXT and _DATE_START.match(block.text) is not None
