"""The web API's response and request models (pydantic): what the OpenAPI document describes.

They mirror the store's typed records (:mod:`dyadline.store.model`,
:mod:`dyadline.store.queries_web`); :mod:`dyadline.server.convert` builds them.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "ActorOut", "ActorProfileOut", "CodeRequest", "CodeResponse", "CodedEventOut", "CountryOut", "DocumentOut",
    "ErrorOut", "EventDetailOut", "EventOut", "EventPageOut", "EvidenceOut", "HealthOut", "MarkOut", "PairOut",
    "PartnerOut", "PeriodOut", "PlaceCountOut", "PlaceOut", "SentenceOut", "ShiftOut", "TimelineOut",
    "VocabularyOut",
]


class ErrorOut(BaseModel):
    """Every 4xx and 5xx answer: what went wrong, in words."""

    error: str = Field(description="The problem, naming the parameter or input at fault.")
    status: int


class ActorOut(BaseModel):
    country: str | None = Field(None, description="ISO 3166 alpha-3 or IGO code.")
    country_name: str | None = None
    sector: str | None = Field(None, description="PLOVER sector (GOV, MIL, COP, CVL...).")
    name: str | None = Field(None, description="The actor as the text names it.")


class PlaceOut(BaseModel):
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    precision: str | None = None


class EvidenceOut(BaseModel):
    """The sentence of the event's first report; trigger offsets index ``sentence``."""

    doc_key: str = Field(description="The document's content hash: GET /api/documents/{doc_key}.")
    doc_id: str
    title: str | None = None
    url: str | None = None
    pub_date: dt.date | None = None
    sentence_index: int
    sentence: str
    trigger: str
    trigger_start: int | None = Field(None, description="Offset of the trigger in the sentence (None: not found).")
    trigger_end: int | None = None


class EventOut(BaseModel):
    """A de-duplicated event with the counts of the reports behind it."""

    event_id: str
    date: dt.date | None
    date_precision: str | None
    source: ActorOut | None
    target: ActorOut | None
    event_type: str = Field(description="PLOVER event type.")
    mode: str | None
    cameo: str
    goldstein: float
    quad_class: int = Field(description="1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.")
    place: PlaceOut | None
    fatalities: int | None
    num_mentions: int
    num_sources: int
    num_articles: int
    triggers: list[str]
    sources: list[str] = Field(description="The news sources that reported it.")
    contexts: list[str]
    evidence: EvidenceOut | None


class EventPageOut(BaseModel):
    total: int = Field(description="Events matching the filters, over all pages.")
    limit: int
    offset: int
    items: list[EventOut]


class MarkOut(BaseModel):
    """A coded trigger in a sentence; ``start``/``end`` index the sentence (None: not found)."""

    trigger: str
    start: int | None
    end: int | None
    mention_id: str
    event_id: str | None = Field(description="None for a negated or hypothetical mention (stored, not counted).")
    event_type: str
    quad_class: int
    source_text: str | None
    target_text: str | None
    negated: bool
    hypothetical: bool


class SentenceOut(BaseModel):
    doc_key: str
    doc_id: str
    title: str | None
    url: str | None
    pub_date: dt.date | None
    sentence_index: int
    sentence: str
    marks: list[MarkOut]


class EventDetailOut(BaseModel):
    event: EventOut
    reports: list[SentenceOut] = Field(description="Every sentence reporting the event, earliest first.")


class DocumentOut(BaseModel):
    doc_key: str
    doc_id: str
    origin: str | None
    title: str | None
    url: str | None
    source_name: str | None
    pub_date: dt.date | None
    n_chars: int
    n_events: int
    ingested_at: dt.datetime | None
    sentences: list[SentenceOut] = Field(description="The coded sentences in text order (the store keeps no full text).")


class ShiftOut(BaseModel):
    test: str
    statistic: float
    baseline: float
    label: str


class PeriodOut(BaseModel):
    period: dt.date
    source: str
    target: str
    events: int
    quad_counts: list[int] = Field(description="Events per quad class 1..4.")
    goldstein_sum: float
    goldstein_mean: float | None
    type_mix: list[tuple[str, int]]
    mentions: int
    shifts: list[ShiftOut]


class TimelineOut(BaseModel):
    """A dyad's roll-up, as `dyadline dyad A B` prints it: both directions over dense periods."""

    a: str
    b: str
    a_name: str | None
    b_name: str | None
    freq: str
    periods: list[dt.date]
    forward: list[PeriodOut] = Field(description="a -> b")
    backward: list[PeriodOut] = Field(description="b -> a (empty when a == b)")


class PairOut(BaseModel):
    a: str
    b: str
    a_name: str | None
    b_name: str | None
    events: int
    mentions: int
    a_to_b: int
    b_to_a: int
    conflict: int
    goldstein_mean: float


class PartnerOut(BaseModel):
    code: str
    name: str | None
    events: int
    outgoing: int
    incoming: int
    goldstein_mean: float
    conflict: int


class ActorProfileOut(BaseModel):
    code: str
    name: str | None
    events_as_source: int
    events_as_target: int
    mentions: int
    first_date: dt.date | None
    last_date: dt.date | None
    quad_counts: list[int]
    goldstein_mean_as_source: float | None
    goldstein_mean_as_target: float | None
    partners: list[PartnerOut]
    event_types: list[tuple[str, int]]
    names: list[tuple[str, int]]
    sectors: list[tuple[str, int]]


class CountryOut(BaseModel):
    code: str
    name: str | None
    events: int


class PlaceCountOut(BaseModel):
    name: str
    country: str | None
    lat: float
    lon: float
    events: int
    goldstein_mean: float
    conflict: int


class VocabularyOut(BaseModel):
    event_types: dict[str, int] = Field(description="PLOVER type -> its quad class.")
    quad_classes: dict[int, str]
    freqs: list[str]
    iso_numeric: dict[str, str] = Field(description="ISO 3166 numeric code (3 digits, as the map's outlines) -> alpha-3.")


class HealthOut(BaseModel):
    status: str = Field(description="'ok' while the server answers.")
    store: str = Field(description="'ready', or 'missing' before the first ingest.")
    database: str
    documents: int | None = None
    events: int | None = None
    version: str


class CodeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="The article as plain text; 'Published: YYYY-MM-DD' and "
                                                "'Title:' header lines are read as `dyadline code` reads them.")
    date: dt.date | None = Field(None, description="Publication date (overrides a Published: header).")


class CodedEventOut(BaseModel):
    """An event as `dyadline code` prints it (the public event record)."""

    model_config = ConfigDict(extra="allow")  # fields the record gains later pass through

    event_id: str
    doc_id: str
    sentence_index: int
    sentence: str
    trigger: dict[str, str | int]
    event_type: str
    mode: str | None
    contexts: list[str]
    cameo: str
    goldstein: float
    quad_class: int
    source: list[dict[str, str | None]]
    target: list[dict[str, str | None]]
    date: str | None
    date_precision: str | None
    location: dict[str, str | float | int | None] | None
    fatalities: int | None
    negated: bool
    hypothetical: bool
    future: bool
    confidence: float
    evidence: str
    trigger_in_sentence: list[int] | None = Field(None, description="[start, end] of the trigger in `sentence`.")


class CodeResponse(BaseModel):
    title: str | None
    date: dt.date | None
    count: int
    seconds: float
    events: list[CodedEventOut]
