"""Inputs the atheris harness (fuzz/fuzz_parse.py) found, kept as cases.

Each file in ``tests/data/fuzz`` made the harness fail once.  The test runs the
harness's own checks on it (``harness_defect``): parse refuses it with an InputError
or reads it, the Brief round-trips through JSON, its articles start in line order, and
no line loses a character.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import regionbrief
from regionbrief._read import decode
from tests.test_properties import harness_defect

FOUND = sorted((Path(__file__).parent / "data" / "fuzz").glob("*"))


@pytest.mark.parametrize("path", FOUND, ids=[p.name for p in FOUND])
def test_found_input(path: Path) -> None:
    """A once-failing input now passes every check of the harness."""
    try:
        text = decode(path.read_bytes(), path.name)
        brief = regionbrief.parse(text)
    except regionbrief.InputError:
        return
    assert harness_defect(text, brief) is None


def test_cases_exist() -> None:
    """The folder holds the cases found so far."""
    assert FOUND
