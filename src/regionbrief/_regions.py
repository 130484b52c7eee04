"""Regions named in text, resolved to divisions, and the region an article is about.

Mentions are found by longest match against the gazetteer's surface forms.  A
form that names several divisions is settled by the chain it stands in
("浙江省温州乐清市") or by the other places the article names; one that stays
ambiguous is left out rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence

import attrs

from regionbrief._gazetteer import Division, gazetteer
from regionbrief._model import Region, RegionLevel

_MIN_FORM = 2
# A short form followed by one of these names a road, street, town or village that
# bears the city's name (北京路街道), not the city.
_NOT_AFTER_SHORT = re.compile(r"[路街巷镇乡村]")
_DEPTH = (RegionLevel.PROVINCE, RegionLevel.PREFECTURE, RegionLevel.COUNTY)


@attrs.frozen
class Mention:
    """A division named at ``start:end`` of a text."""

    start: int
    end: int
    text: str
    division: Division


@attrs.frozen
class ArticleRegions:
    """The regions of one article: the one it is about, and every one named."""

    main: Region | None
    mentioned: tuple[Region, ...]


@functools.cache
def _longest() -> int:
    return max(len(form) for form in gazetteer().forms())


def _candidates(text: str, year: int | None) -> list[tuple[int, int, tuple[Division, ...]]]:
    """Longest-match spans of surface forms, left to right, not overlapping."""
    forms = gazetteer().forms()
    found: list[tuple[int, int, tuple[Division, ...]]] = []
    i, size, longest = 0, len(text), _longest()
    while i < size - 1:
        for length in range(min(longest, size - i), _MIN_FORM - 1, -1):
            form = text[i : i + length]
            if form in forms and _stands_alone(text, i + length, form):
                divisions = gazetteer().lookup(form, year)
                if divisions:
                    found.append((i, i + length, divisions))
                    i += length
                    break
        else:
            i += 1
    return found


def _stands_alone(text: str, end: int, form: str) -> bool:
    is_full_name = any(d.name == form for d in gazetteer().forms()[form])
    return is_full_name or not _NOT_AFTER_SHORT.match(text, end)


def find_mentions(texts: Sequence[str], year: int | None) -> list[list[Mention]]:
    """The mentions in each text, ambiguity settled across all of them."""
    spans = [_candidates(t, year) for t in texts]
    anchors = {d[0].code for found in spans for _, _, d in found if len(d) == 1}
    result: list[list[Mention]] = []
    for text, found in zip(texts, spans, strict=True):
        mentions: list[Mention] = []
        for start, end, divisions in found:
            previous = mentions[-1] if mentions and mentions[-1].end == start else None
            chosen = _settle(divisions, previous, anchors, year)
            if chosen is not None:
                mentions.append(Mention(start, end, text[start:end], chosen))
        result.append(mentions)
    named = {m.division.code for mentions in result for m in mentions}
    return [[m for m in mentions if _supported(m, named, year)] for mentions in result]


def _supported(mention: Mention, named: set[str], year: int | None) -> bool:
    """A county named by a short form counts only beside its prefecture or province.

    Short county names are often words too (惠民生, 人文金溪); a full name (惠民县)
    or a place above it in the same article makes the reading safe.
    """
    division = mention.division
    if division.level is not RegionLevel.COUNTY or mention.text == division.name:
        return True
    return bool(named & set(_ancestors(division.code, year)))


def _settle(
    divisions: tuple[Division, ...], previous: Mention | None, anchors: set[str], year: int | None
) -> Division | None:
    if len(divisions) == 1:
        return divisions[0]
    if previous is not None:
        under = [d for d in divisions if previous.division.code in _ancestors(d.code, year)]
        if len(under) == 1:
            return under[0]
    near = [d for d in divisions if anchors & set(_ancestors(d.code, year))]
    return near[0] if len(near) == 1 else None


@functools.cache
def _ancestors(code: str, year: int | None) -> tuple[str, ...]:
    """The codes above a division, nearest first."""
    result: list[str] = []
    division = gazetteer().by_code(code, year) or _any_row(code)
    while division is not None and division.parent is not None:
        result.append(division.parent)
        division = gazetteer().by_code(division.parent, year) or _any_row(division.parent)
    return tuple(result)


def _any_row(code: str) -> Division | None:
    rows = gazetteer().rows(code)
    return gazetteer().by_code(code) or (rows[-1] if rows else None)


def region(division: Division, mention: str, year: int | None) -> Region:
    """The contract's Region for a division, as first mentioned."""
    return Region(
        name=division.name,
        level=division.level,
        code=division.code,
        path=gazetteer().path(division, year),
        mention=mention,
    )


