"""The store's schema, its migrations, and opening the database safely across processes.

DuckDB lets one process hold a database file read-write, and any number of
processes hold it read-only, but not both at once. The store therefore never
keeps the file open longer than one unit of work: a writer opens it for one
batch (check, insert, de-duplicate, commit) and closes it; a reader opens it
read-only for one query and closes it. Whoever finds the file locked waits
and retries (with growing pauses, up to ``Settings.store_lock_timeout``), so a
query run during an ingest waits at most for one batch's write, never fails.

Migrations are ordered steps; ``schema_version`` records each step applied.
A writer applies missing steps when it opens the store; a reader that finds
an older schema asks a writer connection to migrate first.
"""

from __future__ import annotations

import contextlib
import logging
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb

from dyadline.errors import SchemaVersionError, StoreError, StoreLockedError, StoreMissingError

__all__ = ["DYAD_KEY_SQL", "dyad_key_sql", "MIGRATIONS", "SCHEMA_VERSION", "Migration", "connect", "migrate", "open_reader", "open_writer", "schema_version"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]


_PLACE_COLUMNS = """
    place_name VARCHAR, place_country VARCHAR, place_admin1 VARCHAR,
    place_lat DOUBLE, place_lon DOUBLE, place_geonameid BIGINT, place_precision VARCHAR"""

_V1 = (
    """CREATE TABLE documents (
        doc_key VARCHAR PRIMARY KEY,
        doc_id VARCHAR NOT NULL,
        origin VARCHAR,
        title VARCHAR,
        url VARCHAR,
        source_name VARCHAR,
        pub_date DATE,
        n_chars INTEGER NOT NULL,
        n_events INTEGER NOT NULL,
        ingested_at TIMESTAMP NOT NULL)""",
    f"""CREATE TABLE mentions (
        mention_id VARCHAR PRIMARY KEY,
        event_id VARCHAR,
        coder_event_id VARCHAR NOT NULL,
        doc_key VARCHAR NOT NULL,
        doc_id VARCHAR NOT NULL,
        sentence_index INTEGER NOT NULL,
        sentence VARCHAR NOT NULL,
        trigger_text VARCHAR NOT NULL,
        trigger_start INTEGER NOT NULL,
        trigger_end INTEGER NOT NULL,
        in_lead BOOLEAN NOT NULL,
        event_type VARCHAR NOT NULL,
        mode VARCHAR,
        contexts VARCHAR[],
        cameo VARCHAR NOT NULL,
        goldstein DOUBLE NOT NULL,
        quad_class TINYINT NOT NULL,
        source_text VARCHAR, source_country VARCHAR, source_sector VARCHAR,
        source_name VARCHAR, source_wikidata VARCHAR,
        target_text VARCHAR, target_country VARCHAR, target_sector VARCHAR,
        target_name VARCHAR, target_wikidata VARCHAR,
        date DATE,
        date_precision VARCHAR,{_PLACE_COLUMNS},
        fatalities INTEGER,
        negated BOOLEAN NOT NULL,
        hypothetical BOOLEAN NOT NULL,
        future BOOLEAN NOT NULL,
        confidence DOUBLE NOT NULL,
        evidence VARCHAR NOT NULL,
        news_source VARCHAR,
        group_key VARCHAR,
        dedup_day INTEGER,
        place_key VARCHAR NOT NULL,
        countable BOOLEAN NOT NULL)""",
    f"""CREATE TABLE events (
        event_id VARCHAR PRIMARY KEY,
        date DATE,
        date_precision VARCHAR,
        source_country VARCHAR, source_sector VARCHAR, source_name VARCHAR,
        target_country VARCHAR, target_sector VARCHAR, target_name VARCHAR,
        event_type VARCHAR NOT NULL,
        mode VARCHAR,
        cameo VARCHAR NOT NULL,
        goldstein DOUBLE NOT NULL,
        quad_class TINYINT NOT NULL,{_PLACE_COLUMNS},
        fatalities INTEGER,
        num_mentions INTEGER NOT NULL,
        num_sources INTEGER NOT NULL,
        num_articles INTEGER NOT NULL,
        is_root BOOLEAN NOT NULL,
        first_doc_id VARCHAR,
        first_url VARCHAR,
        first_sentence VARCHAR,
        group_key VARCHAR,
        added_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE failures (
        failure_key VARCHAR PRIMARY KEY,
        doc_key VARCHAR,
        doc_id VARCHAR,
        origin VARCHAR NOT NULL,
        error_type VARCHAR NOT NULL,
        message VARCHAR NOT NULL,
        first_seen TIMESTAMP NOT NULL,
        last_seen TIMESTAMP NOT NULL,
        attempts INTEGER NOT NULL,
        resolved BOOLEAN NOT NULL)""",
)

