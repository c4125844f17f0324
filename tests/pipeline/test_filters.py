"""The filter stage's conventions for actors the text leaves unnamed."""

from __future__ import annotations

import pytest


def _actors(actors):
    return [(a.text, a.country, a.sector) for a in actors]


@pytest.mark.parametrize(("text", "country"), [
    ("Three men were arrested in Pune on Sunday for the robbery.", "IND"),
    ("Two protesters were detained in Nairobi.", "KEN"),
])
def test_an_arrest_with_no_agent_was_made_by_the_police_of_the_place(code_text, text, country):
    [event] = code_text(text)
    assert (event.event_type, event.mode) == ("COERCE", "arrest")
    assert _actors(event.source) == [("", country, "COP")]
    assert event.target and event.target[0].country == country
    assert "implied-police-agent" in event.evidence


def test_a_named_arrester_stays(code_text):
    [event] = code_text("Azerbaijan arrested two Russian journalists.")
    assert _actors(event.source) == [("Azerbaijan", "AZE", "GOV")]
    assert "implied-police-agent" not in event.evidence


@pytest.mark.parametrize("text", ["The accused was arrested.", "The suspect was arrested."])
def test_an_arrest_of_someone_unnamed_is_the_police_s(code_text, text):
    # "the accused", tagged a verb, is a person as much as "the suspect"
    [event] = code_text(text)
    assert (event.event_type, event.mode) == ("COERCE", "arrest")
    assert _actors(event.source) == [("", None, "COP")] and event.target[0].text == text.split(" was")[0]


def test_a_protest_with_no_target_is_aimed_at_the_own_government(code_text):
    events = [e for e in code_text("Kenyan teachers protested in Nairobi over pay.") if e.event_type == "PROTEST"]
    assert events and _actors(events[0].target) == [("", "KEN", "GOV")]



def test_an_attack_at_a_named_place_with_no_attacker_named(code_text):
    [event] = code_text("A roadside bomb near the town of Samarra on Sunday killed one U.S. soldier.")
    assert event.event_type == "ASSAULT"
    assert _actors(event.source) == [("", "IRQ", "UAF")]
    assert [a.country for a in event.target] == ["USA"]
    assert "implied-unidentified-attacker" in event.evidence


def test_a_named_attacker_is_kept(code_text):
    events = code_text("Al-Shabaab militants killed two soldiers in Lamu.")
    assert events and all(a.sector != "UAF" for e in events for a in e.source)


def test_violence_between_two_groups_of_one_kind_stands(code_text):
    events = code_text("Amakuriat residents killed two people in Turkana on suspicion of witchcraft.")
    assert any(e.event_type == "ASSAULT" and e.source and e.target for e in events)


def test_an_actor_acting_on_itself_is_still_no_event(code_text):
    assert not [e for e in code_text("Kenya criticised Kenya.") if e.event_type == "ACCUSE"]


def test_the_dead_are_the_target_of_a_killing_that_names_no_victim(code_text):
    events = code_text("The minister said 23 deaths caused by police firing were reported from across the district.")
    [event] = [e for e in events if e.event_type == "ASSAULT"]
    assert _actors(event.source) == [("police", None, "COP")]
    assert [(a.country, a.sector) for a in event.target] == [(None, "CVL")]
    assert event.fatalities == 23
    assert "the-dead" in event.evidence


def test_arrests_written_as_a_noun_are_arrests_by_the_police(code_text):
    [event] = code_text("Several arrests were made in Lucknow as a precaution, but the day passed off peacefully.")
    assert (event.event_type, event.mode) == ("COERCE", "arrest")
    assert _actors(event.source) == [("", "IND", "COP")]
    assert _actors(event.target) == [("", "IND", "CVL")]
    assert "unnamed-arrested" in event.evidence


def test_the_agent_of_arrests_made_by_someone(code_text):
    [event] = code_text("The arrests made by the Hyderabad police on Thursday angered the traders.")
    assert (event.event_type, event.mode) == ("COERCE", "arrest")
    assert [a.sector for a in event.source] == ["COP"]


