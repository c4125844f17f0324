"""The PLOVER gold-standard sentences (public gold, read from ../shared/data, never copied)."""

from __future__ import annotations

from dyadline.evaluation.metrics import score_labels
from dyadline.evaluation.plover_gsr import OLD_TYPE_NAMES, evaluate_plover_gsr, load_plover_gsr


def test_gold_loads_with_old_names_normalised(data_dir):
    gold = load_plover_gsr(data_dir)
    assert len(gold) == 179
    types = {g.event_type for g in gold}
    assert not types & set(OLD_TYPE_NAMES), "old PLOVER names must be mapped"
    assert "JAP" not in {c for g in gold for c in g.sources | g.targets}


def test_coder_on_plover_gsr_keeps_its_level(data_dir, coder):
    report = evaluate_plover_gsr(data_dir, coder=coder)
    n = report.sentences
    # floors just under the level measured when this test was written (README has the figures)
    assert report.type_correct / n >= 0.45
    assert report.source_agree / report.found_gold_type >= 0.75
    assert report.dyad_correct / n >= 0.25
    assert "| micro |" in report.markdown()


def test_scores_per_class():
    pairs = [("A", "A"), ("A", "B"), ("B", "B"), ("B", "NONE")]
    scores = {s.label: s for s in score_labels(pairs, none_label="NONE")}
    assert scores["A"].precision == 1.0 and scores["A"].recall == 0.5
    assert scores["B"].precision == 0.5 and scores["B"].recall == 0.5
    assert "NONE" not in scores
    assert abs(scores["micro"].precision - 2 / 3) < 1e-9
