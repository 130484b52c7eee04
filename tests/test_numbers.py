"""Numbers: every figure reads the same in Arabic digits and in Chinese numerals."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import regionbrief
from regionbrief._numbers import chinese, number

DIGITS = "零一二三四五六七八九"


def _section(n: int) -> str:
    """0 < n < 10000 in Chinese, as newspapers write it (一千零五, 三百二十, 十五)."""
    out, zero = "", False
    for value, mark in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // value % 10
        if digit:
            if zero and out:
                out += "零"
            out += DIGITS[digit] + mark
            zero = False
        elif out:
            zero = True
    return "十" + out.removeprefix("一十") if 10 <= n < 20 else out  # 十五, not 一十五


def to_chinese(n: int) -> str:
    """A non-negative integer in Chinese numerals (a reference writer for the tests)."""
    if n == 0:
        return "零"
    parts, out = [], ""
    for unit in ("亿", "万", ""):
        size = {"亿": 10**8, "万": 10**4, "": 1}[unit]
        parts.append((n // size % 10**4 if unit != "亿" else n // size, unit))
    started = False
    for value, unit in parts:
        if value:
            if started and value < 1000:
                out += "零"
            out += (to_chinese(value) if value >= 10**4 else _section(value)) + unit
            started = True
        elif started:
            continue
    return out.replace("零零", "零")


class TestChinese:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("十", 10),
            ("十五", 15),
            ("二十", 20),
            ("三十二", 32),
            ("一百二十", 120),
            ("两千", 2000),
            ("两千零五", 2005),
            ("三万五千", 35000),
            ("一亿二千万", 120_000_000),
            ("二〇二三", 2023),
            ("一万零五百", 10500),
            ("九十九", 99),
            ("十万", 100_000),
        ],
    )
    def test_table(self, text: str, value: int) -> None:
        """Chinese numerals as newspapers write them."""
        assert Decimal(value) == chinese(text)

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("157.62", "157.62"),
            ("1,500", "1500"),
            ("１２３", "123"),
            ("1.5万", "15000"),
            ("3千亿", "300000000000"),
            ("0.8", "0.8"),
            ("12.50", "12.5"),
        ],
    )
    def test_arabic(self, text: str, value: str) -> None:
        """Arabic, full-width and mixed forms, magnitudes multiplied out."""
        assert Decimal(value) == number(text)

    def test_not_numbers(self) -> None:
        """Text that is not a number is None."""
        assert (None, None) == (number("元"), chinese("三个"))


class TestProperties:
    @given(st.integers(min_value=0, max_value=10**12 - 1))
    def test_same_in_both_scripts(self, n: int) -> None:
        """Any figure written in Arabic digits and in Chinese numerals parses to the same value."""
        assert number(str(n)) == number(to_chinese(n)) == Decimal(n)

    @given(st.integers(min_value=1, max_value=9999), st.sampled_from(["万", "亿"]))
    def test_magnitudes(self, n: int, magnitude: str) -> None:
        """A count of 万 or 亿 reads the same whichever script the count is in."""
        assert number(f"{n}{magnitude}") == number(f"{to_chinese(n)}{magnitude}")

    @given(st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False))
    def test_thousands_separators(self, value: Decimal) -> None:
        """Thousands separators do not change a value."""
        assert number(f"{value:,}") == number(f"{value}")

    @given(st.integers(min_value=1, max_value=100))
    def test_percent_in_words(self, n: int) -> None:
        """百分之十五 in a paragraph is the figure 15%, as 15% is."""
        page = "# 某县经济稳步增长\n\n全县工业产值增长{}。"
        words, digits = (
            regionbrief.parse(page.format(form)).articles[0].metrics
            for form in (f"百分之{to_chinese(n)}", f"{n}%")
        )
        assert [(m.value, m.unit, m.change) for m in words] == [
            (m.value, m.unit, m.change) for m in digits
        ]
        assert [(m.value, m.unit) for m in words] == [(Decimal(n), "%")]
