"""Choose how the lexicon and the classifier are combined, on the DEVELOPMENT half of plover_gsr only.

    python scripts/classifier_dev.py [--data ../shared/data]

For each dev sentence it prints the gold type, the lexicon's events and the
classifier's top types, then the dev-half type accuracy of a grid of
thresholds for (a) relabelling a lexicon event and (b) coding a sentence the
lexicon finds nothing in. The thresholds chosen here are the settings
``classifier_relabel`` / ``classifier_fill``; the test half is never read.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from dyadline.classifier.model import get_event_type_model
from dyadline.coder import Coder
from dyadline.evaluation.plover_gsr import load_plover_gsr
from dyadline.evaluation.splits import is_dev_id
from dyadline.records import Document
from dyadline.settings import load_settings


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    # the lexicon alone: the classifier switched off
    coder = Coder(settings=load_settings(classifier_relabel=2.0, classifier_fill=2.0))
    model = get_event_type_model()
    gold = [g for g in load_plover_gsr(args.data) if is_dev_id(g.id)]
    rows = []
    for g in gold:
        events = coder.code(Document(id=g.id, text=g.text, date=dt.date(2000, 1, 1)))
        scores = model.scores([g.text])[0]
        rows.append((g, events, scores))
        if not args.quiet:
            got = ", ".join(f"{e.event_type}({e.evidence.split(';')[0]})" for e in events) or "-"
            top = ", ".join(f"{t} {p:.2f}" for t, p in scores.probabilities[:3])
            print(f"{g.event_type:10} lex: {got}\n{'':10} model: {top}\n{'':10} {g.text[:160]}")
    n = len(rows)
    print(f"\n{n} dev sentences")
    print("lexicon alone: gold type among events", sum(any(e.event_type == g.event_type for e in ev) for g, ev, _ in rows) / n)
    print("model alone: top type", sum(s.best == g.event_type for g, _, s in rows) / n)
    for fill in (0.3, 0.4, 0.5, 0.6, 0.7, 2.0):
        for relabel in (0.5, 0.6, 0.7, 0.8, 0.9, 2.0):
            right = 0
            for g, events, s in rows:
                types = {e.event_type for e in events}
                if not events:
                    types = {s.best} if s.confidence >= fill else set()
                elif s.best not in types and s.confidence >= relabel:
                    types = {s.best}
                right += g.event_type in types
            print(f"fill>={fill} relabel>={relabel}: {right / n:.3f}")


if __name__ == "__main__":
    main()
