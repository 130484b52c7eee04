"""Where places are named in a text: spans of divisions, towns, villages, zones and areas.

Divisions (province to county) are found by the longest gazetteer form at each
position; places below them, zones and areas by the suffix that ends their
names (镇, 社区, 开发区, 都市圈).  Nothing is resolved here: ``_regions`` decides
which division a form names and where a town belongs.  The rules that keep a
match from splitting a word:

* the longest match wins at each position, so 河南 is read before 南县 can be;
* a match followed by 路, 街, 巷, 大道 or 号 names a road, not a division;
* a place inside a quoted name (“浦江经验”, “桐庐山水”) belongs to that name.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Iterator, Mapping
from typing import NamedTuple

import attrs

from regionbrief._gazetteer import Division, gazetteer
from regionbrief._vocab import table, word_list, words_pattern

_GENERIC_NAME = re.compile(r"[东西南北中]?郊区|[城矿新市]区")
_TOWN_END = re.compile(r"[镇乡街苏]")
_SHORT_BEFORE = re.compile(r"(?:社|村|镇|乡|街道|嘎查|苏木)")
# a division suffix and the character after it that make a word of their own: 县域, 市场
_SUFFIX_WORD = re.compile(r"县[域城级委长里乡区]|市[场民级委长值]|区[域位]")
_ROAD = re.compile(r"(?:路|街(?!道)|巷|大道|号)")
_QUOTED = re.compile(r"“[^“”]{1,40}”|‘[^‘’]{1,40}’|「[^「」]{1,40}」|《[^《》]{1,40}》")
# Characters a place name below county level never contains: function words and marks.
_STOP = set("的得在于是为和与及或从到向对把被将让给由以因而但也都还又并且就才再已曾很更最")
_STOP |= set("各每全本该某其此这那些个位名户条项次了着过来去进出回入至赴等约近超余共含")
_STOP |= set("，。、；：！？“”‘’（）《》「」—·…")
# what may stand before a one-character name and its suffix: a stop word, a place's
# suffix (河南省范县), a place word (来自, 前往, 抵, 返)
_EDGE = frozenset(_STOP | set("省市县区州盟旗镇乡村自往抵经返离住"))
# Stop characters that are also common in village names (和平村, 向阳村, 余家村):
# one may open a two-character name, which would be one character short without it;
# never a name of its own (镇和村, 资金向村倾斜).
_SOFT_STOP = frozenset("和向于余为共曾由")
_CUE = re.compile(
    r"(?:[在到于赴从]|走进|来到|位于|地处|深入|扎根|家住|住在)$"
)  # a place word before a name
# a run of name characters: Chinese, and no stop word or mark (one regex, not a Python loop)
# an office of the place right after its name: 白沙村党支部书记, 白沙村村委会主任, 白沙村主任
_OFFICE = re.compile(r"(?:党委|党总支|党支部|村委会|居委会|村委)?副?(?:书记|主任)")
# marks after which a village's name opens its clause, as the subject (太安村19户村民…)
_OPENERS = "。！？；，\n"
_OWNED = re.compile(r"的|\d|[一二两三四五六七八九十百千]+[户名个家人座栋亩]")
_NAME_RUN = re.compile("(?:(?![" + re.escape("".join(sorted(_STOP))) + "])[\u4e00-\u9fff])*")
_NAME_TAIL = re.compile(_NAME_RUN.pattern + "$")
_POSITION = operator.attrgetter("start", "end")
_TIED_WINDOW = 6  # characters of a name between the place above it and its suffix
_WINDOW = {"township": 4, "village": 3, "zone": 6, "area": 6}  # characters before a suffix
_NOT_ABOVE = {"township": ("township", "village"), "village": ("village",)}  # no place in these


@attrs.define  # internal and made often: a plain slotted class is three times faster to build
class Span:
    """A place named at ``start:end``.

    Attributes:
        kind: ``division``, or the level found by suffix: ``township``,
            ``village``, ``zone`` or ``area``.
        text: the words as written.
        divisions: for a division, every division its form can name.
        full: for a form from the banner list, the full name it stands for.
        tied: found by suffix right after the place above it (青石镇白沙村).
        cue: found by suffix right after a word of place (在, 走进, 位于), right
            before an office of the place (白沙村党支部书记), or, for a village, opening
            its clause (白沙村19户村民…).
        generic: a town whose name ends in a word of its own (金城镇: 城镇), found only
            after a word of place; placed only where the towns table and the article agree.
    """

    start: int
    end: int
    kind: str
    text: str
    divisions: tuple[Division, ...] = ()
    full: str | None = None
    tied: bool = False
    cue: bool = False
    before: str = ""
    generic: bool = False


@functools.cache
def _banners() -> Mapping[str, str]:
    return {row[0]: row[1] for row in table("banners")}


class _Form(NamedTuple):
    """What a surface form names, worked out once per form rather than per mention."""

    divisions: tuple[Division, ...]
    full: str | None  # the full name a banner form stands for
    short: bool  # neither a full name nor a banner form: 白沙, not 白沙县


@functools.cache
def _forms() -> tuple[Mapping[str, _Form], Mapping[str, tuple[int, ...]]]:
    """Surface forms with what they name, and their lengths by first two characters.

    The lengths come longest first, so the longest form at a position is tried first.
    """
    # Generic full names (郊区, 城区, 新区, 矿区) cannot be told from words in running text.
    found = {f: d for f, d in gazetteer().forms().items() if not _GENERIC_NAME.fullmatch(f)}
    banners = _banners()
    for short, full in banners.items():
        found[short] = gazetteer().forms().get(full, ())
    forms = {
        form: _Form(
            divisions,
            banners.get(form),
            not any(d.name == form for d in divisions) and form not in banners,
        )
        for form, divisions in found.items()
        if divisions
    }
    lengths: dict[str, set[int]] = {}
    for form in forms:
        lengths.setdefault(form[:2], set()).add(len(form))
    return forms, {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}


@functools.cache
def _suffixes() -> tuple[re.Pattern[str], Mapping[str, str]]:
    levels = {suffix: level for level, suffix in table("place_suffixes")}
    return re.compile(words_pattern(levels)), levels


@functools.cache
def _township_suffixes() -> tuple[str, ...]:
    return tuple(suffix for suffix, level in _suffixes()[1].items() if level == "township")


@functools.cache
def _not_places() -> frozenset[str]:
    return frozenset(word_list("not_places"))


@functools.lru_cache(maxsize=4096)
def scan(text: str) -> tuple[Span, ...]:
    """Every place span in ``text``, left to right; a zone follows the division it starts with."""
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    divisions = [
        s
        for s in _divisions(text)
        if not (quoted and _inside_quote(s, quoted, text)) and not _town_head(s, text)
    ]
    suffixed = [
        s for s in _suffixed(text, divisions) if not (quoted and _inside_quote(s, quoted, text))
    ]
    if not suffixed:
        return tuple(divisions)  # found left to right already
    return tuple(sorted([*divisions, *suffixed], key=_POSITION))


def _divisions(text: str) -> Iterator[Span]:
    forms, starts = _forms()
    get, skip = starts.get, 0
    # positions whose two characters start some form: a coarse regex, then the exact pairs
    pairs = [m.start() for m in _candidates().finditer(text)]
    for i, lengths in [(i, lengths) for i in pairs if (lengths := get(text[i : i + 2]))]:
        if i < skip:
            continue
        for length in lengths:
            form = text[i : i + length]
            named = forms.get(form)
            if length == 2 and _SUFFIX_WORD.match(text, i + 1):
                continue  # 滴灌县域, 保护和县域: a two-character name whose suffix opens a word
            if named and not _after_word(text, i + length, named.short):
                yield Span(
                    i,
                    i + length,
                    "division",
                    form,
                    named.divisions,
                    named.full,
                    before=text[i - 1 : i],
                )
                skip = i + length
                break


@functools.cache
def _candidates() -> re.Pattern[str]:
    """Where a form may start: a first character of some form before a second one.

    A coarse filter run in C: it lets through about one position in seven, and
    the forms themselves are looked up only there.
    """
    starts = _forms()[1]
    first = "".join(sorted({key[0] for key in starts}))
    second = "".join(sorted({key[1] for key in starts}))
    return re.compile(f"[{re.escape(first)}](?=[{re.escape(second)}])")


def opens_with_stop(name: str) -> bool:
    """Whether a two-character name opens with a function or measure word (和县, 户县).

    Such a name is as often a word's end and the next word's start (保护和县领导,
    每户县级补贴): it is read only where a short form would be.
    """
    return len(name) == 2 and name[0] in _STOP


def in_a_word(span: Span) -> bool:
    """Whether a short name follows a character it may make a word with.

    范县 in 示范县, 新县 in 创新县, 康县 in 小康县, and a name read as a word and 城市
    (海城市 in 沿海城市, 兴城市 in 新兴城市): a one-character name and its suffix, or a
    name ending in 城市, is a place after a break, a function or place word or the place
    above it (在范县, 河南范县); after any other character the article must name the place
    so elsewhere, or name its parent.
    """
    short = len(span.text) == 2 or (len(span.text) == 3 and span.text.endswith("城市"))
    return short and "\u4e00" <= span.before <= "\u9fff" and span.before not in _EDGE


def _town_head(span: Span, text: str) -> bool:
    """A short form inside a known town's name (安图 of 明安图镇)."""
    if not _TOWN_END.search(text, span.end, span.end + 4):
        return False  # no town suffix right after it
    if any(d.name == span.text for d in span.divisions):
        return False
    names = gazetteer().town_names()
    return any(
        text[max(0, span.start - back) : span.end + extra] in names
        for back in range(3)
        for extra in range(1, 4)
    )


