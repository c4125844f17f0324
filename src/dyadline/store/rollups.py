"""Roll-ups over the de-duplicated events: a dyad's timeline, the most active pairs.

A dyad (A, B) has two directions: A as source and B as target, and B -> A.
Each period holds that direction's events by quad class, the Goldstein sum
and mean, the PLOVER type mix and the mentions behind them; periods are
dense (a period without events is listed with zeros) so gaps show. Shifts
are flagged by the tests of :mod:`dyadline.store.shifts`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

import duckdb

from dyadline.settings import Settings, load_settings
from dyadline.store.model import DyadPair, DyadPeriod, DyadTimeline
from dyadline.store.schema import dyad_key_sql
from dyadline.store.shifts import conflict_shifts, goldstein_shifts

__all__ = ["FREQS", "dyad_timeline", "period_range", "period_start", "top_dyads"]

FREQS = ("day", "week", "month")

_TIMELINE_SQL = """
SELECT CAST(date_trunc(?, date) AS DATE) AS period, source_country = ? AS forward, quad_class, event_type,
       count(*) AS events, sum(goldstein) AS goldstein, sum(num_mentions) AS mentions
FROM events
WHERE dyad_key = {key} AND date IS NOT NULL{bounds}
GROUP BY ALL
"""


def _bounds(start: dt.date | None, end: dt.date | None) -> tuple[str, list[dt.date]]:
    """Date conditions for the bounds given (a bound bound as NULL would cost a per-row cast)."""
    sql, params = "", []
    if start is not None:
        sql, params = sql + " AND date >= ?", [*params, start]
    if end is not None:
        sql, params = sql + " AND date <= ?", [*params, end]
    return sql, params


def period_start(day: dt.date, freq: str) -> dt.date:
    if freq == "day":
        return day
    if freq == "week":
        return day - dt.timedelta(days=day.weekday())  # weeks start on Monday (ISO), as date_trunc
    if freq == "month":
        return day.replace(day=1)
    raise ValueError(f"unknown frequency {freq!r}; expected one of {', '.join(FREQS)}")


def _next(day: dt.date, freq: str) -> dt.date:
    if freq == "day":
        return day + dt.timedelta(days=1)
    if freq == "week":
        return day + dt.timedelta(days=7)
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def period_range(first: dt.date, last: dt.date, freq: str) -> list[dt.date]:
    """Every period start from the period of ``first`` to that of ``last``."""
    out = []
    day = period_start(first, freq)
    end = period_start(last, freq)
    while day <= end:
        out.append(day)
        day = _next(day, freq)
    return out


@dataclass(slots=True)
class _Cell:
    events: int = 0
    quads: list[int] = field(default_factory=lambda: [0, 0, 0, 0])
    goldstein: float = 0.0
    mentions: int = 0
    types: dict[str, int] = field(default_factory=lambda: defaultdict(int))


def _direction(cells: dict[dt.date, _Cell], periods: list[dt.date], source: str, target: str,
               settings: Settings) -> tuple[DyadPeriod, ...]:
    rows = [cells.get(p) or _Cell() for p in periods]
    means = [c.goldstein / c.events if c.events else None for c in rows]
    g_shifts = goldstein_shifts(
        means, [c.events for c in rows], window=settings.store_shift_window,
        min_periods=settings.store_shift_min_periods, min_events=settings.store_shift_min_events,
        z_threshold=settings.store_shift_z, min_sd=settings.store_shift_min_sd,
    )
    c_shifts = conflict_shifts(
        [c.quads[2] + c.quads[3] for c in rows], window=settings.store_shift_window,
        min_periods=settings.store_shift_min_periods, alpha=settings.store_shift_alpha,
    )
    out = []
    for period, cell, mean, gz, cp in zip(periods, rows, means, g_shifts, c_shifts, strict=True):
        mix = tuple(sorted(cell.types.items(), key=lambda kv: (-kv[1], kv[0])))
        out.append(DyadPeriod(
            period=period, source=source, target=target, events=cell.events,
            quad_counts=(cell.quads[0], cell.quads[1], cell.quads[2], cell.quads[3]),
            goldstein_sum=round(cell.goldstein, 6), goldstein_mean=None if mean is None else round(mean, 6),
            type_mix=mix, mentions=cell.mentions, shifts=tuple(s for s in (gz, cp) if s is not None),
        ))
    return tuple(out)


def dyad_timeline(
    conn: duckdb.DuckDBPyConnection,
    a: str,
    b: str,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    freq: str = "month",
    settings: Settings | None = None,
) -> DyadTimeline:
    """Both directions of the dyad (a, b), per period, from the de-duplicated events."""
    if freq not in FREQS:
        raise ValueError(f"unknown frequency {freq!r}; expected one of {', '.join(FREQS)}")
    settings = settings or load_settings()
    bounds, dates = _bounds(start, end)
    sql = _TIMELINE_SQL.format(key=dyad_key_sql("?", "?"), bounds=bounds)
    rows = conn.execute(sql, [freq, a, a, b, a, b, a, b, *dates]).fetchall()
    cells: dict[bool, dict[dt.date, _Cell]] = {True: defaultdict(_Cell), False: defaultdict(_Cell)}
    for period, forward, quad, event_type, events, goldstein, mentions in rows:
        cell = cells[bool(forward)][period]
        cell.events += events
        if 1 <= quad <= 4:
            cell.quads[quad - 1] += events
        cell.goldstein += goldstein
        cell.mentions += int(mentions)
        cell.types[event_type] += events
    seen = [p for direction in cells.values() for p in direction]
    if not seen and (start is None or end is None):
        return DyadTimeline(a, b, freq, (), (), ())
    periods = period_range(start or min(seen), end or max(seen), freq)
    forward = _direction(cells[True], periods, a, b, settings)
    backward = _direction(cells[False], periods, b, a, settings) if a != b else ()
    return DyadTimeline(a, b, freq, forward, backward, tuple(periods))


_TOP_SQL = """
WITH top AS (
    SELECT dyad_key, count(*) AS events, sum(num_mentions) AS mentions,
           count(*) FILTER (WHERE quad_class >= 3) AS conflict, avg(goldstein) AS goldstein_mean
    FROM events WHERE dyad_key IS NOT NULL{where}
    GROUP BY dyad_key ORDER BY events DESC, mentions DESC, dyad_key LIMIT ?
),
directions AS (
    SELECT dyad_key, least(source_country, target_country) AS a, greatest(source_country, target_country) AS b,
           count(*) FILTER (WHERE source_country = least(source_country, target_country)) AS a_to_b,
           count(*) FILTER (WHERE source_country <> least(source_country, target_country)) AS b_to_a
    FROM events WHERE dyad_key IN (SELECT dyad_key FROM top){where}
    GROUP BY ALL
)
SELECT d.a, d.b, t.events, t.mentions, d.a_to_b, d.b_to_a, t.conflict, t.goldstein_mean
FROM top t JOIN directions d ON d.dyad_key = t.dyad_key
ORDER BY t.events DESC, t.mentions DESC, d.a, d.b
"""


def top_dyads(
    conn: duckdb.DuckDBPyConnection,
    *,
    top: int = 20,
    start: dt.date | None = None,
    end: dt.date | None = None,
    international: bool = False,
) -> list[DyadPair]:
    """The most active country pairs (either direction), most events first (then most mentions).

    ``international`` leaves out domestic pairs (a country with itself). Events are grouped
    by their integer ``dyad_key`` first; names and directions are read for the top pairs only.
    """
    where, dates = _bounds(start, end)
    if international:
        where += " AND source_country <> target_country"
    rows = conn.execute(_TOP_SQL.format(where=where), [*dates, top, *dates]).fetchall()
    return [
        DyadPair(a, b, int(n), int(m or 0), int(ab), int(ba), int(c), round(float(g), 4))
        for a, b, n, m, ab, ba, c, g in rows
    ]
