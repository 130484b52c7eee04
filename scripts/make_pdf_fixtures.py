"""Typeset the PDF test fixtures in ``tests/data/`` (invented newspaper pages).

Each page is an A3 page of an invented regional newspaper: a section header with a rule under
it, then three to five items (news, photo, advertorial) set in columns the way a newspaper
sets them.  All text below is invented: the counties, towns, firms, people and figures do not
exist.  The pages are typeset with reportlab's built-in CJK font ``STSong-Light`` (a CID font
that needs no font file and is not embedded), so CI can rebuild them without a typesetter.

Usage::

    python scripts/make_pdf_fixtures.py [--out-dir DIR] [--check] [--layout]

``--check`` reads every page back with pypdfium2 and checks that the text layer holds every
line in reading order, that titles come out larger than body text, and that the anchors and
joins of ``<page>.expected.json`` (when present) are whole or broken as they claim.

The output is byte-for-byte deterministic (``invariant=1``), given the same reportlab and zlib.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from reportlab.lib.pagesizes import A3  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # type: ignore[import-untyped]
from reportlab.pdfgen import canvas  # type: ignore[import-untyped]

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "tests" / "data"

FONT = "STSong-Light"
PAGE_WIDTH, PAGE_HEIGHT = float(A3[0]), float(A3[1])  # 841.9 x 1190.6 pt
MARGIN = 42.0
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
GUTTER = 14.0

# Type sizes (points) and the line grid of each text style.
HEADER_SIZE = 12.0  # the page name in the section header
DATE_SIZE = 9.0  # the date at the right of the section header
KICKER_SIZE = 13.0  # the line above a title
BYLINE_SIZE = 10.5  # body size
CAPTION_TITLE_SIZE = 14.0
AD_TITLE_SIZE = 18.0
BODY_SIZE, BODY_LEADING = 10.5, 16.0
SUBHEAD_SIZE = 11.5  # bold-ish (fill + stroke) sub-heads inside long articles
CAPTION_SIZE, CAPTION_LEADING = 9.5, 14.0
FAUX_BOLD_STROKE = 0.35  # line width of the stroke that thickens bold-ish text

NO_LINE_START = frozenset("，。、；：？！）》」』”’…%·")
NO_LINE_END = frozenset("（《「『“‘")
ATOMIC = re.compile(r"[0-9A-Za-z.%]+|.", re.DOTALL)
"""Units that are never broken: a run of digits and Latin letters, or one other character."""

Align = Literal["left", "center", "right", "justify"]
Kind = Literal["news", "photo", "advertorial"]
Style = Literal["body", "subhead", "caption", "credit", "ending"]


@dataclass(frozen=True)
class Box:
    """A rectangle in points, measured from the page's top-left corner (y grows downwards)."""

    x: float
    top: float
    width: float
    height: float

    @property
    def bottom(self) -> float:
        """The y of the lower edge."""
        return self.top + self.height


@dataclass(frozen=True)
class Para:
    """A paragraph of an item and how it is set."""

    text: str
    style: Style = "body"


@dataclass(frozen=True)
class Item:
    """One article, photo or advertorial: its text and where it goes on the page."""

    kind: Kind
    title: str
    heading: Box
    """Where the kicker, title and byline (or a photo's caption title) are set."""
    columns: tuple[Box, ...]
    """The column rectangles the paragraphs flow through, in reading order."""
    paragraphs: tuple[Para, ...]
    kicker: str | None = None
    byline: str | None = None
    title_size: float = 22.0
    heading_align: Align = "left"
    heading_after: bool = False
    """Set (and draw) the heading after the body: it stands right of or below its columns."""
    picture: Box | None = None
    """A photo's picture box, drawn as a grey rectangle."""
    frame: Box | None = None
    """An advertorial's ruled box."""


@dataclass(frozen=True)
class Page:
    """One page: file stem, section name, date line, items in reading order, separator rules."""

    stem: str
    name: str
    date: str
    items: tuple[Item, ...]
    rules: tuple[tuple[float, float, float, float], ...] = ()
    """Thin separator rules, (x1, y1, x2, y2) in top-down coordinates."""


def columns(x: float, top: float, width: float, height: float, count: int) -> tuple[Box, ...]:
    """Split a rectangle into ``count`` equal columns separated by the gutter."""
    col = (width - (count - 1) * GUTTER) / count
    return tuple(Box(x + i * (col + GUTTER), top, col, height) for i in range(count))


def body(*texts: str) -> tuple[Para, ...]:
    """Body paragraphs; a text starting with "## " is a sub-head."""
    return tuple(Para(t[3:], "subhead") if t.startswith("## ") else Para(t) for t in texts)


# ---------------------------------------------------------------------------------------------
# Page 1: 区域经济 -- a lead over four columns, a photo and a brief side by side, and a feature
# whose heading is set at the right of its three body columns (after its body in reading order).

P1_LEFT = 372.0  # width of the photo / brief column pair in the middle band
P1_MID_TOP = 528.0
P1_LOW_TOP = 856.0
P1_C_BODY = 540.0  # width of the last feature's body columns; its heading takes the rest