def _after_word(text: str, end: int, short: bool) -> bool:
    """Whether what follows a form makes it part of a longer word.

    Any name followed by 路, 街, 巷, 大道 or 号 is a road.  A short form followed by a
    place suffix or 社 names a town, village or body of its own (白沙村, 朝阳社区, 合作社).
    """
    if _ROAD.match(text, end):
        return True
    return short and _SHORT_BEFORE.match(text, end) is not None


def _suffixed(text: str, divisions: list[Span]) -> Iterator[Span]:
    """Towns, villages, zones and areas: a suffix and the name before it."""
    pattern, levels = _suffixes()
    matches = list(pattern.finditer(text))
    if not matches:
        return
    spans = {s.end: s for s in divisions}
    ends = sorted(spans)
    starts = [s.start for s in divisions]  # in order, and no two overlap
    for match in matches:
        at, level = match.start(), levels[match.group()]
        holder = bisect.bisect_right(starts, at) - 1
        if holder >= 0 and at < divisions[holder].end:
            continue  # inside a division's own name (城关镇 as a county's form)
        if _starting(text, match):
            continue  # 村庄, 村民: the suffix starts a word
        if level == "village" and _town_suffix_after(text, match):
            continue  # 后村镇: a town whose name ends in 村, not a village 后村
        start, tied = _name_start(text, at, level, spans, ends)
        word = _ending(text, match)
        generic = bool(word) and not (
            tied and start is not None and match.end() - start == word + 1
        )  # 乡村, 山村: a word, unless one character longer after a place (彭州宝山村)
        if generic and not (level == "township" and start is not None and _cued(text, start)):
            continue  # a town whose name ends in a word (金城镇) only after a place word
        if start is not None and not tied and level == "township" and not generic:
            start = _known_town(text, start, match.end())
        name = text[start : match.end()] if start is not None else ""
        if not name or (level == "township" and not _town_stem(name, match.group())):
            continue  # 大力发展乡村, 深化镇街改革: no town has the name, a word ends in the suffix
        if level == "village" and _not_village(name[: -len(match.group())]):
            continue  # 打造智慧社区, 实施强村富民, 千村示范: a verb phrase or a count
        cue = start is not None and (
            _cued(text, start)
            or _OFFICE.match(text, match.end()) is not None
            or (level == "village" and _subject(text, start, match))
        )
        span = Span(start or 0, match.end(), level, name, tied=tied, cue=cue, generic=generic)
        spans[span.end] = span
        bisect.insort(ends, span.end)
        yield span


