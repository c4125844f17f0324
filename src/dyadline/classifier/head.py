"""A small softmax-regression head over sentence vectors and rule features (numpy only).

Used where labelled data may not ship with dyadline (ACLED's terms allow
evaluation only): the head is fitted at evaluation time on one data set and
measured on another, and a user holding such data can fit and keep their own
(``LinearHead.save`` / ``LinearHead.load``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from dyadline.errors import DyadlineError

__all__ = ["LinearHead", "fit_head", "one_hot"]


@dataclass(frozen=True)
class LinearHead:
    labels: tuple[str, ...]
    weights: np.ndarray  # features x labels
    bias: np.ndarray  # labels
    mean: np.ndarray  # feature means (standardisation)
    scale: np.ndarray  # feature standard deviations

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        if features.shape[1] != self.weights.shape[0]:
            raise DyadlineError(f"head expects {self.weights.shape[0]} features, got {features.shape[1]}")
        z = ((features - self.mean) / self.scale) @ self.weights + self.bias
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def predict(self, features: np.ndarray) -> list[str]:
        return [self.labels[i] for i in self.probabilities(features).argmax(axis=1)]

    def save(self, path: Path) -> None:
        np.savez_compressed(path, labels=np.array(self.labels), weights=self.weights, bias=self.bias,
                            mean=self.mean, scale=self.scale)

    @classmethod
    def load(cls, path: Path) -> LinearHead:
        try:
            with np.load(path, allow_pickle=False) as data:
                return cls(tuple(str(x) for x in data["labels"]), data["weights"], data["bias"],
                           data["mean"], data["scale"])
        except (OSError, KeyError, ValueError) as exc:
            raise DyadlineError(f"{path}: not a dyadline classifier head: {exc}") from exc


def one_hot(values: Sequence[str], names: Sequence[str]) -> np.ndarray:
    """One row per value, a 1 in the column of its name (all zeros for a name not listed)."""
    return np.array([[float(v == name) for name in names] for v in values], dtype=np.float32).reshape(
        len(values), len(names))


def fit_head(features: np.ndarray, labels: Sequence[str], *, l2: float = 1e-3, steps: int = 400,
             learning_rate: float = 0.05, seed: int = 0) -> LinearHead:
    """Multinomial logistic regression, full-batch Adam with an L2 penalty; deterministic."""
    if len(features) != len(labels) or not len(labels):
        raise DyadlineError(f"cannot fit a head on {len(features)} rows and {len(labels)} labels")
    names = tuple(sorted(set(labels)))
    index = {name: i for i, name in enumerate(names)}
    y = np.zeros((len(labels), len(names)), dtype=np.float64)
    y[np.arange(len(labels)), [index[v] for v in labels]] = 1.0
    x = features.astype(np.float64)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-6] = 1.0
    x = (x - mean) / scale
    rng = np.random.default_rng(seed)
    w = rng.normal(0, 0.01, size=(x.shape[1], len(names)))
    b = np.zeros(len(names))
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    n = len(x)
    for t in range(1, steps + 1):
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        grad = (p - y) / n
        g_w = x.T @ grad + l2 * w
        g_b = grad.sum(axis=0)
        for g, m, v, param in ((g_w, m_w, v_w, w), (g_b, m_b, v_b, b)):
            m *= 0.9
            m += 0.1 * g
            v *= 0.999
            v += 0.001 * g * g
            param -= learning_rate * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return LinearHead(names, w.astype(np.float32), b.astype(np.float32), mean.astype(np.float32),
                      scale.astype(np.float32))
