"""The packaged division tables and the gazetteer that reads them."""

from __future__ import annotations

import importlib.util
import itertools
import subprocess
import sys
import textwrap
from collections import defaultdict
from importlib import resources
from pathlib import Path

import pytest

from regionbrief._gazetteer import Division, Gazetteer, gazetteer, parse_divisions, short_forms
from regionbrief._model import RegionLevel

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT.parent / "shared" / "data"


def packaged(name: str) -> str:
    return resources.files("regionbrief").joinpath(f"data/{name}").read_text(encoding="utf-8")


def header(name: str) -> str:
    return "".join(line for line in packaged(name).splitlines(keepends=True) if line[0] == "#")


DIVISIONS = parse_divisions(packaged("divisions.tsv"))
NOW = max(row.valid_from for row in DIVISIONS)
BY_CODE: dict[str, list[Division]] = defaultdict(list)
for _row in DIVISIONS:
    BY_CODE[_row.code].append(_row)


def valid_row(code: str, year: int) -> Division | None:
    return next((row for row in BY_CODE[code] if row.valid_in(year)), None)


def years(row: Division) -> range:
    return range(row.valid_from, (NOW if row.valid_to is None else row.valid_to) + 1)


class TestHeaders:
    """Each file names its sources, their vintage and the script that makes it."""

    def test_divisions_header(self) -> None:
        text = header("divisions.tsv")
        for words in ("Ministry of Civil Affairs", "2025-12-31", "yescallop/areacodes", "eed219a"):
            assert words in text
        for words in ("1981-2024", "CC0", "scripts/build_divisions.py", "do not edit by hand"):
            assert words in text
        assert "code name level parent from to" in text

    def test_towns_header(self) -> None:
        text = header("towns.tsv")
        for words in ("Ministry of Civil Affairs", "2025-12-31", "scripts/build_divisions.py"):
            assert words in text
        assert "code name" in text


class TestRows:
    """divisions.tsv is sorted, with well-formed codes, levels and years."""

    def test_sorted(self) -> None:
        keys = [(row.code, row.valid_from) for row in DIVISIONS]
        assert sorted(keys) == keys

    def test_fields(self) -> None:
        levels = {RegionLevel.PROVINCE, RegionLevel.PREFECTURE, RegionLevel.COUNTY}
        for row in DIVISIONS:
            assert len(row.code) == 6
            assert row.code.isdigit()
            assert row.level in levels
            assert row.valid_to is None or row.valid_from <= row.valid_to
            assert 1981 <= row.valid_from <= NOW

    def test_current_units_match_the_mca_counts(self) -> None:
        current = [row.level for row in DIVISIONS if row.valid_to is None]
        # the MCA table's 33 provinces, 333 prefectures and 2845 counties, plus 710000 台湾省
        expected = {RegionLevel.PROVINCE: 34, RegionLevel.PREFECTURE: 333, RegionLevel.COUNTY: 2845}
        assert expected == {level: current.count(level) for level in expected}


class TestSpans:
    """A code has one row per year: spans of the same code never overlap."""

    def test_no_overlap(self) -> None:
        for rows in BY_CODE.values():
            for before, after in itertools.pairwise(rows):
                assert before.valid_to is not None
                assert before.valid_to < after.valid_from


class TestParents:
    """Every parent exists, at the right level, in every year of its child's span."""

    def test_parent_valid_throughout(self) -> None:
        for row in DIVISIONS:
            if row.parent is None:
                continue
            for year in years(row):
                assert valid_row(row.parent, year) is not None, (row, year)
            if row.valid_to is None:
                assert valid_row(row.parent, NOW) is not None

    def test_levels(self) -> None:
        allowed = {
            RegionLevel.PROVINCE: set(),
            RegionLevel.PREFECTURE: {RegionLevel.PROVINCE},
            RegionLevel.COUNTY: {RegionLevel.PREFECTURE, RegionLevel.PROVINCE},
        }
        for row in DIVISIONS:
            if row.parent is None:
                assert row.level is RegionLevel.PROVINCE
                continue
            parent = valid_row(row.parent, row.valid_from)
            assert parent is not None
            assert parent.level in allowed[row.level], row
            assert row.code[:2] == parent.code[:2]

    @pytest.mark.parametrize(
        ("code", "expected"), [("110101", "110000"), ("429004", "420000"), ("420602", "420600")]
    )
    def test_municipality_and_province_administered(self, code: str, expected: str) -> None:
        division = gazetteer().by_code(code)
        assert division is not None
        assert expected == division.parent


