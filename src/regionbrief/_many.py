"""Many pages: ``parse_many`` spreads ``load`` over worker processes, in input order.

Every page of a PDF is a page of its own.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

from regionbrief._model import Brief
from regionbrief._parse import load
from regionbrief._pdf import page_count
from regionbrief._read import is_pdf

_CHUNK = 8  # pages handed to a worker at a time: enough to amortise the round trip

Task = tuple[str, int | None]


def parse_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    progress: bool = False,
) -> Iterator[Brief]:
    """Parse many page files, yielding their Briefs in input order.

    Args:
        paths: page files; each page of a PDF gives a Brief of its own.
        workers: worker processes; ``None`` uses every core, ``1`` parses in
            this process.
        progress: count pages on stderr as they are done.

    Raises:
        InputError: a file cannot be read (the first such file stops the run).
        ValueError: ``workers`` is less than 1.
    """
    count = workers if workers is not None else (os.cpu_count() or 1)
    if count < 1:
        raise ValueError(f"workers must be at least 1, not {count}")
    tasks = pages(paths)
    briefs = map(_load, tasks) if count == 1 else _parallel(tasks, count)
    for done, brief in enumerate(briefs, start=1):
        if progress:
            print(f"\rregionbrief: {done} pages", end="", file=sys.stderr, flush=True)
        yield brief
    if progress:
        print(file=sys.stderr)


def pages(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Task]:
    """Each path as a page to load: a text file once, a PDF once per page."""
    for path in paths:
        name = os.fspath(path)
        if is_pdf(name):
            yield from ((name, page) for page in range(1, page_count(name) + 1))
        else:
            yield name, None


def _load(task: Task) -> Brief:
    path, page = task
    return load(path, page=page)


def _parallel(tasks: Iterator[Task], workers: int) -> Iterator[Brief]:
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(_load, tasks, chunksize=_CHUNK)
