"""Invariants of parse() over generated pages: it never raises, loses no text,
and numbers its articles and spans in order."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import regionbrief
from regionbrief._normalize import normalize
from regionbrief._sentences import CLAUSE_ENDS, SENTENCE_ENDS, around, clauses, sentences, within

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
# Markup that carries no text of its own: heading marks, box marks, the ad marker (a
# line of its own, dot or none: found by fuzzing), byline role words (the names go to
# reporters) and the 数据来源 label (X goes to source).
MARKUP = re.compile(
    r"^#+|[□■◇◆]|[·•]\s*广告|^\s*广告\s*$|数据来源"
    # a byline's employer and kind of reporter, and a closing 报道 (the names are kept)
    r"|(?:本报|新华社|[\u4e00-\u9fff·]{2,10}?(?:日报|晚报|时报|报社|社|台|网))?"
    r"(?:特约|见习|实习|全媒体|融媒体|首席)?(?:记者|通讯员|实习生|作者)|\s(?:摄影)?报道\s*$"
)

# Fragments in the shapes real pages have, none taken from the sample page.
FRAGMENTS = [
    "# 某市加快培育新兴产业",
    "### 某某县 打造营商环境新高地",
    "□ 本报记者 王明 李红",
    "本报记者 赵刚",
    "本版编辑 孙丽 美编 周强",
    "责任编辑：钱进",
    "2024年上半年",
    "地区生产总值增速 5.2%",
    "今年以来，某市新增市场主体1.2万户，同比增长8%。",
    "“我们的订单排到了明年。”某公司负责人说，企业正在扩大产能，要求各",
    "地加快推进项目建设。",
    "(资料图片)",
    "张华摄",
    "3月12日，在某县产业园内，工人在生产线上作业。",
    "(数据来源：某县委宣传部) ·广告",
    "数据来源：某镇人民政府",
    "\u3000\u3000某县依托特色资源，发展乡村旅游。",
    "本报杭州1月21日电（记者 陈明）某市推出惠企政策。",
    "据了解，为加快产业升级，",
    "2019",
    "年以来，全县累计投资12亿元。",
    "2024年5月16日 星期四",
    "---",
    "****",
    "**产业振兴**",
    "#### 某县去年新增企业3200家",
]
# A 数据来源 line's closing 广告, dot or none, is the ad marker (found by fuzzing).
AD_SOURCE = re.compile(r"^([（(]?\s*数据来源.*?)广告\s*$")


def wanted_text(line: str) -> list[str]:
    """The CJK characters of a line that must reach the Brief: all but its markup.

    Converter emphasis marks come off first, as the parser takes them off (·广____告 is
    the ad marker ·广告: found by fuzzing).
    """
    plain = EMPHASIS.sub(lambda m: m.group(1) or m.group(2) or "", line)
    return CJK.findall(MARKUP.sub("", AD_SOURCE.sub(r"\1", plain)))


# A masthead date line goes to Brief.published, not to an article.
MASTHEAD = re.compile(
    r"^\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*(?:星期|周)?[一二三四五六日天]?\s*$"
)
# Converter bold marks, taken off as the parser takes them off.
EMPHASIS = re.compile(r"\*\*(.*?)\*\*|__(.*?)__")


def is_masthead(line: str) -> bool:
    """Whether a line is a masthead date (its bold marks taken off: found by fuzzing)."""
    return MASTHEAD.match(EMPHASIS.sub(lambda m: m.group(1) or m.group(2) or "", line)) is not None


# What converters, crawls and OCR leave in pages: look-alike radicals, full-width forms,
# zero-width characters, HTML remnants, long runs that tempt a regex to backtrack.
HOSTILE = [
    "⻄安市⻓安区新增企业１２０家，增长１５％。",
    "某县\u200b工业\u2060产值\ufeff达12亿元。",
    "<p>某镇&nbsp;新建厂房3处</p>",
    "１" * 300,
    "“" * 200,
    "中" * 500,
    "一二三四五六七八九十" * 30,
    "，" * 100 + "。",
    "\u3000\u3000\u3000",
    "\xa0某村\xa0\xa0新增农户20户",
]
noise = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=30)
lines = st.one_of(st.sampled_from(FRAGMENTS), st.sampled_from(HOSTILE), noise, st.just(""))
pages = st.lists(lines, max_size=40).map("\n".join)


def _parse(page: str) -> regionbrief.Brief | None:
    """The page's Brief, or None where parse refuses it, as it must, with an InputError."""
    try:
        return regionbrief.parse(page)
    except regionbrief.InputError as error:
        refused = str(error)
    assert not CJK.search(normalize(page)) or "traditional" in refused, (refused, page)
    return None


