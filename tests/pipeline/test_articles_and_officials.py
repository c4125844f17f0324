"""Session-19 readings across the sentences of an article: an official the tables do not know speaks for
the government last named as a subject, not for whoever acted last; "he" opening a sentence is the person
the sentence before was about; "the fishermen" are the Kenyan fishermen named before; letters the text spells out
mean what it says; an envoy recalled from a post targets the land of the post."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import countries, kept

ROW_WITH_UGANDA = """Kenya recalls envoy as row with Uganda deepens

NAIROBI, March 14 - Kenya recalled its ambassador to Kampala on Wednesday after Ugandan soldiers detained \
four Kenyan fishermen on Migingo Island, the foreign ministry said.

Foreign Minister Musalia Mudavadi said the fishermen had been beaten and their boats seized. He demanded \
their immediate release and accused Uganda of violating an agreement signed in 2009.
"""


@pytest.fixture(scope="module")
def row_events(coder):
    from dyadline.records import Document

    return coder.code(Document(id="row", text=ROW_WITH_UGANDA, date=dt.date(2024, 3, 14), origin="row"))


def test_an_envoy_recalled_from_a_post_targets_the_land_of_the_post(row_events):
    recalls = kept(row_events, "SANCTION")
    assert recalls and countries(recalls[0].source) == ["KEN"] and countries(recalls[0].target) == ["UGA"]


def test_an_unknown_minister_speaks_for_the_government_named_before(row_events):
    """Ugandan soldiers acted last, but the minister is Kenya's: Kenya is the government named as a subject."""
    accusations = kept(row_events, "ACCUSE")
    assert accusations, [(e.event_type, e.trigger.text) for e in row_events]
    assert countries(accusations[0].source) == ["KEN"]
    assert countries(accusations[0].target) == ["UGA"]
    assert "Mudavadi" in accusations[0].source[0].text  # "He" is the minister of the sentence before


def test_the_people_named_again_keep_their_country(row_events):
    beatings = [e for e in kept(row_events, "ASSAULT") if e.trigger.text == "beaten"]
    assert beatings and countries(beatings[0].target) == ["KEN"]


def test_he_is_no_one_when_the_sentence_before_names_no_single_person(code_text):
    events = code_text("Police and soldiers patrolled the town on Monday. He demanded the release of the men.")
    assert all(a.text != "Police" for e in events for a in e.source if e.trigger.text == "demanded")


def test_a_phrase_of_a_headline_does_not_run_into_the_line_break(code_text):
    events = code_text("Greece condemns Turkish drilling plans\n\nGreece lodged a formal protest with Turkey on Tuesday.")
    assert events
    assert all(a.text == a.text.strip() for e in events for a in e.source + e.target)


@pytest.mark.parametrize("text, event_type, source, target", [
    ("The EU slapped tariffs on Chinese electric cars.", "SANCTION", "EU", "CHN"),
    ("Iran allowed IAEA inspectors to visit the site.", "RETREAT", "IRN", "IAEA"),
])
def test_tariffs_slapped_and_inspectors_let_in(code_text, text, event_type, source, target):
    events = kept(code_text(text), event_type)
    assert events and countries(events[0].source) == [source] and countries(events[0].target) == [target]


def test_violence_between_two_peoples_is_an_attack_between_them(code_text):
    events = kept(code_text("Violence between Pokot and Turkana herders left three dead in Kapedo."), "ASSAULT")
    assert events and events[0].fatalities == 3
    assert events[0].source and events[0].target


def test_letters_the_text_spells_out_mean_what_it_says(code_text):
    """'RSF' is the Rapid Support Forces of the article, not the press-freedom group of the tables."""
    events = code_text("Medics blamed the paramilitary Rapid Support Forces for the shelling of El Fasher. "
                       "The RSF denied responsibility and accused the army of shelling the city.")
    accusations = [e for e in kept(events, "ACCUSE") if e.trigger.text == "accused"]
    assert accusations and accusations[0].source[0].sector == "PRM"
    assert countries(accusations[0].source) == ["SDN"]


