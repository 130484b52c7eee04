"""Figures: value, unit, qualifier, change, indicator, and the region and period they belong to.

A figure is a number with a unit or measure word after it (data/units.tsv).
Years, dates, ordinals (第一), list markers and small counts written in
Chinese (一个部门, 两个地址), numbers inside quoted names (“1+6”, “八个一”) and
ranks (百亿级) are not figures.  Around each figure:

* the qualifier is the word that hedges it (data/qualifiers.tsv);
* the change is the verb that moves it, right before it (data/changes.tsv),
  unless 拉动 makes it a contribution;
* the indicator is the phrase before it, after the last verb that links the
  two (data/metric_verbs.txt), else the noun after it ("20个项目");
* the region is the deepest place of the nearest chain of places in the clause,
  else the sentence, else the paragraph, else the article's region;
* the period is the nearest time before it in the sentence, else the one that
  opens its paragraph, else the period line over a data box.
"""

from __future__ import annotations

import bisect
import functools
import re
import sys
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import NamedTuple

import attrs

from regionbrief._bylines import dateline
from regionbrief._model import Metric, Period, Region
from regionbrief._numbers import (
    ARABIC_REST,
    DIGITS,
    arabic,
    ascii_digits,
    chinese,
    magnitude_of,
    tidy,
)
from regionbrief._periods import Found as FoundPeriod
from regionbrief._sentences import Span, clauses, sentences, within
from regionbrief._vocab import table, word_list, words_pattern

