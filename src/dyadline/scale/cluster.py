"""A Dask client with dyadline's coder loaded on every worker.

``DaskCoding(settings, workers=N)`` starts a local cluster of N worker
processes (one thread each: spaCy holds the GIL, so processes are what run in
parallel); ``DaskCoding(settings, scheduler="tcp://HOST:PORT")`` joins an
existing cluster, whose workers must have dyadline and its spaCy model
installed. Either way a :class:`~dyadline.scale.worker.CoderPlugin` loads the
model once in each worker process, before any task runs.

>>> with DaskCoding(settings, workers=2) as coding:
...     future = coding.submit(documents)      # -> list[CodedDocument]
"""

from __future__ import annotations

import dataclasses
import logging
import resource
from collections.abc import Callable, Sequence
from typing import Any

import dask
from distributed import Client, Future, LocalCluster

from dyadline.errors import DyadlineError
from dyadline.records import CodedDocument, Document
from dyadline.scale.worker import CoderPlugin, code_documents
from dyadline.settings import Settings

__all__ = ["CodingTask", "DaskCoding", "ScaleError", "peak_rss_bytes"]

logger = logging.getLogger(__name__)

#: the task a worker runs: (documents, settings) -> one CodedDocument per document, in order.
CodingTask = Callable[[Sequence[Document], Settings], list[CodedDocument]]


class ScaleError(DyadlineError):
    """The Dask cluster cannot be started or reached, or lost its work."""


def peak_rss_bytes() -> int:
    """Peak resident memory of the calling process, in bytes (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _local_config(settings: Settings) -> dict[str, object]:
    """Dask settings of a local cluster, read when its scheduler and workers start."""
    environ = dict(dask.config.get("distributed.nanny.pre-spawn-environ"))
    # Dask sets MALLOC_TRIM_THRESHOLD_=65536 in workers to return memory to the OS sooner; spaCy
    # allocates and frees so much that it makes coding some 12% slower, and a worker stays far below
    # its memory limit without it.
    environ.pop("MALLOC_TRIM_THRESHOLD_", None)
    return {
        # how often a task may be on a worker that dies before it fails
        "distributed.scheduler.allowed-failures": settings.scale_allowed_failures,
        "distributed.nanny.pre-spawn-environ": environ,
        # the statistical profiler samples the coding thread every 10 ms; no dashboard reads it here
        "distributed.worker.profile.enabled": False,
    }


class DaskCoding:
    """Codes batches of documents on a Dask cluster; use as a context manager."""

    def __init__(self, settings: Settings, *, workers: int | None = None, scheduler: str | None = None,
                 task: CodingTask = code_documents) -> None:
        if (workers is None) == (scheduler is None):
            raise ScaleError("give either a number of local workers or the address of a Dask scheduler")
        if workers is not None and workers < 1:
            raise ScaleError(f"--workers must be at least 1, not {workers}")
        # a local worker is one process of one thread, and Dask gives its BLAS one thread: the classifier
        # runs on one too, the workers being the parallelism (two threads in each of two workers on two
        # cores fight over them: the speed-up from one worker to two fell from 1.7x to 1.46x)
        self.settings = dataclasses.replace(settings, classifier_threads=1) if workers is not None else settings
        self.n_local = workers
        self.scheduler = scheduler
        self.task = task
        self._cluster: LocalCluster | None = None
        self._client: Client | None = None

    # --- life cycle ------------------------------------------------------
    def __enter__(self) -> DaskCoding:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> None:
        settings = self.settings
        try:
            if self.n_local is not None:
                with dask.config.set(_local_config(settings)):
                    self._cluster = LocalCluster(
                        n_workers=self.n_local, threads_per_worker=1, processes=True, host="127.0.0.1",
                        dashboard_address=None, memory_limit=settings.scale_worker_memory,
                        silence_logs=logging.ERROR,
                    )
                self._client = Client(self._cluster, timeout=settings.scale_connect_timeout)
            else:
                self._client = Client(self.scheduler, timeout=settings.scale_connect_timeout)
                self._client.wait_for_workers(1, timeout=settings.scale_connect_timeout)
        except (OSError, TimeoutError) as exc:
            self.close()
            where = f"the Dask scheduler at {self.scheduler}" if self.scheduler else "a local Dask cluster"
            raise ScaleError(f"cannot start or reach {where}: {exc}") from exc
        self._client.register_plugin(CoderPlugin(settings))
        logger.info("coding on %d Dask worker(s) (%s)", self.worker_count(), self.describe())

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    # --- use ---------------------------------------------------------------
    @property
    def client(self) -> Client:
        if self._client is None:
            raise ScaleError("the Dask client is not started (use DaskCoding as a context manager)")
        return self._client

    def describe(self) -> str:
        if self.scheduler is not None:
            return f"scheduler {self.scheduler}"
        return f"local cluster of {self.n_local} worker process(es)"

    def worker_count(self) -> int:
        """Worker threads in the cluster now (each codes one task at a time)."""
        return sum(self.client.nthreads().values())

    def restore_workers(self) -> int:
        """Start a local cluster's lost worker processes anew; return the worker threads live now.

        A nanny restarts its worker process when it dies, but Dask gives a worker up for good when the
        new process dies before it reported ready (a poison document queued on it at once) or is not back
        within ``distributed.deploy.lost-worker-timeout`` (15 s; loading the model on a busy machine can
        take longer). Such a cluster would be left with fewer workers, or none, and an ingest waiting on
        it would wait for ever: scaling the cluster to its size again starts replacements. A remote
        cluster's workers belong to whoever runs it; nothing is started there.
        """
        live = self.worker_count()
        if self._cluster is not None and self.n_local is not None and live < self.n_local:
            logger.info("%d of %d local Dask workers are live: scaling the cluster back to %d",
                        live, self.n_local, self.n_local)
            self._cluster.scale(self.n_local)
        return live

    def submit(self, documents: Sequence[Document]) -> Future:
        """Code documents on some worker; the future's result is their CodedDocuments, in order."""
        return self.client.submit(self.task, list(documents), self.settings, pure=False,
                                  retries=self.settings.scale_task_retries)

    def worker_peak_memory(self) -> dict[str, int]:
        """Peak resident memory (bytes) of each worker process, by worker address."""
        peaks: dict[str, Any] = self.client.run(peak_rss_bytes)
        return {address: int(value) for address, value in peaks.items()}
