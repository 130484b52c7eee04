"""Time per PDF page and peak memory: pypdfium2 beside pdfminer.six and pypdf.

Every library does the same job, the one layout analysis needs: every character
of every page with its position and font size.  regionbrief's own
``regionbrief.load(path, page=n)`` (pypdfium2 plus lines, columns and the full
parse) is measured too, for context.

Each library runs in a fresh interpreter, so its peak RSS is its own.  Inside
the child: the import is timed, then the first page (cold), then every page
``--repeats`` times; a page's figure is the median of its repeats.  A page job
opens the file, reads one page and closes it, as ``regionbrief.load`` does.

Run from the repository root::

    python benchmarks/bench_pdf.py                 # ../shared/seeds/pdf/*.pdf, tests/data/page*.pdf
    python benchmarks/bench_pdf.py a.pdf b.pdf --repeats 3

A library that is not installed is reported as such and skipped.  The script
only prints; it exits 0 whatever the figures are.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.metadata
import importlib.util
import json
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from _common import rss_kib as _rss_kib
from _common import run_json, version
from _common import table as _table

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEFAULT_REPEATS = 5
DEFAULT_BUDGET = 8.0  # seconds of repeats per library; at least one repeat always runs
CHILD_TIMEOUT = 300.0

# A page job: (path, 0-based page) -> characters found that are not white space.
Job = Callable[[str, int], int]


@dataclass(frozen=True)
class Library:
    """One row of the table: what is imported, how a page is read, how to install it."""

    key: str
    label: str
    distribution: str  # the name pip and importlib.metadata know
    licence: str
    probe: str  # the module whose presence means "installed"


LIBRARIES = (
    Library("pypdfium2", "pypdfium2", "pypdfium2", "Apache-2.0/BSD-3", "pypdfium2"),
    Library("pdfminer", "pdfminer.six", "pdfminer.six", "MIT", "pdfminer"),
    Library("pdfminer-raw", "pdfminer.six laparams=None", "pdfminer.six", "MIT", "pdfminer"),
    Library("pypdf", "pypdf", "pypdf", "BSD-3", "pypdf"),
    Library("regionbrief", "regionbrief.load", "regionbrief", "MIT (+pypdfium2)", "regionbrief"),
)
REFERENCE = "pypdfium2"


# ---------------------------------------------------------------- the child side


def _solid(text: str) -> int:
    return sum(not c.isspace() for c in text)


def _setup_pypdfium2() -> tuple[Job, Callable[[str], int]]:
    pdfium: Any = importlib.import_module("pypdfium2")
    raw: Any = importlib.import_module("pypdfium2.raw")

    def job(path: str, index: int) -> int:
        chars: list[tuple[str, tuple[float, float, float, float], float]] = []
        document = pdfium.PdfDocument(path)
        try:
            page = document[index]
            text_page = page.get_textpage()
            for i in range(text_page.count_chars()):
                code = raw.FPDFText_GetUnicode(text_page.raw, i)
                box = text_page.get_charbox(i)
                size = raw.FPDFText_GetFontSize(text_page.raw, i)
                chars.append((chr(code), box, size))
            text_page.close()
            page.close()
        finally:
            document.close()
        return sum(not c.isspace() and c not in "\0\ufffe\uffff" for c, _, _ in chars)

    def count(path: str) -> int:
        document = pdfium.PdfDocument(path)
        try:
            return len(document)
        finally:
            document.close()

    return job, count


def _walk(container: Any, char_type: type, container_type: type) -> Iterator[Any]:  # noqa: ANN401
    for item in container:
        if isinstance(item, char_type):
            yield item
        elif isinstance(item, container_type):
            yield from _walk(item, char_type, container_type)


def _pdfminer_count(path: str) -> int:
    pdfpage: Any = importlib.import_module("pdfminer.pdfpage")
    with Path(path).open("rb") as handle:
        return sum(1 for _ in pdfpage.PDFPage.get_pages(handle))


def _setup_pdfminer() -> tuple[Job, Callable[[str], int]]:
    high_level: Any = importlib.import_module("pdfminer.high_level")
    layout: Any = importlib.import_module("pdfminer.layout")

    def job(path: str, index: int) -> int:
        chars: list[tuple[str, tuple[float, float, float, float], float]] = []
        for page in high_level.extract_pages(path, page_numbers=[index]):
            chars.extend(
                (c.get_text(), c.bbox, c.size)
                for c in _walk(page, layout.LTChar, layout.LTContainer)
            )
        return sum(_solid(text) for text, _, _ in chars)

    return job, _pdfminer_count


def _setup_pdfminer_raw() -> tuple[Job, Callable[[str], int]]:
    """pdfminer.six without its layout analysis: the characters as drawn, not grouped."""
    layout: Any = importlib.import_module("pdfminer.layout")
    converter: Any = importlib.import_module("pdfminer.converter")
    interpreter: Any = importlib.import_module("pdfminer.pdfinterp")
    pdfpage: Any = importlib.import_module("pdfminer.pdfpage")

    def job(path: str, index: int) -> int:
        chars: list[tuple[str, tuple[float, float, float, float], float]] = []
        resources = interpreter.PDFResourceManager()
        device = converter.PDFPageAggregator(resources, laparams=None)
        reader = interpreter.PDFPageInterpreter(resources, device)
        with Path(path).open("rb") as handle:
            for page in pdfpage.PDFPage.get_pages(handle, pagenos={index}):
                reader.process_page(page)
                chars.extend(
                    (c.get_text(), c.bbox, c.size)
                    for c in _walk(device.get_result(), layout.LTChar, layout.LTContainer)
                )
        return sum(_solid(text) for text, _, _ in chars)

    return job, _pdfminer_count


def _setup_pypdf() -> tuple[Job, Callable[[str], int]]:
    pypdf: Any = importlib.import_module("pypdf")

    def job(path: str, index: int) -> int:
        runs: list[tuple[str, list[float], list[float], float]] = []

        def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
            if text:
                runs.append((text, cm, tm, size))

        pypdf.PdfReader(path).pages[index].extract_text(visitor_text=visit)
        return sum(_solid(text) for text, _, _, _ in runs)

    def count(path: str) -> int:
        return len(pypdf.PdfReader(path).pages)

    return job, count


def _setup_regionbrief() -> tuple[Job, Callable[[str], int]]:
    regionbrief: Any = importlib.import_module("regionbrief")
    importlib.import_module("pypdfium2")  # loaded lazily on the first PDF: count it as import
    pdf: Any = importlib.import_module("regionbrief._pdf")

    def job(path: str, index: int) -> int:
        regionbrief.load(path, page=index + 1)
        return 0  # the characters are counted once, outside the timing

    return job, pdf.page_count


def _regionbrief_chars(path: str, index: int) -> int:
    pdf: Any = importlib.import_module("regionbrief._pdf")
    return sum(_solid(line.text) for line in pdf.read_page(path, index + 1))


SETUPS: dict[str, Callable[[], tuple[Job, Callable[[str], int]]]] = {
    "pypdfium2": _setup_pypdfium2,
    "pdfminer": _setup_pdfminer,
    "pdfminer-raw": _setup_pdfminer_raw,
    "pypdf": _setup_pypdf,
    "regionbrief": _setup_regionbrief,
}


def _timed(job: Job, path: str, index: int) -> tuple[float, int]:
    start = time.perf_counter()
    chars = job(path, index)
    return (time.perf_counter() - start) * 1000, chars


def child(key: str, paths: list[str], repeats: int, budget: float) -> dict[str, Any]:
    """Measure one library in this (fresh) process; the result is printed as JSON."""
    if key == "none":  # the interpreter and this script alone: the floor under every RSS
        return {"rss_kib": _rss_kib()}
    start = time.perf_counter()
    job, count = SETUPS[key]()
    import_ms = (time.perf_counter() - start) * 1000
    import_rss = _rss_kib()
    first_ms, _ = _timed(job, paths[0], 0)  # cold: first page of the first file
    pages = [(path, index) for path in paths for index in range(count(path))]
    times: dict[tuple[str, int], list[float]] = {page: [] for page in pages}
    chars: dict[tuple[str, int], int] = {}
    spent = time.perf_counter()
    done = 0
    while done < repeats and (done == 0 or time.perf_counter() - spent < budget):
        for page in pages:
            ms, chars[page] = _timed(job, *page)
            times[page].append(ms)
        done += 1
    rss = _rss_kib()  # after the work: the peak includes every page read
    if key == "regionbrief":
        chars = {page: _regionbrief_chars(*page) for page in pages}
    return {
        "import_ms": import_ms,
        "first_ms": first_ms,
        "repeats": done,
        "rss_kib": rss,
        "import_rss_kib": import_rss,
        "pages": [
            {"path": path, "page": index + 1, "ms": statistics.median(times[path, index]),
             "chars": chars[path, index]}
            for path, index in pages
        ],
    }  # fmt: skip


# ---------------------------------------------------------------- the parent side


# Test PDFs that are refused on purpose (tests/test_pdf.py): no text to time.
REFUSED = frozenset({"encrypted.pdf", "scanned.pdf"})


def default_pdfs() -> list[Path]:
    """The seed e-paper page(s), then the readable test PDFs when present."""
    tests = (ROOT / "tests" / "data").glob("*.pdf")
    return sorted((SHARED / "seeds" / "pdf").glob("*.pdf")) + sorted(
        path for path in tests if path.name not in REFUSED
    )


def installed(library: Library) -> bool:
    """Whether the library can be imported here (without importing it)."""
    return importlib.util.find_spec(library.probe) is not None


def measure(key: str, paths: list[Path], repeats: int, budget: float) -> dict[str, Any]:
    """Run one library's measurement in a fresh interpreter; ``{"error": ...}`` on failure."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", key]
    command += ["--repeats", str(repeats), "--budget", str(budget), *map(str, paths)]
    return run_json(command, CHILD_TIMEOUT, ROOT)


