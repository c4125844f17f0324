"""Session-18 readings: who killed someone told in a clause on the victim ("a youth who was hit by police
bullets died"), in a clause on the weapon ("bullets fired by the police killed three"), or after another
act ("killed in police firing after the mob attacked"); parses the model gets wrong in lower-case wire
copy ("shot dead a youth", "a constable fired at the mob and killed ..."); the forces withdrawn in a
noun phrase; another country's office of a seat-of-power name."""

from __future__ import annotations

import pytest

from event_helpers import countries, kept


def _killings(events):
    return [e for e in kept(events, "ASSAULT") if e.fatalities]


@pytest.mark.parametrize("text", [
    "a youth who was hit by police bullets died in hospital.",
    "a youth, who was injured in the police firing on monday, died in hospital.",
    "the boy, injured in police firing, died in the civil hospital on wednesday.",
    "a man who was beaten by policemen died in hospital.",
])
def test_the_doer_of_what_befell_the_dead_is_the_killer(code_text, text):
    deaths = [e for e in _killings(code_text(text)) if e.trigger.text == "died"]
    assert deaths, text
    assert [a.sector for a in deaths[0].source] == ["COP"]
    assert deaths[0].fatalities == 1


def test_the_doer_of_what_befell_the_dead_must_be_named(code_text):
    """Robbers beat him: no police killing, and no one made up for the death."""
    for event in kept(code_text("a man who was beaten by robbers died in hospital."), "ASSAULT"):
        assert "COP" not in [a.sector for a in event.source]


def test_bullets_fired_by_the_police_are_the_police_killing(code_text):
    killings = _killings(code_text("bullets fired by the police killed three persons in the town."))
    by_police = [e for e in killings if [a.sector for a in e.source] == ["COP"]]
    assert by_police and by_police[0].fatalities == 3


def test_an_act_told_as_before_the_killing_is_not_its_scene(code_text):
    events = code_text("officials said the deceased were killed in police firing after the mob attacked "
                       "a police station.")
    [killing] = [e for e in kept(events, "ASSAULT") if e.trigger.text == "killed"]
    assert [a.sector for a in killing.source] == ["COP"]


def test_a_clause_told_as_before_is_the_scene_when_nothing_else_is(code_text):
    [hurt] = kept(code_text("Two villagers were wounded after militiamen opened fire on a bus near the river."),
                  "ASSAULT")
    assert [a.sector for a in hurt.source] == ["PRM"]
    assert [a.sector for a in hurt.target] == ["CVL"]


@pytest.mark.parametrize(("text", "toll"), [
    ("a head constable shot dead a youth during a scuffle at the market.", 1),
    ("a police officer shot dead two youths near the temple.", 2),
])
def test_shot_dead_read_as_a_preposition_keeps_its_object(code_text, text, toll):
    [killing] = _killings(code_text(text))
    assert [a.sector for a in killing.source] == ["COP"]
    assert killing.fatalities == toll
    assert [a.sector for a in killing.target] == ["CVL"]


@pytest.mark.parametrize("text", [
    "a constable fired at the mob and killed a shopkeeper.",
    "a sub-inspector fired from his service revolver, killing a rioter.",
    # the rank as Indian reports abbreviate it
    "the psi fired from his pistol at the mob, killing a labourer.",
])
def test_a_verb_read_as_a_modifier_of_its_subject_is_the_verb(code_text, text):
    killings = _killings(code_text(text))
    assert killings and all([a.sector for a in e.source] == ["COP"] for e in killings)


def test_a_participle_with_its_doer_stays_a_participle(code_text):
    """'A man shot by the police ...' is no sentence whose verb is "shot"."""
    events = code_text("a man shot by the police and taken to hospital died on friday.")
    assert all("man" not in a.text.lower() for e in kept(events, "ASSAULT") for a in e.source)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The United States completed the withdrawal of its troops from Afghanistan.", "USA", "AFG"),
    ("France announced the withdrawal of its forces from Mali.", "FRA", "MLI"),
])
def test_forces_withdrawn_in_a_noun_phrase_are_no_target(code_text, text, source, target):
    [retreat] = kept(code_text(text), "RETREAT")
    assert source in countries(retreat.source)
    assert countries(retreat.target) == [target]


