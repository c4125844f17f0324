"""Coding on a real local Dask cluster (worker processes) stores exactly what a single-process run stores."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from distributed import LocalCluster
from scale_helpers import corpus, snapshot, write_jsonl

from dyadline.scale import DaskCoding, ingest_on_dask
from dyadline.scale.worker import coder_loads
from dyadline.settings import load_settings
from dyadline.store.ingest import ingest_documents, ingest_paths

N_ARTICLES = 24


@pytest.fixture(scope="module")
def docs(data_dir):
    return corpus(data_dir, N_ARTICLES)


@pytest.fixture(scope="module")
def single(docs, coder, tmp_path_factory) -> dict[str, list[tuple]]:
    """The store of an ordinary single-process ingest of the corpus."""
    db = tmp_path_factory.mktemp("single") / "single.duckdb"
    summary = ingest_documents(docs, database=db, coder=coder)
    assert summary.progress.documents_stored == len(docs)
    return snapshot(db)


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dyadline.cli", *args], capture_output=True, text=True, timeout=600)


def test_two_worker_processes_store_exactly_the_single_process_events(docs, single, tmp_path):
    # small tasks and small store batches: many tasks, completing out of order, written in several batches
    settings = load_settings(scale_task_documents=3, store_batch_documents=10)
    db = tmp_path / "dask.duckdb"
    with DaskCoding(settings, workers=2) as coding:
        cluster = coding.client.cluster
        assert isinstance(cluster, LocalCluster) and len(cluster.workers) == 2
        assert all(w.process is not None for w in cluster.workers.values())  # processes, not threads
        summary = ingest_on_dask(docs, database=db, settings=settings, coding=coding)
        loads = coding.client.run(coder_loads)  # the model was loaded once per worker, not per task
        ran = coding.client.run(lambda dask_worker: len(dask_worker.state.log))
    assert summary.progress.documents_stored == len(docs)
    assert summary.progress.failures == 0
    assert sorted(loads.values()) == [1, 1]
    assert all(n > 0 for n in ran.values())  # both workers took part
    dask = snapshot(db)
    assert len(single["events"]) > 20, "the corpus should code into events"
    assert any(num_mentions > 1 for num_mentions in single["num_mentions"]), "some events should merge reports"
    assert dask["documents"] == single["documents"]
    assert dask["mentions"] == single["mentions"]
    assert dask["events"] == single["events"]


def test_local_workers_run_the_classifier_on_one_thread_each_a_remote_cluster_as_set():
    settings = load_settings(classifier_threads=2)
    assert DaskCoding(settings, workers=2).settings.classifier_threads == 1
    assert DaskCoding(settings, scheduler="tcp://127.0.0.1:8786").settings.classifier_threads == 2


def test_rerun_on_dask_codes_nothing_twice(docs, single, tmp_path):
    db = tmp_path / "events.duckdb"
    settings = load_settings(scale_task_documents=8)
    with DaskCoding(settings, workers=2) as coding:
        first = ingest_on_dask(docs[:10], database=db, settings=settings, coding=coding)
        second = ingest_on_dask(docs + docs[:3], database=db, settings=settings, coding=coding)
    assert first.progress.documents_stored == 10
    assert second.progress.documents_stored == len(docs) - 10
    assert second.progress.documents_skipped == 10 + 3
    assert snapshot(db) == single


@pytest.fixture(scope="module")
def jsonl(docs, coder, tmp_path_factory) -> tuple[Path, dict[str, list[tuple]]]:
    """The corpus as a JSONL file, and the store of a single-process ingest of that file."""
    folder = tmp_path_factory.mktemp("jsonl")
    inputs = write_jsonl(docs, folder / "docs.jsonl")
    db = folder / "single.duckdb"
    ingest_paths([str(inputs)], database=db, coder=coder)
    return inputs, snapshot(db)


def test_cli_ingest_with_workers_equals_a_single_process_ingest(docs, jsonl, tmp_path):
    inputs, single = jsonl
    db = tmp_path / "cli.duckdb"
    out = run_cli("ingest", str(inputs), "--db", str(db), "--workers", "2", "--no-progress")
    assert out.returncode == 0, out.stderr
    assert f"stored {len(docs)}," in out.stdout
    assert snapshot(db) == single


def test_cli_ingest_on_a_running_scheduler(docs, jsonl, tmp_path):
    inputs, single = jsonl
    db = tmp_path / "remote.duckdb"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        out = run_cli("ingest", str(inputs), "--db", str(db), "--scheduler", cluster.scheduler_address,
                      "--no-progress")
    assert out.returncode == 0, out.stderr
    assert f"stored {len(docs)}," in out.stdout
    assert snapshot(db) == single


def test_cli_refuses_workers_with_scheduler_and_an_unreachable_scheduler(tmp_path):
    inputs = tmp_path / "a.txt"
    inputs.write_text("Japan sent aid to the Philippines.\n", encoding="utf-8")
    both = run_cli("ingest", str(inputs), "--db", str(tmp_path / "x.duckdb"), "--workers", "2",
                   "--scheduler", "tcp://127.0.0.1:1", "--no-progress")
    assert both.returncode == 2
    assert "not both" in both.stderr
    nowhere = subprocess.run(
        [sys.executable, "-m", "dyadline.cli", "ingest", str(inputs), "--db", str(tmp_path / "y.duckdb"),
         "--scheduler", "tcp://127.0.0.1:1", "--no-progress"],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "DYADLINE_SCALE_CONNECT_TIMEOUT": "3"},
    )
    assert nowhere.returncode == 2
    assert "cannot start or reach the Dask scheduler at tcp://127.0.0.1:1" in nowhere.stderr
