"""Build regionbrief's packaged division tables from the two source tables.

Reads the Ministry of Civil Affairs table (current units and towns, as of 2025-12-31) and the
yescallop/areacodes history (every county-and-above code 1981-2024) and writes
``src/regionbrief/data/divisions.tsv`` and ``src/regionbrief/data/towns.tsv``.

Usage::

    python scripts/build_divisions.py [--mca PATH] [--history PATH] [--out-dir DIR]

How the two sources are merged:

* A history row spans ``启用时间`` to ``变更/弃用时间``; the history's tables are year-end
  snapshots, so a unit changed in year Y still existed for part of Y and its ``to`` is Y
  (451021 田阳县 runs to 2019, the year 451003 田阳区 replaced it).
* Consecutive rows of one code with the same name (the history splits them when only the
  parent's name changed) are merged.  Where a code was renamed (420600 襄樊市 -> 襄阳市 in
  2010) the year of the change goes to the new name, so a code has one row per year.
* The MCA table is authoritative for what exists now: history codes 在用 in 2024 but absent
  from it end at 2024 (500105 江北区, 500112 渝北区); MCA codes absent from the history start in
  2025 (500157 两江新区).  The one exception is 710000 台湾省, which the MCA extract leaves out
  only because the official table publishes no numeric code for it; it stays current.
* Parents come from the code: a county's parent is its prefecture ``XXXX00`` when that code is
  a prefecture-level unit in the same year, otherwise the province ``XX0000``.  That covers the
  直辖市 (districts of 北京市 hang directly under 110000, which is the only row for the city) and
  the 省直辖县级行政区划 (429004 仙桃市 hangs under 420000 湖北省).  A row whose parent changes
  during its span is split, so every row has one parent valid throughout its span.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
DEFAULT_MCA = SHARED_DATA / "mca_xzqh20251231.json"
DEFAULT_HISTORY = SHARED_DATA / "areacodes-history.csv"
DEFAULT_OUT = REPO / "src" / "regionbrief" / "data"

HISTORY_LAST_YEAR = 2024
HISTORY_COMMIT = "eed219a"
HISTORY_LEVELS = {"省级": "province", "地级": "prefecture", "县级": "county"}
MCA_LEVELS = {1: "province", 2: "prefecture", 3: "county"}
PSEUDO_UNITS = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})
"""Groupings of the official tables that are not divisions; neither source should have them."""
KEPT_ABSENT_FROM_MCA = {"710000": "台湾省"}
"""Current units the MCA extract leaves out for want of a published code, not because they went."""


class Row(NamedTuple):
    """One division under one code and name over a span of years."""

    code: str
    name: str
    level: str
    parent: str
    start: int
    end: int | None
    """Last year, or ``None`` when still valid."""


class Source(NamedTuple):
    """The MCA table: its vintage, its units above town level, and its towns."""

    as_of: str
    table: str
    units: dict[str, tuple[str, str, str]]
    """code -> (name, level, parent)."""
    towns: list[tuple[str, str, str]]
    """(code, name, parent) rows."""


def read_mca(path: Path) -> Source:
    """Read the MCA JSON table."""
    data = json.loads(path.read_text(encoding="utf-8"))
    meta = data["metadata"]
    units: dict[str, tuple[str, str, str]] = {}
    towns: list[tuple[str, str, str]] = []
    for level, code, parent, name in data["divisions"]:
        if level == 4:
            towns.append((code, name, parent))
        else:
            units[code] = (name, MCA_LEVELS[level], parent)
    return Source(str(meta["data_as_of"]), str(meta["source_table"]), units, towns)


def read_history(path: Path) -> list[Row]:
    """Read the areacodes history CSV (UTF-8 with a BOM) as rows without parents."""
    rows: list[Row] = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for record in csv.DictReader(handle):
            end = record["变更/弃用时间"]
            if (record["状态"] == "在用") != (not end):
                raise ValueError(f"status and end year disagree: {record}")
            rows.append(
                Row(
                    code=record["代码"],
                    name=record["名称"],
                    level=HISTORY_LEVELS[record["级别"]],
                    parent="",
                    start=int(record["启用时间"]),
                    end=int(end) if end else None,
                )
            )
    return rows


def merge(history: list[Row], mca: Source) -> list[Row]:
    """Combine the history with the MCA table into non-overlapping rows per code."""
    now = int(mca.as_of[:4])
    by_code: dict[str, list[Row]] = defaultdict(list)
    for row in history:
        if row.end is None and row.code not in mca.units:
            if row.code not in KEPT_ABSENT_FROM_MCA:
                row = row._replace(end=HISTORY_LAST_YEAR)  # noqa: PLW2901
        elif row.end is None and mca.units[row.code][:2] != (row.name, row.level):
            raise ValueError(f"history and MCA disagree on {row.code}: {row} {mca.units[row.code]}")
        by_code[row.code].append(row)
    for code, (name, level, _) in mca.units.items():
        if not any(row.end is None for row in by_code[code]):
            by_code[code].append(Row(code, name, level, "", now, None))
    merged: list[Row] = []
    for code in sorted(by_code):
        rows = sorted(by_code[code], key=lambda row: row.start)
        kept: list[Row] = [rows[0]]
        for row in rows[1:]:
            last = kept[-1]
            if last.end is None or last.end > row.start:
                raise ValueError(f"overlapping history rows: {last} {row}")
            if last.name == row.name and last.level == row.level and last.end == row.start:
                kept[-1] = last._replace(end=row.end)
                continue
            if last.end == row.start:
                kept[-1] = last._replace(end=row.start - 1)
            kept.append(row)
        merged.extend(kept)
    return merged


def assign_parents(rows: list[Row], now: int) -> list[Row]:
    """Give every row the parent valid in its years, splitting rows whose parent changes."""
    spans: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for row in rows:
        spans[row.code].append((row.level, row.start, now if row.end is None else row.end))

    def is_unit(code: str, level: str, year: int) -> bool:
        return any(lv == level and a <= year <= b for lv, a, b in spans.get(code, ()))

    def parent_in(row: Row, year: int) -> str:
        if row.level == "province":
            return ""
        province = row.code[:2] + "0000"
        prefecture = row.code[:4] + "00"
        if row.level == "county" and is_unit(prefecture, "prefecture", year):
            return prefecture
        if is_unit(province, "province", year):
            return province
        raise ValueError(f"no parent for {row} in {year}")

    out: list[Row] = []
    for row in rows:
        last_year = now if row.end is None else row.end
        start = row.start
        parent = parent_in(row, start)
        for year in range(row.start + 1, last_year + 1):
            here = parent_in(row, year)
            if here != parent:
                out.append(row._replace(parent=parent, start=start, end=year - 1))
                start, parent = year, here
        out.append(row._replace(parent=parent, start=start))
    return out


def check(rows: list[Row], mca: Source) -> None:
    """Raise ``ValueError`` unless the sorted rows agree with the MCA table and each other."""
    if pseudo := sorted({row.name for row in rows} & PSEUDO_UNITS):
        raise ValueError(f"pseudo-units in the sources: {pseudo}")
    for before, after in itertools.pairwise(rows):
        if before.code == after.code and (before.end is None or before.end >= after.start):
            raise ValueError(f"two rows for {before.code} in one year: {before} {after}")
    current = {row.code: row for row in rows if row.end is None}
    for code, (name, level, parent) in mca.units.items():
        row = current[code]
        if (row.name, row.level, row.parent) != (name, level, parent or ""):
            raise ValueError(f"{row} differs from the MCA table's {(name, level, parent)}")
    for code, name, parent in mca.towns:
        if len(code) != 9 or code[:6] != parent:
            raise ValueError(f"town {code} {name} is not coded under its parent {parent}")
        if current[parent].level == "province":
            raise ValueError(f"town {code} {name} hangs from a province")


def header(lines: list[str]) -> str:
    """Comment lines, each prefixed with ``# ``."""
    return "".join(f"# {line}\n" for line in lines)


