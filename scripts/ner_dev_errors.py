"""Print the coder's target-span errors on the DEVELOPMENT half of cameo_ner (never the test half).

    python scripts/ner_dev_errors.py [--data ../shared/data] [--limit 60]
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from dyadline.coder import Coder
from dyadline.evaluation.cameo_ner import cameo_ner_sentences
from dyadline.records import Document


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--limit", type=int, default=60)
    args = parser.parse_args()
    coder = Coder()
    shown = 0
    for i, sentence in enumerate(cameo_ner_sentences(args.data, "dev")):
        events = coder.code(Document(id=f"ner-{i}", text=sentence.document_text, date=dt.date(2018, 1, 1)))
        if not events:
            continue
        gold = " ".join(t for t, r in zip(sentence.tokens, sentence.roles) if r in {"T", "R"})
        got = sorted({a.text for e in events for a in e.target})
        if gold and gold in got:
            continue
        print(sentence.document_text[:220])
        print(f"   gold target: {gold!r}")
        print(f"   coded:       {[(e.event_type, e.trigger.text, [a.text for a in e.source], [a.text for a in e.target]) for e in events]}")
        shown += 1
        if shown >= args.limit:
            break


if __name__ == "__main__":
    main()
