"""Time to redact and tag a 500-word dictation after warm-up (target: both together under 100 ms).

    .venv/bin/python benchmarks/bench_tagging.py [--runs 30] [--words 500]

Reports the spaCy parse alone, tagging on a given parse (rules, features and the sentence
model), the whole ``tag_text`` call, ``redact_text``, and redaction + tagging as the pipeline
runs them, median and 90th percentile, on the sample dictation in ``samples/`` cut or repeated
to length. Redaction and tagging do not share a Doc: redaction runs only spaCy's NER, tagging
only the tagger, parser and lemmatizer (on a recased copy for lower-case ASR text), so one Doc
for both would save only the tokenizer; the "shared tokens" row measures that saving.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def note_of(words: int) -> str:
    base = (ROOT / "samples" / "visit-dictation.txt").read_text(encoding="utf-8").split()
    out: list[str] = []
    while len(out) < words:
        out.extend(base)
    text = " ".join(out[:words])
    return text if text.endswith(".") else text + "."


def timed(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--words", type=int, default=500)
    args = ap.parse_args(argv)

    from transcribe.context import load_context
    from transcribe.models.spacy_model import load_spacy
    from transcribe.redaction import build_redactor, redact_text
    from transcribe.tagging import build_tagger, tag_text

    nlp = load_spacy()
    tagger = build_tagger(nlp)
    redactor = build_redactor(nlp)
    context = load_context(ROOT / "samples" / "visit-context.json")
    text = note_of(args.words)
    for _ in range(3):  # warm-up
        tag_text(text, context, tagger)

    disable = [] if tagger.options.use_ner else ["ner"]
    parse = timed(lambda: nlp(text, disable=disable), args.runs)
    doc = nlp(text, disable=disable)
    rules = timed(lambda: tag_text(text, context, tagger, doc=doc), args.runs)
    full = timed(lambda: tag_text(text, context, tagger), args.runs)
    for _ in range(3):
        redact_text(text, context, redactor)
    redact = timed(lambda: redact_text(text, context, redactor), args.runs)
    both = timed(lambda: (redact_text(text, context, redactor), tag_text(text, context, tagger)), args.runs)
    tokens = timed(lambda: nlp.make_doc(text), args.runs)

    def row(name: str, ms: list[float]) -> str:
        q = statistics.quantiles(ms, n=10)
        return f"{name:<22} median {statistics.median(ms):7.1f} ms   p90 {q[-1]:7.1f} ms   min {min(ms):7.1f} ms"

    print(f"{len(text.split())} words, {args.runs} runs after warm-up")
    print(row("spaCy parse (no NER)" if disable else "spaCy parse", parse))
    print(row("tagging rules only", rules))
    print(row("tag_text (total)", full))
    print(row("redact_text", redact))
    print(row("redaction + tagging", both))
    print(row("shared tokens (saving)", tokens))
    print(f"target: redaction + tagging median under 100 ms: {'met' if statistics.median(both) < 100 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
