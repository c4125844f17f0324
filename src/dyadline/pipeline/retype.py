"""Stage: a few acts change type with who does them, as ``data/retype.csv`` says.

The lexicon codes a word before its doers are known. Some words name a
different act in other hands: students occupying a campus or farmers
blockading roads protest (PLOVER PROTEST obstruct), where an army occupying
a town seizes it; a crowd storming a building riots. A candidate whose trigger lemma and type match a row and whose
named sources all fall in the row's sectors takes the row's type, mode and
CAMEO code; the evidence says what it was.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
from dataclasses import dataclass
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc

from dyadline.errors import CodebookError
from dyadline.pipeline.candidate import Candidate

__all__ = ["RetypeRule", "RetypeStage", "load_retypes", "retype"]


@dataclass(frozen=True, slots=True)
class RetypeRule:
    event_type: str
    modes: frozenset[str]
    lemmas: frozenset[str]
    source_sectors: frozenset[str]
    new_type: str
    new_mode: str | None
    cameo: str

    def applies(self, cand: Candidate) -> bool:
        rule = cand.rule
        if rule.event_type != self.event_type or rule.lemma not in self.lemmas:
            return False
        if self.modes and (rule.mode or "") not in self.modes:
            return False
        sectors = [a.sector for a in cand.sources]
        return bool(sectors) and all(s in self.source_sectors for s in sectors)


def _split(cell: str) -> frozenset[str]:
    return frozenset(v.strip() for v in cell.split("|") if v.strip())


@functools.lru_cache(maxsize=1)
def load_retypes() -> tuple[RetypeRule, ...]:
    text = resources.files("dyadline.pipeline").joinpath("data/retype.csv").read_text("utf-8")
    rules = []
    for line, row in enumerate(csv.DictReader(text.splitlines()), start=2):
        if not (row["event_type"] and row["lemmas"] and row["source_sectors"] and row["new_type"] and row["cameo"]):
            raise CodebookError(f"retype.csv line {line}: event_type, lemmas, source_sectors, new_type and cameo "
                                "are required")
        rules.append(RetypeRule(row["event_type"], _split(row["modes"]), _split(row["lemmas"]),
                                _split(row["source_sectors"]), row["new_type"], row["new_mode"] or None,
                                row["cameo"]))
    return tuple(rules)


class RetypeStage:
    def __init__(self, rules: tuple[RetypeRule, ...]) -> None:
        self.rules = rules

    def __call__(self, doc: Doc) -> Doc:
        for cand in doc._.candidates or []:
            if not cand.kept:
                continue
            rule = next((r for r in self.rules if r.applies(cand)), None)
            if rule is not None:
                original = cand.rule
                cand.rule = dataclasses.replace(original, event_type=rule.new_type, mode=rule.new_mode,
                                                cameo=rule.cameo)
                cand.role_rule += f"+retyped({original.event_type} by {'/'.join(a.sector or '-' for a in cand.sources)})"
        return doc


@Language.factory("dyadline_retype")
def retype(nlp: Language, name: str) -> RetypeStage:
    return RetypeStage(load_retypes())
