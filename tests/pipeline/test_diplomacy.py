"""Diplomatic and legal acts between states: the ways they are written, and who is on each side."""

from __future__ import annotations

import pytest

from event_helpers import countries


@pytest.mark.parametrize("text, event_type, source, target", [
    ("Houthi rebels ignored the Saudi call for a ceasefire.", "REJECT", "YEM", "SAU"),
    ("The Russian president held a phone call with the Saudi crown prince.", "CONSULT", "RUS", "SAU"),
    ("Turkey handed over the suspects to Iraqi authorities.", "COOPERATE", "TUR", "IRQ"),
    ("The UN refugee agency criticised Kenya.", "ACCUSE", "UNHCR", "KEN"),
    ("Niger ordered the French ambassador to leave the country.", "SANCTION", "NER", "FRA"),
    ("Egypt recalled its ambassador to Qatar for consultations.", "SANCTION", "EGY", "QAT"),
    ("The Kenyan government agreed to the demands of Somali traders.", "CONCEDE", "KEN", "SOM"),
    ("India shipped 10,000 tonnes of wheat to Afghanistan.", "AID", "IND", "AFG"),
    ("Turkey dispatched rescue teams to quake-hit Syria.", "AID", "TUR", "SYR"),
    ("The World Bank approved $500 million for Kenya.", "AID", "WB", "KEN"),
    ("The African Union granted observer status to Israel.", "SUPPORT", "AU", "ISR"),
    # (written in earlier sessions)
    ("Pakistan held India responsible for the bombing.", "ACCUSE", "PAK", "IND"),
    ("Hezbollah vowed revenge against Israel.", "THREATEN", "LBN", "ISR"),
    ("Algeria severed diplomatic ties with Morocco.", "SANCTION", "DZA", "MAR"),
    ("China sent medical teams to Italy.", "AID", "CHN", "ITA"),
    ("Kenya's opposition called on the government to release political prisoners.", "REQUEST", "KEN", "KEN"),
    # acts told as nouns (session 21)
    ("A shipment of arms from Iran to the Bosnian government was intercepted in Croatia.", "AID", "IRN", "BIH"),
    ("Allegations by Human Rights Watch that Rwandan troops massacred civilians were rejected by Kigali.",
     "ACCUSE", "HRW", "RWA"),
    ("Washington repeated its accusation that Iran was arming Shiite militias in Iraq.", "ACCUSE", "USA", "IRN"),
    ("The release of the Japanese hostages by Iraqi insurgents was welcomed by Tokyo.", "RETREAT", "IRQ", "JPN"),
])
def test_acts_between_two_sides(code_text, text, event_type, source, target):
    events = [e for e in code_text(text) if e.event_type == event_type]
    assert events, [(e.event_type, e.trigger.text) for e in code_text(text)]
    assert countries(events[0].source) == [source] and countries(events[0].target) == [target]


def test_joint_patrols_are_cooperation_of_both_forces(code_text):
    events = code_text("Kenyan and Somali forces conducted joint patrols along the border.")
    [patrols] = [e for e in events if e.event_type == "COOPERATE"]
    assert sorted(countries(patrols.source)) == ["KEN", "SOM"]


def test_a_withdrawal_from_a_town_abroad_targets_its_country(code_text):
    events = code_text("Ethiopian troops withdrew from Baidoa.")
    [retreat] = [e for e in events if e.event_type == "RETREAT"]
    assert countries(retreat.source) == ["ETH"] and countries(retreat.target) == ["SOM"]
    assert "country-withdrawn-from" in retreat.evidence


def test_who_declares_a_ceasefire_observes_it(code_text):
    events = code_text("The Tamil Tigers declared a ceasefire with the Sri Lankan army.")
    [truce] = [e for e in events if e.event_type == "RETREAT"]
    assert countries(truce.source) == ["LKA"] and [a.sector for a in truce.target] == ["MIL"]


