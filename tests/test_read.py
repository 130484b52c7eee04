"""Reading files: encodings, line ends, and an InputError for each bad input."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

import regionbrief
from regionbrief import InputError

PAGE = "区域经济\n\n# 某县加快发展特色产业\n\n本报记者 王明\n\n某县今年以来新增企业120家。\n"


class TestEncodings:
    @pytest.mark.parametrize(
        ("name", "data"),
        [
            ("utf-8", PAGE.encode("utf-8")),
            ("utf-8 with BOM", codecs.BOM_UTF8 + PAGE.encode("utf-8")),
            ("gbk", PAGE.encode("gbk")),
            ("gb18030", PAGE.encode("gb18030")),
            ("utf-16", PAGE.encode("utf-16")),
            ("crlf", PAGE.replace("\n", "\r\n").encode("utf-8")),
            ("cr", PAGE.replace("\n", "\r").encode("gbk")),
        ],
    )
    def test_detected(self, tmp_path: Path, name: str, data: bytes) -> None:
        """Every common encoding and line end gives the same page."""
        path = tmp_path / f"{name}.txt"
        path.write_bytes(data)
        brief = regionbrief.load(path)
        assert ("区域经济", "某县加快发展特色产业", ("王明",)) == (
            brief.title,
            brief.articles[0].title,
            brief.articles[0].reporters,
        )
        assert (3, 7) == brief.articles[0].lines

    def test_explicit_encoding(self, tmp_path: Path) -> None:
        """A caller-given encoding is used as is."""
        path = tmp_path / "page.txt"
        path.write_bytes(PAGE.encode("gb2312"))
        assert "区域经济" == regionbrief.load(path, encoding="gb2312").title

    def test_source_is_file_name(self, tmp_path: Path) -> None:
        """load() keeps the file's name as the Brief's source."""
        path = tmp_path / "2024-01-02.txt"
        path.write_text(PAGE, encoding="utf-8")
        assert "2024-01-02.txt" == regionbrief.load(path).source


def _error(path: Path, **kwargs: object) -> InputError:
    with pytest.raises(InputError) as info:
        regionbrief.load(path, **kwargs)  # type: ignore[arg-type]
    return info.value


class TestInputError:
    def test_missing(self, tmp_path: Path) -> None:
        """A missing file names the path."""
        error = _error(tmp_path / "nope.txt")
        assert (str(tmp_path / "nope.txt"), "no such file") == (error.path, error.reason)

    def test_directory(self, tmp_path: Path) -> None:
        """A directory is refused."""
        assert "is a directory" in str(_error(tmp_path))

    @pytest.mark.parametrize(
        ("data", "what"),
        [
            (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "not a readable PDF"),
            (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
            (b"PK\x03\x04\x14\x00\x00\x00", "a zip archive"),
            (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
            (b"abc\x00\x01\x02\x03def", "binary data"),
        ],
    )
    def test_binary(self, tmp_path: Path, data: bytes, what: str) -> None:
        """Binary files say what they look like."""
        path = tmp_path / "page.txt"
        path.write_bytes(data)
        error = _error(path)
        assert str(path) == error.path
        assert what in error.reason

    def test_undecodable(self, tmp_path: Path) -> None:
        """Bytes that are neither UTF-8 nor GB18030 name the line and byte."""
        path = tmp_path / "page.txt"
        path.write_bytes("第一行\n第二行".encode() + b"\n\x80\x20\xff")
        error = _error(path)
        assert 3 == error.line
        assert "not text" in error.reason
        assert str(error).startswith(f"{path}: line 3: not text")

    def test_wrong_explicit_encoding(self, tmp_path: Path) -> None:
        """A caller-given encoding that does not fit is reported, not guessed around."""
        path = tmp_path / "page.txt"
        path.write_bytes(PAGE.encode("gbk"))
        assert "not text in utf-8" in str(_error(path, encoding="utf-8"))

    def test_unknown_encoding(self, tmp_path: Path) -> None:
        """An unknown encoding name is an InputError, not a LookupError."""
        path = tmp_path / "page.txt"
        path.write_text(PAGE, encoding="utf-8")
        assert "unknown encoding 'klingon'" in str(_error(path, encoding="klingon"))

    @pytest.mark.parametrize("text", ["", "\n\n", " \u3000\n\t\n"])
    def test_empty(self, tmp_path: Path, text: str) -> None:
        """An empty or blank file has nothing to parse."""
        path = tmp_path / "page.txt"
        path.write_text(text, encoding="utf-8")
        assert "empty" in _error(path).reason

    def test_control_characters(self, tmp_path: Path) -> None:
        """Text full of control characters is binary, whatever it decodes as."""
        path = tmp_path / "page.txt"
        path.write_bytes(b"\x01\x02\x03\x04\x05\x06\x07\x08" * 10)
        assert "control characters" in _error(path).reason

    @pytest.mark.parametrize(
        "control", [chr(c) for c in (0x01, 0x08, 0x0E, 0x1B, 0x7F, 0x85, 0x9F)]
    )
    def test_any_control_character_counts(self, tmp_path: Path, control: str) -> None:
        """Control characters (Cc, C1 too) are binary; NUL and CR have rules of their own."""
        path = tmp_path / "page.txt"
        path.write_text(PAGE + control * 10, encoding="utf-8", newline="")
        assert "control characters" in _error(path).reason

    @pytest.mark.parametrize("space", ["\t", "\v", "\f"])
    def test_whitespace_controls_are_text(self, tmp_path: Path, space: str) -> None:
        """Tab, vertical tab and form feed are layout, not binary data."""
        path = tmp_path / "page.txt"
        path.write_text(PAGE + space * 10, encoding="utf-8")
        assert regionbrief.load(path).articles

    def test_parse_wants_str(self) -> None:
        """parse() of bytes is an InputError naming the type."""
        with pytest.raises(InputError, match="not bytes"):
            regionbrief.parse(b"page")  # type: ignore[arg-type]

    def test_pickles(self) -> None:
        """Errors cross process boundaries intact."""
        import pickle  # noqa: PLC0415

        error = InputError("page.txt", "not text", line=3)
        again = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own object
        assert (str(error), again.line) == (str(again), 3)


class TestParseText:
    def test_line_ends(self) -> None:
        """parse() reads CRLF and CR line ends as load() does."""
        expected = regionbrief.parse(PAGE)
        assert expected == regionbrief.parse(PAGE.replace("\n", "\r\n"))
        assert expected == regionbrief.parse(PAGE.replace("\n", "\r"))