@pytest.mark.parametrize("text", [
    "On 6 May 2020, the OSCE monitors observed a total of 12 explosions near Popasna.",
    "The monitoring mission recorded 40 explosions near Popasna on Tuesday.",
])
def test_an_observer_is_not_the_attacker(code_text, text):
    events = code_text(text)
    assert all(a.sector != "IGO" and a.country != "OSCE" for e in events for a in e.source), events
    [event] = events
    assert event.event_type == "ASSAULT"
    assert _actors(event.source) == [("", "UKR", "UAF")]
    assert [a.country for a in event.target] == ["UKR"]
    assert event.location is not None and event.location.name == "Popasna"


@pytest.mark.parametrize(("text", "target"), [
    # a person the tables do not know, or a pronoun, arrested: a civilian, arrested by the police
    ("But still she was arrested in Patna.", "she"),
    ("Self-styled godman Ramesh Kulkarni is presently held by the Maharashtra police.",
     "Self-styled godman Ramesh Kulkarni"),
])
def test_whoever_is_arrested_is_a_person_even_unknown(code_text, text, target):
    events = [e for e in code_text(text) if (e.event_type, e.mode) == ("COERCE", "arrest")]
    assert events, code_text(text)
    assert [(a.text, a.sector) for a in events[0].target] == [(target, "CVL")]
    assert [a.sector for a in events[0].source] == ["COP"]


def test_talks_held_by_a_ministry_are_no_arrest(code_text):
    assert all(e.event_type != "COERCE" for e in code_text("Talks were held by the ministry on Monday."))


@pytest.mark.parametrize(("text", "source", "country"), [
    # fire from afar names a place, not whom it hit: the place's country is the target
    ("On 11 March 2021, Turkish forces carried out airstrikes on a ridge near Zakho in Dahuk, Iraq.",
     ("TUR", "MIL"), "IRQ"),
    ("On 14 March 2021, Saudi-led coalition air raids targeted Sirwah district, north of Marib city (Marib).",
     ("SAU", None), "YEM"),
    ("On 12 March 2021, rocket fire by unidentified forces was recorded in As Sabaa (Tripoli).",
     ("LBY", "UAF"), "LBY"),
])
def test_fire_from_afar_on_a_named_place(code_text, text, source, country):
    [event] = [e for e in code_text(text) if e.event_type == "ASSAULT"]
    assert [(a.country, a.sector) for a in event.source] == [source]
    assert [a.country for a in event.target] == [country]
    assert event.location is not None and event.location.country == country


def test_a_device_going_off_at_a_named_place_with_no_one_named(code_text):
    [event] = code_text("On 17 March 2021, an IED exploded near Mayadin in Deir-ez-Zor as soldiers drove by.")
    assert (event.event_type, event.mode) == ("ASSAULT", "explosives")
    assert [(a.country, a.sector) for a in event.source] == [("SYR", "UAF")]


def test_a_device_with_no_place_is_no_event(code_text):
    assert not [e for e in code_text("An IED exploded yesterday.") if e.event_type == "ASSAULT"]


def test_force_against_a_crowd_with_no_one_named_was_the_polices(code_text):
    events = code_text("Tear-gas shells were lobbed at the crowd in Nakuru on Monday.")
    [event] = [e for e in events if e.mode == "crowd-control"]
    assert [(a.country, a.sector) for a in event.source] == [("KEN", "COP")]
    assert "implied-police-agent" in event.evidence


def test_a_named_group_killing_victims_it_does_not_name_is_kept(code_text):
    # the victims unnamed (civilians by default) are not the mob itself, though both are civilians
    events = [e for e in code_text("A crowd of villagers lynched three suspected robbers who were carrying machetes.")
              if e.event_type == "ASSAULT"]
    assert events and events[0].fatalities == 3 and [a.sector for a in events[0].source] == ["CVL"]


