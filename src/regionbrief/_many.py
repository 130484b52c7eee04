"""Many pages: ``parse_many`` spreads ``load`` over worker processes, in input order."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

from regionbrief._model import Brief
from regionbrief._parse import load

_CHUNK = 8  # pages handed to a worker at a time: enough to amortise the round trip


def parse_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    progress: bool = False,
) -> Iterator[Brief]:
    """Parse many page files, yielding their Briefs in input order.

    Args:
        paths: page files.
        workers: worker processes; ``None`` uses every core, ``1`` parses in
            this process.
        progress: count pages on stderr as they are done.

    Raises:
        InputError: a file cannot be read (the first such file stops the run).
    """
    count = workers if workers is not None else (os.cpu_count() or 1)
    if count < 1:
        raise ValueError(f"workers must be at least 1, not {count}")
    briefs = _serial(paths) if count == 1 else _parallel(paths, count)
    for done, brief in enumerate(briefs, start=1):
        if progress:
            print(f"\rregionbrief: {done} pages", end="", file=sys.stderr, flush=True)
        yield brief
    if progress:
        print(file=sys.stderr)


def _serial(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Brief]:
    return (load(p) for p in paths)


def _parallel(paths: Iterable[str | os.PathLike[str]], workers: int) -> Iterator[Brief]:
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(load, paths, chunksize=_CHUNK)
