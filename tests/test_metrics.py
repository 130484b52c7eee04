"""Figures: value, unit, qualifier, change, indicator, base value, region and period.

Each case is a hand-written snippet, what the rules make of it, and the rule it
shows.  A snippet that does not start with ``#`` is one paragraph under a
neutral title; one that does is a whole page.  Every page is parsed as
published on ``PUBLISHED``.  ``expected`` is kept small:

* ``FIGURES``: ``(value, unit, qualifier, change)`` of *every* figure of the
  article, so a figure too many fails as surely as one too few;
* ``INDICATORS``: a phrase each figure's indicator must contain, in order;
* ``BASES``: ``(value, unit, base_value, base_unit)`` of every figure;
* ``REGIONS``: the division code of every figure's region;
* ``CLAUSES``: the text (the clause) every figure came from;
* ``PERIODS``: ``(label, start, end)`` of every figure's period, or ``None``.

Places are real; every event, firm and figure is invented.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

import regionbrief
from regionbrief import Metric
from tests.tables import TableChecks, params, snippets

PUBLISHED = dt.date(2024, 6, 20)
TITLE = "# 某县经济稳步增长"

Figure = tuple[str, str, str | None, str | None]
Base = tuple[str, str, str | None, str | None]
Span = tuple[str, str | None, str | None]
FigureCase = tuple[str, tuple[Figure, ...], str]
IndicatorCase = tuple[str, tuple[str, ...], str]
BaseCase = tuple[str, tuple[Base, ...], str]
RegionCase = tuple[str, tuple[str | None, ...], str]
ClauseCase = tuple[str, tuple[str, ...], str]
PeriodCase = tuple[str, tuple[Span | None, ...], str]


def _md(*blocks: str) -> str:
    """A markdown-like page: one blank line between printed lines."""
    return "\n\n".join(blocks) + "\n"


def _page(snippet: str) -> str:
    """A whole page as it is, or one paragraph under the neutral title."""
    return snippet if snippet.startswith("#") else _md(TITLE, snippet)


def _metrics(snippet: str) -> tuple[Metric, ...]:
    """The figures of a snippet's one article."""
    brief = regionbrief.parse(_page(snippet), published=PUBLISHED)
    assert len(brief.articles) == 1
    return brief.articles[0].metrics


