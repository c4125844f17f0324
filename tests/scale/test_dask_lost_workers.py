"""Workers Dask gives up on: a local cluster starts new ones, and an ingest on a cluster left with no
worker stops with an error that says so, keeping what it coded, instead of waiting for ever."""

from __future__ import annotations

import time

import pytest
from distributed import LocalCluster
from scale_helpers import corpus, snapshot

from dyadline.scale import DaskCoding, ScaleError, ingest_on_dask
from dyadline.settings import load_settings
from dyadline.store.ingest import ingest_documents
from dyadline.store.schema import open_reader


def _retire_every_worker(coding: DaskCoding) -> list[str]:
    """Close the cluster's workers as Dask closes one it has given up on (its nanny does not restart it)."""
    gone = list(coding.client.nthreads())
    coding.client.retire_workers(workers=gone, close_workers=True)
    deadline = time.monotonic() + 120
    while coding.client.nthreads() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not coding.client.nthreads(), "the retired workers did not leave the cluster"
    return gone


def test_a_local_cluster_left_without_workers_starts_new_ones_and_the_ingest_finishes(data_dir, coder,
                                                                                       tmp_path):
    docs = corpus(data_dir, 2)
    settings = load_settings(scale_task_documents=4)
    db = tmp_path / "dask.duckdb"
    with DaskCoding(settings, workers=1) as coding:
        gone = _retire_every_worker(coding)
        summary = ingest_on_dask(docs, database=db, settings=settings, coding=coding)
        live = list(coding.client.nthreads())
    assert len(live) == 1 and live != gone  # a new worker process, not the retired one
    assert summary.progress.documents_stored == len(docs)
    assert summary.progress.failures == 0
    clean = tmp_path / "clean.duckdb"
    ingest_documents(docs, database=clean, coder=coder)
    assert snapshot(db) == snapshot(clean)


def test_an_ingest_on_a_cluster_without_workers_stops_with_an_error_and_keeps_what_was_stored(data_dir,
                                                                                              tmp_path):
    docs = corpus(data_dir, 1)
    first, later = docs[:5], docs[5:]
    settings = load_settings(scale_task_documents=4, scale_worker_wait=3.0)
    db = tmp_path / "dask.duckdb"
    # a cluster someone else runs: dyadline starts no worker there
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        with DaskCoding(settings, scheduler=cluster.scheduler_address) as coding:
            done = ingest_on_dask(first, database=db, settings=settings, coding=coding)
            _retire_every_worker(coding)
            started = time.monotonic()
            with pytest.raises(ScaleError) as raised:
                ingest_on_dask(later, database=db, settings=settings, coding=coding)
            waited = time.monotonic() - started
    assert done.progress.documents_stored == len(first)
    message = str(raised.value)
    assert f"scheduler {cluster.scheduler_address}" in message
    assert "has had no worker" in message and "a rerun codes the rest" in message
    assert f"{len(later)} document(s) in its queue" in message
    assert 3.0 <= waited < 60
    with open_reader(db) as conn:
        stored = {row[0] for row in conn.execute("SELECT doc_id FROM documents").fetchall()}
    assert stored == {d.id for d in first}
