"""The entities stage: the model's entity tags mended with the country tables and the gazetteer."""

from __future__ import annotations

import datetime as dt

import pytest

from dyadline.records import Document


def _model_entities(coder, text):
    """The entities as the spaCy model alone tags them, before dyadline's stages."""
    doc = coder.nlp.make_doc(text)
    for name in ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"):
        if name in coder.nlp.pipe_names:
            doc = coder.nlp.get_pipe(name)(doc)
    return {e.text: e.label_ for e in doc.ents}


def _targets(coder, text):
    events = coder.code(Document(id="t", text=text, date=dt.date(2025, 6, 30)))
    return {a.text for e in events for a in e.target}


def test_a_first_name_the_model_takes_for_a_place_is_a_person(coder):
    text = "Ziyaddin and Huseyn Safarov died during a raid by Russian police."
    # the model alone tags the first brother's name as a place
    assert _model_entities(coder, text)["Ziyaddin"] == "GPE"
    ents = {e.text: e.label_ for e in coder.nlp(text).ents}
    assert ents["Ziyaddin"] == "PERSON"
    assert {"Ziyaddin", "Huseyn Safarov"} <= _targets(coder, text)


def test_an_untagged_first_name_joined_to_a_person_is_a_victim_too(coder):
    text = "Police detained Rustam and Elvin Mammadov in Baku."
    assert "Rustam" not in _model_entities(coder, text)
    assert {"Rustam", "Elvin Mammadov"} <= _targets(coder, text)


@pytest.mark.parametrize("text, place", [
    # a place the gazetteer holds stays a place, even next to a person's name
    ("Troops entered Makhachkala and Vladimir Putin praised them.", "Makhachkala"),
    ("Kenya and Uganda signed a deal with John Magufuli.", "Kenya"),
])
def test_a_place_joined_to_a_person_stays_a_place(coder, text, place):
    assert {e.text: e.label_ for e in coder.nlp(text).ents}[place] == "GPE"


def test_a_big_city_the_model_takes_for_a_person_is_a_place_in_a_places_slot(coder):
    text = "Rebels took control of the town of Goma on Sunday."
    assert _model_entities(coder, text)["Goma"] == "PERSON"
    assert {e.text: e.label_ for e in coder.nlp(text).ents}["Goma"] == "GPE"


@pytest.mark.parametrize("text", [
    # a surname of someone named in full, and a name that is no place's slot, stay people
    "Joseph Kabila met envoys in Kinshasa. Kabila said the talks went well.",
    "Police arrested Goma after the riot.",
])
def test_people_named_like_cities_stay_people(coder, text):
    doc = coder.nlp(text)
    assert all(e.label_ == "PERSON" for e in doc.ents if e.text in {"Kabila", "Goma"})
