"""Hard-wrapped text: printed lines rejoined into paragraphs.

pdftotext, PyMuPDF and markdown converters write one line per printed line.
A run of such lines (no blank line between them) is told from web text by its
widths: most lines fill the column (lines of any width, many far wider than the
rest, are pasted web text: a paragraph to a line).  Within a run:

* a line that does not end a sentence continues on the next line;
* a line that ends a sentence and falls short of the column closes its paragraph;
* an indented line opens a new paragraph;
* a line much wider than the column (an abstract set across columns) stands alone.

Runs also say where one article's layout ends and another's begins: when a
run is set to a clearly different width than the run before it, it is
``fresh``.  In text without heading marks, a short line opening a run after a
finished sentence, followed by an indented first line, is a heading: a title
where the layout changes, a sub-head where it does not.  Headings and
sub-heads split over two lines (``**…好蔬**`` ⏎ ``**菜**``) become one.
"""

from __future__ import annotations

import statistics
import unicodedata
from collections.abc import Iterator, Sequence

import attrs

from regionbrief._blocks import CLAUSE_PUNCT, Block, Kind, ends_sentence
from regionbrief._paragraphs import glue

_CLOSING = "”’」』）)，。、；：！？,.;:!?"  # marks no paragraph opens with
_NEAR = 4  # display columns: a line this close to the column width fills it
_INDENT = 3  # display columns: a first line indented by two characters, squeezed
_OVERLONG = 6  # display columns past the column width: a line set across columns
_TAIL = 6  # display columns: the tail of a heading broken over two lines ("菜")
_SAME_WIDTH = 0.12  # runs whose widths differ by less than this share one layout
_SAME_WIDTH_SHORT = 0.25  # the same for a short run, whose own width is a rough guess
_RELIABLE = 3  # lines a run needs before its width says anything
_ACROSS_MEDIAN = 1.3  # a line this many times the run's median width is set across columns
_WEB_LINES = 2  # indented lines a page needs before it can be web text
_WEB_FINISHED = 0.6  # share of indented lines ending a sentence in web text
_SHORT_RUN = 4  # lines: a run this short takes the column width of the runs before it
_KICKER = 100  # display columns: a kicker line is at most this wide
_LONE_LINE = 12  # characters: a line this long, cut mid-sentence, wraps even with no column known


_WIDE_PUNCT = frozenset("“”‘’…—·")  # ambiguous in Unicode, full width in Chinese type


def width(text: str) -> int:
    """Display width: Chinese characters, full-width forms and Chinese quotes take two columns.

    >>> width("产值1.2亿元"), width("“好风景”")
    (11, 10)
    """
    return sum(
        2 if ch in _WIDE_PUNCT or unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text
    )


def reflow(blocks: tuple[Block, ...], *, marked_headings: bool) -> tuple[Block, ...]:
    """Rejoin hard-wrapped runs; find headings in them unless headings are marked."""
    blocks = tuple(_merge_split_headings(blocks))
    if _web_text(blocks):
        return blocks
    result: list[Block] = []
    previous: int | None = None  # the column width of the last reliable run
    for group in _groups(blocks):
        if len(group) < 2 or not _wrapped(group, previous):
            # a run of lines too few to judge may still be one paragraph cut by a column
            # break (``_paragraphs`` joins it); a longer run judged by its widths is lines
            # that are paragraphs, each whole (pasted web text with no indents)
            if len(group) >= _RELIABLE:
                result.extend(attrs.evolve(b, whole=True) for b in group)
            else:
                result.extend(group)
            continue
        full = column_width(group)
        short = len(group) <= _SHORT_RUN and previous is not None
        if short and not _differs(full, previous or 0, _SAME_WIDTH_SHORT):
            full = max(full, previous or 0)  # a few lines say less than the column set before
        reliable = len(group) >= _RELIABLE
        fresh = reliable and previous is not None and _differs(full, previous)
        pieces = _rejoin(group, full, opens=_closes(result))
        if not marked_headings and (_closes(result) or _under_headline(result)):
            opening = not any(b.kind is Kind.TEXT for b in result)  # the page's first text
            title = fresh or opening or _under_headline(result)
            pieces = _heading_first(pieces, group, full, title=title)
        if fresh:
            pieces[0] = attrs.evolve(pieces[0], fresh=True)
        result.extend(pieces)
        previous = full if reliable else previous
    return tuple(result)


