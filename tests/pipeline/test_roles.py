"""Role finding (pipeline.roles): on parses built by hand, the parser's slips it mends; on sentences the
model parses, who acts on whom."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dyadline.pipeline.phrases import pobjs


def parsed(words, heads, deps, pos):
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_a_preposition_stranded_by_the_parse_takes_the_noun_made_subject_of_the_next_clause():
    # "Peru granted asylum to five officers holed up in the embassy", parsed with "officers" as the subject
    # of "holed" and "to" left with no object
    words = ["Peru", "granted", "asylum", "to", "five", "officers", "holed", "up", "in", "the", "embassy"]
    heads = [1, 1, 1, 1, 5, 6, 1, 6, 6, 10, 8]
    deps = ["nsubj", "ROOT", "dobj", "prep", "nummod", "nsubj", "advcl", "prt", "prep", "det", "pobj"]
    pos = ["PROPN", "VERB", "NOUN", "ADP", "NUM", "NOUN", "VERB", "ADP", "ADP", "DET", "NOUN"]
    doc = parsed(words, heads, deps, pos)
    assert [t.text for t in pobjs(doc[1], ("to",))] == ["officers"]


def test_a_preposition_with_its_object_keeps_it():
    words = ["Peru", "granted", "asylum", "to", "five", "officers"]
    doc = parsed(words, [1, 1, 1, 1, 5, 3], ["nsubj", "ROOT", "dobj", "prep", "nummod", "pobj"],
                 ["PROPN", "VERB", "NOUN", "ADP", "NUM", "NOUN"])
    assert [t.text for t in pobjs(doc[1], ("to",))] == ["officers"]
    # and a preposition with no object and no clause after it gives nothing
    lone = parsed(["Peru", "granted", "asylum", "to"], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "prep"],
                  ["PROPN", "VERB", "NOUN", "ADP"])
    assert pobjs(lone[1], ("to",)) == []


@pytest.mark.parametrize(("text", "trigger", "target", "country"), [
    # ground taken "from" a side is taken from that side, not from the building or the town
    ("Sudan's army retook the presidential palace in Khartoum from the RSF on Friday.", "retook", "the RSF", "SDN"),
    ("Ukrainian forces recaptured the village of Robotyne from Russian troops.", "recaptured", "Russian troops", "UKR"),
])
def test_ground_taken_from_a_side(code_text, text, trigger, target, country):
    [event] = [e for e in code_text(text) if e.trigger.text == trigger]
    assert [a.text for a in event.target] == [target]
    # ground won back lies in the winner's land when the text names no town the gazetteer knows
    assert event.location is not None and event.location.country == country


@pytest.mark.parametrize(("text", "source", "target"), [
    # the aid told through its amount is the aid pledged: one event, not a second with the kind for a giver
    ("Norway pledged 300 million euros in humanitarian aid to Sudan.", "NOR", "SDN"),
    ("Canada sent 40 million dollars in military aid to Moldova.", "CAN", "MDA"),
    # aid announced "for" someone: the one announcing gives it to them
    ("Britain announced new military aid for Moldova.", "GBR", "MDA"),
])
def test_aid_has_its_giver_and_receiver_once(code_text, text, source, target):
    aid = [e for e in code_text(text) if e.event_type == "AID"]
    assert [([a.country for a in e.source], [a.country for a in e.target]) for e in aid] == [
        ([source], [target])]


def test_a_killing_told_after_an_accused_act_is_the_accuseds(code_text):
    events = code_text("Mali's army accused jihadists of attacking a convoy near Gao, killing nine civilians.")
    [killing] = [e for e in events if e.trigger.text == "killing"]
    assert [a.sector for a in killing.source] == ["REB"], killing.source
    assert killing.fatalities == 9


def test_an_arrest_warrant_is_the_issuers_against_the_one_named(code_text):
    [warrant] = [e for e in code_text("The ICC issued an arrest warrant for Israel's defence minister on Thursday.")
                 if e.event_type == "COERCE"]
    assert [(a.country, a.sector) for a in warrant.source] == [("ICC", "JUD")]
    assert [a.country for a in warrant.target] == ["ISR"]


def test_a_protest_against_an_act_targets_who_did_it(code_text):
    [protest] = [e for e in code_text("Activists staged a hunger strike against abuses by the Egyptian police.")
                 if e.event_type == "PROTEST"]
    assert [(a.country, a.sector) for a in protest.target] == [("EGY", "COP")]


@pytest.mark.parametrize(("text", "trigger", "doer"), [
    ("The tariffs prompted Beijing to threaten retaliation against European carmakers.", "threaten", "CHN"),
    ("The rocket strike prompted Israel to attack Hezbollah positions in Lebanon.", "attack", "ISR"),
    ("Washington persuaded Seoul to send artillery shells to Ukraine.", "send", "KOR"),
    ("The blockade forced Armenian troops to abandon their posts.", "abandon", "ARM"),
])
def test_the_one_made_to_act_does_the_act(code_text, text, trigger, doer):
    found = [e for e in code_text(text) if e.trigger.text == trigger]
    assert found, [(e.trigger.text, e.event_type) for e in code_text(text)]
    assert [a.country for a in found[0].source] == [doer]
    assert not found[0].hypothetical


def test_an_act_ordered_is_not_done(code_text):
    events = code_text("The governor ordered the militia to attack the village.")
    assert not [e for e in events if e.event_type == "ASSAULT" and not e.hypothetical]


def test_a_past_tense_joined_to_an_infinitive_is_the_subjects_own(code_text):
    events = code_text("Two gunmen in Celaya forced a driver to get out of his car and shot him.")
    [shot] = [e for e in events if e.trigger.text == "shot"]
    assert [a.sector for a in shot.source] != ["CVL"], shot.source


def test_what_an_attack_hit_is_its_target(code_text):
    [attack] = [e for e in code_text("A Ukrainian drone attack hit an oil refinery in the Russian region of Ryazan.")
                if e.trigger.text == "attack"]
    assert [a.country for a in attack.source] == ["UKR"]
    assert [a.country for a in attack.target] == ["RUS"]
