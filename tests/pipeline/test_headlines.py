"""Headline verbs the tagger reads as nouns, and communal groups as the doers and victims of violence."""

from __future__ import annotations

import pytest


def _main(events, event_type):
    found = [e for e in events if e.event_type == event_type]
    assert found, [(e.trigger.text, e.event_type) for e in events]
    return found[0]


@pytest.mark.parametrize(("text", "event_type", "source", "target"), [
    # "attack" read as a compound of "civilians": the word before it acts, the phrase after it is acted on
    ("Degodia attack Garre civilians near Mandera", "ASSAULT", ("Degodia", "PRM"), ("Garre civilians", "CVL")),
    ("Police battle Mungiki sect in Nairobi", "ASSAULT", ("Police", "COP"), ("Mungiki sect", "PRM")),
    ("Garre militia attacks Degodia herdsman", "ASSAULT", ("Garre militia", "PRM"), ("Degodia herdsman", "CVL")),
    # what is exchanged is a thing; the other side is the "with"
    ("Police exchange fire with raiders in Baringo", "ASSAULT", ("Police", "COP"), ("raiders", "REB")),
    # parsed again with the verb in the past tense: the subject has words after its head, the object a clause
    ("Samburu youth attack journalists reporting on a disarmament drive", "ASSAULT", ("Samburu youth", "PRM"),
     ("journalists", "JRN")),
    ("Cattle raiders from a neighbouring group attack family during raid", "ASSAULT",
     ("Cattle raiders from a neighbouring group", "REB"), ("family", "CVL")),
])
def test_a_headline_verb_read_as_a_noun_gets_its_subject_and_object(code_text, text, event_type, source, target):
    event = _main(code_text(text), event_type)
    assert [(a.text, a.sector) for a in event.source] == [source]
    assert event.target and event.target[0].text.startswith(target[0]) and event.target[0].sector == target[1]


def test_an_action_noun_in_a_sentence_with_a_verb_stays_a_noun(code_text):
    events = code_text("Attack helicopters were deployed to the border on Monday.")
    assert all(e.event_type != "ASSAULT" for e in events)


def test_a_communal_group_doing_violence_is_a_militia_and_its_victims_civilians(code_text):
    event = _main(code_text("On 3 May, Pokot raiders killed two Turkana herders near Lokori."), "ASSAULT")
    assert [(a.country, a.sector) for a in event.source] == [("KEN", "REB")]  # "raiders" says the sector
    event = _main(code_text("Members of the Kabsiren clan attacked a village in Bungoma."), "ASSAULT")
    assert event.source[0].sector == "PRM" and event.source[0].country == "KEN"  # country of the place
    event = _main(code_text("Three Luo were killed by Kikuyu youths in Naivasha."), "ASSAULT")
    assert event.target[0].sector == "CVL" and event.target[0].country == "KEN"
    # a communal group not named ("rival ethnic groups", "two communities") is one too
    event = _main(code_text("Rival ethnic groups attacked each other near Molo, killing four."), "ASSAULT")
    assert event.source[0].sector == "PRM"


def test_a_peoples_name_is_no_place_unless_written_as_one(code_text):
    [event] = [e for e in code_text("Garre militia attacks Degodia herdsman") if e.event_type == "ASSAULT"]
    assert event.location is None or event.location.country != "FRA"  # (Garre, a village in France)
    event = _main(code_text("Bandits attacked herders in Turkana on Sunday."), "ASSAULT")
    assert event.location is not None and event.location.country == "KEN"


def test_shot_dead_read_as_a_noun_is_mended(code_text):
    # the small model reads "(A constable shot) dead (a rioter)"; the shooting is the verb again
    events = [e for e in code_text("A constable shot dead a rioter in Juhapura.") if e.event_type == "ASSAULT"]
    assert events, "no ASSAULT"
    e = events[0]
    assert [a.sector for a in e.source] == ["COP"] and "rioter" in e.target[0].text and e.fatalities == 1


def test_a_headline_attack_on_a_thing(code_text):
    # "gang" alone is no actor word; "Armed gang" is; what is attacked may be a place or building
    e = [e for e in code_text("Armed gang attacks police station in Garissa") if e.event_type == "ASSAULT"][0]
    assert [(a.country, a.sector) for a in e.source] == [("KEN", "UAF")]
    assert "station" in e.target[0].text


