"""The packaged word lists and keyed tables: each entry written once.

A word listed twice is harmless to the code (the lists become sets and dicts), but it
is a sign of a careless edit, and a keyed table listing a word twice with different
values would silently keep only one of them.
"""

from __future__ import annotations

from collections import Counter
from importlib import resources

import pytest

from regionbrief._vocab import table

DATA = resources.files("regionbrief").joinpath("data")
WORD_LISTS = sorted(p.name.removesuffix(".txt") for p in DATA.iterdir() if p.name.endswith(".txt"))
# keyed tables: file -> the column that names each row
KEYED = {"changes": 0, "qualifiers": 0, "units": 0, "place_suffixes": 1, "banners": 0}


def _repeated(entries: list[str]) -> list[str]:
    return sorted(entry for entry, count in Counter(entries).items() if count > 1)


@pytest.mark.parametrize("name", WORD_LISTS)
def test_word_list_names_each_word_once(name: str) -> None:
    """No word of a word list is written twice."""
    text = DATA.joinpath(f"{name}.txt").read_text("utf-8")
    words = [line.split("#", 1)[0].strip() for line in text.splitlines()]
    assert [] == _repeated([w for w in words if w])


@pytest.mark.parametrize(("name", "column"), sorted(KEYED.items()))
def test_keyed_table_names_each_key_once(name: str, column: int) -> None:
    """No key of a keyed table (a change word, a qualifier, a unit, a suffix) is repeated."""
    assert [] == _repeated([row[column] for row in table(name)])
