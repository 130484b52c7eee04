"""Blocks to articles: the page header and the articles in reading order.

Assembly walks the blocks once.  A heading opens an article; a byline goes to
the article whose heading it follows; an advertorial's ``数据来源`` line
closes it.  Column breaks move things around, and three rules put them back:

* a heading with no body of its own, followed by the next article's heading,
  belongs to the untitled body before it (a heading printed after its body);
* consecutive heading lines are one heading group: the largest (or, in web
  text, the last) is the title, kickers and sub-titles become paragraphs;
* a lone paragraph that opens with a year-less date, set apart by a wide gap,
  is a picture caption of its own.
"""

from __future__ import annotations

import datetime as dt

import attrs

from regionbrief._blocks import Block, Kind, dateline, ends_sentence, is_ad_marked
from regionbrief._bylines import caption_credit, dateline_names
from regionbrief._model import ArticleKind, Person
from regionbrief._paragraphs import paragraphs
from regionbrief._shape import Shape, is_dated_caption

_WIDE_GAP = 2  # blank lines that set a caption apart from the text around it


@attrs.frozen
class ArticleDraft:
    """An article's structure, before entities are found in it.

    Attributes:
        kind: news, photo or advertorial.
        title: the title, or ``None``.
        reporters: bare names from bylines, datelines and photo credits.
        source: X of an advertorial's ``数据来源：X``.
        paragraphs: the repaired paragraphs.
        lines: first and last input line.
        spans: the first and last input line of each paragraph.
        signed: the line of each byline or credit, with the names it gives.
        heading_line: the last line of the title, 0 when there is none.
    """

    kind: ArticleKind
    title: str | None
    reporters: tuple[str, ...]
    source: str | None
    paragraphs: tuple[str, ...]
    lines: tuple[int, int]
    spans: tuple[tuple[int, int], ...] = ()
    signed: tuple[tuple[int, tuple[str, ...]], ...] = ()
    heading_line: int = 0  # the title's last line, 0 without a title


@attrs.frozen
class PageHeader:
    """The page's own name, its editors, and the date its masthead prints."""

    title: str | None
    editors: tuple[Person, ...]
    dated: dt.date | None = None


@attrs.define
class _Builder:
    """An article being put together (mutable; private to this module)."""

    headings: list[Block] = attrs.Factory(list)
    body: list[Block] = attrs.Factory(list)
    reporters: list[str] = attrs.Factory(list)
    signed: list[tuple[int, tuple[str, ...]]] = attrs.Factory(list)
    numbers: list[int] = attrs.Factory(list)
    source: str | None = None
    signed_below: bool = False  # a byline stands under the headings
    advertorial: bool = False
    closed: bool = False

    def add(self, block: Block) -> None:
        self.numbers.extend((block.line.number, block.last))
        if block.kind is Kind.HEADING:
            self.headings.append(block)
        elif block.kind in (Kind.TEXT, Kind.CREDIT):
            self.body.append(block)
        if block.kind in (Kind.BYLINE, Kind.CREDIT):
            self.reporters.extend(block.names)
            self.signed.append((block.line.number, block.names))

    def absorb(self, other: _Builder) -> None:
        """Take a body-less heading (and its byline) printed after this body."""
        self.headings.extend(other.headings)
        self.reporters.extend(other.reporters)
        self.signed.extend(other.signed)
        self.numbers.extend(other.numbers)

    @property
    def titled(self) -> bool:
        return bool(self.headings)

    @property
    def bare(self) -> bool:
        """A heading (and byline) with no text of its own."""
        return not self.body and not self.advertorial


def assemble(
    blocks: tuple[Block, ...], shape: Shape, title: str | None
) -> tuple[PageHeader, tuple[ArticleDraft, ...]]:
    """Put a page's blocks (its own title taken off) together into its header and articles."""
    editors, builders = _Assembler(blocks).run()
    drafts = tuple(_finish(b, shape) for b in builders)
    dates = (dateline(b.text) for b in blocks if b.kind is Kind.DATELINE)
    return PageHeader(title, editors, next((d for d in dates if d), None)), drafts


