"""The public API from the user's seat: type-checked by mypy, never executed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import regionbrief


def user_code(path: str) -> None:
    """What users write, checked for types only."""
    brief: regionbrief.Brief = regionbrief.load(path, published=dt.date(2024, 1, 2))
    again: regionbrief.Brief = regionbrief.loads(regionbrief.dumps(brief, indent=2))
    data: dict[str, object] = regionbrief.to_dict(again)
    regionbrief.from_dict(data)
    for article in brief.articles:
        kind: regionbrief.ArticleKind = article.kind
        title: str | None = article.title
        first, last = article.lines
        total: int = first + last
        names: tuple[str, ...] = article.reporters
        for metric in article.metrics:
            value: Decimal = metric.value
            del value
        del kind, title, total, names
    regions: list[regionbrief.Region] = regionbrief.find_regions("浙江省杭州市")
    level: regionbrief.RegionLevel = regions[0].level
    for each in regionbrief.parse_many([path, path], workers=2):
        each.regions()
    try:
        regionbrief.parse("")
    except regionbrief.InputError as exc:
        where: str | None = exc.path
        del where
    del level