@pytest.mark.parametrize(("text", "code"), [
    ("Pakistan's foreign office condemned the decision.", "PAK"),
    ("the Pakistani foreign office condemned the decision.", "PAK"),
    ("the Foreign Office condemned the decision.", "GBR"),
])
def test_another_countrys_office_of_a_seat_of_power_name(code_text, text, code):
    [accusation] = kept(code_text(text), "ACCUSE")
    assert countries(accusation.source) == [code]
    assert [a.sector for a in accusation.source] == ["GOV"]


def test_aid_pledged_in_a_sum_goes_to_whom_the_aid_is_for(code_text):
    [aid] = kept(code_text("The European Union pledged 500 million euros in humanitarian aid for Syria."), "AID")
    assert countries(aid.source) == ["EU"]
    assert countries(aid.target) == ["SYR"]


def test_pulling_back_from_a_place_says_whence(code_text):
    [retreat] = kept(code_text("Ethiopian troops pulled back from Baidoa on Friday."), "RETREAT")
    assert countries(retreat.source) == ["ETH"]
    assert countries(retreat.target) == ["SOM"]


@pytest.mark.parametrize("text", [
    "a police constable was suspended for shooting dead a student during the protest.",
    "the sub-inspector was dismissed for beating a vendor to death.",
])
def test_who_answers_for_a_killing_did_it(code_text, text):
    killings = kept(code_text(text), "ASSAULT")
    assert killings and [a.sector for a in killings[0].source] == ["COP"]


def test_which_after_a_place_stands_for_the_act_there(code_text):
    events = code_text("the police firing at godhra, which left two dead, is being probed.")
    deaths = [e for e in kept(events, "ASSAULT") if e.fatalities == 2]
    assert deaths and all([a.sector for a in e.source] == ["COP"] for e in deaths)


def test_what_someone_was_forced_to_do_was_done(code_text):
    [firing] = kept(code_text("the police were forced to open fire on the mob near the station."), "ASSAULT")
    assert not firing.hypothetical and not firing.future


def test_sanctions_on_several_named_fall_on_each(code_text):
    [sanction] = kept(code_text("The EU imposed sanctions on Russia and Belarus."), "SANCTION")
    assert sorted(countries(sanction.target)) == ["BLR", "RUS"]


def test_forces_sent_to_a_land_named_after_the_last_of_them(code_text):
    [move] = kept(code_text("France sent forty armoured trucks and a unit of marines to Chad."), "MOBILIZE")
    assert countries(move.source) == ["FRA"]
    assert [(a.country, a.text) for a in move.target] == [("TCD", "Chad")]


@pytest.mark.parametrize("text", [
    "Spain offered to Canada two frigates and a field hospital.",
    "Spain offered talks to Canada on Monday.",
])
def test_what_is_offered_is_not_the_one_it_is_offered_to(code_text, text):
    [offer] = kept(code_text(text), "AGREE")
    assert countries(offer.source) == ["ESP"]
    assert countries(offer.target) == ["CAN"]


def test_a_gift_to_help_someone_goes_to_them(code_text):
    [aid] = kept(code_text("The U.S. government has donated 250 ventilators to assist Ethiopia with its response "
                           "to the pandemic."), "AID")
    assert countries(aid.target) == ["ETH"]


@pytest.mark.parametrize(("text", "event_type", "target"), [
    ("Russia has agreed to lift its ban on American poultry.", "AGREE", "USA"),
    ("Turkey threatened to impose sanctions on Sweden.", "THREATEN", "SWE"),
    ("Israel agreed to withdraw its troops from Lebanon.", "AGREE", "LBN"),
])
def test_an_act_held_out_lends_its_target(code_text, text, event_type, target):
    [held_out] = kept(code_text(text), event_type)
    assert countries(held_out.target) == [target]


