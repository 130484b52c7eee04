"""regionbrief on Dask: pages as a bag of Briefs, and their records as dataframes.

For corpora past one machine (or one process pool): Dask schedules the parsing
on its workers, local processes or a distributed cluster.  Needs the ``dask``
extra: ``pip install 'regionbrief[dask]'``.

    >>> import regionbrief.dask
    >>> bag = regionbrief.dask.read_pages("seeds/*.txt")
    >>> metrics = regionbrief.dask.to_dataframe(bag, "metrics")
    >>> len(metrics.compute(scheduler="sync"))
    48

Files are listed when ``read_pages`` is called and read when the bag is
computed, each partition by one worker; every page of a PDF is a Brief of its
own.  docs/corpora.md gives the recipes for a distributed cluster and for Spark.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal, cast

from regionbrief._errors import InputError, RegionBriefError
from regionbrief._many import Errors, pages, run
from regionbrief._model import Brief
from regionbrief._paths import expand
from regionbrief._records import WHAT, fields, records

try:  # dask and pandas are partly typed: they are used as Any, and typed at the surface
    _bag: Any = importlib.import_module("dask.bag")
    _pandas: Any = importlib.import_module("pandas")
except ImportError as error:
    raise ImportError(
        "regionbrief.dask needs the dask extra: pip install 'regionbrief[dask]'"
    ) from error

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe

__all__ = ["read_pages", "to_dataframe"]

_PARTITION = 32  # files per partition: a few seconds of work, few enough tasks
# Columns that are not text, by record kind; every other column holds text or None.
_NUMBERS = {"value": "float64", "base_value": "float64"}
_COUNTS = {"first_line": "int64", "last_line": "int64", "paragraphs": "int64"}
_FLAGS = {"main": "bool"}


def read_pages(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    files_per_partition: int = _PARTITION,
    errors: Literal["raise", "skip"] = "raise",
) -> dask.bag.Bag:
    """A bag of the Briefs of page files: a glob, a folder, or an iterable of paths.

    Args:
        paths: ``"pages/**/*.txt"``, a folder (searched for .txt, .md and .pdf),
            one file, or an iterable of files.
        files_per_partition: files parsed by one task.
        errors: a page that cannot be read raises its ``InputError`` when the bag
            is computed (``"raise"``), or is left out (``"skip"``).

    Raises:
        InputError: the glob or folder holds no page files.
        ValueError: ``files_per_partition`` is below 1, or ``errors`` is not one of the two.
    """
    if errors not in ("raise", "skip"):
        raise ValueError(f"errors must be raise or skip, not {errors!r}")
    if files_per_partition < 1:
        raise ValueError(f"files_per_partition must be at least 1, not {files_per_partition}")
    named = (
        [os.fspath(paths)]
        if isinstance(paths, str | os.PathLike)
        else [os.fspath(p) for p in paths]
    )
    files = list(expand(named))
    if not files:
        raise InputError(" ".join(named), "no page files")
    chunks = [files[i : i + files_per_partition] for i in range(0, len(files), files_per_partition)]
    bag = _bag.from_sequence(chunks, npartitions=len(chunks))
    return cast("dask.bag.Bag", bag.map_partitions(_parse_partition, errors))


def to_dataframe(briefs: dask.bag.Bag, what: str = "articles") -> dask.dataframe.DataFrame:
    """The records of one kind (``regionbrief.records``) of a bag of Briefs, as a dataframe.

    ``what`` is ``articles``, ``regions``, ``metrics``, ``initiatives`` or
    ``people``; the columns are those of ``regionbrief.records``, in order.

    Raises:
        ValueError: ``what`` is not one of the five kinds.
    """
    if what not in WHAT:
        raise ValueError(f"what must be one of {', '.join(WHAT)}, not {what!r}")
    rows: Any = briefs.map_partitions(_records_partition, what)  # type: ignore[no-untyped-call]
    return cast("dask.dataframe.DataFrame", rows.to_dataframe(meta=_meta(what)))


def _parse_partition(chunks: Iterable[list[str]], errors: Errors) -> list[Brief]:
    files = [path for chunk in chunks for path in chunk]
    briefs: list[Brief] = []
    for item in run(pages(files), workers=1):
        if isinstance(item, Brief):
            briefs.append(item)
        elif errors == "raise":
            raise item
    return briefs


def _records_partition(briefs: Iterable[Brief | RegionBriefError], what: str) -> list[Any]:
    return list(records((b for b in briefs if isinstance(b, Brief)), what))


def _meta(what: str) -> Any:  # noqa: ANN401 - a pandas DataFrame
    """An empty frame with the kind's columns and their types, for Dask to plan with."""
    types = {**_NUMBERS, **_COUNTS, **_FLAGS}
    columns = fields(what)
    return _pandas.DataFrame({c: _pandas.Series(dtype=types.get(c, "object")) for c in columns})
