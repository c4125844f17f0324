"""Acts held out as possible are threats; being appalled, inquiries and harsh words are disapproval
(``intent.py`` announced acts, ``modality.py`` "did not rule out", ``roles.py`` causes and doers,
``triggers.py`` rows)."""

from __future__ import annotations

import pytest

from event_helpers import countries, kept


@pytest.mark.parametrize("text, source, target", [
    ("Chile announced a plan to suspend trade talks with Peru.", "CHL", "PER"),
    ("Norway raised the possibility of cutting aid to Tanzania.", "NOR", "TZA"),
    ("The Danish cabinet floated the possibility of a ban on the party of Iranian exiles.", "DNK", "IRN"),
    ("Ecuador's president said he wanted to expel the Colombian ambassador.", "ECU", "COL"),
    ("Algeria said on Sunday that it was possible to close its border with Morocco.", "DZA", "MAR"),
])
def test_an_act_held_out_as_ones_own_is_a_threat(code_text, text, source, target):
    threats = kept(code_text(text), "THREATEN")
    assert threats, text
    assert countries(threats[0].source) == [source] and countries(threats[0].target) == [target]
    assert "intent(" in threats[0].evidence


@pytest.mark.parametrize("text", [
    "Greece refused to rule out sending warships toward Libya.",
    "Greece did not rule out a naval offensive against Libya.",
])
def test_not_ruling_out_force_is_a_threat(code_text, text):
    events = code_text(text)
    threats = kept(events, "THREATEN")
    assert threats and countries(threats[0].source) == ["GRC"] and countries(threats[0].target) == ["LBY"]
    # the force is only held out: no attack is coded as done
    assert not kept(events, "ASSAULT") and not kept(events, "MOBILIZE")


def test_ruling_out_force_is_no_threat(code_text):
    assert not kept(code_text("Greece ruled out sending warships toward Libya."), "THREATEN")


def test_someone_else_wanted_to_act_is_a_request_not_a_threat(code_text):
    events = code_text("Tokyo wants Beijing to halt its naval drills.")
    assert not kept(events, "THREATEN")
    [request] = kept(events, "REQUEST")
    assert countries(request.source) == ["JPN"] and countries(request.target) == ["CHN"]


def test_a_warning_that_it_could_invade_a_country_targets_the_country(code_text):
    [threat] = kept(code_text("Sudan warned that it could invade Chad."), "THREATEN")
    assert countries(threat.source) == ["SDN"] and countries(threat.target) == ["TCD"]


def test_a_deadline_is_not_the_doer_of_an_ultimatum(code_text):
    [threat] = kept(code_text("The insurgents gave the Malian army an ultimatum to quit the town by Friday."),
                       "THREATEN")
    assert [a.sector for a in threat.source] == ["REB"] and countries(threat.target) == ["MLI"]


def test_a_warning_issued_to_someone_is_a_threat_to_them(code_text):
    [threat] = kept(code_text("The Nigerian president issued a blunt warning to Niger's junta."), "THREATEN")
    assert countries(threat.source) == ["NGA"] and countries(threat.target) == ["NER"]


@pytest.mark.parametrize("text, source, target", [
    ("Canada said it was appalled by the shelling of the city by Russian troops.", "CAN", "RUS"),
    ("Sweden said it was outraged by the attack carried out by Eritrean soldiers.", "SWE", "ERI"),
    ("Ireland was horrified by Israel's bombing of the camp.", "IRL", "ISR"),
])
def test_being_appalled_by_an_act_is_disapproval_of_its_doer(code_text, text, source, target):
    accusations = kept(code_text(text), "ACCUSE")
    assert accusations, text
    assert countries(accusations[0].source) == [source] and countries(accusations[0].target) == [target]


def test_the_doer_of_the_act_deplored_may_hang_on_its_object(code_text):
    [accusation] = kept(code_text("Latvia deplored the assault on the consulate by Belarusian police."),
                           "ACCUSE")
    assert countries(accusation.source) == ["LVA"] and countries(accusation.target) == ["BLR"]


def test_an_inquiry_into_a_massacre_looks_into_its_doers_and_the_massacre_stays_done(code_text):
    events = code_text("The African Union will open an inquiry into the killing of farmers by Ethiopian troops.")
    [inquiry] = kept(events, "ACCUSE")
    assert inquiry.mode == "investigate" and countries(inquiry.target) == ["ETH"]
    # the killing looked into is not a future act, and not a threat
    assert not kept(events, "THREATEN")


