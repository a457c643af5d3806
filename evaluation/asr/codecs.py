"""Re-encode audio as a phone would send it, with PyAV's bundled FFmpeg (no system ffmpeg needed).

:data:`PHONE_CODECS` are the formats the phone page could upload; :func:`encode` writes one. The
evaluation's codec table (``python -m evaluation.asr --codecs``) scores real clips re-encoded in each, and
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
