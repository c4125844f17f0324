"""Ingest with the coding on Dask, the store written by this process alone.

The input is read in batches of ``store_batch_documents`` as in
:func:`dyadline.store.ingest.ingest_documents`: each batch is hashed, and the
documents already stored (or repeated, or being coded now) are skipped. The
rest are split into tasks of ``scale_task_documents`` and submitted; at most
``scale_tasks_per_worker`` tasks per worker are in flight, so reading keeps
pace with coding and memory stays flat. As tasks complete (``as_completed``,
in any order) their results are collected, and whenever a batch's worth is
ready one transaction writes it, exactly as a single-process run would: the
events depend only on the set of stored mentions, so the store ends the same.

A worker that dies (killed, out of memory, crashed) loses its task; Dask runs
it again on another worker, up to ``scale_allowed_failures`` times. A task
that still fails is split and each of its documents is retried alone, so
one poisonous document cannot take its neighbours down; a document that
fails alone is recorded in the ``failures`` table (``WorkerDiedError``, or
the error the task raised after ``scale_task_retries`` retries). Nothing is
dropped silently.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from distributed import Future, KilledWorker, as_completed

from dyadline.records import Document, Failure
from dyadline.scale.cluster import DaskCoding, ScaleError
from dyadline.settings import Settings
from dyadline.store.ingest import ProgressCallback, coded_batch, new_documents, read_batches, store_counts
from dyadline.store.model import IngestProgress, IngestSummary, StoredDocument
from dyadline.store.schema import open_writer
from dyadline.store.writer import BatchWrite, write_batch

__all__ = ["ingest_on_dask"]

logger = logging.getLogger(__name__)

Pair = tuple[StoredDocument, Document]

#: while no task is done: how often to look for one, and how often to check the cluster's workers
_POLL_SECONDS = 0.02
_WATCH_SECONDS = 2.0


@dataclass
class _Pending:
    """Coded results waiting for the next write."""

    writes: list[BatchWrite] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    size: int = 0

    def add(self, batch: BatchWrite, keys: Iterable[str]) -> None:
        self.writes.append(batch)
        self.keys.extend(keys)
        self.size += len(batch.documents) + len(batch.failures)

    def merged(self) -> BatchWrite:
        return BatchWrite(
            tuple(d for w in self.writes for d in w.documents),
            tuple(n for w in self.writes for n in w.n_events),
            tuple(m for w in self.writes for m in w.mentions),
            tuple(f for w in self.writes for f in w.failures),
        )


class _DaskIngest:
    def __init__(self, path: Path, settings: Settings, coding: DaskCoding,
                 on_progress: ProgressCallback | None) -> None:
        self.path = path
        self.settings = settings
        self.coding = coding
        self.on_progress = on_progress
        self.timeout = settings.store_lock_timeout
        self.started = time.perf_counter()
        self.read = self.stored = self.skipped = self.failed = self.mentions = 0
        self.coding_seconds = self.store_seconds = 0.0
        self.tasks: dict[str, tuple[Future, list[Pair]]] = {}
        self.flowing: set[str] = set()  # content keys submitted and not yet written
        self.solo_deaths: dict[str, int] = {}  # content key -> lone tasks of it whose worker died
        self.pending = _Pending()
        self.done = as_completed()
        self.max_tasks = 2

    def progress(self) -> IngestProgress:
        return IngestProgress(self.read, self.stored, self.skipped, self.failed, self.mentions,
                              time.perf_counter() - self.started, self.coding_seconds, self.store_seconds)

    # --- submitting --------------------------------------------------------
    def submit(self, todo: Sequence[Pair]) -> None:
        future = self.coding.submit([document for _, document in todo])
        self.tasks[future.key] = (future, list(todo))
        self.done.add(future)

    def take(self, documents: list[Document], read_failures: list[Failure]) -> None:
        # workers may join or leave a running cluster: size the queue anew for each batch
        self.max_tasks = max(2, self.settings.scale_tasks_per_worker * self.coding.worker_count())
        self.read += len(documents)
        if read_failures:
            self.pending.add(BatchWrite((), (), (), tuple((f, None) for f in read_failures)), ())
        mark = time.perf_counter()
        todo = new_documents(self.path, documents, timeout=self.timeout, exclude=self.flowing)
        self.store_seconds += time.perf_counter() - mark
        self.skipped += len(documents) - len(todo)
        self.flowing.update(stored.doc_key for stored, _ in todo)
        size = max(1, self.settings.scale_task_documents)
        for start in range(0, len(todo), size):
            self.submit(todo[start:start + size])
        while self.done.count() >= self.max_tasks:
            self.collect(self.next_done())
        self.write(full_only=True)

    # --- collecting ----------------------------------------------------------
    def next_done(self) -> Future:
        """The next completed task. While none is, the cluster is watched: lost local workers are
        started anew, and a cluster left without any worker for ``scale_worker_wait`` seconds is an
        error rather than a wait for ever."""
        mark = time.perf_counter()
        checked = mark
        workerless_since: float | None = None
        while not self.done.has_ready():
            time.sleep(_POLL_SECONDS)
            now = time.perf_counter()
            if now - checked < _WATCH_SECONDS:
                continue
            checked = now
            if self.coding.restore_workers():
                workerless_since = None
            elif workerless_since is None:
                workerless_since = now
            elif now - workerless_since > self.settings.scale_worker_wait:
                raise ScaleError(
                    f"the Dask cluster ({self.coding.describe()}) has had no worker for "
                    f"{now - workerless_since:.0f} s (scale_worker_wait): {self.uncoded()} document(s) in "
                    "its queue, and any not yet read, were not coded; what was coded is stored, and a rerun "
                    "codes the rest")
        future = next(self.done)
        self.coding_seconds += time.perf_counter() - mark
        return future

    def uncoded(self) -> int:
        return sum(len(todo) for _, todo in self.tasks.values())

    def collect(self, future: Future) -> None:
        if future.status in {"lost", "pending"}:
            # done, but the worker holding the result died before we fetched it: Dask computes it again
            self.done.add(future)
            return
        _, todo = self.tasks.pop(future.key)
        keys = [stored.doc_key for stored, _ in todo]
        if future.status == "finished":
            try:
                # a result lost with its worker is computed again: wait no longer than for a worker
                result = future.result(timeout=self.settings.scale_worker_wait)
            except Exception as error:  # recorded by failed_task, as for status "error"
                # finished, then the worker holding the result died and the recomputation failed
                # (a poison document killed the workers it was queued on): treat it as a failed task
                self.failed_task(error, todo, keys)
            else:
                self.pending.add(coded_batch(todo, result), keys)
        elif future.status == "error":
            self.failed_task(future.exception(), todo, keys)
        else:
            raise ScaleError(f"a coding task ended as {future.status!r}: the Dask cluster lost it")
        future.release()

    def failed_task(self, error: BaseException, todo: list[Pair], keys: list[str]) -> None:
        died = isinstance(error, KilledWorker)
        if len(todo) > 1:
            logger.warning("a task of %d documents failed (%s); retrying each document alone",
                           len(todo), "its worker died" if died else type(error).__name__)
            for pair in todo:
                self.submit([pair])
            return
        stored, document = todo[0]
        if died:
            # an innocent document queued on the worker a poison document killed dies with it:
            # only one that keeps dying alone is the culprit
            deaths = self.solo_deaths.get(stored.doc_key, 0) + 1
            self.solo_deaths[stored.doc_key] = deaths
            if deaths < self.settings.scale_solo_attempts:
                self.submit([todo[0]])
                return
            failure = Failure(doc_id=document.id, origin=document.origin or document.id,
                              error_type="WorkerDiedError",
                              message="every Dask worker that coded this document died (killed, out of memory "
                                      f"or crashed); tried {deaths} times alone, each time on up to "
                                      f"{self.settings.scale_allowed_failures + 1} workers")
        else:
            failure = Failure(doc_id=document.id, origin=document.origin or document.id,
                              error_type=type(error).__name__, message=f"coding on a Dask worker failed: {error}")
        self.pending.add(BatchWrite((), (), (), ((failure, stored.doc_key),)), keys)

    # --- writing ---------------------------------------------------------------
    def write(self, *, full_only: bool) -> None:
        if not self.pending.size or (full_only and self.pending.size < self.settings.store_batch_documents):
            return
        batch, keys = self.pending.merged(), self.pending.keys
        self.pending = _Pending()
        mark = time.perf_counter()
        with open_writer(self.path, timeout=self.timeout) as conn:
            result = write_batch(conn, batch, tolerance=self.settings.store_dedup_days)
        self.store_seconds += time.perf_counter() - mark
        self.flowing.difference_update(keys)
        self.stored += result.documents
        self.skipped += result.raced
        self.mentions += result.mentions
        self.failed += len(batch.failures)
        for failure, _ in batch.failures:
            logger.warning("%s", failure.describe())
        if self.on_progress is not None:
            self.on_progress(self.progress())

    def run(self, items: Iterable[Document | Failure]) -> IngestSummary:
        with open_writer(self.path, timeout=self.timeout):
            pass  # create and migrate the store up front, so readers find it
        try:
            for documents, read_failures in read_batches(items, self.settings.store_batch_documents):
                self.take(documents, read_failures)
            while not self.done.is_empty():
                self.collect(self.next_done())
                self.write(full_only=True)
        except ScaleError:
            self.write(full_only=False)  # keep what was coded before the cluster failed
            raise
        self.write(full_only=False)
        counts = store_counts(self.path, timeout=self.timeout)
        return IngestSummary(self.progress(), str(self.path), *counts)


def ingest_on_dask(items: Iterable[Document | Failure], *, database: str | Path | None = None,
                   settings: Settings | None = None, coding: DaskCoding,
                   on_progress: ProgressCallback | None = None) -> IngestSummary:
    """Store a stream of documents (and read failures), coded on ``coding``'s Dask cluster."""
    settings = settings or coding.settings
    path = Path(database or settings.database)
    return _DaskIngest(path, settings, coding, on_progress).run(items)
