"""Initiatives: quoted names the text treats as local programmes.

Each case is a hand-written snippet, what the rules of ``_initiatives`` make of
it, and the rule it shows (the rule is the test id).  A snippet that does not
start with ``#`` is one paragraph under a neutral title; one that does is a
whole page.  Every page is parsed as published on ``PUBLISHED``.

* ``NAMES``: the names of *every* programme of the article, first mention first,
  so a name too many fails as surely as one too few;
* ``ABSENT``: a quoted word no programme name may hold (metaphors, speech,
  slogans, descriptions, field labels);
* ``REGIONS``: ``(name, region name)`` of one programme, ``None`` for no region;
* ``STARTED``: ``(name, start, end)`` of one programme's start, ``None`` for no date.

Places are real; every programme, person and figure is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

import regionbrief
from regionbrief import Initiative
from tests.tables import TableChecks, params, snippets

PUBLISHED = dt.date(2024, 5, 16)
TITLE = "# 基层工作见闻"

NameCase = tuple[str, tuple[str, ...], str]
AbsentCase = tuple[str, str, str]
RegionCase = tuple[str, tuple[str, str | None], str]
StartCase = tuple[str, tuple[str, str | None, str | None], str]


def _page(snippet: str) -> str:
    """A whole page as it is, or one paragraph under the neutral title."""
    return snippet if snippet.startswith("#") else f"{TITLE}\n\n{snippet}\n"


def _initiatives(snippet: str) -> tuple[Initiative, ...]:
    """The programmes of a snippet's one article."""
    brief = regionbrief.parse(_page(snippet), published=PUBLISHED)
    assert len(brief.articles) == 1
    return brief.articles[0].initiatives


def _one(snippet: str, name: str) -> Initiative:
    """The programme of that name: it must be found."""
    found = {item.name: item for item in _initiatives(snippet)}
    assert name in found, f"{name} not among {list(found)}"
    return found[name]


