"""Session-17 readings: deaths no one caused (accidents, floods, illness), the doer of a death told in a
"where" clause or for a share of the dead, passive participles tagged as past tenses, and more ways of
stepping back (resigning, abandoning positions, dismantling, handing back, granting access)."""

from __future__ import annotations

import pytest

from event_helpers import countries, kept


@pytest.mark.parametrize("text", [
    "Three passengers died in a bus accident near Nakuru on Sunday.",
    "Eleven villagers died in the floods that hit the district last week.",
    "The former mayor died of cancer in a Nairobi hospital.",
    "A trader died of injuries sustained in a road crash on the highway.",
    "The detained journalist died of a heart attack, the prison service said.",
])
def test_a_death_no_one_caused_is_no_attack(code_text, text):
    assert not kept(code_text(text), "ASSAULT")


def test_cardiac_arrest_is_no_arrest(code_text):
    assert not kept(code_text("The opposition leader suffered cardiac arrest during the hearing."), "COERCE")


def test_dying_of_injuries_from_police_fire_is_a_killing_by_the_police(code_text):
    [death] = kept(code_text("A student died of injuries sustained in police firing in Patna."), "ASSAULT")
    assert [a.sector for a in death.source] == ["COP"]
    assert death.fatalities == 1


def test_a_killing_where_the_police_fired_is_theirs(code_text):
    events = code_text("The police opened fire in Meerut where one youth was killed.")
    killings = [e for e in kept(events, "ASSAULT") if e.fatalities]
    assert killings and all(a.sector == "COP" for e in killings for a in e.source)


def test_a_share_of_the_dead_killed_in_police_firing_is_the_police_killing(code_text):
    [death] = kept(code_text("Nine people were killed, three of them in police firing."), "ASSAULT")
    assert [a.sector for a in death.source] == ["COP"]


def test_a_passive_participle_tagged_as_a_past_tense_keeps_its_doer(code_text):
    events = code_text("Two soldiers died in the crash of an army helicopter shot down by rebels.")
    [downing] = [e for e in kept(events, "ASSAULT") if e.trigger.text.startswith("shot")]
    assert [a.sector for a in downing.source] == ["REB"]
    assert [a.sector for a in downing.target] == ["MIL"]


@pytest.mark.parametrize(("text", "mode"), [
    ("Peru's interior minister stepped down on Thursday after the prison escape.", "resign"),
    ("The Lebanese prime minister quit amid a wave of strikes.", "resign"),
    ("Sudanese troops abandoned their positions near the Ethiopian border.", "withdraw"),
    ("Libya dismantled its chemical weapons programme under a deal with the United States.", "disarm"),
    ("Myanmar granted United Nations investigators access to Rakhine state.", "access"),
    ("Greece handed back the seized tanker to Iran on Monday.", "release"),
])
def test_ways_of_stepping_back_are_retreats(code_text, text, mode):
    retreats = kept(code_text(text), "RETREAT")
    assert [e.mode for e in retreats] == [mode]


def test_the_tanker_handed_back_goes_to_its_owner(code_text):
    [retreat] = kept(code_text("Greece handed back the seized tanker to Iran on Monday."), "RETREAT")
    assert countries(retreat.source) == ["GRC"] and countries(retreat.target) == ["IRN"]


def test_a_passive_cut_short_after_when_names_the_attacked(code_text):
    events = code_text("The border guards fired back when attacked by smugglers near Herat.")
    [attack] = [e for e in kept(events, "ASSAULT") if e.trigger.text == "attacked"]
    assert [a.sector for a in attack.source] != [a.sector for a in attack.target]
    assert "smugglers" in attack.source[0].text and "guards" in attack.target[0].text


def test_a_threat_if_attacked_does_not_make_the_threatener_an_attacker(code_text):
    events = code_text("Venezuela warned it would shut its oil terminals if attacked.")
    assert all(a.country != "VEN" for e in events if e.event_type == "ASSAULT" for a in e.source)
    assert all(e.hypothetical for e in events if e.event_type == "ASSAULT")


def test_pledged_support_is_support(code_text):
    [backing] = kept(code_text("Canada pledged its support for Moldova's bid to join the bloc."), "SUPPORT")
    assert countries(backing.source) == ["CAN"] and countries(backing.target) == ["MDA"]


