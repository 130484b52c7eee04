"""Time expressions: Chinese dates and spans as Periods with a start and an end.

A year, a month, a day; 一季度, 前三季度, 上半年, 下半年, 全年; 截至X月底 (an
end only); X年以来 (an open end); 今年, 去年, 前年, 明年 against the page's
date; “十四五” (2021–2025).  A date without a year takes the latest year that
does not put it after the page's date.  Month ends come from dateutil.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator

import attrs
from dateutil.relativedelta import relativedelta

from regionbrief._model import Period
from regionbrief._numbers import ascii_digits, chinese

_CN = "一二三四五六七八九十"
_YEAR_DIGITS = "零〇一二三四五六七八九"
# a month in Chinese numerals after a year (2023年十一月, 今年三月) or with a part of the month
# or 份 after it (十月初, 五月份), which sets it apart from words (一月一次, 金秋十月)
_CN_NUMBER = "(?:十[一二]?|[一二三四五六七八九])"
_CN_PARTED = f"{_CN_NUMBER}月[初底末份上中下]"
_CN_MONTH = f"(?:(?(year)|(?(rel)|(?={_CN_PARTED})))(?:{_CN_NUMBER})(?=月))"
# A relative year, not the end of a word with the character before it and 年 (目前年收入:
# 目前; 说明年轻人: 说明; 至今年均: 至今; 过去年均: 过去; 以上年份: 以上; 基本年: 基本).
_RELATIVE_YEAR = (
    "(?<![目当此以提之空事眼])前年|(?<![说聪文光证表透鲜发])明年|(?<![至如现迄当])今年"
    "|(?<![过失除进出])去年|(?<![以线网之向马加])上年|(?<![基成资根日版样范])本年"
)
# The first look-ahead is one character class: it lets the regex engine skip to
# where an expression may start (about four times faster than the alternatives alone).
_PATTERN = re.compile(
    rf"""
    (?=[\d{_YEAR_DIGITS}十截今去前明上本当第下全年])
    (?=截至|截止|(?:19|20)\d{{2}}(?:年|至|-|—|–|~|到)|[{_YEAR_DIGITS}]{{4}}年|今年|去年|前年|明年|上年|本年
        |上个?月|本月|当月|前三季度|第?[一二三四1-4]季度
        |上半年|下半年|全年|年初|年底|年末|前(?:\d|[{_CN}])|\d{{1,2}}(?:月|至|-|—|~|到)
        |{_CN_PARTED})
    (?P<upto>截至|截止到|截止)?
    (?:(?P<fromyear>(?:19|20)\d{{2}})年?(?:至|-|—|–|~|到)(?=(?:19|20)\d{{2}}年))?
    (?:(?P<year>(?:19|20)\d{{2}}|[{_YEAR_DIGITS}]{{4}})年|(?P<rel>{_RELATIVE_YEAR}))?
    (?P<yearpart>底|末|初(?!步))?
    (?P<relmonth>上个?月|本月|当月)?
    (?:
        (?P<part>前三季度|第?[一二三四1-4]季度[末初]?|上半年|下半年|全年|年初|年底|年末
            |前(?P<months>\d{{1,2}}|[{_CN}]{{1,3}})个?月)
      | (?P<from>\d{{1,2}})月?(?:至|-|—|~|到)(?P<to>\d{{1,2}})月
      | (?P<month>\d{{1,2}}|{_CN_MONTH})月
        (?:(?P<day>\d{{1,2}})日(?:(?:至|-|—|~|到)(?P<lastday>\d{{1,2}})日)?
          |(?P<mpart>底|末|初|上旬|中旬|下旬))?
    )?
    (?P<since>以来|至今)?
    """,
    re.VERBOSE,
)
# Every time expression holds one of these (截 of 截至 and 截止); one character class,
# so that the regex engine skips in C to the first.
_ANCHOR = re.compile(r"[年月季五截]")
_PLANS = re.compile(r"“?(十[一二三四五六七八九]五)”?(?:时期|期间|规划)?")
_RELATIVE = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}
_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4}
_HALVES = {"上半年": (1, 6), "下半年": (7, 12), "全年": (1, 12), "年初": (1, 1), "年底": (12, 12)}
_HALVES["年末"] = _HALVES["年底"]


@attrs.define  # internal and made often: a plain slotted class is three times faster to build
class Found:
    """A period named at ``start:end`` of a text."""

    start: int
    end: int
    period: Period


@functools.lru_cache(maxsize=1024)
def _period(label: str, start: dt.date | None, end: dt.date | None) -> Period:
    """One Period object for equal periods.

    A page names the same few periods again and again; a Brief that shares them is
    smaller to pickle, which parse_many does for every page a worker sends back.
    """
    return Period(label, start, end)


def find_periods(text: str, published: dt.date | None) -> list[Found]:
    """Every time expression in a text, left to right."""
    if not _ANCHOR.search(text):
        return []
    plain = ascii_digits(text)  # full-width digits read as ASCII, one character each
    found = [*_dates(plain, published), *_plans(plain)]
    if plain != text:  # labels as written, closed up where a number was spaced off (2023 年)
        found = [
            attrs.evolve(f, period=_period(_written(text, plain, f), f.period.start, f.period.end))
            for f in found
        ]
    return sorted(found, key=lambda f: f.start)


def _written(text: str, plain: str, found: Found) -> str:
    """A label as written, unless a space moved out of it in ``plain`` (1-9 月份: 1-9月)."""
    written = text[found.start : found.end]
    return plain[found.start : found.end] if " " in written else written


def _dates(text: str, published: dt.date | None) -> Iterator[Found]:
    for match in _PATTERN.finditer(text):
        if not any(match.group("year", "rel", "month", "from", "part", "relmonth")):
            continue  # a year part or 以来 alone names no time
        span = _span(match, published)
        if span is None:
            continue
        start, end = span
        if match["fromyear"] and start is not None and int(match["fromyear"]) <= start.year:
            start = dt.date(int(match["fromyear"]), 1, 1)  # 2022—2024年: from the first year
        if match["since"]:
            end = None
        if match["upto"]:
            start = None
        yield Found(match.start(), match.end(), _period(match.group(), start, end))


def _span(
    match: re.Match[str], published: dt.date | None
) -> tuple[dt.date | None, dt.date | None] | None:
    """The first and last day the expression covers; ``None`` when it is not a time."""
    year = _year(match, published)
    implied = year is None and not match["month"] and published is not None
    if implied and published is not None:
        year = published.year  # 上半年, 1-11月: the page's own year
    if match["relmonth"]:
        return _relative_month(match["relmonth"], published)
    if match["yearpart"] and year is not None:
        month = 1 if match["yearpart"] == "初" else 12
        return dt.date(year, month, 1), _month_end(year, month)
    if match["part"]:
        span = _part(match, year)
        done = match["months"] is not None  # 前10个月 reports months that are over
        if done and implied and span and span[1] and published and span[1] > published and year:
            span = _part(match, year - 1)  # 前10个月 in June: last year's, not ahead of the page
        return span
    if match["from"]:
        first, last = int(match["from"]), int(match["to"])
        if year is None or not 1 <= first <= last <= 12:
            return (None, None) if year is None else None
        if implied and published and _month_end(year, last) > published:
            year -= 1  # 1-11月 on a January page: last year's
        return dt.date(year, first, 1), _month_end(year, last)
    if match["month"]:
        return _month(match, year, published)
    if year is None:
        return None, None
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _relative_month(word: str, published: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    """上月 and 本月 against the page's date."""
    if published is None:
        return None, None
    first = published.replace(day=1)
    if word.startswith("上"):
        first -= relativedelta(months=1)
    return first, first + relativedelta(months=1, days=-1)


