"""Benchmark: coding speed with the event-type classifier against the lexicon-only pipeline of #2.

Same texts (the full India Police Events articles, read from the shared data
folder at run time), same machine, fresh process per run, runs alternating
(lexicon only, with classifier, lexicon only, ...), best of ``--repeat``.
"Lexicon only" is the pipeline with the classify stage switched off
(classifier_relabel and classifier_fill above 1), which is what #2 shipped.
The figures go to docs/performance.md between the classifier markers.

    python bench/classifier_speed.py                 # 621 articles, 2 rounds
    python bench/classifier_speed.py --limit 100 --repeat 1 --no-write
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BEGIN, END = "<!-- classifier-speed:begin -->", "<!-- classifier-speed:end -->"


def _child(mode: str, data: Path, limit: int | None) -> None:
    sys.path.insert(0, str(REPO / "bench"))
    from throughput import india_documents

    from dyadline.coder import Coder
    from dyadline.settings import load_settings

    off = {"classifier_relabel": 2.0, "classifier_fill": 2.0} if mode == "lexicon" else {}
    coder = Coder(settings=load_settings(**off))
    docs = india_documents(data, limit)
    list(coder.pipe(docs[:5]))  # load everything lazily loaded before the clock starts
    started = time.perf_counter()
    results = list(coder.pipe(docs))
    seconds = time.perf_counter() - started
    events = sum(len(r.events) for r in results)
    by_model = sum(1 for r in results for e in r.events if "type:model" in e.evidence)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"mode": mode, "docs": len(docs), "seconds": seconds, "events": events,
                      "model_typed": by_model, "peak_mb": peak}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--child", choices=["lexicon", "classifier"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.data, args.limit)
        return
    best: dict[str, dict] = {}
    for _ in range(args.repeat):
        for mode in ("lexicon", "classifier"):
            cmd = [sys.executable, __file__, "--child", mode, "--data", str(args.data)]
            if args.limit:
                cmd += ["--limit", str(args.limit)]
            out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
            run = json.loads(out)
            if mode not in best or run["seconds"] < best[mode]["seconds"]:
                best[mode] = run
    lex, clf = best["lexicon"], best["classifier"]
    ratio = lex["seconds"] / clf["seconds"]
    lines = [
        f"Made by `python bench/classifier_speed.py` on {dt.date.today()} ({platform.machine()}, "
        f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}); {lex['docs']} India Police Events articles, "
        f"best of {args.repeat} fresh-process rounds each.",
        "",
        "| pipeline | seconds | articles/s | events | typed by the classifier | peak MB |",
        "|---|---|---|---|---|---|",
    ]
    for name, run in (("lexicon only (#2)", lex), ("lexicon + classifier", clf)):
        lines.append(f"| {name} | {run['seconds']:.1f} | {run['docs'] / run['seconds']:.2f} | {run['events']} | "
                     f"{run['model_typed']} | {run['peak_mb']:.0f} |")
    lines += ["", f"Speed with the classifier: {ratio:.2f} of the lexicon-only pipeline "
                  f"(a drop of {100 * (1 - ratio):.0f}%; the bar is a drop of at most 30%)."]
    from perfdoc import publish

    publish("\n".join(lines), BEGIN, END, heading="The event-type classifier's cost", write=not args.no_write)


if __name__ == "__main__":
    main()
