"""The contract's data model: frozen, slotted attrs classes and string enums.

Parsers build these; they never parse.  Sequences are tuples so that every
object hashes and compares by value.  Serialization lives in ``_json``.
"""

from __future__ import annotations

import datetime as dt
import enum
import operator
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, TypeVar

import attrs

_Model = TypeVar("_Model")


def _pickled_by_fields(cls: type[_Model]) -> type[_Model]:
    """Pickle instances as their class and field values.

    ``parse_many`` sends every Brief from a worker process to the caller; this is
    smaller than attrs' default (a dict of state per object) and loads in about
    half the time, which matters when the caller's process is the bottleneck.
    """
    values = operator.attrgetter(*(field.name for field in attrs.fields(cls)))  # type: ignore[arg-type]

    def __reduce__(self: _Model) -> tuple[type[_Model], tuple[Any, ...]]:  # noqa: N807
        return cls, values(self)

    cls.__reduce__ = __reduce__  # type: ignore[assignment,method-assign]
    return cls


class _StrEnum(str, enum.Enum):
    """A ``str`` enum whose ``str()`` is its value (``enum.StrEnum`` from 3.11 on)."""

    def __str__(self) -> str:
        return str(self.value)


class ArticleKind(_StrEnum):
    """What sort of item an article is."""

    NEWS = "news"
    """A news story, feature or commentary."""
    PHOTO = "photo"
    """A picture caption standing on its own."""
    ADVERTORIAL = "advertorial"
    """A paid feature, recognised by its ``数据来源`` line or an ad marker."""


class RegionLevel(_StrEnum):
    """Where a region sits in the division hierarchy."""

    COUNTRY = "country"
    PROVINCE = "province"
    PREFECTURE = "prefecture"
    COUNTY = "county"
    TOWNSHIP = "township"
    """镇, 乡, 街道, 苏木 and the like."""
    VILLAGE = "village"
    """村, 社区, 嘎查, 居委会 and the like."""
    ZONE = "zone"
    """Development zones, new areas, industrial parks, free-trade zones."""
    AREA = "area"
    """Metropolitan circles, city clusters, economic belts."""


@_pickled_by_fields
@attrs.frozen
class Person:
    """A named person, with a role when the text gives one.

    Attributes:
        name: the bare name, as written.
        role: the title or function, e.g. ``"县委书记"``, ``"美编"``.
    """

    name: str
    role: str | None = None


@_pickled_by_fields
@attrs.frozen
class Period:
    """A date or time span named in the text.

    Attributes:
        label: the words as written, e.g. ``"2023年前三季度"``.
        start: the first day, or ``None`` when the span has no start.
        end: the last day, or ``None`` when the span is open-ended.
    """

    label: str
    start: dt.date | None = None
    end: dt.date | None = None


@_pickled_by_fields
@attrs.frozen
class Region:
    """A place named in the text, resolved to the division hierarchy.

    Attributes:
        name: the canonical full name, e.g. ``"洛阳市"``.
        level: where it sits in the hierarchy.
        code: the 6-digit division code valid on the page's date, for
            provinces down to counties; ``None`` below that or when ambiguous.
        path: canonical names from the province down to this one.
        mention: the text as written at its first mention, e.g. ``"洛阳"``.
    """

    name: str
    level: RegionLevel
    code: str | None
    path: tuple[str, ...]
    mention: str


@_pickled_by_fields
@attrs.frozen
class Metric:
    """A reported figure with what it measures, where and when.

    Attributes:
        indicator: what is measured, e.g. ``"社会消费品零售总额"``.
        value: the number as written, e.g. ``Decimal("36.8")``.
        unit: the unit as written, e.g. ``"亿元"``, ``"%"``, ``"家"``.
        base_value: the value in base units when the unit has a magnitude.
        base_unit: the base unit, e.g. ``"元"``; ``None`` for ``%``.
        qualifier: ``approx``, ``over``, ``at_least``, ``under`` or ``at_most``.
        change: ``increase`` or ``decrease`` when a verb governs the figure.
        period: the time the figure refers to.
        region: the place the figure refers to.
        text: the clause it came from.
    """

    indicator: str
    value: Decimal
    unit: str
    base_value: Decimal | None
    base_unit: str | None
    qualifier: str | None
    change: str | None
    period: Period | None
    region: Region | None
    text: str


@_pickled_by_fields
@attrs.frozen
class Initiative:
    """A named local programme, reform, pilot, mechanism or product.

    Attributes:
        name: the name without quote marks, e.g. ``"最多跑一次"``.
        region: where it runs.
        started: when it began, when the text says.
        text: the sentence that introduces it.
    """

    name: str
    region: Region | None
    started: Period | None
    text: str


@_pickled_by_fields
@attrs.frozen
class Article:
    """One item on the page, in reading order.

    Attributes:
        id: ``"a1"``, ``"a2"``, ... stable for the same input.
        kind: news, photo or advertorial.
        title: the title, or ``None`` when the page lost it.
        reporters: bare reporter (and photographer) names.
        source: for advertorials, X of ``数据来源：X``.
        paragraphs: the text, with column-break artefacts repaired.
        lines: the first and last 1-based input line it came from.
        region: the region the article is about.
        regions: every distinct region mentioned, first mention first.
        metrics: the figures reported.
        initiatives: the named programmes.
        periods: every date or time span named, in order.
        people: named people other than reporters, with their roles.
    """

    id: str
    kind: ArticleKind
    title: str | None
    reporters: tuple[str, ...]
    source: str | None
    paragraphs: tuple[str, ...]
    lines: tuple[int, int]
    region: Region | None = None
    regions: tuple[Region, ...] = ()
    metrics: tuple[Metric, ...] = ()
    initiatives: tuple[Initiative, ...] = ()
    periods: tuple[Period, ...] = ()
    people: tuple[Person, ...] = ()


@_pickled_by_fields
@attrs.frozen
class Brief:
    """One page: its header and its articles.

    Attributes:
        source: the file name or the caller's id.
        title: the page title, e.g. ``"区域经济"``.
        published: the publication date, given or estimated.
        published_estimated: whether ``published`` was estimated from the text.
        editors: page editors with their roles (``本版编辑``, ``美编`` ...).
        articles: the articles in reading order.
    """

    source: str | None
    title: str | None
    published: dt.date | None
    published_estimated: bool
    editors: tuple[Person, ...]
    articles: tuple[Article, ...]

    def regions(self) -> tuple[Region, ...]:
        """Every distinct region mentioned on the page, first mention first."""
        return _distinct(r for a in self.articles for r in a.regions)

    def metrics(self) -> tuple[Metric, ...]:
        """Every figure on the page, in reading order."""
        return tuple(m for a in self.articles for m in a.metrics)

    def initiatives(self) -> tuple[Initiative, ...]:
        """Every named programme on the page, in reading order."""
        return tuple(i for a in self.articles for i in a.initiatives)


def _distinct(regions: Iterable[Region]) -> tuple[Region, ...]:
    seen: dict[tuple[str | None, str, tuple[str, ...]], Region] = {}
    for r in regions:
        seen.setdefault((r.code, r.name, r.path), r)
    return tuple(seen.values())