NAMES: list[NameCase] = [
    (
        "去年，该镇启动“362”三年强村计划，村均收入稳步提高。",
        ("362",),
        "noun after: 计划 makes a number alone a programme's code name",
    ),
    # 1. a programme noun right after the quote
    (
        "“三级联动”机制运行一年来，化解矛盾纠纷300余件。",
        ("三级联动",),
        "noun after: 机制",
    ),
    (
        "“村企共建”模式带动200户农民增收。",
        ("村企共建",),
        "noun after: 模式",
    ),
    (
        "镇里通过“协会+基地+农户”的运作模式，带动农户增收。",
        ("协会+基地+农户",),
        (
            "a model named by its parts joined with + is a programme even before 的 and its noun"
            " (“A+B+C”的运作模式), which other quoted names are not"
        ),
    ),
    (
        "“数字乡村”试点覆盖全镇12个行政村。",
        ("数字乡村",),
        "noun after: 试点",
    ),
    (
        "“百村绿化”工程今年完成投资800万元。",
        ("百村绿化",),
        "noun after: 工程",
    ),
    (
        "“送法进村”活动已开展30余场。",
        ("送法进村",),
        "noun after: 活动",
    ),
    (
        "“山里鲜”品牌农产品销往全国各地。",
        ("山里鲜",),
        "noun after: 品牌, with more words after it",
    ),
    (
        "“光伏扶贫”项目每年为村集体增收5万元。",
        ("光伏扶贫",),
        "noun after: 项目",
    ),
    (
        "“企业码”平台已入驻企业1.2万家。",
        ("企业码",),
        "noun after: 平台",
    ),
    (
        "“稳岗护企”专班深入企业走访。",
        ("稳岗护企",),
        "noun after: 专班",
    ),
    (
        "“强村”贷为种植户解了燃眉之急。",
        ("强村",),
        "noun after: 贷, a two-character name",
    ),
    (
        "“安居保”产品已覆盖1万户家庭。",
        ("安居保",),
        "noun after: 产品",
    ),
    (
        "“跨省通办”事项扩大到140项。",
        ("跨省通办",),
        "noun after: 事项",
    ),
    (
        "“暖心”驿站为户外劳动者提供歇脚场所。",
        ("暖心",),
        "noun after: 驿站",
    ),
    (
        "“田间”法庭开到了村民家门口。",
        ("田间",),
        "noun after: 法庭",
    ),
    (
        "镇里启动了“清洁家园”行动，清理垃圾200吨。",
        ("清洁家园",),
        "noun after: 行动",
    ),
    (
        "“红色代办”服务队由10名党员组成。",
        ("红色代办",),
        "noun after: 服务, the first word of a longer noun",
    ),
    (
        "“红黄绿”三色管理机制让监管更精准。",
        ("红黄绿",),
        "noun ending the phrase after the name: 三色管理机制",
    ),
    (
        "“飞地抱团”发展模式让薄弱村有了稳定收入。",
        ("飞地抱团",),
        "noun within a few characters after the name: 发展模式",
    ),
    # 2. 等 and a count between the name and the noun
    (
        "“一窗受理”等8项改革在全市推开。",
        ("一窗受理",),
        "等 and an Arabic count before the noun: 等8项改革",
    ),
    (
        "“信用修复”等十项举措惠及市场主体。",
        ("信用修复",),
        "等 and a Chinese count before the noun: 等十项举措",
    ),
    (
        "“拿地即开工”等一批改革事项取得突破。",
        ("拿地即开工",),
        "等 and 一批 before the noun: 等一批改革事项",
    ),
    (
        "该行“惠农e贷”等拳头产品深受农户欢迎。",
        ("惠农e贷",),
        "等 without a count: 等拳头产品",
    ),
    (
        "“光伏扶贫”等3个项目全部建成投用。",
        ("光伏扶贫",),
        "等 and a count before 项目: 等3个项目",
    ),
    # 3. a name that ends with a programme noun
    (
        "村民可以申请“林权抵押贷”，最高30万元。",
        ("林权抵押贷",),
        "name ends with a noun: …贷",
    ),
    (
        "“共享农场计划”吸引了上百户城里人认养菜地。",
        ("共享农场计划",),
        "name ends with a noun: …计划",
    ),
    # 4. a programme noun right before the quote
    (
        "今年全市扩大政务服务事项“掌上办”范围。",
        ("掌上办",),
        "noun before: 服务事项“X”",
    ),
    (
        "社区开通便民服务“暖心码”，扫码即可预约上门服务。",
        ("暖心码",),
        "noun before: 便民服务“X”",
    ),
    (
        "今年全市扩大试点“整村授信”，覆盖80个村。",
        ("整村授信",),
        "noun before: 试点“X”",
    ),
    # 5. a launch verb before the quote
    (
        "该镇推行“村民说事”，每月固定一天听取意见。",
        ("村民说事",),
        "launch verb: 推行“X”",
    ),
    (
        "县法院搭建的“云上调解”让群众少跑腿。",
        ("云上调解",),
        "launch verb with 的: 搭建的“X”",
    ),
    (
        "区人社局上线了“就业地图”，求职者扫码即可查看岗位。",
        ("就业地图",),
        "launch verb with 了: 上线了“X”",
    ),
    (
        "该县首创“拆违积分”，拆除违建可换取积分。",
        ("拆违积分",),
        "launch verb: 首创“X”",
    ),
    (
        "县里在各村设立“乡贤议事会”，共商村里大事。",
        ("乡贤议事会",),
        "launch verb: 设立“X”",
    ),
    (
        "海宁市推出“共富工坊”，吸纳农村劳动力就业。",
        ("共富工坊",),
        "launch verb: 推出“X”, without 了",
    ),
    (
        "海宁市推出了“共富驿家”，吸纳农村劳动力就业。",
        ("共富驿家",),
        "launch verb: 推出了“X”",
    ),
    # 6. the subject of a pioneering clause
    (
        "“电子营业执照”在全省率先落地。",
        ("电子营业执照",),
        "subject: “X”在全省率先落地",
    ),
    (
        "“水权交易”在本市落地见效。",
        ("水权交易",),
        "subject: “X”在本市落地",
    ),
    (
        "“一村一警”入选全国典型案例。",
        ("一村一警",),
        "subject: “X”入选",
    ),
    (
        "“村村通客车”在全县推广开来。",
        ("村村通客车",),
        "subject: “X”在全县推广",
    ),
    # 7. names in a list share their context
    (
        "“一网通办”“跨省通办”等改革让企业办事更便捷。",
        ("一网通办", "跨省通办"),
        "adjacent list: “A”“B”等改革",
    ),
    (
        "“五水共治”“三改一拆”等专项整治让村容村貌焕然一新。",
        ("五水共治", "三改一拆"),
        "adjacent list: “A”“B”等专项整治",
    ),
    (
        "“数字证书”和“电子签章”平台同步上线。",
        ("数字证书", "电子签章"),
        "list joined by 和: “A”和“B”平台",
    ),
    (
        "“电子证照”与“移动支付”平台实现互通。",
        ("电子证照", "移动支付"),
        "list joined by 与: “A”与“B”平台",
    ),
    (
        "镇里推行“村民说事”“民情日记”，干群关系更融洽。",
        ("村民说事", "民情日记"),
        "adjacent list after a launch verb: 推行“A”“B”",
    ),
    (
        "“稻香贷”“茶香贷”两款产品累计放贷1.2亿元。",
        ("稻香贷", "茶香贷"),
        "adjacent list of names ending with 贷",
    ),
    (
        "“绿化、亮化、美化”工程让村庄换了新颜。",
        ("绿化、亮化、美化",),
        "a quoted list with 、 named by the noun after it: “A、B、C”工程",
    ),
    # 8. other quotation marks
    (
        "村里推广‘稻渔共生’模式，亩均增收1500元。",
        ("稻渔共生",),
        "single quotes: ‘X’模式",
    ),
    (
        "镇里开设「共享菜园」试点，居民认领地块种菜。",
        ("共享菜园",),
        "corner brackets: 「X」试点",
    ),
    # 9. coinage: quoted once, written again without quotes
    (
        "村里办起了“积分超市”。村民参与志愿服务攒下积分，可以到积分超市兑换生活用品。",
        ("积分超市",),
        "coinage: quoted once, repeated without quotes in the same paragraph",
    ),
    (
        (
            "# 德清县民宿经济观察\n\n"
            "镇上的老茶厂改成了“山居书房”。\n\n"
            "周末来山居书房读书的游客络绎不绝。\n"
        ),
        ("山居书房",),
        "coinage: repeated without quotes in a later paragraph",
    ),
    # 10. one programme per name
    (
        "“百村绿化”工程启动后，各村积极响应。今年，“百村绿化”工程又新增苗木5万株。",
        ("百村绿化",),
        "merging: the same name twice in a paragraph is one programme",
    ),
    (
        (
            "# 德清县民宿经济观察\n\n"
            "德清县推行“民宿管家”服务，游客满意度明显提升。\n\n"
            "目前，“民宿管家”服务已覆盖全县民宿，“洋家乐”品牌也越来越响。\n"
        ),
        ("民宿管家", "洋家乐"),
        "merging across paragraphs, first mention first",
    ),
]

