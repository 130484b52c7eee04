"""Hostile and messy input: each case gives a clear InputError, or a page read as it should be.

Every case names its rule.  Files are written to a temporary folder and read with
``load``; text cases go to ``parse``.  Long and pathological inputs run under an alarm
that fails the test, rather than hang it, if parsing ever stops being linear (it takes
milliseconds; the alarm is seconds: a guard against hangs, not a speed test).
"""

from __future__ import annotations

import codecs
import gzip
import io
import signal
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

import pytest

import regionbrief

_HANG = 10  # seconds: far past any real parse, short of a hung CI run


class Refused(NamedTuple):
    """The input is refused with an InputError whose message holds ``words``."""

    words: str


Check = Callable[[regionbrief.Brief], bool]


class Case(NamedTuple):
    rule: str
    page: str | bytes  # text for parse, bytes for a file given to load
    expected: Refused | Check
    suffix: str = ".txt"


PAGE = "# 某县新建产业园\n\n本报记者 王明\n\n今年以来，某县新建厂房12处，完成投资3.6亿元。\n"


def _png() -> bytes:
    return b"\x89PNG\r\n\x1a\n" + bytes(100)


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("page.txt", PAGE)
    return buffer.getvalue()


def _paragraphs(brief: regionbrief.Brief) -> str:
    """The page's text as read: titles and paragraphs."""
    return "".join(p for a in brief.articles for p in (a.title or "", *a.paragraphs))


def _regions(brief: regionbrief.Brief) -> set[str]:
    return {r.name for r in brief.regions()}


def _values(brief: regionbrief.Brief) -> list[str]:
    return [f"{m.value}{m.unit}" for m in brief.metrics()]


