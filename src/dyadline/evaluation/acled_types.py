"""ACLED event type and sub-event type of the coder's events against ACLED's (evaluation only).

Each row's notes are coded as a document dated with its event_date. The
row's predicted type is the ACLED class of the first event that has one
(ACLED notes describe one event); a row with none is "NONE". The ACLED data
is read from ../shared/data at run time and never copied. The rules giving
ACLED classes (codebooks/data/acled_rules.csv) were written from ACLED's
public codebook definitions, not fitted to these rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dyadline.coder import Coder
from dyadline.evaluation.acled_where import SETS, load_acled
from dyadline.evaluation.metrics import confusion_table, markdown_table, score_labels
from dyadline.records import Document

__all__ = ["AcledTypesReport", "evaluate_acled_types"]


@dataclass(frozen=True, slots=True)
class AcledTypesReport:
    type_pairs: dict[str, tuple[tuple[str, str], ...]]  # dataset -> (gold, predicted) event types
    sub_pairs: dict[str, tuple[tuple[str, str], ...]]

    def markdown(self) -> str:
        parts = []
        for dataset in self.type_pairs:
            types = score_labels(self.type_pairs[dataset], none_label="NONE")
            subs = score_labels(self.sub_pairs[dataset], none_label="NONE")
            micro_t = next(s for s in types if s.label == "micro")
            micro_s = next(s for s in subs if s.label == "micro")
            parts.append(f"## {dataset} ({len(self.type_pairs[dataset])} rows)")
            parts.append(f"Event type micro-F1 {micro_t.f1:.3f} (P {micro_t.precision:.3f}, R {micro_t.recall:.3f}); "
                         f"sub-event type micro-F1 {micro_s.f1:.3f} (P {micro_s.precision:.3f}, R {micro_s.recall:.3f}).")
            parts.append(markdown_table(["event type", "precision", "recall", "F1", "support"],
                                        [[s.label, s.precision, s.recall, s.f1, s.support] for s in types]))
            parts.append(markdown_table(["sub-event type", "precision", "recall", "F1", "support"],
                                        [[s.label, s.precision, s.recall, s.f1, s.support] for s in subs]))
            parts.append("Event type confusion (gold rows, predicted columns):")
            parts.append(confusion_table(self.type_pairs[dataset]))
        return "\n\n".join(parts)


def evaluate_acled_types(data_dir: Path, *, coder: Coder, limit: int | None = None) -> AcledTypesReport:
    type_pairs: dict[str, tuple[tuple[str, str], ...]] = {}
    sub_pairs: dict[str, tuple[tuple[str, str], ...]] = {}
    for dataset in SETS:
        rows = load_acled(data_dir, dataset)[:limit]
        docs = [Document(id=f"{dataset}-{r.data_id}", text=r.notes, date=r.date, origin=dataset) for r in rows]
        types, subs = [], []
        for row, result in zip(rows, coder.pipe(docs)):
            found = next((e.acled for e in result.events if e.acled is not None), None)
            types.append((row.event_type, found.event_type if found else "NONE"))
            subs.append((row.sub_event_type, found.sub_event_type if found else "NONE"))
        type_pairs[dataset], sub_pairs[dataset] = tuple(types), tuple(subs)
    return AcledTypesReport(type_pairs, sub_pairs)
