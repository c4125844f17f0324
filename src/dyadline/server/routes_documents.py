"""GET /api/documents/{doc}: a stored document and its coded sentences, triggers marked."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from dyadline.errors import NotFoundError
from dyadline.server.convert import sentence_out
from dyadline.server.models import DocumentOut
from dyadline.server.reports import document_view
from dyadline.server.state import State

__all__ = ["router"]

router = APIRouter(prefix="/api/documents", tags=["documents"])


@router.get("/{doc}", response_model=DocumentOut, summary="A document with its event sentences marked")
def get_document(
    state: State,
    doc: Annotated[str, Path(max_length=300, description="The content hash (doc_key) or the document id.")],
) -> DocumentOut:
    """The document's metadata and, in text order, each sentence that holds coded events with
    their triggers. The store keeps no full text: sentences without events are not shown."""
    with state.reader() as conn:
        view = document_view(conn, doc)
    if view is None:
        raise NotFoundError(f"no document {doc!r} in the store (give its doc_key or its id)")
    d = view.document
    return DocumentOut(doc_key=d.doc_key, doc_id=d.doc_id, origin=d.origin, title=d.title, url=d.url,
                       source_name=d.source_name, pub_date=d.pub_date, n_chars=d.n_chars, n_events=d.n_events,
                       ingested_at=d.ingested_at, sentences=[sentence_out(s) for s in view.sentences])
