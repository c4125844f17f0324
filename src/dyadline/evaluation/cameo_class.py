"""CAMEO quad class of sentences (ConfliBERT cameo_class; GPL data read from ../shared/data only).

Gold: 0 statement / no event, 1 verbal cooperation, 2 material cooperation,
3 verbal conflict, 4 material conflict. Each sentence is coded on its own;
the prediction is the quad class of the coder's most confident event that
is not negated, or 0 when it codes none.

With ``learned=True`` (``dyadline eval cameo_class --learned``) it also
measures rules plus a learned head (:mod:`dyadline.classifier.head`) over
the event-type model's sentence vector and type probabilities and the
coder's own answer, by 5-fold cross-validation (each sentence is its own
document; folds by a hash of the text, so a repeated sentence stays in one
fold). The head is fitted at evaluation time and never shipped (GPL data).
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
    learned_pairs: tuple[tuple[str, str], ...] = ()  # rules + head, 5-fold cross-validated; empty unless asked

    def markdown(self) -> str:
        parts = []
        for title, pairs in (("Rules only (the coder's events)", self.pairs),
                             ("Rules + learned head, 5-fold cross-validation", self.learned_pairs)):
            if not pairs:
                continue
            scores = score_labels(pairs)
            macro = next(s for s in scores if s.label == "macro")
            if self.learned_pairs:
                parts.append(f"## {title}")
            parts.append(f"{len(pairs)} sentences; quad class macro-F1 {macro.f1:.3f} over the five classes "
                         "(0 = statement or no event).")
            parts.append(markdown_table(["class", "precision", "recall", "F1", "support"],
                                        [[s.label, s.precision, s.recall, s.f1, s.support] for s in scores]))
            parts += ["Confusion (gold rows, predicted columns):", confusion_table(pairs)]
        return "\n\n".join(parts)


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


def evaluate_cameo_class(data_dir: Path, *, coder: Coder, limit: int | None = None,
                         learned: bool = False, folds: int = 5) -> CameoClassReport:
    gold = load_cameo_class(data_dir)[:limit]
    docs = [Document(id=f"cc-{i}", text=t, date=dt.date(2018, 1, 1), origin="cameo_class") for i, (t, _) in enumerate(gold)]
    coded = {result.document_id: result for result in coder.pipe(docs)}
    pairs, rule_class, rule_type = [], [], []
    for doc, (_, label) in zip(docs, gold, strict=True):
        events = [e for e in coded[doc.id].events if not e.negated]
        best = max(events, key=lambda e: e.confidence) if events else None
        pairs.append((label, str(best.quad_class) if best else "0"))
        rule_class.append(pairs[-1][1])
        rule_type.append(best.event_type if best else "NONE")
    if not learned:
        return CameoClassReport(tuple(pairs))
    return CameoClassReport(tuple(pairs), _cross_validated([t for t, _ in gold], [g for _, g in gold],
                                                           rule_class, rule_type, folds))


def _cross_validated(texts: list[str], gold: list[str], rule_class: list[str], rule_type: list[str],
                     folds: int) -> tuple[tuple[str, str], ...]:
    import numpy as np

    from dyadline.classifier.corpus import held_out
    from dyadline.classifier.head import fit_head, one_hot
    from dyadline.classifier.model import get_event_type_model

    model = get_event_type_model()
    probs, vectors = model.run(texts)
    classes = ("0", "1", "2", "3", "4")
    types = model.labels + ("NONE",)
    x = np.hstack([vectors, probs, one_hot(rule_class, classes), one_hot(rule_type, types)])
    predicted: list[str | None] = [None] * len(texts)
    for fold in range(folds):
        test = [i for i, t in enumerate(texts) if held_out(t, fold=fold, folds=folds)]
        train = [i for i, t in enumerate(texts) if not held_out(t, fold=fold, folds=folds)]
        if not test or not train:
            continue
        head = fit_head(x[train], [gold[i] for i in train])
        for i, label in zip(test, head.predict(x[test]), strict=True):
            predicted[i] = label
    return tuple((g, p) for g, p in zip(gold, predicted, strict=True) if p is not None)