FIGURES: list[FigureCase] = [
    (
        "合作社预计总收入有上百万元，上半年分红增长5%。",
        (("100", "万元", "over", None), ("5", "%", None, "increase")),
        "上 before a round magnitude (上百万元, 上千人) is over; 上半年 is a time, not a qualifier",
    ),
    (
        "全县计划引进10~20亿元项目5个，税收增长3-5%。",
        (("5", "个", None, None), ("5", "%", None, "increase")),
        (
            "a range of amounts before 项目 is a class of projects, not a figure; a range's last"
            " number is the figure read"
        ),
    ),
    (
        "上世纪80年代，村里引进第一批杏树，连续5年丰收，现有38间客房已经订满。",
        (("38", "间", None, None),),
        "80年代 is a decade and 连续5年 a stretch of time, not figures",
    ),
    (
        "入选门槛即GDP≥600亿元，负债率≤60%，增速＞5%，亏损面<3%。",
        (
            ("600", "亿元", "at_least", None),
            ("60", "%", "at_most", None),
            ("5", "%", "over", None),
            ("3", "%", "under", None),
        ),
        "signs of comparison before a figure read as words: ≥ 以上, ≤ 不超过, > 超过, < 不到",
    ),
    (
        "全市十种有色金属产量增长0.7%，十大产业链产值增长5%。",
        (("0.7", "%", None, "increase"), ("5", "%", None, "increase")),
        "a count in Chinese numerals up to ten is a word (十种有色金属, 十大产业链), not a figure",
    ),
    (
        "全县家庭农场已发展到358家。",
        (("358", "家", None, "increase"),),
        "发展到 (grew to) moves a figure up, as 增加到 does",
    ),
    (
        "全省8天共接待游客4620万人次，与去年7天比较增长28%；高寨村7天累计接待游客3.85万人次。",
        (
            ("4620", "万人次", None, None),
            ("28", "%", None, "increase"),
            ("3.85", "万人次", None, None),
        ),
        (
            "days before 共, 累计, 比较 (8天共接待, 与去年7天比较) are the span a figure covers,"
            " no figure of their own"
        ),
    ),
    (
        "全市签约10个项目，附近3个村受益，约60户搬迁。",
        (("10", "个", None, None), ("3", "个", None, None), ("60", "户", "approx", None)),
        "约 and 近 ending a word (签约, 附近, 最近) qualify nothing; 约 alone is approx",
    ),
    (
        "贷款余额同比多增990亿元，存款同比少增12亿元。",
        (("990", "亿元", None, "increase"), ("12", "亿元", None, "decrease")),
        "多增 (grew by more) is increase, 少增 (grew by less) decrease",
    ),
    (
        "中药材种植规模由原来的几亩地扩大到现在的70余亩。",
        (("70", "亩", "over", "increase"),),
        "a change verb governs its figure across 现在的, 目前的 (扩大到现在的70余亩)",
    ),
    (
        "全县项目审批环节压缩至18个，审批时限压缩至15个工作日。",
        (("18", "个", None, "decrease"), ("15", "个工作日", None, "decrease")),
        "压缩 (cut down to) moves a figure down",
    ),
    (
        "全县地区生产总值完成10.43 亿元，同比增长 13.3%；新增企业超过 500 家。",
        (
            ("10.43", "亿元", None, None),
            ("13.3", "%", None, "increase"),
            ("500", "家", "over", None),
        ),
        (
            "a number spaced off from its unit (PDF and word-processor text) is read closed up,"
            " and a qualifier spaced off before it still governs it"
        ),
    ),
    (
        "全县综合排名第 3 名。",
        (),
        "an ordinal spaced off from its 第 is still an ordinal, not a figure",
    ),
    (
        "养殖规模从几十头发展到几百头，园区聚集了数百家企业，带动上千户增收。",
        (("1000", "户", "over", None),),
        "几 or 数 before a Chinese numeral (几百头, 数百家) makes it vague, no figure; 上千: over",
    ),
    (
        "全县工业增加值同比增长5.2%，比上半年加快0.8个百分点。",
        (("5.2", "%", None, "increase"), ("0.8", "个百分点", None, "increase")),
        "加快 (a rate sped up) moves a figure up",
    ),
    (
        "全县项目投资拉动全县规模以上工业增加值增长2.1个百分点。",
        (("2.1", "个百分点", None, None),),
        "a contribution after 拉动 moves nothing, however long what it pulls is named",
    ),
    # 1. number forms
    (
        "全县规上工业企业达到1,286家。",
        (("1286", "家", None, None),),
        "Arabic digits with a thousands separator",
    ),
    (
        "全市新增市场主体１２３４户。",
        (("1234", "户", None, None),),
        "full-width digits",
    ),
    (
        "全镇建成村级电商服务站三十二个。",
        (("32", "个", None, None),),
        "a Chinese numeral: 三十二",
    ),
    (
        "合作社吸纳周边农户两千余户。",
        (("2000", "户", "over", None),),
        "a Chinese numeral with 余: 两千余",
    ),
    (
        "今年共举办专场招聘会一百二十场。",
        (("120", "场", None, None),),
        "a Chinese numeral: 一百二十",
    ),
    (
        "全年新增城镇就业1.5万人。",
        (("1.5", "万人", None, None),),
        "a mixed form: 1.5万, the magnitude kept in the unit",
    ),
    (
        "全省数字经济规模突破3千亿元。",
        (("3", "千亿元", "over", None),),
        "a mixed form: 3千亿",
    ),
    (
        "全县社会消费品零售总额186.47亿元。",
        (("186.47", "亿元", None, None),),
        "a decimal figure keeps its digits",
    ),
    (
        "新建产业园带动就业三万五千人。",
        (("35000", "人", None, None),),
        "a Chinese numeral with 万 inside it is one number: 三万五千",
    ),
    (
        "县财政安排奖补资金两千万元。",
        (("2000", "万元", None, None),),
        "a Chinese count of 万: 两千万元",
    ),
    (
        "村集体经济收入达一百多万元。",
        (("100", "万元", "over", None),),
        "多 between a Chinese numeral and its magnitude",
    ),
    (
        "全县带动脱贫人口1万多人就业。",
        (("1", "万人", "over", None),),
        "多 between a magnitude and its unit",
    ),
    # 2. units and measure words
    (
        "全县农产品出口额增长1倍。",
        (("1", "倍", None, "increase"),),
        "倍 is a unit",
    ),
    (
        "景区接待游客58.6万人次。",
        (("58.6", "万人次", None, None),),
        "人次 is read before 人",
    ),
    (
        "实际使用外资3.2亿美元。",
        (("3.2", "亿美元", None, None),),
        "美元 with a magnitude",
    ),
    (
        "粮食总产量达到46.8万吨。",
        (("46.8", "万吨", None, None),),
        "万吨",
    ),
    (
        "新建高标准农田2.4万亩。",
        (("2.4", "万亩", None, None),),
        "亩 with a magnitude",
    ),
    (
        "新改建农村公路126公里。",
        (("126", "公里", None, None),),
        "公里",
    ),
    (
        "改造老旧小区住房38万平方米。",
        (("38", "万平方米", None, None),),
        "平方米 with a magnitude",
    ),
    (
        "新增光伏装机容量12万千瓦。",
        (("12", "万千瓦", None, None),),
        "千瓦 is a unit, not a magnitude 千 before 瓦",
    ),
    (
        "梳理高频事项86项，办理涉企诉求1,200件，整合证照15类。",
        (("86", "项", None, None), ("1200", "件", None, None), ("15", "类", None, None)),
        "measure words 项, 件, 类 in one sentence",
    ),
    (
        "新开通城乡公交线路9条，建成口袋公园23处。",
        (("9", "条", None, None), ("23", "处", None, None)),
        "measure words 条 and 处; a small Arabic count is a figure",
    ),
    (
        "养殖场年出栏生猪3.6万头，销售鲜蛋800吨。",
        (("3.6", "万头", None, None), ("800", "吨", None, None)),
        "measure words 头 and 吨",
    ),
    # 3. qualifiers
    (
        "项目总投资约45亿元。",
        (("45", "亿元", "approx", None),),
        "约 is approx",
    ),
    (
        "活动吸引大约300名游客参与。",
        (("300", "名", "approx", None),),
        "大约 is approx",
    ),
    (
        "全县粮食播种面积稳定在60万亩左右。",
        (("60", "万亩", "approx", None),),
        "左右 after the unit is approx",
    ),
    (
        "合作社带动近800户农户增收。",
        (("800", "户", "approx", None),),
        "近 is approx",
    ),
    (
        "园区年产值接近20亿元。",
        (("20", "亿元", "approx", None),),
        "接近 is approx",
    ),
    (
        "园区集聚汽车零部件企业1600余家。",
        (("1600", "家", "over", None),),
        "余 is over",
    ),
    (
        "全县建成冷库200多座。",
        (("200", "座", "over", None),),
        "多 is over",
    ),
    (
        "全县光伏装机总量超过60万千瓦。",
        (("60", "万千瓦", "over", None),),
        "超过 is over",
    ),
    (
        "节会期间吸引游客超10万人次。",
        (("10", "万人次", "over", None),),
        "超 is over",
    ),
    (
        "线上交易额逾8亿元。",
        (("8", "亿元", "over", None),),
        "逾 is over",
    ),
    (
        "全市跨境电商交易额突破100亿元。",
        (("100", "亿元", "over", None),),
        "突破 is over",
    ),
    (
        "高频证照120类以上实现电子化。",
        (("120", "类", "at_least", None),),
        "以上 is at_least",
    ),
    (
        "全县规上企业亏损面不到3%。",
        (("3", "%", "under", None),),
        "不到 is under",
    ),
    (
        "企业开办时间压缩至不足1天。",
        (("1", "天", "under", "decrease"),),
        "不足 is under",
    ),
    (
        "项目区亩均用水量降到300立方米以下。",
        (("300", "立方米", "under", "decrease"),),
        "以下 is under, and 降到 still moves the figure",
    ),
    (
        "项目审批时间不超过20个工作日。",
        (("20", "个工作日", "at_most", None),),
        "不超过 is at_most, not 超过",
    ),
    (
        "今年姬松茸产量约60吨至80吨，销售收入预计达240万元至290万元，亩产3至5吨。",
        (("80", "吨", "approx", None), ("290", "万元", None, None), ("5", "吨", None, None)),
        (
            "a range with 至, its unit written once or twice (60吨至80吨, 3至5吨), is read as its"
            " last figure, qualified by the word before its first"
        ),
    ),
    (
        "全县地下水年开采量控制在3亿立方米以内。",
        (("3", "亿立方米", "at_most", None),),
        "以内 (within) after the unit is at_most: the figure or less",
    ),
    # 4. change words
    (
        "全县地区生产总值同比增长6%。",
        (("6", "%", None, "increase"),),
        "增长 governs the figure",
    ),
    (
        "全县森林覆盖率提高到38.5%。",
        (("38.5", "%", None, "increase"),),
        "提高到: the level reached is an increase",
    ),
    (
        "城镇调查失业率降至4.1%。",
        (("4.1", "%", None, "decrease"),),
        "降至: the level reached is a decrease",
    ),
    (
        "企业办事申请材料减少40%。",
        (("40", "%", None, "decrease"),),
        "减少 is a decrease",
    ),
    (
        "单位地区生产总值能耗下降3.2%。",
        (("3.2", "%", None, "decrease"),),
        "下降 is a decrease",
    ),
    (
        "审批时限缩减60%。",
        (("60", "%", None, "decrease"),),
        "缩减 is a decrease",
    ),
    (
        "企业物流成本降低15%。",
        (("15", "%", None, "decrease"),),
        "降低 is a decrease",
    ),
    (
        "居民消费价格涨幅回落0.3个百分点。",
        (("0.3", "个百分点", None, "decrease"),),
        "回落 is a decrease, 个百分点 its own unit",
    ),
    (
        "商品房均价上涨2.5%。",
        (("2.5", "%", None, "increase"),),
        "上涨 is an increase",
    ),
    (
        "全县政务服务好评率提升到99.2%。",
        (("99.2", "%", None, "increase"),),
        "提升到 is an increase",
    ),
    (
        "外贸依存度上升1.8个百分点。",
        (("1.8", "个百分点", None, "increase"),),
        "上升 is an increase",
    ),
    (
        "全县城镇新增就业增加1,200人。",
        (("1200", "人", None, "increase"),),
        "增加 is an increase",
    ),
    (
        "鲜桃收购价每斤涨了0.6元。",
        (("0.6", "元", None, "increase"),),
        "涨了 is an increase",
    ),
    (
        "全县城镇化率提高约5个百分点。",
        (("5", "个百分点", "approx", "increase"),),
        "a change word before a qualifier still governs the figure",
    ),
    (
        "全县规上工业增加值达到86.4亿元。",
        (("86.4", "亿元", None, None),),
        "增加 inside 工业增加值 is no change",
    ),
    (
        "消费对经济增长贡献率为52%。",
        (("52", "%", None, None),),
        "增长 inside 增长贡献率 is no change",
    ),
    (
        "新能源汽车产业拉动全市工业增长3.5个百分点。",
        (("3.5", "个百分点", None, None),),
        "增长 after 拉动 is a contribution, no change",
    ),
    (
        "地区生产总值增速6.5%。",
        (("6.5", "%", None, None),),
        "a growth rate has no change",
    ),
    (
        "全县一般公共预算收入12.6亿元，下降2.1%。",
        (("12.6", "亿元", None, None), ("2.1", "%", None, "decrease")),
        "a change word governs only the figure after it",
    ),
    (
        "线上订单同比增长三成。",
        (("3", "成", None, "increase"),),
        "a share in tenths written in Chinese is a figure: 三成",
    ),
    # 5. not figures
    (
        "2023年全县经济运行保持恢复向好态势。",
        (),
        "a year is not a figure",
    ),
    (
        "12月27日，全县招商引资推介会在县城举行。",
        (),
        "a date is not a figure",
    ),
    (
        "二〇二三年是全县项目建设的攻坚之年。",
        (),
        "a year in Chinese numerals is not a figure",
    ),
    (
        "全县着力构建“1+9”产业政策体系。",
        (),
        "a quoted programme name “1+9” is not a figure",
    ),
    (
        "全市围绕“415X”体系梳理重点产业链。",
        (),
        "a quoted programme name “415X” is not a figure",
    ),
    (
        "全区深入推进“十个一”工作机制，新建便民服务点46个。",
        (("46", "个", None, None),),
        "“十个一” is a name; the real figure beside it is kept",
    ),
    (
        "全面推行一网通办，畅通便民服务最后一公里。",
        (),
        "一网通办 and the slogan 最后一公里 are not figures",
    ),
    (
        "全县推行一件事一次办，实行一企一策。",
        (),
        "small Chinese counts in slogans are not figures",
    ),
    (
        "一是强化要素保障，二是优化营商环境，第一时间回应企业诉求。",
        (),
        "list markers and ordinals are not figures",
    ),
    (
        "全县排名全省第3位，新签约亿元以上项目47个。",
        (("47", "个", None, None),),
        "an Arabic ordinal after 第 is not a figure; a threshold without a number neither",
    ),
    (
        "咨询电话：0371-67891234，邮编450000。",
        (),
        "phone numbers and postcodes are not figures",
    ),
    (
        "园区编号31.41592653589793处，已建成厂房8.5万平方米。",
        (("8.5", "万平方米", None, None),),
        "sixteen significant digits make a code, not a figure, after the point too",
    ),
    (
        "全县规上工业增加值、固定资产投资分别增长7.2%和9.5%。",
        (("7.2", "%", None, "increase"), ("9.5", "%", None, "increase")),
        "a figure listed after another (和9.5%) moves the same way",
    ),
    (
        "全县茶园面积从2018年的10万亩扩大到17.6万亩，果园面积缩小到3万亩。",
        (
            ("10", "万亩", None, None),
            ("17.6", "万亩", None, "increase"),
            ("3", "万亩", None, "decrease"),
        ),
        "扩大 and 缩小 say which way an area moved",
    ),
    (
        "全县签约10亿元以上项目12个，超5000万元企业达到30家，完成投资10亿元，项目开工率95%。",
        (
            ("12", "个", None, None),
            ("30", "家", None, None),
            ("10", "亿元", None, None),
            ("95", "%", None, None),
        ),
        "an amount right before 项目 or 企业 is a size class, not a figure; after a comma, one",
    ),
    (
        "全县出口额增长百分之十五，失业率下降百分之五。",
        (("15", "%", None, "increase"), ("5", "%", None, "decrease")),
        "百分之 before a number is a percentage, small ones too",
    ),
    (
        "全县总投资5亿元项目落地，签约10亿元以上项目3个。",
        (("5", "亿元", None, None), ("3", "个", None, None)),
        "an amount before 项目 is a size class only with a bound (以上, 超); else a figure",
    ),
    (
        "审批时间缩短2小时，办理时限延长到48小时。",
        (("2", "小时", None, "decrease"), ("48", "小时", None, "increase")),
        "缩短 and 延长 say which way a time moved; a duration before a mark is a figure",
    ),
    (
        "市民拨打12345热线即可反映问题。",
        (),
        "a hotline number is not a figure",
    ),
    (
        "全县新建5G基站1200个。",
        (("1200", "个", None, None),),
        "the 5 of 5G is not a figure",
    ),
    (
        "全县培育百亿级产业集群3个。",
        (("3", "个", None, None),),
        "a rank 百亿级 is not a figure",
    ),
    (
        "全县建立1+N联系机制，服务企业230家。",
        (("230", "家", None, None),),
        "a formula 1+N is not a figure",
    ),
    (
        "今年前10个月，全县新增企业120家。",
        (("120", "家", None, None),),
        "the 10个 of 前10个月 is a period, not a figure",
    ),
    (
        "全县打造15分钟便民生活圈32个。",
        (("32", "个", None, None),),
        "15分钟 in the name of a kind of place is not a figure",
    ),
    (
        "政务服务中心提供7×24小时自助服务。",
        (),
        "7×24小时 is a slogan, not a figure",
    ),
    (
        "今年68岁的村民王大爷种了一辈子地。",
        (),
        "an age is not a figure",
    ),
    (
        "新建110千伏变电站2座。",
        (("2", "座", None, None),),
        "a voltage class 110千伏 is not a figure, and 千 there is no magnitude",
    ),
    (
        "全县建成24小时城市书房12家。",
        (("12", "家", None, None),),
        "24小时 in the name of a kind of place is not a figure",
    ),
    (
        "全县营商环境评价进入全省前10名。",
        (),
        "a rank 前10名 is not a count of people",
    ),
    (
        "园区通过360度全景展示招商项目。",
        (),
        "360度 is an angle, not kilowatt-hours",
    ),
    (
        "10年前她辞职回乡，5年来带动村民种植黄桃1200亩。",
        (("1200", "亩", None, None),),
        "10年前 and 5年来 are times, not figures",
    ),
]

