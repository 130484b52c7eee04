"""Periods: every date and span of time an article names, with its first and last day.

Each case is a hand-written snippet, the periods it names, and the rule it
shows.  A snippet that does not start with ``#`` is one paragraph under a
neutral title; one that does is a whole page.  ``expected`` is
``(label, start, end)`` of *every* period of the article, in order, dates in
ISO form and ``None`` for an open side.  ``CASES`` are parsed as published on
``PUBLISHED`` (mid-year), ``NEW_YEAR`` on ``NEW_YEAR_DAY`` (just after a year
turned), where year-less dates must not land after the page's date.

Places are real; every event and figure is invented.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

import regionbrief
from regionbrief._periods import find_periods
from tests.tables import TableChecks, params

PUBLISHED = dt.date(2024, 6, 20)
NEW_YEAR_DAY = dt.date(2025, 1, 8)
TITLE = "# 某县经济稳步增长"

Span = tuple[str, str | None, str | None]
Case = tuple[str, tuple[Span, ...], str]


def _md(*blocks: str) -> str:
    """A markdown-like page: one blank line between printed lines."""
    return "\n\n".join(blocks) + "\n"


def _page(snippet: str) -> str:
    """A whole page as it is, or one paragraph under the neutral title."""
    return snippet if snippet.startswith("#") else _md(TITLE, snippet)


def _periods(snippet: str, published: dt.date) -> tuple[Span, ...]:
    """The periods of a snippet's one article as ``(label, start, end)``."""
    brief = regionbrief.parse(_page(snippet), published=published)
    assert len(brief.articles) == 1
    return tuple(
        (
            p.label,
            p.start.isoformat() if p.start else None,
            p.end.isoformat() if p.end else None,
        )
        for p in brief.articles[0].periods
    )