PAGE1 = Page(
    stem="page1",
    name="区域经济",
    date="2024年5月16日 星期四",
    rules=(
        (MARGIN, P1_MID_TOP - 12, MARGIN + CONTENT_WIDTH, P1_MID_TOP - 12),
        (MARGIN + P1_LEFT + GUTTER / 2, P1_MID_TOP, MARGIN + P1_LEFT + GUTTER / 2, P1_LOW_TOP - 24),
        (MARGIN, P1_LOW_TOP - 12, MARGIN + CONTENT_WIDTH, P1_LOW_TOP - 12),
    ),
    items=(
        Item(
            kind="news",
            kicker="青梧县一季度规上工业增加值同比增长9.6%，新签约项目47个",
            title="老园区长出新链条",
            title_size=26.0,
            byline="□ 本报记者 顾小川 罗佳音",
            heading=Box(MARGIN, 80, CONTENT_WIDTH, 82),
            heading_align="center",
            columns=columns(MARGIN, 170, CONTENT_WIDTH, P1_MID_TOP - 170 - 24, 4),
            paragraphs=body(
                "清晨七点，青梧县桐湾工业园的装配车间已经亮起灯。澜禾精密部件有限公司的生产线"
                "上，机械臂把一枚枚轴承座送进检测工位，数据实时跳上车间大屏。“去年这条线还要十"
                "二个人盯着，现在三个人就够了，良品率反而从94%提到了98%。”车间主任宋立川一边查"
                "看屏幕一边说。",
                "桐湾工业园建成于2006年，曾以铸造、五金等传统产业为主，一度面临厂房闲置、企业外"
                "迁的困境。近年来，青梧县围绕“一园一链”思路，对老园区进行整体改造，盘活闲置厂"
                "房21万平方米，引进上下游配套企业36家。今年一季度，全县规上工业增加值同比增长"
                "9.6%，高于全市平均水平2.1个百分点。",
                "## 腾笼换鸟，闲置厂房变新车间",
                "走进园区东片，一排排翻新后的厂房外立面整洁统一。三年前，这里还有十几家停产的小"
                "铸造厂。县里成立园区更新专班，采取“政府回购、国企改造、按链招商”的办法，先后收"
                "回低效用地460亩。",
                "老厂房改造也讲究“量体裁衣”。对结构完好的厂房，园区只做加固和节能改造；对层高不"
                "够、承重不足的，则拆除重建为多层标准厂房，容积率由0.6提高到1.8，同样一亩地能容"
                "纳的产能翻了一番多。",
                "“我们不是简单地把厂房租出去，而是先画产业图谱，看缺哪一环就补哪一环。”青梧县发"
                "展改革局局长林晓岚介绍，园区以精密轴承为主导，梳理出原材料、热处理、精加工、检"
                "测等17个关键环节，逐一对接目标企业。去年落户的金枫热处理公司，正好补上了本地热"
                "处理能力的短板，周边企业的外协运输成本平均下降了三成。",
                "## 链上协同，小企业搭上“大船”",
                "在园区西侧的共享检测中心，一台价值800多万元的三坐标测量仪正在为一家小型配件厂检"
                "测样件。中心由龙头企业牵头、县财政参股建设，向园区企业按次收费。“以前送检要跑到"
                "省城，来回三四天，现在当天就能出报告。”配件厂负责人何嘉宁说。",
                "龙头带动，配套跟进。澜禾精密与园区内14家中小企业签订长期供货协议，并派出技术人"
                "员驻厂指导。去年，这些配套企业的订单总额达到5.3亿元，同比增长27%。",
                "“过去我们是单打独斗，现在是抱团发展。”园区一家紧固件企业的负责人许鸣远说，加入"
                "供应链体系后，企业不仅有了稳定订单，还在龙头企业帮助下建起了数字化车间，产品合格"
                "率提高了5个百分点。",
                "## 服务到位，项目跑出“加速度”",
                "项目落地快不快，关键看服务。青梧县推行“拿地即开工”审批模式，把土地出让、规划许"
                "可、施工许可等环节并联办理，企业从签约到开工平均用时由过去的5个月缩短到48天。今"
                "年以来，园区新签约项目47个，计划总投资68.5亿元。",
                "园区还设立了企业服务驿站，为入驻企业提供政策咨询、人才招聘、融资对接等“一站式”"
                "服务。去年以来，驿站帮助企业对接银行贷款9.2亿元，招聘技术工人1100余名。",
                "县委书记赵启明表示，下一步，青梧县将继续做强轴承产业链，力争到2026年园区工业总"
                "产值突破300亿元，让老园区真正焕发新活力。",
            ),
        ),
        Item(
            kind="photo",
            title="樱坞樱桃采摘忙",
            title_size=CAPTION_TITLE_SIZE,
            picture=Box(MARGIN, P1_MID_TOP, P1_LEFT, 230),
            heading=Box(MARGIN, P1_MID_TOP + 238, P1_LEFT, 22),
            columns=(Box(MARGIN, P1_MID_TOP + 262, P1_LEFT, P1_LOW_TOP - P1_MID_TOP - 286),),
            paragraphs=(
                Para(
                    "5月上旬，槐安县樱坞镇的2.6万亩樱桃进入采摘期，果农抢抓晴好天气采摘、分拣、装"
                    "箱，通过冷链物流发往全国各地。图为樱坞镇桐溪村果农在樱桃园里采摘。",
                    "caption",
                ),
                Para("陶安然摄", "credit"),
            ),
        ),
        Item(
            kind="news",
            title="芦湾县开通首条农产品冷链专线",
            title_size=20.0,
            byline="□ 本报记者 冯一帆",
            heading=Box(
                MARGIN + P1_LEFT + GUTTER, P1_MID_TOP, CONTENT_WIDTH - P1_LEFT - GUTTER, 52
            ),
            columns=columns(
                MARGIN + P1_LEFT + GUTTER,
                P1_MID_TOP + 58,
                CONTENT_WIDTH - P1_LEFT - GUTTER,
                P1_LOW_TOP - P1_MID_TOP - 86,
                2,
            ),
            paragraphs=body(
                "5月10日，一辆满载芦湾县新鲜莲藕和菱角的冷藏车从县物流园驶出，当天晚上就能抵达"
                "省城农产品批发市场。这标志着芦湾县首条农产品冷链专线正式开通。",
                "专线由县供销社联合岚州市禾润冷链物流公司共同运营，每天往返两班，全程温度控制在"
                "0至4摄氏度。过去，当地农户的鲜货主要靠中间商上门收购，损耗率一度高达15%。专线"
                "开通后，预计农产品损耗率可降至5%以内，每年为农户增收约1200万元。",
                "在芦湾县苇荡乡，种植大户许长根有200多亩藕田。“以前藕挖出来要赶紧卖，压价也得卖"
                "；现在有了冷链车，可以分批发货，价格每斤能多卖三四毛钱。”",
                "为保障专线稳定运行，县里整合了供销社、邮政和快递企业的运力，在物流园建成2000立方"
                "米的冷库，并开发了线上订舱系统，农户和合作社用手机就能预约发货。",
                "芦湾县供销社主任程远山介绍，今年内还将在全县8个乡镇建设冷链前置仓，让“最先一公"
                "里”与“最后一公里”连起来。",
            ),
        ),
        Item(
            kind="news",
            kicker="松岚县油茶林扩至12万亩",
            title="茶油果榨出致富路",
            title_size=22.0,
            byline="□ 本报记者 马骁",
            heading_after=True,
            heading=Box(
                MARGIN + P1_C_BODY + 2 * GUTTER,
                P1_LOW_TOP,
                CONTENT_WIDTH - P1_C_BODY - 2 * GUTTER,
                100,
            ),
            columns=columns(MARGIN, P1_LOW_TOP, P1_C_BODY, 1150 - P1_LOW_TOP, 3),
            paragraphs=body(
                "五月的松岚县，漫山油茶树抽出新梢。在云栖镇茶坪村的油茶基地，村民正忙着除草、施"
                "肥。“这片山以前种的是杉木，十几年才砍一次，现在改种高产油茶，第四年就开始挂果，"
                "一亩能收三四千元。”村党支部书记韩雪松说。",
                "松岚县地处丘陵山区，种植油茶已有数百年历史，但过去品种老化、管理粗放，亩产茶油"
                "不足5公斤。2019年起，县里实施油茶低产林改造，统一供应良种苗木，对新造林每亩补助"
                "800元，全县油茶林面积扩大到12万亩。",
                "种得好，还要卖得好。县里引进的榆川油脂有限公司建成年加工鲜果5万吨的生产线，开发"
                "出冷榨茶油、茶皂素洗护用品等20多个产品。公司与农户签订保底收购合同，收购价每斤比"
                "市场价高出0.2元。",
                "为解决油茶采摘用工难的问题，县里组建了12支油茶专业服务队，为农户提供修枝、施肥、"
                "采收等托管服务，每亩服务费比农户自己雇工低三成左右。",
                "品牌也在打响。“松岚茶油”去年获评国家地理标志证明商标，产品进入省内外200多家商超"
                "，线上销售额占到三成以上。",
                "县里还联合省林业科学研究院，在全县建立了6个油茶良种示范基地，推广“矮化密植”“水"
                "肥一体化”等技术，新造油茶林的挂果期比传统林提前了两年。",
                "在松岚县油茶产业园，榆川油脂的第二条生产线正在安装调试。公司负责人介绍，新生产线"
                "投产后，年加工能力将提高到8万吨，可新增就业岗位300个。",
                "去年，松岚县油茶综合产值达到18.7亿元，带动4000多户农户增收，户均增收1.1万元。"
                "村民沈知秋算了一笔账：家里15亩油茶，加上在加工厂上班的工资，一年收入超过10万元。",
                "“接下来，我们要把油茶园和乡村旅游结合起来，打造赏花、采果、研学一条线。”松岚县"
                "林业局负责人周沐阳说。",
            ),
        ),
    ),
)

