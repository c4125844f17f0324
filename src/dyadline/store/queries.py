"""Reading records back from the store: events (for exports) and failures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import duckdb

from dyadline.records import Actor, Failure, Place
from dyadline.store.model import StoredEvent, StoredFailure

__all__ = ["DATE_FILTER", "iter_events", "list_failures"]

#: a date range filter on ``date``; bind (start, start, end, end). Undated rows pass only without bounds.
DATE_FILTER = (
    "(CAST(? AS DATE) IS NULL OR date >= CAST(? AS DATE)) AND (CAST(? AS DATE) IS NULL OR date <= CAST(? AS DATE))"
)

_EVENTS_SQL = f"""
WITH e AS (SELECT * FROM events WHERE {DATE_FILTER}),
s AS (
    SELECT event_id,
        list(DISTINCT trigger_text ORDER BY trigger_text) AS triggers,
        list(DISTINCT news_source ORDER BY news_source) FILTER (WHERE news_source IS NOT NULL) AS sources,
        list_sort(list_distinct(flatten(list(contexts)))) AS contexts
    FROM mentions WHERE event_id IN (SELECT event_id FROM e) GROUP BY event_id
)
SELECT e.event_id, e.date, e.date_precision,
    e.source_country, e.source_sector, e.source_name, e.target_country, e.target_sector, e.target_name,
    e.event_type, e.mode, e.cameo, e.goldstein, e.quad_class,
    e.place_name, e.place_country, e.place_admin1, e.place_lat, e.place_lon, e.place_geonameid, e.place_precision,
    e.fatalities, e.num_mentions, e.num_sources, e.num_articles, e.is_root,
    e.first_doc_id, e.first_url, e.first_sentence, e.added_at, s.triggers, s.sources, s.contexts
FROM e LEFT JOIN s ON s.event_id = e.event_id
ORDER BY e.date NULLS LAST, e.event_id
"""


def _actor(country: str | None, sector: str | None, name: str | None) -> Actor | None:
    if country is None and sector is None and name is None:
        return None
    return Actor(text=name or "", country=country, sector=sector, name=name)


def _event(row: tuple) -> StoredEvent:
    (event_id, date, precision, s_country, s_sector, s_name, t_country, t_sector, t_name,
     event_type, mode, cameo, goldstein, quad, p_name, p_country, p_admin1, p_lat, p_lon, p_geo, p_prec,
     fatalities, n_mentions, n_sources, n_articles, is_root, first_doc, first_url, first_sentence, added_at,
     triggers, sources, contexts) = row
    place = Place(p_name, p_country, p_admin1, p_lat, p_lon, p_geo, p_prec) if p_name else None
    return StoredEvent(
        event_id=event_id, date=date, date_precision=precision,
        source=_actor(s_country, s_sector, s_name), target=_actor(t_country, t_sector, t_name),
        event_type=event_type, mode=mode, cameo=cameo, goldstein=goldstein, quad_class=quad, place=place,
        fatalities=fatalities, num_mentions=n_mentions, num_sources=n_sources, num_articles=n_articles,
        is_root=bool(is_root), first_doc_id=first_doc, first_url=first_url, first_sentence=first_sentence,
        added_at=added_at, triggers=tuple(triggers or ()), sources=tuple(sources or ()),
        contexts=tuple(contexts or ()),
    )


def iter_events(
    conn: duckdb.DuckDBPyConnection,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    chunk: int = 10_000,
) -> Iterator[StoredEvent]:
    """The de-duplicated events in date order (undated last), streamed in chunks."""
    result = conn.execute(_EVENTS_SQL, [start, start, end, end])
    while True:
        rows = result.fetchmany(chunk)
        if not rows:
            return
        for row in rows:
            yield _event(row)


def list_failures(
    conn: duckdb.DuckDBPyConnection, *, include_resolved: bool = False, limit: int | None = None
) -> list[StoredFailure]:
    """Failures, most recent first; resolved ones (the input was stored later) only if asked."""
    rows = conn.execute(
        "SELECT doc_id, origin, error_type, message, first_seen, last_seen, attempts, resolved FROM failures "
        "WHERE ? OR NOT resolved ORDER BY last_seen DESC, origin LIMIT coalesce(CAST(? AS BIGINT), 9223372036854775807)",
        [include_resolved, limit],
    ).fetchall()
    return [
        StoredFailure(Failure(doc_id, origin, error_type, message), first, last, int(attempts), bool(resolved))
        for doc_id, origin, error_type, message, first, last, attempts, resolved in rows
    ]
