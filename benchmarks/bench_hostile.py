"""Time ``regionbrief.parse`` on pathological inputs: each must stay linear, and fast.

Two groups, each input about 100,000 characters:

* **backtracking traps**: runs that make a careless regex try every position against
  every other (10^5 repeated digits, quote marks, numerals, clause marks, spaces,
  brackets, one 100k-character line).  Each is held to the target of issue 8: under
  50 ms.
* **dense text**: input where nearly every character starts a place, a figure or a
  date (镇镇镇…, 5%5%…, 2023年…).  These do real work per character, so they are not
  held to 50 ms; the figure to watch is the cost per 1,000 characters, against the
  sample page's, which shows the work stays linear.

Each figure is the median of ``--repeats`` warm parses (the data loaded first, the
per-text caches cleared before each parse, as for a new page).  Run from the root::

    python benchmarks/bench_hostile.py
    python benchmarks/bench_hostile.py --size 200000 --repeats 9

The script only prints; it exits 0 whatever the figures are.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from _common import cache_clearers

import regionbrief

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "seeds" / "000_c7c3f821600da765.txt"
TARGET_MS = 50.0
LEAD = "某县"  # a page needs some Chinese; the rest is the trap

TRAPS: dict[str, Callable[[int], str]] = {
    "digits 1111…": lambda n: LEAD + "1" * n,
    "digits then a unit 1111…元": lambda n: LEAD + "1" * n + "元",
    "full-width digits １１１…": lambda n: LEAD + "１" * n,
    "opening quotes “““…": lambda n: LEAD + "“" * n,
    "closing quotes ”””…": lambda n: LEAD + "”" * n,
    "numerals 一一一…": lambda n: LEAD + "一" * n,
    "clause marks ，，，…": lambda n: LEAD + "，" * n,
    "spaces": lambda n: LEAD + " " * n,
    "ideographic spaces": lambda n: LEAD + "\u3000" * n,
    "brackets （（（…": lambda n: LEAD + "（" * n,
    "emphasis marks ***…": lambda n: LEAD + "*" * n,
    "digits and commas 1,1,1…": lambda n: LEAD + "1," * (n // 2),
    "decimals 1.1.1…": lambda n: LEAD + "1." * (n // 2),
    "one line, no punctuation": lambda n: "某" * n,
    "newlines": lambda n: LEAD + "\n" * n,
    "zero-width characters": lambda n: LEAD + "\u200b" * n,
}
_AGAINST_BASE = "增长5.2%，比上半年加快0.8个百分点"
DENSE: dict[str, Callable[[int], str]] = {
    "town suffixes 镇镇镇…": lambda n: "镇" * n,
    "provinces 河南省河南省…": lambda n: "河南省" * (n // 3),
    "percentages 5%5%…": lambda n: LEAD + "5%" * (n // 2),
    "years 2023年2023年…": lambda n: LEAD + "2023年" * (n // 5),
    "headings # 中 …": lambda n: "# 中\n" * (n // 4),
    "one-character lines": lambda n: "中\n" * (n // 2),
    "quoted names “甲”“甲”…": lambda n: LEAD + "“甲乙”" * (n // 4),
    "a list of counts 新建1个、1个…": lambda n: LEAD + "新建" + "1个、" * (n // 3),
    "titled names 县委书记李东明…": lambda n: LEAD + "县委书记李东明" * (n // 7),
    "place chains 建德市乾潭镇白沙村…": lambda n: LEAD + "建德市乾潭镇白沙村" * (n // 9),
    "changes with a base 比上半年加快…": lambda n: LEAD + _AGAINST_BASE * (n // len(_AGAINST_BASE)),
    "titles and verbs 农民李东明种植…": lambda n: LEAD + "农民李东明种植" * (n // 7),
}


def timed(text: str, repeats: int) -> float:
    """Median ms of ``repeats`` parses of ``text`` as a new page."""
    runs = []
    clearers = cache_clearers()
    for _ in range(repeats):
        for clear in clearers:  # a new page: nothing of it seen before
            clear()
        start = time.perf_counter()
        with contextlib.suppress(regionbrief.InputError):  # refused is an answer too
            regionbrief.parse(text)
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def main() -> None:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=100_000, help="characters per input")
    parser.add_argument("--repeats", type=int, default=5, help="parses per input (median)")
    args = parser.parse_args()
    sample = SAMPLE.read_text(encoding="utf-8")
    regionbrief.parse(sample)  # load the data first
    base = timed(sample, args.repeats * 4) / len(sample) * 1_000_000
    print(f"sample page: {base:.0f} µs per 1000 characters (the reference)\n")
    print(f"backtracking traps, {args.size:,} characters each (target: under {TARGET_MS:.0f} ms)")
    worst = 0.0
    for name, make in TRAPS.items():
        ms = timed(make(args.size), args.repeats)
        worst = max(worst, ms)
        verdict = "met" if ms < TARGET_MS else "MISSED"
        print(f"  {name:32} {ms:8.1f} ms   {verdict}")
    print(f"  {'slowest':32} {worst:8.1f} ms   {'met' if worst < TARGET_MS else 'MISSED'}\n")
    print(
        f"dense text, {args.size:,} characters each; linear if twice the text takes twice the time"
    )
    for name, make in DENSE.items():
        text, half = make(args.size), make(args.size // 2)
        ms, half_ms = timed(text, args.repeats), timed(half, args.repeats)
        per = ms / len(text) * 1_000_000
        print(
            f"  {name:32} {ms:8.1f} ms   {per:6.0f} µs per 1000 characters"
            f"   x{ms / half_ms:.1f} the half-size input"
        )


if __name__ == "__main__":
    main()
