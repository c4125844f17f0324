"""GET /api/events (filtered, paged), /api/events/places (for the map), /api/events/{event_id}."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query

from dyadline.errors import BadRequestError, NotFoundError
from dyadline.server import params
from dyadline.server.convert import event_out, place_count_out, sentence_out
from dyadline.server.models import EventDetailOut, EventPageOut, PlaceCountOut
from dyadline.server.reports import event_reports
from dyadline.server.state import State
from dyadline.store.queries_web import EventFilter, find_events, place_counts

__all__ = ["router", "event_filter"]

router = APIRouter(prefix="/api/events", tags=["events"])

def _text(description: str) -> Any:
    """A free-text query parameter, at most MAX_TEXT characters."""
    return Query(max_length=params.MAX_TEXT, description=description)


def event_filter(
    country: Annotated[str | None, _text("A country or IGO on either side: code (RUS, EU) or name (Russia).")] = None,
    dyad: Annotated[str | None, Query(max_length=2 * params.MAX_TEXT + 1,
                                      description="Two countries, either direction: AZE,RUS.")] = None,
    source: Annotated[str | None, _text("The acting country (code or name).")] = None,
    target: Annotated[str | None, _text("The country acted on (code or name).")] = None,
    actor: Annotated[str | None, _text("Words in an actor's name as the text gives it (any case): 'Overchuk', "
                                       "'border guards'.")] = None,
    type: Annotated[str | None, _text("PLOVER event type (ASSAULT, AGREE...).")] = None,
    quad: Annotated[int | None, Query(ge=1, le=4, description="Quad class: 1 verbal cooperation, 2 material "
                                      "cooperation, 3 verbal conflict, 4 material conflict.")] = None,
    start: Annotated[dt.date | None, Query(description="First event date, YYYY-MM-DD.")] = None,
    end: Annotated[dt.date | None, Query(description="Last event date, YYYY-MM-DD.")] = None,
    q: Annotated[str | None, _text("Words in a sentence reporting the event (any case).")] = None,
    place: Annotated[str | None, _text("Words in the place's name or region, or its country code.")] = None,
) -> EventFilter:
    """The events' filters, checked: unknown countries and types are 400s."""
    params.check_range(start, end)
    for name, value in (("actor", actor), ("q", q), ("place", place)):
        if value is not None and not value.strip():
            raise BadRequestError(f"parameter {name!r} is empty")
    return EventFilter(
        country=params.country(country, "country"), dyad=params.dyad(dyad), source=params.country(source, "source"),
        target=params.country(target, "target"), actor=actor.strip() if actor else None,
        event_type=params.event_type(type), quad_class=quad, start=start, end=end,
        text=q.strip() if q else None, place=place.strip() if place else None,
    )


Filter = Annotated[EventFilter, Depends(event_filter)]


@router.get("", response_model=EventPageOut, summary="Events, filtered and paged")
def list_events(
    state: State,
    f: Filter,
    limit: Annotated[int, Query(ge=1, description="Events per page (at most the setting server_page_max, 500).")] = 50,
    offset: Annotated[int, Query(ge=0, le=10**9, description="Events to skip.")] = 0,
    order: Annotated[Literal["asc", "desc"], Query(description="By date: oldest (asc) or newest (desc) first.")] = "asc",
) -> EventPageOut:
    """De-duplicated events matching every filter given, in date order (undated last), each with
    the sentence of its first report and its trigger located in it."""
    if limit > state.settings.server_page_max:
        raise BadRequestError(f"parameter 'limit': {limit} is over the page size limit "
                              f"{state.settings.server_page_max} (setting server_page_max)")
    with state.reader() as conn:
        page = find_events(conn, f, limit=limit, offset=offset, newest_first=order == "desc")
    return EventPageOut(total=page.total, limit=limit, offset=offset, items=[event_out(h) for h in page.items])


@router.get("/places", response_model=list[PlaceCountOut], summary="Where the events happened")
def list_places(
    state: State,
    f: Filter,
    limit: Annotated[int, Query(ge=1, le=5000, description="At most this many places.")] = 1000,
) -> list[PlaceCountOut]:
    """The places (with coordinates) of the events matching the filters, most events first."""
    with state.reader() as conn:
        return [place_count_out(p) for p in place_counts(conn, f, limit=limit)]


@router.get("/{event_id}", response_model=EventDetailOut, summary="One event and every sentence reporting it")
def get_event(
    state: State,
    event_id: Annotated[str, Path(max_length=64, description="The event id (from GET /api/events).")],
) -> EventDetailOut:
    with state.reader() as conn:
        page = find_events(conn, EventFilter(event_id=event_id), limit=1)
        if not page.items:
            raise NotFoundError(f"no event {event_id!r} in the store")
        reports = event_reports(conn, event_id)
    return EventDetailOut(event=event_out(page.items[0]), reports=[sentence_out(s) for s in reports])
