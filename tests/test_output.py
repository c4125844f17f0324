"""Tests for dyadline.output: JSONL, JSON and table output of events, and failures."""

from __future__ import annotations

import io
import json

import pytest

from dyadline.output import format_actor, format_actors, write_events, write_failures
from dyadline.records import Actor, Event, Failure, Place, Trigger, make_event_id

EVENT_FIELDS = [
    "event_id",
    "doc_id",
    "sentence_index",
    "sentence",
    "trigger",
    "event_type",
    "mode",
    "contexts",
    "cameo",
    "goldstein",
    "quad_class",
    "source",
    "target",
    "date",
    "date_precision",
    "location",
    "fatalities",
    "negated",
    "hypothetical",
    "future",
    "confidence",
    "evidence",
    "acled",  # added by issue 4: {event_type, sub_event_type} or null
]
ACTOR_FIELDS = ["text", "country", "sector", "name", "wikidata"]
PLACE_FIELDS = ["name", "country", "admin1", "lat", "lon", "geonameid", "precision"]
TRIGGER_FIELDS = ["text", "start", "end"]


def make_sanction() -> Event:
    sentence = "Azerbaijan's government said it would stop the transit of Russian gas."
    start = sentence.index("stop")
    return Event(
        event_id=make_event_id("azerbaijan-russia", 0, 120 + start, 124 + start),
        doc_id="azerbaijan-russia",
        sentence_index=0,
        sentence=sentence,
        trigger=Trigger("stop", 120 + start, 124 + start),
        event_type="SANCTION",
        mode="discontinue",
        contexts=("economic",),
        cameo="163",
        goldstein=-8.0,
        quad_class=3,
        source=(Actor("Azerbaijan's government", country="AZE", sector="GOV", name="Government of Azerbaijan"),),
        target=(Actor("Russian", country="RUS"),),
        date="2024-03-05",
        date_precision="day",
        location=Place("Baku", country="AZE", admin1="Baku", lat=40.4093, lon=49.8671, geonameid=587084,
                       precision="city"),
        fatalities=None,
        negated=False,
        hypothetical=False,
        future=True,
        confidence=0.82,
        evidence="verb 'stop' with object 'transit'; future modal 'would'",
    )


def make_attack() -> Event:
    sentence = "Rebels [allegedly] killed 12 soldiers near Gao — “a massacre”, officials said."
    start = sentence.index("killed")
    return Event(
        event_id=make_event_id("mali-1", 3, start, start + 6),
        doc_id="mali-1",
        sentence_index=3,
        sentence=sentence,
        trigger=Trigger("killed", start, start + 6),
        event_type="ASSAULT",
        mode=None,
        contexts=(),
        cameo="190",
        goldstein=-10.0,
        quad_class=4,
        source=(Actor("Rebels", country="MLI", sector="REB"), Actor("[allies]")),
        target=(Actor("soldiers", country="MLI", sector="MIL"),),
        location=None,
        fatalities=12,
        negated=True,
        hypothetical=True,
        confidence=0.5,
    )


EVENTS = [make_sanction(), make_attack()]


def test_jsonl_round_trips_through_from_dict() -> None:
    out = io.StringIO()
    assert write_events(EVENTS, fmt="jsonl", stream=out) == 2
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    back = [Event.from_dict(json.loads(line)) for line in lines]
    assert back == EVENTS
    assert "—" in lines[1] and "“a massacre”" in lines[1]  # ensure_ascii=False


def test_json_is_a_list_with_the_public_field_names() -> None:
    out = io.StringIO()
    assert write_events(EVENTS, fmt="json", stream=out) == 2
    text = out.getvalue()
    data = json.loads(text)
    assert isinstance(data, list) and len(data) == 2
    # the streamed text is exactly what json.dumps of the whole list gives
    assert text == json.dumps([e.to_dict() for e in EVENTS], ensure_ascii=False, indent=2) + "\n"
    first = data[0]
    assert list(first) == EVENT_FIELDS
    assert list(first["trigger"]) == TRIGGER_FIELDS
    assert list(first["source"][0]) == ACTOR_FIELDS
    assert list(first["target"][0]) == ACTOR_FIELDS
    assert list(first["location"]) == PLACE_FIELDS
    assert first["contexts"] == ["economic"]
    assert data[1]["location"] is None
    assert [Event.from_dict(d) for d in data] == EVENTS


def test_json_with_no_events_is_an_empty_list() -> None:
    out = io.StringIO()
    assert write_events([], fmt="json", stream=out) == 0
    assert json.loads(out.getvalue()) == []


def test_json_keeps_line_separators_inside_strings() -> None:
    event = make_attack()
    odd = Event.from_dict({**event.to_dict(), "sentence": "a\u2028b\x85c"})
    out = io.StringIO()
    write_events([odd], fmt="json", stream=out)
    assert json.loads(out.getvalue())[0]["sentence"] == "a\u2028b\x85c"


def test_events_may_be_a_generator() -> None:
    out = io.StringIO()
    assert write_events((e for e in EVENTS), fmt="jsonl", stream=out) == 2


def test_table_contains_actors_event_and_trigger() -> None:
    out = io.StringIO()
    assert write_events(EVENTS, fmt="table", stream=out) == 2
    text = out.getvalue()
    assert "\x1b[" not in text  # no colour codes when the stream is not a terminal
    for heading in ["doc", "sent", "date", "source", "event", "cameo", "target", "trigger", "location",
                    "fatalities", "flags", "confidence"]:
        assert heading in text
    sanction_row = next(line for line in text.splitlines() if "azerbaijan-russia" in line)
    for cell in ["AZE GOV", "SANCTION/discontinue", "163", "RUS", "stop", "Baku", "fut", "0.82", "2024-03-05"]:
        assert cell in sanction_row
    attack_row = next(line for line in text.splitlines() if "mali-1" in line)
    # several actors joined by "+"; brackets printed as text, not read as markup
    for cell in ["MLI REB+[allies]", "ASSAULT", "MLI MIL", "killed", "12", "neg hyp", "0.50"]:
        assert cell in attack_row
    assert max(len(line) for line in text.splitlines()) <= 200


def test_unknown_format() -> None:
    with pytest.raises(ValueError, match="xml"):
        write_events(EVENTS, fmt="xml", stream=io.StringIO())  # type: ignore[arg-type]


def test_format_actor() -> None:
    assert format_actor(Actor("the Azerbaijani government", country="AZE", sector="GOV")) == "AZE GOV"
    assert format_actor(Actor("Moscow", country="RUS")) == "RUS"
    assert format_actor(Actor("police", sector="COP")) == "COP"
    assert format_actor(Actor("the man", name="John Doe")) == "John Doe"
    assert format_actor(Actor("protesters")) == "protesters"
    assert format_actors([Actor("a", country="AZE"), Actor("b", country="TUR", sector="MIL")]) == "AZE+TUR MIL"
    assert format_actors([]) == ""


def test_write_failures() -> None:
    failures = [
        Failure(None, "empty.txt", "EmptyInputError", "the file is empty"),
        Failure("d7", "docs.jsonl:7", "InvalidDateError", "date '05/03/2024' is not a YYYY-MM-DD date"),
    ]
    out = io.StringIO()
    assert write_failures(failures, stream=out) == 2
    assert out.getvalue().splitlines() == [
        "error: empty.txt: EmptyInputError: the file is empty",
        "error: docs.jsonl:7 (document d7): InvalidDateError: date '05/03/2024' is not a YYYY-MM-DD date",
    ]