def test_a_dropped_killing_hands_its_toll_to_the_attack_of_its_sentence(coder):
    """Built by hand: a kept attack with no toll and, in the same sentence, a killing dropped for want
    of its doer; the next sentence's attack keeps its own (absent) toll."""
    from dyadline.pipeline.candidate import Candidate
    from dyadline.pipeline.filters import _hand_over_tolls
    from dyadline.pipeline.lexicon import load_lexicon

    doc = coder.nlp("Police fired on the marchers and two were killed. Soldiers fired on a truck.")
    fire = next(r for r in load_lexicon().rules_for("fire", "VERB") if r.event_type == "ASSAULT")
    kill = load_lexicon().rules_for("kill", "VERB")[0]
    assert [doc[i].text for i in (1, 8, 11)] == ["fired", "killed", "fired"]
    first = Candidate(trigger_i=1, trigger_end_i=2, sentence_index=0, rule=fire)
    killing = Candidate(trigger_i=8, trigger_end_i=9, sentence_index=0, rule=kill, fatalities=2,
                        dropped="no-actor")
    later = Candidate(trigger_i=11, trigger_end_i=12, sentence_index=1, rule=fire)
    _hand_over_tolls(doc, [first, killing, later])
    assert first.fatalities == 2 and later.fatalities is None
    first.fatalities = None
    killing.dropped = "cancelled"  # a killing called off hands over nothing
    _hand_over_tolls(doc, [first, killing, later])
    assert first.fatalities is None


@pytest.mark.parametrize("text, sector", [
    ("Police repel an attack by Al Shabaab fighters near the border.", "REB"),
    ("Raiders strike homestead in bid to steal goats.", "REB"),
])
def test_an_armed_groups_attack_stands_with_no_target_named(code_text, text, sector):
    events = [e for e in code_text(text) if e.event_type == "ASSAULT"]
    assert events and [a.sector for a in events[0].source] == [sector]


def test_an_attack_of_no_armed_group_needs_a_target(code_text):
    assert [e for e in code_text("The attack by the newspaper was unexpected.") if e.event_type == "ASSAULT"] == []


def test_a_state_body_with_no_country_in_an_article_about_one_country_is_that_countrys(code_text):
    events = code_text("Boko Haram fighters attacked a village in northeast Nigeria on Monday. The army said it "
                       "killed 12 of the attackers. Troops also arrested three suspects.")
    later = [e for e in events if e.sentence_index > 0]
    assert later and all(_actors(e.source)[0][1:] == ("NGA", "MIL") for e in later)
    assert all("country-of-the-article" in e.evidence for e in later)


def test_a_news_outlets_land_is_not_the_articles(code_text):
    # a body with no country stays without one when the only land named is that of the agency quoted
    events = code_text("The ministry turned down a request from Reuters to film inside the camp. The army said "
                       "it arrested four smugglers.")
    assert events and all(a.country is None for e in events for a in e.source)
    assert not any("country-of-the-article" in e.evidence for e in events)


@pytest.mark.parametrize("text", [
    # two states named: whose army it is cannot be told
    "Militants attacked a village near the border between Niger and Mali on Monday. The army said it killed 12 "
    "of the attackers.",
    "Gunmen attacked a convoy carrying Chinese engineers in Pakistan. Troops said they killed three of the attackers.",
    # forces from abroad are not the host state's
    "Militants attacked a village in northern Mali. Peacekeepers said they killed 12 of the attackers.",
])
def test_no_country_of_the_article_when_two_are_named_or_the_force_is_foreign(code_text, text):
    later = [e for e in code_text(text) if e.sentence_index > 0 and e.event_type == "ASSAULT"]
    assert later and later[0].source[0].country is None


def test_a_named_judge_in_an_article_about_one_country_is_of_it(code_text):
    events = code_text("Judge Maria Lopez opened an investigation against three Peruvian officials suspected of "
                       "taking bribes.")
    [probe] = [e for e in events if e.event_type == "ACCUSE"]
    assert _actors(probe.source)[0][1:] == ("PER", "JUD")


@pytest.mark.parametrize(("text", "trigger", "country"), [
    # a foreign attacker's victims, whom no word places, are of the country of the place hit
    ("Russian drones hit an apartment block in Odesa overnight, killing nine residents.", "killing", "UKR"),
    ("Turkish jets bombed a village in Duhok province, wounding four farmers.", "wounding", "IRQ"),
])
def test_victims_of_a_foreign_attack_are_of_the_place_hit(code_text, text, trigger, country):
    [event] = [e for e in code_text(text) if e.trigger.text == trigger]
    assert event.location is not None and event.location.country == country
    assert {a.country for a in event.target} == {country}
    assert "victims-of-the-place" in event.evidence


@pytest.mark.parametrize(("text", "trigger", "country"), [
    # a force acting at home, or victims whose own words give their country, stay as they are
    ("Kenyan police shot dead two suspects in Mombasa on Friday.", "shot", "KEN"),
    ("Israeli troops shot dead two Palestinians in Hebron.", "shot", "PSE"),
])
def test_victims_at_home_or_named_keep_their_country(code_text, text, trigger, country):
    [event] = [e for e in code_text(text) if e.trigger.text == trigger]
    assert {a.country for a in event.target} == {country}
    assert "victims-of-the-place" not in event.evidence


