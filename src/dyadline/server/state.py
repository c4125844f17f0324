"""What the web server holds between requests: its configuration, the coder (loaded on
first use) and the rate limiter. It never holds a database connection: every request opens
the store read-only and closes it, so an ingest can write between requests."""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import duckdb
from fastapi import Depends, Request

from dyadline.errors import DyadlineError, RateLimitedError
from dyadline.settings import Settings

if TYPE_CHECKING:
    from dyadline.coder import Coder
    from dyadline.records import Document, Event

__all__ = ["AppState", "CoderHolder", "RateLimiter", "ServerConfig", "State", "app_state", "country_name"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ServerConfig:
    """How the app is set up: the store it reads, the settings, and who may call it cross-origin."""

    database: Path
    settings: Settings
    cors_origins: tuple[str, ...] = ()


class CoderHolder:
    """The coder, loaded on the first POST /api/code (the spaCy model takes seconds to load);
    one document is coded at a time (the pipeline is not shared between threads)."""

    def __init__(self, settings: Settings, coder: Coder | None = None) -> None:
        self._settings = settings
        self._coder = coder
        self._lock = threading.Lock()

    def code(self, document: Document) -> list[Event]:
        with self._lock:
            if self._coder is None:
                from dyadline.coder import Coder

                logger.info("loading the coder for POST /api/code")
                self._coder = Coder(settings=self._settings)
            return self._coder.code(document)


@dataclass(slots=True)
class RateLimiter:
    """At most ``limit`` requests per client within a sliding window of ``window`` seconds."""

    limit: int
    window: float
    _seen: dict[str, deque[float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def check(self, client: str, now: float | None = None) -> None:
        """Count one request of ``client``; RateLimitedError when it is over the limit."""
        now = time.monotonic() if now is None else now
        with self._lock:
            times = self._seen.setdefault(client, deque())
            while times and times[0] <= now - self.window:
                times.popleft()
            if len(times) >= self.limit:
                retry = max(times[0] + self.window - now, 0.0)
                raise RateLimitedError(
                    f"too many requests to POST /api/code: at most {self.limit} per {self.window:g} s per client "
                    f"(settings server_code_rate, server_code_rate_window); retry in {retry:.0f} s", retry)
            times.append(now)
            if len(self._seen) > 10_000:  # forget idle clients
                for key in [k for k, v in self._seen.items() if not v or v[-1] <= now - self.window]:
                    del self._seen[key]


@dataclass(slots=True)
class AppState:
    config: ServerConfig
    coder: CoderHolder
    limiter: RateLimiter

    @classmethod
    def create(cls, config: ServerConfig, coder: Coder | None = None) -> AppState:
        s = config.settings
        return cls(config, CoderHolder(s, coder), RateLimiter(s.server_code_rate, s.server_code_rate_window))

    @property
    def settings(self) -> Settings:
        return self.config.settings

    @contextlib.contextmanager
    def reader(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-only connection for one request (waits while an ingest holds the file)."""
        from dyadline.store.schema import open_reader

        with open_reader(self.config.database, timeout=self.settings.store_lock_timeout) as conn:
            yield conn


@lru_cache(maxsize=4096)
def country_name(code: str | None) -> str | None:
    """The English name of a country or IGO code, None when unknown."""
    if not code:
        return None
    from dyadline.knowledge import load_knowledge

    try:
        return load_knowledge().country_name(code)
    except DyadlineError:
        return None


def app_state(request: Request) -> AppState:
    """The app's state, for route functions (``state: State``)."""
    return request.app.state.dyadline


State = Annotated[AppState, Depends(app_state)]
