"""Time per page and peak memory of the region pass: regionbrief beside jionlp and cpca.

Every library reads the same page, ``seeds/000_c7c3f821600da765.txt`` by default, and
names the divisions in it.  regionbrief's region pass is timed two ways: as
``regionbrief.find_regions(page_text)``, and as ``regionbrief.parse`` runs it
(``_regions.page_codes`` over the page, then ``_regions.article_regions`` over each
article, replayed with the arguments one parse passed).  ``regionbrief.load(path)``
(read and full parse) is timed for context.  The peers:

* jionlp's ``parse_location``, one call per sentence (its input is one address, and
  it returns one), and one call per paragraph;
* cpca's ``transform`` over the page's paragraphs, and its
  ``transform_text_with_addrs`` over the page text (every address in a long text).

Each job runs in a fresh interpreter, so its peak RSS is its own.  Inside the
child: the first call (cold: it loads the library's data) is timed, then the
page is processed ``--repeats`` times within ``--budget`` seconds; the figure is
the median.  Import times come from a minimal interpreter apiece (``python -c``
importing that one module, median of three), so the script's own imports do not
flatter them.  The issue's targets are printed beside regionbrief's figures.

Run from the repository root::

    python benchmarks/bench_regions.py
    python benchmarks/bench_regions.py page.txt --repeats 50 --budget 8

A library that is not installed is reported as such and skipped.  The script
only prints; it exits 0 whatever the figures are.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from _common import figure as _figure
from _common import (
    installed_only,
    page_parser,
    paragraphs,
    repeat,
    run_json,
    sentences,
    version,
)
from _common import ms as _ms
from _common import ratio as _ratio
from _common import rss_kib as _rss_kib
from _common import table as _table

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "seeds" / "000_c7c3f821600da765.txt"
DEFAULT_REPEATS = 30
DEFAULT_BUDGET = 4.0  # seconds of repeats per job; at least one repeat always runs
DEFAULT_TIMEOUT = 60.0  # seconds per child: jionlp's first load is the slow one
IMPORT_RUNS = 3  # fresh interpreters per import time; the median is kept

TARGET_IMPORT_MS = 150.0  # import regionbrief
TARGET_GAZETTEER_MS = 50.0  # gazetteer(), first call
TARGET_PASS_MS = 2.0  # the region pass over the sample page

# One page's work: returns what it found, counted outside the timing.
Job = Callable[[], object]
Count = Callable[[object], int]


@dataclass(frozen=True)
class Library:
    """One row of the table: what is imported, what one page job is, how to install it."""

    key: str
    label: str
    distribution: str  # the name pip and importlib.metadata know
    module: str  # imported for the import time; its presence means "installed"
    job: str  # what one page job does, for the notes


LIBRARIES = (
    Library("regionbrief", "regionbrief.find_regions", "regionbrief", "regionbrief",
            "find_regions(page text): one call"),
    Library("regionbrief-pass", "regionbrief pass in parse", "regionbrief", "regionbrief",
            "page_codes(page) + article_regions(article) per article, as parse calls them"),
    Library("regionbrief-load", "regionbrief.load", "regionbrief", "regionbrief",
            "load(path): read the file and the full parse"),
    Library("jionlp-sentence", "jionlp per sentence", "jionlp", "jionlp",
            "parse_location(sentence) per sentence"),
    Library("jionlp-paragraph", "jionlp per paragraph", "jionlp", "jionlp",
            "parse_location(paragraph) per paragraph"),
    Library("cpca", "cpca.transform", "cpca", "cpca",
            "transform(paragraphs): one call, one row per paragraph"),
    Library("cpca-text", "cpca text_with_addrs", "cpca", "cpca",
            "transform_text_with_addrs(page text): one call"),
)  # fmt: skip
REFERENCE = "regionbrief"


# ---------------------------------------------------------------- the page, split


# ---------------------------------------------------------------- the child side


@dataclass(frozen=True)
class Setup:
    """A job ready to run, and how to count what it found."""

    job: Job
    count: Count
    cold: bool = True  # whether the job's first call is the library's first (cold) one
    parts: dict[str, list[float]] = field(default_factory=dict)  # ms of named steps, per call


def _codes(regions: object) -> set[str]:
    return {r.code for r in regions if r.code} if isinstance(regions, list | tuple) else set()


def _setup_regionbrief(text: str, _path: str) -> Setup:
    regionbrief: Any = importlib.import_module("regionbrief")
    places: Any = importlib.import_module("regionbrief._places")

    def job() -> object:
        places.scan.cache_clear()  # a new page: its texts have not been scanned
        return regionbrief.find_regions(text)

    return Setup(job, lambda found: len(_codes(found)))


def _setup_regionbrief_pass(text: str, _path: str) -> Setup:
    """Record the region calls of one parse, then replay them as the job."""
    regionbrief: Any = importlib.import_module("regionbrief")
    regions: Any = importlib.import_module("regionbrief._regions")
    page_codes, article_regions = regions.page_codes, regions.article_regions
    pages: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    articles: list[tuple[tuple[Any, ...], dict[str, Any]]] = []

    def record_page(texts: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: ANN401
        texts = tuple(texts)  # parse passes a generator
        pages.append(((texts, *args), kwargs))
        return page_codes(texts, *args, **kwargs)

    def record_article(*args: Any, **kwargs: Any) -> Any:  # noqa: ANN401
        articles.append((args, kwargs))
        return article_regions(*args, **kwargs)

    regions.page_codes, regions.article_regions = record_page, record_article
    try:
        regionbrief.parse(text)
    finally:
        regions.page_codes, regions.article_regions = page_codes, article_regions
    if len(pages) != 1 or not articles:
        raise RuntimeError(
            f"parse made {len(pages)} page_codes and {len(articles)} article_regions calls;"
            " expected 1 and some: update this benchmark to how parse runs the region pass"
        )

    parts: dict[str, list[float]] = {"page_codes": []}

    places: Any = importlib.import_module("regionbrief._places")

    def job() -> object:
        places.scan.cache_clear()  # a new page: its texts have not been scanned
        regions._resolved.cache_clear()  # noqa: SLF001 - nor its articles resolved
        args, kwargs = pages[0]
        start = time.perf_counter()
        page = page_codes(*args, **kwargs)
        parts["page_codes"].append(_ms(start))
        return [
            article_regions(*a, **({**k, "page": page} if "page" in k else k)) for a, k in articles
        ]

    def count(found: object) -> int:
        mentioned = [r for each in found for r in each.mentioned] if isinstance(found, list) else []
        return len(_codes(mentioned))

    return Setup(job, count, cold=False, parts=parts)  # the recording parse loaded the data


def _setup_regionbrief_load(_text: str, path: str) -> Setup:
    regionbrief: Any = importlib.import_module("regionbrief")

    def job() -> object:
        return regionbrief.load(path)

    def count(brief: Any) -> int:  # noqa: ANN401
        return len(_codes([r for article in brief.articles for r in article.regions]))

    return Setup(job, count)


def _jionlp_count(found: object) -> int:
    keys = ("province", "city", "county")
    results = found if isinstance(found, list) else []
    return len({tuple(r.get(k) for k in keys) for r in results if r.get("province")})


def _setup_jionlp(texts: list[str]) -> Setup:
    jionlp: Any = importlib.import_module("jionlp")

    def job() -> object:
        return [jionlp.parse_location(each) for each in texts]

    return Setup(job, _jionlp_count)


def _adcodes(frame: Any) -> int:  # noqa: ANN401
    return len({code for code in frame["adcode"] if isinstance(code, str) and code})


def _setup_cpca(text: str, _path: str) -> Setup:
    cpca: Any = importlib.import_module("cpca")
    texts = paragraphs(text)

    def job() -> object:
        return cpca.transform(texts)

    return Setup(job, _adcodes)


def _setup_cpca_text(text: str, _path: str) -> Setup:
    cpca: Any = importlib.import_module("cpca")

    def job() -> object:
        return cpca.transform_text_with_addrs(text)

    return Setup(job, _adcodes)


SETUPS: dict[str, Callable[[str, str], Setup]] = {
    "regionbrief": _setup_regionbrief,
    "regionbrief-pass": _setup_regionbrief_pass,
    "regionbrief-load": _setup_regionbrief_load,
    "jionlp-sentence": lambda text, _path: _setup_jionlp(sentences(text)),
    "jionlp-paragraph": lambda text, _path: _setup_jionlp(paragraphs(text)),
    "cpca": _setup_cpca,
    "cpca-text": _setup_cpca_text,
}


def stages(text: str) -> dict[str, Any]:
    """Load regionbrief stage by stage: import, gazetteer, towns, forms, the rest."""
    opened: list[str] = []
    importing = True

    def hook(event: str, args: tuple[Any, ...]) -> None:
        if importing and event == "open" and args and isinstance(args[0], str | bytes):
            opened.append(os.fsdecode(args[0]))

    sys.addaudithook(hook)
    start = time.perf_counter()
    regionbrief: Any = importlib.import_module("regionbrief")
    import_ms = _ms(start)
    importing = False
    gazetteer: Any = importlib.import_module("regionbrief._gazetteer").gazetteer
    data = Path(regionbrief.__file__).resolve().parent / "data"
    loaded = sorted({Path(p).name for p in opened if Path(p).resolve().parent == data})
    cached = gazetteer.cache_info().currsize
    start = time.perf_counter()
    gazetteer()
    gazetteer_ms = _ms(start)
    start = time.perf_counter()
    gazetteer().town_names()
    towns_ms = _ms(start)
    forms_ms = None
    if hasattr(gazetteer(), "forms"):  # the index of surface forms, built on the first lookup
        start = time.perf_counter()
        gazetteer().forms()
        forms_ms = _ms(start)
    start = time.perf_counter()
    regionbrief.find_regions(text)
    rest_ms = _ms(start)
    return {
        "import_ms": import_ms,
        "import_data_files": loaded,
        "gazetteer_cached_after_import": cached,
        "gazetteer_ms": gazetteer_ms,
        "towns_ms": towns_ms,
        "forms_ms": forms_ms,
        "rest_ms": rest_ms,
        "rss_kib": _rss_kib(),
    }


def child(key: str, path: str, repeats: int, budget: float) -> dict[str, Any]:
    """Measure one job in this (fresh) process; the result is printed as JSON."""
    if key == "none":  # the interpreter and this script alone: the floor under every RSS
        return {"rss_kib": _rss_kib()}
    text = Path(path).read_text(encoding="utf-8")
    if key == "stages":
        return stages(text)
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
        "found": setup.count(found),
        "parts": {name: statistics.median(ms[-len(times) :]) for name, ms in setup.parts.items()},
        "rss_kib": _rss_kib(),  # after the work: the peak includes every repeat
    }


# ---------------------------------------------------------------- the parent side

_IMPORT_PROBE = (
    "import sys, time\n"
    "start = time.perf_counter()\n"
    "if sys.argv[1]: __import__(sys.argv[1])\n"
    "print((time.perf_counter() - start) * 1000)\n"
)


def import_time(module: str, timeout: float) -> dict[str, Any]:
    """``import module`` in fresh minimal interpreters: in-process and wall-clock ms, medians.

    ``module`` "" imports nothing: the interpreter's own start-up.
    """
    inside: list[float] = []
    wall: list[float] = []
    for _ in range(IMPORT_RUNS):
        start = time.perf_counter()
        try:
            done = subprocess.run(
                [sys.executable, "-c", _IMPORT_PROBE, module],
                capture_output=True, text=True, timeout=timeout, cwd=ROOT, check=False,
            )  # fmt: skip
        except subprocess.TimeoutExpired:
            return {"error": f"import timed out after {timeout:g} s"}
        wall.append(_ms(start))
        lines = done.stdout.strip().splitlines()
        if done.returncode != 0 or not lines:
            last = (done.stderr.strip().splitlines() or ["no message"])[-1]
            return {"error": f"import failed ({last})"}
        inside.append(float(lines[-1]))
    return {"ms": statistics.median(inside), "wall_ms": statistics.median(wall)}


def installed(library: Library) -> bool:
    """Whether the library can be imported here (without importing it)."""
    return importlib.util.find_spec(library.module) is not None


def measure(key: str, path: Path, repeats: int, budget: float, timeout: float) -> dict[str, Any]:
    """Run one job's measurement in a fresh interpreter; ``{"error": ...}`` on failure."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", key, str(path)]
    command += ["--repeats", str(repeats), "--budget", str(budget)]
    return run_json(command, timeout, ROOT)