@pytest.mark.parametrize("text, source, target", [
    ("Iran's foreign ministry lashed out at London over the seizure of the tanker.", "IRN", "GBR"),
    ("Hanoi described the Chinese survey as a violation of its sovereignty.", "VNM", "CHN"),
    ("Armenia's prime minister said Azerbaijan's demands were unacceptable.", "ARM", "AZE"),
])
def test_harsh_words_are_disapproval(code_text, text, source, target):
    accusations = kept(code_text(text), "ACCUSE")
    assert accusations, text
    assert countries(accusations[0].source) == [source] and countries(accusations[0].target) == [target]


def test_saying_a_policy_is_acceptable_is_no_disapproval(code_text):
    assert not kept(code_text("Armenia's prime minister said Azerbaijan's demands were not unacceptable."),
                       "ACCUSE")


def test_ties_downgraded_between_two_states_are_cut_by_the_first(code_text):
    [cut] = kept(code_text("Diplomatic ties between Lima and Caracas were downgraded on Friday."), "SANCTION")
    assert countries(cut.source) == ["PER"] and countries(cut.target) == ["VEN"]


def test_those_who_act_in_protest_are_the_protesters(code_text):
    events = code_text("Angry Kenyan traders blocked the highway in protest against the new market levy.")
    protests = kept(events, "PROTEST")
    # the protest named as the motive is the traders' own, not one by unnamed people of the place
    assert protests and all([(a.country, a.sector) for a in p.source] == [("KEN", "BUS")] for p in protests)


@pytest.mark.parametrize("text, event_type, source, target", [
    ("Georgia said it would not accept the Russian proposal.", "REJECT", "GEO", "RUS"),
    ("Somalia has not allowed Kenyan inspectors into the port.", "REJECT", "SOM", "KEN"),
    ("Tanzania's president pardoned the jailed Kenyan traders.", "CONCEDE", "TZA", "KEN"),
    ("The Peruvian government backed down after the protests by Bolivian truckers.", "CONCEDE", "PER", None),
    ("Ecuador lifted the state of emergency imposed on Venezuelan migrants.", "CONCEDE", "ECU", "VEN"),
    ("Bhutan consented to a visit by Indian inspectors.", "AGREE", "BTN", "IND"),
    ("The Sudanese army committed to a truce with the Chadian rebels.", "AGREE", "SDN", "TCD"),
    ("Belgium returned the colonial archives to Congo.", "RETREAT", "BEL", "COD"),
    ("Ethiopia's government extended the state of emergency imposed on the Eritrean refugees.", "COERCE", "ETH",
     "ERI"),
    ("Hungary voted against the EU sanctions on Russia.", "REJECT", "HUN", None),
])
def test_refusals_concessions_and_commitments(code_text, text, event_type, source, target):
    found = kept(code_text(text), event_type)
    assert found, text
    assert countries(found[0].source) == [source]
    if target is not None:
        assert target in countries(found[0].target)


def test_accepting_is_no_refusal(code_text):
    events = code_text("Georgia said it would accept the Russian proposal.")
    assert not kept(events, "REJECT") and kept(events, "AGREE")


@pytest.mark.parametrize("text, source, target", [
    ("Seoul said it would hold Pyongyang responsible for any provocation.", "KOR", "PRK"),
    ("The Saudi minister said Yemen's rebels would face a harsh response.", "SAU", "YEM"),
    ("Azerbaijan said it was ready to go to war with Armenia.", "AZE", "ARM"),
])
def test_punishment_held_in_store_is_a_threat(code_text, text, source, target):
    threats = kept(code_text(text), "THREATEN")
    assert threats, text
    assert countries(threats[0].source) == [source] and countries(threats[0].target) == [target]


def test_holding_someone_responsible_for_a_past_act_is_an_accusation(code_text):
    events = code_text("Seoul holds Pyongyang responsible for the sinking of the ship.")
    assert not kept(events, "THREATEN")
    [accusation] = kept(events, "ACCUSE")
    assert countries(accusation.target) == ["PRK"]


def test_coming_under_fire_from_fighters_is_an_attack_by_them(code_text):
    events = code_text("A Nigerian army convoy came under fire from Boko Haram fighters near Maiduguri.")
    [attack] = [e for e in kept(events, "ASSAULT") if e.trigger.text == "came"]
    assert [a.sector for a in attack.source] == ["REB"] and countries(attack.target) == ["NGA"]