def write_divisions(rows: list[Row], mca: Source, path: Path) -> None:
    """Write divisions.tsv."""
    lines = [
        "regionbrief division gazetteer: provinces, prefectures and counties of China, 1981-now.",
        "Generated by scripts/build_divisions.py; do not edit by hand.",
        "Sources:",
        f"  Ministry of Civil Affairs (民政部) code table {mca.table}, as of {mca.as_of},",
        "    the units that exist now;",
        f"  yescallop/areacodes result.csv at commit {HISTORY_COMMIT}, 1981-{HISTORY_LAST_YEAR},",
        "    CC0 1.0: retired codes and former names.",
        "Columns, tab-separated: code name level parent from to",
        "  code: 6-digit division code; name: full name in that span;",
        "  level: province, prefecture or county;",
        "  parent: code of the parent in that span, empty for provinces; the districts of a",
        "    直辖市 and 省直辖 county-level units (429004 仙桃市) have the province as parent;",
        "  from, to: first and last year the unit had this code and name (to empty: still valid).",
        "A code has at most one row in any year; rows are sorted by code, then from.",
    ]
    body = [
        "\t".join((row.code, row.name, row.level, row.parent, str(row.start), str(row.end or "")))
        for row in rows
    ]
    path.write_text(header(lines) + "\n".join(body) + "\n", encoding="utf-8")


