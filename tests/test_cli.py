"""The command line, called in-process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import regionbrief
from regionbrief._cli import main
from tests.conftest import SEED


class TestParse:
    def test_json_is_dumps(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--format json on one file prints exactly dumps(load(PATH), indent=2)."""
        assert 0 == main(["parse", str(SEED), "--format", "json"])
        assert regionbrief.dumps(regionbrief.load(SEED), indent=2) + "\n" == capsys.readouterr().out

    def test_json_many(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Several files in json format make one JSON array."""
        assert 0 == main(["parse", str(SEED), str(SEED)])
        out = json.loads(capsys.readouterr().out)
        assert 2 == len(out)

    def test_jsonl(self, capsys: pytest.CaptureFixture[str]) -> None:
        """jsonl prints one Brief per line, each loadable."""
        assert 0 == main(["parse", str(SEED), str(SEED), "--format", "jsonl"])
        lines = capsys.readouterr().out.splitlines()
        assert [regionbrief.load(SEED)] * 2 == [regionbrief.loads(x) for x in lines]

    def test_table(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The table shows each article's id, kind, lines, title and reporters."""
        assert 0 == main(["parse", str(SEED), "--format", "table"])
        out = capsys.readouterr().out.splitlines()
        assert out[0].startswith("000_c7c3f821600da765.txt: 各地新亮点")
        assert ["id", "kind", "lines", "title", "reporters"] == out[1].split()
        assert ["a1", "news", "5-33", "郑州加速迈向先进制造业高地", "夏先清", "杨子佩"] == out[
            2
        ].split()

    def test_published(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--published sets the page's date, not estimated."""
        assert 0 == main(["parse", str(SEED), "--published", "2024-01-02"])
        out = json.loads(capsys.readouterr().out)
        assert ("2024-01-02", False) == (out["published"], out["published_estimated"])


class TestErrors:
    def test_missing_file(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A bad input gives one line on stderr and exit status 2."""
        missing = tmp_path / "missing.txt"
        assert 2 == main(["parse", str(missing)])
        captured = capsys.readouterr()
        assert ("", f"regionbrief: error: {missing}: no such file\n") == (
            captured.out,
            captured.err,
        )

    def test_binary(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A binary file is refused in one line, never a traceback."""
        path = tmp_path / "scan.png"
        path.write_bytes(b"\x89PNG\r\n\x1a\n")
        assert 2 == main(["parse", str(path)])
        err = capsys.readouterr().err
        assert 1 == len(err.splitlines())
        assert "not text: a PNG image" in err

    def test_bad_date(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A malformed --published is a usage error (argparse's status 2)."""
        with pytest.raises(SystemExit) as info:
            main(["parse", str(SEED), "--published", "27/12/2023"])
        assert 2 == info.value.code
        assert "not a date" in capsys.readouterr().err

    def test_python_m(self, tmp_path: Path) -> None:
        """python -m regionbrief runs the same command line."""
        done = subprocess.run(
            [sys.executable, "-m", "regionbrief", "parse", str(tmp_path / "x.txt")],
            capture_output=True,
            text=True,
            check=False,
        )
        assert (2, "") == (done.returncode, done.stdout)
        assert 1 == len(done.stderr.splitlines())


class TestRecords:
    def test_regions_csv(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--what regions --format csv prints one row per region with code and path."""
        import csv  # noqa: PLC0415

        assert 0 == main(["parse", str(SEED), "--what", "regions", "--format", "csv"])
        rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
        first = rows[0]
        assert ("a1", "郑州市", "410100", "河南省/郑州市", "True") == (
            first["article"],
            first["name"],
            first["code"],
            first["path"],
            first["main"],
        )
        assert {"a1", "a2"} <= {r["article"] for r in rows}

    def test_articles_csv(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--format csv alone prints one row per article."""
        import csv  # noqa: PLC0415

        assert 0 == main(["parse", str(SEED), "--format", "csv"])
        rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
        assert len(regionbrief.load(SEED).articles) == len(rows)
        assert "郑州加速迈向先进制造业高地" == rows[0]["title"]

    def test_regions_jsonl(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Records come as JSON objects too, one per line."""
        assert 0 == main(["parse", str(SEED), "--what", "regions", "--format", "jsonl"])
        rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert all({"source", "article", "name", "code"} <= set(r) for r in rows)

    def test_empty_kind_has_header(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A kind with no rows still prints its csv header."""
        assert 0 == main(["parse", str(SEED), "--what", "people", "--format", "csv"])
        assert capsys.readouterr().out.startswith("source,published,article,name,role")

    def test_bad_what(self) -> None:
        """An unknown --what is a usage error."""
        with pytest.raises(SystemExit):
            main(["parse", str(SEED), "--what", "cities"])


class TestBrokenPipe:
    def test_reader_leaving_early_is_no_traceback(self) -> None:
        """``regionbrief parse ... | head -1``: the output stops quietly, with no traceback."""
        command = [sys.executable, "-m", "regionbrief", "parse", *[str(SEED)] * 20]
        command += ["--what", "metrics", "--format", "csv"]  # written row by row
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.readline()
        process.stdout.close()  # the reader leaves while the writer still has pages to write
        stderr = process.stderr.read().decode()
        assert process.wait() == 1
        assert "Traceback" not in stderr
