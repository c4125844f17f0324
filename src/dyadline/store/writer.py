"""Writing one batch to the store: documents, mentions, failures and events in one transaction.

Rows go in as Arrow tables (DuckDB reads them in bulk; row-by-row inserts are
slow). The transaction either commits whole or not at all, so a process
killed mid-batch leaves the store as it was after the previous batch.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass

import duckdb
import pyarrow as pa

from dyadline.errors import StoreError
from dyadline.records import Failure
from dyadline.store.dedup import recluster
from dyadline.store.mentions import documents_table, mentions_table
from dyadline.store.model import Mention, StoredDocument

__all__ = ["BatchWrite", "BatchResult", "existing_keys", "failure_key", "write_batch"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BatchWrite:
    """What one batch adds to the store."""

    documents: tuple[StoredDocument, ...]
    n_events: tuple[int, ...]  # events the coder found, per document
    mentions: tuple[Mention, ...]
    failures: tuple[tuple[Failure, str | None], ...]  # (failure, content key of the document if known)


@dataclass(frozen=True, slots=True)
class BatchResult:
    documents: int
    mentions: int
    failures: int
    events_written: int
    raced: int  # documents another writer stored in the meantime (skipped)


def failure_key(failure: Failure) -> str:
    raw = "\x1f".join((failure.origin, failure.doc_id or "", failure.error_type, failure.message))
    return hashlib.sha1(raw.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def existing_keys(conn: duckdb.DuckDBPyConnection, keys: Sequence[str]) -> set[str]:
    """The content keys among ``keys`` already stored."""
    if not keys:
        return set()
    conn.register("probe_keys", pa.table({"doc_key": pa.array(list(keys), pa.string())}))
    try:
        rows = conn.execute(
            "SELECT doc_key FROM documents WHERE doc_key IN (SELECT doc_key FROM probe_keys)"
        ).fetchall()
    finally:
        conn.unregister("probe_keys")
    return {row[0] for row in rows}


def _failures_table(failures: Sequence[tuple[Failure, str | None]], now: dt.datetime) -> pa.Table:
    unique: dict[str, tuple[Failure, str | None]] = {}
    for failure, doc_key in failures:
        unique.setdefault(failure_key(failure), (failure, doc_key))
    items = list(unique.items())
    return pa.table({
        "failure_key": pa.array([k for k, _ in items], pa.string()),
        "doc_key": pa.array([dk for _, (_, dk) in items], pa.string()),
        "doc_id": pa.array([f.doc_id for _, (f, _) in items], pa.string()),
        "origin": pa.array([f.origin for _, (f, _) in items], pa.string()),
        "error_type": pa.array([f.error_type for _, (f, _) in items], pa.string()),
        "message": pa.array([f.message for _, (f, _) in items], pa.string()),
        "first_seen": pa.array([now] * len(items), pa.timestamp("us")),
        "last_seen": pa.array([now] * len(items), pa.timestamp("us")),
        "attempts": pa.array([1] * len(items), pa.int32()),
        "resolved": pa.array([False] * len(items), pa.bool_()),
    })


def _insert(conn: duckdb.DuckDBPyConnection, table: str, rows: pa.Table) -> None:
    if rows.num_rows == 0:
        return
    name = f"batch_{table}"
    conn.register(name, rows)
    try:
        if table == "failures":
            conn.execute(
                f"INSERT INTO failures BY NAME SELECT * FROM {name} ON CONFLICT (failure_key) DO UPDATE SET "
                "last_seen = excluded.last_seen, attempts = failures.attempts + 1, resolved = false"
            )
        else:
            conn.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {name}")
    finally:
        conn.unregister(name)


def _resolve_failures(conn: duckdb.DuckDBPyConnection, documents: Sequence[StoredDocument]) -> None:
    """Failures of inputs that have now been stored (fixed and read again) are marked resolved."""
    if not documents:
        return
    conn.register("stored_now", pa.table({
        "doc_key": pa.array([d.doc_key for d in documents], pa.string()),
        "origin": pa.array([d.origin or "" for d in documents], pa.string()),
    }))
    try:
        conn.execute(
            "UPDATE failures SET resolved = true WHERE NOT resolved AND "
            "(doc_key IN (SELECT doc_key FROM stored_now) OR origin IN (SELECT origin FROM stored_now))"
        )
    finally:
        conn.unregister("stored_now")


def write_batch(conn: duckdb.DuckDBPyConnection, batch: BatchWrite, *, tolerance: int) -> BatchResult:
    """Store the batch in one transaction and re-derive the events it touches."""
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    conn.execute("BEGIN TRANSACTION")
    try:
        present = existing_keys(conn, [d.doc_key for d in batch.documents])
        keep = [i for i, d in enumerate(batch.documents) if d.doc_key not in present]
        documents = [batch.documents[i] for i in keep]
        kept_keys = {d.doc_key for d in documents}
        mentions = [m for m in batch.mentions if m.doc_key in kept_keys]
        failures = [(f, k) for f, k in batch.failures if k is None or k not in present]
        _insert(conn, "documents", documents_table(documents, [batch.n_events[i] for i in keep], now))
        _insert(conn, "mentions", mentions_table(mentions))
        _insert(conn, "failures", _failures_table(failures, now))
        _resolve_failures(conn, documents)
        written = recluster(conn, mentions, tolerance=tolerance) if mentions else 0
        conn.execute("COMMIT")
    except duckdb.Error as exc:
        conn.execute("ROLLBACK")
        raise StoreError(f"writing a batch of {len(batch.documents)} documents failed: {exc}") from exc
    if present:
        logger.info("%d documents were stored by another writer meanwhile; skipped", len(present))
    return BatchResult(len(documents), len(mentions), len(failures), written, len(present))