ABSENT: list[AbsentCase] = [
    (
        "某区构建“区、街道、社区”三级联动机制，推行“县、乡、村”三级网格。",
        "街道",
        "counter: a quoted list of division levels says where a thing runs, and names none",
    ),
    (
        "评选设置“地区生产总值”和“一般公共预算收入”两个门槛，一般公共预算收入≥20亿元。",
        "一般公共预算收入",
        "counter: a quoted name written again unquoted before a figure names a measure",
    ),
    (
        "青禾县金禾农业有限公司（下称“金禾农业”）启动新生产线，金禾农业计划年产果汁万吨。",
        "金禾农业",
        "counter: a short name given in quotes after 下称 or 简称, even when used again",
    ),
    (
        "他说，“2023”是企业转型的关键一年。",
        "2023",
        "counter: a number alone in quotes with no programme noun after it",
    ),
    (
        "镇里把招商引资作为“牛鼻子”来抓。",
        "牛鼻子",
        "counter: metaphor “牛鼻子”",
    ),
    (
        "全镇上下鼓足“干劲”，全力打造乡村旅游“金名片”。",
        "金名片",
        "counter: metaphor after 打造: 打造乡村旅游“金名片”",
    ),
    (
        "大家铆足劲头，鼓足“干劲”往前冲。",
        "干劲",
        "counter: metaphor after 鼓足: 鼓足“干劲”",
    ),
    (
        "当好服务企业的“店小二”，不断优化营商环境。",
        "店小二",
        "counter: metaphor after 的: 服务企业的“店小二”",
    ),
    (
        "为企业送上“定心丸”，架起政企“连心桥”。",
        "连心桥",
        "counter: metaphors “定心丸”“连心桥”",
    ),
    (
        "啃下“硬骨头”，打通服务群众“最后一公里”。",
        "最后一公里",
        "counter: metaphor after 服务群众",
    ),
    (
        "推动共同富裕是一项“长跑”。",
        "长跑",
        "counter: metaphor “长跑”",
    ),
    (
        "这个小山村被誉为“江南茶乡”。",
        "江南茶乡",
        "counter: a title of praise “江南茶乡”",
    ),
    (
        "全镇跑出项目建设“加速度”，一季度开工12个。",
        "加速度",
        "counter: metaphor right after a programme noun: 项目建设“加速度”",
    ),
    (
        "“有了这个平台，办事方便多了。”村民说。",
        "有了这个平台",
        "counter: quoted speech with a comma, though it holds 平台",
    ),
    (
        "“这项活动真好！”孩子们高兴地说。",
        "这项活动真好",
        "counter: quoted speech with an exclamation mark, though it holds 活动",
    ),
    (
        "村口墙上写着“绿水青山，就是金山银山”的标语。",
        "绿水青山",
        "counter: a slogan with a comma",
    ),
    (
        "镇里推行“小事不出村，大事不出镇”工作机制。",
        "小事不出村",
        "counter: a slogan with a comma is no name, even before 工作机制",
    ),
    (
        "围绕“链”字做文章，推动产业项目落地。",
        "链",
        "counter: a single character “链”",
    ),
    (
        "村里形成了“受理、办理、反馈”的工作机制。",
        "受理、办理、反馈",
        "counter: a quoted list followed by 的: “A、B、C”的工作机制",
    ),
    (
        "镇里形成“三张清单”的管理制度，权责更加清晰。",
        "三张清单",
        "counter: a quoted name followed by 的: “X”的管理制度",
    ),
    (
        "请在登记表的“姓名”栏中填写真实信息。",
        "姓名",
        "counter: a field label “姓名”栏",
    ),
    (
        "所谓“飞地经济”，是指两地跨区域合作开发。",
        "飞地经济",
        "counter: a term explained with 所谓",
    ),
    (
        "大家都叫他“热心肠”。“热心肠”这个称号他当之无愧。",
        "热心肠",
        "counter: a nickname always quoted is no coinage",
    ),
    (
        "村里办起了“共享厨房”，村民参与志愿服务可以攒积分。",
        "共享厨房",
        "counter: quoted once and never repeated, with no cue",
    ),
]

