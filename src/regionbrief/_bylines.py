"""Who wrote, photographed and edited: names from bylines, datelines and credits.

Names are bare: spaces of any width are not part of them, and a two-character
name padded to three columns ("李\u00a0\u00a0明") comes back whole ("李明").
"""

from __future__ import annotations

import functools
import re

from regionbrief._lines import SPACES
from regionbrief._model import Person
from regionbrief._vocab import alternation, surnames, word_list

_CJK = "\u3400-\u4dbf\u4e00-\u9fff"
_NAME = re.compile(rf"[{_CJK}]{{2,4}}|[{_CJK}]{{1,8}}·[{_CJK}·]{{1,12}}")
_SEPARATORS = re.compile(rf"[\s{SPACES}、，,;；/]+")
# Marks printed before a byline in e-paper layouts ("□ 本报记者 ...").
_MARKS = "□■◇◆○●△▲☆★"
# Who employs the reporter: 本报, 新华社, 经济日报, 人民日报 ..., then 特约/见习/实习.
# A web outlet's name may hold a middle dot (新甘肃·每日甘肃网); then what kind of reporter:
# 全媒体记者, 融媒体记者, 首席记者.
_EMPLOYER = (
    rf"(?:本报|新华社|中新社|[{_CJK}·]{{2,10}}?(?:日报|晚报|时报|报社|社|台|网))?"
    r"(?:特约|见习|实习|全媒体|融媒体|首席)?"
)
# what closes a byline after its names: 记者 王明 报道, 记者 王明 摄影报道
_REPORTED = re.compile(r"\s+(?:摄影)?报道$")
_EMPLOYER_ANY = re.compile(rf"[{_CJK}]{{1,6}}")  # an employer of any name, in a credit
_OPEN, _CLOSE = "（(", "）)"
_BYLINE_MAX = 60  # characters: a byline line is never longer
_MARKED_MOST = 3  # names in a byline with a mark and no role: □ 王明 李红


@functools.cache
def _role() -> re.Pattern[str]:
    return re.compile(rf"{_EMPLOYER}(?:{alternation('byline_roles')})")


def split_names(text: str) -> tuple[str, ...] | None:
    """Names separated by spaces or 、; ``None`` unless every piece is a name.

    >>> split_names("王明 李红"), split_names("孙\u00a0\u00a0丽"), split_names("在某县了解到")
    (('王明', '李红'), ('孙丽',), None)
    """
    tokens = [t for t in _SEPARATORS.split(text) if t]
    names: list[str] = []
    while tokens:
        token = tokens.pop(0)
        if len(token) == 1 and tokens and len(tokens[0]) == 1:
            token += tokens.pop(0)  # a padded two-character name
        if not _NAME.fullmatch(token):
            return None
        names.append(token)
    return tuple(names) or None


def byline_names(text: str) -> tuple[str, ...] | None:
    """The names of a line that is only a byline, else ``None``.

    >>> byline_names("□ 本报记者 王明 李红")
    ('王明', '李红')
    >>> byline_names("（经济日报记者 王新 通讯员 张三）")
    ('王新', '张三')
    >>> byline_names("（某台某视记者 王新 李红）")
    ('王新', '李红')
    >>> byline_names("□ 王明"), byline_names("全媒体记者 王新 报道")
    (('王明',), ('王新',))
    >>> byline_names("记者在某县批发市场了解到") is None
    True
    """
    if len(text) > _BYLINE_MAX:
        return None
    if not _role().search(text):
        return _marked_names(text)
    body = text.strip(_MARKS + SPACES + " \t")
    credit = body[:1] in _OPEN and body[-1:] in _CLOSE
    if credit:
        body = body[1:-1].strip()
    body = _REPORTED.sub("", body)
    roles = list(_role().finditer(body))
    # in a credit in brackets any short employer may come first: （总台央视记者 王明）
    if not roles or not (
        roles[0].start() == 0 or (credit and _EMPLOYER_ANY.fullmatch(body, 0, roles[0].start()))
    ):
        return None
    names: list[str] = []
    for role, following in zip(roles, [*roles[1:], None], strict=True):
        end = following.start() if following else len(body)
        found = split_names(body[role.end() : end].strip("：: "))
        if found is None:
            return None
        names.extend(found)
    return tuple(names)


def _marked_names(text: str) -> tuple[str, ...] | None:
    """The names of a byline with no role, after a byline mark: □ 王明, ■ 王明 李红.

    Each name is two or three characters from a surname: a mark before a heading or a
    note (□ 相关阅读) names no one.
    """
    if text.lstrip(SPACES + " \t")[:1] not in _MARKS:
        return None
    names = split_names(text.strip(_MARKS + SPACES + " \t"))
    if names is None or len(names) > _MARKED_MOST:
        return None
    first = surnames()
    return names if all(len(n) <= 3 and n[0] in first for n in names) else None


_DATELINE = re.compile(
    rf"^(?:本报|新华社|中新社)?[{_CJK}]{{0,10}}?(?:\d{{1,2}}月\d{{1,2}}日)?电?讯?\s{{0,3}}"
    rf"[{_OPEN}]([^{_OPEN}{_CLOSE}]{{2,40}})[{_CLOSE}]"
)
_WIRED = re.compile(r"\d{1,2}日电")  # a dated wire: 8月13日电
_CLOSING = re.compile(rf"[{_OPEN}]([^{_OPEN}{_CLOSE}]{{2,40}})[{_CLOSE}]$")


