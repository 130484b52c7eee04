"""Paragraphs to sentences and clauses, as spans, for the extractors to share.

A sentence ends at 。！？ (with any closing quote after it); a clause ends at
any of ，；：、 as well, except inside a short aside in brackets or a short quoted name, and
at a 、 between the one-character names of levels (省、市、县三级).  Spans are
``(start, end)`` offsets into the paragraph.
"""

from __future__ import annotations

import bisect
import re
import sys

_CLOSERS = "”’」』）)"
_SENTENCE = re.compile(r"[^。！？!?]*(?:[。！？!?]+[”’」』）)]*|$)")
# a short aside in brackets, marks and all, is part of its clause: 超千亿元（人民币，下同）的;
# so is a short quoted name: 获得“百村示范、千村提升”资金50万元; and a 、 between the
# one-character names of levels is one noun's: 省、市、县三级服务中心, 乡、村两级
_LEVEL = "省市州盟县区旗乡镇村"
_CLAUSE = re.compile(  # unrolled: runs of plain characters in C, an aside or a bracket between
    r"[^，。；：、！？,;:!?（(“]*"
    r"(?:(?:[（(][^（）()。！？]{0,30}[）)]|“[^“”。！？]{0,30}”|[（(“])[^，。；：、！？,;:!?（(“]*)*"
    r"(?:[，。；：、！？,;:!?]+[”’」』）)]*|$)"
)
# the 、 first, so that the regex engine looks for it in C rather than trying every position
_LEVEL_LIST = re.compile(f"、(?<=[{_LEVEL}]、)(?=[{_LEVEL}])")

Span = tuple[int, int]

SENTENCE_ENDS = "。！？!?"
CLAUSE_ENDS = "，。；：、！？,;:!?"

_AFTER_ALL = sys.maxsize
_MARKS = {ends: re.compile(f"[{re.escape(ends)}]") for ends in (SENTENCE_ENDS, CLAUSE_ENDS)}


def sentences(text: str) -> list[Span]:
    """The sentences of a paragraph.

    >>> text = "去年产值12亿元。今年，“订单翻番！”他说。"
    >>> [text[a:b] for a, b in sentences(text)]
    ['去年产值12亿元。', '今年，“订单翻番！”', '他说。']
    """
    return [m.span() for m in _SENTENCE.finditer(text) if m.end() > m.start()]


def clauses(text: str) -> list[Span]:
    """The clauses of a paragraph.

    >>> text = "建设食堂3处、举办赛事15场，惠及居民。"
    >>> [text[a:b] for a, b in clauses(text)]
    ['建设食堂3处、', '举办赛事15场，', '惠及居民。']
    >>> text = "建成省、市、县三级中心，河南、湖北等地"
    >>> [text[a:b] for a, b in clauses(text)]
    ['建成省、市、县三级中心，', '河南、', '湖北等地']
    """
    spans = [m.span() for m in _CLAUSE.finditer(text) if m.end() > m.start()]
    if "、" not in text or not _LEVEL_LIST.search(text):
        return spans
    joined = {m.end() for m in _LEVEL_LIST.finditer(text)}  # 省、|市、|县三级: one clause
    merged: list[Span] = []
    for span in spans:
        if merged and merged[-1][1] in joined:
            span = (merged.pop()[0], span[1])  # noqa: PLW2901 - the clause before, extended
        merged.append(span)
    return merged


def within(spans: list[Span], at: int) -> Span:
    """The span that holds position ``at`` (spans are sorted and touch end to start)."""
    if not spans:
        return 0, 0
    index = bisect.bisect_right(spans, (at, _AFTER_ALL)) - 1
    start, end = spans[max(index, 0)]
    return (start, end) if start <= at < end else spans[-1]


def around(text: str, at: int, ends: str) -> Span:
    """The sentence (or clause, with ``CLAUSE_ENDS``) around ``at``, without splitting the rest.

    A closing quote or bracket after the end mark stays with the span, as in ``sentences``.

    >>> text = "去年产值12亿元。今年，“订单翻番！”他说。"
    >>> a, b = around(text, 12, SENTENCE_ENDS)
    >>> text[a:b]
    '今年，“订单翻番！”'
    """
    while at > 0 and (
        (text[at] in ends and text[at - 1] in ends)
        or (text[at] in _CLOSERS and text[at - 1] in _CLOSERS + ends)
    ):
        at -= 1  # end marks and closing quotes after an end mark close the sentence before
    marks = _MARKS.get(ends) or re.compile(f"[{re.escape(ends)}]")
    before = marks.search(text[at - 1 :: -1]) if at else None  # the nearest mark before
    start = at - before.start() if before else 0
    if start:
        while start < at and text[start] in _CLOSERS:
            start += 1
    after = marks.search(text, at)
    end = after.start() if after else len(text)
    while end < len(text) and text[end] in ends:
        end += 1
    while end < len(text) and text[end] in _CLOSERS:
        end += 1
    return start, end