def test_coming_under_fire_from_critics_is_no_attack(code_text):
    events = code_text("The Nigerian minister came under fire from opposition senators over the budget.")
    assert not kept(events, "ASSAULT")


def test_coming_under_criticism_is_disapproval_by_the_critic(code_text):
    [criticism] = kept(code_text("The Polish government came under criticism from Brussels over its courts."),
                          "ACCUSE")
    assert countries(criticism.source) == ["EU"] and countries(criticism.target) == ["POL"]


@pytest.mark.parametrize("text, source, target", [
    ("Cairo objected to the Ethiopian minister's remarks on the dam.", "EGY", "ETH"),
    ("The African Union expressed regret over Mali's decision to expel the envoy.", "AU", "MLI"),
])
def test_objecting_and_regret_over_anothers_act_are_disapproval(code_text, text, source, target):
    accusations = kept(code_text(text), "ACCUSE")
    assert accusations, text
    assert countries(accusations[0].source) == [source] and countries(accusations[0].target) == [target]


@pytest.mark.parametrize("text, source, target", [
    ("Washington told Moscow to pull its troops back from the border.", "USA", "RUS"),
    ("Fishermen from Senegal petitioned the Gambian government over the new licences.", "SEN", "GMB"),
    ("Moldova is seeking weapons from Romania.", "MDA", "ROU"),
])
def test_telling_petitioning_and_seeking_are_requests(code_text, text, source, target):
    requests = kept(code_text(text), "REQUEST")
    assert requests, text
    assert countries(requests[0].source) == [source] and countries(requests[0].target) == [target]


def test_telling_reporters_something_is_no_request(code_text):
    assert not kept(code_text("The Moldovan minister told reporters that the talks would resume."), "REQUEST")


@pytest.mark.parametrize("text, event_type, mode", [
    # individuals put out of a country are deported (COERCE); diplomats and bodies expelled are a sanction
    ("Rwanda expelled three Belgian journalists on Friday.", "COERCE", "deport"),
    ("Rwanda expelled the Belgian ambassador on Friday.", "SANCTION", "expel"),
    ("Kyrgyz police searched the homes of Uzbek community leaders.", "COERCE", "seize"),
    ("Bolivia's government nationalised Spanish-owned power companies.", "COERCE", "seize"),
    # ground taken in fighting is an assault, as plover_gsr codes it
    ("Sudanese troops recaptured the town of Heglig from South Sudanese forces.", "ASSAULT", None),
])
def test_expulsions_searches_seizures_and_ground_taken(code_text, text, event_type, mode):
    assert (event_type, mode) in {(e.event_type, e.mode) for e in kept(code_text(text), event_type)}, text


@pytest.mark.parametrize("text, source, target", [
    ("The Ghanaian president called his Togolese counterpart on Friday.", "GHA", "TGO"),
    ("French President Emmanuel Macron called President Kais Saied of Tunisia on Monday and discussed the crisis.",
     "FRA", "TUN"),
])
def test_calling_a_leader_is_a_phone_call_not_a_call_on_him(code_text, text, source, target):
    events = code_text(text)
    assert not kept(events, "REQUEST")
    calls = [e for e in kept(events, "CONSULT") if e.mode == "phone"]
    assert calls and countries(calls[0].source) == [source] and countries(calls[0].target) == [target]


def test_a_call_on_someone_stays_a_request(code_text):
    [request] = kept(code_text("Ghana called on Togo to reopen the border on Friday."), "REQUEST")
    assert countries(request.source) == ["GHA"] and countries(request.target) == ["TGO"]


@pytest.mark.parametrize("text, source, target", [
    ("The African Development Bank disbursed 200 million dollars to Ghana.", "AFDB", "GHA"),
    ("Jordanian troops evacuated wounded Syrian civilians from the border town.", "JOR", "SYR"),
    ("Algerian soldiers rescued six Malian hostages held by smugglers.", "DZA", "MLI"),
    ("China forgave Cameroon's debt on Monday.", "CHN", "CMR"),
])
def test_rescues_evacuations_disbursements_and_debt_relief_are_aid(code_text, text, source, target):
    aid = kept(code_text(text), "AID")
    assert aid, text
    assert countries(aid[0].source) == [source] and target in countries(aid[0].target)


