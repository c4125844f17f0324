"""Hand-built documents and events for the store tests (no coder involved)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dyadline.records import Actor, Document, Event, Place, Trigger, make_event_id
from dyadline.store.mentions import mentions_of, stored_document
from dyadline.store.schema import open_writer
from dyadline.store.writer import BatchWrite, write_batch

KHARKIV = Place("Kharkiv", "UKR", "Kharkiv Oblast", 49.98, 36.25, 706483, "city")
ODESA = Place("Odesa", "UKR", "Odesa Oblast", 46.48, 30.73, 698740, "city")


def actor(code: str | None, sector: str | None = None, text: str | None = None) -> Actor:
    return Actor(text=text or f"{code or ''} {sector or ''}".strip(), country=code, sector=sector)


def event(
    doc_id: str,
    *,
    sentence: int = 0,
    source: Actor | None = None,
    target: Actor | None = None,
    event_type: str = "ASSAULT",
    mode: str | None = None,
    cameo: str = "190",
    goldstein: float = -10.0,
    quad: int = 4,
    date: str | None = "2024-05-06",
    precision: str | None = "document",
    place: Place | None = None,
    negated: bool = False,
    fatalities: int | None = None,
    trigger: str = "attacked",
) -> Event:
    start = 10 + sentence * 100
    return Event(
        event_id=make_event_id(doc_id, sentence, start, start + len(trigger)),
        doc_id=doc_id, sentence_index=sentence, sentence=f"Sentence {sentence} of {doc_id}.",
        trigger=Trigger(trigger, start, start + len(trigger)), event_type=event_type, mode=mode, contexts=(),
        cameo=cameo, goldstein=goldstein, quad_class=quad,
        source=(source,) if source else (), target=(target,) if target else (),
        date=date, date_precision=precision, location=place, fatalities=fatalities, negated=negated,
        confidence=0.9, evidence="test",
    )


def document(doc_id: str, *, source: str | None = None, date: str | None = "2024-05-06") -> Document:
    return Document(id=doc_id, text=f"Text of {doc_id}.\n" + "x" * 400, date=dt.date.fromisoformat(date) if date else None,
                    source=source, origin=f"{doc_id}.txt")


def store(db: Path, items: list[tuple[Document, list[Event]]], *, tolerance: int = 1) -> None:
    """Write hand-built coded documents to the store in one batch, as ingest would."""
    documents = []
    mentions = []
    for doc, events in items:
        stored = stored_document(doc)
        documents.append(stored)
        for ev in events:
            mentions.extend(mentions_of(ev, stored))
    batch = BatchWrite(tuple(documents), tuple(len(e) for _, e in items), tuple(mentions), ())
    with open_writer(db) as conn:
        write_batch(conn, batch, tolerance=tolerance)


#: sentences the coder codes with countries on both sides (or a place), for whole-pipeline tests.
SENTENCES = (
    "Russian troops attacked Ukrainian positions near Kharkiv.",
    "Kenyan police arrested 40 protesters in Nairobi.",
    "China criticized the United States over tariffs.",
    "Turkish warplanes bombed Kurdish militants in northern Iraq.",
    "The French president met the German chancellor in Berlin.",
    "Pakistan accused India of violating the ceasefire.",
    "Japan sent aid to the Philippines.",
)
OUTLETS = ("Reuters", "AP", "AFP")


def news_corpus(n: int) -> list[dict[str, str]]:
    """``n`` JSONL document records: the same events reported by several outlets over a few days."""
    records = []
    for i in range(n):
        day = dt.date(2024, 5, 1) + dt.timedelta(days=(i // len(SENTENCES)) % 6)
        text = f"{SENTENCES[i % len(SENTENCES)]} Officials gave no further details in report {i}."
        records.append({"id": f"n{i}", "text": text, "date": day.isoformat(), "source": OUTLETS[i % len(OUTLETS)]})
    return records
