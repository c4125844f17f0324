"""The settings table: defaults, environment variables, overrides, and clear errors."""

from __future__ import annotations

import pytest

from dyadline.errors import DyadlineError
from dyadline.settings import load_settings


@pytest.mark.parametrize("raw, expected", [("false", False), ("0", False), ("No", False), ("true", True), ("on", True)])
def test_a_flag_from_the_environment(monkeypatch, raw, expected):
    monkeypatch.setenv("DYADLINE_TRUECASE", raw)
    assert load_settings().truecase is expected


def test_a_flag_that_is_no_flag_is_refused_by_name(monkeypatch):
    monkeypatch.setenv("DYADLINE_TRUECASE", "maybe")
    with pytest.raises(DyadlineError, match="truecase.*'maybe'"):
        load_settings()


def test_numbers_and_unknown_settings(monkeypatch):
    monkeypatch.setenv("DYADLINE_BATCH_SIZE", "7")
    assert load_settings().batch_size == 7
    monkeypatch.setenv("DYADLINE_BATCH_SIZE", "seven")
    with pytest.raises(DyadlineError, match="batch_size"):
        load_settings()
    monkeypatch.delenv("DYADLINE_BATCH_SIZE")
    with pytest.raises(DyadlineError, match="unknown setting 'colour'"):
        load_settings(colour="red")