def _year(match: re.Match[str], published: dt.date | None) -> int | None:
    if match["year"]:
        year = match["year"]
        return int(year) if year.isdigit() else int(chinese(year) or 0) or None
    if match["rel"] and published is not None:
        return published.year + _RELATIVE[match["rel"]]
    return None


def _part(match: re.Match[str], year: int | None) -> tuple[dt.date | None, dt.date | None] | None:
    if year is None:
        return None, None
    part = match["part"]
    if part == "前三季度":
        return dt.date(year, 1, 1), dt.date(year, 9, 30)
    if "季度" in part:
        mark = part[part.index("季度") - 1]
        quarter = int(mark) if mark.isdigit() else _QUARTERS[mark]
        # 一季度末 and 一季度初 are the quarter's last and first month, as 年底 is December
        first = 3 * quarter if part.endswith("末") else 3 * quarter - 2
        last = 3 * quarter - 2 if part.endswith("初") else 3 * quarter
        return dt.date(year, first, 1), _month_end(year, last)
    if match["months"]:
        count = (
            int(match["months"])
            if match["months"].isdigit()
            else int(chinese(match["months"]) or 0)
        )
        if not 1 <= count <= 12:
            return None
        return dt.date(year, 1, 1), _month_end(year, count)
    first_month, last_month = _HALVES[part]
    return dt.date(year, first_month, 1), _month_end(year, last_month)


def _month(
    match: re.Match[str], year: int | None, published: dt.date | None
) -> tuple[dt.date | None, dt.date | None] | None:
    written = match["month"]
    month = int(written) if written.isdigit() else int(chinese(written) or 0)
    day = int(match["day"]) if match["day"] else None
    if not 1 <= month <= 12:
        return None
    if year is None:
        if published is None:
            return None, None
        year = published.year
        if (month, day or 1) > (published.month, published.day):
            year -= 1  # a year-less date never lands after the page's date
    last = _month_end(year, month)
    if day is not None:
        # 12月13日至23日: the days of one month, from the first to the last
        until = int(match["lastday"]) if match["lastday"] else day
        if not 1 <= day <= last.day:
            return None
        until = until if day <= until <= last.day else day  # 23日至13日: the first day alone
        return dt.date(year, month, day), dt.date(year, month, until)
    part = match["mpart"]
    if part in ("底", "末"):
        return last, last
    ranges = {"初": (1, 10), "上旬": (1, 10), "中旬": (11, 20), "下旬": (21, last.day)}
    if part in ranges:
        first_day, last_day = ranges[part]
        return dt.date(year, month, first_day), dt.date(year, month, last_day)
    return dt.date(year, month, 1), last


@functools.lru_cache(maxsize=512)
def _month_end(year: int, month: int) -> dt.date:
    """The last day of a month (a page asks for the same few again and again).

    >>> _month_end(2024, 2), _month_end(2023, 11)
    (datetime.date(2024, 2, 29), datetime.date(2023, 11, 30))
    """
    return dt.date(year, month, 1) + relativedelta(months=1, days=-1)


def _plans(text: str) -> Iterator[Found]:
    """Five-year plans: “十四五” is 2021–2025."""
    if "五" not in text:
        return  # the pattern has no fixed start: look before running it
    for match in _PLANS.finditer(text):
        number = int(chinese(match.group(1)[:2]) or 0)  # 十四 of 十四五
        first = 2021 + 5 * (number - 14)  # the 14th plan ran 2021-2025, each plan five years
        yield Found(
            match.start(),
            match.end(),
            _period(match.group(), dt.date(first, 1, 1), dt.date(first + 4, 12, 31)),
        )
