"""Doubt flags before and after passage-building, on a dictation with a reference transcript.

    python -m evaluation.doubt.passages NOTE.json REFERENCE.txt [--context CASE.json]
    python -m evaluation.doubt.passages --manifest evaluation/data/asr-long/manifest.jsonl [--model base]

NOTE.json is ``casenote process AUDIO --json`` output; a manifest (the ASR evaluation's: audio, reference,
context per line) is run through the pipeline here, clip by clip, and totalled. Reports, per minute of audio, the doubt flags the
pipeline raises (before) and the passages the review page shows (``transcribe.filing.doubt_passages``: only
words that carry meaning, neighbours merged), and how many of the real mis-hearings each covers.

A mis-hearing is a run of transcript words the word alignment to the reference marks as substituted or
inserted (a deletion counts against the word before it), each word normalised on its own with the ASR
evaluation's normaliser (lower case, no punctuation, numbers as digits), so "20" for "twenty" is not one.
A flag covers a mis-hearing when their character spans overlap.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import jiwer
from pydantic import TypeAdapter

from evaluation.asr.normalise import normalise
from transcribe.context import CaseContext, parse_context
from transcribe.filing import doubt_passages
from transcribe.note import CaseNote

_TOKEN = re.compile(r"\S+")


def _tokens(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _TOKEN.finditer(text):
        norm = normalise(m.group()).replace(" ", "")
        if norm:
            out.append((m.start(), m.end(), norm))
    return out


def mishearings(hypothesis: str, reference: str) -> list[tuple[int, int]]:
    """Character spans in ``hypothesis`` of each run of words the alignment marks wrong."""
    hyp = _tokens(hypothesis)
    ref = [t[2] for t in _tokens(reference)]
    out = jiwer.process_words(" ".join(ref), " ".join(t[2] for t in hyp))
    wrong: set[int] = set()
    for chunk in out.alignments[0]:
        if chunk.type in ("substitute", "insert"):
            wrong.update(range(chunk.hyp_start_idx, chunk.hyp_end_idx))
        elif chunk.type == "delete" and hyp:
            wrong.add(max(0, min(chunk.hyp_start_idx - 1, len(hyp) - 1)))
    runs: list[list[int]] = []
    for i in sorted(wrong):
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return [(hyp[r[0]][0], hyp[r[-1]][1]) for r in runs]


def covered(spans: list[tuple[int, int]], flags: list[tuple[int, int]]) -> int:
    return sum(1 for a, b in spans if any(s < b and e > a for s, e in flags))


def score(note: CaseNote, reference: str, context: CaseContext | None) -> dict:
    minutes = note.transcript.duration_s / 60
    errors = mishearings(note.transcript.text, reference)
    before = [(d.start, max(d.end, d.start + 1)) for d in note.doubts]
    passages = doubt_passages(note, context=context)
    starts = {}
    for a, b, _t in _sentence_starts(note):
        starts[len(starts)] = a
    after = [(starts[p.sentence] + p.start, starts[p.sentence] + p.end) for p in passages]
    return {
        "minutes": round(minutes, 2),
        "mishearings": len(errors),
        "before": {"flags": len(before), "per_minute": round(len(before) / minutes, 1),
                   "mishearings_covered": covered(errors, before)},
        "after": {"passages": len(after), "per_minute": round(len(after) / minutes, 1),
                  "mishearings_covered": covered(errors, after),
                  "passages_on_a_mishearing": sum(1 for a, b in after if any(s < b and e > a for s, e in errors))},
    }


def _sentence_starts(note: CaseNote):
    from transcribe.filing import machine_sentences

    return machine_sentences(note)


def score_manifest(manifest: Path, model: str) -> dict:
    """Every clip of a manifest through the pipeline (models loaded once), scored and totalled."""
    from transcribe.pipeline import Pipeline, PipelineOptions

    pipeline = Pipeline.load(PipelineOptions(model=model))
    rows = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines() if line.strip()]
    total = {"clips": 0, "minutes": 0.0, "mishearings": 0, "before": {"flags": 0, "mishearings_covered": 0},
             "after": {"passages": 0, "mishearings_covered": 0, "passages_on_a_mishearing": 0}}
    for row in rows:
        context = parse_context(row.get("context") or {})
        note = pipeline.process(manifest.parent / row["audio"], context)
        one = score(note, row["reference"], context)
        print(row["id"], json.dumps(one))
        total["clips"] += 1
        total["minutes"] += one["minutes"]
        total["mishearings"] += one["mishearings"]
        for side in ("before", "after"):
            for k in total[side]:
                total[side][k] += one[side][k]
    for side, key in (("before", "flags"), ("after", "passages")):
        total[side]["per_minute"] = round(total[side][key] / total["minutes"], 1)
    total["minutes"] = round(total["minutes"], 2)
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("note", type=Path, nargs="?")
    ap.add_argument("reference", type=Path, nargs="?")
    ap.add_argument("--context", type=Path)
    ap.add_argument("--manifest", type=Path, help="score every clip of an ASR evaluation manifest")
    ap.add_argument("--model", default="base")
    args = ap.parse_args(argv)
    if args.manifest:
        print(json.dumps(score_manifest(args.manifest, args.model), indent=2))
        return 0
    if not (args.note and args.reference):
        ap.error("give NOTE.json and REFERENCE.txt, or --manifest")
    note = TypeAdapter(CaseNote).validate_python(json.loads(args.note.read_text(encoding="utf-8")))
    context = parse_context(args.context.read_text(encoding="utf-8")) if args.context else None
    print(json.dumps(score(note, args.reference.read_text(encoding="utf-8"), context), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
