"""Precision, recall, F1 and confusion tables, for any labels."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["ClassScores", "score_labels", "confusion_table", "markdown_table"]


@dataclass(frozen=True, slots=True)
class ClassScores:
    label: str
    precision: float
    recall: float
    f1: float
    support: int


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_labels(pairs: Iterable[tuple[str, str]], *, none_label: str | None = None) -> list[ClassScores]:
    """Per-class P/R/F1 from (gold, predicted) pairs; ``none_label`` is not scored as a class."""
    pairs = list(pairs)
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for gold, pred in pairs:
        if gold == pred:
            tp[gold] += 1
        else:
            fp[pred] += 1
            fn[gold] += 1
    labels = sorted({g for g, _ in pairs} | {p for _, p in pairs})
    out = []
    for label in labels:
        if label == none_label:
            continue
        p = tp[label] / (tp[label] + fp[label]) if tp[label] + fp[label] else 0.0
        r = tp[label] / (tp[label] + fn[label]) if tp[label] + fn[label] else 0.0
        out.append(ClassScores(label, p, r, _f1(p, r), tp[label] + fn[label]))
    all_tp = sum(tp[l] for l in labels if l != none_label)
    all_fp = sum(fp[l] for l in labels if l != none_label)
    all_fn = sum(fn[l] for l in labels if l != none_label)
    p = all_tp / (all_tp + all_fp) if all_tp + all_fp else 0.0
    r = all_tp / (all_tp + all_fn) if all_tp + all_fn else 0.0
    out.append(ClassScores("micro", p, r, _f1(p, r), all_tp + all_fn))
    per_class = [s for s in out if s.label != "micro"]
    if per_class:
        mp = sum(s.precision for s in per_class) / len(per_class)
        mr = sum(s.recall for s in per_class) / len(per_class)
        mf = sum(s.f1 for s in per_class) / len(per_class)
        out.append(ClassScores("macro", mp, mr, mf, all_tp + all_fn))
    return out


def markdown_table(header: list[str], rows: Iterable[list[object]]) -> str:
    def cell(v: object) -> str:
        return f"{v:.3f}" if isinstance(v, float) else str(v)

    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def confusion_table(pairs: Iterable[tuple[str, str]]) -> str:
    """A markdown confusion table, gold in rows, predictions in columns."""
    counts = Counter(pairs)
    golds = sorted({g for g, _ in counts})
    preds = sorted({p for _, p in counts})
    rows = [[g, *[counts.get((g, p), 0) for p in preds]] for g in golds]
    return markdown_table(["gold \\ predicted", *preds], rows)
