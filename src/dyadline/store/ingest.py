"""Ingest: read inputs, code new documents, store them batch by batch.

For each batch of ``Settings.store_batch_documents`` documents:

1. hash each text; drop those already stored (the same content hash) or
   repeated in the batch — a rerun re-reads its inputs but codes nothing twice;
2. code the rest with :meth:`Coder.pipe` (the database is not held meanwhile);
3. in one transaction, insert the documents, their mentions and the failures,
   and re-derive the events the new mentions touch (:mod:`dyadline.store.dedup`).

A process killed at any point loses at most the batch in flight, which the
next run codes again; nothing is ever stored twice.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from dyadline.errors import StoreError
from dyadline.records import CodedDocument, Document, Failure
from dyadline.settings import Settings, load_settings
from dyadline.store.mentions import mentions_of, stored_document
from dyadline.store.model import IngestProgress, IngestSummary, Mention, StoredDocument
from dyadline.store.schema import open_reader, open_writer
from dyadline.store.sources import SourceOptions, read_sources
from dyadline.store.writer import BatchWrite, existing_keys, write_batch

if TYPE_CHECKING:
    from dyadline.coder import Coder

__all__ = ["ProgressCallback", "coded_batch", "ingest_documents", "ingest_paths", "new_documents", "read_batches",
           "store_counts"]

logger = logging.getLogger(__name__)

ProgressCallback = Callable[[IngestProgress], None]


def read_batches(items: Iterable[Document | Failure], size: int) -> Iterator[tuple[list[Document], list[Failure]]]:
    """Batches of up to ``size`` documents (and the failures read along with them)."""
    documents: list[Document] = []
    failures: list[Failure] = []
    for item in items:
        if isinstance(item, Failure):
            failures.append(item)
        else:
            documents.append(item)
        if len(documents) >= size or len(failures) >= 4 * size:
            yield documents, failures
            documents, failures = [], []
    if documents or failures:
        yield documents, failures


def coded_batch(todo: Sequence[tuple[StoredDocument, Document]], results: Iterable[CodedDocument]) -> BatchWrite:
    """The store rows of coded documents: ``results`` holds one CodedDocument per ``todo`` pair, in order."""
    documents: list[StoredDocument] = []
    n_events: list[int] = []
    mentions: list[Mention] = []
    failures: list[tuple[Failure, str | None]] = []
    for (stored, _), result in zip(todo, results, strict=True):
        if result.failure is not None:
            failures.append((result.failure, stored.doc_key))
            continue
        documents.append(stored)
        n_events.append(len(result.events))
        for event in result.events:
            mentions.extend(mentions_of(event, stored))
    return BatchWrite(tuple(documents), tuple(n_events), tuple(mentions), tuple(failures))


def _code(coder: Coder, todo: Sequence[tuple[StoredDocument, Document]]) -> BatchWrite:
    return coded_batch(todo, coder.pipe([document for _, document in todo]))


def new_documents(path: Path, documents: Sequence[Document], *, timeout: float,
                  exclude: Collection[str] = ()) -> list[tuple[StoredDocument, Document]]:
    """The documents to code: not already stored, not repeated in the batch, not in ``exclude`` (keys)."""
    unique: dict[str, tuple[StoredDocument, Document]] = {}
    for document in documents:
        stored_doc = stored_document(document)
        if stored_doc.doc_key not in exclude:
            unique.setdefault(stored_doc.doc_key, (stored_doc, document))
    with open_writer(path, timeout=timeout) as conn:
        present = existing_keys(conn, list(unique))
    return [pair for key, pair in unique.items() if key not in present]


def ingest_documents(
    items: Iterable[Document | Failure],
    *,
    database: str | Path | None = None,
    settings: Settings | None = None,
    coder: Coder | None = None,
    on_progress: ProgressCallback | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
) -> IngestSummary:
    """Store a stream of documents (and read failures); return this run's totals.

    With ``workers`` (a local Dask cluster of that many processes) or ``scheduler``
    (the address of a running Dask scheduler) the documents are coded on Dask
    (:mod:`dyadline.scale`); this process still writes every batch to the store.
    """
    settings = settings or (coder.settings if coder is not None else load_settings())
    if workers is not None or scheduler is not None:
        from dyadline.scale import DaskCoding, ingest_on_dask

        with DaskCoding(settings, workers=workers, scheduler=scheduler) as coding:
            return ingest_on_dask(items, database=database, settings=settings, coding=coding,
                                  on_progress=on_progress)
    path = Path(database or settings.database)
    timeout = settings.store_lock_timeout
    started = time.perf_counter()
    read = stored = skipped = failed = mention_count = 0
    coding = storing = 0.0

    def report() -> IngestProgress:
        return IngestProgress(read, stored, skipped, failed, mention_count, time.perf_counter() - started,
                              coding, storing)

    with open_writer(path, timeout=timeout):
        pass  # create and migrate the store up front, so readers find it
    for documents, read_failures in read_batches(items, settings.store_batch_documents):
        read += len(documents)
        mark = time.perf_counter()
        todo = new_documents(path, documents, timeout=timeout)
        skipped += len(documents) - len(todo)
        if todo and coder is None:
            from dyadline.coder import Coder

            coder = Coder(settings=settings)
        storing, mark = storing + time.perf_counter() - mark, time.perf_counter()
        batch = _code(coder, todo) if todo else BatchWrite((), (), (), ())
        coding, mark = coding + time.perf_counter() - mark, time.perf_counter()
        batch = BatchWrite(batch.documents, batch.n_events, batch.mentions,
                           batch.failures + tuple((f, None) for f in read_failures))
        if batch.documents or batch.failures:
            with open_writer(path, timeout=timeout) as conn:
                result = write_batch(conn, batch, tolerance=settings.store_dedup_days)
            storing += time.perf_counter() - mark
            stored += result.documents
            skipped += result.raced
            mention_count += result.mentions
            failed += len(batch.failures)
        for failure, _ in batch.failures:
            logger.warning("%s", failure.describe())
        if on_progress is not None:
            on_progress(report())
    counts = store_counts(path, timeout=timeout)
    return IngestSummary(report(), str(path), *counts)


def store_counts(path: str | Path, *, timeout: float = 60.0) -> tuple[int, int, int, int]:
    """(documents, mentions, events, unresolved failures) in the store."""
    with open_reader(path, timeout=timeout) as conn:
        rows = conn.execute(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM mentions), "
            "(SELECT count(*) FROM events), (SELECT count(*) FROM failures WHERE NOT resolved)"
        ).fetchall()
    if not rows:
        raise StoreError(f"{path}: cannot count the store's rows")
    row = rows[0]
    return int(row[0]), int(row[1]), int(row[2]), int(row[3])


def ingest_paths(
    paths: Sequence[str],
    *,
    database: str | Path | None = None,
    options: SourceOptions | None = None,
    settings: Settings | None = None,
    coder: Coder | None = None,
    on_progress: ProgressCallback | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
) -> IngestSummary:
    """Read files, folders (recursively) or ``-`` (standard input) and store their documents
    (coded on Dask with ``workers`` or ``scheduler``, as :func:`ingest_documents`)."""
    settings = settings or (coder.settings if coder is not None else load_settings())
    items = read_sources(list(paths), options=options or SourceOptions(), settings=settings)
    return ingest_documents(items, database=database, settings=settings, coder=coder, on_progress=on_progress,
                            workers=workers, scheduler=scheduler)
