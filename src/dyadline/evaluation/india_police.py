"""Police actions in the India Police Events sentences (Halterman et al. 2021).

Gold: sentence labels KILL, ARREST, FORCE, FAIL (and ANY_ACTION) for police
actions in Times of India articles of 2002. The data has no licence: it is
read from ../shared/data at run time for evaluation only, never copied.

Each sentence is coded on its own, dated with its article's date. The
coder's events give a sentence these labels (the actor must be the police, or
for an arrest unnamed, since the gold is about police actions only):

* KILL: an ASSAULT with a known death toll, or coded from a killing word
  (CAMEO 1823, 186 or 202), not negated.
* ARREST: a COERCE event of mode arrest, not negated.
* FORCE: any ASSAULT (beating, firing, tear gas, lathi charge, and killing: every KILL
  sentence of the gold is a FORCE sentence too), not negated.
* FAIL: a negated or refused act, or REJECT, by the police.

Hypothetical and future acts ("orders to arrest him", "will arrest") give no label.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from dyadline.coder import Coder
from dyadline.errors import DyadlineError
from dyadline.evaluation.metrics import markdown_table
from dyadline.evaluation.splits import is_dev_id
from dyadline.records import Document, Event

__all__ = ["PoliceSentence", "load_india_police", "labels_of", "evaluate_india_police", "LABELS"]

LABELS = ("KILL", "ARREST", "FORCE", "FAIL")
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
    """Police named as the source; an arrest with no one named as its maker is the police's too
    (a killing or beating with no one named is not: in these articles most are the rioters')."""
    if any(a.sector == "COP" for a in event.source):
        return True
    return event.event_type == "COERCE" and event.mode == "arrest" and not any(a.text for a in event.source)


def labels_of(events: tuple[Event, ...]) -> frozenset[str]:
    """The police-action labels the coder's events give a sentence."""
    labels: set[str] = set()
    for e in events:
        if not _by_police(e) or ((e.hypothetical or e.future) and not e.negated):
            continue  # an arrest the police were told to make, or will make, has not happened
        if e.negated or e.event_type == "REJECT":
            labels.add("FAIL")
            continue
        if e.event_type == "ASSAULT":
            labels.add("FORCE")  # the gold marks every police killing as force too
            if e.fatalities or e.cameo in _KILLING_CODES:
                labels.add("KILL")
        elif e.event_type == "COERCE" and e.mode == "arrest":
            labels.add("ARREST")
    return frozenset(labels)


@dataclass(frozen=True, slots=True)
class IndiaPoliceReport:
    sentences: dict[str, int]  # half -> sentences scored
    counts: dict[str, dict[str, tuple[int, int, int]]]  # half -> label -> (tp, fp, fn)

    def f1(self, label: str, half: str = "test") -> float:
        tp, fp, fn = self.counts[half][label]
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    def markdown(self) -> str:
        rows = []
        for half in ("dev", "test", "all"):
            if not self.sentences.get(half):
                continue
            for label in LABELS:
                tp, fp, fn = self.counts[half][label]
                p = tp / (tp + fp) if tp + fp else 0.0
                r = tp / (tp + fn) if tp + fn else 0.0
                f = 2 * p * r / (p + r) if p + r else 0.0
                rows.append([half, label, p, r, f, tp + fn])
        sizes = ", ".join(f"{half} {n}" for half, n in self.sentences.items() if n)
        head = (f"Sentences ({sizes}), each coded on its own. Labels from the coder's events: "
                "KILL = ASSAULT with a death toll or a killing code; ARREST = COERCE/arrest; FORCE = any "
                "ASSAULT (a killing too, as in the gold); FAIL = a negated act or REJECT; each by the police (an arrest also with no one named "
                "as its maker), hypothetical and future acts left out. The halves are "
                "split by article (a hash of its id); rules were read against the dev half only, so the test "
                "half is the figure to report.")
        return head + "\n\n" + markdown_table(["half", "label", "precision", "recall", "F1", "support"], rows)


def evaluate_india_police(data_dir: Path, *, coder: Coder, limit: int | None = None,
                          half: str | None = None) -> IndiaPoliceReport:
    """Score police-action labels (``half``: "dev", "test" or None for both; split by article)."""
    gold = load_india_police(data_dir)
    if half is not None:
        gold = [s for s in gold if is_dev_id(str(s.doc_id)) == (half == "dev")]
    gold = gold[:limit]
    docs = [Document(id=f"ipe-{s.doc_id}-{s.sent_id}", text=s.text, date=s.date, origin="india_police_events")
            for s in gold]
    counts = {h: {label: [0, 0, 0] for label in LABELS} for h in ("dev", "test", "all")}
    sizes = {"dev": 0, "test": 0, "all": 0}
    for sentence, result in zip(gold, coder.pipe(docs)):
        predicted = labels_of(result.events)
        halves = ("dev" if is_dev_id(str(sentence.doc_id)) else "test", "all")
        for h in halves:
            sizes[h] += 1
            for label in LABELS:
                if label in predicted and label in sentence.labels:
                    counts[h][label][0] += 1
                elif label in predicted:
                    counts[h][label][1] += 1
                elif label in sentence.labels:
                    counts[h][label][2] += 1
    return IndiaPoliceReport(sizes, {h: {k: (v[0], v[1], v[2]) for k, v in c.items()} for h, c in counts.items()})
