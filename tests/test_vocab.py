"""The packaged word lists and keyed tables: each entry written once.

A word listed twice is harmless to the code (the lists become sets and dicts), but it
is a sign of a careless edit, and a keyed table listing a word twice with different
values would silently keep only one of them.
"""

from __future__ import annotations

import re
from collections import Counter
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regionbrief._vocab import table, words_pattern

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


# A small alphabet, so that words share prefixes and texts hold them often; "." and "+"
# are there to check that the characters are escaped.
_CHARS = st.sampled_from("市委书记长.+")
_WORDS = st.lists(st.text(_CHARS, min_size=1, max_size=4), min_size=1, max_size=12, unique=True)


def _plain(words: list[str]) -> str:
    """The alternation the trie stands for: every word, longest first."""
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return "|".join(map(re.escape, ordered))


@given(_WORDS, st.text(_CHARS, max_size=12))
@settings(max_examples=400, deadline=None)
def test_trie_matches_as_the_alternation_does(words: list[str], text: str) -> None:
    """The trie finds what the longest-first alternation finds: at a position, at an end,
    and with a pattern after it that makes the engine backtrack into shorter words."""
    trie, plain = words_pattern(words), _plain(words)
    for shape in ("(?:{})", "(?:{})$", "(?:{})长"):
        ours, theirs = re.compile(shape.format(trie)), re.compile(shape.format(plain))
        assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)]
        for start in range(len(text)):
            found, wanted = ours.search(text, start), theirs.search(text, start)
            assert (found and found.span()) == (wanted and wanted.span())
