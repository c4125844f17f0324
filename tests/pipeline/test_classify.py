"""The classify stage: the learned event-type classifier fills and checks the trigger lexicon."""

from __future__ import annotations

import datetime as dt

import pytest

from dyadline.coder import Coder
from dyadline.records import Document
from dyadline.settings import load_settings


def _type_note(event) -> str:
    return event.evidence.split("; type:", 1)[1]


def test_a_sentence_without_a_lexicon_verb_is_coded_by_the_classifier(code_text):
    events = code_text("Chinese coast guard ships rammed a Philippine supply boat near the Second Thomas Shoal.")
    assert [(e.event_type, e.trigger.text) for e in events] == [("ASSAULT", "rammed")]
    event = events[0]
    assert [a.country for a in event.source] == ["CHN"] and [a.country for a in event.target] == ["PHL"]
    assert event.evidence.startswith("model:ASSAULT@ram/VERB")
    assert _type_note(event).startswith("model p=")
    assert 0.7 <= event.confidence <= 1.0


def test_the_classifier_reads_past_a_reporting_verb(code_text):
    events = code_text("General Okello relinquished his post on Monday, paving the way for elections in Uganda, "
                       "officials in Kampala said.")
    assert [e.event_type for e in events] == ["RETREAT"]
    assert "(no lexicon trigger)" in _type_note(events[0])


@pytest.mark.parametrize("text", [
    "The weather in Kampala was sunny on Monday, Ugandan officials said.",
    "Nigeria has about 220 million people.",
    "President Ruto said he was tired after the long flight from Nairobi.",
    # an overseer's verb: what he watched is the act, if any
    "The North Korean leader inspected a new tank factory, state media said.",
])
def test_sentences_that_report_no_act_stay_empty(code_text, text):
    assert code_text(text) == []


def test_lexicon_events_say_the_lexicon_decided(code_text):
    [event] = code_text("Serbia recalled its ambassador from Montenegro.")
    assert event.event_type == "SANCTION"
    assert event.evidence.startswith("lexicon:recall/VERB")
    assert _type_note(event) == "lexicon"


@pytest.fixture(scope="module")
def relabelling_coder() -> Coder:
    # relabelling on (it is off by default), filling off
    return Coder(settings=load_settings(classifier_relabel=0.6, classifier_fill=2.0))


def _code(coder: Coder, text: str):
    return coder.code(Document(id="t", text=text, date=dt.date(2025, 6, 30)))


def test_switched_off_filling_codes_nothing_without_a_lexicon_verb(relabelling_coder):
    assert _code(relabelling_coder, "Chinese coast guard ships rammed a Philippine supply boat.") == []


def test_relabelling_says_what_the_lexicon_had_said(relabelling_coder):
    events = _code(relabelling_coder, "Serbia recalled its ambassador from Montenegro.")
    [event] = events
    # the shipped classifier is sure (p above 0.9) this is no SANCTION: with relabelling on, it wins
    # (wrongly: why relabelling is off by default)
    assert event.event_type != "SANCTION"
    note = _type_note(event)
    assert note.startswith("model p=") and "over lexicon SANCTION (lexicon:recall/VERB" in note
    assert event.evidence.startswith(f"model:{event.event_type}@recall/VERB")


def test_an_unsure_classifier_leaves_the_lexicon_type(relabelling_coder):
    [event] = _code(relabelling_coder, "Iranian officials snubbed the French envoy at the ceremony.")
    assert event.event_type == "REJECT"
    assert _type_note(event).startswith("lexicon (model: ")


def test_the_classifier_agreeing_is_recorded(relabelling_coder):
    events = _code(relabelling_coder, "Indian police dispersed the crowd with tear gas in Srinagar.")
    assert [e.event_type for e in events] == ["ASSAULT"]
    assert _type_note(events[0]).startswith("lexicon, model agrees p=")
