"""Word lists shipped in ``regionbrief/data``, each loaded lazily and once.

Each ``*.txt`` list holds one entry per line; ``#`` starts a comment that says
what belongs in the list.  The algorithm stays in code, the vocabulary here.
"""

from __future__ import annotations

import functools
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
    return "|".join(word_list(name))


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
