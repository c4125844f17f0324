"""Found on sentences written for each CAMEO code's description and for death tolls (session 39): the doer of a
scene of fire returned or huts torched, fighters killed by someone unnamed, acts that were stopped, sanctions
lifted, aid to a town, inquiries into charges, and monarchs called by title and name."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import countries


def _first(events, event_type: str, trigger: str | None = None):
    found = [e for e in events if e.event_type == event_type and not e.negated
             and (trigger is None or e.trigger.text == trigger)]
    assert found, [(e.event_type, e.trigger.text) for e in events]
    return found[0]


def _assert_event(events, event_type: str, source: str | None, target: str | None, trigger: str | None = None):
    """The first asserted event of the type (with the trigger, if given) has these countries (None: none)."""
    event = _first(events, event_type, trigger)
    assert countries(event.source) == ([source] if source else []), event
    assert countries(event.target) == ([target] if target else []), event
    return event


def _lands(actors) -> list[str]:
    """The actors' countries, with every known intergovernmental body written IGO (as plover_gsr's gold does)."""
    from dyadline.knowledge import load_knowledge

    kb = load_knowledge()
    return ["IGO" if kb.is_known_igo(c) else c for c in countries(actors)]


def _assert_typed(events, event_type: str, cameo: str, source: str):
    """The first asserted event of the type has the CAMEO code and the source's land among its sources."""
    event = _first(events, event_type)
    assert event.cameo == cameo
    assert source in _lands(event.source), event
    return event


# --- the dead and who killed them ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, doer, sector, dead", [
    # the doer of the clause the deaths are hung on: fire returned, huts torched
    ("Two of the attackers were killed when police returned fire in Garissa.", "police", "COP", 2),
    ("Three villagers were burned to death when raiders torched their huts in Baringo.", "raiders", "REB", 3),
])
def test_the_doer_of_a_scene_of_fire(code_text, text, doer, sector, dead):
    killing = _first(code_text(text), "ASSAULT", text.split()[text.split().index("were") + 1])
    assert [(a.text, a.sector) for a in killing.source] == [(doer, sector)]
    assert killing.fatalities == dead


def test_fire_returned_home_is_no_scene(code_text):
    events = code_text("Two men died when police returned home from the patrol in Garissa.")
    assert not any(a.sector == "COP" for e in events for a in e.source), events


def test_fighters_killed_by_someone_unnamed_are_an_event(code_text):
    """The attackers' own dead, told on their own, are dead of the fight too (before, the unnamed killer and the
    gunmen, both an armed group of Kenya, made the killing look like the gunmen's own)."""
    events = code_text("An al Shabaab attack on a police post in Mandera killed two officers. "
                       "Three attackers were also killed.")
    killed = [e for e in events if e.trigger.text == "killed" and any("attackers" in a.text for a in e.target)]
    assert killed and killed[0].fatalities == 3, [(e.trigger.text, e.target, e.fatalities) for e in events]


def test_a_device_planted_by_men_is_not_done_to_them(code_text):
    events = code_text("A bomb hidden by masked gunmen exploded in Mudiyah, Abyan, targeting a checkpoint.")
    assert not any("gunmen" in a.text for e in events for a in e.target), \
        [(e.trigger.text, [a.text for a in e.target]) for e in events]


def test_burned_to_death_near_torched_huts_is_an_attack(code_text):
    killing = _first(code_text("Three villagers were burned to death when raiders torched their huts in Baringo."),
                     "ASSAULT", "burned")
    assert killing.acled is not None and killing.acled.sub_event_type == "Attack"


# --- acts stopped ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, stopper", [
    ("Armenia and Azerbaijan agreed to a truce and stopped fighting.", "ARM"),
    ("Russian forces ceased shelling the city of Kharkiv on Sunday.", "RUS"),
    ("The rebels halted attacking government posts in Darfur.", None),
])
def test_fighting_stopped_is_a_de_escalation_not_an_attack(code_text, text, stopper):
    events = code_text(text)
    retreat = _first(events, "RETREAT")
    assert retreat.cameo == "087"
    if stopper:
        assert stopper in countries(retreat.source)
    assert not [e for e in events if e.event_type == "ASSAULT"], [(e.event_type, e.trigger.text) for e in events]


def test_shooting_that_did_not_stop_went_on(code_text):
    events = code_text("The gunmen did not stop shooting at the police station in Garissa until soldiers arrived.")
    assert [e for e in events if e.event_type == "ASSAULT" and e.trigger.text == "shooting"], events


