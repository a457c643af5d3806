"""The service under load, on loopback only, with bounded loops.

    .venv/bin/python benchmarks/bench_service.py [--uploads 200] [--clients 20] [--dictations 4] [--model tiny.en]

1. Acceptance: a real `casenote serve` process (API; RQ on Redis database 14; SQLite or --pg) takes
   ``--uploads`` uploads of tests/data/hello.wav from ``--clients`` concurrent clients. Prints accepted
   uploads per second and p50/p99 acceptance latency (each upload is decoded, hashed, fsynced, committed and
   queued before its 202).
2. End to end: ``--dictations`` copies of the same audio (``--audio``, default hello.wav said 4 times) go
   through 1 and then 2 `casenote worker` processes (models preloaded before timing starts). Prints audio
   seconds per wall second, beside the bare engine (faster-whisper alone, same model, threads and beam,
   same audio) and beside casenote's pipeline run in-process without the service, in the same run: the
   first gap is the pipeline's own stages and options (word timestamps, hotwords, redaction, tagging),
   the second is the service's (upload, queue, database, polling).

Redis database 14 is flushed before and after. Nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
import wave
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
HELLO = ROOT / "tests" / "data" / "hello.wav"


def free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def repeated_wav(path: Path, repeats: int) -> Path:
    with wave.open(str(HELLO), "rb") as src:
        params, frames = src.getparams(), src.readframes(src.getnframes())
    with wave.open(str(path), "wb") as out:
        out.setparams(params)
        out.writeframes(frames * repeats)
    return path


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))
    return values[k]


def wait_http(url: str, timeout: float = 120) -> None:
    import httpx

    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"server at {url} did not start")


def bench_acceptance(base: str, uploads: int, clients: int) -> tuple[float, list[float], int]:
    import httpx

    data = HELLO.read_bytes()
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    counter = iter(range(uploads))

    def client() -> None:
        nonlocal errors
        with httpx.Client(base_url=base, timeout=60) as c:
            while True:
                with lock:
                    i = next(counter, None)
                if i is None:
                    return
                t0 = time.perf_counter()
                r = c.post(
                    "/dictations",
                    data={"case_ref": f"BENCH-{i % 7}"},
                    files={"file": ("hello.wav", data, "audio/wav")},
                    headers={"Idempotency-Key": str(uuid.uuid4())},
                )
                dt = time.perf_counter() - t0
                with lock:
                    if r.status_code == 202:
                        latencies.append(dt)
                    else:
                        errors += 1

    threads = [threading.Thread(target=client) for _ in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - t0, latencies, errors


def bare_engine(audio: Path, model: str, threads: int, beam: int) -> tuple[float, float]:
    from faster_whisper import WhisperModel

    from transcribe.audio import decode_audio
    from transcribe.models import resolve_model

    decoded = decode_audio(audio)
    m = WhisperModel(str(resolve_model(model).path), device="cpu", compute_type="int8", cpu_threads=threads,
                     local_files_only=True)
    t0 = time.perf_counter()
    segments, info = m.transcribe(decoded.samples, language="en", beam_size=beam, vad_filter=True)
    _ = [s.text for s in segments]
    return decoded.duration_s, time.perf_counter() - t0


def pipeline_alone(audio: Path, model: str, threads: int, beam: int) -> float:
    """casenote's whole pipeline in this process, no service around it: wall seconds for one pass."""
    from transcribe.asr import AsrOptions
    from transcribe.pipeline import Pipeline, PipelineOptions

    pipeline = Pipeline.load(PipelineOptions(model=model, asr=AsrOptions(device="cpu", cpu_threads=threads, beam_size=beam)))
    t0 = time.perf_counter()
    pipeline.process(audio)
    return time.perf_counter() - t0


def bench_workers(n_workers: int, env: dict, base: str, audio: Path, dictations: int, redis_url: str) -> float:
    """Wall seconds for ``dictations`` uploads to reach done with ``n_workers`` preloaded workers."""
    import httpx
    from redis import Redis
    from rq import Worker

    conn = Redis.from_url(redis_url)
    procs = [
        subprocess.Popen([sys.executable, "-m", "service.cli", "worker"], env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(n_workers)
    ]
    try:
        deadline = time.time() + 180
        while len(Worker.all(connection=conn)) < n_workers:  # registered = models loaded
            if time.time() > deadline or any(p.poll() is not None for p in procs):
                raise SystemExit("workers did not start")
            time.sleep(0.2)
        data = audio.read_bytes()
        with httpx.Client(base_url=base, timeout=120) as c:
            t0 = time.perf_counter()
            ids = [
                c.post("/dictations", data={"case_ref": f"E2E-{n_workers}-{i}"},
                       files={"file": (audio.name, data, "audio/wav")}).json()["id"]
                for i in range(dictations)
            ]
            pending = set(ids)
            deadline = time.time() + 600
            while pending and time.time() < deadline:
                for did in list(pending):
                    st = c.get(f"/dictations/{did}").json()["status"]
                    if st in ("done", "failed"):
                        if st == "failed":
                            print(f"  dictation {did} failed", file=sys.stderr)
                        pending.discard(did)
                time.sleep(0.1)
            wall = time.perf_counter() - t0
        if pending:
            raise SystemExit(f"{len(pending)} dictations not finished in time")
        return wall
    finally:
        for p in procs:
            p.send_signal(signal.SIGTERM)
        for p in procs:
            try:
                p.wait(30)
            except subprocess.TimeoutExpired:
                p.kill()


def reset_pg(url: str | None) -> None:
    """With --pg, empty the tables between parts so one part's dictations never reach the next part's workers."""
    if not url:
        return
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("TRUNCATE webhook_attempts, webhook_deliveries, notes, uploads, dictations RESTART IDENTITY CASCADE"))
    engine.dispose()


