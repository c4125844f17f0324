"""The sentences behind events: an event's reports and a document's coded sentences, with
each trigger located in its sentence.

The store keeps each mention's sentence and its trigger's offset in the document, not the
document's text nor the sentence's offset; :func:`locate_triggers` finds the triggers in
the sentence text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

import duckdb

__all__ = ["DocumentInfo", "DocumentView", "SentenceView", "TriggerMark", "document_view", "event_reports",
           "locate_triggers"]


@dataclass(frozen=True, slots=True)
class TriggerMark:
    trigger: str
    start: int | None  # in the sentence
    end: int | None
    mention_id: str
    event_id: str | None
    event_type: str
    quad_class: int
    source_text: str | None
    target_text: str | None
    negated: bool
    hypothetical: bool


@dataclass(frozen=True, slots=True)
class SentenceView:
    doc_key: str
    doc_id: str
    title: str | None
    url: str | None
    pub_date: dt.date | None
    sentence_index: int
    sentence: str
    marks: tuple[TriggerMark, ...]


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    doc_key: str
    doc_id: str
    origin: str | None
    title: str | None
    url: str | None
    source_name: str | None
    pub_date: dt.date | None
    n_chars: int
    n_events: int
    ingested_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class DocumentView:
    document: DocumentInfo
    sentences: tuple[SentenceView, ...]


def _occurrences(text: str, sentence: str) -> list[int]:
    """Where ``text`` occurs in the sentence, as a whole word if it does so anywhere."""
    if not text:
        return []
    words = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)", sentence)]
    return words or [m.start() for m in re.finditer(re.escape(text), sentence)]


def locate_triggers(sentence: str, triggers: Sequence[tuple[str, int]]) -> list[tuple[int, int] | None]:
    """Where each trigger (its text, its offset in the document) sits in the sentence.

    The sentence's own offset in the document is taken as the one that puts the most
    triggers on their words (ties: the earliest occurrence); a trigger whose text is not in
    the sentence gets None.
    """
    found = [_occurrences(text, sentence) for text, _ in triggers]
    votes: dict[int, int] = {}
    for (_, offset), positions in zip(triggers, found, strict=True):
        for p in positions:
            votes[offset - p] = votes.get(offset - p, 0) + 1
    best = max(votes, key=lambda start: (votes[start], start)) if votes else None
    out: list[tuple[int, int] | None] = []
    for (text, offset), positions in zip(triggers, found, strict=True):
        if not positions:
            out.append(None)
            continue
        p = offset - best if best is not None and offset - best in positions else positions[0]
        out.append((p, p + len(text)))
    return out


_MENTIONS_SQL = """
SELECT m.mention_id, m.event_id, m.doc_key, m.doc_id, m.sentence_index, m.sentence, m.trigger_text,
    m.trigger_start, m.event_type, m.quad_class, m.source_text, m.target_text, m.negated, m.hypothetical,
    d.title, d.url, d.pub_date
FROM mentions m JOIN documents d ON d.doc_key = m.doc_key
WHERE {where}
ORDER BY d.pub_date NULLS LAST, m.doc_key, m.sentence_index, m.trigger_start, m.mention_id
"""


def _sentences(rows: list[tuple]) -> tuple[SentenceView, ...]:
    """Mention rows (sorted by document and sentence) grouped into sentences with their marks."""
    groups: dict[tuple[str, int], list[tuple]] = {}
    for row in rows:
        groups.setdefault((row[2], row[4]), []).append(row)
    out = []
    for group in groups.values():
        first = group[0]
        sentence = first[5]
        spans = locate_triggers(sentence, [(r[6], r[7]) for r in group])
        marks = tuple(
            TriggerMark(r[6], span[0] if span else None, span[1] if span else None, r[0], r[1], r[8], int(r[9]),
                        r[10], r[11], bool(r[12]), bool(r[13]))
            for r, span in zip(group, spans, strict=True)
        )
        out.append(SentenceView(first[2], first[3], first[14], first[15], first[16], int(first[4]), sentence, marks))
    return tuple(out)


def event_reports(conn: duckdb.DuckDBPyConnection, event_id: str) -> tuple[SentenceView, ...]:
    """Every sentence that reports the event, earliest report first, its triggers marked."""
    return _sentences(conn.execute(_MENTIONS_SQL.format(where="m.event_id = ?"), [event_id]).fetchall())


def document_view(conn: duckdb.DuckDBPyConnection, ref: str) -> DocumentView | None:
    """A stored document, by content hash or else by document id (the first stored of that id),
    with its coded sentences in text order."""
    rows = conn.execute(
        "SELECT doc_key, doc_id, origin, title, url, source_name, pub_date, n_chars, n_events, ingested_at "
        "FROM documents WHERE doc_key = ? OR doc_id = ? ORDER BY doc_key = ? DESC, ingested_at, doc_key LIMIT 1",
        [ref, ref, ref],
    ).fetchall()
    if not rows:
        return None
    key, doc_id, origin, title, url, source, pub_date, n_chars, n_events, ingested = rows[0]
    info = DocumentInfo(key, doc_id, origin, title, url, source, pub_date, int(n_chars), int(n_events), ingested)
    mentions = conn.execute(_MENTIONS_SQL.format(where="m.doc_key = ?"), [key]).fetchall()
    return DocumentView(info, _sentences(mentions))
