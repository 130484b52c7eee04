"""Check that the same pages give byte-identical JSON on every Python from 3.10 to 3.13.

For each interpreter found (``python3.10`` ... ``python3.13`` on PATH, or those given),
the script makes a fresh virtual environment, installs this checkout into it, parses
the sample page, the converted PDF page and a run of generated pages twice, each time
in a new process with a different ``PYTHONHASHSEED``, and prints a digest of the JSON
of every page.  It exits 1 if any two digests differ.

    python scripts/check_determinism.py
    python scripts/check_determinism.py python3.11 /opt/python3.13/bin/python3

It needs network or a package index for the dependencies (attrs, cattrs,
python-dateutil); it takes a minute or two per interpreter.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VERSIONS = ("python3.10", "python3.11", "python3.12", "python3.13")
SEEDS = (0, 1, 12345)  # PYTHONHASHSEED values: string hashing differs in each

# Run inside each environment: the digests of the JSON of every page, as JSON.
CHILD = """
import hashlib, json, sys
sys.path.insert(0, sys.argv[1])  # the checkout, for tests.corpus
import regionbrief
from tests import corpus
texts = [open(p, encoding="utf-8").read() for p in sys.argv[2:]]
texts += [corpus.page(number, 3000) for number in range(40)]
digests = [hashlib.sha256(regionbrief.dumps(regionbrief.parse(t)).encode()).hexdigest()
           for t in texts]
print(json.dumps({"python": sys.version.split()[0], "digests": digests}))
"""


def pages() -> list[str]:
    """The real pages of the checkout (the sample) and of ../shared when beside it."""
    found = [ROOT / "seeds" / "000_c7c3f821600da765.txt"]
    shared = ROOT.parent / "shared" / "seeds" / "pdf"
    found += sorted(shared.glob("*.txt")) + sorted(shared.glob("*.md"))
    return [str(p) for p in found]


def digests(python: str, folder: Path) -> list[dict[str, object]]:
    """Make an environment for ``python``, install the checkout, parse under every seed."""
    venv = folder / Path(python).name
    subprocess.run([python, "-m", "venv", str(venv)], check=True)  # noqa: S603
    bin_python = str(venv / "bin" / "python")
    subprocess.run(  # noqa: S603
        [bin_python, "-m", "pip", "install", "--quiet", str(ROOT)], check=True
    )
    runs = []
    for seed in SEEDS:
        out = subprocess.run(  # noqa: S603
            [bin_python, "-c", CHILD, str(ROOT), *pages()],
            check=True,
            capture_output=True,
            text=True,
            env={"PYTHONHASHSEED": str(seed), "PATH": "/usr/bin:/bin"},
            cwd=folder,
        )
        runs.append({**json.loads(out.stdout), "seed": seed})
    return runs


def _runs(python: str) -> bool:
    """Whether an interpreter is there and starts (a pyenv shim may name a missing one)."""
    found = shutil.which(python)
    return found is not None and subprocess.run([found, "-c", ""], check=False).returncode == 0  # noqa: S603


def main() -> int:
    """Run every interpreter; 0 when all agree, 1 when any page differs."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pythons", nargs="*", help="interpreters (default: python3.10-3.13)")
    args = parser.parse_args()
    pythons = args.pythons or [p for p in VERSIONS if _runs(p)]
    runs: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for python in pythons:
            runs.extend(digests(shutil.which(python) or python, Path(tmp)))
    reference = runs[0]["digests"] if runs else []
    for run in runs:
        same = run["digests"] == reference
        joined = "".join(run["digests"])  # type: ignore[arg-type]
        overall = hashlib.sha256(joined.encode()).hexdigest()[:16]
        print(
            f"Python {run['python']:8} PYTHONHASHSEED={run['seed']:<6} {overall}  "
            f"{'same' if same else 'DIFFERENT'}"
        )
    pages_count = len(reference)  # type: ignore[arg-type]
    print(f"{len(runs)} runs of {pages_count} pages each")
    return 0 if all(run["digests"] == reference for run in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