def test_a_noun_taken_for_a_headline_verb_that_is_no_verb_stays_an_event_noun(code_text):
    e = [e for e in code_text("Students stage demonstration in Eldoret over fees") if e.event_type == "PROTEST"][0]
    assert [a.sector for a in e.source] == ["EDU"]


def test_up_to_a_number_is_no_particle(code_text):
    e = [e for e in code_text("Afghan rebels have kidnapped up to 16 Russian civilian advisers from a town bazaar.")
         if e.event_type == "ASSAULT"][0]
    assert e.mode == "abduct" and [(a.country, a.sector) for a in e.target] == [("RUS", "CVL")]


def test_a_particle_up_that_makes_the_verb_stays(code_text):
    e = [e for e in code_text("Kenyan police rounded up 30 suspects in Eastleigh.") if e.event_type == "COERCE"][0]
    assert e.mode == "arrest"


@pytest.mark.parametrize(("text", "mode", "source", "target"), [
    # an adverb "down" holding the object: the verb's particle
    ("Ethiopian ethnic militia guns down three Kenyan police officers on patrol near Moyale", "firearms", "ETH",
     ("KEN", "COP")),
    # the last noun of a compound chain is the object
    ("Police battle armed cattle raiders in Baringo county", None, "KEN", ("KEN", "REB")),
    # "fire" read as a noun with the rounds in apposition
    ("Militants fire several rockets towards army base in Lamu County.", "heavy-weapons", "KEN", ("KEN", "MIL")),
    ("Al Shabaab militants throw grenade at Kenyan police station in Wajir", "explosives", "SOM", ("KEN", "COP")),
])
def test_headline_misreadings_mended(code_text, text, mode, source, target):
    event = _main(code_text(text), "ASSAULT")
    assert event.mode == mode and event.source[0].country == source
    assert (event.target[0].country, event.target[0].sector) == target


def test_a_headline_opening_with_a_capitalised_event_noun(code_text):
    # "Clash" opening the line is tagged as a proper noun; it is the clash all the same
    event = _main(code_text("Clash between Pokot warriors and UPDF near Amudat."), "ASSAULT")
    assert event.source[0].sector == "PRM" and (event.target[0].country, event.target[0].sector) == ("UGA", "MIL")


def test_people_counted_before_a_bare_participle_are_its_victims(code_text):
    # "Four police ... killed": a headline's passive, not the police killing
    events = [e for e in code_text("Four police and one reservist killed near Mandera, two police missing.")
              if e.event_type == "ASSAULT"]
    assert events and all(a.sector != "COP" for a in events[0].source)
    assert [a.sector for a in events[0].target] == ["COP", "MIL"] and events[0].fatalities == 5
    # with an object the verb is active
    [event] = [e for e in code_text("Three gunmen attacked a bus in Mandera.") if e.event_type == "ASSAULT"]
    assert [a.sector for a in event.source] == ["UAF"]


def test_a_name_read_as_an_english_word_is_parsed_as_a_name(code_text):
    # "IS" read as the verb "is" tore the object apart: the victims were "4", civilians
    [event] = [e for e in code_text("The Badr Organization killed 4 IS militants east of Samarra.")
               if e.event_type == "ASSAULT"]
    assert [(a.text, a.sector) for a in event.target] == [("4 IS militants", "REB")] and event.fatalities == 4


@pytest.mark.parametrize(("text", "source", "dead"), [
    # a count before "shot dead" makes the tagger read "shot" as a noun the number counts
    ("Two shot dead by police in Rajkot", ("police", "COP"), 2),
    ("4 shot dead by gunmen near Garissa", ("gunmen", "UAF"), 4),
    ("3 shot dead in police firing at Morbi", ("police", "COP"), 3),
])
def test_a_count_shot_dead_in_a_headline_is_the_victims_of_a_shooting(code_text, text, source, dead):
    event = _main(code_text(text), "ASSAULT")
    assert event.trigger.text == "shot" and event.fatalities == dead
    assert [(a.text.split()[0], a.sector) for a in event.source] == [source]
    assert [a.sector for a in event.target] == ["CVL"]


