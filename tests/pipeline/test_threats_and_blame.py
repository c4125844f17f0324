"""Threats, blame and forces moved: who threatens whom, who blames whom, where forces are sent
(``triggers.py`` clause rules, ``roles.py`` targets, ``intent.py`` conditions, ``implied.py`` hosts)."""

from __future__ import annotations

import pytest

from event_helpers import countries, kept


@pytest.mark.parametrize("text, source, target", [
    ("Ukraine said Russian forces were responsible for the shelling of the hospital.", "UKR", "RUS"),
    ("Kenyan police said al-Shabaab militants were behind the bombing.", "KEN", "SOM"),
    ("Kyiv claimed Moscow was responsible.", "UKR", "RUS"),
    ("Officials in Washington said Iran was to blame for the attacks on oil tankers.", "USA", "IRN"),
])
def test_saying_someone_is_behind_a_wrong_is_an_accusation_of_them(code_text, text, source, target):
    [accusation] = kept(code_text(text), "ACCUSE")
    assert countries(accusation.source) == [source] and countries(accusation.target) == [target]
    assert "clause" in accusation.evidence


@pytest.mark.parametrize("text", [
    "Russia said it was not responsible for the explosion.",
    "The minister said the Kenyan police were responsible for security at the stadium.",
    # a charge told as the reason for another act, by no one named, is its background
    "Traders attacked a police patrol in Howrah, West Bengal, causing injuries to two officers over allegations of "
    "police beating a vendor.",
    "The Kenyan minister resigned amid accusations of corruption by the police in his ministry.",
])
def test_a_denial_a_duty_or_a_reason_is_no_accusation(code_text, text):
    assert not kept(code_text(text), "ACCUSE")


def test_to_blame_is_no_act_of_blaming_by_the_blamed(code_text):
    events = code_text("Officials in Kabul said the Taliban were to blame for the attack.")
    assert [countries(e.source) for e in kept(events, "ACCUSE")] == [["AFG"]]


@pytest.mark.parametrize("text, source, target", [
    ("The militants vowed to retaliate against French forces.", None, "FRA"),
    ("Iran said it would retaliate against any American attack.", "IRN", "USA"),
])
def test_a_vow_to_retaliate_is_a_threat(code_text, text, source, target):
    threats = kept(code_text(text), "THREATEN")
    assert threats and countries(threats[0].target) == [target]
    assert countries(threats[0].source) == [source]


def test_retaliating_is_an_attack(code_text):
    [attack] = kept(code_text("Israel retaliated with airstrikes on Gaza."), "ASSAULT")
    assert countries(attack.source) == ["ISR"]


def test_the_condition_of_a_threat_is_nobodys_intent(code_text):
    events = code_text("The Taliban threatened to retaliate if the Afghan government executed its fighters.")
    # the execution is the condition named: no threat by the government, and no execution done
    assert not [e for e in kept(events, "THREATEN") if "GOV" in [a.sector for a in e.source]]
    assert all(e.hypothetical for e in kept(events, "ASSAULT"))


def test_a_warning_names_whom_its_condition_is_put_to(code_text):
    [threat] = kept(code_text("Iraq warned of a bloodbath if U.S. troops entered Baghdad."), "THREATEN")
    assert countries(threat.source) == ["IRQ"] and countries(threat.target) == ["USA"]


def test_warning_of_war_is_a_threat_with_no_one_named(code_text):
    [threat] = kept(code_text("North Korea warned of a nuclear war."), "THREATEN")
    assert countries(threat.source) == ["PRK"] and not threat.target


def test_a_warning_that_it_would_strike_targets_whom_it_would_strike(code_text):
    [threat] = kept(code_text("Tehran warned that it would strike Israeli ships in the Gulf."), "THREATEN")
    assert countries(threat.source) == ["IRN"] and countries(threat.target) == ["ISR"]


@pytest.mark.parametrize("text, target", [
    ("Russia massed troops on the border with Ukraine.", "UKR"),
    ("Ethiopia rushed troops to the border with Eritrea.", "ERI"),
    ("Serbia sent troops into Kosovo.", "XKX"),
    ("Israel has strengthened its forces in Lebanon.", "LBN"),
])
def test_forces_sent_face_the_land_they_are_sent_to(code_text, text, target):
    [move] = kept(code_text(text), "MOBILIZE")
    assert countries(move.target) == [target]


@pytest.mark.parametrize("text", [
    "Israel called up thousands of reservists.",
    "The Indian army deployed additional troops.",
    "Russia amassed tanks.",
])
def test_the_forces_moved_are_no_target(code_text, text):
    [move] = kept(code_text(text), "MOBILIZE")
    assert not move.target


def test_a_visit_to_a_city_abroad_is_a_visit_to_its_government(code_text):
    [visit] = kept(code_text("The French foreign minister arrived in Algiers for a two-day visit."), "CONSULT")
    assert countries(visit.target) == ["DZA"] and [a.sector for a in visit.target] == ["GOV"]
    assert "host-of-visit" in visit.evidence


def test_troops_arriving_abroad_are_not_visiting(code_text):
    events = code_text("Bangladeshi peacekeeping troops arrived in Sierra Leone on Tuesday.")
    assert not [e for e in kept(events, "CONSULT") if "host-of-visit" in e.evidence]


def test_the_subject_of_completing_an_act_does_it(code_text):
    events = code_text("Ethiopian forces completed their withdrawal from Somalia.")
    [retreat] = kept(events, "RETREAT")
    assert countries(retreat.source) == ["ETH"]


