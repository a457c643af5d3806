"""ASR stage: faster-whisper over decoded audio, English forced, VAD on.

The Whisper model is loaded once (:func:`load_asr`) and passed to :func:`transcribe_audio`
for every dictation. Segment timestamps and word-level probabilities are kept so later
stages can show doubt and place the child's words on the recording's timeline.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from dataclasses import dataclass, field

from .audio import Audio
from .models import ModelInfo
from .note import Segment, Transcript, Word
from .vocabulary import Vocabulary


@dataclass
class AsrOptions:
    device: str = "auto"  # auto | cpu | cuda
    compute_type: str = "auto"  # auto -> int8 on CPU, float16 on CUDA
    cpu_threads: int = 0  # 0: let CTranslate2 decide
    beam_size: int = 5
    vad_filter: bool = True
    vad_min_silence_ms: int = 500
    initial_prompt: str | None = None
    hotwords: str | None = None
    condition_on_previous_text: bool = False  # off: a misheard window must not seed the next one
    # Re-decoding a window that fails Whisper's checks, at rising temperatures (faster-whisper's default).
    temperatures: tuple[float, ...] = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)


@dataclass
class AsrModel:
    """A loaded Whisper model and what it runs on."""

    whisper: object  # faster_whisper.WhisperModel
    info: ModelInfo
    device: str
    compute_type: str


def pick_device(requested: str = "auto") -> str:
    if requested != "auto":
        return requested
    try:
        import ctranslate2

        return "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
    except Exception:  # pragma: no cover - ctranslate2 without CUDA support
        return "cpu"


def pick_compute_type(device: str, requested: str = "auto") -> str:
    if requested != "auto":
        return requested
    return "float16" if device == "cuda" else "int8"


def load_asr(info: ModelInfo, options: AsrOptions | None = None) -> AsrModel:
    """Load the Whisper model once per process. Never contacts a hub: ``info.path`` is a local directory."""
    from faster_whisper import WhisperModel

    options = options or AsrOptions()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    device = pick_device(options.device)
    compute_type = pick_compute_type(device, options.compute_type)
    whisper = WhisperModel(
        str(info.path),
        device=device,
        compute_type=compute_type,
        cpu_threads=options.cpu_threads,
        local_files_only=True,
    )
    return AsrModel(whisper=whisper, info=info, device=device, compute_type=compute_type)


ProgressFn = Callable[[float], None]


def token_counter(model: AsrModel) -> Callable[[str], int]:
    """Count tokens with the loaded model's own tokenizer (for keeping a prompt within Whisper's budget)."""
    tokenizer = getattr(model.whisper, "hf_tokenizer", None)
    if tokenizer is None:  # pragma: no cover - a faster-whisper without hf_tokenizer
        from .vocabulary import estimate_tokens

        return estimate_tokens
    return lambda text: len(tokenizer.encode(text, add_special_tokens=False).ids)


def transcribe_audio(
    audio: Audio,
    model: AsrModel,
    options: AsrOptions | None = None,
    *,
    initial_prompt: str | None = None,
    hotwords: str | None = None,
    vocabulary: Vocabulary | None = None,
    progress: ProgressFn | None = None,
) -> Transcript:
    """Transcribe decoded audio. ``progress`` receives the fraction of audio done (0..1).

    ``vocabulary`` (from :func:`transcribe.vocabulary.build_vocabulary`) biases every 30-second
    window towards the case's names and terms; it is sent as faster-whisper ``hotwords``, which,
    unlike ``initial_prompt``, are re-applied to each window. An explicit ``hotwords`` wins.
    """
    options = options or AsrOptions()
    if hotwords is None and vocabulary is not None:
        hotwords = vocabulary.hotwords
    segments_iter, info = model.whisper.transcribe(
        audio.samples,
        language="en",
        task="transcribe",
        beam_size=options.beam_size,
        vad_filter=options.vad_filter,
        vad_parameters={"min_silence_duration_ms": options.vad_min_silence_ms},
        word_timestamps=True,
        initial_prompt=initial_prompt if initial_prompt is not None else options.initial_prompt,
        hotwords=hotwords if hotwords is not None else options.hotwords,
        condition_on_previous_text=options.condition_on_previous_text,
        temperature=list(options.temperatures),
    )
    segments: list[Segment] = []
    pieces: list[str] = []
    pos = 0
    for s in segments_iter:
        text = s.text.strip()
        if not text:
            continue
        if pieces:
            pos += 1  # the joining space
        seg = Segment(
            start=round(s.start, 2),
            end=round(s.end, 2),
            text=text,
            confidence=round(math.exp(s.avg_logprob), 4),
            avg_logprob=round(s.avg_logprob, 4),
            no_speech_prob=round(s.no_speech_prob, 4),
            compression_ratio=round(s.compression_ratio, 3),
            char_start=pos,
            char_end=pos + len(text),
            words=[Word(round(w.start, 2), round(w.end, 2), w.word, round(w.probability, 4)) for w in (s.words or [])],
        )
        pos = seg.char_end
        pieces.append(text)
        segments.append(seg)
        if progress and audio.duration_s:
            progress(min(1.0, s.end / audio.duration_s))
    if progress:
        progress(1.0)
    return Transcript(
        text=" ".join(pieces),
        language="en",
        duration_s=round(audio.duration_s, 2),
        model=model.info.name,
        segments=segments,
        device=model.device,
        compute_type=model.compute_type,
        speech_detected=bool(segments),
    )
