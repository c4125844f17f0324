"""PLOVER JSON: one event per line (JSONL, as the PLOVER manual suggests), with PLOVER's field names.

Fields: ``id``, ``date``, ``actor`` and ``recipient`` (lists of actor objects
with ``code``, ``sector``, ``actor_text``), ``event`` (a list of one PLOVER
category), ``mode``, ``context`` (a list), ``event_loc`` (a GeoNames-style
location object), ``event_text`` (the trigger words of the mentions),
``quad_code`` (1-4) and ``event_scale`` (the Goldstein score). The manual
allows providers' own fields; ours are ``num_mentions``, ``num_sources``,
``num_articles``, ``fatalities``, ``cameo``, ``cite_info`` and ``coder``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from dyadline.records import Actor, Place
from dyadline.store.model import StoredEvent
from dyadline.store.refdata import country_codes

__all__ = ["PLOVER_FIELDS", "plover_record", "write_plover"]

#: PLOVER's data fields, in the order we write them.
PLOVER_FIELDS = ("id", "date", "actor", "recipient", "event", "mode", "context", "event_loc",
                 "event_text", "quad_code", "event_scale")


def _actor(actor: Actor | None) -> list[dict[str, Any]]:
    if actor is None:
        return []
    record: dict[str, Any] = {"code": actor.country, "sector": actor.sector, "actor_text": actor.name or actor.text}
    return [record]


def _location(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    codes = country_codes(place.country)
    return {
        "geonameid": place.geonameid,
        "name": place.name,
        "latitude": place.lat,
        "longitude": place.lon,
        "country code": codes.iso2 if codes else None,
        "cc3": place.country,
        "admin1": place.admin1,
        "precision": place.precision,
    }


def plover_record(event: StoredEvent, *, coder: str) -> dict[str, Any]:
    return {
        "id": event.event_id,
        "date": event.date.isoformat() if event.date else None,
        "actor": _actor(event.source),
        "recipient": _actor(event.target),
        "event": [event.event_type],
        "mode": event.mode,
        "context": list(event.contexts),
        "event_loc": _location(event.place),
        "event_text": list(event.triggers),
        "quad_code": event.quad_class,
        "event_scale": event.goldstein,
        "num_mentions": event.num_mentions,
        "num_sources": event.num_sources,
        "num_articles": event.num_articles,
        "fatalities": event.fatalities,
        "cameo": event.cameo,
        "cite_info": {"url": event.first_url, "publication": list(event.sources)},
        "coder": coder,
    }


def write_plover(events: Iterable[StoredEvent], stream: TextIO, *, coder: str) -> int:
    n = 0
    for event in events:
        stream.write(json.dumps(plover_record(event, coder=coder), ensure_ascii=False) + "\n")
        n += 1
    return n
