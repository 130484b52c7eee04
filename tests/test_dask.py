"""regionbrief.dask: a bag of Briefs over 200 generated pages, on Dask's local processes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import regionbrief
from regionbrief._records import fields
from tests import corpus

dask_module = pytest.importorskip("regionbrief.dask", reason="the dask extra is not installed")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """200 generated pages, one folder."""
    root = tmp_path_factory.mktemp("dask-pages")
    corpus.write(root, 200, size=1200)
    return root


class TestReadPages:
    def test_processes_scheduler(self, folder: Path) -> None:
        """Every page becomes a Brief on worker processes, the same as parse_many gives."""
        bag = dask_module.read_pages(str(folder / "*.txt"), files_per_partition=25)
        assert 8 == bag.npartitions
        briefs = bag.compute(scheduler="processes", num_workers=2)
        expected = list(regionbrief.parse_many(sorted(folder.glob("*.txt")), workers=1))
        assert expected == briefs

    def test_to_dataframe(self, folder: Path) -> None:
        """Each kind of record as a dataframe: the rows and columns of regionbrief.records."""
        bag = dask_module.read_pages(folder)
        kinds = ("articles", "regions", "metrics", "initiatives", "people")
        frames = [dask_module.to_dataframe(bag, what) for what in kinds]
        compute: Any = pytest.importorskip("dask").compute  # one run for the five frames
        tables = compute(*frames, scheduler="processes", num_workers=2)
        briefs = list(regionbrief.parse_many(sorted(folder.glob("*.txt"))))
        for what, table in zip(kinds, tables, strict=True):
            expected = list(regionbrief.records(briefs, what))
            assert list(fields(what)) == list(table.columns)
            assert len(expected) == len(table)
            assert [r["source"] for r in expected] == list(table["source"])

    def test_no_files(self, tmp_path: Path) -> None:
        """A folder without pages is an InputError at the call."""
        with pytest.raises(regionbrief.InputError, match="no page files"):
            dask_module.read_pages(tmp_path)

    def test_bad_page_raises_or_is_skipped(self, folder: Path, tmp_path: Path) -> None:
        """A bad page raises when the bag is computed, or is left out with errors="skip"."""
        bad = tmp_path / "bad.txt"
        bad.write_text("   \n", encoding="utf-8")
        good = sorted(folder.glob("*.txt"))[:2]
        with pytest.raises(regionbrief.InputError, match=r"bad\.txt"):
            dask_module.read_pages([*good, bad]).compute(scheduler="sync")
        skipped = dask_module.read_pages([*good, bad], errors="skip").compute(scheduler="sync")
        assert [p.name for p in good] == [b.source for b in skipped]

    def test_bad_kind(self, folder: Path) -> None:
        """An unknown record kind fails at the call."""
        with pytest.raises(ValueError, match="metrics"):
            dask_module.to_dataframe(dask_module.read_pages(folder), "figures")
