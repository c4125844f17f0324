"""Shared fixtures: the real coder (spaCy model loaded once per session) and the gold data folder."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from dyadline.records import Document

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("DYADLINE_SHARED", REPO.parent / "shared")).resolve()


@pytest.fixture(scope="session")
def coder():
    from dyadline.coder import Coder

    return Coder()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared (gold data, the example article). In CI a missing folder fails the test."""
    if not SHARED.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"shared data folder {SHARED} is missing")
        pytest.skip(f"shared data folder {SHARED} not present on this machine")
    return SHARED


@pytest.fixture(scope="session")
def data_dir(shared_dir: Path) -> Path:
    return shared_dir / "data"


@pytest.fixture()
def code_text(coder):
    """Code a hand-written text as a one-document article."""

    def run(text: str, date: dt.date | None = dt.date(2025, 6, 30), doc_id: str = "t"):
        return coder.code(Document(id=doc_id, text=text, date=date, origin=doc_id))

    return run
