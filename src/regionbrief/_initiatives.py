"""Named local programmes: quoted names the text treats as a programme.

A quoted name (“…”, ‘…’, 「…」) is a programme when

1. a programme noun follows it, after 等 and a count at most ("“八个一”工作推进机制",
   "“助农e贷”等拳头产品", "“家门口就业”等6项改革事项"), or ends it ("“茶农e贷”");
2. a programme noun stands right before it ("便民服务事项“掌上办”");
3. a launch verb governs it ("率先实施“X”", "法院搭建的“X”"), or it is the subject of a
   pioneering clause ("“X”在全市率先实现");
4. the article coins it: quoted once and written again without quotes.

Names adjacent in a list ("“村头法庭”“家门口就业”等…改革") share their context.  Not
programmes: quoted speech and slogans (clause punctuation inside), one character ("稳"),
a quote followed by 的 (a description: "“接单、派单、结单”的闭环机制"; but a model named by
its parts joined with + is one: "“协会+基地+农户”的运作模式"), and metaphors,
which meet none of the cues ("以“两山”为“金钥匙”", "鼓足“干劲”").

The word lists are ``data/programme_nouns.txt``, ``programme_verbs.txt`` and
``programme_subject_words.txt``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from regionbrief._metrics import Place
from regionbrief._model import Initiative, Period, Region
from regionbrief._periods import Found as FoundPeriod
from regionbrief._sentences import CLAUSE_ENDS, SENTENCE_ENDS, Span, around, sentences
from regionbrief._vocab import alternation, word_list, words_pattern

_QUOTE = re.compile(r"“(?P<a>[^“”]{1,30})”|‘(?P<b>[^‘’“”]{1,30})’|「(?P<c>[^「」]{1,30})」")
# speech, slogans, nested quotes, chains of bodies (“街道党工委—楼宇党委—…”)
_NOT_IN_NAME = re.compile(r"[，。；：！？…,;:!?‘’“”「」—\n]")
_MEASURED = re.compile(r"\s*(?:[\d≥≤＞＜><]|达|为|增长|同比|占)")  # a figure follows
_SHORT_NAME = ("下称", "简称", "以下称")  # words that give a short name in quotes
_JOINERS = ("", "、", "和", "与", "及")  # between the names of one list
_COUNT = re.compile(r"等?(?:(?:\d+|[一二两三四五六七八九十百]+)[项个种类批条家])?")
# a list of division levels (“省、市、县”, “县、乡、村”, “区、街道、社区”)
_LEVEL = r"(?:省|市|县|区|州|盟|旗|乡|镇|村|组|户|街道|社区|苏木|嘎查)"
_LEVELS = re.compile(rf"{_LEVEL}(?:[、，,]{_LEVEL})+")
_FORMULA = re.compile(r"[^+＋]+(?:[+＋][^+＋]+)+")  # 公司+合作社+农户: a model by its parts
_TIE = re.compile(r"[了的起出]?$")  # 搭建的“X”, 推出了“X”
_PHRASE = re.compile(r"[^，。；：！？、,;:!?“”‘’「」]{0,12}")
_NEAR = 4  # a programme noun this close after the name governs it
_LAUNCHED = re.compile(r"起?(?:开通|开始|启动|上线|推出|实施|试行|起)")
_STARTS = re.compile(r"开始|启动|实施|推出|推行|上线|开通|试点|建立|成立|设立|率先|起")
# spans that say when work goes on, not when it began: “十四五”期间, 2023年期间
_DURING = re.compile(r"期间$|^“?十[一二三四五六七八九]?五”?")


class _Quoted(NamedTuple):
    name: str
    start: int  # the opening quote
    end: int  # after the closing quote


@functools.cache
def _nouns() -> tuple[str, ...]:
    return word_list("programme_nouns")


@functools.cache
def _nouns_before() -> tuple[str, ...]:
    """Programme nouns that name a quote right after them.

    建设 is left out: before a quote it is a verb as often (项目建设“加速度”).
    """
    return tuple(noun for noun in _nouns() if noun != "建设")


@functools.cache
def _noun_near() -> re.Pattern[str]:
    """A programme noun starting within the first few characters."""
    return re.compile(f".{{0,{_NEAR}}}(?:{words_pattern(_nouns())})")


@functools.cache
def _verbs() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation('programme_verbs')})$")


@functools.cache
def _subject_words() -> re.Pattern[str]:
    return re.compile(alternation("programme_subject_words"))


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
        for group in _groups(text):
            plausible = [item for item in group if _plausible(item.name, text, item.end)]
            cued = len(plausible) > 1 and _group_cued(text, group)  # one name: _cued says
            for item in plausible:
                if item.name in found:
                    continue  # reported where it was first introduced
                if text.endswith(_SHORT_NAME, 0, item.start):
                    continue  # （下称“金禾农业”）: a short name for what was just named
                if "、" in item.name:  # a list in quotes: a programme only when named so
                    named = len(group) == 1 and _noun_after(text, item.end)
                    if not named:
                        continue
                elif not (cued or _cued(text, item)):
                    quoted_once.setdefault(item.name, (index, item))
                    continue
                found[item.name] = _initiative(text, item, places[index], periods[index], region)
    whole = "\n".join(paragraphs) if quoted_once else ""
    for name, (index, item) in quoted_once.items():
        if name not in found and len(name) >= 3 and _coined(whole, name):
            found[name] = _initiative(
                paragraphs[index], item, places[index], periods[index], region
            )
    launched = _launched(paragraphs, periods)
    result = []
    for initiative in found.values():
        started = initiative.started or (
            _said_later(paragraphs, launched, initiative.name) if launched else None
        )
        told = initiative if started is initiative.started else None
        result.append(told or attrs.evolve(initiative, started=started))
    return tuple(result)


def _launched(
    paragraphs: Sequence[str], periods: Sequence[Sequence[FoundPeriod]]
) -> list[tuple[int, FoundPeriod]]:
    """Dates right before 开通, 开始, 启动 or 起, with the paragraph each is in."""
    return [
        (index, found)
        for index, (text, in_text) in enumerate(zip(paragraphs, periods, strict=True))
        for found in in_text
        if found.period.start and _LAUNCHED.match(text, found.end)
    ]


def _said_later(
    paragraphs: Sequence[str], launched: list[tuple[int, FoundPeriod]], name: str
) -> Period | None:
    """A start date told where the article names the programme again, or one sentence on.

    "“山货快线”运行平稳…。据了解，专线自2019年5月开通以来…": a date right before
    开通, 开始, 启动 or 起 in the sentence that names it or the one after.
    """
    for index, found in launched:
        text = paragraphs[index]
        if name not in text:
            continue
        spans = sentences(text)
        for number, span in enumerate(spans):
            if name not in text[span[0] : span[1]]:
                continue
            end = spans[number + 1][1] if number + 1 < len(spans) else span[1]
            if span[0] <= found.start < end:
                return found.period
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


def _plausible(name: str, text: str, end: int) -> bool:
    """A name, not speech, a slogan or a single character.

    A number alone (“3”, “2023”) is a name only with a programme noun right after it
    (“362”强村计划: a programme named by its code).
    """
    if len(name) < 2 or _NOT_IN_NAME.search(name) or _LEVELS.fullmatch(name):
        return False  # “区、街道、社区”三级联动: the levels a thing runs through, no name
    return not name.isdigit() or _noun_after(text, end)


def _group_cued(text: str, group: list[_Quoted]) -> bool:
    """Whether the words around a list of names make them programmes."""
    first, last = group[0], group[-1]
    if text[last.end : last.end + 1] == "的":
        return _model_of(text, last)  # “接单、派单、结单”的闭环机制: a description
    return _noun_after(text, last.end) or _verb_before(text, first.start)


def _model_of(text: str, item: _Quoted) -> bool:
    """A model named by its parts before 的 and a programme noun (“协会+合作社+农户”的模式).

    Other quotes before 的 describe what follows (“接单、派单、结单”的闭环机制).
    """
    return _FORMULA.fullmatch(item.name) is not None and _noun_after(text, item.end + 1)


def _cued(text: str, item: _Quoted) -> bool:
    if text[item.end : item.end + 1] == "的":
        return _model_of(text, item)
    return (
        item.name.endswith(_nouns())
        or _noun_after(text, item.end)
        or text.endswith(_nouns_before(), 0, item.start)
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
    phrase = _COUNT.sub("", phrase, count=1)  # “X”等6项改革事项: the noun after the count
    return phrase.endswith(_nouns()) or _noun_near().match(phrase) is not None


def _verb_before(text: str, at: int) -> bool:
    """A launch verb right before ``at``: 推出“X”, or with a tie word between, 推出了“X”."""
    head = text[max(0, at - 6) : at]
    if _verbs().search(head):
        return True
    tied = _TIE.search(head)
    return (
        tied is not None
        and tied.start() < len(head)
        and bool(_verbs().search(head[: tied.start()]))
    )


def _coined(text: str, name: str) -> bool:
    """Whether a quoted name is also written without quotes in an article's text: a coinage.

    Not when the name, unquoted, is followed by a figure or what links one (一般公共预算收入
    ≥20亿元, 人均收入达…): then it names a measure, not a programme.
    """
    in_quotes = sum(text.count(q + name + e) for q, e in ("“”", "‘’", "「」"))
    if text.count(name) <= in_quotes:
        return False
    plain = [
        m.end()
        for m in re.finditer(re.escape(name), text)
        if text[m.start() - 1 : m.start()] not in "“‘「"
    ]
    return not all(_MEASURED.match(text, end) for end in plain)


def _initiative(
    text: str,
    item: _Quoted,
    places: Sequence[Place],
    periods: Sequence[FoundPeriod],
    region: Region | None,
) -> Initiative:
    sentence = around(text, item.start, SENTENCE_ENDS)
    return Initiative(
        name=item.name,
        region=_region(text, places, sentence, item.start) or region,
        started=_started(text, periods, sentence, item),
        text=text[sentence[0] : sentence[1]],
    )


def _region(text: str, places: Sequence[Place], sentence: Span, at: int) -> Region | None:
    """The nearest place before the name in its sentence, else the first after it in its clause.

    A place later in the sentence but past the clause is another clause's subject.
    """
    before = [p for p in places if sentence[0] <= p.start and p.end <= at]
    if before:
        return places[before[-1].depth].region  # the deepest place of its chain
    after = [p for p in places if at <= p.start]
    if not after:
        return None
    clause = around(text, at, CLAUSE_ENDS)
    return places[after[0].depth].region if after[0].start < clause[1] else None


def _started(
    text: str, periods: Sequence[FoundPeriod], sentence: Span, item: _Quoted
) -> Period | None:
    """When the text says the programme began: a date before it in a sentence that launches it."""
    for found in periods:
        if not sentence[0] <= found.start < sentence[1] or found.period.start is None:
            continue
        if _DURING.search(found.period.label):
            continue
        if found.end <= item.start and _STARTS.search(text, found.end, item.start):
            return found.period
        if found.start >= item.end and _STARTS.match(text, found.end):
            return found.period  # “X”于2022年6月起: the date after it, with 起 or 开始
    return None
