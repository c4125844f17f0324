"""What runs inside a Dask worker: one Coder per process, and the coding task.

The spaCy model takes seconds to load and some 400 MB of memory, so a worker
process loads it once: :class:`CoderPlugin` builds the Coder when the worker
starts (and again in a replacement worker after one dies), and every task
takes it from the per-process cache :func:`get_coder`. A task codes a list of
documents with :meth:`Coder.pipe` (batched ``nlp.pipe``) and returns their
:class:`~dyadline.records.CodedDocument` results, failures included, in order.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import threading
from collections.abc import Sequence

from distributed.diagnostics.plugin import WorkerPlugin

from dyadline.coder import Coder
from dyadline.records import CodedDocument, Document
from dyadline.settings import Settings

__all__ = ["CoderPlugin", "code_documents", "coder_loads", "get_coder", "warm_coder"]

logger = logging.getLogger(__name__)

_CODERS: dict[Settings, Coder] = {}
_LOCK = threading.Lock()
_LOADS = [0]  # Coders built by this process


def get_coder(settings: Settings) -> Coder:
    """This process's Coder for these settings, built on first use (thread-safe)."""
    coder = _CODERS.get(settings)
    if coder is not None:
        return coder
    with _LOCK:
        coder = _CODERS.get(settings)
        if coder is None:
            logger.info("loading the coder (%s) in this worker process", settings.spacy_model)
            coder = Coder(settings=settings)
            _CODERS[settings] = coder
            _LOADS[0] += 1
    return coder


def coder_loads() -> int:
    """How many times this process has loaded a Coder (once per distinct settings: normally 1)."""
    return _LOADS[0]


#: coded once when a worker starts, so that lazy set-up (date parser tables, caches) is not paid by a task
_WARM_UP = Document(id="warm-up", text="Police arrested 12 protesters in Mumbai on Monday, officials said.",
                    date=dt.date(2024, 5, 6), origin="warm-up")


def warm_coder(settings: Settings) -> None:
    """Load this process's Coder and code one short article with it."""
    for result in get_coder(settings).pipe([_WARM_UP]):
        if result.failure is not None:
            logger.warning("the warm-up article failed: %s", result.failure.describe())


def code_documents(documents: Sequence[Document], settings: Settings) -> list[CodedDocument]:
    """The Dask task: code documents with this process's Coder, one result per document, in order."""
    coder = get_coder(settings)
    return list(coder.pipe(documents, batch_size=settings.batch_size))


class CoderPlugin(WorkerPlugin):
    """Loads the Coder when a worker starts, so no task pays for the model."""

    name = "dyadline-coder"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    async def setup(self, worker: object) -> None:
        # in a thread: loading takes seconds and must not stall the worker's event loop (heartbeats)
        await asyncio.get_running_loop().run_in_executor(None, warm_coder, self.settings)
