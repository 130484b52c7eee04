"""Articles whose heading was lost: a titled article's tail set in another province.

A column break can lose an article's heading, and its body then runs on into
the article before it.  When the last paragraphs of a titled news article name
places only in provinces other than the one its title names, they are an
article of their own, untitled.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs

from regionbrief._articles import ArticleDraft
from regionbrief._blocks import ends_sentence
from regionbrief._entities import texts
from regionbrief._model import ArticleKind
from regionbrief._regions import provinces

_TAIL = 2  # paragraphs that must name the other province before the tail counts


def split_lost_headings(
    drafts: Iterable[ArticleDraft], on: dt.date | None, page: frozenset[str] = frozenset()
) -> tuple[ArticleDraft, ...]:
    """The drafts, each titled article split where a tail in another province starts."""
    return tuple(part for draft in drafts for part in _split(draft, on, page))


def _split(
    draft: ArticleDraft, on: dt.date | None, page: frozenset[str]
) -> tuple[ArticleDraft, ...]:
    if (
        draft.kind is not ArticleKind.NEWS
        or not draft.title
        or not draft.paragraphs
        or len(draft.spans) != len(draft.paragraphs)
    ):
        return (draft,)
    home, _, _, *named = provinces(texts(draft), on, page)
    cut = _tail_start(named, home) if home else None  # no province in the title: no rule
    if cut is None or not ends_sentence(draft.paragraphs[cut - 1]):
        return (draft,)
    start = draft.spans[cut][0]
    if draft.heading_line >= start:
        return (draft,)  # the heading is printed below where the tail would start
    # a byline printed inside the tail signs the tail, and only the tail
    below = [names for line, names in draft.signed if line >= start]
    signed_below = {name for names in below for name in names}
    above = {name for line, names in draft.signed if line < start for name in names}
    # the head spans its heading, its paragraphs and the bylines it keeps
    kept = [line for line, _ in draft.signed if line < start]
    last = max(draft.spans[cut - 1][1], draft.heading_line, *kept)
    head = attrs.evolve(
        draft,
        reporters=tuple(n for n in draft.reporters if n in above or n not in signed_below),
        paragraphs=draft.paragraphs[:cut],
        spans=draft.spans[:cut],
        lines=(draft.lines[0], last),
        signed=tuple((line, names) for line, names in draft.signed if line < start),
    )
    tail = ArticleDraft(
        kind=ArticleKind.NEWS,
        title=None,
        reporters=tuple(dict.fromkeys(name for names in below for name in names)),
        source=None,
        paragraphs=draft.paragraphs[cut:],
        lines=(start, draft.lines[1]),
        spans=draft.spans[cut:],
        signed=tuple((line, names) for line, names in draft.signed if line >= start),
    )
    return head, tail


def _tail_start(named: list[frozenset[str]], home: frozenset[str]) -> int | None:
    """Where the paragraphs that name no home province, and some other, begin."""
    cut = len(named)
    while cut > 1 and not named[cut - 1] & home:
        cut -= 1
    while cut < len(named) and not named[cut]:
        cut += 1  # the tail opens with the first paragraph that names a place
    foreign = sum(bool(n) for n in named[cut:])
    return cut if cut < len(named) and foreign >= _TAIL and cut > 0 else None
