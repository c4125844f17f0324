"""`dyadline serve`: the web API and dashboard over an event store (registered by dyadline.cli)."""

from __future__ import annotations

import ipaddress
import logging
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from dyadline.errors import DyadlineError

__all__ = ["register", "serve"]

log = logging.getLogger("dyadline")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(
    db: Annotated[Optional[Path], typer.Option("--db", help="The DuckDB store (default: setting database, events.duckdb).")] = None,
    host: Annotated[Optional[str], typer.Option(help="Address to bind (default: setting server_host, 127.0.0.1: this machine only).")] = None,
    port: Annotated[Optional[int], typer.Option(min=1, max=65535, help="TCP port (default: setting server_port, 8000).")] = None,
    cors_origin: Annotated[Optional[list[str]], typer.Option(
        "--cors-origin", help="Allow cross-origin requests from this origin (repeatable), e.g. http://localhost:3000. "
                              "None by default.")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log each request.")] = False,
) -> None:
    """Serve the web API (OpenAPI docs at /docs) and the dashboard (/) over an event store.

    The store is opened read-only for each request, so `dyadline ingest` can add to it meanwhile.
    POST /api/code codes a pasted article without storing it (size and rate limits: settings server_code_*).
    """
    import uvicorn

    from dyadline.server.app import create_app
    from dyadline.server.state import ServerConfig
    from dyadline.settings import load_settings

    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)
    try:
        settings = load_settings(database=db, server_host=host, server_port=port)
    except DyadlineError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    if not _is_loopback(settings.server_host):
        log.warning("serving on %s: other machines can reach this server (it has no authentication)",
                    settings.server_host)
    if not settings.database.exists():
        log.warning("%s does not exist yet: the API answers 503 until `dyadline ingest --db %s` creates it",
                    settings.database, settings.database)
    config = ServerConfig(settings.database, settings, tuple(cors_origin or ()))
    app = create_app(config)
    typer.echo(f"dyadline: dashboard at http://{settings.server_host}:{settings.server_port}/ , API docs at /docs "
               f"(store {settings.database}); Ctrl+C stops", err=True)
    uvicorn.run(app, host=settings.server_host, port=settings.server_port,
                log_level="info" if verbose else "warning", access_log=verbose, server_header=False)


def register(app: typer.Typer) -> None:
    """Add `serve` to the dyadline CLI."""
    app.command("serve")(serve)