@pytest.mark.parametrize("text", [
    "Two more die in police firing",
    "The death of a college student in police firing has angered the residents.",
    "Three persons succumbed to bullet injuries in police firing.",
    "The firing by the police left two persons dead and six injured.",
])
def test_deaths_in_police_firing_are_the_polices_killings(code_text, text):
    killings = [e for e in kept(code_text(text), "ASSAULT") if e.cameo == "1823"]
    assert killings and all([a.sector for a in e.source] == ["COP"] for e in killings)


def test_police_holding_foreigners_are_not_of_the_foreigners_country(code_text):
    events = code_text("Iran let the detained British sailors go after two weeks.")
    assert all(a.country != "GBR" for e in kept(events, "COERCE") for a in e.source)


def test_a_death_after_a_blow_from_a_police_baton_is_the_polices(code_text):
    [death] = kept(code_text("An old farmer died after being hit by a police baton in Rajkot."), "ASSAULT")
    assert [a.sector for a in death.source] == ["COP"]


@pytest.mark.parametrize(("text", "attacks"), [
    ("A pupil died after being hit by a car near the school gate.", 0),
    ("A hawker died after being run over by a police truck in the market.", 1),
])
def test_run_over_by_a_vehicle_is_an_attack_only_when_someones(code_text, text, attacks):
    assert len(kept(code_text(text), "ASSAULT")) == attacks


@pytest.mark.parametrize("text", [
    "The Serbian government withdrew the mining bill after weeks of demonstrations.",
    "Nigeria's president shelved the fuel subsidy reform after the strike.",
])
def test_taking_back_a_policy_is_a_concession(code_text, text):
    assert kept(code_text(text), "CONCEDE")


def test_tel_aviv_warned_stands_for_israel(code_text):
    [threat] = kept(code_text("Ankara warned Tel Aviv of a firm response to any raid on its ships."), "THREATEN")
    assert countries(threat.source) == ["TUR"] and countries(threat.target) == ["ISR"]


def test_saying_a_state_violated_its_commitments_accuses_it(code_text):
    [accusation] = kept(code_text("Seoul said on Friday that Pyongyang had violated the military accord."), "ACCUSE")
    assert countries(accusation.source) == ["KOR"] and countries(accusation.target) == ["PRK"]


def test_slapped_sanctions_are_the_slappers(code_text):
    [sanction] = kept(code_text("Canada slapped sanctions on Iranian judges over the crackdown."), "SANCTION")
    assert countries(sanction.source) == ["CAN"] and countries(sanction.target) == ["IRN"]


@pytest.mark.parametrize("text", [
    "Baku said it would not negotiate with Yerevan until the troops left.",
    "Azerbaijan will not hold talks with Armenia this month, its foreign ministry said.",
])
def test_declining_talks_ahead_is_a_refusal(code_text, text):
    [refusal] = kept(code_text(text), "REJECT")
    assert countries(refusal.source) == ["AZE"] and countries(refusal.target) == ["ARM"]


def test_talks_that_did_not_happen_are_no_refusal(code_text):
    events = code_text("Azerbaijan did not hold talks with Armenia in May.")
    assert not kept(events, "REJECT")


def test_leaders_meeting_abroad_are_not_of_the_host_country(code_text):
    [meeting] = kept(code_text("The two presidents met in Geneva on Tuesday."), "CONSULT")
    assert all(a.country != "CHE" for a in meeting.source + meeting.target)


@pytest.mark.parametrize("text", [
    "Ethnic clash over grazing land near Moyale.",
    "An inter-clan clash broke out in Mandera on Sunday.",
])
def test_a_clash_between_communities_with_no_side_named_sets_militias_on_both_sides(code_text, text):
    [clash] = kept(code_text(text), "ASSAULT")
    assert [a.sector for a in clash.source] == ["PRM"] and [a.sector for a in clash.target] == ["PRM"]
    assert clash.acled is not None and clash.acled.sub_event_type == "Armed clash"


def test_export_curbs_on_a_country_are_a_sanction(code_text):
    [sanction] = kept(code_text("China imposed export curbs on Lithuania in December."), "SANCTION")
    assert countries(sanction.source) == ["CHN"] and countries(sanction.target) == ["LTU"]


def test_price_controls_at_home_are_no_sanction(code_text):
    assert not kept(code_text("The Egyptian government imposed price controls on bread."), "SANCTION")


def test_a_deployment_of_troops_to_a_land_targets_the_land(code_text):
    [move] = kept(code_text("Chad announced the deployment of 400 soldiers to Niger on Monday."), "MOBILIZE")
    assert countries(move.source) == ["TCD"] and countries(move.target) == ["NER"]


