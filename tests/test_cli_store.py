"""The store's commands as a user runs them: real subprocesses, real model."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "store"))
from store_inputs import GOOD_DOCUMENTS, write_inputs  # noqa: E402

STDIN_ARTICLE = b"""Published: 2024-05-09
Source: Dawn

Pakistan accused India of violating the ceasefire on Thursday.
"""


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([sys.executable, "-m", "dyadline.cli", *args], input=stdin, capture_output=True, timeout=300)
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode())


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    """A store built by `dyadline ingest` from a folder of inputs and from standard input."""
    root = tmp_path_factory.mktemp("cli")
    folder = write_inputs(root / "inputs")
    db = root / "events.duckdb"
    first = run("ingest", str(folder), "--db", str(db), "--no-progress")
    assert first.returncode == 1, first.stderr  # three inputs fail
    assert f"stored {GOOD_DOCUMENTS}" in first.stdout and "failed 3" in first.stdout
    piped = run("ingest", "-", "--db", str(db), "--no-progress", stdin=STDIN_ARTICLE)
    assert piped.returncode == 0, piped.stderr
    assert "stored 1," in piped.stdout
    return db


def test_ingest_again_stores_nothing_new(store):
    again = run("ingest", str(store.parent / "inputs"), "--db", str(store), "--no-progress")
    assert "stored 0, already stored 7, failed 3" in again.stdout
    assert f"{GOOD_DOCUMENTS + 1} documents" in again.stdout


def test_failures_lists_the_bad_inputs_with_their_errors(store):
    out = run("failures", "--db", str(store))
    assert out.returncode == 0, out.stderr
    for expected in ("corrupt.html", "BinaryInputError", "truncated.rss", "FeedError", "not well-formed XML",
                     "latin1.txt", "EncodingInputError", "not valid UTF-8"):
        assert expected in out.stdout


def test_dyad_prints_both_directions_and_draws_a_chart(store):
    chart = store.parent / "rus-ukr.png"
    out = run("dyad", "Russia", "ukr", "--db", str(store), "--freq", "day", "--plot", str(chart))
    assert out.returncode == 0, out.stderr
    assert "RUS → UKR, per day" in out.stdout and "UKR → RUS, per day" in out.stdout
    assert "ASSAULT 1" in out.stdout and "shift tests" in out.stdout
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_dyad_refuses_an_unknown_country(store):
    out = run("dyad", "Atlantis", "RUS", "--db", str(store))
    assert out.returncode == 2 and "Atlantis" in out.stderr


def test_dyads_lists_the_most_active_pairs(store):
    out = run("dyads", "--db", str(store), "--top", "3")
    assert out.returncode == 0, out.stderr
    assert "most active pairs" in out.stdout and "RUS" in out.stdout


def test_export_writes_each_format(store):
    for fmt, name in (("gdelt", "e.tsv"), ("plover", "e.jsonl"), ("acled", "e.csv"), ("parquet", "e.parquet")):
        path = store.parent / name
        out = run("export", "--db", str(store), "--format", fmt, "--out", str(path))
        assert out.returncode == 0, out.stderr
        assert "rows written to" in out.stderr and path.stat().st_size > 0
    first = next(csv.reader((store.parent / "e.tsv").open(encoding="utf-8"), delimiter="\t"))
    assert len(first) == 61
    assert all("id" in json.loads(line) for line in (store.parent / "e.jsonl").read_text().splitlines())


def test_query_commands_on_a_missing_store_fail_clearly(tmp_path):
    out = run("dyads", "--db", str(tmp_path / "none.duckdb"))
    assert out.returncode == 2
    assert "no event store here yet" in out.stderr
