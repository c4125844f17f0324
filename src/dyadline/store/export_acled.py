"""ACLED-style CSV: ACLED's columns, filled as far as a PLOVER event allows.

The columns are those of an ACLED export (the header of ACLED's 2020 file,
then the newer ``disorder_type``, ``civilian_targeting`` and ``tags``).
``event_type``, ``sub_event_type`` and ``disorder_type`` come from the shared
ACLED codebook (:mod:`dyadline.codebooks.acled`: rules on the PLOVER type,
mode, actor sectors and the words of the first report's sentence), blank when
no ACLED type fits (most cooperation and verbal events). Actors get ACLED-style names where the sector says
("Police Forces of Kenya", "Civilians (Kenya)", "Protesters (Kenya)") and
ACLED's inter codes. ``country`` is where the event happened: the place's
country, else the target's, else the source's. Left blank: assoc actors,
region, admin2/3, source_scale, tags.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from typing import TextIO

from dyadline.codebooks.acled import AcledType, load_acled
from dyadline.knowledge import KnowledgeBase
from dyadline.records import Actor
from dyadline.store.export_gdelt import numeric_id
from dyadline.store.model import StoredEvent
from dyadline.store.refdata import country_codes, country_name, sector_codes

__all__ = ["ACLED_COLUMNS", "acled_row", "acled_type", "write_acled"]

ACLED_COLUMNS: tuple[str, ...] = (
    "data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year", "time_precision",
    "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
    "geo_precision", "source", "source_scale", "notes", "fatalities", "timestamp", "iso3",
    "disorder_type", "civilian_targeting", "tags",
)

_TIME_PRECISION = {"day": 1, "document": 2, "week": 2, "month": 3, "year": 3}
_GEO_PRECISION = {"city": 1, "admin1": 2, "country": 3}


def acled_type(event: StoredEvent) -> AcledType | None:
    """ACLED's type for the event, by the shared codebook's rules; None when none fits."""
    found = load_acled().classify(
        event.event_type, event.mode,
        [event.source.sector if event.source else None], [event.target.sector if event.target else None],
        event.first_sentence or "",
    )
    return found[0] if found else None


def _actor(actor: Actor | None, role: int, mapped: AcledType | None, kb: KnowledgeBase) -> tuple[str, int | None]:
    if actor is None:
        return "", None
    cname = country_name(actor.country, kb)
    if role == 1 and mapped is not None and mapped.event_type in ("Protests", "Riots"):
        label, inter = ("Protesters", 6) if mapped.event_type == "Protests" else ("Rioters", 5)
        return (f"{label} ({cname})" if cname else label), inter
    codes = sector_codes(actor.sector)
    inter = codes.acled_inter if codes else None
    if codes and codes.acled_label:
        if not cname:
            return codes.acled_label, inter
        style = f"{codes.acled_label} of {cname}" if codes.acled_style == "of" else f"{codes.acled_label} ({cname})"
        return style, inter
    return actor.name or actor.text or cname, inter


def _interaction(inter1: int | None, inter2: int | None) -> str:
    if inter1 is None:
        return ""
    if inter2 is None:
        return f"{inter1}0"
    low, high = sorted((inter1, inter2))
    return f"{low}{high}"


def acled_row(event: StoredEvent, kb: KnowledgeBase) -> list[str]:
    """The event as ACLED's columns (strings; empty where we have nothing)."""
    mapped = acled_type(event)
    event_type = mapped.event_type if mapped else ""
    actor1, inter1 = _actor(event.source, 1, mapped, kb)
    actor2, inter2 = _actor(event.target, 2, mapped, kb)
    place = event.place
    where = (place.country if place else None) or (event.target.country if event.target else None) \
        or (event.source.country if event.source else None)
    codes = country_codes(where)
    d = event.date
    civilian = event_type == "Violence against civilians" or (event_type == "Explosions/Remote violence" and inter2 == 7)
    return [
        str(numeric_id(event.event_id)),
        str(codes.iso_numeric) if codes and codes.iso_numeric is not None else "",
        event.event_id, "",
        d.isoformat() if d else "", str(d.year) if d else "",
        str(_TIME_PRECISION.get(event.date_precision or "", 2)) if d else "",
        event_type, mapped.sub_event_type if mapped else "",
        actor1, "", "" if inter1 is None else str(inter1),
        actor2, "", "" if inter2 is None else str(inter2),
        _interaction(inter1, inter2), "", country_name(where, kb),
        (place.admin1 or "") if place else "", "", "", place.name if place else "",
        "" if not place or place.lat is None else f"{place.lat:.4f}",
        "" if not place or place.lon is None else f"{place.lon:.4f}",
        str(_GEO_PRECISION.get(place.precision or "", 3)) if place else "",
        "; ".join(event.sources), "", event.first_sentence or "",
        str(event.fatalities or 0),
        str(int(event.added_at.replace(tzinfo=dt.timezone.utc).timestamp())) if event.added_at else "",
        where or "", mapped.disorder_type if mapped else "", "Civilian targeting" if civilian else "", "",
    ]


def write_acled(events: Iterable[StoredEvent], stream: TextIO, *, kb: KnowledgeBase) -> int:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(ACLED_COLUMNS)
    n = 0
    for event in events:
        writer.writerow(acled_row(event, kb))
        n += 1
    return n
