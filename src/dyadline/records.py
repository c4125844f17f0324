"""The typed records that cross module boundaries, and their JSON form.

Every record carries its own document id (and, for events, its sentence
index and character offsets), so nothing is ever joined by list position.
The JSON field names are a public contract: other tools read them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = [
    "AcledClass",
    "Actor",
    "Place",
    "Trigger",
    "Event",
    "Document",
    "Failure",
    "CodedDocument",
    "make_event_id",
    "parse_iso_date",
]


@dataclass(frozen=True, slots=True)
class Actor:
    """Who acted or was acted on.

    ``country`` is an ISO 3166 alpha-3 code or an IGO code (EU, UN, NATO...);
    ``sector`` a PLOVER sector code (GOV, MIL, COP, CVL...).
    """

    text: str
    country: str | None = None
    sector: str | None = None
    name: str | None = None
    wikidata: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Actor:
        return cls(
            text=data["text"],
            country=data.get("country"),
            sector=data.get("sector"),
            name=data.get("name"),
            wikidata=data.get("wikidata"),
        )


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place. ``precision`` is city, admin1 or country."""

    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    precision: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Place:
        return cls(**{k: data.get(k) for k in cls.__dataclass_fields__})


@dataclass(frozen=True, slots=True)
class Trigger:
    """The words that express the event; offsets are into ``Document.text``."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class AcledClass:
    """ACLED's event type and sub-event type for an event (political violence, demonstrations,
    strategic developments); other events have none."""

    event_type: str
    sub_event_type: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def parse_iso_date(value: str | None) -> dt.date | None:
    """The date of an ISO string ("2025-06-29", or a timestamp starting with one); None if absent or not a date."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def make_event_id(doc_id: str, sentence_index: int, start: int, end: int) -> str:
    """A stable id: the same document, sentence and trigger give the same id."""
    key = f"{doc_id}\x1f{sentence_index}\x1f{start}\x1f{end}".encode()
    return hashlib.sha1(key).hexdigest()[:20]


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event: who did what to whom, when and where, and why we think so."""

    event_id: str
    doc_id: str
    sentence_index: int
    sentence: str
    trigger: Trigger
    event_type: str
    mode: str | None
    contexts: tuple[str, ...]
    cameo: str
    goldstein: float
    quad_class: int
    source: tuple[Actor, ...]
    target: tuple[Actor, ...]
    date: str | None = None
    date_precision: str | None = None
    location: Place | None = None
    fatalities: int | None = None
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    confidence: float = 0.0
    evidence: str = ""
    acled: AcledClass | None = None

    def to_dict(self) -> dict[str, Any]:
        """The public JSON form, with exactly the documented field names."""
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "trigger": self.trigger.to_dict(),
            "event_type": self.event_type,
            "mode": self.mode,
            "contexts": list(self.contexts),
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "source": [a.to_dict() for a in self.source],
            "target": [a.to_dict() for a in self.target],
            "date": self.date,
            "date_precision": self.date_precision,
            "location": self.location.to_dict() if self.location else None,
            "fatalities": self.fatalities,
            "negated": self.negated,
            "hypothetical": self.hypothetical,
            "future": self.future,
            "confidence": self.confidence,
            "evidence": self.evidence,
            "acled": self.acled.to_dict() if self.acled else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        trig = data["trigger"]
        loc = data.get("location")
        return cls(
            event_id=data["event_id"],
            doc_id=data["doc_id"],
            sentence_index=int(data["sentence_index"]),
            sentence=data["sentence"],
            trigger=Trigger(trig["text"], int(trig["start"]), int(trig["end"])),
            event_type=data["event_type"],
            mode=data.get("mode"),
            contexts=tuple(data.get("contexts") or ()),
            cameo=data["cameo"],
            goldstein=float(data["goldstein"]),
            quad_class=int(data["quad_class"]),
            source=tuple(Actor.from_dict(a) for a in data.get("source") or ()),
            target=tuple(Actor.from_dict(a) for a in data.get("target") or ()),
            date=data.get("date"),
            date_precision=data.get("date_precision"),
            location=Place.from_dict(loc) if loc else None,
            fatalities=data.get("fatalities"),
            negated=bool(data.get("negated", False)),
            hypothetical=bool(data.get("hypothetical", False)),
            future=bool(data.get("future", False)),
            confidence=float(data.get("confidence", 0.0)),
            evidence=data.get("evidence", ""),
            acled=AcledClass(data["acled"]["event_type"], data["acled"]["sub_event_type"]) if data.get("acled") else None,
        )


@dataclass(frozen=True, slots=True)
class Document:
    """An article to code.

    ``text`` is the article as given; trigger offsets point into it.
    ``body_start`` is the character offset where the article body begins
    (after header lines such as ``Published:`` and the headline): sentences
    before it are not coded.
    """

    id: str
    text: str
    date: dt.date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str | None = None  # the file (or "<stdin>") it was read from, for messages
    body_start: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "date": self.date.isoformat() if self.date else None,
            "title": self.title,
            "url": self.url,
            "source": self.source,
            "origin": self.origin,
            "body_start": self.body_start,
        }


@dataclass(frozen=True, slots=True)
class Failure:
    """A document (or an input) that could not be coded, and why."""

    doc_id: str | None
    origin: str
    error_type: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def describe(self) -> str:
        who = f"{self.origin}" + (f" (document {self.doc_id})" if self.doc_id else "")
        return f"{who}: {self.error_type}: {self.message}"


@dataclass(frozen=True, slots=True)
class CodedDocument:
    """The result of coding one document: its events, or the failure."""

    document_id: str
    events: tuple[Event, ...] = field(default_factory=tuple)
    failure: Failure | None = None

    @property
    def ok(self) -> bool:
        return self.failure is None
