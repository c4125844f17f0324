"""Writing events (JSONL, a JSON array, or a table for people) and failures."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from typing import Literal, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from dyadline.records import Actor, Event, Failure

__all__ = ["write_events", "write_failures", "format_actor", "format_actors", "TABLE_WIDTH", "TABLE_COLUMNS"]

logger = logging.getLogger(__name__)

#: table width when the stream is not a terminal (a file, a pipe), so rows do not wrap.
TABLE_WIDTH = 200

#: the table's column headings, in order.
TABLE_COLUMNS = (
    "doc",
    "sent",
    "date",
    "source",
    "event",
    "cameo",
    "target",
    "trigger",
    "location",
    "fatalities",
    "flags",
    "confidence",
)


def format_actor(actor: Actor) -> str:
    """A short label: country and sector codes (``"AZE GOV"``), else the name, else the text."""
    codes = " ".join(code for code in (actor.country, actor.sector) if code)
    return codes or actor.name or actor.text


def format_actors(actors: Iterable[Actor]) -> str:
    """Several actors' labels joined by ``+`` (``"AZE GOV+RUS GOV"``)."""
    return "+".join(format_actor(a) for a in actors)


def _event_label(event: Event) -> str:
    return f"{event.event_type}/{event.mode}" if event.mode else event.event_type


def _flags(event: Event) -> str:
    names = (("neg", event.negated), ("hyp", event.hypothetical), ("fut", event.future))
    return " ".join(name for name, on in names if on)


def _table_row(event: Event) -> list[Text]:
    cells = [
        event.doc_id,
        str(event.sentence_index),
        event.date or "",
        format_actors(event.source),
        _event_label(event),
        event.cameo,
        format_actors(event.target),
        event.trigger.text,
        event.location.name if event.location else "",
        "" if event.fatalities is None else str(event.fatalities),
        _flags(event),
        f"{event.confidence:.2f}",
    ]
    # Text objects, not strings: rich would read "[...]" in article text as markup.
    return [Text(cell) for cell in cells]


def _write_table(events: Iterable[Event], stream: TextIO) -> int:
    table = Table(show_lines=False, header_style="bold")
    numeric = {"sent", "fatalities", "confidence"}
    for name in TABLE_COLUMNS:
        table.add_column(name, justify="right" if name in numeric else "left", overflow="fold")
    count = 0
    for event in events:
        table.add_row(*_table_row(event))
        count += 1
    is_terminal = bool(getattr(stream, "isatty", None) and stream.isatty())
    console = Console(
        file=stream,
        width=None if is_terminal else TABLE_WIDTH,
        highlight=False,
        emoji=False,
        soft_wrap=False,
    )
    console.print(table)
    return count


def _write_json_array(events: Iterable[Event], stream: TextIO) -> int:
    """Stream a JSON array; the output equals ``json.dumps(list, indent=2)``."""
    count = 0
    for event in events:
        body = json.dumps(event.to_dict(), ensure_ascii=False, indent=2)
        stream.write("[\n" if count == 0 else ",\n")
        stream.write("\n".join("  " + line for line in body.split("\n")))  # not splitlines: U+2028 may be in strings
        count += 1
    stream.write("[]\n" if count == 0 else "\n]\n")
    return count


def write_events(
    events: Iterable[Event],
    *,
    fmt: Literal["jsonl", "json", "table"],
    stream: TextIO,
) -> int:
    """Write events to ``stream`` and return how many were written.

    ``jsonl``: one JSON object per line; ``json``: one JSON array (indent 2);
    ``table``: a table for people (width :data:`TABLE_WIDTH` when ``stream``
    is not a terminal).
    """
    if fmt == "jsonl":
        count = 0
        for event in events:
            stream.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
            count += 1
    elif fmt == "json":
        count = _write_json_array(events, stream)
    elif fmt == "table":
        count = _write_table(events, stream)
    else:
        raise ValueError(f"unknown output format {fmt!r}; expected 'jsonl', 'json' or 'table'")
    logger.debug("wrote %d events as %s", count, fmt)
    return count


def write_failures(failures: Iterable[Failure], *, stream: TextIO) -> int:
    """Write one ``error: ...`` line per failure; return how many."""
    count = 0
    for failure in failures:
        stream.write(f"error: {failure.describe()}\n")
        count += 1
    return count
