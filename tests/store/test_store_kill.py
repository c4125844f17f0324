"""A real ingest process killed with SIGKILL mid-run, then run again, ends with exactly a clean run's store."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from store_helpers import news_corpus

from dyadline.errors import StoreMissingError
from dyadline.store.ingest import ingest_paths
from dyadline.store.schema import open_reader
from dyadline.store.sources import SourceOptions

N_DOCS = 60
BATCH = 4


def snapshot(db: Path) -> tuple[list, list, list]:
    with open_reader(db) as conn:
        events = conn.execute(
            "SELECT event_id, date, source_country, source_sector, target_country, target_sector, event_type, mode, "
            "cameo, goldstein, place_name, num_mentions, num_sources, num_articles, is_root, first_doc_id "
            "FROM events ORDER BY event_id"
        ).fetchall()
        mentions = conn.execute("SELECT mention_id, event_id, doc_key, sentence_index, trigger_start FROM mentions "
                                "ORDER BY mention_id").fetchall()
        documents = conn.execute("SELECT doc_key, doc_id, n_events FROM documents ORDER BY doc_key").fetchall()
    return events, mentions, documents


def stored_documents(db: Path) -> int:
    try:
        with open_reader(db, timeout=30) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchall()[0][0]
    except StoreMissingError:
        return 0


def test_sigkill_mid_ingest_then_rerun_gives_exactly_a_clean_run(tmp_path, coder):
    lines = [json.dumps(r) + "\n" for r in news_corpus(N_DOCS)]
    full = tmp_path / "docs.jsonl"
    full.write_text("".join(lines), encoding="utf-8")
    killed, clean = tmp_path / "killed.duckdb", tmp_path / "clean.duckdb"

    env = {**os.environ, "DYADLINE_STORE_BATCH_DOCUMENTS": str(BATCH)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "dyadline.cli", "ingest", "-", "--input-format", "jsonl", "--db", str(killed),
         "--no-progress"],
        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
    )

    killed_now = threading.Event()

    def feed() -> None:  # a slow stream, as from a live feed: the process is always mid-run
        try:
            # (the last batch is held back until the kill, so that a slow machine, whose reader may wait on the
            # writer, cannot see the whole stream stored before the process is killed)
            for line in lines[:-BATCH]:
                proc.stdin.write(line.encode())
                proc.stdin.flush()
                time.sleep(0.05)
            if killed_now.wait(timeout=180):
                return
            for line in lines[-BATCH:]:
                proc.stdin.write(line.encode())
                proc.stdin.flush()
            proc.stdin.close()
        except (BrokenPipeError, ValueError, OSError):
            pass

    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()
    deadline = time.monotonic() + 180
    at_kill = 0
    while time.monotonic() < deadline and proc.poll() is None:
        at_kill = stored_documents(killed)
        if at_kill >= 3 * BATCH:
            break
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    killed_now.set()
    proc.wait(timeout=30)
    feeder.join(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    at_kill = stored_documents(killed)
    assert 3 * BATCH <= at_kill < N_DOCS, at_kill
    assert at_kill % BATCH == 0  # whole batches only: each commit holds its documents, mentions and events

    jsonl = SourceOptions(input_format="jsonl")
    rerun = ingest_paths([str(full)], database=killed, options=jsonl, coder=coder)
    assert rerun.progress.documents_skipped == at_kill
    assert rerun.progress.documents_stored == N_DOCS - at_kill
    ingest_paths([str(full)], database=clean, options=jsonl, coder=coder)

    after_rerun, after_clean = snapshot(killed), snapshot(clean)
    assert len(after_clean[2]) == N_DOCS
    assert after_clean[0], "the corpus should code into events"
    assert any(row[11] > 1 for row in after_clean[0]), "some events should be reported more than once"
    assert after_rerun == after_clean
