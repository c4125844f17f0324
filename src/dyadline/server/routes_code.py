"""POST /api/code: code a pasted article and return its events, without storing them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import tempfile
import time
from pathlib import Path

from fastapi import APIRouter, Request

from dyadline.errors import BadRequestError, InputError
from dyadline.records import Document
from dyadline.server.convert import coded_event_out
from dyadline.server.models import CodeRequest, CodeResponse, ErrorOut
from dyadline.server.state import State
from dyadline.settings import Settings

__all__ = ["router", "pasted_document"]

router = APIRouter(tags=["coding"])

PASTED = "pasted article"


def pasted_document(text: str, date: dt.date | None, settings: Settings) -> Document:
    """The text as `dyadline code` reads a file: header lines (Published:, Title:...), headline, body."""
    from dyadline.readers import read_text_document

    with tempfile.TemporaryDirectory(prefix="dyadline-code-") as folder:
        path = Path(folder) / "pasted.txt"
        path.write_text(text, encoding="utf-8")
        try:
            document = read_text_document(path, date=date, settings=settings)
        except InputError as exc:
            raise BadRequestError(f"the {PASTED}: {exc.problem}") from exc
    doc_id = "pasted-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    return dataclasses.replace(document, id=document.id if document.id != "pasted" else doc_id, origin=PASTED)


@router.post(
    "/api/code", response_model=CodeResponse, summary="Code a pasted article (nothing is stored)",
    responses={413: {"model": ErrorOut, "description": "The body is over the size limit."},
               429: {"model": ErrorOut, "description": "Too many requests from this client; see Retry-After."}},
)
def code_article(state: State, request: Request, body: CodeRequest) -> CodeResponse:
    """Codes the text with the same pipeline as `dyadline code` and returns its events, each with
    its trigger located in its sentence. The body is limited to the setting server_code_max_bytes
    (413 beyond), and each client to server_code_rate requests per server_code_rate_window
    seconds (429 beyond, with Retry-After)."""
    state.limiter.check(request.client.host if request.client else "unknown")
    if not body.text.strip():
        raise BadRequestError(f"the {PASTED} holds only whitespace")
    document = pasted_document(body.text, body.date, state.settings)
    started = time.perf_counter()
    events = state.coder.code(document)
    seconds = time.perf_counter() - started
    return CodeResponse(title=document.title, date=document.date, count=len(events), seconds=round(seconds, 3),
                        events=[coded_event_out(e, document.text) for e in events])
