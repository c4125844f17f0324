"""From coded documents to the store's rows: documents and mentions, as Arrow tables.

A coded :class:`~dyadline.records.Event` may name several source or target
actors ("Russia and Belarus ..."). The store follows PETRARCH and GDELT and
splits it into one :class:`Mention` per distinct (source, target) actor pair,
so every mention has one dyad; each keeps its document, sentence and trigger.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import re
from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

import pyarrow as pa

from dyadline.codebooks import load_codebooks
from dyadline.records import Actor, Document, Event, Place, parse_iso_date
from dyadline.store.model import Mention, StoredDocument

__all__ = [
    "content_key",
    "date_class",
    "documents_table",
    "mentions_of",
    "mentions_table",
    "place_key",
    "stored_document",
]

_PARAGRAPH_END = re.compile(r"\S[^\n]*\n")


def content_key(text: str) -> str:
    """The document's identity in the store: a hash of its text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def stored_document(document: Document) -> StoredDocument:
    text = document.text
    match = _PARAGRAPH_END.search(text, document.body_start)
    lead_end = match.end() if match else len(text)
    return StoredDocument(
        doc_key=content_key(text),
        doc_id=document.id,
        origin=document.origin,
        title=document.title,
        url=document.url,
        source_name=document.source or _host(document.url),
        pub_date=document.date,
        n_chars=len(text),
        lead_end=lead_end,
    )


def date_class(precision: str | None) -> str:
    """How finely a date is known, for de-duplication: "day", "week", "month" or "year"."""
    if precision in ("week", "month", "year"):
        return precision
    return "day"  # "day", "document" (the publication date) and anything finer


def _dedup_day(date: dt.date, klass: str) -> int:
    """The date in its class's units: day number, week number (Monday to Sunday), month number or year."""
    if klass == "year":
        return date.year
    if klass == "month":
        return date.year * 12 + date.month - 1
    if klass == "week":
        return (date.toordinal() - 1) // 7  # day 1 (0001-01-01) was a Monday
    return date.toordinal()


def place_key(place: Place | None) -> str:
    """The place's identity: its GeoNames id, else its name and country; "" when unknown."""
    if place is None:
        return ""
    if place.geonameid is not None:
        return f"g{place.geonameid}"
    name = " ".join(place.name.split()).casefold()
    return f"n{name}|{place.country or ''}|{(place.admin1 or '').casefold()}" if name else ""


def _distinct(actors: Sequence[Actor]) -> list[Actor | None]:
    seen: dict[tuple[str | None, str | None], Actor] = {}
    for actor in actors:
        seen.setdefault((actor.country, actor.sector), actor)
    return list(seen.values()) or [None]


def _joint(event_type: str) -> bool:
    ptype = load_codebooks().plover_types.get(event_type)
    return ptype is not None and ptype.joint


def _pairs(event: Event) -> list[tuple[tuple[int, Actor | None], tuple[int, Actor | None]]]:
    """The event's dyads: each source with each target; for a joint act ("Obama and Putin met", "Armenia
    and Azerbaijan agreed to a ceasefire"), whose parties the coder gives all as sources with no target,
    each party with each other one, in code order so that reports naming them in either order merge."""
    sources, targets = _distinct(event.source), _distinct(event.target)
    if targets == [None] and len(sources) >= 2 and _joint(event.event_type):
        parties = sorted(enumerate(sources), key=lambda p: (p[1].country or "", p[1].sector or "", p[1].text))
        return list(itertools.combinations(parties, 2))
    return list(itertools.product(enumerate(sources), enumerate(targets)))


def _group_key(source: Actor | None, target: Actor | None, event_type: str, klass: str) -> str:
    parts = (
        source.country if source else None,
        source.sector if source else None,
        target.country if target else None,
        target.sector if target else None,
        event_type,
        klass,
    )
    raw = "\x1f".join(p or "" for p in parts)
    return klass[0] + hashlib.sha1(raw.encode()).hexdigest()[:20]  # the class letter first (dedup.group_tolerance)


def mentions_of(event: Event, document: StoredDocument) -> list[Mention]:
    """The event's mentions, one per distinct (source, target) actor pair."""
    date = parse_iso_date(event.date)
    klass = date_class(event.date_precision)
    pkey = place_key(event.location)
    countable = not (event.negated or event.hypothetical)
    out = []
    for (i, source), (j, target) in _pairs(event):
        anchored = bool((source and source.country) or (target and target.country) or pkey)
        mergeable = countable and date is not None and anchored
        raw_id = f"{document.doc_key}\x1f{event.sentence_index}\x1f{event.trigger.start}\x1f{event.trigger.end}\x1f{i}.{j}"
        out.append(
            Mention(
                mention_id=hashlib.sha1(raw_id.encode()).hexdigest()[:24],
                coder_event_id=event.event_id,
                doc_key=document.doc_key,
                doc_id=document.doc_id,
                sentence_index=event.sentence_index,
                sentence=event.sentence,
                trigger=event.trigger,
                in_lead=event.trigger.start < document.lead_end,
                event_type=event.event_type,
                mode=event.mode,
                contexts=tuple(event.contexts),
                cameo=event.cameo,
                goldstein=event.goldstein,
                quad_class=event.quad_class,
                source=source,
                target=target,
                date=date,
                date_precision=event.date_precision,
                place=event.location,
                fatalities=event.fatalities,
                negated=event.negated,
                hypothetical=event.hypothetical,
                future=event.future,
                confidence=event.confidence,
                evidence=event.evidence,
                news_source=document.source_name,
                group_key=_group_key(source, target, event.event_type, klass) if mergeable else None,
                dedup_day=_dedup_day(date, klass) if date is not None else None,
                place_key=pkey,
                countable=countable,
            )
        )
    return out


