"""Coverage-guided fuzzing of ``regionbrief.parse`` and ``load`` with atheris.

Each input is bytes: decoded as ``load`` decodes files, and parsed.  What counts as a
crash: any exception other than ``InputError``, output that does not round-trip
through JSON, articles out of line order, or a page that loses text (a Chinese
character of the input missing from the Brief).  Run it for a fixed budget from the repository root:

    pip install atheris
    mkdir -p /tmp/fuzz-work
    python fuzz/fuzz_parse.py /tmp/fuzz-work fuzz/corpus -max_total_time=300 -rss_limit_mb=2048

``fuzz/corpus`` seeds the fuzzer with page shapes (generated pages, the property tests'
fragments and hostile pieces); atheris writes what it finds to the first folder.  A
failure writes ``crash-<hash>`` with the input: move it to ``tests/data/fuzz/`` under a
name that says what it is (``tests/test_fuzz_found.py`` runs every file there), fix the
cause, and keep the case.  docs/errors.md records the runs made so far.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import regionbrief
    from regionbrief._read import decode

sys.path.insert(0, ".")  # the repository root: the property tests' own checks
from tests.test_properties import harness_defect


def test_one_input(data: bytes) -> None:
    """Decode and parse one input; raise on anything but a refusal with InputError."""
    try:
        text = decode(data, "fuzz")
        brief = regionbrief.parse(text)
    except regionbrief.InputError:
        return
    defect = harness_defect(text, brief)
    if defect:
        raise AssertionError(defect)


def main() -> None:
    """Run atheris with the command line's options."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
