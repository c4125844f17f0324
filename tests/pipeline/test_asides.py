"""A clause in brackets that tears a sentence's parse: the sentence is parsed again without it."""

from __future__ import annotations

import pytest

from dyadline.pipeline.asides import bracketed_asides, leading_circumstances


def _model_parse(coder, text):
    """The text as the spaCy model alone leaves it (parse and entities), before dyadline's stages."""
    doc = coder.nlp.make_doc(text)
    for name in ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"):
        if name in coder.nlp.pipe_names:
            doc = coder.nlp.get_pipe(name)(doc)
    return doc


def test_an_aside_that_tears_the_sentence_is_found(coder):
    # the model, alone, makes the bracketed clause the sentence's root
    doc = _model_parse(coder, "A mine went off near the camp, killing a group of four (later confirmed as nine) "
                              "rangers.")
    asides = bracketed_asides(doc[:])
    assert [doc[start:end].text for start, end in asides] == ["(later confirmed as nine)"]


def test_after_the_stage_no_word_outside_the_brackets_hangs_on_one_inside(coder):
    doc = coder.nlp("A mine went off near the camp, killing a group of four (later confirmed as nine) rangers.")
    start = next(t.i for t in doc if t.text == "(")
    end = next(t.i for t in doc if t.text == ")") + 1
    inside = range(start, end)
    assert all(t.head.i not in inside for t in doc if t.i not in inside)
    assert doc[:].root.i not in inside
    # the clause in brackets hangs on the sentence's root, and no actor's words run into it
    assert {t.head.i for t in doc[start:end] if t.head.i not in inside} == {doc[:].root.i}


@pytest.mark.parametrize("text", [
    "Soldiers of the Kenya Defence Forces (KDF) guarded the border near Mandera.",
    "(Reuters) Police arrested two men in Nairobi.",
    "Police arrested two men in Nairobi (coded separately).",
])
def test_brackets_that_tear_nothing_are_left_alone(coder, text):
    doc = _model_parse(coder, text)
    before = [(t.head.i, t.dep_) for t in doc]
    assert [a for sent in doc.sents for a in bracketed_asides(sent)] == []
    doc = coder.nlp.get_pipe("dyadline_asides")(doc)
    assert [(t.head.i, t.dep_) for t in doc] == before


def test_a_torn_sentence_codes_its_killing(code_text):
    events = code_text("A landmine exploded near Garissa, killing a group of four (later confirmed as nine) rangers.")
    killing = [e for e in events if e.trigger.text == "killing"]
    assert killing and [(a.text, a.sector) for a in killing[0].target] == [("a group of four rangers", "COP")]
    assert killing[0].fatalities == 9


def test_a_date_before_the_people_is_no_part_of_their_name(code_text):
    events = code_text("Around Nov 12th 2018 (date not given) traders marched in Eldoret against the new market fees.")
    protest = [e for e in events if e.event_type == "PROTEST"]
    assert protest and [(a.text, a.country, a.sector) for a in protest[0].source] == [("traders", "KEN", "BUS")]


@pytest.mark.parametrize(("text", "target"), [
    # a count the model may take for a date stays with the people it counts
    ("Police arrested 1947 protesters in Agra on Sunday.", "1947 protesters"),
    ("Police arrested a 40-year-old waiter in Kolkata on February 21.", "a 40-year-old waiter in Kolkata"),
])
def test_a_count_before_the_people_stays_in_their_name(code_text, text, target):
    arrests = [e for e in code_text(text) if e.event_type == "COERCE"]
    assert arrests and [a.text for a in arrests[0].target] == [target]


def test_brackets_with_a_word_of_the_name_stay_in_it(code_text):
    events = code_text("The Nigerian Air Force (NAF) bombed a camp of the insurgents near Maiduguri.")
    assert events and events[0].source and events[0].source[0].text == "The Nigerian Air Force (NAF)"


def test_a_date_and_places_before_the_clause_that_tear_it_are_found(coder):
    doc = _model_parse(coder, "On 3 March 2021, in Tlalpan district, Morelos, the body of a trader was found floating "
                              "in a canal.")
    lead = leading_circumstances(doc[:])
    assert [(doc[start:end].text, kind) for start, end, kind in lead] == [
        ("On 3 March 2021,", "date"), ("in Tlalpan district,", "place"), ("Morelos,", "place")]


@pytest.mark.parametrize("text", [
    # the clause's own words, not circumstances
    "On Monday, police arrested two men in Nairobi.",
    "In Nairobi, police arrested two men.",
])
def test_circumstances_the_parse_keeps_apart_are_left_alone(coder, text):
    doc = _model_parse(coder, text)
    assert leading_circumstances(doc[:]) == []


def test_the_dead_found_after_a_date_and_places_are_coded(code_text):
    events = code_text("On 3 March 2021, in Tlalpan district, Morelos, the body of a trader was found floating in a "
                       "canal.")
    found = [e for e in events if e.event_type == "ASSAULT"]
    assert found and found[0].fatalities == 1 and found[0].target and found[0].target[0].country == "MEX"
    # the names after the place's comma describe it: the event is in the municipality's state, not elsewhere
    assert found[0].location is not None and found[0].location.country == "MEX"


@pytest.mark.parametrize(("text", "source", "place"), [
    ("On 4 June 2021, near Kyauk Taw Bridge, Paletwa Township, Chin State, the Myanmar army and the Arakan Army "
     "fought.", "the Myanmar army", "MMR"),
    ("On 2 June 2021, in Coyoacan, Ciudad de Mexico, a group of street vendors protested demanding permits to sell.",
     "a group of street vendors", "MEX"),
])
def test_the_clause_after_a_date_and_places_keeps_its_subject(code_text, text, source, place):
    events = code_text(text)
    assert events and events[0].source and events[0].source[0].text == source
    assert events[0].location is not None and events[0].location.country == place