def test_the_troops_deployed_are_their_own_side_when_no_one_else_is_named(code_text):
    [move] = kept(code_text("The deployment of Rwandan troops to Mozambique began in July."), "MOBILIZE")
    assert [(a.country, a.sector) for a in move.source] == [("RWA", "MIL")]
    assert countries(move.target) == ["MOZ"]


def test_forces_withdrawn_from_a_place_are_not_the_target(code_text):
    [retreat] = kept(code_text("Uganda withdrew its soldiers from the border town of Kasindi."), "RETREAT")
    assert countries(retreat.source) == ["UGA"]
    assert all(a.sector != "MIL" for a in retreat.target)


@pytest.mark.parametrize(("text", "country", "words"), [
    ("Pakistani authorities imposed a curfew on Quetta after the bombing.", "PAK", "Quetta"),
    ("The Ethiopian government lifted the curfew in parts of Gondar on Friday.", "ETH", "parts of Gondar"),
])
def test_a_measure_at_home_falls_on_the_people_of_the_place(code_text, text, country, words):
    [measure] = [e for e in code_text(text) if e.event_type in {"COERCE", "CONCEDE"}]
    assert [(a.country, a.sector, a.text) for a in measure.target] == [(country, "CVL", words)]


def test_an_unnamed_party_does_not_take_the_country_of_a_body_that_spoke_of_it(code_text):
    [request] = kept(code_text("The UN envoy urged the rebel groups to let aid convoys through."), "REQUEST")
    assert [a.sector for a in request.target] == ["REB"]
    assert all(a.country != "UN" for a in request.target)


@pytest.mark.parametrize(("text", "country"), [
    ("Russian troops detained the mayor of Kherson on Monday.", "UKR"),
    ("The governor of Herat condemned the raid.", "AFG"),
])
def test_the_official_of_a_town_is_of_the_towns_country(code_text, text, country):
    officials = [a for e in code_text(text) for a in e.source + e.target if a.text.lower().startswith(("the mayor", "the governor"))]
    assert officials and all((a.country, a.sector) == (country, "GOV") for a in officials)


def test_receiving_a_crown_prince_is_hosting_a_visit(code_text):
    [visit] = kept(code_text("Xi Jinping received Saudi Crown Prince Mohammed bin Salman in Beijing."), "CONSULT")
    assert countries(visit.source) == ["CHN"] and countries(visit.target) == ["SAU"]


@pytest.mark.parametrize("text", [
    "Pirates captured a Liberian-flagged tanker off the coast of Benin.",
    "A fishing trawler was captured by armed men off Lamu on Friday.",
])
def test_capturing_a_ship_is_a_hijacking(code_text, text):
    [hijack] = kept(code_text(text), "ASSAULT")
    assert hijack.mode == "abduct"
    assert hijack.acled is not None and hijack.acled.sub_event_type == "Abduction/forced disappearance"


def test_a_subject_read_as_the_object_of_in_after_a_list_of_places_is_the_subject(code_text):
    text = "On 2 May 2020, in Osorno, Los Lagos, members of the navy of Chile opened fire on a fishing boat."
    [firing] = kept(code_text(text, date=None), "ASSAULT")
    assert [(a.country, a.sector) for a in firing.source] == [("CHL", "MIL")]


def test_aid_received_comes_from_the_giver(code_text):
    [aid] = kept(code_text("Moldova received 200,000 vaccine doses from Romania on Tuesday."), "AID")
    assert countries(aid.source) == ["ROU"] and countries(aid.target) == ["MDA"]


def test_forces_pulled_out_of_a_country_target_the_country(code_text):
    [retreat] = kept(code_text("Rwanda pulled its troops out of Congo in 2002."), "RETREAT")
    assert countries(retreat.source) == ["RWA"] and countries(retreat.target) == ["COD"]


def test_interning_a_leader_is_an_arrest(code_text):
    [arrest] = kept(code_text("Polish authorities interned the union leader in December."), "COERCE")
    assert arrest.mode == "arrest"


def test_halting_air_strikes_is_a_de_escalation_and_the_strikes_did_not_happen(code_text):
    events = code_text("Colombia's president ordered the suspension of airstrikes against the rebels.")
    assert [(e.trigger.text, e.event_type, e.cameo) for e in events] == [("suspension", "RETREAT", "087")]
    assert [a.sector for a in events[0].target] == ["REB"]


def test_a_halted_offensive_is_not_coded_as_fought(code_text):
    assert not [e for e in code_text("The army announced a halt to its offensive against the rebels.")
                if e.event_type == "ASSAULT"]