def _against(label: str, value: float | None, target: float | None, note: str = "") -> str:
    figure = f"{value:8.1f} ms" if value is not None else "       - ms"
    if target is None or value is None:
        verdict = ""
    else:
        verdict = f"target <= {target:g} ms  {'met' if value <= target else 'MISSED'}"
    return f"  {label:<34}{figure}   {verdict}{note}".rstrip()


def report_targets(
    stage: dict[str, Any], imports: dict[str, dict[str, Any]], results: dict[str, dict[str, Any]]
) -> None:
    """Print regionbrief's figures next to the issue's targets."""
    print()
    print("regionbrief against the issue's targets")
    own = imports.get("regionbrief", {})
    floor = imports.get("", {})
    if "error" in own:
        print(f"  import regionbrief: {own['error']}")
    else:
        print(_against("import regionbrief", own.get("ms"), TARGET_IMPORT_MS))
        if "wall_ms" in floor and "wall_ms" in own:  # own is empty when regionbrief is missing
            print(
                f"  {'':<34}(python -c 'import regionbrief': {own['wall_ms']:.0f} ms wall,"
                f" python -c pass: {floor['wall_ms']:.0f} ms)"
            )
    if "error" in stage:
        print(f"  loading stages: {stage['error']}")
    else:
        files = ", ".join(stage["import_data_files"]) or "none"
        cached = "empty" if stage["gazetteer_cached_after_import"] == 0 else "LOADED"
        print(f"  {'':<34}(data files read by the import: {files}; gazetteer cache {cached})")
        print(_against("gazetteer() first call", stage["gazetteer_ms"], TARGET_GAZETTEER_MS))
        both = stage["gazetteer_ms"] + stage["towns_ms"]
        print(_against("town_names() first call", stage["towns_ms"], None,
                       f"no target; gazetteer + towns {both:.1f} ms"))  # fmt: skip
        if stage["forms_ms"] is not None:
            print(_against("gazetteer().forms() first call", stage["forms_ms"], None,
                           "no target; the surface-form index"))  # fmt: skip
        print(_against("find_regions first call, the rest", stage["rest_ms"], None,
                       "no target; suffixes, word lists, ..."))  # fmt: skip
        cold = own.get("ms", 0.0) + sum(
            stage[k] or 0.0 for k in ("gazetteer_ms", "towns_ms", "forms_ms", "rest_ms")
        )
        print(_against("import to first regions, cold", cold, None, "no target; the sum"))
    for key, label in (("regionbrief", "find_regions(page), warm"),
                       ("regionbrief-pass", "region pass as in parse, warm")):  # fmt: skip
        result = results.get(key, {})
        if "error" in result:
            print(f"  {label}: {result['error']}")
        elif result:
            best = f"  (best {result['best_ms']:.2f})"
            print(_against(label, result["ms"], TARGET_PASS_MS, best))
            for part, ms in result.get("parts", {}).items():
                print(_against(f"  of which {part}", ms, None))
    load = results.get("regionbrief-load", {})
    if "ms" in load:
        print(_against("load(seed), warm", load["ms"], None, "no target; context"))


