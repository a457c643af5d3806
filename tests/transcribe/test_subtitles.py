from __future__ import annotations

from transcribe.note import Segment
from transcribe.subtitles import render_srt, render_vtt

SEGMENTS = [
    Segment(0.0, 2.5, "I saw Amy alone.", 0.9),
    Segment(3661.2346, 3663.0, "Amy said she is happy.", 0.9),
]


def test_srt_numbers_its_cues_and_writes_a_decimal_comma():
    assert render_srt(SEGMENTS) == (
        "1\n00:00:00,000 --> 00:00:02,500\nI saw Amy alone.\n\n"
        "2\n01:01:01,235 --> 01:01:03,000\nAmy said she is happy.\n"
    )


def test_vtt_opens_with_its_header_and_writes_a_decimal_point():
    assert render_vtt(SEGMENTS) == (
        "WEBVTT\n\n"
        "00:00:00.000 --> 00:00:02.500\nI saw Amy alone.\n\n"
        "01:01:01.235 --> 01:01:03.000\nAmy said she is happy.\n"
    )


def test_no_speech_gives_no_cues():
    assert render_srt([]) == "" and render_vtt([]) == "WEBVTT\n"