def _town_suffix_after(text: str, match: re.Match[str]) -> bool:
    """Whether a village suffix ends the name of a town of the towns table (后村镇, 李村乡)."""
    end = match.end()
    suffix = _TOWN_END.match(text, end)
    if suffix is None:
        return False
    names = gazetteer().town_names()
    return any(text[start : end + 1] in names for start in range(max(0, end - 4), end - 1))


def _subject(text: str, start: int, suffix: re.Match[str]) -> bool:
    """A village's name opening its clause before 的 or a count: 太安村19户村民, 白沙村的茶园.

    Not a verb before the suffix (激励村党组织, 整治村容村貌 open with a verb and go on).
    """
    verb = _phrase_verb().match(text, start)
    return (
        (start == 0 or text[start - 1] in _OPENERS)
        and _OWNED.match(text, suffix.end()) is not None
        and not (verb and verb.end() == suffix.start())
    )


def _cued(text: str, start: int) -> bool:
    """Whether a word of place (在, 到, 走进, 位于) comes right before ``start``."""
    return _CUE.search(text, max(0, start - 2), start) is not None


def _name_start(
    text: str, at: int, level: str, spans: Mapping[int, Span], ends: list[int]
) -> tuple[int | None, bool]:
    """Where the name before a suffix at ``at`` begins, and whether it follows a place.

    A zone or area is named after the division right before it (聊城经济技术开发区).
    A town or village follows the place above it (青石镇白沙村), else runs back
    to a function word or a mark, two characters at least.
    """
    if level in ("zone", "area"):
        before = spans.get(at)
        return (before.start, True) if before and before.kind == "division" else (None, False)
    nearest = bisect.bisect_right(ends, at) - 1
    above = ends[nearest] if nearest >= 0 and ends[nearest] >= at - _TIED_WINDOW else None
    if above is not None and spans[above].kind in _NOT_ABOVE[level]:
        above = None  # 建设镇小城镇建设: a town names no town inside it, nor a village a village
    if above is not None and (_NAME_RUN.fullmatch(text, above, at) or _soft_name(text, above, at)):
        return (above, True) if above < at else (None, False)
    window = max(0, at - _WINDOW[level])
    run = _NAME_TAIL.search(text, window, at)  # back to a stop or mark
    start = run.start() if run else at
    if at - start == 1 and start > window and text[start - 1] in _SOFT_STOP:
        start -= 1  # 向阳村, 和平村: a soft stop opens a two-character name
    return (start, False) if at - start >= 2 else (None, False)  # two characters at least


