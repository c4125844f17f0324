"""The web API and dashboard: `dyadline serve` runs :func:`create_app` with uvicorn.

>>> from dyadline.server import create_app
>>> app = create_app(database="events.duckdb")    # an ASGI app (FastAPI)

A thin layer over the store's read-only queries (:mod:`dyadline.store.rollups`,
:mod:`dyadline.store.queries_web`) and the coder; see docs/server.md.
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from dyadline.server.app import create_app

        return create_app
    raise AttributeError(f"module 'dyadline.server' has no attribute {name!r}")
