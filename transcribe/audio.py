"""Audio stage: decode what phones and browsers record into 16 kHz mono float32.

Decoding goes through PyAV (FFmpeg's libraries, bundled in the wheel), so m4a/AAC,
webm/Opus, ogg, mp3, wav, flac and 3gp/AMR all decode without a system ffmpeg.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import av
import numpy as np

from .errors import AudioTooLongError, CorruptAudioError, EmptyAudioError, NotAudioError

SAMPLE_RATE = 16_000
DEFAULT_MAX_SECONDS = 30 * 60


@dataclass
class AudioOptions:
    max_seconds: float = DEFAULT_MAX_SECONDS
    sample_rate: int = SAMPLE_RATE


@dataclass
class Audio:
    samples: np.ndarray  # float32 mono in [-1, 1] at sample_rate
    sample_rate: int
    duration_s: float
    codec: str
    container: str


def probe_duration(source: str | Path | bytes | BinaryIO) -> float | None:
    """Duration in seconds from the container header, without decoding; None if unknown."""
    try:
        with av.open(_as_file(source), mode="r", metadata_errors="ignore") as container:
            if container.duration:
                return container.duration / av.time_base
            stream = next((s for s in container.streams if s.type == "audio"), None)
            if stream is not None and stream.duration and stream.time_base:
                return float(stream.duration * stream.time_base)
    except (av.error.FFmpegError, OSError, ValueError, IndexError):
        return None
    return None


def decode_audio(source: str | Path | bytes | BinaryIO, options: AudioOptions | None = None) -> Audio:
    """Decode a recording. Raises a specific :class:`AudioError` subclass for each way it can be unusable."""
    options = options or AudioOptions()
    name = str(source) if isinstance(source, (str, Path)) else "upload"
    try:
        container = av.open(_as_file(source), mode="r", metadata_errors="ignore")
    except av.error.InvalidDataError as exc:
        if _looks_like_audio(source):
            raise CorruptAudioError(
                f"{name} starts like a recording but is damaged or cut short, so it cannot be decoded. "
                "Upload it again from the phone; the phone keeps its copy until the server confirms."
            ) from exc
        raise NotAudioError(
            f"{name} is not a recording we can read (no audio format recognised). "
            "Send the file the phone recorded: m4a, webm, ogg, mp3, wav, flac or 3gp."
        ) from exc
    except (av.error.FFmpegError, OSError) as exc:
        raise CorruptAudioError(f"{name} could not be opened ({exc}). Re-export or re-upload the recording.") from exc

    with container:
        stream = next((s for s in container.streams if s.type == "audio"), None)
        if stream is None:
            raise NotAudioError(
                f"{name} has no audio track. Send the recording itself (m4a, webm, ogg, mp3, wav, flac, 3gp)."
            )
        header_s = None
        if container.duration:
            header_s = container.duration / av.time_base
        if header_s is not None and header_s > options.max_seconds + 1:
            raise _too_long(header_s, options.max_seconds)

        resampler = av.AudioResampler(format="flt", layout="mono", rate=options.sample_rate)
        chunks: list[np.ndarray] = []
        decoded = 0
        limit = int((options.max_seconds + 1) * options.sample_rate)
        errors = 0
        try:
            for packet in container.demux(stream):
                try:
                    frames = packet.decode()
                except av.error.InvalidDataError:
                    errors += 1
                    if errors > 20:
                        raise
                    continue
                for frame in frames:
                    for out in resampler.resample(frame):
                        arr = out.to_ndarray().reshape(-1)
                        chunks.append(arr)
                        decoded += arr.size
                if decoded > limit:
                    raise _too_long(decoded / options.sample_rate, options.max_seconds)
            for out in resampler.resample(None):
                arr = out.to_ndarray().reshape(-1)
                chunks.append(arr)
                decoded += arr.size
        except av.error.FFmpegError as exc:
            raise CorruptAudioError(
                f"{name} is damaged part-way through ({exc}). If it was cut short in upload, upload it again; "
                "the phone keeps its copy until the server confirms."
            ) from exc
        codec = stream.codec_context.name if stream.codec_context else "unknown"
        fmt = container.format.name if container.format else "unknown"

    if decoded == 0:
        if errors:
            raise CorruptAudioError(f"{name} could not be decoded: every audio packet was damaged. Re-upload it.")
        raise EmptyAudioError(f"{name} contains no sound (0 seconds). Record the dictation again.")
    samples = np.concatenate(chunks).astype(np.float32, copy=False)
    duration = samples.size / options.sample_rate
    if header_s and header_s > 2 and duration < 0.9 * header_s:
        raise CorruptAudioError(
            f"{name} stops after {duration:.1f} s of the {header_s:.1f} s its header promises: it was cut short. "
            "Upload it again from the phone."
        )
    if duration > options.max_seconds:
        raise _too_long(duration, options.max_seconds)
    return Audio(samples=samples, sample_rate=options.sample_rate, duration_s=duration, codec=codec, container=fmt)


def _span(seconds: float) -> str:
    return f"{seconds:.0f} seconds" if seconds < 120 else f"{seconds / 60:.1f} minutes"


def _too_long(duration: float, limit: float) -> AudioTooLongError:
    return AudioTooLongError(
        f"The recording is {_span(duration)} long; the limit is {_span(limit)}. "
        "Split it into shorter dictations, or ask IT to raise CASENOTE_MAX_AUDIO_SECONDS.",
        duration_s=duration,
        limit_s=limit,
    )


_AUDIO_SIGNATURES = (b"RIFF", b"OggS", b"fLaC", b"ID3", b"\x1aE\xdf\xa3", b"#!AMR", b"caff", b"FORM")


def _looks_like_audio(source: str | Path | bytes | BinaryIO) -> bool:
    """True when the first bytes carry a known audio container signature (so a decode failure means damage)."""
    if isinstance(source, (bytes, bytearray)):
        head = bytes(source[:16])
    elif isinstance(source, (str, Path)):
        try:
            with open(source, "rb") as f:
                head = f.read(16)
        except OSError:
            return False
    else:
        try:
            pos = source.tell()
            head = source.read(16)
            source.seek(pos)
        except (OSError, AttributeError):
            return False
    return (
        head.startswith(_AUDIO_SIGNATURES)
        or head[4:8] == b"ftyp"  # mp4 / m4a / 3gp
        or (len(head) > 1 and head[0] == 0xFF and (head[1] & 0xE0) == 0xE0)  # MPEG audio frame sync
    )


def _as_file(source: str | Path | bytes | BinaryIO):
    if isinstance(source, (bytes, bytearray)):
        return io.BytesIO(source)
    if isinstance(source, Path):
        return str(source)
    return source
