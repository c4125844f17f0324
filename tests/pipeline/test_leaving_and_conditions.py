"""Session-19 readings: a place left ("pulled out of Kherson", "left the town of Bunia"), the condition
of a threatened act ("threatened to take action if Athens armed its islands"), the partner of an act
done together ("held joint exercises with Greece"), acts held out "unless" something is done, and the verbs
and nouns of aid given, held back or suspended."""

from __future__ import annotations

import pytest

from event_helpers import countries, kept


@pytest.mark.parametrize("text", [
    "Russian forces pulled out of Kherson on Friday, the ministry said.",
    "Russian forces pulled out of the city of Kherson on Friday, Moscow's defence ministry said.",
])
def test_a_town_pulled_out_of_is_the_land_left(code_text, text):
    """'out' read as a preposition is still the particle of "pull out"; the town, which the tagger may take
    for a person, is a place in Ukraine, not a Russian actor, though only Russia is named as a country."""
    retreats = kept(code_text(text), "RETREAT")
    assert retreats, text
    assert retreats[0].evidence.startswith("lexicon:pull/VERB[prt]")
    assert countries(retreats[0].source) == ["RUS"]
    assert countries(retreats[0].target) == ["UKR"]
    assert retreats[0].location.name == "Kherson" and retreats[0].location.country == "UKR"


def test_the_town_left_is_the_object_of_leave(code_text):
    retreats = kept(code_text("Ugandan troops left the town of Bunia on Monday."), "RETREAT")
    assert retreats
    assert countries(retreats[0].source) == ["UGA"]
    assert countries(retreats[0].target) == ["COD"]


def test_the_own_forces_withdrawn_are_no_place_left(code_text):
    """'withdrew its troops from Iraq': the troops are the withdrawer's own, the target is the land left."""
    retreats = kept(code_text("Washington withdrew its troops from Iraq in December."), "RETREAT")
    assert retreats
    assert countries(retreats[0].target) == ["IRQ"]


def test_a_threat_is_aimed_at_the_one_whose_act_would_set_it_off(code_text):
    threats = kept(code_text("Ankara threatened to take action if Athens armed its islands."), "THREATEN")
    assert threats
    assert countries(threats[0].source) == ["TUR"]
    assert countries(threats[0].target) == ["GRC"]


def test_a_threatened_act_with_a_target_keeps_it(code_text):
    """The condition names who would set the threat off, but the act threatened names whom it would hit."""
    threats = kept(code_text("Washington threatened to strike Houthi ports if the group attacked another ship."),
                   "THREATEN")
    assert threats
    assert threats[0].target and threats[0].target[0].text == "Houthi ports"


@pytest.mark.parametrize("text, source, target", [
    ("Egypt and Sudan held joint air force exercises.", ["EGY", "SDN"], []),
    ("Israel's navy held joint naval exercises with Greece.", ["ISR"], ["GRC"]),
])
def test_exercises_held_together(code_text, text, source, target):
    """The kind of force named before the exercises is no party to them; the partner may hang on the verb."""
    joint = kept(code_text(text), "COOPERATE")
    assert joint, text
    assert countries(joint[0].source) == source
    assert countries(joint[0].target) == target


def test_a_protest_held_against_someone_still_has_no_partner(code_text):
    """'with' names a partner only of an act done together: marchers with banners hit no one."""
    protests = kept(code_text("Students staged a march with banners in Nairobi."), "PROTEST")
    assert all(a.text != "banners" for e in protests for a in e.target)