def test_forces_withdrawn_are_no_target_of_the_agreement_to_withdraw_them(code_text):
    [agreement] = kept(code_text("The rebels agreed to withdraw their forces from Kidal."), "AGREE")
    assert all(a.sector != "REB" and "forces" not in a.text for a in agreement.target)


def test_a_land_put_in_as_the_target_is_written_as_the_text_names_it(code_text):
    [retreat] = kept(code_text("Ethiopian troops withdrew from Baidoa."), "RETREAT")
    assert [(a.country, a.text) for a in retreat.target] == [("SOM", "Baidoa")]


def test_attending_a_summit_is_a_meeting(code_text):
    [meeting] = kept(code_text("The Kenyan president attended the African Union summit in Addis Ababa on Sunday."),
                     "CONSULT")
    assert countries(meeting.source) == ["KEN"]


def test_expressing_appreciation_is_praise(code_text):
    [praise] = kept(code_text("Ghana's president expressed appreciation for Japan's support."), "SUPPORT")
    assert countries(praise.source) == ["GHA"]
    assert countries(praise.target) == ["JPN"]


@pytest.mark.parametrize("text", [
    "Washington said ISIL had attacked a town in northern Iraq.",
    "Britain said pro-Russia rebels shelled the airport.",
])
def test_an_armed_group_of_no_country_is_not_the_speakers(code_text, text):
    [attack] = kept(code_text(text), "ASSAULT")
    assert countries(attack.source) != ["USA"] and countries(attack.source) != ["GBR"]
    assert [a.sector for a in attack.source] == ["REB"]


def test_those_drawn_into_a_firefight_are_its_target(code_text):
    [fight] = kept(code_text("Somali militants engaged Kenyan troops in a firefight near the border."), "ASSAULT")
    assert countries(fight.source) == ["SOM"]
    assert countries(fight.target) == ["KEN"]


def test_a_list_the_parser_began_as_an_apposition_is_a_list(code_text):
    [meeting] = kept(code_text("The UK, France, and Italy met yesterday."), "CONSULT")
    assert sorted(countries(meeting.source)) == ["FRA", "GBR", "ITA"]


def test_the_doer_behind_a_weapon_that_did_it(code_text):
    events = code_text("The cargo plane was blown up over the desert by a missile believed to be fired by Libyan "
                       "troops.")
    [downing] = kept(events, "ASSAULT")
    assert countries(downing.source) == ["LBY"]
    assert [a.sector for a in downing.source] == ["MIL"]


def test_a_protest_abroad_is_aimed_at_the_government_there(code_text):
    [protest] = kept(code_text("Canadian students held a protest in Moscow on Wednesday."), "PROTEST")
    assert countries(protest.source) == ["CAN"]
    assert [(a.country, a.sector) for a in protest.target] == [("RUS", "GOV")]


def test_a_protest_at_home_is_aimed_at_the_own_government(code_text):
    [protest] = kept(code_text("Kenyan students protested in Nairobi on Monday."), "PROTEST")
    assert [(a.country, a.sector) for a in protest.target] == [("KEN", "GOV")]


def test_an_act_an_account_is_asked_of_has_happened(code_text):
    events = code_text("the human rights commission sought a report on the death of a youth in police firing.")
    [death] = [e for e in events if e.trigger.text == "death"]
    assert death.event_type == "ASSAULT"
    assert not death.hypothetical and not death.future
    assert [a.sector for a in death.source] == ["COP"]


def test_an_act_demanded_has_not_happened(code_text):
    events = code_text("the opposition demanded the arrest of the policemen.")
    assert not [e for e in events if e.event_type == "COERCE" and not (e.hypothetical or e.future)]