_SMALL_CHINESE = 11  # a count in Chinese numerals up to ten is a word (一批, 十种有色金属)
_REACH = 100  # characters on each side of a figure, at most, for its words
_LONGEST = 15  # digits: 千万亿 (10^15) is past any reported figure; longer runs are codes
_MAGNITUDE = "(?:万亿|千亿|百亿|十亿|千万|百万|十万|亿|万|千|百)"
_YEAR = re.compile(r"(?:19|20)\d\d")
_QUOTED = re.compile(r"“[^“”]{1,20}”|‘[^‘’]{1,20}’|「[^「」]{1,20}」")
_CONNECTIVES = re.compile(
    r"^(?:其中|目前|同时|此外|另外|并且|并|还|已经|已|共|均|总计|截至目前|今年|去年|当年|预计"
    # 使全县产值达12亿元: what is made to reach the figure, not 使; connectives (但, 却)
    r"|使得|使(?!用)|但是|但|而且|却|即|一[个座批家项处所])"  # 一个总库容: 总库容
    r"|^(?:(?:全|该|本)[省市县区镇乡村]|全国|我国|中国|当地|本地|各地)$"  # where, not what
)
# how a change is measured, not what changed: 同比增长, 比上年增长, 年均增长, 实际增长 and 可比增长
# (at constant prices) and 名义增长 (at current prices)
_COMPARISON = re.compile(
    r"(?:同比|环比|[比较](?:上年同期|上年|去年|年初|上月|同期)|年均|平均|实际|名义|可比"
    # at what prices: 按可比价计算同比增长6.1% says how, not what
    r"|[按以](?:可比价格?|现价|不变价格?)计算|扣除价格因素后?)$"
)
_DESTINATION = frozenset("往至到入向")
_JOINERS = "、|和|与|及|以及"  # the words that join the items of a list
_LIST_JOINER = re.compile(f"(?:{_JOINERS})?")  # between places of one chain or list (no comma)
_MAY_HOLD = re.compile(r"[0-9０-９十百千万亿成倍]")  # a digit, a big numeral or a share (三成)
_DIGIT_COMMA = re.compile(r"(?<=\d),(?=\d{3})")
_PERCENT_WORDS = re.compile(r"百分之(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]{1,6})")
# an amount with a bound right before these names a size class of them: 10亿元以上项目
_THRESHOLD_OF = re.compile(r"(?:重点|重大|产业|工业|招商)?(?:项目|企业)")
_BOUNDS = ("以上", "以下", "及以上", "以内")  # after the amount: 10亿元以上项目
_OVER = ("超", "超过", "逾")  # before it: 超10亿元项目 (总投资5亿元项目 is an amount)
# 数量从上一年的59个增加到62个, 由原来的几亩扩大到: the phrase from 从 or 由 names the
# starting point, not the figure
# (从 before a time or a number: 从事, 从业 and 从严 are words of their own)
_FROM = re.compile(
    r"[从由](?:(?=[\d上去前原过年今本当一二三四五六七八九十两几])[^，。；：从由]{0,8})?$"
)
# what names nothing at either end of a phrase: an aside in brackets, a 的 left over
_ASIDE = re.compile(r"^(?:[（(][^（）()]{0,30}[）)])?的?|[（(][^（）()]{0,30}[）)]$")
# 分别为 (respectively), 可达, 将达, 有望达到 (may, will reach), 稳定在 (held at) and 高达 (as
# much as) link too
# Verbs that end the noun after a count (5家企业入驻, 17个村实现全覆盖): words that are never
# part of a noun, unlike 建设 or 服务 (基础设施建设项目, 便民服务站)
_TAIL_VERB = re.compile(
    r"累计|实现|完成|达到|共有|拥有|合计|共计|惠及|吸纳|参与|入驻|作为|带动|贡献(?!率)"
    # adverbs, never in a noun: 38间房已经全部订出
    r"|已经|也|正在|陆续|先后|相继|纷纷|全部|均已|一起|一道"
    # 19户村民在村党支部引导下: 村民 (a noun opening with it, 在建项目, stays whole; and it
    # ends words of its own: 迫在眉睫, 存在, 所在, 潜在)
    r"|(?<![迫自实现存所正内外潜])在|被|用于"  # 1000亩土地被规划用于…: 土地
)
# a lead-in that says where the news came from: 近日，记者从市统计局获悉，
_LEAD_IN = re.compile(r"[^。！？]{0,40}?(?:获悉|了解到|得知)[，,]")
_LIST_ITEM = 7  # characters, its 、 included: the longest item of a list of names
# a 、 and a few words before the next count of a list: 新建40个、续建100个
# words after a number of days, months or years that make it the span a figure covers
# (8天共接待251万人次, 与去年7天比较, 3年内): a time, not a figure of its own
_SPAN_OF = re.compile(r"累计|共|合计|内|期间|里|时间里|比较|相比|以来")
_COUNTED = frozenset("个项件类种款条处场次批份笔单宗起座栋间所台辆艘架套张本只头羽棵株家户名位")
_WHOLE = re.compile(r"全([省市县区州盟旗镇乡村])")  # 全省村均收入: the whole division
_PERIODS_BACK = 16  # times before a figure in its sentence that may date it
_SHARES = frozenset(("%", "个百分点", "倍", "成"))  # base units of shares and multiples
_SHARED_STEPS = 4  # counts of a list looked through for the noun they share
_SHARED = re.compile(r"、[\u4e00-\u9fff]{0,4}?(?=[\d零〇一二两三四五六七八九十])")
_RANGE_MARKS = "至~～—–-"  # the hyphen last: in a character class it would make a range
_RANGE_START = re.compile(rf"\d+(?:\.\d+)?\s*[{_RANGE_MARKS}]$")  # 30~50亿元: the first number
# a figure that opens a range written with its unit twice (60吨至80吨): the range is read
# as its last figure, as 60至80吨 and 60-80吨 are
# a range of amounts before what it classes (5亿元~10亿元项目): its first amount and mark
_RANGE_START_AMOUNT = re.compile(rf"\d+(?:\.\d+)?\s*(?:万亿|万|亿)?元?\s*[{_RANGE_MARKS}]$")
_RANGE_NEXT = frozenset(_RANGE_MARKS + " ")  # what may follow a range's first figure
_RANGE_ON = re.compile(rf"\s*[{_RANGE_MARKS}]\s*(?=\d)")
_LINKS = re.compile(
    r"(?:(?:稳定|保持|控制|维持)在|高达(?<!提高达)|长达(?<!增长达)|多达|仅为"
    r"|了|到|至|为|达|在|分别|依次|可|将|有望|已经|已"
    r"|(?:现在|目前|如今|当前)的?"  # 由原来的几亩扩大到现在的70亩: 扩大到 governs 70亩
    r"|每年|每月|每天|每日|每周|就|才|也|又|再"  # 收入每年就增加40万元: 收入
    r"|(?<![人户亩年月日平村])均"  # 比例均达100%: 比例 (but 人均, 亩均 and 年均 are nouns)
    r"|\d+(?:天|个月|年)(?:内|里|期间)?|共)+$"  # 景区8天共接待251万人次: 景区
)
# What may stand between two figures of one list: 12.01万亿元、5.09万亿元和1.94万亿元
_LISTED = re.compile(rf"\s*(?:，|,|{_JOINERS})\s*")
_JOINED_END = re.compile(_LISTED.pattern + "$")
_CLAUSE_MARKS = frozenset("，。；：！？")
_DAY = re.compile(r"\d{1,2}日$")  # a day's date: 10月27日, 2023年5月6日
_COMPARED = re.compile(r"比|较|高于|低于|快于|慢于")  # what a phrase compared with opens with
_BASE = (
    "比",
    "较",
    "同比",
    "与",
    "和",
    "高于",
    "低于",
    "快于",
    "慢于",
)  # 比上年: the base of a comparison, not the time
_CHINESE_MAGNITUDE = re.compile(r"(.+?)((?:万亿|亿|万)?)$")  # 两千万: 两千 and 万
_MEASURE_ONLY = re.compile(r"^[一两几][笔批项个家座条户名位件份套台辆]$")  # 一笔1.2亿元的…
_FREQUENCY = re.compile(r"^(?:每[个一]?[年月天日周人亩户]|人均|户均|平均|每)$")


@attrs.define  # internal and made often: a plain slotted class is three times faster to build
class Place:
    """A region named at ``start:end`` of a paragraph, with the chain it stands in."""

    start: int
    end: int
    region: Region
    depth: int  # the deepest place of its chain of adjacent places
    destination: bool = False  # after 往, 至, 到, 入, 向 (or in a list or chain after one)


@functools.cache
def _units() -> dict[str, str]:
    return {row[0]: row[1] for row in table("units")}


@functools.cache
def _qualifiers() -> tuple[dict[str, str], dict[str, str]]:
    before = {word: kind for word, kind, place in table("qualifiers") if place == "before"}
    after = {word: kind for word, kind, place in table("qualifiers") if place == "after"}
    return before, after