@pytest.mark.parametrize("text, event_type, source, target", [
    ("Israeli forces vacated three hilltop positions overnight.", "RETREAT", "ISR", None),
    ("Greece dropped its objection to the talks.", "CONCEDE", "GRC", None),
    ("Turkish aid agencies sent convoys of tents and blankets to earthquake survivors in Syria.", "AID", "TUR",
     "SYR"),
    ("Israel sent reinforcements to its northern border with Lebanon.", "MOBILIZE", "ISR", "LBN"),
    ("India moved two armoured regiments to the border with China.", "MOBILIZE", "IND", "CHN"),
    ("Germany provided Jordan with 50 million euros last year.", "AID", "DEU", "JOR"),
    ("Turkey hosts nearly four million Syrian refugees.", "AID", "TUR", "SYR"),
    ("The EU froze development assistance to Niger after the coup.", "SANCTION", "EU", "NER"),
    ("Sweden announced a suspension of its development aid to Mali.", "SANCTION", "SWE", "MLI"),
    ("The freeze of Afghan assets by Washington angered the Taliban.", "SANCTION", "USA", "AFG"),
    ("The US government tightened the embargo against Cuba.", "SANCTION", "USA", "CUB"),
    ("Israel tightened its blockade of Gaza.", "COERCE", "ISR", "PSE"),
    ("Tokyo pledged 2 billion yen in grants to Cambodia for road construction.", "AGREE", "JPN", "KHM"),
    ("Khartoum shortened the nightly curfew by one hour.", "CONCEDE", "SDN", "SDN"),
    ("Jordan's spy agency shared evidence with Cairo about the smugglers.", "COOPERATE", "JOR", "EGY"),
    ("Danish nurses handed over blankets and medicine to the Red Cross in Herat.", "AID", "DNK", "ICRC"),
    ("The Kenyan High Court cancelled restrictions on public gatherings.", "CONCEDE", "KEN", None),
    ("Hamas declared a cease-fire in the south on Friday.", "RETREAT", "PSE", None),
    ("Canada announced a suspension of all its air links with Iran.", "SANCTION", "CAN", "IRN"),
    ("Qatari mediators ended talks with the Taliban after the attack.", "SANCTION", "QAT", "AFG"),
])
def test_acts_of_aid_forces_sanctions_and_concessions(code_text, text, event_type, source, target):
    events = kept(code_text(text), event_type)
    assert events, [(e.event_type, e.trigger.text) for e in code_text(text)]
    assert countries(events[0].source) == [source]
    assert countries(events[0].target) == ([target] if target else [])


def test_an_aid_promised_is_an_agreement(code_text):
    events = code_text("The EU will provide Jordan with 50 million euros.")
    assert [e.event_type for e in events] == ["AGREE"]
    assert countries(events[0].target) == ["JOR"]


@pytest.mark.parametrize("text, crew", [
    ("Israel's navy intercepted a Lebanese boat and detained its crew.", "LBN"),
    ("Iranian commandos boarded a British tanker and arrested its crew.", "GBR"),
])
def test_the_crew_of_a_craft_is_of_the_craft_country(code_text, text, crew):
    arrests = kept(code_text(text), "COERCE")
    crews = [a for e in arrests for a in e.target if a.text == "its crew"]
    assert crews and crews[0].country == crew


def test_a_gift_announced_ahead_is_an_agreement_to_give_it(code_text):
    events = code_text("Norway will give Malawi a 40-million-kroner grant for its clinics.")
    agreements = kept(events, "AGREE")
    assert agreements and agreements[0].cameo == "033"
    assert countries(agreements[0].target) == ["MWI"]


@pytest.mark.parametrize("text, cameo, target", [
    ("Kenya will withdraw its troops from Somalia unless the African Union pays their allowances.", "130", "SOM"),
    ("Japan will suspend its aid to Myanmar unless the generals free the prisoners.", "1313", "MMR"),
])
def test_an_act_held_out_unless_something_is_done_is_a_threat(code_text, text, cameo, target):
    threats = kept(code_text(text), "THREATEN")
    assert threats and threats[0].cameo == cameo
    assert countries(threats[0].target) == [target]
    assert not kept(code_text(text), "AGREE")


def test_an_act_promised_with_no_condition_stays_an_agreement(code_text):
    events = code_text("Kenya will withdraw its troops from Somalia by December.")
    assert kept(events, "AGREE") and not kept(events, "THREATEN")


def test_people_used_as_human_shields_are_assaulted(code_text):
    events = kept(code_text("Rebels used villagers as human shields near Gulu in northern Uganda."), "ASSAULT")
    assert events and events[0].cameo == "184"
    assert [a.sector for a in events[0].target] == ["CVL"]
