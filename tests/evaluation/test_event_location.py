"""The event_location scorer: a quick run on a few sentences, and the full test half (slow)."""

from __future__ import annotations

import pytest

from dyadline.evaluation.event_location import evaluate_event_location, load_event_location

#: the issue's bar for the share of sentences whose event place is picked right (test half)
TARGET = 0.80


def test_gold_offsets_come_from_the_tokens(data_dir):
    items = load_event_location(data_dir)
    assert len(items) > 9000
    with_place = [i for i in items if i.places]
    assert len(with_place) > 5000
    # gold place spans are text once token offsets are used (a couple of records have no tokens)
    spans = [i.text[a:b] for i in with_place for a, b in i.places]
    assert sum(1 for s in spans if not s.strip()) <= 5


def test_scorer_runs_on_a_sample(coder, data_dir):
    report = evaluate_event_location(data_dir, coder=coder, limit=150, half="dev")
    tally = report.halves["dev"]
    assert tally.with_place > 50 and 0.5 < tally.share() <= 1.0
    assert "place span picked right" in report.markdown()


@pytest.mark.slow
def test_place_picked_on_the_test_half(coder, data_dir):
    report = evaluate_event_location(data_dir, coder=coder, half="test")
    assert report.test_accuracy >= TARGET, report.markdown()
