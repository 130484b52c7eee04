"""Numbers as Chinese news writes them: Arabic, full-width and Chinese numerals, with magnitudes.

>>> number("157.62"), number("1,500"), number("１２３"), number("三十二"), number("两千")
(Decimal('157.62'), Decimal('1500'), Decimal('123'), Decimal('32'), Decimal('2000'))
>>> number("一百二十"), number("1.5万"), number("3千亿"), number("十四")
(Decimal('120'), Decimal('15000'), Decimal('300000000000'), Decimal('14'))
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal, InvalidOperation

DIGITS = "零〇一二两三四五六七八九"
_DIGIT = {ch: i for i, ch in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_SMALL = {"十": 10, "百": 100, "千": 1000}
MAGNITUDES = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．％", "0123456789.%")  # not ，: it ends clauses
_FULL_WIDTH_CHARS = re.compile("[０-９．％]")
# a number (or a range of two: 1-9) with spaces after it before a Chinese character or %
_SPACED = re.compile(r"(\d(?<![\d.,]\d)[\d.,]*(?:[-—–~～至]\d[\d.,]*)?)( +)(?=[^\x00-\x7f]|%)")
# Bounded repeats: a pattern that can take any number of digits backtracks over all of
# them wherever it fails, which on a long run of digits takes time in its square.
ARABIC_REST = r"(?:,\d{3}){0,6}(?:\.\d{1,19})?"  # after the first digit: 1,280.5
ARABIC = r"\d{1,19}" + ARABIC_REST
CHINESE = rf"[{DIGITS}十百千万亿]+"
_MAGNITUDE = re.compile(r"(万亿|千亿|百亿|十亿|千万|百万|十万|亿|万|千|百)$")


def ascii_digits(text: str) -> str:
    """Full-width digits, point, comma and percent sign as ASCII (one character each).

    Text from PDFs and word processors often spaces a number off from its unit or
    date word (完成10.43 亿元, 1-9 月份, 2023 年): the spaces move to before the
    number, so that it touches what it counts and every offset stays that of the text.

    >>> ascii_digits("增长１２．５％")
    '增长12.5%'
    >>> ascii_digits("完成10.43 亿元")
    '完成 10.43亿元'
    """
    if _FULL_WIDTH_CHARS.search(text):
        text = text.translate(_FULL_WIDTH)
    return _SPACED.sub(r"\2\1", text) if " " in text else text


def number(text: str) -> Decimal | None:
    """The value of a number as written, magnitudes multiplied out; ``None`` if not one."""
    text = ascii_digits(text).strip()
    if not text:
        return None
    if not text[0].isdigit():
        return chinese(text)  # 一百七十万: Chinese numerals carry their own magnitudes
    magnitude = _MAGNITUDE.search(text)
    head = text[: magnitude.start()] if magnitude else text
    factor = magnitude_of(magnitude.group()) if magnitude else Decimal(1)
    if not head:
        return None if magnitude is None else factor
    value = arabic(head)
    return None if value is None else tidy(value * factor)


def tidy(value: Decimal) -> Decimal:
    """A value without trailing zeros: 15000.0 is 15000, 1.50 is 1.5.

    >>> tidy(Decimal("15000.0")), tidy(Decimal("1.50"))
    (Decimal('15000'), Decimal('1.5'))
    """
    if value == value.to_integral_value():
        return Decimal(int(value))  # exact at any size (quantize fails past 28 digits)
    return value.normalize()


def magnitude_of(prefix: str) -> Decimal:
    """The factor of a magnitude prefix: 万 10^4, 亿 10^8, 千亿 10^11 ...

    >>> magnitude_of("万"), magnitude_of("千亿")
    (Decimal('10000'), Decimal('100000000000'))
    """
    factor = Decimal(1)
    for ch in prefix:
        factor *= MAGNITUDES[ch]
    return factor


def arabic(text: str) -> Decimal | None:
    """The value of Arabic digits with thousands separators and a decimal point."""
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


@functools.lru_cache(maxsize=1024)  # a few numerals (一, 两, 三十) come again and again
def chinese(text: str) -> Decimal | None:
    """The value of a Chinese numeral: 三十二, 一百二十, 两千零五, 三万五千, 一亿二千万.

    >>> chinese("两千零五"), chinese("三万五千"), chinese("一亿二千万"), chinese("二〇二三")
    (Decimal('2005'), Decimal('35000'), Decimal('120000000'), Decimal('2023'))
    """
    if not text or any(ch not in _DIGIT and ch not in MAGNITUDES for ch in text):
        return None
    if all(ch in _DIGIT for ch in text):  # digit by digit: 二〇二三
        return Decimal("".join(str(_DIGIT[ch]) for ch in text))
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in "零〇":
            digit = None  # a placeholder: 一万零五百, 十亿零十万
        elif ch in _DIGIT:
            digit = _DIGIT[ch]
        elif ch in _SMALL:
            section += (1 if digit is None else digit) * _SMALL[ch]
            digit = None
        else:  # 万 or 亿 closes a section
            section += digit or 0
            total = (
                (total + section) * MAGNITUDES[ch]
                if ch == "亿"
                else total + section * MAGNITUDES[ch]
            )
            section, digit = 0, None
    return Decimal(total + section + (digit or 0))
