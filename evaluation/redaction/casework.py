"""python -m evaluation.redaction casework [--gold NOTES.jsonl] [--scorer SCORE.py] [--out PRED.jsonl] [--show-misses]

Redaction on notes the project did not write (``../shared/casework-dev``): each note's
``context`` and ``text`` only go to the redactor; predictions are written as JSONL and
scored with the set's own ``score.py`` (imported from beside the gold file, not copied),
overall, per author (the id's letter: a, b, c, d) and per ``meta.features`` slice.

Nothing in the redaction stage is fitted to data (hand-written rules and word lists
complete by a stated rule), so the per-author figures are what leave-one-author-out
would give; the rules were written while looking at these 60 notes, so they are a
development estimate, not a held-out one.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import logging
import sys
import time
from collections import defaultdict
from pathlib import Path

from evaluation.tagging.casework import author_of
from transcribe.context import parse_context
from transcribe.models.spacy_model import load_spacy
from transcribe.redaction import build_redactor, redact_text
from transcribe.redaction import entities as E

GOLD = Path(__file__).resolve().parents[3] / "shared" / "casework-dev" / "notes.jsonl"
DEFAULT_GOLD = GOLD if GOLD.exists() else Path("../shared/casework-dev/notes.jsonl")

# this stage's entity names -> the set's
AS_GOLD_TYPE = {
    E.PERSON: "PERSON", E.NHS_NUMBER: "NHS_NUMBER", E.NI_NUMBER: "NI_NUMBER", E.POSTCODE: "POSTCODE",
    E.PHONE: "PHONE", E.EMAIL: "EMAIL", E.DATE_OF_BIRTH: "DATE_OF_BIRTH", E.STREET_ADDRESS: "ADDRESS",
    E.INSTITUTION: "SCHOOL",  # schools, nurseries; the set calls GP surgeries and homes ORGANISATION_LOCAL
}
if hasattr(E, "LOCAL_ORGANISATION"):
    AS_GOLD_TYPE[E.LOCAL_ORGANISATION] = "ORGANISATION_LOCAL"


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("casework_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict(notes: list[dict]) -> tuple[list[dict], float]:
    redactor = build_redactor(load_spacy())
    rows, elapsed = [], 0.0
    for note in notes:
        t = time.perf_counter()
        result = redact_text(note["text"], parse_context(note.get("context")), redactor)
        elapsed += time.perf_counter() - t
        rows.append({"id": note["id"], "redactions": [
            {"start": r.start, "end": r.end, "entity": AS_GOLD_TYPE.get(r.entity, r.entity)} for r in result.redactions
        ]})
    return rows, elapsed


def figures(score, gold: list[dict], preds: dict) -> dict:
    r = score.score_redaction(gold, preds)
    by = r["by_type"]

    def rec(types):
        c = sum(by.get(t, (0, 0))[0] for t in types)
        n = sum(by.get(t, (0, 0))[1] for t in types)
        return (c / n if n else float("nan")), n

    return {
        "notes": len(gold),
        "all": (r["pii_entity_recall"], r["entities"]),
        "structured": rec(score.STRUCTURED_TYPES),
        "person": rec(["PERSON"]),
        "org": rec(["ORGANISATION_LOCAL"]),
        "school": rec(["SCHOOL"]),
        "address": rec(["ADDRESS", "POSTCODE"]),
        "over": r["over_redaction"],
        "keep": (r["keep_violations"], r["keep_total"]),
        "raw": r,
    }


def row(label: str, f: dict) -> str:
    def pc(x):
        v, n = x
        return f"{'  n/a' if v != v else f'{100 * v:5.1f}'} ({n:>3})"

    kv, kt = f["keep"]
    return (f"  {label:<18}{f['notes']:>4} {pc(f['all'])} {pc(f['structured'])} {pc(f['person'])} "
            f"{pc(f['org'])} {pc(f['school'])} {pc(f['address'])} {100 * f['over']:6.2f}% "
            f"{kv:>3}/{kt:<3} ({100 * kv / kt if kt else 0:.1f}%)")


# the slices the set's README names; any other feature is shown when it covers 5 notes or more
NAMED_FEATURES = ("spoken_headings", "no_punctuation", "relayed_voice", "non_verbal", "pre_verbal", "interpreter",
                  "subtle_worry", "word_name", "spoken_numbers", "spoken_email", "feedback_sought", "participation")

HEADER = (f"  {'slice':<18}{'n':>4} {'all':>11} {'structured':>11} {'PERSON':>11} {'ORG_LOCAL':>11} "
          f"{'SCHOOL':>11} {'ADDR+PC':>11} {'over':>7} keep-violations")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evaluation.redaction casework", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="the set's notes.jsonl (score.py beside it)")
    ap.add_argument("--scorer", type=Path, default=None,
                    help="the scorer (default: score.py beside --gold, else casework-dev's; e.g. for "
                         "evaluation/data/redaction-casework/fresh.jsonl)")
    ap.add_argument("--out", type=Path, default=Path("/tmp/casework-redaction.jsonl"), help="predictions JSONL")
    ap.add_argument("--show-misses", action="store_true", help="list every miss and never-redact violation")
    args = ap.parse_args(argv)
    if not args.gold.exists():
        print(f"{args.gold} not found: pass --gold PATH/TO/casework-dev/notes.jsonl", file=sys.stderr)
        return 2
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    scorer = args.scorer or next((p for p in (args.gold.parent / "score.py", DEFAULT_GOLD.parent / "score.py")
                                  if p.exists()), None)
    if scorer is None:
        print("no score.py found: pass --scorer PATH/TO/casework-dev/score.py", file=sys.stderr)
        return 2
    score = load_scorer(scorer)
    gold = score.load_jsonl(str(args.gold))
    rows, elapsed = predict(gold)
    with args.out.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r) + "\n")
    preds = score.index_predictions(rows, "redactions", [n["id"] for n in gold])
    overall = figures(score, gold, preds)
    score.print_redaction(overall["raw"], args.show_misses)
    print(f"\npredictions: {args.out}; mean {1000 * elapsed / len(gold):.0f} ms a note")
    print("entity recall % (entities), over-redaction of non-PII letters, keep spans touched")
    print(HEADER)
    print(row("all", overall))
    slices: dict[str, list[dict]] = defaultdict(list)
    for note in gold:
        slices[f"author {author_of(note)}"].append(note)
    for note in gold:
        for feat in note.get("meta", {}).get("features", []):
            slices[feat].append(note)
    shown = [s for s in slices if s.startswith("author") or s in NAMED_FEATURES or len(slices[s]) >= 5]
    for name in sorted(shown, key=lambda s: (not s.startswith("author"), s)):
        print(row(name, figures(score, slices[name], preds)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
