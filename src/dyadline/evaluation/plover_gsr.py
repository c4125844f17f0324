"""Score the coder on the PLOVER gold-standard records (plover_gsr).

Each gold record is one sentence with its event type, source and target
countries. The sentence is coded on its own as a document. The scorer picks
the coder's event with the gold type if it found one, else its most
confident event, and counts how often type, source country, target country
and the whole dyad agree with the gold.

Normalisation (in the scorer, never in the coder): older PLOVER names
(DEMAND -> REQUEST, DISAPPROVE and INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT);
old CAMEO-style country codes (JAP -> JPN, ITL -> ITA, VTN -> VNM); the gold
writes every intergovernmental body as IGO, so any IGO code we give counts
as IGO, and NGO likewise.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from dyadline.coder import Coder
from dyadline.evaluation.metrics import confusion_table, markdown_table, score_labels
from dyadline.errors import DyadlineError
from dyadline.records import Document, Event

__all__ = ["GoldSentence", "PloverGsrReport", "load_plover_gsr", "evaluate_plover_gsr"]

log = logging.getLogger(__name__)

OLD_TYPE_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
OLD_COUNTRY_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
GOLD_FILE = "plover_gsr/PLOVER_GSR_CAMEO.dev.json"


@dataclass(frozen=True, slots=True)
class GoldSentence:
    id: str
    text: str
    event_type: str
    sources: frozenset[str]
    targets: frozenset[str]


def _codes(value: object) -> frozenset[str]:
    if not isinstance(value, list):
        return frozenset()
    codes = set()
    for actor in value:
        code = (actor.get("code") or "").strip().upper()
        if code:
            codes.add(OLD_COUNTRY_CODES.get(code, code))
    return frozenset(codes)


def load_plover_gsr(data_dir: Path) -> list[GoldSentence]:
    path = data_dir / GOLD_FILE
    if not path.is_file():
        raise DyadlineError(f"{path}: the plover_gsr gold file is missing")
    records = json.loads(path.read_text("utf-8"))
    out = []
    for rec in records:
        if rec.get("event") == "DOCUMENT" or not rec.get("text"):
            continue
        event = rec["event"].strip().upper()
        text = rec["text"].strip().strip("{}")
        out.append(GoldSentence(rec["id"], text, OLD_TYPE_NAMES.get(event, event), _codes(rec.get("source")), _codes(rec.get("target"))))
    return out


def _normalise(country: str | None, igo_codes: frozenset[str]) -> str | None:
    if country is None:
        return None
    return "IGO" if country in igo_codes else country


@dataclass(frozen=True, slots=True)
class PloverGsrReport:
    sentences: int
    with_event: int
    type_correct: int
    top_type_correct: int
    found_gold_type: int
    source_agree: int
    target_agree: int
    dyad_correct: int
    full_correct: int
    type_pairs: tuple[tuple[str, str], ...]

    def markdown(self) -> str:
        n = self.sentences
        f = self.found_gold_type or 1
        rows = [
            ["sentences", n, ""],
            ["sentences with at least one event", self.with_event, self.with_event / n],
            ["gold event type among the events (selected event right)", self.type_correct, self.type_correct / n],
            ["most confident event has the gold type", self.top_type_correct, self.top_type_correct / n],
            ["source country agrees (events of the gold type found)", self.source_agree, self.source_agree / f],
            ["target country agrees (events of the gold type found)", self.target_agree, self.target_agree / f],
            ["dyad right (source and target) over all sentences", self.dyad_correct, self.dyad_correct / n],
            ["type, source and target all right over all sentences", self.full_correct, self.full_correct / n],
        ]
        scores = score_labels(self.type_pairs, none_label="NONE")
        per_class = markdown_table(["type", "precision", "recall", "F1", "support"],
                                   [[s.label, s.precision, s.recall, s.f1, s.support] for s in scores])
        return "\n\n".join([
            markdown_table(["measure", "count", "share"], rows),
            "Event type per class (selected event; NONE = no event):",
            per_class,
            "Confusion (gold rows, predicted columns):",
            confusion_table(self.type_pairs),
        ])


def _select(events: Sequence[Event], gold_type: str) -> Event | None:
    of_type = [e for e in events if e.event_type == gold_type]
    pool = of_type or list(events)
    return max(pool, key=lambda e: e.confidence) if pool else None


def evaluate_plover_gsr(data_dir: Path, *, coder: Coder, limit: int | None = None,
                        half: str = "all") -> PloverGsrReport:
    """Score on ``half`` = "all", "dev" or "test" (see :mod:`dyadline.evaluation.splits`)."""
    from dyadline.evaluation.splits import is_dev_id
    from dyadline.knowledge import load_knowledge

    kb = load_knowledge()
    gold = load_plover_gsr(data_dir)
    if half not in {"all", "dev", "test"}:
        raise DyadlineError(f"half must be all, dev or test, not {half!r}")
    if half != "all":
        gold = [g for g in gold if is_dev_id(g.id) == (half == "dev")]
    gold = gold[:limit]
    docs = [Document(id=g.id, text=g.text, date=dt.date(2000, 1, 1), origin=g.id) for g in gold]
    results = {r.document_id: r for r in coder.pipe(docs)}
    counts = dict(with_event=0, type_correct=0, top_type_correct=0, found_gold_type=0, source_agree=0,
                  target_agree=0, dyad_correct=0, full_correct=0)
    pairs = []
    for g in gold:
        events = results[g.id].events
        igo = frozenset(a.country for e in events for a in e.source + e.target
                        if a.country and kb.is_known_igo(a.country))
        chosen = _select(events, g.event_type)
        top = max(events, key=lambda e: e.confidence) if events else None
        pairs.append((g.event_type, chosen.event_type if chosen else "NONE"))
        if not events or chosen is None:
            continue
        counts["with_event"] += 1
        counts["top_type_correct"] += top is not None and top.event_type == g.event_type
        src = {_normalise(a.country, igo) for a in chosen.source} - {None}
        tgt = {_normalise(a.country, igo) for a in chosen.target} - {None}
        src_ok = bool(src & g.sources) or (not g.sources and not src)
        tgt_ok = bool(tgt & g.targets) or (not g.targets and not tgt)
        type_ok = chosen.event_type == g.event_type
        counts["type_correct"] += type_ok
        if type_ok:
            counts["found_gold_type"] += 1
            counts["source_agree"] += src_ok
            counts["target_agree"] += tgt_ok
        counts["dyad_correct"] += src_ok and tgt_ok
        counts["full_correct"] += type_ok and src_ok and tgt_ok
    return PloverGsrReport(sentences=len(gold), type_pairs=tuple(pairs), **counts)
