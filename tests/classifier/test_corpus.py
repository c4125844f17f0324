"""Training material for the event-type classifier: NGEC synthetic stories only."""

from __future__ import annotations

import pytest

from dyadline.classifier.corpus import LABELS, held_out, lead_sentence, ngec_examples
from dyadline.errors import DyadlineError


@pytest.mark.parametrize(("story", "lead"), [
    ("(Reuters) -- Troops shelled the town on Monday. Five people died.", "Troops shelled the town on Monday."),
    ("KABUL -- Mr. Smith met the governor in the capital on Friday. They talked.",
     "Mr. Smith met the governor in the capital on Friday."),
    ("Protesters marched through the city centre, police said.\n\nMore to come.",
     "Protesters marched through the city centre, police said."),
    ("One sentence without an end", "One sentence without an end"),
])
def test_lead_sentence_drops_the_dateline_and_keeps_the_first_sentence(story, lead):
    assert lead_sentence(story) == lead


def test_ngec_examples_are_labelled_with_plover_types_and_grouped_by_headline(data_dir):
    examples = ngec_examples(data_dir)
    assert len(examples) > 4000
    assert {e.label for e in examples} == set(LABELS)
    assert {e.origin for e in examples} == {"lead", "headline"}
    # about 330 headline templates, each with many stories: groups keep near-duplicates together
    groups = {e.group for e in examples}
    assert 200 < len(groups) < len(examples) / 10
    assert len({e.text.lower() for e in examples}) == len(examples)
    assert not any("SYNTHETIC STORY" in e.text for e in examples)


def test_missing_training_data_is_a_clear_error(tmp_path):
    with pytest.raises(DyadlineError, match="NGEC synthetic stories are missing"):
        ngec_examples(tmp_path)


def test_held_out_folds_partition_the_groups():
    groups = [f"headline {i}" for i in range(200)]
    folds = [[g for g in groups if held_out(g, fold=k, folds=5)] for k in range(5)]
    assert sorted(g for fold in folds for g in fold) == sorted(groups)
    assert all(20 < len(fold) < 60 for fold in folds)
