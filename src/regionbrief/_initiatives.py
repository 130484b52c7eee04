"""Named local programmes: quoted names the text treats as a programme.

A quoted name (“…”, ‘…’, 「…」) is a programme when

1. a programme noun follows it, after 等 and a count at most ("“十个一”工作推进机制",
   "“惠农e贷”等拳头产品", "“零工驿站”等9项改革事项"), or ends it ("“智慧畜牧贷”");
2. a programme noun stands right before it ("政务服务事项“一网通办”");
3. a launch verb governs it ("率先实施“X”", "法院搭建的“X”"), or it is the subject of a
   pioneering clause ("“X”在全市率先实现");
4. the article coins it: quoted once and written again without quotes.

Names adjacent in a list ("“共享法庭”“零工驿站”等…改革") share their context.  Not
programmes: quoted speech and slogans (clause punctuation inside), one character ("调"),
a quote followed by 的 (a description: "“受理、服务、办结”的闭环机制"), and metaphors,
which meet none of the cues ("牛鼻子", "鼓足“牛气”").

The word lists are ``data/programme_nouns.txt``, ``programme_verbs.txt`` and
``programme_subject_words.txt``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import attrs

from regionbrief._metrics import Place
from regionbrief._model import Initiative, Period, Region
from regionbrief._periods import Found as FoundPeriod
from regionbrief._sentences import Span, clauses, sentences, within
from regionbrief._vocab import word_list

_QUOTE = re.compile(r"“(?P<a>[^“”]{1,30})”|‘(?P<b>[^‘’“”]{1,30})’|「(?P<c>[^「」]{1,30})」")
# speech, slogans, nested quotes, chains of bodies (“街道党工委—楼宇党委—…”)
_NOT_IN_NAME = re.compile(r"[，。；：！？…,;:!?‘’“”「」—\n]")
_JOINERS = ("", "、", "和", "与", "及")  # between the names of one list
_COUNT = re.compile(r"等?(?:\d+|[一二两三四五六七八九十百]+)?[项个种类批条家]?")
_TIE = re.compile(r"[了的起出]?$")  # 搭建的“X”, 推出了“X”
_PHRASE = re.compile(r"[^，。；：！？、,;:!?“”‘’「」]{0,12}")
_NEAR = 4  # a programme noun this close after the name governs it
_LAUNCHED = re.compile(r"起?(?:开通|开始|启动|上线|推出|实施|试行|起)")
_STARTS = re.compile(r"开始|启动|实施|推出|推行|上线|开通|试点|建立|成立|设立|率先|起")


@attrs.frozen
class _Quoted:
    name: str
    start: int  # the opening quote
    end: int  # after the closing quote


@functools.cache
def _nouns() -> tuple[str, ...]:
    return word_list("programme_nouns")


@functools.cache
def _verbs() -> re.Pattern[str]:
    return re.compile(f"(?:{'|'.join(word_list('programme_verbs'))})$")


@functools.cache
def _subject_words() -> re.Pattern[str]:
    return re.compile("|".join(word_list("programme_subject_words")))


def find_initiatives(
    paragraphs: Sequence[str],
    places: Sequence[Sequence[Place]],
    periods: Sequence[Sequence[FoundPeriod]],
    *,
    region: Region | None,
) -> tuple[Initiative, ...]:
    """The programmes an article names, first mention first, one per name."""
    found: dict[str, Initiative] = {}
    quoted_once: dict[str, tuple[int, _Quoted]] = {}
    for index, text in enumerate(paragraphs):
        if "“" not in text and "‘" not in text and "「" not in text:
            continue
        groups = _groups(text)
        for group in groups:
            cued = _group_cued(text, group)
            for item in group:
                if not _plausible(item.name):
                    continue
                if "、" in item.name:  # a list in quotes: a programme only when named so
                    cued_list = len(group) == 1 and _noun_after(text, item.end)
                    if cued_list:
                        found.setdefault(
                            item.name,
                            _initiative(text, item, places[index], periods[index], region),
                        )
                    continue
                if cued or _cued(text, item):
                    found.setdefault(
                        item.name,
                        _initiative(text, item, places[index], periods[index], region),
                    )
                else:
                    quoted_once.setdefault(item.name, (index, item))
    for name, (index, item) in quoted_once.items():
        if name not in found and len(name) >= 3 and _coined(paragraphs, name):
            found[name] = _initiative(
                paragraphs[index], item, places[index], periods[index], region
            )
    return tuple(
        item if item.started else attrs.evolve(item, started=_said_later(paragraphs, periods, item))
        for item in found.values()
    )


def _said_later(
    paragraphs: Sequence[str], periods: Sequence[Sequence[FoundPeriod]], item: Initiative
) -> Period | None:
    """A start date told where the article names the programme again, or one sentence on.

    "“百色一号”承载着…。据了解，专列自2013年12月开通以来…": a date right before
    开通, 开始, 启动 or 起 in the sentence that names it or the one after.
    """
    for text, found in zip(paragraphs, periods, strict=True):
        if item.name not in text or not found:
            continue
        spans = sentences(text)
        for index, span in enumerate(spans):
            if item.name not in text[span[0] : span[1]]:
                continue
            end = spans[index + 1][1] if index + 1 < len(spans) else span[1]
            for period in found:
                start_word = _LAUNCHED.match(text, period.end)
                if span[0] <= period.start < end and start_word and period.period.start:
                    return period.period
    return None


def _groups(text: str) -> list[list[_Quoted]]:
    """Quoted names, adjacent ones ("“A”“B”", "“A”和“B”") in one list."""
    groups: list[list[_Quoted]] = []
    for match in _QUOTE.finditer(text):
        name = match["a"] or match["b"] or match["c"] or ""
        item = _Quoted(name.strip(), match.start(), match.end())
        previous = groups[-1][-1] if groups else None
        if previous is not None and text[previous.end : item.start] in _JOINERS:
            groups[-1].append(item)
        else:
            groups.append([item])
    return groups


def _plausible(name: str) -> bool:
    """A name, not speech, a slogan or a single character."""
    return len(name) >= 2 and not _NOT_IN_NAME.search(name) and not name.isdigit()


def _group_cued(text: str, group: list[_Quoted]) -> bool:
    """Whether the words around a list of names make them programmes."""
    first, last = group[0], group[-1]
    if text[last.end : last.end + 1] == "的":
        return False  # “受理、服务、办结”的闭环机制: a description of what follows
    return _noun_after(text, last.end) or _verb_before(text, first.start)


def _cued(text: str, item: _Quoted) -> bool:
    if text[item.end : item.end + 1] == "的":
        return False
    return (
        item.name.endswith(_nouns())
        or _noun_after(text, item.end)
        or text[: item.start].endswith(_nouns())
        or _verb_before(text, item.start)
        or _subject_words().search(_phrase(text, item.end)) is not None
    )


def _phrase(text: str, at: int) -> str:
    """The words from ``at`` to the end of the clause (12 characters at most)."""
    match = _PHRASE.match(text, at)
    return match.group() if match else ""


def _noun_after(text: str, at: int) -> bool:
    """A programme noun governs the name: right after it, or ending the phrase after it."""
    if text[at : at + 1] == "的":
        return False
    phrase = _phrase(text, at)
    phrase = _COUNT.sub("", phrase, count=1)  # “X”等9项改革事项: the noun after the count
    nouns = _nouns()
    return phrase.endswith(nouns) or any(noun in phrase[: _NEAR + len(noun)] for noun in nouns)


def _verb_before(text: str, at: int) -> bool:
    head = text[max(0, at - 6) : at]
    tied = _TIE.search(head)
    head = head[: tied.start()] if tied else head
    return _verbs().search(head) is not None


def _coined(paragraphs: Sequence[str], name: str) -> bool:
    """Whether a quoted name is also written without quotes: a coinage of the article."""
    quoted = ("“" + name + "”", "‘" + name + "’", "「" + name + "」")
    count = sum(p.count(name) for p in paragraphs)
    in_quotes = sum(p.count(q) for p in paragraphs for q in quoted)
    return count > in_quotes


def _initiative(
    text: str,
    item: _Quoted,
    places: Sequence[Place],
    periods: Sequence[FoundPeriod],
    region: Region | None,
) -> Initiative:
    sentence = within(sentences(text), item.start)
    clause = within(clauses(text), item.start)
    return Initiative(
        name=item.name,
        region=_region(places, sentence, clause, item.start) or region,
        started=_started(text, periods, sentence, item),
        text=text[sentence[0] : sentence[1]],
    )


def _region(places: Sequence[Place], sentence: Span, clause: Span, at: int) -> Region | None:
    """The nearest place before the name in its sentence, else the first after it in its clause.

    A place later in the sentence but past the clause is another clause's subject.
    """
    before = [p for p in places if sentence[0] <= p.start and p.end <= at]
    if before:
        return places[before[-1].depth].region  # the deepest place of its chain
    after = [p for p in places if at <= p.start < clause[1]]
    return places[after[0].depth].region if after else None


def _started(
    text: str, periods: Sequence[FoundPeriod], sentence: Span, item: _Quoted
) -> Period | None:
    """When the text says the programme began: a date before it in a sentence that launches it."""
    for found in periods:
        if not sentence[0] <= found.start < sentence[1] or found.period.start is None:
            continue
        if found.end <= item.start and _STARTS.search(text, found.end, item.start):
            return found.period
        if found.start >= item.end and _STARTS.match(text, found.end):
            return found.period  # “X”于2022年6月起: the date after it, with 起 or 开始
    return None
