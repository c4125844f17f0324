"""Turning inputs (plain-text files, JSONL files, standard input) into Documents.

Every problem with an input is reported as a specific :class:`InputError`
subclass whose message names the input and says what is wrong in plain words.
:func:`read_documents` turns those errors into :class:`Failure` records so one
bad input never stops the others.

Plain-text articles may start with header lines (``Published: 2024-03-05``,
``Source: Reuters`` ...) up to the first blank line, then a one-line headline;
``Document.body_start`` points past both into ``Document.text``, which always
holds the whole text as read, so character offsets into it stay meaningful.

Byte positions in messages are 0-based offsets into the input as read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import re
import stat
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Literal

from dyadline.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingInputError,
    InputError,
    InputTooLargeError,
    InvalidDateError,
    MalformedRecordError,
)
from dyadline.records import Document, Failure
from dyadline.settings import Settings

__all__ = [
    "parse_date",
    "read_text_document",
    "read_jsonl_documents",
    "read_documents",
    "HEADER_KEYS",
]

logger = logging.getLogger(__name__)

STDIN = "-"
STDIN_ORIGIN = "<stdin>"

#: header keys recognised at the top of a plain-text article (case-insensitive).
HEADER_KEYS = ("published", "date", "source", "title", "url", "id")

#: a headline is shorter than this many characters.
MAX_HEADLINE_CHARS = 250
#: a line ending in one of these is a sentence, not a headline.
TERMINAL_PUNCTUATION = (".", "!", "?", "\u201d", "\u2019", '"')

_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_EOL_RE = re.compile(r"\r\n|\n|\r")
_HEADER_RE = re.compile(
    r"(" + "|".join(HEADER_KEYS) + r")[ \t]*:[ \t]*(.*?)[ \t]*",
    re.IGNORECASE,
)
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
#: read JSONL input in pieces of this size when skipping an over-long line.
_CHUNK = 1 << 20


# --------------------------------------------------------------------------- dates


def parse_date(value: str, *, origin: str) -> dt.date:
    """Parse a strict ``YYYY-MM-DD`` date.

    Raises :class:`InvalidDateError` naming ``origin`` and the value.
    """
    if not isinstance(value, str) or not _DATE_RE.fullmatch(value):
        raise InvalidDateError(origin, f"date {value!r} is not a YYYY-MM-DD date")
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise InvalidDateError(origin, f"date {value!r} is not a real date ({exc})") from exc


# ------------------------------------------------------------------ headers, headline


@dataclass(frozen=True, slots=True)
class _Front:
    """What precedes the body of an article."""

    headers: dict[str, str]
    title: str | None
    body_start: int


def _lines(text: str, pos: int) -> Iterator[tuple[int, int, int]]:
    """Yield ``(start, content_end, next_start)`` for each line from ``pos``."""
    n = len(text)
    while pos < n:
        m = _EOL_RE.search(text, pos)
        if m is None:
            yield pos, n, n
            return
        yield pos, m.start(), m.end()
        pos = m.end()


def _skip_blank_lines(text: str, pos: int) -> int:
    """The start of the first non-blank line at or after ``pos`` (or ``len(text)``)."""
    for start, end, _ in _lines(text, pos):
        if text[start:end].strip():
            return start
    return len(text)


def _same_title(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _is_headline(line: str) -> bool:
    return 0 < len(line) < MAX_HEADLINE_CHARS and not line.endswith(TERMINAL_PUNCTUATION)


def _split_front(text: str, *, title: str | None, parse_headers: bool) -> _Front:
    """Find header lines (if ``parse_headers``), the headline and the body start.

    A headline is a first paragraph made of a single line, under
    :data:`MAX_HEADLINE_CHARS` characters, not ending in terminal punctuation,
    and followed by more text. When the title is already known (a ``Title:``
    header or a JSONL ``title``), the first paragraph is skipped as the
    headline only if it repeats that title.
    """
    headers: dict[str, str] = {}
    consumed = False
    pos = _skip_blank_lines(text, 0)

    if parse_headers:
        for start, end, nxt in _lines(text, pos):
            m = _HEADER_RE.fullmatch(text, start, end)
            if m is None:
                break
            key, value = m.group(1).lower(), m.group(2)
            if key in headers:
                logger.debug("header %r repeated; keeping the first value", key)
            else:
                headers[key] = value
            consumed = True
            pos = nxt
        pos = _skip_blank_lines(text, pos)
        if title is None and headers.get("title"):
            title = headers["title"]

    # The candidate headline: a paragraph of exactly one line, followed by more text.
    lines = _lines(text, pos)
    first = next(lines, None)
    if first is not None:
        start, end, nxt = first
        line = text[start:end].strip()
        after = _skip_blank_lines(text, nxt)
        single = after > nxt or after == len(text)  # next line blank, or none
        has_body = after < len(text)
        if single and has_body:
            if title is None and _is_headline(line):
                title = line
                consumed = True
                pos = after
            elif title is not None and _same_title(line, title):
                consumed = True
                pos = after

    if not consumed:
        return _Front(headers, title, 0)
    body_start = pos
    while body_start < len(text) and text[body_start].isspace():
        body_start += 1
    return _Front(headers, title, body_start)


# ------------------------------------------------------------------------ plain text


def _is_stdin(path: str | Path) -> bool:
    return str(path) == STDIN


def _too_large(size: int, limit: int) -> str:
    return f"{size:,} bytes is over the {limit:,}-byte limit of one document (setting max_document_bytes)"


def stat_input(path: str | Path, origin: str) -> os.stat_result:
    """``os.stat`` the input, turning OS errors into :class:`InputError`."""
    try:
        st = os.stat(path)
    except FileNotFoundError as exc:
        raise InputError(origin, "no such file") from exc
    except PermissionError as exc:
        raise InputError(origin, "cannot read the file (permission denied)") from exc
    except OSError as exc:
        raise InputError(origin, f"cannot read the file ({exc.strerror or exc})") from exc
    if stat.S_ISDIR(st.st_mode):
        raise InputError(origin, "is a directory, not a file")
    return st


def _stdin_binary() -> BinaryIO:
    stream = sys.stdin
    if stream is None:
        raise InputError(STDIN_ORIGIN, "there is no standard input")
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        raise InputError(STDIN_ORIGIN, "standard input is not a byte stream")
    return buffer


def read_at_most(path: str | Path, origin: str, size: int) -> bytes:
    """The first ``size`` bytes of a file, turning OS errors into :class:`InputError`."""
    try:
        with open(path, "rb") as f:
            return f.read(size)
    except PermissionError as exc:
        raise InputError(origin, "cannot read the file (permission denied)") from exc
    except OSError as exc:
        raise InputError(origin, f"cannot read the file ({exc.strerror or exc})") from exc


def _read_bytes(path: str | Path, origin: str, limit: int) -> bytes:
    """Read at most ``limit + 1`` bytes, after checking the size with ``os.stat``."""
    if _is_stdin(path):
        try:
            data = _stdin_binary().read(limit + 1)
        except OSError as exc:
            raise InputError(origin, f"cannot read standard input ({exc})") from exc
        if len(data) > limit:
            raise InputTooLargeError(
                origin,
                f"the input is over the {limit:,}-byte limit of one document (setting max_document_bytes)",
            )
        return data

    st = stat_input(path, origin)
    if stat.S_ISREG(st.st_mode) and st.st_size > limit:
        raise InputTooLargeError(origin, _too_large(st.st_size, limit))
    data = read_at_most(path, origin, limit + 1)
    if len(data) > limit:  # a pipe, or a file that grew since os.stat
        raise InputTooLargeError(
            origin, f"the file is over the {limit:,}-byte limit of one document (setting max_document_bytes)"
        )
    return data


def _decode_text(data: bytes, origin: str, what: str) -> str:
    """Check bytes in order (empty, whitespace only, binary, UTF-8) and decode them.

    ``what`` is "file" or "input", for messages. Strips a UTF-8 BOM and
    normalises CRLF (and lone CR) line ends to LF.
    """
    if not data:
        raise EmptyInputError(origin, f"the {what} is empty")
    bom = len(_UTF8_BOM) if data.startswith(_UTF8_BOM) else 0
    if not data[bom:].strip():
        raise EmptyInputError(origin, f"the {what} holds only whitespace")
    if data.startswith(_UTF16_BOMS):
        raise EncodingInputError(
            origin, f"looks like UTF-16 text (starts with bytes 0x{data[0]:02x} 0x{data[1]:02x}), not UTF-8"
        )
    nul = data.find(b"\x00")
    if nul >= 0:
        raise BinaryInputError(origin, f"not a text file (contains NUL bytes at byte {nul})")
    try:
        text = data[bom:].decode("utf-8")
    except UnicodeDecodeError as exc:
        position = exc.start + bom
        raise EncodingInputError(
            origin, f"not valid UTF-8 (invalid byte 0x{data[position]:02x} at position {position})"
        ) from exc
    if not text.strip():
        raise EmptyInputError(origin, f"the {what} holds only whitespace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text_document(
    path: str | Path,
    *,
    date: dt.date | None = None,
    settings: Settings,
) -> Document:
    """Read one plain-text article (``"-"`` = standard input) as a Document.

    Raises an :class:`InputError` subclass for a missing or unreadable file
    (InputError), one over ``settings.max_document_bytes``
    (InputTooLargeError), an empty or whitespace-only one (EmptyInputError),
    a binary one (BinaryInputError), one that is not UTF-8
    (EncodingInputError) and an invalid ``Published:``/``Date:`` header
    (InvalidDateError).

    The date is ``date`` if given, else the ``Published:`` (or ``Date:``)
    header, else None. The id is the ``ID:`` header, else the file name stem
    (for standard input ``stdin-`` and 12 hex digits of the text's SHA-1).
    """
    stdin = _is_stdin(path)
    origin = STDIN_ORIGIN if stdin else str(path)
    data = _read_bytes(path, origin, settings.max_document_bytes)
    text = _decode_text(data, origin, "input" if stdin else "file")

    front = _split_front(text, title=None, parse_headers=True)
    headers = front.headers

    if date is None:
        raw_date = headers.get("published") or headers.get("date")
        if raw_date:
            date = parse_date(raw_date, origin=origin)
    elif headers.get("published") or headers.get("date"):
        logger.debug("%s: the given date %s overrides the date header", origin, date.isoformat())

    if headers.get("id"):
        doc_id = headers["id"]
    elif stdin:
        doc_id = "stdin-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    else:
        doc_id = Path(path).stem

    if front.body_start >= len(text):
        logger.warning("%s: no article text after the header lines", origin)

    return Document(
        id=doc_id,
        text=text,
        date=date,
        title=front.title,
        url=headers.get("url") or None,
        source=headers.get("source") or None,
        origin=origin,
        body_start=front.body_start,
    )


# ----------------------------------------------------------------------------- JSONL


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _optional_str(record: dict[str, Any], key: str, origin: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise MalformedRecordError(origin, f'the "{key}" field must be a string, not {_json_type(value)}')
    return value.strip() or None


def _record_id(record: dict[str, Any], origin: str) -> str:
    if "id" not in record or record["id"] is None:
        raise MalformedRecordError(origin, 'missing the "id" field')
    raw = record["id"]
    if isinstance(raw, bool) or not isinstance(raw, (str, int)):
        raise MalformedRecordError(origin, f'the "id" field must be a string, not {_json_type(raw)}')
    doc_id = str(raw).strip()
    if not doc_id:
        raise MalformedRecordError(origin, 'the "id" field is empty')
    return doc_id


def _record_document(
    record: dict[str, Any], doc_id: str, origin: str, *, date: dt.date | None, settings: Settings
) -> Document:
    """Validate one JSONL record (its id already checked) and build the Document."""
    if "text" not in record or record["text"] is None:
        raise MalformedRecordError(origin, 'missing the "text" field')
    text = record["text"]
    if not isinstance(text, str):
        raise MalformedRecordError(origin, f'the "text" field must be a string, not {_json_type(text)}')
    if not text.strip():
        raise EmptyInputError(origin, 'the "text" field is empty')
    surrogate = _SURROGATE_RE.search(text)
    if surrogate:
        raise EncodingInputError(
            origin,
            f'the "text" field holds a lone surrogate \\u{ord(surrogate.group()):04x} '
            f"at character {surrogate.start()} (not valid Unicode)",
        )
    size = len(text.encode("utf-8"))
    if size > settings.max_document_bytes:
        raise InputTooLargeError(origin, _too_large(size, settings.max_document_bytes))
    nul = text.find("\x00")
    if nul >= 0:
        raise BinaryInputError(origin, f'the "text" field holds a NUL character at character {nul}')

    raw_date = record.get("date")
    if raw_date is not None:
        if not isinstance(raw_date, str):
            raise InvalidDateError(origin, f"date {raw_date!r} is not a YYYY-MM-DD date")
        date = parse_date(raw_date, origin=origin)

    title = _optional_str(record, "title", origin)
    url = _optional_str(record, "url", origin)
    source = _optional_str(record, "source", origin)
    front = _split_front(text, title=title, parse_headers=False)
    return Document(
        id=doc_id,
        text=text,
        date=date,
        title=front.title,
        url=url,
        source=source,
        origin=origin,
        body_start=front.body_start,
    )


def _failure(exc: InputError, doc_id: str | None = None) -> Failure:
    return Failure(doc_id=doc_id, origin=exc.origin, error_type=type(exc).__name__, message=exc.problem)


def _jsonl_lines(stream: BinaryIO, max_line: int) -> Iterator[tuple[bytes | None, int]]:
    """Yield ``(line, bytes_read)``; ``line`` is None for a line over ``max_line`` bytes."""
    while True:
        line = stream.readline(max_line + 1)
        if not line:
            return
        if len(line) > max_line and not line.endswith(b"\n"):
            size = len(line)
            while True:  # skip the rest of the over-long line
                rest = stream.readline(_CHUNK)
                size += len(rest)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None, size
        else:
            yield line, len(line)


def _iter_jsonl(
    path: str | Path, origin: str, *, date: dt.date | None, settings: Settings
) -> Iterator[Document | Failure]:
    # A record holds the text JSON-escaped (at most 6 bytes per text byte) plus a few fields.
    max_line = 6 * settings.max_document_bytes + 65_536
    seen: dict[str, int] = {}
    total = 0
    line_no = 0

    def read(stream: BinaryIO) -> Iterator[Document | Failure]:
        nonlocal total, line_no
        for raw, size in _jsonl_lines(stream, max_line):
            line_no += 1
            total += size
            where = f"{origin}:{line_no}"
            if total > settings.max_file_bytes:
                yield Failure(
                    doc_id=None,
                    origin=where,
                    error_type=InputTooLargeError.__name__,
                    message=(
                        f"the input is over the {settings.max_file_bytes:,}-byte limit of one file "
                        f"(setting max_file_bytes); stopped reading here"
                    ),
                )
                return
            if raw is None:
                yield _failure(
                    InputTooLargeError(
                        where,
                        f"the line is {size:,} bytes, over the {max_line:,}-byte limit of one "
                        f"record (6 x setting max_document_bytes + 64 KiB)",
                    )
                )
                continue
            yield from _parse_line(raw, where, line_no)

    def _parse_line(raw: bytes, where: str, number: int) -> Iterator[Document | Failure]:
        if number == 1 and raw.startswith(_UTF8_BOM):
            raw = raw[len(_UTF8_BOM) :]
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield _failure(
                EncodingInputError(
                    where,
                    f"not valid UTF-8 (invalid byte 0x{raw[exc.start]:02x} at position {exc.start} of the line)",
                )
            )
            return
        line = line.strip()
        if not line:
            return
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _failure(MalformedRecordError(where, f"not valid JSON ({exc.msg} at column {exc.colno})"))
            return
        except RecursionError:
            yield _failure(MalformedRecordError(where, "not valid JSON (nested too deeply)"))
            return
        if not isinstance(record, dict):
            yield _failure(MalformedRecordError(where, f"expected a JSON object, not {_json_type(record)}"))
            return
        try:
            doc_id = _record_id(record, where)
        except InputError as exc:
            yield _failure(exc)
            return
        if doc_id in seen:
            yield _failure(
                MalformedRecordError(where, f"duplicate id {doc_id!r} (first used on line {seen[doc_id]})"),
                doc_id,
            )
            return
        seen[doc_id] = number
        try:
            yield _record_document(record, doc_id, where, date=date, settings=settings)
        except InputError as exc:
            yield _failure(exc, doc_id)

    try:
        if _is_stdin(path):
            yield from read(_stdin_binary())
        else:
            with open(path, "rb") as f:
                yield from read(f)
    except OSError as exc:
        where = f" after line {line_no}" if line_no else ""
        raise InputError(origin, f"cannot read the {'input' if _is_stdin(path) else 'file'}{where} ({exc.strerror or exc})") from exc


def read_jsonl_documents(
    path: str | Path,
    *,
    settings: Settings,
    date: dt.date | None = None,
) -> Iterator[Document | Failure]:
    """Read a JSONL file (``"-"`` = standard input): one document object per line.

    Each line is ``{"id", "text", "date"?, "title"?, "url"?, "source"?}``;
    blank lines are ignored. A bad line (not UTF-8, not JSON, not an object,
    missing or empty id or text, a bad date, text over
    ``settings.max_document_bytes``, an id already used earlier in the file)
    yields a :class:`Failure` whose origin is ``"<path>:<line>"``, and reading
    goes on. ``date`` is the fallback for records without a date.

    The file itself is checked when this is called: a missing file or one over
    ``settings.max_file_bytes`` raises :class:`InputError` (InputTooLargeError)
    at once; the lines are read lazily.
    """
    stdin = _is_stdin(path)
    origin = STDIN_ORIGIN if stdin else str(path)
    if not stdin:
        st = stat_input(path, origin)
        if stat.S_ISREG(st.st_mode) and st.st_size > settings.max_file_bytes:
            raise InputTooLargeError(
                origin,
                f"{st.st_size:,} bytes is over the {settings.max_file_bytes:,}-byte limit of one file "
                f"(setting max_file_bytes)",
            )
    return _iter_jsonl(path, origin, date=date, settings=settings)


# ---------------------------------------------------------------------------- inputs


def read_documents(
    paths: Sequence[str],
    *,
    input_format: Literal["text", "jsonl"],
    date: dt.date | None,
    settings: Settings,
) -> Iterator[Document | Failure]:
    """Read every input; a bad input becomes a :class:`Failure`, never an exception.

    For ``"text"`` each path is one document; ``date`` overrides the date
    headers. For ``"jsonl"`` the files' records are chained; ``date`` is the
    fallback for records without a date.
    """
    if input_format not in ("text", "jsonl"):
        raise ValueError(f"unknown input format {input_format!r}; expected 'text' or 'jsonl'")
    for path in paths:
        if input_format == "text":
            try:
                yield read_text_document(path, date=date, settings=settings)
            except InputError as exc:
                logger.debug("%s", exc)
                yield _failure(exc)
        else:
            try:
                yield from read_jsonl_documents(path, settings=settings, date=date)
            except InputError as exc:
                logger.debug("%s", exc)
                yield _failure(exc)
