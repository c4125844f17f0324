"""Ingest with the real coder: idempotent, failures recorded, every input kind stored."""

from __future__ import annotations

import shutil

import pytest
from store_inputs import GOOD_DOCUMENTS, write_inputs

from dyadline.store.ingest import ingest_paths
from dyadline.store.queries import list_failures
from dyadline.store.schema import open_reader


@pytest.fixture()
def inputs(tmp_path):
    return write_inputs(tmp_path / "inputs")


def counts(db) -> tuple[int, int, int, int]:  # noqa: ANN001
    with open_reader(db) as conn:
        return conn.execute(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM mentions), "
            "(SELECT count(*) FROM events), (SELECT count(*) FROM failures)"
        ).fetchall()[0]


def test_ingest_twice_gives_the_same_counts(tmp_path, inputs, coder):
    db = tmp_path / "s.duckdb"
    first = ingest_paths([str(inputs)], database=db, coder=coder)
    after_first = counts(db)
    second = ingest_paths([str(inputs)], database=db, coder=coder)
    assert counts(db) == after_first
    assert first.progress.documents_stored == GOOD_DOCUMENTS
    assert (second.progress.documents_stored, second.progress.documents_skipped) == (0, GOOD_DOCUMENTS)
    assert second.progress.mentions == 0
    assert (first.store_documents, first.store_events) == (second.store_documents, second.store_events)
    assert first.store_events > 0 and first.store_mentions >= first.store_events


def test_bad_inputs_become_failures_with_readable_errors_and_the_rest_is_stored(tmp_path, inputs, coder):
    db = tmp_path / "s.duckdb"
    summary = ingest_paths([str(inputs)], database=db, coder=coder)
    assert summary.progress.failures == 3 and summary.store_open_failures == 3
    with open_reader(db) as conn:
        failures = {f.failure.origin.rsplit("/", 1)[-1]: f.failure for f in list_failures(conn)}
        origins = {r[0].rsplit("/", 1)[-1] for r in conn.execute("SELECT origin FROM documents").fetchall()}
    assert set(failures) == {"corrupt.html", "truncated.rss", "latin1.txt"}
    assert failures["corrupt.html"].error_type == "BinaryInputError"
    assert "not an HTML page (contains NUL bytes at byte" in failures["corrupt.html"].message
    assert failures["truncated.rss"].error_type == "FeedError"
    assert "not well-formed XML at line" in failures["truncated.rss"].message
    assert "may be truncated" in failures["truncated.rss"].message
    assert failures["latin1.txt"].error_type == "EncodingInputError"
    assert failures["latin1.txt"].message == "not valid UTF-8 (invalid byte 0xe9 at position 3)"
    assert origins == {"a.txt", "b.txt", "page.html", "wire.rss#1", "wire.rss#2", "table.csv:2", "table.csv:3"}


def test_an_html_page_without_main_text_is_a_failure(tmp_path, coder):
    page = tmp_path / "empty.html"
    page.write_text("<html><head><title>Menu</title></head><body><nav>Home</nav></body></html>", encoding="utf-8")
    summary = ingest_paths([str(page)], database=tmp_path / "s.duckdb", coder=coder)
    with open_reader(tmp_path / "s.duckdb") as conn:
        (failure,) = list_failures(conn)
    assert summary.progress.failures == 1
    assert failure.failure.error_type == "ExtractionError"
    assert failure.failure.message.startswith("no article text found in the HTML page")


def test_a_fixed_input_resolves_its_failure(tmp_path, inputs, coder):
    db = tmp_path / "s.duckdb"
    ingest_paths([str(inputs)], database=db, coder=coder)
    (inputs / "latin1.txt").write_text("Caf\u00e9 owners in Bogot\u00e1 protested on Monday.", encoding="utf-8")
    again = ingest_paths([str(inputs)], database=db, coder=coder)
    assert again.progress.documents_stored == 1
    with open_reader(db) as conn:
        open_failures = {f.failure.origin.rsplit("/", 1)[-1] for f in list_failures(conn)}
        everything = {f.failure.origin.rsplit("/", 1)[-1]: f for f in list_failures(conn, include_resolved=True)}
    assert open_failures == {"corrupt.html", "truncated.rss"}
    assert everything["latin1.txt"].resolved and everything["corrupt.html"].attempts == 2


def test_documents_keep_their_metadata(tmp_path, inputs, coder):
    db = tmp_path / "s.duckdb"
    ingest_paths([str(inputs)], database=db, coder=coder)
    with open_reader(db) as conn:
        rows = {r[0].rsplit("/", 1)[-1]: r[1:] for r in conn.execute(
            "SELECT origin, doc_id, pub_date::VARCHAR, source_name, url, title FROM documents").fetchall()}
    assert rows["page.html"][1:3] == ("2024-05-08", "Daily Example")
    assert rows["page.html"][4] == "Kenya police arrest protesters"
    assert rows["wire.rss#1"] == ("wire-1", "2024-05-07", "Example Wire", "https://wire.example/1", "Trade deal")
    assert rows["table.csv:3"][:3] == ("c2", "2024-05-09", "Le Monde")
    assert rows["a.txt"][:3] == ("a", "2024-05-06", "Reuters")


def test_the_same_text_twice_is_stored_once(tmp_path, inputs, coder):
    shutil.copy(inputs / "a.txt", inputs / "sub" / "copy-of-a.txt")
    summary = ingest_paths([str(inputs)], database=tmp_path / "s.duckdb", coder=coder)
    assert summary.progress.documents_stored == GOOD_DOCUMENTS
    assert summary.progress.documents_skipped == 1


def test_an_event_reported_by_two_files_is_one_event(tmp_path, inputs, coder):
    db = tmp_path / "s.duckdb"
    ingest_paths([str(inputs / "a.txt"), str(inputs / "sub" / "b.txt")], database=db, coder=coder)
    with open_reader(db) as conn:
        rows = conn.execute(
            "SELECT num_mentions, num_sources, num_articles, date::VARCHAR FROM events "
            "WHERE source_country = 'RUS' AND target_country = 'UKR' AND event_type = 'ASSAULT'"
        ).fetchall()
    assert rows == [(2, 2, 2, "2024-05-06")]