@pytest.mark.parametrize(("text", "target"), [
    # people the sector table names as pupils, or as civilians out in the street
    ("Gunmen kidnapped 40 schoolchildren near Kaduna on Tuesday.", "EDU"),
    ("A car bomb killed nine shoppers at a market in Mogadishu.", "CVL"),
    ("Police fired tear gas at street vendors in Lagos.", "BUS"),
])
def test_people_of_a_kind_named_are_the_victims(code_text, text, target):
    events = [e for e in code_text(text) if e.event_type == "ASSAULT"]
    assert events and target in {a.sector for e in events for a in e.target}


@pytest.mark.parametrize("text", [
    "A detainee hanged himself in his cell at the police station in Kisumu.",
    "The suspect shot himself when officers surrounded his house.",
])
def test_harm_done_to_oneself_is_no_event(code_text, text):
    assert [e for e in code_text(text) if e.event_type == "ASSAULT"] == []


def test_a_bomber_who_blew_himself_up_attacked(code_text):
    events = code_text("A suicide bomber blew himself up at a checkpoint in Mogadishu, killing four soldiers.")
    assert any(e.event_type == "ASSAULT" and e.trigger.text == "blew" for e in events)


def test_put_to_death_by_the_rope(code_text):
    [hanged] = [e for e in code_text("Iran hanged two opponents of the government in Tehran on Monday.")
                if e.event_type == "ASSAULT"]
    assert hanged.fatalities == 2
    assert [(a.country, a.sector) for a in hanged.source] == [("IRN", "GOV")]
    assert [(a.country, a.sector) for a in hanged.target] == [("IRN", "OPP")]


def test_actors_of_an_act_told_to_happen_in_a_country_are_of_it(code_text):
    [killed] = [e for e in code_text("Suspected jihadists killed at least 12 soldiers in an attack on a military "
                                     "post in northern Burkina Faso, security sources said.") if e.trigger.text == "killed"]
    assert [(a.country, a.sector) for a in killed.source] == [("BFA", "REB")]
    assert [(a.country, a.sector) for a in killed.target] == [("BFA", "MIL")]


def test_a_country_named_only_in_what_the_crowd_wanted_does_not_place_the_crowd(code_text):
    [rally] = [e for e in code_text("Protesters rallied against the plan to hold talks in Qatar.")
               if e.event_type == "PROTEST"]
    assert all(a.country != "QAT" for a in rally.source)


def test_two_nations_forces_named_in_one_noun_fight_each_other(code_text):
    [clash] = [e for e in code_text("Chinese and Indian troops clashed along the disputed border in the "
                                    "Himalayas.") if e.trigger.text == "clashed"]
    assert [(a.country, a.sector) for a in clash.source] == [("CHN", "MIL")]
    assert [(a.country, a.sector) for a in clash.target] == [("IND", "MIL")]


@pytest.mark.parametrize(("text", "trigger", "country"), [
    # a country the act is aimed at or sends people to is not where the actors are from
    ("Militants threatened to deliver heavy blows to Kenya and Ethiopia.", "threatened", "KEN"),
    ("Police deported forty migrants to Turkey on Monday.", "deported", "TUR"),
])
def test_a_country_the_act_is_aimed_at_does_not_place_its_actors(code_text, text, trigger, country):
    [event] = [e for e in code_text(text) if e.trigger.text == trigger]
    assert all(a.country != country for a in event.source), [(a.text, a.country) for a in event.source]


def test_forces_fighting_alongside_allies_do_not_fight_each_other(code_text):
    [fight] = [e for e in code_text("North Korean troops fought alongside Russian forces near Kursk.")
               if e.trigger.text == "fought"]
    assert all(a.country != "PRK" for a in fight.target)


def test_a_country_named_in_the_act_does_not_make_both_sides_one(code_text):
    [threat] = [e for e in code_text("The rebels threatened to shell positions of the Hezbollah militia in "
                                     "neighbouring Lebanon.") if e.event_type == "THREATEN"]
    assert [a.country for a in threat.target] == ["LBN"]
    assert all(a.country != "LBN" for a in threat.source), [(a.text, a.country) for a in threat.source]


