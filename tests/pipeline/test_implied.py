"""The actors a report leaves unnamed: each put in by a named rule the event's evidence cites."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "event_type", "role", "sector", "tag"), [
    ("Three men were arrested in Pune on Sunday.", "COERCE", "source", "COP", "implied-police-agent"),
    ("Protests in Kakamega over rising crime.", "PROTEST", "target", "GOV", "implied-government-target"),
    ("A roadside bomb near Samarra killed a U.S. soldier.", "ASSAULT", "source", "UAF",
     "implied-unidentified-attacker"),
    ("The police had to burst tear-gas shells in Patna.", "ASSAULT", "target", "CVL", "the-crowd"),
    ("Herders in Mandera discovered five bodies in a shallow grave.", "ASSAULT", "target", "CVL", "the-dead-found"),
])
def test_an_unnamed_actor_and_the_rule_that_put_it_in(code_text, text, event_type, role, sector, tag):
    events = [e for e in code_text(text) if e.event_type == event_type]
    assert events, text
    actors = events[0].source if role == "source" else events[0].target
    assert [a.sector for a in actors] == [sector] and actors[0].text == ""
    assert tag in events[0].evidence

