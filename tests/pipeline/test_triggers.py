"""The triggers stage: which words are events, by the rules of the trigger lexicon."""

from __future__ import annotations

import pytest


def _coded(code_text, text, trigger):
    return [e for e in code_text(text) if e.trigger.text == trigger]


@pytest.mark.parametrize(("text", "trigger", "place"), [
    # taking a town by force, named or described, however the small model tags its name
    ("Islamist fighters captured Kidal after a week of fighting.", "captured", "Kidal"),
    ("Rebels took control of the town of Bunia on Saturday.", "took", "Bunia"),
    ("Government troops seized control of Kunduz on Sunday.", "seized", "Kunduz"),
    ("Militants gained control of the airport in Goma.", "gained", "Goma"),
])
def test_taking_a_place_by_force_is_an_assault(code_text, text, trigger, place):
    [event] = _coded(code_text, text, trigger)
    assert (event.event_type, event.contexts) == ("ASSAULT", ("military",))
    assert event.location is not None and event.location.name == place


@pytest.mark.parametrize(("text", "trigger"), [
    # control of a body or a firm is no fighting
    ("The government took control of the central bank on Monday.", "took"),
    ("The company took control of its rival in a share deal.", "took"),
])
def test_control_of_no_place_is_no_assault(code_text, text, trigger):
    assert not [e for e in _coded(code_text, text, trigger) if e.event_type == "ASSAULT"]


def test_ordering_the_closure_of_a_consulate_reduces_relations(code_text):
    [event] = _coded(code_text, "Poland ordered the closure of the Russian consulate in Gdansk.", "closure")
    assert (event.event_type, event.mode) == ("SANCTION", "discontinue")
    assert [a.country for a in event.source] == ["POL"] and [a.country for a in event.target] == ["RUS"]



def test_a_protest_lodged_with_a_government_is_disapproval_not_a_demonstration(code_text):
    [lodged] = _coded(code_text, "Beijing lodged a strong protest with Tokyo over the shrine visit.", "protest")
    assert (lodged.event_type, lodged.acled) == ("ACCUSE", None)
    [street] = _coded(code_text, "Thousands staged a protest in Nairobi over taxes.", "protest")
    assert street.event_type == "PROTEST"


def test_revoking_an_agreement_reduces_relations(code_text):
    [revoked] = _coded(code_text, "Niger revoked its military cooperation accord with the United States.", "revoked")
    assert revoked.event_type == "SANCTION"
    assert [a.country for a in revoked.target] == ["USA"]


@pytest.mark.parametrize("text", [
    "Villagers clubbed to death a man accused of stealing a goat near Kisii.",
    "A court in Tehran ordered that the two men be hanged. Iran hanged the two men on Sunday.",
])
def test_killing_by_club_or_rope_is_an_assault(code_text, text):
    assert any(e.event_type == "ASSAULT" and e.fatalities for e in code_text(text))


@pytest.mark.parametrize("text", [
    "Youths firebombed a police station in Nakuru on Monday night.",
    "Rioters firebomb a church and barricade the main road.",
])
def test_firebombing_a_building_destroys_property(code_text, text):
    [event] = [e for e in code_text(text) if e.trigger.text.lower().startswith("firebomb")]
    assert (event.event_type, event.mode) == ("ASSAULT", "destroy")
    # (ACLED codes destruction by a crowd as a riot)
    assert event.acled is not None and event.acled.event_type == "Riots"


@pytest.mark.parametrize(("text", "assault"), [
    # an operation launched is an assault, but not one to search for, rescue or help people
    ("The Nigerian army launched an operation against bandits in Zamfara state.", True),
    ("The Nigerian army launched a search operation for the abducted students in Kaduna state.", False),
    ("The Nigerian army launched a rescue operation after the floods in Kaduna state.", False),
])
def test_an_operation_to_search_or_rescue_is_no_assault(code_text, text, assault):
    assert bool([e for e in _coded(code_text, text, "launched") if e.event_type == "ASSAULT"]) is assault


@pytest.mark.parametrize(("text", "concession"), [
    # easing a curfew or restrictions yields something; easing tensions is no concession of its own
    ("Khartoum eased the nightly curfew on Monday.", True),
    ("French President Emmanuel Macron telephoned Algeria's president on Tuesday to ease tensions over migrants.",
     False),
])
def test_easing_tensions_is_no_concession(code_text, text, concession):
    events = code_text(text)
    assert bool([e for e in events if e.event_type == "CONCEDE"]) is concession, events


@pytest.mark.parametrize(("text", "trigger"), [
    ("Mali's junta ordered French troops to leave the country within six months.", "ordered"),
    ("Niger told the French ambassador to leave within 48 hours.", "told"),
    ("Burkina Faso asked the UN mission to withdraw its staff by June.", "asked"),
])
def test_ordering_foreigners_out_is_an_expulsion(code_text, text, trigger):
    [e] = [e for e in code_text(text) if e.trigger.text == trigger]
    assert (e.event_type, e.mode) == ("SANCTION", "expel")


def test_sending_shells_is_military_aid(code_text):
    [e] = [e for e in code_text("Seoul sent artillery shells to Ukraine.") if e.trigger.text == "sent"]
    assert e.event_type == "AID"


@pytest.mark.parametrize(("text", "trigger", "event_type"), [
    ("Venezuela reopened its border with Colombia after seven years.", "reopened", "CONCEDE"),
    ("Tehran and Riyadh reopened their embassies in March.", "reopened", "SUPPORT"),
    ("Saudi Arabia extended the truce in Yemen by two months.", "extended", "RETREAT"),
])
def test_reopening_and_extending(code_text, text, trigger, event_type):
    [e] = [e for e in code_text(text) if e.trigger.text == trigger]
    assert e.event_type == event_type


def test_reopening_a_road_is_no_concession(code_text):
    assert not [e for e in code_text("Workers reopened the road to the airport.") if e.trigger.text == "reopened"]
