"""Typed records of the event store: what crosses its module boundaries.

A :class:`Mention` is one coded event as one article reports it, for one
(source actor, target actor) pair; a :class:`StoredEvent` is the real event
that one or more mentions report, after de-duplication.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from dyadline.records import Actor, Failure, Place, Trigger

__all__ = [
    "Mention",
    "StoredDocument",
    "StoredEvent",
    "StoredFailure",
    "IngestProgress",
    "IngestSummary",
    "Shift",
    "DyadPeriod",
    "DyadTimeline",
    "DyadPair",
]


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """A document as the store keeps it (not its text: only its content hash)."""

    doc_key: str  # content hash of the text
    doc_id: str
    origin: str | None
    title: str | None
    url: str | None
    source_name: str | None  # the news source (Document.source, else the URL's host)
    pub_date: dt.date | None
    n_chars: int
    lead_end: int  # character offset where the lead paragraph of the body ends


@dataclass(frozen=True, slots=True)
class Mention:
    """One coded event in one article, for one source/target actor pair."""

    mention_id: str
    coder_event_id: str
    doc_key: str
    doc_id: str
    sentence_index: int
    sentence: str
    trigger: Trigger
    in_lead: bool
    event_type: str
    mode: str | None
    contexts: tuple[str, ...]
    cameo: str
    goldstein: float
    quad_class: int
    source: Actor | None
    target: Actor | None
    date: dt.date | None
    date_precision: str | None
    place: Place | None
    fatalities: int | None
    negated: bool
    hypothetical: bool
    future: bool
    confidence: float
    evidence: str
    news_source: str | None
    #: de-duplication group (actors, type, date class); None when the mention cannot merge.
    group_key: str | None
    #: the date in its class's units (day number, month number or year); None if undated.
    dedup_day: int | None
    #: the place's identity ("" when unknown).
    place_key: str
    #: counted as (part of) an event: not negated and not hypothetical.
    countable: bool


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """A de-duplicated event with GDELT-style counts of the reports behind it."""

    event_id: str
    date: dt.date | None
    date_precision: str | None
    source: Actor | None
    target: Actor | None
    event_type: str
    mode: str | None
    cameo: str
    goldstein: float
    quad_class: int
    place: Place | None
    fatalities: int | None
    num_mentions: int
    num_sources: int
    num_articles: int
    is_root: bool
    first_doc_id: str | None
    first_url: str | None
    first_sentence: str | None
    added_at: dt.datetime | None
    triggers: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()  # the news sources that reported it
    contexts: tuple[str, ...] = ()  # PLOVER contexts of its mentions


@dataclass(frozen=True, slots=True)
class StoredFailure:
    """A failure as the store keeps it: the error, when it was seen and how often."""

    failure: Failure
    first_seen: dt.datetime
    last_seen: dt.datetime
    attempts: int
    resolved: bool


@dataclass(frozen=True, slots=True)
class IngestProgress:
    """Running totals of one ingest, reported after every committed batch."""

    documents_read: int = 0
    documents_stored: int = 0
    documents_skipped: int = 0  # already in the store (same content hash)
    failures: int = 0
    mentions: int = 0  # coded events stored (one per event and actor pair)
    elapsed: float = 0.0
    coding_seconds: float = 0.0  # of which coding documents
    store_seconds: float = 0.0  # of which waiting for, reading and writing the store

    @property
    def documents_per_second(self) -> float:
        return self.documents_read / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def events_per_second(self) -> float:
        return self.mentions / self.elapsed if self.elapsed > 0 else 0.0


@dataclass(frozen=True, slots=True)
class IngestSummary:
    """The end of an ingest: this run's totals and the store's size afterwards."""

    progress: IngestProgress
    database: str
    store_documents: int
    store_mentions: int
    store_events: int
    store_open_failures: int


@dataclass(frozen=True, slots=True)
class Shift:
    """A period where the relation moved sharply, and the test that says so."""

    test: str  # "goldstein-z" or "conflict-poisson"
    statistic: float  # the z-score, or the p-value
    baseline: float  # the trailing mean (of mean Goldstein, or of conflict events per period)
    label: str  # "cooler", "warmer" or "conflict surge"


@dataclass(frozen=True, slots=True)
class DyadPeriod:
    """One period of one direction of a dyad."""

    period: dt.date
    source: str
    target: str
    events: int
    quad_counts: tuple[int, int, int, int]
    goldstein_sum: float
    goldstein_mean: float | None
    type_mix: tuple[tuple[str, int], ...]  # (PLOVER type, events), most frequent first
    mentions: int
    shifts: tuple[Shift, ...] = ()


@dataclass(frozen=True, slots=True)
class DyadTimeline:
    """Both directions of a dyad over the same dense list of periods."""

    a: str
    b: str
    freq: str
    forward: tuple[DyadPeriod, ...]  # a -> b
    backward: tuple[DyadPeriod, ...]  # b -> a (empty when a == b)
    periods: tuple[dt.date, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class DyadPair:
    """An unordered pair of countries and how much happened between them."""

    a: str
    b: str
    events: int
    mentions: int
    a_to_b: int
    b_to_a: int
    conflict: int  # quad classes 3 and 4
    goldstein_mean: float
