"""How the ACLED evaluation head depends on the scaling of its binary columns.

Runs ``dyadline eval acled_types --learned`` once, keeps the head's inputs in memory, and refits the head
with three ways of scaling the columns that hold only 0 and 1 (the rules' one-hot answer and the words of
the notes): as ``fit_head`` does (each column's spread), unscaled, and with the spread floored at 0.1 and
0.3. Prints event-type and sub-event-type accuracy over all rows of the other set, both directions.
Usage: .venv/bin/python scripts/head_scaling.py [--data-dir ../shared/data]   (about 7 minutes on 2 cores)
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

import numpy as np

import dyadline.classifier.head as head_module
from dyadline.codebooks.acled import load_acled
from dyadline.coder import Coder
from dyadline.evaluation.acled_types import SETS, evaluate_acled_types
from dyadline.settings import load_settings

logger = logging.getLogger("head_scaling")


def _fit(x: np.ndarray, labels: list[str], mean: np.ndarray, scale: np.ndarray) -> head_module.LinearHead:
    """``fit_head``'s regression (same steps, rate, penalty and seed) with a given standardisation."""
    names = tuple(sorted(set(labels)))
    index = {name: i for i, name in enumerate(names)}
    y = np.zeros((len(labels), len(names)))
    y[np.arange(len(labels)), [index[v] for v in labels]] = 1.0
    xs = (x - mean) / scale
    rng = np.random.default_rng(0)
    w = rng.normal(0, 0.01, size=(xs.shape[1], len(names)))
    b = np.zeros(len(names))
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    for t in range(1, 401):
        z = xs @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        grad = (p - y) / len(xs)
        g_w, g_b = xs.T @ grad + 1e-3 * w, grad.sum(axis=0)
        for g, m, v, param in ((g_w, m_w, v_w, w), (g_b, m_b, v_b, b)):
            m *= 0.9
            m += 0.1 * g
            v *= 0.999
            v += 0.001 * g * g
            param -= 0.05 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return head_module.LinearHead(names, w.astype(np.float32), b.astype(np.float32), mean.astype(np.float32),
                                  scale.astype(np.float32))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=None)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    fitted: list[tuple[np.ndarray, list[str]]] = []
    scored: list[np.ndarray] = []
    real_fit, real_predict = head_module.fit_head, head_module.LinearHead.predict

    def keep_fit(x, labels, **options):
        fitted.append((x, list(labels)))
        return real_fit(x, labels, **options)

    def keep_predict(self, x):
        scored.append(x)
        return real_predict(self, x)

    head_module.fit_head = keep_fit
    head_module.LinearHead.predict = keep_predict
    try:
        settings = load_settings(data_dir=args.data_dir)
        evaluate_acled_types(settings.data_dir, coder=Coder(settings=settings), learned=True)
    finally:
        head_module.fit_head, head_module.LinearHead.predict = real_fit, real_predict
    codebook = load_acled()

    def event_type(sub: str) -> str:
        return codebook.types[sub].event_type if sub in codebook.types else "NONE"

    directions = [(a, b) for a in SETS for b in SETS if a != b]
    gold = {train: labels for (train, _), (_, labels) in zip(directions, fitted, strict=True)}
    for name, floor in (("spread (fit_head)", None), ("unscaled", 0.0), ("floor 0.1", 0.1), ("floor 0.3", 0.3)):
        for (train, test), (x, labels), x_test in zip(directions, fitted, scored, strict=True):
            x = x.astype(np.float64)
            mean, scale = x.mean(axis=0), x.std(axis=0)
            scale[scale < 1e-6] = 1.0
            binary = np.all((x == 0) | (x == 1), axis=0)
            if floor == 0.0:
                mean[binary], scale[binary] = 0.0, 1.0
            elif floor is not None:
                scale[binary] = np.maximum(scale[binary], floor)
            predicted = _fit(x, labels, mean, scale).predict(x_test)
            truth = gold[test]
            types = np.mean([event_type(g) == event_type(p) for g, p in zip(truth, predicted, strict=True)])
            subs = np.mean([g == p for g, p in zip(truth, predicted, strict=True)])
            logger.info("%-18s %s -> %s: event type %.3f, sub-event type %.3f (all %d rows)",
                        name, train, test, types, subs, len(truth))


if __name__ == "__main__":
    main()