class TestTownsFile:
    """towns.tsv: unique 9-digit codes under current county-level units."""

    def test_codes(self) -> None:
        rows = [line.split("\t") for line in packaged("towns.tsv").splitlines() if line[0] != "#"]
        codes = [code for code, _ in rows]
        assert len(set(codes)) == len(codes) > 38000
        assert sorted(codes) == codes
        for code in {code[:6] for code in codes}:
            county = valid_row(code, NOW)
            assert county is not None
            assert county.level in {RegionLevel.COUNTY, RegionLevel.PREFECTURE}


class TestShortForms:
    """Short forms drop the generic suffix and the nationalities, never down to one character."""

    @pytest.mark.parametrize(
        ("name", "expected"),
        [
            ("河南省", ("河南",)),
            ("金华市", ("金华",)),
            ("广西壮族自治区", ("广西",)),
            ("内蒙古自治区", ("内蒙古",)),
            ("新疆维吾尔自治区", ("新疆",)),
            ("香港特别行政区", ("香港",)),
            ("延边朝鲜族自治州", ("延边", "延边州")),
            ("大化瑶族自治县", ("大化", "大化县")),
            ("镇沅彝族哈尼族拉祜族自治县", ("镇沅", "镇沅县")),
            ("巴音郭楞蒙古自治州", ("巴音郭楞", "巴音郭楞州")),
            ("龙胜各族自治县", ("龙胜", "龙胜县")),
            ("东乡族自治县", ("东乡", "东乡县")),
            ("神农架林区", ("神农架",)),
            ("浦东新区", ("浦东",)),
            ("滑县", ()),
            ("东区", ()),
            ("城关区", ()),
            ("市中区", ()),
            ("新城区", ()),
            ("西沙群岛", ()),
        ],
    )
    def test_short_forms(self, name: str, expected: tuple[str, ...]) -> None:
        assert expected == short_forms(name)

    def test_no_one_character_forms(self) -> None:
        assert not [form for form in gazetteer().forms() if len(form) < 2]


class TestLookup:
    """Surface forms name the divisions of a year, most senior first."""

    @pytest.mark.parametrize(
        ("form", "year", "code"),
        [
            ("郑州", None, "410100"),
            ("金华", None, "330700"),
            ("新郑", None, "410184"),
            ("荥阳", None, "410182"),
            ("广西", None, "450000"),
            ("内蒙古", None, "150000"),
            ("延边州", None, "222400"),
            ("大化", None, "451229"),
            ("田阳县", 2019, "451021"),
            ("田阳区", None, "451003"),
            ("田阳区", 2019, "451003"),
            ("襄樊", None, "420600"),
            ("襄樊", 2005, "420600"),
            ("渝北区", 2020, "500112"),
        ],
    )
    def test_lookup(self, form: str, year: int | None, code: str) -> None:
        assert [code] == [division.code for division in gazetteer().lookup(form, year)]

    def test_former_name_is_the_fallback(self) -> None:
        expected = [("襄樊市", 2009)]
        assert expected == [(row.name, row.valid_to) for row in gazetteer().lookup("襄樊")]
        assert not gazetteer().lookup("田阳区", 2010)

    def test_most_senior_first(self) -> None:
        levels = [division.level for division in gazetteer().lookup("朝阳")]
        expected = [RegionLevel.PREFECTURE, *[RegionLevel.COUNTY] * 3]
        assert expected == levels

    def test_unknown(self) -> None:
        assert not gazetteer().lookup("南")
        assert not gazetteer().lookup("没有这个地方")


class TestByCode:
    """A code gives the row valid in a year, or now."""

    def test_year(self) -> None:
        expected = Division("500112", "渝北区", RegionLevel.COUNTY, "500000", 1997, 2024)
        assert expected == gazetteer().by_code("500112", 2020)
        assert gazetteer().by_code("500112") is None

    @pytest.mark.parametrize(
        ("code", "year", "expected"),
        [
            ("420600", 2009, "襄樊市"),
            ("420600", 2010, "襄阳市"),
            ("420600", None, "襄阳市"),
            ("451021", 2019, "田阳县"),
            ("451003", 2019, "田阳区"),
            ("500157", None, "两江新区"),
            ("500157", 2024, None),
            ("451021", None, None),
            ("710000", None, "台湾省"),
        ],
    )
    def test_names(self, code: str, year: int | None, expected: str | None) -> None:
        division = gazetteer().by_code(code, year)
        assert expected == (division.name if division else None)

    def test_town(self) -> None:
        expected = Division("410182003", "豫龙街道", RegionLevel.TOWNSHIP, "410182", 2025, None)
        assert expected == gazetteer().by_code("410182003")
        assert gazetteer().by_code("410182003", 2020) is None


