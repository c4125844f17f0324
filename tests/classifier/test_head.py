"""The numpy softmax-regression head used for data that may not ship (ACLED)."""

from __future__ import annotations

import numpy as np
import pytest

from dyadline.classifier.head import LinearHead, fit_head
from dyadline.errors import DyadlineError


def _blobs(seed: int):
    rng = np.random.default_rng(seed)
    centres = {"Protests": (3.0, 0.0, 0.0), "Riots": (0.0, 3.0, 0.0), "Battles": (0.0, 0.0, 3.0)}
    x, y = [], []
    for label, centre in centres.items():
        x.append(rng.normal(centre, 1.0, size=(60, 3)))
        y += [label] * 60
    return np.vstack(x), y


def test_fitted_head_separates_classes_it_never_saw_the_test_points_of():
    x, y = _blobs(0)
    head = fit_head(x, y)
    tx, ty = _blobs(1)
    predicted = head.predict(tx)
    accuracy = sum(p == g for p, g in zip(predicted, ty)) / len(ty)
    assert accuracy > 0.9
    assert head.labels == ("Battles", "Protests", "Riots")
    assert np.allclose(head.probabilities(tx).sum(axis=1), 1.0)


def test_head_round_trips_through_a_file(tmp_path):
    x, y = _blobs(0)
    head = fit_head(x, y, steps=50)
    head.save(tmp_path / "head.npz")
    again = LinearHead.load(tmp_path / "head.npz")
    assert again.labels == head.labels
    assert np.allclose(again.probabilities(x), head.probabilities(x))


def test_bad_head_inputs_are_clear_errors(tmp_path):
    x, y = _blobs(0)
    with pytest.raises(DyadlineError, match="180 rows and 3 labels"):
        fit_head(x, y[:3])
    head = fit_head(x, y, steps=5)
    with pytest.raises(DyadlineError, match="expects 3 features, got 2"):
        head.probabilities(x[:, :2])
    (tmp_path / "bad.npz").write_bytes(b"not a head")
    with pytest.raises(DyadlineError, match="bad.npz: not a dyadline classifier head"):
        LinearHead.load(tmp_path / "bad.npz")


def test_one_hot_marks_each_value_in_its_column():
    from dyadline.classifier.head import one_hot

    assert one_hot(["b", "a", "z"], ["a", "b"]).tolist() == [[0.0, 1.0], [1.0, 0.0], [0.0, 0.0]]
    assert one_hot([], ["a", "b"]).shape == (0, 2)
