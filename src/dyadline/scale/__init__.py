"""Scale-out: code documents on a Dask cluster, one process or many machines.

``dyadline ingest ... --workers N`` starts a local Dask cluster of N worker
processes; ``--scheduler tcp://HOST:PORT`` uses a running one. Each worker
process loads the spaCy model once (:class:`~dyadline.scale.worker.CoderPlugin`),
codes documents in batches (one task = ``scale_task_documents`` documents
through ``nlp.pipe``), and the ingesting process, the only writer, stores the
results as tasks complete. The store ends exactly as after a single-process
run. See docs/performance.md.
"""

from dyadline.scale.cluster import CodingTask, DaskCoding, ScaleError, peak_rss_bytes
from dyadline.scale.ingest import ingest_on_dask
from dyadline.scale.worker import CoderPlugin, code_documents, get_coder

__all__ = ["CoderPlugin", "CodingTask", "DaskCoding", "ScaleError", "code_documents", "get_coder",
           "ingest_on_dask", "peak_rss_bytes"]
