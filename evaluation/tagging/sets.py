"""Score the tagger on hand-labelled dictation sentences.

    .venv/bin/python -m evaluation.tagging                 # the development set
    .venv/bin/python -m evaluation.tagging --set heldout   # the held-out set (looked at once in tuning)
    .venv/bin/python -m evaluation.tagging --set unseen    # whole notes written after tuning
    .venv/bin/python -m evaluation.tagging --set all --errors

Prints precision, recall and F1 for each label, and the macro-F1 over the four Signs of Safety
headings. Data format: ``evaluation/data/tagging/README.md``.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "tagging"
SOS = ("worry", "working_well", "next_step", "observation")
FLAGS = {"cv": "child_voice", "wf": "wishes_feelings"}
SETS = ("dev", "heldout", "unseen")
TARGETS = {"child_voice": 0.90, "wishes_feelings": 0.85, "sos_macro_f1": 0.80}


@dataclass
class GoldSentence:
    text: str
    sos: str
    labels: set[str]


@dataclass
class GoldNote:
    id: str
    context: dict = field(default_factory=dict)
    sentences: list[GoldSentence] = field(default_factory=list)


def load_notes(path: Path) -> list[GoldNote]:
    notes: list[GoldNote] = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("# note:"):
            notes.append(GoldNote(id=line.split(":", 1)[1].strip()))
        elif line.startswith("# context:"):
            notes[-1].context = json.loads(line.split(":", 1)[1])
        elif line.startswith("#"):
            continue
        else:
            head, _, text = line.partition("|")
            words = head.split()
            if not text or not words or words[0] not in SOS or any(w not in FLAGS for w in words[1:]):
                raise ValueError(f"{path}:{n}: expected '<{'|'.join(SOS)}> [cv] [wf] | sentence', got {raw!r}")
            notes[-1].sentences.append(GoldSentence(text.strip(), words[0], {FLAGS[w] for w in words[1:]}))
    return notes


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def predict_note(note: GoldNote, tagger) -> list[tuple[str, set[str]]]:
    """(sos, flags) predicted for each gold sentence of ``note``, aligned by character overlap."""
    from transcribe.context import parse_context
    from transcribe.tagging import tag_text

    spans, parts, pos = [], [], 0
    for s in note.sentences:
        spans.append((pos, pos + len(s.text)))
        parts.append(s.text)
        pos += len(s.text) + 1
    text = " ".join(parts)
    tags = tag_text(text, parse_context(note.context), tagger)
    out = []
    for a, b in spans:
        best_sos, best_overlap, flags = "observation", 0, set()
        for t in tags:
            ov = min(b, t.end) - max(a, t.start)
            if ov <= 0:
                continue
            if t.label in SOS:
                if ov > best_overlap:
                    best_sos, best_overlap = t.label, ov
            elif ov >= 0.5 * min(b - a, t.end - t.start):
                flags.add(t.label)
        out.append((best_sos, flags))
    return out


def score(notes: list[GoldNote], tagger, errors: list[str] | None = None) -> dict:
    counts = {label: Counts() for label in (*FLAGS.values(), *SOS)}
    n = 0
    for note in notes:
        for gold, (sos, flags) in zip(note.sentences, predict_note(note, tagger)):
            n += 1
            for label in SOS:
                _count(counts[label], gold.sos == label, sos == label)
            for label in FLAGS.values():
                _count(counts[label], label in gold.labels, label in flags)
            if errors is not None and (sos != gold.sos or flags != gold.labels):
                g = " ".join([gold.sos, *sorted(gold.labels)])
                p = " ".join([sos, *sorted(flags)])
                errors.append(f"{note.id}: gold [{g}] got [{p}] | {gold.text}")
    result = {label: dict(zip(("precision", "recall", "f1"), c.prf()), support=c.tp + c.fn) for label, c in counts.items()}
    result["sos_macro_f1"] = sum(result[label]["f1"] for label in SOS) / len(SOS)
    result["sentences"] = n
    return result


def _count(c: Counts, gold: bool, pred: bool) -> None:
    if gold and pred:
        c.tp += 1
    elif pred:
        c.fp += 1
    elif gold:
        c.fn += 1


def format_result(name: str, result: dict) -> str:
    lines = [f"{name}: {result['sentences']} sentences", f"{'label':<16} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}"]
    for label in (*FLAGS.values(), *SOS):
        r = result[label]
        lines.append(f"{label:<16} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} {r['support']:5d}")
    lines.append(f"{'SoS macro-F1':<16} {'':>6} {'':>6} {result['sos_macro_f1']:6.3f}")
    checks = [
        ("child_voice F1", result["child_voice"]["f1"], TARGETS["child_voice"]),
        ("wishes_feelings F1", result["wishes_feelings"]["f1"], TARGETS["wishes_feelings"]),
        ("SoS macro-F1", result["sos_macro_f1"], TARGETS["sos_macro_f1"]),
    ]
    lines.append("targets: " + "; ".join(f"{k} {v:.3f} {'>=' if v >= t else '<'} {t:.2f}" for k, v, t in checks))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evaluation.tagging", description="Score the tagger.")
    ap.add_argument("--set", choices=(*SETS, "all"), default="dev")
    ap.add_argument("--data", type=Path, help="score this file instead (same format)")
    ap.add_argument("--errors", action="store_true", help="list every sentence the tagger got wrong")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--rules", action="store_true", help="the rules alone, without the learned sentence model")
    args = ap.parse_args(argv)

    from transcribe.models.spacy_model import load_spacy
    from transcribe.tagging import TaggingOptions, build_tagger

    tagger = build_tagger(load_spacy(), TaggingOptions(use_model=not args.rules))
    if args.data:
        files = [args.data]
    else:
        names = SETS if args.set == "all" else (args.set,)
        files = [DATA_DIR / f"{n}.txt" for n in names]
    results = {}
    for path in files:
        errs: list[str] | None = [] if args.errors else None
        result = score(load_notes(path), tagger, errs)
        results[path.stem] = result
        if not args.json:
            print(format_result(path.stem, result))
            if errs:
                print("\n".join(errs))
            print()
    if args.json:
        json.dump(results, sys.stdout, indent=2)
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
