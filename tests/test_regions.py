"""Regions: places named in a text, resolved to China's division codes.

Each case is a hand-written snippet of regional-economy news, the regions the
rule decides it names, and the rule it shows.  ``expected`` lists every region
found, first mention first, so that a place found by mistake fails the case
too.  Each region is ``(name, level, code, within)``: its canonical name, its
level, its code (``None`` below county) and the names above it, ``/``-joined.

The provinces, cities, counties and towns are real (checked against
``data/divisions.tsv`` and ``data/towns.tsv``: a town the table lacks is no town);
the events, firms, people and villages are invented.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

import regionbrief
from regionbrief import Brief, Region
from regionbrief._gazetteer import gazetteer
from tests.tables import TableChecks, params

View = tuple[str, str, str | None, str]
"""A region as ``(name, level, code, within)``."""

Case = tuple[str, tuple[View, ...], str]
DatedCase = tuple[str, dt.date | None, tuple[View, ...], str]
PageCase = tuple[str, tuple[tuple[str | None, View | None], ...], str]

GAP = ""  # a block of its own in _md(): three blank lines instead of one
PUBLISHED = dt.date(2024, 6, 1)

ZJ = "浙江省"
HZ = "浙江省/杭州市"
JD = "浙江省/杭州市/建德市"
NMG = "内蒙古自治区"
GX = "广西壮族自治区"


def _md(*blocks: str) -> str:
    """A markdown-like page: one blank line between printed lines."""
    return "\n\n".join(blocks) + "\n"


def _view(regions: list[Region] | tuple[Region, ...]) -> tuple[View, ...]:
    """Regions as plain ``(name, level, code, within)`` tuples."""
    return tuple((r.name, str(r.level), r.code, "/".join(r.path[:-1])) for r in regions)


def _one(region: Region | None) -> View | None:
    """A region as a plain tuple, or ``None``."""
    return _view((region,))[0] if region is not None else None


CASES: list[Case] = [
    # 1. short forms: provinces
    (
        "河南今年夏粮收购量同比增长一成，面粉加工企业开足马力。",
        (("河南省", "province", "410000", ""),),
        "a province's short form alone names the province",
    ),
    (
        "内蒙古风电装机容量突破一亿千瓦，新能源装备订单饱满。",
        (("内蒙古自治区", "province", "150000", ""),),
        "内蒙古 names the autonomous region",
    ),
    (
        "广西甘蔗收榨进度过半，糖企日处理能力提高两成。",
        (("广西壮族自治区", "province", "450000", ""),),
        "广西 names the autonomous region without its nationality",
    ),
    (
        "新疆长绒棉采收机械化率超过九成，轧花厂陆续开机。",
        (("新疆维吾尔自治区", "province", "650000", ""),),
        "新疆 names the autonomous region",
    ),
    (
        "宁夏枸杞鲜果出口订单增加，冷链运输车辆排起长队。",
        (("宁夏回族自治区", "province", "640000", ""),),
        "宁夏 names the autonomous region",
    ),
    (
        "海南热带水果冷链专列开行，荔枝当天就能运抵北方市场。",
        (("海南省", "province", "460000", ""),),
        "a province's short form that is also a county's short form names the province",
    ),
    # 1. short forms: prefectures and counties
    (
        "金华小商品出口额同比增长12%，跨境电商包裹量创新高。",
        (("金华市", "prefecture", "330700", ZJ),),
        "a prefecture's short form alone names the prefecture",
    ),
    (
        "义乌小商品城日均客流突破20万人次。",
        (),
        "a county's short form alone is not read as the county",
    ),
    (
        "金华义乌两地联合举办进口商品博览会。",
        (
            ("金华市", "prefecture", "330700", ZJ),
            ("义乌市", "county", "330782", "浙江省/金华市"),
        ),
        "a county's short form right after its city names the county",
    ),
    (
        "义乌小商品城客流回升，金华全市外贸进出口同比增长9%。",
        (
            ("义乌市", "county", "330782", "浙江省/金华市"),
            ("金华市", "prefecture", "330700", ZJ),
        ),
        "a county's short form counts when its city is named elsewhere in the text",
    ),
    (
        "浙江义乌小商品出口额再创新高。",
        (
            ("浙江省", "province", "330000", ""),
            ("义乌市", "county", "330782", "浙江省/金华市"),
        ),
        "a county's short form right after its province names the county",
    ),
    (
        "佛山顺德家电企业加快布局海外仓。",
        (
            ("佛山市", "prefecture", "440600", "广东省"),
            ("顺德区", "county", "440606", "广东省/佛山市"),
        ),
        "a district's short form after its city names the district",
    ),
    # 1. short forms: autonomous prefectures and counties
    (
        "延边州人参加工企业新上两条生产线。",
        (("延边朝鲜族自治州", "prefecture", "222400", "吉林省"),),
        "an autonomous prefecture's short form with 州 names it",
    ),
    (
        "黔东南州苗绣产品订单排到明年春天。",
        (("黔东南苗族侗族自治州", "prefecture", "522600", "贵州省"),),
        "an autonomous prefecture of two nationalities is named by its place and 州",
    ),
    (
        "河池大化新建库区生态渔业基地，网箱养鱼全部退出。",
        (
            ("河池市", "prefecture", "451200", GX),
            ("大化瑶族自治县", "county", "451229", "广西壮族自治区/河池市"),
        ),
        "an autonomous county's short form right after its city names the county",
    ),
    (
        "大化库区生态渔业基地建成投产，养殖户人均增收4000元。",
        (),
        "an autonomous county's short form alone is not read as the county",
    ),
    (
        "乐山峨边茶叶加工园区建成投产。",
        (
            ("乐山市", "prefecture", "511100", "四川省"),
            ("峨边彝族自治县", "county", "511132", "四川省/乐山市"),
        ),
        "an autonomous county's place name after its city names the county",
    ),
    # 1. short forms: banners
    (
        "达茂旗牧民合作社今年出栏肉羊8万只。",
        (("达尔罕茂明安联合旗", "county", "150223", "内蒙古自治区/包头市"),),
        "a banner's customary short form names the banner on its own",
    ),
    (
        "科右前旗稻米品牌亮相农产品展销会。",
        (("科尔沁右翼前旗", "county", "152221", "内蒙古自治区/兴安盟"),),
        "科右前旗 is 科尔沁右翼前旗 of 兴安盟",
    ),
    (
        "土左旗乳业产业园新签约项目5个。",
        (("土默特左旗", "county", "150121", "内蒙古自治区/呼和浩特市"),),
        "土左旗 is 土默特左旗 of 呼和浩特",
    ),
    (
        "科左中旗肉牛养殖规模扩大到60万头。",
        (("科尔沁左翼中旗", "county", "150521", "内蒙古自治区/通辽市"),),
        "科左中旗 is 科尔沁左翼中旗 of 通辽",
    ),
    (
        "内蒙古包头达茂旗风电项目全容量并网。",
        (
            ("内蒙古自治区", "province", "150000", ""),
            ("包头市", "prefecture", "150200", NMG),
            ("达尔罕茂明安联合旗", "county", "150223", "内蒙古自治区/包头市"),
        ),
        "a banner's short form in a chain takes its place under its city",
    ),
    # 2. chains
    (
        "浙江省杭州市建德市乾潭镇新建农产品物流中心。",
        (
            ("浙江省", "province", "330000", ""),
            ("杭州市", "prefecture", "330100", ZJ),
            ("建德市", "county", "330182", HZ),
            ("乾潭镇", "township", None, JD),
        ),
        "a full chain gives every level, each with its path",
    ),
    (
        "浙江温州乐清市电气产业集群年产值突破千亿元。",
        (
            ("浙江省", "province", "330000", ""),
            ("温州市", "prefecture", "330300", ZJ),
            ("乐清市", "county", "330382", "浙江省/温州市"),
        ),
        "a chain of short forms gives every level",
    ),
    (
        "江西省吉安市永丰县佐龙乡蜜桔喜获丰收。",
        (
            ("江西省", "province", "360000", ""),
            ("吉安市", "prefecture", "360800", "江西省"),
            ("永丰县", "county", "360825", "江西省/吉安市"),
            ("佐龙乡", "township", None, "江西省/吉安市/永丰县"),
        ),
        "a 乡 at the end of a chain is a township under its county",
    ),
    (
        "建德市乾潭镇梓源村今年接待游客增长三成。",
        (
            ("建德市", "county", "330182", HZ),
            ("乾潭镇", "township", None, JD),
            ("梓源村", "village", None, "浙江省/杭州市/建德市/乾潭镇"),
        ),
        "a village right after its town takes the town's path",
    ),
    (
        "建德市乾潭镇宝山村推进庭院经济。",
        (
            ("建德市", "county", "330182", HZ),
            ("乾潭镇", "township", None, JD),
            ("宝山村", "village", None, "浙江省/杭州市/建德市/乾潭镇"),
        ),
        "a village after its town may end in a word (宝山村: 山村), one character longer",
    ),
    (
        "建德市空心村整治全部完成，乾潭镇入选全省十强村名单。",
        (("建德市", "county", "330182", HZ), ("乾潭镇", "township", None, JD)),
        "kinds of village (空心村, 十强村) are words, not villages, after a place or not",
    ),
    (
        "芜湖市鸠江区湾里街道大桥社区新增便民服务站。",
        (
            ("芜湖市", "prefecture", "340200", "安徽省"),
            ("鸠江区", "county", "340207", "安徽省/芜湖市"),
            ("湾里街道", "township", None, "安徽省/芜湖市/鸠江区"),
            ("大桥社区", "village", None, "安徽省/芜湖市/鸠江区/湾里街道"),
        ),
        "a 社区 after its 街道 is a village-level place under the street",
    ),
    (
        "鄂托克旗苏米图苏木查干嘎查新建饲草料基地。",
        (
            ("鄂托克旗", "county", "150624", "内蒙古自治区/鄂尔多斯市"),
            ("苏米图苏木", "township", None, "内蒙古自治区/鄂尔多斯市/鄂托克旗"),
            ("查干嘎查", "village", None, "内蒙古自治区/鄂尔多斯市/鄂托克旗/苏米图苏木"),
        ),
        "a 嘎查 after its 苏木 after its banner gives the pastoral chain",
    ),
    (
        "鄂托克旗苏米图苏木巴音乌素嘎查牧民人均收入增长8%。",
        (
            ("鄂托克旗", "county", "150624", "内蒙古自治区/鄂尔多斯市"),
            ("苏米图苏木", "township", None, "内蒙古自治区/鄂尔多斯市/鄂托克旗"),
            ("巴音乌素嘎查", "village", None, "内蒙古自治区/鄂尔多斯市/鄂托克旗/苏米图苏木"),
        ),
        "a 嘎查 with a four-character name after its 苏木 is whole",
    ),
    (
        "杭州乾潭镇新建农产品冷链仓库。",
        (
            ("杭州市", "prefecture", "330100", ZJ),
            ("乾潭镇", "township", None, JD),
        ),
        "a town right after its city goes under the county that has it",
    ),
    (
        "新疆喀什疏附县棉纺项目建成投产。",
        (
            ("新疆维吾尔自治区", "province", "650000", ""),
            ("喀什地区", "prefecture", "653100", "新疆维吾尔自治区"),
            ("疏附县", "county", "653121", "新疆维吾尔自治区/喀什地区"),
        ),
        "a 地区's short form in a chain names the prefecture-level 地区",
    ),
    (
        "湖北仙桃非织造布产业年产值突破300亿元。",
        (
            ("湖北省", "province", "420000", ""),
            ("仙桃市", "county", "429004", "湖北省"),
        ),
        "a county-level city directly under its province has the province as its parent",
    ),
    (
        "上海浦东新区集成电路产业规模突破3000亿元。",
        (
            ("上海市", "province", "310000", ""),
            ("浦东新区", "county", "310115", "上海市"),
        ),
        "a 新区 that is a division is a county, not a zone",
    ),
    # 4. roads
    (
        "广州路商圈改造后客流回升三成。",
        (),
        "a road named after a city is not the city",
    ),
    (
        "南京广州路沿街商铺完成焕新改造。",
        (("南京市", "prefecture", "320100", "江苏省"),),
        "the city a road lies in counts, the city the road is named after does not",
    ),
    (
        "长沙芙蓉路沿线写字楼入驻率持续上升。",
        (("长沙市", "prefecture", "430100", "湖南省"),),
        "a road named after a district is not the district even when its city is named",
    ),
    (
        "武汉中山大道步行街夜间消费火爆。",
        (("武汉市", "prefecture", "420100", "湖北省"),),
        "a 大道 named after a city is not the city",
    ),
    (
        "焦作市解放街夜市摊位扩充到200个。",
        (("焦作市", "prefecture", "410800", "河南省"),),
        "a 街 named like a district of the city is not the district",
    ),
    (
        "日照市东港区北京路街道新增便民服务点。",
        (
            ("日照市", "prefecture", "371100", "山东省"),
            ("东港区", "county", "371102", "山东省/日照市"),
            ("北京路街道", "township", None, "山东省/日照市/东港区"),
        ),
        "a 街道 named after a road named after a city is a street, not the city",
    ),
    (
        "北京路街道今年新增规上服务业企业6家。",
        (),
        "a 北京路街道 with no county named is neither 北京 nor placed anywhere",
    ),
    # 5. split words
    (
        "河南县级市经济实力稳步增强。",
        (("河南省", "province", "410000", ""),),
        "河南县级市 is 河南 followed by 县级市, not 南县",
    ),
    (
        "湖南南县稻虾共作面积扩大到50万亩。",
        (
            ("湖南省", "province", "430000", ""),
            ("南县", "county", "430921", "湖南省/益阳市"),
        ),
        "南县 after 湖南 is read once the province's name has ended",
    ),
    (
        "渔业大户王长海新建冷库两座。",
        (),
        "a short form inside a person's name is not a county",
    ),
    (
        "大连渔业大户王长海新建冷库两座。",
        (("大连市", "prefecture", "210200", "辽宁省"),),
        "a short form inside a person's name is not a county even when its city is named",
    ),
    (
        "农民合作社带动周边农户户均增收6000元。",
        (),
        "合作社 is a common word, not 合作市",
    ),
    (
        "甘南州农民合作社带动牧民户均增收。",
        (("甘南藏族自治州", "prefecture", "623000", "甘肃省"),),
        "合作社 is not 合作市 even when 甘南州 is named",
    ),
    (
        "用好资源禀赋，做强特色产业。",
        (),
        "资源 in a common phrase is not 资源县",
    ),
    (
        "桂林资源红提进入采摘期。",
        (
            ("桂林市", "prefecture", "450300", GX),
            ("资源县", "county", "450329", "广西壮族自治区/桂林市"),
        ),
        "资源 right after 桂林 is 资源县",
    ),
    (
        "东莞东城街道新增规上工业企业15家。",
        (
            ("东莞市", "prefecture", "441900", "广东省"),
            ("东城街道", "township", None, "广东省/东莞市"),
        ),
        "a named city's 东城街道 is a street, not 北京's 东城区",
    ),
    (
        "正镶白旗明安图镇牧民合作社出栏肉羊增长。",
        (
            ("正镶白旗", "county", "152529", "内蒙古自治区/锡林郭勒盟"),
            ("明安图镇", "township", None, "内蒙古自治区/锡林郭勒盟/正镶白旗"),
        ),
        "a county's short form inside a town's name (安图 of 明安图镇) does not split it",
    ),
    (
        "建德市乾潭镇白沙村发展精品民宿。",
        (
            ("建德市", "county", "330182", HZ),
            ("乾潭镇", "township", None, JD),
            ("白沙村", "village", None, "浙江省/杭州市/建德市/乾潭镇"),
        ),
        "a village named like a county (白沙) is a village of its town",
    ),
    (
        "建德市乾潭镇向阳村发展精品民宿，走进和平村，游客络绎不绝。",
        (
            ("建德市", "county", "330182", HZ),
            ("乾潭镇", "township", None, JD),
            ("向阳村", "village", None, "浙江省/杭州市/建德市/乾潭镇"),
            ("和平村", "village", None, "浙江省/杭州市/建德市/乾潭镇"),
        ),
        "a village name may open with a stop character (向, 和) when it would be too short without",
    ),
    (
        "建德市乾潭镇余庄村发展精品民宿，在乡镇和村两级推动资金向村倾斜。",
        (
            ("建德市", "county", "330182", HZ),
            ("乾潭镇", "township", None, JD),
            ("余庄村", "village", None, "浙江省/杭州市/建德市/乾潭镇"),
        ),
        "a stop character opens a two-character village name (余庄村), never one alone (和村)",
    ),
    (
        "建德市乾潭镇各村把扶持资金拨付到村，干部进村入户。",
        (
            ("建德市", "county", "330182", HZ),
            ("乾潭镇", "township", None, JD),
        ),
        "各村, 到村 and 进村 are no villages: 各, 到 and 进 never open a village name",
    ),
    (
        "建德市大力发展乡村旅游，在推进乡村振兴中深化镇街改革，加快建设中心镇。",
        (("建德市", "county", "330182", HZ),),
        (
            "a township's name is a town of the towns table: 大力发展乡, 推进乡, 深化镇,"
            " 加快建设中心镇 are words that end in a suffix, even after a county or 在"
        ),
    ),
    (
        "建德市打造智慧社区，发展强村公司，推进千村示范、百村提升，多地上榜强村。",
        (("建德市", "county", "330182", HZ),),
        (
            "a verb that opens a longer run before a village suffix makes a phrase (打造智慧社区,"
            " 发展强村), and magnitudes alone count villages (千村, 百村): no village"
        ),
    ),
    (
        "建德市乾潭镇发展茶叶加工，“车间明年竣工。”白石村党支部书记介绍。",
        (
            ("建德市", "county", "330182", HZ),
            ("乾潭镇", "township", None, JD),
            ("白石村", "village", None, "浙江省/杭州市/建德市/乾潭镇"),
        ),
        (
            "a village right before an office of it (党支部书记, 村委会主任) is a place, placed in"
            " the town the article named"
        ),
    ),
    (
        "核桃节在漾濞县光明村开幕。",
        (
            ("漾濞彝族自治县", "county", "532922", "云南省/大理白族自治州"),
            ("光明村", "village", None, "云南省/大理白族自治州/漾濞彝族自治县"),
        ),
        (
            "a former full name (漾濞县, before it became 漾濞彝族自治县) names its county alone,"
            " and is never read into the name of the village after it"
        ),
    ),
    (
        "建德市乾潭镇发展茶产业。白石村19户村民成立合作社；下溪村的茶园扩大到500亩。",
        (
            ("建德市", "county", "330182", HZ),
            ("乾潭镇", "township", None, JD),
            ("白石村", "village", None, "浙江省/杭州市/建德市/乾潭镇"),
            ("下溪村", "village", None, "浙江省/杭州市/建德市/乾潭镇"),
        ),
        (
            "a village opening its clause before 的 or a count (白石村19户村民, 下溪村的茶园)"
            " is its subject, placed in the town the article named"
        ),
    ),
    (
        "建德市乾潭镇建立晾晒机制，激励村党组织争先创优，发展村的产业。",
        (("建德市", "county", "330182", HZ), ("乾潭镇", "township", None, JD)),
        ("a verb before 村 opening a clause (激励村党组织, 整治村容村貌) names no village"),
    ),
    (
        "丹阳市加快产业升级。记者走进吕城镇，看到一片繁忙景象。",
        (
            ("丹阳市", "county", "321181", "江苏省/镇江市"),
            ("吕城镇", "township", None, "江苏省/镇江市/丹阳市"),
        ),
        (
            "a town whose name ends in a word (吕城镇: 城镇) is read after a word of place (走进,"
            " 到, 在), where the towns table puts it in a county the article names"
        ),
    ),
    (
        "丹阳市推进新型城镇化，在小城镇建设中补短板。",
        (("丹阳市", "county", "321181", "江苏省/镇江市"),),
        (
            "after a place word, a word ending in 城镇 that no town near the article has (小城镇)"
            " is no town"
        ),
    ),
    (
        "金融活水滴灌县域经济，建德市做强特色产业。",
        (("建德市", "county", "330182", HZ),),
        (
            "a two-character name whose suffix opens a word with what follows (滴灌县域: 灌县, a"
            " former name, and 县域) is no mention"
        ),
    ),
    (
        "建德市加强生态保护和县域统筹，每户县级补贴500元。",
        (("建德市", "county", "330182", HZ),),
        (
            "a two-character full name opening with a function or measure word (和县, 户县) is read"
            " only as a short form is: 保护和县域, 每户县级 name no county"
        ),
    ),
    (
        "建德市清理乡道和田间道路。",
        (("建德市", "county", "330182", HZ),),
        (
            "a short form opening with a function word (和田) is read at any level only after its"
            " parent or beside the place above it: 乡道和田间 names no prefecture"
        ),
    ),
    (
        "新疆维吾尔自治区和田发展红枣产业。",
        (
            ("新疆维吾尔自治区", "province", "650000", ""),
            ("和田地区", "prefecture", "653200", "新疆维吾尔自治区"),
        ),
        "such a short form right after its parent is the place",
    ),
    (
        "安徽省马鞍山市和县发展特色农业。",
        (
            ("安徽省", "province", "340000", ""),
            ("马鞍山市", "prefecture", "340500", "安徽省"),
            ("和县", "county", "340523", "安徽省/马鞍山市"),
        ),
        "such a name right after its parent is the county",
    ),
    (
        "建德市乾潭镇新建村的茶农增收。",
        (
            ("建德市", "county", "330182", HZ),
            ("乾潭镇", "township", None, JD),
            ("新建村", "village", None, "浙江省/杭州市/建德市/乾潭镇"),
        ),
        "a verb alone before a village suffix may be the name (新建村, 建设村 are common names)",
    ),
    (
        "建德市洋溪镇的企业扩大生产。",
        (
            ("建德市", "county", "330182", HZ),
            ("洋溪镇", "township", None, JD),
        ),
        (
            "a town is known by its stem with any township suffix (the table's 洋溪街道): a town"
            " renamed from 镇 to 街道 is named as it was on pages from before the change"
        ),
    ),
    (
        "建德市在莲花镇建设茶叶加工厂。",
        (
            ("建德市", "county", "330182", HZ),
            ("莲花镇", "township", None, JD),
        ),
        "a town whose name starts with a far county's short form stays in the county named",
    ),
    # 6. organisation names
    (
        "郑州银行今年发放普惠小微贷款超百亿元。",
        (("郑州市", "prefecture", "410100", "河南省"),),
        "the city in a bank's name counts",
    ),
    (
        "吉安市博物馆推出红色文化研学线路。",
        (("吉安市", "prefecture", "360800", "江西省"),),
        "the city in a museum's name counts",
    ),
    (
        "青岛啤酒今年一季度产量同比增长6%。",
        (("青岛市", "prefecture", "370200", "山东省"),),
        "the city in a brand's name counts",
    ),
    (
        "宁波舟山港货物吞吐量连续多年居全球首位。",
        (
            ("宁波市", "prefecture", "330200", ZJ),
            ("舟山市", "prefecture", "330900", ZJ),
        ),
        "both cities in a port's name count",
    ),
    # 7. slogans and quoted names
    (
        "抚州打响“人文金溪”文旅品牌。",
        (("抚州市", "prefecture", "361000", "江西省"),),
        "a county inside a quoted slogan does not count, even with its city named",
    ),
    (
        "泉州持续深化“晋江经验”，民营企业数量增长。",
        (("泉州市", "prefecture", "350500", "福建省"),),
        "a county inside a quoted programme name does not count",
    ),
    (
        "《湖南日报》刊发长沙夜经济专题报道。",
        (("长沙市", "prefecture", "430100", "湖南省"),),
        "a province inside book-title marks belongs to the title",
    ),
    (
        "“温州”品牌服装亮相国际时装周。",
        (("温州市", "prefecture", "330300", ZJ),),
        "a quote that is only a city's name names the city",
    ),
    (
        "浙江金华擦亮“义乌”这块金字招牌。",
        (
            ("浙江省", "province", "330000", ""),
            ("金华市", "prefecture", "330700", ZJ),
            ("义乌市", "county", "330782", "浙江省/金华市"),
        ),
        "a quote that is only a county's name names the county when its city is named",
    ),
    # 8. ambiguous county names
    (
        "朝阳区新增科技型企业300余家。",
        (),
        "an ambiguous district name with nothing to resolve it is left out",
    ),
    (
        "北京朝阳区国际消费中心建设提速。",
        (
            ("北京市", "province", "110000", ""),
            ("朝阳区", "county", "110105", "北京市"),
        ),
        "an ambiguous district right after its city is that city's",
    ),
    (
        "朝阳区新增科技型企业数量占北京全市三成。",
        (
            ("朝阳区", "county", "110105", "北京市"),
            ("北京市", "province", "110000", ""),
        ),
        "an ambiguous district is resolved by a city named later in the text",
    ),
    (
        "吉林长春朝阳区商圈客流回升。",
        (
            ("吉林省", "province", "220000", ""),
            ("长春市", "prefecture", "220100", "吉林省"),
            ("朝阳区", "county", "220104", "吉林省/长春市"),
        ),
        "长春's 朝阳区 is not 北京's",
    ),
    (
        "辽宁朝阳设施农业面积突破百万亩。",
        (
            ("辽宁省", "province", "210000", ""),
            ("朝阳市", "prefecture", "211300", "辽宁省"),
        ),
        "朝阳 after 辽宁 is 朝阳市, the larger of the two 朝阳 inside 辽宁",
    ),
    (
        "鼓楼区老字号焕新，南京文旅消费回暖。",
        (
            ("鼓楼区", "county", "320106", "江苏省/南京市"),
            ("南京市", "prefecture", "320100", "江苏省"),
        ),
        "of four 鼓楼区 the one whose city the text names wins",
    ),
    (
        "福州鼓楼区数字经济核心产业增加值增长。",
        (
            ("福州市", "prefecture", "350100", "福建省"),
            ("鼓楼区", "county", "350102", "福建省/福州市"),
        ),
        "福州's 鼓楼区 is not 南京's",
    ),
    (
        "鼓楼区夜间经济集聚区再添新地标。",
        (),
        "鼓楼区 alone is never guessed",
    ),
    (
        "普陀区渔业加快转型，远洋捕捞产量增长。",
        (),
        "普陀区 alone (上海 or 舟山) is left out",
    ),
    (
        "石家庄新华区老旧小区改造全面完工。",
        (
            ("石家庄市", "prefecture", "130100", "河北省"),
            ("新华区", "county", "130105", "河北省/石家庄市"),
        ),
        "新华区 after 石家庄 is 石家庄's",
    ),
    # 9. nested candidates
    (
        "长沙今年新增市场主体逾20万户。",
        (("长沙市", "prefecture", "430100", "湖南省"),),
        "长沙 is 长沙市, not the 长沙县 inside it",
    ),
    (
        "长沙县工程机械产业集群产值突破千亿元。",
        (("长沙县", "county", "430121", "湖南省/长沙市"),),
        "长沙县 written in full is the county",
    ),
    (
        "吉林今年粮食总产量稳定在800亿斤以上。",
        (("吉林省", "province", "220000", ""),),
        "吉林 alone is the province, not the 吉林市 inside it",
    ),
    (
        "吉林市人民政府出台民营经济扶持政策。",
        (("吉林市", "prefecture", "220200", "吉林省"),),
        "吉林市 written in full is the city",
    ),
    (
        "抚顺今年新增规上工业企业40家。",
        (("抚顺市", "prefecture", "210400", "辽宁省"),),
        "抚顺 is 抚顺市, not the 抚顺县 inside it",
    ),
    # 10. towns and villages
    (
        "建德市推进乡村振兴，农民收入持续增长。",
        (("建德市", "county", "330182", HZ),),
        "乡村振兴 is not a township",
    ),
    (
        "建德市城乡融合发展步伐加快。",
        (("建德市", "county", "330182", HZ),),
        "城乡融合 is not a township",
    ),
    (
        "建德市选派驻村干部帮助农户销售农产品。",
        (("建德市", "county", "330182", HZ),),
        "驻村干部 is not a village",
    ),
    (
        "建德市加快建设美丽村庄。",
        (("建德市", "county", "330182", HZ),),
        "美丽村庄 is not a village",
    ),
    (
        "建德市乾潭镇全镇种植茶叶三万亩。",
        (
            ("建德市", "county", "330182", HZ),
            ("乾潭镇", "township", None, JD),
        ),
        "全镇 is not a town",
    ),
    (
        "良渚街道新增数字文化企业20家，杭州文旅消费持续回暖。",
        (
            ("良渚街道", "township", None, "浙江省/杭州市/余杭区"),
            ("杭州市", "prefecture", "330100", ZJ),
        ),
        "a town found only by the towns table goes under its county when its city is named",
    ),
    (
        "三堡镇新建物流园，江苏各地加快物流布局。",
        (("江苏省", "province", "320000", ""),),
        "a town of several counties is not placed by a province alone",
    ),
    (
        "建德市在李家镇建设茶叶加工厂。",
        (
            ("建德市", "county", "330182", HZ),
            ("李家镇", "township", None, JD),
        ),
        "a town after 在 is placed in the county the text has named",
    ),
    (
        "建德市走进溪畔村，看民宿产业如何带富一方。",
        (
            ("建德市", "county", "330182", HZ),
            ("溪畔村", "village", None, JD),
        ),
        "a village after 走进 is placed in the county the text has named",
    ),
    (
        "科右前旗归流河镇新建肉牛交易市场。",
        (
            ("科尔沁右翼前旗", "county", "152221", "内蒙古自治区/兴安盟"),
            ("归流河镇", "township", None, "内蒙古自治区/兴安盟/科尔沁右翼前旗"),
        ),
        "a town after a banner's short form goes under the banner",
    ),
    (
        "中山市古镇镇灯饰企业抱团出海。",
        (
            ("中山市", "prefecture", "442000", "广东省"),
            ("古镇镇", "township", None, "广东省/中山市"),
        ),
        "a town named 古镇 is a town, not the generic word",
    ),
    (
        "北京市朝阳区望京街道新增外资企业40家。",
        (
            ("北京市", "province", "110000", ""),
            ("朝阳区", "county", "110105", "北京市"),
            ("望京街道", "township", None, "北京市/朝阳区"),
        ),
        "a 街道 under a municipality's district has a three-level path",
    ),
    # 11. zones and areas
    (
        "聊城经济技术开发区新签约项目18个。",
        (
            ("聊城市", "prefecture", "371500", "山东省"),
            ("聊城经济技术开发区", "zone", None, "山东省/聊城市"),
        ),
        "an economic development zone named after a city is a zone of that city",
    ),
    (
        "苏州工业园区外资企业增资扩股。",
        (
            ("苏州市", "prefecture", "320500", "江苏省"),
            ("苏州工业园区", "zone", None, "江苏省/苏州市"),
        ),
        "an 工业园区 named after a city is a zone of that city",
    ),
    (
        "合肥高新区新增高新技术企业300家。",
        (
            ("合肥市", "prefecture", "340100", "安徽省"),
            ("合肥高新区", "zone", None, "安徽省/合肥市"),
        ),
        "a 高新区 named after a city is a zone of that city",
    ),
    (
        "经济开发区新签约项目12个，总投资45亿元。",
        (),
        "a zone named after no division is left out",
    ),
    (
        "武汉都市圈九城联合发布文旅消费券。",
        (
            ("武汉市", "prefecture", "420100", "湖北省"),
            ("武汉都市圈", "area", None, "湖北省/武汉市"),
        ),
        "a 都市圈 named after a city is an area of that city",
    ),
    (
        "成都都市圈轨道交通互联互通加快推进。",
        (
            ("成都市", "prefecture", "510100", "四川省"),
            ("成都都市圈", "area", None, "四川省/成都市"),
        ),
        "成都都市圈 is an area of 成都",
    ),
    (
        "成渝地区双城经济圈建设提速。",
        (),
        "an area's name that merely contains a county's short form is not placed in that county",
    ),
    # one-character counties inside words
    (
        "全省新建乡村旅游示范县21个，全国小康县名单公布。",
        (),
        "a one-character county after a character it makes a word with (示范县, 小康县) is none",
    ),
    (
        "河南范县新建工厂3个。",
        (("河南省", "province", "410000", ""), ("范县", "county", "410926", "河南省/濮阳市")),
        "a one-character county right after the place above it is read",
    ),
    (
        "他来自范县，在园区打工。",
        (("范县", "county", "410926", "河南省/濮阳市"),),
        "a one-character county after a place word (来自) is read",
    ),
    (
        "沛县新建工厂3个，客商纷纷考察沛县。",
        (("沛县", "county", "320322", "江苏省/徐州市"),),
        "a one-character county inside a word counts where the article names it so elsewhere",
    ),
    (
        "产品销往福建、广州等沿海城市，新兴城市快速发展，客商纷纷到盐城市考察。",
        (
            ("福建省", "province", "350000", ""),
            ("广州市", "prefecture", "440100", "广东省"),
            ("盐城市", "prefecture", "320900", "江苏省"),
        ),
        "a name read as a word and 城市 (沿海城市, 新兴城市) counts only as a short name does",
    ),
    (
        "东港区后村镇汉家皋陆一村的大棚里，村民正在采摘。",
        (
            ("东港区", "county", "371102", "山东省/日照市"),
            ("后村镇", "township", None, "山东省/日照市/东港区"),
            ("汉家皋陆一村", "village", None, "山东省/日照市/东港区/后村镇"),
        ),
        "a town of the towns table whose name ends in 村 (后村镇) is a town, not a village 后村",
    ),
    (
        "小碧乡黄泥哨村党支部书记说，村里发展了蔬菜种植。",
        (
            ("小碧乡", "township", None, "贵州省/贵阳市/南明区"),
            ("黄泥哨村", "village", None, "贵州省/贵阳市/南明区/小碧乡"),
        ),
        "a nationality township goes by its short name too (小碧布依族苗族乡: 小碧乡)",
    ),
    (
        "大田县建设镇小城镇建设提前3个月完成。",
        (
            ("大田县", "county", "350425", "福建省/三明市"),
            ("建设镇", "township", None, "福建省/三明市/大田县"),
        ),
        "a town names no town inside it: 小城镇 right after 建设镇 is the word, not a town",
    ),
    (
        "开阳经开区一季度实现工业总产值65亿元，各镇建设乡村振兴产业园。",
        (
            ("开阳县", "county", "520121", "贵州省/贵阳市"),
            ("开阳经开区", "zone", None, "贵州省/贵阳市/开阳县"),
        ),
        (
            "a development zone (经开区, 高新区) names its division's short form alone; a park"
            " (产业园) does not: 振兴产业园 names no 振兴区"
        ),
    ),
    (
        "创建文旅振兴乡村样板村200个。",
        (),
        "乡村 starting at a township's 乡 makes no township (振兴乡村 names no 振兴乡)",
    ),
    (
        "建德市白沙乡村民收入增加。",
        (
            ("建德市", "county", "330182", "浙江省/杭州市"),
            ("白沙乡", "township", None, "浙江省/杭州市/建德市"),
        ),
        "a township before 村民 is still read: 白沙乡 and 村民, not 乡村",
    ),
]

DATED: list[DatedCase] = [
    # 3. former names and historical codes
    (
        "田阳县芒果今年提前半个月上市。",
        dt.date(2019, 5, 1),
        (("田阳县", "county", "451021", "广西壮族自治区/百色市"),),
        "a county in its last year keeps its own code",
    ),
    (
        "田阳县芒果收购价每斤上涨五毛。",
        dt.date(2020, 1, 10),
        (("田阳区", "county", "451003", "广西壮族自治区/百色市"),),
        "a former county name after its abolition gives its successor's code",
    ),
    (
        "百色田阳县芒果深加工项目开工。",
        dt.date(2020, 1, 10),
        (
            ("百色市", "prefecture", "451000", GX),
            ("田阳区", "county", "451003", "广西壮族自治区/百色市"),
        ),
        "a former county name after its city gives its successor",
    ),
    (
        "襄樊汽车零部件企业扩大产能。",
        dt.date(2008, 3, 1),
        (("襄樊市", "prefecture", "420600", "湖北省"),),
        "襄樊 before the renaming is 襄樊市",
    ),
    (
        "襄樊轴承企业订单同比增长两成。",
        dt.date(2024, 6, 1),
        (("襄阳市", "prefecture", "420600", "湖北省"),),
        "襄樊 after the renaming is 襄阳市 under the same code",
    ),
    (
        "渝北区临空经济示范区新签约项目12个。",
        dt.date(2020, 6, 1),
        (("渝北区", "county", "500112", "重庆市"),),
        "渝北区 in 2020 has its own code",
    ),
    (
        "渝北区智能终端产业产值持续增长。",
        None,
        (("两江新区", "county", "500157", "重庆市"),),
        "渝北区 today is 两江新区's code",
    ),
    (
        "重庆渝北区汽车零部件企业扩产。",
        None,
        (
            ("重庆市", "province", "500000", ""),
            ("两江新区", "county", "500157", "重庆市"),
        ),
        "渝北区 after 重庆 today is 两江新区",
    ),
    (
        "江北区新增科技型企业300余家。",
        dt.date(2020, 6, 1),
        (),
        "江北区 in 2020 (宁波 or 重庆) is left out",
    ),
    (
        "宁波江北区新增科技型中小企业。",
        dt.date(2020, 6, 1),
        (
            ("宁波市", "prefecture", "330200", ZJ),
            ("江北区", "county", "330205", "浙江省/宁波市"),
        ),
        "江北区 in 2020 after 宁波 is 宁波's",
    ),
    (
        "哈尔滨双城市奶牛养殖场扩建。",
        dt.date(2013, 5, 1),
        (
            ("哈尔滨市", "prefecture", "230100", "黑龙江省"),
            ("双城市", "county", "230182", "黑龙江省/哈尔滨市"),
        ),
        "a county-level city before it became a district keeps its code",
    ),
    (
        "哈尔滨双城乳品加工园新签约项目。",
        dt.date(2016, 5, 1),
        (
            ("哈尔滨市", "prefecture", "230100", "黑龙江省"),
            ("双城区", "county", "230113", "黑龙江省/哈尔滨市"),
        ),
        "a short form after the city became a district gives the district",
    ),
    (
        "巢湖市旅游业持续升温。",
        dt.date(2005, 5, 1),
        (("巢湖市", "prefecture", "341400", "安徽省"),),
        "巢湖市 in 2005 is a prefecture",
    ),
    (
        "巢湖市环湖旅游线路客流回升。",
        None,
        (("巢湖市", "county", "340181", "安徽省/合肥市"),),
        "巢湖市 today is a county-level city of 合肥",
    ),
]

PAGES: list[PageCase] = [
    # 12. Article.region
    (
        _md(
            "# 浙江金华义乌小商品出口再创新高",
            "本报记者 韩知远",
            "今年前三季度，义乌市小商品出口额同比增长14%，新增外贸主体3200家。",
        ),
        (
            (
                "浙江金华义乌小商品出口再创新高",
                ("义乌市", "county", "330782", "浙江省/金华市"),
            ),
        ),
        "an article is about the deepest place its title names",
    ),
    (
        _md(
            "# 河北省推进县域特色产业集群建设",
            "本报记者 蒲晓岚",
            "河北省今年认定省级县域特色产业集群20个。其中，邢台市清河县羊绒产业集群"
            "年营业收入突破300亿元。",
        ),
        (("河北省推进县域特色产业集群建设", ("河北省", "province", "130000", "")),),
        "a county named once in the body does not pull a titled article down from its province",
    ),
    (
        _md(
            "# 河北国庆假期旅游收入增长31%",
            "本报记者 蒲晓岚",
            "今年国庆假期，全省接待游客3161万人次。全省重点景区门票收入3.39亿元。"
            "邢台市清河县清河村7天接待游客3.85万人次，邢台市民宿入住率达九成。",
        ),
        (("河北国庆假期旅游收入增长31%", ("河北省", "province", "130000", "")),),
        (
            "the body's 全省 (全市, 全县) names the division its title names: a prefecture named"
            " twice in one example does not pull the article down from its province"
        ),
    ),
    (
        _md(
            "# 冬闲变冬忙",
            "本报记者 费明川",
            "临沂市兰陵县蔬菜大棚里一派繁忙。兰陵县今年新建大棚3000座，兰陵县菜农人均增收5000元。",
        ),
        (("冬闲变冬忙", ("兰陵县", "county", "371324", "山东省/临沂市")),),
        "a title with no place leaves the article to the county its text names most",
    ),
    (
        _md(
            "### 金融活水润泽小微企业",
            "今年以来，辖区家具企业新增出口订单同比增长21%，惠及小微企业3600余户。",
            "(数据来源：江西省赣州市南康区金融服务中心) ·广告",
        ),
        (
            (
                "金融活水润泽小微企业",
                ("南康区", "county", "360703", "江西省/赣州市"),
            ),
        ),
        "an advertorial with a placeless title is about the place its 数据来源 names",
    ),
    (
        _md(
            "# 沃柑飘香致富路",
            "本报记者 韩知远",
            "今年，柳州市的沃柑种植面积继续扩大。",
            GAP,
            "11月5日，在崇左市的甘蔗地里，蔗农正忙着收获甘蔗。"
            "今年广西糖料蔗种植面积保持稳定，广西糖企陆续开榨。",
        ),
        (
            ("沃柑飘香致富路", ("柳州市", "prefecture", "450200", GX)),
            (None, ("崇左市", "prefecture", "451400", GX)),
        ),
        "an untitled caption naming 广西 twice and 崇左市 once is about 崇左市",
    ),
    (
        _md(
            "# 北京中关村科技企业加快出海",
            "本报记者 韩知远",
            "北京今年新增出海科技企业120家，海外营收同比增长三成。",
            "# 朝阳区国际消费中心建设提速",
            "本报记者 蒲晓岚",
            "朝阳区今年新开首店86家，商圈客流同比增长15%。",
        ),
        (
            ("北京中关村科技企业加快出海", ("北京市", "province", "110000", "")),
            ("朝阳区国际消费中心建设提速", ("朝阳区", "county", "110105", "北京市")),
        ),
        "an ambiguous district in one article is resolved by a city another article names",
    ),
    (
        _md(
            "# 小微企业融资更便利",
            "本报记者 汤予安",
            "今年以来，普惠小微贷款余额同比增长18%，首贷户数量明显增加。",
        ),
        (("小微企业融资更便利", None),),
        "an article that names no place has no region",
    ),
]

# Cases the implementation does not pass yet: rule -> what goes wrong.
KNOWN_GAPS: dict[str, str] = {}


def _articles(brief: Brief) -> tuple[tuple[str | None, View | None], ...]:
    """Each article's title and the region it is about."""
    return tuple((a.title, _one(a.region)) for a in brief.articles)


