"""Time per page and peak memory of the full parse: regionbrief beside jionlp and recognizers-text.

Every library reads the same page, ``seeds/000_c7c3f821600da765.txt`` by default.
regionbrief runs its full parse, ``regionbrief.parse(page_text)`` (every stage:
lines, blocks, articles, bylines, regions, figures and periods), timed:

* as a new page: the caches in ``_common.NEW_PAGE`` (``lru_cache`` of per-text place scans,
  of per-article region passes and of interned periods) are cleared before each run, so no
  text of the page has been seen;
* as the same page again: the scan cache is left warm (a separate, labelled figure);
* with the gazetteer look-up caches (``_regions._lookup``, ``_path``, ``_division_region``) cleared
  too: the pessimistic bound, a page whose every place name is new to the process;
* as ``regionbrief.load(path)`` (read the file, then the parse), a new page.

The peers, on the same text: jionlp's ``extract_money`` and ``extract_time`` over the
page text (one call each, as one job), and recognizers-text's ``recognize_number`` and
``recognize_datetime`` with ``Culture.Chinese`` per paragraph (as one job).  They find
money amounts, numbers and times only: a part of what the parse does.

Each job runs in a fresh interpreter, so its first call (cold: the library loads its
data) and its peak RSS are its own.  Warm figures are the median of ``--repeats`` page
jobs within ``--budget`` seconds.  Import times come from a minimal interpreter apiece
(``python -c`` importing the job's modules, median of three).  Then one warm parse is
broken down stage by stage, by wrapping the stage functions ``regionbrief._parse``
calls (median over a few parses), and regionbrief's figure is printed against the
issue's target (<= 5 ms per page, warm).

Run from the repository root::

    python benchmarks/bench_parse.py
    python benchmarks/bench_parse.py page.txt --repeats 100 --budget 8

A library that is not installed is reported as such and skipped; one that fails to
import says why.  The script only prints; it exits 0 whatever the figures are.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from _common import (
    NEW_PAGE,
    build,
    cache_clearers,
    installed_only,
    last_line,
    page_parser,
    paragraphs,
    repeat,
    run_json,
    version,
)
from _common import figure as _figure
from _common import ms as _ms
from _common import ratio as _ratio
from _common import rss_kib as _rss_kib
from _common import table as _table

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "seeds" / "000_c7c3f821600da765.txt"
DEFAULT_REPEATS = 50
DEFAULT_BUDGET = 4.0  # seconds of repeats per job; at least one repeat always runs
DEFAULT_TIMEOUT = 60.0  # seconds per child
IMPORT_RUNS = 3  # fresh interpreters per import time; the median is kept
STAGE_PARSES = 20  # warm parses for the stage breakdown, within the budget

TARGET_PARSE_MS = 5.0  # the full parse of the sample page, warm, a new page

# One page's work: returns what it found, counted outside the timing.
Job = Callable[[], object]
Count = Callable[[object], tuple[int, int]]


@dataclass(frozen=True)
class Library:
    """One row of the table: what is imported, what one page job is, how to install it."""

    key: str
    label: str
    distribution: str  # the name pip and importlib.metadata know
    modules: tuple[str, ...]  # imported for the import time; their presence means "installed"
    job: str  # what one page job does, for the notes


LIBRARIES = (
    Library("regionbrief", "regionbrief.parse, new page", "regionbrief", ("regionbrief",),
            "parse(page text), scan caches cleared first"),
    Library("regionbrief-same", "regionbrief.parse, same page", "regionbrief", ("regionbrief",),
            "parse(page text) again, scan caches warm"),
    Library("regionbrief-lookups", "regionbrief.parse, cold look-ups", "regionbrief",
            ("regionbrief",), "parse(page text), scan and _regions._lookup/_path cleared first"),
    Library("regionbrief-load", "regionbrief.load, new page", "regionbrief", ("regionbrief",),
            "load(path): read the file and parse, scan caches cleared first"),
    Library("jionlp", "jionlp money + time", "jionlp", ("jionlp",),
            "extract_money(page text) + extract_time(page text): one call each"),
    Library("recognizers", "recognizers-text num + date", "recognizers-text-suite",
            ("recognizers_number", "recognizers_date_time"),
            "recognize_number + recognize_datetime (Culture.Chinese) per paragraph"),
)  # fmt: skip
REFERENCE = "regionbrief"

# The stages of one parse, wrapped where parse (or find_entities) looks them up:
# (module, name, the stage it runs inside, or "" for a step of parse itself).
STAGES = (
    ("regionbrief._parse", "split_lines", ""),
    ("regionbrief._parse", "classify", ""),
    ("regionbrief._parse", "reflow", ""),
    ("regionbrief._parse", "page_title", ""),
    ("regionbrief._parse", "detect", ""),
    ("regionbrief._parse", "promote_headings", ""),
    ("regionbrief._parse", "assemble", ""),
    ("regionbrief._parse", "estimate", ""),  # only when the page header gives no date
    ("regionbrief._parse", "split_lost_headings", ""),
    ("regionbrief._regions", "page_codes", ""),
    ("regionbrief._parse", "find_entities", ""),
    ("regionbrief._regions", "article_regions", "find_entities"),
    ("regionbrief._entities", "places_of", "find_entities"),
    ("regionbrief._entities", "find_periods", "find_entities"),
    ("regionbrief._entities", "article_metrics", "find_entities"),
    ("regionbrief._entities", "find_initiatives", "find_entities"),
    ("regionbrief._entities", "find_people", "find_entities"),
)
OPTIONAL_STAGES = {"estimate"}  # not called on every page


# ---------------------------------------------------------------- the page, split


# ---------------------------------------------------------------- the child side


@dataclass(frozen=True)
class Setup:
    """A job ready to run, and how to count what it found."""

    job: Job
    count: Count
    cold: bool = True  # whether the job's first call is the library's first (cold) one


def _brief_count(brief: Any) -> tuple[int, int]:  # noqa: ANN401
    articles = getattr(brief, "articles", ())
    return sum(len(a.metrics) for a in articles), sum(len(a.periods) for a in articles)


def _setup_parse(text: str, path: str, caches: tuple[str, ...], *, load: bool = False) -> Setup:
    regionbrief: Any = importlib.import_module("regionbrief")
    clearers = cache_clearers(caches)

    def job() -> object:
        for clear in clearers:  # a new page: its texts have not been scanned
            clear()
        return regionbrief.load(path) if load else regionbrief.parse(text)

    return Setup(job, _brief_count)


def _setup_jionlp(text: str, _path: str) -> Setup:
    jionlp: Any = importlib.import_module("jionlp")
    # jionlp 1.5 keeps them under jionlp.ner; later releases may lift them to the top.
    money = getattr(jionlp, "extract_money", None) or jionlp.ner.extract_money
    times = getattr(jionlp, "extract_time", None) or jionlp.ner.extract_time

    def job() -> object:
        return money(text), times(text)

    def count(found: object) -> tuple[int, int]:
        amounts, spans = found if isinstance(found, tuple) else ([], [])
        return len(amounts), len(spans)

    return Setup(job, count)


def _setup_recognizers(text: str, _path: str) -> Setup:
    number: Any = importlib.import_module("recognizers_number")
    date_time: Any = importlib.import_module("recognizers_date_time")
    chinese = importlib.import_module("recognizers_text").Culture.Chinese
    texts = paragraphs(text)

    def job() -> object:
        numbers = [r for p in texts for r in number.recognize_number(p, chinese)]
        dates = [r for p in texts for r in date_time.recognize_datetime(p, chinese)]
        return numbers, dates

    def count(found: object) -> tuple[int, int]:
        numbers, dates = found if isinstance(found, tuple) else ([], [])
        return len(numbers), len(dates)

    return Setup(job, count)


# What a new page has not seen: the scans of its texts and the region pass of its articles.
_SCAN = NEW_PAGE
_LOOKUPS = (
    *_SCAN,
    "regionbrief._regions._lookup",
    "regionbrief._regions._path",
    "regionbrief._regions._division_region",
)

SETUPS: dict[str, Callable[[str, str], Setup]] = {
    "regionbrief": lambda text, path: _setup_parse(text, path, _SCAN),
    "regionbrief-same": lambda text, path: _setup_parse(text, path, ()),
    "regionbrief-lookups": lambda text, path: _setup_parse(text, path, _LOOKUPS),
    "regionbrief-load": lambda text, path: _setup_parse(text, path, _SCAN, load=True),
    "jionlp": _setup_jionlp,
    "recognizers": _setup_recognizers,
}


class _Stages:
    """Wrap the stage functions where parse looks them up, and add up their times."""

    def __init__(self) -> None:
        self.active: list[str] = []
        self.ms: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        self.patched: list[tuple[Any, str, Any]] = []
        self.missing: list[str] = []

    def wrap(self, module: Any, name: str, inside: str) -> None:  # noqa: ANN401
        """Replace ``module.name`` by a timed call; counted only at its place in parse."""
        function = getattr(module, name)
        if not callable(function):
            raise TypeError(f"{module.__name__}.{name} is not a function")
        self.ms[name], self.calls[name] = 0.0, 0

        def timed(*args: Any, **kwargs: Any) -> Any:  # noqa: ANN401
            outer = tuple(self.active)
            self.active.append(name)
            start = time.perf_counter()
            try:
                result = function(*args, **kwargs)
                # lazy (article_metrics; a compiled generator is no GeneratorType): run it here
                if isinstance(result, Iterator) and not isinstance(result, list | tuple):
                    result = iter(list(result))
            finally:
                spent = _ms(start)
                self.active.pop()
                if (inside and inside in outer) or (not inside and not outer):
                    self.ms[name] += spent
                    self.calls[name] += 1
            return result

        self.patched.append((module, name, function))
        setattr(module, name, timed)

    def restore(self) -> None:
        """Put every wrapped function back."""
        for module, name, function in reversed(self.patched):
            setattr(module, name, function)
        self.patched.clear()

    def reset(self) -> None:
        """Zero the sums before the next parse."""
        self.ms = dict.fromkeys(self.ms, 0.0)
        self.calls = dict.fromkeys(self.calls, 0)


def stages(text: str, budget: float) -> dict[str, Any]:
    """One warm parse (a new page) stage by stage: the median of a few, with the call counts."""
    regionbrief: Any = importlib.import_module("regionbrief")
    clearers = cache_clearers(_SCAN)

    def clear() -> None:
        for each in clearers:
            each()

    regionbrief.parse(text)  # cold: load the data first
    plain: list[float] = []
    for _ in range(5):
        clear()
        start = time.perf_counter()
        regionbrief.parse(text)
        plain.append(_ms(start))
    wrapper = _Stages()
    per_stage: dict[str, list[float]] = {}
    calls: dict[str, int] = {}
    totals: list[float] = []
    try:
        for module_name, name, inside in STAGES:
            module = importlib.import_module(module_name)
            if not hasattr(module, name):
                wrapper.missing.append(f"{module_name}.{name}")
                if not inside:
                    raise LookupError(f"{module_name} has no `{name}` (moved or renamed?)")
                continue
            wrapper.wrap(module, name, inside)
        per_stage = {name: [] for name in wrapper.ms}
        spent = time.perf_counter()
        while len(totals) < STAGE_PARSES and (not totals or time.perf_counter() - spent < budget):
            clear()
            wrapper.reset()
            start = time.perf_counter()
            regionbrief.parse(text)
            totals.append(_ms(start))
            for name, ms in wrapper.ms.items():
                per_stage[name].append(ms)
            calls = dict(wrapper.calls)
    finally:
        wrapper.restore()
    never = [
        name
        for _, name, inside in STAGES
        if not inside and name in calls and not calls[name] and name not in OPTIONAL_STAGES
    ]
    return {
        "parses": len(totals),
        "total_ms": statistics.median(totals),
        "plain_ms": statistics.median(plain),
        "stages": [
            [name, inside, statistics.median(per_stage[name]), calls[name]]
            for _, name, inside in STAGES
            if name in per_stage
        ],
        "missing": wrapper.missing,
        "never_called": never,
    }


def child(key: str, path: str, repeats: int, budget: float) -> dict[str, Any]:
    """Measure one job in this (fresh) process; the result is printed as JSON."""
    if key == "none":  # the interpreter and this script alone: the floor under every RSS
        return {"rss_kib": _rss_kib()}
    text = Path(path).read_text(encoding="utf-8")
    if key == "stages":
        try:
            return stages(text, budget)
        except LookupError as error:
            return {"error": str(error).strip("'")}
        except Exception as error:  # noqa: BLE001 - any failure is reported, never raised
            return {"error": f"{type(error).__name__}: {error}"}
    start = time.perf_counter()
    setup = SETUPS[key](text, path)
    setup_ms = _ms(start)
    start = time.perf_counter()
    found = setup.job()
    first_ms = _ms(start)
    times, found = repeat(setup.job, repeats, budget)
    return {
        "setup_ms": setup_ms,
        "first_ms": first_ms if setup.cold else None,
        "ms": statistics.median(times),
        "best_ms": min(times),
        "repeats": len(times),
        "found": list(setup.count(found)),
        "rss_kib": _rss_kib(),  # after the work: the peak includes every repeat
    }


# ---------------------------------------------------------------- the parent side

_IMPORT_PROBE = (
    "import sys, time\n"
    "start = time.perf_counter()\n"
    "for module in sys.argv[1:]: __import__(module)\n"
    "print((time.perf_counter() - start) * 1000)\n"
)


def import_time(modules: tuple[str, ...], timeout: float) -> dict[str, Any]:
    """Import ``modules`` in fresh minimal interpreters: in-process and wall-clock ms, medians.

    No modules imports nothing: the interpreter's own start-up.
    """
    inside: list[float] = []
    wall: list[float] = []
    for _ in range(IMPORT_RUNS):
        start = time.perf_counter()
        try:
            done = subprocess.run(
                [sys.executable, "-c", _IMPORT_PROBE, *modules],
                capture_output=True, text=True, timeout=timeout, cwd=ROOT, check=False,
            )  # fmt: skip
        except subprocess.TimeoutExpired:
            return {"error": f"import timed out after {timeout:g} s"}
        wall.append(_ms(start))
        lines = done.stdout.strip().splitlines()
        if done.returncode != 0 or not lines:
            return {"error": last_line(done.stderr)}
        inside.append(float(lines[-1]))
    return {"ms": statistics.median(inside), "wall_ms": statistics.median(wall)}


def installed(library: Library) -> bool:
    """Whether the library's modules can be found here (without importing them)."""
    return all(importlib.util.find_spec(module) is not None for module in library.modules)