def _ratio(value: float, reference: float | None) -> str:
    return f"{value / reference:.1f}x" if reference else "-"


def report(results: dict[str, dict[str, Any]], paths: list[Path], floor_kib: int | None) -> None:
    """Print the summary table, then milliseconds per page for each PDF."""
    ok = {key: r for key, r in results.items() if "pages" in r}
    reference = ok.get(REFERENCE)
    ref_ms = statistics.fmean(p["ms"] for p in reference["pages"]) if reference else None
    ref_mb = reference["rss_kib"] / 1024 if reference else None
    header = ["library", "version", "licence", "import ms", "1st page ms", "ms/page", "vs pdfium",
              "chars/page", "peak RSS MB", "vs pdfium"]  # fmt: skip
    rows = [header]
    notes: list[str] = []
    for library in LIBRARIES:
        result = results.get(library.key)
        if result is None:
            continue
        if "error" in result:
            notes.append(f"{library.label}: {result['error']}")
            continue
        ms = statistics.fmean(p["ms"] for p in result["pages"])
        chars = statistics.fmean(p["chars"] for p in result["pages"])
        mb = result["rss_kib"] / 1024
        rows.append([
            library.label, version(library.distribution), library.licence,
            f"{result['import_ms']:.0f}", f"{result['first_ms']:.1f}", f"{ms:.1f}",
            _ratio(ms, ref_ms), f"{chars:.0f}", f"{mb:.1f}", _ratio(mb, ref_mb),
        ])  # fmt: skip
    if len(rows) > 1:
        print()
        print("\n".join(_table(rows, right=set(range(3, len(header))))))
    for note in notes:
        print(note)
    if not ok:
        return
    repeats = "/".join(map(str, sorted({r["repeats"] for r in ok.values()})))
    pages = max(len(r["pages"]) for r in ok.values())
    print()
    print(
        f"ms/page: each page's median of {repeats} repeat(s), averaged over {pages} page(s) "
        f"in {len(paths)} PDF(s); a page job opens the file, reads one page, closes it."
    )
    print("chars/page: characters found that are not white space.")
    if floor_kib is not None:
        print(f"peak RSS includes python and this script, {floor_kib / 1024:.1f} MB on their own.")
    if "pypdf" in ok:
        print("pypdf reports a position and size per text run (a matrix), not a box per character.")
    if "regionbrief" in ok:
        print("regionbrief.load: pypdfium2 + font names, lines, columns, articles and the parse.")
    _per_pdf(ok, paths)


