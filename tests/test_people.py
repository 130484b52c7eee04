"""People: officials with their titles, managers and residents named in the text.

Each case is a hand-written snippet, what the rules of ``_people`` make of it,
and the rule it shows (the rule is the test id).  A snippet that does not start
with ``#`` is one paragraph under a neutral title; one that does is a whole page.
Every page is parsed as published on ``PUBLISHED``.

* ``PEOPLE``: ``(name, role)`` of *every* person of the article, first mention
  first, so a person too many fails as surely as one too few;
* ``ABSENT``: a word no person's name may be part of, nor hold (reporters,
  places, common words and organisations that start with a surname).

Places are real; every person, firm and figure is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

import regionbrief
from regionbrief import Person
from tests.tables import TableChecks, params, snippets

PUBLISHED = dt.date(2024, 5, 16)
TITLE = "# 基层工作见闻"

Named = tuple[str, str | None]
PeopleCase = tuple[str, tuple[Named, ...], str]
AbsentCase = tuple[str, str, str]


def _page(snippet: str) -> str:
    """A whole page as it is, or one paragraph under the neutral title."""
    return snippet if snippet.startswith("#") else f"{TITLE}\n\n{snippet}\n"


def _people(snippet: str) -> tuple[Person, ...]:
    """The people of a snippet's one article."""
    brief = regionbrief.parse(_page(snippet), published=PUBLISHED)
    assert len(brief.articles) == 1
    return brief.articles[0].people


