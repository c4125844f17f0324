"""Found by coding sentences written per CAMEO code (session 37): who speaks for whom, envoys, talks walked
out of, refusals announced ahead, and words the tagger misreads."""

from __future__ import annotations

import pytest

from event_helpers import countries


@pytest.mark.parametrize("text, event_type, source, target", [
    # walking out of talks halts them (CAMEO 164), aimed at the side across the table
    ("Israel pulled out of talks with Hamas in Doha.", "SANCTION", "ISR", "PSE"),
    ("Armenia withdrew from negotiations with Azerbaijan on Friday.", "SANCTION", "ARM", "AZE"),
    # leaving a pact, however it is said
    ("Russia pulled out of the Black Sea grain deal.", "SANCTION", "RUS", None),
    # an official complaint made to a state over an act of an office it does not name is aimed at that state
    ("Seoul protested to Tokyo over the defence minister's remarks.", "ACCUSE", "KOR", "JPN"),
    # a call by someone for something names its target inside what is asked
    ("A call by Egypt for an end to the fighting in Sudan was ignored.", "REQUEST", "EGY", "SDN"),
    # an act promised, hung on "to"
    ("France committed to training Ukrainian pilots.", "AGREE", "FRA", "UKR"),
    # craft given are military aid
    ("Japan gave the Philippines ten patrol boats.", "AID", "JPN", "PHL"),
    # speaking to someone is a consultation
    ("Macron spoke to Putin for two hours on Friday.", "CONSULT", "FRA", "RUS"),
    # "forgave" is the past of forgive
    ("The Bolivian president forgave the farmers who had blocked the highway.", "SUPPORT", "BOL", "BOL"),
    # a seizure told as a noun
    ("The confiscation of Palestinian land by Israeli authorities continued.", "COERCE", "ISR", "PSE"),
    # leaving a bloc named by letters the lemmatizer takes for a plural; the bloc is what is left
    ("Burkina Faso withdrew from ECOWAS.", "SANCTION", "BFA", "ECOWAS"),
    ("Mali pulled out of ECOWAS in January.", "SANCTION", "MLI", "ECOWAS"),
    # (but one suspended from a bloc is the one acted on)
    ("The African Union suspended Niger from the bloc.", "SANCTION", "AU", "NER"),
    # a leader's surname the tagger takes for a common noun, opening the sentence
    ("Zelenskyy urged Germany to send more air defence systems.", "REQUEST", "UKR", "DEU"),
    # forces readied and sent
    ("Taiwan scrambled jets as Chinese warplanes approached.", "MOBILIZE", "TWN", None),
    ("The Pentagon ordered an aircraft carrier to the Gulf.", "MOBILIZE", "USA", None),
    ("Russia conducted a nuclear weapons drill near the Finnish border.", "MOBILIZE", "RUS", None),
])
def test_acts_between_two_sides(code_text, text, event_type, source, target):
    events = [e for e in code_text(text) if e.event_type == event_type]
    assert events, [(e.event_type, e.trigger.text) for e in code_text(text)]
    assert countries(events[0].source) == [source]
    assert countries(events[0].target) == ([target] if target else [])


@pytest.mark.parametrize("text, country, sector", [
    ("A spokeswoman for the Kenyan army denied the report.", "KEN", "MIL"),
    ("A spokesman for the Chinese foreign ministry criticised Japan.", "CHN", "GOV"),
    ("Negotiators from Sudan met in Jeddah on Monday.", "SDN", "GOV"),
    # the US state after one of its towns is no country of the Caucasus
    ("Police in Atlanta, Georgia, arrested two men on Sunday.", "USA", "COP"),
])
def test_who_speaks_or_acts_for_whom(code_text, text, country, sector):
    events = code_text(text)
    assert events, text
    assert [(a.country, a.sector) for a in events[0].source] == [(country, sector)]


def test_the_georgian_capital_stays_in_georgia(code_text):
    [event] = [e for e in code_text("Police detained 30 protesters in Tbilisi, Georgia.") if e.event_type == "COERCE"]
    assert countries(event.target) == ["GEO"]


def test_envoys_a_state_summons_are_not_its_own(code_text):
    events = [e for e in code_text("Turkey summoned ten Western ambassadors on Monday.") if e.event_type == "ACCUSE"]
    assert events and countries(events[0].source) == ["TUR"]
    assert countries(events[0].target) == [None]


def test_a_later_mention_drops_the_article_of_a_surname(code_text):
    text = ("Sudanese army chief Abdel Fattah al-Burhan met Egyptian President Abdel Fattah al-Sisi in Cairo. "
            "Burhan thanked Sisi for Egypt's support.")
    [event] = [e for e in code_text(text) if e.event_type == "SUPPORT"]
    assert [(a.text, a.country) for a in event.source] == [("Burhan", "SDN")]
    assert [(a.text, a.country) for a in event.target] == [("Sisi", "EGY")]


@pytest.mark.parametrize("text", [
    "The rebels said they would not lay down their arms.",
    "Hamas said it would not release the hostages.",
    "Germany said it would not send Taurus missiles to Ukraine.",
])
def test_a_yielding_refused_ahead_is_a_rejection(code_text, text):
    events = code_text(text)
    assert [(e.event_type, e.negated) for e in events] == [("REJECT", False)]