def _typed(columns: dict[str, pa.Array | list]) -> pa.Table:
    """An Arrow table; plain lists become string columns (an all-None list would be typed null)."""
    return pa.table({k: v if isinstance(v, pa.Array) else pa.array(v, pa.string()) for k, v in columns.items()})


def documents_table(documents: Sequence[StoredDocument], n_events: Sequence[int], now: dt.datetime) -> pa.Table:
    return _typed(
        {
            "doc_key": [d.doc_key for d in documents],
            "doc_id": [d.doc_id for d in documents],
            "origin": [d.origin for d in documents],
            "title": [d.title for d in documents],
            "url": [d.url for d in documents],
            "source_name": [d.source_name for d in documents],
            "pub_date": pa.array([d.pub_date for d in documents], pa.date32()),
            "n_chars": pa.array([d.n_chars for d in documents], pa.int32()),
            "n_events": pa.array(list(n_events), pa.int32()),
            "ingested_at": pa.array([now] * len(documents), pa.timestamp("us")),
        }
    )


def _actor_columns(prefix: str, actors: list[Actor | None]) -> dict[str, list[str | None]]:
    return {
        f"{prefix}_text": [a.text if a else None for a in actors],
        f"{prefix}_country": [a.country if a else None for a in actors],
        f"{prefix}_sector": [a.sector if a else None for a in actors],
        f"{prefix}_name": [a.name if a else None for a in actors],
        f"{prefix}_wikidata": [a.wikidata if a else None for a in actors],
    }


def _place_columns(places: list[Place | None]) -> dict[str, pa.Array | list]:
    return {
        "place_name": [p.name if p else None for p in places],
        "place_country": [p.country if p else None for p in places],
        "place_admin1": [p.admin1 if p else None for p in places],
        "place_lat": pa.array([p.lat if p else None for p in places], pa.float64()),
        "place_lon": pa.array([p.lon if p else None for p in places], pa.float64()),
        "place_geonameid": pa.array([p.geonameid if p else None for p in places], pa.int64()),
        "place_precision": [p.precision if p else None for p in places],
    }


def mentions_table(mentions: Iterable[Mention]) -> pa.Table:
    """The mentions as an Arrow table with the ``mentions`` columns (event_id left NULL)."""
    ms = list(mentions)
    columns: dict[str, pa.Array | list] = {
        "mention_id": [m.mention_id for m in ms],
        "event_id": pa.array([None] * len(ms), pa.string()),
        "coder_event_id": [m.coder_event_id for m in ms],
        "doc_key": [m.doc_key for m in ms],
        "doc_id": [m.doc_id for m in ms],
        "sentence_index": pa.array([m.sentence_index for m in ms], pa.int32()),
        "sentence": [m.sentence for m in ms],
        "trigger_text": [m.trigger.text for m in ms],
        "trigger_start": pa.array([m.trigger.start for m in ms], pa.int32()),
        "trigger_end": pa.array([m.trigger.end for m in ms], pa.int32()),
        "in_lead": pa.array([m.in_lead for m in ms], pa.bool_()),
        "event_type": [m.event_type for m in ms],
        "mode": pa.array([m.mode for m in ms], pa.string()),
        "contexts": pa.array([list(m.contexts) for m in ms], pa.list_(pa.string())),
        "cameo": [m.cameo for m in ms],
        "goldstein": pa.array([m.goldstein for m in ms], pa.float64()),
        "quad_class": pa.array([m.quad_class for m in ms], pa.int8()),
        **_actor_columns("source", [m.source for m in ms]),
        **_actor_columns("target", [m.target for m in ms]),
        "date": pa.array([m.date for m in ms], pa.date32()),
        "date_precision": pa.array([m.date_precision for m in ms], pa.string()),
        **_place_columns([m.place for m in ms]),
        "fatalities": pa.array([m.fatalities for m in ms], pa.int32()),
        "negated": pa.array([m.negated for m in ms], pa.bool_()),
        "hypothetical": pa.array([m.hypothetical for m in ms], pa.bool_()),
        "future": pa.array([m.future for m in ms], pa.bool_()),
        "confidence": pa.array([m.confidence for m in ms], pa.float64()),
        "evidence": [m.evidence for m in ms],
        "news_source": pa.array([m.news_source for m in ms], pa.string()),
        "group_key": pa.array([m.group_key for m in ms], pa.string()),
        "dedup_day": pa.array([m.dedup_day for m in ms], pa.int32()),
        "place_key": [m.place_key for m in ms],
        "countable": pa.array([m.countable for m in ms], pa.bool_()),
    }
    return _typed(columns)
