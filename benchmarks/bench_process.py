"""``casenote process`` against the bare batched engine, as whole processes, on the same audio, in the same run.

    .venv/bin/python benchmarks/bench_process.py [--audio samples/visit-dictation.m4a] [--context samples/visit-context.json]
                                                 [--model base] [--threads 2] [--repeat 1] [--device auto|cpu|cuda]
                                                 [--against CHECKOUT] [--bare-kept]

Each run starts a fresh Python process for each system, interleaved (bare, casenote, casenote, bare, ...), and times
it from start to exit, model loading included, as a council running one command per recording would see it:

- ``bare``: faster-whisper's ``BatchedInferencePipeline(WhisperModel(model)).transcribe(audio, language="en")``,
  its defaults (batch 8, VAD), the same model directory, device and precision casenote uses;
- ``casenote``: ``python -m transcribe.cli process AUDIO --context CASE --json`` (Whisper, spaCy and Presidio loaded,
  then transcription, correction, doubt, redaction, tagging and the note).

``--against CHECKOUT`` adds a third system, ``casenote process`` run from another checkout of the repository (say, the
code before a change, ``git worktree add /tmp/before main``), interleaved with the other two: an A/B of a change
against the same run's bare engine, which is the only comparison a machine shared with other work allows.
``--bare-kept`` adds the bare engine with the malloc setting casenote makes (``transcribe/models/memory.py``: freed memory
kept, so the decode's buffers are not faulted in again every batch), to show casenote's own cost apart from that gain.

Prints wall and CPU seconds (the process's own and its children's) and throughput (audio seconds per wall second)
for each, and casenote's throughput as a share of the bare engine's (issue 20's target: at least 0.90). The fastest
of ``--repeat`` runs is kept for each: timing noise only ever adds. On a machine shared with other work the
figures move with the load; say so when quoting them. With a CUDA device present (``--device auto``, the default)
both run on it in float16: the GPU path for large-v3 / large-v3-turbo, ``--model /srv/models/large-v3-turbo``.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = """
import sys
from faster_whisper import BatchedInferencePipeline, WhisperModel
from transcribe.audio import decode_audio
path, audio, device, compute_type, threads = sys.argv[1:6]
if sys.argv[6:] == ["kept"]:
    from transcribe.models.memory import keep_freed_memory
    keep_freed_memory()
model = WhisperModel(path, device=device, compute_type=compute_type, cpu_threads=int(threads), local_files_only=True)
segments, _ = BatchedInferencePipeline(model).transcribe(decode_audio(audio).samples, language="en")
print(" ".join(s.text.strip() for s in segments))
"""


def _run(cmd: list[str], env: dict, cwd: Path = ROOT) -> tuple[float, float, str]:
    """(wall s, CPU s of the child, stdout) for one whole process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=cwd)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd[:4])} ... failed:\n{proc.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, proc.stdout


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--audio", type=Path, default=ROOT / "samples" / "visit-dictation.m4a")
    ap.add_argument("--context", type=Path, default=ROOT / "samples" / "visit-context.json")
    ap.add_argument("--model", default="base")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--device", default="auto", choices=["auto", "cpu", "cuda"], help="auto: CUDA when a device is present")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--against", type=Path, help="another checkout whose casenote process runs too (an A/B)")
    ap.add_argument("--bare-kept", action="store_true",
                    help="also the bare engine with casenote's malloc setting (transcribe/models/memory.py): casenote's "
                    "own cost beside an engine that keeps freed memory too")
    args = ap.parse_args()

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from transcribe.asr import pick_compute_type, pick_device
    from transcribe.audio import decode_audio
    from transcribe.models import resolve_model

    info = resolve_model(args.model)
    args.device = pick_device(args.device)
    compute_type = pick_compute_type(args.device)
    duration = decode_audio(args.audio).duration_s
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1", "CASENOTE_MODEL": args.model,
           "CASENOTE_DEVICE": args.device, "CASENOTE_CPU_THREADS": str(args.threads)}
    commands = {
        "bare": [sys.executable, "-c", BARE, str(info.path), str(args.audio), args.device, compute_type, str(args.threads)],
        "casenote": [sys.executable, "-m", "transcribe.cli", "process", str(args.audio), "--context", str(args.context), "--json"],
    }
    if args.bare_kept:
        commands["bare-kept"] = [*commands["bare"], "kept"]
    roots = {name: ROOT for name in commands}
    if args.against:
        commands["against"] = commands["casenote"]
        roots["against"] = args.against.resolve()
    print(f"audio {args.audio.name} ({duration:.1f} s), model {info.name} ({args.device}, {compute_type}, "
          f"{args.threads} threads), {os.cpu_count()} cores seen, fastest of {args.repeat} whole-process runs each")
    best: dict[str, tuple[float, float]] = {}
    for n in range(args.repeat):
        order = list(commands) if n % 2 == 0 else list(reversed(commands))
        for name in order:
            wall, cpu, _ = _run(commands[name], {**env, "PYTHONPATH": str(roots[name])}, roots[name])
            old = best.get(name)
            best[name] = (min(wall, old[0]), min(cpu, old[1])) if old else (wall, cpu)
    print(f"{'':10}{'wall s':>9}{'CPU s':>9}{'x real time':>13}")
    for name, (wall, cpu) in best.items():
        print(f"{name:10}{wall:9.1f}{cpu:9.1f}{duration / wall:13.1f}")
    for name in [n for n in best if n != "bare"]:
        print(f"{name} throughput / bare batched engine throughput (wall): {best['bare'][0] / best[name][0]:.2f} "
              f"(target >= 0.90); CPU: {best['bare'][1] / best[name][1]:.2f}")
    if "bare-kept" in best:
        for name in [n for n in best if n not in ("bare", "bare-kept")]:
            print(f"{name} throughput / bare-kept throughput (wall): {best['bare-kept'][0] / best[name][0]:.2f}; "
                  f"CPU: {best['bare-kept'][1] / best[name][1]:.2f}")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} ({os.cpu_count()} cores): a shared machine skews wall time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
