"""The shipped event-type classifier (int8 ONNX) on hand-written sentences it never saw."""

from __future__ import annotations

import numpy as np
import pytest

from dyadline.classifier.model import EventTypeModel, get_event_type_model
from dyadline.errors import ModelLoadError

# one clear sentence per type, written for this test (not from any training or gold set)
CLEAR = [
    ("Army artillery shelled the rebel-held town overnight, killing eleven villagers.", "ASSAULT"),
    ("Riot police arrested forty students outside the parliament building on Tuesday.", "COERCE"),
    ("Thousands of nurses marched through the capital demanding higher wages.", "PROTEST"),
    ("The foreign ministers of Peru and Chile met in Lima to discuss the border dispute.", "CONSULT"),
    ("Japan pledged $50 million in emergency relief for flood victims in Bangladesh.", "AID"),
    ("The opposition leader condemned the government's crackdown on journalists.", "ACCUSE"),
    ("Washington imposed fresh sanctions on three Iranian shipping companies.", "SANCTION"),
    ("The two neighbours signed a trade agreement to cut tariffs on farm goods.", "AGREE"),
    ("North Korea warned it would strike American bases if the drills went ahead.", "THREATEN"),
    ("The government rejected the union's proposal for a shorter working week.", "REJECT"),
    ("Rebels withdrew their fighters from the northern province after the truce.", "RETREAT"),
    ("The mayor appealed to the central government for more money to rebuild roads.", "REQUEST"),
]


@pytest.fixture(scope="module")
def model() -> EventTypeModel:
    return get_event_type_model()


def test_probabilities_are_a_distribution_over_the_sixteen_plover_types(model):
    probs, vectors = model.run([text for text, _ in CLEAR])
    assert probs.shape == (len(CLEAR), 16)
    assert np.allclose(probs.sum(axis=1), 1.0, atol=1e-5)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)


def test_clear_sentences_get_their_type(model):
    scores = model.scores([text for text, _ in CLEAR])
    right = [gold for (text, gold), s in zip(CLEAR, scores) if s.best == gold]
    wrong = [(text, gold, s.probabilities[:2]) for (text, gold), s in zip(CLEAR, scores) if s.best != gold]
    assert len(right) >= 10, wrong


def test_a_sentence_gets_the_same_answer_whatever_it_is_coded_with(model):
    texts = [text for text, _ in CLEAR]
    one_by_one = np.vstack([model.run([t])[0] for t in texts])
    together, _ = model.run(texts)
    reversed_order, _ = model.run(texts[::-1])
    assert np.array_equal(one_by_one, together)
    assert np.array_equal(together, reversed_order[::-1])


def test_the_number_of_threads_never_changes_an_answer(model):
    texts = [text for text, _ in CLEAR]
    one_thread, one_vectors = model.run(texts)
    two_threads, two_vectors = get_event_type_model(threads=2).run(texts)
    assert np.array_equal(one_thread, two_threads)
    assert np.array_equal(one_vectors, two_vectors)


def test_the_coder_runs_the_model_on_the_threads_its_settings_ask_for(coder):
    from dyadline.pipeline.classify import TypeClassifier

    stage = coder.nlp.get_pipe("dyadline_classify")
    assert stage.model.session.get_session_options().intra_op_num_threads == coder.settings.classifier_threads
    one = TypeClassifier.from_thresholds(relabel=2.0, fill=0.6, threads=1)
    assert one.model.session.get_session_options().intra_op_num_threads == 1


def test_a_broken_model_file_is_a_clear_error(tmp_path):
    (tmp_path / "event-type.json").write_text('{"labels": ["ASSAULT"]}', encoding="utf-8")
    (tmp_path / "event-type.onnx").write_bytes(b"not onnx")
    with pytest.raises(ModelLoadError, match="event-type.onnx: not a usable ONNX model"):
        EventTypeModel(model_dir=tmp_path)
    with pytest.raises(ModelLoadError, match="the event-type model files cannot be read"):
        EventTypeModel(model_dir=tmp_path / "missing")