@contextmanager
def serve(env: dict, data_dir: Path):
    """A real `casenote serve` process on a free loopback port."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "service.cli", "serve", "--port", str(port)],
                            env={**env, "CASENOTE_DATA_DIR": str(data_dir)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_http(base + "/health")
        yield base
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--uploads", type=int, default=200)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--dictations", type=int, default=4)
    ap.add_argument("--repeat-audio", type=int, default=4, help="default audio: hello.wav said N times")
    ap.add_argument("--audio", type=Path, help="audio for the end-to-end part (WAV/any format the service takes)")
    ap.add_argument("--model", default="tiny.en")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--beam", type=int, default=1)
    ap.add_argument("--redis", default="redis://127.0.0.1:6379/14")
    ap.add_argument("--pg", help="SQLAlchemy PostgreSQL URL of a scratch database: it is EMPTIED (default: SQLite in a temp dir)")
    ap.add_argument("--skip-e2e", action="store_true")
    args = ap.parse_args()

    from redis import Redis

    workdir = Path(tempfile.mkdtemp(prefix="casenote-bench-"))
    audio = args.audio or repeated_wav(workdir / "dictation.wav", args.repeat_audio)
    env = {
        **os.environ,
        "CASENOTE_REDIS_URL": args.redis,
        "CASENOTE_MODEL": args.model,
        "CASENOTE_DEVICE": "cpu",
        "CASENOTE_CPU_THREADS": str(args.threads),
        "CASENOTE_BEAM_SIZE": str(args.beam),
    }
    if args.pg:
        env["CASENOTE_DATABASE_URL"] = args.pg
    redis = Redis.from_url(args.redis)
    redis.flushdb()
    try:
        # part 1: its own database and audio dir, so those uploads never reach the workers of part 2
        with serve(env, workdir / "accept") as base:
            print(f"API on {base} ({'PostgreSQL' if args.pg else 'SQLite'}, RQ on {args.redis})", flush=True)
            wall, lat, errors = bench_acceptance(base, args.uploads, args.clients)
            print(f"\nacceptance: {len(lat)} uploads of {HELLO.name} ({HELLO.stat().st_size / 1000:.0f} kB), "
                  f"{args.clients} concurrent clients, {errors} errors")
            print(f"  accepted uploads/s : {len(lat) / wall:8.1f}")
            print(f"  latency p50        : {statistics.median(lat) * 1000:8.1f} ms")
            print(f"  latency p99        : {pct(lat, 99) * 1000:8.1f} ms", flush=True)
        redis.flushdb()
        reset_pg(args.pg)

        if not args.skip_e2e:
            audio_s, bare_wall = bare_engine(audio, args.model, args.threads, args.beam)
            print(f"\nend to end: {args.dictations} x {audio_s:.1f} s of audio, model {args.model}, "
                  f"{args.threads} threads, beam {args.beam}")
            print(f"  bare faster-whisper         : {audio_s / bare_wall:6.1f} audio s per wall s (one stream)", flush=True)
            alone = pipeline_alone(audio, args.model, args.threads, args.beam)
            print(f"  casenote pipeline, no service: {audio_s / alone:5.1f} audio s per wall s (one stream)", flush=True)
            for n in (1, 2):
                run_env = {**env, "CASENOTE_DATA_DIR": str(workdir / f"e2e-{n}")}
                with serve(run_env, workdir / f"e2e-{n}") as base:
                    wall = bench_workers(n, run_env, base, audio, args.dictations, args.redis)
                redis.flushdb()
                reset_pg(args.pg)
                print(f"  service, {n} worker{'s' if n > 1 else ' '}         : "
                      f"{args.dictations * audio_s / wall:6.1f} audio s per wall s ({wall:.1f} s wall)", flush=True)
            print(f"  (machine has {os.cpu_count()} CPU cores; workers share them)")
    finally:
        redis.flushdb()
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
