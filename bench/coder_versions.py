"""Benchmark: coding speed of this checkout against another commit, on the same texts and machine.

The throughput benchmark's ratio (coding / raw model) moves with the model's own time from run to run;
this one times only ``Coder.pipe`` of two versions, in fresh processes, alternating (the other commit,
this one, the other, ...), best of ``--repeat`` each, so a change that slows coding shows apart from the
machine's noise. The other commit's ``src`` is taken with ``git archive`` into a temporary folder and put
first on the child's ``PYTHONPATH``. Texts: the India Police Events articles, read from the shared data
folder at run time. The figures go to docs/performance.md between the coder-versions markers.

    python bench/coder_versions.py --base 2e31e29              # 621 articles, 2 rounds each
    python bench/coder_versions.py --base HEAD~3 --limit 100 --repeat 1 --no-write
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BEGIN, END = "<!-- coder-versions:begin -->", "<!-- coder-versions:end -->"


def _child(data: Path, limit: int | None) -> None:
    sys.path.insert(0, str(REPO / "bench"))
    from throughput import india_documents

    import dyadline
    from dyadline.coder import Coder

    coder = Coder()
    docs = india_documents(data, limit)
    list(coder.pipe(docs[:5]))  # load everything lazily loaded before the clock starts
    started = time.perf_counter()
    results = list(coder.pipe(docs))
    seconds = time.perf_counter() - started
    print(json.dumps({"docs": len(docs), "seconds": seconds, "events": sum(len(r.events) for r in results),
                      "package": str(Path(dyadline.__file__).resolve().parent)}))


def _export(commit: str, into: Path) -> Path:
    """The ``src`` folder of ``commit``, unpacked under ``into``."""
    archive = into / "src.tar"
    with open(archive, "wb") as out:
        subprocess.run(["git", "-C", str(REPO), "archive", "--format=tar", commit, "src"], check=True, stdout=out)
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def _run(src: Path, data: Path, limit: int | None) -> dict:
    cmd = [sys.executable, __file__, "--child", "--data", str(data)]
    if limit:
        cmd += ["--limit", str(limit)]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(src), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep))
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout.strip().splitlines()[-1]
    run = json.loads(out)
    if Path(run["package"]) != (src / "dyadline").resolve():
        raise RuntimeError(f"the child imported {run['package']}, not the package under {src}")
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", help="the commit to compare with (any name git knows); required")
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.data, args.limit)
        return
    if not args.base:
        parser.error("--base is required: the commit to compare this checkout with")
    base_name = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", args.base], check=True,
                               capture_output=True, text=True).stdout.strip()
    here_name = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], check=True,
                               capture_output=True, text=True).stdout.strip()
    dirty = bool(subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "src"], check=True,
                                capture_output=True, text=True).stdout.strip())
    rounds: dict[str, list[dict]] = {"base": [], "here": []}
    with tempfile.TemporaryDirectory() as tmp:
        base_src = _export(args.base, Path(tmp))
        for _ in range(args.repeat):
            rounds["base"].append(_run(base_src, args.data, args.limit))
            rounds["here"].append(_run(REPO / "src", args.data, args.limit))
    best = {k: min(v, key=lambda r: r["seconds"]) for k, v in rounds.items()}
    ratio = best["base"]["seconds"] / best["here"]["seconds"]
    here_label = here_name + (" with uncommitted changes" if dirty else "")
    lines = [
        f"Made by `python bench/coder_versions.py --base {args.base}` on {dt.date.today()} ({platform.machine()}, "
        f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}); {best['here']['docs']} India Police Events "
        f"articles, fresh processes alternating, best of {args.repeat} rounds each.",
        "",
        "| version | seconds (rounds) | articles/s | events |",
        "|---|---|---|---|",
    ]
    for key, label in (("base", base_name), ("here", here_label)):
        run = best[key]
        times = ", ".join(f"{r['seconds']:.1f}" for r in rounds[key])
        lines.append(f"| {label} | {run['seconds']:.1f} ({times}) | {run['docs'] / run['seconds']:.2f} | {run['events']} |")
    lines += ["", f"Coding speed of {here_label} against {base_name}: {ratio:.3f} (above 1: faster)."]
    from perfdoc import publish

    publish("\n".join(lines), BEGIN, END, heading="Coding speed against an earlier commit", write=not args.no_write)


if __name__ == "__main__":
    main()
