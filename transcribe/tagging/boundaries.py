"""Where a sentence starts in text written or heard without punctuation: a learned model read left to right.

A writer who types without full stops, or a recogniser that returns none, runs a whole note together
("...just leave it his old scooter is in the yard with no wheels school say he has been excluded..."). The
parser cannot find the sentences, so the tagger reads a child's words, a mother's report and the school's
news as one sentence. ``segment.mark_run_on_starts`` finds the clear cases by rule (a subject and a finite
verb after something that cannot introduce a clause); this model decides at every token from the words and
part-of-speech tags around it, the rule's verdict among them, and is used only on text with no punctuation
at all (``segment.bare_text``, read in ``segment.parse``).

It is a logistic regression over sparse binary features, trained by ``python -m evaluation.tagging
boundaries-train`` from the gold sentences of the labelled notes the project holds, each stripped of its
case and punctuation (never from ``../shared/casework-dev``, where it is scored). Names of the case read as
``<name>`` and numbers as ``<num>``, so that no one note's people are learned.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from ..errors import ModelNotFoundError

MODEL_PATH = Path(__file__).resolve().parent / "boundary_model.json"


@dataclass
class BoundaryModel:
    """Weights of the sentence-start regression, its bias and the probability above which a token starts one."""

    weights: dict[str, float]
    bias: float
    threshold: float = 0.5
    meta: dict = field(default_factory=dict)  # how it was trained

    def probability(self, features: list[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-z))

    def to_json(self) -> str:
        return json.dumps({"weights": self.weights, "bias": self.bias, "threshold": self.threshold, "meta": self.meta},
                          indent=0, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> BoundaryModel:
        d = json.loads(text)
        return cls(d["weights"], d["bias"], d["threshold"], d.get("meta", {}))


@lru_cache(maxsize=1)
def load_boundary_model(path: Path = MODEL_PATH) -> BoundaryModel:
    """The committed sentence-start model, read once per process."""
    try:
        return BoundaryModel.from_json(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ModelNotFoundError(
            f"The sentence-start model {path} is missing. Restore it from the repository or retrain it with: "
            "python -m evaluation.tagging boundaries-train"
        ) from exc


def _word(doc: Doc, i: int, names: set[str]) -> str:
    if i < 0:
        return "<s>"
    if i >= len(doc):
        return "</s>"
    tok = doc[i]
    if tok.is_space:
        return "<nl>" if "\n" in tok.text else "<sp>"
    if tok.lower_ in names:
        return "<name>"
    if tok.like_num or tok.tag_ == "CD":
        return "<num>"
    return tok.lower_


def _tag(doc: Doc, i: int) -> str:
    if i < 0:
        return "<s>"
    if i >= len(doc):
        return "</s>"
    return doc[i].tag_


def boundary_features(doc: Doc, i: int, *, gap: int, has_verb: bool, rule: bool, after_clause_verb: bool,
                      names: set[str]) -> list[str]:
    """The features of "a sentence starts at token ``i``": the words and tags around it, how many tokens back the last
    start is (up to 12), whether a finite verb came since, and the rules' readings (``segment``)."""
    w = {k: _word(doc, i + k, names) for k in (-2, -1, 0, 1)}
    t = {k: _tag(doc, i + k) for k in (-2, -1, 0, 1, 2)}
    return [
        f"w0={w[0]}", f"w-1={w[-1]}", f"w1={w[1]}", f"w-2={w[-2]}",
        f"w-1w0={w[-1]}|{w[0]}", f"w0w1={w[0]}|{w[1]}",
        f"t0={t[0]}", f"t-1={t[-1]}", f"t1={t[1]}",
        f"t-1t0={t[-1]}|{t[0]}", f"t0t1={t[0]}|{t[1]}", f"t-2t-1={t[-2]}|{t[-1]}",
        f"t-1t0t1={t[-1]}|{t[0]}|{t[1]}", f"t0t1t2={t[0]}|{t[1]}|{t[2]}",
        f"w-1t0={w[-1]}|{t[0]}", f"t-1w0={t[-1]}|{w[0]}",
        f"gap={min(gap, 12)}", f"verb={has_verb}", f"rule={rule}", f"rule_verb={rule}|{has_verb}",
        f"after_clause_verb={after_clause_verb}",
    ]

