"""The learned sentence model: one logistic regression per label over ``features.py``'s strings,
averaged with the spaCy text classifier's probabilities (``textcat.py``) where it was trained with one.

Trained by ``python -m evaluation.tagging train`` (deterministic) into ``sentence_model.json``
(and ``textcat/``, ``textcat_voice/``) beside this file; loaded once per process with ``load_sentence_model()``.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from operator import add
from pathlib import Path

from spacy.language import Language

from ..errors import ModelNotFoundError
from .textcat import VOICE_TEXTCAT_DIR, load_textcat, score_texts

MODEL_PATH = Path(__file__).resolve().parent / "sentence_model.json"
MODEL_LABELS = ("child_voice", "wishes_feelings", "worry", "working_well", "next_step")
VOICE_LABELS = ("child_voice", "wishes_feelings")
# A Signs of Safety label's threshold for a sentence the model gives the child's voice, where trained
# with one ("worry@child_voice"): the child's own words are placed with their own bar (a child's
# "I don't have to look after anyone" is not a worry at the bar an adult's account of harm is).
VOICE_SUFFIX = "@child_voice"
# Where trained with one, the bar the weaker of worry and working_well must also reach when both pass their
# thresholds ("worry+working_well"): the model reads a sentence's harm and its strength from the same words, so
# an account of one often lifts the other over its bar; the stronger (further over its threshold) stays.
PAIR = ("worry", "working_well")
PAIR_KEY = "+".join(PAIR)


# A sentence whose acts of communicating report only facts ("he said his mam got them for him": features
# ``rep:fact...`` and no ``rep:feel...``, ``rep:rating`` or ``feel:...``, ``features.reported_kind``) is carried with its
# probabilities under FACT_KEY (1.0 / 0.0); wishes_feelings has a bar of its own for it (FACT_BAR) where the
# training's inner folds chose one.
FACT_KEY = "@reported_fact"
FACT_BAR = "wishes_feelings@reported_fact"
# Its counterpart: a sentence in which the one communicating reports a feeling, wish, preference or rating of
# their own (``rep:feel...``, ``rep:rating``), with a bar of its own (FEELING_BAR, at or under wishes_feelings's).
FEELING_KEY = "@reported_feeling"
FEELING_BAR = "wishes_feelings@reported_feeling"


# A wish or feeling observed by an adult counts as the child's though the child communicated nothing (casework-dev's
# labelling rule: "the child's wishes or feelings, said by the child or reported or observed by an adult"). Where set,
# a sentence whose word of feeling has a child of the case as the one feeling (``features``' ``feel:child``,
# ``feel:sibling``, ``feel:childnoun``: "Mia was happy playing with her dolls") is carried with OBSERVED_KEY (1.0), and
# its wishes_feelings stands without child_voice: the tagger's gate and the training's threshold choice both read it.
OBSERVED_FEELING = True
OBSERVED_KEY = "@observed_feeling"
_CHILD_FEELERS = frozenset({"feel:child", "feel:sibling", "feel:childnoun"})


def observed_feeling(features: list[str]) -> bool:
    """Whether the sentence puts a word of feeling on a child of the case (see OBSERVED_FEELING)."""
    return OBSERVED_FEELING and any(f in _CHILD_FEELERS for f in features)


def voice_gate(probs: dict[str, float], thresholds: dict[str, float]) -> bool:
    """Whether a sentence's wishes_feelings may stand: child_voice over its threshold, or a feeling observed in a
    child of the case (OBSERVED_KEY)."""
    return probs.get("child_voice", 0.0) >= thresholds.get("child_voice", 0.5) or probs.get(OBSERVED_KEY, 0.0) >= 0.5


# Where set, a sentence takes FACT_KEY only where its reported clauses are also narrated in the past
# (``reported_narration``): "he said he went to the park" (an account), not "he said his mam is poorly".
FACT_NARRATED = True


def reported_narration(features: list[str]) -> bool:
    """Whether every clause the sentence reports is put in the past (``features.clause_mood``: ``mood:past``, with
    at most an infinitive beside it), none in the present, a modal or the future: the narration of events."""
    moods = {f.split(":")[1] for f in features if f.startswith("mood:")}
    return "past" in moods and moods <= {"past", "nonfinite"}


def reported_fact(features: list[str]) -> bool:
    """Whether what the sentence reports anyone saying or showing is facts only (see FACT_KEY) (and, with
    ``FACT_NARRATED``, narrated in the past)."""
    return ("rep:fact" in features
            and not any(f.startswith(("rep:feel", "rep:rating", "feel:")) for f in features)
            and (not FACT_NARRATED or reported_narration(features)))


def reported_feeling(features: list[str]) -> bool:
    """Whether the sentence reports a feeling, wish, preference or rating of the one communicating (FEELING_KEY)."""
    return any(f == "rep:feel" or f.startswith(("rep:feel:", "rep:rating")) for f in features)


# readings of the sentence carried with the probabilities, not labels
_READINGS = (FACT_KEY, FEELING_KEY, OBSERVED_KEY)


def threshold_of(thresholds: dict[str, float], label: str, voice: bool = False, fact: bool = False,
                 feeling: bool = False) -> float:
    """``label``'s threshold (0.5 where there is none); ``voice``: for a sentence over the child_voice
    threshold (its own Signs of Safety bar where there is one); ``fact``: for a sentence that reports facts
    only (wishes_feelings's FACT_BAR where there is one)."""
    own = thresholds.get(label, 0.5)
    if fact and label == "wishes_feelings":
        return thresholds.get(FACT_BAR, own)
    if feeling and label == "wishes_feelings":
        return thresholds.get(FEELING_BAR, own)
    return thresholds.get(label + VOICE_SUFFIX, own) if voice else own


def decide_probabilities(probs: dict[str, float], thresholds: dict[str, float]) -> dict[str, float]:
    """label -> probability for the labels ``thresholds`` choose: each label's own threshold (the
    child's-voice one for a sentence over the child_voice threshold, where there is one), then of worry
    and working_well both chosen the weaker stays only over ``thresholds[PAIR_KEY]`` (where there is one)."""
    voice = "child_voice" in thresholds and probs.get("child_voice", 0.0) >= thresholds["child_voice"]
    fact, feeling = probs.get(FACT_KEY, 0.0) >= 0.5, probs.get(FEELING_KEY, 0.0) >= 0.5
    chosen = {label: p for label, p in probs.items()
              if label not in _READINGS and p >= threshold_of(thresholds, label, voice, fact, feeling)}
    if PAIR_KEY in thresholds and all(label in chosen for label in PAIR):
        weaker = min(PAIR, key=lambda label: probs[label] - threshold_of(thresholds, label, voice))
        if probs[weaker] < thresholds[PAIR_KEY]:
            del chosen[weaker]
    return chosen


@dataclass
class SentenceModel:
    labels: tuple[str, ...]
    weights: dict[str, list[float]]  # feature -> one weight per label
    bias: list[float]
    thresholds: dict[str, float]
    meta: dict = field(default_factory=dict)  # how it was trained
    textcat: Language | None = field(default=None, repr=False)  # the text classifier, if trained with one
    # the voice labels' own text classifier over ``voice_role_text``, if trained with one (meta "voice_textcat")
    voice_textcat: Language | None = field(default=None, repr=False)

    @property
    def textcat_weight(self) -> float:
        """The weight of the logistic regression in the average with the text classifier."""
        return float(self.meta.get("textcat_weight", 1.0)) if self.textcat is not None else 1.0

    def text_scores(self, texts: list[str], voice_texts: list[str] | None = None) -> list[dict[str, float] | None]:
        """The text classifier's probabilities for each sentence's ``role_text`` (None without one); with a voice
        text classifier, child_voice and wishes_feelings from it over ``voice_texts`` (each sentence's
        ``voice_role_text``)."""
        if self.textcat is None:
            return [None] * len(texts)
        scores = score_texts(self.textcat, texts, self.labels)
        if self.voice_textcat is not None and voice_texts is not None:
            voice = score_texts(self.voice_textcat, voice_texts, VOICE_LABELS)
            scores = [s | v for s, v in zip(scores, voice)]
        return scores

    def probabilities(self, features: list[str], text_scores: dict[str, float] | None = None) -> dict[str, float]:
        z = list(self.bias)
        for f in features:
            w = self.weights.get(f)
            if w is not None:
                z = list(map(add, z, w))
        probs = {label: 1.0 / (1.0 + math.exp(-v)) for label, v in zip(self.labels, z)}
        if text_scores is not None and self.textcat is not None:
            k = self.textcat_weight
            probs = {label: k * p + (1.0 - k) * text_scores[label] for label, p in probs.items()}
        probs[FACT_KEY] = 1.0 if reported_fact(features) else 0.0  # a reading, not a label (decide_probabilities)
        probs[FEELING_KEY] = 1.0 if reported_feeling(features) else 0.0
        probs[OBSERVED_KEY] = 1.0 if observed_feeling(features) else 0.0
        return probs

    def decide(self, features: list[str], text_scores: dict[str, float] | None = None) -> dict[str, float]:
        """label -> probability for the labels the thresholds choose (``decide_probabilities``)."""
        return decide_probabilities(self.probabilities(features, text_scores), self.thresholds)

    def to_json(self) -> str:
        return json.dumps({"labels": list(self.labels), "bias": self.bias, "thresholds": self.thresholds,
                           "meta": self.meta, "weights": self.weights}, sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> SentenceModel:
        d = json.loads(text)
        return cls(tuple(d["labels"]), d["weights"], d["bias"], d["thresholds"], d.get("meta", {}))


@lru_cache(maxsize=1)
def load_sentence_model(path: Path = MODEL_PATH) -> SentenceModel:
    """The committed sentence model (with its text classifier, if trained with one), read once per process."""
    try:
        model = SentenceModel.from_json(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ModelNotFoundError(
            f"The tagging sentence model {path} is missing. Restore it from the repository or retrain it "
            "with: python -m evaluation.tagging train"
        ) from exc
    if model.meta.get("textcat"):
        model.textcat = load_textcat()
    if model.meta.get("voice_textcat"):
        model.voice_textcat = load_textcat(VOICE_TEXTCAT_DIR)
    return model
