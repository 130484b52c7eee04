"""The public surface: exactly the contract's names, and nothing else escapes."""

from __future__ import annotations

import re
import subprocess
import sys
import typing

import attrs
import pytest

import regionbrief
from tests.conftest import ROOT

CONTRACT = ROOT.parent / "shared" / "CONTRACT.md"
# The contract's names, as of schema regionbrief/1 (kept here so the test runs without shared/).
CONTRACT_NAMES = {
    "parse",
    "load",
    "parse_many",
    "dumps",
    "loads",
    "to_dict",
    "from_dict",
    "find_regions",
    "Brief",
    "Article",
    "ArticleKind",
    "Region",
    "RegionLevel",
    "Metric",
    "Period",
    "Initiative",
    "Person",
    "RegionBriefError",
    "InputError",
    "SchemaError",
}
# Public beyond the contract's table, as issues asked; listed in the closing notes for the contract.
ADDED = {"records"}  # issue 7: flat rows for pandas, polars and csv
MODEL = (
    regionbrief.Brief,
    regionbrief.Article,
    regionbrief.Region,
    regionbrief.Metric,
    regionbrief.Period,
    regionbrief.Initiative,
    regionbrief.Person,
)


class TestSurface:
    def test_all_is_contract(self) -> None:
        """__all__ lists exactly the contract's names and the added ones, alphabetised."""
        assert sorted(CONTRACT_NAMES | ADDED) == regionbrief.__all__

    @pytest.mark.skipif(not CONTRACT.exists(), reason="shared/CONTRACT.md not beside the repo")
    def test_contract_file(self) -> None:
        """The names in CONTRACT.md's API table are the ones this test holds."""
        table = CONTRACT.read_text(encoding="utf-8").split("## Command line")[0]
        spans = re.findall(r"`([^`]+)`", table)
        tokens = {t for span in spans for t in re.findall(r"[A-Za-z_]+", span)}
        called = {re.match(r"[A-Za-z_]+", s).group() for s in spans if re.match(r"[a-z_]+\(", s)}  # type: ignore[union-attr]
        assert CONTRACT_NAMES <= tokens
        assert called <= CONTRACT_NAMES

    def test_star_import(self) -> None:
        """from regionbrief import * gives the contract's names and the added ones."""
        namespace: dict[str, object] = {}
        exec("from regionbrief import *", namespace)  # noqa: S102 - the point of the test
        assert CONTRACT_NAMES | ADDED == set(namespace) - {"__builtins__"}

    def test_version(self) -> None:
        """__version__ comes from the installed metadata."""
        assert re.match(r"\d+\.\d+", regionbrief.__version__)

    def test_unknown_attribute(self) -> None:
        """Unknown attributes still raise AttributeError."""
        with pytest.raises(AttributeError):
            regionbrief.nope  # noqa: B018

    def test_import_is_light(self) -> None:
        """import regionbrief reads no data file: the gazetteer loads on first use."""
        code = (
            "import regionbrief, regionbrief._gazetteer as g;"
            "print(g.gazetteer.cache_info().currsize)"
        )
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert "0" == done.stdout.strip()


class TestModel:
    @pytest.mark.parametrize("cls", MODEL)
    def test_frozen_slotted(self, cls: type) -> None:
        """Model classes are frozen, slotted attrs classes."""
        assert attrs.has(cls)
        assert "__slots__" in cls.__dict__
        instance_fields = attrs.fields(cls)
        assert all(f.name for f in instance_fields)

    @pytest.mark.parametrize("cls", MODEL)
    def test_type_hints_resolve(self, cls: type) -> None:
        """typing.get_type_hints resolves every model class (cattrs relies on it)."""
        assert set(typing.get_type_hints(cls)) == {f.name for f in attrs.fields(cls)}

    def test_immutable(self, seed_brief: regionbrief.Brief) -> None:
        """Assigning to a field raises."""
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            seed_brief.title = "x"  # type: ignore[misc]

    def test_hashable(self, seed_brief: regionbrief.Brief) -> None:
        """Briefs hash, so they can be set members and dict keys."""
        assert 1 == len({seed_brief, regionbrief.load(ROOT / "seeds" / "000_c7c3f821600da765.txt")})

    def test_enum_str(self) -> None:
        """Enum members print as their values."""
        assert ("advertorial", "township") == (
            str(regionbrief.ArticleKind.ADVERTORIAL),
            str(regionbrief.RegionLevel.TOWNSHIP),
        )
