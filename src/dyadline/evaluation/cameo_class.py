"""CAMEO quad class of sentences (ConfliBERT cameo_class; GPL data read from ../shared/data only).

Gold: 0 statement / no event, 1 verbal cooperation, 2 material cooperation,
3 verbal conflict, 4 material conflict. Each sentence is coded on its own;
the prediction is the quad class of the coder's most confident event that
is not negated, or 0 when it codes none.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from dyadline.coder import Coder
from dyadline.errors import DyadlineError
from dyadline.evaluation.metrics import confusion_table, markdown_table, score_labels
from dyadline.records import Document

__all__ = ["CameoClassReport", "evaluate_cameo_class"]

CLASS_FILE = "conflibert_cameo/cameo_class/train.tsv"


@dataclass(frozen=True, slots=True)
class CameoClassReport:
    pairs: tuple[tuple[str, str], ...]

    def markdown(self) -> str:
        scores = score_labels(self.pairs)
        macro = next(s for s in scores if s.label == "macro")
        head = (f"{len(self.pairs)} sentences; quad class macro-F1 {macro.f1:.3f} over the five classes "
                "(0 = statement or no event).")
        table = markdown_table(["class", "precision", "recall", "F1", "support"],
                               [[s.label, s.precision, s.recall, s.f1, s.support] for s in scores])
        return "\n\n".join([head, table, "Confusion (gold rows, predicted columns):", confusion_table(self.pairs)])


def load_cameo_class(data_dir: Path) -> list[tuple[str, str]]:
    path = data_dir / CLASS_FILE
    if not path.is_file():
        raise DyadlineError(f"{path}: the cameo_class gold file is missing")
    rows = []
    for line in path.read_text("utf-8").splitlines():
        text, _, label = line.rpartition("\t")
        if text.strip() and label.strip().isdigit():
            rows.append((text.strip(), label.strip()))
    return rows


def evaluate_cameo_class(data_dir: Path, *, coder: Coder, limit: int | None = None) -> CameoClassReport:
    gold = load_cameo_class(data_dir)[:limit]
    docs = [Document(id=f"cc-{i}", text=t, date=dt.date(2018, 1, 1), origin="cameo_class") for i, (t, _) in enumerate(gold)]
    pairs = []
    for (_, label), result in zip(gold, coder.pipe(docs)):
        events = [e for e in result.events if not e.negated]
        best = max(events, key=lambda e: e.confidence) if events else None
        pairs.append((label, str(best.quad_class) if best else "0"))
    return CameoClassReport(tuple(pairs))
