"""Many pages: ``parse_many`` spreads ``load`` over worker processes, in input order.

Every page of a PDF is a page of its own.  Work streams: paths are read as they
are needed and at most a few chunks of pages per worker are in flight, so a run
over a million files holds no more than a run over a hundred.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import warnings
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Literal, TypeAlias, overload

from regionbrief._errors import RegionBriefError
from regionbrief._model import Brief
from regionbrief._parse import load
from regionbrief._pdf import page_count
from regionbrief._progress import Progress
from regionbrief._read import is_pdf

_CHUNK = 8  # pages handed to a worker at a time: enough to amortise the round trip
_AHEAD = 4  # chunks in flight per worker: keeps workers busy, bounds what is held

Errors = Literal["raise", "skip", "collect"]
_ERRORS = ("raise", "skip", "collect")


# A page to read: the file, its page for a PDF, and the publication date if known.
Task = tuple[str, int | None, dt.date | None]
# A chunk of tasks to parse in this process, or the worker parsing one.
_Share: TypeAlias = "list[Task | RegionBriefError] | int"


@overload
def parse_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    progress: bool = False,
    errors: Literal["raise", "skip"] = "raise",
) -> Iterator[Brief]: ...
@overload
def parse_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    progress: bool = False,
    errors: Literal["collect"],
) -> Iterator[Brief | RegionBriefError]: ...
def parse_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    progress: bool = False,
    errors: Errors = "raise",
) -> Iterator[Brief] | Iterator[Brief | RegionBriefError]:
    """Parse many page files, yielding their Briefs in input order.

    Args:
        paths: page files (any iterable, read lazily); each page of a PDF gives a
            Brief of its own.
        workers: the processes that parse, this one included (``workers - 1``
            worker processes); ``None`` uses every core, ``1`` parses in this
            process alone.
        progress: show pages done, pages per second and, when ``paths`` has a
            length, the time left, on stderr.
        errors: what a page that cannot be read does: ``"raise"`` its
            ``InputError`` (the pages before it have been yielded); ``"skip"``
            it, with a warning naming it; ``"collect"`` it: the error is yielded
            in the page's place, so every input has its item, in order.

    Raises:
        InputError: a page cannot be read, with ``errors="raise"``.
        ValueError: ``workers`` is less than 1, or ``errors`` is not one of the three.
        TypeError: ``paths`` is one path rather than an iterable of them.
    """
    if isinstance(paths, str | bytes | os.PathLike):
        raise TypeError("parse_many() takes an iterable of paths; for one file use load()")
    if errors not in _ERRORS:
        raise ValueError(f"errors must be one of {', '.join(_ERRORS)}, not {errors!r}")
    total = len(paths) if hasattr(paths, "__len__") else None  # type: ignore[arg-type]
    items = run(pages(paths), workers=workers, progress=Progress(total) if progress else None)
    return _handled(items, errors)


def run(
    tasks: Iterable[Task | RegionBriefError],
    *,
    workers: int | None = None,
    progress: Progress | None = None,
) -> Iterator[Brief | RegionBriefError]:
    """Load every task, in order; a page that cannot be read gives its error instead.

    Raises:
        ValueError: ``workers`` is not a whole number from 1 (at the call).
    """
    count = workers if workers is not None else (os.cpu_count() or 1)
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise ValueError(f"workers must be a whole number from 1, not {workers!r}")
    items = map(_load, tasks) if count == 1 else _parallel(tasks, count)
    return _counted(items, progress)


def _counted(
    items: Iterator[Brief | RegionBriefError], progress: Progress | None
) -> Iterator[Brief | RegionBriefError]:
    try:
        for item in items:
            if progress is not None:
                progress.done(item)
            yield item
    finally:
        if progress is not None:
            progress.close()


def pages(
    paths: Iterable[str | os.PathLike[str]], published: dt.date | None = None
) -> Iterator[Task | RegionBriefError]:
    """Each path as a page to load: a text file once, a PDF once per page.

    A PDF whose pages cannot be counted gives its error, in its place.
    """
    for path in paths:
        name = os.fspath(path)
        if not is_pdf(name):
            yield (name, None, published)
            continue
        try:
            count = page_count(name)
        except RegionBriefError as error:
            yield error
            continue
        yield from ((name, page, published) for page in range(1, count + 1))


def _handled(
    items: Iterator[Brief | RegionBriefError], errors: Errors
) -> Iterator[Brief | RegionBriefError]:
    for item in items:
        if isinstance(item, Brief) or errors == "collect":
            yield item
        elif errors == "skip":
            warnings.warn(f"regionbrief: skipped {item}", stacklevel=3)
        else:
            raise item


def _load(task: Task | RegionBriefError) -> Brief | RegionBriefError:
    if isinstance(task, RegionBriefError):
        return task
    path, page, published = task
    try:
        return load(path, page=page, published=published)
    except RegionBriefError as error:
        return error


def _load_chunk(tasks: list[Task | RegionBriefError]) -> list[Brief | RegionBriefError]:
    return [_load(task) for task in tasks]


def _pack_chunk(tasks: list[Task | RegionBriefError]) -> bytes:
    """A worker's job: load the tasks and pack their Briefs for the caller."""
    from regionbrief._wire import pack  # noqa: PLC0415  # in the worker only

    return pack(_load_chunk(tasks))


def _describe(tasks: list[Task | RegionBriefError]) -> str:
    names = dict.fromkeys(task[0] for task in tasks if isinstance(task, tuple))
    return ", ".join(names) or "no file"


def _parallel(
    tasks: Iterable[Task | RegionBriefError], workers: int
) -> Iterator[Brief | RegionBriefError]:
    """Chunks of tasks shared by this process and ``workers - 1`` others, results in order.

    Chunks are dealt round: every ``workers``-th is parsed here when its turn comes,
    the others go to the worker processes, each with a bounded number in flight.
    This process has the time: a Brief from a worker costs a pack there and an
    unpack here, a few per cent of its parse, and a page parsed here crosses no
    process at all.
    """
    # imported here: milliseconds that a single-process run (and `import regionbrief`) need not pay
    from regionbrief._wire import unpack  # noqa: PLC0415
    from regionbrief._workers import Workers  # noqa: PLC0415

    numbered = enumerate(_chunks(iter(tasks)))
    pool: Workers[Task | RegionBriefError, Brief | RegionBriefError] = Workers(
        workers - 1, _pack_chunk, unpack, _describe
    )
    finished = False

    def share(number: int, chunk: list[Task | RegionBriefError]) -> _Share:
        turn = number % workers
        if turn == 0:
            return chunk
        pool.send(turn - 1, chunk)
        return turn - 1

    try:
        window = deque(share(*item) for item in itertools.islice(numbered, workers * _AHEAD))
        while window:
            head = window.popleft()
            item = next(numbered, None)
            if item is not None:
                window.append(share(*item))
            yield from _load_chunk(head) if isinstance(head, list) else pool.receive(head)
        finished = True
    finally:
        pool.close(finished=finished)


def _chunks(tasks: Iterator[Task | RegionBriefError]) -> Iterator[list[Task | RegionBriefError]]:
    while chunk := list(itertools.islice(tasks, _CHUNK)):
        yield chunk