def _per_pdf(ok: dict[str, dict[str, Any]], paths: list[Path]) -> None:
    labels = {library.key: library.label for library in LIBRARIES}
    rows = [["ms/page (median)", *(labels[key] for key in ok)]]
    for path in paths:
        cells = [path.name]
        for result in ok.values():
            times = [p["ms"] for p in result["pages"] if Path(p["path"]) == path]
            cells.append(f"{statistics.fmean(times):.1f}" if times else "-")
        rows.append(cells)
    print()
    print("\n".join(_table(rows, right=set(range(1, len(rows[0]))))))


def main(argv: list[str] | None = None) -> int:
    """Measure the installed libraries on the PDFs and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("pdfs", nargs="*", type=Path, help="PDFs to read (default: seeds, tests)")
    parser.add_argument("--repeats", type=int, default=DEFAULT_REPEATS, help="reads of each page")
    parser.add_argument(
        "--budget", type=float, default=DEFAULT_BUDGET, help="seconds of repeats per library"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    paths: list[Path] = [p.resolve() for p in args.pdfs] or default_pdfs()
    if args.child:
        result = child(args.child, [str(p) for p in paths], max(args.repeats, 1), args.budget)
        print(json.dumps(result))
        return 0
    if not paths:
        print(f"no PDFs: none in {SHARED / 'seeds' / 'pdf'} or tests/data; name some")
        return 0
    missing = [p for p in paths if not p.is_file()]
    if missing:
        print("not found: " + ", ".join(map(str, missing)))
        return 0
    print(f"python {sys.version.split()[0]}, {len(paths)} PDF(s):")
    for path in paths:
        print(f"  {path}")
    results: dict[str, dict[str, Any]] = {}
    for library in LIBRARIES:
        if not installed(library):
            print(f"{library.label}: not installed (pip install {library.distribution})")
            continue
        print(f"{library.label}: measuring ...", flush=True)
        results[library.key] = measure(library.key, paths, args.repeats, args.budget)
    floor = measure("none", paths, 1, 0.0).get("rss_kib") if results else None
    report(results, paths, floor)
    return 0


if __name__ == "__main__":
    sys.exit(main())
