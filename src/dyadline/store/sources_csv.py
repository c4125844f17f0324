"""CSV and TSV tables with a text column: one document per row.

The text column is ``SourceOptions.text_column`` or the first of
``Settings.store_csv_text_columns`` that the header has (case-insensitive);
likewise an id column (else ``<file stem>:<line>``), a date column, and
optional title, url and source columns. Dates may be ISO (``2020-05-09``) or
a few unambiguous day-first forms (``9-May-20``, ``9 May 2020``,
``31-12-19``); slashed dates are refused as ambiguous.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from dyadline.errors import (
    EmptyInputError,
    EncodingInputError,
    InputError,
    InputTooLargeError,
    InvalidDateError,
    MalformedRecordError,
)
from dyadline.records import Document, Failure
from dyadline.settings import Settings
from dyadline.store.sources import STDIN, STDIN_ORIGIN, SourceOptions, input_failure

__all__ = ["parse_table_date", "read_csv_documents"]

ID_COLUMNS = ("id", "doc_id", "document_id", "event_id_cnty", "data_id", "guid")
DATE_COLUMNS = ("date", "published", "pub_date", "publication_date", "event_date")
DATE_FORMATS = ("%Y-%m-%d", "%d-%b-%y", "%d-%b-%Y", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%d-%m-%y", "%d-%m-%Y")


def parse_table_date(value: str, origin: str) -> dt.date:
    raw = value.strip()
    candidates = [raw, raw[:10]] if len(raw) > 10 and raw[4:5] == "-" else [raw]
    for fmt in DATE_FORMATS:
        for candidate in candidates:
            try:
                return dt.datetime.strptime(candidate, fmt).date()
            except ValueError:
                continue
    raise InvalidDateError(origin, f"date {value!r} is not a date this reader understands (use YYYY-MM-DD)")


def _pick(header: Sequence[str], wanted: str | None, candidates: Sequence[str], origin: str, what: str) -> str | None:
    by_name = {name.strip().casefold(): name for name in header}
    if wanted is not None:
        found = by_name.get(wanted.strip().casefold())
        if found is None:
            raise MalformedRecordError(origin, f"no {what} column {wanted!r}; the columns are: {', '.join(header)}")
        return found
    return next((by_name[c] for c in candidates if c in by_name), None)


def _cell(row: dict[str, str | None], column: str | None) -> str | None:
    if column is None:
        return None
    value = row.get(column)
    return value.strip() or None if isinstance(value, str) else None


def _open(path: str | Path, origin: str, settings: Settings) -> io.TextIOBase:
    if str(path) == STDIN:
        buffer = getattr(sys.stdin, "buffer", None)
        if buffer is None:
            raise InputError(origin, "there is no standard input to read")
        return io.TextIOWrapper(buffer, encoding="utf-8-sig", errors="strict", newline="")
    try:
        size = os.stat(path).st_size
        if size > settings.max_file_bytes:
            raise InputTooLargeError(origin, f"{size:,} bytes is over the {settings.max_file_bytes:,}-byte limit of one file")
        return open(path, encoding="utf-8-sig", errors="strict", newline="")
    except FileNotFoundError as exc:
        raise InputError(origin, "no such file") from exc
    except OSError as exc:
        raise InputError(origin, f"cannot read the file ({exc.strerror or exc})") from exc


def _row_document(row: dict[str, str | None], columns: dict[str, str | None], where: str, stem: str,
                  line: int, options: SourceOptions) -> Document:
    text_column = columns["text"] or ""
    text = row.get(text_column)
    if text is None or not text.strip():
        raise EmptyInputError(where, f'the "{text_column}" column is empty')
    if "\x00" in text:
        raise MalformedRecordError(where, f'the "{text_column}" column holds a NUL character')
    raw_date = _cell(row, columns["date"])
    date = parse_table_date(raw_date, where) if raw_date else options.date
    return Document(
        id=_cell(row, columns["id"]) or f"{stem}:{line}",
        text=text,
        date=date,
        title=_cell(row, columns["title"]),
        url=_cell(row, columns["url"]),
        source=_cell(row, columns["source"]),
        origin=where,
    )


def read_csv_documents(path: str | Path, *, settings: Settings, options: SourceOptions) -> Iterator[Document | Failure]:
    """Each row with text as a Document; a bad row becomes a Failure; a broken file stops with one."""
    origin = STDIN_ORIGIN if str(path) == STDIN else str(path)
    stem = "stdin" if origin == STDIN_ORIGIN else Path(path).stem
    csv.field_size_limit(max(settings.max_document_bytes * 2, csv.field_size_limit()))
    stream = _open(path, origin, settings)
    line = 0
    try:
        delimiter = "\t" if origin.lower().endswith(".tsv") else ","
        reader = csv.DictReader(stream, delimiter=delimiter)
        header = reader.fieldnames
        if not header:
            raise EmptyInputError(origin, "the table is empty (no header line)")
        candidates = [c.strip().casefold() for c in settings.store_csv_text_columns.split(",") if c.strip()]
        columns = {
            "text": _pick(header, options.text_column, candidates, origin, "text"),
            "id": _pick(header, options.id_column, ID_COLUMNS, origin, "id"),
            "date": _pick(header, options.date_column, DATE_COLUMNS, origin, "date"),
            "title": _pick(header, None, ("title", "headline"), origin, "title"),
            "url": _pick(header, None, ("url", "link"), origin, "url"),
            "source": _pick(header, None, ("source", "source_name", "publisher"), origin, "source"),
        }
        if columns["text"] is None:
            raise MalformedRecordError(
                origin, f"no text column (looked for {', '.join(candidates)}; the columns are: {', '.join(header)}); "
                "name one with --text-column",
            )
        for row in reader:
            line = reader.line_num
            try:
                yield _row_document(row, columns, f"{origin}:{line}", stem, line, options)
            except InputError as exc:
                yield input_failure(exc)
    except UnicodeDecodeError as exc:
        yield input_failure(EncodingInputError(
            origin, f"not valid UTF-8 after line {line} (invalid byte 0x{exc.object[exc.start]:02x}); rows after it were not read",
        ))
    except csv.Error as exc:
        yield input_failure(MalformedRecordError(origin, f"not a valid table after line {line} ({exc})"))
    except InputError as exc:
        yield input_failure(exc)
    finally:
        if origin != STDIN_ORIGIN:
            stream.close()