REGIONS: list[RegionCase] = [
    (
        "海宁市实施“共富工坊”计划，吸纳农村劳动力就业。",
        ("共富工坊", "海宁市"),
        "region: the place before the name in its sentence",
    ),
    (
        "在嘉兴市，海宁市实施“共富车间”计划，吸纳农村劳动力就业。",
        ("共富车间", "海宁市"),
        "region: the nearest of two places before the name",
    ),
    (
        "德清县莫干山镇推行“民宿管家”服务，游客满意度明显提升。",
        ("民宿管家", "莫干山镇"),
        "region: the deepest place of a chain",
    ),
    (
        "# 桐乡市乡村振兴见闻\n\n“共富工坊”计划在海宁市全面推开。\n",
        ("共富工坊", "海宁市"),
        "region: the first place after the name in its clause",
    ),
    (
        "# 桐乡市乡村振兴见闻\n\n村里开展“共富食堂”活动，让老人吃上热乎饭。\n",
        ("共富食堂", "桐乡市"),
        "region: no place in the sentence, the article's region",
    ),
    (
        "# 桐乡市乡村振兴见闻\n\n“共富工坊”计划运行良好，海宁市将借鉴这一做法。\n",
        ("共富工坊", "桐乡市"),
        "region: a place past the clause is another clause's, the article's region",
    ),
    (
        "# 桐乡市乡村振兴见闻\n\n海宁市经济稳步增长。“共富书屋”计划运行良好。\n",
        ("共富书屋", "桐乡市"),
        "region: a place in the sentence before is not used, the article's region",
    ),
    (
        "海宁市实施“共富菜园”计划。桐乡市也实施了“共富菜园”计划。",
        ("共富菜园", "海宁市"),
        "region: merged names keep the first mention's region",
    ),
    (
        "“送戏下乡”活动已开展30余场。",
        ("送戏下乡", None),
        "region: no place anywhere, no region",
    ),
]