def article_regions(
    title: str | None, paragraphs: Sequence[str], on: dt.date | None
) -> ArticleRegions:
    """Every region an article names, and the one it is about."""
    year = on.year if on else None
    title_mentions, *body = find_mentions([title or "", *paragraphs], year)
    everything = [m for found in (title_mentions, *body) for m in found]
    regions: dict[str, Region] = {}
    for m in everything:
        if m.division.code not in regions:
            regions[m.division.code] = region(m.division, m.text, year)
    main = _main(title_mentions, everything, year)
    return ArticleRegions(regions[main] if main else None, tuple(regions.values()))


def _main(title: list[Mention], everything: list[Mention], year: int | None) -> str | None:
    """The code of the region an article is about.

    Start from the deepest place in the title, else from the province named most;
    go down to a child while the text talks mostly of that one child.
    """
    if not everything:
        return None
    direct = Counter(_qualified(everything))
    support: Counter[str] = Counter()
    for code, count in direct.items():
        for each in (code, *_ancestors(code, year)):
            support[each] += count
    if title:
        node = max(title, key=lambda m: _DEPTH.index(m.division.level)).division.code
        return _descend(node, direct, support, year, titled=True)
    top = [c for c in support if not _ancestors(c, year)]
    node = max(top, key=lambda c: (support[c], -_first(c, everything, year)))
    return _descend(node, direct, support, year, titled=False)


def _qualified(mentions: list[Mention]) -> Iterable[str]:
    """Mentions, leaving out a parent that only qualifies the child after it (广西崇左市)."""
    for m, following in zip(mentions, [*mentions[1:], None], strict=True):
        qualifies = (
            following is not None
            and following.start == m.end
            and m.division.code in _ancestors(following.division.code, None)
        )
        if not qualifies:
            yield m.division.code


def _first(code: str, mentions: list[Mention], year: int | None) -> int:
    return next(
        i
        for i, m in enumerate(mentions)
        if code in (m.division.code, *_ancestors(m.division.code, year))
    )


def _descend(
    node: str, direct: Counter[str], support: Counter[str], year: int | None, *, titled: bool
) -> str:
    """Go down while one child holds two thirds of the mentions below and outweighs the node.

    A title names what the article is about, so below a title's place a child must be named
    more often than the place itself; without a title, half as often will do.
    """
    while True:
        division = gazetteer().by_code(node, year) or gazetteer().by_code(node)
        if division is None or division.level is RegionLevel.COUNTY:
            return node
        children = {c: n for c, n in support.items() if _ancestors(c, year)[:1] == (node,)}
        below = sum(children.values())
        if not children:
            return node
        best = max(children, key=lambda c: children[c])
        outweighs = children[best] > direct[node] if titled else children[best] * 2 >= direct[node]
        if children[best] * 3 < below * 2 or not outweighs:
            return node
        node = best


def find_regions(text: str, *, on: dt.date | None = None) -> list[Region]:
    """Every region named in a piece of text, first mention first.

    ``on`` is the date whose division codes apply (today's when ``None``).

    >>> [(r.name, r.code) for r in find_regions("浙江省杭州市建德市")]
    [('浙江省', '330000'), ('杭州市', '330100'), ('建德市', '330182')]
    """
    if not isinstance(text, str):
        raise TypeError(f"find_regions() takes a str, not {type(text).__name__}")
    year = on.year if on else None
    (mentions,) = find_mentions([text], year)
    regions: dict[str, Region] = {}
    for m in mentions:
        regions.setdefault(m.division.code, region(m.division, m.text, year))
    return list(regions.values())