def _web_text(blocks: Sequence[Block]) -> bool:
    """Web text: its indented lines are whole paragraphs, most ending a sentence.

    In hard-wrapped text only a paragraph's first line is indented, and it
    rarely ends a sentence.
    """
    indented = [b for b in blocks if b.kind is Kind.TEXT and b.line.indented]
    finished = sum(ends_sentence(b.text) for b in indented)
    return len(indented) >= _WEB_LINES and finished >= _WEB_FINISHED * len(indented)


def _groups(blocks: Sequence[Block]) -> Iterator[list[Block]]:
    """Runs of plain text lines with no blank line between them; other blocks alone."""
    run: list[Block] = []
    for block in blocks:
        joins = block.kind is Kind.TEXT and not block.marked and block.line.gap == 0
        if run and not joins:
            yield run
            run = []
        if block.kind is Kind.TEXT and not block.marked:
            run.append(block)
        else:
            yield [block]
    if run:
        yield run


def column_width(group: Sequence[Block]) -> int:
    """The width of the column a run is set in: its widest ordinary line.

    The last line is left out (it ends where its text does), and so is any line
    far wider than the run's median (an abstract set across several columns).
    """
    widths = [width(b.text) for b in (group[:-1] if len(group) > 1 else group)]
    middle = statistics.median(widths)
    return max(w for w in widths if w <= _ACROSS_MEDIAN * middle)


def _wrapped(group: Sequence[Block], column: int | None) -> bool:
    """Whether a run is hard-wrapped text rather than lines that are paragraphs.

    Two lines alone say little: they are wrapped when the first fills the column that
    the runs before them were set to and leaves its sentence open.
    """
    if sum(b.line.indented for b in group) * 2 > len(group):
        return False  # web text: every paragraph indented on a line of its own
    full = column_width(group)
    inner = group[:-1]
    if len(group) == 2:
        first, last = group
        # the first line may be a paragraph's first, short by its indent
        fills = width(first.text) >= column - 2 * _NEAR if column else len(first.text) >= _LONE_LINE
        settled = column is not None or ends_sentence(last.text)
        return fills and settled and not ends_sentence(first.text)
    # lines that fill the column (first lines count); a line far wider is no wrapped line:
    # web text with one paragraph to a line has lines of any width, most past any "column"
    filled = sum(full - 2 * _NEAR <= width(b.text) <= full + _OVERLONG for b in inner)
    open_ended = sum(not ends_sentence(b.text) for b in inner)
    return filled * 2 >= len(inner) and open_ended > 0


def _differs(one: int, other: int, share: float = _SAME_WIDTH) -> bool:
    return abs(one - other) > share * max(one, other)


def _rejoin(group: Sequence[Block], full: int, *, opens: bool = True) -> list[Block]:
    """The paragraphs of a hard-wrapped run; ``opens``: its first line opens a paragraph."""
    paragraphs: list[list[Block]] = []
    for block in group:
        first = bool(paragraphs) and len(paragraphs[-1]) == 1 and (len(paragraphs) > 1 or opens)
        if paragraphs and not _breaks(paragraphs[-1][-1], block, full, first=first):
            paragraphs[-1].append(block)
        else:
            paragraphs.append([block])
    return [_merge(lines) for lines in paragraphs]