@pytest.mark.parametrize("text", [
    "The president bowed to pressure and dismissed the interior minister.",
    "The government caved in to the demands of the truckers.",
])
def test_giving_in_to_pressure_is_a_concession(code_text, text):
    assert kept(code_text(text), "CONCEDE")


def test_power_handed_to_a_council_is_handed_to_a_government_body(code_text):
    [handover] = kept(code_text("Sudan's military rulers handed power to a civilian-led council."), "RETREAT")
    assert [(a.country, a.sector) for a in handover.target] == [("SDN", "GOV")]


def test_taken_off_a_blacklist_is_an_easing(code_text):
    [easing] = kept(code_text("The United States removed Cuba from its list of state sponsors of terrorism."),
                    "RETREAT")
    assert countries(easing.target) == ["CUB"]


def test_a_delegation_arriving_abroad_visits_its_hosts(code_text):
    [visit] = kept(code_text("A Chinese delegation arrived in Pyongyang for talks."), "CONSULT")
    assert [(a.country, a.sector) for a in visit.source] == [("CHN", "GOV")]
    assert countries(visit.target) == ["PRK"]


@pytest.mark.parametrize("text", [
    "three persons died in the police lathi-charge and firing.",
    "a man died in the lathi-charge by the police.",
])
def test_a_death_in_a_police_baton_charge_is_the_polices(code_text, text):
    [death] = [e for e in kept(code_text(text), "ASSAULT") if e.trigger.text == "died"]
    assert [a.sector for a in death.source] == ["COP"]


def test_a_death_told_as_what_came_before_is_neither_an_intent_nor_the_later_acts_toll(code_text):
    events = code_text("Protesters in Lagos set fire to a police station after a man died in custody.")
    [arson] = [e for e in events if e.trigger.text == "set"]
    [death] = [e for e in events if e.trigger.text == "died"]
    assert death.event_type == "ASSAULT" and death.fatalities == 1
    assert arson.fatalities is None


def test_the_kind_of_raid_a_killing_happened_in_is_no_other_event(code_text):
    events = code_text("The Colombian army killed a FARC commander in a bombing raid in Guaviare.")
    assert [e.trigger.text for e in kept(events, "ASSAULT")] == ["killed"]


def test_what_is_dealt_in_is_no_party_to_the_dealing(code_text):
    [agreement] = kept(code_text("South Korea and Japan agreed to resume military intelligence sharing."), "AGREE")
    assert all(a.sector != "SPY" for a in agreement.target)


def test_the_act_answered_keeps_no_toll_of_the_answer(code_text):
    events = code_text("Niger's army reported that its soldiers had killed 35 jihadists in reprisal for an attack "
                       "on a gendarmerie post.")
    [answer] = [e for e in events if e.trigger.text == "killed"]
    [attack] = [e for e in events if e.trigger.text == "attack"]
    assert answer.fatalities == 35
    assert attack.fatalities is None


def test_teargassing_is_crowd_control(code_text):
    [gassing] = kept(code_text("Police in Kenya teargassed opposition supporters in Kisumu."), "ASSAULT")
    assert [(a.country, a.sector) for a in gassing.source] == [("KEN", "COP")]
    assert gassing.mode == "crowd-control"


def test_a_states_air_strike_is_its_militarys(code_text):
    [strike] = [e for e in kept(code_text("An Israeli air strike hit a house in Gaza City."), "ASSAULT")]
    assert [(a.country, a.sector) for a in strike.source] == [("ISR", "MIL")]


def test_a_faction_of_an_armed_group_is_armed(code_text):
    [killing] = kept(code_text("The Colombian army killed a dissident FARC commander in Guaviare."), "ASSAULT")
    assert [(a.country, a.sector) for a in killing.target] == [("COL", "REB")]


def test_duties_announced_on_a_countrys_goods_are_a_sanction(code_text):
    [duties] = kept(code_text("China's commerce ministry announced anti-dumping duties on Australian barley."),
                    "SANCTION")
    assert countries(duties.source) == ["CHN"]
    assert countries(duties.target) == ["AUS"]