def measure(key: str, path: Path, repeats: int, budget: float, timeout: float) -> dict[str, Any]:
    """Run one job's measurement in a fresh interpreter; ``{"error": ...}`` on failure."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", key, str(path)]
    command += ["--repeats", str(repeats), "--budget", str(budget)]
    return run_json(command, timeout, ROOT)


def _against(label: str, value: float | None, target: float | None, note: str = "") -> str:
    figure = f"{value:8.2f} ms" if value is not None else "        - ms"
    if target is None or value is None:
        verdict = ""
    else:
        verdict = f"target <= {target:g} ms  {'met' if value <= target else 'MISSED'}"
    return f"  {label:<36}{figure}   {verdict}{note}".rstrip()


def report(
    libraries: list[Library],
    results: dict[str, dict[str, Any]],
    imports: dict[tuple[str, ...], dict[str, Any]],
    floor_kib: int | None,
) -> None:
    """Print the table of every job, ratios to regionbrief.parse on a new page."""
    reference = results.get(REFERENCE, {})
    ref_import = imports.get(("regionbrief",), {}).get("ms")
    ref_first, ref_ms = reference.get("first_ms"), reference.get("ms")
    ref_mb = reference["rss_kib"] / 1024 if "rss_kib" in reference else None
    header = ["job", "version", "import ms", "x", "1st call ms", "x", "ms/page", "x",
              "figures", "times", "peak RSS MB", "x"]  # fmt: skip
    rows = [header]
    notes: list[str] = []
    for library in libraries:
        result = results.get(library.key)
        if result is None:
            continue
        if "error" in result:
            notes.append(f"{library.label}: {result['error']}")
            continue
        imported = imports.get(library.modules, {}).get("ms")
        first, ms, mb = result["first_ms"], result["ms"], result["rss_kib"] / 1024
        figures, times = result["found"]
        rows.append([
            library.label, version(library.distribution),
            _figure(imported, 0), _ratio(imported, ref_import),
            _figure(first), _ratio(first, ref_first),
            _figure(ms, 2), _ratio(ms, ref_ms),
            str(figures), str(times), f"{mb:.1f}", _ratio(mb, ref_mb),
        ])  # fmt: skip
    if len(rows) > 1:
        print()
        print("\n".join(_table(rows, right=set(range(2, len(header))))))
    for note in notes:
        print(note)
    done = [library for library in libraries if "ms" in results.get(library.key, {})]
    if not done:
        return
    repeats = "/".join(sorted({str(results[library.key]["repeats"]) for library in done}))
    print()
    print("x: the figure over regionbrief.parse's on a new page (job / regionbrief).")
    print("import ms: the job's modules alone in a fresh interpreter, median of 3.")
    print("1st call ms: the first page job in a fresh interpreter, data loading included.")
    print(f"ms/page: median of {repeats} repeat(s) of the page job, warm.")
    print("figures, times: regionbrief's metrics and periods (summed over articles); jionlp's")
    print("       money amounts and times; recognizers-text's numbers and dates/times. Counts of")
    print("       different things, not a measure of correctness: the peers find amounts,")
    print("       numbers and times only, not articles, bylines, regions or indicators.")
    if floor_kib is not None:
        print(f"peak RSS includes python and this script, {floor_kib / 1024:.1f} MB on their own.")
    print("page jobs:")
    for library in done:
        print(f"  {library.label}: {library.job}")


def report_target(results: dict[str, dict[str, Any]]) -> None:
    """Print regionbrief's figures next to the issue's target."""
    print()
    print(f"regionbrief against the issue's target; regionbrief {build()}")
    rows = (
        ("regionbrief", "parse(sample), new page, warm", TARGET_PARSE_MS, ""),
        ("regionbrief-same", "parse(sample), same page again", None,
         "no target; scan caches warm"),
        ("regionbrief-lookups", "parse(sample), look-ups cleared too", None,
         "no target; every place name new"),
        ("regionbrief-load", "load(sample), new page, warm", None, "no target; reads the file"),
    )  # fmt: skip
    for key, label, target, note in rows:
        result = results.get(key, {})
        if "error" in result:
            print(f"  {label}: {result['error']}")
        elif result:
            best = f"  (best {result['best_ms']:.2f})"
            print(_against(label, result["ms"], target, f"{'  ' if target else ''}{note}{best}"))
    first = results.get(REFERENCE, {}).get("first_ms")
    if first is not None:
        print(_against("parse(sample), first call", first, None, "no target; loads the data"))


def report_stages(stage: dict[str, Any]) -> None:
    """Print one warm parse stage by stage, or why that could not be measured."""
    print()
    if "error" in stage:
        print(f"stage breakdown unavailable: {stage['error']}")
        return
    total = stage["total_ms"]
    print(
        f"regionbrief.parse stage by stage: median of {stage['parses']} warm parses of a new"
        " page (scan caches cleared)"
    )
    rows = [["stage", "ms", "share", "calls"]]
    accounted = 0.0
    for name, inside, ms, calls in stage["stages"]:
        if not inside:
            accounted += ms
        label = f"  of which {name}" if inside else name
        share = f"{ms / total:.0%}" if total else "-"
        rows.append([label, f"{ms:.2f}", share, str(calls)])
    rest = total - accounted
    rows.append(["the rest", f"{rest:.2f}", f"{rest / total:.0%}" if total else "-", ""])
    rows.append(["parse, wrapped", f"{total:.2f}", "100%", ""])
    print("\n".join(_table(rows, right={1, 2, 3})))
    print(
        f"parse unwrapped in the same process: {stage['plain_ms']:.2f} ms (median of 5);"
        " the gap to the wrapped parse is the wrappers' cost plus noise."
    )
    print("the rest: parse's own code, Article and Brief objects, and any stage not listed.")
    if stage["missing"]:
        print("not found, so not wrapped: " + ", ".join(stage["missing"]))
    if stage["never_called"]:
        print("listed but not called by this parse: " + ", ".join(stage["never_called"]))


def main(argv: list[str] | None = None) -> int:
    """Measure regionbrief and the installed peers on the page and print the figures."""
    parser = page_parser(__doc__, SAMPLE, DEFAULT_REPEATS, DEFAULT_BUDGET, DEFAULT_TIMEOUT)
    args = parser.parse_args(argv)
    path: Path = args.page.resolve()
    if args.child:
        print(json.dumps(child(args.child, str(path), max(args.repeats, 1), args.budget)))
        return 0
    if not path.is_file():
        print(f"not found: {path}")
        return 0
    text = path.read_text(encoding="utf-8")
    print(f"python {sys.version.split()[0]}, page {path.name}: {len(text)} characters,")
    print(f"  {len(paragraphs(text))} paragraphs")
    available = installed_only(LIBRARIES, installed)
    imports: dict[tuple[str, ...], dict[str, Any]] = {}
    for modules in [(), *dict.fromkeys(library.modules for library in available)]:
        print(f"import {', '.join(modules) or '(nothing)'}: timing ...", flush=True)
        imports[modules] = import_time(modules, args.timeout)
    broken: set[str] = set()
    for library in available:
        error = imports[library.modules].get("error")
        if error and library.distribution not in broken:
            broken.add(library.distribution)
            print(f"{library.distribution}: failed to install/import: {error}")
    available = [library for library in available if library.distribution not in broken]
    results: dict[str, dict[str, Any]] = {}
    for library in available:
        print(f"{library.label}: measuring ...", flush=True)
        results[library.key] = measure(library.key, path, args.repeats, args.budget, args.timeout)
    stage = (
        measure("stages", path, 1, args.budget, args.timeout)
        if any(library.distribution == "regionbrief" for library in available)
        else {"error": "regionbrief not installed or not importable"}
    )
    floor = measure("none", path, 1, 0.0, args.timeout).get("rss_kib") if results else None
    report(available, results, imports, floor)
    report_target(results)
    report_stages(stage)
    return 0


if __name__ == "__main__":
    sys.exit(main())
