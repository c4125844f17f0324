"""The command line as a user runs it: real subprocesses, real model."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE = """Published: 2025-03-04

Kenya Police Arrest Protesters

Kenyan police arrested 40 protesters in Nairobi on Monday. The European Union condemned the arrests.
"""


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "dyadline.cli", *args], input=stdin, capture_output=True, timeout=300)


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("inputs")
    paths = {
        "good": d / "good.txt",
        "binary": d / "photo.bin",
        "empty": d / "empty.txt",
        "latin1": d / "latin1.txt",
        "huge": d / "huge.txt",
        "jsonl": d / "docs.jsonl",
    }
    paths["good"].write_text(ARTICLE, encoding="utf-8")
    paths["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    paths["empty"].write_bytes(b"")
    paths["latin1"].write_bytes("Caf\u00e9 owners in Bogot\u00e1 protested.".encode("latin-1"))
    with paths["huge"].open("w", encoding="utf-8") as fh:
        line = "Police arrested protesters in Nairobi on Monday. " * 20 + "\n"
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(line)
    records = [
        {"id": "a1", "text": "Russian troops attacked Ukrainian positions near Kharkiv.", "date": "2024-05-01"},
        "this line is not json",
        {"id": "a2", "text": "Israel and Egypt signed a new trade agreement.", "date": "2024-05-02"},
        {"id": "a3", "date": "2024-05-02"},
    ]
    paths["jsonl"].write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n", encoding="utf-8"
    )
    return paths


def test_code_prints_events_as_jsonl_with_the_public_fields(files):
    proc = run("code", str(files["good"]))
    assert proc.returncode == 0, proc.stderr.decode()
    events = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    arrests = [e for e in events if e["event_type"] == "COERCE" and e["mode"] == "arrest"]
    assert arrests, events
    e = arrests[0]
    assert e["doc_id"] == "good"
    # "on Monday" in an article published on Tuesday 2025-03-04
    assert e["date"] == "2025-03-03" and e["date_precision"] == "day"
    assert e["source"][0]["country"] == "KEN" and e["source"][0]["sector"] == "COP"
    assert e["cameo"].startswith("17") and e["quad_class"] == 4
    text = ARTICLE
    assert text[e["trigger"]["start"]:e["trigger"]["end"]] == e["trigger"]["text"]


def test_table_format_is_readable(files):
    proc = run("code", str(files["good"]), "--format", "table")
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode()
    assert "KEN COP" in out and "COERCE" in out


def test_date_option_overrides_the_header(files):
    proc = run("code", str(files["good"]), "--date", "2025-01-02")
    events = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    undated = [e for e in events if e["date_precision"] == "document"]
    assert undated and all(e["date"] == "2025-01-02" for e in undated)
    arrest = next(e for e in events if e["event_type"] == "COERCE")
    assert arrest["date"] == "2024-12-30"  # the Monday before Thursday 2025-01-02


def test_stdin_is_read(files):
    proc = run("code", "-", "--date", "2024-01-01", stdin=b"Chinese warships blockaded the Taiwanese port of Keelung.")
    assert proc.returncode == 0, proc.stderr.decode()
    events = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert any(e["source"][0]["country"] == "CHN" for e in events)


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("binary", "not a text file"),
        ("empty", "empty"),
        ("latin1", "not valid UTF-8"),
        ("huge", "over the"),
    ],
)
def test_bad_file_fails_with_a_message_naming_it_and_the_good_file_is_still_coded(files, name, problem):
    proc = run("code", str(files[name]), str(files["good"]))
    assert proc.returncode == 1
    err = proc.stderr.decode()
    assert files[name].name in err and problem in err, err
    events = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert any(e["doc_id"] == "good" for e in events)


def test_malformed_jsonl_lines_are_reported_and_the_others_coded(files):
    proc = run("code", str(files["jsonl"]), "--input-format", "jsonl")
    assert proc.returncode == 1
    err = proc.stderr.decode()
    assert "docs.jsonl:2" in err and "docs.jsonl:4" in err, err
    events = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    ids = {e["doc_id"] for e in events}
    assert {"a1", "a2"} <= ids
    attack = next(e for e in events if e["doc_id"] == "a1")
    assert attack["event_type"] == "ASSAULT" and attack["date"] == "2024-05-01"


def test_bad_date_option_is_a_usage_error(files):
    proc = run("code", str(files["good"]), "--date", "30/06/2025")
    assert proc.returncode == 2
    assert "30/06/2025" in proc.stderr.decode()


def test_example_codes_prints_and_stores(tmp_path):
    db = tmp_path / "example.duckdb"
    proc = run("example", "--db", str(db))
    assert proc.returncode == 0, proc.stderr.decode()
    assert "SANCTION/expel" in proc.stdout.decode()
    assert db.is_file() and "stored in" in proc.stderr.decode()
    again = run("example", "--db", str(db))  # idempotent: the article is stored once
    assert again.returncode == 0
    assert again.stderr.decode().split("stored in")[1] == proc.stderr.decode().split("stored in")[1]