INDICATORS: list[IndicatorCase] = [
    (
        "合作社流转的100亩耕地全部种上了紫薯。",
        ("耕地",),
        "a figure after 的 modifies the noun after it: that noun says what",
    ),
    (
        "其中，建德市乾潭镇14名大学生村官返乡创业。",
        ("大学生村官",),
        "a place right before a count says where: the noun after the count says what",
    ),
    (
        "全县共有食品加工企业380余家。",
        ("食品加工企业",),
        "the noun phrase after 共有 and before the figure",
    ),
    (
        "今年引进42个先进制造业项目。",
        ("先进制造业项目",),
        "the head noun after a count",
    ),
    (
        "全县实现地区生产总值326.5亿元。",
        ("地区生产总值",),
        "the phrase after 实现",
    ),
    (
        "全市社会消费品零售总额为88亿元。",
        ("社会消费品零售总额",),
        "the phrase before 为",
    ),
    (
        "全县签约招商项目36个，总投资达210亿元。",
        ("招商项目", "总投资"),
        "each figure takes the phrase of its own clause",
    ),
    (
        "全县建成家庭农场1,400余家、农民合作社860家。",
        ("家庭农场", "农民合作社"),
        "figures in a list split by 、 each take their own noun",
    ),
    (
        "全县拥有国家级高新技术企业126家。",
        ("高新技术企业",),
        "the phrase after 拥有",
    ),
    (
        "全县完成造林面积3.2万亩。",
        ("造林面积",),
        "the phrase after 完成",
    ),
    (
        "全县规上工业增加值增长8.1%。",
        ("工业增加值",),
        "the phrase before a change word",
    ),
    (
        "景区全年接待游客达到320万人次。",
        ("游客",),
        "the phrase between 接待 and 达到",
    ),
    (
        _md(
            "# 洛阳市经济运行稳中向好",
            "2024年一季度",
            "城乡居民人均可支配收入增速 6.2%",
            "规上工业增加值增速 7.5%",
            "一季度，洛阳市经济运行稳中向好。",
        ),
        ("城乡居民人均可支配收入增速", "规上工业增加值增速"),
        "a data-box line is read as indicator and value",
    ),
    (
        _md(
            "# 洛阳市经济运行稳中向好",
            "2024年一季度",
            "地区生产总值 1386.5亿元",
            "同比增长 5.8%",
            "上半年，洛阳市新开工亿元以上项目168个。",
        ),
        ("地区生产总值", "地区生产总值", "新开工亿元以上项目"),
        "a box row that only moves (同比增长 5.8%) is the row above's; an opening time is none",
    ),
    (
        "研发投入强度提高到2.7%。",
        ("研发投入强度",),
        "a linking verb inside the indicator (投入) does not cut it",
    ),
    (
        "全县林地森林覆盖率达到41.3%。",
        ("森林覆盖率",),
        "覆盖 inside 森林覆盖率 is no linking verb",
    ),
    (
        "全年经济增速预计在5%左右。",
        ("经济增速",),
        "预计在 links the indicator to the figure",
    ),
    (
        "全村近800户农户种植金银花。",
        ("农户",),
        "after a place word, the head noun after the count is the indicator",
    ),
    (
        "全县组织两千余名志愿者参与服务。",
        ("志愿者",),
        "the head noun after a count when no linking verb comes before it",
    ),
    (
        "全县工业总产值是十年前的2.3倍。",
        ("工业总产值",),
        "a multiple: what is compared, not the time it is compared with",
    ),
    (
        "全县地区生产总值1,326.5亿元，同比增长6.1%。",
        ("地区生产总值", "地区生产总值"),
        "a thousands separator does not cut the indicator off",
    ),
    (
        "全县粮食产量占全市的四成，茶叶产值占全市的25%。",
        ("粮食产量", "茶叶产值"),
        "a share: what 占 compares (…的) is the base, not what is measured",
    ),
    (
        "农产品网络零售额占比提升到18%。",
        ("网络零售额占比",),
        "占比 after a noun is part of the indicator",
    ),
    (
        "全市一、二、三产业增加值分别增长3.2%、6.1%和5.4%。",
        ("产业增加值", "产业增加值", "产业增加值"),
        "the figures of a list (A、B和C) measure what the first does; 分别 is no part of it",
    ),
    (
        "全县粮食产量和蔬菜产量分别为42万吨、118万吨。",
        ("蔬菜产量", "蔬菜产量"),
        "分别为 links like 为: the indicator stops before it, for every figure of the list",
    ),
    (
        "全县规上企业数量从去年的86家增加到102家。",
        ("规上企业数量", "规上企业数量"),
        "从 names where a change started: the indicator stops before it",
    ),
    (
        "全县地区生产总值（现价，下同）为326.5亿元，从事电商的企业达到300家。",
        ("地区生产总值", "从事电商的企业"),
        "an aside in brackets is no part of the indicator, nor splits its clause; 从事 is no 从",
    ),
    (
        "合作社吸纳村民就近务工（每户年均增收6000元），带动效果明显。",
        ("每户年均增收",),
        "a figure inside an aside is named inside it, not by the words before the bracket",
    ),
    (
        "全县实现地区生产总值326.5亿元，同比增长6.1%。",
        ("地区生产总值", "地区生产总值"),
        "a growth rate in the clause after a figure measures what that figure does",
    ),
    (
        "全县企业超过9000家，较年初增加约800家。",
        ("企业", "企业"),
        "较年初 is a comparison, no indicator: the figure before says what grew",
    ),
    (
        "全县茶园面积从2018年的10万亩扩大到17.6万亩。",
        ("茶园面积", "茶园面积"),
        "a figure reached from another (从…扩大到) measures the same",
    ),
    (
        "全县项目完成率达到95%，游客接待量达到120万人次。",
        ("项目完成率", "游客接待量"),
        "a linking verb before 率 or 量 is part of a noun (完成率), no link",
    ),
    (
        "全区马铃薯种植面积稳定在100万亩左右，农民李东预计今年收入可达15万元。",
        ("马铃薯种植面积", "收入"),
        "稳定在 and 可达 link like 达; a leading 今年 or 预计 is no part of the indicator",
    ),
    (
        "全县接待游客600万人次，实现旅游收入68.6亿元，分别增长45%和52%。",
        ("游客", "旅游收入", "游客", "旅游收入"),
        "figures after 分别 map in order onto as many figures before them in the sentence",
    ),
    (
        "安吉县今年白茶种植面积达到20万亩，比上年增加2万亩。",
        ("白茶种植面积", "白茶种植面积"),
        "a time inside the phrase before a figure is its period: the indicator starts after it",
    ),
    (
        "全县工业产值今年有望突破100亿元，游客接待量2023年达到500万人次。",
        ("工业产值", "游客接待量"),
        "a time after the phrase it dates leaves the phrase before it as the indicator",
    ),
    (
        "全县从业人员达到5000人，从事电商的农户超过300户。",
        ("从业人员", "从事电商的农户"),
        "从业 and 从事 are words: only 从 before a time or a number starts a change's origin",
    ),
    (
        "全县5G网络已覆盖137个行政村。",
        ("行政村",),
        "覆盖 links like 达: the noun after the count says what",
    ),
    (
        "全县新增市场主体2100户、个体工商户1800户。",
        ("市场主体", "个体工商户"),
        "figures joined by 、 that each name their noun keep their own indicators",
    ),
]