def _lines(page: str) -> list[str]:
    """The page's lines, numbered as regionbrief numbers them (CR and CRLF end lines too)."""
    return page.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _covering_text(brief: regionbrief.Brief, number: int) -> str:
    header = [brief.title or "", *(f"{p.role or ''}{p.name}" for p in brief.editors)]
    parts = list(header)
    for a in brief.articles:
        if a.lines[0] <= number <= a.lines[1]:
            parts += [a.title or "", *a.paragraphs, a.source or "", *a.reporters]
    return "".join(parts)


def all_kept(needle: list[str], haystack: str) -> bool:
    """Whether every character of ``needle`` is in ``haystack``, in any order and number.

    What the fuzz harness checks: on garbage lines a piece may become a title after the
    piece before it became a paragraph, and a byline naming one reporter twice gives one
    name; nothing is lost, though order and repeats are not kept.
    """
    return set(needle) <= set(haystack)


def harness_defect(text: str, brief: regionbrief.Brief) -> str | None:
    """What the fuzz harness finds wrong with ``brief``, parsed from ``text``, if anything.

    The Brief must round-trip through JSON, its articles must start in line order, and
    no line may lose a character.  fuzz/fuzz_parse.py and tests/test_fuzz_found.py both
    ask this, so a case kept from fuzzing is checked as it was found.
    """
    if regionbrief.loads(regionbrief.dumps(brief)) != brief:
        return "the Brief does not round-trip through JSON"
    starts = [a.lines[0] for a in brief.articles]
    if starts != sorted(starts):
        return f"articles out of line order: {starts}"
    for number, line in enumerate(_lines(normalize(text)), start=1):
        if is_masthead(line) and brief.published:
            continue  # a masthead date goes to Brief.published
        wanted = wanted_text(line)
        if wanted and not all_kept(wanted, _covering_text(brief, number)):
            return f"line {number} lost text: {line[:60]!r}"
    return None


def _is_subsequence(needle: list[str], haystack: str) -> bool:
    it = iter(haystack)
    return all(ch in it for ch in needle)


class TestParseProperties:
    @given(pages)
    @settings(max_examples=300, deadline=None)
    def test_never_raises(self, page: str) -> None:
        """parse() takes any text with Chinese in it and returns a Brief that round-trips
        through JSON; anything else is an InputError saying why, never another error."""
        brief = _parse(page)
        if brief is not None:
            assert brief == regionbrief.loads(regionbrief.dumps(brief))

    @given(pages)
    @settings(max_examples=300, deadline=None)
    def test_nothing_lost(self, page: str) -> None:
        """Every CJK character of every line lands, in order, in the article that spans it.

        Lines as parse reads them: look-alike characters made ordinary first.
        """
        brief = _parse(page)
        if brief is None:
            return
        for number, line in enumerate(_lines(normalize(page)), start=1):
            if is_masthead(line) and brief.published:
                continue
            wanted = wanted_text(line)
            if wanted:
                assert _is_subsequence(wanted, _covering_text(brief, number)), (number, line)

    @given(pages)
    @settings(max_examples=200, deadline=None)
    def test_ids_and_spans(self, page: str) -> None:
        """Ids run a1, a2, ...; spans lie inside the input and start in order."""
        brief = _parse(page)
        if brief is None:
            return
        total = len(_lines(page))
        assert [f"a{i}" for i in range(1, len(brief.articles) + 1)] == [
            a.id for a in brief.articles
        ]
        starts = [a.lines[0] for a in brief.articles]
        assert sorted(starts) == starts
        assert all(1 <= a.lines[0] <= a.lines[1] <= total for a in brief.articles)

    @given(pages)
    @settings(max_examples=100, deadline=None)
    def test_deterministic(self, page: str) -> None:
        """The same text gives the same JSON."""
        first, second = _parse(page), _parse(page)
        assert (first is None) == (second is None)
        if first is not None and second is not None:
            assert regionbrief.dumps(first) == regionbrief.dumps(second)


class TestSeedNothingLost:
    def test_seed(self, seed_text: str, seed_brief: regionbrief.Brief) -> None:
        """Every line of the sample page lands in the article that spans it."""
        for number, line in enumerate(seed_text.split("\n"), start=1):
            wanted = wanted_text(line)
            if wanted:
                assert _is_subsequence(wanted, _covering_text(seed_brief, number)), (number, line)


class TestSentenceAround:
    @given(
        st.text(alphabet="甲乙丙，。！？、；：”）", max_size=40),
        st.integers(min_value=0, max_value=39),
    )
    @settings(max_examples=300, deadline=None)
    def test_same_as_splitting(self, text: str, at: int) -> None:
        """The sentence or clause found around a position is the one a full split gives."""
        if at >= len(text):
            return
        for ends, split in ((SENTENCE_ENDS, sentences), (CLAUSE_ENDS, clauses)):
            assert around(text, at, ends) == within(split(text), at)