class _Assembler:
    def __init__(self, blocks: tuple[Block, ...]) -> None:
        self.blocks = blocks
        self.done: list[_Builder] = []
        self.current: _Builder | None = None
        self.pending: list[Block] = []  # bylines waiting for the next heading
        self.editors: list[Person] = []

    def run(self) -> tuple[tuple[Person, ...], list[_Builder]]:
        for index, block in enumerate(self.blocks):
            self._step(block, self.blocks[index + 1] if index + 1 < len(self.blocks) else None)
        if self.pending:  # bylines with no heading after them: an article of their own
            self._close()
            self._open()
        self._close()
        self._settle_trailing_heading()
        return tuple(self.editors), self.done

    def _step(self, block: Block, following: Block | None) -> None:
        kind = block.kind
        if kind is Kind.DATELINE:
            return  # the masthead's date: the page's, not an article's
        if kind is Kind.BREAK:
            if self._finished():
                self._close()  # a thematic break after a finished article ends it
            return
        if kind is Kind.EDITORS:
            self.editors.extend(block.people)
            if self.current and self.current.body and ends_sentence(self.current.body[-1].text):
                self._close()
        elif kind is Kind.HEADING:
            self._heading(block)
        elif kind is Kind.BYLINE:
            self._byline(block)
        elif kind is Kind.AD_END:
            self._open().add(block)
            self._end_advertorial(block.source)
        elif (block.fresh or self.pending) and self._finished():
            # a new column layout, or a byline between finished paragraphs: a new
            # article, its heading maybe lost
            self._close()
            self._open().add(block)
        elif self._is_lone_caption(block, following):
            self._close()
            self._open().add(block)
            self._close()
        else:
            self._open().add(block)
            if kind is Kind.TEXT and is_ad_marked(block.text):
                self._end_advertorial(None)

    def _heading(self, block: Block) -> None:
        current = self.current
        if current and current.titled and current.bare:
            if current.signed_below or not _adjacent(current.headings[-1], block):
                self._attach_back(current)
            else:
                current.add(block)  # a heading group: kicker, title, sub-title
                return
        self._close()
        self._open().add(block)

    def _attach_back(self, current: _Builder) -> None:
        """A body-less heading goes to the untitled body before it, if there is one."""
        previous = self.done[-1] if self.done else None
        if previous and not previous.titled and not previous.advertorial and previous.body:
            previous.absorb(current)
            self.current = None

    def _byline(self, block: Block) -> None:
        current = self.current
        if current is None or (current.body and current.reporters):
            self.pending.append(block)
            return
        current.signed_below = current.signed_below or current.titled
        current.add(block)

    def _end_advertorial(self, source: str | None) -> None:
        assert self.current is not None  # noqa: S101 - _open() ran just before
        self.current.advertorial = True
        self.current.source = source
        self._close()

    def _finished(self) -> bool:
        current = self.current
        return current is not None and bool(current.body) and ends_sentence(current.body[-1].text)

    def _is_lone_caption(self, block: Block, following: Block | None) -> bool:
        if block.line.gap < _WIDE_GAP:
            return False
        if not (is_dated_caption(block) or caption_credit(block.text) == ()):
            return False  # a caption opens with its date, or closes with a nameless credit
        if self.current and self.current.body and not ends_sentence(self.current.body[-1].text):
            return False
        return (
            following is None
            or following.kind in (Kind.EDITORS, Kind.HEADING)
            or (following.line.gap >= _WIDE_GAP)
        )

    def _open(self) -> _Builder:
        if self.current is None:
            self.current = _Builder()
            for byline in self.pending:
                self.current.add(byline)
            self.pending = []
        return self.current

    def _close(self) -> None:
        if self.current is not None and self.current.numbers:
            self.done.append(self.current)
        self.current = None

    def _settle_trailing_heading(self) -> None:
        if len(self.done) > 1 and self.done[-1].titled and self.done[-1].bare:
            last = self.done.pop()
            previous = self.done[-1]
            if not previous.titled and not previous.advertorial and previous.body:
                previous.absorb(last)
            else:
                self.done.append(last)


def _adjacent(above: Block, below: Block) -> bool:
    """Two headings of one group: on neighbouring lines, or a smaller one above a larger."""
    return below.line.number - above.last <= 2 or above.level > below.level > 0


def _finish(builder: _Builder, shape: Shape) -> ArticleDraft:
    heading, extra = _title(builder.headings)
    body = [*extra, *builder.body]
    repaired = paragraphs(body, rejoin=shape.rejoin)
    texts = tuple(p.text for p in repaired)
    reporters = list(builder.reporters)
    for text in texts:
        reporters.extend(dateline_names(text))
    kind = _kind(builder, texts)
    if kind is ArticleKind.PHOTO and not reporters and texts:
        reporters.extend(caption_credit(texts[-1]) or ())
    return ArticleDraft(
        kind=kind,
        title=heading.text if heading else None,
        reporters=tuple(dict.fromkeys(reporters)),
        source=builder.source,
        paragraphs=texts,
        lines=(min(builder.numbers), max(builder.numbers)),
        spans=tuple((p.first, p.last) for p in repaired),
        signed=tuple(builder.signed),
        heading_line=heading.last if heading else 0,
    )


def _title(headings: list[Block]) -> tuple[Block | None, list[Block]]:
    """The title of a heading group and the other lines, which become paragraphs."""
    if not headings:
        return None, []
    candidates = [h for h in headings if not h.text.startswith(("—", "-"))] or headings
    top = min(h.level or 99 for h in candidates)
    chosen = [h for h in candidates if (h.level or 99) == top][-1]
    rest = [attrs.evolve(h, kind=Kind.TEXT, whole=True) for h in headings if h is not chosen]
    return chosen, rest


def _kind(builder: _Builder, texts: tuple[str, ...]) -> ArticleKind:
    if builder.advertorial:
        return ArticleKind.ADVERTORIAL
    body = [b for b in builder.body if b.kind is Kind.TEXT]
    credit_lines = {b.text for b in builder.body if b.kind is Kind.CREDIT}
    if credit_lines and len([t for t in texts if t not in credit_lines]) <= 1:
        return ArticleKind.PHOTO
    if not builder.titled and len(body) == 1 and is_dated_caption(body[0]):
        return ArticleKind.PHOTO
    if len(texts) == 1 and caption_credit(texts[0]) is not None:
        return ArticleKind.PHOTO
    return ArticleKind.NEWS