CASES = [
    # files that are not pages
    Case("an empty file", b"", Refused("empty")),
    Case("whitespace only, of every kind", " \n\t\u3000\xa0\n".encode(), Refused("empty")),
    Case("a PNG image", _png(), Refused("PNG image")),
    Case("a zip archive", _zip(), Refused("zip archive")),
    Case("a gzip archive", gzip.compress(PAGE.encode()), Refused("gzip archive")),
    Case("a file that says it is a PDF and is not one", b"%PDF-1.7\nnot a pdf", Refused("PDF")),
    Case("bytes in no Chinese encoding", b"\xff\xfe\xfa" * 20 + b"\x81", Refused("not text in")),
    Case("NUL bytes: binary data", b"abc\x00\x00def" * 10, Refused("binary data")),
    Case(
        "control characters: binary data", ("中" + "\x01\x02\x03" * 20).encode(), Refused("binary")
    ),
    Case(
        "English, no Chinese at all",
        b"The county built 12 plants this year.",
        Refused("no Chinese"),
    ),
    Case(
        "traditional script: refused with what to do",
        (
            "# 某縣新建產業園\n\n今年以來，某縣經濟發展態勢良好，國內生產總值穩步增長，"
            "農業農村現代化建設邁出新步伐，鄉鎮企業與專業合作社數量顯著增加，"
            "銀行貸款餘額達12億元。\n"
        ).encode(),
        Refused("traditional Chinese script"),
    ),
    # encodings and line ends that are pages
    Case("GB18030 (GBK) bytes", PAGE.encode("gb18030"), lambda b: "厂房" in _paragraphs(b)),
    Case(
        "a web copy's ASCII clause marks and brackets, read as full-width ones",
        "# 某县新建产业园\n\n某县新建厂房12处(含标准厂房),完成投资3.6亿元;增长5%!\n".encode(),
        lambda b: (
            [(m.indicator, str(m.value)) for m in b.articles[0].metrics]
            == [("厂房", "12"), ("投资", "3.6"), ("投资", "5")]
            and _paragraphs(b).endswith("（含标准厂房），完成投资3.6亿元；增长5%！")
        ),
    ),
    Case(
        "UTF-8 with a BOM",
        codecs.BOM_UTF8 + PAGE.encode(),
        lambda b: b.articles[0].title == "某县新建产业园",
    ),
    Case(
        "UTF-16 with a BOM", PAGE.encode("utf-16"), lambda b: b.articles[0].reporters == ("王明",)
    ),
    Case(
        "CR line ends", PAGE.replace("\n", "\r").encode(), lambda b: b.articles[0].lines == (1, 5)
    ),
    # web pages
    Case(
        "an HTML page: headings and paragraphs, scripts left out",
        (
            "<!DOCTYPE html><html><head><title>t</title><script>var x='中';</script></head>"
            "<body><h1>某县新建产业园</h1><p>本报记者 王明</p>"
            "<p>今年以来，某县新建厂房12处。</p></body></html>"
        ).encode(),
        lambda b: (
            (b.articles[0].title, b.articles[0].reporters, "var" in _paragraphs(b))
            == ("某县新建产业园", ("王明",), False)
        ),
        ".html",
    ),
    Case(
        "HTML entities are decoded",
        "<p>某县&nbsp;新建厂房&#49;&#50;处&amp;仓库</p>".encode(),
        lambda b: "厂房12处&仓库" in _paragraphs(b),
        ".htm",
    ),
    # look-alike characters
    Case(
        "CJK radicals for ordinary characters: ⻄安",
        "⻄安市今年新增企业120家。",
        lambda b: "西安市" in _regions(b),
    ),
    Case("Kangxi radicals: ⼯业", "某县⼯业产值达12亿元。", lambda b: "工业" in _paragraphs(b)),
    Case(
        "full-width digits and letters",
        "某县ＧＤＰ增长５．２％，新增企业１２０家。",
        lambda b: "120家" in _values(b),
    ),
    Case(
        "zero-width characters inside a name",
        "杭\u200b州市\u2060新增企业120家。",
        lambda b: "杭州市" in _regions(b),
    ),
    Case("a compatibility ideograph", "某县新建\uf9a8厂房12处。", lambda b: "令" in _paragraphs(b)),
    Case(
        "no-break spaces between a byline's names",
        "# 某县新建产业园\n\n本报记者\xa0王明\xa0\xa0李红\n\n某县新建厂房12处。",
        lambda b: b.articles[0].reporters == ("王明", "李红"),
    ),
    Case(
        "a few traditional characters in a simplified page are quoted names, not a script",
        "# 某县新建产业园\n\n某县引进“臺灣精密機械”项目，新建厂房12处。",
        lambda b: "臺灣精密機械" in _paragraphs(b),
    ),
    # long and pathological input: parsed, linear, nothing lost
    Case(
        "100,000 repeated digits", "某县" + "1" * 100_000, lambda b: "1" * 100_000 in _paragraphs(b)
    ),
    Case(
        "100,000 quote marks",
        "某县" + "“" * 100_000,
        lambda b: _paragraphs(b).count("“") == 100_000,
    ),
    Case("100,000 numerals", "某县" + "一" * 100_000 + "元", lambda b: _values(b) == []),
    Case(
        "a line of 200,000 characters",
        "某县新建厂房12处，" * 20_000,
        lambda b: len(_values(b)) == 20_000,
    ),
    Case(
        "100,000 clause marks",
        "某县" + "，" * 100_000,
        lambda b: _paragraphs(b).count("，") == 100_000,
    ),
    Case(
        "a list of 10,000 counts sharing one noun",
        "某县新建" + "1个、" * 10_000 + "服务站。",
        lambda b: len(_values(b)) == 10_000,
    ),
    Case("20,000 one-line headings", "# 某县\n" * 20_000, lambda b: len(b.articles) >= 1),
    Case(
        "20,000 chains of county, town and village in one unbroken line",
        "某县" + "建德市乾潭镇白沙村" * 20_000,
        lambda b: len(b.articles[0].regions) == 3,
    ),
    Case(
        "8,000 changes against a base period in one sentence with no end",
        "某县" + "增长5.2%，比上半年加快0.8个百分点" * 8_000,
        lambda b: len(_values(b)) == 16_000,
    ),
    Case(
        "14,000 titled names in one unbroken line",
        "某县" + "县委书记李东明农民王海峰种植" * 7_000,
        lambda b: _paragraphs(b).count("王海峰") == 7_000,
    ),
    Case(
        "20,000 empty lines between two paragraphs",
        "某县。" + "\n" * 20_000 + "某镇。",
        lambda b: "某镇" in _paragraphs(b),
    ),
    Case(
        "a 40-digit number is a code, not a figure",
        "某县编号" + "7" * 40 + "元。",
        lambda b: _values(b) == [],
    ),
]


