"""Shared fixtures: the real coder (spaCy model loaded once per session) and the gold data folder."""

from __future__ import annotations

import datetime as dt
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from dyadline.records import Document

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("DYADLINE_SHARED", REPO.parent / "shared")).resolve()


@pytest.fixture(scope="session")
def coder():
    from dyadline.coder import Coder

    return Coder()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared (gold data, the example article). In CI a missing folder fails the test."""
    if not SHARED.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"shared data folder {SHARED} is missing")
        pytest.skip(f"shared data folder {SHARED} not present on this machine")
    return SHARED


@pytest.fixture(scope="session")
def data_dir(shared_dir: Path) -> Path:
    return shared_dir / "data"


@pytest.fixture()
def code_text(coder):
    """Code a hand-written text as a one-document article."""

    def run(text: str, date: dt.date | None = dt.date(2025, 6, 30), doc_id: str = "t"):
        return coder.code(Document(id=doc_id, text=text, date=date, origin=doc_id))

    return run


# --- the web API and dashboard (tests/server) ------------------------------------------------

sys.path.insert(0, str(Path(__file__).resolve().parent / "store"))
from store_helpers import KHARKIV, ODESA, actor, document, event, store  # noqa: E402

EXAMPLE = "examples/azerbaijan-russia.txt"


@pytest.fixture(scope="session")
def hand_store(tmp_path_factory) -> Path:
    """Events written by hand (no coder), so counts are known exactly.

    RUS-UKR: an assault at Kharkiv on 2024-05-06 reported by Reuters and AP (one event, two
    reports), an accusation UKR -> RUS on 05-20, an assault at Odesa on 06-03, a meeting on 06-10.
    Also KEN police -> KEN civilians (06-12) and CHN -> USA (07-01).
    """
    db = tmp_path_factory.mktemp("hand") / "events.duckdb"
    rus_mil, ukr_mil = actor("RUS", "MIL", "Russian forces"), actor("UKR", "MIL", "Ukrainian troops")
    rus_gov, ukr_gov = actor("RUS", "GOV", "the Kremlin"), actor("UKR", "GOV", "Kyiv")
    items = [
        (document("d1", source="Reuters", date="2024-05-06"), [event("d1", source=rus_mil, target=ukr_mil, place=KHARKIV)]),
        (document("d2", source="AP", date="2024-05-06"), [event("d2", source=rus_mil, target=ukr_mil, place=KHARKIV)]),
        (document("d3", source="AFP", date="2024-05-20"),
         [event("d3", source=ukr_gov, target=rus_gov, event_type="ACCUSE", cameo="112", goldstein=-2.0, quad=3,
                date="2024-05-20", trigger="accused")]),
        (document("d4", source="Reuters", date="2024-06-03"),
         [event("d4", source=rus_mil, target=ukr_mil, place=ODESA, date="2024-06-03")]),
        (document("d5", source="AP", date="2024-06-10"),
         [event("d5", source=rus_gov, target=ukr_gov, event_type="CONSULT", cameo="040", goldstein=1.0, quad=1,
                date="2024-06-10", trigger="met")]),
        (document("d6", source="Nation", date="2024-06-12"),
         [event("d6", source=actor("KEN", "COP", "Kenyan police"), target=actor("KEN", "CVL", "protesters"),
                event_type="COERCE", cameo="173", goldstein=-5.0, date="2024-06-12", trigger="arrested")]),
        (document("d7", source="Xinhua", date="2024-07-01"),
         [event("d7", source=actor("CHN", "GOV", "Beijing"), target=actor("USA", "GOV", "Washington"),
                event_type="ACCUSE", cameo="112", goldstein=-2.0, quad=3, date="2024-07-01", trigger="criticized")]),
    ]
    store(db, items)
    return db


@pytest.fixture(scope="session")
def example_store(tmp_path_factory, shared_dir: Path, coder) -> Path:
    """The example article (Azerbaijan and Russia) ingested with the real coder."""
    from dyadline.store.ingest import ingest_paths

    db = tmp_path_factory.mktemp("example") / "events.duckdb"
    summary = ingest_paths([str(shared_dir / EXAMPLE)], database=db, settings=coder.settings, coder=coder)
    assert summary.store_events > 0
    return db


@pytest.fixture(scope="session")
def hand_client(hand_store):
    from fastapi.testclient import TestClient

    from dyadline.server import create_app

    with TestClient(create_app(database=hand_store)) as client:
        yield client


@pytest.fixture(scope="session")
def example_client(example_store, coder):
    from fastapi.testclient import TestClient

    from dyadline.server import create_app

    with TestClient(create_app(database=example_store, coder=coder)) as client:
        yield client


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class LiveServer:
    url: str
    process: subprocess.Popen
    killed: bool = False  # it did not stop on SIGTERM within 20 s

    def stop(self) -> int:
        """SIGTERM, as a service manager stops it; uvicorn shuts down, then exits by that signal."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.killed = True
                self.process.kill()
                self.process.wait(timeout=10)
        return self.process.returncode


def start_server(db: Path, log: Path, *extra: str, timeout: float = 90.0) -> LiveServer:
    """`python -m dyadline.cli serve` on a free loopback port, polled until /api/health answers."""
    port = free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with log.open("wb") as out:
        process = subprocess.Popen([sys.executable, "-m", "dyadline.cli", "serve", "--db", str(db), "--port", str(port),
                                    *extra], stdout=out, stderr=subprocess.STDOUT, env=env)
    server = LiveServer(f"http://127.0.0.1:{port}", process)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the server exited with {process.returncode}: {log.read_text()}")
        try:
            if httpx.get(f"{server.url}/api/health", timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    server.stop()
    raise AssertionError(f"the server did not answer within {timeout} s: {log.read_text()}")


@pytest.fixture()
def live_server_factory(tmp_path) -> Iterator:
    servers: list[LiveServer] = []

    def make(db: Path, *extra: str) -> LiveServer:
        server = start_server(db, tmp_path / f"server-{len(servers)}.log", *extra)
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.stop()
