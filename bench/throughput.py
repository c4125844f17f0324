"""Benchmark: dyadline's coding throughput against the raw spaCy model, and the Dask speed-up.

On the same texts, in one run: the full texts of the India Police Events
articles (``india_police_events/metadata.jsonl`` in the shared data folder,
read at run time, never copied into the repository), it measures

* the spaCy model alone (``spacy.load(model)`` and ``nlp.pipe``): the physical
  limit of this design on this machine;
* dyadline's coding (``Coder.pipe``: model plus every dyadline stage), and the
  same with the store (``ingest_documents`` into a fresh DuckDB file);
* ingest with the coding on a local Dask cluster of 1 and of 2 worker
  processes (cluster start and model loading not counted: a long-running
  cluster pays them once);

each as articles/s and sentences/s (the sentences of the texts as the model
splits them), with the peak memory (maximum RSS) of every process. The model
and coder runs each take a fresh process and alternate (model, coder, model,
coder ...), and so do the Dask runs (1 worker, 2 workers ...); the best of
``--repeat`` rounds is reported, since other work on the machine only ever
slows a run down. For the Dask runs it also reports the CPU time the cluster's
processes got per second of wall time, which shows when other work starved them. The figures go to
docs/performance.md (between its throughput markers) with the command and the
machine's load.

    python bench/throughput.py                 # all 621 articles, 2 rounds (about 10 minutes)
    python bench/throughput.py --limit 100 --repeat 1 --no-write   # a quick look
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from dyadline.records import Document
from dyadline.settings import Settings, load_settings

REPO = Path(__file__).resolve().parent.parent
BEGIN, END = "<!-- throughput:begin -->", "<!-- throughput:end -->"
MB = 1024 * 1024


def india_documents(data: Path, limit: int | None) -> list[Document]:
    out: list[Document] = []
    with open(data / "india_police_events" / "metadata.jsonl", encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            out.append(Document(id=f"ipe-{record['doc_id']}", text=record["full_text"],
                                date=dt.date.fromisoformat(record["date"]) if record.get("date") else None,
                                source="Times of India", url=record.get("url"),
                                origin=f"india_police_events/metadata.jsonl#{record['doc_id']}"))
            if limit is not None and len(out) >= limit:
                break
    return out


def peak_rss() -> int:
    from dyadline.scale import peak_rss_bytes

    return peak_rss_bytes()


# --- one measurement per fresh process -------------------------------------------
def phase_model(settings: Settings, docs: list[Document]) -> dict:
    import spacy

    nlp = spacy.load(settings.spacy_model)
    list(nlp.pipe([d.text for d in docs[:3]]))
    began = time.perf_counter()
    sentences = sum(len(list(doc.sents)) for doc in nlp.pipe((d.text for d in docs), batch_size=settings.batch_size))
    return {"seconds": time.perf_counter() - began, "sentences": sentences, "peak": peak_rss()}


def phase_coder(settings: Settings, docs: list[Document]) -> dict:
    from dyadline.coder import Coder

    coder = Coder(settings=settings)
    list(coder.pipe(docs[:3]))
    began = time.perf_counter()
    results = list(coder.pipe(docs))
    seconds = time.perf_counter() - began
    return {"seconds": seconds, "events": sum(len(r.events) for r in results),
            "failures": sum(r.failure is not None for r in results), "peak": peak_rss()}


def phase_ingest(settings: Settings, docs: list[Document]) -> dict:
    from dyadline.coder import Coder
    from dyadline.store.ingest import ingest_documents

    coder = Coder(settings=settings)
    list(coder.pipe(docs[:3]))
    with tempfile.TemporaryDirectory() as folder:
        summary = ingest_documents(docs, database=Path(folder) / "bench.duckdb", settings=settings, coder=coder)
    p = summary.progress
    return {"seconds": p.elapsed, "store_seconds": p.store_seconds, "mentions": p.mentions,
            "events": summary.store_events, "peak": peak_rss()}


def cpu_seconds() -> float:
    """CPU time (user + system) this process has used."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def phase_dask(settings: Settings, docs: list[Document], workers: int) -> dict:
    """Ingest on a fresh local cluster; also the CPU time its processes got, to tell a slow run
    from a run that other work on the machine starved (cores used = CPU seconds / wall seconds)."""
    from dyadline.scale import DaskCoding, ingest_on_dask

    with DaskCoding(settings, workers=workers) as coding:  # the workers have loaded the model when this returns
        before = sum(coding.client.run(cpu_seconds).values()) + cpu_seconds()
        with tempfile.TemporaryDirectory() as folder:
            summary = ingest_on_dask(docs, database=Path(folder) / "bench.duckdb", settings=settings, coding=coding)
        cpu = sum(coding.client.run(cpu_seconds).values()) + cpu_seconds() - before
        workers_peak = coding.worker_peak_memory()
    p = summary.progress
    return {"seconds": p.elapsed, "store_seconds": p.store_seconds, "mentions": p.mentions, "cpu": cpu,
            "events": summary.store_events, "worker_peaks": sorted(workers_peak.values()), "peak": peak_rss()}