def _soft_name(text: str, start: int, end: int) -> bool:
    """A two-character name that opens with a soft stop (和平村, 余庄村; not 镇和村)."""
    return (
        end - start == 2
        and text[start] in _SOFT_STOP
        and bool(_NAME_RUN.fullmatch(text, start + 1, end))
    )


def _not_village(stem: str) -> bool:
    """Whether the words before a village suffix are a verb phrase or a count, not a name.

    A verb of two characters or more that opens a longer run (打造智慧社区, 发展强村公司)
    opens a phrase: a village is not named 打造智慧.  A verb alone may be a name
    (建设村, 新建社区 are common names) and stays.  Magnitudes alone count villages
    (千村示范, 百村): none is named 千.
    """
    verb = _phrase_verb().match(stem)
    return (verb is not None and verb.end() < len(stem)) or (
        stem != "" and stem.strip("千百万") == ""
    )


@functools.cache
def _phrase_verb() -> re.Pattern[str]:
    return re.compile(words_pattern(word_list("phrase_verbs")))


def _town_stem(name: str, suffix: str) -> bool:
    """Whether some town of the towns table has ``name`` with one of the township suffixes.

    Any suffix will do: a town renamed from 镇 to 街道 (or 乡 to 镇) keeps its stem, and a
    page from before the change names it as it was.
    """
    stem, names = name[: -len(suffix)], gazetteer().town_names()
    return any(stem + other in names for other in _township_suffixes())


def _known_town(text: str, start: int, end: int) -> int:
    """Where a town name of the towns table begins inside a window (住万寿路街道)."""
    names = gazetteer().town_names()
    return next((s for s in range(start, end - 2) if text[s:end] in names), start)


def _ending(text: str, match: re.Match[str]) -> int:
    """The length of the longest word ending at a suffix's end, if longer than the suffix.

    乡村, 城乡社区, 山村 end in a suffix but name no place; 0 when no such word ends here.
    """
    ending, longest, _ = _generic_words()
    word = ending.search(text, max(0, match.end() - longest), match.end())
    length = 0 if word is None else word.end() - word.start()
    return length if length > match.end() - match.start() else 0  # the leftmost is the longest


def _starting(text: str, match: re.Match[str]) -> bool:
    """Whether a suffix starts a word (村庄, 村民, 乡村): then it ends no name.

    Unless another such word starts right after it: 白沙乡村民 is 白沙乡 and 村民.
    """
    starting = _generic_words()[2]
    return (
        starting.match(text, match.start()) is not None
        and starting.match(text, match.end()) is None
    )


@functools.cache
def _generic_words() -> tuple[re.Pattern[str], int, re.Pattern[str]]:
    """Words that end in a suffix, and their greatest length; words that start with one.

    The first regex is anchored at the end: searched up to a suffix's end, it finds the
    longest such word there.
    """
    ending = word_list("not_places")
    starting = word_list("place_words")
    return (
        re.compile(f"(?:{words_pattern(ending)})$"),
        max(map(len, ending)),
        re.compile(words_pattern(starting)),
    )


def _inside_quote(span: Span, quoted: list[tuple[int, int]], text: str) -> bool:
    """A place inside a quoted name belongs to the name, unless the quote is the place."""
    at = bisect.bisect_left(quoted, (span.start, -1)) - 1
    if at < 0:
        return False
    start, end = quoted[at]
    return start < span.start and span.end < end and text[start + 1 : end - 1] != span.text