def test_letters_the_text_does_not_spell_out_keep_the_tables_meaning(code_text):
    events = code_text("Reporters Without Borders condemned the arrest of two journalists in Kabul. "
                       "The RSF called for their release.")
    requests = kept(events, "REQUEST")
    assert requests and requests[0].source[0].sector != "PRM"


PATROL_DEAL = """India, China agree to resume border patrols

NEW DELHI, Oct 21 (Reuters) - India and China have agreed on arrangements for patrolling along their \
disputed Himalayan border, India's foreign secretary Vikram Misri said on Monday.

Misri said troops would pull back from friction points in eastern Ladakh, where soldiers of the two countries \
clashed in 2020, killing 24 soldiers.
"""


@pytest.fixture(scope="module")
def patrol_events(coder):
    from dyadline.records import Document

    return coder.code(Document(id="patrol", text=PATROL_DEAL, date=dt.date(2024, 10, 21), origin="patrol"))


def test_a_dateline_is_no_subject(patrol_events):
    """'NEW DELHI, Oct 21 (Reuters) -' stands apart: India and China agreed, not New Delhi."""
    body = [e for e in kept(patrol_events, "AGREE") if e.sentence_index == 2]
    assert body, [(e.event_type, e.sentence_index, e.trigger.text) for e in patrol_events]
    assert sorted(countries(body[0].source)) == ["CHN", "IND"]
    assert all("DELHI" not in a.text for a in body[0].source)


def test_the_parties_own_border_is_no_third_party(patrol_events):
    body = [e for e in kept(patrol_events, "AGREE") if e.sentence_index == 2]
    assert body and body[0].target == ()


def test_a_headline_comma_joins_the_parties(patrol_events):
    headline = [e for e in kept(patrol_events, "AGREE") if e.sentence_index == 0]
    assert headline and sorted(countries(headline[0].source)) == ["CHN", "IND"]


def test_a_promise_to_pull_back_carries_no_toll_of_an_old_clash(patrol_events):
    agreements = kept(patrol_events, "AGREE")
    assert agreements and all(e.fatalities is None for e in agreements)


@pytest.mark.parametrize("text, parties", [
    ("Kenya, Somalia restore diplomatic ties", ["KEN", "SOM"]),
    ("Russia, Ukraine swap hundreds of prisoners", ["RUS", "UKR"]),
    ("Putin, Xi meet in Beijing", ["CHN", "RUS"]),  # the names left with no subject link at all
])
def test_headline_parties_set_side_by_side(code_text, text, parties):
    events = code_text(text)
    assert events and sorted(countries(events[0].source)) == parties


@pytest.mark.parametrize("text", [
    "Russia and Ukraine exchanged 95 prisoners of war on Friday.",
    "The prisoner swap between Armenia and Azerbaijan took place at the border.",
])
def test_prisoners_exchanged_are_released(code_text, text):
    assert kept(code_text(text), "RETREAT"), text


def test_the_one_whose_decision_it_is_does_the_act(code_text):
    events = code_text("Thousands protested the Georgian government's decision to suspend talks with the EU.")
    suspensions = kept(events, "SANCTION")
    assert suspensions and [a.sector for a in suspensions[0].source] == ["GOV"]
    assert countries(suspensions[0].source) == ["GEO"]


def test_counts_of_two_sides_add_up(code_text):
    events = kept(code_text("The clash killed at least 20 Indian and four Chinese soldiers."), "ASSAULT")
    assert events and events[0].fatalities == 24


@pytest.mark.parametrize("text, sub_event", [
    ("Russia and Ukraine exchanged 95 prisoners of war on Friday.", "Agreement"),
    ("Rebels released 12 hostages on Friday.", "Other"),
])
def test_an_exchange_of_prisoners_is_an_acled_agreement_a_release_is_not(code_text, text, sub_event):
    releases = kept(code_text(text), "RETREAT")
    assert releases and releases[0].acled is not None and releases[0].acled.sub_event_type == sub_event