CASES: list[Case] = [
    (
        "12月13日至23日，全县28个项目集中开工；3月5日-8日，园区举办展会。",
        (
            ("12月13日至23日", "2023-12-13", "2023-12-23"),
            ("3月5日-8日", "2024-03-05", "2024-03-08"),
        ),
        "days of one month (12月13日至23日) run from the first to the last",
    ),
    (
        "该村目前年纯收入30万元，这说明年轻人愿意回乡，全县至今年均增长8%；去年新增企业30家。",
        (("去年", "2023-01-01", "2023-12-31"),),
        (
            "a relative year is no time when it ends a word with the character before it"
            " (目前年收入, 说明年轻人, 至今年均)"
        ),
    ),
    (
        (
            "十月初，园区新签项目；三月份，订单回升；2023年十一月，新厂投产。金秋十月，"
            "一月一次的例会照常举行。"
        ),
        (
            ("十月初", "2023-10-01", "2023-10-10"),
            ("三月", "2024-03-01", "2024-03-31"),
            ("2023年十一月", "2023-11-01", "2023-11-30"),
        ),
        (
            "a month in Chinese numerals after a year, or with 初, 底, 份 or a ten-day part after"
            " it (金秋十月 and 一月一次 are no months)"
        ),
    ),
    (
        "截至一季度末，全县贷款余额增长；2023年三季度初，园区开工。",
        (
            ("截至一季度末", None, "2024-03-31"),
            ("2023年三季度初", "2023-07-01", "2023-07-31"),
        ),
        "a quarter's 末 or 初 is its last or first month, as 年底 is December",
    ),
    # 1. years, months and days
    (
        "2022年，全县粮食生产再获丰收。",
        (("2022年", "2022-01-01", "2022-12-31"),),
        "a year is the whole year",
    ),
    (
        "2023年3月，全县启动营商环境提升行动。",
        (("2023年3月", "2023-03-01", "2023-03-31"),),
        "a month is the whole month",
    ),
    (
        "今年1月至8月，全县工业投资稳步增长；1月—3月，出口回升。",
        (("今年1月至8月", "2024-01-01", "2024-08-31"), ("1月—3月", "2024-01-01", "2024-03-31")),
        "a run of months written with both months named is one span",
    ),
    (
        "2021—2023年，全县累计投资86亿元；2022年至2024年6月，新增企业900家。",
        (
            ("2021—2023年", "2021-01-01", "2023-12-31"),
            ("2022年至2024年6月", "2022-01-01", "2024-06-30"),
        ),
        "a run of years is one span, from the first year's start",
    ),
    (
        "2023年3月至今，全县累计发放消费券8000万元。",
        (("2023年3月至今", "2023-03-01", None),),
        "至今 (until now) leaves the end open, like 以来",
    ),
    (
        "2024年2月，全县春耕备耕有序推进。",
        (("2024年2月", "2024-02-01", "2024-02-29"),),
        "February of a leap year ends on the 29th",
    ),
    (
        "2023年11月8日，县里召开重点项目推进会。",
        (("2023年11月8日", "2023-11-08", "2023-11-08"),),
        "a day is one day",
    ),
    (
        "5月12日，县里召开重点项目观摩会。",
        (("5月12日", "2024-05-12", "2024-05-12"),),
        "a year-less date before the page's date takes the page's year",
    ),
    (
        "12月27日，县里召开招商引资推介会。",
        (("12月27日", "2023-12-27", "2023-12-27"),),
        "a year-less date later in the year than the page is last year's",
    ),
    (
        "6月20日，县里召开民营企业座谈会。",
        (("6月20日", "2024-06-20", "2024-06-20"),),
        "a year-less date on the page's own day is that day",
    ),
    (
        "6月21日，县里召开农产品产销对接会。",
        (("6月21日", "2023-06-21", "2023-06-21"),),
        "a year-less date the day after the page's date is last year's",
    ),
    (
        "11月底，全县秋粮收购基本结束。",
        (("11月底", "2023-11-30", "2023-11-30"),),
        "a year-less month end that would be after the page is last year's",
    ),
    (
        "2024年3月初，全县春茶开采。",
        (("2024年3月初", "2024-03-01", "2024-03-10"),),
        "月初 is the first ten days",
    ),
    (
        "3月中旬，全县小麦进入返青期。",
        (("3月中旬", "2024-03-11", "2024-03-20"),),
        "中旬 is the 11th to the 20th",
    ),
    (
        "今年5月下旬，全县夏粮开镰收割。",
        (("今年5月下旬", "2024-05-21", "2024-05-31"),),
        "下旬 runs to the month's last day",
    ),
    # 2. quarters, halves and the whole year
    (
        "2024年一季度，全县经济开局良好。",
        (("2024年一季度", "2024-01-01", "2024-03-31"),),
        "一季度 is January to March",
    ),
    (
        "2023年第二季度，全县工业生产稳步回升。",
        (("2023年第二季度", "2023-04-01", "2023-06-30"),),
        "第二季度 is April to June",
    ),
    (
        "2023年四季度，全县消费市场持续回暖。",
        (("2023年四季度", "2023-10-01", "2023-12-31"),),
        "四季度 is October to December",
    ),
    (
        "2022年前三季度，全县外贸进出口稳中有进。",
        (("2022年前三季度", "2022-01-01", "2022-09-30"),),
        "前三季度 is January to September",
    ),
    (
        "今年上半年，全县规上工业稳中向好。",
        (("今年上半年", "2024-01-01", "2024-06-30"),),
        "今年上半年 against the page's year",
    ),
    (
        "2023年下半年，全县文旅市场持续升温。",
        (("2023年下半年", "2023-07-01", "2023-12-31"),),
        "下半年 is July to December",
    ),
    (
        "2023年全年，全县旅游市场持续火热。",
        (("2023年全年", "2023-01-01", "2023-12-31"),),
        "全年 after a year is that year",
    ),
    (
        "全年，全县招商引资成效明显。",
        (("全年", "2024-01-01", "2024-12-31"),),
        "a bare 全年 is the page's year",
    ),
    (
        "上半年，全县重点项目建设提速。",
        (("上半年", "2024-01-01", "2024-06-30"),),
        "a bare 上半年 is the page's year",
    ),
    (
        "今年前5个月，全县新能源汽车产量快速增长。",
        (("今年前5个月", "2024-01-01", "2024-05-31"),),
        "前5个月 is January to May",
    ),
    (
        "2024年1-5月，全县实际使用外资稳步增长。",
        (("2024年1-5月", "2024-01-01", "2024-05-31"),),
        "a month range with a hyphen",
    ),
    (
        "2024年1至4月，全县快递业务量保持增长。",
        (("2024年1至4月", "2024-01-01", "2024-04-30"),),
        "a month range with 至",
    ),
    (
        "1-2月，全县规上工业开局平稳。",
        (("1-2月", "2024-01-01", "2024-02-29"),),
        "a year-less month range before the page's date takes the page's year",
    ),
    (
        "去年年底，全县建成乡镇快递共配中心12个。",
        (("去年年底", "2023-12-01", "2023-12-31"),),
        "年底 is December",
    ),
    # 3. 截至 and 以来
    (
        "截至10月底，全县普惠小微贷款余额稳步增长。",
        (("截至10月底", None, "2023-10-31"),),
        "截至X月底 has an end only, and a year-less one does not land after the page",
    ),
    (
        "截至2023年11月底，全县累计发放创业担保贷款。",
        (("截至2023年11月底", None, "2023-11-30"),),
        "截至 with a year has an end only",
    ),
    (
        "截至3月末，全县新能源汽车保有量持续攀升。",
        (("截至3月末", None, "2024-03-31"),),
        "月末 is the month's last day",
    ),
    (
        "2012年以来，全县持续推进荒山绿化。",
        (("2012年以来", "2012-01-01", None),),
        "X年以来 has an open end",
    ),
    (
        "今年以来，全县外贸企业抢抓订单。",
        (("今年以来", "2024-01-01", None),),
        "今年以来 opens on the page's first of January",
    ),
    (
        "2024年6月以来，全县启动夏季安全生产大检查。",
        (("2024年6月以来", "2024-06-01", None),),
        "a month 以来 opens on its first day",
    ),
    (
        "去年下半年以来，全县房地产市场逐步企稳。",
        (("去年下半年以来", "2023-07-01", None),),
        "a half-year 以来 opens on its first day",
    ),
    # 4. relative to the page's date
    (
        "去年，全县粮食总产量再创新高。",
        (("去年", "2023-01-01", "2023-12-31"),),
        "去年 is the year before the page's",
    ),
    (
        "前年，全县启动县域商业体系建设。",
        (("前年", "2022-01-01", "2022-12-31"),),
        "前年 is two years before the page's",
    ),
    (
        "明年，全县将建成县级物流配送中心。",
        (("明年", "2025-01-01", "2025-12-31"),),
        "明年 is the year after the page's",
    ),
    (
        "去年12月，全县首个零碳产业园开园。",
        (("去年12月", "2023-12-01", "2023-12-31"),),
        "a month of 去年",
    ),
    (
        "上月，全县新增市场主体明显增多。",
        (("上月", "2024-05-01", "2024-05-31"),),
        "上月 is the month before the page's",
    ),
    (
        "本月，全县集中开工一批重点项目。",
        (("本月", "2024-06-01", "2024-06-30"),),
        "本月 is the page's month",
    ),
    # 5. targets and plans
    (
        "到2026年，全县数字经济规模将翻一番。",
        (("2026年", "2026-01-01", "2026-12-31"),),
        "a target year after the page's date is kept as written, not moved back",
    ),
    (
        "“十四五”期间，全县将新建高标准农田30万亩。",
        (("“十四五”期间", "2021-01-01", "2025-12-31"),),
        "“十四五” is 2021 to 2025",
    ),
    (
        "全县编制“十五五”规划前期研究课题。",
        (("“十五五”规划", "2026-01-01", "2030-12-31"),),
        "“十五五” is 2026 to 2030",
    ),
    (
        "到2025年底，全县新能源汽车充电桩将覆盖所有乡镇。",
        (("2025年底", "2025-12-01", "2025-12-31"),),
        "年底 right after a year is that year's December",
    ),
    (
        "截至去年底，全县高新技术企业数量稳步增长。",
        (("截至去年底", None, "2023-12-31"),),
        "截至去年底 keeps its 底 in the label",
    ),
    # 6. other ways to write a year
    (
        "２０２３年，全县外贸进出口稳中有进。",
        (("2023年", "2023-01-01", "2023-12-31"),),
        "a year in full-width digits (made ASCII before parsing, label and all)",
    ),
    (
        "二〇二三年，全县农村人居环境持续改善。",
        (("二〇二三年", "2023-01-01", "2023-12-31"),),
        "a year in Chinese numerals",
    ),
    (
        "前10个月，全县跨境电商交易额快速增长。",
        (("前10个月", "2023-01-01", "2023-10-31"),),
        "a year-less 前10个月 that would end after the page is last year's",
    ),
    # 7. several periods, and what is not a period
    (
        "2023年，全县实现外贸进出口稳定增长；今年一季度，增速进一步加快。",
        (("2023年", "2023-01-01", "2023-12-31"), ("今年一季度", "2024-01-01", "2024-03-31")),
        "several periods come in the order the text names them",
    ),
    (
        "今年以来，全县新增企业持续增多。今年以来，全县外贸保持增长。",
        (("今年以来", "2024-01-01", None),),
        "a period named twice is listed once",
    ),
    (
        _md("# 2023年洛阳市外贸稳中提质", "洛阳市外贸企业今年一季度订单饱满。"),
        (("2023年", "2023-01-01", "2023-12-31"), ("今年一季度", "2024-01-01", "2024-03-31")),
        "a period in the title comes first",
    ),
    (
        "全县连续12年位居全省县域经济前列。",
        (),
        "a count of years is not a period",
    ),
    (
        "项目建设工期缩短5个月。",
        (),
        "a count of months is not a period",
    ),
    (
        "近年来，全县持续深化放管服改革。",
        (),
        "近年来 names no span the rules know",
    ),
]

