"""Named people: officials with their titles, managers, residents.

A name is a surname (``data/surnames.txt``) and one or two more characters; it is
found by what stands around it, never from a list of names:

1. after a title, which becomes the role ("青川县委书记张建国表示": role 青川县委书记,
   the whole title phrase from the clause start, "党委委员、产业处处长" included);
2. at the start of a clause before a speech verb ("”李春花说"), or anywhere before
   an honorific ("李春花老人"): role ``None``;
3. a three-character name that starts a clause before 在, 和 or 到 ("，赵小梅在…"), or
   that the article names twice in such places ("赵小梅的…", "刚退休的赵小梅，").

The name must end where a follower starts (a speech verb, 在, 到, punctuation ...),
which settles two- against three-character names.  A title before a name that no
follower settles gives its role to a person the article confirms elsewhere.  Reporters, editors and
photographers stay in their own fields, and a name inside a place is no person.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from collections.abc import Collection, Iterator, Sequence

import attrs

from regionbrief._model import Person
from regionbrief._vocab import alternation, surnames, table, word_list, words_pattern

_BOUNDARY = "，。；：！？”’（）、\n"
# a resident doing something at a clause start: "赵小梅在…", "周大山和妻子…"
_PLACING = ("在", "到", "来到", "正在", "正", "从", "和", "与", "带着")
_NOT_ROLE = re.compile(r"记者|通讯员|编辑|摄影|美编|供图")
_STAFF_BEFORE = re.compile(r"(?:记者|通讯员|编辑|摄影|美编)\s*$")  # 本报记者 王明: staff
# words before a title that are no part of it; 身为/作为…的 and a 的 left over say what the
# person is besides (身为“80后”的村党总支书记王明: 村党总支书记)
_LEAD_IN = re.compile(
    r"^(?:据|记者从|对此|其中|同时|此外|为此|近日|目前|在|(?:身为|作为)[^的，]{0,12}的|的"
    r"|但是|但|而且|并且|而|却)"  # connectives: 但县委书记王明一行…: 县委书记
)
_SPEECH, _HONORIFIC, _OTHER = "speech", "honorific", "other"
_JOINER = re.compile(r"[和与及、]?")
_HAN_RUN = re.compile("[\u4e00-\u9fff]+")
# what ends a place or a body (小区, 工厂, 合作社): never right after a name
_NOUN_ENDS = frozenset("区村镇乡县市省园站厂店社场所馆院校室队组点")
_NAME_REACH = 6  # characters from a name's start that tell where it ends (a surname, two more)
_ROLE_MOST = 40  # characters: the longest title with its places (…县委常委、常务副县长)
_MEETING = frozenset("来见找遇碰请")  # 来到, 见到, 找到 …: a name may follow 到 after these
_FUNCTION = re.compile("[的了在和与是为把被从到对向将等地得着]")  # never in a given name


@attrs.define  # internal and made often: a plain slotted class is three times faster to build
class _Reading:
    name: str
    start: int
    follower: str  # _SPEECH, _HONORIFIC or _OTHER


@functools.cache
def _anchors() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Where a name may start: right after a title; after a clause break, 的, 像 or 见到.

    Both patterns match the one character before the name (a title's last character,
    a clause break) rather than look behind at it: a pattern that starts with a
    character class lets the regex engine skip ahead fast.  Whether a whole title
    ends there is checked apart (``_title_end``); the paragraph start is added apart.
    """
    first = "".join(sorted({s[0] for s in surnames()}))
    last = "".join(sorted({t[-1] for t in word_list("titles")}))
    titled = re.compile(f"[{last}](?=[{first}])")
    loose = re.compile(f"[{_BOUNDARY}的像到](?=[{first}])")
    return titled, loose


@functools.cache
def _town_or_village() -> str:
    """The suffixes of towns and villages (data/place_suffixes.tsv), as one alternation.

    A resident's name the article also writes with one (孙家坪村) is a place.
    """
    suffixes = [s for level, s in table("place_suffixes") if level in ("township", "village")]
    return f"(?:{words_pattern(suffixes)})"


@functools.cache
def _title_end() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation('titles')})$")


@functools.cache
def _not_name_ends() -> frozenset[str]:
    return frozenset(word_list("not_name_ends"))


