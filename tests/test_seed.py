"""The sample page end to end: a real page of Economic Daily (seeds/), never data."""

from __future__ import annotations

import datetime as dt

import regionbrief

SEED_ARTICLES = [
    ("news", "郑州加速迈向先进制造业高地", ("夏先清", "杨子佩"), None),
    ("news", None, (), None),  # its heading lost: the tail set in Hubei, not Henan
    ("photo", None, (), None),
    ("news", "浙江金华发力重点产业链", ("李景",), None),
    ("news", "甘肃金昌“村居融合”惠民生", ("陈发明",), None),
    ("advertorial", "浙江省温州乐清市 绘就基层治理新图景", (), "浙江省温州乐清市芙蓉镇党建办"),
    (
        "advertorial",
        "中国农业银行内蒙古分行 金融服务肉牛全产业链发展",
        (),
        "中国农业银行内蒙古分行",
    ),
    (
        "advertorial",
        "山东聊城经济技术开发区 创新服务提升社区治理水平",
        (),
        "聊城经济技术开发区东城街道党工委",
    ),
    ("advertorial", "福建省晋江市统计局 提升统计业务精准度", (), "福建省晋江市统计局"),
]


class TestSeedPage:
    def test_header(self, seed_brief: regionbrief.Brief) -> None:
        """Page title and editors with their roles."""
        assert "各地新亮点" == seed_brief.title
        assert [("周颖一", "本版编辑"), ("祝伟", "本版编辑"), ("王子莹", "美编")] == [
            (p.name, p.role) for p in seed_brief.editors
        ]

    def test_articles(self, seed_brief: regionbrief.Brief) -> None:
        """Every article with its kind, title, reporters and source, in reading order."""
        assert SEED_ARTICLES == [
            (str(a.kind), a.title, a.reporters, a.source) for a in seed_brief.articles
        ]

    def test_heading_after_body(self, seed_brief: regionbrief.Brief) -> None:
        """The Jinhua heading printed after its body heads that body."""
        jinhua = seed_brief.articles[3]
        assert jinhua.paragraphs[0].startswith("如何打造具有全国乃至国际竞争力")
        assert any("“十个一”" in p for p in jinhua.paragraphs)

    def test_joins(self, seed_brief: regionbrief.Brief) -> None:
        """Sentences cut by column breaks are whole again."""
        text = "\n".join(p for a in seed_brief.articles for p in a.paragraphs)
        for joined in ("要求企业之间具有", "率先代表河南县级市入选", "2013年以来", "进行‘双登记’"):
            assert joined in text

    def test_data_box_kept_apart(self, seed_brief: regionbrief.Brief) -> None:
        """Data-box lines stay separate paragraphs."""
        assert ("2023年前三季度", "郑州地区生产总值增速 6.5%") == seed_brief.articles[0].paragraphs[
            :2
        ]

    def test_main_regions(self, seed_brief: regionbrief.Brief) -> None:
        """Each article's main region, by code: the deepest place its title or text is about."""
        assert [
            "410100",
            "420104",
            "451400",
            "330700",
            "620302",
            "330382",
            "150000",
            "371500",
            "350582",
        ] == [a.region.code if a.region else None for a in seed_brief.articles]

    def test_published(self, seed_brief: regionbrief.Brief) -> None:
        """The date is estimated from the latest day the page names."""
        assert (dt.date(2023, 12, 27), True) == (
            seed_brief.published,
            seed_brief.published_estimated,
        )
