"""Regions named in an article, resolved to the division hierarchy, and the one it is about.

``_places`` finds where places are named; here each is resolved, as general
rules taken in order (docs/regions.md gives the reasons):

1. a form that names one division names it;
2. a name right after its parent takes that parent (浙江省温州乐清市);
3. of two divisions one inside the other (长沙市, 长沙县), the larger is meant;
4. otherwise the candidate whose province or prefecture the article names wins;
5. otherwise the one the page names;
6. still tied: the mention is left out, never guessed.

A county named by its short form (惠民, 资源, 青山 are words too) counts only
right after its parent or when the article names its prefecture.  Codes are
those valid on the page's date: a former name (田阳县 on a 2020 page) gives its
successor's code.  Towns and villages are placed under the county their chain
or the article's context gives; their ``code`` is null.
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
from regionbrief._normalize import normalize
from regionbrief._places import Span, in_a_word, opens_with_stop, scan
from regionbrief._vocab import surnames

# zones always named after their division (开阳经开区, 聊城高新区), unlike 产业园 or 新区
# (乡村振兴产业园 names no 振兴区): such a zone is enough to read the division's short form
_NAMED_ZONES = ("经开区", "高新区", "经济技术开发区", "经济开发区", "高新技术产业开发区")
_CUES = frozenset("在到于赴从")  # one-character place words: 在白沙岭镇
_DEPTH = (RegionLevel.PROVINCE, RegionLevel.PREFECTURE, RegionLevel.COUNTY)
# "the whole province (city, county …)": the body's word for the division its title names
_WHOLE = re.compile(r"全[省市州盟县区旗]")
_BELOW = {"township": RegionLevel.TOWNSHIP, "village": RegionLevel.VILLAGE}
_EXTRA = {"zone": RegionLevel.ZONE, "area": RegionLevel.AREA}


@attrs.define  # internal and made often: a plain slotted class is three times faster to build
class Found:
    """A region named at ``start:end`` of one of an article's texts."""

    text: int
    start: int
    end: int
    region: Region
    division: Division | None  # the division itself, or the one a place lies in
    after: str | None = None  # the code of the division named right before it


@attrs.frozen
class ArticleRegions:
    """The regions of one article: the one it is about, and every one named."""

    main: Region | None
    mentioned: tuple[Region, ...]
    found: tuple[Found, ...] = ()


def page_codes(texts: Iterable[str], on: dt.date | None) -> frozenset[str]:
    """Divisions a page names unambiguously: the page's context for its articles."""
    year = on.year if on else None
    codes: set[str] = set()
    for text in texts:
        for span in scan(text):
            divisions = _valid(span, year)
            if span.kind == "division" and len(divisions) == 1:
                codes.add(divisions[0].code)
    return frozenset(codes)


def article_regions(
    texts: Sequence[str],
    on: dt.date | None,
    *,
    lead: int = 1,
    page: frozenset[str] = frozenset(),
) -> ArticleRegions:
    """Every region an article names, and the one it is about.

    ``texts`` are the article's title, advertorial source and paragraphs; the first
    ``lead`` of them (title, source) say most about where the article is.
    """
    found = _resolved(texts, on, page)
    regions: dict[tuple[str, ...], Region] = {}
    for item in found:
        regions.setdefault((item.region.code or "", *item.region.path), item.region)
    wholes = Counter(m.group() for text in texts[lead:] for m in _WHOLE.finditer(text))
    main = _main([f for f in found if f.text < lead], found, on.year if on else None, wholes)
    return ArticleRegions(main, tuple(regions.values()), tuple(found))


@functools.lru_cache(maxsize=256)
def _resolved(texts: Sequence[str], on: dt.date | None, page: frozenset[str]) -> tuple[Found, ...]:
    """``resolve``, once per article: splitting and the article itself both ask."""
    return tuple(resolve(texts, on, page=page))


