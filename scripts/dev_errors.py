"""Print the coder's errors on the DEVELOPMENT half of plover_gsr (never the test half).

    python scripts/dev_errors.py --data ../shared/data [--only type|source|target]
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from dyadline.coder import Coder
from dyadline.evaluation.plover_gsr import load_plover_gsr
from dyadline.evaluation.splits import is_dev_id
from dyadline.knowledge import load_knowledge
from dyadline.records import Document


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--only", choices=["type", "source", "target"], default=None)
    args = parser.parse_args()
    coder = Coder()
    kb = load_knowledge()
    for g in load_plover_gsr(args.data):
        if not is_dev_id(g.id):
            continue
        events = coder.code(Document(id=g.id, text=g.text, date=dt.date(2000, 1, 1)))
        of_type = [e for e in events if e.event_type == g.event_type]
        e = max(of_type, key=lambda x: x.confidence) if of_type else None
        # IGOs as the scorer counts them: the gold writes "IGO" for every intergovernmental body
        src = {"IGO" if a.country and kb.is_known_igo(a.country) else a.country for a in e.source} if e else set()
        tgt = {"IGO" if a.country and kb.is_known_igo(a.country) else a.country for a in e.target} if e else set()
        problems = []
        if e is None:
            problems.append("type")
        else:
            if not (src & g.sources) and g.sources:
                problems.append("source")
            if not (tgt & g.targets) and g.targets:
                problems.append("target")
        if not problems or (args.only and args.only not in problems):
            continue
        print(f"[{','.join(problems)}] {g.text}")
        print(f"   gold: {g.event_type} {sorted(g.sources)} -> {sorted(g.targets)}")
        for x in events:
            print(f"   got:  {x.event_type}/{x.mode} {[(a.country, a.sector, a.text) for a in x.source]} -> "
                  f"{[(a.country, a.sector, a.text) for a in x.target]} '{x.trigger.text}' {x.evidence}")


if __name__ == "__main__":
    main()