@functools.cache
def _first_chars() -> frozenset[str]:
    return frozenset(s[0] for s in surnames())


@functools.cache
def _verbs() -> re.Pattern[str]:
    """Verbs of two characters or more that often follow a name (调研, 实现, 带动)."""
    verbs = [v for v in (*word_list("phrase_verbs"), *word_list("metric_verbs")) if len(v) > 1]
    return re.compile(words_pattern(verbs))


@functools.cache
def _followers() -> re.Pattern[str]:
    """What may follow a name, the telling kinds first: speech, honorific, other."""
    return re.compile(
        f"(?P<{_SPEECH}>{alternation('speech_verbs')})"
        f"|(?P<{_HONORIFIC}>{alternation('honorifics')})"
        f"|(?P<{_OTHER}>[，。；：！？、,]|{alternation('name_followers')})"
    )


def _read(text: str, at: int) -> _Reading | None:
    """The name starting at ``at``: the reading whose follower says most, longer first."""
    names = surnames()
    surname = 2 if text[at : at + 2] in names else 1 if text[at] in names else 0
    if not surname:
        return None
    run = _HAN_RUN.match(text, at, at + _NAME_REACH)  # a name is Chinese characters only
    longest = min(run.end() - at if run else 0, surname + 2)
    followers = _followers()
    address = followers.match(text, at + surname)
    if address is not None and address.lastgroup == _HONORIFIC:
        return None  # 李师傅, 王大爷: a form of address, not a full name
    best: tuple[int, int, int] | None = None
    reading: _Reading | None = None
    for end in range(at + longest, at + surname, -1):  # the longer name first
        if text[end - 1] == "地":
            continue  # 书记高兴地说: 地 makes an adverb, and ends no name
        follower = followers.match(text, end)
        if follower is None and end != len(text) and not (run and end == run.end()):
            continue  # 张兴旺20日在…: what is no Chinese character ends a name too
        kind = follower.lastgroup or _OTHER if follower else _OTHER
        # a telling follower first, then the longer follower (李军|来到 over 李军来|到)
        rank = (kind != _OTHER, len(follower.group()) if follower else 0, end)
        if best is None or rank > best:
            best, reading = rank, _Reading(text[at:end], at, kind)
    return reading


def find_people(
    paragraphs: Sequence[str],
    places: Sequence[Sequence[tuple[int, int]]],
    *,
    exclude: Collection[str] = (),
) -> tuple[Person, ...]:
    """The people an article names, first mention first, one per name.

    ``places`` are the place spans of each paragraph; ``exclude`` are names that
    belong elsewhere (reporters, editors).
    """
    titled, loose = _anchors()
    first_chars = _first_chars()
    people: dict[str, str | None] = {}
    unread: list[tuple[int, int, int]] = []  # a title whose name no follower settles
    seen: dict[str, int] = {}
    residents: Counter[str] = Counter()
    located = [_Spans(places[i] if i < len(places) else ()) for i in range(len(paragraphs))]
    for index, (text, spans) in enumerate(zip(paragraphs, located, strict=True)):

        def free(reading: _Reading) -> bool:
            start, end = reading.start, reading.start + len(reading.name)
            if reading.name in exclude or spans.hit(start, end):  # noqa: B023
                return False  # a reporter, or a name inside a place (高邮市 is no 高邮)
            return not _STAFF_BEFORE.search(text[max(0, start - 6) : start])  # noqa: B023

        named_end = 0  # where the last titled name ends: the next title starts after it
        for match in titled.finditer(text):
            if not _title_end().search(text, max(0, match.end() - 6), match.end()):
                continue
            reading = _read(text, match.end())
            if reading is None:  # 主任余德彪发布…: read once the article confirms the name
                unread.append((index, match.end(), named_end))
            elif free(reading):
                role = _role(text, reading.start, after=named_end)
                named_end = reading.start + len(reading.name)
                people.setdefault(reading.name, role)
                seen.setdefault(reading.name, index * 100_000 + reading.start)
        starts = [0] if text[:1] in first_chars else []
        for at in [*starts, *(m.end() for m in loose.finditer(text))]:
            if text[at - 1 : at] == "到" and text[at - 2 : at - 1] not in _MEETING:
                continue  # 拿到高工资, 达到高水平: what is got or reached, not whom one meets
            reading = _read(text, at)
            if reading is None or not free(reading):
                continue
            seen.setdefault(reading.name, index * 100_000 + reading.start)
            clause_start = reading.start == 0 or text[reading.start - 1] in _BOUNDARY
            if reading.follower == _HONORIFIC or (reading.follower == _SPEECH and clause_start):
                people.setdefault(reading.name, None)
            elif len(reading.name) == 3 and reading.name[-1] not in _not_name_ends():
                placing = clause_start and text.startswith(_PLACING, reading.start + 3)
                residents[reading.name] += 2 if placing else 1  # "，赵小梅在…" counts twice
    joined = "\n".join(paragraphs) if residents else ""
    for name, count in residents.items():
        if count >= 2 and not re.search(re.escape(name) + _town_or_village(), joined):
            people.setdefault(name, None)  # never 崔家坪 where the article writes 崔家坪村
    whole = _After("\n".join(paragraphs) if unread else "")
    for index, at, named in unread:
        text = paragraphs[index]
        confirmed = _title_confirmed(text, at, named, people, exclude)
        if confirmed is None:  # 书记吴金章站在… 书记吴金章信心满满: the name written twice
            spans = located[index]
            # else the usual length, unless the title sits inside a phrase (建起了村民文化
            # 活动中心): a title that names someone opens its clause or follows a place
            confirmed = _written_twice(whole, text, at, spans, exclude) or (
                None
                if _FUNCTION.search(_role(text, at, after=named) or "")
                else _usual_name(whole, text, at, spans, exclude)
            )
            if confirmed is not None and confirmed not in people:
                people[confirmed] = _role(text, at, after=named)
        if confirmed is not None:  # first named here, under the title
            seen[confirmed] = min(seen.get(confirmed, at), index * 100_000 + at)
    order = sorted(people, key=lambda n: seen.get(n, 0))
    return tuple(Person(name, people[name]) for name in order)