def find_regions(text: str, *, on: dt.date | None = None) -> list[Region]:
    """Every region named in a piece of text, first mention first.

    ``on`` is the date whose division codes apply (today's when ``None``).

    >>> [(r.name, r.code) for r in find_regions("浙江省杭州市建德市")]
    [('浙江省', '330000'), ('杭州市', '330100'), ('建德市', '330182')]
    """
    if not isinstance(text, str):
        raise TypeError(f"find_regions() takes a str, not {type(text).__name__}")
    regions: dict[tuple[str, ...], Region] = {}
    for item in resolve([normalize(text)], on):  # look-alikes made ordinary, as in parse
        regions.setdefault((item.region.code or "", *item.region.path), item.region)
    return list(regions.values())


def resolve(
    texts: Sequence[str], on: dt.date | None, *, page: frozenset[str] = frozenset()
) -> list[Found]:
    """Resolve every place span of an article's texts, in order."""
    year = on.year if on else None
    spans = [scan(text) for text in texts]
    anchors = {
        d[0].code
        for found in spans
        for s in found
        if s.kind == "division" and len(d := _valid(s, year)) == 1 and _plain(s, d[0])
    }
    context = _Context(year, anchors, page)
    context.attested = {s.text for found in spans for s in found if s.tied}
    context.spans = spans
    context.zoned = {
        (index, s.start)
        for index, found in enumerate(spans)
        for s in found
        if s.kind == "zone" and s.text.endswith(_NAMED_ZONES)
    }
    result: list[Found] = []
    for index, found in enumerate(spans):
        previous: Found | None = None
        for span in found:
            item = context.resolve(index, span, previous)
            if item is not None:
                result.append(item)
                previous = item
    return result


def _valid(span: Span, year: int | None) -> tuple[Division, ...]:
    return _lookup(span.full or span.text, year)


@functools.lru_cache(maxsize=8192)
def _lookup(form: str, year: int | None) -> tuple[Division, ...]:
    return gazetteer().lookup(form, year)


@functools.lru_cache(maxsize=8192)
def _is_full_name(form: str, candidates: tuple[Division, ...]) -> bool:
    """Whether a form is the full name of one of the divisions it names."""
    return any(d.name == form for d in candidates)


@functools.lru_cache(maxsize=8192)
def _current(division: Division, year: int | None) -> Division:
    return gazetteer().current(division, year)


@functools.lru_cache(maxsize=8192)
def _division_region(division: Division, mention: str, year: int | None) -> Region:
    """A division as a Region (immutable, so one object serves every mention alike)."""
    return Region(
        name=division.name,
        level=division.level,
        code=division.code,
        path=_path(division, year),
        mention=mention,
    )


@functools.lru_cache(maxsize=8192)
def _path(division: Division, year: int | None) -> tuple[str, ...]:
    return gazetteer().path(division, year)


