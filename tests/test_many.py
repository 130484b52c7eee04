"""Corpora: parse_many, pickling, the command line over folders, and tables from records."""

from __future__ import annotations

import csv
import io
import pickle
import warnings
from pathlib import Path

import pytest

import regionbrief
from regionbrief import _many
from regionbrief._cli import main
from regionbrief._many import _load
from regionbrief._progress import Progress
from regionbrief._records import fields
from tests import corpus
from tests.conftest import SEED


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Twenty generated pages on disk."""
    return corpus.write(tmp_path_factory.mktemp("pages"), 20)


@pytest.fixture(scope="module")
def thousand(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """A thousand generated pages, small ones, in nested folders."""
    root = tmp_path_factory.mktemp("corpus")
    return corpus.write(root / "a", 500, size=600) + corpus.write(root / "b" / "c", 500, size=600)


class TestParseMany:
    def test_order_and_workers(self, pages: list[Path]) -> None:
        """Two worker processes give the same Briefs as one, in input order."""
        one = list(regionbrief.parse_many(pages, workers=1))
        two = list(regionbrief.parse_many(pages, workers=2))
        assert [p.name for p in pages] == [b.source for b in two]
        assert one == two
        assert regionbrief.load(pages[3]) == two[3]

    def test_caller_shares_the_work(
        self, pages: list[Path], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """With workers=N the calling process parses every Nth chunk itself, in its turn."""
        here: list[str] = []

        def counted(
            task: _many.Task | regionbrief.RegionBriefError,
        ) -> regionbrief.Brief | regionbrief.RegionBriefError:
            here.append(str(task[0]) if isinstance(task, tuple) else "")
            return _load(task)

        monkeypatch.setattr(_many, "_load", counted)  # a worker's calls are counted in the worker
        four_chunks = pages * 2  # 40 pages: chunks of 8, 8, 8, 8, 8
        two = list(regionbrief.parse_many(four_chunks, workers=2))
        assert [p.name for p in four_chunks] == [b.source for b in two]
        # chunks 0, 2 and 4 here; chunks 1 and 3 in the worker
        assert here == [str(p) for p in four_chunks[0:8] + four_chunks[16:24] + four_chunks[32:]]

    def test_lazy_input(self, pages: list[Path]) -> None:
        """Paths may come from a generator; nothing is read before it is asked for."""
        briefs = regionbrief.parse_many(p for p in pages[:3])
        assert [p.name for p in pages[:3]] == [b.source for b in briefs]

    def test_raise_by_default(self, pages: list[Path], tmp_path: Path) -> None:
        """The first bad page raises its InputError, after the pages before it."""
        bad = tmp_path / "empty.txt"
        bad.write_text("", encoding="utf-8")
        seen: list[regionbrief.Brief] = []
        with pytest.raises(regionbrief.InputError, match=r"empty\.txt"):
            seen.extend(regionbrief.parse_many([pages[0], bad, pages[1]], workers=2))
        assert [pages[0].name] == [b.source for b in seen]

    def test_collect(self, pages: list[Path], tmp_path: Path) -> None:
        """With errors="collect" every input has its item: a Brief or the error, in order."""
        items = list(
            regionbrief.parse_many([pages[0], tmp_path / "gone.txt", pages[1]], errors="collect")
        )
        assert [regionbrief.Brief, regionbrief.InputError, regionbrief.Brief] == [
            type(i) for i in items
        ]
        assert "gone.txt" in str(items[1])

    def test_skip_warns(self, pages: list[Path], tmp_path: Path) -> None:
        """With errors="skip" a bad page is left out, never silently: a warning names it."""
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            briefs = list(regionbrief.parse_many([tmp_path / "gone.txt", pages[0]], errors="skip"))
        assert [pages[0].name] == [b.source for b in briefs]
        assert ["gone.txt"] == [w for w in ("gone.txt",) if w in str(caught[0].message)]

    @pytest.mark.parametrize(
        ("kwargs", "error"),
        [
            ({"workers": 0}, ValueError),
            ({"workers": 1.5}, ValueError),
            ({"errors": "ignore"}, ValueError),
        ],
    )
    def test_bad_arguments(self, kwargs: dict[str, object], error: type[Exception]) -> None:
        """Bad arguments fail at the call, before any page is read."""
        with pytest.raises(error):
            regionbrief.parse_many([SEED], **kwargs)  # type: ignore[call-overload]

    def test_one_path_is_not_many(self) -> None:
        """A single path is a mistake worth a clear message, not a run over its characters."""
        with pytest.raises(TypeError, match="load"):
            regionbrief.parse_many(SEED)  # type: ignore[call-overload]

    def test_progress(self, pages: list[Path]) -> None:
        """The progress line counts pages, their rate and the time left."""
        stream = io.StringIO()
        progress = Progress(total=4, stream=stream)
        for brief in regionbrief.parse_many(pages[:2], workers=1):
            progress.done(brief)
        line = progress.line(progress.started + 1.0)
        assert line.startswith("regionbrief: 2/4 pages  2.0 pages/s  0:01 left")


class TestPickle:
    def test_brief_round_trip(self, seed_brief: regionbrief.Brief) -> None:
        """Every model object pickles: a Brief comes back equal, with all it holds."""
        assert seed_brief == pickle.loads(pickle.dumps(seed_brief))  # noqa: S301 - our own data

    def test_equal_values_shared(self) -> None:
        """Equal periods, and a base value without a magnitude, are one object each, so a
        Brief crossing from a worker pickles each once (what parse_many pays per page)."""
        brief = regionbrief.parse(
            "# 某县经济稳中向好\n"
            "2023年，某县新增企业120家。2023年，某县新建项目45个，完成投资18亿元。"
        )
        article = brief.articles[0]
        first, second, third = article.metrics
        assert first.period is second.period is third.period is article.periods[0]
        assert first.base_value is first.value
        assert third.base_value == 1_800_000_000
        assert brief == pickle.loads(pickle.dumps(brief))  # noqa: S301 - our own data

    @pytest.mark.parametrize(
        "error",
        [
            regionbrief.InputError("page.txt", "not text", line=3),
            regionbrief.SchemaError(["expected int @ $.articles[0].lines[1]"]),
            regionbrief.RegionBriefError("something"),
        ],
    )
    def test_errors(self, error: regionbrief.RegionBriefError) -> None:
        """Every error pickles with its message and fields."""
        back = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own data
        assert (type(error), str(error), vars(error)) == (type(back), str(back), vars(back))


class TestCommandLine:
    def test_folder_to_csv_for_pandas(
        self, thousand: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A folder of 1,000 pages, two workers: a CSV that pandas reads back, row for row."""
        pandas = pytest.importorskip("pandas")
        root = thousand[0].parents[1]
        assert 0 == main(
            ["parse", str(root), "--what", "metrics", "--format", "csv", "--workers", "2"]
        )
        captured = capsys.readouterr()
        out = tmp_path / "metrics.csv"
        out.write_text(captured.out, encoding="utf-8")
        expected = list(regionbrief.records(regionbrief.parse_many(thousand, workers=1), "metrics"))
        frame = pandas.read_csv(out)
        assert len(expected) == len(frame)
        assert list(fields("metrics")) == list(frame.columns)
        assert sorted({p.name for p in thousand}) == sorted(set(frame["source"]))
        assert "regionbrief: 1000 pages" in captured.err

    def test_glob(self, pages: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
        """A quoted glob is expanded, in sorted order."""
        pattern = str(pages[0].parent / "page-00000[0-2].txt")
        assert 0 == main(["parse", pattern, "--format", "jsonl"])
        lines = capsys.readouterr().out.splitlines()
        assert [p.name for p in pages[:3]] == [regionbrief.loads(line).source for line in lines]

    def test_errors_go_on(
        self, pages: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A bad file among many: its error on stderr, the rest printed, exit status 2."""
        bad = tmp_path / "bad.txt"
        bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
        status = main(["parse", str(pages[0]), str(bad), str(pages[1]), "--format", "jsonl"])
        captured = capsys.readouterr()
        assert 2 == status
        assert 2 == len(captured.out.splitlines())
        assert "regionbrief: error: " in captured.err
        assert "bad.txt" in captured.err
        assert "3 pages, " in captured.err
        assert "1 errors" in captured.err

    def test_json_array_streams_like_dumps(
        self, pages: list[Path], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Several pages as --format json: the same text as one json.dumps of the list."""
        import json  # noqa: PLC0415

        assert 0 == main(["parse", str(pages[0]), str(pages[1])])
        out = capsys.readouterr().out
        briefs = [regionbrief.to_dict(regionbrief.load(p)) for p in pages[:2]]
        assert json.dumps(briefs, ensure_ascii=False, indent=2) + "\n" == out

    def test_empty_folder(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A folder without page files is an error that says so."""
        assert 2 == main(["parse", str(tmp_path)])
        assert "no page files" in capsys.readouterr().err

    def test_workers_must_be_positive(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--workers 0 is refused by the argument parser, with a usage message."""
        with pytest.raises(SystemExit) as exit_info:
            main(["parse", str(SEED), "--workers", "0"])
        assert 2 == exit_info.value.code
        assert "--workers" in capsys.readouterr().err


class TestRecords:
    def test_one_brief_or_many(self, seed_brief: regionbrief.Brief) -> None:
        """records() takes one Brief or an iterable of them."""
        one = list(regionbrief.records(seed_brief, "metrics"))
        assert one == list(regionbrief.records([seed_brief], "metrics"))
        assert len(seed_brief.metrics()) == len(one)

    def test_bad_kind_fails_at_the_call(self, seed_brief: regionbrief.Brief) -> None:
        """An unknown kind fails when records() is called, not when rows are first read."""
        with pytest.raises(ValueError, match="metrics"):
            regionbrief.records([seed_brief], "figures")

    @pytest.mark.parametrize("what", ["articles", "regions", "metrics", "initiatives", "people"])
    def test_rows_have_their_columns(self, seed_brief: regionbrief.Brief, what: str) -> None:
        """Every row has exactly the kind's columns, and csv writes them."""
        rows = list(regionbrief.records(seed_brief, what))
        columns = fields(what)
        assert rows
        assert all(tuple(row) == columns for row in rows)
        buffer = io.StringIO()
        csv.DictWriter(buffer, fieldnames=columns).writerows(rows)
        assert len(rows) == len(list(csv.reader(io.StringIO(buffer.getvalue()))))
