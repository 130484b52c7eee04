"""Lines to blocks: what each line is, before articles are put together.

A block is one line (or one piece of a line that ran several paragraphs
together) with its kind: a heading, a byline, an editor line, the end of an
advertorial, a photo credit, or text.  Converter markup (``#``, ``**``) is
taken off here, and text lines learn whether they may ever be joined.
"""

from __future__ import annotations

import datetime as dt
import enum
import re

import attrs

from regionbrief._bylines import byline_names, credit_names, editor_people
from regionbrief._lines import SPACES, Line
from regionbrief._model import Person


class Kind(enum.Enum):
    """What a block is."""

    HEADING = "heading"
    BYLINE = "byline"
    EDITORS = "editors"
    AD_END = "ad_end"
    CREDIT = "credit"
    DATELINE = "dateline"
    BREAK = "break"
    TEXT = "text"


@attrs.define  # internal and made often: a plain slotted class is three times faster to build
class Block:
    """One classified line or line piece.

    Attributes:
        kind: what it is.
        text: the text without converter markup.
        line: the input line it came from.
        level: the markdown heading level (``#`` = 1); 0 for bare heading lines.
        names: reporters or photographers of a byline or credit.
        people: the people of an editor line.
        source: X of an advertorial's ``数据来源：X``.
        whole: text that is never joined to its neighbours (data boxes,
            sub-heads, captions).
        marked: the converter set it in ``**emphasis**`` (a sub-head or kicker).
        last: the last input line it spans (hard-wrapped lines rejoined).
        fresh: it opens a new column layout: the lines before it were set to
            another width, so it starts an article of its own.
    """

    kind: Kind
    text: str
    line: Line
    level: int = 0
    names: tuple[str, ...] = ()
    people: tuple[Person, ...] = ()
    source: str | None = None
    whole: bool = False
    marked: bool = False
    last: int = attrs.field(default=attrs.Factory(lambda self: self.line.number, takes_self=True))
    fresh: bool = False


SENTENCE_END = "。！？!?…；;"
_CLOSERS = "”’」』）)"
CLAUSE_PUNCT = "，。！？；：、,;:!?"
_MD_HEADING = re.compile(r"^(#{1,6})\s*(.*?)\s*#*$")
_EMPHASIS = re.compile(r"\*\*(.*?)\*\*|__(.*?)__")
_AD_END = re.compile(
    r"^[（(]?\s*数据来源\s*[：:]\s*(?P<source>.+?)\s*[）)]?\s*(?:[·•]\s*)?(?:广告)?$|^[·•]?\s*广告$"
)
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3})")
_AD_MARK = re.compile(r"\s*[·•]\s*广告$")
_BREAK = re.compile(r"^(?:-{3,}|\*{3,}|_{3,}|(?:[-*_] ){2,}[-*_])$")  # markdown thematic breaks
_DATELINE = re.compile(
    r"^(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*(?:星期|周)?[一二三四五六日天]?$"
)
_FURNITURE_MAX = 80  # bylines, editor lines, credits and 数据来源 lines are shorter
BOX_MAX = 30  # data-box lines and sub-heads are at most this long


def ends_sentence(text: str) -> bool:
    """Whether a piece of text closes a sentence.

    >>> ends_sentence("……投入生产。")
    True
    >>> ends_sentence("正在建设一座大"), ends_sentence("他说：“好。”")
    (False, True)
    """
    text = text.rstrip(SPACES + " ")
    while text[-1:] in _CLOSERS and len(text) > 1:
        if text[-2] in SENTENCE_END:
            return True
        if text[-1] in "）)":
            return _bracket_after_sentence(text)
        text = text[:-1]
    return text[-1:] in SENTENCE_END


def _bracket_after_sentence(text: str) -> bool:
    opening = max(text.rfind("（"), text.rfind("("))
    return opening > 0 and text[opening - 1] in SENTENCE_END


