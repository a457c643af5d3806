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
            stream = next((s for s in container.streams if s.type == "audio"), None)
            return _stated_seconds(container, stream)
    except (av.error.FFmpegError, OSError, ValueError, IndexError):
        return None


@dataclass
class AudioCheck:
    """What :func:`check_audio` learnt without decoding the whole recording."""

    duration_s: float  # from packet timestamps (the container's stated duration where packets carry none)
    stated_s: float | None  # the container header's duration; None for webm from a browser, piped FLAC...
    codec: str
    container: str


CHECK_DECODE_SECONDS = 20.0  # decoded at upload to show the recording is sound; the rest only demuxed


def check_audio(source: str | Path | bytes | BinaryIO, options: AudioOptions | None = None) -> AudioCheck:
    """Refuse unusable or over-long audio before decoding it. The length comes from the header and from the
    packets' timestamps (demuxing reads no samples, so memory stays flat and time is a small fraction of a
    decode); only the first :data:`CHECK_DECODE_SECONDS` are decoded, to catch damaged or empty audio.
    Raises the same :class:`AudioError` subclasses as :func:`decode_audio`, which stays bounded by
    ``max_seconds`` for whatever this cannot see (a stream whose timestamps lie)."""
    options = options or AudioOptions()
    name = _name(source)
    with _open(source, name) as container:
        stream = _audio_stream(container, name)
        stated = _stated_within(container, stream, options.max_seconds)
        end, decoded_s, errors = 0.0, 0.0, 0
        try:
            for packet in container.demux(stream):
                if packet.pts is None:
                    continue
                end = max(end, float((packet.pts + (packet.duration or 0)) * packet.time_base))
                if end > options.max_seconds + 1:
                    raise _too_long(end, options.max_seconds, stopped=True)
                if decoded_s < CHECK_DECODE_SECONDS:
                    try:
                        decoded_s += sum(f.samples / f.sample_rate for f in packet.decode() if f.sample_rate)
                    except av.error.InvalidDataError:
                        errors += 1
                        if errors > 20:
                            raise
        except av.error.FFmpegError as exc:
            raise _damaged(name, exc) from exc
        codec, fmt = _format_names(container, stream)
    if decoded_s == 0:
        raise _no_sound(name, errors)
    duration = end or stated or decoded_s
    if stated and stated > 2 and duration < 0.9 * stated:
        raise _cut_short(name, duration, stated)
    return AudioCheck(duration_s=duration, stated_s=stated, codec=codec, container=fmt)


def decode_audio(source: str | Path | bytes | BinaryIO, options: AudioOptions | None = None) -> Audio:
    """Decode a recording, stopping past ``max_seconds``. Raises a specific :class:`AudioError` subclass
    for each way it can be unusable."""
    options = options or AudioOptions()
    name = _name(source)
    with _open(source, name) as container:
        stream = _audio_stream(container, name)
        header_s = _stated_within(container, stream, options.max_seconds)

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
                    raise _too_long(decoded / options.sample_rate, options.max_seconds, stopped=True)
            for out in resampler.resample(None):
                arr = out.to_ndarray().reshape(-1)
                chunks.append(arr)
                decoded += arr.size
        except av.error.FFmpegError as exc:
            raise _damaged(name, exc) from exc
        codec, fmt = _format_names(container, stream)

    if decoded == 0:
        raise _no_sound(name, errors)
    samples = np.concatenate(chunks).astype(np.float32, copy=False)
    duration = samples.size / options.sample_rate
    if header_s and header_s > 2 and duration < 0.9 * header_s:
        raise _cut_short(name, duration, header_s)
    if duration > options.max_seconds:
        raise _too_long(duration, options.max_seconds)
    return Audio(samples=samples, sample_rate=options.sample_rate, duration_s=duration, codec=codec, container=fmt)


def _name(source) -> str:
    return str(source) if isinstance(source, (str, Path)) else "upload"


def _open(source: str | Path | bytes | BinaryIO, name: str):
    try:
        return av.open(_as_file(source), mode="r", metadata_errors="ignore")
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


def _audio_stream(container, name: str):
    stream = next((s for s in container.streams if s.type == "audio"), None)
    if stream is None:
        raise NotAudioError(
            f"{name} has no audio track. Send the recording itself (m4a, webm, ogg, mp3, wav, flac, 3gp)."
        )
    return stream


def _stated_seconds(container, stream) -> float | None:
    if container.duration:
        return container.duration / av.time_base
    if stream is not None and stream.duration and stream.time_base:
        return float(stream.duration * stream.time_base)
    return None


def _stated_within(container, stream, max_seconds: float) -> float | None:
    """The header's duration, refusing a recording it says is too long before anything is decoded."""
    stated = _stated_seconds(container, stream)
    if stated is not None and stated > max_seconds + 1:
        raise _too_long(stated, max_seconds)
    return stated


def _format_names(container, stream) -> tuple[str, str]:
    codec = stream.codec_context.name if stream.codec_context else "unknown"
    return codec, container.format.name if container.format else "unknown"


def _no_sound(name: str, errors: int) -> CorruptAudioError | EmptyAudioError:
    if errors:
        return CorruptAudioError(f"{name} could not be decoded: every audio packet was damaged. Re-upload it.")
    return EmptyAudioError(f"{name} contains no sound (0 seconds). Record the dictation again.")


def _damaged(name: str, exc: Exception) -> CorruptAudioError:
    return CorruptAudioError(
        f"{name} is damaged part-way through ({exc}). If it was cut short in upload, upload it again; "
        "the phone keeps its copy until the server confirms."
    )


def _cut_short(name: str, duration: float, stated: float) -> CorruptAudioError:
    return CorruptAudioError(
        f"{name} stops after {duration:.1f} s of the {stated:.1f} s its header promises: it was cut short. "
        "Upload it again from the phone."
    )


def _span(seconds: float) -> str:
    return f"{seconds:.0f} seconds" if seconds < 120 else f"{seconds / 60:.1f} minutes"


def _too_long(duration: float, limit: float, *, stopped: bool = False) -> AudioTooLongError:
    """``stopped``: reading stopped at ``duration``, past the limit, so the recording is at least that long."""
    return AudioTooLongError(
        f"The recording is {'more than ' if stopped else ''}{_span(duration)} long; the limit is {_span(limit)}. "
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
