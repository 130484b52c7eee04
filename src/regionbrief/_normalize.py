"""Text as the parser reads it: look-alike characters made ordinary, and pages that are not.

``parse`` runs every page through ``normalize`` first:

* full-width digits and Latin letters become ASCII (１２３ 123, ＧＤＰ GDP); full-width
  punctuation stays as it is, since ，。：；！？（）“” carry meaning the parser relies on;
* CJK radicals that PDF fonts and OCR emit for ordinary characters (⻄ for 西, ⼯ for 工)
  and compatibility ideographs (U+F900..U+FAFF, U+2F800..U+2FA1F) become the ordinary
  characters (``data/radicals.tsv``; NFKC for the rest);
* zero-width characters and soft hyphens are removed;
* ASCII clause marks beside Chinese (增长5%,比上年: web copies write them) become the
  full-width marks the parser reads (，；：！？), and ASCII brackets around Chinese
  become （）; 1,000, 8:30 and (1) keep theirs.

Each character maps to one character or none, and never to a line break, so lines stay
the lines of the input.  U+00A0 and U+3000 are spaces already (``str.isspace``) and are
kept: indentation with U+3000 tells web text's paragraphs apart.

``check`` then refuses what is not a page of simplified Chinese: nothing but whitespace,
no Chinese at all, or traditional script (docs/errors.md says why, and what to do).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from regionbrief._errors import InputError
from regionbrief._vocab import table, word_list

_ZERO_WIDTH = "\u00ad\u200b\u200c\u200d\u2060\ufeff"  # soft hyphen, zero-width, BOM
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002ebef]")
# ASCII clause marks in Chinese text (web copies write 增长5%,比上年…): the full-width mark
# when a Chinese character or quote stands on either side; 1,000 and 8:30 keep theirs
_CJK_SIDE = "\u4e00-\u9fff“”‘’（）《》「」"
_HALF_MARK = re.compile(f"[,;:!?](?:(?<=[{_CJK_SIDE}%].)|(?=[{_CJK_SIDE}]))")  # 5%;
_FULL = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？"}
# an ASCII pair of brackets around Chinese: full-width; (1) and (GDP) keep theirs
_HALF_ASIDE = re.compile(r"\(([^()\n]{1,80})\)")
_TRADITIONAL_SHARE = 0.1  # of a page's Chinese characters: a traditional-script page
_TRADITIONAL_LEAST = 20  # characters: a few quoted names do not make a page traditional


@functools.cache
def _table() -> tuple[re.Pattern[str], dict[int, str | None]]:
    """The characters to change, as a pattern that finds them, and the translation table."""
    mapping: dict[int, str | None] = dict.fromkeys(map(ord, _ZERO_WIDTH))
    wide = [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]
    mapping.update((code, chr(code - 0xFEE0)) for code in wide)  # ０ 0, Ａ A, ａ a
    compatible = [*range(0x2F00, 0x2FD6), *range(0xF900, 0xFB00), *range(0x2F800, 0x2FA20)]
    for code in compatible:
        ordinary = unicodedata.normalize("NFKC", chr(code))
        if len(ordinary) == 1 and ordinary != chr(code):
            mapping[code] = ordinary
    mapping.update(
        (int(radical, 16), chr(int(ideograph, 16))) for radical, ideograph, *_ in table("radicals")
    )
    # ranges, not 1,400 single characters: a class that long is checked one by one
    blocks = (
        "\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u2e80-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f"
    )
    return re.compile(f"[{_ZERO_WIDTH}{blocks}]"), mapping


def normalize(text: str) -> str:
    r"""The text with look-alike characters made ordinary (see the module's notes).

    >>> normalize("⻄安市ＧＤＰ增长５%\u200b")
    '西安市GDP增长5%'
    >>> normalize("收入1,000万元(含补贴),增长5%;")
    '收入1,000万元（含补贴），增长5%；'
    """
    pattern, mapping = _table()
    if pattern.search(text):
        text = text.translate(mapping)
    if _HALF_MARK.search(text):
        text = _HALF_MARK.sub(_full_mark, text)
    if "(" in text:
        text = _HALF_ASIDE.sub(_full_aside, text)
    return text


def _full_mark(match: re.Match[str]) -> str:
    return _FULL[match.group()]


def _full_aside(match: re.Match[str]) -> str:
    inside = match.group(1)
    return f"（{inside}）" if _HAN.search(inside) else match.group()


@functools.cache
def _traditional() -> re.Pattern[str]:
    return re.compile("[" + "".join(word_list("traditional")) + "]")


def check(text: str, source: str | None) -> None:
    """Refuse text that is not a page of simplified Chinese, saying what it is.

    Raises:
        InputError: the text is empty or whitespace, holds no Chinese, or is written
            in traditional script.
    """
    if not text.strip():
        raise InputError(source, "empty: no text to parse")
    if not _HAN.search(text):
        raise InputError(source, "no Chinese text: regionbrief reads Chinese news pages")
    traditional = len(_traditional().findall(text))
    if traditional >= _TRADITIONAL_LEAST and traditional >= _TRADITIONAL_SHARE * len(
        _HAN.findall(text)
    ):
        raise InputError(
            source,
            "traditional Chinese script: regionbrief reads simplified Chinese;"
            " convert the text first (for example with OpenCC's t2s), see docs/errors.md",
        )