def test_those_sanctioned_for_an_act_did_it(code_text):
    events = code_text("The US Treasury sanctioned three Iranian oil companies for helping the Revolutionary Guards.")
    [sanction] = kept(events, "SANCTION")
    assert [(a.country, a.sector) for a in sanction.source] == [("USA", "GOV")]
    [help_] = kept(events, "AID")
    assert [(a.country, a.sector) for a in help_.source] == [("IRN", "BUS")]


def test_an_armed_groups_home_does_not_decide_where_it_struck(code_text):
    [raid] = [e for e in code_text("Al Shabaab raided a police camp in Lamu.") if e.trigger.text == "raided"]
    assert raid.location is not None and raid.location.name == "Lamu"
    assert raid.location.country == "KEN"


def test_a_country_adjective_on_a_raid_names_where_not_who(code_text):
    events = code_text("Somali bandits shoot three traders in Kenyan market raid")
    assert not [e for e in events if "MIL" in [a.sector for a in e.source]]


def test_an_armed_groups_home_where_the_places_named_may_lie_still_decides(code_text):
    events = code_text("Taliban fighters ambushed a police patrol near Duri in Pul-e Khumri district, Baghlan.")
    [ambush] = [e for e in events if e.trigger.text == "ambushed"]
    assert ambush.location is not None and ambush.location.country == "AFG"


def test_coordinated_country_modifiers_give_one_actor_each(code_text):
    [protest] = kept(code_text("Canadian and Australian students held a protest in Moscow."), "PROTEST")
    assert sorted(countries(protest.source)) == ["AUS", "CAN"]


def test_what_is_to_be_made_is_no_party_but_whom_it_is_for_is(code_text):
    [agreement] = kept(code_text("Norway agreed to set up two field clinics near the port."), "AGREE")
    assert agreement.target == ()
    [pledge] = kept(code_text("Japan pledged to build a hospital for the Rohingya refugees."), "AGREE")
    assert [a.sector for a in pledge.target] == ["REF"]


@pytest.mark.parametrize("text", [
    "police firing kills three in vadodara",
    "two killed as cops fire on mob",
    "police open fire, two killed",
])
def test_a_torn_headline_names_who_fired(code_text, text):
    killings = _killings(code_text(text))
    assert killings and all([a.sector for a in e.source] == ["COP"] for e in killings)


def test_a_headline_with_no_one_firing_names_no_shooter(code_text):
    for event in kept(code_text("two killed in clashes in vadodara"), "ASSAULT"):
        assert "COP" not in [a.sector for a in event.source]


def test_tear_gas_fired_is_no_target(code_text):
    events = code_text("Ugandan police fired tear gas to disperse supporters of Bobi Wine in Kampala.")
    assert events and not [a for e in events for a in e.target if "gas" in a.text]


@pytest.mark.parametrize(("text", "toll"), [
    # "after" read as a preposition over the clause's subject: the firing is still the police's
    ("a curfew was clamped on the town after police firing killed a teenager near the bus stand.", 1),
    # a relative clause the parser hung on the main verb: its "that" stands for the firing before it
    ("the opposition walked out of the house over the police firing that killed two farmers.", 2),
])
def test_the_police_firing_of_a_torn_clause_is_the_killer(code_text, text, toll):
    events = code_text(text)
    [killing] = _killings(events)
    assert [a.sector for a in killing.source] == ["COP"] and killing.fatalities == toll
    # a protest over the killing does not take its dead
    assert all(e.fatalities is None for e in events if e.event_type == "PROTEST")


@pytest.mark.parametrize("text", [
    "Riot police fired water cannon at farmers marching on the capital.",
    "Police fired tear gas at the crowd outside the court.",
])
def test_water_cannon_and_tear_gas_are_crowd_control_not_gunfire(code_text, text):
    fired = [e for e in kept(code_text(text), "ASSAULT") if e.trigger.text == "fired"]
    assert fired, text
    assert (fired[0].mode, fired[0].cameo) == ("crowd-control", "175")


