"""The learned sentence model: one logistic regression per label over ``features.py``'s strings.

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


@dataclass
class SentenceModel:
    labels: tuple[str, ...]
    weights: dict[str, list[float]]  # feature -> one weight per label
    bias: list[float]
    thresholds: dict[str, float]
    meta: dict = field(default_factory=dict)  # how it was trained

    def probabilities(self, features: list[str]) -> dict[str, float]:
        z = list(self.bias)
        for f in features:
            w = self.weights.get(f)
            if w is not None:
                z = [a + b for a, b in zip(z, w)]
        return {label: 1.0 / (1.0 + math.exp(-v)) for label, v in zip(self.labels, z)}

    def decide(self, features: list[str]) -> dict[str, float]:
        """label -> probability for the labels whose probability reaches their threshold."""
        probs = self.probabilities(features)
        return {label: p for label, p in probs.items() if p >= self.thresholds.get(label, 0.5)}

    def to_json(self) -> str:
        return json.dumps({"labels": list(self.labels), "bias": self.bias, "thresholds": self.thresholds,
                           "meta": self.meta, "weights": self.weights}, sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> SentenceModel:
        d = json.loads(text)
        return cls(tuple(d["labels"]), d["weights"], d["bias"], d["thresholds"], d.get("meta", {}))


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
