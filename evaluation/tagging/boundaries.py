"""Train and score the sentence-start model for text with no punctuation (``transcribe/tagging/boundaries.py``).

    python -m evaluation.tagging boundaries-train            # refit transcribe/tagging/boundary_model.json
    python -m evaluation.tagging boundaries-score [--gold F]  # starts found in notes stripped of punctuation
    python -m evaluation.tagging boundaries-sets-out         # the tagger on later sets' bare notes, each set held out

Training text is made from notes whose sentences are known: the project's own labelled sentences
(``evaluation/data/tagging/*.txt``, each sentence a line), the scored sets every sentence model is trained on
(``casework.SCORED_SETS``) and the later sets already scored and seen (``TRAINING_SETS``). Each note is lower-cased and
stripped of its punctuation (``unpunctuate``), as a writer who types none or a recogniser that returns none gives it,
and every token is an example: does a gold sentence start there? ``../shared/casework-dev`` and any set still held out
are never trained on, so scoring on them is held out for this model (casework-dev has been read in every round for the
tagger, not for this model).

Scoring strips the gold notes the same way and counts the starts each way of splitting finds (the rule alone,
``segment.mark_run_on_starts``, or the model, ``segment.mark_learned_starts``): a start is right when it falls on the
first word of a gold sentence. Deterministic: full-batch Adam from zeros.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from transcribe.context import CaseContext, parse_context
from transcribe.tagging.boundaries import MODEL_PATH, BoundaryModel
from transcribe.tagging.segment import (context_names, finite, learned_features, mark_learned_starts,
                                         mark_run_on_starts, parsed_text, tag_tokens)

from .casework import SCORED_SETS, read_notes
from .sets import DATA_DIR, load_notes
from .train import adam_step

# Every set in casework-dev's format the project holds that has been scored (and so is seen), by name: a set written
# later is held out until it is scored, so it is never picked up by a pattern.
TRAINING_SETS = SCORED_SETS + tuple(
    Path(__file__).resolve().parents[1] / "data" / "tagging-casework" / f"{name}.jsonl"
    for name in ("dev23g", "dev23h", "dev23m", "dev24g", "dev24h", "fresh19", "fresh21", "fresh23", "fresh26", "fresh27",
                 "fresh29", "fresh31", "fresh33", "fresh35", "fresh38", "fresh40", "fresh42", "fresh44", "fresh46",
                 "fresh48", "fresh50", "fresh52"))

EPOCHS = 200
L2 = 1.0
MIN_COUNT = 2
THRESHOLD = 0.3  # the best boundary F1 of 0.25, 0.3, 0.35, 0.4, 0.5 in four-fold cross-validation over the training notes
# Punctuation a writer who types none leaves out: sentence and clause marks, quotation marks, brackets, a dash
# standing alone. An apostrophe inside a word ("it's", "rusty's") and a hyphen inside one ("half-term") stay.
_DROPPED = re.compile(r"[.,;:!?\"“”‘()\[\]…]|(?<!\w)['’]|['’](?!\w)|(?<=\s)[-–—](?=\s)")


@dataclass
class Note:
    text: str
    context: CaseContext
    starts: list[int]  # character offsets where a gold sentence starts


def unpunctuate(text: str, starts: list[int]) -> tuple[str, list[int]]:
    """``text`` lower-cased with its punctuation dropped and runs of spaces made one, and where each of ``starts``
    lands in it."""
    new, where = _unpunctuated_with_map(text)
    return new, sorted({where[s] for s in starts if where[s] < len(new)})


def _unpunctuated_with_map(text: str) -> tuple[str, list[int]]:
    """``unpunctuate``'s text and, for each offset of ``text`` (and its end), the offset it lands on."""
    keep = [True] * len(text)
    for m in _DROPPED.finditer(text):
        for k in range(m.start(), m.end()):
            keep[k] = False
    out: list[str] = []
    where = [0] * (len(text) + 1)
    for k, ch in enumerate(text):
        where[k] = len(out)
        if not keep[k]:
            continue
        if ch == " " and (not out or out[-1] in " \n"):
            continue
        out.append(ch.lower())
    where[len(text)] = len(out)
    return "".join(out), where