def test_breaking_up_a_protest_is_aimed_at_the_protesters(code_text):
    events = code_text("Police broke up a rally by nurses in Eldoret.")
    broke = [e for e in kept(events, "ASSAULT") if e.trigger.text.startswith("broke")]
    assert broke and broke[0].cameo == "175"
    assert [a.sector for a in broke[0].source] == ["COP"] and [a.sector for a in broke[0].target] == ["MED"]


def test_a_thing_beside_a_protest_is_not_its_doer(code_text):
    events = code_text("Teachers held a protest by the gate of the ministry on Monday.")
    protests = kept(events, "PROTEST")
    assert protests and [a.sector for a in protests[0].source] == ["EDU"]


def test_what_an_attack_was_done_with_is_not_its_target(code_text):
    events = kept(code_text("Moscow accused Kyiv of attacking Putin's country house with drones."), "ASSAULT")
    assert events and countries(events[0].target) == ["RUS"]
    assert [a.text for a in events[0].target] != ["drones"]


def test_the_side_clashed_with_is_still_the_target(code_text):
    events = kept(code_text("Angry traders clashed with police and then set fire to a kiosk in Kisumu."), "ASSAULT")
    assert events and [a.sector for a in events[0].target] == ["COP"]


def test_rockets_fired_at_a_place_are_heavy_weapons(code_text):
    events = kept(code_text("The militia fired a barrage of rockets at Haifa on Monday."), "ASSAULT")
    assert events and (events[0].mode, events[0].cameo) == ("heavy-weapons", "194")


@pytest.mark.parametrize("text", [
    "Dozens of patients stormed out of the clinic in Aktobe, angry at the delay.",
    "The opposition leader stormed off the stage during the debate.",
])
def test_storming_out_is_no_assault(code_text, text):
    assert not [e for e in code_text(text) if e.trigger.text.startswith("storm")]


def test_the_dead_patients_of_a_hospital_are_civilians(code_text):
    events = kept(code_text("Militia fighters shelled a hospital in Nyala, killing nine patients."), "ASSAULT")
    killed = [e for e in events if e.trigger.text == "killing"]
    assert killed and [a.sector for a in killed[0].target] == ["CVL"]


@pytest.mark.parametrize("text, sender", [
    ("Ukraine's air force shot down 30 of the 41 drones launched by Russia.", "RUS"),
    ("American warships intercepted four missiles fired from Yemen.", "YEM"),
])
def test_craft_shot_down_belong_to_the_side_that_sent_them(code_text, text, sender):
    events = kept(code_text(text), "ASSAULT")
    downed = [e for e in events if e.trigger.text in {"shot", "shot down", "intercepted"}]
    assert downed and countries(downed[0].target) == [sender]
    assert downed[0].fatalities is None  # (drones and missiles downed are no dead)


def test_the_place_where_an_official_was_met_is_not_part_of_the_official(code_text):
    events = code_text("Kenya's army chief met the Turkish defence minister in Ankara on Monday.")
    met = [e for e in events if e.trigger.text == "met"]
    assert met and [a.text for a in met[0].target] == ["the Turkish defence minister"]


def test_the_dead_of_an_ambush_told_after_it_are_those_it_hit(code_text):
    text = "Al-Shabaab fighters ambushed a Kenyan army patrol near the border, killing five soldiers."
    events = kept(code_text(text), "ASSAULT")
    killing = [e for e in events if e.trigger.text == "killing"]
    assert killing and [(a.country, a.sector) for a in killing[0].target] == [("KEN", "MIL")]
    assert killing[0].location is not None and killing[0].location.country == "KEN"


def test_a_state_s_missiles_are_its_military(code_text):
    events = kept(code_text("Russian missiles struck a power plant in Odesa, killing two workers."), "ASSAULT")
    assert events and [(a.country, a.sector) for a in events[0].source] == [("RUS", "MIL")]