NEW_YEAR: list[Case] = [
    (
        "12月30日，县里召开重点项目集中签约仪式。",
        (("12月30日", "2024-12-30", "2024-12-30"),),
        "early January: a December date is last year's",
    ),
    (
        "1月6日，县里召开新春招商引资大会。",
        (("1月6日", "2025-01-06", "2025-01-06"),),
        "early January: a date a few days back is this year's",
    ),
    (
        "1月9日，县里召开经济工作会议。",
        (("1月9日", "2024-01-09", "2024-01-09"),),
        "early January: a date the day after the page is last year's",
    ),
    (
        "截至12月底，全县各项存款余额稳步增长。",
        (("截至12月底", None, "2024-12-31"),),
        "early January: 截至12月底 ends last year",
    ),
    (
        "今年以来，全县新春消费市场持续火热。",
        (("今年以来", "2025-01-01", None),),
        "early January: 今年以来 opens on the new year's first day",
    ),
    (
        "去年，全县地区生产总值迈上新台阶。",
        (("去年", "2024-01-01", "2024-12-31"),),
        "early January: 去年 is the year just ended",
    ),
    (
        "11月，全县快递业务量创新高。",
        (("11月", "2024-11-01", "2024-11-30"),),
        "early January: a bare month is last year's",
    ),
    (
        "1-11月，全县外贸进出口稳中有进。",
        (("1-11月", "2024-01-01", "2024-11-30"),),
        "early January: a year-less month range is last year's",
    ),
]

