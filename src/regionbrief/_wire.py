"""How Briefs cross from a worker process to the caller: plain tuples, marshalled.

``parse_many`` sends every Brief a worker parses back to the calling process.
Pickle would do, but it calls a Python function to take each of a page's few
hundred objects apart and runs its own machine to put them back, and that cost
falls on both processes.  ``marshal`` knows only tuples, strings, numbers and
``None``, and handles them in C; so a Brief goes as nested tuples of those, with
each distinct region and period once, in a table, named elsewhere by its index
(as pickle's memo would share them).  Worker and caller are the same
interpreter, so marshal's format, which is private to a Python version, is the
same on both ends.  A page's error goes pickled: it is rare and small.
"""

from __future__ import annotations

import datetime as dt
import marshal
import pickle
from decimal import Decimal
from typing import Any

from regionbrief._errors import RegionBriefError
from regionbrief._model import (
    Article,
    ArticleKind,
    Brief,
    Initiative,
    Metric,
    Period,
    Person,
    Region,
    RegionLevel,
)

_LEVELS = {level.value: level for level in RegionLevel}
_KINDS = {kind.value: kind for kind in ArticleKind}
_NONE = -1  # the index that stands for no region or period
_SAME = ""  # the base value that is the value itself, one object as in the parse


def pack(items: list[Brief | RegionBriefError]) -> bytes:
    """The items as bytes for ``unpack`` in another process of this interpreter."""
    return marshal.dumps(tuple(_packed(item) for item in items))


def unpack(data: bytes) -> list[Brief | RegionBriefError]:
    """The items ``pack`` was given, equal to them."""
    return [_unpacked(item) for item in marshal.loads(data)]  # noqa: S302  # from our worker


class _Table:
    """Distinct objects, one row each, in order; each named by its row's index.

    Kept by identity, as pickle's memo keeps them: what was one object in the worker is
    one object in the caller.
    """

    def __init__(self) -> None:
        self.index: dict[int, int] = {}
        self.rows: list[tuple[Any, ...]] = []

    def find(self, item: object) -> int | None:
        """The index of ``item``'s row, if it has one yet."""
        return self.index.get(id(item))

    def add(self, item: object, row: tuple[Any, ...]) -> int:
        """Give ``item`` its row; its index."""
        at = self.index[id(item)] = len(self.rows)
        self.rows.append(row)
        return at


class _Tables:
    """The distinct regions and periods of a Brief."""

    def __init__(self) -> None:
        self.regions = _Table()
        self.periods = _Table()

    def region(self, region: Region | None) -> int:
        if region is None:
            return _NONE
        at = self.regions.find(region)
        if at is not None:
            return at
        row = (region.name, region.level.value, region.code, region.path, region.mention)
        return self.regions.add(region, row)

    def period(self, period: Period | None) -> int:
        if period is None:
            return _NONE
        at = self.periods.find(period)
        if at is not None:
            return at
        return self.periods.add(period, (period.label, _day(period.start), _day(period.end)))


def _packed(item: Brief | RegionBriefError) -> tuple[Any, ...]:
    if not isinstance(item, Brief):
        return (pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL),)
    tables = _Tables()
    articles = tuple(_article(article, tables) for article in item.articles)
    return (
        item.source,
        item.title,
        _day(item.published),
        item.published_estimated,
        tuple((person.name, person.role) for person in item.editors),
        articles,
        tuple(tables.regions.rows),
        tuple(tables.periods.rows),
    )


def _article(article: Article, tables: _Tables) -> tuple[Any, ...]:
    return (
        article.id,
        article.kind.value,
        article.title,
        article.reporters,
        article.source,
        article.paragraphs,
        article.lines,
        tables.region(article.region),
        tuple(tables.region(region) for region in article.regions),
        tuple(_metric(metric, tables) for metric in article.metrics),
        tuple(
            (i.name, tables.region(i.region), tables.period(i.started), i.text)
            for i in article.initiatives
        ),
        tuple(tables.period(period) for period in article.periods),
        tuple((person.name, person.role) for person in article.people),
    )


def _metric(metric: Metric, tables: _Tables) -> tuple[Any, ...]:
    base = metric.base_value
    return (
        metric.indicator,
        str(metric.value),
        metric.unit,
        None if base is None else _SAME if base is metric.value else str(base),
        metric.base_unit,
        metric.qualifier,
        metric.change,
        tables.period(metric.period),
        tables.region(metric.region),
        metric.text,
    )


def _day(day: dt.date | None) -> int | None:
    return None if day is None else day.toordinal()


def _date(ordinal: int | None) -> dt.date | None:
    return None if ordinal is None else dt.date.fromordinal(ordinal)


def _unpacked(row: tuple[Any, ...]) -> Brief | RegionBriefError:
    if len(row) == 1:
        error: RegionBriefError = pickle.loads(row[0])  # noqa: S301  # our own worker's
        return error
    source, title, published, estimated, editors, articles, region_rows, period_rows = row
    regions: list[Region | None] = [
        Region(name, _LEVELS[level], code, path, mention)
        for name, level, code, path, mention in region_rows
    ]
    periods: list[Period | None] = [
        Period(label, _date(start), _date(end)) for label, start, end in period_rows
    ]
    regions.append(None)  # index -1
    periods.append(None)
    return Brief(
        source,
        title,
        _date(published),
        estimated,
        tuple(Person(name, role) for name, role in editors),
        tuple(_unpacked_article(article, regions, periods) for article in articles),
    )


def _unpacked_article(
    row: tuple[Any, ...], regions: list[Region | None], periods: list[Period | None]
) -> Article:
    (ident, kind, title, reporters, source, paragraphs, lines, region, mentioned, metrics,
     initiatives, named, people) = row  # fmt: skip
    return Article(
        ident,
        _KINDS[kind],
        title,
        reporters,
        source,
        paragraphs,
        lines,
        regions[region],
        tuple([regions[index] for index in mentioned]),
        tuple([_unpacked_metric(metric, regions, periods) for metric in metrics]),
        tuple([_unpacked_initiative(row, regions, periods) for row in initiatives]),
        tuple([periods[index] for index in named]),
        tuple([Person(name, role) for name, role in people]),
    )


def _unpacked_initiative(
    row: tuple[Any, ...], regions: list[Region | None], periods: list[Period | None]
) -> Initiative:
    name, region, started, text = row
    return Initiative(name, regions[region], periods[started], text)


def _unpacked_metric(
    row: tuple[Any, ...], regions: list[Region | None], periods: list[Period | None]
) -> Metric:
    indicator, value, unit, base, base_unit, qualifier, change, period, region, text = row
    number = Decimal(value)
    return Metric(
        indicator,
        number,
        unit,
        None if base is None else number if base == _SAME else Decimal(base),
        base_unit,
        qualifier,
        change,
        periods[period],
        regions[region],
        text,
    )
