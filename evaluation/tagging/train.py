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

from transcribe.tagging.model import MODEL_LABELS, ContextModel, SentenceModel, context_inputs

L2 = 1.0
EPOCHS = 300
LEARNING_RATE = 0.1
MIN_COUNT = 2
THRESHOLD_GRID = tuple(round(0.2 + 0.05 * k, 2) for k in range(11))  # 0.20 .. 0.70 (Signs of Safety)
VOICE_GRID = tuple(round(0.05 + 0.05 * k, 2) for k in range(16))  # 0.05 .. 0.80 (child_voice, wishes_feelings)
SOS_MODEL = ("worry", "working_well", "next_step")
PROJECT = "project"  # group of the project's own labelled sentences


@dataclass
class Example:
    group: str  # author letter, or PROJECT
    features: list[str]
    labels: set[str]


@dataclass
class Document:
    """One note's analysed sentences in order (the second stage reads neighbours)."""

    group: str
    features: list[list[str]]
    labels: list[set[str] | None]  # None: no gold sentence overlaps it (a neighbour, never an example)


def label_document(analyses, gold: list[tuple[int, int, set[str]]], group: str) -> Document:
    """Each analysed sentence labelled from the gold sentence it overlaps most."""
    labels: list[set[str] | None] = []
    for a in analyses:
        best, overlap = None, 0
        for s, e, gl in gold:
            ov = min(a.end, e) - max(a.start, s)
            if ov > overlap:
                best, overlap = gl, ov
        labels.append(None if best is None else {lab for lab in best if lab in MODEL_LABELS})
    return Document(group, [a.features for a in analyses], labels)


def label_sentences(analyses, gold: list[tuple[int, int, set[str]]], group: str) -> list[Example]:
    """One example per analysed sentence, labelled from the gold sentence it overlaps most."""
    return examples_of([label_document(analyses, gold, group)])


def examples_of(docs: list[Document]) -> list[Example]:
    return [Example(d.group, f, lab) for d in docs for f, lab in zip(d.features, d.labels) if lab is not None]


def fit(examples: list[Example], *, l2: float = L2, epochs: int = EPOCHS,
        thresholds: dict[str, float] | None = None, meta: dict | None = None) -> SentenceModel:
    """Logistic regression, one column per label, L2-regularised, full-batch Adam from zeros."""
    counts: dict[str, int] = {}
    for ex in examples:
        for f in ex.features:
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, c in counts.items() if c >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocab)}
    # X is binary and sparse (tens of features a sentence): kept as (row, column) pairs.
    rows, cols = [], []
    for r, ex in enumerate(examples):
        for f in ex.features:
            if f in index:
                rows.append(r)
                cols.append(index[f])
    rows_a, cols_a = np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)
    n, d, k = len(examples), len(vocab), len(MODEL_LABELS)
    y = np.array([[label in ex.labels for label in MODEL_LABELS] for ex in examples], dtype=np.float64)
    w = np.zeros((d, k))
    b = np.zeros(k)
    m_w, v_w, m_b, v_b = (np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b))
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for t in range(1, epochs + 1):
        z = np.stack([np.bincount(rows_a, weights=w[cols_a, c], minlength=n) for c in range(k)], axis=1) + b
        g = (1.0 / (1.0 + np.exp(-z)) - y) / n
        gw = np.stack([np.bincount(cols_a, weights=g[rows_a, c], minlength=d) for c in range(k)], axis=1)
        gw += (l2 / n) * w
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
    return thresholds_for(scored)


def thresholds_for(scored: list[tuple[dict[str, float], set[str]]]) -> dict[str, float]:
    """Per-label thresholds with the best F1 on held-out (probabilities, gold labels) pairs."""
    out = {"child_voice": _best_f1_threshold(scored, "child_voice")}
    # wishes_feelings only where child_voice is chosen too (the tagger's rule: a wish or feeling is
    # the child's own expression), so its threshold is chosen under that gate.
    gated = [(p, gold) for p, gold in scored if p["child_voice"] >= out["child_voice"]]
    missed = sum(1 for p, gold in scored if p["child_voice"] < out["child_voice"] and "wishes_feelings" in gold)
    out["wishes_feelings"] = _best_f1_threshold(gated, "wishes_feelings", missed)
    # The Signs of Safety thresholds together: observation is what none of them reaches, so each
    # is chosen for the mean F1 of the four (coordinate ascent from 0.5, two passes).
    sos = {label: 0.5 for label in SOS_MODEL}
    for _ in range(2):
        for label in SOS_MODEL:
            sos[label] = max(THRESHOLD_GRID, key=lambda th: (_sos_macro(scored, sos | {label: th}), -abs(th - 0.5)))
    return out | sos


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _best_f1_threshold(scored, label: str, missed: int = 0) -> float:
    """``missed``: positives already lost before these scores (counted as false negatives)."""
    def f1(th: float) -> float:
        tp = sum(1 for p, gold in scored if p[label] >= th and label in gold)
        fp = sum(1 for p, gold in scored if p[label] >= th and label not in gold)
        fn = sum(1 for p, gold in scored if p[label] < th and label in gold)
        return _f1(tp, fp, fn + missed)
    return max(VOICE_GRID, key=lambda th: (f1(th), -abs(th - 0.5)))