@pytest.mark.parametrize("text, source", [
    ("Pyongyang test-fired a short-range missile off its east coast.", "PRK"),
    ("India tested a long-range ballistic missile on Monday.", "IND"),
    ("Iran carried out missile tests in the Gulf.", "IRN"),
])
def test_weapons_tests_are_a_show_of_force_not_an_attack(code_text, text, source):
    events = code_text(text)
    shows = [e for e in kept(events, "MOBILIZE") if e.mode == "weapons"]
    assert shows and countries(shows[0].source) == [source]
    assert not kept(events, "ASSAULT")


def test_a_threat_to_step_up_attacks_threatens_those_attacked(code_text):
    [threat] = kept(code_text("The rebel commander threatened to step up attacks on Ugandan towns."), "THREATEN")
    assert countries(threat.target) == ["UGA"]


def test_reducing_cooperation_under_might_is_a_threat(code_text):
    [threat] = kept(code_text("Tehran said it might reduce cooperation with the UN atomic watchdog."), "THREATEN")
    assert countries(threat.source) == ["IRN"] and countries(threat.target) == ["IAEA"]


@pytest.mark.parametrize("text, source, target", [
    ("Moscow banned imports of Moldovan fruit.", "RUS", "MDA"),
    ("The US Treasury blacklisted three Nicaraguan firms.", "USA", "NIC"),
    ("Washington placed two Cuban banks on a blacklist.", "USA", "CUB"),
])
def test_trade_bans_and_blacklists_are_sanctions(code_text, text, source, target):
    sanctions = kept(code_text(text), "SANCTION")
    assert sanctions, text
    assert countries(sanctions[0].source) == [source] and countries(sanctions[0].target) == [target]


def test_willing_to_return_to_talks_is_an_intent_to_meet(code_text):
    events = code_text("Eritrea said it was willing to return to talks with Ethiopia.")
    intents = [e for e in kept(events, "AGREE") if e.cameo == "036"]
    assert intents and countries(intents[0].source) == ["ERI"] and countries(intents[0].target) == ["ETH"]


@pytest.mark.parametrize("text, event_type, source, target", [
    ("Lebanon repatriated 300 Syrian refugees on Tuesday.", "RETREAT", "LBN", "SYR"),
    ("The Ethiopian army lifted its siege of the Tigrayan capital.", "RETREAT", "ETH", None),
    ("The Chadian government reversed its decision to expel Sudanese aid workers.", "CONCEDE", "TCD", None),
    ("Vietnam relaxed its restrictions on Chinese tourists.", "CONCEDE", "VNM", "CHN"),
    ("The Zambian government dropped the charges against the Congolese activists.", "CONCEDE", "ZMB", "COD"),
])
def test_repatriation_lifting_a_siege_and_concessions(code_text, text, event_type, source, target):
    found = kept(code_text(text), event_type)
    assert found, text
    assert countries(found[0].source) == [source]
    if target is not None:
        assert target in countries(found[0].target)


def test_a_decision_announced_is_the_act_not_a_threat(code_text):
    events = code_text("Ghana announced its decision to expel the Ivorian ambassador.")
    assert kept(events, "SANCTION") and not kept(events, "THREATEN")


def test_the_toll_of_an_attack_is_of_the_side_it_hit(code_text):
    events = code_text("Eritrean troops shelled Ethiopian army positions near Zalambessa, killing or wounding 30.")
    tolls = [e for e in kept(events, "ASSAULT") if e.trigger.text in {"killing", "wounding"}]
    assert tolls and all(countries(e.target) == ["ETH"] for e in tolls)


def test_a_military_operation_announced_against_fighters_is_a_threat_to_them(code_text):
    [threat] = kept(code_text("Ankara announced that its army would soon start a ground operation against "
                                 "Kurdish militants in Iraq."), "THREATEN")
    assert countries(threat.source) == ["TUR"] and countries(threat.target) == ["IRQ"]


@pytest.mark.parametrize("text, code", [
    # forces announced to bolster or support those they go to: an intent to give military protection
    ("France will send 2,000 troops to Estonia to bolster NATO's eastern flank.", "0334"),
    ("Turkey plans to deploy troops to Libya to support the government in Tripoli.", "0334"),
    # with no such purpose, forces announced toward a country are a threat of force
    ("Russia will send troops to Georgia.", "138"),
])
def test_forces_announced_to_protect_are_a_promise_not_a_threat(code_text, text, code):
    [act] = [e for e in code_text(text) if e.trigger.text in {"send", "deploy"}]
    assert act.cameo == code and act.event_type == ("AGREE" if code == "0334" else "THREATEN")