class _Context:
    """What an article has named so far, for resolving what it names next."""

    def __init__(self, year: int | None, anchors: set[str], page: frozenset[str]) -> None:
        self.year = year
        self.anchors = anchors
        self.page = page
        self.towns: dict[str, Found] = {}  # township name -> where it was placed
        self.last_county: Found | None = None
        self.attested: set[str] = set()  # names of places found right after the place above
        self.spans: list[tuple[Span, ...]] = []  # every place span of the article
        self.zoned: set[tuple[int, int]] = set()  # (text, start) of each zone's division
        self._clear: set[str] | None = None
        self.last_town: Found | None = None
        self.dropped: dict[tuple[int, int], Span] = {}  # (text, end) -> a short form left out

    def resolve(self, index: int, span: Span, previous: Found | None) -> Found | None:
        chained = (
            previous if previous and previous.text == index and previous.end == span.start else None
        )
        if span.kind == "division":
            return self._named_division(index, span, chained)
        lost = self.dropped.get((index, span.start)) if chained is None else None
        if lost is not None and not _is_full_name(lost.text, lost.divisions):
            # the short form before it was a word of its name: 白沙 of 白沙岭镇 (a full
            # name left out is a county, never part of a village's name)
            cue = span.cue or lost.before in _CUES
            span = attrs.evolve(
                span, start=lost.start, text=lost.text + span.text, tied=False, cue=cue
            )
        if span.kind in _EXTRA:
            head = (
                previous
                if previous and previous.text == index and previous.start == span.start
                else None
            )
            if head is None or head.division is None:
                return None  # a zone or area is named after the division it starts with
            region = _below(head.region, span.text, _EXTRA[span.kind], include_parent=True)
            return Found(index, span.start, span.end, region, head.division)
        return self._place(index, span, chained)

    def _named_division(self, index: int, span: Span, chained: Found | None) -> Found | None:
        candidates = _valid(span, self.year)
        chosen = _settle(candidates, chained, self.anchors, self.page, self.year)
        after = chained.division.code if chained and chained.division else None
        zoned = (index, span.start) in self.zoned  # 开阳经开区: a zone names its division
        if chosen is None or not (zoned or self._supported(span, chosen, candidates, after)):
            shorter = self._shorter(index, span, chained)
            if shorter is not None:
                return shorter
            self.dropped[(index, span.end)] = span
            return None
        division = _current(chosen, self.year)
        found = Found(
            index, span.start, span.end, self._region(division, span.text), division, after
        )
        if division.level is RegionLevel.COUNTY:
            self.last_county = found
        return found

    def _shorter(self, index: int, span: Span, chained: Found | None) -> Found | None:
        """A shorter form at the start of a form left out: 河南 of 河南县级市."""
        for length in range(len(span.text) - 1, 1, -1):
            head = span.text[:length]
            divisions = _lookup(head, self.year)
            if divisions:
                short = attrs.evolve(span, end=span.start + length, text=head, divisions=divisions)
                return self._named_division(index, short, chained)
        return None

    def _supported(
        self, span: Span, chosen: Division, candidates: tuple[Division, ...], after: str | None
    ) -> bool:
        """A county named by a short form counts only after its parent or beside its city.

        Short county names are often words too (惠民生, 用活资源) or parts of a person's
        name (王长海); a full name, or the place above it, makes the reading safe.
        """
        if opens_with_stop(span.text) and span.full is None:
            # 和田 of 乡道和田洋道路, 和县 of 保护和县级: at any level, only after its parent
            # or beside the place above it
            parents = _ancestors(chosen.code, self.year)
            return bool(parents) and (after in parents or parents[0] in self.anchors)
        if in_a_word(span) and _is_full_name(span.text, candidates) and not self._clear_of(span):
            # 示范县 names no 范县: only after its parent, or where the article names it
            # so elsewhere (in the title, after 在) or names its parent
            parents = _ancestors(chosen.code, self.year)
            return bool(parents) and (after in parents or parents[0] in self.anchors)
        if chosen.level is not RegionLevel.COUNTY or span.full is not None:
            return True
        if _is_full_name(span.text, candidates):
            return True
        if len(span.text) > 2 and _is_full_name(span.text, span.divisions):
            return True  # a former full name (漾濞县, before 漾濞彝族自治县) is still a full name
        parents = _ancestors(chosen.code, self.year)
        if not parents or (after not in parents and parents[0] not in self.anchors):
            return False
        return after in parents or not _in_a_name(span)

    def _clear_of(self, span: Span) -> bool:
        """Whether the article names this division somewhere not inside a word (在范县)."""
        if self._clear is None:
            self._clear = {
                s.text
                for found in self.spans
                for s in found
                if s.kind == "division" and not in_a_word(s)
            }
        return span.text in self._clear

    def _region(self, division: Division, mention: str) -> Region:
        return _division_region(division, mention, self.year)

    def _place(self, index: int, span: Span, chained: Found | None) -> Found | None:
        level = _BELOW[span.kind]
        if not self._credible(span, level):
            return None
        parent = self._parent(span, level, chained)
        if parent is None:
            return None
        region = _below(parent.region, span.text, level, include_parent=True)
        found = Found(index, span.start, span.end, region, parent.division)
        if level is RegionLevel.TOWNSHIP:
            self.towns.setdefault(span.text, found)
            self.last_town = found
        return found

    def _credible(self, span: Span, level: RegionLevel) -> bool:
        """Whether a name found by its suffix is a place.

        Alone it is not enough: it needs a place word before it, the place above it
        somewhere in the article, or, for a town, the towns table.
        """
        if span.tied or span.cue or span.text in self.attested:
            return True
        return level is RegionLevel.TOWNSHIP and span.text in gazetteer().town_names()

    def _parent(self, span: Span, level: RegionLevel, chained: Found | None) -> Found | None:
        """Where a town or village belongs: its chain, an earlier mention, the context."""
        if chained is not None and _depth(chained.region.level) < _depth(level):
            return self._into_county(span, chained) if level is RegionLevel.TOWNSHIP else chained
        if level is RegionLevel.TOWNSHIP:
            earlier = self.towns.get(span.text)
            if earlier is not None:
                return _up(earlier)
            if span.generic:  # 在小城镇: a town only where the table puts one near
                return self._by_table(span)
            return self._by_table(span) or self.last_county or self._only_one(span)
        return self.last_town or self.last_county

    def _into_county(self, span: Span, chained: Found) -> Found:
        """A town after a prefecture or province goes to the county that has it."""
        if chained.region.level is not RegionLevel.COUNTY and chained.division is not None:
            within = [
                c
                for c in gazetteer().town_counties(span.text)
                if chained.division.code in _ancestors(c, self.year)
            ]
            if len(within) == 1:
                return self._county(within[0], chained)
        return chained

    def _by_table(self, span: Span) -> Found | None:
        """The county that has a town of this name, where the article names it or its city.

        A province is too wide a hint: many provinces have a 城关镇.
        """
        counties = [c for c in gazetteer().town_counties(span.text) if self._named_near(c)]
        if len(set(counties)) != 1:
            return None
        return self._county(counties[0], None)

    def _only_one(self, span: Span) -> Found | None:
        """The county of a town whose name no other county has."""
        counties = set(gazetteer().town_counties(span.text))
        return self._county(counties.pop(), None) if len(counties) == 1 else None

    def _named_near(self, county: str) -> bool:
        """Whether the article names a county or the city right above it."""
        parents = _ancestors(county, self.year)
        return county in self.anchors or (bool(parents) and parents[0] in self.anchors)

    def _county(self, code: str, fallback: Found | None) -> Found:
        division = gazetteer().by_code(code, self.year) or gazetteer().by_code(code)
        if division is None:
            assert fallback is not None  # noqa: S101 - town codes come from the same table
            return fallback
        region = attrs.evolve(self._region(division, division.name), mention="")
        return Found(-1, -1, -1, region, division)