@pytest.mark.parametrize("text, source, target", [
    ("The African Union pressed Ethiopia to allow aid into Tigray.", "AU", "ETH"),
    ("Washington is pushing Israel to accept a ceasefire.", "USA", "ISR"),
    ("Kenya's opposition wants the Kenyan president to step down.", "KEN", "KEN"),
])
def test_an_act_pressed_on_someone_is_a_request_of_them(code_text, text, source, target):
    events = code_text(text)
    [request] = [e for e in events if e.event_type == "REQUEST"]
    assert countries(request.source) == [source] and countries(request.target) == [target]
    # what is asked for is not done by the one who asks
    assert not [e for e in events if e.event_type in {"AGREE", "RETREAT"} and countries(e.source) == [source]
                and source != target]


def test_wanting_to_do_something_oneself_is_no_request(code_text):
    assert not [e for e in code_text("Kenya wants to join the East African force.") if e.event_type == "REQUEST"]


def test_denying_a_role_is_a_rejection(code_text):
    [denial] = [e for e in code_text("Russia denied any role in the poisoning of the opposition leader.")
                if e.event_type == "REJECT"]
    assert countries(denial.source) == ["RUS"]


@pytest.mark.parametrize("text, source, target", [
    ("The International Criminal Court opened an investigation into alleged war crimes by Israel.", "ICC", "ISR"),
    ("South Africa took Israel to the International Court of Justice.", "ZAF", "ISR"),
])
def test_legal_action_against_a_state_accuses_it(code_text, text, source, target):
    [accusation] = [e for e in code_text(text) if e.event_type == "ACCUSE"]
    assert countries(accusation.source) == [source] and countries(accusation.target) == [target]


def test_the_partner_of_a_discussion_is_whom_it_was_held_with(code_text):
    events = code_text("The Russian president discussed the Syrian crisis with his Turkish counterpart by phone.")
    assert [countries(e.target) for e in events if e.event_type == "CONSULT"][:1] == [["TUR"]]


def test_where_two_sides_met_is_no_party_to_their_talks(code_text):
    events = code_text("Iranian and Saudi officials held a fifth round of talks in Baghdad.")
    talks = [e for e in events if e.event_type == "CONSULT"]
    assert talks and all("IRQ" not in countries(e.target) for e in talks)
    assert sorted(countries(talks[0].source)) == ["IRN", "SAU"]


def test_a_threat_to_two_states_targets_both(code_text):
    events = code_text("Al-Qaeda has threatened to deliver devastating blows to the United States and Israel.")
    [threat] = [e for e in events if e.event_type == "THREATEN"]
    assert sorted(countries(threat.target)) == ["ISR", "USA"]


def test_arms_sent_are_no_recipient(code_text):
    events = code_text("Kyiv blamed Moscow for sending the tanks, while its officers trained the rebels.")
    sent = [e for e in events if e.event_type == "AID"]
    assert sent and countries(sent[0].source) == ["RUS"]
    assert not [a for a in sent[0].target if "tanks" in a.text]


def test_where_friends_sign_is_no_party_to_it(code_text):
    [signing] = [e for e in code_text("Armenia and Azerbaijan signed a peace agreement at the White House.")
                 if e.trigger.text == "signed"]
    assert sorted(a.country for a in signing.source) == ["ARM", "AZE"]
    assert signing.target == ()


@pytest.mark.parametrize(("text", "host", "guest"), [
    ("Putin received Modi at the Kremlin.", "RUS", "IND"),
    ("The Pope received Zelensky at the Vatican on Saturday.", "VAT", "UKR"),
])
def test_receiving_a_person_named_is_hosting_them(code_text, text, host, guest):
    [e] = [e for e in code_text(text) if e.trigger.text == "received"]
    assert e.event_type == "CONSULT"
    assert [a.country for a in e.source] == [host] and [a.country for a in e.target] == [guest]


@pytest.mark.parametrize("text", [
    "Moscow dismissed the accusations as baseless.",
    "Venezuela dismissed the new sanctions on Tuesday.",
])
def test_dismissing_a_charge_is_a_rejection(code_text, text):
    [e] = [e for e in code_text(text) if e.trigger.text == "dismissed"]
    assert e.event_type == "REJECT"


