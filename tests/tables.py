"""Helpers shared by the rule tables: cases of ``(snippet, ..., rule)``, the rule last."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

import pytest


def params(cases: Sequence[tuple[object, ...]], gaps: dict[str, str]) -> list[object]:
    """One pytest parameter per case, named by its rule, known gaps marked as strict xfails."""
    result: list[object] = []
    for case in cases:
        rule = str(case[-1])
        marks = [pytest.mark.xfail(reason=gaps[rule], strict=True)] if rule in gaps else []
        result.append(pytest.param(*case, id=rule, marks=marks))
    return result


def repeated(values: Iterable[object]) -> list[object]:
    """The values that appear more than once."""
    return [value for value, count in Counter(values).items() if count > 1]