def _below(parent: Region, name: str, level: RegionLevel, *, include_parent: bool) -> Region:
    path = (*parent.path, name) if include_parent else (name,)
    return Region(name=name, level=level, code=None, path=path, mention=name)


def _up(found: Found) -> Found:
    """The place a town was put under, from the town's own entry."""
    parent_path = found.region.path[:-1]
    parent = attrs.evolve(found.region, name=parent_path[-1], path=parent_path, code=None)
    if found.division is not None:
        parent = Region(
            name=found.division.name,
            level=found.division.level,
            code=found.division.code,
            path=parent_path,
            mention="",
        )
    return attrs.evolve(found, region=parent)


def _depth(level: RegionLevel) -> int:
    order = (*_DEPTH, RegionLevel.ZONE, RegionLevel.TOWNSHIP, RegionLevel.VILLAGE)
    return order.index(level) if level in order else len(order)


def _settle(
    divisions: tuple[Division, ...],
    chained: Found | None,
    anchors: set[str],
    page: frozenset[str],
    year: int | None,
) -> Division | None:
    if len(divisions) == 1:
        return divisions[0]
    if not divisions:
        return None
    if chained is not None and chained.division is not None:
        under = [d for d in divisions if chained.division.code in _ancestors(d.code, year)]
        if under:
            divisions = tuple(under)
        if len(under) == 1:
            return under[0]
    codes = {d.code for d in divisions}
    outer = [d for d in divisions if not codes & set(_ancestors(d.code, year))]
    if len(outer) == 1:
        return outer[0]  # 长沙 is 长沙市, not the 长沙县 inside it
    provinces = [d for d in divisions if d.level is RegionLevel.PROVINCE]
    if len(provinces) == 1 and not any(anchors & set(_ancestors(d.code, year)) for d in divisions):
        return provinces[0]  # 河南 and 海南 are the provinces, unless the text is elsewhere
    for context in (anchors, page):
        near = [d for d in divisions if context & {d.code, *_ancestors(d.code, year)}]
        if len(near) == 1:
            return near[0]
    return None


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


