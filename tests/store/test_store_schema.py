"""The schema: created and migrated by the tool, versioned, and opened safely."""

from __future__ import annotations

import duckdb
import pytest

from dyadline.errors import SchemaVersionError, StoreMissingError
from dyadline.store.schema import MIGRATIONS, SCHEMA_VERSION, Migration, migrate, open_reader, open_writer, schema_version

TABLES = {"schema_version", "documents", "mentions", "events", "failures"}


def tables(conn: duckdb.DuckDBPyConnection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT table_name FROM information_schema.tables").fetchall()}


def test_a_new_store_is_created_at_the_current_version(tmp_path):
    db = tmp_path / "new.duckdb"
    with open_writer(db) as conn:
        assert tables(conn) == TABLES
        assert schema_version(conn) == SCHEMA_VERSION
    with open_writer(db) as conn:  # opening again applies nothing twice
        assert conn.execute("SELECT count(*) FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]


def test_migrations_are_ordered_steps_applied_once(tmp_path):
    conn = duckdb.connect(str(tmp_path / "m.duckdb"))
    steps = (
        Migration(1, "one", ("CREATE TABLE a (x INTEGER)",)),
        Migration(2, "two", ("ALTER TABLE a ADD COLUMN y INTEGER", "CREATE TABLE b (z INTEGER)")),
    )
    assert migrate(conn, steps[:1]) == 1
    assert migrate(conn, steps) == 2
    assert migrate(conn, steps) == 2
    assert [r[0] for r in conn.execute("SELECT version FROM schema_version ORDER BY version").fetchall()] == [1, 2]
    assert [r[0] for r in conn.execute("DESCRIBE a").fetchall()] == ["x", "y"]
    conn.close()


def test_a_failed_step_rolls_back_and_says_which(tmp_path):
    conn = duckdb.connect(str(tmp_path / "f.duckdb"))
    steps = (Migration(1, "broken", ("CREATE TABLE ok (x INTEGER)", "CREATE TABLE ok (x INTEGER)")),)
    with pytest.raises(SchemaVersionError, match="migration 1 \\(broken\\)"):
        migrate(conn, steps)
    assert schema_version(conn) == 0 and "ok" not in tables(conn)
    conn.close()


def test_a_store_from_a_newer_dyadline_is_refused(tmp_path):
    db = tmp_path / "future.duckdb"
    with open_writer(db) as conn:
        conn.execute("INSERT INTO schema_version VALUES (?, 'future', current_timestamp::TIMESTAMP)", [SCHEMA_VERSION + 1])
    with pytest.raises(SchemaVersionError, match="newer"):
        with open_reader(db):
            pass


def test_a_reader_migrates_an_empty_database_first(tmp_path):
    db = tmp_path / "old.duckdb"
    duckdb.connect(str(db)).close()  # a database without our schema (version 0)
    with open_reader(db) as conn:
        assert schema_version(conn) == SCHEMA_VERSION


def test_a_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreMissingError, match="run `dyadline ingest` first"):
        with open_reader(tmp_path / "nothing.duckdb"):
            pass


def test_version_2_backfills_the_dyad_key_of_a_version_1_store(tmp_path):
    db = tmp_path / "v1.duckdb"
    conn = duckdb.connect(str(db))
    migrate(conn, MIGRATIONS[:1])
    conn.execute(
        "INSERT INTO events (event_id, date, source_country, target_country, event_type, cameo, goldstein, quad_class, "
        "num_mentions, num_sources, num_articles, is_root, added_at) VALUES "
        "('e1', DATE '2024-05-06', 'USA', 'RUS', 'ACCUSE', '111', -2, 3, 1, 1, 1, true, now()::TIMESTAMP), "
        "('e2', DATE '2024-05-06', 'RUS', 'USA', 'ACCUSE', '111', -2, 3, 1, 1, 1, true, now()::TIMESTAMP), "
        "('e3', DATE '2024-05-06', 'RUS', NULL, 'PROTEST', '141', -6.5, 4, 1, 1, 1, true, now()::TIMESTAMP)"
    )
    conn.close()
    with open_reader(db) as conn:  # a reader finds version 1 and has it migrated first
        keys = dict(conn.execute("SELECT event_id, dyad_key FROM events").fetchall())
        assert schema_version(conn) == SCHEMA_VERSION >= 2
    assert keys["e1"] == keys["e2"] is not None and keys["e3"] is None
