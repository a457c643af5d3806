"""Time to redact a 500-word dictated note, after warm-up, beside stock Presidio.

    .venv/bin/python benchmarks/bench_redaction.py [--repeats 30]

Both run on the same already-loaded en_core_web_sm in this process; stock Presidio is
AnalyzerEngine with its default recognizers (tldextract pointed at its bundled snapshot
so nothing touches the network). Reports median and 90th percentile wall time, and
redaction's own share of it: the spaCy pass (tokens + NER, which tagging could share) and
the recognizers, resolution and anonymisation after it.
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from evaluation.redaction.stock import build_stock_analyzer  # noqa: E402
from transcribe.context import parse_context  # noqa: E402
from transcribe.models.spacy_model import load_spacy  # noqa: E402
from transcribe.redaction import build_redactor, redact_text  # noqa: E402

DATA = ROOT / "evaluation" / "data" / "redaction" / "dev.jsonl"


def five_hundred_word_note() -> tuple[str, dict]:
    """Dev-set notes of one case's style joined until the text is 500 words."""
    notes = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    context = notes[0]["context"]
    words: list[str] = []
    for note in notes:
        words.extend(note["text"].split())
        if len(words) >= 500:
            break
    return " ".join(words[:500]), context


def timed(fn, repeats: int) -> list[float]:
    out = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        out.append(1000 * (time.perf_counter() - t))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeats", type=int, default=30)
    ap.add_argument("--warmup", type=int, default=3)
    args = ap.parse_args(argv)
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)

    text, ctx_dict = five_hundred_word_note()
    ctx = parse_context(ctx_dict)
    nlp = load_spacy()
    t = time.perf_counter()
    redactor = build_redactor(nlp)
    build_ms = 1000 * (time.perf_counter() - t)
    stock = build_stock_analyzer(nlp)

    ours = lambda: redact_text(text, ctx, redactor)  # noqa: E731
    theirs = lambda: stock.analyze(text=text, language="en")  # noqa: E731
    spacy_pass = lambda: redactor.analyzer.nlp_engine.process_text(text, "en")  # noqa: E731
    for _ in range(args.warmup):
        ours()
        theirs()
        spacy_pass()
    # interleave so all see the same machine load
    a, b, c = [], [], []
    for _ in range(args.repeats):
        a += timed(ours, 1)
        b += timed(theirs, 1)
        c += timed(spacy_pass, 1)

    def q90(xs):
        return sorted(xs)[int(0.9 * (len(xs) - 1))]

    print(f"note: {len(text.split())} words, {len(text)} characters; {args.repeats} runs after {args.warmup} warm-up")
    print(f"build_redactor (once per process): {build_ms:.0f} ms")
    print(f"{'':28}{'median':>10}{'p90':>10}{'min':>10}")
    print(f"{'casenote redact_text':<28}{statistics.median(a):>8.1f}ms{q90(a):>8.1f}ms{min(a):>8.1f}ms")
    print(f"{'stock Presidio analyze':<28}{statistics.median(b):>8.1f}ms{q90(b):>8.1f}ms{min(b):>8.1f}ms")
    print(f"{'  of casenote: spaCy pass':<28}{statistics.median(c):>8.1f}ms{q90(c):>8.1f}ms{min(c):>8.1f}ms")
    rest = statistics.median(a) - statistics.median(c)
    print(f"{'  of casenote: the rest':<28}{rest:>8.1f}ms   (recognizers, resolution, anonymisation)")
    print("(casenote includes anonymisation; stock is detection only)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
