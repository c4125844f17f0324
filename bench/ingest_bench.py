"""Benchmark: ingest 10,000 documents into a fresh store; report documents/s, events/s, peak memory.

The documents are read at run time from the shared data folder (never copied
into the repository): the full texts of ``india_police_events/docs.jsonl``
(621 Times of India articles, with their dates from ``metadata.jsonl``) and
ACLED event notes from ``acled_global_2020`` and ``acled_kenya_2004_2019``
as short documents, up to 10,000 in all. ``--limit N`` keeps the same mix
(about 6% long articles) in N documents. Prints figures; not a test.

    python bench/ingest_bench.py                  # 10,000 documents
    python bench/ingest_bench.py --limit 500      # a quick run
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import resource
import tempfile
import time
from pathlib import Path

from dyadline.coder import Coder
from dyadline.errors import InputError
from dyadline.records import Document
from dyadline.settings import load_settings
from dyadline.store.ingest import ingest_documents
from dyadline.store.model import IngestProgress
from dyadline.store.sources_csv import parse_table_date

TOTAL = 10_000
ACLED_FILES = ("acled_global_2020/acled.csv", "acled_kenya_2004_2019/acled_data.csv")


def india_documents(data: Path) -> list[Document]:
    folder = data / "india_police_events"
    dates = {}
    with open(folder / "metadata.jsonl", encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            dates[record["doc_id"]] = record.get("date")
    out = []
    with open(folder / "docs.jsonl", encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            raw = dates.get(record["doc_id"])
            out.append(Document(
                id=f"ipe-{record['doc_id']}", text=record["doc_text"],
                date=dt.date.fromisoformat(raw) if raw else None, source="Times of India",
                origin=f"india_police_events/docs.jsonl#{record['doc_id']}",
            ))
    return out


def acled_documents(data: Path, n: int) -> list[Document]:
    out: list[Document] = []
    for name in ACLED_FILES:
        with open(data / name, encoding="utf-8") as f:
            for line, row in enumerate(csv.DictReader(f), start=2):
                if len(out) >= n:
                    return out
                if not (row.get("notes") or "").strip():
                    continue
                try:
                    date = parse_table_date(row["event_date"], f"{name}:{line}")
                except InputError:
                    date = None
                out.append(Document(id=f"acled-{row['event_id_cnty']}", text=row["notes"], date=date,
                                    source=row.get("source") or None, origin=f"{name}:{line}"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=TOTAL, help=f"documents to ingest (default {TOTAL:,})")
    parser.add_argument("--data-dir", type=Path, default=None, help="shared data folder (default: setting data_dir)")
    parser.add_argument("--db", type=Path, default=None, help="store file (default: a fresh temporary one)")
    args = parser.parse_args()
    settings = load_settings(data_dir=args.data_dir)
    india = india_documents(settings.data_dir)
    n_india = min(len(india), round(args.limit * len(india) / TOTAL))
    documents = india[:n_india] + acled_documents(settings.data_dir, args.limit - n_india)
    chars = sum(len(d.text) for d in documents)
    print(f"{len(documents):,} documents ({n_india} India Police Events articles, {len(documents) - n_india:,} "
          f"ACLED notes), {chars / 1e6:.1f} M characters; batch {settings.store_batch_documents} documents")

    began = time.perf_counter()
    coder = Coder(settings=settings)
    load_seconds = time.perf_counter() - began
    folder = None if args.db else tempfile.TemporaryDirectory()
    db = args.db or Path(folder.name) / "bench.duckdb"
    last = [IngestProgress()]

    def on_progress(progress: IngestProgress) -> None:
        if progress.documents_read // 1000 != last[0].documents_read // 1000:
            print(f"  {progress.documents_read:6,} documents  {progress.documents_per_second:6.1f} docs/s  "
                  f"{progress.events_per_second:6.1f} events/s", flush=True)
        last[0] = progress

    summary = ingest_documents(documents, database=db, settings=settings, coder=coder, on_progress=on_progress)
    p = summary.progress
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size_mb = db.stat().st_size / 1e6
    print(f"model load {load_seconds:.1f} s (not counted below)")
    print(f"ingested {p.documents_read:,} documents in {p.elapsed:.1f} s: {p.documents_per_second:.1f} documents/s, "
          f"{p.events_per_second:.1f} events/s ({p.mentions:,} event mentions), {p.failures} failures")
    print(f"time: coding {p.coding_seconds:.1f} s, store (hash lookups, writes, de-duplication) {p.store_seconds:.1f} s")
    print(f"store: {summary.store_documents:,} documents, {summary.store_mentions:,} mentions, "
          f"{summary.store_events:,} events after de-duplication; {size_mb:.1f} MB on disk")
    print(f"peak memory (max RSS of the process, model included): {peak_mb:,.0f} MB")
    if folder is not None:
        folder.cleanup()


if __name__ == "__main__":
    main()
