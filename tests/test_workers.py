"""parse_many's worker processes and the packing that carries Briefs back from them."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import regionbrief
from regionbrief._wire import pack, unpack
from regionbrief._workers import Workers
from tests import corpus, strategies


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Thirty generated pages on disk."""
    return corpus.write(tmp_path_factory.mktemp("pages"), 30, size=800)


# Module-level, as a worker's job must be (the spawn start method pickles it by name).
def _echo(chunk: list[str]) -> bytes:
    return "\n".join(chunk).encode()


def _lines(data: bytes) -> list[str]:
    return data.decode().split("\n")


def _die(chunk: list[str]) -> bytes:  # noqa: ARG001  # a job must take its chunk
    os._exit(3)


def _fail(chunk: list[str]) -> bytes:
    raise KeyError(chunk[0])


def _named(chunk: list[str]) -> str:
    return ", ".join(chunk)


def _round_trip(briefs: list[regionbrief.Brief]) -> list[regionbrief.Brief]:
    back = unpack(pack(list[regionbrief.Brief | regionbrief.RegionBriefError](briefs)))
    assert all(isinstance(b, regionbrief.Brief) for b in back)
    return [b for b in back if isinstance(b, regionbrief.Brief)]


class TestWire:
    @given(st.lists(strategies.briefs, max_size=3))
    @settings(max_examples=60, deadline=None)
    def test_round_trip(self, briefs: list[regionbrief.Brief]) -> None:
        """Whatever a Brief holds comes back equal, with the same types."""
        back = _round_trip(briefs)
        assert back == briefs
        assert [regionbrief.dumps(b) for b in back] == [regionbrief.dumps(b) for b in briefs]

    def test_seed_page(self, seed_brief: regionbrief.Brief) -> None:
        """The sample page comes back equal, and what was one object is one object still."""
        (back,) = _round_trip([seed_brief])
        assert back == seed_brief

        def sharing(brief: regionbrief.Brief) -> list[bool]:
            return [
                any(m.region is r for r in a.regions) for a in brief.articles for m in a.metrics
            ] + [m.period is p for a in brief.articles for m in a.metrics for p in a.periods]

        assert any(sharing(seed_brief))
        assert sharing(back) == sharing(seed_brief)

    def test_values_keep_their_types(self) -> None:
        """Decimals keep their exponent, dates stay dates, enums stay enums."""
        brief = regionbrief.parse("# 某县经济\n2023年，某县新建项目45个，完成投资18亿元。")
        first, second = brief.articles[0].metrics
        written = attrs.evolve(second, value=Decimal("1.80"), base_value=Decimal("1.8E+9"))
        article = attrs.evolve(brief.articles[0], metrics=(first, written))
        (back,) = _round_trip([attrs.evolve(brief, articles=(article,))])
        values = [v for m in back.articles[0].metrics for v in (m.value, m.base_value)]
        assert [str(v) for v in values] == ["45", "45", "1.80", "1.8E+9"]
        assert values[0] is values[1]  # a value that is its own base value is one object
        assert all(type(v) is Decimal for v in values)
        period = back.articles[0].metrics[0].period
        assert period is not None
        assert type(period.start) is dt.date
        assert back.articles[0].kind is regionbrief.ArticleKind.NEWS

    def test_errors_travel_with_their_fields(self) -> None:
        """A page's error comes back as itself, between the Briefs around it."""
        error = regionbrief.InputError("page.txt", "not text", line=3)
        brief = regionbrief.parse("某县新建项目45个。", source="a.txt")
        back = unpack(pack([brief, error, brief]))
        assert back[0] == back[2] == brief
        assert isinstance(back[1], regionbrief.InputError)
        assert (str(back[1]), vars(back[1])) == (str(error), vars(error))


class TestWorkers:
    def test_results_in_the_order_sent(self) -> None:
        """Each worker answers its chunks in the order they were sent."""
        pool: Workers[str, str] = Workers(2, _echo, _lines, _named)
        try:
            pool.send(0, ["a", "b"])
            pool.send(1, ["c"])
            pool.send(0, ["d"])
            assert [pool.receive(1), pool.receive(0), pool.receive(0)] == [["c"], ["a", "b"], ["d"]]
        finally:
            pool.close(finished=True)
        assert not multiprocessing.active_children()

    def test_a_worker_that_dies_is_an_error_naming_its_files(self) -> None:
        """A worker killed mid-chunk is a RegionBriefError naming what it was parsing."""
        pool: Workers[str, str] = Workers(1, _die, _lines, _named)
        try:
            pool.send(0, ["a.txt", "b.txt"])
            with pytest.raises(regionbrief.RegionBriefError, match=r"exit code 3.*a\.txt, b\.txt"):
                pool.receive(0)
        finally:
            pool.close(finished=False)

    def test_a_worker_bug_is_raised_here(self) -> None:
        """An exception in a worker is raised again in the caller, as itself."""
        pool: Workers[str, str] = Workers(1, _fail, _lines, _named)
        try:
            pool.send(0, ["a.txt"])
            with pytest.raises(KeyError, match=r"a\.txt"):
                pool.receive(0)
            pool.send(0, ["b.txt"])  # the worker lives on
            with pytest.raises(KeyError, match=r"b\.txt"):
                pool.receive(0)
        finally:
            pool.close(finished=True)


class TestParseManyWorkers:
    def test_three_workers_same_as_one(self, pages: list[Path]) -> None:
        """Chunks dealt round three processes come back in input order, equal."""
        one = list(regionbrief.parse_many(pages, workers=1))
        three = list(regionbrief.parse_many(pages, workers=3))
        assert three == one
        assert [p.name for p in pages] == [b.source for b in three]

    def test_stopping_early_stops_the_workers(self, pages: list[Path]) -> None:
        """A consumer that stops early leaves no worker process behind."""
        briefs = regionbrief.parse_many(pages * 4, workers=3)
        assert next(briefs).source == pages[0].name
        briefs.close()  # type: ignore[attr-defined]
        assert not multiprocessing.active_children()