@contextmanager
def _no_hang() -> Iterator[None]:
    def stop(*_: object) -> None:
        raise TimeoutError(f"parsing took more than {_HANG} s: no longer linear?")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(_HANG)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _read(case: Case, folder: Path) -> regionbrief.Brief:
    if isinstance(case.page, str):
        return regionbrief.parse(case.page)
    path = folder / f"page{case.suffix}"
    path.write_bytes(case.page)
    return regionbrief.load(path)


class TestHostile:
    def test_enough_cases(self) -> None:
        """The table holds at least 25 hostile inputs, each with its own rule."""
        assert len(CASES) >= 25
        assert len({case.rule for case in CASES}) == len(CASES)

    @pytest.mark.parametrize("case", CASES, ids=[case.rule for case in CASES])
    def test_case(self, case: Case, tmp_path: Path) -> None:
        """Each hostile input is refused saying why, or read as its rule says."""
        with _no_hang():
            if isinstance(case.expected, Refused):
                with pytest.raises(regionbrief.InputError, match=case.expected.words):
                    _read(case, tmp_path)
            else:
                brief = _read(case, tmp_path)
                assert case.expected(brief)
                assert brief == regionbrief.loads(regionbrief.dumps(brief))


class TestLimits:
    def test_fifty_megabytes_refused_with_the_limit(self, tmp_path: Path) -> None:
        """A 50 MB file is refused at once, saying the limit and how to raise it."""
        path = tmp_path / "huge.txt"
        with path.open("wb") as stream:
            stream.truncate(50 * 1024 * 1024)
        with pytest.raises(regionbrief.InputError, match="max_bytes") as info:
            regionbrief.load(path)
        assert "huge.txt" in str(info.value)

    def test_the_limit_can_be_raised(self, tmp_path: Path) -> None:
        """A caller who means it raises max_bytes, and the file is read."""
        path = tmp_path / "page.txt"
        path.write_text(PAGE * 50, encoding="utf-8")
        with pytest.raises(regionbrief.InputError, match="more than a page"):
            regionbrief.load(path, max_bytes=1000)
        assert regionbrief.load(path, max_bytes=10_000).articles

    def test_errors_name_the_path(self, tmp_path: Path) -> None:
        """A missing file and a directory are named in their errors."""
        with pytest.raises(regionbrief.InputError, match=r"gone\.txt: no such file"):
            regionbrief.load(tmp_path / "gone.txt")
        with pytest.raises(regionbrief.InputError, match="is a directory"):
            regionbrief.load(tmp_path)

    def test_not_a_string(self) -> None:
        """parse() of bytes says it wants text."""
        with pytest.raises(regionbrief.InputError, match="expected text"):
            regionbrief.parse(PAGE.encode())  # type: ignore[arg-type]


class TestSchema:
    def test_newer_schema_names_its_version(self) -> None:
        """JSON from a newer schema fails with a SchemaError naming that version."""
        text = regionbrief.dumps(regionbrief.parse(PAGE)).replace("regionbrief/1", "regionbrief/2")
        with pytest.raises(regionbrief.SchemaError, match=r"'regionbrief/2' is newer"):
            regionbrief.loads(text)


class TestDeterminism:
    def test_same_json_across_processes(self) -> None:
        """Processes with different string hashing give byte-identical JSON.

        (scripts/check_determinism.py does the same across Pythons 3.10 to 3.13.)
        """
        import subprocess  # noqa: PLC0415
        import sys  # noqa: PLC0415

        from tests.conftest import ROOT, SEED  # noqa: PLC0415

        child = (
            "import hashlib, sys, regionbrief\n"
            "from tests import corpus\n"
            "texts = [open(sys.argv[1], encoding='utf-8').read()]\n"
            "texts += [corpus.page(n, 2000) for n in range(5)]\n"
            "print([hashlib.sha256(regionbrief.dumps(regionbrief.parse(t)).encode()).hexdigest()"
            " for t in texts])\n"
        )
        outputs = {
            subprocess.run(
                [sys.executable, "-c", child, str(SEED)],
                capture_output=True,
                text=True,
                check=True,
                cwd=ROOT,
                env={"PYTHONHASHSEED": seed, "PATH": ""},
            ).stdout
            for seed in ("0", "1", "4242")
        }
        assert 1 == len(outputs)
