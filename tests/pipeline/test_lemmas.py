"""Lemmas the model gets wrong for words of the trigger lexicon (pipeline/data/lemma_fixes.csv)."""

from __future__ import annotations


def test_raped_is_a_rape_not_a_rap(coder):
    doc = coder.nlp("Soldiers raped three women. The rapes went on. A drummer rapped on the door.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["raped"] == "rape" and lemmas["rapes"] == "rape" and lemmas["rapped"] == "rap"


def test_a_rape_is_coded_as_sexual_violence(code_text):
    events = [e for e in code_text("Soldiers raped three women in Goma on Sunday.") if e.event_type == "ASSAULT"]
    assert events and events[0].mode == "sexual" and [a.sector for a in events[0].source] == ["MIL"]


def test_caned_is_a_beating_not_a_can(code_text):
    doc_events = [e for e in code_text("The police caned the agitators in Surat.") if e.event_type == "ASSAULT"]
    assert doc_events and doc_events[0].mode == "beat" and [a.sector for a in doc_events[0].source] == ["COP"]


def test_a_hyphened_police_rank_stays_one_word(coder, code_text):
    assert [t.text for t in coder.nlp("a sub-inspector shot dead a rioter.")][:2] == ["a", "sub-inspector"]
    [e] = [e for e in code_text("a sub-inspector shot dead a rioter in dariapur.") if e.event_type == "ASSAULT"]
    assert [a.sector for a in e.source] == ["COP"] and e.fatalities == 1


def test_a_misspelt_killing_still_counts_its_dead(code_text):
    events = [e for e in code_text("Raiders struck a village in Turkana. 12 killied in the raid.")
              if e.event_type == "ASSAULT"]
    assert 12 in [e.fatalities for e in events]


def test_a_slash_ending_a_word_is_split_from_it(coder):
    tokens = [t.text for t in coder.nlp("5 killed/ 2 injured on 24/02 and/or later.")]
    assert tokens[:4] == ["5", "killed", "/", "2"] and "24/02" in tokens and "and/or" in tokens


def test_a_sit_in_is_one_word_and_a_protest(coder, code_text):
    assert "sit-in" in [t.text for t in coder.nlp("Nurses began a sit-in at the hospital.")]
    events = [e for e in code_text("Nurses in Eldoret began a sit-in at the county hospital.") if e.event_type == "PROTEST"]
    assert events and events[0].trigger.text == "sit-in"


def test_a_shoot_out_and_a_walk_out_are_one_word_each(coder, code_text):
    words = [t.text for t in coder.nlp("After a shoot-out, dockers staged a walk-out.")]
    assert "shoot-out" in words and "walk-out" in words
    [fight] = [e for e in code_text("Police and robbers engaged in a shoot-out in Kisumu.") if e.event_type == "ASSAULT"]
    assert fight.trigger.text == "shoot-out" and [a.sector for a in fight.target] == ["CRM"]
