"""The actors stage: whose words an actor's span takes (a proposal turned down, a name and the words that
introduce it, a place held by a side), and which phrase an object pronoun stands for."""

from __future__ import annotations

import pytest

from event_helpers import countries, kept


@pytest.mark.parametrize("text, country, span", [
    ("The Kenyan court turned down the Ugandan government's request for the extradition of two traders.",
     "UGA", "the Ugandan government's request"),
    ("Hamas rejected an offer from the Egyptian mediators to pause the fighting for a week.",
     "EGY", "an offer from the Egyptian mediators"),
    ("Belgrade rebuffed the call of the European Commission for new talks.", "EU",
     "the call of the European Commission"),
])
def test_a_rejected_proposal_is_the_proposers_and_its_span_is_the_proposal(code_text, text, country, span):
    [act] = kept(code_text(text), "REJECT")
    assert country in countries(act.target), [(a.text, a.country) for a in act.target]
    assert [a.text for a in act.target] == [span]


@pytest.mark.parametrize("text, trigger, target", [
    ("Eritrean troops shelled Ethiopian army positions near Zalambessa and overran them by nightfall.", "overran",
     "ETH"),
    ("Ethiopian police beat four Eritrean refugees and then detained them in Gondar.", "detained", "ERI"),
])
def test_an_object_pronoun_of_a_joined_verb_is_the_first_verbs_object(code_text, text, trigger, target):
    # ("the army hit the positions and destroyed them": they are the positions, not the army that hit them)
    [act] = [e for e in code_text(text) if e.trigger.text == trigger]
    assert countries(act.target) == [target], [(a.text, a.country) for a in act.target]


@pytest.mark.parametrize("text, country, span", [
    ("Ruto will meet his counterpart Tanzanian President Samia Suluhu Hassan in Arusha.", "TZA",
     "his counterpart Tanzanian President Samia Suluhu Hassan"),
    ("Modi will meet longtime rival Pakistan's Prime Minister Imran Khan, officials said.", "PAK",
     "longtime rival Pakistan's Prime Minister Imran Khan"),
])
def test_a_met_person_is_spanned_with_the_words_that_introduce_the_name(code_text, text, country, span):
    [act] = [e for e in code_text(text) if e.trigger.text == "meet"]
    assert countries(act.target) == [country], [(a.text, a.country) for a in act.target]
    assert [a.text for a in act.target] == [span]



@pytest.mark.parametrize("text, span", [
    ("Ethiopian jets bombed the last TPLF-held town north of Mekelle on Monday.",
     "the last TPLF-held town"),
    ("Militants fired mortars at civilian and military targets in Kismayo overnight.",
     "civilian and military targets in Kismayo"),
    ("The junta launched a crackdown on opposition groups.", "opposition groups"),
])
def test_an_actor_read_from_a_word_of_a_thing_is_spanned_with_the_thing(code_text, text, span):
    # the actor is who holds or owns the thing; the span is the thing the act was done to
    act = next(e for e in code_text(text) if e.event_type == "ASSAULT")
    assert [a.text for a in act.target] == [span]


@pytest.mark.parametrize("text, span", [
    ("The navies of Kenya and Tanzania held joint drills off Mombasa.", "The navies of Kenya and Tanzania"),
    ("The agency sent aid to families in Sudan, Chad and Niger.", "families in Sudan, Chad and Niger"),
])
def test_places_or_owners_joined_inside_a_phrase_are_all_of_it(code_text, text, span):
    spans = {a.text for e in code_text(text) for a in (*e.source, *e.target)}
    assert span in spans, spans


def test_a_joining_word_before_another_actor_is_not_part_of_the_first(code_text):
    spans = {a.text for e in code_text("A number of opposition parties and the Taliban condemned the decision.")
             for a in e.source}
    assert "A number of opposition parties" in spans and not any(s.endswith(" and") for s in spans), spans


@pytest.mark.parametrize("text, country", [
    ("The Red Cross working in Sudan said RSF fighters must spare the hospitals.", "ICRC"),
    ("The Red Cross operating in Ukraine said Russian forces must let civilians leave.", "ICRC"),
])
def test_a_participle_read_as_the_subject_gives_its_own_subject(code_text, text, country):
    # ("The Red Cross operating in Iraq said ...": the body that operates there speaks)
    [said] = [e for e in code_text(text) if e.trigger.text == "said"]
    assert countries(said.source) == [country], [(a.text, a.country) for a in said.source]


