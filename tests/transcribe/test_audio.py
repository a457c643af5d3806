from __future__ import annotations

import pytest

from transcribe.audio import AudioOptions, check_audio, decode_audio, probe_duration
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


# -- checking at upload: the length from headers and packet timestamps, no full decode --------------------------
@pytest.mark.parametrize("name", ["wav", "m4a", "webm", "ogg", "mp3", "flac", "3gp", "_amr.3gp"])
def test_check_measures_every_format_without_decoding_it(data_dir, name):
    path = data_dir / f"hello{name if name.startswith('_') else '.' + name}"
    assert check_audio(path).duration_s == pytest.approx(decode_audio(path).duration_s, abs=0.1)


@pytest.mark.parametrize("check", [check_audio, decode_audio])
@pytest.mark.parametrize("fmt", ["webm", "flac"])
def test_long_recording_with_no_stated_duration_is_refused(tmp_path, check, fmt):
    from tests.long_audio import write_without_duration

    path = write_without_duration(tmp_path / f"long.{fmt}", 90, fmt)
    assert probe_duration(path) is None  # nothing in the header to refuse it by
    with pytest.raises(AudioTooLongError, match="more than 31 seconds long; the limit is 30 seconds"):
        check(path, AudioOptions(max_seconds=30))


def test_check_refuses_what_decoding_refuses(data_dir):
    with pytest.raises(NotAudioError):
        check_audio(data_dir / "not_audio.pdf")
    with pytest.raises(CorruptAudioError):
        check_audio(data_dir / "truncated.m4a")
    with pytest.raises(EmptyAudioError):
        check_audio(data_dir / "empty.wav")
    with pytest.raises(AudioTooLongError, match="the limit is 2 seconds"):
        check_audio(data_dir / "hello.wav", AudioOptions(max_seconds=2))  # from the header

