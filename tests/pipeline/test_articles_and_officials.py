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