def _sos_macro(scored, thresholds: dict[str, float]) -> float:
    counts = {label: [0, 0, 0] for label in (*SOS_MODEL, "observation")}
    for p, gold in scored:
        pred = {label for label in SOS_MODEL if p[label] >= thresholds[label]} or {"observation"}
        gold = {label for label in gold if label in SOS_MODEL} or {"observation"}
        for label, c in counts.items():
            c[0] += label in pred and label in gold
            c[1] += label in pred and label not in gold
            c[2] += label not in pred and label in gold
    return sum(_f1(*c) for c in counts.values()) / len(counts)


def train(examples: list[Example], meta: dict | None = None) -> SentenceModel:
    """The first stage alone: thresholds from the inner leave-one-author-out, then one fit on every example."""
    thresholds = choose_thresholds(examples) if len({ex.group for ex in examples} - {PROJECT}) > 1 else None
    return fit(examples, thresholds=thresholds, meta=meta)


CONTEXT_L2 = 1.0
NEWTON_STEPS = 25


def fit_context(x: np.ndarray, y: np.ndarray, l2: float = CONTEXT_L2) -> ContextModel:
    """Second stage: per label, L2-regularised logistic regression by Newton's method (deterministic)."""
    n, d = x.shape
    xb = np.hstack([x, np.ones((n, 1))])
    reg = np.full(d + 1, l2)
    reg[-1] = 0.0  # the bias is not shrunk
    weights, bias = {}, {}
    for c, label in enumerate(MODEL_LABELS):
        w = np.zeros(d + 1)
        for _ in range(NEWTON_STEPS):
            p = 1.0 / (1.0 + np.exp(-np.clip(xb @ w, -30, 30)))
            grad = xb.T @ (p - y[:, c]) + reg * w
            hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(reg) + 1e-9 * np.eye(d + 1)
            w -= np.linalg.solve(hess, grad)
        weights[label] = [round(float(v), 5) for v in w[:-1]]
        bias[label] = round(float(w[-1]), 5)
    return ContextModel(weights, bias)


def _rows(docs: list[Document], logits: list[list[list[float]]]):
    """Second-stage inputs and targets of every labelled sentence, and its group."""
    xs, ys, groups = [], [], []
    for doc, doc_logits in zip(docs, logits):
        for inputs, labels in zip(context_inputs(doc_logits), doc.labels):
            if labels is not None:
                xs.append(inputs)
                ys.append([label in labels for label in MODEL_LABELS])
                groups.append(doc.group)
    return np.array(xs, dtype=np.float64), np.array(ys, dtype=np.float64), groups


def train_stacked(docs: list[Document], meta: dict | None = None) -> SentenceModel:
    """Both stages. The second stage learns from out-of-fold first-stage logits (each group's
    notes scored by a first stage fitted without that group); its thresholds come from an inner
    leave-one-author-out over the second stage; then the first stage is fitted on everything."""
    groups = sorted({d.group for d in docs})
    oof: list[list[list[float]] | None] = [None] * len(docs)
    for held in groups:
        first = fit(examples_of([d for d in docs if d.group != held]))
        for i, d in enumerate(docs):
            if d.group == held:
                oof[i] = [first.logits(f) for f in d.features]
    x, y, row_groups = _rows(docs, oof)
    authors = [g for g in groups if g != PROJECT]
    thresholds = None
    if len(authors) > 1:
        scored = []
        gs = np.array(row_groups)
        for held in authors:
            ctx = fit_context(x[gs != held], y[gs != held])
            for xi, yi in zip(x[gs == held], y[gs == held]):
                scored.append((ctx.probabilities(list(xi)), {lab for lab, v in zip(MODEL_LABELS, yi) if v}))
        thresholds = thresholds_for(scored)
    model = fit(examples_of(docs), thresholds=thresholds, meta=meta)
    model.context = fit_context(x, y)
    return model
