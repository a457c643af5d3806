"""python -m evaluation.tagging [--set dev|heldout|unseen|all] [--errors]   the project's own sets
python -m evaluation.tagging casework [--data DIR] [--rules]             casework-dev, leave-one-author-out
python -m evaluation.tagging casework --gold NOTES.jsonl --committed-only  another set, committed model only
python -m evaluation.tagging casework --unpunctuated --committed-only     the same notes with no case or punctuation
python -m evaluation.tagging train [--data DIR]                           refit the shipped sentence model
python -m evaluation.tagging sets-out                                     the later sets held out in turn, two recipes
python -m evaluation.tagging boundaries-train                             refit the sentence-start model (unpunctuated text)
python -m evaluation.tagging boundaries-score [--gold NOTES.jsonl]        its starts, and the rule's, in notes stripped of punctuation
python -m evaluation.tagging boundaries-sets-out                          the tagger on the later sets' bare notes, each set held out
  (casework and train: [--with-scored-sets | --without-scored-sets], default with)

``casework`` prints, overall, per author and per meta.features slice: the committed model on all
60 notes (it was trained on them: not a held-out figure), then leave-one-author-out (fit on three
authors' notes, the project's sentences and, by default, the scored sets' (casework.SCORED_SETS: fresh11,
fresh14, fresh16, fresh17, in every fold's training), score the fourth; the estimate for the next council).
``--without-scored-sets`` leaves the scored sets out (the model shipped before the fifteenth round's third part);
with them trained on, ``--gold`` on one of them is no held-out figure.
``--rules`` scores the rules alone (the tagger before the model). ``--gold`` scores another set in
casework-dev's format (e.g. a held-out one) with casework-dev's score.py; ``--committed-only`` scores
the committed model alone (no leave-one-author-out fitting). Single-threaded and deterministic.

``sets-out`` estimates the next council's authors with more of them than casework-dev's four: each of
``casework.LATER_SETS`` (sets by new authors, each scored once and seen since) is held out in turn and scored by a
model trained without any later set (the shipped recipe: casework-dev, the project's sentences and the earlier scored
sets) and by the pooled recipe (the same training plus every other later set); the four sets' sentences are then
scored together, per set and per author.
"""

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] in (["boundaries-train"], ["boundaries-score"], ["boundaries-sets-out"]):
        from .boundaries import main_score, main_sets_out, main_train
        from .casework import DEFAULT_DATA

        ap = argparse.ArgumentParser(prog=f"python -m evaluation.tagging {argv[0]}")
        ap.add_argument("--gold", type=Path, default=DEFAULT_DATA / "notes.jsonl",
                        help="boundaries-score: notes in casework-dev's format (default casework-dev's)")
        args = ap.parse_args(argv[1:])
        return {"boundaries-train": main_train, "boundaries-score": main_score,
                "boundaries-sets-out": main_sets_out}[argv[0]](args)
    if not argv or argv[0] not in {"casework", "train", "sets-out"}:
        from .sets import main as sets_main

        return sets_main(argv)
    from .casework import DEFAULT_DATA, WITH_SCORED_SETS

    ap = argparse.ArgumentParser(prog=f"python -m evaluation.tagging {argv[0]}")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the casework-dev folder (notes.jsonl, score.py)")
    ap.add_argument("--gold", type=Path, help="casework: score these notes (casework-dev's format) instead of DATA/notes.jsonl")
    ap.add_argument("--committed-only", action="store_true",
                    help="casework: score the committed model only, no leave-one-author-out fitting")
    ap.add_argument("--rules", action="store_true", help="casework: score the rules alone, no model")
    ap.add_argument("--unpunctuated", action="store_true",
                    help="score the notes lower-cased and stripped of punctuation (boundaries.unpunctuated_note)")
    ap.add_argument("--no-project", action="store_true", help="leave the project's own sentences out of training")
    ap.add_argument("--with-scored-sets", dest="scored_sets", action="store_true", default=WITH_SCORED_SETS,
                    help="train also on the scored sets' sentences (casework.SCORED_SETS), in every fold's training")
    ap.add_argument("--without-scored-sets", dest="scored_sets", action="store_false",
                    help="leave the scored sets out of training")
    ap.add_argument("--predictions", type=Path, help="casework: write the leave-one-author-out predictions here")
    ap.add_argument("--textcat-weight", type=float, default=None,
                    help="the logistic regression's share of the average with the text classifier (1: no text classifier)")
    args = ap.parse_args(argv[1:])
    return {"casework": casework, "train": train_model, "sets-out": sets_out}[argv[0]](args)


def _setup(args):
    from dataclasses import replace

    from transcribe.models.spacy_model import load_spacy
    from transcribe.tagging import TaggingOptions, build_tagger
    from transcribe.tagging.segment import bare_text

    from .casework import analyse_notes, casework_examples, load_casework, project_examples, scored_examples

    notes, scorer = load_casework(args.data, args.gold)
    if args.unpunctuated:
        from .boundaries import unpunctuated_note

        notes = [unpunctuated_note(n) for n in notes]
    tagger = build_tagger(load_spacy(), TaggingOptions(use_model=False))
    analyses = analyse_notes(notes, tagger)  # as the product reads them: bare text split by the sentence-start model
    if args.committed_only:
        return notes, scorer, tagger, analyses, [], []
    # The sentence model learns from sentences as the rule splits them, a bare note's too: trained on the learned
    # model's splits, leave-one-author-out fell (evaluation/tagging/README.md, round thirty-three).
    trainer = replace(tagger, boundaries=None)
    examples = casework_examples(notes, analyses | analyse_notes([n for n in notes if bare_text(n["text"])], trainer))
    project = [] if args.no_project else project_examples(trainer)
    project += scored_examples(trainer) if args.scored_sets else []
    return notes, scorer, tagger, analyses, examples, project


