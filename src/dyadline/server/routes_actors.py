"""GET /api/actors (the countries in the store) and /api/actors/{actor} (a country's profile)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Path, Query

from dyadline.errors import NotFoundError
from dyadline.server import params
from dyadline.server.convert import profile_out
from dyadline.server.models import ActorProfileOut, CountryOut
from dyadline.server.state import State, country_name
from dyadline.store.queries_web import actor_profile, countries_present

__all__ = ["router"]

router = APIRouter(prefix="/api/actors", tags=["actors"])


@router.get("", response_model=list[CountryOut], summary="Countries and IGOs that are a side of some event")
def list_actors(
    state: State,
    start: Annotated[dt.date | None, Query(description="First event date, YYYY-MM-DD.")] = None,
    end: Annotated[dt.date | None, Query(description="Last event date, YYYY-MM-DD.")] = None,
) -> list[CountryOut]:
    """Most events first (as source or target)."""
    params.check_range(start, end)
    with state.reader() as conn:
        rows = countries_present(conn, start=start, end=end)
    return [CountryOut(code=r.code, name=country_name(r.code), events=r.events) for r in rows]


@router.get("/{actor}", response_model=ActorProfileOut, summary="A country's profile")
def profile(
    state: State,
    actor: Annotated[str, Path(max_length=params.MAX_TEXT, description="Code (RUS, EU) or name (Russia).")],
    top: Annotated[int, Query(ge=1, le=100, description="How many partners, types and names to list.")] = 10,
) -> ActorProfileOut:
    """What the country did and had done to it: events as source and target, dates, quad classes,
    mean Goldstein each way, its main partners, event types, the names its actors go by, sectors."""
    code = params.country(actor, "actor")
    assert code is not None
    with state.reader() as conn:
        result = actor_profile(conn, code, top=top)
    if result is None:
        raise NotFoundError(f"no events with {code} ({country_name(code) or code}) in the store")
    return profile_out(result)