BASES: list[BaseCase] = [
    (
        "全年实现税收收入157.62亿元。",
        (("157.62", "亿元", "15762000000", "元"),),
        "亿元 counts in 元",
    ),
    (
        "全县新增城镇就业2.3万人。",
        (("2.3", "万人", "23000", "人"),),
        "万人 counts in 人",
    ),
    (
        "全县粮食产量达到3千万斤。",
        (("3", "千万斤", "30000000", "斤"),),
        "a two-character magnitude 千万",
    ),
    (
        "全县实际使用外资1.8亿美元。",
        (("1.8", "亿美元", "180000000", "美元"),),
        "美元 keeps its currency",
    ),
    (
        "企业研发费用加计扣除额达8,600万元。",
        (("8600", "万元", "86000000", "元"),),
        "a thousands separator before a magnitude",
    ),
    (
        "县里设立产业基金五亿元。",
        (("5", "亿元", "500000000", "元"),),
        "a Chinese digit with a magnitude is a figure",
    ),
    (
        "全县光伏年发电量1.2亿千瓦时。",
        (("1.2", "亿千瓦时", "120000000", "千瓦时"),),
        "千瓦时 is read before 千瓦",
    ),
    (
        "全县组织两千余名青年志愿者参与服务。",
        (("2000", "名", "2000", "人"),),
        "名 counts people",
    ),
    (
        "全县新增规上企业56家。",
        (("56", "家", "56", "家"),),
        "a count without a magnitude is its own base",
    ),
    (
        "外贸进出口增长12.5%。",
        (("12.5", "%", None, None),),
        "% has no base unit",
    ),
    (
        "全县常住人口城镇化率提高0.8个百分点。",
        (("0.8", "个百分点", None, None),),
        "个百分点 has no base unit",
    ),
]