# ---------------------------------------------------------------------------------------------
# Page 2: 县域观察 -- two column widths: a lead over three wide columns on top, then a feature
# over three narrow columns and an advertorial in a ruled box beside it.

P2_MID_TOP = 500.0
P2_LOW_TOP = 874.0
P2_NARROW = (CONTENT_WIDTH - 4 * GUTTER) / 5  # the lower half is set on a five-column grid
P2_B_WIDTH = 3 * P2_NARROW + 2 * GUTTER
P2_AD = Box(MARGIN + P2_B_WIDTH + GUTTER, P2_MID_TOP, CONTENT_WIDTH - P2_B_WIDTH - GUTTER, 300)
P2_AD_PAD = 14.0

PAGE2 = Page(
    stem="page2",
    name="县域观察",
    date="2024年3月21日 星期四",
    rules=(
        (MARGIN, P2_MID_TOP - 14, MARGIN + CONTENT_WIDTH, P2_MID_TOP - 14),
        (MARGIN, P2_LOW_TOP - 14, MARGIN + CONTENT_WIDTH, P2_LOW_TOP - 14),
    ),
    items=(
        Item(
            kind="news",
            kicker="金枫县去年社会消费品零售总额增长8.3%",
            title="老街新业态 夜市聚人气",
            title_size=24.0,
            byline="□ 本报记者 叶青禾 许清和",
            heading=Box(MARGIN, 80, CONTENT_WIDTH, 80),
            columns=columns(MARGIN, 168, CONTENT_WIDTH, P2_MID_TOP - 168 - 28, 3),
            paragraphs=body(
                "傍晚六点，金枫县砚塘老街的灯笼次第亮起。烤鱼摊、手作糖画、非遗竹编体验店前渐渐排"
                "起长队。来自邻县的游客罗振东带着家人专程赶来：“听说这里周末有民乐演出，开车一个"
                "小时就到了，值得跑一趟。”",
                "砚塘老街全长1.2公里，保留着清末民初的石板路和木结构商铺。五年前，随着居民外迁，"
                "老街一度冷清，沿街商铺空置率超过四成。2021年起，金枫县对老街实施“微改造”，不大"
                "拆大建，只修缮立面、改造管网、增设停车场，总投资控制在1.6亿元以内。",
                "## 留住烟火气，老字号回来了",
                "改造后的老街，最先回来的是老字号。经营了三代人的陈记酱园重新开张，店主陈伯年把腌"
                "菜作坊搬进了店里，游客可以隔着玻璃看腌制过程。“开业第一个月，营业额就比在郊区时"
                "翻了一番。”",
                "老街还请回了一批老手艺人。72岁的竹编艺人程桂芳在街口开了工作室，每天都有游客围着"
                "看她编竹篮、竹灯笼。她带的8名徒弟中，有5人是返乡的年轻人。",
                "为了吸引商户回流，县里对入驻老街的非遗工坊和老字号给予前三年租金减半的扶持，并统"
                "一办理食品经营许可。目前，老街已入驻商户186家，其中老字号和非遗工坊32家。",
                "## 延长消费链，夜间经济“亮”起来",
                "夜市是砚塘老街的“流量担当”。每周五至周日，老街定时开放夜间集市，设置摊位220个，"
                "优先安排本地农户和返乡青年经营。县商务局还联合文旅部门推出“夜游砚塘”线路，把老"
                "街、滨河公园和县博物馆串成一条夜游动线。",
                "数据显示，去年砚塘老街接待游客420万人次，夜间消费占比达到45%。全县社会消费品零售"
                "总额增长8.3%，其中住宿和餐饮业收入增长15.6%。",
                "为了让游客“留下来”，老街周边新开了14家民宿和精品酒店，客房总数超过600间。县里"
                "还推出“老街消费券”，游客凭门票可以在沿街商户抵扣消费。",
                "管理跟上，人气才能稳得住。老街实行“街长制”，由街道干部、商户代表和志愿者共同参"
                "与日常管理，设立游客服务中心和投诉快速处理点，去年游客满意度达到96%。",
                "## 带动就业，小生意做成大产业",
                "老街的兴旺也带动了周边乡村。芷溪镇的农户把自家的腊肉、米酒送到老街的“乡味集市”"
                "代销，去年销售额突破3000万元。返乡青年冯晓雨在夜市摆摊卖手冲咖啡，如今已经开了两"
                "家门店，雇了6名员工。",
                "金枫县县长罗明哲表示，今年将继续推进老街二期改造，新增文创街区和民宿集群，力争全"
                "年接待游客突破500万人次。",
            ),
        ),
        Item(
            kind="news",
            kicker="澜溪县推进数字乡村建设",
            title="手机成了“新农具”",
            title_size=22.0,
            byline="□ 本报记者 林一舟",
            heading=Box(MARGIN, P2_MID_TOP, P2_B_WIDTH, 78),
            columns=columns(MARGIN, P2_MID_TOP + 86, P2_B_WIDTH, P2_LOW_TOP - P2_MID_TOP - 112, 3),
            paragraphs=body(
                "在澜溪县苇塘乡的稻田边，种粮大户冯德旺掏出手机，打开“澜溪智慧农业”小程序，田间"
                "的土壤墒情、虫情监测数据一目了然。“哪块田该灌水、哪块田该打药，手机上都有提示，"
                "一千多亩地，我和两个帮手就管得过来。”",
                "澜溪县是传统农业大县，粮食播种面积常年稳定在80万亩左右。近年来，县里投入1.2亿元"
                "建设数字农业平台，在全县布设物联网监测点1300多个，覆盖主要粮食生产功能区。",
                "数字化不仅用在种地上。苇塘乡建起了农村电商服务站，帮助农户把鸭蛋、藕粉等特产卖到"
                "网上。去年，全乡农产品网络零售额达到9600万元，同比增长31%。",
                "在苇塘乡的农机合作社，一块电子大屏实时显示着全乡60多台农机的位置和作业进度。合作"
                "社理事长陆永平说，过去农忙时找农机要挨家挨户打电话，现在农户在手机上下单，系统自"
                "动派单，一台收割机每天能多干30多亩。",
                "数字平台还接入了气象、农资和金融服务。去年夏天，平台提前3天发出暴雨预警，全县组织"
                "抢收抢排，减少粮食损失约1.6万吨。县农商行依托平台数据推出“数字农贷”，农户线上申"
                "请、线上放款，已累计发放贷款2.3亿元。",
                "“过去农民靠经验种地，现在靠数据种地。”澜溪县农业农村局局长宋嘉禾说，下一步将推"
                "动数字平台向养殖、农机调度等领域延伸，让更多农户享受到数字红利。",
            ),
        ),
        Item(
            kind="advertorial",
            title="柘川县：营商环境持续优化",
            title_size=AD_TITLE_SIZE,
            heading_align="center",
            frame=P2_AD,
            heading=Box(
                P2_AD.x + P2_AD_PAD, P2_AD.top + P2_AD_PAD, P2_AD.width - 2 * P2_AD_PAD, 30
            ),
            columns=(
                Box(
                    P2_AD.x + P2_AD_PAD,
                    P2_AD.top + P2_AD_PAD + 36,
                    P2_AD.width - 2 * P2_AD_PAD,
                    P2_AD.height - 2 * P2_AD_PAD - 36,
                ),
            ),
            paragraphs=(
                *body(
                    "近年来，柘川县深入推进营商环境优化提升行动，全面推行“一窗受理、集成服务”，企"
                    "业开办实现“一日办结”，政务服务事项网上可办率达到98.5%。",
                    "柘川县聚焦企业需求，建立县级领导联系重点企业制度，常态化开展“企业服务日”活动"
                    "，去年累计为企业解决用工、融资、用地等问题312个。县里设立5亿元产业引导基金，"
                    "重点支持新材料、食品加工等主导产业发展。",
                    "柘川县坚持“无事不扰、有求必应”，推行涉企检查“综合查一次”，去年涉企检查频次"
                    "同比下降40%，为企业减少各类成本约2.6亿元。",
                    "2023年，柘川县新增市场主体1.4万户，同比增长12.7%；实际利用外资增长18%，入选"
                    "全省营商环境评价优秀县。",
                ),
                Para("（数据来源：柘川县委宣传部）·广告", "ending"),
            ),
        ),
        Item(
            kind="news",
            title="梓桥县农村公路通到家门口",
            title_size=22.0,
            byline="□ 本报记者 宋雨桐",
            heading=Box(MARGIN, P2_LOW_TOP, CONTENT_WIDTH, 52),
            columns=columns(MARGIN, P2_LOW_TOP + 60, CONTENT_WIDTH, 1150 - P2_LOW_TOP - 60, 5),
            paragraphs=body(
                "去年以来，梓桥县新建改建农村公路316公里，实现全县所有20户以上自然村通硬化路，农"
                "村客运班线通达率达到100%。",
                "路通了，产业也跟着活了起来。在梓桥县杏湾镇，新修的产业路直通蚕桑基地和茶园，运输"
                "车辆可以直接开到田间地头。“以前桑叶要靠人挑肩扛运下山，现在三轮车一趟就能拉几百"
                "斤。”蚕农周秀英说。",
                "梓桥县还探索“路长制”管护模式，由县、乡、村三级路长负责农村公路的日常养护，聘用"
                "当地村民担任护路员，目前已有460多名村民在家门口实现就业。",
                "为方便群众出行，梓桥县还在沿线建设了38个农村客运候车亭和12个乡镇综合运输服务站，"
                "实现客运、货运、邮政快递“一站多用”，农产品进城、消费品下乡更加便捷。",
                "县交通运输局局长吴卫东介绍，今年将再实施农村公路提质改造项目52个，推动农村公路与"
                "旅游景区、产业园区有效衔接，让农村公路真正成为群众的致富路、幸福路。",
            ),
        ),
    ),
)

