"""The spaCy pass with the parser's and NER's transition loops holding the GIL: the same Docs? how much faster?

    .venv/bin/python -m transcribe.models.parse_loop      # build the loop (scripts/setup.sh does)
    .venv/bin/python benchmarks/bench_parse_gil.py [--runs 20] [--rounds 2] [--texts N]

Parses every note of casework-dev, every text under ``evaluation/data`` and the benchmark's 500-word note with
``tagging.segment.parse`` both ways (spaCy's own ``greedy_parse``, and ``models/_parse_loop``: the same loop
without ``with nogil``), compares the two Docs byte for byte (``Doc.to_bytes``), and times the 500-word note's
parse both ways, alternated, CPU and wall median. Exit status 1 if any Doc differs.
"""

from __future__ import annotations

import argparse
import glob
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--texts", type=int, default=0, help="compare only the first N texts (0: all)")
    args = ap.parse_args(argv)

    from spacy.pipeline.transition_parser import Parser

    from benchmarks.bench_tagging import note_of
    from transcribe.context import load_context
    from transcribe.models.parse_loop import compiled_loop
    from transcribe.pipeline import PipelineOptions, load_text_stages
    from transcribe.tagging.segment import parse

    if compiled_loop() is None:
        print("the parse loop is not built: run .venv/bin/python -m transcribe.models.parse_loop", file=sys.stderr)
        return 2
    _redactor, tagger = load_text_stages(PipelineOptions())
    nlp = tagger.nlp

    class SpacysOwn:
        """A parser or NER pipe called as spaCy calls it (``run_component`` hands anything not a Parser to itself)."""

        def __init__(self, pipe):
            self.pipe = pipe

        def __call__(self, doc):
            return self.pipe(doc)

    class SpacysLoops:  # what segment.parse reads of a Language
        pipeline = [(n, SpacysOwn(p) if isinstance(p, Parser) else p) for n, p in nlp.pipeline]
        make_doc = nlp.make_doc

    context = load_context(ROOT / "samples" / "visit-context.json")
    note = note_of(500)
    texts = [note]
    for path in [ROOT.parent / "shared" / "casework-dev" / "notes.jsonl",
                 *sorted(glob.glob(str(ROOT / "evaluation" / "data" / "**" / "*.jsonl"), recursive=True))]:
        if Path(path).exists():
            for line in Path(path).read_text(encoding="utf-8").splitlines():
                record = json.loads(line) if line.strip() else {}
                text = (record.get("text") or record.get("transcript")) if isinstance(record, dict) else None
                if isinstance(text, str) and text.strip():
                    texts.append(text)
    texts = list(dict.fromkeys(texts))[: args.texts or None]
    differ = sum(parse(SpacysLoops, t, context).to_bytes() != parse(nlp, t, context).to_bytes() for t in texts)
    print(f"{len(texts)} distinct texts parsed both ways: {differ} Docs differ (Doc.to_bytes)")

    for _ in range(args.rounds):
        for name, pipeline in (("spaCy's own loop", SpacysLoops), ("holding the GIL", nlp)):
            cpu, wall = [], []
            for _ in range(args.runs):
                t, c = time.perf_counter(), time.process_time()
                parse(pipeline, note, context)
                wall.append((time.perf_counter() - t) * 1000)
                cpu.append((time.process_time() - c) * 1000)
            print(f"{name:<17} spaCy pass of the 500-word note: CPU median {statistics.median(cpu):6.1f} ms, "
                  f"wall median {statistics.median(wall):6.1f} ms")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
