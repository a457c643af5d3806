"""What api/ asks of the pipeline through service/: a /v1 transcript as subtitles, the models it lists, and the
request's text checks."""

from __future__ import annotations

import pytest

from service import plain_text, transcriptions
from service.transcriptions import Transcript
from tests.conftest import make_settings
from transcribe.note import Segment


def _transcript() -> Transcript:
    return Transcript(text="Hello there. Goodbye.", language="en", duration_s=4.2, model="tiny.en", segments=[
        Segment(start=0.0, end=1.5, text="Hello there.", confidence=0.9),
        Segment(start=3661.25, end=3662.0, text="Goodbye.", confidence=0.8),
    ])


def test_subtitles_number_srt_cues_and_open_vtt_with_its_header():
    assert transcriptions.render_subtitles(_transcript(), "srt") == (
        "1\n00:00:00,000 --> 00:00:01,500\nHello there.\n\n2\n01:01:01,250 --> 01:01:02,000\nGoodbye.\n")
    assert transcriptions.render_subtitles(_transcript(), "vtt") == (
        "WEBVTT\n\n00:00:00.000 --> 00:00:01.500\nHello there.\n\n01:01:01.250 --> 01:01:02.000\nGoodbye.\n")


def test_the_listed_models_include_the_configured_one(tmp_path):
    settings = make_settings(tmp_path)
    names = [m.name for m in transcriptions.list_models(settings)]
    assert settings.model in names and len(names) == len(set(names))


@pytest.mark.parametrize("value, multiline, found", [
    ("Mrs Whitfield", False, False), ("a\x00b", False, True), ("two\nlines", False, True),
    ("two\nlines\tand a tab", True, False), ("bell\x07", True, True),
])
def test_control_characters_are_found(value, multiline, found):
    assert plain_text.has_control_characters(value, multiline=multiline) is found
