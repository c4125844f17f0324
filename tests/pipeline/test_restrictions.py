"""Restrictions a state imposes (PLOVER COERCE restrict, ban, martial-law): the ways they are written."""

from __future__ import annotations

import pytest

from event_helpers import countries


@pytest.mark.parametrize("text, mode, cameo", [
    ("The government declared a state of emergency in the eastern provinces.", "martial-law", "1724"),
    ("The Ethiopian government declared a curfew in Addis Ababa.", "curfew", "1723"),
    ("Israel imposed a closure on the West Bank.", "restrict", "191"),
    ("The regime revoked the licences of three independent broadcasters.", "restrict", "172"),
    ("Authorities in Minsk stripped the opposition candidate of her citizenship.", "restrict", "172"),
    ("The military junta dissolved parliament.", "restrict", "1722"),
    ("Authorities blocked access to Facebook and Twitter ahead of the vote.", "censor", "1721"),
])
def test_restrictions_imposed(code_text, text, mode, cameo):
    events = [e for e in code_text(text) if e.event_type == "COERCE"]
    assert events, text
    assert (events[0].mode, events[0].cameo) == (mode, cameo)
    assert [a.sector for a in events[0].source] == ["GOV"]


def test_the_authorities_blocking_a_website_are_no_protesters(code_text):
    events = code_text("Authorities blocked access to YouTube.")
    assert not [e for e in events if e.event_type == "PROTEST"]


def test_protesters_blocking_a_road_still_protest(code_text):
    events = code_text("Angry residents blocked the road to Kisumu.")
    assert [e for e in events if e.event_type == "PROTEST"]


def test_rallies_someone_was_barred_from_holding_did_not_happen(code_text):
    events = code_text("The Netherlands barred Turkish ministers from holding rallies on its soil.")
    assert [e.event_type for e in events] == ["COERCE"]
    assert countries(events[0].source) == ["NLD"] and countries(events[0].target) == ["TUR"]



@pytest.mark.parametrize("text, country", [
    ("The Taliban barred girls from secondary schools in Afghanistan.", "AFG"),
    ("The Nicaraguan government banned journalists from covering the trial.", "NIC"),
])
def test_people_a_ruler_restricts_are_of_the_ruler_s_land(code_text, text, country):
    events = [e for e in code_text(text) if e.event_type == "COERCE"]
    assert events, text
    assert countries(events[0].target) == [country]


def test_foreigners_a_ruler_restricts_keep_their_country(code_text):
    events = [e for e in code_text("Iran banned two German journalists from leaving the country.")
              if e.event_type == "COERCE"]
    assert events and countries(events[0].target) == ["DEU"]


@pytest.mark.parametrize("text, source, target", [
    ("Lithuania closed its border with Belarus on Friday.", "LTU", "BLR"),
    ("The Taliban reopened the border with Pakistan on Sunday.", "AFG", "PAK"),
])
def test_a_border_closed_or_opened_is_aimed_at_the_land_beyond_it(code_text, text, source, target):
    events = [e for e in code_text(text) if e.event_type in {"COERCE", "CONCEDE"}]
    assert events, text
    assert countries(events[0].source) == [source] and countries(events[0].target) == [target]