# ---------------------------------------------------------------------------------------------
# Page 3: 产业观察 -- a wide photo on top, a feature over three columns, and a commentary and a
# brief stacked in a wider right-hand column.

P3_LOW_TOP = 484.0
P3_LEFT = 520.0  # width of the feature's three columns
P3_RIGHT_X = MARGIN + P3_LEFT + 2 * GUTTER
P3_RIGHT_W = CONTENT_WIDTH - P3_LEFT - 2 * GUTTER
P3_BRIEF_TOP = 860.0

PAGE3 = Page(
    stem="page3",
    name="产业观察",
    date="2024年5月30日 星期四",
    rules=(
        (MARGIN, P3_LOW_TOP - 14, MARGIN + CONTENT_WIDTH, P3_LOW_TOP - 14),
        (MARGIN + P3_LEFT + GUTTER, P3_LOW_TOP, MARGIN + P3_LEFT + GUTTER, 1150),
        (P3_RIGHT_X, P3_BRIEF_TOP - 14, MARGIN + CONTENT_WIDTH, P3_BRIEF_TOP - 14),
    ),
    items=(
        Item(
            kind="photo",
            title="梓桥春蚕喜上簇",
            title_size=CAPTION_TITLE_SIZE,
            picture=Box(MARGIN, 80, CONTENT_WIDTH, 300),
            heading=Box(MARGIN, 388, CONTENT_WIDTH, 22),
            columns=(Box(MARGIN, 412, CONTENT_WIDTH, P3_LOW_TOP - 412 - 14),),
            paragraphs=(
                Para(
                    "近日，梓桥县杏湾镇蚕桑基地的春蚕进入上簇期，蚕农们忙着将熟蚕移入方格簇，预计全"
                    "镇春茧产量可达460吨。近年来，杏湾镇推广省力化养蚕技术，蚕桑产业年产值超过2亿"
                    "元。图为杏湾镇蚕农在蚕房内查看蚕宝宝上簇情况。",
                    "caption",
                ),
                Para("韩冬青摄", "credit"),
            ),
        ),
        Item(
            kind="news",
            kicker="宏溪县预制菜产业年产值突破百亿元",
            title="一桌家常菜 做成大产业",
            title_size=24.0,
            byline="□ 本报记者 苏宁远 何思齐",
            heading=Box(MARGIN, P3_LOW_TOP, P3_LEFT, 80),
            columns=columns(MARGIN, P3_LOW_TOP + 88, P3_LEFT, 1150 - P3_LOW_TOP - 88, 3),
            paragraphs=body(
                "在宏溪县食品产业园，宏味食品有限公司的中央厨房里，一份份梅菜扣肉、酸菜鱼正在流水"
                "线上完成分装、速冻和真空包装。“这些菜明天一早就会出现在大城市的商超货架上，消费"
                "者回家加热十分钟就能上桌。”公司总经理沈立群说。",
                "宏溪县是传统的生猪和淡水鱼养殖大县，过去农产品多以初级原料形式外销，附加值不高。"
                "2020年以来，县里瞄准预制菜赛道，引进和培育预制菜企业58家，去年全县预制菜产业年产"
                "值突破100亿元，同比增长23.4%。",
                "走进产业园的展示厅，600多种预制菜产品摆满了货架，从家常小炒到地方特色菜，从中式"
                "点心到汤羹炖品，品类越来越丰富。园区负责人说，这两年企业研发投入明显增加，平均每"
                "个月都有新品上市。",
                "## 从田头到餐桌，全链条增值",
                "预制菜的竞争，说到底是原料的竞争。宏溪县在全县建设标准化养殖场和蔬菜基地42个，推"
                "行“企业+合作社+农户”订单模式，企业统一提供种苗、技术和收购保障。",
                "在澄湾乡的订单蔬菜基地，农户陆明华今年种了30亩芥菜，全部由产业园内的企业收购。"
                "“价格提前定好，种出来不愁卖，一亩地比种水稻多挣两千多元。”",
                "订单农业让农户吃上了“定心丸”。目前，全县签订订单的农户达到1.2万户，订单面积15万"
                "亩，农户年均增收6000元以上。",
                "## 补齐冷链短板，产品走得更远",
                "产品要走出去，冷链是关键。宏溪县投资3.8亿元建设冷链物流中心，库容达到12万吨，开通"
                "至周边5个省会城市的冷链干线。去年，全县预制菜产品外销比例达到76%。",
                "产业园还引进了两家第三方检测机构，对原料、生产、储运全过程进行抽检，去年抽检合格"
                "率达到99.6%。“品质就是生命线，一次质量事故就可能毁掉一个品牌。”沈立群说。",
                "在产业园的带动下，宏溪县的养殖户也在转型。过去散养的生猪，如今按照企业的标准统一"
                "饲养、统一防疫、统一屠宰，出栏价格每公斤比市场价高出0.6元。全县标准化规模养殖比"
                "重由五年前的45%提高到78%。",
                "## 培育人才队伍，产业后劲更足",
                "预制菜产业的发展，也让不少年轻人回到了家乡。县职业技术学校开设了烹饪与营养、食品"
                "检验等专业，每年为产业园输送技能人才300多名。28岁的厨师钟晓峰从外地回乡后，在宏"
                "味食品负责菜品研发，他开发的一款啤酒鸭年销售额超过3000万元。",
                "钟晓峰说，做预制菜不是简单地把菜做熟，而是要在口味、营养和保质期之间找平衡。“一道"
                "菜从研发到上市，要经过几十次试验，光是调味配方就要反复调整十几遍。”",
                "目前，宏溪县已与3所高校和科研院所建立合作关系，共建预制菜联合实验室，围绕保鲜、减"
                "盐减油、复热口感等方向开展攻关，去年获得相关专利27项。",
                "宏溪县副县长梁文博介绍，县里正在筹建预制菜检验检测中心和研发中心，推动企业在标准"
                "制定、菜品研发上下功夫，力争到2025年产业年产值达到150亿元。",
            ),
        ),
        Item(
            kind="news",
            title="特色产业贵在“特”",
            title_size=20.0,
            byline="□ 本报记者 何思齐",
            heading=Box(P3_RIGHT_X, P3_LOW_TOP, P3_RIGHT_W, 52),
            columns=(Box(P3_RIGHT_X, P3_LOW_TOP + 58, P3_RIGHT_W, P3_BRIEF_TOP - P3_LOW_TOP - 86),),
            paragraphs=body(
                "从一株油茶到一桌预制菜，各地发展特色产业的探索各有不同，但有一条经验是共通的：特"
                "色产业贵在“特”，难在“链”。",
                "所谓“特”，是立足本地资源禀赋，不盲目跟风。一些地方看到别人做什么赚钱就一哄而上，"
                "结果同质化竞争严重，最后谷贱伤农。只有找准自身优势，才能形成“人无我有、人有我优”"
                "的竞争力。",
                "所谓“链”，是把产业链条拉长、做深。单纯卖原料，利润大头往往被别人拿走；把加工、冷"
                "链、品牌都留在本地，才能让农民分享更多增值收益。",
                "补链强链，还要舍得在人才、技术、标准上投入。一个产业能走多远，往往取决于有没有自"
                "己的研发能力和质量标准。",
                "发展特色产业没有捷径，需要久久为功。各地应多算长远账，少追短期热点，让特色产业真"
                "正成为群众增收的“金饭碗”。",
            ),
        ),
        Item(
            kind="news",
            title="云岫县评定首批乡村工匠",
            title_size=18.0,
            heading=Box(P3_RIGHT_X, P3_BRIEF_TOP, P3_RIGHT_W, 30),
            columns=(Box(P3_RIGHT_X, P3_BRIEF_TOP + 36, P3_RIGHT_W, 1150 - P3_BRIEF_TOP - 36),),
            paragraphs=body(
                "近日，云岫县公布首批乡村工匠名单，来自全县11个乡镇的126名竹编、木雕、石刻等传统手"
                "艺人获得评定。据了解，云岫县现有各类传统手艺人3000余人，竹编、石刻等产品远销国内"
                "外。",
                "按照相关办法，获评的乡村工匠可享受创业贷款贴息、技能培训补贴等扶持政策，县里还将"
                "为其中30名优秀工匠建立工作室。云岫县人社局相关负责人表示，今年将组织开展技能大赛"
                "和产品展销活动，帮助手艺人拓宽销路，力争带动就业2000人以上。",
            ),
        ),
    ),
)

