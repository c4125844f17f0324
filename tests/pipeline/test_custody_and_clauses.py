"""Session-19 readings of deaths at the hands of the police and of deaths told in a clause: harm done inside
a police station, jail staff as the police, the dead a relative clause tells of, and the dead of the act
in which they died ("died when gunmen raided the village")."""

from __future__ import annotations

import pytest

from event_helpers import kept


def _police_killings(events):
    return [e for e in kept(events, "ASSAULT") if e.fatalities and [a.sector for a in e.source] == ["COP"]]


@pytest.mark.parametrize("text", [
    "A dalit labourer died after being tortured at the Kotwali police station.",
    "A man died at the police station after he was beaten.",
    "Two constables were suspended after a suspect died during interrogation.",
    "a rickshaw puller died after he was hit on the head with a lathi by a constable.",
])
def test_harm_done_in_police_hands_is_the_police_s(code_text, text):
    killings = _police_killings(code_text(text))
    assert killings and killings[0].fatalities == 1, text


def test_a_death_near_a_police_station_is_no_police_killing(code_text):
    assert not _police_killings(code_text("A woman was killed by robbers near the police station."))


@pytest.mark.parametrize("text", [
    "An undertrial prisoner was beaten to death by jail staff, his relatives said.",
    "Prison guards beat an inmate to death in Tihar.",
])
def test_jail_staff_are_the_police(code_text, text):
    assert _police_killings(code_text(text)), text


@pytest.mark.parametrize("text, toll", [
    ("The policeman shot at the fleeing suspect, who died on the spot.", 1),
    ("Rioters stoned a constable who died in hospital.", 1),
])
def test_the_one_hit_who_died_is_the_dead_of_the_act(code_text, text, toll):
    events = kept(code_text(text), "ASSAULT")
    assert events and events[0].fatalities == toll


@pytest.mark.parametrize("text", [
    "Students protested against the police over a classmate who died in custody.",
    "Police arrested a man who died in custody two days later.",
])
def test_a_death_told_of_someone_protested_for_or_arrested_is_no_toll_of_that_act(code_text, text):
    events = [e for e in code_text(text) if e.event_type in {"PROTEST", "COERCE"}]
    assert events and all(e.fatalities is None for e in events)


@pytest.mark.parametrize("text, toll", [
    ("Three people died when armed men raided a homestead in Moyale on Sunday night.", 3),
    ("Two villagers died as bandits attacked a trading centre in Baringo.", 2),
])
def test_the_dead_of_a_clause_are_the_toll_of_the_act_in_which_they_died(code_text, text, toll):
    events = code_text(text)
    assert any(e.fatalities == toll for e in events), [(e.event_type, e.fatalities) for e in events]


def test_an_act_told_as_what_followed_the_deaths_has_no_toll(code_text):
    """'set fire to a police station after a man died in custody': the death is the cause, not the toll."""
    events = code_text("Protesters set fire to a police station after a man died in police custody in Kisumu.")
    arson = [e for e in events if e.trigger.text == "set"]
    assert arson and arson[0].fatalities is None


def test_both_who_died_in_the_next_sentence_are_two_dead(code_text):
    events = kept(code_text("Unknown gunmen shot two traders in Mandera town. Both died on the way to hospital."),
                  "ASSAULT")
    assert events and events[0].fatalities == 2
