"""When and where in the example article: dates, places and fatalities of its events."""

from __future__ import annotations

import pytest

from dyadline.readers import read_text_document


@pytest.fixture(scope="module")
def events(coder, shared_dir):
    path = shared_dir / "examples" / "azerbaijan-russia.txt"
    return coder.code(read_text_document(path, settings=coder.settings))


def one(events, event_type, word, trigger=None):
    found = [e for e in events if e.event_type == event_type and word in e.sentence
             and (trigger is None or e.trigger.text == trigger)]
    assert found, f"no {event_type} event with {word!r}: {[(e.event_type, e.trigger.text) for e in events]}"
    return found[0]


def test_the_raids_are_located_at_yekaterinburg(events):
    e = one(events, "ASSAULT", "raids", trigger="deaths")
    place = e.location
    assert place is not None and place.name == "Yekaterinburg" and place.country == "RUS"
    assert place.precision == "city" and place.geonameid == 1486209
    assert abs(place.lat - 56.8) < 0.1
    assert abs(place.lon - 60.6) < 0.1


def test_the_deaths_told_in_the_next_paragraph_are_placed_at_the_raids(events):
    # "... died during a raid conducted by Russian authorities": the raids placed in the paragraph before
    e = one(events, "ASSAULT", "Safarov", trigger="died")
    assert e.location is not None and e.location.name == "Yekaterinburg"


def test_two_fatalities_in_the_raids(events):
    assert one(events, "ASSAULT", "raids", trigger="deaths").fatalities == 2
    assert one(events, "ASSAULT", "Safarov", trigger="died").fatalities == 2


def test_the_cultural_events_were_cancelled_on_june_29(events):
    e = one(events, "SANCTION", "cultural events", trigger="canceled")
    assert (e.date, e.date_precision) == ("2025-06-29", "day")


def test_sybiha_visited_in_may(events):
    e = one(events, "CONSULT", "Sybiha", trigger="visited")
    assert e.date.startswith("2025-05") and e.date_precision == "month"
    assert e.location is not None and e.location.country == "AZE"


def test_the_plane_was_downed_in_february_killing_67(events):
    e = one(events, "ASSAULT", "downing", trigger="downing")
    assert e.date.startswith("2025-02") and e.date_precision == "month"
    assert e.fatalities == 67


def test_undated_events_keep_the_publication_date(events):
    e = one(events, "ACCUSE", "blamed")
    assert (e.date, e.date_precision) == ("2025-06-30", "document")
