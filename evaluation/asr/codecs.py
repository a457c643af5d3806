"""Re-encode audio as a phone would send it, with PyAV's bundled FFmpeg (no system ffmpeg needed).

:data:`PHONE_CODECS` are the formats the phone page could upload; :func:`encode` writes one. The
evaluation's codec table (``python -m evaluation.asr.codecs``) scores real clips re-encoded in each, and
:mod:`evaluation.asr.generate` stores its synthetic clips with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import av


@dataclass(frozen=True)
class Codec:
    name: str  # as the table prints it
    encoder: str  # PyAV / FFmpeg encoder
    container: str  # PyAV format name
    suffix: str
    bit_rate: int
    rate: int  # sample rate the encoder runs at


PHONE_CODECS = (
    Codec("opus-16k", "libopus", "ogg", ".ogg", 16_000, 16_000),
    Codec("opus-24k", "libopus", "ogg", ".ogg", 24_000, 16_000),
    Codec("opus-32k", "libopus", "ogg", ".ogg", 32_000, 16_000),
    Codec("aac-64k", "aac", "mp4", ".m4a", 64_000, 44_100),
    Codec("amr-nb-12.2k", "libopencore_amrnb", "3gp", ".3gp", 12_200, 8_000),
)
OPUS_24K = PHONE_CODECS[1]


def encode(src: str | Path, dst: str | Path, codec: Codec = OPUS_24K) -> float:
    """Encode ``src`` (any audio PyAV reads) to ``dst`` as mono ``codec``; returns the duration in seconds."""
    resampler = av.AudioResampler(format="fltp" if codec.encoder == "aac" else "s16", layout="mono", rate=codec.rate)
    samples = 0
    with av.open(str(src)) as inp, av.open(str(dst), "w", format=codec.container) as out:
        stream = out.add_stream(codec.encoder, rate=codec.rate, layout="mono")
        stream.bit_rate = codec.bit_rate
        for frame in [*inp.decode(audio=0), None]:
            for f in resampler.resample(frame):
                samples += f.samples
                for packet in stream.encode(f):
                    out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return samples / codec.rate


def main(argv: list[str] | None = None) -> int:
    """The codec table: real clips re-encoded as a phone would send them, transcribed as casenote does with no
    case context (the bare batched engine's decode), WER per format beside the original recording."""
    import argparse
    import os
    import sys
    import tempfile

    import jiwer

    from transcribe.asr import AsrOptions, load_asr, transcribe_audio
    from transcribe.audio import decode_audio
    from transcribe.models import resolve_model

    from .__main__ import load_clips
    from .normalise import normalise

    p = argparse.ArgumentParser(prog="python -m evaluation.asr.codecs", description=main.__doc__)
    p.add_argument("--model", default="base")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--every", type=int, default=1, help="score every Nth clip of ../shared/speech-dev (default all 103)")
    args = p.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    clips = load_clips("read")[:: args.every]
    model = load_asr(resolve_model(args.model), AsrOptions(cpu_threads=args.threads))
    refs = [normalise(c.reference) for c in clips]
    hyps: dict[str, list[str]] = {"original (FLAC)": []} | {c.name: [] for c in PHONE_CODECS}
    sizes: dict[str, int] = {c.name: 0 for c in PHONE_CODECS}
    with tempfile.TemporaryDirectory() as tmp:
        for n, clip in enumerate(clips, 1):
            hyps["original (FLAC)"].append(normalise(transcribe_audio(decode_audio(clip.path), model).text))
            for codec in PHONE_CODECS:
                out = os.path.join(tmp, f"{clip.id}{codec.suffix}")
                encode(clip.path, out, codec)
                sizes[codec.name] += os.path.getsize(out)
                hyps[codec.name].append(normalise(transcribe_audio(decode_audio(out), model).text))
            print(f"  [{n}/{len(clips)}] {clip.id}", file=sys.stderr, end="\r")
    seconds = sum(c.duration_s for c in clips)
    print(f"\n{len(clips)} real clips ({seconds:.0f} s), model {args.model}, no case context\n")
    print(f"  {'format':<16}{'WER':>7}{'CER':>7}{'kB/min':>8}")
    for name, h in hyps.items():
        size = f"{sizes[name] / 1024 / (seconds / 60):8.0f}" if name in sizes else f"{'':>8}"
        print(f"  {name:<16}{jiwer.wer(refs, h):>7.1%}{jiwer.cer(refs, h):>7.1%}{size}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
