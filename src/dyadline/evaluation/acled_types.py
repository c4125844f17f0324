"""ACLED event type and sub-event type of the coder's events against ACLED's (evaluation only).

Each row's notes are coded as a document dated with its event_date. The
row's predicted type is the one ACLED event the note describes, from all of
its coded events (:meth:`dyadline.codebooks.acled.AcledCodebook.report_class`:
a demonstration's other events say how it went, else the highest-ranked
sub-event type); a row with none is "NONE". The ACLED data
is read from ../shared/data at run time and never copied. The rules giving
ACLED classes (codebooks/data/acled_rules.csv) were written from ACLED's
public codebook definitions, not fitted to these rows; their errors were read on the
development half of each set only (split by a hash of ``data_id``,
:mod:`dyadline.evaluation.splits`), and the report gives the test half's figures.

With ``learned=True`` (``dyadline eval acled_types --learned``) the scorer also
measures rules plus a learned head (:mod:`dyadline.classifier.head`) over
the event-type model's sentence vector, its type probabilities and the
rules' own answer, fitted on one ACLED set and scored on the other, both
ways. The head is fitted at evaluation time and never shipped (ACLED's
terms); its rows never reach the repository. Two combinations are scored: the
head decides every row, or the head answers only the rows where the rules code
no event (the rules decide all others: a head fitted on another set's mix of
types overrules them more often wrongly than rightly).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from dyadline.coder import Coder
from dyadline.evaluation.acled_where import SETS, load_acled
from dyadline.evaluation.metrics import confusion_table, markdown_table, score_labels
from dyadline.codebooks.acled import ReportEvent
from dyadline.records import Document, Event

__all__ = ["AcledTypesReport", "evaluate_acled_types"]


@dataclass(frozen=True, slots=True)
class AcledTypesReport:
    type_pairs: dict[str, tuple[tuple[str, str], ...]]  # dataset -> (gold, predicted) event types
    sub_pairs: dict[str, tuple[tuple[str, str], ...]]
    # "train -> test" -> (gold, predicted) pairs of the cross-domain head; empty unless asked for
    cross_type_pairs: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    cross_sub_pairs: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    # the same, the head answering only the rows the rules code nothing for
    backoff_type_pairs: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    backoff_sub_pairs: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    # dataset -> for each row, whether it is in the development half (whose notes were read)
    dev_rows: dict[str, tuple[bool, ...]] = field(default_factory=dict)

    def test_half(self, pairs: tuple[tuple[str, str], ...], dataset: str) -> tuple[tuple[str, str], ...]:
        """The pairs of the rows in the test half of ``dataset`` (no row of it was read to write rules)."""
        dev = self.dev_rows.get(dataset)
        return pairs if dev is None else tuple(p for p, is_dev in zip(pairs, dev, strict=True) if not is_dev)

    def micro(self, pairs: tuple[tuple[str, str], ...]) -> float:
        return next(s for s in score_labels(pairs, none_label="NONE") if s.label == "micro").f1

    def markdown(self) -> str:
        parts = ["# Rules only (the coder's `acled` field)"] if self.cross_type_pairs else []
        for dataset in self.type_pairs:
            types = score_labels(self.type_pairs[dataset], none_label="NONE")
            subs = score_labels(self.sub_pairs[dataset], none_label="NONE")
            micro_t = next(s for s in types if s.label == "micro")
            micro_s = next(s for s in subs if s.label == "micro")
            parts.append(f"## {dataset} ({len(self.type_pairs[dataset])} rows)")
            parts.append(f"Event type micro-F1 {micro_t.f1:.3f} (P {micro_t.precision:.3f}, R {micro_t.recall:.3f}); "
                         f"sub-event type micro-F1 {micro_s.f1:.3f} (P {micro_s.precision:.3f}, R {micro_s.recall:.3f}).")
            if dataset in self.dev_rows:
                test_t = self.test_half(self.type_pairs[dataset], dataset)
                test_s = self.test_half(self.sub_pairs[dataset], dataset)
                parts.append(f"**Test half** ({len(test_t)} rows, split by a hash of data_id; rule errors were "
                             f"read on the development half only): event type micro-F1 {self.micro(test_t):.4f}, "
                             f"sub-event type micro-F1 {self.micro(test_s):.4f}.")
            parts.append(markdown_table(["event type", "precision", "recall", "F1", "support"],
                                        [[s.label, s.precision, s.recall, s.f1, s.support] for s in types]))
            parts.append(markdown_table(["sub-event type", "precision", "recall", "F1", "support"],
                                        [[s.label, s.precision, s.recall, s.f1, s.support] for s in subs]))
            parts.append("Event type confusion (gold rows, predicted columns):")
            parts.append(confusion_table(self.type_pairs[dataset]))
        if self.cross_type_pairs:
            parts.append("# Rules + learned head, cross-domain (fitted on one set, scored on the other)")
            rows = []
            for how, types, sub_pairs in (("head decides", self.cross_type_pairs, self.cross_sub_pairs),
                                          ("head where the rules code nothing", self.backoff_type_pairs,
                                           self.backoff_sub_pairs)):
                for direction, pairs in types.items():
                    subs = sub_pairs[direction]
                    scored = direction.split(" -> ")[1]
                    test_t, test_s = self.test_half(pairs, scored), self.test_half(subs, scored)
                    rows.append([f"{direction}, {how}", len(pairs), self.micro(pairs), self.micro(subs),
                                 len(test_t), self.micro(test_t), self.micro(test_s)])
            parts.append(markdown_table(["fitted on -> scored on, combination", "rows", "event type micro-F1",
                                         "sub-event type micro-F1", "test-half rows", "test half: event type",
                                         "test half: sub-event type"], rows))
            for direction, pairs in self.cross_sub_pairs.items():
                subs = score_labels(pairs, none_label="NONE")
                parts.append(f"Sub-event types, {direction}:")
                parts.append(markdown_table(["sub-event type", "precision", "recall", "F1", "support"],
                                            [[s.label, s.precision, s.recall, s.f1, s.support] for s in subs]))
        return "\n\n".join(parts)


_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def _grams(text: str) -> set[str]:
    words = _WORD.findall(text.lower())
    return set(words) | {f"{a} {b}" for a, b in zip(words, words[1:])}


def _vocabulary(texts: list[str], *, min_count: int = 5, size: int = 4000) -> dict[str, int]:
    """Words and word pairs of the fitting set's notes (never the scored set's)."""
    counts = Counter(g for t in texts for g in _grams(t))
    # Ties broken by the gram itself: a set's order (hence most_common's) changes between runs.
    ranked = sorted((g for g, n in counts.items() if n >= min_count), key=lambda g: (-counts[g], g))
    common = ranked[:size]
    return {g: i for i, g in enumerate(common)}


def _bag(texts: list[str], vocabulary: dict[str, int]) -> np.ndarray:
    out = np.zeros((len(texts), len(vocabulary)), dtype=np.float32)
    for row, text in enumerate(texts):
        for g in _grams(text):
            col = vocabulary.get(g)
            if col is not None:
                out[row, col] = 1.0
    return out


def _features(texts: list[str], rule_subs: list[str], plover: list[str], sub_names: tuple[str, ...]) -> np.ndarray:
    from dyadline.classifier.head import one_hot
    from dyadline.classifier.model import get_event_type_model

    model = get_event_type_model()
    probs, vectors = model.run(texts)
    return np.hstack([vectors, probs, one_hot(rule_subs, sub_names), one_hot(plover, model.labels + ("NONE",))])


def _report_events(events: Sequence[Event]) -> list[ReportEvent]:
    return [ReportEvent(e.event_type, e.mode, tuple(a.sector for a in e.source), e.fatalities,
                        e.acled.sub_event_type if e.acled else None, any(a.text for a in e.source),
                        tuple(a.text for a in e.target), tuple(a.text for a in e.source), e.date, e.date_precision)
            for e in events]


def evaluate_acled_types(data_dir: Path, *, coder: Coder, limit: int | None = None,
                         learned: bool = False) -> AcledTypesReport:
    from dyadline.codebooks.acled import load_acled as load_codebook

    type_pairs: dict[str, tuple[tuple[str, str], ...]] = {}
    sub_pairs: dict[str, tuple[tuple[str, str], ...]] = {}
    dev_rows: dict[str, tuple[bool, ...]] = {}
    rule_subs_of: dict[str, list[str]] = {}
    features: dict[str, tuple[np.ndarray, list[str]]] = {}
    notes: dict[str, list[str]] = {}
    codebook = load_codebook()
    sub_names = tuple(codebook.types) + ("NONE",)
    for dataset in SETS:
        rows = load_acled(data_dir, dataset)[:limit]
        docs = [Document(id=f"{dataset}-{r.data_id}", text=r.notes, date=r.date, origin=dataset) for r in rows]
        coded = {result.document_id: result for result in coder.pipe(docs)}
        types, subs, rule_subs, plover = [], [], [], []
        for doc, row in zip(docs, rows, strict=True):
            events = coded[doc.id].events
            found = codebook.report_class(_report_events(events))
            types.append((row.event_type, found.event_type if found else "NONE"))
            subs.append((row.sub_event_type, found.sub_event_type if found else "NONE"))
            rule_subs.append(found.sub_event_type if found else "NONE")
            plover.append(events[0].event_type if events else "NONE")
        type_pairs[dataset], sub_pairs[dataset] = tuple(types), tuple(subs)
        rule_subs_of[dataset] = rule_subs
        dev_rows[dataset] = tuple(row.dev for row in rows)
        if learned:
            notes[dataset] = [r.notes for r in rows]
            features[dataset] = (_features(notes[dataset], rule_subs, plover, sub_names),
                                 [r.sub_event_type for r in rows])
    cross_types: dict[str, tuple[tuple[str, str], ...]] = {}
    cross_subs: dict[str, tuple[tuple[str, str], ...]] = {}
    backoff_types: dict[str, tuple[tuple[str, str], ...]] = {}
    backoff_subs: dict[str, tuple[tuple[str, str], ...]] = {}

    def event_type(sub: str, unknown: str = "NONE") -> str:
        return codebook.types[sub].event_type if sub in codebook.types else unknown

    if learned:
        from dyadline.classifier.head import fit_head

        for train, test in ((a, b) for a in SETS for b in SETS if a != b):
            vocabulary = _vocabulary(notes[train])
            x, y = features[train]
            head = fit_head(np.hstack([x, _bag(notes[train], vocabulary)]), y)
            gold = features[test][1]
            predicted = head.predict(np.hstack([features[test][0], _bag(notes[test], vocabulary)]))
            direction = f"{train} -> {test}"
            cross_subs[direction] = tuple(zip(gold, predicted, strict=True))
            cross_types[direction] = tuple((event_type(g, g), event_type(p)) for g, p in zip(gold, predicted, strict=True))
            backoff = [head_sub if rule == "NONE" else rule
                       for rule, head_sub in zip(rule_subs_of[test], predicted, strict=True)]
            backoff_subs[direction] = tuple(zip(gold, backoff, strict=True))
            backoff_types[direction] = tuple((event_type(g, g), event_type(p)) for g, p in zip(gold, backoff, strict=True))
    return AcledTypesReport(type_pairs, sub_pairs, cross_types, cross_subs, backoff_types, backoff_subs, dev_rows)