def unpunctuated_note(note: dict) -> dict:
    """A note in casework-dev's format as a writer who types no punctuation would give it: its text through
    ``unpunctuate``, each gold sentence moved with it (its identifier spans dropped: tags only)."""
    text, where = _unpunctuated_with_map(note["text"])
    sentences = []
    for s in note["sentences"]:
        a, b = where[s["start"]], where[s["end"]]
        while b > a and text[b - 1] in " \n":
            b -= 1
        if b > a:
            sentences.append({**s, "start": a, "end": b})
    return {**note, "text": text, "pii": [], "keep": [], "sentences": sentences}


def training_notes() -> list[Note]:
    """The notes the model learns from: the project's labelled sentences and the scored sets (see the docstring)."""
    out = []
    for path in sorted(DATA_DIR.glob("*.txt")):
        for note in load_notes(path):
            starts, pos = [], 0
            for s in note.sentences:
                starts.append(pos)
                pos += len(s.text) + 1
            out.append(Note(" ".join(s.text for s in note.sentences), parse_context(note.context), starts))
    for path in TRAINING_SETS:
        out += gold_notes(path)
    return out


def gold_notes(path: Path) -> list[Note]:
    """Notes in casework-dev's format with their gold sentences' starts."""
    return [Note(n["text"], parse_context(n.get("context") or {}), [s["start"] for s in n["sentences"]])
            for n in read_notes(path)]


def _doc(nlp, note: Note):
    text, starts = unpunctuate(note.text, note.starts)
    names = context_names(note.context)
    doc = tag_tokens(nlp, parsed_text(text, note.context), disable=("ner",))
    gold = set()
    for s in starts:
        tok = next((t for t in doc if t.idx >= s and not t.is_space), None)
        if tok is not None and tok.i > 0:
            gold.add(tok.i)
    return doc, names, gold


def examples(nlp, notes: list[Note]) -> tuple[list[list[str]], list[bool]]:
    """One example per token after the first: its features, given the gold starts before it, and whether one starts
    there."""
    feats, labels = [], []
    for note in notes:
        doc, names, gold = _doc(nlp, note)
        last, has_verb = 0, False
        for tok in doc:
            i = tok.i
            if i > 0 and not tok.is_space:
                feats.append(learned_features(doc, i, last, has_verb, names))
                labels.append(i in gold)
                if i in gold:
                    last, has_verb = i, False
            if finite(doc, i):
                has_verb = True
    return feats, labels


def fit(feats: list[list[str]], labels: list[bool], *, l2: float = L2, epochs: int = EPOCHS,
        meta: dict | None = None) -> BoundaryModel:
    """Logistic regression, L2-regularised, full-batch Adam from zeros (as ``train.fit``, one label)."""
    counts: dict[str, int] = {}
    for fs in feats:
        for f in fs:
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, c in counts.items() if c >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocab)}
    rows, cols = [], []
    for r, fs in enumerate(feats):
        for f in fs:
            if f in index:
                rows.append(r)
                cols.append(index[f])
    rows_a, cols_a = np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)
    n, d = len(feats), len(vocab)
    y = np.array(labels, dtype=np.float64)
    w, b = np.zeros(d), 0.0
    m_w, v_w, m_b, v_b = np.zeros(d), np.zeros(d), 0.0, 0.0
    for t in range(1, epochs + 1):
        z = np.bincount(rows_a, weights=w[cols_a], minlength=n) + b
        g = (1.0 / (1.0 + np.exp(-z)) - y) / n
        gw = np.bincount(cols_a, weights=g[rows_a], minlength=d) + (l2 / n) * w
        gb = float(g.sum())
        w, m_w, v_w = adam_step(w, gw, m_w, v_w, t)
        b, m_b, v_b = adam_step(b, gb, m_b, v_b, t)
    weights = {f: round(float(w[i]), 4) for f, i in index.items() if abs(w[i]) >= 5e-4}
    return BoundaryModel(weights, round(float(b), 4), THRESHOLD,
                         {"tokens": n, "starts": int(y.sum()), "features": len(weights), "l2": l2, "epochs": epochs,
                          **(meta or {})})


