"""Speed of the transcription stages on one long dictation: bare batched faster-whisper, casenote without
vocabulary, and casenote with vocabulary biasing and post-correction.

    .venv/bin/python benchmarks/bench_asr.py [AUDIO] [--context CASE.json] [--reference TEXT] [--model base] [--threads 2]
                                            [--device cpu|cuda|auto] [--repeat 1]

Defaults to the sample dictation in samples/ (about three minutes, six 30-second windows, with its
case context), so it shows the cost of biasing on a recording of several VAD chunks. Prints CPU and
wall seconds per system, the real-time factor, and WER and case-name accuracy when a reference is given.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import jiwer  # noqa: E402

from evaluation.asr.__main__ import Clip, name_hits  # noqa: E402
from evaluation.asr.normalise import normalise  # noqa: E402
from transcribe.asr import load_asr, transcribe_audio  # noqa: E402
from transcribe.audio import decode_audio  # noqa: E402
from transcribe.context import load_context  # noqa: E402
from transcribe.models import resolve_model  # noqa: E402
from transcribe.pipeline import pipeline_options, transcribe_dictation  # noqa: E402
from transcribe.settings import PipelineSettings  # noqa: E402
from transcribe.vocabulary import load_lexicon  # noqa: E402


def main() -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("audio", nargs="?", type=Path, default=ROOT / "samples" / "visit-dictation.m4a")
    p.add_argument("--context", type=Path, default=ROOT / "samples" / "visit-context.json")
    p.add_argument("--reference", type=Path, default=ROOT / "samples" / "visit-dictation.txt")
    p.add_argument("--model", default="base")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--device", default="cpu", choices=["cpu", "cuda", "auto"],
                   help="where the model runs; cuda runs both systems in float16 (the GPU path)")
    p.add_argument("--repeat", type=int, default=1, help="runs per system, interleaved; the fastest is reported")
    args = p.parse_args()

    opts = pipeline_options(PipelineSettings(_env_file=None, model=args.model, cpu_threads=args.threads, device=args.device))
    model = load_asr(resolve_model(opts.model, opts.model_cache_dir), opts.asr)
    lexicon = load_lexicon(opts.vocabulary)
    context = load_context(args.context)
    audio = decode_audio(args.audio, opts.audio)
    reference = args.reference.read_text(encoding="utf-8") if args.reference and args.reference.exists() else None

    def bare():  # faster-whisper's BatchedInferencePipeline, its defaults: the engine casenote runs
        segments, _ = model.batched.transcribe(audio.samples, language="en")
        return " ".join(s.text.strip() for s in segments if s.text.strip())

    def unbiased():
        return transcribe_audio(audio, model, opts.asr).text

    def casenote():  # the speech half of Pipeline.process
        return transcribe_dictation(audio, model, lexicon, context, opts).transcript.text

    print(f"{args.audio.name}: {audio.duration_s:.0f} s of audio; model {args.model} on {model.device} "
          f"({model.compute_type}), {args.threads} CPU threads")
    systems = (("bare", bare), ("casenote, no vocabulary", unbiased), ("casenote", casenote))
    runs: dict[str, list[tuple[float, float, str]]] = {name: [] for name, _ in systems}
    for _ in range(args.repeat):  # interleaved, so load from other work on the machine falls on all alike
        for name, fn in systems:
            w0, c0 = time.perf_counter(), time.process_time()
            text = fn()
            runs[name].append((time.process_time() - c0, time.perf_counter() - w0, text))
    times = {}
    for name, _ in systems:
        cpu, wall, text = min(runs[name])
        times[name] = cpu
        names = ""
        if reference:
            right, said = name_hits(Clip("bench", "bench", "", args.audio, reference, context, audio.duration_s), text)
            names = f"  WER {jiwer.wer(normalise(reference), normalise(text)):.1%}  names {right}/{said}"
        print(f"  {name:<26} CPU {cpu:6.1f} s  wall {wall:6.1f} s  RTF {wall / audio.duration_s:.3f}{names}")
    cost = times["casenote"] / times["casenote, no vocabulary"] - 1
    print(f"  speed cost of biasing + post-correction: {cost:+.1%} CPU (fastest of {args.repeat} runs each)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
