"""The event store: ingest documents at scale into DuckDB, de-duplicate events
across articles, roll up dyads and export in standard formats.

>>> from dyadline.store import ingest_paths, dyad_timeline, open_reader
>>> summary = ingest_paths(["feeds/"], database="events.duckdb")
>>> with open_reader("events.duckdb") as conn:
...     timeline = dyad_timeline(conn, "RUS", "UKR", freq="month")

See docs/store.md for the schema, the de-duplication rule and how readers and
writers share the database file. Names are imported on first use, so that
``import dyadline.store.model`` (or the CLI) does not load DuckDB and Arrow.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__all__ = [
    "SCHEMA_VERSION",
    "dyad_timeline",
    "export_store",
    "ingest_documents",
    "ingest_paths",
    "open_reader",
    "open_writer",
    "top_dyads",
]

_HOMES = {
    "SCHEMA_VERSION": "schema",
    "open_reader": "schema",
    "open_writer": "schema",
    "ingest_documents": "ingest",
    "ingest_paths": "ingest",
    "dyad_timeline": "rollups",
    "top_dyads": "rollups",
    "export_store": "exports",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'dyadline.store' has no attribute {name!r}")
    return getattr(import_module(f"dyadline.store.{home}"), name)
