"""A fixed development / test split of the plover_gsr gold sentences.

Rules may be improved by reading the coder's errors on the development half
only; figures are reported on the test half (and on all, marked as such).
The split is by a hash of the gold record id, so it never changes. The
cameo_ner sentences that also appear in the development half are left out
of the cameo_ner figures for the same reason.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from typing import TypeVar

__all__ = ["is_dev_id", "normalise_text", "dev_texts"]

T = TypeVar("T")


def is_dev_id(record_id: str) -> bool:
    """True for the development half (about 50%)."""
    return hashlib.sha1(record_id.encode()).digest()[0] % 2 == 0


def normalise_text(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def dev_texts(sentences: Iterable[tuple[str, str]]) -> frozenset[str]:
    """Normalised texts of the development half, from (record id, text) pairs."""
    return frozenset(normalise_text(text) for rid, text in sentences if is_dev_id(rid))