# Cases the implementation does not pass yet: rule -> what goes wrong.
KNOWN_GAPS: dict[str, str] = {}

# Text from PDFs and word processors spaces numbers off from the words after them: the
# period is read as if closed up, and labelled so (the words at its place hold a space).
SPACED: list[Case] = [
    (
        "1-9 月份，全县地区生产总值稳步增长。",
        (("1-9月", "2023-01-01", "2023-09-30"),),
        (
            "a range of months spaced off from 月 is one span, labelled closed up (before the"
            " page's date: last year's)"
        ),
    ),
    (
        "2023 年，全县新增企业120家；3 月份，园区开工。",
        (
            ("2023年", "2023-01-01", "2023-12-31"),
            ("3月", "2024-03-01", "2024-03-31"),
        ),
        "a year and a month spaced off from 年 and 月 are read as written without the spaces",
    ),
]

ALL_CASES = [*CASES, *NEW_YEAR, *SPACED]


TABLES: dict[str, Sequence[tuple[object, ...]]] = {
    "CASES": CASES,
    "NEW_YEAR": NEW_YEAR,
    "SPACED": SPACED,
}  # the tables TestCases checks


class TestCases(TableChecks):
    tables = TABLES
    gaps = KNOWN_GAPS
    least = 30
    least_each = 1
    most_gaps = 5


class TestPeriods:
    @pytest.mark.parametrize(("snippet", "expected", "rule"), params(CASES, KNOWN_GAPS))
    def test_rule(self, snippet: str, expected: tuple[Span, ...], rule: str) -> None:
        """A snippet on a mid-year page names exactly its periods."""
        assert rule
        assert expected == _periods(snippet, PUBLISHED)

    @pytest.mark.parametrize(("snippet", "expected", "rule"), params(SPACED, KNOWN_GAPS))
    def test_spaced(self, snippet: str, expected: tuple[Span, ...], rule: str) -> None:
        """A number spaced off from its date word still makes a period."""
        assert rule
        assert expected == _periods(snippet, PUBLISHED)

    @pytest.mark.parametrize(("snippet", "expected", "rule"), params(NEW_YEAR, KNOWN_GAPS))
    def test_new_year(self, snippet: str, expected: tuple[Span, ...], rule: str) -> None:
        """A snippet on a page of early January names exactly its periods."""
        assert rule
        assert expected == _periods(snippet, NEW_YEAR_DAY)


class TestFound:
    @pytest.mark.parametrize("snippet", [case[0] for case in CASES])
    def test_label_is_the_text(self, snippet: str) -> None:
        """Each period found in a text is labelled with the words at its place."""
        text = snippet.rsplit("\n\n", maxsplit=1)[-1]
        found = find_periods(text, PUBLISHED)
        assert [text[f.start : f.end] for f in found] == [f.period.label for f in found]

    @pytest.mark.parametrize("snippet", [case[0] for case in CASES])
    def test_start_before_end(self, snippet: str) -> None:
        """No period ends before it starts."""
        found = find_periods(snippet, PUBLISHED)
        backwards = [
            f.period
            for f in found
            if f.period.start and f.period.end and f.period.start > f.period.end
        ]
        assert [] == backwards