REGIONS: list[RegionCase] = [
    (
        "河南省郑州市新增企业1200家，全省新增企业8000家，增速高于全省平均2个百分点。",
        ("410100", "410000", "410100"),
        (
            "a clause opening with 全省 (全市, 全县 …) is the province of the place before it;"
            " 高于全省 names a base, not the place"
        ),
    ),
    (
        "郑州市新增企业1200家，洛阳市新增企业800家。",
        ("410100", "410300"),
        "each figure takes the place in its own clause",
    ),
    (
        "郑州市持续优化营商环境，今年新增企业1200家。",
        ("410100",),
        "a clause without a place takes its sentence's",
    ),
    (
        "郑州市持续优化营商环境。全市今年新增企业1200家。",
        ("410100",),
        "a sentence without a place takes its paragraph's",
    ),
    (
        _md("# 洛阳市工业经济稳步回升", "今年以来，全市新增规上工业企业86家。"),
        ("410300",),
        "a paragraph without a place takes the article's region",
    ),
    (
        _md("# 洛阳市冷链物流提速", "全市今年发往上海的冷链产品超过2万吨。"),
        ("410300",),
        "a destination after 发往 is not where the figure happens",
    ),
    (
        "郑州市的冷链产品今年发往北京、上海和广州等30多个城市。",
        ("410100",),
        "the places listed after a destination are destinations too",
    ),
    (
        "洛阳市今年发往湖南省长沙市的冷链产品超过2万吨。",
        ("410300",),
        "the places chained after a destination are destinations too",
    ),
    (
        "河南省郑州市中牟县今年新建高标准农田3.6万亩。",
        ("410122",),
        "the deepest place of a chain",
    ),
    (
        "郑州市今年新增企业1200家，其中中牟县新增企业150家。",
        ("410100", "410122"),
        "a county named in a later clause takes over from its city",
    ),
    (
        "中牟县新建冷库12座，全县冷藏能力达到8万吨；巩义市新建冷库5座。",
        ("410122", "410122", "410181"),
        "全县 keeps the county of the clause before",
    ),
    (
        "苏州市昆山市今年引进外资项目68个。",
        ("320583",),
        "a county-level city under its prefecture",
    ),
    (
        "杭州市余杭区今年新增高新技术企业320家。",
        ("330110",),
        "a district under its city",
    ),
]