# --- types and targets ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, event_type, cameo, source, target", [
    # economic sanctions or an embargo lifted are eased (CAMEO 085, PLOVER RETREAT); a curfew lifted, a concession
    ("The European Union lifted sanctions on Belarus.", "RETREAT", "085", "IGO", "BLR"),
    ("Washington eased the embargo on Cuba.", "RETREAT", "085", "USA", "CUB"),
    ("Belgrade ended the state of emergency in Kosovo.", "CONCEDE", "081", "SRB", "XKX"),
    # regret expressed to someone for what happened is an apology to them
    ("The United States expressed regret to Pakistan for the deaths of its soldiers.", "SUPPORT", "055", "USA", "PAK"),
    ("Japan apologized to South Korea for its colonial rule.", "SUPPORT", "055", "JPN", "KOR"),
    # trade and intelligence shared are material cooperation; ties expanded, diplomatic
    ("China and Russia expanded trade in energy.", "COOPERATE", "061", "CHN", None),
    ("The United States and Jordan exchanged intelligence on Islamic State.", "COOPERATE", "064", "USA", None),
    ("India expanded ties with Vietnam.", "SUPPORT", "050", "IND", "VNM"),
    # talks broken off are halted
    ("The Palestinians broke off negotiations with Israel.", "SANCTION", "164", "PSE", "ISR"),
    # the peacekeepers sent are no target; the land they keep the peace in is
    ("France deployed peacekeeping troops to protect civilians in Mali.", "AID", "074", "FRA", "MLI"),
    ("The Security Council extended the mandate of UN peacekeepers in Lebanon.", "AID", "074", "IGO", "LBN"),
    # inspectors let in that the parser read as a clause
    ("Serbia allowed OSCE monitors into Kosovo.", "RETREAT", "086", "SRB", None),
])
def test_types_and_targets(code_text, text, event_type, cameo, source, target):
    event = _assert_typed(code_text(text, dt.date(2010, 6, 30)), event_type, cameo, source)
    assert _lands(event.target) == ([target] if target else []), event


@pytest.mark.parametrize("text, target", [
    ("The Red Cross delivered food and medicine to Aleppo.", "SYR"),
    ("The UN sent aid to Kandahar.", "AFG"),
])
def test_aid_to_a_town_goes_to_its_people(code_text, text, target):
    aid = _first(code_text(text), "AID")
    assert [(a.country, a.sector) for a in aid.target] == [(target, "CVL")]


@pytest.mark.parametrize("text, source, target", [
    # a land written under another of its names ("Gaza" for the Palestinian Territory)
    ("Israeli warplanes bombed targets in Gaza.", "ISR", "PSE"),
    ("Russian jets struck a market in Syria.", "RUS", "SYR"),
])
def test_a_thing_hit_in_a_land_the_sentence_names_is_that_land_s(code_text, text, source, target):
    _assert_event(code_text(text), "ASSAULT", source, target)


@pytest.mark.parametrize("text, target, sector", [
    ("Indian police opened an investigation into the bribery allegations against the minister.", "IND", "GOV"),
    ("The UN began an investigation into complaints against Israeli soldiers.", "ISR", "MIL"),
])
def test_an_inquiry_into_charges_targets_whom_they_are_against(code_text, text, target, sector):
    inquiry = _first(code_text(text), "ACCUSE")
    assert [(a.country, a.sector) for a in inquiry.target] == [(target, sector)]


def test_a_force_surrendered_to_is_not_the_surrendering_side(code_text):
    retreat = _first(code_text("Thousands of Iraqi soldiers surrendered to coalition forces.", dt.date(1991, 2, 27)),
                     "RETREAT")
    assert countries(retreat.source) == ["IRQ"] and retreat.target and retreat.target[0].country is None


def test_power_seized_is_no_property_seized(code_text):
    events = code_text("The UN imposed sanctions on Guinea-Bissau after the military seized power.")
    assert not [e for e in events if e.event_type == "COERCE"], [(e.event_type, e.trigger.text) for e in events]


# --- monarchs ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("phrase, day, country, sector, name", [
    # the king the title and name call so, not the Iraqi president of that surname in office
    ("King Hussein", dt.date(1990, 5, 1), "JOR", "GOV", "Hussein of Jordan"),
    ("King Hussein", dt.date(2000, 5, 1), "JOR", "ELI", "Hussein of Jordan"),
    ("King Hassan", dt.date(1990, 5, 1), "MAR", "GOV", "Hassan II of Morocco"),
    ("King Olav", dt.date(1985, 5, 1), "NOR", "GOV", "Olav V of Norway"),
    # the land the words name picks among kings of one name
    ("Jordan's King Abdullah", dt.date(2012, 5, 1), "JOR", "GOV", "Abdullah II of Jordan"),
    ("King Abdullah", dt.date(2012, 5, 1), "SAU", "GOV", "Abdullah of Saudi Arabia"),
    # (with no title, the surname's holder in office)
    ("Hussein", dt.date(1990, 5, 1), "IRQ", "GOV", "Saddam Hussein"),
])
def test_monarchs_by_title_and_name(coder, phrase, day, country, sector, name):
    from dyadline.explain import explain_actor

    actor = explain_actor(phrase, date=day, coder=coder).actor
    assert actor is not None and (actor.country, actor.sector, actor.name) == (country, sector, name)