def test_a_yielding_that_did_not_happen_stays_negated(code_text):
    [event] = code_text("The rebels did not release the hostages.")
    assert (event.event_type, event.negated) == ("RETREAT", True)


def test_a_vow_to_respect_a_truce_is_a_promise(code_text):
    [event] = [e for e in code_text("The Houthis vowed to respect the truce with Saudi Arabia.")]
    assert event.event_type == "AGREE" and countries(event.target) == ["SAU"]


def test_demobilising_fighters_is_a_retreat(code_text):
    [event] = code_text("The ELN rebels demobilised 500 fighters in Colombia.")
    assert (event.event_type, event.mode) == ("RETREAT", "disarm")


def test_a_street_that_names_an_office_is_no_downing(code_text):
    events = code_text("Downing Street said the Prime Minister had spoken to the Saudi crown prince.")
    assert [e.event_type for e in events] == ["CONSULT"]
    assert countries(events[0].target) == ["SAU"]


def test_a_capital_that_fires_is_not_its_own_target(code_text):
    [event] = code_text("Pyongyang fired two ballistic missiles into the sea on Sunday.")
    assert countries(event.source) == ["PRK"] and event.target == ()


def test_releasing_a_video_frees_no_one(code_text):
    events = code_text("The Taliban released a video of two captured soldiers.")
    assert "RETREAT" not in [e.event_type for e in events]
    [freed] = code_text("The Taliban released two captured soldiers.")
    assert freed.event_type == "RETREAT"


def test_a_deal_a_withdrawal_is_made_under_is_not_what_is_left(code_text):
    [event] = code_text("Russian troops began pulling out of Chechnya under a peace deal.")
    assert (event.event_type, event.mode) == ("RETREAT", "withdraw")


@pytest.mark.parametrize("text", [
    "Kosovo's prime minister said he was open to dialogue with Belgrade.",
    "Iran remains committed to negotiations with the United States.",
])
def test_being_open_to_talks_is_an_intent_to_meet(code_text, text):
    events = [e for e in code_text(text) if e.event_type == "AGREE"]
    assert events and events[0].cameo == "036" and len(events[0].source) == 1 and len(events[0].target) == 1


def test_an_inquiry_into_a_bodys_own_members_stands(code_text):
    events = code_text("The Nigerian army said it was investigating the shooting of two farmers by soldiers in Benue.")
    inquiries = [e for e in events if e.event_type == "ACCUSE"]
    assert inquiries and inquiries[0].mode == "investigate" and countries(inquiries[0].source) == ["NGA"]


def test_emergency_aid_extended_is_aid_not_a_state_of_emergency(code_text):
    [event] = code_text("Japan extended emergency aid to flood victims in Bangladesh.")
    assert event.event_type == "AID" and countries(event.target) == ["BGD"]
    [emergency] = code_text("Kenya extended the state of emergency in Lamu.")
    assert emergency.event_type == "COERCE"


def test_a_ceasefire_announced_is_declared(code_text):
    [event] = code_text("The M23 rebels announced a unilateral ceasefire on Monday.")
    assert (event.event_type, event.mode) == ("RETREAT", "ceasefire") and countries(event.source) == ["COD"]


def test_the_end_of_a_ceasefire_announced_is_no_ceasefire(code_text):
    events = code_text("The ELN rebels announced the end of their unilateral ceasefire in Colombia.")
    assert ("RETREAT", "ceasefire") not in [(e.event_type, e.mode) for e in events]


def test_allegations_called_baseless_are_rejected(code_text):
    [event] = code_text("Moscow called the allegations absurd.")
    assert event.event_type == "REJECT" and countries(event.source) == ["RUS"]


def test_where_a_paper_is_signed_is_no_party_to_it(code_text):
    [event] = code_text("Kenya and Uganda signed a trade agreement in Kampala.")
    assert event.event_type == "SUPPORT" and sorted(countries(event.source)) == ["KEN", "UGA"]
    assert event.target == () and event.location is not None and event.location.name == "Kampala"


def test_a_town_whose_name_ends_in_a_capitals_is_that_town(code_text):
    [event] = code_text("Insurgents attacked Mocimboa da Praia in northern Mozambique.")
    assert countries(event.target) == ["MOZ"] and event.location.country == "MOZ"


@pytest.mark.parametrize("text, source, target", [
    ("The Kremlin welcomed Trump's invitation to Putin.", "RUS", "USA"),
    ("The UN welcomed the release of the hostages by Hamas.", "UN", "PSE"),
])
def test_praise_of_an_act_is_aimed_at_its_doer(code_text, text, source, target):
    [event] = [e for e in code_text(text) if e.event_type == "SUPPORT"]
    assert countries(event.source) == [source] and countries(event.target) == [target]


def test_a_states_force_held_out_at_no_one_named_is_a_threat(code_text):
    events = code_text("Iraq would strike back at any country that allowed attacks from its soil, Saddam Hussein said.")
    threats = [e for e in events if e.event_type == "THREATEN"]
    assert threats and countries(threats[0].source) == ["IRQ"] and threats[0].target == ()
