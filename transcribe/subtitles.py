"""Subtitles from a transcript: SubRip (``.srt``) and WebVTT (``.vtt``), one cue per segment.

The formats of Whisper's own writers (and of OpenAI's ``response_format=srt|vtt``): SRT numbers its cues
from 1 and writes ``HH:MM:SS,mmm``; WebVTT opens with ``WEBVTT`` and writes ``HH:MM:SS.mmm``.
"""

from __future__ import annotations

from collections.abc import Iterable

from .note import Segment


def render_srt(segments: Iterable[Segment]) -> str:
    cues = [
        f"{i}\n{_timestamp(s.start, ',')} --> {_timestamp(s.end, ',')}\n{s.text}\n"
        for i, s in enumerate(segments, start=1)
    ]
    return "\n".join(cues)


def render_vtt(segments: Iterable[Segment]) -> str:
    cues = [f"{_timestamp(s.start, '.')} --> {_timestamp(s.end, '.')}\n{s.text}\n" for s in segments]
    return "\n".join(["WEBVTT\n", *cues])


def _timestamp(seconds: float, decimal: str) -> str:
    ms = max(0, round(seconds * 1000))
    return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}{decimal}{ms % 1000:03d}"