@pytest.mark.parametrize("text, source, target", [
    ("Iraq's foreign ministry said the Turkish strikes were a violation of its sovereignty.", "IRQ", "TUR"),
    ("Human Rights Watch said Ethiopian troops had committed war crimes in Tigray.", "HRW", "ETH"),
])
def test_saying_someone_did_a_wrong_is_an_accusation_of_them(code_text, text, source, target):
    [accusation] = kept(code_text(text), "ACCUSE")
    assert countries(accusation.source) == [source] and countries(accusation.target) == [target]


def test_who_did_the_act_denounced_is_accused(code_text):
    events = code_text("Moscow denounced the expulsion of its diplomats by Britain as a hostile act.")
    [accusation] = kept(events, "ACCUSE")
    assert countries(accusation.target) == ["GBR"]


def test_concern_expressed_over_an_act_is_disapproval_of_its_doer(code_text):
    events = code_text("Kenya's foreign ministry expressed concern over Somalia's decision to cut ties.")
    [accusation] = kept(events, "ACCUSE")
    assert countries(accusation.source) == ["KEN"] and countries(accusation.target) == ["SOM"]


def test_a_general_strike_is_no_general(code_text):
    events = code_text("A general strike paralysed Nairobi on Monday.")
    [strike] = kept(events, "PROTEST")
    assert "MIL" not in [a.sector for a in strike.source]
    assert not kept(code_text("The unions threatened a general strike."), "THREATEN")[0].target


def test_concern_about_victims_accuses_no_one(code_text):
    events = code_text("The Afghan president expressed deep concern regarding the deaths of civilians in Kunduz.")
    assert not [e for e in kept(events, "ACCUSE") if "CVL" in [a.sector for a in e.target]]


def test_concern_about_force_used_by_the_police_targets_the_police(code_text):
    events = code_text("Norway expressed alarm about the heavy-handed tactics used by riot police against students.")
    [accusation] = kept(events, "ACCUSE")
    assert countries(accusation.source) == ["NOR"] and [a.sector for a in accusation.target] == ["COP"]


@pytest.mark.parametrize("text, target", [
    ("North Korea said it was ready to use nuclear weapons against the United States.", "USA"),
    ("Pakistan said it would respond with full force to any Indian aggression.", "IND"),
    ("Erdogan said Turkey could launch an operation in Syria at any moment.", "SYR"),
])
def test_force_said_to_be_ready_or_possible_is_a_threat(code_text, text, target):
    threats = kept(code_text(text), "THREATEN")
    assert threats and countries(threats[0].target) == [target]


@pytest.mark.parametrize("text, source, target", [
    ("Ankara hit out at Athens over the treatment of migrants.", "TUR", "GRC"),
    ("The Kremlin blasted NATO's expansion plans.", "RUS", "NATO"),
])
def test_words_of_harsh_criticism_are_accusations_not_attacks(code_text, text, source, target):
    events = code_text(text)
    assert not [e for e in events if e.event_type == "ASSAULT"]
    [accusation] = kept(events, "ACCUSE")
    assert countries(accusation.source) == [source] and countries(accusation.target) == [target]


@pytest.mark.parametrize("text, source, target", [
    ("The Kremlin said Russia would respond if Finland joined NATO.", "RUS", "FIN"),
    ("Pyongyang warned that it will strike back if South Korea holds the drills.", "PRK", "KOR"),
])
def test_an_answer_held_out_on_a_condition_is_a_threat_to_whom_it_is_put(code_text, text, source, target):
    [threat] = kept(code_text(text), "THREATEN")
    assert countries(threat.source) == [source] and countries(threat.target) == [target]


@pytest.mark.parametrize("text", [
    "The ministry responded to the criticism on Tuesday.",
    "Russia will respond to the letter next week.",
])
def test_a_reply_is_no_threat(code_text, text):
    assert not [e for e in code_text(text) if e.event_type in {"THREATEN", "ASSAULT"}]


@pytest.mark.parametrize("text, source, target", [
    ("China expressed strong dissatisfaction with Japan over the visit to the shrine.", "CHN", "JPN"),
    ("Pakistan cautioned India against any misadventure along the border.", "PAK", "IND"),
])
def test_displeasure_voiced_and_cautions_given(code_text, text, source, target):
    events = [e for e in code_text(text) if e.event_type in {"ACCUSE", "THREATEN"}]
    assert events and countries(events[0].source) == [source] and countries(events[0].target) == [target]


@pytest.mark.parametrize("text, event_type, source, target", [
    ("Cuba denounced what it called a U.S. plot to destabilize the island.", "ACCUSE", "CUB", "USA"),
    ("China condemned what it described as Japanese provocations near the islands.", "ACCUSE", "CHN", "JPN"),
    ("Iran rejected what it termed baseless American accusations.", "REJECT", "IRN", "USA"),
])
def test_what_the_speaker_calls_it_names_whom_it_is_about(code_text, text, event_type, source, target):
    # not the speaker itself, the subject of "it called"
    events = [e for e in code_text(text) if e.event_type == event_type]
    assert events and countries(events[0].source) == [source] and countries(events[0].target) == [target]


def test_forces_on_raised_alert_are_mobilised(code_text):
    events = code_text("Fearing an attack from the north, the South Korean military raised its alert level "
                       "along the demilitarized zone.")
    [alert] = kept(events, "MOBILIZE")
    assert countries(alert.source) == ["KOR"] and alert.cameo == "152"


def test_saying_another_must_act_is_a_demand(code_text):
    events = code_text("Rwandan rebels announced that President Kagame must agree to constitutional changes.")
    [demand] = kept(events, "REQUEST")
    assert countries(demand.source) == ["RWA"] and [a.sector for a in demand.target] == ["GOV"]
