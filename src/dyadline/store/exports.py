"""Exports of the store: Parquet and CSV tables, and the GDELT, PLOVER and ACLED formats.

``parquet`` and ``csv`` write a table (``events``, the de-duplicated events,
or ``mentions``, every report) as it is stored, streamed through Arrow;
``gdelt``, ``plover`` and ``acled`` write the events in those formats
(modules ``export_gdelt``, ``export_plover``, ``export_acled``).
``out`` may be ``-`` (standard output) for the text formats.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

import duckdb
import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from dyadline.errors import ExportError
from dyadline.store.queries import DATE_FILTER, iter_events

__all__ = ["EXPORT_FORMATS", "EXPORT_TABLES", "export_store"]

EXPORT_FORMATS = ("parquet", "csv", "gdelt", "plover", "acled")
EXPORT_TABLES = ("events", "mentions")

_TABLE_SQL = {
    ("events", False): f"SELECT * FROM events WHERE {DATE_FILTER} ORDER BY date NULLS LAST, event_id",
    ("mentions", False): f"SELECT * FROM mentions WHERE {DATE_FILTER} ORDER BY date NULLS LAST, mention_id",
    ("events", True): f"SELECT * FROM events WHERE {DATE_FILTER} ORDER BY date NULLS LAST, event_id",
    ("mentions", True): (
        "SELECT * REPLACE (array_to_string(contexts, ';') AS contexts) FROM mentions "
        f"WHERE {DATE_FILTER} ORDER BY date NULLS LAST, mention_id"
    ),
}


@contextlib.contextmanager
def _text_output(out: str | Path) -> Iterator[TextIO]:
    if str(out) == "-":
        yield sys.stdout
        return
    try:
        with open(out, "w", encoding="utf-8", newline="") as stream:
            yield stream
    except OSError as exc:
        raise ExportError(f"{out}: cannot write the export ({exc.strerror or exc})") from exc


def _write_table(conn: duckdb.DuckDBPyConnection, fmt: str, out: str | Path, sql: str, params: list) -> int:
    if str(out) == "-":
        raise ExportError("parquet and csv exports need a file (--out PATH), not standard output")
    reader = conn.sql(sql, params=params).to_arrow_reader(50_000)
    rows = 0
    try:
        if fmt == "parquet":
            with pq.ParquetWriter(str(out), reader.schema, compression="zstd") as writer:
                for batch in reader:
                    writer.write_table(pa.Table.from_batches([batch]))
                    rows += batch.num_rows
        else:
            with pa_csv.CSVWriter(str(out), reader.schema) as writer:
                for batch in reader:
                    writer.write_batch(batch)
                    rows += batch.num_rows
    except (OSError, pa.ArrowException) as exc:
        raise ExportError(f"{out}: cannot write the {fmt} export ({exc})") from exc
    return rows


def export_store(
    conn: duckdb.DuckDBPyConnection,
    *,
    fmt: str,
    out: str | Path,
    start: dt.date | None = None,
    end: dt.date | None = None,
    table: str = "events",
) -> int:
    """Write the store's events (or, for parquet/csv, the chosen table) to ``out``; return the rows written."""
    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; expected one of {', '.join(EXPORT_FORMATS)}")
    if table not in EXPORT_TABLES:
        raise ExportError(f"unknown table {table!r}; expected one of {', '.join(EXPORT_TABLES)}")
    params = [start, start, end, end]
    if fmt in ("parquet", "csv"):
        return _write_table(conn, fmt, out, _TABLE_SQL[(table, fmt == "csv")], params)
    if table != "events":
        raise ExportError(f"the {fmt} format holds events; --table mentions is for parquet and csv")
    events = iter_events(conn, start=start, end=end)
    with _text_output(out) as stream:
        if fmt == "plover":
            from dyadline import __version__
            from dyadline.store.export_plover import write_plover

            return write_plover(events, stream, coder=f"dyadline {__version__}")
        from dyadline.knowledge import load_knowledge

        kb = load_knowledge()
        if fmt == "gdelt":
            from dyadline.store.export_gdelt import write_gdelt

            return write_gdelt(events, stream, kb=kb)
        from dyadline.store.export_acled import write_acled

        return write_acled(events, stream, kb=kb)