PAGES = (PAGE1, PAGE2, PAGE3)


# ---------------------------------------------------------------------------------------------
# Layout engine


@dataclass(frozen=True)
class Line:
    """One printed line of a column: its text, type size, alignment and first-line indent."""

    text: str
    size: float
    align: Align
    bold: bool = False
    indent: float = 0.0
    """Indent in points (a 2-character first-line indent is 2 * size)."""
    space_before: bool = False
    """Leave an empty grid line above it unless it opens a column (sub-heads)."""
    keep_with_next: bool = False
    """Never the last line of a column (sub-heads)."""


def width(text: str, size: float) -> float:
    """The advance width of ``text`` set in the page font."""
    return float(pdfmetrics.stringWidth(text, FONT, size))


def wrap(text: str, size: float, measure: float, indent: float) -> list[str]:
    """Break ``text`` into lines no wider than ``measure`` (the first one indented).

    Runs of digits and Latin letters are not broken; a line never starts with closing
    punctuation nor ends with opening punctuation (the offending unit moves to the next line).
    """
    units = ATOMIC.findall(text)
    lines: list[str] = []
    start, room = 0, measure - indent
    while start < len(units):
        end = start + 1
        while end < len(units) and width("".join(units[start : end + 1]), size) <= room:
            end += 1
        while start + 1 < end < len(units) and (
            units[end][0] in NO_LINE_START or units[end - 1][-1] in NO_LINE_END
        ):
            end -= 1
        lines.append("".join(units[start:end]))
        start, room = end, measure
    return lines


