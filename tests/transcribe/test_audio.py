from __future__ import annotations

import pytest

from transcribe.audio import AudioOptions, decode_audio, probe_duration
from transcribe.errors import AudioTooLongError, CorruptAudioError, EmptyAudioError, NotAudioError


@pytest.mark.parametrize("name", ["wav", "m4a", "webm", "ogg", "mp3", "flac", "3gp", "_amr.3gp"])
def test_decodes_every_phone_and_browser_format_to_16k_mono(data_dir, name):
    audio = decode_audio(data_dir / f"hello{name if name.startswith('_') else '.' + name}")
    assert audio.sample_rate == 16_000
    assert audio.samples.ndim == 1
    assert audio.samples.dtype.name == "float32"
    # espeak-ng said the sentence in about five seconds; lossy codecs pad a little
    assert 4.5 < audio.duration_s < 5.5
    assert float(abs(audio.samples).max()) > 0.05  # real sound, not silence


def test_decodes_from_bytes_as_well_as_paths(data_dir):
    raw = (data_dir / "hello.m4a").read_bytes()
    assert decode_audio(raw).duration_s == pytest.approx(decode_audio(data_dir / "hello.m4a").duration_s)


def test_not_audio_says_which_formats_to_send(data_dir):
    with pytest.raises(NotAudioError, match="m4a, webm, ogg"):
        decode_audio(data_dir / "not_audio.pdf")


def test_truncated_upload_is_corrupt_not_unknown(data_dir):
    with pytest.raises(CorruptAudioError, match="Upload it again"):
        decode_audio(data_dir / "truncated.m4a")


def test_empty_recording(data_dir):
    with pytest.raises(EmptyAudioError, match="no sound"):
        decode_audio(data_dir / "empty.wav")


def test_too_long_states_the_limit(data_dir):
    with pytest.raises(AudioTooLongError) as info:
        decode_audio(data_dir / "hello.wav", AudioOptions(max_seconds=2))
    assert info.value.limit_s == 2
    assert info.value.duration_s > 2
    assert "the limit is 2 seconds" in str(info.value)


def test_random_bytes_are_not_audio():
    with pytest.raises(NotAudioError):
        decode_audio(bytes(range(256)) * 40)


def test_probe_reads_duration_without_decoding(data_dir):
    assert probe_duration(data_dir / "hello.flac") == pytest.approx(4.93, abs=0.1)
    assert probe_duration(data_dir / "not_audio.pdf") is None
