"""The store is usable while an ingest runs in another process (two real processes).

DuckDB admits one read-write process or several read-only ones at a time. The
writer holds the file only while it commits a batch; readers open read-only per
query and wait (retrying) while a commit is in progress, so they never fail.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time

import pytest
from store_helpers import news_corpus

from dyadline.errors import StoreLockedError
from dyadline.store.schema import connect, open_reader

READER = textwrap.dedent("""
    import json, sys, time
    from pathlib import Path
    from dyadline.errors import StoreMissingError
    from dyadline.store.rollups import top_dyads
    from dyadline.store.schema import open_reader

    db, stop = Path(sys.argv[1]), Path(sys.argv[2])
    counts, errors, waits = [], [], []
    while True:
        done = stop.exists()
        began = time.perf_counter()
        try:
            with open_reader(db, timeout=60) as conn:
                n = conn.execute("SELECT count(*) FROM documents").fetchall()[0][0]
                conn.execute("SELECT count(*) FROM events").fetchall()
                top_dyads(conn, top=5)
            counts.append(n)
            waits.append(time.perf_counter() - began)
        except StoreMissingError:
            pass  # the writer has not created the store yet
        except Exception as exc:  # the test fails on any error: record it whatever it is
            errors.append(f"{type(exc).__name__}: {exc}")
        if done:
            break
        time.sleep(0.01)
    print(json.dumps({"counts": counts, "errors": errors, "max_wait": max(waits, default=0.0)}))
""")

HOLDER = textwrap.dedent("""
    import sys, time, duckdb
    conn = duckdb.connect(sys.argv[1])
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
    conn.close()
""")


def test_a_reader_waits_for_a_held_lock_instead_of_failing(tmp_path):
    db = tmp_path / "held.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db), "1.5"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(StoreLockedError, match="another process held the database"):
            connect(db, read_only=True, timeout=0.2)
        began = time.perf_counter()
        conn = connect(db, read_only=True, timeout=30)  # waits until the holder lets go
        waited = time.perf_counter() - began
        conn.close()
        assert waited > 0.5
    finally:
        holder.wait(timeout=30)


def test_queries_in_another_process_never_fail_while_an_ingest_writes(tmp_path):
    docs = tmp_path / "docs.jsonl"
    # 40 batches of 2: enough commits that the reader, which may wait out several of them for the lock,
    # still sees the store between them more than once
    docs.write_text("".join(json.dumps(r) + "\n" for r in news_corpus(80)), encoding="utf-8")
    db, stop = tmp_path / "live.duckdb", tmp_path / "stop"
    env = {**os.environ, "DYADLINE_STORE_BATCH_DOCUMENTS": "2"}
    reader = subprocess.Popen([sys.executable, "-c", READER, str(db), str(stop)], stdout=subprocess.PIPE, text=True)
    writer = subprocess.run(
        [sys.executable, "-m", "dyadline.cli", "ingest", str(docs), "--db", str(db), "--no-progress"],
        capture_output=True, text=True, env=env, timeout=300,
    )
    stop.touch()
    out, _ = reader.communicate(timeout=120)
    assert writer.returncode == 0, writer.stderr
    report = json.loads(out)
    assert report["errors"] == []
    counts = report["counts"]
    with open_reader(db) as conn:
        final = conn.execute("SELECT count(*) FROM documents").fetchall()[0][0]
    assert counts[-1] == final == 80
    assert counts == sorted(counts)  # each read sees a committed state, never a partial batch undone
    assert all(c % 2 == 0 for c in counts)  # whole batches of 2 documents only
    assert len({c for c in counts if 0 < c < final}) >= 2, counts  # reads interleaved with the writes
