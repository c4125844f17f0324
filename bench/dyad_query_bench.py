"""Benchmark: a dyad timeline over 10 million synthetic events (target: under 0.2 s).

Generates the rows directly into a DuckDB store (the real schema, made by the
store's migrations), then times :func:`dyadline.store.rollups.dyad_timeline`
through a read-only connection, as ``dyadline dyad`` runs it. Prints figures;
not a test.

    python bench/dyad_query_bench.py                 # 10,000,000 events in a temporary file
    python bench/dyad_query_bench.py --events 1000000 --db /tmp/syn.duckdb --keep
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from dyadline.settings import load_settings
from dyadline.store.rollups import dyad_timeline, top_dyads
from dyadline.store.schema import DYAD_KEY_SQL, open_reader, open_writer

#: 40 countries; the first ones are drawn far more often (a skewed, realistic mix).
COUNTRIES = ("USA", "RUS", "CHN", "UKR", "IND", "PAK", "ISR", "IRN", "GBR", "FRA", "DEU", "TUR", "SYR", "IRQ",
             "EGY", "KEN", "NGA", "BRA", "MEX", "JPN", "KOR", "PRK", "SAU", "AFG", "ETH", "SDN", "COD", "SOM",
             "YEM", "LBY", "VEN", "COL", "PHL", "IDN", "MMR", "THA", "VNM", "POL", "ITA", "ESP")
TYPES = (("CONSULT", "040", 1.0, 1), ("SUPPORT", "051", 3.4, 1), ("AID", "070", 7.0, 2), ("COOPERATE", "061", 6.4, 2),
         ("ACCUSE", "111", -2.0, 3), ("REQUEST", "100", -5.0, 3), ("THREATEN", "138", -7.0, 3),
         ("PROTEST", "141", -6.5, 4), ("COERCE", "173", -5.0, 4), ("ASSAULT", "190", -10.0, 4))

GENERATE = """
INSERT INTO events BY NAME
SELECT printf('%020x', i) AS event_id,
       DATE '2015-01-01' + CAST(hash(i, 1) % 3653 AS INTEGER) AS date,
       'document' AS date_precision,
       countries[1 + CAST(floor(40 * pow((hash(i, 2) % 1000000) / 1000000.0, 2.5)) AS INTEGER)] AS source_country,
       'GOV' AS source_sector,
       countries[1 + CAST(floor(40 * pow((hash(i, 3) % 1000000) / 1000000.0, 2.5)) AS INTEGER)] AS target_country,
       'GOV' AS target_sector,
       kinds[k].t AS event_type, kinds[k].c AS cameo, kinds[k].g AS goldstein, kinds[k].q AS quad_class,
       1 + CAST(hash(i, 5) % 4 AS INTEGER) AS num_mentions, 1 AS num_sources, 1 AS num_articles,
       true AS is_root, current_timestamp::TIMESTAMP AS added_at
FROM (SELECT i, 1 + CAST(hash(i, 4) % 10 AS INTEGER) AS k, ? AS countries, ? AS kinds FROM range(?, ?) r(i))
"""
SET_KEYS = f"UPDATE events SET dyad_key = {DYAD_KEY_SQL}"


def generate(db: Path, n: int, chunk: int = 2_000_000) -> float:
    kinds = [{"t": t, "c": c, "g": g, "q": q} for t, c, g, q in TYPES]
    began = time.perf_counter()
    with open_writer(db) as conn:
        for lo in range(0, n, chunk):
            conn.execute(GENERATE, [list(COUNTRIES), kinds, lo, min(n, lo + chunk)])
        conn.execute(SET_KEYS)  # as the store computes it for every event it writes
        conn.execute("CHECKPOINT")
    return time.perf_counter() - began


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        fn()
        times.append(time.perf_counter() - began)
    return times[0], statistics.median(times)


def top_dyads_once(db: Path) -> None:
    with open_reader(db) as conn:
        top_dyads(conn, top=20)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--db", type=Path, default=None, help="store file (default: a temporary one)")
    parser.add_argument("--keep", action="store_true", help="keep the store file (and reuse it if it exists)")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    settings = load_settings()
    folder = None if args.db else tempfile.TemporaryDirectory()
    db = args.db or Path(folder.name) / "synthetic.duckdb"
    if not (args.keep and db.exists()):
        db.unlink(missing_ok=True)
        seconds = generate(db, args.events)
        print(f"generated {args.events:,} events in {seconds:.1f} s ({db.stat().st_size / 1e6:,.0f} MB)")
    with open_reader(db) as conn:
        total = conn.execute("SELECT count(*) FROM events").fetchall()[0][0]
        pair = conn.execute("SELECT count(*) FROM events WHERE (source_country = 'USA' AND target_country = 'RUS') "
                            "OR (source_country = 'RUS' AND target_country = 'USA')").fetchall()[0][0]
    print(f"store: {total:,} events; the USA–RUS dyad has {pair:,} of them")

    def cli_path(freq: str, start: dt.date | None = None, end: dt.date | None = None) -> Callable[[], None]:
        def run() -> None:  # what one `dyadline dyad` query does: open read-only, query, close
            with open_reader(db) as conn:
                dyad_timeline(conn, "USA", "RUS", freq=freq, start=start, end=end, settings=settings)
        return run

    cases = (
        ("dyad USA RUS --freq month (10 years)", "month", None, None),
        ("dyad USA RUS --freq week", "week", None, None),
        ("dyad USA RUS --freq day", "day", None, None),
        ("dyad USA RUS --freq month, one year", "month", dt.date(2020, 1, 1), dt.date(2020, 12, 31)),
    )
    # first with nothing open in this process, so every run opens the file afresh (cold, as a CLI call) ...
    cold = [timed(cli_path(freq, start, end), args.repeat)[1] for _, freq, start, end in cases]
    cold.append(timed(lambda: top_dyads_once(db), 3)[1])
    # ... then on one connection kept open (warm, as a long-running reader between two writes)
    with open_reader(db) as warm:
        hot = [timed(lambda: dyad_timeline(warm, "USA", "RUS", freq=freq, start=start, end=end,  # noqa: B023
                                           settings=settings), args.repeat)[1] for _, freq, start, end in cases]
        hot.append(timed(lambda: top_dyads(warm, top=20), 3)[1])
    print(f"{'':40s} {'open+query+close (a CLI call)':>32s} {'query on an open connection':>30s}")
    for label, c, h in zip([c[0] for c in cases] + ["dyads --top 20"], cold, hot, strict=True):
        print(f"{label:40s} {'median ' + f'{c * 1000:.1f} ms':>32s} {'median ' + f'{h * 1000:.1f} ms':>30s}")
    print(f"(medians of {args.repeat} runs; the dyad queries include the shift tests and the dense period list)")
    if folder is not None:
        folder.cleanup()


if __name__ == "__main__":
    main()