@pytest.mark.parametrize(("text", "source", "country"), [
    # a describing word or a name the parser read as one more subject stays in the doer's phrase
    ("Sudan's paramilitary Rapid Support Forces shelled a displacement camp near El Fasher.",
     "Sudan's paramilitary Rapid Support Forces", "SDN"),
    ("Nairobi police arrest two British nationals on terror charges.", "Nairobi police", "KEN"),
])
def test_a_subject_split_in_two_by_the_parser_is_one_doer(code_text, text, source, country):
    [event] = code_text(text)
    assert [(a.text, a.country) for a in event.source] == [(source, country)]


def test_envoys_of_unnamed_countries_are_not_the_expellers_own(code_text):
    # neither the country acting before them nor the place the news came from makes them Venezuelan
    events = code_text("Venezuela expelled the ambassadors of seven Latin American countries, the foreign "
                       "ministry in Caracas said.")
    [expulsion] = [e for e in events if e.event_type == "SANCTION"]
    assert [a.country for a in expulsion.source] == ["VEN"]
    assert [a.country for a in expulsion.target] == [None]


def test_they_who_protest_are_the_crowd_the_police_met_not_the_police(code_text):
    events = code_text("Kenyan police fired tear gas at hundreds of opposition supporters in Kisumu on Friday as "
                       "they protested against the election result.")
    [protest] = [e for e in events if e.event_type == "PROTEST"]
    assert [(a.text, a.sector) for a in protest.source] == [("hundreds of opposition supporters", "OPP")]


def test_an_anti_government_protest_is_not_the_governments(code_text):
    [protest] = [e for e in code_text("Thousands joined an anti-government protest in Tbilisi on Sunday.")
                 if e.event_type == "PROTEST"]
    assert all(a.sector != "GOV" for a in protest.source), protest.source
    assert [a.sector for a in protest.target] == ["GOV"]


def test_hostages_take_no_country_from_who_bargains_for_them(code_text):
    events = code_text("Qatar is mediating the release of 50 hostages held by Hamas.")
    for e in events:
        for a in e.target:
            if "hostages" in a.text:
                assert a.country != "QAT", e
    assert any(a.country == "QAT" for e in events for a in e.source)


@pytest.mark.parametrize("text, trigger, role, country", [
    ("Armenian Prime Minister Nikol Pashinyan said his country had frozen its participation in the bloc.",
     "frozen", "source", "ARM"),
    ("French President Emmanuel Macron said Russia was threatening his country.", "threatening", "target", "FRA"),
    ("Kenyan President William Ruto said his government would expel the Ugandan envoy.", "expel", "source", "KEN"),
])
def test_his_country_is_the_state_of_the_person_speaking(code_text, text, trigger, role, country):
    [act] = [e for e in code_text(text) if e.trigger.text == trigger]
    actors = act.source if role == "source" else act.target
    assert [(a.country, a.sector) for a in actors] == [(country, "GOV")], [(a.text, a.country) for a in actors]


def test_her_country_in_a_phrase_of_place_is_no_actor(code_text):
    # "welcomed the visit ... to her country": whose visit was welcomed, not the country it was to
    [welcome] = [e for e in code_text("Bulgaria's foreign minister, Ekaterina Zaharieva, welcomed the visit by the "
                                      "Sudanese foreign minister to her country.") if e.trigger.text == "welcomed"]
    assert [a.country for a in welcome.target] == ["SDN"]


def test_them_after_the_forces_acted_is_the_crowd_not_the_forces(code_text):
    events = code_text("Jobless youth blocked the main road in Voi to protest. They burnt tyres near the market. "
                       "Officers came to disperse them and detained seven.")
    [disperse] = [e for e in events if e.trigger.text == "disperse"]
    assert [a.sector for a in disperse.source] == ["COP"]
    assert [(a.text, a.sector) for a in disperse.target] == [("Jobless youth", "CVL")]
    # "They" opening a sentence is the crowd the sentence before was about
    [burnt] = [e for e in events if e.trigger.text == "burnt"]
    assert [a.text for a in burnt.source] == ["Jobless youth"]


def test_them_counted_after_the_police_named_again_is_the_mob(code_text):
    events = code_text("A mob stormed a party meeting in Kisumu. Police came to the hall. "
                       "Police detained ten of them.")
    [arrest] = [e for e in events if e.trigger.text == "detained"]
    assert [a.sector for a in arrest.target] == ["CVL"]


def test_where_a_named_official_was_met_is_not_in_the_officials_span(code_text):
    [talks] = [e for e in code_text("The German chancellor Olaf Scholz held talks with the Dutch prime minister Mark "
                                    "Rutte at the Chancellery in Berlin.") if e.trigger.text == "held"]
    assert [a.text for a in talks.target] == ["the Dutch prime minister Mark Rutte"]
