"""Long recordings whose container states no duration, as a browser's MediaRecorder (webm) or a pipe (FLAC)
writes them: made here with PyAV into a stream that cannot seek back to fill the header in."""

from __future__ import annotations

import io
from pathlib import Path

import av
import numpy as np

RATE = 16_000


class _Pipe(io.RawIOBase):
    def __init__(self, f):
        self.f = f

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def write(self, b) -> int:
        return self.f.write(b)


def write_without_duration(path: Path, seconds: int, fmt: str = "flac") -> Path:
    """``seconds`` of quiet tone as ``fmt`` ("flac" or "webm") with no stated duration."""
    codec = {"flac": "flac", "webm": "libopus"}[fmt]
    tone = (np.sin(2 * np.pi * 220 * np.arange(RATE) / RATE) * 300).astype(np.int16).reshape(1, -1)
    with open(path, "wb") as raw:
        out = av.open(_Pipe(raw), "w", format=fmt)
        stream = out.add_stream(codec, rate=RATE, layout="mono")
        for i in range(seconds):
            frame = av.AudioFrame.from_ndarray(tone, format="s16", layout="mono")
            frame.sample_rate, frame.pts = RATE, i * RATE
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
        out.close()
    return path
