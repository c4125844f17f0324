"""`dyadline serve` as a user starts it: a real process on a loopback port."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys

import httpx
import pytest

from store_helpers import actor, document, event, store


def test_serve_answers_on_loopback_until_stopped(example_store, live_server_factory):
    server = live_server_factory(example_store)
    assert server.url.startswith("http://127.0.0.1:")
    health = httpx.get(f"{server.url}/api/health").json()
    assert health["store"] == "ready" and health["events"] > 0
    page = httpx.get(f"{server.url}/")
    assert page.status_code == 200 and "dyadline dashboard" in page.text
    events = httpx.get(f"{server.url}/api/events", params={"dyad": "AZE,RUS"}).json()
    assert events["total"] > 0
    assert httpx.get(f"{server.url}/static/data/countries-110m.json").json()["type"] == "Topology"
    assert server.stop() in (0, -signal.SIGTERM) and not server.killed
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{server.url}/api/health", timeout=2)


def test_an_ingest_can_write_while_the_server_runs(hand_store, tmp_path, live_server_factory):
    db = tmp_path / "events.duckdb"
    shutil.copy(hand_store, db)
    server = live_server_factory(db)
    before = httpx.get(f"{server.url}/api/health").json()
    # the server holds no connection between requests, so a writer gets the file
    store(db, [(document("late", source="BBC", date="2024-08-01"),
                [event("late", source=actor("FRA", "GOV"), target=actor("DEU", "GOV"), event_type="CONSULT",
                       cameo="040", goldstein=1.0, quad=1, date="2024-08-01", trigger="met")])])
    after = httpx.get(f"{server.url}/api/health").json()
    assert (after["documents"], after["events"]) == (before["documents"] + 1, before["events"] + 1)
    assert httpx.get(f"{server.url}/api/events", params={"dyad": "France,Germany"}).json()["total"] == 1


def test_serve_help_names_its_options():
    proc = subprocess.run([sys.executable, "-m", "dyadline.cli", "serve", "--help"], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    for option in ("--db", "--host", "--port", "--cors-origin", "127.0.0.1"):
        assert option in proc.stdout
