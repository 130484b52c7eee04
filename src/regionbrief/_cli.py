"""The command line: ``regionbrief parse PATH... --format json|jsonl|table|csv --what ...``.

A thin shell over the library.  A ``RegionBriefError`` becomes one line on
stderr and exit status 2, never a traceback; a reader that stops early
(``| head``) ends the output quietly with status 1.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import itertools
import json
import os
import sys
import time
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import TextIO

from regionbrief._errors import RegionBriefError
from regionbrief._json import dumps, to_dict
from regionbrief._many import pages, run
from regionbrief._model import Brief
from regionbrief._paths import expand, has_folders_or_globs
from regionbrief._progress import Progress
from regionbrief._records import WHAT, fields, records

_FORMATS = ("json", "jsonl", "table", "csv")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    out = _utf8(sys.stdout)
    files = list(expand(args.paths)) if has_folders_or_globs(args.paths) else args.paths
    if not files:
        print(f"regionbrief: error: no page files in {' '.join(args.paths)}", file=sys.stderr)
        return 2
    workers = 1 if len(files) == 1 else args.workers
    progress = Progress(len(files)) if sys.stderr.isatty() and len(files) > 1 else None
    summary = _Summary(progress)
    items = run(pages(files, args.published), workers=workers, progress=progress)
    try:
        briefs = summary.briefs(items)
        if args.what == "articles" and args.format != "csv":
            _write(briefs, args.format, out, many=len(files) > 1)
        else:
            _write_records(briefs, args.what, args.format, out)
        out.flush()
    except BrokenPipeError:
        # the reader left early (``| head``): stop quietly, as other command-line tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except ValueError as exc:  # workers out of range
        print(f"regionbrief: error: {exc}", file=sys.stderr)
        return 2
    if summary.pages > 1:
        print(summary, file=sys.stderr)
    return 2 if summary.errors else 0


class _Summary:
    """Counts what a run read and reports each page that could not be read."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.pages = self.articles = self.figures = self.errors = 0
        self.started = time.monotonic()

    def briefs(self, items: Iterable[Brief | RegionBriefError]) -> Iterator[Brief]:
        """The Briefs of a run; each error goes to stderr, on a line of its own."""
        for item in items:
            self.pages += 1
            if isinstance(item, RegionBriefError):
                self.errors += 1
                if self.progress is not None:
                    self.progress.clear()
                print(f"regionbrief: error: {item}", file=sys.stderr)
                continue
            self.articles += len(item.articles)
            self.figures += sum(len(a.metrics) for a in item.articles)
            yield item

    def __str__(self) -> str:
        seconds = time.monotonic() - self.started
        return (
            f"regionbrief: {self.pages} pages, {self.articles} articles, "
            f"{self.figures} figures, {self.errors} errors in {seconds:.1f} s"
        )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="regionbrief", description="Parse pages of Chinese regional economic news."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    parse = commands.add_parser("parse", help="parse page files and print what they hold")
    parse.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="page files (text, or PDF: every page), folders (searched for .txt, .md and .pdf)"
        " or quoted globs ('pages/**/*.txt')",
    )
    parse.add_argument(
        "--format", choices=_FORMATS, default="json", help="output format (default: json)"
    )
    parse.add_argument(
        "--what",
        choices=WHAT,
        default="articles",
        help="what to print: whole pages (articles, the default) or one kind of record",
    )
    parse.add_argument(
        "--published",
        type=_date,
        metavar="YYYY-MM-DD",
        help="the pages' publication date (default: estimated from the text)",
    )
    parse.add_argument(
        "--workers",
        type=_workers,
        metavar="N",
        help="processes that parse many pages, this one included (default: one per core)",
    )
    return parser


def _workers(text: str) -> int:
    try:
        count = int(text)
    except ValueError:
        count = 0
    if count < 1:
        raise argparse.ArgumentTypeError(f"not a whole number from 1: {text!r}")
    return count


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _utf8(stream: TextIO) -> TextIO:
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(encoding="utf-8")
    return stream


def _write(briefs: Iterator[Brief], fmt: str, out: TextIO, *, many: bool) -> None:
    """Whole pages: one file's page as a JSON object, several as an array (streamed)."""
    if fmt == "json":
        first = next(briefs, None)
        second = next(briefs, None) if first is not None else None
        if not many and second is None:
            out.write(dumps(first, indent=2) + "\n" if first is not None else "")
            return  # one file, one page (or none: its error is on stderr)
        read = (b for b in (first, second) if b is not None)
        _json_array((to_dict(b) for b in itertools.chain(read, briefs)), out)
    elif fmt == "jsonl":
        out.writelines(f"{dumps(b)}\n" for b in briefs)
    else:
        out.writelines(_table(brief) for brief in briefs)


def _write_records(briefs: Iterator[Brief], what: str, fmt: str, out: TextIO) -> None:
    """One kind of record: csv and table as rows, json and jsonl as objects."""
    rows = records(briefs, what)
    if fmt == "json":
        _json_array(rows, out)
    elif fmt == "jsonl":
        out.writelines(f"{json.dumps(row, ensure_ascii=False)}\n" for row in rows)
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=fields(what), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        shown = [c for c in fields(what) if c not in ("published", "text")]
        cells = [[_cell(row.get(c)) for c in shown] for row in rows]
        out.write("\n".join(_aligned([shown, *cells])) + "\n")


def _json_array(items: Iterable[object], out: TextIO) -> None:
    """What ``json.dumps(list(items), ensure_ascii=False, indent=2)`` writes, item by item."""
    count = 0
    for count, item in enumerate(items, start=1):
        text = json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        out.write(("[" if count == 1 else ",") + "\n  " + text)
    out.write("\n]\n" if count else "[]\n")


def _cell(value: object) -> str:
    return "—" if value is None or value == "" else str(value)


_COLUMNS = ("id", "kind", "lines", "title", "reporters")


def _table(brief: Brief) -> str:
    """A readable per-article table, columns aligned for Chinese text."""
    rows = [
        (
            a.id,
            str(a.kind),
            f"{a.lines[0]}-{a.lines[1]}",
            a.title or "—",
            " ".join(a.reporters) or "—",
        )
        for a in brief.articles
    ]
    head = f"{brief.source or '(text)'}: {brief.title or '(untitled page)'}"
    editors = " ".join(f"{p.role} {p.name}" if p.role else p.name for p in brief.editors)
    lines = [head + (f"  [{editors}]" if editors else ""), *_aligned([_COLUMNS, *rows])]
    return "\n".join(lines) + "\n\n"


def _aligned(rows: Iterable[Sequence[str]]) -> list[str]:
    rows = list(rows)
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    return [
        "  ".join(
            cell + " " * (w - _width(cell)) for cell, w in zip(r, widths, strict=True)
        ).rstrip()
        for r in rows
    ]


def _width(text: str) -> int:
    """Display width: wide (Chinese) characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
