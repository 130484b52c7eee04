"""The packaged gazetteer of China's divisions: codes, names, parents, years and surface forms.

``data/divisions.tsv`` holds provinces, prefectures and counties from 1981 on, one row per code,
name and span of years; ``data/towns.tsv`` holds the towns of the 2025 table.  Both are built by
``scripts/build_divisions.py``; ``docs/data.md`` says from what.  Nothing is read at import:
:func:`gazetteer` loads the divisions on first call and the towns wait for the first town query.

A 直辖市 is a single province-level row and its districts name it as their parent; a county-level
unit under a province directly (省直辖, such as 429004 仙桃市) names the province.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter, defaultdict
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs

from regionbrief._model import RegionLevel

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

_RANKED = (RegionLevel.PROVINCE, RegionLevel.PREFECTURE, RegionLevel.COUNTY, RegionLevel.TOWNSHIP)
_LEVELS = {level.value: level for level in _RANKED}
_RANK = {level: rank for rank, level in enumerate(_RANKED)}
_NATIONALITY = (
    "蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克"
    "|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔"
    "|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克"
    "|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺"
)
"""China's 55 minority nationalities as a regex alternation, as their names appear before 族."""
_NATIONALITIES = "|".join(name for name in _NATIONALITY.split("|") if len(name) > 1)
"""The nationalities that some names give without 族 (巴音郭楞蒙古自治州)."""
_AUTONOMOUS = re.compile(
    rf"(?:(?P<people>{_NATIONALITY})族|(?P<base>.{{2,}}?)(?:(?:{_NATIONALITY}|各)族|{_NATIONALITIES})*)"
    r"自治(?P<kind>区|州|县|旗)"
)
"""An autonomous unit: its place name, then a run of nationalities (族 left out for a few).

The place can bear the nationality's name (东乡族自治县, 鄂温克族自治旗).
"""
_ETHNIC_TOWN = re.compile(rf"(?P<base>.{{2,}}?)(?:(?:{_NATIONALITY})族)+(?P<kind>乡|镇|苏木)")
"""A minority nationality township: its place name, its nationalities, 乡 (小碧布依族苗族乡)."""
_SUFFIX = re.compile(r"(?P<base>.{2,}?)(?:特别行政区|地区|林区|特区|新区|省|市|盟|州|县|区|旗)")
_GENERIC = re.compile(
    r"[东西南北中上下前后内外新老]?[城市郊矿关区]|[城市][东西南北中上下前后内外郊关区]"
)
"""Words like 城区, 城关, 市中, 东城, 新区: a short form that is one of them is not a name."""


@attrs.frozen(cache_hash=True)
class Division:
    """One division under one code and name over a span of years.

    Attributes:
        code: the 6-digit division code (``"410100"``), or 9 digits for a town.
        name: the full name in that span (``"洛阳市"``).
        level: ``PROVINCE``, ``PREFECTURE``, ``COUNTY`` or ``TOWNSHIP``.
        parent: the parent's code in that span, ``None`` for a province.
        valid_from: the first year.
        valid_to: the last year, ``None`` while still valid.
    """

    code: str
    name: str
    level: RegionLevel
    parent: str | None
    valid_from: int
    valid_to: int | None

    def valid_in(self, year: int | None) -> bool:
        """Whether the division existed in ``year`` (``None``: whether it exists now)."""
        if year is None:
            return self.valid_to is None
        return self.valid_from <= year and (self.valid_to is None or year <= self.valid_to)


def short_forms(name: str) -> tuple[str, ...]:
    """The shorter forms of a full name: without its generic suffix and nationalities.

    >>> short_forms("延边朝鲜族自治州"), short_forms("建德市"), short_forms("城关区")
    (('延边', '延边州'), ('建德',), ())
    """
    if found := _AUTONOMOUS.fullmatch(name):
        base, kind = found["people"] or found["base"], found["kind"]
        forms = (base,) if kind == "区" else (base, base + kind)
    elif found := _SUFFIX.fullmatch(name):
        base = found["base"]
        forms = (base,)
    else:
        return ()
    return () if _GENERIC.fullmatch(base) else forms


def _sort_key(division: Division) -> tuple[int, str, int]:
    return (_RANK[division.level], division.code, division.valid_from)


def _read(name: str) -> str:
    return resources.files("regionbrief").joinpath(f"data/{name}").read_text(encoding="utf-8")


def parse_divisions(text: str) -> list[Division]:
    """Read the rows of divisions.tsv."""
    divisions = []
    for line in text.splitlines():
        if line and not line.startswith("#"):
            code, name, level, parent, start, end = line.split("\t")
            to = int(end) if end else None
            divisions.append(Division(code, name, _LEVELS[level], parent or None, int(start), to))
    return divisions


