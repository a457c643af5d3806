"""Whole-pipeline speed and memory beside the bare engine, in the same run, on the same audio.

    .venv/bin/python benchmarks/bench_pipeline.py [--model base] [--audio samples/visit-dictation.m4a] [--repeat 1]

Prints: audio length; bare faster-whisper (same model, its BatchedInferencePipeline with its defaults, English) wall time and
real-time factor; casenote's pipeline wall time per stage; the ratio of the two; peak resident memory.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default="base")
    ap.add_argument("--audio", type=Path, default=ROOT / "samples" / "visit-dictation.m4a")
    ap.add_argument("--context", type=Path, default=ROOT / "samples" / "visit-context.json")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--threads", type=int, default=0)
    args = ap.parse_args()

    from faster_whisper import BatchedInferencePipeline, WhisperModel

    from transcribe.asr import AsrOptions
    from transcribe.audio import decode_audio
    from transcribe.context import load_context
    from transcribe.models import resolve_model
    from transcribe.pipeline import Pipeline, PipelineOptions

    info = resolve_model(args.model)
    audio = decode_audio(args.audio)
    context = load_context(args.context)
    print(f"audio: {args.audio.name}, {audio.duration_s:.1f} s; model: {info.name} ({info.path}); cores: {os.cpu_count()}")

    t0 = time.perf_counter()
    bare = BatchedInferencePipeline(WhisperModel(str(info.path), device="cpu", compute_type="int8", cpu_threads=args.threads))
    bare_load = time.perf_counter() - t0
    rss_after_bare = peak_rss_mb()

    t0 = time.perf_counter()
    pipeline = Pipeline.load(PipelineOptions(model=args.model, asr=AsrOptions(cpu_threads=args.threads)))
    pipe_load = time.perf_counter() - t0

    bare_times, pipe_times, stage_rows = [], [], []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        segments, _ = bare.transcribe(audio.samples, language="en")
        _ = [s.text for s in segments]
        bare_times.append(time.perf_counter() - t0)

        t0 = time.perf_counter()
        pipeline.process(args.audio, context)
        pipe_times.append(time.perf_counter() - t0)
        stage_rows.append(pipeline.last_timings)

    b, p = statistics.median(bare_times), statistics.median(pipe_times)
    st = stage_rows[-1]
    print(f"{'':28}{'wall s':>9}{'x real time':>13}")
    print(f"{'bare batched faster-whisper':28}{b:9.1f}{audio.duration_s / b:13.1f}")
    print(f"{'casenote pipeline':28}{p:9.1f}{audio.duration_s / p:13.1f}")
    print(f"  decode {st.decode_s:.2f} s, asr+doubt {st.asr_s:.1f} s, redact {st.redact_s * 1000:.0f} ms, tag {st.tag_s * 1000:.0f} ms")
    print(f"pipeline / bare: {p / b:.2f}")
    print(f"model load: bare {bare_load:.1f} s, pipeline (whisper+spaCy+presidio) {pipe_load:.1f} s")
    print(f"peak RSS: {rss_after_bare:.0f} MB after bare engine load, {peak_rss_mb():.0f} MB at end (both loaded)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
