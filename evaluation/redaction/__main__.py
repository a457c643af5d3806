"""python -m evaluation.redaction [--data FILE] [--show-misses N]
python -m evaluation.redaction casework [--gold NOTES.jsonl] [--show-misses]
python -m evaluation.redaction spoken [--model base]

Scores this pipeline and stock Presidio on the same labelled notes, in one run; with
``casework``, this pipeline on ../shared/casework-dev per author and per feature.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

from transcribe.context import parse_context
from transcribe.models.spacy_model import load_spacy
from transcribe.redaction import build_redactor, redact_text

from .scorer import STRUCTURED, TYPE_ORDER, Score, score_note
from .stock import build_stock_analyzer, stock_spans

DATA = Path(__file__).resolve().parents[1] / "data" / "redaction"
TARGETS = "targets: structured >= 99%, names >= 97%, over-redaction <= 2%, 0 never-redact violations"


def load_notes(paths: list[Path]) -> list[dict]:
    notes = []
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            notes.extend(json.loads(line) for line in fh if line.strip())
    return notes


def pct(x: float) -> str:
    return "   n/a" if x != x else f"{100 * x:6.1f}%"


def report(scores: dict[str, Score], n_notes: int) -> None:
    names = list(scores)
    print(f"\n{n_notes} notes, {sum(scores[names[0]].total.values())} labelled identifiers, "
          f"{scores[names[0]].keep_total} never-redact words")
    print(f"{'':32}" + "".join(f"{n:>22}" for n in names))
    print("entity-level recall")
    for t in TYPE_ORDER:
        s0 = scores[names[0]]
        if not s0.total[t]:
            continue
        row = f"  {t:<30}" + "".join(
            f"{pct(s.recall([t])):>12} ({s.caught[t]:>3}/{s.total[t]:<3})" for s in scores.values()
        )
        print(row)
    print(f"  {'STRUCTURED (NHS..DOB)':<30}" + "".join(f"{pct(s.recall(STRUCTURED)):>22}" for s in scores.values()))
    print(f"  {'ALL':<30}" + "".join(f"{pct(s.recall(TYPE_ORDER)):>22}" for s in scores.values()))
    print(f"{'character-level recall':<32}" + "".join(f"{pct(s.char_recall):>22}" for s in scores.values()))
    print(f"{'over-redaction':<32}" + "".join(f"{pct(s.over_redaction):>22}" for s in scores.values()))
    print(f"{'never-redact violations':<32}" + "".join(f"{len(s.violations):>22}" for s in scores.values()))
    print(TARGETS)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["casework"]:
        from .casework import main as casework_main

        return casework_main(argv[1:])
    if argv[:1] == ["spoken"]:
        from .spoken import main as spoken_main

        return spoken_main(argv[1:])
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, nargs="*", default=None, help="JSONL files (default: every *.jsonl in evaluation/data/redaction)")
    ap.add_argument("--show-misses", type=int, default=10, help="print this many misses / violations per system")
    ap.add_argument("--no-stock", action="store_true", help="skip stock Presidio")
    args = ap.parse_args(argv)
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)

    paths = args.data or sorted(DATA.glob("*.jsonl"))
    notes = load_notes(paths)
    nlp = load_spacy()
    systems = {"casenote": build_redactor(nlp)}
    stock = None if args.no_stock else build_stock_analyzer(nlp)
    scores = {"casenote": Score()}
    if stock:
        scores["stock Presidio"] = Score()
    timing = {k: 0.0 for k in scores}
    for note in notes:
        ctx = parse_context(note.get("context"))
        t = time.perf_counter()
        result = redact_text(note["text"], ctx, systems["casenote"])
        timing["casenote"] += time.perf_counter() - t
        score_note(scores["casenote"], note, [(r.start, r.end) for r in result.redactions])
        if stock:
            t = time.perf_counter()
            spans = stock_spans(stock, note["text"])
            timing["stock Presidio"] += time.perf_counter() - t
            score_note(scores["stock Presidio"], note, spans)
    print(f"data: {', '.join(str(p.relative_to(Path.cwd()) if p.is_relative_to(Path.cwd()) else p) for p in paths)}")
    report(scores, len(notes))
    print("mean time per note: " + ", ".join(f"{k} {1000 * v / max(1, len(notes)):.1f} ms" for k, v in timing.items()))
    if args.show_misses:
        for name, s in scores.items():
            print(f"\n-- {name}: first misses ({len(s.misses)} in all)")
            for m in s.misses[: args.show_misses]:
                print("   ", m)
            print(f"-- {name}: never-redact violations ({len(s.violations)} in all)")
            for v in s.violations[: args.show_misses]:
                print("   ", v)
            print(f"-- {name}: most frequent over-redactions")
            for text, n in s.over.most_common(args.show_misses):
                print(f"    {n:>3} {text!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
