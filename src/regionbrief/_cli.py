"""The command line: ``regionbrief parse PATH... --format json|jsonl|table|csv --what ...``.

A thin shell over the library.  A ``RegionBriefError`` becomes one line on
stderr and exit status 2, never a traceback; a reader that stops early
(``| head``) ends the output quietly with status 1.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from typing import TextIO

from regionbrief._errors import RegionBriefError
from regionbrief._json import dumps, to_dict
from regionbrief._many import pages
from regionbrief._model import Brief
from regionbrief._parse import load
from regionbrief._records import WHAT, fields, records

_FORMATS = ("json", "jsonl", "table", "csv")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    out = _utf8(sys.stdout)
    try:
        briefs = [_load(task, args.published) for task in pages(args.paths)]
    except RegionBriefError as exc:
        print(f"regionbrief: error: {exc}", file=sys.stderr)
        return 2
    try:
        if args.what == "articles" and args.format != "csv":
            _write(briefs, args.format, out)
        else:
            _write_records(briefs, args.what, args.format, out)
        out.flush()
    except BrokenPipeError:
        # the reader left early (``| head``): stop quietly, as other command-line tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    return 0


def _load(task: tuple[str, int | None], published: dt.date | None) -> Brief:
    path, page = task
    return load(path, page=page, published=published)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="regionbrief", description="Parse pages of Chinese regional economic news."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    parse = commands.add_parser("parse", help="parse page files and print what they hold")
    parse.add_argument(
        "paths", nargs="+", metavar="PATH", help="page files: text, or PDF (every page)"
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
    return parser


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


def _write(briefs: list[Brief], fmt: str, out: TextIO) -> None:
    if fmt == "json":
        if len(briefs) == 1:
            out.write(dumps(briefs[0], indent=2) + "\n")
        else:
            out.write(json.dumps([to_dict(b) for b in briefs], ensure_ascii=False, indent=2) + "\n")
    elif fmt == "jsonl":
        out.writelines(f"{dumps(b)}\n" for b in briefs)
    else:
        out.writelines(_table(brief) for brief in briefs)


def _write_records(briefs: list[Brief], what: str, fmt: str, out: TextIO) -> None:
    """One kind of record: csv and table as rows, json and jsonl as objects."""
    rows = list(records(briefs, what))
    if fmt == "json":
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
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
