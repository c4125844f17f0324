"""The article dyadline is built around: what an analyst expects to find in it."""

from __future__ import annotations

import pytest

from dyadline.readers import read_text_document


@pytest.fixture(scope="module")
def events(coder, shared_dir):
    path = shared_dir / "examples" / "azerbaijan-russia.txt"
    document = read_text_document(path, settings=coder.settings)
    assert str(document.date) == "2025-06-30"
    return coder.code(document)


def find(events, event_type, source, target, *, word=None, mode=None):
    for e in events:
        if e.event_type != event_type or e.negated:
            continue
        if source not in {a.country for a in e.source} or target not in {a.country for a in e.target}:
            continue
        if word and word not in e.sentence:
            continue
        if mode and e.mode != mode:
            continue
        return e
    pytest.fail(f"no {event_type} {source}->{target} ({word}); got "
                f"{[(e.event_type, [a.country for a in e.source], [a.country for a in e.target], e.trigger.text) for e in events]}")


def test_cultural_events_cancelled_as_a_sanction(events):
    e = find(events, "SANCTION", "AZE", "RUS", word="cultural events")
    assert e.cameo.startswith("16") and e.quad_class == 4


def test_accusation_of_unlawful_killings(events):
    find(events, "ACCUSE", "AZE", "RUS", word="unlawful")


def test_cancelled_visit_of_overchuk(events):
    e = find(events, "SANCTION", "AZE", "RUS", word="Overchuk")
    overchuk = [a for a in e.target if a.name and "Overchuk" in a.name]
    assert overchuk and overchuk[0].sector == "GOV"
    # the cancelled visit itself is not coded as having happened
    assert not [x for x in events if x.event_type == "CONSULT" and "planned visit" in x.sentence and not x.negated]


def test_police_killings_in_the_raids(events):
    e = find(events, "ASSAULT", "RUS", "AZE", word="raids")
    assert e.source[0].sector == "COP"
    assert e.target[0].sector == "CVL"


def test_both_brothers_who_died_in_the_raid_are_its_victims(events):
    e = find(events, "ASSAULT", "RUS", "AZE", word="Safarov")
    assert e.trigger.text == "died"
    # one surname for two brothers: the first name alone is a person too, not a place
    assert [(a.text, a.country, a.sector) for a in e.target] == [
        ("Ziyaddin", "AZE", "CVL"), ("Huseyn Safarov", "AZE", "CVL")]


def test_nine_detentions(events):
    e = find(events, "COERCE", "RUS", "AZE", mode="arrest")
    assert "nine" in e.sentence


def test_sybiha_visit(events):
    e = find(events, "CONSULT", "UKR", "AZE", mode="visit")
    assert e.source[0].sector == "GOV" and e.source[0].name == "Andrii Sybiha"


def test_humanitarian_aid_to_ukraine(events):
    e = find(events, "AID", "AZE", "UKR")
    assert e.cameo == "073" and "humanitarian" in e.contexts


def test_plane_downed_by_russian_forces(events):
    e = find(events, "ASSAULT", "RUS", "AZE", word="downing")
    assert e.source[0].sector == "MIL"


def test_armenia_distances_itself_from_russia(events):
    find(events, "SANCTION", "ARM", "RUS")


def test_every_event_points_to_its_sentence_and_rule(events, shared_dir):
    text = (shared_dir / "examples" / "azerbaijan-russia.txt").read_text("utf-8")
    for e in events:
        assert text[e.trigger.start:e.trigger.end] == e.trigger.text
        assert e.evidence and e.date and e.date <= "2025-06-30"
        assert e.date_precision in {"document", "day", "week", "month", "year"}
    assert "Suspends" not in {e.trigger.text for e in events}  # the headline is not coded