def classify(lines: tuple[Line, ...]) -> tuple[Block, ...]:
    """Classify every line of a page; one-line advertorials are split first.

    A line that is only markup (``****``, a bare ``#``) leaves no block.
    """
    blocks = (_classify_line(piece) for line in lines for piece in _pieces(line))
    return tuple(b for b in blocks if b.text)


def _pieces(line: Line) -> tuple[Line, ...]:
    """Split a line that runs several paragraphs together with U+3000 between them."""
    if "\N{IDEOGRAPHIC SPACE}" not in line.text:
        return (line,)
    parts: list[str] = []
    for part in re.split("\N{IDEOGRAPHIC SPACE}{1,}", line.text):
        if parts and len(parts[-1].strip()) == 1:  # 李　超摄: a name padded, not a paragraph
            parts[-1] += "\N{IDEOGRAPHIC SPACE}" + part
        elif part.strip():
            parts.append(part)
    if len(parts) < 3 and not (len(parts) == 2 and _AD_END.match(parts[1].strip())):
        return (line,)
    if not any(ends_sentence(p) for p in parts[:-1]):
        return (line,)
    first, *rest = parts
    return (
        attrs.evolve(line, text=first.strip()),
        *(Line(line.number, p.strip(), indented=True, gap=0) for p in rest),
    )


def _classify_line(line: Line) -> Block:
    text = line.text
    heading = _MD_HEADING.match(text)
    if heading:
        return Block(Kind.HEADING, _unmark(heading.group(2)), line, level=len(heading.group(1)))
    text = _unmark(text)
    if len(text) > _FURNITURE_MAX:  # a paragraph: furniture lines are short
        return Block(Kind.TEXT, text, line)
    if _BREAK.match(text):
        return Block(Kind.BREAK, text, line)
    if dateline(text) is not None:  # a masthead date; 5月61日 is no date, and stays text
        return Block(Kind.DATELINE, text, line)
    ad_end = _AD_END.match(text)
    if ad_end:
        return Block(Kind.AD_END, text, line, source=ad_end.group("source"))
    people = editor_people(text)
    if people:
        return Block(Kind.EDITORS, text, line, people=people)
    names = byline_names(text)
    if names:
        return Block(Kind.BYLINE, text, line, names=names)
    credit = credit_names(text)
    if credit is not None:
        return Block(Kind.CREDIT, text, line, names=credit, whole=True)
    marked = _EMPHASIS.fullmatch(line.text.strip()) is not None
    return Block(Kind.TEXT, text, line, whole=marked or _is_box(text), marked=marked)


def _unmark(text: str) -> str:
    """Take converter emphasis off: ``**产业振兴**`` becomes ``产业振兴``."""
    if "**" not in text and "__" not in text:
        return text.strip(SPACES + " ")
    return _EMPHASIS.sub(lambda m: m.group(1) or m.group(2) or "", text).strip(SPACES + " ")


def _is_box(text: str) -> bool:
    """A short line with no clause punctuation: a data-box line, a sub-head, a label.

    >>> _is_box("工业投资增速 7.2%"), _is_box("2019")
    (True, True)
    >>> _is_box("为加快项目建设，")
    False
    """
    if len(text) - text.count(",") > BOX_MAX:
        return False  # too long even with every separator taken out
    text = _THOUSANDS.sub("", text) if "," in text else text  # 1,280.5 is one number
    return len(text) <= BOX_MAX and not any(ch in CLAUSE_PUNCT for ch in text)


def dateline(text: str) -> dt.date | None:
    """The date of a masthead line ("2024年5月16日 星期四"), if it is a real date.

    >>> dateline("2024年5月16日 星期四"), dateline("2024年2月30日")
    (datetime.date(2024, 5, 16), None)
    """
    match = _DATELINE.match(text)
    if not match:
        return None
    try:
        return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None


def is_ad_marked(text: str) -> bool:
    """Whether a line ends with the ``·广告`` marker."""
    # the pattern has no fixed start, so it would be tried at every position: look first
    return "广告" in text[-3:] and _AD_MARK.search(text) is not None