class TestPath:
    """Paths run from the province down, with the parents of the division's years."""

    @pytest.mark.parametrize(
        ("form", "year", "expected"),
        [
            ("郑州", None, ("河南省", "郑州市")),
            ("荥阳", None, ("河南省", "郑州市", "荥阳市")),
            ("北京", None, ("北京市",)),
            ("东城区", None, ("北京市", "东城区")),
            ("仙桃", None, ("湖北省", "仙桃市")),
            ("田阳县", 2019, ("广西壮族自治区", "百色市", "田阳县")),
            ("襄城区", 2005, ("湖北省", "襄樊市", "襄城区")),
            ("襄城区", None, ("湖北省", "襄阳市", "襄城区")),
        ],
    )
    def test_paths(self, form: str, year: int | None, expected: tuple[str, ...]) -> None:
        assert expected == gazetteer().path(gazetteer().lookup(form, year)[0], year)

    def test_town(self) -> None:
        expected = ("河南省", "郑州市", "荥阳市", "豫龙街道")
        assert expected == gazetteer().path(gazetteer().towns("410182")["豫龙街道"])


class TestChildren:
    """Children are the direct subdivisions of a year."""

    def test_children(self) -> None:
        names = [division.name for division in gazetteer().children("420000")]
        assert {"武汉市", "仙桃市", "神农架林区"} <= set(names)
        assert "襄阳市" in names
        assert "襄樊市" in [division.name for division in gazetteer().children("420000", 2000)]

    def test_municipality(self) -> None:
        assert "东城区" in [division.name for division in gazetteer().children("110000")]
        assert "崇文区" in [division.name for division in gazetteer().children("110000", 2005)]


class TestTowns:
    """Towns by county and counties by town name, loaded on first use."""

    def test_towns(self) -> None:
        towns = gazetteer().towns("410182")
        # 豫龙镇 became 豫龙街道 before the 2025 table
        assert "豫龙镇" not in towns
        expected = Division("410182003", "豫龙街道", RegionLevel.TOWNSHIP, "410182", 2025, None)
        assert expected == towns["豫龙街道"]
        assert not gazetteer().towns("999999")

    def test_town_counties(self) -> None:
        assert "330382" in gazetteer().town_counties("芙蓉镇")
        assert not gazetteer().town_counties("没有这个镇")

    def test_lazy(self) -> None:
        reads: list[str] = []

        def towns() -> str:
            reads.append("towns.tsv")
            return "# as of 2025-12-31\n410182003\t豫龙街道\n"

        g = Gazetteer(DIVISIONS, towns)
        assert g.lookup("荥阳")
        assert not reads
        expected = ("410182",)
        assert expected == g.town_counties("豫龙街道")
        assert expected == g.town_counties("豫龙街道")
        assert len(reads) == 1


class TestImport:
    """Importing the module reads no data: the first gazetteer() call does."""

    def test_no_io_at_import(self) -> None:
        code = textwrap.dedent(
            """
            import sys
            opened = []
            sys.addaudithook(
                lambda event, args: opened.append(str(args[0]))
                if event == "open" and str(args[0]).endswith(".tsv") else None
            )
            import regionbrief._gazetteer as g
            print(g.gazetteer.cache_info().currsize, len(opened))
            g.gazetteer()
            print(g.gazetteer.cache_info().currsize, len(opened))
            """
        )
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        expected = ["0 0", "1 1"]  # nothing cached or opened at import; one file at first call
        assert expected == done.stdout.split("\n")[:2]


@pytest.mark.skipif(not SOURCES.is_dir(), reason="the source tables are not here")
class TestBuild:
    """The build script reproduces the packaged files byte for byte."""

    def test_rebuild(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        spec = importlib.util.spec_from_file_location("build", ROOT / "scripts/build_divisions.py")
        assert spec is not None
        assert spec.loader is not None
        build = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(build)
        assert not build.main(["--out-dir", str(tmp_path)])
        assert "2025-12-31" in capsys.readouterr().out
        for name in ("divisions.tsv", "towns.tsv"):
            assert packaged(name) == (tmp_path / name).read_text(encoding="utf-8")
