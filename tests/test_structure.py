"""Page structure: titles, bylines, editors, paragraphs and article kinds.

Each case is a hand-written page snippet, what the rule decides about it, and
the rule it shows.  ``expected`` names only the fields the rule is about:

* ``title``: the page title; ``editors``: ``(name, role)`` pairs;
* ``articles``: ``(kind, title, reporters)`` per article;
* ``sources``: ``(kind, title, source)`` per article;
* ``paragraphs``: the paragraphs of each article;
* ``lines``: the ``(first, last)`` input lines of each article.

Markdown-like pages (PDF conversions) put a blank line between lines; web
text puts one paragraph on each line, indented with two U+3000.  Every
town, firm, person and figure here is invented.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

import pytest

import regionbrief
from regionbrief import Brief
from tests.tables import TableChecks, params
from tests.test_properties import is_masthead

P = "\N{IDEOGRAPHIC SPACE}\N{IDEOGRAPHIC SPACE}"  # how web text indents a paragraph
IS = "\N{IDEOGRAPHIC SPACE}"
NBSP = "\N{NO-BREAK SPACE}"
GAP = ""  # a block of its own in _md(): three blank lines instead of one


def _md(*blocks: str) -> str:
    """A markdown-like page: one blank line between printed lines."""
    return "\n\n".join(blocks) + "\n"


def _web(*lines: str) -> str:
    """A web-text page: one paragraph per line."""
    return "\n".join(lines) + "\n"


Case = tuple[str, dict[str, object], str]

CASES: list[Case] = [
    # 1. bylines under a heading
    (
        _md(
            "# 青禾县小家电出口量增质升",
            "□ 本报记者 韩知远 蒲晓岚",
            "今年前10个月，青禾县小家电出口额达46.3亿元，同比增长12.4%，产品销往60多个国家和地区。",
        ),
        {"articles": (("news", "青禾县小家电出口量增质升", ("韩知远", "蒲晓岚")),)},
        "a boxed byline under a heading gives the article its reporters",
    ),
    (
        _md(
            "# 青禾县肉牛产业带富一方",
            "□ 韩知远",
            "走进青禾县肉牛养殖基地，一座座牛舍整齐排列，全县肉牛存栏3.2万头。",
            "□ 相关阅读",
        ),
        {
            "articles": (("news", "青禾县肉牛产业带富一方", ("韩知远",)),),
            "paragraphs": (
                (
                    "走进青禾县肉牛养殖基地，一座座牛舍整齐排列，全县肉牛存栏3.2万头。",
                    "□ 相关阅读",
                ),
            ),
        },
        (
            "a boxed byline of names alone (□ 韩知远) names the reporters; a boxed heading of"
            " four characters (□ 相关阅读) names no one"
        ),
    ),
    (
        _md(
            "# 青禾县肉牛产业带富一方",
            "全媒体记者 韩知远 报道",
            "走进青禾县肉牛养殖基地，一座座牛舍整齐排列。",
            "# 青禾县辣椒喜获丰收",
            "新青禾·每日青禾网通讯员 蒲晓岚 石秋禾",
            "青禾县辣椒收购款集中发放，80户种植户领到收购款。",
        ),
        {
            "articles": (
                ("news", "青禾县肉牛产业带富一方", ("韩知远",)),
                ("news", "青禾县辣椒喜获丰收", ("蒲晓岚", "石秋禾")),
            )
        },
        (
            "a byline's kind of reporter (全媒体, 融媒体, 首席) and closing 报道 are no names; an"
            " outlet's name may hold a middle dot"
        ),
    ),
    (
        _md(
            "青禾县产业园项目正式启用",
            "园区占地70亩，总投资5000万元，已有两家企业签约入驻。",
            "来源：青禾县融媒体中心",
            "作者：韩知远",
        ),
        {
            "articles": (("news", "青禾县产业园项目正式启用", ("韩知远",)),),
            "paragraphs": (
                ("园区占地70亩，总投资5000万元，已有两家企业签约入驻。", "来源：青禾县融媒体中心"),
            ),
        },
        "a web copy's 来源： line stays a paragraph, never a title; 作者： names the reporter",
    ),
    (
        (
            "建起基地，家门口就业\n\n青禾县新建蔬菜基地400亩，带动140户农户就业。\n"
            "基地负责人说，今年圆白菜产量约30吨。\n"
        ),
        {
            "articles": (("news", "建起基地，家门口就业", ()),),
            "paragraphs": (
                (
                    "青禾县新建蔬菜基地400亩，带动140户农户就业。",
                    "基地负责人说，今年圆白菜产量约30吨。",
                ),
            ),
        },
        "a web copy's short first line, set off by a blank line, is its title, commas and all",
    ),
    (
        "据了解，为加快产业升级，\n青禾县新建蔬菜基地400亩。\n",
        {"articles": (("news", None, ()),)},
        "a first line that runs on into the next is text, not a title",
    ),
    (
        _md(
            "# 柳湾镇竹编产业带富一方",
            "本报记者 费明川",
            "柳湾镇现有竹编企业37家，带动周边2100余户农户在家门口就业，户均年增收1.6万元。",
        ),
        {"articles": (("news", "柳湾镇竹编产业带富一方", ("费明川",)),)},
        "a byline without the box mark is a byline too",
    ),
    (
        "浙江省金华市义乌市",
        {"articles": (("news", "浙江省金华市义乌市", ()),)},
        "a page of one short line is an article with a title and no body, not a crash",
    ),
    (
        _md(
            "# 鸥鸣湾游艇产业初具规模",
            f"□ 本报记者 骆{NBSP}{NBSP}川 柯文静",
            "鸥鸣湾已集聚游艇设计、制造和维修企业19家，去年游艇产业产值突破15亿元。",
        ),
        {"articles": (("news", "鸥鸣湾游艇产业初具规模", ("骆川", "柯文静")),)},
        "a two-character name padded with no-break spaces in a byline comes back whole",
    ),
    (
        _md(
            "# 溪塘县茶企抱团闯市场",
            "本报记者 费明川 通讯员 严秋生",
            "溪塘县12家茶企组建茶业联合体，统一品牌、统一标准，今年春茶均价每斤提高60元。",
        ),
        {"articles": (("news", "溪塘县茶企抱团闯市场", ("费明川", "严秋生")),)},
        "a byline naming a reporter and a correspondent gives both names",
    ),
    (
        _md(
            "# 柳湾镇竹编产业带富一方",
            "柳湾镇现有竹编企业37家，带动周边2100余户农户在家门口就业。",
            "（某台新闻记者 费明川 严秋生）",
        ),
        {"articles": (("news", "柳湾镇竹编产业带富一方", ("费明川", "严秋生")),)},
        (
            "a credit in brackets after the body names the reporters, whatever employer comes"
            " first (总台央视记者): no article of its own"
        ),
    ),
    # 2. a byline above the first heading
    (
        _md(
            "□ 本报记者 石秋禾",
            "# 泊云港区集装箱吞吐量创新高",
            "今年以来，泊云港区新开通内贸航线5条，集装箱吞吐量同比增长18%。",
        ),
        {
            "articles": (("news", "泊云港区集装箱吞吐量创新高", ("石秋禾",)),),
            "lines": ((1, 5),),
        },
        "a byline printed above the first heading belongs to that heading's article",
    ),
    (
        _md(
            "□ 本报记者 岑晓帆",
            "#### 云岭州三年新扩生态茶园1.2万亩",
            "# 茶香飘出致富路",
            "云岭州今年新扩种生态茶园4000亩，茶农人均可支配收入提高到2.1万元。",
        ),
        {"articles": (("news", "茶香飘出致富路", ("岑晓帆",)),)},
        "a byline above a kicker and a title at the page top goes to their one article",
    ),
    # 3. the page title
    (
        _md(
            "产业观察",
            "□ 本报记者 魏清源",
            "# 鹿鸣山茶叶搭上直播快车",
            "鹿鸣山茶场今年通过直播销售春茶1.2万斤，销售额较去年翻了一番。",
        ),
        {
            "title": "产业观察",
            "articles": (("news", "鹿鸣山茶叶搭上直播快车", ("魏清源",)),),
        },
        "a short line at the top followed by a byline is the page title",
    ),
    (
        _md(
            "区域经济",
            "# 霞岚镇民宿集群扩容提质",
            "霞岚镇今年新增精品民宿26家，全镇民宿床位突破3000张。",
        ),
        {"title": "区域经济", "articles": (("news", "霞岚镇民宿集群扩容提质", ()),)},
        "a short line at the top followed by a heading is the page title",
    ),
    (
        _md(
            "2024年3月12日 星期二",
            "产业观察",
            "本版编辑 唐嘉树",
            "# 鹿鸣山茶叶搭上直播快车",
            "鹿鸣山茶场今年通过直播销售春茶1.2万斤，销售额较去年翻了一番。",
        ),
        {"title": "产业观察", "articles": (("news", "鹿鸣山茶叶搭上直播快车", ()),)},
        "the page title may stand under the masthead date",
    ),
    (
        _md(
            "今年一季度，桐溪县农产品加工业实现产值21.7亿元，同比增长9.3%，精深加工比重进一步提高。",
            "# 桐溪县加工园区再添新项目",
            "本报记者 阎书朗",
            "桐溪县农产品加工园区近日集中签约项目8个，协议总投资15亿元。",
        ),
        {"title": None},
        "a page that opens with a long sentence has no page title",
    ),
    (
        _md(
            "# 石塘镇飘出咖啡香",
            "本报记者 汤予安",
            "石塘镇引进咖啡烘焙企业3家，今年咖啡豆加工量预计达到800吨。",
        ),
        {"title": None, "articles": (("news", "石塘镇飘出咖啡香", ("汤予安",)),)},
        "a short marked heading at the top is an article title, not the page title",
    ),
    # 4. editor lines
    (
        _md(
            "# 砂屿市跨境电商产业园开园",
            "本报记者 詹若溪",
            "砂屿市跨境电商产业园近日开园，首批入驻企业42家，预计年交易额超过20亿元。",
            "本版编辑 许芷宁 唐嘉树 美编 卢一帆",
        ),
        {
            "editors": (("许芷宁", "本版编辑"), ("唐嘉树", "本版编辑"), ("卢一帆", "美编")),
            "paragraphs": (
                ("砂屿市跨境电商产业园近日开园，首批入驻企业42家，预计年交易额超过20亿元。",),
            ),
        },
        "an editor line gives the page its editors with their roles, and no article text",
    ),
    (
        _md(
            "# 东汀县启动县域商业体系建设",
            "东汀县今年将改造提升乡镇商贸中心14个，新建村级便民网点120个。",
            "责任编辑：钟雨桐",
        ),
        {
            "editors": (("钟雨桐", "责任编辑"),),
            "paragraphs": (("东汀县今年将改造提升乡镇商贸中心14个，新建村级便民网点120个。",),),
        },
        "a 责任编辑 line with a full-width colon names an editor",
    ),
    # 5. column-break repair
    (
        _md(
            "# 丰源市出台稳外贸十条措施",
            "丰源市近日出台稳外贸十条措施，要求各",
            "地加快培育跨境电商、市场采购等外贸新业态。",
        ),
        {
            "paragraphs": (
                ("丰源市近日出台稳外贸十条措施，要求各地加快培育跨境电商、市场采购等外贸新业态。",),
            )
        },
        "a paragraph cut inside a word by a column break is joined to its rest",
    ),
    (
        _md(
            "# 岚渡镇冷链物流中心投运",
            "岚渡镇冷链物流中心投运后，",
            "周边果农采摘的鲜桃当天就能装车发往长三角各大商超。",
        ),
        {
            "paragraphs": (
                ("岚渡镇冷链物流中心投运后，周边果农采摘的鲜桃当天就能装车发往长三角各大商超。",),
            )
        },
        "a paragraph ending with a comma is joined to the next",
    ),
    (
        _md(
            "# 萍南县光伏产业加速集聚",
            "萍南县把光伏制造作为工业强县的首位产业，自2019",
            "年以来累计引进光伏制造项目23个，总投资超过60亿元。",
        ),
        {
            "paragraphs": (
                (
                    (
                        "萍南县把光伏制造作为工业强县的首位产业，自2019年以来累计引进光伏制造项目23个，"
                        "总投资超过60亿元。"
                    ),
                ),
            )
        },
        "a year split from its 年 by a column break is joined",
    ),
    (
        _md(
            "# 穗川镇建设高标准农田",
            "穗川镇今年新建高标准农田1.8万亩，亩均粮食产量提高约80斤。",
            "镇里还配套建设了粮食烘干中心和农机服务站。",
        ),
        {
            "paragraphs": (
                (
                    "穗川镇今年新建高标准农田1.8万亩，亩均粮食产量提高约80斤。",
                    "镇里还配套建设了粮食烘干中心和农机服务站。",
                ),
            )
        },
        "a paragraph ending with 。 is not joined to the next",
    ),
    (
        _md(
            "# 柏岗村果酒坊订单排到年底",
            "“今年的订单已经排到了年底。”柏岗村果酒坊负责人严秋生说。",
            "“我们准备再添两条灌装线。”",
            "柏岗村去年果酒销售收入达到680万元。",
        ),
        {
            "paragraphs": (
                (
                    "“今年的订单已经排到了年底。”柏岗村果酒坊负责人严秋生说。",
                    "“我们准备再添两条灌装线。”",
                    "柏岗村去年果酒销售收入达到680万元。",
                ),
            )
        },
        "a paragraph ending with a quoted full sentence is not joined to the next",
    ),
    (
        _md(
            "# 岚渡镇鲜果走出深山",
            "岚渡镇全镇种植桃、李、葡萄等鲜果5.8万亩，年产鲜果12万吨。",
            "**建好冷库群，鲜果卖出好价钱**",
            "过去鲜果集中上市时价格往往走低，如今岚渡镇建成冷库42座，鲜果可以错峰销售。",
        ),
        {
            "paragraphs": (
                (
                    "岚渡镇全镇种植桃、李、葡萄等鲜果5.8万亩，年产鲜果12万吨。",
                    "建好冷库群，鲜果卖出好价钱",
                    "过去鲜果集中上市时价格往往走低，如今岚渡镇建成冷库42座，鲜果可以错峰销售。",
                ),
            )
        },
        "a bold sub-head loses its ** and is never glued to the body",
    ),
    # 6. data boxes
    (
        _md(
            "# 云岭州经济运行稳中向好",
            "□ 本报记者 岑晓帆",
            "2024年上半年",
            "地区生产总值增速 5.8%",
            "规上工业增加值增速 7.2%",
            "固定资产投资增速 6.1%",
            "上半年，云岭州经济运行稳中向好，主要指标增速均高于全省平均水平。",
        ),
        {
            "paragraphs": (
                (
                    "2024年上半年",
                    "地区生产总值增速 5.8%",
                    "规上工业增加值增速 7.2%",
                    "固定资产投资增速 6.1%",
                    "上半年，云岭州经济运行稳中向好，主要指标增速均高于全省平均水平。",
                ),
            )
        },
        "data-box lines stay separate from each other and from the body",
    ),
    # 7. a photo caption inside an article
    (
        _md(
            "# 鲸沙湾海上风电项目全容量并网",
            "本报记者 葛天朗",
            "鲸沙湾海上风电项目近日实现全容量并网，每年可提供清洁电能约18亿千瓦时。",
            "施工人员在鲸沙湾海域吊装单机容量8.5兆瓦的风电机组叶片，海面上一派繁忙景象",
            "(资料图片)",
            "项目总投资约92亿元，共安装风电机组60台，带动当地新增就业岗位1200多个。",
        ),
        {
            "articles": (("news", "鲸沙湾海上风电项目全容量并网", ("葛天朗",)),),
            "paragraphs": (
                (
                    "鲸沙湾海上风电项目近日实现全容量并网，每年可提供清洁电能约18亿千瓦时。",
                    "施工人员在鲸沙湾海域吊装单机容量8.5兆瓦的风电机组叶片，海面上一派繁忙景象",
                    "（资料图片）",  # ASCII brackets around Chinese read as full-width
                    "项目总投资约92亿元，共安装风电机组60台，带动当地新增就业岗位1200多个。",
                ),
            ),
        },
        "a caption and its (资料图片) credit inside an article are not glued to the body",
    ),
    # 8. a heading printed after its body
    (
        _md(
            "去年以来，汇澜市围绕装备制造产业链开展精准招商，全年签约亿元以上项目47个。",
            "汇澜市还设立20亿元产业基金，重点支持链上企业技术改造。",
            "# 汇澜市装备制造链条越拉越长",
            "本报记者 卓怀瑾",
            "# 长堰县农机合作社托管服务走俏",
            "本报记者 辛若愚",
            "长堰县今年农机合作社托管耕地面积达到56万亩，比上年增加11万亩。",
        ),
        {
            "articles": (
                ("news", "汇澜市装备制造链条越拉越长", ("卓怀瑾",)),
                ("news", "长堰县农机合作社托管服务走俏", ("辛若愚",)),
            ),
        },
        "a heading and byline printed after their body, before the next heading, go to that body",
    ),
    (
        _md(
            "今年以来，鸥鸣湾旅游度假区新开放滨海步道12公里，接待游客同比增长31%。",
            "度假区还推出夜游、海钓等新业态，游客平均停留时间延长到2.4天。",
            "# 鸥鸣湾旅游度假区人气旺",
            "□ 本报记者 庞思齐",
        ),
        {"articles": (("news", "鸥鸣湾旅游度假区人气旺", ("庞思齐",)),)},
        "a heading and byline printed after their body at the page end go to that body",
    ),
    (
        _md(
            "# 砂屿市冷链物流园投用",
            "本报记者 詹若溪",
            "砂屿市冷链物流园近日投用，冷库总库容达到12万吨。",
            "本版编辑 唐嘉树",
            "今年以来，柏岗县把预制菜作为县域经济的新增长点，引进预制菜企业14家。",
            "柏岗县还建成中央厨房产业园，带动种养基地2.6万亩。",
            "# 柏岗县预制菜产业起势",
            "本报记者 汤予安",
        ),
        {
            "articles": (
                ("news", "砂屿市冷链物流园投用", ("詹若溪",)),
                ("news", "柏岗县预制菜产业起势", ("汤予安",)),
            ),
        },
        "an editor line ends an article; the untitled body after it takes its late heading",
    ),
    (
        _md(
            "# 岚溪县茶园托管见成效",
            "本报记者 葛临风",
            "岚溪县今年托管茶园3.2万亩，茶农户均增收4000元。",
            "本报记者 乔映雪",
            "记者了解到，澄浦镇新建冷库6座，果蔬损耗率明显下降。",
        ),
        {
            "articles": (
                ("news", "岚溪县茶园托管见成效", ("葛临风",)),
                ("news", None, ("乔映雪",)),
            ),
        },
        "a byline between finished paragraphs starts an untitled article (found by fuzzing)",
    ),
    # 9. advertorials
    (
        _md(
            "### 溪塘县 打造县域商贸物流新枢纽",
            "溪塘县坚持把物流降本增效作为优化营商环境的抓手，今年新建乡镇快递共配中心12个。",
            "下一步，溪塘县将持续完善县乡村三级物流配送体系。",
            "(数据来源：溪塘县委宣传部) ·广告",
            "### 鳌湖农商银行 金融活水助力渔业升级",
            "鳌湖农商银行推出“渔船贷”“塘租贷”等产品，截至6月末累计发放涉渔贷款8.6亿元。",
            "(数据来源：鳌湖农商银行) ·广告",
        ),
        {
            "sources": (
                ("advertorial", "溪塘县 打造县域商贸物流新枢纽", "溪塘县委宣传部"),
                ("advertorial", "鳌湖农商银行 金融活水助力渔业升级", "鳌湖农商银行"),
            ),
        },
        "a 数据来源 line marked ·广告 closes an advertorial and names its source",
    ),
    (
        _md(
            "### 梅坳镇 茶旅融合促增收",
            "梅坳镇依托万亩生态茶园发展乡村旅游，今年以来接待游客46万人次，带动茶农户均增收8000元。",
            "数据来源：梅坳镇人民政府",
        ),
        {"sources": (("advertorial", "梅坳镇 茶旅融合促增收", "梅坳镇人民政府"),)},
        "a bare 数据来源 line without ·广告 also makes an advertorial",
    ),
    # 10. standalone picture captions
    (
        _md(
            "# 澜川县光伏组件产能快速释放",
            "本报记者 聂远航",
            "今年一季度，澜川县光伏组件产量达到3.2吉瓦，同比增长45%。",
            GAP,
            "3月12日，在澜川县高新区的澄光新能源公司生产车间内，工人在检测光伏组件。"
            "今年以来，澜川县新增光伏制造产能2吉瓦。",
            "本版编辑 许芷宁 美编 卢一帆",
        ),
        {
            "articles": (
                ("news", "澜川县光伏组件产能快速释放", ("聂远航",)),
                ("photo", None, ()),
            ),
        },
        "a dated caption set apart by a wide gap before an editor line is a photo item",
    ),
    (
        _md(
            "# 萍南县高山蔬菜进入采收期",
            "萍南县今年种植高山蔬菜9.5万亩，预计总产量超过20万吨。",
        )
        + "\n\n"
        + _md(
            "5月20日，在萍南县石鼓屯村的高山蔬菜基地，村民们正忙着采收甘蓝。",
            "# 长堰县新建产地冷藏保鲜设施",
            "长堰县今年新建产地冷藏保鲜设施58座，新增库容4.6万吨。",
        ),
        {
            "articles": (
                ("news", "萍南县高山蔬菜进入采收期", ()),
                ("photo", None, ()),
                ("news", "长堰县新建产地冷藏保鲜设施", ()),
            ),
        },
        "a dated caption after two blank lines and before a heading is a photo item",
    ),
    (
        _md(
            "# 萍南县高山蔬菜进入采收期",
            "萍南县今年种植高山蔬菜9.5万亩，预计总产量超过20万吨。",
            GAP,
            "图为萍南县石鼓屯村的高山蔬菜基地。（资料图片）",
        ),
        {
            "articles": (
                ("news", "萍南县高山蔬菜进入采收期", ()),
                ("photo", None, ()),
            ),
        },
        "a lone paragraph closed by a credit without a name (（资料图片）) is a photo item",
    ),
    (
        _md(
            "# 萍南县高山蔬菜喜获丰收",
            "萍南县今年种植高山蔬菜9.5万亩，预计总产量超过20万吨。",
            "5月20日，在萍南县石鼓屯村的高山蔬菜基地，村民们正忙着采收甘蓝。",
            "萍南县还建成产地预冷库36座，蔬菜损耗率明显下降。",
        ),
        {"articles": (("news", "萍南县高山蔬菜喜获丰收", ()),)},
        "a dated paragraph after one blank line is body text, not a photo item",
    ),
    (
        _md(
            "# 柏岗县果酒销量攀升",
            "柏岗县今年果酒销量达到3800吨，销售收入同比增长22%。",
            GAP,
            "10月8日，柏岗县柏岗村果酒坊的工人在灌装新酿的杨梅酒。",
        ),
        {
            "articles": (
                ("news", "柏岗县果酒销量攀升", ()),
                ("photo", None, ()),
            ),
        },
        "a dated caption set apart by a wide gap at the page end is a photo item",
    ),
    (
        _md(
            "#### 澜川县光伏组件产能三年翻了两番，带动就业超万人",
            "# “追光”产业链越拉越长",
            "走进澜川县高新区的澄光新能源公司，一条条自动化产线正满负荷运转。",
        ),
        {
            "articles": (("news", "“追光”产业链越拉越长", ()),),
            "paragraphs": (
                (
                    "澜川县光伏组件产能三年翻了两番，带动就业超万人",
                    "走进澜川县高新区的澄光新能源公司，一条条自动化产线正满负荷运转。",
                ),
            ),
        },
        "of a small kicker heading and a large title heading the large one is the title",
    ),
    (
        _md(
            "# 澜川县光伏产业链越拉越长",
            "澜川县把光伏制造作为工业强县的首位产业，三年来引进上下游企业28家。",
            "2",
            "# 产能三年翻了两番",
            "产能从1吉瓦提高到3吉瓦，带动就业超万人。",
        ),
        {
            "articles": (
                ("news", "澜川县光伏产业链越拉越长", ()),
                ("news", "产能三年翻了两番", ()),
            ),
            "paragraphs": (
                ("澜川县把光伏制造作为工业强县的首位产业，三年来引进上下游企业28家。", "2"),
                ("产能从1吉瓦提高到3吉瓦，带动就业超万人。",),
            ),
        },
        "a line of only a section number is no title: it stays a paragraph where it stands",
    ),
    (
        _web(
            "澜川县光伏产业链越拉越长",
            P + "澜川县把光伏制造作为工业强县的首位产业，三年来引进上下游企业28家。",
            "澄光新能源公司的工人在装箱发运光伏组件|新华社",
            P + "产能从1吉瓦提高到3吉瓦，带动就业超万人。",
        ),
        {
            "articles": (("news", "澜川县光伏产业链越拉越长", ()),),
            "paragraphs": (
                (
                    "澜川县把光伏制造作为工业强县的首位产业，三年来引进上下游企业28家。",
                    "澄光新能源公司的工人在装箱发运光伏组件|新华社",
                    "产能从1吉瓦提高到3吉瓦，带动就业超万人。",
                ),
            ),
        },
        (
            "a line with a vertical bar (a caption and its credit, 新华社) is no title: it stays"
            " a paragraph"
        ),
    ),
    # 11. web text: kicker and title
    (
        _web(
            "澜川县光伏组件产能三年翻了两番，带动就业超万人",
            "“追光”产业链越拉越长",
            P + "走进澜川县高新区的澄光新能源公司，一条条自动化产线正满负荷运转，"
            "工人们忙着把刚下线的光伏组件装箱发运。",
            P + "澜川县把光伏制造作为工业强县的首位产业，三年来引进上下游企业28家，"
            "产能从1吉瓦提高到3吉瓦。",
        ),
        {
            "articles": (("news", "“追光”产业链越拉越长", ()),),
            "paragraphs": (
                (
                    "澜川县光伏组件产能三年翻了两番，带动就业超万人",
                    (
                        "走进澜川县高新区的澄光新能源公司，一条条自动化产线正满负荷运转，"
                        "工人们忙着把刚下线的光伏组件装箱发运。"
                    ),
                    (
                        "澜川县把光伏制造作为工业强县的首位产业，三年来引进上下游企业28家，"
                        "产能从1吉瓦提高到3吉瓦。"
                    ),
                ),
            ),
        },
        "web text: of a kicker and a title line the second is the title, the kicker a paragraph",
    ),
    (
        _web(
            "砂屿市外贸企业抢抓订单",
            P + "砂屿市今年前三季度外贸进出口总额达到286亿元，同比增长9.6%，"
            "其中民营企业进出口占比超过七成。",
            P + "砂屿市还组织120多家企业赴境外参展，累计获得意向订单超过15亿元。",
            "鳌湖镇大闸蟹开捕上市",
            P + "鳌湖镇今年大闸蟹养殖面积达到1.3万亩，开捕首周就有40多吨大闸蟹发往各地市场，"
            "线上订单同比增长三成。",
        ),
        {
            "articles": (
                ("news", "砂屿市外贸企业抢抓订单", ()),
                ("news", "鳌湖镇大闸蟹开捕上市", ()),
            ),
            "lines": ((1, 3), (4, 5)),
        },
        "web text: each bare unindented line opens a new article",
    ),
    # 12. web text: datelines and closing bylines
    (
        _web(
            "鳌湖镇大闸蟹线上销量增长三成",
            P + "本报澜州9月26日电（记者 祁望舒）今年开捕以来，澜州市鳌湖镇大闸蟹"
            "通过电商平台销售1.1万单，同比增长三成。",
            P
            + "鳌湖镇还建成蟹苗繁育基地2个，养殖户亩均收入提高到6500元，带动周边800多户渔民增收。",
        ),
        {"articles": (("news", "鳌湖镇大闸蟹线上销量增长三成", ("祁望舒",)),)},
        "web text: a dateline opening the first paragraph names the reporter",
    ),
    (
        _web(
            "岚溪县茶叶出口量创新高",
            P + "新华社岚州5月8日电　（记者 葛临风）岚溪县今年一季度出口茶叶1.6万吨，同比增长18%。",
            P + "岚溪县还建成茶叶检测中心，出口通关时间缩短到半天。",
        ),
        {"articles": (("news", "岚溪县茶叶出口量创新高", ("葛临风",)),)},
        "web text: a dateline with a space before its bracket names the reporter",
    ),
    (
        _web(
            "岚溪县茶叶出口量创新高",
            P + "某某网岚州5月8日电（葛临风 祁望舒）岚溪县今年一季度出口茶叶1.6万吨，同比增长18%。",
        ),
        {"articles": (("news", "岚溪县茶叶出口量创新高", ("葛临风", "祁望舒")),)},
        "web text: a wire's dated dateline (5月8日电) names its reporters bare, with no role word",
    ),
    (
        _web(
            "萍南县冬桃远销长三角",
            P + "萍南县今年冬桃种植面积达到4.2万亩，通过冷链专线发往长三角地区的冬桃超过1.5万吨。",
            P + "萍南县还在主产乡镇建设了分拣中心，果农每斤冬桃平均多卖0.8元。（本报记者 辛若愚）",
        ),
        {"articles": (("news", "萍南县冬桃远销长三角", ("辛若愚",)),)},
        "web text: a closing bracketed 本报记者 byline names the reporter",
    ),
    (
        _web(
            "长堰县打造县域物流共配体系",
            P + "长堰县整合邮政、快递和供销物流资源，建成县级共配中心1个、乡镇共配站点17个，"
            "农村快递平均配送时间缩短一天。",
            P + "共配体系运行以来，全县农产品网络零售额同比增长27%。（经济日报记者 卓怀瑾 庞思齐）",
        ),
        {"articles": (("news", "长堰县打造县域物流共配体系", ("卓怀瑾", "庞思齐")),)},
        "web text: a closing 经济日报记者 byline with two names names both",
    ),
    (
        _web(
            "穗川镇稻虾共作亩均增收",
            P + "穗川镇推广稻虾共作模式3.6万亩，每亩稻田在产出优质稻谷的同时还能收获小龙虾150斤。",
            P + f"稻虾共作让农户亩均增收2000元以上。（本报记者 骆{NBSP}{NBSP}川）",
        ),
        {"articles": (("news", "穗川镇稻虾共作亩均增收", ("骆川",)),)},
        "web text: a name padded with no-break spaces in a closing byline comes back whole",
    ),
    # 14. web text: a photo item
    (
        _web(
            "汇澜市新能源汽车产量快速增长",
            P + "今年前8个月，汇澜市新能源汽车产量达到11.2万辆，同比增长63%，"
            "整车企业本地配套率提高到58%。",
            "鲸沙湾渔港开海忙",
            P + "9月16日，鲸沙湾渔港的渔船满载而归，渔民们忙着分拣、装运海鲜，港区一片繁忙景象。",
            P + "聂远航摄",
            "溪塘县电商直播基地开播",
            P + "溪塘县电商直播基地近日开播，首批入驻直播团队35个，"
            "主要销售当地茶叶、笋干等特色农产品。",
        ),
        {
            "articles": (
                ("news", "汇澜市新能源汽车产量快速增长", ()),
                ("photo", "鲸沙湾渔港开海忙", ("聂远航",)),
                ("news", "溪塘县电商直播基地开播", ()),
            ),
        },
        "web text: a title, an indented caption and a 摄 credit make a photo item",
    ),
    (
        _web(
            "鲸沙湾渔港开海忙",
            P + "9月16日，鲸沙湾渔港的渔船满载而归，渔民们忙着分拣、装运海鲜，"
            "港区一片繁忙景象。聂远航摄（海岸视觉）",
        ),
        {"articles": (("photo", "鲸沙湾渔港开海忙", ("聂远航",)),)},
        "web text: a caption closing with its 摄 credit is a photo item",
    ),
    # 15. web text is never glued
    (
        _web(
            "岚渡镇鲜果搭上冷链快车",
            P + "岚渡镇是远近闻名的水果之乡，全镇种植桃、李、葡萄等鲜果5.8万亩，年产鲜果12万吨。",
            P + "建好冷库群，鲜果卖出好价钱",
            P + "过去鲜果集中上市时价格往往走低，如今岚渡镇建成冷库42座，"
            "鲜果可以错峰销售，每斤平均多卖1元。",
        ),
        {
            "paragraphs": (
                (
                    (
                        "岚渡镇是远近闻名的水果之乡，全镇种植桃、李、葡萄等鲜果5.8万亩，"
                        "年产鲜果12万吨。"
                    ),
                    "建好冷库群，鲜果卖出好价钱",
                    (
                        "过去鲜果集中上市时价格往往走低，如今岚渡镇建成冷库42座，"
                        "鲜果可以错峰销售，每斤平均多卖1元。"
                    ),
                ),
            )
        },
        "web text: an indented sub-head without final punctuation is a paragraph of its own",
    ),
    # 16. web text: a one-line advertorial
    (
        _web(
            "穗川镇粮食烘干能力大幅提升",
            P + "穗川镇今年新建粮食烘干中心3座，日烘干能力达到900吨，"
            "秋粮收获期间再也不用担心阴雨天气。",
            "",
            "鳌湖镇 擦亮生态渔业金名片"
            + IS
            + "鳌湖镇坚持生态养殖与休闲渔业融合发展，今年建成标准化养殖池塘3200亩，"
            "渔业产值达到4.7亿元。"
            + IS
            + "下一步，鳌湖镇将继续打造渔旅融合示范带，让绿水青山持续释放生态红利。"
            + IS
            + "（数据来源：鳌湖镇人民政府）",
        ),
        {
            "sources": (
                ("news", "穗川镇粮食烘干能力大幅提升", None),
                ("advertorial", "鳌湖镇 擦亮生态渔业金名片", "鳌湖镇人民政府"),
            ),
            "paragraphs": (
                (
                    (
                        "穗川镇今年新建粮食烘干中心3座，日烘干能力达到900吨，"
                        "秋粮收获期间再也不用担心阴雨天气。"
                    ),
                ),
                (
                    (
                        "鳌湖镇坚持生态养殖与休闲渔业融合发展，今年建成标准化养殖池塘3200亩，"
                        "渔业产值达到4.7亿元。"
                    ),
                    "下一步，鳌湖镇将继续打造渔旅融合示范带，让绿水青山持续释放生态红利。",
                ),
            ),
        },
        "web text: a one-line advertorial is split at U+3000 into title, paragraphs and source",
    ),
    (
        _md(
            "# 砂屿市冷链物流园投用",
            "本报记者 詹若溪",
            "砂屿市冷链物流园近日投用，冷库总库容达到12万吨。",
            "图为物流园内的分拣中心。" + IS + IS + "汤" + IS + "宁摄",
        ),
        {
            "paragraphs": (
                (
                    "砂屿市冷链物流园近日投用，冷库总库容达到12万吨。",
                    "图为物流园内的分拣中心。" + IS + IS + "汤" + IS + "宁摄",
                ),
            ),
        },
        "a name padded with U+3000 (汤　宁摄) is not split off a line as paragraphs",
    ),
]

# Cases the implementation does not pass yet: rule -> what goes wrong.
KNOWN_GAPS: dict[str, str] = {}


def _view(brief: Brief, fields: dict[str, object]) -> dict[str, object]:
    """The fields of a Brief that a case is about, as plain tuples."""
    views: dict[str, object] = {
        "title": brief.title,
        "editors": tuple((p.name, p.role) for p in brief.editors),
        "articles": tuple((a.kind.value, a.title, a.reporters) for a in brief.articles),
        "sources": tuple((a.kind.value, a.title, a.source) for a in brief.articles),
        "paragraphs": tuple(a.paragraphs for a in brief.articles),
        "lines": tuple(a.lines for a in brief.articles),
    }
    return {name: views[name] for name in fields}


# Markup the page prints that no field keeps: byline roles (with the employer, which a credit
# in brackets may give in any words), the ad marker, credit 摄.
_MARKUP = re.compile(
    r"(?<=[（(])[\u4e00-\u9fff]{1,6}?记者|数据来源|广告|摄$|\s(?:摄影)?报道$"
    r"|(?:本报|[\u4e00-\u9fff·]{2,10}?(?:日报|网))?(?:全媒体|融媒体|首席)?(?:记者|通讯员|作者)"
)
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
SNIPPETS = list(dict.fromkeys(case[0] for case in CASES))


def _kept_text(brief: Brief) -> str:
    """Every piece of text the Brief keeps from its page."""
    pieces = [brief.title or ""]
    pieces += [f"{p.name}|{p.role}" for p in brief.editors]
    for article in brief.articles:
        pieces += [article.title or "", article.source or "", *article.reporters]
        pieces += article.paragraphs
    return "|".join(pieces)


def _lost_runs(text: str) -> list[str]:
    """The runs of Chinese characters of non-blank input lines that the Brief lost."""
    brief = regionbrief.parse(text)
    kept = _kept_text(brief)
    return [
        run
        for line in text.splitlines()
        if not (brief.published and is_masthead(line))  # the date goes to Brief.published
        for run in _CJK_RUN.findall(_MARKUP.sub("", line.strip()))
        if run not in kept
    ]


TABLES: dict[str, Sequence[tuple[object, ...]]] = {"CASES": CASES}


class TestCases(TableChecks):
    tables = TABLES
    gaps = KNOWN_GAPS
    least = 20
    least_each = 1
    most_gaps = 5


class TestStructure:
    @pytest.mark.parametrize(("snippet", "expected", "rule"), params(CASES, KNOWN_GAPS))
    def test_rule(self, snippet: str, expected: dict[str, object], rule: str) -> None:
        """A page snippet comes out with the structure its rule says."""
        assert rule
        actual = _view(regionbrief.parse(snippet), expected)
        assert expected == actual

    @pytest.mark.parametrize("snippet", SNIPPETS)
    def test_ids_count_up(self, snippet: str) -> None:
        """Article ids are a1, a2, ... in reading order."""
        brief = regionbrief.parse(snippet)
        expected = tuple(f"a{n}" for n in range(1, len(brief.articles) + 1))
        assert expected == tuple(a.id for a in brief.articles)

    @pytest.mark.parametrize("snippet", SNIPPETS)
    def test_spans_ordered(self, snippet: str) -> None:
        """Article line spans lie in the input, in order, without overlapping."""
        brief = regionbrief.parse(snippet)
        bounds = [n for a in brief.articles for n in a.lines]
        assert sorted(bounds) == bounds
        assert all(a.lines[0] <= a.lines[1] for a in brief.articles)
        assert all(a.lines[1] < b.lines[0] for a, b in pairwise(brief.articles))
        assert all(1 <= n <= len(snippet.splitlines()) for n in bounds)

    @pytest.mark.parametrize("snippet", SNIPPETS)
    def test_no_text_lost(self, snippet: str) -> None:
        """The Chinese text of every input line is kept somewhere in the Brief."""
        assert [] == _lost_runs(snippet)
