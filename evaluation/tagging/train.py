"""Fit the sentence model: labelled sentences -> ``transcribe/tagging/sentence_model.json``.

Examples are the tagger's own sentences (its segmentation, its rule findings, its features), each
labelled with the gold sentence it overlaps most, so training sees what tagging will see.
The fit is full-batch logistic regression in numpy (float64, fixed order, no randomness), one
output per label; the decision thresholds are chosen by an inner leave-one-author-out over the
training authors only (the project's own sentences always stay in training).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from transcribe.tagging.model import MODEL_LABELS, SentenceModel

L2 = 1.0
EPOCHS = 300
LEARNING_RATE = 0.1
MIN_COUNT = 2
THRESHOLD_GRID = tuple(round(0.2 + 0.05 * k, 2) for k in range(11))  # 0.20 .. 0.70
PROJECT = "project"  # group of the project's own labelled sentences


@dataclass
class Example:
    group: str  # author letter, or PROJECT
    features: list[str]
    labels: set[str]


def label_sentences(analyses, gold: list[tuple[int, int, set[str]]], group: str) -> list[Example]:
    """One example per analysed sentence, labelled from the gold sentence it overlaps most."""
    out = []
    for a in analyses:
        best, overlap = None, 0
        for s, e, labels in gold:
            ov = min(a.end, e) - max(a.start, s)
            if ov > overlap:
                best, overlap = labels, ov
        if best is not None:
            out.append(Example(group, a.features, {lab for lab in best if lab in MODEL_LABELS}))
    return out


def fit(examples: list[Example], *, l2: float = L2, epochs: int = EPOCHS,
        thresholds: dict[str, float] | None = None, meta: dict | None = None) -> SentenceModel:
    """Logistic regression, one column per label, L2-regularised, full-batch Adam from zeros."""
    counts: dict[str, int] = {}
    for ex in examples:
        for f in ex.features:
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, c in counts.items() if c >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(examples), len(vocab)), dtype=np.float64)
    y = np.zeros((len(examples), len(MODEL_LABELS)), dtype=np.float64)
    for r, ex in enumerate(examples):
        for f in ex.features:
            if f in index:
                x[r, index[f]] = 1.0
        for c, label in enumerate(MODEL_LABELS):
            y[r, c] = label in ex.labels
    n = len(examples)
    w = np.zeros((len(vocab), len(MODEL_LABELS)))
    b = np.zeros(len(MODEL_LABELS))
    m_w, v_w, m_b, v_b = (np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b))
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for t in range(1, epochs + 1):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        g = (p - y) / n
        gw = x.T @ g + (l2 / n) * w
        gb = g.sum(axis=0)
        m_w = beta1 * m_w + (1 - beta1) * gw
        v_w = beta2 * v_w + (1 - beta2) * gw * gw
        m_b = beta1 * m_b + (1 - beta1) * gb
        v_b = beta2 * v_b + (1 - beta2) * gb * gb
        lr = LEARNING_RATE * np.sqrt(1 - beta2**t) / (1 - beta1**t)
        w -= lr * m_w / (np.sqrt(v_w) + eps)
        b -= lr * m_b / (np.sqrt(v_b) + eps)
    weights = {f: [round(float(v), 4) for v in w[i]] for f, i in index.items() if np.abs(w[i]).max() >= 5e-4}
    return SentenceModel(
        labels=MODEL_LABELS, weights=weights, bias=[round(float(v), 4) for v in b],
        thresholds=thresholds or {label: 0.5 for label in MODEL_LABELS},
        meta={"sentences": n, "features": len(weights), "l2": l2, "epochs": epochs, **(meta or {})},
    )


def choose_thresholds(examples: list[Example]) -> dict[str, float]:
    """Per-label threshold with the best F1 over an inner leave-one-author-out on ``examples``."""
    authors = sorted({ex.group for ex in examples} - {PROJECT})
    scored: list[tuple[dict[str, float], set[str]]] = []
    for held in authors:
        model = fit([ex for ex in examples if ex.group != held])
        scored += [(model.probabilities(ex.features), ex.labels) for ex in examples if ex.group == held]
    out = {}
    for label in MODEL_LABELS:
        best, best_f1 = 0.5, -1.0
        for th in THRESHOLD_GRID:
            tp = sum(1 for p, gold in scored if p[label] >= th and label in gold)
            fp = sum(1 for p, gold in scored if p[label] >= th and label not in gold)
            fn = sum(1 for p, gold in scored if p[label] < th and label in gold)
            f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
            if f1 > best_f1 + 1e-9:
                best, best_f1 = th, f1
        out[label] = best
    return out


def train(examples: list[Example], meta: dict | None = None) -> SentenceModel:
    """Thresholds from the inner leave-one-author-out, then one fit on every example."""
    thresholds = choose_thresholds(examples) if len({ex.group for ex in examples} - {PROJECT}) > 1 else None
    return fit(examples, thresholds=thresholds, meta=meta)
