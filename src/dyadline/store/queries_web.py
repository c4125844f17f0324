"""Read-only queries for browsing the store: filtered event pages, an event's reports,
a document's coded sentences, an actor's profile, event places and the countries present.

Every value reaches DuckDB as a bound parameter; the SQL text is made only of fixed
fragments chosen by which filters are set. The web API (:mod:`dyadline.server`) is a
thin layer over these functions; they work on any open connection.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb

from dyadline.store.model import StoredEvent
from dyadline.store.queries import _event as stored_event  # one reading of an events row for every query
from dyadline.store.schema import dyad_key_sql

__all__ = [
    "ActorProfile", "CountryCount", "EventFilter", "EventHit", "EventPage", "Evidence", "Partner", "PlaceCount",
    "actor_profile", "countries_present", "event_hits", "find_events", "place_counts",
]


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to select; unset fields do not filter. Country fields hold codes (RUS, EU)."""

    country: str | None = None  # either side
    dyad: tuple[str, str] | None = None  # the pair, either direction
    source: str | None = None
    target: str | None = None
    actor: str | None = None  # words in an actor's name or text, any case
    event_type: str | None = None  # PLOVER
    quad_class: int | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    text: str | None = None  # words in a reporting sentence, any case
    place: str | None = None  # words in the place's name or region, or its country code
    event_id: str | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence of an event's first report, with where its trigger sits in it."""

    doc_key: str
    doc_id: str
    title: str | None
    url: str | None
    pub_date: dt.date | None
    sentence_index: int
    sentence: str
    trigger: str
    trigger_offset: int  # in the document's text (the store keeps the sentence, not the text)


@dataclass(frozen=True, slots=True)
class EventHit:
    event: StoredEvent
    evidence: Evidence | None


@dataclass(frozen=True, slots=True)
class EventPage:
    total: int  # events the filter selects, over all pages
    items: tuple[EventHit, ...]


@dataclass(frozen=True, slots=True)
class PlaceCount:
    name: str
    country: str | None
    lat: float
    lon: float
    events: int
    goldstein_mean: float
    conflict: int  # quad classes 3 and 4


@dataclass(frozen=True, slots=True)
class Partner:
    """Another country and the events between it and the profiled one."""

    code: str
    events: int
    outgoing: int  # profiled -> partner
    incoming: int  # partner -> profiled
    goldstein_mean: float
    conflict: int


@dataclass(frozen=True, slots=True)
class ActorProfile:
    code: str
    events_as_source: int
    events_as_target: int
    mentions: int
    first_date: dt.date | None
    last_date: dt.date | None
    quad_counts: tuple[int, int, int, int]  # either side
    goldstein_mean_as_source: float | None
    goldstein_mean_as_target: float | None
    partners: tuple[Partner, ...]
    event_types: tuple[tuple[str, int], ...]
    names: tuple[tuple[str, int], ...]  # the actors' names (as source or target), most frequent first
    sectors: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class CountryCount:
    code: str
    events: int


@dataclass(frozen=True, slots=True)
class _Where:
    sql: str
    params: list[object]


def _contains(column: str) -> str:
    return f"strpos(lower(coalesce({column}, '')), ?) > 0"


def _where(f: EventFilter) -> _Where:
    """The WHERE clause of a filter over ``events e`` (fixed fragments, bound values)."""
    conds: list[str] = []
    params: list[object] = []
    if f.country:
        conds.append("(e.source_country = ? OR e.target_country = ?)")
        params += [f.country, f.country]
    if f.dyad:
        a, b = f.dyad
        conds.append(f"e.dyad_key = {dyad_key_sql('?', '?')}")
        params += [a, b, a, b, a, b]
    if f.source:
        conds.append("e.source_country = ?")
        params.append(f.source)
    if f.target:
        conds.append("e.target_country = ?")
        params.append(f.target)
    if f.actor:
        words = f.actor.lower()
        conds.append(f"({_contains('e.source_name')} OR {_contains('e.target_name')} OR e.event_id IN "
                     f"(SELECT event_id FROM mentions WHERE {_contains('source_text')} OR {_contains('target_text')}))")
        params += [words] * 4
    if f.event_type:
        conds.append("e.event_type = ?")
        params.append(f.event_type)
    if f.quad_class is not None:
        conds.append("e.quad_class = ?")
        params.append(f.quad_class)
    if f.start is not None:
        conds.append("e.date >= ?")
        params.append(f.start)
    if f.end is not None:
        conds.append("e.date <= ?")
        params.append(f.end)
    if f.text:
        conds.append(f"e.event_id IN (SELECT event_id FROM mentions WHERE {_contains('sentence')})")
        params.append(f.text.lower())
    if f.place:
        conds.append(f"({_contains('e.place_name')} OR {_contains('e.place_admin1')} OR e.place_country = ?)")
        params += [f.place.lower(), f.place.lower(), f.place.upper()]
    if f.event_id:
        conds.append("e.event_id = ?")
        params.append(f.event_id)
    return _Where(" AND ".join(conds) or "TRUE", params)


