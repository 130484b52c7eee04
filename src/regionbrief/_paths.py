"""Page files from what a user names: files, folders (searched recursively) and globs."""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

_GLOB = re.compile(r"[*?[]")
PAGE_SUFFIXES = (".txt", ".md", ".pdf")  # what a folder is searched for


def has_folders_or_globs(paths: Sequence[str]) -> bool:
    """Whether any path is a folder or a glob pattern (one that names no file as it is)."""
    return any(Path(p).is_dir() or _is_glob(p) for p in paths)


def _is_glob(path: str) -> bool:
    return _GLOB.search(path) is not None and not Path(path).exists()


def expand(paths: Sequence[str]) -> Iterator[str]:
    """Files named, found in folders (recursively), or matched by a glob, each in sorted order.

    A path that is neither (a missing file) is passed on: reading it gives its error.
    """
    for path in paths:
        if Path(path).is_dir():
            for folder, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                yield from (
                    str(Path(folder, name))
                    for name in sorted(names)
                    if not name.startswith(".") and name.lower().endswith(PAGE_SUFFIXES)
                )
        elif _is_glob(path):
            # glob.glob, not Path.glob: the pattern may be absolute and hold ``**``
            matched = sorted(glob.glob(path, recursive=True))  # noqa: PTH207
            yield from (m for m in matched if Path(m).is_file()) if matched else (path,)
        else:
            yield path
