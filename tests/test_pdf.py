"""PDF input: errors first; the typeset fixtures in tests/data give their articles."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

import regionbrief
from regionbrief import InputError, _pdf
from regionbrief._cli import main

DATA = Path(__file__).resolve().parent / "data"
FIXTURES = sorted(DATA.glob("page*.pdf"))
HAVE_PDF = importlib.util.find_spec("pypdfium2") is not None
needs_pdf = pytest.mark.skipif(not HAVE_PDF, reason="the pdf extra is not installed")


def _error(path: Path, **kwargs: Any) -> InputError:  # noqa: ANN401
    with pytest.raises(InputError) as info:
        regionbrief.load(path, **kwargs)
    return info.value


class TestWithoutExtra:
    def test_without_extra(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without the pdf extra, a PDF says how to install it (runs with or without it)."""
        if HAVE_PDF:
            monkeypatch.setattr(_pdf, "_pdfium", lambda: None)
        error = _error(FIXTURES[0])
        assert (
            str(FIXTURES[0]),
            "reading PDFs needs the pdf extra: pip install 'regionbrief[pdf]'",
        ) == (
            error.path,
            error.reason,
        )


@needs_pdf
class TestPdfErrors:
    def test_not_a_pdf(self, tmp_path: Path) -> None:
        """A file named .pdf that is not one is refused, naming it."""
        path = tmp_path / "page.pdf"
        path.write_bytes(b"%PDF-1.7\nthis is not really a PDF\n")
        assert "not a readable PDF" in _error(path).reason

    def test_missing(self, tmp_path: Path) -> None:
        """A missing PDF is a missing file."""
        assert "no such file" == _error(tmp_path / "gone.pdf").reason

    def test_page_out_of_range(self) -> None:
        """A page the PDF does not have names the page count."""
        assert "no page 9: the PDF has 1 page(s)" == _error(FIXTURES[0], page=9).reason

    @pytest.mark.parametrize("page", [0, -1, "2", True, 1.5])
    def test_bad_page(self, page: object) -> None:
        """page must be a whole number from 1."""
        assert "page must be a whole number from 1" in _error(FIXTURES[0], page=page).reason

    def test_text_file_has_one_page(self, tmp_path: Path) -> None:
        """Asking a text file for page 2 is an error, not page 1."""
        path = tmp_path / "page.txt"
        path.write_text("# 某县产业提速\n\n某县今年新增企业120家。\n", encoding="utf-8")
        assert "no page 2: a text file has one page" == _error(path, page=2).reason

    @pytest.mark.parametrize(
        ("name", "reason"),
        [
            ("encrypted.pdf", "encrypted"),
            ("scanned.pdf", "no text layer"),
        ],
    )
    def test_unreadable(self, name: str, reason: str) -> None:
        """Encrypted PDFs and scans without text say so."""
        assert reason in _error(DATA / name).reason


def _expected(pdf: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(pdf.with_suffix(".expected.json").read_text(encoding="utf-8"))
    return data


@needs_pdf
@pytest.mark.parametrize("pdf", FIXTURES, ids=[p.stem for p in FIXTURES])
class TestFixtures:
    def test_articles(self, pdf: Path) -> None:
        """Each typeset page gives its articles: kind, title, reporters, source, in order."""
        want = _expected(pdf)
        brief = regionbrief.load(pdf)
        assert want["title"] == brief.title
        assert [
            (a["kind"], a["title"], tuple(a["reporters"]), a["source"]) for a in want["articles"]
        ] == [(str(a.kind), a.title, a.reporters, a.source) for a in brief.articles]

    def test_anchors(self, pdf: Path) -> None:
        """Each article's distinctive text lands in that article."""
        brief = regionbrief.load(pdf)
        for want, got in zip(_expected(pdf)["articles"], brief.articles, strict=False):
            text = "".join(got.paragraphs)
            assert [a for a in want["anchors"] if a not in text] == [], want["title"]

    def test_joins(self, pdf: Path) -> None:
        """Sentences broken at line and column ends are whole again."""
        text = "\n".join(p for a in regionbrief.load(pdf).articles for p in a.paragraphs)
        assert [j for j in _expected(pdf).get("joins", []) if j not in text] == []

    def test_source(self, pdf: Path) -> None:
        """source names the file and the page."""
        assert f"{pdf.name}#p1" == regionbrief.load(pdf).source


@needs_pdf
class TestManyPages:
    def test_parse_many_pages(self) -> None:
        """parse_many gives one Brief per PDF page, in order."""
        briefs = list(regionbrief.parse_many(FIXTURES, workers=1))
        assert [f"{p.name}#p1" for p in FIXTURES] == [b.source for b in briefs]

    def test_cli(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The command line reads PDFs too."""
        assert 0 == main(["parse", str(FIXTURES[0]), "--format", "jsonl"])
        assert f"{FIXTURES[0].name}#p1" == json.loads(capsys.readouterr().out)["source"]