@functools.cache
def _changes() -> dict[str, str]:
    return dict(table("changes"))  # type: ignore[arg-type]


@functools.cache
def _figure() -> re.Pattern[str]:
    after = _qualifiers()[1]
    mid = "|".join(w for w in sorted(after, key=len, reverse=True) if w in ("余", "多"))
    post = "|".join(w for w in sorted(after, key=len, reverse=True) if w not in ("余", "多"))
    units = words_pattern(_units())
    firsts = re.escape("".join(sorted({u[0] for u in _units()} | set("万亿千百十"))))
    # The qualifier before a number is read off the text (_pre).  The pattern starts with
    # one character class (a digit or a numeral, then the rest of the number of that kind),
    # so the regex engine skips in C to where a number may start.
    numeral = f"[{DIGITS}十百千万亿]"

    return re.compile(
        # a number starts where a run of digits (or of numerals) starts, never inside one:
        # tried inside a long run, the pattern would take time in the square of its length
        rf"(?P<num>[\d{numeral[1:-1]}](?<!\d\d)(?<!{numeral}{numeral})"
        rf"(?:(?<=\d)\d{{0,18}}{ARABIC_REST}|(?<!\d){numeral}{{0,30}}))"
        rf"(?=(?:{mid})?[{firsts}])"
        rf"(?=(?:{mid})?(?:{_MAGNITUDE}|{units}))"
        rf"(?P<mid>{mid})?(?P<mag>{_MAGNITUDE})?(?P<mid2>{mid})?(?P<unit>{units})?(?P<post>{post})?"
    )


@functools.cache
def _verbs() -> re.Pattern[str]:
    """The linking verbs; one before 率, 额, 量, 面, 比, 色 or 力 is a noun (完成率, 有色, 吸引力).

    有 opens words of its own too (有机, 有效, 有关, 有限) and ends some (国有, 所有): there it
    is no verb.
    """
    return re.compile(
        f"(?:{words_pattern(word_list('metric_verbs'))})(?![率额量面比色力])"
        # 有机, 占地 and 国有, 所有: words of their own, no verbs
        "(?!(?<=有)[机效关限序力利望所偿益]|(?<=占)地)(?<![国所私公]有)"
    )


def paragraph_metrics(
    text: str,
    places: Sequence[Place],
    periods: Sequence[FoundPeriod],
    *,
    fallback_region: Region | None,
    box_period: Period | None,
) -> list[Metric]:
    """The figures of one paragraph."""
    if not _MAY_HOLD.search(text):
        return []
    plain = ascii_digits(text)
    if "百分之" in plain:
        plain = _PERCENT_WORDS.sub(_as_percent, plain)
    blocked = _blocked(plain, periods)
    result: list[Metric] = []
    place_starts = [p.start for p in places]
    place_ends = {p.end for p in places}
    period_starts = [p.start for p in periods]
    previous_end = 0
    respective = "分别" in plain  # 分别 before a list: mapped onto the figures before it
    marks: list[_Mark] = []
    # a sentence that names no time of its own goes on in the time the sentence before
    # ended on (前三季度，投资增长7%。分产业看，…分别增长64.6%、7.9%)
    carried: Period | None = None
    sentence_start = -1
    sentence_spans: list[Span] = []
    clause_spans: list[Span] = []
    for match, start in _figures(plain, blocked):
        if not clause_spans:
            unbroken = _DIGIT_COMMA.sub("_", plain) if "," in plain else plain  # 2,318.4: one
            sentence_spans, clause_spans = sentences(unbroken), clauses(unbroken)
        pre = _pre(plain, start)
        at = start - len(pre)
        clause = _near(within(clause_spans, at), at, match.end())
        sentence = within(sentence_spans, at)
        head = _head(plain, max(previous_end, clause[0]), at, after=previous_end if result else -1)
        time = _time_in(plain, head, periods, period_starts)
        if time:  # what follows the time names the figure, else what precedes it
            head = (time[1], at) if _before(plain[time[1] : at])[0] else (head[0], time[0])
        phrase = _unplaced(plain, head, places) if at in place_ends else head
        indicator, own = _indicator(plain, match, phrase, clause, clause_spans)
        listed = (
            bool(result)
            and at - previous_end <= 4
            and _LISTED.fullmatch(plain, previous_end, at) is not None
            # after a comma, a figure that names its own thing starts anew (286家，698户大户…)
            and not (own and "，" in plain[previous_end:at])
        )
        change = _change(plain, at)
        if listed:  # 分别为6.96%、7.67%和8.47%: each figure of a list measures the same
            indicator, change = result[-1].indicator, change or result[-1].change
        elif not indicator or (
            previous_end > clause[0] - 2 and (not own or _bare(indicator))
        ):  # 产值12亿元，同比增长8%: the figure right before says what this one measures
            indicator = result[-1].indicator if result else indicator
        if respective:
            mapped = not listed and plain.find("分别", head[0], at) >= 0
            marks.append(_Mark(at, sentence[0], mapped, listed))
        last_end, previous_end = previous_end, match.end()
        if sentence[0] != sentence_start:  # a new sentence: the time the last one ended on
            carried = result[-1].period if result else None
            sentence_start = sentence[0]
        value, unit, base_value, base_unit = _value(match)
        result.append(
            Metric(
                indicator=indicator,
                value=value,
                unit=unit,
                base_value=base_value,
                base_unit=base_unit,
                qualifier=_qualifier(match, pre),
                change=change,
                period=_period(periods, period_starts, sentence, (last_end, at), text)
                or box_period
                or carried,
                region=_whole(
                    _region(places, place_starts, at) or fallback_region,
                    plain[clause[0] : at],
                    places,
                    fallback_region,
                ),
                text=text[clause[0] : clause[1]].rstrip("，。；：、,;:"),
            )
        )
    return _respectively(result, marks) if respective else result


