"""What the OpenAI-compatible ``/v1`` routes ask of the pipeline: the models this server can load, and a clip's
transcript as subtitles. The clip is received by :func:`service.intake.receive_clip` and transcribed by the worker;
``Transcript`` (what the worker answers with) and ``ModelInfo`` (one loadable model) are re-exported for the route to
name them."""

from __future__ import annotations

from transcribe.models import ModelInfo, loadable_models
from transcribe.note import Transcript
from transcribe.subtitles import render_srt, render_vtt

from .settings import Settings

__all__ = ["ModelInfo", "Transcript", "list_models", "render_subtitles"]

SUBTITLES = {"srt": render_srt, "vtt": render_vtt}


def list_models(settings: Settings) -> list[ModelInfo]:
    """The models this installation can load (every installed packaged model and the configured one), each under
    the name a client asks for it by."""
    return loadable_models(settings.model, settings.model_cache_dir)


def render_subtitles(transcript: Transcript, subtitle_format: str) -> str:
    """The transcript as SubRip (``srt``) or WebVTT (``vtt``), one cue per segment."""
    return SUBTITLES[subtitle_format](transcript.segments)
