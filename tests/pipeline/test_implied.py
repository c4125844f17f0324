"""The actors a report leaves unnamed: each put in by a named rule the event's evidence cites."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "event_type", "role", "sector", "tag"), [
    ("Three men were arrested in Pune on Sunday.", "COERCE", "source", "COP", "implied-police-agent"),
    ("Protests in Kakamega over rising crime.", "PROTEST", "target", "GOV", "implied-government-target"),
    ("A roadside bomb near Samarra killed a U.S. soldier.", "ASSAULT", "source", "UAF",
     "implied-unidentified-attacker"),
    ("In Lucknow, the police were forced to burst tear-gas shells.", "ASSAULT", "target", "CVL", "the-crowd"),
    ("Herders in Mandera discovered five bodies in a shallow grave.", "ASSAULT", "target", "CVL", "the-dead-found"),
    # deaths with no one named on either side: the dead, civilians unless told
    ("A clash over pasture caused one death near Moyale.", "ASSAULT", "target", "CVL", "the-unnamed-dead"),
    ("Post-election clashes near Wajir claimed one life.", "ASSAULT", "target", "CVL", "the-unnamed-dead"),
])
def test_an_unnamed_actor_and_the_rule_that_put_it_in(code_text, text, event_type, role, sector, tag):
    events = [e for e in code_text(text) if e.event_type == event_type]
    assert events, text
    actors = events[0].source if role == "source" else events[0].target
    assert [a.sector for a in actors] == [sector] and actors[0].text == ""
    assert tag in events[0].evidence



def test_the_unnamed_dead_keep_their_toll_and_get_the_attackers_of_a_named_place(code_text):
    [event] = [e for e in code_text("Four killed in Mandera on Sunday night.") if e.event_type == "ASSAULT"]
    assert event.fatalities == 4 and [a.sector for a in event.target] == ["CVL"]
    assert [(a.country, a.sector) for a in event.source] == [("KEN", "UAF")]


def test_no_unnamed_dead_without_a_death(code_text):
    assert not [e for e in code_text("A clash broke out over land on Sunday.") if e.event_type == "ASSAULT"]


@pytest.mark.parametrize(("text", "side"), [
    ("Clashes between rival clans over pasture near Isiolo.", "rival clans"),
    ("Fighting among rival gangs was reported in Mathare.", "rival gangs"),
    ("2 unidentified communities clashed over watering points.", "2 unidentified communities"),
])
def test_one_group_fighting_within_itself_is_on_both_sides(code_text, text, side):
    [event] = [e for e in code_text(text) if e.event_type == "ASSAULT"]
    assert [a.text for a in event.source] == [side] and [a.text for a in event.target] == [side]
    assert "each-other" in event.evidence


def test_two_sides_of_a_clash_stay_two(code_text):
    [event] = [e for e in code_text("Police and protesters clashed in Nairobi.") if e.event_type == "ASSAULT"]
    assert [a.sector for a in event.source] == ["COP"] and [a.sector for a in event.target] == ["CVL"]


def test_violence_near_a_village_the_gazetteer_lacks_is_at_that_place(code_text):
    # the mission names Ukraine; "Bolotene" is too small for the gazetteer, but the text names a place
    [event] = [e for e in code_text("On 14 March 2021, OSCE SMM monitors noted four explosions involving "
                                    "weapons they could not identify near Bolotene.") if e.event_type == "ASSAULT"]
    assert [(a.country, a.sector) for a in event.source] == [("UKR", "UAF")]
    assert "unattributed-at-place" in event.evidence
    assert event.acled is not None and event.acled.sub_event_type == "Shelling/artillery/missile attack"
    # with no place written, no one is made up
    assert not [e for e in code_text("Two explosions were heard overnight.") if e.event_type == "ASSAULT"]


def test_a_gunfight_with_no_side_named_is_between_unidentified_armed_men_of_the_place(code_text):
    [fight] = [e for e in code_text("A shoot-out broke out in Eldoret on Monday night.") if e.event_type == "ASSAULT"]
    assert [(a.country, a.sector) for a in fight.source] == [("KEN", "UAF")]
    assert [(a.country, a.sector) for a in fight.target] == [("KEN", "UAF")]
    assert "unnamed-fighters" in fight.evidence and fight.acled is not None
    assert fight.acled.sub_event_type == "Armed clash"


def test_forces_readied_in_a_land_not_their_own_face_that_land(code_text):
    [alert] = [e for e in code_text("Turkish troops were put on alert in northern Syria on Friday.")
               if e.event_type == "MOBILIZE"]
    assert [a.country for a in alert.target] == ["SYR"]
    assert "land-where-forces-stand" in alert.evidence


def test_forces_readied_at_home_face_no_one_named(code_text):
    [alert] = [e for e in code_text("Turkish troops were put on alert in Ankara on Friday.")
               if e.event_type == "MOBILIZE"]
    assert alert.target == ()


def test_measures_eased_in_a_land_not_the_doers_face_that_land(code_text):
    [eased] = [e for e in code_text("Serbia eased emergency measures on Monday in Kosovo.")
               if e.event_type == "CONCEDE"]
    assert [a.country for a in eased.target] == ["XKX"]


def test_an_offensive_in_a_foreign_region_targets_that_country(code_text):
    [offensive] = [e for e in code_text("Russia launched a large-scale offensive in the Zaporizhzhia region.")
                   if e.event_type == "ASSAULT"]
    assert [a.country for a in offensive.source] == ["RUS"]
    assert [a.country for a in offensive.target] == ["UKR"]