def _respectively(metrics: list[Metric], marks: list[_Mark]) -> list[Metric]:
    """Figures listed after 分别 measure, in order, what the figures before them do.

    "接待游客600万人次，实现收入68.6亿元，分别增长45%和52%": 45% is the visitors', 52%
    the revenue's.  Only when as many figures come right before in the same sentence,
    and they measure different things.
    """
    for first, mark in enumerate(marks):
        if not mark.respectively:
            continue
        count = 1
        while first + count < len(marks) and marks[first + count].listed:
            count += 1
        if first < count or marks[first - count].start < mark.sentence:
            continue
        named = [metrics[i].indicator for i in range(first - count, first)]
        if len(set(named)) == count:
            for offset, indicator in enumerate(named):
                metrics[first + offset] = attrs.evolve(metrics[first + offset], indicator=indicator)
    return metrics


class _Mark(NamedTuple):
    """Where a figure stands: its start, its sentence's start, how it is listed."""

    start: int
    sentence: int
    respectively: bool  # 分别 before it: the first of a list that maps onto figures before
    listed: bool  # right after another figure (、, 和 between)


def _figures(plain: str, blocked: set[int]) -> Iterator[tuple[re.Match[str], int]]:
    """Each reported figure, and where it starts: a range at its first figure (60吨至80吨)."""
    opened: re.Match[str] | None = None  # the first figure of a range: 60吨 of 60吨至80吨
    for match in _figure().finditer(plain):
        if not _is_figure(plain, match, blocked):
            opened = None
        elif plain[match.end() : match.end() + 1] in _RANGE_NEXT and _opens_range(plain, match):
            opened = match
        else:
            yield match, (opened or match).start()
            opened = None


def _blocked(plain: str, periods: Sequence[FoundPeriod]) -> set[int]:
    """The positions inside a quoted name or a date: no figure starts there."""
    quoted = "“" in plain or "‘" in plain or "「" in plain
    spans = [m.span() for m in _QUOTED.finditer(plain)] if quoted else []
    spans += [(p.start, p.end) for p in periods]
    return {i for a, b in spans for i in range(a, b)}


def _opens_range(text: str, match: re.Match[str]) -> bool:
    """Whether a figure is the first of a range written with its unit twice (60吨至80吨)."""
    on = _RANGE_ON.match(text, match.end())
    if on is None:
        return False
    last = _figure().match(text, on.end())
    return last is not None and last["unit"] == match["unit"] and last["mag"] == match["mag"]


def _as_percent(match: re.Match[str]) -> str:
    """百分之十五 as 十五%, padded in front to its length: offsets stay those of the text."""
    number = match.group(1)
    return "\N{IDEOGRAPHIC SPACE}" * (len(match.group()) - len(number) - 1) + number + "%"


def _is_figure(text: str, match: re.Match[str], blocked: set[int]) -> bool:
    """Whether a number with a unit is a reported figure rather than a date, name or word."""
    num, mag, unit = match.group("num", "mag", "unit")
    if not unit and mag not in ("万", "亿", "万亿"):
        return False  # 110千伏: 千 without a unit is no magnitude
    start, end = match.start("num"), match.end()
    if start in blocked or end - 1 in blocked:
        return False  # inside a quoted name (“1+6”) or a date (2023年)
    before, after = text[start - 1 : start], text[end : end + 1]
    if before == " ":  # 第 3名, as 第 3 名 reads with its spaces moved
        before = text[:start].rstrip(" ")[-1:]
    if (
        (before and before in "第+＋×/")
        or (after and after in "+＋级")
        or (after.isascii() and after.isalpha())
    ):
        return False  # ordinals, formulas (1+X), ranks (百亿级), codes
    digits = num[0].isdigit()
    if unit == "年" and digits and _YEAR.fullmatch(num):
        return False
    if not digits and not unit:
        return False  # 两万 with nothing after it
    if unit in ("名", "位") and before in ("前", "后"):
        return False  # 前10名: a rank
    if unit in ("小时", "分钟") and "\u4e00" <= after <= "\u9fff":
        return False  # 24小时城市书房, 15分钟生活圈: a kind of thing, not a duration reported
    if unit in ("年", "个月", "天") and (
        after in ("前", "后", "来", "代")
        or text.endswith("连续", 0, start)
        or _SPAN_OF.match(text, end) is not None
    ):
        return False  # 10年前, 5年来, 连续5天, 7天累计接待: the time a figure is over
    if (
        unit
        and unit.endswith("元")
        and _THRESHOLD_OF.match(text, end)
        and (
            match["post"] in _BOUNDS
            or text.endswith(_OVER, 0, start)
            or (
                text[start - 1 : start] in _RANGE_MARKS
                and _RANGE_START_AMOUNT.search(text[max(0, start - 14) : start]) is not None
            )
        )
    ):
        return False  # 超10亿元项目3个, 5000万元以上企业, 30~50亿元项目: a class, not an amount
    if (
        digits
        and len(num) > _LONGEST
        and len(num.replace(",", "").replace(".", "").lstrip("0")) > _LONGEST
    ):
        # an identity card number, a code: no figure runs to sixteen digits, and one that
        # did would not come back exactly from a JSON number (a double holds fifteen)
        return False
    if not digits:
        if before in ("几", "数"):
            return False  # 几百头, 数百家企业, 几十万元: several hundred, no figure reported
        value = chinese(num)
        ratio = unit in ("成", "倍", "%")  # 三成, 两倍, 百分之五: shares, whatever their size
        if value is None or (value < _SMALL_CHINESE and not ratio) or unit == "年":
            return False  # 两个地址, 一批, 千百年: words, not figures
        if value >= 10**_LONGEST:
            return False  # a run of numerals (亿亿亿…), not a number anyone reports
    return True