def _written_twice(
    whole: _After, text: str, at: int, spans: _Spans, exclude: Collection[str]
) -> str | None:
    """The name after a title at ``at`` that no follower settles, when the article writes it twice.

    Of the readings from the surname on (two or three characters, four after a double
    surname), the longest that the article's text holds at least twice with different
    words after it: the same person named again, and where the name ends.
    """
    names = surnames()
    surname = 2 if text[at : at + 2] in names else 1 if text[at : at + 1] in names else 0
    run = _HAN_RUN.match(text, at, at + _NAME_REACH)
    if not surname or run is None:
        return None
    for end in range(min(run.end(), at + surname + 2), at + surname, -1):
        name = text[at:end]
        if spans.hit(at, end) or name in exclude:
            return None  # inside a place, or a reporter
        if name[-1] in _not_name_ends():
            continue
        if (
            len(whole.following(name)[1]) >= 2
        ):  # written twice, and what follows differs: the name ends here
            return name
    return None  # never repeated, or always with the same words after it (高度重视 … 高度重视)


def _usual_name(
    whole: _After, text: str, at: int, spans: _Spans, exclude: Collection[str]
) -> str | None:
    """The name after a title at ``at`` that nothing settles: a surname and two characters.

    第一书记周大山直截了当: most names are three characters (four with a double surname),
    and a title says a name follows; but not after a one-character title (户, 员:
    一家一户单打独斗), nor before a form of address (村民王阿姨), nor across a function word.
    """
    title = _title_end().search(text, max(0, at - 6), at)
    if title is None or len(title.group()) < 2:
        return None
    names = surnames()
    surname = 2 if text[at : at + 2] in names else 1 if text[at : at + 1] in names else 0
    end = at + surname + 2
    run = _HAN_RUN.match(text, at, at + _NAME_REACH)
    if not surname or run is None or run.end() < end:
        return None
    followers = _followers()
    if followers.match(text, at):
        return None  # 书记高度重视, 书记高兴地说: a word that follows names, not a name
    if any(
        (address := followers.match(text, at + length)) and address.lastgroup == _HONORIFIC
        for length in (surname, surname + 1)
    ):
        return None  # 王阿姨, 黄大姐, 庞先生
    verb = _verbs()
    if verb.match(text, at) or text[end : end + 1] in _NOUN_ENDS:
        return None  # 农民安置小区: a noun phrase (小区, 工厂), not a name and a verb
    if verb.match(text, end - 1) and not verb.match(text, end):
        end -= 1  # 书记李强调研…: a verb starts after two characters, none after three
    name = text[at:end]
    if (
        name[-1] in _not_name_ends()
        or _FUNCTION.search(name, surname)
        or name in exclude
        or spans.hit(at, end)
        or _phrase(whole, name)
    ):
        return None
    return name


