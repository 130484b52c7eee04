"""Text blocks to paragraphs: undo the breaks a page's columns put in sentences.

"…要求各" ⏎⏎ "地加快…" is one sentence cut where a column ends.  A piece that
does not end a sentence is joined to the text piece that follows it, unless
either of them is a data box, a sub-head or a caption, or the page is web text
whose lines are already whole paragraphs.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from regionbrief._blocks import Block, Kind, ends_sentence


@attrs.define  # internal and made often: a plain slotted class is three times faster to build
class Paragraph:
    """A repaired paragraph and the first and last input line it came from."""

    text: str
    first: int
    last: int


def paragraphs(blocks: Sequence[Block], *, rejoin: bool) -> tuple[Paragraph, ...]:
    """The paragraphs of an article's text blocks, in order.

    ``rejoin`` is false for web text, where each line is already a paragraph.
    """
    result: list[Paragraph] = []
    previous: Block | None = None
    for block in blocks:
        if rejoin and previous is not None and _continues(previous, block):
            last = result[-1]
            result[-1] = Paragraph(glue(last.text, block.text), last.first, block.last)
        else:
            result.append(Paragraph(block.text, block.line.number, block.last))
        previous = block
    return tuple(result)


def _continues(previous: Block, block: Block) -> bool:
    """Whether ``block`` carries on the sentence that ``previous`` left open."""
    if previous.kind is not Kind.TEXT or block.kind is not Kind.TEXT:
        return False
    if previous.whole or block.whole or block.line.indented:
        return False  # an indented line opens a paragraph of its own
    return not ends_sentence(previous.text)


def glue(left: str, right: str) -> str:
    """Join two pieces of one sentence; Latin words keep a space between them.

    >>> glue("全省率先在湖", "南县试点"), glue("the", "page")
    ('全省率先在湖南县试点', 'the page')
    """
    if left[-1:].isascii() and left[-1:].isalpha() and right[:1].isascii() and right[:1].isalpha():
        return f"{left} {right}"
    return left + right