def _value(match: re.Match[str]) -> tuple[Decimal, str, Decimal | None, str | None]:
    """The value as written, the unit as written, and both in base units."""
    raw = match["num"]
    magnitude = match["mag"] or ""
    if not raw[0].isdigit():  # 两千万元: the value 两千, the unit 万元
        split = _CHINESE_MAGNITUDE.match(raw)
        assert split is not None  # noqa: S101 - the pattern always matches
        raw, magnitude = split.group(1), split.group(2) + magnitude
    value = tidy((arabic(raw) if raw[0].isdigit() else chinese(raw)) or Decimal(0))
    # units interned and a base value without a magnitude the value itself: a Brief that
    # shares them pickles smaller (parse_many sends every Brief between processes)
    unit = sys.intern(magnitude + (match["unit"] or ""))
    base = _units().get(match["unit"] or "")
    if base in ("%", "个百分点", "倍", "成") or (base is None and not magnitude):
        return value, unit, None, None
    based = tidy(value * magnitude_of(magnitude)) if magnitude else value
    return value, unit, based, base or None


def _pre(text: str, at: int) -> str:
    """The qualifier right before a number (约, 超过, 不超过), longest first."""
    end = len(text[:at].rstrip(" ")) if text[at - 1 : at] == " " else at  # 超过 500家
    found = _pre_words().search(text, max(0, end - 3), end)
    if found is None or (found.group() == "上" and text[at : at + 1] not in "百千万亿"):
        return ""  # 上 qualifies only a round magnitude: 上百万元, 上千人 (over), not 上10万
    if text[found.start() - 1 : found.start()] + found.group() in _not_qualifiers():
        return ""  # 签约10个项目, 附近3个村: the end of a word, not a qualifier
    return text[found.start() : at]


@functools.cache
def _measure_nouns() -> re.Pattern[str]:
    """Nouns naming what an amount measures of counted things (总投资, 产值)."""
    return re.compile(words_pattern(word_list("measure_nouns")))


@functools.cache
def _not_qualifiers() -> frozenset[str]:
    """Words that end in a qualifier and qualify nothing (签约, 附近)."""
    return frozenset(word_list("not_qualifiers"))


@functools.cache
def _pre_words() -> re.Pattern[str]:
    """Qualifiers before a number, at the end of a text, the longest first."""
    return re.compile(f"(?:{words_pattern(_qualifiers()[0])})$")


def _qualifier(match: re.Match[str], pre: str) -> str | None:
    before, after = _qualifiers()
    for word in (pre.rstrip(" "), match["mid"], match["mid2"], match["post"]):
        if word:
            return before.get(word) or after.get(word)
    return None


def _change(text: str, at: int) -> str | None:
    """The direction of a verb right before a figure: 增长6%, 提高到17%, 降至1.1%."""
    window = max(0, at - 12)
    head = text[window:at].rstrip()
    if head[-1:] in _RANGE_MARKS:
        head = _RANGE_START.sub("", head)
    head = _LINKS.sub("", head)  # what it strips is at the end
    found = _change_words().search(head)
    if found is None:
        return None
    verb = window + found.start()
    pulled = text.find("拉动", max(0, verb - 16), verb)
    if pulled >= 0 and not any(ch in _CLAUSE_MARKS for ch in text[pulled:verb]):
        return None  # 拉动GDP增长3.5个百分点, 拉动全市固定资产投资增长7.2个百分点: a contribution
    return _changes()[found.group()]


@functools.cache
def _change_words() -> re.Pattern[str]:
    """Change verbs at the end of a text, the longest first."""
    return re.compile(f"(?:{words_pattern(_changes())})$")


@functools.cache
def _trailing() -> re.Pattern[str]:
    """What ends the phrase before a figure without naming it: links, comparisons, change verbs.

    同比增长了, 比上年提高到: stripped in one pass, whatever their order.
    """
    links = _LINKS.pattern.removesuffix("+$")
    comparison = _COMPARISON.pattern.removesuffix("$")
    change = _change_words().pattern.removesuffix("$")
    return re.compile(f"(?:{links}|{comparison}|{change})+$")