def test_trading_accusations_is_accusing(code_text):
    [e] = [e for e in code_text("Israel and Hamas traded blame for the collapse of the talks.") if e.trigger.text == "traded"]
    assert e.event_type == "ACCUSE"
    assert sorted(a.country for a in e.source) == ["ISR", "PSE"]


def test_freezing_membership_is_a_sanction(code_text):
    [e] = [e for e in code_text("Armenia has frozen its membership in the Moscow-led military alliance.")
           if e.trigger.text == "frozen"]
    assert (e.event_type, e.mode) == ("SANCTION", "discontinue")
    assert [a.country for a in e.source] == ["ARM"]


@pytest.mark.parametrize(("text", "accused"), [
    ("The Serbian president said Kosovo's prime minister was deliberately provoking violence in the north.", "XKX"),
    ("Addis Ababa said Eritrea was stoking tensions along the border.", "ERI"),
])
def test_saying_someone_stirs_up_violence_is_accusing(code_text, text, accused):
    [e] = [e for e in code_text(text) if e.trigger.text == "said"]
    assert e.event_type == "ACCUSE"
    assert [a.country for a in e.target] == [accused]


def test_saying_what_one_will_fund_is_no_accusation(code_text):
    assert not [e for e in code_text("The ministry said it would fund the new hospital.") if e.event_type == "ACCUSE"]


def test_suspending_flights_to_a_country_is_aimed_at_it(code_text):
    [cut] = code_text("Kenya announced the suspension of flights to Somalia.")
    assert cut.event_type == "SANCTION" and [a.country for a in cut.target] == ["SOM"]


@pytest.mark.parametrize("text", [
    "Talks were held at the Kremlin between Putin and the visiting Vietnamese leader.",
    "Talks between Putin and the Vietnamese leader were held in Moscow on Monday.",
])
def test_the_two_sides_of_talks_held_are_the_parties_not_the_venue(code_text, text):
    talks = [e for e in code_text(text) if e.event_type == "CONSULT"]
    assert talks, text
    sides = sorted((a.country, a.sector) for a in talks[0].source + talks[0].target)
    assert sides == [("RUS", "GOV"), ("VNM", "GOV")]


def test_the_side_asked_to_act_does_the_act_asked_for(code_text):
    events = code_text("The rebels rejected Kinshasa's demand to disarm.")
    disarm = [e for e in events if e.trigger.text == "disarm"]
    assert disarm and [a.sector for a in disarm[0].source] == ["REB"]
    # (an invitation addressed to someone: that one is to come)
    events = code_text("The Kenyan president welcomed Egypt's invitation to the Sudanese leader to attend talks "
                       "in Cairo.")
    attend = [e for e in events if e.trigger.text == "attend"]
    assert attend and [a.country for a in attend[0].source] == ["SDN"]


def test_forces_pulled_back_from_a_border_leave_the_land_beyond_it(code_text):
    events = [e for e in code_text("Armenia pulled back its troops from the border with Azerbaijan.")
              if e.event_type == "RETREAT"]
    assert events and countries(events[0].source) == ["ARM"] and countries(events[0].target) == ["AZE"]



@pytest.mark.parametrize("text, mediators, sides", [
    ("Turkey brokered a prisoner swap between Russia and Ukraine.", ["TUR"], ["RUS", "UKR"]),
    ("Egypt and Qatar brokered a truce between Israel and Hamas.", ["EGY", "QAT"], ["ISR", "PSE"]),
])
def test_a_deal_brokered_between_two_sides_is_mediation(code_text, text, mediators, sides):
    events = [e for e in code_text(text) if e.trigger.text == "brokered"]
    assert events and (events[0].event_type, events[0].cameo) == ("CONSULT", "045")
    assert countries(events[0].source) == mediators and sorted(countries(events[0].target)) == sides
