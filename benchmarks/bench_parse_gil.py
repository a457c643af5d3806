"""The spaCy pass with the parser's and NER's transition loops holding the GIL: same Docs? how much faster?

    pip install cython==3.3.0     # not a product dependency: this builds an experiment
    .venv/bin/python benchmarks/bench_parse_gil.py [--runs 20] [--rounds 2] [--texts N]

Builds ``benchmarks/parse_gil/greedy_gil.pyx`` in a temporary folder (Cython and a C++ compiler needed), then
parses every note of casework-dev, every text under ``evaluation/data`` and the benchmark's 500-word note with
``tagging.segment.parse`` both ways (spaCy's own ``greedy_parse``, and the same loop without ``with nogil``),
compares the two Docs byte for byte (``Doc.to_bytes``), and times the 500-word note's parse both ways,
alternated, CPU median. Nothing in the product uses it: a compiled module is a build step the product does not have.
"""

from __future__ import annotations

import argparse
import glob
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def build(tmp: str):
    """Compile greedy_gil.pyx into ``tmp`` and import it."""
    import numpy
    from Cython.Build import cythonize
    from setuptools import Extension
    from setuptools.dist import Distribution

    src = Path(tmp) / "greedy_gil.pyx"
    src.write_text((ROOT / "benchmarks" / "parse_gil" / "greedy_gil.pyx").read_text(encoding="utf-8"), encoding="utf-8")
    ext = Extension("greedy_gil", [str(src)], language="c++", include_dirs=[numpy.get_include()])
    dist = Distribution({"ext_modules": cythonize([ext], quiet=True, language_level=3)})
    cmd = dist.get_command_obj("build_ext")
    cmd.build_lib, cmd.build_temp = tmp, str(Path(tmp) / "build")
    dist.run_command("build_ext")
    sys.path.insert(0, tmp)
    import greedy_gil

    return greedy_gil


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--texts", type=int, default=0, help="compare only the first N texts (0: all)")
    args = ap.parse_args(argv)

    from spacy.pipeline.transition_parser import Parser

    from benchmarks.bench_tagging import note_of
    from transcribe.context import load_context
    from transcribe.pipeline import PipelineOptions, load_text_stages
    from transcribe.tagging.segment import parse

    with tempfile.TemporaryDirectory() as tmp:
        greedy_gil = build(tmp)
        _redactor, tagger = load_text_stages(PipelineOptions())
        nlp = tagger.nlp

        class HoldingGil:
            """A parser or NER pipe whose prediction runs greedy_gil's loop (as ``Parser.predict`` chooses greedy)."""

            def __init__(self, pipe):
                self.pipe = pipe

            def __call__(self, doc):
                if len(doc) and self.pipe.cfg["beam_width"] == 1:
                    self.pipe.set_annotations([doc], greedy_gil.greedy_parse(self.pipe, [doc]))
                    return doc
                return self.pipe(doc)

        class Pipeline:  # what segment.parse reads of a Language
            def __init__(self, hold: bool):
                self.pipeline = [(n, HoldingGil(p) if hold and isinstance(p, Parser) else p) for n, p in nlp.pipeline]
                self.make_doc = nlp.make_doc

        spacy_own, holding = Pipeline(False), Pipeline(True)
        context = load_context(ROOT / "samples" / "visit-context.json")
        note = note_of(500)
        texts = [note]
        for path in [ROOT.parent / "shared" / "casework-dev" / "notes.jsonl",
                     *sorted(glob.glob(str(ROOT / "evaluation" / "data" / "**" / "*.jsonl"), recursive=True))]:
            if Path(path).exists():
                for line in Path(path).read_text(encoding="utf-8").splitlines():
                    record = json.loads(line) if line.strip() else {}
                    text = record.get("text") or record.get("transcript") if isinstance(record, dict) else None
                    if isinstance(text, str) and text.strip():
                        texts.append(text)
        texts = list(dict.fromkeys(texts))[: args.texts or None]
        differ = sum(parse(spacy_own, t, context).to_bytes() != parse(holding, t, context).to_bytes() for t in texts)
        print(f"{len(texts)} distinct texts parsed both ways: {differ} Docs differ (Doc.to_bytes)")

        for _ in range(args.rounds):
            for name, pipeline in (("spaCy's greedy_parse", spacy_own), ("holding the GIL", holding)):
                cpu, wall = [], []
                for _ in range(args.runs):
                    t, c = time.perf_counter(), time.process_time()
                    parse(pipeline, note, context)
                    wall.append((time.perf_counter() - t) * 1000)
                    cpu.append((time.process_time() - c) * 1000)
                print(f"{name:<22} spaCy pass of the 500-word note: CPU median {statistics.median(cpu):6.1f} ms, "
                      f"wall median {statistics.median(wall):6.1f} ms")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
