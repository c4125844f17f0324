"""ACLED's event types and sub-event types, and the rules that give them to PLOVER events.

``data/acled_types.csv`` lists ACLED's 6 event types and 25 sub-event types
(with the disorder type); ``data/acled_rules.csv`` is an ordered table: the
first row whose PLOVER type, mode, source and target sectors and keywords
(words of the event's sentence) all fit gives the sub-event type. Only
political violence, demonstrations and strategic developments have an ACLED
type; other events get none.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType

from dyadline.errors import CodebookError

__all__ = ["AcledType", "AcledRule", "AcledCodebook", "load_acled"]


@dataclass(frozen=True, slots=True)
class AcledType:
    event_type: str
    sub_event_type: str
    disorder_type: str


@dataclass(frozen=True, slots=True)
class AcledRule:
    row: int
    plover_type: str
    modes: frozenset[str]
    source_sectors: frozenset[str]
    target_sectors: frozenset[str]
    keywords: re.Pattern[str] | None
    sub_event_type: str

    def fits(self, event_type: str, mode: str | None, sources: frozenset[str], targets: frozenset[str],
             sentence: str) -> bool:
        if event_type != self.plover_type:
            return False
        if self.modes and mode not in self.modes:
            return False
        if self.source_sectors and not sources & self.source_sectors:
            return False
        if self.target_sectors and not targets & self.target_sectors:
            return False
        return self.keywords is None or bool(self.keywords.search(sentence.lower()))


def _set(value: str) -> frozenset[str]:
    return frozenset(v.strip() for v in value.split("|") if v.strip())


def _read(name: str) -> list[dict[str, str]]:
    text = resources.files("dyadline.codebooks").joinpath(f"data/{name}").read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))


@dataclass(frozen=True, slots=True)
class AcledCodebook:
    types: Mapping[str, AcledType]  # by sub-event type
    rules: tuple[AcledRule, ...]

    @property
    def event_types(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(t.event_type for t in self.types.values()))

    def classify(self, event_type: str, mode: str | None, source_sectors: Iterable[str | None],
                 target_sectors: Iterable[str | None], sentence: str) -> tuple[AcledType, AcledRule] | None:
        sources = frozenset(s for s in source_sectors if s)
        targets = frozenset(s for s in target_sectors if s)
        for rule in self.rules:
            if rule.fits(event_type, mode, sources, targets, sentence):
                return self.types[rule.sub_event_type], rule
        return None


@functools.lru_cache(maxsize=1)
def load_acled() -> AcledCodebook:
    types = {row["sub_event_type"]: AcledType(row["event_type"], row["sub_event_type"], row["disorder_type"])
             for row in _read("acled_types.csv")}
    rules = []
    for line, row in enumerate(_read("acled_rules.csv"), start=2):
        if row["sub_event_type"] not in types:
            raise CodebookError(f"acled_rules.csv line {line}: unknown ACLED sub-event type {row['sub_event_type']!r}")
        words = sorted(_set(row["keywords"]), key=len, reverse=True)
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b") if words else None
        rules.append(AcledRule(line, row["plover_type"].strip(), _set(row["modes"]), _set(row["source_sectors"]),
                               _set(row["target_sectors"]), pattern, row["sub_event_type"]))
    return AcledCodebook(types=MappingProxyType(types), rules=tuple(rules))