RULES = [c[2] for c in CASES] + [c[3] for c in DATED] + [c[2] for c in PAGES]
SNIPPETS = [(c[0], None) for c in CASES] + [(c[0], c[1]) for c in DATED]
DIVISION_LEVELS = {"province", "prefecture", "county"}


TABLES: dict[str, Sequence[tuple[object, ...]]] = {
    "CASES": CASES,
    "DATED": DATED,
    "PAGES": PAGES,
}  # the tables TestCases checks


class TestCases(TableChecks):
    tables = TABLES
    gaps = KNOWN_GAPS
    least = 60
    least_each = 1
    most_gaps = 5


class TestFindRegions:
    @pytest.mark.parametrize(("snippet", "expected", "rule"), params(CASES, KNOWN_GAPS))
    def test_rule(self, snippet: str, expected: tuple[View, ...], rule: str) -> None:
        """A snippet names exactly the regions its rule says, with today's codes."""
        assert rule
        assert expected == _view(regionbrief.find_regions(snippet))


class TestDated:
    @pytest.mark.parametrize(("snippet", "on", "expected", "rule"), params(DATED, KNOWN_GAPS))
    def test_rule(
        self, snippet: str, on: dt.date | None, expected: tuple[View, ...], rule: str
    ) -> None:
        """A snippet names exactly the regions its rule says, with the codes of ``on``."""
        assert rule
        assert expected == _view(regionbrief.find_regions(snippet, on=on))