class _Towns:
    """The towns of towns.tsv: codes and names in code order, indexed by county."""

    def __init__(self, text: str) -> None:
        vintage = re.search(r"^#.* as of (\d{4})", text, re.MULTILINE)
        if vintage is None:
            raise ValueError("towns.tsv names no vintage ('as of YYYY') in its header")
        self.year = int(vintage[1])
        # two columns, code and name, split in one pass (38,000 rows, read on a first town)
        rows = [line for line in text.splitlines() if line and line[0] != "#"]
        cells = "\t".join(rows).split("\t")
        if len(cells) != 2 * len(rows):
            raise ValueError("towns.tsv: every row must be a code and a name, tab-separated")
        self.codes = cells[0::2]
        self.names = cells[1::2]
        self._add_short_forms()
        self.spans: dict[str, range] = {}
        start, county = 0, self.codes[0][:6] if rows else ""
        for at, code in enumerate(self.codes):
            if not code.startswith(county):
                self.spans[county] = range(start, at)
                start, county = at, code[:6]
        self.spans[county] = range(start, len(rows))
        self.views: dict[str, Mapping[str, Division]] = {}
        self.by_name: dict[str, str | tuple[str, ...]] | None = None
        self.names_set: frozenset[str] | None = None

    def _add_short_forms(self) -> None:
        """Each nationality township also under its short name: 小碧布依族苗族乡 as 小碧乡.

        Reports write the short name; it joins the rows right after the full name, where
        no full name of the table has it already.
        """
        ethnic = [at for at, name in enumerate(self.names) if "族" in name]
        if not ethnic:
            return
        known = set(self.names)
        codes: list[str] = []
        names: list[str] = []
        done = 0
        for at in ethnic:
            match = _ETHNIC_TOWN.fullmatch(self.names[at])
            if match is None or (short := match["base"] + match["kind"]) in known:
                continue
            codes += self.codes[done : at + 1]
            names += self.names[done : at + 1]
            codes.append(self.codes[at])  # right after its full name: code order holds
            names.append(short)
            done = at + 1
        self.codes = codes + self.codes[done:]
        self.names = names + self.names[done:]

    def town(self, at: int) -> Division:
        """The town in row ``at``."""
        code = self.codes[at]
        return Division(code, self.names[at], RegionLevel.TOWNSHIP, code[:6], self.year, None)


