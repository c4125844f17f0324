"""The FastAPI app: routes, error answers, limits, the dashboard's static files."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from dyadline import __version__
from dyadline.errors import (
    BadRequestError,
    CodingError,
    DyadlineError,
    InputError,
    NotFoundError,
    PayloadTooLargeError,
    RateLimitedError,
    StoreLockedError,
    StoreMissingError,
)
from dyadline.server import routes_actors, routes_code, routes_documents, routes_dyads, routes_events, routes_meta
from dyadline.server.middleware import BodyLimit, SecurityHeaders
from dyadline.server.models import ErrorOut
from dyadline.server.state import AppState, ServerConfig
from dyadline.settings import Settings, load_settings

if TYPE_CHECKING:
    from dyadline.coder import Coder

__all__ = ["STATIC", "create_app"]

logger = logging.getLogger(__name__)

STATIC = Path(__file__).parent / "static"

#: which error answers with which HTTP status; the first class that matches wins.
STATUS: tuple[tuple[type[DyadlineError], int], ...] = (
    (BadRequestError, 400),
    (InputError, 400),
    (NotFoundError, 404),
    (PayloadTooLargeError, 413),
    (CodingError, 422),
    (RateLimitedError, 429),
    (StoreMissingError, 503),
    (StoreLockedError, 503),
)

DESCRIPTION = """Political events coded from news, read from a dyadline event store (DuckDB, opened
read-only for each request). Every error answer is JSON: `{"error": "...", "status": N}`.
The dashboard is at `/`."""


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message, "status": status}, status_code=status, headers=headers)


def _dyadline_error(request: Request, exc: Exception) -> JSONResponse:
    status = next((code for cls, code in STATUS if isinstance(exc, cls)), 500)
    if status >= 500:
        logger.error("%s %s: %s: %s", request.method, request.url.path, type(exc).__name__, exc)
    headers = {"Retry-After": str(max(1, round(exc.retry_after)))} if isinstance(exc, RateLimitedError) else None
    return _error(status, str(exc), headers)


def _where(loc: tuple[Any, ...]) -> str:
    kind, *rest = loc or ("request",)
    name = ".".join(str(x) for x in rest)
    if kind == "body":
        return f"body field {name!r}" if name else "the request body"
    return f"{kind} parameter {name!r}" if name else str(kind)


def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    parts = []
    for err in exc.errors():
        loc = tuple(err.get("loc") or ())
        if err.get("type") == "json_invalid":
            parts.append(f"the request body is not valid JSON ({err.get('ctx', {}).get('error', err['msg'])})")
            continue
        if err.get("type") == "missing" and loc == ("body",):
            parts.append('the request body is missing: send JSON like {"text": "..."}')
            continue
        shown = err.get("input")
        got = f" (got {shown!r})" if isinstance(shown, str | int | float) and len(str(shown)) <= 80 else ""
        parts.append(f"{_where(loc)}: {err['msg']}{got}")
    return _error(422, "; ".join(parts) or "invalid request")


def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    if exc.status_code == 404 and message == "Not Found":
        message = f"no such page or endpoint: {request.url.path} (the API is under /api, its docs at /docs)"
    return _error(exc.status_code, message, getattr(exc, "headers", None))


def _pages(app: FastAPI) -> None:
    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(STATIC / "docs.html")

    @app.get("/document", include_in_schema=False)
    def document_page() -> FileResponse:
        return FileResponse(STATIC / "document.html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")


def create_app(
    config: ServerConfig | None = None,
    *,
    database: str | Path | None = None,
    settings: Settings | None = None,
    cors_origins: tuple[str, ...] = (),
    coder: Coder | None = None,
) -> FastAPI:
    """The app for a store (``database``, else the setting ``database``). ``coder``: an already
    loaded coder for POST /api/code (else one is loaded on the first request)."""
    if config is None:
        settings = settings or load_settings()
        config = ServerConfig(Path(database or settings.database), settings, tuple(cors_origins))
    app = FastAPI(title="dyadline", version=__version__, description=DESCRIPTION, docs_url=None, redoc_url=None)
    app.state.dyadline = AppState.create(config, coder)
    errors: dict[int | str, dict[str, Any]] = {
        400: {"model": ErrorOut, "description": "A parameter is malformed or names an unknown country or type."},
        404: {"model": ErrorOut, "description": "Not in the store."},
        422: {"model": ErrorOut, "description": "A parameter or the body does not have the expected form."},
        503: {"model": ErrorOut, "description": "No store yet, or an ingest held it too long."},
    }
    for router in (routes_events.router, routes_dyads.router, routes_actors.router, routes_documents.router,
                   routes_code.router, routes_meta.router):
        app.include_router(router, responses=errors)
    app.add_exception_handler(DyadlineError, _dyadline_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    _pages(app)
    app.add_middleware(BodyLimit, limit=config.settings.server_code_max_bytes, setting="server_code_max_bytes")
    if config.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(config.cors_origins), allow_methods=["GET", "POST"],
                           allow_headers=["content-type"])
    app.add_middleware(SecurityHeaders)
    logger.info("dyadline web app on the store %s", config.database)
    return app
