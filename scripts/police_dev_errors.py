"""Print the coder's police-action errors on the DEVELOPMENT half of India Police Events (split by
article; never the test half).

    python scripts/police_dev_errors.py [--data ../shared/data] [--label ARREST] [--kind fn|fp] [--limit 40]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from dyadline.coder import Coder
from dyadline.evaluation.india_police import LABELS, labels_of, load_india_police
from dyadline.evaluation.splits import is_dev_id
from dyadline.records import Document


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--label", choices=LABELS, default="ARREST")
    parser.add_argument("--kind", choices=("fn", "fp"), default="fn")
    parser.add_argument("--limit", type=int, default=40)
    args = parser.parse_args()
    coder = Coder()
    dev = [s for s in load_india_police(args.data) if is_dev_id(str(s.doc_id))]
    docs = [Document(id=f"ipe-{s.doc_id}-{s.sent_id}", text=s.text, date=s.date) for s in dev]
    shown = 0
    for sentence, result in zip(dev, coder.pipe(docs)):
        predicted = labels_of(result.events)
        gold = args.label in sentence.labels
        wrong = (gold and args.label not in predicted) if args.kind == "fn" else (not gold and args.label in predicted)
        if not wrong:
            continue
        print(sentence.text[:300])
        for e in result.events:
            print(f"   {e.event_type}/{e.mode} {[(a.text, a.sector) for a in e.source]} -> "
                  f"{[(a.text, a.sector) for a in e.target]} neg={e.negated} fat={e.fatalities} {e.evidence[:60]}")
        shown += 1
        if shown >= args.limit:
            break


if __name__ == "__main__":
    main()