def test_one_flown_somewhere_is_not_visiting(code_text):
    events = code_text("Police detained opposition leader Kizza Besigye in Nairobi. Besigye was later flown to "
                       "Kampala.")
    assert not [e for e in events if e.event_type == "CONSULT"]


@pytest.mark.parametrize(("text", "sides"), [
    ("At least nine people died in clashes between Borana and Gabra herders on Tuesday.", 2),
    ("Four soldiers were killed in fighting between the army and jihadists near Djibo.", 2),
])
def test_a_killing_by_no_one_named_inside_a_fight_between_named_sides_is_that_fight(code_text, text, sides):
    events = [e for e in code_text(text) if e.event_type == "ASSAULT"]
    assert len(events) == 1, [(e.trigger.text, e.source, e.target) for e in events]
    [fight] = events
    assert fight.trigger.text in {"clashes", "fighting"}
    assert len(fight.source) + len(fight.target) == sides
    assert fight.fatalities in {9, 4}


def test_a_killing_by_named_doers_keeps_them_in_a_fight(code_text):
    events = code_text("Soldiers killed three jihadists in fighting between the army and militants near Djibo.")
    killing = [e for e in events if e.trigger.text == "killed"]
    assert killing and killing[0].source and killing[0].source[0].sector == "MIL"


def test_a_strike_called_off_is_a_concession_to_the_government(code_text):
    [concession] = [e for e in code_text("Zambian nurses called off their week-long strike on Friday.")
                    if e.event_type == "CONCEDE"]
    assert [(a.country, a.sector) for a in concession.target] == [("ZMB", "GOV")]


@pytest.mark.parametrize(("text", "source", "target"), [
    # the fire traded is no side: each side of the coordinated subject fights the other
    ("Thai and Cambodian troops exchanged artillery fire along the disputed border.", ("THA", "MIL"), ("KHM", "MIL")),
    # one country's two armed sides, the rebels and the forces for the government
    ("Houthi and pro-government forces exchanged fire near the city.", ("YEM", "REB"), ("YEM", "MIL")),
])
def test_sides_trading_fire_fight_each_other(code_text, text, source, target):
    [fight] = [e for e in code_text(text) if e.trigger.text == "exchanged"]
    assert [(a.country, a.sector) for a in fight.source] == [source]
    assert [(a.country, a.sector) for a in fight.target] == [target]


def test_those_fire_is_traded_with_are_the_target(code_text):
    [fight] = [e for e in code_text("Two robbers then exchanged fire with officers guarding a bank in Thika.")
               if e.trigger.text == "exchanged"]
    assert [a.sector for a in fight.target] == ["COP"] and [a.sector for a in fight.source] == ["CRM"]


def test_the_dead_of_a_gunfight_with_bandits_are_the_bandits(code_text):
    [killing] = [e for e in code_text("Police exchanged fire with bandits in Baringo, killing two.")
                 if e.trigger.text == "killing"]
    assert [(a.country, a.sector) for a in killing.target] == [("KEN", "CRM")]


def test_victims_of_a_raid_abroad_are_of_the_land_raided(code_text):
    # the place hangs on the camp that the raid of the act was on
    [killing] = [e for e in code_text("Kenyan troops killed 12 militants in a raid on an al-Shabaab camp in "
                                      "southern Somalia, the military said.") if e.trigger.text == "killed"]
    assert [(a.country, a.sector) for a in killing.target] == [("SOM", "REB")]
    assert [a.country for a in killing.source] == ["KEN"]


def test_victims_of_violence_in_a_place_are_of_that_place_like_their_attackers(code_text):
    [killing] = [e for e in code_text("Villagers in Kisii hacked to death five elderly people they accused of "
                                      "witchcraft.") if e.trigger.text == "hacked"]
    assert [(a.country, a.sector) for a in killing.target] == [("KEN", "CVL")]


def test_a_withdrawal_from_a_named_area_stands_without_a_target(code_text):
    [withdrawal] = [e for e in code_text("South Sudan's army withdrew from the disputed Abyei area.")
                    if e.trigger.text == "withdrew"]
    assert (withdrawal.event_type, [a.country for a in withdrawal.source]) == ("RETREAT", ["SSD"])