def _indicator(
    text: str, match: re.Match[str], before: Span, clause: Span, clause_spans: list[Span]
) -> tuple[str, bool]:
    """What a figure measures, and whether its own clause says so.

    The phrase ``before`` the figure, else the noun after it; else the clause before.
    """
    head, linked = _before(text[before[0] : before[1]])
    if head.endswith("的") and match["unit"] in ("倍", "成", "%"):
        # 产值是十年前的2.3倍, 产量占全市的四成: after the verb is the base, not what is measured
        verbs = list(_verbs().finditer(text, before[0], before[1]))
        if verbs:
            head, linked = _before(text[before[0] : verbs[-1].start()])
    # the last item of a list of names before a count (A型、B型、C型4种模式): the noun after
    # names it; not a list of clauses (一是…、二是村集体有了收入、三是解决了20多名…)
    listed = (
        text[clause[0] - 1 : clause[0]] == "、"
        and before[0] == clause[0]
        and not _amount(match)  # 镇党委、政府投资35万元: a list of who, not of what is counted
        and _short_item(text, clause_spans, clause)
    )
    opens = linked or listed or head.endswith(("等", "的", "和", "及", "与", "、"))
    named = bool(head) and not _FREQUENCY.match(head) and not _MEASURE_ONLY.match(head)
    if named and not opens:
        if (
            match["unit"] in _COUNTED
            and 2 <= len(tail := _tail(text, match.end(), clause[1])) <= 6
            and "的" not in tail
        ):
            return tail, True
        return head, True
    tail = _tail(text, match.end(), clause[1])  # only read when it may be wanted
    if opens and tail:
        # 实现122项主题事项, 还有500元的供暖补贴, 长沙等100多个城市, 流转的100亩耕地;
        # 200个A事项和26个B事项: what comes before 和 names the figure before
        return tail, True
    if (linked or not named) and not tail and (shared := _shared_tail(text, match, clause_spans)):
        return shared, True  # 新建40个、续建100个产业集群: both count 产业集群
    if named:
        return head, True
    if tail:
        return tail, True
    # 以前是农村低保，每个月280元: the clause before says what
    index = bisect.bisect_left(clause_spans, clause)
    if 0 < index < len(clause_spans) and clause_spans[index] == clause:
        a, b = clause_spans[index - 1]
        figure = _figure().search(text, a, b)  # 产值12亿元，同比增长6%: what comes before 12亿元
        earlier, _ = _before(text[a : figure.start() if figure else b].rstrip("，。；：、,;:"))
        return earlier or head or tail, False
    return head or tail, False


def _shared_tail(text: str, match: re.Match[str], clause_spans: list[Span]) -> str:
    """The noun after the next count of a list, for a count with none (新建40个、续建100个X).

    Only a count of the same unit a 、 and a few words (a verb) later names it, and at
    most ``_SHARED_STEPS`` counts on: a list is short, and a walk to the end of a long
    run of counts from each of them would take time in the square of its length.
    """
    for _ in range(_SHARED_STEPS):
        step = _SHARED.match(text, match.end())
        if step is None:
            return ""
        later = _figure().match(text, step.end())
        if later is None or later["unit"] != match["unit"]:
            return ""
        tail = _tail(text, later.end(), within(clause_spans, later.start())[1])
        if tail:
            return tail
        match = later
    return ""


def _amount(match: re.Match[str]) -> bool:
    """Whether a figure is an amount of money or a share, not a count of things."""
    base = _units().get(match["unit"] or "", "")
    return base.endswith("元") or base in _SHARES


def _short_item(text: str, clause_spans: list[Span], clause: Span) -> bool:
    """Whether the clause before ``clause`` is a short name with no figure: a list item."""
    index = bisect.bisect_left(clause_spans, clause)
    if not 0 < index < len(clause_spans):
        return False
    a, b = clause_spans[index - 1]
    return b - a <= _LIST_ITEM and not _MAY_HOLD.search(text, a, b)


def _head(text: str, start: int, at: int, *, after: int) -> Span:
    """The phrase before a figure at ``at``, from ``start``.

    Right ``after`` the figure before it, a 和 opens the words that name this one
    (服务站120个和服务中心8个: 服务中心).
    """
    joiner = _LISTED.match(text, start, at) if start == after else None
    return (joiner.end() if joiner else start), at


def _tail(text: str, start: int, end: int) -> str:
    """The words after a figure in its clause, up to the next figure and the 和 before it.

    A figure right after it counts the same thing (441户2136人脱贫: both 脱贫).
    """
    later = _figure().search(text, start, end) if _MAY_HOLD.search(text, start, end) else None
    if later is not None and later.start() == start:  # one count right after: 441户2136人
        start = later.end()
        later = _figure().search(text, start, end)
    ran_on = False
    if later is not None:  # 120个服务站和8个服务中心: 服务站
        before = later.start() - len(_pre(text, later.start()))  # 获得了超过10000元: 获得了
        joiner = _JOINED_END.search(text, start, before)
        end = joiner.start() if joiner else before
        ran_on = joiner is None
    tail = text[start:end].rstrip("，。；：、,;:！？!?”’」』").lstrip("的")
    if ran_on:  # 65个事项细分为412个情形: the verb before the next figure is its
        tail = _trailing().sub("", tail)
        verb = next((v for v in _verbs().finditer(tail) if v.end() == len(tail)), None)
        tail = tail[: verb.start()] if verb else tail
        measure = _measure_nouns().search(tail, 1)  # 10个项目总投资30亿元: 项目
        tail = tail[: measure.start()] if measure else tail
    tail = tail.split("（", 1)[0].split("(", 1)[0]  # 20多名村民（每人…）: up to the aside
    verb = _TAIL_VERB.search(tail, 1)
    tail = tail[: verb.start()] if verb else tail  # 698户农户累计投入…: 农户
    return tail[:-1] if tail.endswith("等") and len(tail) > 2 else tail  # 13个主产区等作为…