def lines_of(paragraphs: Sequence[Para], measure: float) -> list[Line]:
    """Every printed line of an item's paragraphs at column width ``measure``."""
    out: list[Line] = []
    for para in paragraphs:
        if para.style in {"body", "caption"}:
            size = BODY_SIZE if para.style == "body" else CAPTION_SIZE
            broken = wrap(para.text, size, measure, 2 * size)
            for i, text in enumerate(broken):
                last = i == len(broken) - 1
                out.append(
                    Line(
                        text, size, "left" if last else "justify", indent=2 * size if i == 0 else 0
                    )
                )
        elif para.style == "subhead":
            broken = wrap(para.text, SUBHEAD_SIZE, measure, 0)
            for i, text in enumerate(broken):
                first, last = i == 0, i == len(broken) - 1
                out.append(
                    Line(
                        text,
                        SUBHEAD_SIZE,
                        "center",
                        bold=True,
                        space_before=first,
                        keep_with_next=last,
                    )
                )
        else:  # a credit or an advertorial's ending line, set flush right
            size = CAPTION_SIZE if para.style == "credit" else BODY_SIZE
            if width(para.text, size) > measure:
                raise ValueError(f"{para.text!r} does not fit a {measure:.0f} pt column")
            out.append(Line(para.text, size, "right"))
    return out


Placed = tuple[Line, Box, int]
"""A line, its column and its row on the column's grid."""


