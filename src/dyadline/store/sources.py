"""Inputs for the store: files, folders (recursive) and standard input, of every kind.

Kinds: plain text (one article per file, as ``dyadline code``), JSONL
documents, HTML pages, RSS/Atom feeds and CSV/TSV tables with a text column.
With ``input_format="auto"`` a file's kind comes from its suffix; in folders,
files of unknown kinds are skipped (and logged), while a file named on the
command line with an unknown suffix is read as plain text. Every problem
becomes a :class:`~dyadline.records.Failure`; reading goes on.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from dyadline.errors import EmptyInputError, InputError, InputTooLargeError
from dyadline.readers import read_at_most, read_jsonl_documents, read_text_document, stat_input
from dyadline.records import Document, Failure
from dyadline.settings import Settings

__all__ = ["FORMATS", "SUFFIXES", "SourceOptions", "input_failure", "kind_of", "read_input_bytes", "read_sources"]

logger = logging.getLogger(__name__)

STDIN = "-"
STDIN_ORIGIN = "<stdin>"

#: the input formats; "auto" picks one per file by its suffix.
FORMATS = ("auto", "text", "jsonl", "html", "feed", "csv")

SUFFIXES: dict[str, str] = {
    ".txt": "text", ".text": "text", ".md": "text", "": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".csv": "csv", ".tsv": "csv",
}


@dataclass(frozen=True, slots=True)
class SourceOptions:
    """How to read inputs. Column names apply to CSV inputs (None: found by name)."""

    input_format: str = "auto"
    date: dt.date | None = None  # overrides a text file's date header (as `code`); the fallback elsewhere
    text_column: str | None = None
    id_column: str | None = None
    date_column: str | None = None


def kind_of(path: str | Path) -> str | None:
    """The input kind of a file from its suffix, or None if unknown."""
    return SUFFIXES.get(Path(path).suffix.lower())


def input_failure(exc: InputError, doc_id: str | None = None) -> Failure:
    return Failure(doc_id=doc_id, origin=exc.origin, error_type=type(exc).__name__, message=exc.problem)


def read_input_bytes(path: str | Path, origin: str, limit: int, *, what: str = "file") -> bytes:
    """The whole input (at most ``limit`` bytes), or an InputError naming the problem."""
    if str(path) == STDIN:
        buffer = getattr(sys.stdin, "buffer", None)
        if buffer is None:
            raise InputError(origin, "there is no standard input to read")
        data = buffer.read(limit + 1)
    else:
        st = stat_input(path, origin)
        if st.st_size > limit:
            raise InputTooLargeError(origin, f"{st.st_size:,} bytes is over the {limit:,}-byte limit of one {what}")
        data = read_at_most(path, origin, limit + 1)
    if len(data) > limit:
        raise InputTooLargeError(origin, f"the input is over the {limit:,}-byte limit of one {what}")
    if not data.strip():
        raise EmptyInputError(origin, "the file is empty" if data == b"" else "the file holds only whitespace")
    return data


def _walk(folder: Path) -> Iterator[Path]:
    """Files under ``folder``, recursively, in sorted order; hidden files and folders skipped."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def _read_one(path: str | Path, kind: str, options: SourceOptions, settings: Settings) -> Iterator[Document | Failure]:
    from dyadline.store.sources_csv import read_csv_documents
    from dyadline.store.sources_web import read_feed_documents, read_html_document

    try:
        if kind == "text":
            yield read_text_document(path, date=options.date, settings=settings)
        elif kind == "jsonl":
            yield from read_jsonl_documents(path, settings=settings, date=options.date)
        elif kind == "html":
            yield read_html_document(path, settings=settings, date=options.date)
        elif kind == "feed":
            yield from read_feed_documents(path, settings=settings, date=options.date)
        elif kind == "csv":
            yield from read_csv_documents(path, settings=settings, options=options)
        else:
            raise ValueError(f"unknown input format {kind!r}; expected one of {', '.join(FORMATS)}")
    except InputError as exc:
        logger.debug("%s", exc)
        yield input_failure(exc)


def read_sources(paths: Sequence[str], *, options: SourceOptions, settings: Settings) -> Iterator[Document | Failure]:
    """Every document of every input, in order; unreadable inputs become failures."""
    if options.input_format not in FORMATS:
        raise ValueError(f"unknown input format {options.input_format!r}; expected one of {', '.join(FORMATS)}")
    forced = None if options.input_format == "auto" else options.input_format
    for raw in paths:
        if raw == STDIN:
            yield from _read_one(STDIN, forced or "text", options, settings)
            continue
        path = Path(raw)
        if path.is_dir():
            skipped = 0
            for file in _walk(path):
                kind = forced or kind_of(file)
                if kind is None:
                    skipped += 1
                    logger.info("%s: skipped (unknown kind of file)", file)
                    continue
                yield from _read_one(file, kind, options, settings)
            if skipped:
                logger.warning("%s: skipped %d files of unknown kinds", path, skipped)
        else:
            yield from _read_one(path, forced or kind_of(path) or "text", options, settings)