@pytest.mark.parametrize(("text", "dead"), [
    # "Police firing kills 2": the firing the police's, the headline verb read as a noun it fired
    ("Police firing kills 2 in Jamnagar", 2),
    ("Police firing claims three lives in Dahod", 3),
])
def test_a_headline_verb_after_the_police_firing_is_the_verb(code_text, text, dead):
    [event] = [e for e in code_text(text) if e.fatalities is not None]
    assert [a.sector for a in event.source] == ["COP"] and event.fatalities == dead


@pytest.mark.parametrize("text", [
    "Police shot dead wanted robber Peter Kamau in Thika.",
    "Detectives shot dead wanted gang leader Ali Hassan near Garissa.",
])
def test_wanted_before_a_name_is_no_verb(code_text, text):
    [event] = [e for e in code_text(text) if e.trigger.text == "shot"]
    assert event.event_type == "ASSAULT" and event.fatalities == 1
    assert any("wanted" in a.text for a in event.target), [a.text for a in event.target]


def test_bodies_found_before_a_dash_is_the_headlines_verb(code_text):
    # before the dash the tagger reads "found" as an auxiliary of the verb after it
    events = code_text("9 Bodies found - thought to be victims of the cattle raids near Baragoi.")
    found = [e for e in events if e.trigger.text == "found"]
    assert found and found[0].event_type == "ASSAULT" and found[0].fatalities == 9, [
        (e.trigger.text, e.event_type, e.fatalities) for e in events]


@pytest.mark.parametrize(("text", "victim"), [
    # told dead with no one else named: the headline's subject is the victim, not the killer
    ("Man hacked to death over land row in Kisii", "Man"),
    ("Trader clubbed to death in Kakamega market", "Trader"),
])
def test_a_headline_subject_hacked_to_death_is_the_victim(code_text, text, victim):
    event = _main(code_text(text), "ASSAULT")
    assert [a.text for a in event.target] == [victim]
    assert event.fatalities == 1
    assert all(a.text != victim for a in event.source)


@pytest.mark.parametrize(("text", "trigger", "source", "place"), [
    # a protest written in the present tense and read as a noun, with a tensed verb in a later clause
    ("Hawkers in Kitale town protest after their stalls are pulled down.", "protest", "Hawkers in Kitale town",
     "Kitale"),
    ("Residents of Naivasha protest for three days over a water shortage.", "protest", "Residents of Naivasha",
     "Naivasha"),
    ("Nyeri students riot in protest of the expulsion of a classmate", "riot", "Nyeri students", None),
])
def test_a_headline_protest_read_as_a_noun_has_its_crowd_as_the_doer(code_text, text, trigger, source, place):
    [event] = [e for e in code_text(text) if e.trigger.text == trigger]
    assert event.event_type == "PROTEST"
    assert [a.text for a in event.source] == [source]
    if place is not None:
        assert event.location is not None and event.location.name == place


def test_a_protest_noun_with_its_own_verb_stays_a_noun(code_text):
    [event] = [e for e in code_text("The student protest turned violent when police arrived.")
               if e.trigger.text == "protest"]
    assert "protest/NOUN" in event.evidence


@pytest.mark.parametrize(("text", "source", "sector", "dead"), [
    # "shot" after "a rage" read as a noun ("rage shot"): the sentence lost its verb
    ("A prison warder in a rage shot dead three inmates at a jail in Naivasha on Monday.", "A prison warder", "COP",
     3),
    ("A reservist in a rage shot dead five villagers in a market near Marsabit.", "A reservist", "MIL", 5),
    ("A drunk soldier in a rage shot dead two bar patrons in Eldoret on Saturday night.", "A drunk soldier", "MIL", 2),
])
def test_shot_dead_read_as_a_noun_after_a_phrase_is_the_verb(code_text, text, source, sector, dead):
    [event] = [e for e in code_text(text) if e.trigger.text == "shot"]
    assert [(a.text, a.sector) for a in event.source] == [(source, sector)]
    assert event.fatalities == dead
