"""Tagging on ``../shared/casework-dev``: notes by four authors the project did not write.

The system sees only each note's ``context`` and ``text``; the set's own ``score.py`` scores it.
Figures are printed overall, per author and per ``meta.features`` slice.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

from transcribe.context import parse_context
from transcribe.tagging.tagger import SentenceAnalysis, analyse_sentences, decide_tags, written_sentences

from .sets import DATA_DIR, load_notes
from .train import PROJECT, SCORED, Example, label_sentences

DEFAULT_DATA = Path(__file__).resolve().parents[3] / "shared" / "casework-dev"
SLICES = ("spoken_headings", "no_punctuation", "relayed_voice", "non_verbal", "interpreter", "subtle_worry")
# Sets in casework-dev's format, written by other authors (evaluation/data/tagging-casework/README.md), each held out
# and scored once and so seen: used only as training data (group SCORED, in every fold's training, never a
# held-out author's). Once trained on, they are no longer regression checks for the model. (fresh19, 21, 23 and 26
# with them in round twenty: met the rule set written before its run, not kept: it failed the suite's checks that a
# plain account of harm is a worry; evaluation/tagging/README.md.)
SCORED_SETS = tuple(Path(__file__).resolve().parents[1] / "data" / "tagging-casework" / f"fresh{n}.jsonl"
                    for n in (11, 14, 16, 17))
# The later sets by new authors (each scored once, then seen), not trained on: ``sets-out`` holds each out in turn,
# against a model trained without any of them (the shipped recipe) and one trained on the other three too.
LATER_SETS = tuple(Path(__file__).resolve().parents[1] / "data" / "tagging-casework" / f"fresh{n}.jsonl"
                   for n in (19, 21, 23, 26))
WITH_SCORED_SETS = True  # the default of `train` and `casework` (--with-scored-sets / --without-scored-sets)
TARGETS = "targets: child_voice F1 >= 0.90, wishes_feelings F1 >= 0.85, worry R >= 0.85 with P >= 0.80, SoS macro F1 >= 0.80"


def read_notes(path: Path) -> list[dict]:
    """The notes of a set in casework-dev's format (one JSON object a line)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_casework(data_dir: Path, gold: Path | None = None) -> tuple[list[dict], object]:
    """The notes (``gold``, else the folder's notes.jsonl) and the folder's own scorer module."""
    notes_path, score_path = gold or data_dir / "notes.jsonl", data_dir / "score.py"
    if not notes_path.exists() or not score_path.exists():
        raise SystemExit(f"{notes_path} or {score_path} is missing; pass --data DIR (the casework-dev folder, "
                         "which holds score.py) and --gold NOTES.jsonl for another set in its format.")
    notes = read_notes(notes_path)
    spec = importlib.util.spec_from_file_location("casework_score", score_path)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return notes, scorer


def author_of(note: dict) -> str:
    """The author of a note: its id's leading letters ("a12" -> "a", "AB03" -> "AB")."""
    return re.match(r"[A-Za-z]+", note["id"]).group()


def authors_of(notes: list[dict]) -> list[str]:
    return sorted({author_of(n) for n in notes})


def analyse_notes(notes: list[dict], tagger) -> dict[str, list[SentenceAnalysis]]:
    """Each note analysed from its context and text only."""
    return {n["id"]: analyse_sentences(n["text"], parse_context(n["context"]), tagger) for n in notes}


def casework_examples(notes: list[dict], analyses: dict[str, list[SentenceAnalysis]]) -> list[Example]:
    out = []
    for n in notes:
        gold = [(s["start"], s["end"], set(s["labels"])) for s in n["sentences"]]
        out += label_sentences(written_sentences(n["text"], analyses[n["id"]]), gold, author_of(n))
    return out


def scored_examples(tagger, paths=SCORED_SETS) -> list[Example]:
    """The scored sets' labelled sentences (``SCORED_SETS``), as one group, analysed as casework-dev's notes are."""
    out = []
    for path in paths:
        notes = read_notes(path)
        for ex in casework_examples(notes, analyse_notes(notes, tagger)):
            ex.group, ex.part = SCORED, path.stem  # one group; its sets are held out in turn for the Signs of Safety bars
            out.append(ex)
    return out


def project_examples(tagger) -> list[Example]:
    """The project's own hand-labelled sentences (``evaluation/data/tagging``), as one group."""
    out = []
    for path in sorted(DATA_DIR.glob("*.txt")):
        for note in load_notes(path):
            gold, parts, pos = [], [], 0
            for s in note.sentences:
                gold.append((pos, pos + len(s.text), {s.sos, *s.labels}))
                parts.append(s.text)
                pos += len(s.text) + 1
            text = " ".join(parts)
            analyses = analyse_sentences(text, parse_context(note.context), tagger)
            out += label_sentences(written_sentences(text, analyses), gold, PROJECT)
    return out


def predictions(notes: list[dict], analyses: dict[str, list[SentenceAnalysis]], model) -> dict[str, list[dict]]:
    return {
        n["id"]: [{"start": t.start, "end": t.end, "label": t.label} for t in decide_tags(n["text"], analyses[n["id"]], model)]
        for n in notes
    }


def score_slices(notes: list[dict], preds: dict[str, list[dict]], scorer) -> dict[str, dict]:
    """Scores overall, per author and per feature slice."""
    groups = {"all": notes}
    groups |= {f"author {a}": [n for n in notes if author_of(n) == a] for a in authors_of(notes)}
    groups |= {s: [n for n in notes if s in n["meta"].get("features", [])] for s in SLICES}
    return {name: scorer.score_tags(group, preds) for name, group in groups.items() if group}


def format_slices(title: str, results: dict[str, dict]) -> str:
    head = (f"{'':<17}{'notes':>5} {'cv P':>6}{'cv R':>6}{'cv F1':>6} {'wf F1':>6} {'wo P':>6}{'wo R':>6}"
            f"{'wo F1':>6} {'ww F1':>6} {'ns F1':>6} {'SoS':>6}")
    lines = [title, head]
    for name, r in results.items():
        n = r.get("_notes", "")
        lines.append(
            f"{name:<17}{n:>5} {r['child_voice']['precision']:6.3f}{r['child_voice']['recall']:6.3f}"
            f"{r['child_voice']['f1']:6.3f} {r['wishes_feelings']['f1']:6.3f} {r['worry']['precision']:6.3f}"
            f"{r['worry']['recall']:6.3f}{r['worry']['f1']:6.3f} {r['working_well']['f1']:6.3f} "
            f"{r['next_step']['f1']:6.3f} {r['sos_macro_f1']:6.3f}"
        )
    lines.append(TARGETS)
    return "\n".join(lines)


def evaluate(notes, preds, scorer, title: str) -> dict[str, dict]:
    results = score_slices(notes, preds, scorer)
    counts = {"all": len(notes)} | {f"author {a}": sum(author_of(n) == a for n in notes) for a in authors_of(notes)}
    counts |= {s: sum(s in n["meta"].get("features", []) for n in notes) for s in SLICES}
    for name, r in results.items():
        r["_notes"] = counts[name]
    print(format_slices(title, results))
    return results