PEOPLE: list[PeopleCase] = [
    (
        "领到收购款的白沙村村民李银花笑着说，今年收入翻了一番。",
        (("李银花", "白沙村村民"),),
        "role: what a relative clause before 的 says of the person is no part of the title",
    ),
    (
        "市委常委、常务副市长项永胜、县长吴海涛出席仪式，县委常委、常务副县长林国栋主持。",
        (("吴海涛", "县长"), ("林国栋", "县委常委、常务副县长")),
        (
            "role: in a 、 list of titled names, a name the surname list does not read (项) still"
            " ends its part: the next title is the next person's"
        ),
    ),
    (
        "天气寒冷，但县委书记吴海涛一行的到来，使园区温暖如春。",
        (("吴海涛", "县委书记"),),
        "role: a connective opening the clause (但, 而, 却) is no part of the title",
    ),
    (
        "驻村第一书记张德明开门见山，讲起了今年的打算。",
        (("张德明", "驻村第一书记"),),
        "usual length: a titled name nothing settles, written once, is a surname and two more",
    ),
    (
        "县委书记李强调研了园区，村党支部书记王海实现了承诺。",
        (("李强", "县委书记"), ("王海", "村党支部书记")),
        "usual length: two characters when a verb (调研, 实现) starts after two, none after three",
    ),
    (
        "农业农村部副部长张兴旺20日在京表示，今年丰收已成定局。",
        (("张兴旺", "农业农村部副部长"),),
        "follower: what is no Chinese character (a date's digits) ends a name",
    ),
    (
        "返乡创业青年李梦瑶在直播间里忙个不停，志愿者周小红在社区服务。",
        (("李梦瑶", "返乡创业青年"), ("周小红", "志愿者")),
        "role: what residents are called (青年, 志愿者, 创业者, 大学生) ends a title too",
    ),
    (
        "区人大常委会主任周建华、副主任林国栋参加活动，市长吴志强到园区调研。",
        (("周建华", "区人大常委会主任"), ("林国栋", "副主任"), ("吴志强", "市长")),
        "follower: 参加, 调研, 考察, 走访 … after a titled name end it, as 出席 and 陪同 do",
    ),
    (
        "“车间预计明年竣工。”白石村党委书记印红林介绍，村里将新建冷库。",
        (("印红林", "白石村党委书记"),),
        "surname: rarer surnames that start no common word (印, 栗, 郜 …) are in the list",
    ),
    # 1. a title before the name, a speech verb after it
    (
        "市委书记王建国表示，要把项目建设放在突出位置。",
        (("王建国", "市委书记"),),
        "title: a three-character name before 表示",
    ),
    (
        "会上，县长李军指出，要抓好安全生产。",
        (("李军", "县长"),),
        "title: a two-character name before 指出",
    ),
    (
        "区委副书记欧阳明辉介绍，全区已建成服务站30个。",
        (("欧阳明辉", "区委副书记"),),
        "title: a double surname 欧阳 with a two-character given name",
    ),
    (
        "乡镇卫生院医生潘丽说，签约服务让村民看病更方便。",
        (("潘丽", "乡镇卫生院医生"),),
        "title: a two-character name before 说",
    ),
    (
        "公司董事长蒋文博认为，创新是企业的生命线。",
        (("蒋文博", "公司董事长"),),
        "title: 董事长 before 认为",
    ),
    (
        "葡萄专业合作社理事长郭永胜介绍，今年葡萄亩产提高了两成。",
        (("郭永胜", "葡萄专业合作社理事长"),),
        "title: 理事长 of a cooperative",
    ),
    # 2. the role is the whole title phrase from the clause start
    (
        "桐乡市委书记张国强表示，要持续深化改革。",
        (("张国强", "桐乡市委书记"),),
        "role: the place in the title phrase is kept",
    ),
    (
        "高邮市副市长丁晓燕表示，要加快湖区开发。",
        (("丁晓燕", "高邮市副市长"),),
        "role: a city whose name starts with a surname, then the person",
    ),
    (
        "省农业农村厅党委委员、种植业管理处处长刘明介绍，全省夏粮长势良好。",
        (("刘明", "省农业农村厅党委委员、种植业管理处处长"),),
        "role: two titles joined by 、: 党委委员、…处处长",
    ),
    (
        "镇党委书记、镇长袁志远表示，要抓好防汛。",
        (("袁志远", "镇党委书记、镇长"),),
        "role: 镇党委书记、镇长",
    ),
    (
        "据县商务局局长赵刚介绍，今年全县网络零售额稳步增长。",
        (("赵刚", "县商务局局长"),),
        "role: the lead-in 据 is dropped",
    ),
    (
        "据区委常委、宣传部部长马丽娟介绍，全区文旅融合成效明显。",
        (("马丽娟", "区委常委、宣传部部长"),),
        "role: 据 dropped, two titles kept",
    ),
    (
        "在镇长吴云看来，产业兴旺是关键。",
        (("吴云", "镇长"),),
        "role: the lead-in 在 is dropped, 看来 ends a two-character name",
    ),
    (
        "说这话的是石桥村农民孙德福。",
        (("孙德福", "石桥村农民"),),
        "role: the title after 是: 说这话的是…农民X",
    ),
    (
        "县委书记高兴地说，今年全县产值增长。",
        (),
        "counter: 高兴地说 after a title is how the official spoke, no name (地 ends none)",
    ),
    (
        "村民孙德福接过礼品后感慨地说：“真好。”队长吴云高兴地说，今年要扩种。",
        (("孙德福", "村民"), ("吴云", "队长")),
        (
            "name: a light verb or a mood after a titled name ends it (接过, 高兴, 激动);"
            " 地 after it makes an adverb, not a name's last character"
        ),
    ),
    (
        "“村里大有可为。”身为“80后”的石桥村党总支书记孙德福说。",
        (("孙德福", "石桥村党总支书记"),),
        "role: 身为/作为…的 before a title says what else the person is, and is no part of it",
    ),
    (
        "驻村第一书记彭飞一家三口都住在村里。",
        (("彭飞", "驻村第一书记"),),
        "role: 一家 ends a two-character name",
    ),
    (
        "村党支部书记何建平带领村民修通了产业路。",
        (("何建平", "村党支部书记"),),
        "role: 带领 ends a three-character name",
    ),
    (
        "县长李军来到田间，查看小麦长势。",
        (("李军", "县长"),),
        "role: 来到 ends a two-character name",
    ),
    (
        "县长李军和副县长高红梅来到田间。",
        (("李军", "县长"), ("高红梅", "副县长")),
        "role: a second official's title starts after 和",
    ),
    # 3. ordinary people named by what they do
    (
        "村民陈桂芳说，现在出门就是公交站。",
        (("陈桂芳", "村民"),),
        "title: 村民",
    ),
    (
        "“路修好了，心里也亮堂了。”村民曹德胜说。",
        (("曹德胜", "村民"),),
        "title: 村民 after a closing quote",
    ),
    (
        "贫困户林大山今年种了10亩辣椒。",
        (("林大山", "贫困户"),),
        "title: 贫困户, 今年 ends the name",
    ),
    (
        "养殖户韩永刚告诉记者，今年的生猪价格回升了。",
        (("韩永刚", "养殖户"),),
        "title: 养殖户 before 告诉记者",
    ),
    (
        "公园管理员谢小红每天巡查两遍。",
        (("谢小红", "公园管理员"),),
        "title: 管理员, 每天 ends the name",
    ),
    (
        "社区网格员许晓静每天走访20户居民。",
        (("许晓静", "社区网格员"),),
        "title: 网格员",
    ),
    (
        "游客邵静怡说，这里的风景太美了。",
        (("邵静怡", "游客"),),
        "title: 游客",
    ),
    (
        "退休职工汪建民每天义务清扫街道。",
        (("汪建民", "退休职工"),),
        "title: 职工",
    ),
    # 4. a speech verb at a clause start, no title
    (
        "“今年收成不错。”周文斌笑着说。",
        (("周文斌", None),),
        "speech: 笑着说 at a clause start, no role",
    ),
    (
        "“这是好事。”欧阳华说。",
        (("欧阳华", None),),
        "speech: a double surname with a one-character given name",
    ),
    (
        "司马光明介绍，今年村里新修了水渠。",
        (("司马光明", None),),
        "speech: a double surname 司马 at the paragraph start",
    ),
    # 5. an honorific after the name
    (
        "82岁的郑桂兰老人每天都到活动中心看书。",
        (("郑桂兰", None),),
        "honorific: 老人 after 的",
    ),
    (
        "村里的侯玉山老汉今年七十多了。",
        (("侯玉山", None),),
        "honorific: 老汉",
    ),
    (
        "张秀英阿姨把家里收拾得干干净净。",
        (("张秀英", None),),
        "honorific: 阿姨 at the paragraph start",
    ),
    (
        "记者见到钱永福师傅时，他正在检修线路。",
        (("钱永福", None),),
        "honorific: 师傅 after 记者见到",
    ),
    # 6. residents: a three-character name at a clause start, or named twice
    (
        "清晨六点，吴秀英在自家果园里忙着采摘。",
        (("吴秀英", None),),
        "resident: a clause start before 在",
    ),
    (
        "每到周末，黄志强和妻子都会去镇上赶集。",
        (("黄志强", None),),
        "resident: a clause start before 和",
    ),
    (
        "身患残疾的冯玉梅，硬是靠养蜂脱了贫。如今，冯玉梅的蜂蜜卖到了省城。",
        (("冯玉梅", None),),
        "resident: named twice, after 的 and at a clause start",
    ),
    # 7. one person per name, first mention first
    (
        "县长李军表示，要抓好春耕。李军强调，安全生产不能放松。",
        (("李军", "县长"),),
        "merging: a name again without the title keeps the role",
    ),
    (
        "这是沈玉芬老人的家。沈玉芬老人说，日子越过越好。",
        (("沈玉芬", None),),
        "merging: the same person twice is one person",
    ),
    (
        "村民陈桂兰说，路灯亮了。镇长吴云表示，还要装更多。",
        (("陈桂兰", "村民"), ("吴云", "镇长")),
        "order: two people, first mention first",
    ),
    (
        "县农业农村局局长郝春林发布了今年的春耕方案。郝春林表示，种子已经备齐。",
        (("郝春林", "县农业农村局局长"),),
        "merging: a title before a name no word settles, the name confirmed by a speech verb",
    ),
    (
        "县长马晓东带队检查春耕。会上，马晓东表示，要保障农资供应。",
        (("马晓东", "县长"),),
        "merging: the confirmed name takes the title it first stood under",
    ),
    (
        "县委书记高度重视此事。高红梅表示，将尽快解决。",
        (("高红梅", None),),
        "merging: a confirmed name lends no title to a word that starts like a name",
    ),
    (
        "村党支部书记柯文斌站在新建的冷库前。说起村里的变化，村党支部书记柯文斌信心满满。",
        (("柯文斌", "村党支部书记"),),
        "title: a name no word settles, written twice with different words after it",
    ),
    (
        "镇长俞青禾站在田埂上查看墒情。俞青禾今年刚满四十岁。",
        (("俞青禾", "镇长"),),
        "title: the name is the longest reading written twice (俞青禾, not 俞青)",
    ),
    (
        "盘龙镇夏布编织技艺传承人颜坤吉告诉记者，订单排到了年底。",
        (("颜坤吉", "盘龙镇夏布编织技艺传承人"),),
        "title: 传承人 is a title, the whole phrase its role",
    ),
    (
        "县长刘伟、副县长陈静带队检查安全生产，副县长王强一行到企业调研。",
        (("刘伟", "县长"), ("陈静", "副县长"), ("王强", "副县长")),
        "follower: 带队 and 一行 end a name after a title",
    ),
    (
        "公司董事长兼总经理孙立新接受采访时表示，将扩大产能。",
        (("孙立新", "公司董事长兼总经理"),),
        "follower: 接受 ends a name after a title",
    ),
    (
        "“这条路修通后，游客多了。”民宿老板娘周红笑着说。",
        (("周红", "民宿老板娘"),),
        "title: 老板娘 is a title (the words a title ends with are a list)",
    ),
    (
        "“今年茶叶卖得好。”溪龙乡黄杜村茶农盛阿林说。养殖户钱小峰表示，订单多了。",
        (("盛阿林", "溪龙乡黄杜村茶农"), ("钱小峰", "养殖户")),
        "title: growers and farmers by trade (茶农, 养殖户) are titles",
    ),
    # 8. the page's staff
    (
        "# 乡村振兴见闻\n\n本报记者 郑文涛 通讯员 钱小兵\n\n县长李军表示，要抓好春耕生产。\n",
        (("李军", "县长"),),
        "byline: reporter and correspondent are no people of the article",
    ),
]

