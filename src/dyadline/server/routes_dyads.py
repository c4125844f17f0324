"""GET /api/dyads/top (the most active pairs) and /api/dyads/{a}/{b}/timeline (a relation over time)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

import duckdb

from fastapi import APIRouter, Path, Query

from dyadline.errors import BadRequestError
from dyadline.server import params
from dyadline.server.convert import pair_out, timeline_out
from dyadline.server.models import PairOut, TimelineOut
from dyadline.server.state import State
from dyadline.store.rollups import dyad_timeline, top_dyads
from dyadline.store.schema import dyad_key_sql

__all__ = ["router"]

router = APIRouter(prefix="/api/dyads", tags=["dyads"])

Start = Annotated[dt.date | None, Query(description="First event date, YYYY-MM-DD.")]
End = Annotated[dt.date | None, Query(description="Last event date, YYYY-MM-DD.")]
Country = Annotated[str, Path(max_length=params.MAX_TEXT, description="Code (AZE, EU) or name (Azerbaijan).")]

#: the most periods one timeline may hold (a day-by-day century would be 73,000).
MAX_PERIODS = 5000
_DAYS = {"day": 1, "week": 7, "month": 30.44}


def _check_span(conn: duckdb.DuckDBPyConnection, a: str, b: str, start: dt.date | None, end: dt.date | None,
                freq: str) -> None:
    """Refuse a timeline that would hold more than MAX_PERIODS periods."""
    if start is None or end is None:
        first, last = conn.execute(
            f"SELECT min(date), max(date) FROM events WHERE dyad_key = {dyad_key_sql('?', '?')}",
            [a, b, a, b, a, b]).fetchall()[0]
        if first is None:
            return
        start, end = start or first, end or last
    periods = (end - start).days / _DAYS[freq] + 1
    if periods > MAX_PERIODS:
        raise BadRequestError(f"the timeline from {start} to {end} per {freq} would hold about {periods:,.0f} "
                              f"periods, over the {MAX_PERIODS:,} allowed: narrow start/end or use a longer freq")


@router.get("/top", response_model=list[PairOut], summary="The most active pairs of countries")
def most_active(
    state: State,
    top: Annotated[int, Query(ge=1, le=500, description="How many pairs.")] = 20,
    start: Start = None,
    end: End = None,
    international: Annotated[bool, Query(description="Leave out a country with itself.")] = False,
) -> list[PairOut]:
    """Pairs with the most events, both directions together (as `dyadline dyads`)."""
    params.check_range(start, end)
    with state.reader() as conn:
        pairs = top_dyads(conn, top=top, start=start, end=end, international=international)
    return [pair_out(p) for p in pairs]


@router.get("/{a}/{b}/timeline", response_model=TimelineOut, summary="A relation over time, both directions")
def timeline(
    state: State,
    a: Country,
    b: Country,
    freq: Annotated[Literal["day", "week", "month"], Query(description="Period length (weeks start on Monday).")] = "month",
    start: Start = None,
    end: End = None,
) -> TimelineOut:
    """Per period and direction, as `dyadline dyad A B`: events by quad class, Goldstein sum and mean,
    the PLOVER type mix, the mentions, and shifts flagged against the trailing periods. Periods
    are dense between the first and last event (or start and end)."""
    params.check_range(start, end)
    code_a, code_b = params.country(a, "a"), params.country(b, "b")
    assert code_a is not None and code_b is not None
    with state.reader() as conn:
        _check_span(conn, code_a, code_b, start, end, freq)
        result = dyad_timeline(conn, code_a, code_b, start=start, end=end, freq=freq, settings=state.settings)
    return timeline_out(result)
