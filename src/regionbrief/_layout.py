"""A PDF page's printed lines in reading order, written as markdown-like text.

The page is cut recursively along its empty bands (the XY-cut): down the page
between columns first, so that items set side by side stay whole, unless a band
across the page is wider still (between rows of articles); across the page
between a heading and its body.  A band across the whole page (or region) is
written as a thematic break (``---``): the rows of articles it parts.
Reading goes top to bottom across, left to right down, so a heading set to the
right of its body comes after it, as converters print it and as the text
pipeline expects.  Fonts tell headings: sizes well above the body's are
headings (``#`` for the largest), bold or slightly larger lines are sub-heads
(``**…**``); an indented line opens a paragraph.  The text then goes through
the same pipeline as any converted page.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from regionbrief._pdf import PrintedLine

_HEADING = 1.2  # sizes this many times the body's are headings
_SUBHEAD = 1.08  # bold, or this many times the body's size: a sub-head
_ACROSS_GAP = 0.8  # an empty band this many body sizes high separates blocks
_DOWN_GAP = 0.6  # an empty band this many body sizes wide separates columns
_BAND_GAP = 2.0  # an empty band this high is cut before any column: it parts bands of articles
_INDENT = 0.8  # a line starting this many font sizes right of its column is indented
_MAX_LEVEL = 4


def page_text(lines: Sequence[PrintedLine]) -> str:
    """The page as markdown-like text: headings marked, one printed line per line."""
    printed = [line for line in lines if line.text]
    if not printed:
        return ""
    body = _body_size(printed)
    levels = _heading_levels(printed, body)
    figures = [line for line in lines if not line.text]
    out: list[str] = []
    leaves = [
        ([x for x in leaf if x.text], band) for leaf, band in _cut([*printed, *figures], body)
    ]
    for index, (leaf, band) in enumerate((x, band) for x, band in leaves if x):
        if band and index:
            out.extend(("---", ""))  # a thematic break: a new row of articles
        out.extend(_render(leaf, body, levels, first=index == 0))
        out.append("")
    return "\n".join(out).strip("\n") + "\n"


def _body_size(lines: Sequence[PrintedLine]) -> float:
    weights: Counter[float] = Counter()
    for line in lines:
        weights[round(line.size, 1)] += len(line.text)
    return weights.most_common(1)[0][0]


def _heading_levels(lines: Sequence[PrintedLine], body: float) -> dict[float, int]:
    sizes = sorted({round(x.size, 1) for x in lines if x.size >= _HEADING * body}, reverse=True)
    return {size: min(rank, _MAX_LEVEL) for rank, size in enumerate(sizes, start=1)}


def _cut(lines: list[PrintedLine], body: float) -> list[tuple[list[PrintedLine], bool]]:
    """Leaves of the XY-cut in reading order, each with whether a wide band starts it."""
    across = _widest_gap([(x.y0, x.y1) for x in lines]) or (0.0, 0.0)
    down = _widest_gap([(x.x0, x.x1) for x in lines]) or (0.0, 0.0)
    across_ok = across[0] >= _ACROSS_GAP * body
    down_ok = down[0] >= _DOWN_GAP * body
    wide = across[0] >= _BAND_GAP * body and across[0] >= down[0]
    if across_ok and (wide or not down_ok):
        top = _cut([x for x in lines if x.y0 > across[1]], body)
        bottom = _cut([x for x in lines if x.y0 <= across[1]], body)
        if wide and bottom:
            bottom[0] = (bottom[0][0], True)
        return top + bottom
    if down_ok:
        left = [x for x in lines if x.x0 < down[1]]
        right = [x for x in lines if x.x0 >= down[1]]
        return _cut(left, body) + _cut(right, body)
    return [(sorted(lines, key=lambda x: (-x.y1, x.x0)), False)]


def _widest_gap(spans: list[tuple[float, float]]) -> tuple[float, float] | None:
    """The widest stretch no span covers, between the lowest and highest: (width, middle)."""
    best: tuple[float, float] | None = None
    spans = sorted(spans)
    reach = spans[0][1]
    for low, high in spans[1:]:
        if low > reach and (best is None or low - reach > best[0]):
            best = (low - reach, (low + reach) / 2)
        reach = max(reach, high)
    return best


def _render(
    leaf: list[PrintedLine], body: float, levels: dict[float, int], *, first: bool
) -> list[str]:
    """One block's lines: heading lines joined and marked, body lines kept as printed."""
    if first and len(leaf) == 1 and len(leaf[0].text.replace(" ", "")) <= 6:
        return [leaf[0].text.replace(" ", "")]  # the section header: the page's own name
    left = min(x.x0 for x in leaf)
    out: list[str] = []
    previous: str | None = None
    for line in leaf:
        role = _role(line, body, levels)
        if role == previous and role != "body":
            out[-1] = _extend(out[-1], line.text, role)
            continue
        if role != "body" or previous not in (None, "body"):
            out.append("")
        out.append(_mark(line, role, left))
        previous = role
    return out


def _role(line: PrintedLine, body: float, levels: dict[float, int]) -> str:
    level = levels.get(round(line.size, 1))
    if level:
        return "#" * level
    if line.bold or line.size >= _SUBHEAD * body:
        return "**"
    return "body"


def _mark(line: PrintedLine, role: str, left: float) -> str:
    if role == "**":
        return f"**{line.text}**"
    if role != "body":
        return f"{role} {line.text}"
    indented = line.x0 - left > _INDENT * line.size
    return f"\N{IDEOGRAPHIC SPACE}\N{IDEOGRAPHIC SPACE}{line.text}" if indented else line.text


def _extend(marked: str, text: str, role: str) -> str:
    if role == "**":
        return f"{marked[:-2]}{text}**"
    return marked + text
