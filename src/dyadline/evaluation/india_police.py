"""Police actions in the India Police Events sentences (Halterman et al. 2021).

Gold: sentence labels KILL, ARREST, FORCE, FAIL (and ANY_ACTION) for police
actions in Times of India articles of 2002. The data has no licence: it is
read from ../shared/data at run time for evaluation only, never copied.

Each sentence is coded on its own, dated with its article's date. The
coder's events give a sentence these labels (the actor must be police or
unnamed, since the gold is about police actions only):

* KILL: an ASSAULT with a known death toll, or coded from a killing word
  (CAMEO 1823, 186 or 202), not negated.
* ARREST: a COERCE event of mode arrest, not negated.
* FORCE: any other ASSAULT (beating, firing, tear gas, lathi charge), not negated.
* FAIL: a negated or refused act, or REJECT, by the police.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from dyadline.coder import Coder
from dyadline.errors import DyadlineError
from dyadline.evaluation.metrics import markdown_table
from dyadline.records import Document, Event

__all__ = ["PoliceSentence", "load_india_police", "labels_of", "evaluate_india_police", "LABELS"]

LABELS = ("KILL", "ARREST", "FORCE", "FAIL")
_POLICE_SECTORS = frozenset({"COP", None})
_KILLING_CODES = frozenset({"1823", "186", "202"})


@dataclass(frozen=True, slots=True)
class PoliceSentence:
    doc_id: int
    sent_id: int
    text: str
    date: dt.date | None
    labels: frozenset[str]


def load_india_police(data_dir: Path) -> list[PoliceSentence]:
    folder = data_dir / "india_police_events"
    sents, meta = folder / "sents.jsonl", folder / "metadata.jsonl"
    for path in (sents, meta):
        if not path.is_file():
            raise DyadlineError(f"{path}: the india_police_events file is missing")
    dates: dict[int, dt.date | None] = {}
    for line in meta.read_text("utf-8").splitlines():
        rec = json.loads(line)
        dates[rec["doc_id"]] = dt.date.fromisoformat(rec["date"]) if rec.get("date") else None
    out = []
    for line in sents.read_text("utf-8").splitlines():
        rec = json.loads(line)
        text = rec["sent_text"].strip()
        if text:
            out.append(PoliceSentence(rec["doc_id"], rec["sent_id"], text, dates.get(rec["doc_id"]),
                                      frozenset(rec.get("sent_labels") or ())))
    return out


def _by_police(event: Event) -> bool:
    # no source, or only the coder's stand-in for an unnamed attacker (UAF, empty text): unnamed
    unnamed = all(a.sector == "UAF" and not a.text for a in event.source)
    return unnamed or any(a.sector in _POLICE_SECTORS for a in event.source)


def labels_of(events: tuple[Event, ...]) -> frozenset[str]:
    """The police-action labels the coder's events give a sentence."""
    labels: set[str] = set()
    for e in events:
        if not _by_police(e):
            continue
        if e.negated or e.event_type == "REJECT":
            labels.add("FAIL")
            continue
        if e.event_type == "ASSAULT":
            labels.add("KILL" if (e.fatalities or e.cameo in _KILLING_CODES) else "FORCE")
        elif e.event_type == "COERCE" and e.mode == "arrest":
            labels.add("ARREST")
    return frozenset(labels)


@dataclass(frozen=True, slots=True)
class IndiaPoliceReport:
    sentences: int
    counts: dict[str, tuple[int, int, int]]  # label -> (tp, fp, fn)

    def markdown(self) -> str:
        rows = []
        for label in LABELS:
            tp, fp, fn = self.counts[label]
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            rows.append([label, p, r, f, tp + fn])
        head = (f"{self.sentences} sentences, each coded on its own. Labels from the coder's events: "
                "KILL = ASSAULT with a death toll or a killing code; ARREST = COERCE/arrest; FORCE = other "
                "ASSAULT; FAIL = a negated act or REJECT; all by police or an unnamed actor.")
        return head + "\n\n" + markdown_table(["label", "precision", "recall", "F1", "support"], rows)


def evaluate_india_police(data_dir: Path, *, coder: Coder, limit: int | None = None) -> IndiaPoliceReport:
    gold = load_india_police(data_dir)[:limit]
    docs = [Document(id=f"ipe-{s.doc_id}-{s.sent_id}", text=s.text, date=s.date, origin="india_police_events")
            for s in gold]
    counts = {label: [0, 0, 0] for label in LABELS}
    for sentence, result in zip(gold, coder.pipe(docs)):
        predicted = labels_of(result.events)
        for label in LABELS:
            if label in predicted and label in sentence.labels:
                counts[label][0] += 1
            elif label in predicted:
                counts[label][1] += 1
            elif label in sentence.labels:
                counts[label][2] += 1
    return IndiaPoliceReport(len(gold), {k: (v[0], v[1], v[2]) for k, v in counts.items()})
