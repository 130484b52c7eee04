"""What the benchmark scripts share: page paragraphs, peak memory, and table formatting.

Imported by the scripts as a sibling module (``python benchmarks/bench_parse.py`` puts
this folder on ``sys.path``).
"""

from __future__ import annotations

import argparse
import importlib
import importlib.metadata
import importlib.util
import json
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol, TypeVar


def paragraphs(text: str) -> list[str]:
    """The page's non-blank lines, a heading's ``#`` marks dropped: one paragraph each."""
    return [line.strip().lstrip("#").strip() for line in text.splitlines() if line.strip()]


_SENTENCE = re.compile(r"[^。！？；!?;]+[。！？；!?;”’」]*")


def sentences(text: str) -> list[str]:
    """The sentences of every paragraph, each with its closing mark (for per-sentence jobs)."""
    return [s.strip() for p in paragraphs(text) for s in _SENTENCE.findall(p) if s.strip()]


def rss_kib() -> int:
    """This process's peak resident memory in KiB."""
    import resource  # noqa: PLC0415 - Unix only, and only the child needs it

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # bytes on macOS, KiB on Linux


def ms(since: float) -> float:
    """Milliseconds since a ``time.perf_counter()`` reading."""
    return (time.perf_counter() - since) * 1000


def ratio(value: float | None, reference: float | None) -> str:
    """``value`` as a multiple of ``reference``: "3.2x", or "-"."""
    return f"{value / reference:.1f}x" if value is not None and reference else "-"


def figure(value: float | None, digits: int = 1) -> str:
    """A figure with ``digits`` decimals, or "-"."""
    return "-" if value is None else f"{value:.{digits}f}"


def table(rows: list[list[str]], right: set[int]) -> Iterator[str]:
    """Rows as aligned text, the header underlined; columns in ``right`` right-aligned."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for n, row in enumerate(rows):
        cells = [
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        yield "  ".join(cells).rstrip()
        if n == 0:
            yield "  ".join("-" * w for w in widths)


# What a new page has not seen: the scans of its texts, the region pass of its articles
# and the periods it names (interned, so that equal ones are one object).  Every benchmark
# clears these before a "new page" parse, so their figures agree.
NEW_PAGE = (
    "regionbrief._places.scan",
    "regionbrief._regions._resolved",
    "regionbrief._periods._period",
)


def cache_clearers(names: tuple[str, ...] = NEW_PAGE) -> list[Callable[[], None]]:
    """``cache_clear`` of each ``module.function``; a clear error if one has moved."""
    clearers: list[Callable[[], None]] = []
    for name in names:
        module, _, attribute = name.rpartition(".")
        cached = getattr(importlib.import_module(module), attribute, None)
        clear = getattr(cached, "cache_clear", None)
        if not callable(clear):
            raise TypeError(f"{name} is not a cached function: update this benchmark")
        clearers.append(clear)
    return clearers


def page_parser(
    doc: str | None, sample: Path, repeats: int, budget: float, timeout: float
) -> argparse.ArgumentParser:
    """The options of a benchmark that measures libraries on one page, in child processes."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0] if doc else None)
    parser.add_argument("page", nargs="?", type=Path, default=sample, help="a page of text")
    parser.add_argument("--repeats", type=int, default=repeats, help="warm page jobs")
    parser.add_argument("--budget", type=float, default=budget, help="seconds of repeats per job")
    parser.add_argument("--timeout", type=float, default=timeout, help="seconds per child process")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    return parser


class _Distributed(Protocol):
    @property
    def distribution(self) -> str: ...


_L = TypeVar("_L", bound=_Distributed)


def installed_only(libraries: Iterable[_L], installed: Callable[[_L], bool]) -> list[_L]:
    """The libraries that are installed; one line for each distribution that is not."""
    found: list[_L] = []
    missing: set[str] = set()
    for library in libraries:
        if installed(library):
            found.append(library)
        elif library.distribution not in missing:
            missing.add(library.distribution)
            print(f"{library.distribution}: not installed (pip install {library.distribution})")
    return found


# Why a child may fail, and what to do about it.
HINTS = {
    "UNICODE_EMOJI": "recognizers-text 1.0.2a2 needs emoji < 2: pip install 'emoji<2'",
}


def last_line(stderr: str) -> str:
    """The last line a failed child wrote, with a hint when the failure is a known one."""
    last = (stderr.strip().splitlines() or ["no message"])[-1]
    hints = [hint for marker, hint in HINTS.items() if marker in stderr]
    return f"{last}; {hints[0]}" if hints else last


def version(distribution: str) -> str:
    """The installed version, or "" when metadata is missing."""
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return ""


def build() -> str:
    """Which build of regionbrief is imported: compiled with mypyc (a wheel), or pure Python.

    ``pip install .`` compiles when it can (hatch_build.py); ``pip install -e .`` never does.
    """
    spec = importlib.util.find_spec("regionbrief._places")
    origin = spec.origin if spec is not None else None
    if origin is None:
        return "not installed"
    if origin.endswith(".py"):
        return "pure Python (an editable install, or no compiler at install time)"
    return "compiled with mypyc"


def run_json(command: list[str], timeout: float, cwd: Path) -> dict[str, Any]:
    """Run a child that prints JSON on its last line: that result, or ``{"error": ...}``."""
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=timeout, cwd=cwd, check=False
        )
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:g} s"}
    lines = done.stdout.strip().splitlines()  # a library may print a banner first
    if done.returncode != 0 or not lines:
        return {"error": f"failed ({last_line(done.stderr)})"}
    try:
        result: dict[str, Any] = json.loads(lines[-1])
    except json.JSONDecodeError:
        return {"error": f"failed (no result line: {lines[-1][:80]!r})"}
    return result


def repeat(job: Callable[[], object], repeats: int, budget: float) -> tuple[list[float], object]:
    """Milliseconds of each run and the last run's result: ``repeats`` runs within ``budget`` s.

    At least one run is made, whatever the budget.
    """
    times: list[float] = []
    found: object = None
    spent = time.perf_counter()
    while len(times) < repeats and (not times or time.perf_counter() - spent < budget):
        start = time.perf_counter()
        found = job()
        times.append(ms(start))
    return times, found