# where an indicator ends matters here: each figure's indicator, exactly
WHOLE_INDICATORS: list[IndicatorCase] = [
    (
        "姬松茸产量预计在60吨至80吨，销售收入预计达240万元至290万元。",
        ("姬松茸产量", "销售收入"),
        "a range's first figure and its 至 are no part of the indicator of the range",
    ),
    (
        "全村中药材种植规模由原来的几亩地扩大到现在的70余亩，由政府投资建成厂房3栋。",
        ("全村中药材种植规模", "厂房"),
        (
            "由 before an earlier time or number (由原来的…) names where a change started, as 从"
            " does; 现在的 between the change and its figure is no part of either"
        ),
    ),
    (
        (
            "合作社带动就业，20多名村民（每人每年增收6000元）在家门口上班。"
            "一是土地得到利用、二是集体有了收入、三是解决了30多名村民就业。"
        ),
        ("村民", "每人每年增收", "村民就业"),
        (
            "a count's noun stops at an aside; after a 、 that ends a clause, not a name, the"
            " count is no list item's, and the short noun after it names it"
        ),
    ),
    (
        "力争引进30~50亿元工业项目6个，全县工业投资增长5-8%。",
        ("30~50亿元工业项目", "全县工业投资"),
        (
            "a range's first number is no part of an indicator; a range of amounts before 项目"
            " is a class of projects, as 10亿元以上项目 is"
        ),
    ),
    (
        "全镇探索形成了商贸型、物业型、融合型3种模式，新建卫生室18个、改造卫生院4所。",
        ("模式", "卫生室", "卫生院"),
        (
            "after the last item of a 、 list, the noun after a count names it (融合型3种模式:"
            " 模式); with no noun after, the item does (改造卫生院4所: 卫生院)"
        ),
    ),
    (
        "镇党委、政府投资35万元扶持产业园区建设项目。",
        ("政府投资",),
        (
            "before an amount of money or a share, a 、 list names who, not what is counted:"
            " the words before the amount name it"
        ),
    ),
    (
        "村里还有一个总库容276.7万立方米的水库，一批新建厂房面积达2万平方米。",
        ("总库容", "厂房面积"),
        "一个, 一批 opening the phrase before a figure are no part of its name",
    ),
    (
        "民宿现有38间客房已经全部订满，5家农家乐也开了起来。",
        ("客房", "农家乐"),
        "a count's noun ends at an adverb (已经, 也, 正在): none is part of a noun",
    ),
    (
        "这里有全国近30%的玉米制种面积，当地200多户农民参与种植，5家龙头企业带动农户增收。",
        ("玉米制种面积", "农民", "龙头企业"),
        (
            "全国, 我国, 当地 before a figure say where, not what: the noun after it does, up to a"
            " verb never part of a noun (参与, 带动)"
        ),
    ),
    (
        "入选设两道门槛，即GDP≥600亿元，一般公共预算收入≥20亿元。",
        ("GDP", "一般公共预算收入"),
        "即 (that is) and a sign of comparison are no part of an indicator",
    ),
    (
        "企业回款放缓，但一笔1.2亿元的制种款，急需周转；但贷款余额增长8%。",
        ("制种款", "贷款余额"),
        (
            "a connective (但, 而且, 却) opens no name, and 一笔, 一批 before a figure name"
            " nothing: the words after the figure do"
        ),
    ),
    (
        (
            "该县建成了占地1800多亩的工业聚集区，涉农企业已发展到286家，698户加工大户累计投入资金"
            "1.76亿元。"
        ),
        ("占地", "涉农企业", "加工大户", "投入资金"),
        (
            "占地 is a word, not 占 and 地; 了 after a verb and 已 before one are no part of"
            " a name; a count's noun ends at a verb never part of a noun (累计, 实现, 入驻)"
        ),
    ),
    (
        "今年全省新建40个、续建100个优势特色产业集群，改造8个、提升5个村级服务站。",
        ("优势特色产业集群", "优势特色产业集群", "村级服务站", "村级服务站"),
        (
            "a count after a verb with no noun before its 、 counts what the next count of the"
            " list does (新建40个、续建100个产业集群)"
        ),
    ),
    (
        "全省建成省、市、县三级服务中心120个，承担9个市、县重点项目。",
        ("省、市、县三级服务中心", "市、县重点项目"),
        (
            "a 、 between one-character names of levels (省、市、县, 乡、村) is inside one noun,"
            " not between clauses; 承担 links"
        ),
    ),
    (
        "全县规上企业40家、重点项目100个。",
        ("全县规上企业", "重点项目"),
        "a count named by the words before it keeps them, list or not",
    ),
    (
        "全镇14名大学生村官陆续返乡，23家企业先后落户园区，12个村全部通电，与5个村一起办厂。",
        ("大学生村官", "企业", "村", "村"),
        "a count's noun ends at an adverb never in a noun (陆续, 先后, 相继, 纷纷, 全部, 一起)",
    ),
    (
        "“合作社流转的1000余亩土地被规划用于种粮，其中6位村民获得了超过10000元的大额分红。”",
        ("土地", "村民", "大额分红"),
        (
            "a count's noun ends at 被 and 用于; one that runs into the next figure ends before"
            " its qualifier and verb (6位村民获得了超过10000元: 村民); a closing quote is no part"
            " of a noun"
        ),
    ),
    (
        "该行把160个重点帮扶县、13个粮食主产区等作为重点区域，贷款余额较年初增长218亿元，同比多增90亿元。",
        ("重点帮扶县", "粮食主产区", "贷款余额", "贷款余额"),
        (
            "把 links a count to the noun after it; 等 ends a count's noun without being part of"
            " it; 同比多增 (an increase larger than last year's) measures what the figure before"
            " does"
        ),
    ),
    (
        "村集体收入每年就增加40多万元，全县产值也达到12亿元。",
        ("村集体收入", "全县产值"),
        "a frequency (每年) and an adverb (就, 也, 才) before the verb are no part of an indicator",
    ),
    (
        "全县实现GDP总量400.61亿元，按可比价计算同比增长6.1%；全市地区生产总值120亿元，扣除价格因素后实际增长5%。",
        ("GDP总量", "GDP总量", "全市地区生产总值", "全市地区生产总值"),
        "at what prices (按可比价计算, 扣除价格因素后) says how a change is measured, not what",
    ),
    (
        "政府帮我们对接3家银行，每条产业链配备1个工作专班，村民足不出户就能办理32项事务。",
        ("银行", "工作专班", "事务"),
        (
            "a count's short noun after it (2 to 6 characters, no 的) names it over the words"
            " before, which say who acts"
        ),
    ),
    (
        "两地通客车的比例均达100%，全县农民人均达1.5万元，工业亩均税收均超过20万元。",
        ("两地通客车的比例", "全县农民人均", "工业亩均税收"),
        "均 (all) before the verb is no part of an indicator; 人均 and 亩均 are nouns",
    ),
    (
        "共签约亿元以上项目10个，其中10亿元以上项目4个，5亿元~10亿元项目3个；京山市集中开工8个项目。",
        ("亿元以上项目", "10亿元以上项目", "5亿元~10亿元项目", "项目"),
        (
            "a range of amounts written with its unit twice before 项目 (5亿元~10亿元项目) is a"
            " class of projects, as 10亿元以上项目 is; 集中开工 links"
        ),
    ),
    (
        "10家5A景区8天共接待游客251.98万人次。",
        ("5A景区", "游客"),
        "a span of days before the verb (8天共接待) is no part of an indicator",
    ),
    (
        "沙洋县集中签约的10个项目总投资30.81亿元，120户农户收入12万元。",
        ("项目", "项目总投资", "农户", "农户收入"),
        (
            "a count's noun that runs into the next figure ends where what that figure measures"
            " begins (10个项目总投资30亿元: 项目; data/measure_nouns.txt)"
        ),
    ),
    (
        "全县65个基层事项细分为412个办理情形，全镇划分为12个网格。",
        ("基层事项", "办理情形", "网格"),
        "细分为, 划分为 (divided into) link a count to the noun after it",
    ),
    (
        "全省1865个县、市、旗贡献了全国37%以上的GDP，全县贡献税收12亿元。",
        ("县、市、旗", "GDP", "税收"),
        (
            "贡献 links a figure to what it measures (贡献了全国37%以上的GDP: GDP), and 县、市、旗"
            " is one list of levels"
        ),
    ),
    (
        "全镇30名村干部在岗，另有12个在建项目。",
        ("村干部", "在建项目"),
        "a count's noun ends at 在 after it (30名村干部在岗); one opening with 在 stays whole",
    ),
    (
        "该园区已吸引12家企业，可为村里带来26万元租金收益，其中包括4000立方米的冷库。",
        ("企业", "租金收益", "冷库"),
        "吸引, 带来 and 包括 link a count to the noun after it, as 实现 does",
    ),
    (
        "全县财政收入完成5420.9万元，可比增长22%；有机农产品认证达到20个；国有投资增长8%。",
        ("全县财政收入", "全县财政收入", "有机农产品认证", "国有投资"),
        (
            "可比增长 (at comparable prices) measures the figure before; 有 opening a word (有机,"
            " 有效) is no linking verb"
        ),
    ),
    (
        "全县农村居民人均可支配收入达到21350元、实际增长5.1%，名义增长6.3%。",
        ("全县农村居民人均可支配收入",) * 3,
        (
            "实际 and 名义 (at constant and current prices) say how a change is measured, as 同比"
            " does: the figure before names it"
        ),
    ),
    (
        "合作社引进新品种，使全村茶叶产值达1200万元，使用面积800平方米。",
        ("全村茶叶产值", "使用面积"),
        "a causative 使 (使得) before what reaches a figure is no part of its name; 使用 is a word",
    ),
    (
        "全县新建村级便民服务站120个和镇级便民服务中心8个。",
        ("村级便民服务站", "镇级便民服务中心"),
        "after a figure, a 和 opens the words that name the next one",
    ),
    (
        "全县新建120个村级便民服务站和8个镇级便民服务中心。",
        ("村级便民服务站", "镇级便民服务中心"),
        "the words before 和 name the count before them, not the one after",
    ),
    (
        "通过发展特色产业，全镇已有320户1150人脱贫。",
        ("脱贫", "脱贫"),
        "two counts side by side count the same thing: the words after the second",
    ),
    (
        "全县有色金属产量增长0.7%。",
        ("全县有色金属产量",),
        "有 before 色 is no verb: 有色金属 is a noun",
    ),
    (
        "全县社会消费品零售总额增长6.1%，比一季度加快1.2个百分点。",
        ("全县社会消费品零售总额", "全县社会消费品零售总额"),
        "a figure compared with another time (比上半年) measures what the figure before it does",
    ),
    (
        "全县固定资产投资同比增长9%，高于全省平均水平3.8个百分点。",
        ("全县固定资产投资", "全县固定资产投资"),
        "a figure compared with another place (高于全省平均水平) measures what the one before does",
    ),
    (
        "2023年全村人均收入高达5.8万元，户均分红多达3000元。",
        ("全村人均收入", "户均分红"),
        "高达 and 多达 (as much as) link like 达: no 高 or 多 is left on the indicator",
    ),
    (
        "全县营业收入同比增长达12%，利润提高为3.5亿元。",
        ("全县营业收入", "利润"),
        "增长达 and 提高为 are a change and a link, not 长达 or 高为",
    ),
    (
        "一季度全县工业用电量仅为1.2亿千瓦时。",
        ("全县工业用电量",),
        "仅为 (only) links like 为",
    ),
]