def _unplaced(text: str, head: Span, places: Sequence[Place]) -> Span:
    """The phrase before a figure, none when it only names where (乾潭镇14名大学生村官).

    Then the noun after the count says what is counted.
    """
    named = _chain_before(places, head[1])
    if named < head[1] and not _before(text[head[0] : named])[0]:
        return head[1], head[1]
    return head


def _chain_before(places: Sequence[Place], at: int) -> int:
    """Where the chain of places that ends right at ``at`` starts; ``at`` if none does."""
    start = at
    for place in reversed(places):
        if place.end == start:
            start = place.start
        elif place.end < start:
            break
    return start


def _time_in(
    text: str, head: Span, periods: Sequence[FoundPeriod], starts: list[int]
) -> Span | None:
    """The last time inside the phrase before a figure, if any.

    A time is the figure's period, not part of what it measures: the indicator is what
    follows it (上半年新开工项目168个, 安吉县今年白茶种植面积达20万亩), or what precedes it
    when nothing follows (工业产值今年突破100亿元).  A time after 比 or 较 is a
    comparison's base, and stays (比上年同期增长).
    """
    start, at = head
    index = bisect.bisect_left(starts, at) - 1
    while index >= 0 and periods[index].start >= start:
        found = periods[index]
        if found.end < at and not text.endswith(_BASE, 0, found.start):
            return found.start, found.end
        index -= 1
    return None


def _bare(indicator: str) -> bool:
    """An indicator that is only a figure or a comparison: the clause before held the real one.

    增长1.4%，比上半年加快0.5个百分点 and 增长70.9%，高于全省平均水平38.1个百分点: the
    second figure measures what the first does, against another time or place.
    """
    if _COMPARED.match(indicator):
        return True
    joiner = _LISTED.match(indicator)  # 和12%: the rest of a list is a figure too
    return _figure().fullmatch(indicator, joiner.end() if joiner else 0) is not None


def _before(phrase: str) -> tuple[str, bool]:
    """The indicator phrase before a figure, and whether a verb ran right up to the figure."""
    phrase = phrase.strip()
    if phrase[-1:] in _RANGE_MARKS:
        phrase = _RANGE_START.sub("", phrase)
    phrase = _trailing().sub("", phrase)
    verbs = list(_verbs().finditer(phrase))
    linked = bool(verbs) and verbs[-1].end() == len(phrase)
    if verbs and not linked:
        phrase = phrase[verbs[-1].end() :].removeprefix("了")  # 建成了占地…: 占地
    elif linked:
        phrase = _trailing().sub("", phrase[: verbs[-1].start()])  # 8天共接待: the span too
    if "从" in phrase or "由" in phrase:
        phrase = _FROM.sub("", phrase)
    if "（" in phrase or "(" in phrase:
        opened = max(phrase.rfind("（"), phrase.rfind("("))
        if "）" not in phrase[opened:] and ")" not in phrase[opened:]:
            phrase = phrase[opened + 1 :]  # the figure stands in an aside: (每户年均增收6000元)
    if phrase[:1] in "（(的" or phrase[-1:] in "）)":
        phrase = _ASIDE.sub("", phrase)
    phrase = phrase.strip(" ，。；：、")
    if phrase.startswith("“") and "”" not in phrase:
        phrase = phrase[1:]  # a quote opened here closes after the figure
    if phrase.endswith("”") and "“" not in phrase:
        phrase = phrase[:-1]
    return _CONNECTIVES.sub("", phrase).strip(), linked


def _near(clause: Span, start: int, end: int) -> Span:
    """A clause, or the part of it around a figure when it runs past any real clause.

    Text without punctuation (a list, a table flattened to one line) can make one
    clause of thousands of characters; a figure's words are within _REACH of it.
    """
    if clause[1] - clause[0] <= 2 * _REACH:
        return clause
    return max(clause[0], start - _REACH), min(clause[1], end + _REACH)


def _period(
    periods: Sequence[FoundPeriod], starts: list[int], sentence: Span, reach: Span, text: str
) -> Period | None:
    """The nearest time before a figure in its sentence, else the one opening its paragraph.

    ``reach`` runs from the end of the figure before (0 if none) to this figure's start.
    A time after 从 dates where a change started (从2018年的10万亩扩大到17.6万亩): it
    dates the figure right after it, and none after that one.
    """
    last_end, at = reach
    nearest = bisect.bisect_left(starts, at) - 1
    # a few times back at most: a sentence with no end (a run of 比上半年…) must stay linear
    for index in range(nearest, max(-1, nearest - _PERIODS_BACK), -1):
        found = periods[index]
        if found.start < sentence[0]:
            break
        if found.end < last_end and text.endswith("从", 0, found.start):
            continue
        if not text.endswith(_BASE, 0, found.start):  # 比上年: the base of a comparison
            return found.period
    return _opening(text, periods, at)


