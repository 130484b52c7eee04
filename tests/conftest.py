"""Session fixtures: the sample page, parsed once."""

from __future__ import annotations

from pathlib import Path

import pytest

import regionbrief

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_c7c3f821600da765.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The sample page's text."""
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_brief() -> regionbrief.Brief:
    """The sample page, parsed."""
    return regionbrief.load(SEED)