class TestArticleRegion:
    @pytest.mark.parametrize(("page", "expected", "rule"), params(PAGES, KNOWN_GAPS))
    def test_rule(
        self, page: str, expected: tuple[tuple[str | None, View | None], ...], rule: str
    ) -> None:
        """Each article of a page is about the region its rule says."""
        assert rule
        assert expected == _articles(regionbrief.parse(page, published=PUBLISHED))

    @pytest.mark.parametrize("page", [c[0] for c in PAGES])
    def test_region_is_mentioned(self, page: str) -> None:
        """An article's region is one of its regions, or a place above one of them."""
        for article in regionbrief.parse(page, published=PUBLISHED).articles:
            if article.region is not None:
                paths = [r.path for r in article.regions]
                assert any(p[: len(article.region.path)] == article.region.path for p in paths)


class TestRegionShape:
    @pytest.mark.parametrize(("snippet", "on"), SNIPPETS)
    def test_path_ends_with_name(self, snippet: str, on: dt.date | None) -> None:
        """A region's path runs from its province down to itself."""
        for region in regionbrief.find_regions(snippet, on=on):
            assert region.name == region.path[-1]

    @pytest.mark.parametrize(("snippet", "on"), SNIPPETS)
    def test_codes_by_level(self, snippet: str, on: dt.date | None) -> None:
        """Divisions have a code valid on the date; places below county or beside have none."""
        year = on.year if on else None
        for region in regionbrief.find_regions(snippet, on=on):
            if str(region.level) in DIVISION_LEVELS:
                assert region.code is not None
                assert gazetteer().by_code(region.code, year) is not None
            else:
                assert region.code is None

    @pytest.mark.parametrize(("snippet", "on"), SNIPPETS)
    def test_mention_as_written(self, snippet: str, on: dt.date | None) -> None:
        """A region's mention is text of the snippet."""
        for region in regionbrief.find_regions(snippet, on=on):
            assert region.mention
            assert region.mention in snippet

    @pytest.mark.parametrize(("snippet", "on"), SNIPPETS)
    def test_stable(self, snippet: str, on: dt.date | None) -> None:
        """The same text and date give the same regions."""
        assert regionbrief.find_regions(snippet, on=on) == regionbrief.find_regions(snippet, on=on)
