"""Corpus, store snapshots and a worker-killing task for the Dask tests."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
from collections.abc import Sequence
from pathlib import Path

from dyadline.records import CodedDocument, Document
from dyadline.scale.worker import code_documents
from dyadline.settings import Settings
from dyadline.store.schema import open_reader

#: a document whose text contains this kills the worker process that codes it
POISON = "POISON-PILL"
SYNTHETIC = (
    "Russian troops attacked Ukrainian positions near Kharkiv.",
    "Kenyan police arrested 40 protesters in Nairobi.",
    "Pakistan accused India of violating the ceasefire.",
    "Japan sent aid to the Philippines.",
)


def corpus(data_dir: Path, n_articles: int) -> list[Document]:
    """Real news (India Police Events articles) plus short wire reports that repeat each other,
    so that some stored events merge several mentions."""
    docs = []
    with open(data_dir / "india_police_events" / "metadata.jsonl", encoding="utf-8") as f:
        for line, _ in zip(f, range(n_articles)):
            record = json.loads(line)
            docs.append(Document(id=f"ipe-{record['doc_id']}", text=record["full_text"],
                                 date=dt.date.fromisoformat(record["date"]), source="Times of India",
                                 origin=f"metadata.jsonl#{record['doc_id']}"))
    for i in range(12):
        text = f"{SYNTHETIC[i % len(SYNTHETIC)]} Officials gave no details in report {i}."
        docs.append(Document(id=f"wire-{i}", text=text, date=dt.date(2024, 5, 1 + i // 4),
                             source=("Reuters", "AP", "AFP")[i % 3], origin=f"wire-{i}"))
    return docs


def write_jsonl(docs: Sequence[Document], path: Path) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps({"id": d.id, "text": d.text, "date": d.date.isoformat() if d.date else None,
                                "source": d.source}) + "\n")
    return path


def snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every stored row a user can query, without the wall-clock columns."""
    with open_reader(db) as conn:
        return {
            "events": conn.execute("SELECT * EXCLUDE (added_at) FROM events ORDER BY event_id").fetchall(),
            "mentions": conn.execute("SELECT * FROM mentions ORDER BY mention_id").fetchall(),
            "documents": conn.execute("SELECT * EXCLUDE (ingested_at) FROM documents ORDER BY doc_key").fetchall(),
            "num_mentions": [row[0] for row in conn.execute("SELECT num_mentions FROM events ORDER BY event_id").fetchall()],
        }


def killing_task(documents: Sequence[Document], settings: Settings) -> list[CodedDocument]:
    """The normal coding task, except that the poison document kills its worker process outright."""
    if any(POISON in d.text for d in documents):
        os.kill(os.getpid(), signal.SIGKILL)
    return code_documents(documents, settings)


def raising_task(documents: Sequence[Document], settings: Settings) -> list[CodedDocument]:
    """The normal coding task, except that it raises for the poison document."""
    if any(POISON in d.text for d in documents):
        raise ValueError("this worker cannot code the poison document")
    return code_documents(documents, settings)


def killing_when_marked(documents: Sequence[Document], settings: Settings, *, marker: str) -> list[CodedDocument]:
    """The normal coding task, except that once ``marker`` exists every run kills its worker."""
    if Path(marker).exists():
        os.kill(os.getpid(), signal.SIGKILL)
    return code_documents(documents, settings)


def kill_this_process() -> None:
    """Run on a worker (``client.run``) to kill it as the kernel's OOM killer would."""
    os.kill(os.getpid(), signal.SIGKILL)
