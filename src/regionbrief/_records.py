"""Briefs as flat records: one dict per article, region, metric, initiative or person.

Every row carries where it came from (source, article id) so that a table of
many pages can be joined back to them; regions carry code and path, periods
their start and end.  Values are plain strings, numbers, booleans or None, so
the rows go straight into csv, pandas or polars.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from regionbrief._model import Article, Brief, Period, Region

Record = dict[str, Any]
WHAT = ("articles", "regions", "metrics", "initiatives", "people")


def records(briefs: Brief | Iterable[Brief], what: str = "articles") -> Iterator[Record]:
    r"""Flat rows of one kind over many Briefs, lazily: one dict per article, region, ...

    ``what`` is ``articles``, ``regions``, ``metrics``, ``initiatives`` or
    ``people``.  Every row starts with ``source``, ``published`` and ``article``
    (the article's id); ``fields(what)`` lists the columns in order
    (docs/records.md describes each).  ``pandas.DataFrame(records(...))`` and
    ``polars.DataFrame(list(records(...)))`` take the rows as they are.

    >>> import regionbrief
    >>> brief = regionbrief.parse("# 浙江省杭州市建德市加快发展\n\n建德市今年新增企业120家。")
    >>> [(r["name"], r["code"], r["main"]) for r in records([brief], "regions")]
    [('浙江省', '330000', False), ('杭州市', '330100', False), ('建德市', '330182', True)]

    Raises:
        ValueError: ``what`` is not one of the five kinds.
    """
    if what not in _ROWS:
        raise ValueError(f"what must be one of {', '.join(WHAT)}, not {what!r}")
    return _records((briefs,) if isinstance(briefs, Brief) else briefs, _ROWS[what])


def _records(
    briefs: Iterable[Brief], rows: Callable[[Article], Iterator[Record]]
) -> Iterator[Record]:
    for brief in briefs:
        for article in brief.articles:
            base = {"source": brief.source, "published": _date(brief), "article": article.id}
            for row in rows(article):
                yield {**base, **row}


def fields(what: str) -> tuple[str, ...]:
    """The column names of a kind of record, in order (for csv headers)."""
    return ("source", "published", "article", *_FIELDS[what])


def _date(brief: Brief) -> str | None:
    return brief.published.isoformat() if brief.published else None


def _articles(article: Article) -> Iterator[Record]:
    yield {
        "kind": str(article.kind),
        "title": article.title,
        "reporters": " ".join(article.reporters),
        "source_line": article.source,
        "first_line": article.lines[0],
        "last_line": article.lines[1],
        **_region(article.region, "region"),
        "paragraphs": len(article.paragraphs),
        "text": "\n".join(article.paragraphs),
    }


def _regions(article: Article) -> Iterator[Record]:
    for region in article.regions:
        main = article.region
        same = main is not None and (region.code, region.path) == (main.code, main.path)
        yield {**_region(region, ""), "main": same}


def _metrics(article: Article) -> Iterator[Record]:
    for metric in article.metrics:
        yield {
            "indicator": metric.indicator,
            "value": float(metric.value),
            "unit": metric.unit,
            "base_value": float(metric.base_value) if metric.base_value is not None else None,
            "base_unit": metric.base_unit,
            "qualifier": metric.qualifier,
            "change": metric.change,
            **_period(metric.period, "period"),
            **_region(metric.region, "region"),
            "text": metric.text,
        }


def _initiatives(article: Article) -> Iterator[Record]:
    for item in article.initiatives:
        yield {
            "name": item.name,
            **_region(item.region, "region"),
            **_period(item.started, "started"),
            "text": item.text,
        }


def _people(article: Article) -> Iterator[Record]:
    for person in article.people:  # where they spoke: the article's region
        yield {"name": person.name, "role": person.role, **_region(article.region, "region")}


def _region(region: Region | None, prefix: str) -> Record:
    key = f"{prefix}_" if prefix else ""
    return {
        f"{key}name": region.name if region else None,
        f"{key}level": str(region.level) if region else None,
        f"{key}code": region.code if region else None,
        f"{key}path": "/".join(region.path) if region else None,
        **({} if prefix else {"mention": region.mention if region else None}),
    }


def _period(period: Period | None, prefix: str) -> Record:
    return {
        f"{prefix}_label": period.label if period else None,
        f"{prefix}_start": period.start.isoformat() if period and period.start else None,
        f"{prefix}_end": period.end.isoformat() if period and period.end else None,
    }


_ROWS: dict[str, Callable[[Article], Iterator[Record]]] = {
    "articles": _articles,
    "regions": _regions,
    "metrics": _metrics,
    "initiatives": _initiatives,
    "people": _people,
}
_REGION = ("name", "level", "code", "path")
_FIELDS: dict[str, tuple[str, ...]] = {
    "articles": (
        "kind",
        "title",
        "reporters",
        "source_line",
        "first_line",
        "last_line",
        *(f"region_{k}" for k in _REGION),
        "paragraphs",
        "text",
    ),
    "regions": (*_REGION, "mention", "main"),
    "metrics": (
        "indicator",
        "value",
        "unit",
        "base_value",
        "base_unit",
        "qualifier",
        "change",
        "period_label",
        "period_start",
        "period_end",
        *(f"region_{k}" for k in _REGION),
        "text",
    ),
    "initiatives": (
        "name",
        *(f"region_{k}" for k in _REGION),
        "started_label",
        "started_start",
        "started_end",
        "text",
    ),
    "people": ("name", "role", *(f"region_{k}" for k in _REGION)),
}
