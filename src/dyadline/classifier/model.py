"""The shipped event-type classifier: fine-tuned MiniLM, int8 ONNX, run with onnxruntime.

``data/event-type.onnx`` was made by ``dyadline train-classifier`` (see
:mod:`dyadline.classifier.train`); ``data/event-type.json`` holds its labels
and how it was trained. Prediction needs no torch.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from dyadline.errors import ModelLoadError

__all__ = ["TypeScores", "EventTypeModel", "get_event_type_model"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class TypeScores:
    """The classifier's belief about one sentence: PLOVER type -> probability."""

    probabilities: tuple[tuple[str, float], ...]  # best first

    @property
    def best(self) -> str:
        return self.probabilities[0][0]

    @property
    def confidence(self) -> float:
        return self.probabilities[0][1]


class EventTypeModel:
    def __init__(self, *, threads: int | None = 1, model_dir: Path | None = None) -> None:
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise ModelLoadError(f"the event-type classifier needs onnxruntime and tokenizers: {exc}") from exc
        shipped = resources.files("dyadline.classifier").joinpath("data")
        data = model_dir if model_dir is not None else shipped
        try:
            meta = json.loads(data.joinpath("event-type.json").read_text("utf-8"))
            model_bytes = data.joinpath("event-type.onnx").read_bytes()
            tokenizer_text = shipped.joinpath("minilm-tokenizer.json").read_text("utf-8")
        except (OSError, ValueError) as exc:
            raise ModelLoadError(f"{data}: the event-type model files cannot be read: {exc}") from exc
        self.labels: tuple[str, ...] = tuple(meta["labels"])
        options = ort.SessionOptions()
        if threads:
            options.intra_op_num_threads = threads
            options.inter_op_num_threads = 1
        try:
            self.session = ort.InferenceSession(model_bytes, sess_options=options, providers=["CPUExecutionProvider"])
        except Exception as exc:  # onnxruntime raises its own untyped errors on a bad graph
            raise ModelLoadError(f"{data}/event-type.onnx: not a usable ONNX model: {exc}") from exc
        self.tokenizer = Tokenizer.from_str(tokenizer_text)
        self.tokenizer.enable_truncation(max_length=int(meta.get("max_tokens", 64)))
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")

    def run(self, texts: Sequence[str], *, batch_size: int = 1) -> tuple[np.ndarray, np.ndarray]:
        """Label probabilities (n x labels) and L2-normalised sentence vectors (n x 384).

        One text per model call by default: the int8 graph scales its activations per call, so
        padding a text into a batch would change its answer slightly. Alone, a sentence gets the
        same answer whatever it is coded with (about 1.5 ms a sentence on one core).
        """
        probs = np.zeros((len(texts), len(self.labels)), dtype=np.float32)
        pooled = np.zeros((len(texts), 384), dtype=np.float32)
        for start in range(0, len(texts), batch_size):
            enc = self.tokenizer.encode_batch(list(texts[start:start + batch_size]))
            ids = np.array([e.ids for e in enc], dtype=np.int64)
            mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
            logits, vectors = self.session.run(None, {"input_ids": ids, "attention_mask": mask})
            logits = logits - logits.max(axis=1, keepdims=True)
            exp = np.exp(logits)
            probs[start:start + len(enc)] = exp / exp.sum(axis=1, keepdims=True)
            pooled[start:start + len(enc)] = vectors
        return probs, pooled

    def scores(self, texts: Sequence[str]) -> list[TypeScores]:
        probs, _ = self.run(texts)
        out = []
        for row in probs:
            order = np.argsort(-row)
            out.append(TypeScores(tuple((self.labels[i], round(float(row[i]), 4)) for i in order)))
        return out


@functools.lru_cache(maxsize=2)
def get_event_type_model(*, threads: int = 1) -> EventTypeModel:
    """The shipped model, loaded once per process (and number of threads)."""
    return EventTypeModel(threads=threads)