def _plain(span: Span, division: Division) -> bool:
    """Whether a form names its division plainly: a full name, or not a county's short form."""
    return (
        division.level is not RegionLevel.COUNTY
        or span.full is not None
        or span.text == division.name
    )


def _in_a_name(span: Span) -> bool:
    """A short form right after a surname is a given name (王长海), not a county."""
    return span.start > 0 and span.before in surnames()


def _main(
    lead: list[Found],
    everything: Sequence[Found],
    year: int | None,
    wholes: Counter[str] | None = None,
) -> Region | None:
    """The region an article is about.

    Start from the deepest division in its title or source, else from the province
    named most; go down to a child while the text talks mostly of that one child.
    The body's 全省, 全市, 全县 ("the whole province") name the title's division too.
    """
    divisions = [f for f in everything if f.division is not None and f.region.level in _DEPTH]
    if not divisions:
        return None
    direct = Counter(_qualified(divisions))
    support: Counter[str] = Counter()
    for code, count in direct.items():
        for each in (code, *_ancestors(code, year)):
            support[each] += count
    heads = [f for f in lead if f.division is not None and f.region.level in _DEPTH]
    if heads:
        head = max(heads, key=lambda f: _DEPTH.index(f.region.level))
        node = head.division.code  # type: ignore[union-attr]
        direct[node] += (wholes or Counter())["全" + head.region.name[-1:]]  # 福建省: 全省
        code = _descend(node, direct, support, year, titled=True)
    else:
        top = [c for c in support if not _ancestors(c, year)]
        node = max(top, key=lambda c: (support[c], -_first(c, divisions, year)))
        code = _descend(node, direct, support, year, titled=False)
    named = (f.region for f in divisions if f.division and f.division.code == code)
    return next(named, None) or _region_of(code, year)


def _region_of(code: str, year: int | None) -> Region | None:
    """The region of a division the article names only through places inside it."""
    division = gazetteer().by_code(code, year) or _any_row(code)
    if division is None:
        return None
    path = gazetteer().path(division, year)
    return Region(division.name, division.level, division.code, path, division.name)


def _qualified(found: list[Found]) -> Iterable[str]:
    """Mentions, leaving out a parent that only qualifies the child after it (广西崇左市)."""
    for f, following in zip(found, [*found[1:], None], strict=True):
        assert f.division is not None  # noqa: S101 - filtered by the caller
        qualifies = (
            following is not None
            and following.division is not None
            and following.text == f.text
            and following.start == f.end
            and f.division.code in _ancestors(following.division.code, None)
        )
        if not qualifies:
            yield f.division.code


def _first(code: str, found: list[Found], year: int | None) -> int:
    return next(
        i
        for i, f in enumerate(found)
        if f.division and (code == f.division.code or code in _ancestors(f.division.code, year))
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
        if not children:
            return node
        best = max(children, key=lambda c: children[c])
        below = sum(children.values())
        outweighs = children[best] > direct[node] if titled else children[best] * 2 >= direct[node]
        if children[best] * 3 < below * 2 or not outweighs:
            return node
        node = best


def provinces(
    texts: Sequence[str], on: dt.date | None, page: frozenset[str] = frozenset()
) -> list[frozenset[str]]:
    """The provinces (codes) of the divisions each of an article's texts names."""
    year = on.year if on else None
    codes: list[set[str]] = [set() for _ in texts]
    for found in _resolved(tuple(texts), on, page):
        if found.division is not None:
            chain = (found.division.code, *_ancestors(found.division.code, year))
            codes[found.text].add(chain[-1])
    return [frozenset(c) for c in codes]