STARTED: list[StartCase] = [
    (
        "“十四五”期间，青川县将投入5亿元实施乡村建设行动，推广“村务通”平台。",
        ("村务通", None, None),
        "started: a span the work runs through (“十四五”期间) is no start",
    ),
    (
        "2021年3月，安吉县率先实施“两山银行”试点，盘活闲置资源。",
        ("两山银行", "2021-03-01", "2021-03-31"),
        "started: a month before 率先实施“X”试点",
    ),
    (
        "今年3月，德清县推行“乡村管家”服务。",
        ("乡村管家", "2024-03-01", "2024-03-31"),
        "started: a relative month before 推行",
    ),
    (
        "2023年，海宁市启动“共富工坊”计划。",
        ("共富工坊", "2023-01-01", "2023-12-31"),
        "started: a year before 启动",
    ),
    (
        "“幸福里”工程于2022年6月起全面实施。",
        ("幸福里", "2022-06-01", "2022-06-30"),
        "started: the date after the name with 起",
    ),
    (
        "“民生直通车”服务热线方便了群众。自2019年5月开通以来，累计受理诉求80万件。",
        ("民生直通车", "2019-05-01", "2019-05-31"),
        "started: 自…开通以来 in the next sentence",
    ),
    (
        "“智慧停车”平台方便了市民。该平台于2020年9月上线以来，新增泊位3000个。",
        ("智慧停车", "2020-09-01", "2020-09-30"),
        "started: 于…上线 in the next sentence",
    ),
    (
        "2023年，“共富书屋”计划带动就业3000人。",
        ("共富书屋", None, None),
        "started: a date with no launch word is no start",
    ),
    (
        "“乡村客厅”服务深受游客欢迎。该服务覆盖全县。2019年5月开通以来运行平稳。",
        ("乡村客厅", None, None),
        "started: a launch date two sentences on is not the programme's",
    ),
]

# Cases the implementation does not pass yet: rule -> what goes wrong.
KNOWN_GAPS: dict[str, str] = {}

TABLES: dict[str, list[tuple[str, object, str]]] = {
    "NAMES": list(NAMES),
    "ABSENT": list(ABSENT),
    "REGIONS": list(REGIONS),
    "STARTED": list(STARTED),
}
SNIPPETS = snippets(TABLES)


class TestCases(TableChecks):
    tables = TABLES
    gaps = KNOWN_GAPS
    least = 55
    least_each = 5
    most_gaps = 5


class TestNames:
    @pytest.mark.parametrize(("snippet", "expected", "rule"), params(list(NAMES), KNOWN_GAPS))
    def test_rule(self, snippet: str, expected: tuple[str, ...], rule: str) -> None:
        """A snippet gives exactly its programmes, first mention first."""
        assert rule
        assert expected == tuple(item.name for item in _initiatives(snippet))


class TestAbsent:
    @pytest.mark.parametrize(("snippet", "absent", "rule"), params(list(ABSENT), KNOWN_GAPS))
    def test_rule(self, snippet: str, absent: str, rule: str) -> None:
        """No programme's name holds the quoted word."""
        assert rule
        assert [] == [item.name for item in _initiatives(snippet) if absent in item.name]


class TestRegions:
    @pytest.mark.parametrize(("snippet", "expected", "rule"), params(list(REGIONS), KNOWN_GAPS))
    def test_rule(self, snippet: str, expected: tuple[str, str | None], rule: str) -> None:
        """A programme belongs to the nearest place that governs its name."""
        assert rule
        name, region = expected
        found = _one(snippet, name).region
        assert region == (found.name if found else None)


class TestStarted:
    @pytest.mark.parametrize(("snippet", "expected", "rule"), params(list(STARTED), KNOWN_GAPS))
    def test_rule(
        self, snippet: str, expected: tuple[str, str | None, str | None], rule: str
    ) -> None:
        """A programme starts at the date the text launches it on."""
        assert rule
        name = expected[0]
        started = _one(snippet, name).started
        actual = (
            name,
            started.start.isoformat() if started and started.start else None,
            started.end.isoformat() if started and started.end else None,
        )
        assert expected == actual


class TestInvariants:
    @pytest.mark.parametrize("snippet", SNIPPETS)
    def test_text_is_from_the_article(self, snippet: str) -> None:
        """Every programme's text is a sentence of its article that holds its name."""
        brief = regionbrief.parse(_page(snippet), published=PUBLISHED)
        lost = [
            item.name
            for a in brief.articles
            for item in a.initiatives
            if item.name not in item.text or not any(item.text in p for p in a.paragraphs)
        ]
        assert [] == lost