CLAUSES: list[ClauseCase] = [
    (
        "两村分别获得“百村示范、千村提升”扶持资金50万元。",
        ("两村分别获得“百村示范、千村提升”扶持资金50万元",),
        "a 、 inside a short quoted name does not end the clause",
    ),
    (
        "今年以来，全县新增农民专业合作社120家。",
        ("全县新增农民专业合作社120家",),
        "the clause after a leading time, without its punctuation",
    ),
    (
        "全县新建村卫生室18个、改造乡镇卫生院4所。",
        ("全县新建村卫生室18个", "改造乡镇卫生院4所"),
        "each figure of a 、 list has its own clause",
    ),
    (
        "全县地区生产总值2,318.4亿元，同比增长5.7%。",
        ("全县地区生产总值2,318.4亿元", "同比增长5.7%"),
        "a thousands separator does not end a figure's clause",
    ),
]

PERIODS: list[PeriodCase] = [
    (
        _md(
            "# 全市固定资产投资稳步增长",
            "本报讯（记者 周明远）近日，记者从市统计局获悉，前三季度，全市完成固定资产投资"
            "1576.9亿元。",
            "全市工业投资增速回升，完成工业投资806.3亿元。",
        ),
        (("前三季度", "2024-01-01", "2024-09-30"), ("前三季度", "2024-01-01", "2024-09-30")),
        (
            "the time opening an article's first sentence past its dateline and a lead-in that says"
            " where the news came from (记者从…获悉，)"
        ),
    ),
    (
        _md(
            "# 乾潭镇共富工坊遍地开花",
            "——乾潭镇推进共富工坊建设的经验",
            "2023年，乾潭镇新建共富工坊12家。",
            "工坊带动农民增收3000万元。",
        ),
        (("2023年", "2023-01-01", "2023-12-31"), ("2023年", "2023-01-01", "2023-12-31")),
        "the time opening an article's first sentence, under a sub-title kept as a paragraph",
    ),
    (
        "全县前三季度固定资产投资增长7.0%。分产业看，工业投资增长9.2%、民间投资增长3.1%。",
        (
            ("前三季度", "2024-01-01", "2024-09-30"),
            ("前三季度", "2024-01-01", "2024-09-30"),
            ("前三季度", "2024-01-01", "2024-09-30"),
        ),
        "a sentence naming no time goes on in the time the sentence before ended on",
    ),
    (
        "10月27日，县统计局发布经济运行情况。全县规上工业增加值增长5.3%。",
        (None,),
        "a day's date opening a paragraph is when something was told: it dates no later figure",
    ),
    (
        "2023年，全县项目投资增长8.9%，高于去年同期2个百分点。",
        (("2023年", "2023-01-01", "2023-12-31"), ("2023年", "2023-01-01", "2023-12-31")),
        "a time after 高于 is what a figure is compared with, not its period",
    ),
    (
        "# 马铃薯产业提质增效\n\n本报兰州6月5日电（记者 王锦涛）全区马铃薯种植面积达到100万亩。",
        (None,),
        "the dateline's date is when the report was filed: it dates no figure",
    ),
    (
        "全县茶园面积从2018年的10万亩扩大到17.6万亩，茶叶产值超过50亿元。",
        (("2018年", "2018-01-01", "2018-12-31"), None, None),
        "a time after 从 dates the figure it starts from, and no later one",
    ),
    (
        "2023年，全市新增企业1.2万户。",
        (("2023年", "2023-01-01", "2023-12-31"),),
        "the year opening the sentence",
    ),
    (
        "今年一季度，全县经济开局良好。规上工业增加值增长7.1%。",
        (("今年一季度", "2024-01-01", "2024-03-31"),),
        "the time opening the paragraph governs its later sentences",
    ),
    (
        "2023年，全县实现地区生产总值326.5亿元。2024年一季度，全县地区生产总值增长5.2%。",
        (("2023年", "2023-01-01", "2023-12-31"), ("2024年一季度", "2024-01-01", "2024-03-31")),
        "each sentence's own time",
    ),
    (
        "去年全县新增企业800家，今年前5个月新增企业460家。",
        (("去年", "2023-01-01", "2023-12-31"), ("今年前5个月", "2024-01-01", "2024-05-31")),
        "the nearest time before the figure in its sentence",
    ),
    (
        "截至5月底，全县共有个体工商户8.6万户。",
        (("截至5月底", None, "2024-05-31"),),
        "截至 gives an end only",
    ),
    (
        "1998年以来，全县累计造林12万亩。",
        (("1998年以来", "1998-01-01", None),),
        "以来 gives an open end",
    ),
    (
        "全县新增家庭农场120家。",
        (None,),
        "no time named, no period",
    ),
    (
        _md(
            "# 郑州市经济运行稳中向好",
            "2023年上半年",
            "地区生产总值增速 5.3%",
            "固定资产投资增速 7.8%",
            "今年以来，全市新增企业12万户。",
        ),
        (
            ("2023年上半年", "2023-01-01", "2023-06-30"),
            ("2023年上半年", "2023-01-01", "2023-06-30"),
            ("今年以来", "2024-01-01", None),
        ),
        "data-box lines take the period line over them; the body its own time",
    ),
    (
        _md(
            "# 郑州市消费市场加快回暖",
            "2024年一季度",
            "地区生产总值增速 5.9%",
            "规上工业增加值增速 8.2%",
            "社会消费品零售总额 1,280.5亿元",
            "一季度，郑州市消费市场加快回暖。",
        ),
        (
            ("2024年一季度", "2024-01-01", "2024-03-31"),
            ("2024年一季度", "2024-01-01", "2024-03-31"),
            ("2024年一季度", "2024-01-01", "2024-03-31"),
        ),
        "a data-box line ending in 亿元 still belongs to the box",
    ),
    (
        _md("# 某县经济稳中向好", "今年上半年，某县经济稳中向好。", "全县新增企业120家。"),
        (("今年上半年", "2024-01-01", "2024-06-30"),),
        "a paragraph without a time takes the article's leading one",
    ),
    (
        "今年以来，全县城镇新增就业比上年同期增加1200人。",
        (("今年以来", "2024-01-01", None),),
        "比上年 is the base of a comparison, not the figure's period",
    ),
]