def dyad_key_sql(source: str, target: str) -> str:
    """SQL for the unordered country pair's key (NULL unless both are known): the low 64 bits of
    the MD5 of ``"A|B"`` with A <= B, stable across DuckDB versions. ``source`` and ``target`` are
    column names or ``?`` placeholders."""
    return (f"CASE WHEN {source} IS NOT NULL AND {target} IS NOT NULL THEN "
            f"md5_number_lower(least({source}, {target}) || '|' || greatest({source}, {target})) END")


#: the dyad key of an events row.
DYAD_KEY_SQL = dyad_key_sql("source_country", "target_country")

_V2 = (
    "ALTER TABLE events ADD COLUMN dyad_key UBIGINT",
    f"UPDATE events SET dyad_key = {DYAD_KEY_SQL}",
)

#: every migration step, in order. Append new steps; never edit an applied one.
MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "documents, mentions, events and failures", _V1),
    Migration(2, "events.dyad_key: one integer per country pair, so a dyad query scans one column", _V2),
)

SCHEMA_VERSION = MIGRATIONS[-1].version

_BOOTSTRAP = """CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY, description VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"""


def schema_version(conn: duckdb.DuckDBPyConnection) -> int:
    """The highest migration applied (0 for an empty database)."""
    exists = conn.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ? AND table_schema = 'main'",
        ["schema_version"],
    ).fetchall()
    if not exists or not exists[0][0]:
        return 0
    rows = conn.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchall()
    return int(rows[0][0]) if rows else 0


def migrate(conn: duckdb.DuckDBPyConnection, migrations: tuple[Migration, ...] = MIGRATIONS) -> int:
    """Apply the missing steps, each in its own transaction; return the version reached."""
    conn.execute(_BOOTSTRAP)
    current = schema_version(conn)
    latest = migrations[-1].version if migrations else 0
    if current > latest:
        raise SchemaVersionError(
            f"the store's schema is version {current}, newer than this dyadline knows ({latest}); upgrade dyadline"
        )
    for step in migrations:
        if step.version <= current:
            continue
        conn.execute("BEGIN TRANSACTION")
        try:
            for statement in step.statements:
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_version VALUES (?, ?, current_timestamp::TIMESTAMP)",
                [step.version, step.description],
            )
            conn.execute("COMMIT")
        except duckdb.Error as exc:
            conn.execute("ROLLBACK")
            raise SchemaVersionError(f"migration {step.version} ({step.description}) failed: {exc}") from exc
        logger.info("store schema migrated to version %d: %s", step.version, step.description)
        current = step.version
    return current


def _is_lock_error(exc: duckdb.Error) -> bool:
    text = str(exc).lower()
    return "lock" in text and ("conflicting" in text or "could not set" in text)


def connect(path: str | Path, *, read_only: bool, timeout: float) -> duckdb.DuckDBPyConnection:
    """Open the database, waiting (up to ``timeout`` seconds) while another process holds its lock."""
    path = Path(path)
    if read_only and not path.exists():
        raise StoreMissingError(f"{path}: no event store here yet (run `dyadline ingest` first)")
    deadline = time.monotonic() + timeout
    pause = 0.005
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as exc:
            if not _is_lock_error(exc):
                raise StoreError(f"{path}: cannot open the event store ({exc})") from exc
            if time.monotonic() >= deadline:
                raise StoreLockedError(
                    f"{path}: another process held the database for over {timeout:g} s "
                    f"(setting store_lock_timeout); {exc}"
                ) from exc
        time.sleep(pause * (0.5 + random.random()))
        pause = min(pause * 2, 0.1)


@contextlib.contextmanager
def open_writer(path: str | Path, *, timeout: float = 60.0) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-write connection to a migrated store, closed (and its lock released) on exit."""
    path = Path(path)
    if path.parent and not path.parent.exists():
        raise StoreMissingError(f"{path}: the folder {path.parent} does not exist")
    conn = connect(path, read_only=False, timeout=timeout)
    try:
        migrate(conn)
        yield conn
    finally:
        conn.close()


@contextlib.contextmanager
def open_reader(path: str | Path, *, timeout: float = 60.0) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection to the store, closed on exit; migrates an old store first."""
    conn = connect(path, read_only=True, timeout=timeout)
    try:
        version = schema_version(conn)
        if version != SCHEMA_VERSION:
            conn.close()
            if version > SCHEMA_VERSION:
                raise SchemaVersionError(
                    f"{path}: the store's schema is version {version}, newer than this dyadline "
                    f"knows ({SCHEMA_VERSION}); upgrade dyadline"
                )
            with open_writer(path, timeout=timeout):
                pass
            conn = connect(path, read_only=True, timeout=timeout)
        yield conn
    finally:
        conn.close()
