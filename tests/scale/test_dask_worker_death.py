"""A worker process killed mid-task: its documents are coded elsewhere, and the one that kills
every worker it meets is recorded as a failure. Nothing is lost silently."""

from __future__ import annotations

import contextlib
import datetime as dt
import time
from functools import partial

import cloudpickle
import scale_helpers
from scale_helpers import POISON, corpus, kill_this_process, killing_task, killing_when_marked, raising_task, snapshot

from dyadline.records import Document
from dyadline.scale import DaskCoding, ingest_on_dask
from dyadline.scale.ingest import _DaskIngest
from dyadline.settings import load_settings
from dyadline.store.ingest import ingest_documents, new_documents
from dyadline.store.queries import list_failures
from dyadline.store.schema import open_reader, open_writer

# the workers are fresh processes that cannot import the tests: ship the killing task by value
cloudpickle.register_pickle_by_value(scale_helpers)


def test_a_killed_worker_loses_no_document_and_the_poison_document_is_a_recorded_failure(data_dir, coder,
                                                                                           tmp_path):
    docs = corpus(data_dir, 6)
    poison = Document(id="poison", text=f"{POISON} Japan sent aid to the Philippines.", date=dt.date(2024, 5, 2),
                      origin="poison.txt")
    stream = docs[:5] + [poison] + docs[5:]  # in a task with three innocent documents
    settings = load_settings(scale_task_documents=4, scale_allowed_failures=1, store_batch_documents=8)
    db = tmp_path / "dask.duckdb"
    with DaskCoding(settings, workers=2, task=killing_task) as coding:
        summary = ingest_on_dask(stream, database=db, settings=settings, coding=coding)
        # the nanny restarts a killed worker; Dask gives up a worker whose new process dies at once or is
        # slow to come back (a model load on a busy machine), and the cluster is scaled back to its size
        deadline = time.monotonic() + 600
        while coding.restore_workers() < 2 and time.monotonic() < deadline:
            time.sleep(2)
        assert len(coding.client.nthreads()) == 2

    assert summary.progress.documents_stored == len(docs)
    assert summary.progress.failures == 1
    with open_reader(db) as conn:
        failures = list_failures(conn)
    assert [(f.failure.doc_id, f.failure.origin, f.failure.error_type) for f in failures] == [
        ("poison", "poison.txt", "WorkerDiedError")]
    assert "died" in failures[0].failure.message

    clean = tmp_path / "clean.duckdb"
    ingest_documents(docs, database=clean, coder=coder)
    coded = snapshot(db)
    assert coded == snapshot(clean)  # the poison's task-mates were all coded, as in a clean run


def test_a_task_that_raises_records_only_the_document_that_cannot_be_coded(data_dir, tmp_path):
    docs = corpus(data_dir, 2)
    poison = Document(id="poison", text=f"{POISON} Kenyan police arrested 40 protesters in Nairobi.",
                      date=dt.date(2024, 5, 2), origin="poison.txt")
    settings = load_settings(scale_task_documents=4, scale_task_retries=1)
    db = tmp_path / "dask.duckdb"
    with DaskCoding(settings, workers=2, task=raising_task) as coding:
        summary = ingest_on_dask([*docs[:3], poison, *docs[3:]], database=db, settings=settings, coding=coding)
    assert summary.progress.documents_stored == len(docs)
    with open_reader(db) as conn:
        failures = list_failures(conn)
    assert [(f.failure.doc_id, f.failure.error_type) for f in failures] == [("poison", "ValueError")]
    assert "cannot code the poison document" in failures[0].failure.message


def test_a_finished_result_lost_with_its_worker_is_recorded_when_it_cannot_be_computed_again(data_dir, tmp_path):
    # a task finished, its worker died before the result was fetched, and every worker that computed it
    # again died too (CI once met this). Whether the client sees the loss before or while it fetches the
    # result (a race the test cannot force), the documents end as recorded failures and nothing raises.
    docs = corpus(data_dir, 0)[:3]
    marker = tmp_path / "kill-from-now-on"
    settings = load_settings(scale_task_documents=4, scale_allowed_failures=1, scale_solo_attempts=1)
    db = tmp_path / "dask.duckdb"
    with DaskCoding(settings, workers=2, task=partial(killing_when_marked, marker=str(marker))) as coding:
        ingest = _DaskIngest(db, settings, coding, None)
        with open_writer(db, timeout=settings.store_lock_timeout):
            pass
        ingest.submit(new_documents(db, docs, timeout=settings.store_lock_timeout))
        future = next(ingest.done)
        assert future.status == "finished"
        marker.touch()
        holders = list(coding.client.who_has(future)[future.key])
        with contextlib.suppress(Exception):  # the worker dies while answering
            coding.client.run(kill_this_process, workers=holders)
        ingest.collect(future)
        while not ingest.done.is_empty():
            ingest.collect(ingest.next_done())
        ingest.write(full_only=False)

    with open_reader(db) as conn:
        failures = list_failures(conn)
        stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert stored == 0
    assert sorted((f.failure.doc_id, f.failure.error_type) for f in failures) == [
        (d.id, "WorkerDiedError") for d in sorted(docs, key=lambda d: d.id)]
