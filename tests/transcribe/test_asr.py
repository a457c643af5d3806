from __future__ import annotations

import re

import pytest

from transcribe.asr import pick_compute_type, transcribe_audio
from transcribe.audio import decode_audio


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z']+", text.lower())


def test_tiny_model_transcribes_the_reference_clip(tiny_model, data_dir):
    ref = _words((data_dir / "hello.txt").read_text())
    t = transcribe_audio(decode_audio(data_dir / "hello.wav"), tiny_model)
    hyp = _words(t.text)
    matched = sum(1 for w in ref if w in hyp)
    assert matched / len(ref) >= 0.8, t.text
    assert t.language == "en" and t.model == "tiny.en"
    assert t.compute_type == "int8" and t.device == "cpu"


def test_segments_carry_offsets_timestamps_and_word_probabilities(tiny_model, data_dir):
    t = transcribe_audio(decode_audio(data_dir / "child_voice.m4a"), tiny_model)
    assert t.segments
    for s in t.segments:
        assert t.text[s.char_start : s.char_end] == s.text
        assert 0 <= s.start < s.end <= t.duration_s + 0.5
        assert 0 < s.confidence <= 1
        assert s.words and all(0 <= w.probability <= 1 for w in s.words)


def test_no_speech_gives_no_invented_text(tiny_model, data_dir):
    t = transcribe_audio(decode_audio(data_dir / "silence.wav"), tiny_model)
    assert t.text == "" and t.segments == [] and t.speech_detected is False


def test_progress_reaches_one(tiny_model, data_dir):
    seen = []
    transcribe_audio(decode_audio(data_dir / "hello.wav"), tiny_model, progress=seen.append)
    assert seen[-1] == 1.0 and all(0 <= f <= 1 for f in seen)


@pytest.mark.parametrize(
    "device, requested, expected",
    [("cpu", "auto", "int8"), ("cuda", "auto", "float16"), ("cuda", "int8_float16", "int8_float16")],
)
def test_compute_type_follows_the_device(device, requested, expected):
    assert pick_compute_type(device, requested) == expected