def _breaks(above: Block, below: Block, full: int, *, first: bool = False) -> bool:
    """Whether a paragraph ends between two lines of a run.

    A paragraph's ``first`` line is set in from the column by its indent, so it
    falls short by that much more before it counts as short.
    """
    if below.text[:1] in _CLOSING:
        return False  # a line that opens with ” or ，continues the one above, whatever its width
    if below.line.indented:
        return True
    if width(above.text) > full + _OVERLONG or width(below.text) > full + _OVERLONG:
        return True
    if not ends_sentence(above.text):
        return False
    # A sentence that ends short of the column ends its paragraph; so does one that fills
    # it, when the next line falls short by an indent and is not the paragraph's last.
    indent = 2 * _NEAR if first else _NEAR
    return width(above.text) <= full - indent or (
        width(below.text) <= full - _NEAR and not below.whole and not ends_sentence(below.text)
    )


def _merge(lines: Sequence[Block]) -> Block:
    if len(lines) == 1:
        return lines[0]
    text = lines[0].text
    for line in lines[1:]:
        text = glue(text, line.text)
    return Block(Kind.TEXT, text, lines[0].line, last=lines[-1].last)


def _closes(blocks: list[Block]) -> bool:
    """Whether what came before a run finished: a sentence, a heading, a byline, or nothing."""
    last = next((b for b in reversed(blocks) if b.kind is not Kind.EDITORS), None)
    return last is None or last.kind is not Kind.TEXT or ends_sentence(last.text) or last.whole


def _under_headline(blocks: list[Block]) -> bool:
    """Whether a run follows a lone headline-shaped line: a kicker, so it opens with a title."""
    last = blocks[-1] if blocks else None
    return (
        last is not None
        and last.kind is Kind.TEXT
        and last.last == last.line.number
        and width(last.text) <= _KICKER
        and _headline(last.text)
    )


def _heading_first(
    pieces: list[Block], group: Sequence[Block], full: int, *, title: bool
) -> list[Block]:
    """Split a heading off the start of a run: a title in a new layout, else a sub-head."""
    first = group[0]
    if not _headline(first.text):
        return pieces
    taken, head = 1, first.text
    if len(group) > 2 and width(group[1].text) <= _TAIL and _headline(group[1].text):
        taken, head = 2, head + group[1].text
    if taken >= len(group):
        return pieces
    following = group[taken]
    below = width(following.text)
    indented = below <= full - _INDENT and not ends_sentence(following.text)
    across = below > full + _OVERLONG
    short = width(head) * 5 < full * 3 and not any(ch in CLAUSE_PUNCT for ch in head)
    tail = taken == 2  # body text never ends a paragraph on a bare character or two
    if not (indented or across or short or tail):
        return pieces
    kind = Kind.HEADING if title else Kind.TEXT
    heading = Block(
        kind, head, first.line, whole=True, marked=not title, last=group[taken - 1].last
    )
    return [heading, *_rejoin(group[taken:], full)]


def _headline(text: str) -> bool:
    """A line shaped like a headline: no sentence inside, no clause left open."""
    return (
        bool(text)
        and not any(ch in "。！？!?" for ch in text)
        and text[-1] not in CLAUSE_PUNCT
        and not ends_sentence(text)
    )


def _merge_split_headings(blocks: tuple[Block, ...]) -> list[Block]:
    """Sub-heads and headings broken over two lines become one block."""
    result: list[Block] = []
    for block in blocks:
        previous = result[-1] if result else None
        if previous is not None and _continues_heading(previous, block):
            result[-1] = attrs.evolve(previous, text=previous.text + block.text, last=block.last)
        else:
            result.append(block)
    return result


def _continues_heading(above: Block, below: Block) -> bool:
    same = (
        above.kind is Kind.HEADING and below.kind is Kind.HEADING and above.level == below.level
    ) or (above.marked and below.marked)
    near = below.line.number - above.last <= 2
    return (
        same
        and near
        and width(below.text) <= _TAIL * 2
        and len(above.text) <= _KICKER // 2  # a headline, not a run of merged lines
        and _headline(above.text)
        and (above.text[-1:] not in "”’」』）)")
    )
