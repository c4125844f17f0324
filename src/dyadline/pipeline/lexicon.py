"""The trigger lexicon: which words express which event, as a data table.

``data/triggers.csv`` has one row per rule: a lemma and part of speech, an
optional constraint on the trigger's context, and the PLOVER type, mode,
context and CAMEO code it codes. The most specific matching rule wins.

Constraint forms (``|`` separates alternatives):

``obj=a|b``   a direct object (or a noun inside the object phrase) with one of these lemmas; ``@place``
              stands for any place name there ("captured Goma", "took control of Kunduz"), ``@person`` for
              a person named as the object itself ("received Modi")
``prep=a|b``  a prepositional child with one of these words
``prt=a``     a particle ("call off", "crack down")
``mod=a|b``   a modifier of a noun trigger ("humanitarian aid"), or of a gerund the parser took for a verb
              ("looting and police firing"; not one that is the scene of another act, "killed in police firing")
``pobj=a|b``  the object of a prepositional child ("taken into custody", "put behind bars")
``oprd=``     an object predicate ("called the killings unlawful")
``modal=a|b`` a reported clause with one of these modals ("said China must drop barriers")
``hyph=a|b``  one of these words hyphened on before the trigger ("lathi-charged", "baton-charge")
``purpose=a|b`` a verb of purpose hung on the trigger ("gathered to demand", "gathered, chanting")
``head=a|b``  the direct object (or passive subject) itself is one of these words ("repelled the attackers")
``to=``        an infinitive put to someone: an object or the infinitive's own subject ("pressed Ethiopia to
              allow", "wants the president to resign"); with values, the infinitive is one of them
``clause=a|b`` a reported clause saying its subject is one of these ("said the rebels were behind the attack",
              "were responsible", "were to blame"), or with ``face``, that its subject will face a punishment
              ("said Israel would face a crushing response")
``aux=a|b``   an auxiliary of the trigger itself ("would hold Lebanon responsible")
``cond=a|b``  a clause of condition on the trigger marked by one of these words ("would respond if Finland
              joined NATO")
``verb=a|b``  a noun trigger is the object of one of these verbs ("lodged a protest with Japan")
``notobj=a|b`` no word of the object phrase is one of these ("launched an operation", not "launched a search
              operation")
``notprt=a|b`` no particle of the verb is one of these ("stormed the building", not "stormed out of the hospital")
``ing=a|b``   a gerund the verb governs is one of these ("stopped fighting", "ceased shelling")
``left=a|b``  the object of the verb's "from" or "out of" phrase: what is left ("withdrew from the treaty", "pulled
              out of the talks"; not "pulled out of Chechnya under a peace deal")

Several constraints joined by ``;`` must all hold.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType

from dyadline.errors import CodebookError

__all__ = ["TriggerRule", "TriggerLexicon", "load_lexicon"]

_CONSTRAINT_KINDS = frozenset({"obj", "prep", "prt", "mod", "oprd", "modal", "pobj", "hyph", "purpose", "head",
                                "clause", "to", "aux", "cond", "verb", "notobj", "notprt", "left", "ing"})


@dataclass(frozen=True, slots=True)
class TriggerRule:
    row: int
    lemma: str
    pos: str
    constraint_kind: str | None
    constraint_values: frozenset[str]
    event_type: str
    mode: str | None
    context: str | None
    cameo: str
    weight: float
    origin: str = "lexicon"  # "lexicon" (a row of triggers.csv) or "model" (the event-type classifier)
    #: further constraints that must hold too ("prt=off;obj=strike": "called off the strike")
    also: tuple[tuple[str, frozenset[str]], ...] = ()

    @property
    def rule_id(self) -> str:
        if self.origin != "lexicon":
            return f"{self.origin}:{self.event_type}@{self.lemma}/{self.pos}"
        c = f"[{self.constraint_kind}]" if self.constraint_kind else ""
        return f"lexicon:{self.lemma}/{self.pos}{c}#{self.row}"

    @property
    def specificity(self) -> int:
        # a row that only rules words out ("notobj") is as general as a bare row: rows naming what must be
        # there ("ease" the siege) are tried before it
        kinds = (self.constraint_kind, *(kind for kind, _ in self.also))
        return sum(1 for kind in kinds if kind and kind not in {"notobj", "notprt"})


@dataclass(frozen=True, slots=True)
class TriggerLexicon:
    rules: Mapping[tuple[str, str], tuple[TriggerRule, ...]]

    def rules_for(self, lemma: str, pos: str) -> tuple[TriggerRule, ...]:
        return self.rules.get((lemma, pos), ())

    def __contains__(self, key: tuple[str, str]) -> bool:
        return key in self.rules


def _parse_row(row: dict[str, str], line: int) -> TriggerRule:
    constraint = (row.get("constraint") or "").strip()
    parts: list[tuple[str, frozenset[str]]] = []
    for part in (p.strip() for p in constraint.split(";") if p.strip()):
        part_kind, _, raw = part.partition("=")
        if part_kind not in _CONSTRAINT_KINDS:
            raise CodebookError(f"triggers.csv line {line}: unknown constraint {part!r}")
        parts.append((part_kind, frozenset(v.strip().lower() for v in raw.split("|") if v.strip())))
    kind, values = parts[0] if parts else (None, frozenset())
    try:
        weight = float(row["weight"])
    except (KeyError, ValueError) as exc:
        raise CodebookError(f"triggers.csv line {line}: bad weight {row.get('weight')!r}") from exc
    pos = row["pos"].strip().upper()
    if pos not in {"VERB", "NOUN"}:
        raise CodebookError(f"triggers.csv line {line}: pos must be VERB or NOUN, not {pos!r}")
    return TriggerRule(
        row=line,
        lemma=row["lemma"].strip().lower(),
        pos=pos,
        constraint_kind=kind,
        constraint_values=values,
        event_type=row["event_type"].strip(),
        mode=(row.get("mode") or "").strip() or None,
        context=(row.get("context") or "").strip() or None,
        cameo=row["cameo"].strip(),
        weight=weight,
        also=tuple(parts[1:]),
    )


@functools.lru_cache(maxsize=1)
def load_lexicon() -> TriggerLexicon:
    """Read the shipped trigger table (cached)."""
    text = resources.files("dyadline.pipeline").joinpath("data/triggers.csv").read_text("utf-8")
    grouped: dict[tuple[str, str], list[TriggerRule]] = {}
    for line, row in enumerate(csv.DictReader(text.splitlines()), start=2):
        rule = _parse_row(row, line)
        grouped.setdefault((rule.lemma, rule.pos), []).append(rule)
    frozen = {
        key: tuple(sorted(rules, key=lambda r: -r.specificity)) for key, rules in grouped.items()
    }
    return TriggerLexicon(rules=MappingProxyType(frozen))