PHASES = {"model": phase_model, "coder": phase_coder, "ingest": phase_ingest}


def run_phase(name: str, args: argparse.Namespace) -> dict:
    """Run one phase in a fresh Python process (its own model, its own peak memory)."""
    cmd = [sys.executable, __file__, "--phase", name, "--limit", str(args.limit or 0)]
    if args.data_dir:
        cmd += ["--data-dir", str(args.data_dir)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    logging.info("%s: %.2f s (load %s)", name, result["seconds"], _load())
    return result


# --- report -----------------------------------------------------------------------
def _load() -> str:
    return "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def report(r: dict) -> str:
    n, sents = r["articles"], r["sentences"]
    model, coder, ingest = r["model"], r["coder"], r["ingest"]
    d1, d2 = r["dask1"], r["dask2"]

    def rate(seconds: float) -> str:
        return f"{n / seconds:.2f} | {sents / seconds:.1f}"

    rows = [
        ("spaCy model alone (`nlp.pipe`)", model["seconds"], model["peak"], "the limit"),
        ("dyadline coding (`Coder.pipe`)", coder["seconds"], coder["peak"], f"{model['seconds'] / coder['seconds']:.3f}"),
        ("dyadline ingest, one process (coding + store)", ingest["seconds"], ingest["peak"],
         f"{model['seconds'] / ingest['seconds']:.3f}"),
        ("ingest on Dask, 1 worker", d1["seconds"], max(d1["worker_peaks"]), f"{model['seconds'] / d1['seconds']:.3f}"),
        ("ingest on Dask, 2 workers", d2["seconds"], max(d2["worker_peaks"]), f"{model['seconds'] / d2['seconds']:.3f}"),
    ]
    lines = [
        f"Measured {r['when']} with `{r['command']}` on {r['cpu']} ({os.cpu_count()} cores, "
        f"Python {platform.python_version()}); load average (1, 5, 15 min) {r['load_start']} at the start, "
        f"{r['load_end']} at the end (other developers' work shares the machine). {n} articles, "
        f"{r['chars'] / 1e6:.2f} M characters, {sents:,} sentences as the model splits them; best of "
        f"{r['repeat']} round(s) for the model and the coder.",
        "",
        "| run | seconds | articles/s | sentences/s | of the model's speed | peak memory per process |",
        "|---|---|---|---|---|---|",
    ]
    for name, seconds, peak, ratio in rows:
        lines.append(f"| {name} | {seconds:.1f} | {rate(seconds)} | {ratio} | {peak / MB:,.0f} MB |")
    speedup = d1["seconds"] / d2["seconds"]
    lines += [
        "",
        f"* End-to-end coding / raw model: **{model['seconds'] / coder['seconds']:.3f}** (target at least 0.8); "
        f"rounds: {', '.join(f'{m / c:.3f}' for m, c in zip(r['model_rounds'], r['coder_rounds'], strict=True))}.",
        f"* Dask speed-up from 1 to 2 workers: **{speedup:.2f}×** (target at least 1.6), "
        f"{d1['seconds']:.1f} s → {d2['seconds']:.1f} s; the cluster's processes used "
        f"{d1['cpu'] / d1['seconds']:.2f} and {d2['cpu'] / d2['seconds']:.2f} cores on average "
        f"(CPU seconds / wall seconds). Rounds (seconds, cores): "
        + "; ".join(f"{w} worker(s) " + ", ".join(f"{t:.1f} s, {c / t:.2f}" for t, c in runs)
                    for w, runs in r["dask_rounds"].items()) + ".",
        f"* Peak memory: Dask workers {', '.join(f'{p / MB:,.0f}' for p in d1['worker_peaks'] + d2['worker_peaks'])} MB "
        f"(target at most 1 GB each); the ingesting client process {max(d1['peak'], d2['peak']) / MB:,.0f} MB "
        f"(no model); one-process coding {coder['peak'] / MB:,.0f} MB.",
        f"* Output: {coder['events']:,} events from `Coder.pipe`; {ingest['mentions']:,} mentions and "
        f"{ingest['events']:,} events stored by the one-process ingest, {d1['mentions']:,} / {d1['events']:,} "
        f"with 1 Dask worker, {d2['mentions']:,} / {d2['events']:,} with 2.",
        f"* Store share of the one-process ingest: {ingest['store_seconds']:.1f} s; of the 2-worker ingest "
        f"(in the client, overlapping the coding): {d2['store_seconds']:.1f} s.",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=0, help="first N articles only (default: all)")
    parser.add_argument("--repeat", type=int, default=2, help="rounds of the model and coder runs (default 2)")
    parser.add_argument("--data-dir", type=Path, default=None, help="shared data folder (default: setting data_dir)")
    parser.add_argument("--no-write", action="store_true", help="print the figures only")
    parser.add_argument("--phase", choices=sorted(PHASES), help=argparse.SUPPRESS)
    args = parser.parse_args()
    settings = load_settings(data_dir=args.data_dir)
    docs = india_documents(settings.data_dir, args.limit or None)
    if args.phase:
        print(json.dumps(PHASES[args.phase](settings, docs)))
        return
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("distributed").setLevel(logging.WARNING)
    command = "python bench/throughput.py" + "".join(f" {a}" for a in sys.argv[1:])
    began_load = _load()
    rounds = [(run_phase("model", args), run_phase("coder", args)) for _ in range(max(1, args.repeat))]
    model = min((m for m, _ in rounds), key=lambda x: x["seconds"])
    coder = min((c for _, c in rounds), key=lambda x: x["seconds"])
    ingest = run_phase("ingest", args)
    dask_rounds: dict[int, list[dict]] = {1: [], 2: []}
    for _ in range(max(1, args.repeat)):
        for workers in (1, 2):
            dask_rounds[workers].append(phase_dask(settings, docs, workers))
            logging.info("dask %d: %.2f s (load %s)", workers, dask_rounds[workers][-1]["seconds"], _load())
    dask = {w: min(runs, key=lambda x: x["seconds"]) for w, runs in dask_rounds.items()}
    results = {
        "when": dt.date.today().isoformat(), "command": command, "cpu": _cpu(), "repeat": len(rounds),
        "articles": len(docs), "chars": sum(len(d.text) for d in docs), "sentences": model["sentences"],
        "model": model, "coder": coder, "ingest": ingest, "dask1": dask[1], "dask2": dask[2],
        "model_rounds": [m["seconds"] for m, _ in rounds], "coder_rounds": [c["seconds"] for _, c in rounds],
        "dask_rounds": {w: [(x["seconds"], x["cpu"]) for x in runs] for w, runs in dask_rounds.items()},
        "load_start": began_load, "load_end": _load(),
    }
    block = report(results)
    print(block)
    if not args.no_write:
        from perfdoc import DOC, write_block

        write_block(block, BEGIN, END, heading="Throughput on this machine")
        logging.info("written to %s", DOC)


if __name__ == "__main__":
    main()