_PAGE_SQL = """
WITH page AS (
    SELECT e.* FROM events e WHERE {where}
    ORDER BY e.date {direction} NULLS LAST, e.event_id LIMIT ? OFFSET ?
),
agg AS (
    SELECT event_id,
        list(DISTINCT trigger_text ORDER BY trigger_text) AS triggers,
        list(DISTINCT news_source ORDER BY news_source) FILTER (WHERE news_source IS NOT NULL) AS sources,
        list_sort(list_distinct(flatten(list(contexts)))) AS contexts
    FROM mentions WHERE event_id IN (SELECT event_id FROM page) GROUP BY event_id
),
first_report AS (
    SELECT m.event_id, m.doc_key, m.doc_id, m.sentence_index, m.sentence, m.trigger_text, m.trigger_start,
        d.title, d.url, d.pub_date,
        row_number() OVER (PARTITION BY m.event_id
                           ORDER BY d.pub_date NULLS LAST, m.doc_key, m.sentence_index, m.trigger_start) AS rn
    FROM mentions m JOIN documents d ON d.doc_key = m.doc_key
    WHERE m.event_id IN (SELECT event_id FROM page)
)
SELECT p.event_id, p.date, p.date_precision,
    p.source_country, p.source_sector, p.source_name, p.target_country, p.target_sector, p.target_name,
    p.event_type, p.mode, p.cameo, p.goldstein, p.quad_class,
    p.place_name, p.place_country, p.place_admin1, p.place_lat, p.place_lon, p.place_geonameid, p.place_precision,
    p.fatalities, p.num_mentions, p.num_sources, p.num_articles, p.is_root,
    p.first_doc_id, p.first_url, p.first_sentence, p.added_at, a.triggers, a.sources, a.contexts,
    f.doc_key, f.doc_id, f.sentence_index, f.sentence, f.trigger_text, f.trigger_start, f.title, f.url, f.pub_date
FROM page p LEFT JOIN agg a ON a.event_id = p.event_id
LEFT JOIN first_report f ON f.event_id = p.event_id AND f.rn = 1
ORDER BY p.date {direction} NULLS LAST, p.event_id
"""


#: the columns of an event row, as :mod:`dyadline.store.queries` reads them (33), then the first report's.
_EVENT_COLUMNS = 33


def _hit(row: tuple) -> EventHit:
    event = stored_event(row[:_EVENT_COLUMNS])
    doc_key, doc_id, sentence_index, sentence, trigger_text, trigger_start, title, url, pub_date = row[_EVENT_COLUMNS:]
    evidence = None
    if doc_key is not None:
        evidence = Evidence(doc_key, doc_id, title, url, pub_date, int(sentence_index), sentence, trigger_text,
                            int(trigger_start))
    return EventHit(event, evidence)


def event_hits(conn: duckdb.DuckDBPyConnection, f: EventFilter, *, limit: int, offset: int = 0,
               newest_first: bool = False) -> list[EventHit]:
    """One page of the events the filter selects, in date order, each with its first report's sentence."""
    where = _where(f)
    sql = _PAGE_SQL.format(where=where.sql, direction="DESC" if newest_first else "ASC")
    return [_hit(row) for row in conn.execute(sql, [*where.params, limit, offset]).fetchall()]


def find_events(conn: duckdb.DuckDBPyConnection, f: EventFilter, *, limit: int, offset: int = 0,
                newest_first: bool = False) -> EventPage:
    """The filter's total and one page of its events."""
    where = _where(f)
    total = conn.execute(f"SELECT count(*) FROM events e WHERE {where.sql}", where.params).fetchall()[0][0]
    items = event_hits(conn, f, limit=limit, offset=offset, newest_first=newest_first) if total else []
    return EventPage(int(total), tuple(items))


_PLACES_SQL = """
SELECT e.place_name, e.place_country, e.place_lat, e.place_lon, count(*) AS events,
    avg(e.goldstein) AS goldstein_mean, count(*) FILTER (WHERE e.quad_class >= 3) AS conflict
FROM events e WHERE {where} AND e.place_lat IS NOT NULL AND e.place_lon IS NOT NULL
GROUP BY ALL ORDER BY events DESC, e.place_name LIMIT ?
"""