def write_towns(mca: Source, path: Path) -> None:
    """Write towns.tsv."""
    lines = [
        "regionbrief town gazetteer: towns, townships, streets and sumu (level 4) of China.",
        "Generated by scripts/build_divisions.py; do not edit by hand.",
        f"Source: Ministry of Civil Affairs (民政部) code table {mca.table}, as of {mca.as_of}.",
        "Columns, tab-separated: code name",
        "  code: 9-digit town code; its first six digits are the county-level parent's code",
        "    (a prefecture without counties, such as 441900 东莞市, for its towns);",
        "  name: full name (镇, 乡, 街道, 苏木, ...).",
        "Sorted by code.",
    ]
    body = [f"{code}\t{name}" for code, name, _ in sorted(mca.towns)]
    path.write_text(header(lines) + "\n".join(body) + "\n", encoding="utf-8")


SUCCESSORS_2025 = {"500105": "500157", "500112": "500157"}
"""The 2025 changes the history does not hold (shared/data/README.md): 两江新区 500157
replaced 重庆 江北区 500105 and 渝北区 500112."""


def read_successors(path: Path) -> dict[str, str]:
    """Each retired code's one successor (``新代码``); a code split among several has none."""
    successors: dict[str, str] = {}
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for record in csv.DictReader(handle):
            target = record["新代码"].split("[", 1)[0]
            if record["状态"] == "弃用" and target and ";" not in target:
                successors[record["代码"]] = target
    return {**successors, **SUCCESSORS_2025}


def write_successors(successors: dict[str, str], path: Path) -> None:
    """Write successors.tsv."""
    lines = [
        "regionbrief division successors: the code that took over a retired code.",
        "Generated by scripts/build_divisions.py; do not edit by hand.",
        f"Source: yescallop/areacodes result.csv at commit {HISTORY_COMMIT} (新代码), CC0 1.0,",
        "  and the 2025 changes of shared/data/README.md (两江新区 500157).",
        "Columns, tab-separated: code successor. A code split among several successors is left",
        "out: its later code cannot be told from its name alone.",
    ]
    body = [f"{code}\t{successors[code]}" for code in sorted(successors)]
    path.write_text(header(lines) + "\n".join(body) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Build both files and print what was written."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--mca", type=Path, default=DEFAULT_MCA)
    parser.add_argument("--history", type=Path, default=DEFAULT_HISTORY)
    parser.add_argument("--out-dir", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    mca = read_mca(args.mca)
    now = int(mca.as_of[:4])
    rows = assign_parents(merge(read_history(args.history), mca), now)
    rows.sort(key=lambda row: (row.code, row.start))
    check(rows, mca)
    out_dir: Path = args.out_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    write_divisions(rows, mca, out_dir / "divisions.tsv")
    write_towns(mca, out_dir / "towns.tsv")
    write_successors(read_successors(args.history), out_dir / "successors.tsv")
    levels = {level: sum(row.level == level for row in rows) for level in MCA_LEVELS.values()}
    current = sum(row.end is None for row in rows)
    print(f"MCA table {mca.table} as of {mca.as_of}; history 1981-{HISTORY_LAST_YEAR}")
    print(
        f"divisions.tsv: {len(rows)} rows ({current} current; "
        + ", ".join(f"{n} {level}" for level, n in levels.items())
        + f"), {len({row.code for row in rows})} codes"
    )
    print(f"towns.tsv: {len(mca.towns)} towns")
    for name in ("divisions.tsv", "towns.tsv", "successors.tsv"):
        print(f"{name}: {(out_dir / name).stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