def _opening(text: str, periods: Sequence[FoundPeriod], before: int) -> Period | None:
    """The time that opens a paragraph (截至11月底，…), if it starts before ``before``.

    Not a day's date (10月27日，记者从…获悉): that is when something was said or done,
    not the time a paragraph's figures cover.  A dateline and a lead-in that says where
    the news came from may come first (本网讯（记者 X）近日，记者从市统计局获悉，前三季度，…).
    """
    lead = _lead_end(text)
    for found in periods:
        if found.start < lead:
            continue
        if found.start > lead + 2 or found.start >= before:
            break
        if (
            found.end < len(text)
            and text[found.end] in "，,"
            and not _DAY.search(found.period.label)
        ):
            return found.period
    return None


@functools.lru_cache(maxsize=256)
def _lead_end(text: str) -> int:
    """Where a paragraph's own words start: past a dateline and a lead-in (记者从…获悉，)."""
    start = len(dateline(text))
    lead_in = _LEAD_IN.match(text, start)
    return lead_in.end() if lead_in else start


def _whole(
    region: Region | None, phrase: str, places: Sequence[Place], fallback: Region | None
) -> Region | None:
    """The division that a clause opening with 全省, 全市, 全县 … names, above the place found.

    记者从兰州市统计局获悉，全省村均收入…: the province that 兰州市 is in, when the
    article names it (as its own region, or in the paragraph); else the place found.
    Only as the clause's subject: 高于全省平均, 占全市比重 name a base, not the place.
    """
    whole = _WHOLE.match(phrase.lstrip()) if region is not None else None
    if region is None or whole is None:
        return region
    suffix = whole.group(1)
    named = next((name for name in reversed(region.path) if name.endswith(suffix)), None)
    if named is None or named == region.name:
        return region
    known = [fallback, *(place.region for place in places)]
    return next((r for r in known if r is not None and r.name == named), region)


def _region(places: Sequence[Place], starts: list[int], at: int) -> Region | None:
    """The deepest place of the nearest chain before a figure, else the first after it.

    (Nearest before is nearest in its clause, else its sentence, else its paragraph.)
    Places named after 往, 至, 到 are where things go, and are passed over.
    """
    index = bisect.bisect_left(starts, at)
    for order in (range(index - 1, -1, -1), range(index, len(places))):
        for place in map(places.__getitem__, order):
            if not place.destination:
                return places[place.depth].region
    return None


def places_of(found: Sequence[tuple[int, int, Region]], text: str = "") -> list[Place]:
    """Places with the index of the deepest place of the chain each stands in."""
    depths = list(range(len(found)))
    for index in range(len(found) - 2, -1, -1):
        if found[index + 1][0] == found[index][1]:  # chained: the next place starts here
            depths[index] = depths[index + 1]
    # where things go: a place after 往, 至, 到 … and the places that go on from it, in its
    # chain (发往湖南省长沙市) or in a list after it (发往北京、上海、长沙等100多个城市)
    destinations: list[bool] = []
    for index, (start, _end, _region) in enumerate(found):
        went_on = (
            index > 0
            and destinations[-1]
            and _LIST_JOINER.fullmatch(text, found[index - 1][1], start) is not None
        )
        destinations.append(went_on or text[start - 1 : start] in _DESTINATION)
    return [
        Place(start, end, region, depths[index], destinations[index])
        for index, (start, end, region) in enumerate(found)
    ]


def article_metrics(
    paragraphs: Sequence[str],
    places: Sequence[Sequence[Place]],
    periods: Sequence[Sequence[FoundPeriod]],
    *,
    region: Region | None,
) -> Iterator[Metric]:
    """The figures of an article's paragraphs, data boxes read under their period line.

    A figure with no time of its own takes the time that opens the article, if one does.
    """
    box_period: Period | None = None
    leading = _leading(paragraphs, periods)
    row: Metric | None = None  # the last figure of a data box
    for text, found_places, found_periods in zip(paragraphs, places, periods, strict=True):
        if _is_period_line(text, found_periods):
            box_period = found_periods[0].period
            continue
        boxed = _is_box_line(text)
        if not boxed:
            box_period = row = None
        for found in paragraph_metrics(
            text, found_places, found_periods, fallback_region=region, box_period=box_period
        ):
            metric = found
            if boxed and not found.indicator and row is not None:
                # a row "同比增长 5.8%" under "地区生产总值 2860.5亿元" is that row's growth
                metric = attrs.evolve(found, indicator=row.indicator)
            row = metric if boxed else None
            yield (
                metric if metric.period or leading is None else attrs.evolve(metric, period=leading)
            )


def _leading(paragraphs: Sequence[str], periods: Sequence[Sequence[FoundPeriod]]) -> Period | None:
    """The time that opens an article (截至11月底，…), if its first paragraph opens with one.

    A sub-title or kicker kept as a paragraph above it (——某市经验) has no sentence: the
    first paragraph is the first that has one.
    """
    for text, found in zip(paragraphs, periods, strict=False):
        if any(mark in text for mark in "。！？"):
            return _opening(text, found, len(text))
    return None


def _is_period_line(text: str, periods: Sequence[FoundPeriod]) -> bool:
    return len(periods) == 1 and periods[0].start == 0 and periods[0].end >= len(text.strip())


def _is_box_line(text: str) -> bool:
    return len(text) <= 30 and not any(ch in "，。；！？" for ch in text)
