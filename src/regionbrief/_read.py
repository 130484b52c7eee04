r"""Bytes to text: encoding detection and line ends, with clear errors.

UTF-8 (with or without BOM) is tried first, then GB18030, the superset of GBK
and GB2312 that Chinese e-paper exports use.  Line ends become ``\\n``.
"""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

from regionbrief._errors import InputError

# Magic numbers of the binary files users most often hand us by mistake.
_MAGIC = (
    (b"%PDF-", "a PDF file (install regionbrief[pdf] to read PDFs)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a zip archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)
_MAX_CONTROL_SHARE = 0.01  # more control characters than this is not text
# control characters (Unicode category Cc) other than the whitespace ones \t \n \v \f
_CONTROL = re.compile("[\x00-\x08\x0d-\x1f\x7f-\x9f]")


def read_text(path: str | os.PathLike[str], encoding: str | None = None) -> str:
    r"""The text of a file, decoded and with ``\\n`` line ends.

    Raises:
        InputError: the file is missing, a directory, unreadable, binary or
            not decodable; the message names the path and the reason.
    """
    name = os.fspath(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError as exc:
        raise InputError(name, "no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(name, "is a directory, not a file") from exc
    except PermissionError as exc:
        raise InputError(name, "permission denied") from exc
    except OSError as exc:
        raise InputError(name, f"cannot read ({exc.strerror or exc})") from exc
    return decode(data, name, encoding)


def is_pdf(path: str | os.PathLike[str]) -> bool:
    """Whether a file is a PDF, by its name or its first bytes."""
    if os.fspath(path).lower().endswith(".pdf"):
        return True
    try:
        with Path(path).open("rb") as stream:
            return stream.read(5) == b"%PDF-"
    except OSError:
        return False


def decode(data: bytes, name: str | None = None, encoding: str | None = None) -> str:
    r"""Decode page bytes, detecting UTF-8 (BOM or not) and GB18030.

    >>> decode("杭州\r\n宁波\r温州".encode("gb18030"))
    '杭州\n宁波\n温州'
    """
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(name, f"not text: {what}")
    text = _decode_explicit(data, name, encoding) if encoding else _decode_detected(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    _check_is_text(text, name)
    return text


def _decode_explicit(data: bytes, name: str | None, encoding: str) -> str:
    try:
        codecs.lookup(encoding)
    except LookupError as exc:
        raise InputError(name, f"unknown encoding {encoding!r}") from exc
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise _undecodable(data, name, exc, encoding) from exc


def _decode_detected(data: bytes, name: str | None) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return _decode_explicit(data[len(codecs.BOM_UTF8) :], name, "utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_explicit(data, name, "utf-16")
    if b"\x00" in data:
        raise InputError(name, "not text: binary data (NUL bytes)", _line_of(data, data.index(0)))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        try:
            return data.decode("gb18030")
        except UnicodeDecodeError:
            raise _undecodable(data, name, utf8_error, "UTF-8 or GB18030") from utf8_error


def _undecodable(data: bytes, name: str | None, exc: UnicodeDecodeError, tried: str) -> InputError:
    byte = data[exc.start]
    return InputError(
        name,
        f"not text in {tried} (byte 0x{byte:02x} at offset {exc.start})",
        _line_of(data, exc.start),
    )


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _check_is_text(text: str, name: str | None) -> None:
    first = _CONTROL.search(text)
    if first and len(_CONTROL.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        line = text.count("\n", 0, first.start()) + 1
        raise InputError(name, "not text: binary data (control characters)", line)