# Cases the implementation does not pass yet: rule -> what goes wrong.
KNOWN_GAPS: dict[str, str] = {}

TABLES: dict[str, list[tuple[str, object, str]]] = {
    "FIGURES": list(FIGURES),
    "INDICATORS": list(INDICATORS),
    "BASES": list(BASES),
    "REGIONS": list(REGIONS),
    "CLAUSES": list(CLAUSES),
    "PERIODS": list(PERIODS),
    "WHOLE_INDICATORS": list(WHOLE_INDICATORS),
}
SNIPPETS = snippets(TABLES)


def _span(metric: Metric) -> Span | None:
    """A figure's period as ``(label, start, end)`` in ISO dates."""
    period = metric.period
    if period is None:
        return None
    start = period.start.isoformat() if period.start else None
    end = period.end.isoformat() if period.end else None
    return period.label, start, end


class TestCases(TableChecks):
    tables = TABLES
    gaps = KNOWN_GAPS
    least = 50
    least_each = 3
    most_gaps = 5


class TestFigures:
    @pytest.mark.parametrize(("snippet", "expected", "rule"), params(list(FIGURES), KNOWN_GAPS))
    def test_rule(self, snippet: str, expected: tuple[Figure, ...], rule: str) -> None:
        """A snippet gives exactly its figures: value, unit, qualifier and change."""
        assert rule
        actual = tuple((str(m.value), m.unit, m.qualifier, m.change) for m in _metrics(snippet))
        assert expected == actual


class TestIndicators:
    @pytest.mark.parametrize(("snippet", "expected", "rule"), params(list(INDICATORS), KNOWN_GAPS))
    def test_rule(self, snippet: str, expected: tuple[str, ...], rule: str) -> None:
        """Each figure's indicator holds the phrase the text uses for it."""
        assert rule
        found = [m.indicator for m in _metrics(snippet)]
        # A matching indicator shows as the phrase it holds, a wrong one as itself.
        actual = tuple(
            expected[i] if i < len(expected) and expected[i] in got else got
            for i, got in enumerate(found)
        )
        assert expected == actual

    @pytest.mark.parametrize("snippet", [case[0] for case in INDICATORS])
    def test_no_figure_before_in_it(self, snippet: str) -> None:
        """An indicator never holds the figure before it (产值12亿元，同比增长6%: 产值)."""
        metrics = _metrics(snippet)
        held = [
            (m.indicator, f"{before.value}{before.unit}")
            for before, m in itertools.pairwise(metrics)
            if f"{before.value}{before.unit}" in m.indicator.replace(",", "")
        ]
        assert [] == held

    @pytest.mark.parametrize(
        ("snippet", "expected", "rule"), params(list(WHOLE_INDICATORS), KNOWN_GAPS)
    )
    def test_whole(self, snippet: str, expected: tuple[str, ...], rule: str) -> None:
        """Where it matters where an indicator ends, each figure's indicator exactly."""
        assert rule
        assert expected == tuple(m.indicator for m in _metrics(snippet))

    @pytest.mark.parametrize("snippet", [case[0] for case in INDICATORS])
    def test_no_open_bracket_in_it(self, snippet: str) -> None:
        """An indicator never opens an aside it does not close (务工（每户年均增收)."""
        opened = [
            m.indicator
            for m in _metrics(snippet)
            if m.indicator.count("（") + m.indicator.count("(")
            > m.indicator.count("）") + m.indicator.count(")")
        ]
        assert [] == opened

    @pytest.mark.parametrize("snippet", [case[0] for case in INDICATORS])
    def test_no_time_in_it(self, snippet: str) -> None:
        """A time in the phrase before a figure is its period, not part of its indicator."""
        brief = regionbrief.parse(_page(snippet), published=PUBLISHED)
        timed = [
            (m.indicator, p.label)
            for a in brief.articles
            for m in a.metrics
            for p in a.periods
            if p.label in m.indicator
        ]
        assert [] == timed


class TestBaseValues:
    @pytest.mark.parametrize(("snippet", "expected", "rule"), params(list(BASES), KNOWN_GAPS))
    def test_rule(self, snippet: str, expected: tuple[Base, ...], rule: str) -> None:
        """Magnitudes are multiplied out into the base unit."""
        assert rule
        actual = tuple(
            (
                str(m.value),
                m.unit,
                None if m.base_value is None else str(m.base_value),
                m.base_unit,
            )
            for m in _metrics(snippet)
        )
        assert expected == actual


class TestRegions:
    @pytest.mark.parametrize(("snippet", "expected", "rule"), params(list(REGIONS), KNOWN_GAPS))
    def test_rule(self, snippet: str, expected: tuple[str | None, ...], rule: str) -> None:
        """Each figure belongs to the nearest place that governs it."""
        assert rule
        actual = tuple(m.region.code if m.region else None for m in _metrics(snippet))
        assert expected == actual


class TestClauses:
    @pytest.mark.parametrize(("snippet", "expected", "rule"), params(list(CLAUSES), KNOWN_GAPS))
    def test_rule(self, snippet: str, expected: tuple[str, ...], rule: str) -> None:
        """Each figure keeps the clause it came from as its text."""
        assert rule
        actual = tuple(m.text for m in _metrics(snippet))
        assert expected == actual


class TestPeriods:
    @pytest.mark.parametrize(("snippet", "expected", "rule"), params(list(PERIODS), KNOWN_GAPS))
    def test_rule(self, snippet: str, expected: tuple[Span | None, ...], rule: str) -> None:
        """Each figure belongs to the time expression that governs it."""
        assert rule
        actual = tuple(_span(m) for m in _metrics(snippet))
        assert expected == actual


class TestInvariants:
    @pytest.mark.parametrize("snippet", SNIPPETS)
    def test_text_is_from_the_article(self, snippet: str) -> None:
        """Every figure's text is a piece of one of its article's paragraphs."""
        brief = regionbrief.parse(_page(snippet), published=PUBLISHED)
        lost = [
            m.text
            for a in brief.articles
            for m in a.metrics
            if not any(m.text in p for p in a.paragraphs)
        ]
        assert [] == lost

    @pytest.mark.parametrize("snippet", SNIPPETS)
    def test_closed_vocabularies(self, snippet: str) -> None:
        """Qualifier and change take only the contract's values."""
        qualifiers = {None, "approx", "over", "at_least", "under", "at_most"}
        changes = {None, "increase", "decrease"}
        odd = [
            (m.qualifier, m.change)
            for m in _metrics(snippet)
            if m.qualifier not in qualifiers or m.change not in changes
        ]
        assert [] == odd
