"""When a page was published, estimated from the dates it names.

A news page reports what has happened: its latest day-precise date ("2023年
12月21日", "12月27日") is the best estimate of its publication date.  Year-less
dates take the year of the latest full date before them; when there is none,
the page cannot be dated and the estimate is ``None``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

# One pass: a year with its month and day, a year alone, or a month and day alone.
# Each match starts at a digit run's first digit, so no look-behind is needed.
# Digits from the start of their run only (never inside one: linear time on long runs).
_DATE = re.compile(r"(\d(?<!\d\d)\d{0,7})(?:(年)(?:(\d{1,2})月(\d{1,2})日)?|月(\d{1,2})日)")


def estimate(texts: Iterable[str]) -> dt.date | None:
    """The latest day-precise date in the texts.

    >>> estimate(["2023年12月21日，活动举行。", "12月27日，工人在安装作业。"])
    datetime.date(2023, 12, 27)
    >>> estimate(["今年以来，成效明显。"]) is None
    True
    """
    text = "\n".join(texts)  # one pass over the page
    full: list[dt.date] = []
    yearless: list[tuple[int, int]] = []
    years: list[int] = []
    for digits, is_year, month, day, lone_day in _DATE.findall(text):
        if is_year:
            if len(digits) == 4 and digits[:2] in ("19", "20"):
                years.append(int(digits))
                if month and (d := _date(digits, month, day)):
                    full.append(d)
        elif len(digits) <= 2:
            yearless.append((int(digits), int(lone_day)))
    anchor = max(full) if full else None
    if anchor is None and years:
        anchor = dt.date(_latest_past_year(years), 1, 1)
    if anchor is None:
        return None
    resolved = [d for d in (_date(anchor.year, m, day) for m, day in yearless) if d]
    # A year-less date well before the anchor's month is read as next year's.
    resolved = [d if d >= anchor - dt.timedelta(days=183) else _next_year(d) or d for d in resolved]
    candidates = full + resolved
    return max(candidates) if candidates else None


def _latest_past_year(years: list[int]) -> int:
    """The most frequent recent year: pages name future target years too."""
    return max(set(years), key=lambda y: (years.count(y), y))


def _date(year: int | str, month: int | str, day: int | str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _next_year(day: dt.date) -> dt.date | None:
    return _date(day.year + 1, day.month, day.day)