def report(
    libraries: list[Library],
    results: dict[str, dict[str, Any]],
    imports: dict[str, dict[str, Any]],
    floor_kib: int | None,
) -> None:
    """Print the table of every job, ratios to regionbrief.find_regions."""
    reference = results.get(REFERENCE, {})
    ref_import = imports.get("regionbrief", {}).get("ms")
    ref_first, ref_ms = reference.get("first_ms"), reference.get("ms")
    ref_mb = reference["rss_kib"] / 1024 if "rss_kib" in reference else None
    header = ["job", "version", "import ms", "x", "1st call ms", "x", "ms/page", "x",
              "codes", "peak RSS MB", "x"]  # fmt: skip
    rows = [header]
    notes: list[str] = []
    for library in libraries:
        result = results.get(library.key)
        if result is None:
            continue
        if "error" in result:
            notes.append(f"{library.label}: {result['error']}")
            continue
        imported = imports.get(library.module, {}).get("ms")
        first, ms, mb = result["first_ms"], result["ms"], result["rss_kib"] / 1024
        rows.append([
            library.label, version(library.distribution),
            _figure(imported, 0), _ratio(imported, ref_import),
            _figure(first), _ratio(first, ref_first),
            _figure(ms, 2), _ratio(ms, ref_ms),
            str(result["found"]), f"{mb:.1f}", _ratio(mb, ref_mb),
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
    print("x: the figure over regionbrief.find_regions' (peer / regionbrief).")
    print("import ms: `import X` alone in a fresh interpreter, median of 3.")
    print("1st call ms: the first page job in a fresh interpreter, data loading included.")
    print(f"ms/page: median of {repeats} repeat(s) of the page job, warm.")
    print("codes: distinct division codes found (jionlp gives no codes: distinct")
    print("       province/city/county triples). A count, not a measure of correctness.")
    if floor_kib is not None:
        print(f"peak RSS includes python and this script, {floor_kib / 1024:.1f} MB on their own.")
    print("page jobs:")
    for library in done:
        print(f"  {library.label}: {library.job}")


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
    print(f"  {len(paragraphs(text))} paragraphs, {len(sentences(text))} sentences")
    available = installed_only(LIBRARIES, installed)
    imports: dict[str, dict[str, Any]] = {}
    for module in ["", *dict.fromkeys(library.module for library in available)]:
        print(f"import {module or '(nothing)'}: timing ...", flush=True)
        imports[module] = import_time(module, args.timeout)
    results: dict[str, dict[str, Any]] = {}
    for library in available:
        print(f"{library.label}: measuring ...", flush=True)
        results[library.key] = measure(library.key, path, args.repeats, args.budget, args.timeout)
    stage = (
        measure("stages", path, 1, 0.0, args.timeout)
        if any(library.module == "regionbrief" for library in available)
        else {"error": "regionbrief not installed"}
    )
    floor = measure("none", path, 1, 0.0, args.timeout).get("rss_kib") if results else None
    report(available, results, imports, floor)
    report_targets(stage, imports, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
