"""Word lists shipped in ``regionbrief/data``, each loaded lazily and once.

Each ``*.txt`` list holds one entry per line; ``#`` starts a comment that says
what belongs in the list.  The algorithm stays in code, the vocabulary here.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from importlib import resources


@functools.cache
def word_list(name: str) -> tuple[str, ...]:
    """The entries of ``data/<name>.txt``, longest first, comments dropped.

    >>> word_list("credits")[:1]
    ('受访单位供图',)
    """
    text = resources.files("regionbrief").joinpath(f"data/{name}.txt").read_text("utf-8")
    words = {line.split("#", 1)[0].strip() for line in text.splitlines()}
    return tuple(sorted(words - {""}, key=lambda w: (-len(w), w)))


def alternation(name: str) -> str:
    """A regex alternation of a word list, longest first so the longest wins."""
    return words_pattern(word_list(name))


def words_pattern(words: Iterable[str]) -> str:
    """A regex that matches any of ``words``, the longest first, as a trie of characters.

    It matches what the alternation ``w1|w2|…`` of the words (longest first) does, in
    the same order of preference: the words that match at one position are prefixes of
    each other, and both try the longest first.  A plain alternation is tried word by
    word at every position; the trie tries a first character once for all the words
    that start with it, which is many times faster for lists of hundreds of words.

    >>> words_pattern(["市长", "市委书记", "书记", "长"])
    '(?:市(?:长|委书记)|书记|长)'
    >>> bool(re.fullmatch(words_pattern(["ab", "a"]), "a"))
    True
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _branches(trie)


def _branches(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    """The pattern of a trie node's words, longer continuations before the word that ends here."""
    branches = [re.escape(char) + _branches(child) for char, child in node.items() if char]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]  # one way on: no group needed
    single = len(branches) == 1 and len(branches[0]) == 1
    body = branches[0] if single else f"(?:{'|'.join(branches)})"
    return f"{body}?" if "" in node else body


@functools.cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of ``data/<name>.tsv``, split at tabs, comments dropped.

    >>> ("township", "镇") in table("place_suffixes")
    True
    """
    text = resources.files("regionbrief").joinpath(f"data/{name}.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return tuple(tuple(cell.strip() for cell in row) for row in rows)


@functools.cache
def surnames() -> frozenset[str]:
    """Chinese surnames (``data/surnames.txt``)."""
    return frozenset(word_list("surnames"))