# --- places and lands -------------------------------------------------------------------------------------------

def test_a_province_the_gazetteer_lacks_is_no_city_abroad(code_text):
    events = code_text("South Africa's government declared a state of emergency in Natal province on Monday.",
                       dt.date(1986, 6, 12))
    assert events and all(e.location is None or e.location.country == "ZAF" for e in events), \
        [(e.event_type, e.location) for e in events]


@pytest.mark.parametrize("text, country", [
    ("Leftist guerrillas kidnapped a provincial governor in southern Colombia, the army said.", "COL"),
    # (a one-word name the tagger took for a date is still a place)
    ("Gunmen kidnapped a French aid worker in Niger.", "NER"),
])
def test_armed_men_of_no_land_are_of_the_land_their_act_names(code_text, text, country):
    kidnap = _first(code_text(text), "ASSAULT")
    assert kidnap.location is not None and kidnap.location.country == country
    assert countries(kidnap.source) == [country]


@pytest.mark.parametrize("text, target", [
    ("India moved troops close to the Pakistani border on Thursday.", "PAK"),
    ("Russia moved tanks closer to the Ukrainian border.", "UKR"),
])
def test_forces_moved_close_to_a_border(code_text, text, target):
    assert countries(_first(code_text(text), "MOBILIZE").target) == [target]


@pytest.mark.parametrize("text, event_type, cameo, source, target", [
    # links and aid cut off
    ("India cut off road and rail links with Pakistan.", "SANCTION", "160", "IND", "PAK"),
    ("The United States cut off aid to Egypt.", "SANCTION", "162", "USA", "EGY"),
    # a pact ended reduces relations
    ("Mali ended its defence agreements with France.", "SANCTION", "160", "MLI", "FRA"),
    # sanctions adopted in a package, against the one the package's act names
    ("The European Union adopted a new package of sanctions against Russia.", "SANCTION", "163", "IGO", "RUS"),
    # aid blocked is rejected
    ("Hungary blocked EU aid for Ukraine.", "REJECT", "129", "HUN", None),
    # munitions delivered, a loan rolled over
    ("The United States delivered munitions to Israel.", "AID", "072", "USA", "ISR"),
    ("Beijing rolled over a $2 billion loan to Islamabad.", "AID", "071", "CHN", "PAK"),
    # a bomb that hit a patrol
    ("A roadside bomb hit a police patrol in Kirkuk.", "ASSAULT", "190", "IRQ", "IRQ"),
])
def test_more_types_and_targets(code_text, text, event_type, cameo, source, target):
    event = _assert_typed(code_text(text, dt.date(2024, 6, 1)), event_type, cameo, source)
    if target is not None:
        assert _lands(event.target) == [target], event


def test_an_acronym_means_the_force_of_the_land_a_known_town_names(code_text):
    """"RSF" in a report naming only a Sudanese town is Sudan's Rapid Support Forces, not the press freedom group."""
    shelling = _first(code_text("The RSF shelled a market in El Fasher, killing 30 civilians.", dt.date(2024, 6, 1)),
                      "ASSAULT")
    assert [(a.country, a.sector) for a in shelling.source] == [("SDN", "PRM")]
    press = _first(code_text("RSF condemned the arrest of a journalist in Paris."), "ACCUSE")
    assert [a.sector for a in press.source] == ["SOC"]


def test_a_river_bank_is_not_the_west_bank(code_text):
    retreat = _first(code_text("Russian forces withdrew from the west bank of the Dnipro river in Kherson.",
                               dt.date(2022, 11, 10)), "RETREAT")
    assert retreat.location is not None and retreat.location.country == "UKR"
    assert "PSE" not in countries(retreat.target)
    raid = code_text("Israeli troops raided the West Bank city of Jenin.")
    assert "PSE" in {c for e in raid for c in countries(e.target)}


@pytest.mark.parametrize("text, target", [
    # observers, inspectors or peacekeepers received or accepted are let in (CAMEO 086)
    ("Kyrgyzstan received a mission of observers from the OSCE.", "IGO"),
    ("Iraq accepted UN weapons inspectors.", "IGO"),
    ("Sudan's government accepted the deployment of UN peacekeepers in Darfur.", "IGO"),
])
def test_observers_received_are_let_in(code_text, text, target):
    access = _first(code_text(text, dt.date(2010, 6, 30)), "RETREAT")
    assert access.cameo == "086"
    assert _lands(access.target) == [target]