ABSENT: list[AbsentCase] = [
    (
        "蔬菜丰收了，村民也能拿到高工资。大家说，在家门口就能拿到高工资。",
        "高工资",
        "counter: after 到 only when one meets someone (来到, 见到, 找到), not what one gets",
    ),
    (
        "村里建起了村民文化活动中心，还修了路。",
        "文化活",
        "usual length: never after a title inside a phrase (建起了村民…: 村民 as a modifier)",
    ),
    (
        "城区失地农民安置小区建设项目开工。",
        "安置小",
        "usual length: never before what ends a place or a body (小区, 工厂, 合作社)",
    ),
    (
        "过去一家一户单打独斗，如今合作社统一销售。",
        "单打独",
        "usual length: never after a one-character title (户, 员)",
    ),
    (
        "村民王阿姨告诉记者，种粮大户庞先生在手机上点了点。",
        "王阿姨",
        "usual length: never before a form of address (阿姨, 先生)",
    ),
    (
        "这里原叫孙家坪村。2002年，孙家坪与两个邻村合并，孙家坪和周边的荒山种满了杏树。",
        "孙家坪",
        "counter: a name the article also writes as a village's (孙家坪村) is a place",
    ),
    (
        "县委书记高度重视春耕生产。会上要求，各乡镇也要高度重视春耕生产。",
        "高度重",
        "counter: words after a title written twice, always with the same words after them",
    ),
    (
        "文化站在村口新开了书屋。文化站和学校还办起了夜校。",
        "文化站",
        "counter: a body ending in 站, named twice at clause starts",
    ),
    (
        "石榴籽在这里扎下了根，石榴籽和合作社一起走向了市场。",
        "石榴籽",
        "counter: a thing ending in 籽, named twice at clause starts",
    ),
    (
        (
            "# 乡村振兴见闻\n\n"
            "本报记者 郑文涛\n\n"
            "郑文涛在现场看到，农机来回穿梭。郑文涛在田头采访了种粮大户。\n"
        ),
        "郑文涛",
        "counter: the byline's reporter, named in the text too",
    ),
    (
        "记者韩冬梅在采访中了解到，全镇新建冷库5座。",
        "韩冬梅",
        "counter: 记者X inside the text",
    ),
    (
        "本报记者王晓东说，这次采访让他很受触动。",
        "王晓东",
        "counter: 本报记者X before a speech verb",
    ),
    (
        "通讯员戴晓峰在一线蹲点采访了三天。",
        "戴晓峰",
        "counter: 通讯员X before 在",
    ),
    (
        "这些天，金华市在全省率先推开这项改革。金华市和衢州市还联合建立了协作机制。",
        "金华市",
        "counter: a city starting with a surname, twice at a clause start: 金华市",
    ),
    (
        "近年来，高邮市和宝应县联合打造湖区旅游带。",
        "高邮市",
        "counter: a city starting with a surname before 和: 高邮市",
    ),
    (
        "常山县在全省率先完成农房普查。",
        "常山县",
        "counter: a county starting with a surname before 在: 常山县",
    ),
    (
        "龙游县和江山市签订合作协议。",
        "江山市",
        "counter: a county and a city starting with surnames: 龙游县, 江山市",
    ),
    (
        "高质量发展是首要任务。",
        "高质量",
        "counter: a word starting with a surname: 高质量发展",
    ),
    (
        "今年以来，金融机构和企业加强对接。",
        "金融机构",
        "counter: a word starting with a surname before 和: 金融机构",
    ),
    (
        "同时，方式方法不断创新。",
        "方式",
        "counter: a word starting with a surname: 方式",
    ),
    (
        "今年，温氏集团和当地农户签订了养殖合同。",
        "温氏集团",
        "counter: an organisation starting with a surname: 温氏集团",
    ),
    (
        "县供销社和邮政公司合作共建物流网点。",
        "供销社",
        "counter: an organisation at the paragraph start: 县供销社",
    ),
    (
        "县里引进的金龙鱼项目已经投产。",
        "金龙鱼",
        "counter: an organisation after 的: 金龙鱼项目",
    ),
    (
        "今年，苏泊尔在县里新建了生产线。",
        "苏泊尔",
        "counter: a three-character organisation at a clause start before 在: 苏泊尔",
    ),
    (
        "李军在地里干活，他种了十亩玉米。",
        "李军",
        "counter: a two-character name before 在 without a title is not enough",
    ),
    (
        "李师傅正在检修线路，李师傅说这活儿急不得。",
        "李师傅",
        "counter: a surname and an honorific is no full name: 李师傅",
    ),
]

