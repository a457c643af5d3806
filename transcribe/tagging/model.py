"""The learned sentence model, in two stages.

1. One logistic regression per label over ``features.py``'s strings of one sentence.
2. Optional (``context``): per label, a small logistic regression over the first stage's logits of
   the sentence and of its neighbours (child_voice runs in stretches: "She said..." after the
   child's quotation), trained on out-of-fold first-stage logits so it learns how far to trust them.

Trained by ``python -m evaluation.tagging train`` (deterministic) into ``sentence_model.json``
beside this file; loaded once per process with ``load_sentence_model()``.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import ModelNotFoundError

MODEL_PATH = Path(__file__).resolve().parent / "sentence_model.json"
MODEL_LABELS = ("child_voice", "wishes_feelings", "worry", "working_well", "next_step")
CONTEXT_WINDOW = 1  # neighbours each side whose first-stage logits the second stage reads
_CLIP = 8.0  # logits are clipped: a neighbour's certainty counts, its over-confidence does not


def context_inputs(logits: list[list[float]]) -> list[list[float]]:
    """The second stage's inputs for each sentence of one note, from every sentence's first-stage
    logits (one row per sentence, one column per label): its own logits, each neighbour's
    (0 beyond the note's ends) and whether that neighbour exists. One place for training and tagging."""
    n, k = len(logits), len(MODEL_LABELS)
    clipped = [[max(-_CLIP, min(_CLIP, v)) for v in row] for row in logits]
    out = []
    for i in range(n):
        row = list(clipped[i])
        for d in [*range(-CONTEXT_WINDOW, 0), *range(1, CONTEXT_WINDOW + 1)]:
            j = i + d
            row += clipped[j] if 0 <= j < n else [0.0] * k
            row.append(1.0 if 0 <= j < n else 0.0)
        out.append(row)
    return out


@dataclass
class ContextModel:
    """Second stage: ``weights[label]`` over ``context_inputs``' columns, plus ``bias[label]``."""

    weights: dict[str, list[float]]
    bias: dict[str, float]

    def probabilities(self, inputs: list[float]) -> dict[str, float]:
        out = {}
        for label, w in self.weights.items():
            z = self.bias[label] + sum(a * b for a, b in zip(w, inputs))
            out[label] = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        return out


@dataclass
class SentenceModel:
    labels: tuple[str, ...]
    weights: dict[str, list[float]]  # feature -> one weight per label
    bias: list[float]
    thresholds: dict[str, float]
    meta: dict = field(default_factory=dict)  # how it was trained
    context: ContextModel | None = None  # the second stage, if trained

    def logits(self, features: list[str]) -> list[float]:
        z = list(self.bias)
        for f in features:
            w = self.weights.get(f)
            if w is not None:
                z = [a + b for a, b in zip(z, w)]
        return z

    def probabilities(self, features: list[str]) -> dict[str, float]:
        """The first stage alone, for one sentence."""
        return {label: 1.0 / (1.0 + math.exp(-v)) for label, v in zip(self.labels, self.logits(features))}

    def note_probabilities(self, sentences: list[list[str]]) -> list[dict[str, float]]:
        """label -> probability for each sentence of one note, in order (the second stage, when
        there is one, reads each sentence's neighbours)."""
        if self.context is None:
            return [self.probabilities(f) for f in sentences]
        inputs = context_inputs([self.logits(f) for f in sentences])
        return [self.context.probabilities(x) for x in inputs]

    def decide(self, features: list[str]) -> dict[str, float]:
        """label -> probability for the labels of one sentence on its own (the first stage) whose
        probability reaches their threshold."""
        return {label: p for label, p in self.probabilities(features).items() if p >= self.thresholds.get(label, 0.5)}

    def decide_note(self, sentences: list[list[str]]) -> list[tuple[dict[str, float], dict[str, float]]]:
        """For each sentence: (all probabilities, the labels whose probability reaches their threshold)."""
        out = []
        for probs in self.note_probabilities(sentences):
            out.append((probs, {label: p for label, p in probs.items() if p >= self.thresholds.get(label, 0.5)}))
        return out

    def to_json(self) -> str:
        d = {"labels": list(self.labels), "bias": self.bias, "thresholds": self.thresholds,
             "meta": self.meta, "weights": self.weights}
        if self.context is not None:
            d["context"] = {"weights": self.context.weights, "bias": self.context.bias}
        return json.dumps(d, sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> SentenceModel:
        d = json.loads(text)
        ctx = d.get("context")
        return cls(tuple(d["labels"]), d["weights"], d["bias"], d["thresholds"], d.get("meta", {}),
                   ContextModel(ctx["weights"], ctx["bias"]) if ctx else None)


@lru_cache(maxsize=1)
def load_sentence_model(path: Path = MODEL_PATH) -> SentenceModel:
    """The committed sentence model, read once per process."""
    try:
        return SentenceModel.from_json(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ModelNotFoundError(
            f"The tagging sentence model {path} is missing. Restore it from the repository or retrain it "
            "with: python -m evaluation.tagging train"
        ) from exc
