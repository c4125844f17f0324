"""Session-20 readings: who answers for an act did it ("is responsible for the killings", "guilty of
breaking the truce", "held the army responsible for the massacre"); a refused act is a rejection ("declined
to resign", not "declined to comment"); a place left by one's own forces; a threat aimed at the subject of
its condition when the act is told as a clause; and words of acts the lexicon lacked."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import countries, kept


@pytest.mark.parametrize("text, source, event_type", [
    ("The Myanmar army is responsible for the killings of hundreds of villagers, a UN panel said.", "MMR",
     "ASSAULT"),
    ("A court in Arusha found the Rwandan militia leader guilty of murdering dozens of refugees.", "RWA",
     "ASSAULT"),
    ("Rights monitors held the Ethiopian army responsible for the massacre of civilians in the town.", "ETH",
     "ASSAULT"),
    ("Investigators said Syrian government forces were guilty of violating the truce near Idlib.", "SYR",
     "ASSAULT"),
])
def test_the_one_who_answers_for_an_act_did_it(code_text, text, source, event_type):
    acts = kept(code_text(text), event_type)
    assert acts, text
    assert source in countries(acts[0].source), [(a.text, a.country) for a in acts[0].source]


@pytest.mark.parametrize("text, rejected", [
    ("The Peruvian interior minister declined to resign despite the protests.", True),
    ("The Peruvian interior minister declined to comment on the protests.", False),
])
def test_a_refused_act_is_a_rejection_and_a_refused_comment_is_not(code_text, text, rejected):
    events = code_text(text)
    assert bool(kept(events, "REJECT")) is rejected, [(e.event_type, e.trigger.text) for e in events]
    # the act refused is not coded as done
    assert not kept(events, "RETREAT")


def test_forces_leaving_a_town_of_their_own_land_withdraw(code_text):
    """No other country is named as the target, but the withdrawal from a named town stands."""
    retreats = kept(code_text("Nigerian troops withdrew from the town of Gwoza on Sunday."), "RETREAT")
    assert retreats
    assert countries(retreats[0].source) == ["NGA"]
    assert retreats[0].location is not None and retreats[0].location.country == "NGA"


def test_a_threat_told_as_a_clause_is_aimed_at_the_subject_of_its_condition(code_text):
    threats = kept(code_text("Belgrade warned it would send in the army if Pristina declared independence."),
                   "THREATEN")
    assert threats
    assert countries(threats[0].source) == ["SRB"]
    assert countries(threats[0].target) == ["XKX"]


@pytest.mark.parametrize("text, event_type, cameo", [
    ("Armenian officials said Azerbaijani troops violated the ceasefire twice overnight.", "ASSAULT", "196"),
    ("Monitors recorded dozens of ceasefire violations by Russian forces on Tuesday.", "ASSAULT", "196"),
    ("Two Belgian aid workers sexually abused children at a camp in Goma, investigators said.", "ASSAULT",
     "1821"),
    ("Greece and Cyprus reached a consensus on the gas pipeline on Friday.", "AGREE", "030"),
    ("Turkish jets strafed Kurdish rebel positions in northern Iraq.", "ASSAULT", "195"),
    ("Syrian army units rocketed rebel-held districts of Homs.", "ASSAULT", "194"),
    ("Ethiopian artillery bombarded Eritrean trenches near Badme.", "ASSAULT", "194"),
    ("Saudi Arabia lifted its blockade of the Yemeni port of Hodeidah.", "RETREAT", "0872"),
    ("Egypt eased the siege of the border crossing on Monday.", "RETREAT", "0872"),
    ("Nepal lifted the curfew in Kathmandu on Friday.", "CONCEDE", "081"),
    ("The junta allowed the opposition leader to address a rally in Yangon.", "CONCEDE", "080"),
    ("Sudan permitted UN monitors to enter Darfur on Wednesday.", "RETREAT", "086"),
    ("Indian and Nepali police worked together to dismantle a trafficking ring.", "COOPERATE", "060"),
    ("Cuban doctors treated the wounded at a field hospital in Port-au-Prince.", "AID", "073"),
    ("Norway pledged 20 million dollars in emergency assistance to Haiti.", "AID", "073"),
    ("Colombia and the ELN resumed talks in Havana on Monday.", "CONSULT", "040"),
])
def test_words_of_acts(code_text, text, event_type, cameo):
    events = code_text(text)
    found = [e for e in kept(events, event_type) if e.cameo == cameo]
    assert found, [(e.event_type, e.cameo, e.trigger.text) for e in events]


def test_an_infinitive_readiness_to_join_talks_is_an_agreement(code_text):
    events = code_text("The rebel command said it was ready to join peace talks with the government in Juba.",
                       date=dt.date(2019, 4, 2))
    assert kept(events, "AGREE"), [(e.event_type, e.trigger.text) for e in events]


@pytest.mark.parametrize("text", [
    "Sunnis demanded a greater share of posts in the new cabinet.",
    "Shiites marched through Karbala on Friday demanding the release of clerics.",
])
def test_followers_of_a_branch_of_a_faith_are_religious_actors(code_text, text):
    events = code_text(text)
    assert any(a.sector == "REL" for e in events for a in e.source), [
        (e.event_type, [(a.text, a.sector) for a in e.source]) for e in events]


@pytest.mark.parametrize("text, event_type, source, target", [
    # British spelling of a body's name; a summit acting for the body that holds it
    ("The Organisation of the Islamic Conference called on India to end the violence in Kashmir.", "REQUEST",
     "OIC", "IND"),
    ("The OAU summit endorsed a plan to send observers to Burundi.", "SUPPORT", "AU", None),
    # what is fired is no target; where it is aimed is
    ("Hezbollah fired Katyusha rockets at the Israeli town of Kiryat Shmona.", "ASSAULT", None, "ISR"),
    # a passive agreement between two sides; an extradition from one land to another
    ("A deal on the disputed enclave was reached between Armenia and Azerbaijan in Sochi.", "SUPPORT", "ARM",
     None),
    ("A suspected ETA member was extradited from Mexico to Spain on Friday.", "COOPERATE", "MEX", "ESP"),
    ("New threats were issued against Danish journalists by Islamist groups.", "THREATEN", None, "DNK"),
    ("Colombia extended a 40 million dollar credit to Ecuador.", "AID", "COL", "ECU"),
    ("Hindu nationalists burned Pakistani flags outside the Pakistani mission in New Delhi.", "PROTEST", None,
     "PAK"),
])
def test_session_20_roles(code_text, text, event_type, source, target):
    events = kept(code_text(text), event_type)
    assert events, [(e.event_type, e.trigger.text) for e in code_text(text)]
    if source is not None:
        assert source in countries(events[0].source), [(a.text, a.country) for a in events[0].source]
    if target is not None:
        assert target in countries(events[0].target), [(a.text, a.country) for a in events[0].target]


def test_intelligence_shared_is_information_not_an_agency(code_text):
    events = code_text("Kenya and Uganda agreed to share intelligence on cattle rustlers.")
    assert events
    assert all(a.sector != "SPY" for e in events for a in e.target), [
        (e.event_type, [(a.text, a.sector) for a in e.target]) for e in events]


@pytest.mark.parametrize("text, event_type", [
    ("The Maoist rebels said they would observe a ceasefire during the festival.", "AGREE"),
    ("Kosovo Serb and Albanian leaders initialled an accord on local policing.", "AGREE"),
    ("The Ugandan electoral body deregistered two opposition parties.", "COERCE"),
    ("Tehran was prepared to resume talks with the European Union, the minister said.", "AGREE"),
    ("Chinese warships massed near the disputed reef on Monday.", "MOBILIZE"),
    ("Hundreds of students massed outside the parliament in Kampala.", "PROTEST"),
    ("Sri Lankan troops evacuated their camp at Elephant Pass.", "RETREAT"),
    ("Moslems in Srinagar demanded the return of the holy relic.", "REQUEST"),
])
def test_session_20_words(code_text, text, event_type):
    events = code_text(text)
    assert kept(events, event_type), [(e.event_type, e.trigger.text) for e in events]


def test_a_death_protested_is_not_the_protest_s_toll(code_text):
    events = code_text("Traders in Kisumu lit bonfires and blocked roads to protest the killing of a hawker.",
                       date=dt.date(2019, 6, 3))
    assert events
    assert all(e.fatalities is None for e in events), [(e.event_type, e.fatalities) for e in events]


@pytest.mark.parametrize("text, fatalities", [
    ("The bodies of three herders were recovered from a river in Isiolo.", 3),
    ("A tribal was shot dead by forest guards in the Nilgiris on Sunday.", 1),
])
def test_the_dead_found_or_named_by_a_word_of_one(code_text, text, fatalities):
    events = code_text(text)
    assert any(e.fatalities == fatalities for e in events), [(e.event_type, e.fatalities) for e in events]


@pytest.mark.parametrize("text", [
    "The ASI fired at the fleeing suspect, killing him on the spot in Ludhiana.",
    "Relatives said the farmer was beaten to death at the Sadar police station.",
])
def test_indian_police_ranks_and_stations_are_the_police(code_text, text):
    events = [e for e in code_text(text, date=dt.date(2012, 5, 2)) if e.event_type == "ASSAULT"]
    assert any(a.sector == "COP" for e in events for a in e.source), [
        (e.trigger.text, [(a.text, a.sector) for a in e.source]) for e in events]


@pytest.mark.parametrize("text, event_type, source", [
    # an act held out by a word of the one who offers, threatens or refuses it is not done
    ("Eritrea's offer to withdraw its forces from the border was welcomed by the OAU.", "AGREE", "ERI"),
    ("Iran's threat to expel the inspectors worried European diplomats.", "THREATEN", "IRN"),
])
def test_an_act_held_out_by_a_noun_is_its_owner_s_intent(code_text, text, event_type, source):
    events = code_text(text, date=dt.date(1999, 3, 1))
    held = kept(events, event_type)
    assert held, [(e.event_type, e.trigger.text, e.negated) for e in events]
    assert source in countries(held[0].source)
    assert not kept(events, "RETREAT") and not kept(events, "SANCTION")


def test_an_act_refused_in_a_noun_is_not_done(code_text):
    events = code_text("Libya's refusal to hand over the two suspects angered London.", date=dt.date(1993, 3, 1))
    assert not [e for e in events if e.event_type == "COOPERATE" and not e.negated], [
        (e.event_type, e.trigger.text, e.negated) for e in events]


def test_who_is_due_somewhere_for_a_visit_makes_it(code_text):
    visits = kept(code_text("The Japanese foreign minister is due in Seoul on Friday for a two-day visit.",
                            date=dt.date(1998, 10, 5)), "CONSULT")
    assert visits
    assert countries(visits[0].source) == ["JPN"] and countries(visits[0].target) == ["KOR"]


def test_a_plan_dropped_is_a_concession_with_no_one_else_named(code_text):
    concessions = kept(code_text("Bolivia's government dropped its plan to raise fuel prices."), "CONCEDE")
    assert concessions and countries(concessions[0].source) == ["BOL"]

