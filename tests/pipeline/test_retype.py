"""Acts whose type follows their doers (``retype.py`` and ``data/retype.csv``)."""

from __future__ import annotations

import pytest

from dyadline.pipeline.retype import load_retypes

from event_helpers import kept


def test_every_row_of_the_table_is_whole():
    rules = load_retypes()
    assert rules and all(r.lemmas and r.source_sectors and r.new_type and r.cameo for r in rules)


@pytest.mark.parametrize("text, mode", [
    ("Chilean students occupied the university campus in Valparaiso.", "obstruct"),
    ("French farmers blockaded the roads around Lyon with tractors.", "obstruct"),
    ("Angry Albanian protesters stormed the government building in Tirana.", "riot"),
])
def test_people_occupying_blockading_or_storming_protest(code_text, text, mode):
    events = code_text(text)
    protests = kept(events, "PROTEST")
    assert protests and protests[0].mode == mode
    assert "retyped(" in protests[0].evidence
    assert not kept(events, "COERCE") and not kept(events, "ASSAULT")


@pytest.mark.parametrize("text, event_type", [
    ("Chadian soldiers occupied the town of Abeche.", "COERCE"),
    ("Sudanese troops stormed the rebel camp near Nyala.", "ASSAULT"),
])
def test_forces_occupying_or_storming_keep_their_act(code_text, text, event_type):
    events = code_text(text)
    assert kept(events, event_type) and not kept(events, "PROTEST")


def test_workers_downing_tools_strike(code_text):
    [strike] = kept(code_text("Nurses in Malawi downed tools over unpaid allowances."), "PROTEST")
    assert strike.mode == "strike"
