"""The GDELT 2.0 event table format: 61 tab-separated columns, no header row (as GDELT publishes).

Filled from our data: ids, dates, actors (country, IGO as known group, the
PLOVER sector as CAMEO type), IsRootEvent, CAMEO codes, quad class, Goldstein,
the counts of mentions, sources and articles, the action's place, DATEADDED
and SOURCEURL. Left empty: ethnic and religious codes, AvgTone, the actors'
own places, ADM1/ADM2 codes. ``ActionGeo_FeatureID`` holds the GeoNames id
(GDELT uses GNS ids); ``GLOBALEVENTID`` is the first 60 bits of our event id.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from dyadline.knowledge import KnowledgeBase
from dyadline.records import Actor, Place
from dyadline.store.model import StoredEvent
from dyadline.store.refdata import country_codes, country_name, sector_codes

__all__ = ["GDELT_EVENT_COLUMNS", "gdelt_row", "numeric_id", "write_gdelt"]

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

#: the GDELT 2.0 event table columns, in order.
GDELT_EVENT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR), *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode",
    "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO), *(f"Actor2Geo_{c}" for c in _GEO), *(f"ActionGeo_{c}" for c in _GEO),
    "DATEADDED", "SOURCEURL",
)


def numeric_id(event_id: str) -> int:
    """A positive 60-bit integer from the hex event id (GDELT ids are integers)."""
    return int(event_id[:15], 16)


def _actor_fields(actor: Actor | None, kb: KnowledgeBase) -> list[str]:
    if actor is None:
        return [""] * len(_ACTOR)
    codes = sector_codes(actor.sector)
    kind = codes.cameo_type if codes and codes.cameo_type else ""
    country = actor.country or ""
    is_group = bool(country) and not kb.is_known_country(country)
    name = country_name(country, kb) if country else (actor.name or actor.text)
    return [
        f"{country}{kind}", (name or "").upper(),
        "" if is_group else country, country if is_group else "",
        "", "", "", kind, "", "",
    ]


def _geo_fields(place: Place | None, kb: KnowledgeBase) -> list[str]:
    if place is None:
        return [""] * len(_GEO)
    us = place.country == "USA"
    kind = {"country": 1, "admin1": 2 if us else 5, "city": 3 if us else 4}.get(place.precision or "")
    if kind is None and place.lat is not None:
        kind = 4
    parts = [place.name]
    if place.admin1 and place.precision != "admin1" and place.admin1 != place.name:
        parts.append(place.admin1)
    if place.country and place.precision != "country":
        parts.append(country_name(place.country, kb))
    codes = country_codes(place.country)
    return [
        str(kind or ""), ", ".join(p for p in parts if p), (codes.fips or "") if codes else "", "", "",
        "" if place.lat is None else f"{place.lat:.4f}", "" if place.lon is None else f"{place.lon:.4f}",
        "" if place.geonameid is None else str(place.geonameid),
    ]


def gdelt_row(event: StoredEvent, kb: KnowledgeBase) -> list[str]:
    """The event as the 61 GDELT fields (strings; empty where we have nothing)."""
    d = event.date
    dates = (
        [d.strftime("%Y%m%d"), f"{d.year}{d.month:02d}", str(d.year), f"{d.year + (d.month * 30 + d.day) / 365:.4f}"]
        if d else ["", "", "", ""]
    )
    cameo = event.cameo or ""
    row = [
        str(numeric_id(event.event_id)), *dates,
        *_actor_fields(event.source, kb), *_actor_fields(event.target, kb),
        "1" if event.is_root else "0", cameo, cameo[:3], cameo[:2],
        str(event.quad_class), f"{event.goldstein:g}", str(event.num_mentions), str(event.num_sources),
        str(event.num_articles), "",
        *([""] * len(_GEO)), *([""] * len(_GEO)), *_geo_fields(event.place, kb),
        event.added_at.strftime("%Y%m%d%H%M%S") if event.added_at else "", event.first_url or "",
    ]
    return row


def write_gdelt(events: Iterable[StoredEvent], stream: TextIO, *, kb: KnowledgeBase) -> int:
    writer = csv.writer(stream, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    n = 0
    for event in events:
        writer.writerow(gdelt_row(event, kb))
        n += 1
    return n