def place_counts(conn: duckdb.DuckDBPyConnection, f: EventFilter, *, limit: int = 1000) -> list[PlaceCount]:
    """The places (with coordinates) of the filter's events, most events first."""
    where = _where(f)
    rows = conn.execute(_PLACES_SQL.format(where=where.sql), [*where.params, limit]).fetchall()
    return [PlaceCount(name, country, float(lat), float(lon), int(n), round(float(g), 4), int(c))
            for name, country, lat, lon, n, g, c in rows]


_PROFILE_SQL = """
SELECT count(*) FILTER (WHERE source_country = ?), count(*) FILTER (WHERE target_country = ?),
    coalesce(sum(num_mentions), 0), min(date), max(date),
    count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
    count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),
    avg(goldstein) FILTER (WHERE source_country = ?), avg(goldstein) FILTER (WHERE target_country = ?)
FROM events WHERE source_country = ? OR target_country = ?
"""

_PARTNERS_SQL = """
SELECT CASE WHEN source_country = ? THEN target_country ELSE source_country END AS other,
    count(*) AS events, count(*) FILTER (WHERE source_country = ?) AS outgoing,
    count(*) FILTER (WHERE target_country = ?) AS incoming,
    avg(goldstein) AS goldstein_mean, count(*) FILTER (WHERE quad_class >= 3) AS conflict
FROM events WHERE (source_country = ? OR target_country = ?) AND source_country IS NOT NULL
    AND target_country IS NOT NULL
GROUP BY other ORDER BY events DESC, other LIMIT ?
"""

_COUNTS_SQL = """
SELECT {column} AS value, count(*) AS n FROM events
WHERE (source_country = ? OR target_country = ?) AND {column} IS NOT NULL
GROUP BY value ORDER BY n DESC, value LIMIT ?
"""

_NAMES_SQL = """
SELECT name, count(*) AS n FROM (
    SELECT source_name AS name FROM events WHERE source_country = ? AND source_name IS NOT NULL
    UNION ALL SELECT target_name FROM events WHERE target_country = ? AND target_name IS NOT NULL
) GROUP BY name ORDER BY n DESC, name LIMIT ?
"""

_SECTORS_SQL = _NAMES_SQL.replace("source_name", "source_sector").replace("target_name", "target_sector")


def actor_profile(conn: duckdb.DuckDBPyConnection, code: str, *, top: int = 10) -> ActorProfile | None:
    """What a country (or IGO) did and had done to it: counts, dates, partners, types, named actors."""
    (as_source, as_target, mentions, first, last, q1, q2, q3, q4, g_out, g_in) = conn.execute(
        _PROFILE_SQL, [code] * 6).fetchall()[0]
    if not as_source and not as_target:
        return None
    partners = tuple(
        Partner(other, int(n), int(o), int(i), round(float(g), 4), int(c))
        for other, n, o, i, g, c in conn.execute(_PARTNERS_SQL, [code] * 5 + [top]).fetchall()
    )

    def counts(sql: str, params: list[object]) -> tuple[tuple[str, int], ...]:
        return tuple((str(v), int(n)) for v, n in conn.execute(sql, params).fetchall())

    return ActorProfile(
        code=code, events_as_source=int(as_source), events_as_target=int(as_target), mentions=int(mentions),
        first_date=first, last_date=last, quad_counts=(int(q1), int(q2), int(q3), int(q4)),
        goldstein_mean_as_source=None if g_out is None else round(float(g_out), 4),
        goldstein_mean_as_target=None if g_in is None else round(float(g_in), 4),
        partners=partners,
        event_types=counts(_COUNTS_SQL.format(column="event_type"), [code, code, top]),
        names=counts(_NAMES_SQL, [code, code, top]),
        sectors=counts(_SECTORS_SQL, [code, code, top]),
    )


def countries_present(conn: duckdb.DuckDBPyConnection, *, start: dt.date | None = None,
                      end: dt.date | None = None) -> list[CountryCount]:
    """The countries and IGOs that are a side of some event, most events first."""
    rows = conn.execute(
        "SELECT c, count(*) AS n FROM (SELECT source_country AS c, date FROM events UNION ALL "
        "SELECT target_country, date FROM events) WHERE c IS NOT NULL "
        "AND (CAST(? AS DATE) IS NULL OR date >= CAST(? AS DATE)) AND (CAST(? AS DATE) IS NULL OR date <= CAST(? AS DATE)) "
        "GROUP BY c ORDER BY n DESC, c",
        [start, start, end, end],
    ).fetchall()
    return [CountryCount(code, int(n)) for code, n in rows]