def casework(args) -> int:
    import json

    from transcribe.tagging.model import load_sentence_model

    from .casework import author_of, evaluate, predictions
    from .train import TEXTCAT_WEIGHT, train

    weight = TEXTCAT_WEIGHT if args.textcat_weight is None else args.textcat_weight
    notes, scorer, _tagger, analyses, examples, project = _setup(args)
    name = (args.gold.name if args.gold else "casework-dev") + (", unpunctuated" if args.unpunctuated else "")
    if args.rules:
        evaluate(notes, predictions(notes, analyses, None), scorer, f"{name}, rules alone")
        return 0
    committed = predictions(notes, analyses, load_sentence_model())
    evaluate(notes, committed, scorer, f"{name}, committed model" +
             ("" if args.gold else " (trained on these notes: not held out)"))
    if args.committed_only:
        if args.predictions:
            args.predictions.write_text("".join(json.dumps({"id": k, "tags": v}) + "\n" for k, v in committed.items()))
        return 0
    print()
    preds: dict[str, list[dict]] = {}
    for held in sorted({author_of(n) for n in notes}):
        model = train([ex for ex in examples if ex.group != held] + project, textcat_weight=weight)
        print(f"fold {held}: l2 {model.meta['l2']}, thresholds {model.thresholds}", file=sys.stderr)
        preds |= predictions([n for n in notes if author_of(n) == held], analyses, model)
    evaluate(notes, preds, scorer, "casework-dev, leave-one-author-out (fit on the other three + project sentences"
             + (" + the scored sets)" if args.scored_sets else ")"))
    if args.predictions:
        args.predictions.write_text("".join(json.dumps({"id": k, "tags": v}) + "\n" for k, v in preds.items()))
    return 0


def sets_out(args) -> int:
    from dataclasses import replace

    from .casework import LATER_SETS, SCORED_SETS, analyse_notes, evaluate, load_casework, predictions, scored_examples
    from .train import TEXTCAT_WEIGHT, train

    weight = TEXTCAT_WEIGHT if args.textcat_weight is None else args.textcat_weight
    args.scored_sets = False  # each recipe's scored sets are chosen here
    _notes, _scorer, tagger, _analyses, examples, project = _setup(args)
    held_sets = {path: load_casework(args.data, path) for path in LATER_SETS}
    analyses = {path: analyse_notes(notes, tagger) for path, (notes, _) in held_sets.items()}
    scorer = next(iter(held_sets.values()))[1]
    every_note = [n for notes, _ in held_sets.values() for n in notes]
    trainer = replace(tagger, boundaries=None)  # trained on the rule's splits, as in _setup
    earlier = scored_examples(trainer, [p for p in SCORED_SETS if p not in LATER_SETS])
    without = train(examples + project + earlier, textcat_weight=weight)  # no later set: the shipped recipe
    alone, pooled = {}, {}
    for path, (notes, _) in held_sets.items():
        alone |= predictions(notes, analyses[path], without)
        others = scored_examples(trainer, [p for p in LATER_SETS if p != path])
        model = train(examples + project + earlier + others, textcat_weight=weight)
        print(f"{path.stem} held out: l2 {model.meta['l2']}, thresholds {model.thresholds}", file=sys.stderr)
        pooled |= predictions(notes, analyses[path], model)
    names = ", ".join(p.stem for p in LATER_SETS)
    evaluate(every_note, alone, scorer, f"{names}, each held out: trained without the later sets (the shipped recipe)")
    print()
    evaluate(every_note, pooled, scorer, f"{names}, each held out: the pooled recipe (trained on the other later sets too)")
    for path, (notes, _) in held_sets.items():
        print()
        evaluate(notes, alone, scorer, f"{path.stem}: without the later sets")
        evaluate(notes, pooled, scorer, f"{path.stem}: pooled")
    return 0


def train_model(args) -> int:
    import shutil

    from transcribe.tagging.model import MODEL_PATH
    from transcribe.tagging.textcat import TEXTCAT_DIR, VOICE_TEXTCAT_DIR

    from .casework import SCORED_SETS
    from .train import TEXTCAT_WEIGHT, train

    weight = TEXTCAT_WEIGHT if args.textcat_weight is None else args.textcat_weight
    _notes, _scorer, _tagger, _analyses, examples, project = _setup(args)
    model = train(examples + project, textcat_weight=weight,
                  meta={"data": "casework-dev (a, b, c, d)" + ("" if args.no_project else " + evaluation/data/tagging")
                        + (" + " + ", ".join(p.name for p in SCORED_SETS) if args.scored_sets else "")})
    MODEL_PATH.write_text(model.to_json() + "\n", encoding="utf-8")
    print(f"wrote {MODEL_PATH} ({MODEL_PATH.stat().st_size // 1024} KiB): {model.meta}; thresholds {model.thresholds}")
    for folder, textcat in ((TEXTCAT_DIR, model.textcat), (VOICE_TEXTCAT_DIR, model.voice_textcat)):
        if folder.exists():
            shutil.rmtree(folder)
        if textcat is not None:
            # Without the vocabulary's strings (the words of the training sentences): the bag of words
            # reads hashes, which are computed from the text when tagging.
            textcat.to_disk(folder, exclude=["vocab"])
            size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
            print(f"wrote {folder} ({size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