def test_a_delegation_received_is_still_a_visit_hosted(code_text):
    visit = _first(code_text("The Kenyan president received a delegation of ministers from Uganda."), "CONSULT")
    assert visit.cameo == "043"


def test_the_outskirts_of_a_town_place_the_act_there(code_text):
    """("outskirts" has the lemma "outskirt": before, the town named after it was no place of the act, and a town
    of the next sentence was taken instead)"""
    events = code_text("On Wednesday, Ethiopian air force jets bombed the outskirts of Mekelle, killing at least three "
                       "civilians, a hospital official said. The rebels said they shot down a military helicopter "
                       "near Korem last week.", dt.date(2021, 10, 1))
    bombing = _first(events, "ASSAULT", "bombed")
    assert bombing.location is not None and bombing.location.name == "Mek'ele"


@pytest.mark.parametrize("text", [
    "Ethiopia on Thursday ordered seven senior United Nations officials to leave the country within 72 hours.",
    # (the parser hangs the infinitive on the mission)
    "Mali ordered the UN peacekeeping mission to leave.",
])
def test_officials_and_missions_ordered_to_leave_are_expelled(code_text, text):
    expel = _first(code_text(text), "SANCTION")
    assert expel.cameo == "166"


def test_a_later_sentence_opening_with_its_own_place_does_not_place_an_earlier_act(code_text):
    events = code_text("Police fired tear gas at protesters in Nairobi on Tuesday.\n\nDemonstrators briefly stormed "
                       "the parliament building. In Eldoret, protesters torched the offices of the ruling party.",
                       dt.date(2024, 6, 25))
    stormed = _first(events, "PROTEST", "stormed")
    assert stormed.location is not None and stormed.location.name == "Nairobi"
    torched = _first(events, "ASSAULT", "torched")
    assert torched.location is not None and torched.location.name == "Eldoret"


def test_people_evacuated_did_not_retreat(code_text):
    events = code_text("Lawmakers were evacuated through a tunnel as protesters stormed parliament in Nairobi.")
    assert not [e for e in events if e.event_type == "RETREAT"], [(e.event_type, e.trigger.text) for e in events]
    assert [e for e in code_text("French troops evacuated their base in Kidal on Sunday.") if e.event_type == "RETREAT"]


@pytest.mark.parametrize("text, target", [
    # an "it" asked to act is the one the first verb dealt with, not what it made
    ("Beijing lodged a formal protest with Manila and urged it to stop its provocations.", "PHL"),
    ("Japan sent a note to China and asked it to release the fishermen.", "CHN"),
])
def test_it_asked_to_act_is_the_one_dealt_with(code_text, text, target):
    assert countries(_first(code_text(text), "REQUEST").target) == [target]


def test_it_praised_is_the_thing_made(code_text):
    praise = _first(code_text("Kenya signed a deal with Ethiopia and praised it as historic."), "SUPPORT", "praised")
    assert "ETH" not in countries(praise.target)


@pytest.mark.parametrize("text", [
    "The junta's leader ordered a general mobilisation of reservists.",
    "Russia announced a partial mobilization of reservists.",
])
def test_a_mobilisation_of_reservists_mobilises(code_text, text):
    assert _first(code_text(text), "MOBILIZE").cameo == "154"


def test_a_mobilisation_of_supporters_is_no_force(code_text):
    assert not [e for e in code_text("The opposition called for a mobilisation of its supporters.")
                if e.event_type == "MOBILIZE"]


def test_a_vow_to_avenge_the_dead_is_a_threat(code_text):
    threat = _first(code_text("Burkina Faso's junta leader vowed to avenge the soldiers killed by jihadists.",
                              dt.date(2024, 3, 3)), "THREATEN")
    assert countries(threat.source) == ["BFA"]


@pytest.mark.parametrize("text, source, target", [
    # "him" stands for the person the verb before dealt with
    ("Modi met Putin and urged him to return to negotiations.", "IND", "RUS"),
    # a past act joined to a reported clause in the present is the speaker's own
    ("Modi told Putin that a solution to the war in Ukraine is not possible on the battlefield and urged him to "
     "return to negotiations.", "IND", "RUS"),
])
def test_him_urged_is_the_one_met_or_told(code_text, text, source, target):
    request = _first(code_text(text, dt.date(2024, 7, 9)), "REQUEST")
    assert countries(request.source) == [source] and countries(request.target) == [target]


def test_the_clause_a_death_is_told_in_is_folded_into_it(code_text):
    events = [e for e in code_text("A student lost his life when a police bullet struck him near the bus stand.")
              if e.event_type == "ASSAULT"]
    assert len(events) == 1 and events[0].fatalities == 1
