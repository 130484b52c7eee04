"""Paragraphs to sentences and clauses, as spans, for the extractors to share.

A sentence ends at 。！？ (with any closing quote after it); a clause ends at
any of ，；：、 as well.  Spans are ``(start, end)`` offsets into the paragraph.
"""

from __future__ import annotations

import bisect
import re
import sys

_SENTENCE = re.compile(r"[^。！？!?]*(?:[。！？!?]+[”’」』）)]*|$)")
_CLAUSE = re.compile(r"[^，。；：、！？,;:!?]*(?:[，。；：、！？,;:!?]+[”’」』）)]*|$)")

Span = tuple[int, int]

_AFTER_ALL = sys.maxsize


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
    """
    return [m.span() for m in _CLAUSE.finditer(text) if m.end() > m.start()]


def within(spans: list[Span], at: int) -> Span:
    """The span that holds position ``at`` (spans are sorted and touch end to start)."""
    if not spans:
        return 0, 0
    index = bisect.bisect_right(spans, (at, _AFTER_ALL)) - 1
    start, end = spans[max(index, 0)]
    return (start, end) if start <= at < end else spans[-1]