def _phrase(whole: _After, name: str) -> bool:
    """Whether the article writes ``name`` more than once, always with the same word after."""
    count, following = whole.following(name)
    return count > 1 and len(following) == 1


class _Spans:
    """A paragraph's place spans, asked whether any overlaps a stretch, in log time."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = spans
        self.starts: list[int] | None = None  # built on the first question: most never come
        self.reach: list[int] = []

    def hit(self, start: int, end: int) -> bool:
        """Whether a place span overlaps ``start``..``end`` (高邮市 holds no person 高邮)."""
        if not self.spans:
            return False
        if self.starts is None:
            ordered = sorted(self.spans)
            self.starts = [a for a, _ in ordered]
            self.reach = list(itertools.accumulate((b for _, b in ordered), max))  # furthest end
        last = bisect.bisect_left(self.starts, end) - 1  # the spans that start before ``end``
        return last >= 0 and self.reach[last] > start


class _After:
    """What follows each name the article writes, each name looked for once.

    An article may put the same title and name before hundreds of figures: a look
    through the whole text per mention would take time in the square of its length.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.seen: dict[str, tuple[int, frozenset[str]]] = {}

    def following(self, name: str) -> tuple[int, frozenset[str]]:
        """How often ``name`` is written, and the characters right after it."""
        found = self.seen.get(name)
        if found is None:
            after = [
                self.text[i + len(name) : i + len(name) + 1] for i in _occurrences(self.text, name)
            ]
            found = self.seen[name] = (len(after), frozenset(after))
        return found


def _occurrences(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def _title_confirmed(
    text: str, at: int, after: int, people: dict[str, str | None], exclude: Collection[str]
) -> str | None:
    """Give a name the title before it at ``at``, when the article confirms the name.

    After a title, a name followed by no telling word ("主任余德彪发布…") has no
    settled length; when the article names a person elsewhere with no role
    ("余德彪表示"), that is the name, and the title is their role.
    """
    for name in sorted(people, key=len, reverse=True):
        if people[name] is None and name not in exclude and text.startswith(name, at):
            people[name] = _role(text, at, after=after)
            return name
    return None


def _role(text: str, at: int, *, after: int = 0) -> str | None:
    """The title before a name: the clause up to it, lead-in words dropped.

    ``after`` is where a name named just before ends: "县长李军和副县长高红梅" gives
    高红梅 the title after 李军 and 和.
    """
    lowest = max(0, at - _ROLE_MOST)  # a clause with no mark is no title beyond this
    start = max(lowest - 1, *(text.rfind(ch, lowest, at) for ch in _BOUNDARY if ch != "、")) + 1
    if after > start:
        joiner = _JOINER.match(text, after)
        start = joiner.end() if joiner else after
    role = text[start:at]
    role = role[role.rfind("是") + 1 :]  # 说这话的是…农民周大山: the title after 是
    # 领到收购款的某村村民: what a relative clause says of the person is no title
    role = role[role.rfind("的") + 1 :]
    role = _LEAD_IN.sub("", role).strip()
    if "、" in role:
        role = _own_titles(role)
    if not role or _NOT_ROLE.search(role):
        return None
    return role


def _own_titles(role: str) -> str:
    """The titles of a 、 list that are the last person's: after the last one with a name.

    常务副市长原永胜、县长艾进德: 原永胜 (whose surname is not read) ends his part, and
    艾进德 is 县长; 县委常委、常务副县长 are one person's two titles.
    """
    parts = role.split("、")
    named = [i for i, part in enumerate(parts[:-1]) if _titled_name().search(part)]
    return "、".join(parts[named[-1] + 1 :]) if named else role


@functools.cache
def _titled_name() -> re.Pattern[str]:
    """A title and two or three more characters at the end of a part: a name after it."""
    return re.compile(f"(?:{alternation('titles')})[\u4e00-\u9fff]{{2,3}}$")