class Gazetteer:
    """Divisions by code, by surface form and by parent, each as of a year."""

    def __init__(
        self, divisions: Iterable[Division], towns: Callable[[], str] = lambda: _read("towns.tsv")
    ) -> None:
        """Index ``divisions``; ``towns`` gives towns.tsv's text when first needed."""
        self._rows: dict[str, list[Division]] = defaultdict(list)
        self._children: dict[str, list[Division]] = defaultdict(list)
        for division in sorted(divisions, key=_sort_key):
            self._rows[division.code].append(division)
            if division.parent is not None:
                self._children[division.parent].append(division)
        self._read_towns = towns
        self._towns: _Towns | None = None
        self._forms: Mapping[str, tuple[Division, ...]] | None = None
        self._successors: dict[str, str] | None = None

    def by_code(self, code: str, year: int | None = None) -> Division | None:
        """The division with ``code`` in ``year`` (``None``: now), or ``None``."""
        if len(code) == 9:
            data = self._town_data()
            at = bisect.bisect_left(data.codes, code)
            found = at < len(data.codes) and data.codes[at] == code
            town = data.town(at) if found else None
            return town if town and town.valid_in(year) else None
        return next((row for row in self._rows.get(code, ()) if row.valid_in(year)), None)

    def successor(self, code: str) -> str | None:
        """The code that took over a retired code, if it had exactly one successor."""
        if self._successors is None:
            lines = _read("successors.tsv").splitlines()
            pairs = (line.split("\t") for line in lines if line and not line.startswith("#"))
            self._successors = dict(pairs)
        return self._successors.get(code)

    def current(self, division: Division, year: int | None = None) -> Division:
        """The division that stands for ``division`` in ``year``: itself, or its successor.

        >>> g = gazetteer()
        >>> g.current(g.lookup("田阳县", 2019)[0], 2020).name, g.current(g.lookup("襄樊")[0]).name
        ('田阳区', '襄阳市')
        """
        renamed = self.by_code(division.code, year)
        if renamed is not None:
            return renamed  # the same code under another name (襄樊市 is now 襄阳市)
        seen = {division.code}
        while not division.valid_in(year):
            after = self.successor(division.code)
            found = self.by_code(after, year) if after else None
            if found is None and after:
                rows = self.rows(after)
                found = rows[-1] if rows else None
            if found is None or found.code in seen:
                return division
            seen.add(found.code)
            division = found
        return division

    def rows(self, code: str) -> tuple[Division, ...]:
        """Every row of a province, prefecture or county code, oldest first."""
        return tuple(self._rows.get(code, ()))

    def forms(self) -> Mapping[str, tuple[Division, ...]]:
        """Every surface form (full names and short forms) and the divisions it names, any year."""
        if self._forms is None:
            forms: dict[str, list[Division]] = defaultdict(list)
            for rows in self._rows.values():
                for row in rows:
                    for form in (row.name, *short_forms(row.name)):
                        forms[form].append(row)
            self._forms = MappingProxyType({form: tuple(rows) for form, rows in forms.items()})
        return self._forms

    def lookup(self, form: str, year: int | None = None) -> tuple[Division, ...]:
        """The divisions (province to county) that ``form`` names in ``year``, most senior first.

        When ``form`` names nothing in ``year`` (``None``: now), the divisions it last named
        before then are returned: a former name still in use, such as 襄樊 after 2010.
        """
        candidates = self.forms().get(form, ())
        found = [row for row in candidates if row.valid_in(year)]
        if not found:
            former = [
                row
                for row in candidates
                if row.valid_to is not None and (year is None or row.valid_to < year)
            ]
            last = max((row.valid_to or 0 for row in former), default=0)
            found = [row for row in former if row.valid_to == last]
        return tuple(sorted(found, key=_sort_key))

    def path(self, division: Division, year: int | None = None) -> tuple[str, ...]:
        """The names from the province down to ``division``, with the parents of ``year``.

        ``year`` is held within the division's own span; ``None`` means now for a current
        division and its last year for a former one.
        """
        when = division.valid_to if year is None else max(year, division.valid_from)
        if when is not None and division.valid_to is not None:
            when = min(when, division.valid_to)
        names = [division.name]
        while division.parent is not None:
            parent = self.by_code(division.parent, when)
            if parent is None:
                raise LookupError(f"{division.code}'s parent {division.parent} not in {when}")
            names.append(parent.name)
            division = parent
        return tuple(reversed(names))

    def children(self, code: str, year: int | None = None) -> tuple[Division, ...]:
        """The provinces', prefectures' or counties' direct children in ``year`` (``None``: now).

        Towns are not included: see :meth:`towns`.
        """
        return tuple(row for row in self._children.get(code, ()) if row.valid_in(year))

    def towns(self, county_code: str) -> Mapping[str, Division]:
        """The towns of a county-level unit (as of the towns table), by name."""
        data = self._town_data()
        if county_code not in data.views:
            span = data.spans.get(county_code, range(0))
            data.views[county_code] = MappingProxyType({data.names[i]: data.town(i) for i in span})
        return data.views[county_code]

    def town_names(self) -> frozenset[str]:
        """Every town name of the towns table."""
        data = self._town_data()
        if data.names_set is None:
            data.names_set = frozenset(data.names)
        return data.names_set

    def town_counties(self, name: str) -> tuple[str, ...]:
        """The codes of the county-level units that have a town named exactly ``name``."""
        data = self._town_data()
        if data.by_name is None:
            data.by_name = _index(data.names, [code[:6] for code in data.codes])
        found = data.by_name.get(name, ())
        return (found,) if isinstance(found, str) else found

    def _town_data(self) -> _Towns:
        if self._towns is None:
            self._towns = _Towns(self._read_towns())
        return self._towns


def _index(names: list[str], counties: list[str]) -> dict[str, str | tuple[str, ...]]:
    """County codes by town name: one code, or a tuple where several counties share a name.

    Built in C where it can be (a dict of pairs, a Counter): the towns table has
    some 38,000 rows and this runs on a page's first town.
    """
    index: dict[str, str | tuple[str, ...]] = dict(zip(names, counties, strict=True))
    shared: dict[str, list[str]] = {n: [] for n, count in Counter(names).items() if count > 1}
    for name, county in zip(names, counties, strict=True):
        bucket = shared.get(name)
        if bucket is not None:
            bucket.append(county)
    index.update((name, tuple(codes)) for name, codes in shared.items())
    return index


@functools.cache
def gazetteer() -> Gazetteer:
    """The packaged gazetteer, loaded on first call.

    >>> gazetteer().path(gazetteer().lookup("建德")[0])
    ('浙江省', '杭州市', '建德市')
    """
    return Gazetteer(parse_divisions(_read("divisions.tsv")))
