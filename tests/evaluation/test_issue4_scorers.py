"""The scorers of issue 4 on small slices of the public gold sets (full runs: scripts/accuracy.sh)."""

from __future__ import annotations

from dyadline.evaluation.acled_types import evaluate_acled_types
from dyadline.evaluation.cameo_class import evaluate_cameo_class, load_cameo_class
from dyadline.evaluation.india_police import LABELS, evaluate_india_police, labels_of, load_india_police
from dyadline.evaluation.metrics import score_labels
from dyadline.records import Actor, Event, Trigger


def _event(event_type, mode=None, *, cameo="190", source=("COP",), fatalities=None, negated=False):
    return Event(event_id="e", doc_id="d", sentence_index=0, sentence="s", trigger=Trigger("x", 0, 1),
                 event_type=event_type, mode=mode, contexts=(), cameo=cameo, goldstein=-10.0, quad_class=4,
                 source=tuple(Actor(text="police", sector=s) for s in source), target=(),
                 fatalities=fatalities, negated=negated)


def test_police_labels_from_events():
    assert labels_of((_event("ASSAULT", fatalities=2),)) == {"KILL", "FORCE"}  # as the gold marks killings
    assert labels_of((_event("ASSAULT"),)) == {"FORCE"}
    assert labels_of((_event("COERCE", "arrest", cameo="173"),)) == {"ARREST"}
    assert labels_of((_event("ASSAULT", negated=True),)) == {"FAIL"}
    assert labels_of((_event("ASSAULT", source=("REB",), fatalities=3),)) == frozenset()


def test_india_police_scorer_runs(data_dir, coder):
    gold = load_india_police(data_dir)
    assert gold and all(s.text for s in gold)
    report = evaluate_india_police(data_dir, coder=coder, limit=400)
    assert all(set(report.counts[h]) == set(LABELS) for h in ("dev", "test", "all"))
    assert report.sentences["dev"] + report.sentences["test"] == report.sentences["all"] == 400
    assert "| test | ARREST |" in report.markdown()
    # the halves split by article: no article has sentences in both
    dev = evaluate_india_police(data_dir, coder=coder, limit=200, half="dev")
    assert dev.sentences["test"] == 0 and dev.sentences["dev"] == 200


def test_acled_types_scorer_runs(data_dir, coder):
    report = evaluate_acled_types(data_dir, coder=coder, limit=150)
    text = report.markdown()
    assert "acled_global_2020" in text and "sub-event type micro-F1" in text
    # ACLED's protests are the commonest class; the coder must find a good share of them
    pairs = report.type_pairs["acled_global_2020"]
    scores = {s.label: s for s in score_labels(pairs, none_label="NONE")}
    assert scores["micro"].precision >= 0.5
    # the test half holds the rows outside the development half, and the report gives its figure
    from dyadline.evaluation.acled_where import load_acled
    rows = load_acled(data_dir, "acled_global_2020")[:150]
    test = report.test_half(pairs, "acled_global_2020")
    assert len(test) == sum(not r.dev for r in rows) and 0 < len(test) < len(pairs)
    assert list(test) == [p for p, r in zip(pairs, rows) if not r.dev]
    assert "**Test half**" in text


def test_cameo_class_scorer_runs(data_dir, coder):
    assert len(load_cameo_class(data_dir)) == 1349
    report = evaluate_cameo_class(data_dir, coder=coder, limit=200)
    assert "macro-F1" in report.markdown()
    assert {g for g, _ in report.pairs} <= {"0", "1", "2", "3", "4"}


def test_acled_learned_head_is_fitted_on_one_set_and_scored_on_the_other(data_dir, coder):
    report = evaluate_acled_types(data_dir, coder=coder, limit=120, learned=True)
    assert set(report.cross_sub_pairs) == {"acled_global_2020 -> acled_kenya_2004_2019",
                                           "acled_kenya_2004_2019 -> acled_global_2020"}
    for direction, pairs in report.cross_sub_pairs.items():
        scored = direction.split(" -> ")[1]
        # every row of the scored set, with ACLED's own label as the gold
        assert [g for g, _ in pairs] == [g for g, _ in report.sub_pairs[scored]]
    for direction, pairs in report.backoff_sub_pairs.items():
        scored = direction.split(" -> ")[1]
        rules = [p for _, p in report.sub_pairs[scored]]
        head = [p for _, p in report.cross_sub_pairs[direction]]
        # the head answers only where the rules coded nothing; elsewhere the rules' answer stands
        assert [p for _, p in pairs] == [h if r == "NONE" else r for r, h in zip(rules, head)]
    assert set(report.backoff_sub_pairs) == set(report.cross_sub_pairs)
    text = report.markdown()
    assert "Rules + learned head, cross-domain" in text and "# Rules only" in text
    assert "head where the rules code nothing" in text


def test_cameo_class_learned_head_is_cross_validated(data_dir, coder):
    report = evaluate_cameo_class(data_dir, coder=coder, limit=300, learned=True)
    assert len(report.learned_pairs) == len(report.pairs) == 300
    assert [g for g, _ in report.learned_pairs] == [g for g, _ in report.pairs]
    assert {p for _, p in report.learned_pairs} <= {"0", "1", "2", "3", "4"}
    macro = next(s for s in score_labels(report.learned_pairs) if s.label == "macro")
    assert 0.3 < macro.f1 <= 1.0
    assert "5-fold cross-validation" in report.markdown()


def test_cross_validation_keeps_a_repeated_sentence_in_one_fold():
    from dyadline.classifier.corpus import held_out

    text = "Police detained 14 protesters in Harare."
    assert sum(held_out(text, fold=k, folds=5) for k in range(5)) == 1


def test_only_a_killing_by_named_police_is_a_police_killing():
    from dataclasses import replace

    stand_in = replace(_event("ASSAULT", fatalities=2), source=(Actor(text="", country="IND", sector="UAF"),))
    assert labels_of((stand_in,)) == frozenset()  # an unnamed attacker: in these articles, mostly rioters
    police = replace(stand_in, source=(Actor(text="police", country="IND", sector="COP"),))
    assert labels_of((police,)) == {"KILL", "FORCE"}
    arrest = replace(_event("COERCE", fatalities=None), mode="arrest", source=(Actor(text="", sector="COP"),))
    assert labels_of((arrest,)) == {"ARREST"}
    ordered = replace(arrest, hypothetical=True)  # "ordered the police to arrest him"
    assert labels_of((ordered,)) == frozenset()


def test_acled_head_vocabulary_is_the_same_whatever_the_hash_seed():
    """The learned head's word features must not depend on Python's string hashing (tied counts)."""
    import ast
    import os
    import subprocess
    import sys

    script = ("from dyadline.evaluation.acled_types import _vocabulary\n"
              "texts = ['police fired tear gas at protesters in town', 'protesters blocked the road in town',\n"
              "         'rebels attacked the village and burned huts', 'a mob lynched a thief in the market'] * 5\n"
              "print(list(_vocabulary(texts, size=12)))\n")
    outputs = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout
               for seed in ("1", "2", "3", "4")}
    assert len(outputs) == 1, outputs
    assert len(ast.literal_eval(outputs.pop())) == 12
