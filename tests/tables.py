"""Helpers shared by the rule tables: cases of ``(snippet, ..., rule)``, the rule last."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import ClassVar

import pytest


def params(cases: Sequence[tuple[object, ...]], gaps: dict[str, str]) -> list[object]:
    """One pytest parameter per case, named by its rule, known gaps marked as strict xfails."""
    result: list[object] = []
    for case in cases:
        rule = str(case[-1])
        marks = [pytest.mark.xfail(reason=gaps[rule], strict=True)] if rule in gaps else []
        result.append(pytest.param(*case, id=rule, marks=marks))
    return result


def snippets(tables: Mapping[str, Sequence[tuple[object, ...]]]) -> list[str]:
    """Every snippet of the tables once, in order (a case's snippet comes first)."""
    return list(dict.fromkeys(str(case[0]) for cases in tables.values() for case in cases))


def repeated(values: Iterable[object]) -> list[object]:
    """The values that appear more than once."""
    return [value for value, count in Counter(values).items() if count > 1]


class TableChecks:
    """What every rule table checks of itself; a test class sets the class variables.

    No snippet and no rule appears twice; there are at least ``least`` distinct
    snippets and ``least_each`` cases in each table; every known gap names a rule of
    the tables, and there are at most ``most_gaps`` of them.
    """

    tables: ClassVar[Mapping[str, Sequence[tuple[object, ...]]]]
    gaps: ClassVar[Mapping[str, str]]
    least: ClassVar[int]
    least_each: ClassVar[int] = 1
    most_gaps: ClassVar[int] = 5

    def _cases(self) -> list[tuple[object, ...]]:
        return [case for cases in self.tables.values() for case in cases]

    def test_no_duplicates(self) -> None:
        """No snippet and no rule appears twice in all the tables."""
        cases = self._cases()
        assert [] == repeated(case[0] for case in cases)
        assert [] == repeated(case[-1] for case in cases)

    def test_enough_cases(self) -> None:
        """The tables hold enough distinct snippets, and each table enough cases."""
        assert len({case[0] for case in self._cases()}) >= self.least
        assert all(len(cases) >= self.least_each for cases in self.tables.values())

    def test_known_gaps_are_cases(self) -> None:
        """Every known gap names a rule of a table, and there are few of them."""
        assert set() == set(self.gaps) - {case[-1] for case in self._cases()}
        assert len(self.gaps) <= self.most_gaps