def flow(
    lines: Sequence[Line], cols: Sequence[Box], leading: float, rows: int
) -> tuple[list[Placed], int]:
    """Fill the columns in order, at most ``rows`` grid lines each.

    Returns the lines placed and how many lines did not fit (0 when all did).
    """
    placed: list[Placed] = []
    col, row = 0, 0
    for i, line in enumerate(lines):
        while True:
            if col >= len(cols):
                return placed, len(lines) - i
            cap = min(rows, int((cols[col].height + 1e-6) // leading))
            at = row + 1 if line.space_before and row > 0 else row
            need = 2 if line.keep_with_next and i + 1 < len(lines) else 1
            if at + need <= cap:
                placed.append((line, cols[col], at))
                row = at + 1
                break
            col, row = col + 1, 0
    return placed, 0


def balance(lines: Sequence[Line], cols: Sequence[Box], leading: float) -> list[Placed]:
    """Flow with the shortest column depth that holds every line (newspaper-style balancing)."""
    most = max(int((c.height + 1e-6) // leading) for c in cols)
    left = len(lines)
    for rows in range(max(1, math.ceil(len(lines) / len(cols))), most + 1):
        placed, left = flow(lines, cols, leading, rows)
        if not left:
            return placed
    raise OverflowError(f"{left} lines left over")


class Typesetter:
    """Draws pages on a reportlab canvas, in reading order, and records what it drew."""

    def __init__(self, path: Path) -> None:
        """Open a canvas that writes ``path``."""
        self.canvas: Any = canvas.Canvas(str(path), pagesize=A3, invariant=1)
        self.drawn: list[str] = []
        """Every text string drawn, in drawing (content stream) order."""
        self.layout: list[str] = []
        """How full each item's columns are (for tuning the boxes)."""

    def text(
        self,
        text: str,
        origin: tuple[float, float],
        size: float,
        *,
        bold: bool = False,
        space: float = 0.0,
    ) -> None:
        """Draw one line starting at ``origin`` (x and top-down baseline), ``space`` = Tc."""
        c = self.canvas
        c.saveState()
        obj = c.beginText(origin[0], PAGE_HEIGHT - origin[1])
        obj.setFont(FONT, size)
        obj.setCharSpace(space)
        if bold:
            c.setLineWidth(FAUX_BOLD_STROKE)
            obj.setTextRenderMode(2)
        obj.textOut(text)
        c.drawText(obj)
        c.restoreState()
        self.drawn.append(text)

    def aligned(self, line: Line, box: Box, baseline: float) -> None:
        """Draw a left, centred or right-aligned line in ``box``; raise when it does not fit."""
        text, size = line.text, line.size
        natural = width(text, size)
        if natural > box.width + 0.01:
            raise ValueError(f"{text!r} ({natural:.1f} pt) is wider than {box.width:.1f} pt")
        x = {
            "left": box.x,
            "justify": box.x,
            "center": box.x + (box.width - natural) / 2,
            "right": box.x + box.width - natural,
        }[line.align]
        self.text(text, (x, baseline), size, bold=line.bold)

    def header(self, page: Page) -> None:
        """The section header: page name at the left, date at the right, a double rule under."""
        c = self.canvas
        self.text(page.name, (MARGIN, 56), HEADER_SIZE, bold=True)
        self.aligned(Line(page.date, DATE_SIZE, "right"), Box(MARGIN, 40, CONTENT_WIDTH, 20), 56)
        c.setLineWidth(1.2)
        c.line(MARGIN, PAGE_HEIGHT - 63, MARGIN + CONTENT_WIDTH, PAGE_HEIGHT - 63)
        c.setLineWidth(0.4)
        c.line(MARGIN, PAGE_HEIGHT - 65.5, MARGIN + CONTENT_WIDTH, PAGE_HEIGHT - 65.5)

    def heading(self, item: Item) -> None:
        """Kicker, title and byline stacked from the top of the heading box."""
        stack: list[tuple[str, float, float, bool]] = []  # text, size, gap after, bold
        if item.kicker:
            stack.append((item.kicker, KICKER_SIZE, 7, False))
        title_bold = item.kind == "photo"
        stack.append((item.title, item.title_size, 9, title_bold))
        if item.byline:
            stack.append((item.byline, BYLINE_SIZE, 0, False))
        cursor = item.heading.top
        for text, size, gap, bold in stack:
            baseline = cursor + size * 0.88
            self.aligned(Line(text, size, item.heading_align, bold=bold), item.heading, baseline)
            cursor = baseline + size * 0.12 + gap
        if cursor - gap > item.heading.bottom + 0.01:
            raise ValueError(f"heading of {item.title!r} overflows its box")

    def body(self, item: Item) -> None:
        """Flow the paragraphs through the item's columns and draw every line."""
        measure = item.columns[0].width
        if any(abs(c.width - measure) > 0.01 for c in item.columns):
            raise ValueError(f"columns of {item.title!r} differ in width")
        leading = CAPTION_LEADING if item.kind == "photo" else BODY_LEADING
        try:
            placed = balance(lines_of(item.paragraphs, measure), item.columns, leading)
        except OverflowError as error:
            raise OverflowError(f"{item.title!r}: {error}") from None
        depth = [1 + max((r for _, c, r in placed if c is col), default=-1) for col in item.columns]
        room = [int((c.height + 1e-6) // leading) for c in item.columns]
        bottom = max(c.top + d * leading for c, d in zip(item.columns, depth, strict=True))
        self.layout.append(f"{item.title}: rows {depth} of {room}, body ends at y={bottom:.0f}")
        for line, col, row in placed:
            baseline = col.top + row * leading + leading * 0.78
            if line.align == "justify":
                natural = width(line.text, line.size)
                extra = col.width - line.indent - natural
                gaps = len(line.text) - 1
                space = extra / gaps if gaps > 0 and 0 <= extra < 2.5 * line.size else 0.0
                self.text(line.text, (col.x + line.indent, baseline), line.size, space=space)
            else:
                inner = Box(col.x + line.indent, col.top, col.width - line.indent, col.height)
                self.aligned(line, inner, baseline)

    def item(self, item: Item) -> None:
        """Frame, picture, heading and body of one item, heading last when it is set after."""
        c = self.canvas
        if item.frame is not None:
            f = item.frame
            c.setLineWidth(0.8)
            c.rect(f.x, PAGE_HEIGHT - f.bottom, f.width, f.height, stroke=1, fill=0)
            c.setLineWidth(0.3)
            c.rect(f.x + 3, PAGE_HEIGHT - f.bottom + 3, f.width - 6, f.height - 6, stroke=1, fill=0)
        if item.picture is not None:
            p = item.picture
            c.saveState()
            c.setFillGray(0.72)
            c.setStrokeGray(0.45)
            c.setLineWidth(0.5)
            c.rect(p.x, PAGE_HEIGHT - p.bottom, p.width, p.height, stroke=1, fill=1)
            c.restoreState()
        if not item.heading_after:
            self.heading(item)
        self.body(item)
        if item.heading_after:
            self.heading(item)

    def page(self, page: Page) -> None:
        """One whole page."""
        c = self.canvas
        c.setTitle(f"regionbrief test fixture {page.stem}: {page.name}")
        c.setAuthor("regionbrief developers")
        c.setSubject("invented text, typeset by scripts/make_pdf_fixtures.py")
        self.header(page)
        c.setLineWidth(0.5)
        for x1, y1, x2, y2 in page.rules:
            c.line(x1, PAGE_HEIGHT - y1, x2, PAGE_HEIGHT - y2)
        for item in page.items:
            self.item(item)
        c.showPage()

    def save(self) -> None:
        """Write the file."""
        self.canvas.save()


def build(page: Page, out_dir: Path) -> tuple[Path, Typesetter]:
    """Typeset one page to ``out_dir/<stem>.pdf``; return the path and the typesetter."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{page.stem}.pdf"
    setter = Typesetter(path)
    setter.page(page)
    setter.save()
    return path, setter


def build_unreadable(out_dir: Path) -> list[Path]:
    """Two PDFs regionbrief must refuse: one encrypted, one with no text layer (a scan)."""
    encrypted = out_dir / "encrypted.pdf"
    sheet: Any = canvas.Canvas(str(encrypted), pagesize=A3, invariant=1, encrypt="secret")
    sheet.setFont(FONT, 12)
    sheet.drawString(72, 1000, "区域经济")
    sheet.save()
    scanned = out_dir / "scanned.pdf"
    sheet = canvas.Canvas(str(scanned), pagesize=A3, invariant=1)
    sheet.setFillGray(0.6)
    for row in range(40):  # grey bars where a scan would have lines of type
        sheet.rect(72, 1100 - row * 24, 650, 10, stroke=0, fill=1)
    sheet.save()
    return [encrypted, scanned]


# ---------------------------------------------------------------------------------------------
# Checks against the text layer as pypdfium2 reads it


def text_layer(path: Path) -> tuple[str, list[tuple[str, float]]]:
    """The page text (``get_text_range``) and every character with its font size."""
    import pypdfium2  # noqa: PLC0415  (only --check needs it)

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        textpage = pdf[0].get_textpage()
        text = str(textpage.get_text_range())
        sizes = [
            (text[i], float(pypdfium2.raw.FPDFText_GetFontSize(textpage.raw, i)))
            for i in range(int(textpage.count_chars()))
        ]
    finally:
        pdf.close()
    return text, sizes


def missing_in_order(drawn: Sequence[str], flat: str) -> Iterator[str]:
    """Each drawn string not found in ``flat`` after the previous one, with a diff."""
    at = 0
    for text in drawn:
        found = flat.find(text, at)
        if found < 0:
            near = flat[at : at + len(text) + 20]
            diff = "\n".join(difflib.ndiff([text], [near]))
            yield f"not found in order: {text!r}\n{diff}"
        else:
            at = found + len(text)


def check(page: Page, path: Path, drawn: Sequence[str]) -> list[str]:
    """Problems with one page's text layer and expected JSON (an empty list when all is well)."""
    text, sizes = text_layer(path)
    flat = text.replace("\r\n", "")
    problems = list(missing_in_order(drawn, flat))
    problems.extend(
        f"paragraph not whole: {p.text[:20]!r}..."
        for item in page.items
        for p in item.paragraphs
        if p.text not in flat
    )
    counts = Counter(s for ch, s in sizes if ch not in "\r\n")
    body_size = counts.most_common(1)[0][0]
    for item in page.items:
        where = text.find(item.title)
        if where < 0:
            problems.append(f"title broken or missing: {item.title!r}")
        elif sizes[where][1] <= body_size:
            problems.append(f"title {item.title!r} is {sizes[where][1]} pt, body {body_size} pt")
    expected = path.with_suffix(".expected.json")
    if expected.exists():
        problems += check_expected(page, json.loads(expected.read_text(encoding="utf-8")), text)
    return problems


def check_expected(page: Page, data: dict[str, Any], text: str) -> list[str]:
    """Problems with a hand-written ``<page>.expected.json`` against the page and its text."""
    problems: list[str] = []
    flat = text.replace("\r\n", "")
    if data["title"] != page.name:
        problems.append(f"expected title {data['title']!r}, page name {page.name!r}")
    got = [(a["kind"], a["title"]) for a in data["articles"]]
    want = [(i.kind, i.title) for i in page.items]
    if got != want:
        problems.append(f"expected articles {got}, page items {want}")
    for article, item in zip(data["articles"], page.items, strict=False):
        own = "".join(p.text for p in item.paragraphs)
        for anchor in article["anchors"]:
            if not 6 <= len(anchor) <= 12 or anchor not in own:
                problems.append(f"anchor {anchor!r} is not 6-12 characters of {item.title!r}")
            if text.count(anchor) != 1:
                problems.append(f"anchor {anchor!r} is not whole and unique in the text layer")
    problems.extend(
        f"join {join!r} does not cross a line break exactly once"
        for join in data.get("joins", [])
        if join in text or flat.count(join) != 1
    )
    return problems


def describe(path: Path) -> str:
    """Size, checksum, and the font sizes pypdfium2 reports with a sample of each."""
    text, sizes = text_layer(path)
    by_size: dict[float, str] = {}
    for ch, size in sizes:
        if ch not in "\r\n":
            by_size[size] = by_size.get(size, "") + ch
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    rows = [f"{path.name}: {path.stat().st_size} bytes, sha256 {digest}, {len(text)} chars"]
    rows += [f"  {s:5.1f} pt: {len(t):5d} chars  {t[:24]}" for s, t in sorted(by_size.items())]
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    """Write the fixtures; with ``--check``, read them back and report problems."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out-dir", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--check", action="store_true", help="verify with pypdfium2")
    parser.add_argument("--layout", action="store_true", help="say how full the columns are")
    args = parser.parse_args(argv)
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    failed = False
    for page in PAGES:
        path, setter = build(page, args.out_dir)
        if args.layout:
            print("\n".join(f"  {row}" for row in setter.layout))
        if not args.check:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            print(f"{path}: {path.stat().st_size} bytes, sha256 {digest}")
            continue
        print(describe(path))
        for problem in check(page, path, setter.drawn):
            failed = True
            print(f"  PROBLEM {problem}")
    for path in build_unreadable(args.out_dir):
        print(f"{path}: {path.stat().st_size} bytes (must be refused)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