def train(nlp) -> BoundaryModel:
    notes = training_notes()
    feats, labels = examples(nlp, notes)
    return fit(feats, labels, meta={"notes": len(notes), "trained_on": "evaluation/data/tagging/*.txt + "
                                    + ", ".join(p.stem for p in TRAINING_SETS) + ", unpunctuated"})


@dataclass
class Counts:
    right: int = 0
    found: int = 0
    gold: int = 0

    def line(self, name: str) -> str:
        p = self.right / self.found if self.found else 0.0
        r = self.right / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"{name:<12} starts found {self.found:>5}  right {self.right:>5}  of {self.gold:>5}   P {p:.3f}  R {r:.3f}  F1 {f:.3f}"


def score(nlp, notes: list[Note], model: BoundaryModel | None) -> Counts:
    """Starts found in ``notes`` stripped of punctuation, by the model or (None) the rule alone."""
    out = Counts()
    for note in notes:
        doc, names, gold = _doc(nlp, note)
        if model is None:
            mark_run_on_starts(doc, names, only_these=True)
        else:
            mark_learned_starts(doc, names, model)
        found = {t.i for t in doc if t.i > 0 and t.is_sent_start and not t.is_space}
        out.right += len(found & gold)
        out.found += len(found)
        out.gold += len(gold)
    return out


def main_train(args) -> int:
    from transcribe.models.spacy_model import load_spacy

    model = train(load_spacy())
    MODEL_PATH.write_text(model.to_json() + "\n", encoding="utf-8")
    print(f"wrote {MODEL_PATH}: {json.dumps(model.meta)}")
    return 0


def main_score(args) -> int:
    from transcribe.models.spacy_model import load_spacy
    from transcribe.tagging.boundaries import load_boundary_model

    nlp = load_spacy()
    notes = gold_notes(args.gold)
    print(f"{args.gold}: {len(notes)} notes, lower-cased and stripped of punctuation")
    print(score(nlp, notes, None).line("rule"))
    print(score(nlp, notes, load_boundary_model()).line("model"))
    return 0


def main_sets_out(args) -> int:
    """The tagger on the bare notes (``segment.bare_text``) of each later training set, split by the rule and by a
    sentence-start model trained without that set; the committed sentence model, which none of these sets trained."""
    from dataclasses import replace

    from transcribe.models.spacy_model import load_spacy
    from transcribe.tagging import TaggingOptions, build_tagger
    from transcribe.tagging.model import load_sentence_model
    from transcribe.tagging.segment import bare_text

    from .casework import DEFAULT_DATA, analyse_notes, load_casework, predictions

    nlp = load_spacy()
    tagger, sentence_model = build_tagger(nlp, TaggingOptions(use_model=False)), load_sentence_model()
    every = training_notes()
    notes, by_rule, by_model, scorer = [], {}, {}, None
    for path in (p for p in TRAINING_SETS if p not in SCORED_SETS):
        held, scorer = load_casework(DEFAULT_DATA, path)
        bare = [{**n, "id": f"{path.stem}:{n['id']}"} for n in held if bare_text(n["text"])]
        if not bare:
            continue
        texts = {n["text"] for n in held}
        model = fit(*examples(nlp, [n for n in every if n.text not in texts]))
        by_rule |= predictions(bare, analyse_notes(bare, replace(tagger, boundaries=None)), sentence_model)
        by_model |= predictions(bare, analyse_notes(bare, replace(tagger, boundaries=model)), sentence_model)
        notes += bare
        print(f"{path.stem}: {len(bare)} bare notes", file=sys.stderr, flush=True)
    print(f"{len(notes)} bare notes of the later sets; the sentence-start model trained without each note's set")
    for title, preds in (("the rule", by_rule), ("the model", by_model)):
        r = scorer.score_tags(notes, preds)
        print(f"{title:<10} child_voice P/R/F1 {r['child_voice']['precision']:.3f} {r['child_voice']['recall']:.3f} "
              f"{r['child_voice']['f1']:.3f}  wishes_feelings F1 {r['wishes_feelings']['f1']:.3f}  worry P/R "
              f"{r['worry']['precision']:.3f} {r['worry']['recall']:.3f}  working_well F1 {r['working_well']['f1']:.3f}  "
              f"next_step F1 {r['next_step']['f1']:.3f}  SoS {r['sos_macro_f1']:.3f}")
    return 0