def dateline_names(paragraph: str) -> tuple[str, ...]:
    """Reporters named in an opening dateline or a closing bracketed byline.

    >>> dateline_names("本报杭州1月21日电（记者 赵刚）今年以来，……")
    ('赵刚',)
    >>> dateline_names("……成效明显。（本报记者 孙丽）")
    ('孙丽',)
    >>> dateline_names("某某网杭州8月13日电（王明 李红）今年以来，……")
    ('王明', '李红')
    """
    names: list[str] = list(_dateline_names(_DATELINE.search(paragraph)) or ())
    # the closing byline is at most 42 characters long: look only there
    closing = _CLOSING.search(paragraph, len(paragraph) - 42)
    if closing:
        names.extend(byline_names(closing.group(1)) or ())
    return tuple(dict.fromkeys(names))


def _dateline_names(match: re.Match[str] | None) -> tuple[str, ...] | None:
    """The names in a dateline's brackets: after a role, or alone after a date and 电.

    中新网杭州8月13日电（王明 李红）: a wire's dateline names its reporters bare.
    """
    if match is None:
        return None
    names = byline_names(match.group(1))
    if names is None and _WIRED.search(match.group(), 0, match.start(1)):
        names = split_names(match.group(1))
    return names


def dateline(paragraph: str) -> str:
    """The dateline that opens a paragraph ("本报杭州1月21日电（记者 赵刚）"), or ``""``.

    >>> dateline("本报杭州1月21日电（记者 赵刚）今年以来，……"), dateline("今年以来，……")
    ('本报杭州1月21日电（记者 赵刚）', '')
    """
    match = _DATELINE.search(paragraph)
    return match.group() if match and _dateline_names(match) else ""


_CREDIT = re.compile(
    rf"^(?P<who>[^。！？，]{{2,24}}?)\s*/?\s*摄影?(?:\s*[{_OPEN}][^{_CLOSE}]{{1,12}}[{_CLOSE}])?$"
)
_INLINE_CREDIT = re.compile(
    rf"[。！？]\s*(?P<who>[^。！？，]{{2,24}}?)\s*/?\s*摄影?(?:\s*[{_OPEN}][^{_CLOSE}]{{1,12}}[{_CLOSE}])?$"
)


def credit_names(text: str) -> tuple[str, ...] | None:
    """The photographers of a credit line ("程学虎摄（影像中国）"); ``()`` for "(资料图片)".

    ``None`` when the line is not a credit.

    >>> credit_names("程学虎摄（影像中国）"), credit_names("(资料图片)"), credit_names("摄影展开幕")
    (('程学虎',), (), None)
    """
    body = text.strip(SPACES + " ")
    if body[:1] in _OPEN and body[-1:] in _CLOSE and body[1:-1].strip() in word_list("credits"):
        return ()
    match = _CREDIT.match(body)
    return _photographers(match.group("who")) if match else None


def caption_credit(paragraph: str) -> tuple[str, ...] | None:
    """The photographers of a credit that closes a caption ("……采挖莲藕。程学虎摄").

    ``()`` for a credit without a name ("……茶园。（资料图片）"); ``None`` for no credit.

    >>> caption_credit("图为茶园。程学虎摄"), caption_credit("图为茶园。（资料图片）")
    (('程学虎',), ())
    """
    body = paragraph.strip(SPACES + " ")
    if body[-1:] in _CLOSE:
        opened = max(body.rfind(mark) for mark in _OPEN)
        before = body[:opened].rstrip(SPACES + " ")
        if opened > 0 and before[-1:] in "。！？" and credit_names(body[opened:]) == ():
            return ()
    if "摄" not in paragraph:
        return None  # the pattern would try every sentence end
    match = _INLINE_CREDIT.search(body)
    return _photographers(match.group("who")) if match else None


def _photographers(who: str) -> tuple[str, ...] | None:
    who = who.strip(SPACES + " ")
    role = _role().match(who)
    return split_names(who[role.end() :] if role else who)


@functools.cache
def _editor_role() -> re.Pattern[str]:
    return re.compile(rf"({alternation('editor_roles')})[：:]?")


def editor_people(text: str) -> tuple[Person, ...] | None:
    """The people of a page-editor line, each with their role; else ``None``.

    >>> editor_people("本版编辑 钱进 吴芳 美编 郑强")  # doctest: +NORMALIZE_WHITESPACE
    (Person(name='钱进', role='本版编辑'), Person(name='吴芳', role='本版编辑'),
     Person(name='郑强', role='美编'))
    """
    body = text.strip(SPACES + " ")
    if body[:1] in _OPEN and body[-1:] in _CLOSE:
        body = body[1:-1].strip()
    if not _editor_role().match(body):
        return None  # an editor line opens with a role
    roles = list(_editor_role().finditer(body))
    people: list[Person] = []
    for role, following in zip(roles, [*roles[1:], None], strict=True):
        end = following.start() if following else len(body)
        names = split_names(body[role.end() : end].strip())
        if names is None:
            return None
        people.extend(Person(name, role.group(1)) for name in names)
    return tuple(people)
