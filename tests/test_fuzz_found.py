"""Inputs the atheris harness (fuzz/fuzz_parse.py) found, kept as cases.

Each file in ``tests/data/fuzz`` made the harness fail once.  The test runs the
harness's own checks on it: parse refuses it with an InputError or reads it, the
Brief round-trips through JSON, and no line loses a character.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import regionbrief
from regionbrief._normalize import normalize
from regionbrief._read import decode
from tests.test_properties import _covering_text, _lines, all_kept, is_masthead, wanted_text

FOUND = sorted((Path(__file__).parent / "data" / "fuzz").glob("*"))


@pytest.mark.parametrize("path", FOUND, ids=[p.name for p in FOUND])
def test_found_input(path: Path) -> None:
    """A once-failing input now passes every check of the harness."""
    try:
        text = decode(path.read_bytes(), path.name)
        brief = regionbrief.parse(text)
    except regionbrief.InputError:
        return
    assert brief == regionbrief.loads(regionbrief.dumps(brief))
    for number, line in enumerate(_lines(normalize(text)), start=1):
        if is_masthead(line) and brief.published:
            continue
        wanted = wanted_text(line)
        assert not wanted or all_kept(wanted, _covering_text(brief, number)), line


def test_cases_exist() -> None:
    """The folder holds the cases found so far."""
    assert FOUND
