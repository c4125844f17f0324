"""The store's typed records turned into the API's response models."""

from __future__ import annotations

from dyadline.records import Actor, Event, Place
from dyadline.server.models import (
    ActorOut,
    ActorProfileOut,
    CodedEventOut,
    EventOut,
    EvidenceOut,
    MarkOut,
    PairOut,
    PartnerOut,
    PeriodOut,
    PlaceCountOut,
    PlaceOut,
    SentenceOut,
    ShiftOut,
    TimelineOut,
)
from dyadline.server.reports import SentenceView, locate_triggers
from dyadline.server.state import country_name
from dyadline.store.model import DyadPair, DyadPeriod, DyadTimeline
from dyadline.store.queries_web import ActorProfile, EventHit, PlaceCount

__all__ = ["coded_event_out", "event_out", "pair_out", "place_count_out", "profile_out", "sentence_out",
           "timeline_out"]


def actor_out(actor: Actor | None) -> ActorOut | None:
    if actor is None:
        return None
    return ActorOut(country=actor.country, country_name=country_name(actor.country), sector=actor.sector,
                    name=actor.name or actor.text or None)


def place_out(place: Place | None) -> PlaceOut | None:
    if place is None:
        return None
    return PlaceOut(name=place.name, country=place.country, admin1=place.admin1, lat=place.lat, lon=place.lon,
                    geonameid=place.geonameid, precision=place.precision)


def event_out(hit: EventHit) -> EventOut:
    e, ev = hit.event, hit.evidence
    evidence = None
    if ev is not None:
        (span,) = locate_triggers(ev.sentence, [(ev.trigger, ev.trigger_offset)])
        evidence = EvidenceOut(
            doc_key=ev.doc_key, doc_id=ev.doc_id, title=ev.title, url=ev.url, pub_date=ev.pub_date,
            sentence_index=ev.sentence_index, sentence=ev.sentence, trigger=ev.trigger,
            trigger_start=span[0] if span else None, trigger_end=span[1] if span else None,
        )
    return EventOut(
        event_id=e.event_id, date=e.date, date_precision=e.date_precision, source=actor_out(e.source),
        target=actor_out(e.target), event_type=e.event_type, mode=e.mode, cameo=e.cameo, goldstein=e.goldstein,
        quad_class=e.quad_class, place=place_out(e.place), fatalities=e.fatalities, num_mentions=e.num_mentions,
        num_sources=e.num_sources, num_articles=e.num_articles, triggers=list(e.triggers), sources=list(e.sources),
        contexts=list(e.contexts), evidence=evidence,
    )


def sentence_out(view: SentenceView) -> SentenceOut:
    marks = [MarkOut(trigger=m.trigger, start=m.start, end=m.end, mention_id=m.mention_id, event_id=m.event_id,
                     event_type=m.event_type, quad_class=m.quad_class, source_text=m.source_text,
                     target_text=m.target_text, negated=m.negated, hypothetical=m.hypothetical) for m in view.marks]
    return SentenceOut(doc_key=view.doc_key, doc_id=view.doc_id, title=view.title, url=view.url,
                       pub_date=view.pub_date, sentence_index=view.sentence_index, sentence=view.sentence, marks=marks)


def _period_out(p: DyadPeriod) -> PeriodOut:
    return PeriodOut(
        period=p.period, source=p.source, target=p.target, events=p.events, quad_counts=list(p.quad_counts),
        goldstein_sum=p.goldstein_sum, goldstein_mean=p.goldstein_mean, type_mix=list(p.type_mix),
        mentions=p.mentions,
        shifts=[ShiftOut(test=s.test, statistic=s.statistic, baseline=s.baseline, label=s.label) for s in p.shifts],
    )


def timeline_out(t: DyadTimeline) -> TimelineOut:
    return TimelineOut(a=t.a, b=t.b, a_name=country_name(t.a), b_name=country_name(t.b), freq=t.freq,
                       periods=list(t.periods), forward=[_period_out(p) for p in t.forward],
                       backward=[_period_out(p) for p in t.backward])


def pair_out(p: DyadPair) -> PairOut:
    return PairOut(a=p.a, b=p.b, a_name=country_name(p.a), b_name=country_name(p.b), events=p.events,
                   mentions=p.mentions, a_to_b=p.a_to_b, b_to_a=p.b_to_a, conflict=p.conflict,
                   goldstein_mean=p.goldstein_mean)


def profile_out(p: ActorProfile) -> ActorProfileOut:
    partners = [PartnerOut(code=x.code, name=country_name(x.code), events=x.events, outgoing=x.outgoing,
                           incoming=x.incoming, goldstein_mean=x.goldstein_mean, conflict=x.conflict)
                for x in p.partners]
    return ActorProfileOut(
        code=p.code, name=country_name(p.code), events_as_source=p.events_as_source,
        events_as_target=p.events_as_target, mentions=p.mentions, first_date=p.first_date, last_date=p.last_date,
        quad_counts=list(p.quad_counts), goldstein_mean_as_source=p.goldstein_mean_as_source,
        goldstein_mean_as_target=p.goldstein_mean_as_target, partners=partners, event_types=list(p.event_types),
        names=list(p.names), sectors=list(p.sectors),
    )


def place_count_out(p: PlaceCount) -> PlaceCountOut:
    return PlaceCountOut(name=p.name, country=p.country, lat=p.lat, lon=p.lon, events=p.events,
                         goldstein_mean=p.goldstein_mean, conflict=p.conflict)


def _sentence_start(text: str, sentence: str, trigger_start: int) -> int | None:
    """The offset of the sentence in the document: the occurrence that holds the trigger."""
    pos = text.find(sentence)
    while pos != -1:
        if pos <= trigger_start < pos + len(sentence):
            return pos
        pos = text.find(sentence, pos + 1)
    return None


def coded_event_out(event: Event, text: str) -> CodedEventOut:
    """A freshly coded event in its public JSON form, with its trigger located in its sentence."""
    start = _sentence_start(text, event.sentence, event.trigger.start)
    span = None
    if start is not None:
        span = [event.trigger.start - start, event.trigger.end - start]
    else:
        (found,) = locate_triggers(event.sentence, [(event.trigger.text, event.trigger.start)])
        span = list(found) if found else None
    return CodedEventOut(**event.to_dict(), trigger_in_sentence=span)