# Cases the implementation does not pass yet: rule -> what goes wrong.
KNOWN_GAPS: dict[str, str] = {
    "counter: a three-character organisation at a clause start before 在: 苏泊尔": (
        "any three characters from a surname at a clause start before 在 are a resident"
    ),
}

TABLES: dict[str, list[tuple[str, object, str]]] = {
    "PEOPLE": list(PEOPLE),
    "ABSENT": list(ABSENT),
}
SNIPPETS = snippets(TABLES)


class TestCases(TableChecks):
    tables = TABLES
    gaps = KNOWN_GAPS
    least = 35
    least_each = 10
    most_gaps = 5


class TestPeople:
    @pytest.mark.parametrize(("snippet", "expected", "rule"), params(list(PEOPLE), KNOWN_GAPS))
    def test_rule(self, snippet: str, expected: tuple[Named, ...], rule: str) -> None:
        """A snippet gives exactly its people and their roles, first mention first."""
        assert rule
        assert expected == tuple((p.name, p.role) for p in _people(snippet))


class TestAbsent:
    @pytest.mark.parametrize(("snippet", "absent", "rule"), params(list(ABSENT), KNOWN_GAPS))
    def test_rule(self, snippet: str, absent: str, rule: str) -> None:
        """No person's name is part of the word, nor holds it."""
        assert rule
        clash = [p.name for p in _people(snippet) if p.name in absent or absent in p.name]
        assert [] == clash


class TestInvariants:
    @pytest.mark.parametrize("snippet", SNIPPETS)
    def test_names_are_in_the_article(self, snippet: str) -> None:
        """Every person's name and role are written in one of the article's paragraphs."""
        brief = regionbrief.parse(_page(snippet), published=PUBLISHED)
        lost = [
            p.name
            for a in brief.articles
            for p in a.people
            if not any(p.name in text and (p.role or "") in text for text in a.paragraphs)
        ]
        assert [] == lost

    def test_reporters_stay_in_their_field(self) -> None:
        """A byline's names are the article's reporters, not its people."""
        page = "# 乡村振兴见闻\n\n本报记者 郑文涛\n\n郑文涛在现场看到，农机来回穿梭。\n"
        article = regionbrief.parse(page, published=PUBLISHED).articles[0]
        assert ("郑文涛",) == article.reporters
        assert () == article.people
